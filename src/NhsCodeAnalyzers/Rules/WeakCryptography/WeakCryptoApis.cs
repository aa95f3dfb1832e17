using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.WeakCryptography
{
    /// <summary>What a weak use is replaced by: it decides the message's "use ..." part, the fix and its title.</summary>
    internal enum WeakFamily
    {
        /// <summary>MD5 and SHA-1 used as a hash: SHA-256.</summary>
        Hash,

        /// <summary>DES, Triple DES and RC2: AES.</summary>
        Cipher,

        /// <summary>HMAC-SHA1, HMAC-MD5 and the Triple DES MAC: HMAC-SHA256.</summary>
        Mac,

        /// <summary>The ECB cipher mode: CBC, or an authenticated mode.</summary>
        EcbMode,
    }

    /// <summary>How the weak algorithm appears in code; the fix differs per shape.</summary>
    internal enum WeakShape
    {
        /// <summary><c>MD5.Create()</c>, <c>DES.Create()</c>, <c>SHA1.Create("...")</c>.</summary>
        Factory,

        /// <summary><c>MD5.HashData(...)</c>, <c>TryHashData</c>, <c>HashDataAsync</c>, <c>HMACSHA1.HashData(key, ...)</c>.</summary>
        OneShot,

        /// <summary><c>new MD5CryptoServiceProvider()</c>, <c>new HMACSHA1(key)</c>, target-typed <c>new()</c>.</summary>
        Creation,

        /// <summary><c>HashAlgorithm.Create("MD5")</c>, <c>CryptoConfig.CreateFromName("3DES")</c>.</summary>
        NamedFactory,

        /// <summary><c>CipherMode.ECB</c> or <c>HashAlgorithmName.MD5</c>/<c>SHA1</c> used as a value.</summary>
        Member,

        /// <summary><c>aes.EncryptEcb(...)</c>, <c>DecryptEcb</c>, <c>TryEncryptEcb</c>, <c>TryDecryptEcb</c>.</summary>
        EcbMethod,
    }

    /// <summary>One use of a broken or weak algorithm, as NHS2002 reports it and its fix rewrites it.</summary>
    internal readonly struct WeakUse
    {
        public WeakUse(WeakShape shape, WeakFamily family, string display, string replacement)
        {
            Shape = shape;
            Family = family;
            Display = display;
            Replacement = replacement;
        }

        public WeakShape Shape { get; }

        public WeakFamily Family { get; }

        /// <summary>The message's first argument: the use in short form ('MD5.Create()', 'SHA1.HashData').</summary>
        public string Display { get; }

        /// <summary>The message's second argument: what to use instead, in words.</summary>
        public string Replacement { get; }
    }

    /// <summary>
    /// The System.Security.Cryptography APIs NHS2002 watches, resolved once per compilation by metadata name,
    /// and the classification of an operation as a weak use. Shared by the analyzer and its fix.
    /// </summary>
    internal sealed class WeakCryptoApis
    {
        private const string Namespace = "System.Security.Cryptography.";

        /// <summary>The abstract algorithms (and the MACs) whose creation or one-shot use is reported, with everything derived from them.</summary>
        private static readonly ImmutableArray<(string MetadataName, WeakFamily Family)> WeakRoots = ImmutableArray.Create(
            (Namespace + "MD5", WeakFamily.Hash),
            (Namespace + "SHA1", WeakFamily.Hash),
            (Namespace + "DES", WeakFamily.Cipher),
            (Namespace + "TripleDES", WeakFamily.Cipher),
            (Namespace + "RC2", WeakFamily.Cipher),
            (Namespace + "HMACSHA1", WeakFamily.Mac),
            (Namespace + "HMACMD5", WeakFamily.Mac),
            (Namespace + "MACTripleDES", WeakFamily.Mac));

        /// <summary>Types whose static <c>Create(string)</c> / <c>CreateFromName(string)</c> pick an algorithm by name.</summary>
        private static readonly ImmutableArray<string> NamedFactoryTypeNames = ImmutableArray.Create(
            Namespace + "CryptoConfig",
            Namespace + "HashAlgorithm",
            Namespace + "SymmetricAlgorithm",
            Namespace + "KeyedHashAlgorithm",
            Namespace + "HMAC");

        private const string CipherModeName = Namespace + "CipherMode";
        private const string HashAlgorithmNameName = Namespace + "HashAlgorithmName";
        private const string SymmetricAlgorithmName = Namespace + "SymmetricAlgorithm";
        private const string Sha256Name = Namespace + "SHA256";
        private const string AesName = Namespace + "Aes";
        private const string HmacSha256Name = Namespace + "HMACSHA256";

        /// <summary>The static methods on a weak type that create it or use it at once (not helpers such as <c>DES.IsWeakKey</c>).</summary>
        private static readonly ImmutableHashSet<string> StaticUseNames = ImmutableHashSet.Create(StringComparer.Ordinal, "Create", "HashData", "TryHashData", "HashDataAsync");

        private static readonly ImmutableHashSet<string> EcbMethodNames = ImmutableHashSet.Create(StringComparer.Ordinal, "EncryptEcb", "DecryptEcb", "TryEncryptEcb", "TryDecryptEcb");

        /// <summary>The algorithm names CryptoConfig maps to a weak implementation (compared case-insensitively).</summary>
        private static readonly ImmutableDictionary<string, WeakFamily> WeakAlgorithmNames = new Dictionary<string, WeakFamily>(StringComparer.OrdinalIgnoreCase)
        {
            ["MD5"] = WeakFamily.Hash,
            [Namespace + "MD5"] = WeakFamily.Hash,
            [Namespace + "MD5CryptoServiceProvider"] = WeakFamily.Hash,
            [Namespace + "MD5Cng"] = WeakFamily.Hash,
            ["http://www.w3.org/2001/04/xmldsig-more#md5"] = WeakFamily.Hash,
            ["SHA"] = WeakFamily.Hash,
            ["SHA1"] = WeakFamily.Hash,
            ["SHA-1"] = WeakFamily.Hash,
            [Namespace + "SHA1"] = WeakFamily.Hash,
            [Namespace + "SHA1CryptoServiceProvider"] = WeakFamily.Hash,
            [Namespace + "SHA1Managed"] = WeakFamily.Hash,
            [Namespace + "SHA1Cng"] = WeakFamily.Hash,
            ["http://www.w3.org/2000/09/xmldsig#sha1"] = WeakFamily.Hash,
            ["DES"] = WeakFamily.Cipher,
            [Namespace + "DES"] = WeakFamily.Cipher,
            [Namespace + "DESCryptoServiceProvider"] = WeakFamily.Cipher,
            ["3DES"] = WeakFamily.Cipher,
            ["TripleDES"] = WeakFamily.Cipher,
            ["Triple DES"] = WeakFamily.Cipher,
            [Namespace + "TripleDES"] = WeakFamily.Cipher,
            [Namespace + "TripleDESCryptoServiceProvider"] = WeakFamily.Cipher,
            [Namespace + "TripleDESCng"] = WeakFamily.Cipher,
            ["http://www.w3.org/2001/04/xmlenc#tripledes-cbc"] = WeakFamily.Cipher,
            ["RC2"] = WeakFamily.Cipher,
            [Namespace + "RC2"] = WeakFamily.Cipher,
            [Namespace + "RC2CryptoServiceProvider"] = WeakFamily.Cipher,
            ["HMACSHA1"] = WeakFamily.Mac,
            [Namespace + "HMACSHA1"] = WeakFamily.Mac,
            ["http://www.w3.org/2000/09/xmldsig#hmac-sha1"] = WeakFamily.Mac,
            ["HMACMD5"] = WeakFamily.Mac,
            [Namespace + "HMACMD5"] = WeakFamily.Mac,
            ["MACTripleDES"] = WeakFamily.Mac,
            [Namespace + "MACTripleDES"] = WeakFamily.Mac,
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

        private readonly ImmutableDictionary<INamedTypeSymbol, WeakFamily> _roots;
        private readonly ImmutableHashSet<INamedTypeSymbol> _namedFactoryTypes;

        private WeakCryptoApis(
            ImmutableDictionary<INamedTypeSymbol, WeakFamily> roots,
            ImmutableHashSet<INamedTypeSymbol> namedFactoryTypes,
            INamedTypeSymbol? cipherMode,
            INamedTypeSymbol? hashAlgorithmName,
            INamedTypeSymbol? symmetricAlgorithm,
            INamedTypeSymbol? sha256,
            INamedTypeSymbol? aes,
            INamedTypeSymbol? hmacSha256)
        {
            _roots = roots;
            _namedFactoryTypes = namedFactoryTypes;
            CipherMode = cipherMode;
            HashAlgorithmName = hashAlgorithmName;
            SymmetricAlgorithm = symmetricAlgorithm;
            Sha256 = sha256;
            Aes = aes;
            HmacSha256 = hmacSha256;
        }

        public INamedTypeSymbol? CipherMode { get; }

        public INamedTypeSymbol? HashAlgorithmName { get; }

        public INamedTypeSymbol? SymmetricAlgorithm { get; }

        public INamedTypeSymbol? Sha256 { get; }

        public INamedTypeSymbol? Aes { get; }

        public INamedTypeSymbol? HmacSha256 { get; }

        /// <summary>Null when the compilation has none of the watched types (no System.Security.Cryptography).</summary>
        public static WeakCryptoApis? Create(Compilation compilation)
        {
            var roots = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, WeakFamily>(SymbolEqualityComparer.Default);
            foreach (var (metadataName, family) in WeakRoots)
            {
                foreach (var type in TypeLookup.FindAll(compilation, metadataName))
                {
                    roots[type] = family;
                }
            }

            var namedFactoryTypes = TypeLookup.FindSet(compilation, NamedFactoryTypeNames);
            var cipherMode = TypeLookup.Find(compilation, CipherModeName);
            var hashAlgorithmName = TypeLookup.Find(compilation, HashAlgorithmNameName);
            if (roots.Count == 0 && namedFactoryTypes.IsEmpty && cipherMode is null && hashAlgorithmName is null)
            {
                return null;
            }

            return new WeakCryptoApis(
                roots.ToImmutable(),
                namedFactoryTypes,
                cipherMode,
                hashAlgorithmName,
                TypeLookup.Find(compilation, SymmetricAlgorithmName),
                TypeLookup.Find(compilation, Sha256Name),
                TypeLookup.Find(compilation, AesName),
                TypeLookup.Find(compilation, HmacSha256Name));
        }

        /// <summary>The family of a weak type (or one derived from it), or null for any other type.</summary>
        public WeakFamily? FamilyOf(ITypeSymbol? type)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                if (_roots.TryGetValue(current.OriginalDefinition, out var family))
                {
                    return family;
                }
            }

            return null;
        }

        /// <summary>The type a weak family's creation is replaced with, when the compilation has it.</summary>
        public INamedTypeSymbol? ReplacementType(WeakFamily family) => family switch
        {
            WeakFamily.Hash => Sha256,
            WeakFamily.Cipher => Aes,
            WeakFamily.Mac => HmacSha256,
            _ => null,
        };

        /// <summary>The algorithm name a weak name is replaced with in <c>HashAlgorithm.Create("...")</c> and the like.</summary>
        public static string ReplacementAlgorithmName(WeakFamily family) => family switch
        {
            WeakFamily.Hash => "SHA256",
            WeakFamily.Cipher => "AES",
            _ => "HMACSHA256",
        };

        public static WeakFamily? FamilyOfAlgorithmName(string name)
            => WeakAlgorithmNames.TryGetValue(name.Trim(), out var family) ? family : null;

        /// <summary>A weak use at this operation, or null. Cheap name tests come before any symbol work.</summary>
        public WeakUse? Classify(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => ClassifyInvocation(invocation),
            IObjectCreationOperation creation => ClassifyCreation(creation),
            IFieldReferenceOperation field => ClassifyField(field),
            IPropertyReferenceOperation property => ClassifyProperty(property),
            _ => null,
        };

        private WeakUse? ClassifyInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.IsStatic)
            {
                if (StaticUseNames.Contains(method.Name) && FamilyOf(method.ContainingType) is { } family)
                {
                    var shape = method.Name == "Create" ? WeakShape.Factory : WeakShape.OneShot;
                    var display = method.Name == "Create" && invocation.Arguments.Length == 0
                        ? method.ContainingType.Name + ".Create()"
                        : method.ContainingType.Name + "." + method.Name;
                    return new WeakUse(shape, family, display, ReplacementText(family));
                }

                if ((method.Name == "Create" || method.Name == "CreateFromName") &&
                    _namedFactoryTypes.Contains(method.ContainingType.OriginalDefinition) &&
                    AlgorithmNameArgument(invocation) is { } name &&
                    FamilyOfAlgorithmName(name) is { } namedFamily)
                {
                    return new WeakUse(WeakShape.NamedFactory, namedFamily, $"{method.ContainingType.Name}.{method.Name}(\"{name}\")", ReplacementText(namedFamily));
                }

                return null;
            }

            if (EcbMethodNames.Contains(method.Name) &&
                SymmetricAlgorithm is not null &&
                TypeHierarchy.IsOrDerivesFrom(method.ContainingType, SymmetricAlgorithm))
            {
                var receiver = invocation.Instance?.Type?.Name ?? method.ContainingType.Name;
                var modeless = method.Name.Replace("Ecb", "Cbc");
                return new WeakUse(WeakShape.EcbMethod, WeakFamily.EcbMode, receiver + "." + method.Name, modeless + " or AES-GCM (AesGcm)");
            }

            return null;
        }

        private WeakUse? ClassifyCreation(IObjectCreationOperation creation)
        {
            if (creation.Type is not INamedTypeSymbol type || FamilyOf(type) is not { } family)
            {
                return null;
            }

            var display = "new " + type.Name + (creation.Arguments.Length == 0 ? "()" : "(...)");
            return new WeakUse(WeakShape.Creation, family, display, ReplacementText(family));
        }

        private WeakUse? ClassifyField(IFieldReferenceOperation reference)
        {
            if (reference.Field.Name != "ECB" ||
                CipherMode is null ||
                !SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, CipherMode) ||
                !IsUsedAsValue(reference))
            {
                return null;
            }

            return new WeakUse(WeakShape.Member, WeakFamily.EcbMode, "CipherMode.ECB", "CipherMode.CBC or AES-GCM");
        }

        private WeakUse? ClassifyProperty(IPropertyReferenceOperation reference)
        {
            var name = reference.Property.Name;
            if ((name != "MD5" && name != "SHA1") ||
                HashAlgorithmName is null ||
                !SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, HashAlgorithmName) ||
                !IsUsedAsValue(reference))
            {
                return null;
            }

            return new WeakUse(WeakShape.Member, WeakFamily.Hash, "HashAlgorithmName." + name, "SHA-256 (HashAlgorithmName.SHA256)");
        }

        private static string ReplacementText(WeakFamily family) => family switch
        {
            WeakFamily.Hash => "SHA-256 (SHA256)",
            WeakFamily.Cipher => "AES (Aes)",
            WeakFamily.Mac => "HMAC-SHA256 (HMACSHA256)",
            _ => "CipherMode.CBC or AES-GCM",
        };

        /// <summary>The constant first argument of a by-name factory, or null.</summary>
        private static string? AlgorithmNameArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0 && argument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>
        /// False where the member is only compared with or tested for (<c>mode == CipherMode.ECB</c>,
        /// <c>case CipherMode.ECB:</c>, <c>is CipherMode.ECB</c>), named (<c>nameof</c>), or an attribute's
        /// argument (<c>[InlineData(CipherMode.ECB)]</c> in a test that rejects it): code that checks for ECB is
        /// not code that uses it.
        /// </summary>
        private static bool IsUsedAsValue(IOperation reference)
        {
            var current = reference;
            var parent = reference.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case null:
                    // A value with no enclosing operation (an attribute argument in older compilers): not a run-time use.
                    return false;
                case IBinaryOperation binary when binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                case IPatternOperation:
                case ICaseClauseOperation:
                case INameOfOperation:
                    return false;
                case IArgumentOperation argument when argument.Parent is IInvocationOperation invocation && IsEqualityMethod(invocation.TargetMethod):
                    return false;
                default:
                    return !(current.Syntax.Parent is { } syntaxParent && IsInsideAttribute(syntaxParent));
            }
        }

        private static bool IsEqualityMethod(IMethodSymbol method) => method.Name is "Equals" or "ReferenceEquals";

        private static bool IsInsideAttribute(SyntaxNode node)
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                if (current.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.Attribute)
                {
                    return true;
                }

                if (current is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            return false;
        }
    }
}
