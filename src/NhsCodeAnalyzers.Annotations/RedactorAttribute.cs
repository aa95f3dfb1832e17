using System;

namespace NhsCodeAnalyzers.Annotations
{
    /// <summary>
    /// Marks a method whose return value is safe to log: it masks, truncates or pseudonymises the patient
    /// identifier it is given. NhsCodeAnalyzers does not report an identifier passed through such a method.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class RedactorAttribute : Attribute
    {
    }
}
