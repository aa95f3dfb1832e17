using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>How an unkeyed hash is computed, which says how the NHS2001 fix makes it keyed.</summary>
    internal enum HashShape
    {
        /// <summary><c>SHA256.HashData(x)</c>, <c>SHA256.TryHashData(x, destination, out written)</c>.</summary>
        OneShot,

        /// <summary><c>CryptographicOperations.HashData(HashAlgorithmName.SHA256, x)</c> (.NET 9 or later).</summary>
        CryptographicOperations,

        /// <summary><c>sha.ComputeHash(x)</c> on a <c>HashAlgorithm</c> created by <c>SHA256.Create()</c> or <c>new SHA256Managed()</c>.</summary>
        Instance,

        /// <summary><c>hash.AppendData(x)</c> on an <c>IncrementalHash.CreateHash(...)</c>.</summary>
        Incremental,
    }

    /// <summary>A call that hashes bytes without a key.</summary>
    internal sealed class UnkeyedHash
    {
        public UnkeyedHash(HashShape shape, IOperation data, INamedTypeSymbol? algorithm, IOperation? creation)
        {
            Shape = shape;
            Data = data;
            Algorithm = algorithm;
            Creation = creation;
        }

        public HashShape Shape { get; }

        /// <summary>The bytes hashed (the <c>source</c>, <c>buffer</c> or <c>data</c> argument).</summary>
        public IOperation Data { get; }

        /// <summary>The unkeyed algorithm type (<c>SHA256</c>) when known from the types; null for the <c>HashAlgorithmName</c> forms.</summary>
        public INamedTypeSymbol? Algorithm { get; }

        /// <summary>For an instance or incremental hash, the expression in the same method that created it, when there is one.</summary>
        public IOperation? Creation { get; }
    }

    /// <summary>
    /// The <c>System.Security.Cryptography</c> hashing APIs that NHS2001 and NHS2006 watch, resolved once per
    /// compilation: unkeyed hashes (SHA-1, SHA-2, SHA-3 and MD5 one-shots, <c>HashAlgorithm</c> instances,
    /// <c>IncrementalHash.CreateHash</c>, <c>CryptographicOperations.HashData</c>) and the keys of keyed ones
    /// (<c>HMAC*</c> constructors, <c>HashData</c> and <c>Key</c>, <c>IncrementalHash.CreateHMAC</c>,
    /// <c>CryptographicOperations.HmacData</c>). Safe to share across threads.
    /// </summary>
    internal sealed class HashingCalls
    {
        public const string CryptographyNamespace = "System.Security.Cryptography.";

        /// <summary>Each unkeyed algorithm and the HMAC of the same strength.</summary>
        public static readonly ImmutableArray<(string Hash, string Hmac)> AlgorithmNames = ImmutableArray.Create(
            ("SHA1", "HMACSHA1"),
            ("SHA256", "HMACSHA256"),
            ("SHA384", "HMACSHA384"),
            ("SHA512", "HMACSHA512"),
            ("MD5", "HMACMD5"),
            ("SHA3_256", "HMACSHA3_256"),
            ("SHA3_384", "HMACSHA3_384"),
            ("SHA3_512", "HMACSHA3_512"));

        public const string HashAlgorithmName = CryptographyNamespace + "HashAlgorithm";
        public const string KeyedHashAlgorithmName = CryptographyNamespace + "KeyedHashAlgorithm";
        public const string HmacName = CryptographyNamespace + "HMAC";
        public const string IncrementalHashName = CryptographyNamespace + "IncrementalHash";
        public const string CryptographicOperationsName = CryptographyNamespace + "CryptographicOperations";

        private readonly ImmutableDictionary<INamedTypeSymbol, INamedTypeSymbol?> _hmacFor;
        private readonly ImmutableHashSet<INamedTypeSymbol> _watched;

        private HashingCalls(
            ImmutableDictionary<INamedTypeSymbol, INamedTypeSymbol?> hmacFor,
            INamedTypeSymbol? hashAlgorithm,
            INamedTypeSymbol? keyedHashAlgorithm,
            INamedTypeSymbol? hmac,
            INamedTypeSymbol? incrementalHash,
            INamedTypeSymbol? cryptographicOperations)
        {
            _hmacFor = hmacFor;
            HashAlgorithm = hashAlgorithm;
            KeyedHashAlgorithm = keyedHashAlgorithm;
            Hmac = hmac;
            IncrementalHash = incrementalHash;
            CryptographicOperations = cryptographicOperations;
            var watched = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            watched.UnionWith(hmacFor.Keys);
            watched.UnionWith(hmacFor.Values.Where(v => v is not null)!);
            foreach (var type in new[] { hashAlgorithm, keyedHashAlgorithm, hmac, incrementalHash, cryptographicOperations })
            {
                if (type is not null)
                {
                    watched.Add(type);
                }
            }

            _watched = watched.ToImmutable();
        }

        public INamedTypeSymbol? HashAlgorithm { get; }

        public INamedTypeSymbol? KeyedHashAlgorithm { get; }

        public INamedTypeSymbol? Hmac { get; }

        public INamedTypeSymbol? IncrementalHash { get; }

        public INamedTypeSymbol? CryptographicOperations { get; }

        /// <summary>The watched APIs of <paramref name="compilation"/>, or null when it has none (nothing to register).</summary>
        public static HashingCalls? Create(Compilation compilation)
        {
            var hmacFor = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, INamedTypeSymbol?>(SymbolEqualityComparer.Default);
            foreach (var (hash, hmac) in AlgorithmNames)
            {
                if (TypeLookup.Find(compilation, CryptographyNamespace + hash) is { } hashType)
                {
                    hmacFor[hashType] = TypeLookup.Find(compilation, CryptographyNamespace + hmac);
                }
            }

            var calls = new HashingCalls(
                hmacFor.ToImmutable(),
                TypeLookup.Find(compilation, HashAlgorithmName),
                TypeLookup.Find(compilation, KeyedHashAlgorithmName),
                TypeLookup.Find(compilation, HmacName),
                TypeLookup.Find(compilation, IncrementalHashName),
                TypeLookup.Find(compilation, CryptographicOperationsName));
            return calls._watched.IsEmpty ? null : calls;
        }

        /// <summary>The cheap first test: is a method of this type one the rules watch?</summary>
        public bool IsWatched(INamedTypeSymbol? type) => type is not null && _watched.Contains(type);

        /// <summary>The HMAC type of the same strength as an unkeyed algorithm (<c>SHA256</c> → <c>HMACSHA256</c>), when the compilation has it.</summary>
        public INamedTypeSymbol? HmacFor(INamedTypeSymbol algorithm) => _hmacFor.TryGetValue(algorithm, out var hmac) ? hmac : null;

        /// <summary>The unkeyed algorithm a type is or derives from (<c>SHA256Managed</c> → <c>SHA256</c>), or null.</summary>
        public INamedTypeSymbol? UnkeyedAlgorithmOf(ITypeSymbol? type)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                if (_hmacFor.ContainsKey(current))
                {
                    return current;
                }
            }

            return null;
        }

        public bool IsKeyed(ITypeSymbol? type) => KeyedHashAlgorithm is not null && TypeHierarchy.IsOrDerivesFrom(type, KeyedHashAlgorithm);

        /// <summary>The unkeyed hash an invocation computes, or null (a keyed hash, or not a hash).</summary>
        public UnkeyedHash? FindUnkeyed(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (method.IsStatic)
            {
                if (method.Name is "HashData" or "TryHashData" && Parameter(invocation, "source") is { } source)
                {
                    if (_hmacFor.ContainsKey(type))
                    {
                        return new UnkeyedHash(HashShape.OneShot, source, type, creation: null);
                    }

                    if (SymbolEqualityComparer.Default.Equals(type, CryptographicOperations))
                    {
                        return new UnkeyedHash(HashShape.CryptographicOperations, source, algorithm: null, creation: null);
                    }
                }

                return null;
            }

            var receiver = Receiver(invocation);
            if (receiver is null || invocation.Arguments.IsEmpty)
            {
                return null;
            }

            if (HashAlgorithm is not null && method.Name is "ComputeHash" or "TryComputeHash" or "TransformBlock" or "TransformFinalBlock"
                && TypeHierarchy.IsOrDerivesFrom(type, HashAlgorithm) && !IsKeyed(receiver.Type))
            {
                var creation = Creation(receiver);
                var algorithm = UnkeyedAlgorithmOf(receiver.Type) ?? UnkeyedAlgorithmOf(creation?.Type);
                return algorithm is null || (creation is not null && IsKeyed(creation.Type))
                    ? null
                    : new UnkeyedHash(HashShape.Instance, FirstArgument(invocation), algorithm, creation);
            }

            if (method.Name == "AppendData" && SymbolEqualityComparer.Default.Equals(type, IncrementalHash)
                && Creation(receiver) is IInvocationOperation { TargetMethod.Name: "CreateHash" } created)
            {
                return new UnkeyedHash(HashShape.Incremental, FirstArgument(invocation), algorithm: null, created);
            }

            return null;
        }

        /// <summary>The key argument of <c>HMAC*.HashData</c>/<c>TryHashData</c>, <c>IncrementalHash.CreateHMAC</c> or <c>CryptographicOperations.HmacData</c>.</summary>
        public IOperation? KeyArgument(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!method.IsStatic)
            {
                return null;
            }

            var isKeyed = (Hmac is not null && TypeHierarchy.IsOrDerivesFrom(method.ContainingType, Hmac))
                || (method.Name == "CreateHMAC" && SymbolEqualityComparer.Default.Equals(method.ContainingType, IncrementalHash))
                || (method.Name.Contains("Hmac") && SymbolEqualityComparer.Default.Equals(method.ContainingType, CryptographicOperations));
            return isKeyed ? Parameter(invocation, "key") : null;
        }

        /// <summary>The key argument of <c>new HMACSHA256(key)</c> (the HMAC types of <see cref="AlgorithmNames"/>).</summary>
        public IOperation? KeyArgument(IObjectCreationOperation creation)
            => creation.Type is INamedTypeSymbol type && _watched.Contains(type) && Hmac is not null && TypeHierarchy.IsOrDerivesFrom(type, Hmac)
                ? creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key")?.Value
                : null;

        /// <summary>True for the <c>Key</c> property of a keyed hash (<c>hmac.Key = ...</c>).</summary>
        public bool IsKeyProperty(IPropertySymbol property) => property.Name == "Key" && IsKeyed(property.ContainingType);

        /// <summary>
        /// Where a hash object came from, in the same method: the creation itself (<c>SHA256.Create().ComputeHash(x)</c>),
        /// or the single value of the local holding it.
        /// </summary>
        public static IOperation? Creation(IOperation receiver)
        {
            var value = receiver.WithoutConversions();
            if (value is ILocalReferenceOperation local)
            {
                value = LocalDataFlow.Origin(local)?.WithoutConversions();
            }

            return value is IObjectCreationOperation or IInvocationOperation ? value : null;
        }

        /// <summary>The object a method is called on; for <c>sha?.ComputeHash(x)</c>, <c>sha</c>.</summary>
        public static IOperation? Receiver(IInvocationOperation invocation)
        {
            if (invocation.Instance is not IConditionalAccessInstanceOperation)
            {
                return invocation.Instance;
            }

            for (var parent = invocation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        private static IOperation? Parameter(IInvocationOperation invocation, string name)
            => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == name)?.Value;

        private static IOperation FirstArgument(IInvocationOperation invocation)
            => (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) ?? invocation.Arguments[0]).Value;
    }
}
