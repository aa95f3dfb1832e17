using System;

namespace NhsCodeAnalyzers.Annotations
{
    /// <summary>
    /// Marks a field, property or parameter (including a record positional parameter) as holding a patient
    /// identifier, such as an NHS, CHI or H&amp;C number, a medical record number or a hospital number.
    /// </summary>
    /// <remarks>
    /// NhsCodeAnalyzers already recognises the common identifier names; use this attribute for identifiers
    /// whose names it cannot guess (for example <c>PasNumber</c>). Marked members are then checked for
    /// plain-text storage, logging, unkeyed hashing and the other patient-identifier rules.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
    public sealed class PatientIdentifierAttribute : Attribute
    {
    }
}
