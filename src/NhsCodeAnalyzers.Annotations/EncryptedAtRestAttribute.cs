using System;

namespace NhsCodeAnalyzers.Annotations
{
    /// <summary>
    /// States that a persisted member is encrypted at rest, and how. On a class or struct, states that the type
    /// itself encrypts what it holds (an encrypting wrapper), so members of that type are protected.
    /// </summary>
    /// <remarks>
    /// The mechanism is a reviewable statement, for example
    /// <c>"SQL Server Always Encrypted, deterministic, column key CEK_Patient"</c>. Empty or placeholder text is
    /// reported by NhsCodeAnalyzers rule NHS4002.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
    public sealed class EncryptedAtRestAttribute : Attribute
    {
        /// <summary>Declares that the member or type is encrypted at rest by <paramref name="mechanism"/>.</summary>
        /// <param name="mechanism">How the data is encrypted: technology, key management, and where the key lives.</param>
        public EncryptedAtRestAttribute(string mechanism)
        {
            Mechanism = mechanism;
        }

        /// <summary>How the data is encrypted at rest.</summary>
        public string Mechanism { get; }
    }
}
