using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Sources in every shape C# code takes, each holding violations marked with the testing library's markup
    /// (<c>{|NHS1001:NhsNumber|}</c>): the analyzers must not throw on them and must still report what is marked.
    /// </summary>
    public static class LanguageShapes
    {
        /// <param name="MustCompile">False only where the shape is a preview feature the compiler may still reject.</param>
        /// <param name="Counts">Exact numbers of diagnostics per rule, where a count says more than a place.</param>
        /// <param name="Large">A size shape: run once, with nullable analysis on, to spare the time of a second pass.</param>
        public sealed record Shape(string Name, string Markup, bool MustCompile = true, ImmutableDictionary<string, int>? Counts = null, bool Large = false);

        /// <summary>Lines in the generated long file.</summary>
        public const int LongFileLines = 50_000;

        /// <summary>Its six-line methods; every thousandth writes the NHS number to the console.</summary>
        private const int LongFileMethods = (LongFileLines - 10) / 6;

        /// <summary>Terms of the deep concatenation (the rule tests go to 20,000; this runs every analyzer).</summary>
        public const int ConcatenationTerms = 5_000;

        /// <summary>Nesting of parentheses and conditionals: deep, yet well inside what the compiler binds on a thread-pool thread.</summary>
        public const int NestingDepth = 1_000;

        public static ImmutableArray<Shape> All { get; } = ImmutableArray.Create(
            new Shape("top-level statements", """
                using System;
                using System.Security.Cryptography;
                using System.Text;

                var nhsNumber = args.Length > 0 ? args[0] : "";
                Console.WriteLine({|NHS1002:nhsNumber|});
                var digest = {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
                using var md5 = {|NHS2002:MD5.Create()|};
                Console.WriteLine({|NHS1003:"439 825 9791"|});
                Console.WriteLine(digest.Length);
                return 0;
                """),
            new Shape("file-scoped namespace and file-local types", """
                using System.ComponentModel.DataAnnotations;
                using System.ComponentModel.DataAnnotations.Schema;

                namespace Clinic.Storage;

                [Table("patients")]
                file sealed class {|NHS4001:PatientRow|}
                {
                    [Key] public int Id { get; set; }
                    public string {|NHS1001:NhsNumber|} { get; set; } = "";
                }

                file static class Seed
                {
                    public static PatientRow Make() => new() { NhsNumber = {|NHS1003:"4398259791"|} };
                }
                """),
            new Shape("records and record structs", """
                using System;
                using System.ComponentModel.DataAnnotations.Schema;

                [Table("registrations")]
                public record {|NHS4001:Registration|}(int Id, string {|NHS1001:NhsNumber|});

                public readonly record struct {|NHS4001:ChiRecord|}(long {|NHS1004:ChiNumber|});

                public record struct {|NHS4001:Referral|}(string Mrn)
                {
                    public override string ToString() => "Referral";
                }

                public static class Audit
                {
                    public static void Write(Registration registration) => Console.WriteLine({|NHS1002:registration|});

                    public static Registration Renumber(Registration registration) => registration with { NhsNumber = {|NHS1003:"419 074 8331"|} };
                }
                """),
            new Shape("primary constructors", """
                using Microsoft.Extensions.Logging;

                public sealed class AdmissionService(ILogger<AdmissionService> logger)
                {
                    public void Admit(string nhsNumber) => logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                }

                public class {|NHS4001:Patient|}(string nhsNumber)
                {
                    public string NhsNumber { get; } = nhsNumber;
                }

                public struct Ward(string name)
                {
                    public readonly string Name => name;
                }
                """),
            new Shape("required and init members", """
                using System.ComponentModel.DataAnnotations;
                using System.Diagnostics.CodeAnalysis;

                public class {|NHS4001:Patient|}
                {
                    [Key] public int Id { get; init; }

                    public required string {|NHS1001:NhsNumber|} { get; init; }

                    public required long {|NHS1001:{|NHS1004:ChiNumber|}|} { get; set; }

                    public Patient() { }

                    [SetsRequiredMembers]
                    public Patient(string nhsNumber, long chiNumber) => (NhsNumber, ChiNumber) = (nhsNumber, chiNumber);
                }
                """),
            new Shape("collection expressions", """
                using System;
                using System.Collections.Generic;
                using System.Security.Cryptography;

                public class Seeds
                {
                    private static readonly byte[] Key = [1, 2, 3, 4];

                    public List<string> Numbers { get; } = [{|NHS1003:"439 825 9791"|}, "999 000 0018"];

                    public byte[] Hash(byte[] data) => HMACSHA256.HashData({|NHS2006:Key|}, data);

                    public int[] Empty() => [];

                    public string[] Spread(string[] more) => ["a", .. more];

                    public ReadOnlySpan<int> Span() => [1, 2, 3];
                }
                """),
            new Shape("pattern matching", """
                public class {|NHS4001:Patient|}
                {
                    public string NhsNumber { get; set; } = "";

                    public int Age { get; set; }
                }

                public static class Triage
                {
                    public static int Band(Patient patient) => patient switch
                    {
                        { NhsNumber: {|NHS1003:"439 825 9791"|} } => 0,
                        { Age: < 18 } => 1,
                        { Age: >= 18 and < 65 } => 2,
                        _ => 3,
                    };

                    public static bool Listed(object value) => value is string { Length: 10 } text && text is [var first, .., var last] && first != last;

                    public static string Describe(object? value) => value switch
                    {
                        null => "none",
                        int n when n > 0 => "positive",
                        string s => s,
                        (int x, int y) => $"{x},{y}",
                        _ => "other",
                    };
                }
                """),
            new Shape("local functions and lambdas", """
                using System;
                using System.Security.Cryptography;
                using System.Text;

                public class Pseudonymiser
                {
                    public byte[] Run(string nhsNumber)
                    {
                        return Hash(nhsNumber);

                        static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
                    }

                    public void Log(string nhsNumber)
                    {
                        Write();
                        Action later = () => Console.WriteLine({|NHS1002:nhsNumber|});
                        later();

                        void Write() => Console.WriteLine({|NHS1002:nhsNumber|});
                    }

                    public byte[] Direct(string nhsNumber)
                    {
                        return Local();

                        byte[] Local() => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
                    }
                }
                """),
            new Shape("generic math and static abstract members", """
                using System;
                using System.Numerics;

                public interface IIdentifier<TSelf> where TSelf : IIdentifier<TSelf>
                {
                    static abstract TSelf Parse(string nhsNumber);

                    static virtual bool IsWellFormed(string nhsNumber) => nhsNumber.Length == 10;
                }

                public readonly struct NhsNumber(string value) : IIdentifier<NhsNumber>, IAdditionOperators<NhsNumber, int, NhsNumber>
                {
                    public string Value { get; } = value;

                    public static NhsNumber Parse(string nhsNumber) => new(nhsNumber);

                    public static NhsNumber operator +(NhsNumber left, int right) => left;

                    public static NhsNumber operator checked +(NhsNumber left, int right) => left;
                }

                public static class Maths
                {
                    public static T Sum<T>(ReadOnlySpan<T> values) where T : INumber<T>
                    {
                        var total = T.Zero;
                        foreach (var value in values)
                        {
                            total += value;
                        }

                        return total;
                    }

                    public static T Remainder<T>(T number) where T : IBinaryInteger<T> => number % T.CreateChecked(11);
                }
                """),
            new Shape("unsafe code", """
                using System;
                using System.Runtime.InteropServices;

                public unsafe struct NativeRecord
                {
                    public fixed byte NhsNumber[10];

                    public static delegate* unmanaged[Cdecl]<int, int> Callback;

                    public static int Length(byte* text)
                    {
                        var length = 0;
                        while (text[length] != 0)
                        {
                            length++;
                        }

                        return length;
                    }

                    public static void Copy(string nhsNumber)
                    {
                        fixed (char* first = nhsNumber)
                        {
                            Console.WriteLine({|NHS1002:nhsNumber|});
                            Console.WriteLine((int)*first);
                        }

                        Span<byte> buffer = stackalloc byte[10];
                        buffer[0] = (byte)sizeof(NativeRecord);
                    }

                    [DllImport("native")]
                    public static extern void Send(byte* data, int length);
                }
                """),
            new Shape("async streams", """
                using System;
                using System.Collections.Generic;
                using System.Runtime.CompilerServices;
                using System.Threading;
                using System.Threading.Tasks;
                using Microsoft.Extensions.Logging;

                public class Feed(ILogger logger)
                {
                    public async IAsyncEnumerable<string> ReadAsync(IAsyncEnumerable<string> nhsNumbers, [EnumeratorCancellation] CancellationToken cancellationToken = default)
                    {
                        await using var resource = new Resource();
                        await foreach (var nhsNumber in nhsNumbers.WithCancellation(cancellationToken))
                        {
                            logger.LogInformation("Read {Number}", {|NHS1002:nhsNumber|});
                            yield return nhsNumber;
                        }

                        await Task.Yield();
                    }

                    private sealed class Resource : IAsyncDisposable
                    {
                        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
                    }
                }
                """),
            new Shape("partial properties", """
                using System.ComponentModel.DataAnnotations;

                public partial class {|NHS4001:Patient|}
                {
                    [Key] public int Id { get; set; }

                    public partial string NhsNumber { get; set; }
                }

                public partial class Patient
                {
                    public partial string NhsNumber { get => field; set => field = value.Trim(); }
                }

                public partial class Finder
                {
                    public partial long ChiNumber { get; set; }

                    public partial string this[long hcNumber] { get; }

                    partial void Find(long nhsNumber);
                }

                public partial class Finder
                {
                    public partial long ChiNumber { get => field; set => field = value; }

                    public partial string this[long hcNumber] => "";

                    partial void Find(long nhsNumber) { }
                }
                """, Counts: ImmutableDictionary<string, int>.Empty.Add("NHS1001", 1).Add("NHS1004", 3).Add("NHS4001", 2)),
            new Shape("nullable disabled and enabled in one file", """
                #nullable disable
                using System.ComponentModel.DataAnnotations;

                public class {|NHS4001:LegacyPatient|}
                {
                    [Key] public int Id { get; set; }

                    public string {|NHS1001:NhsNumber|} { get; set; }
                #nullable enable
                    public string? {|NHS1001:Mrn|} { get; set; }
                #nullable restore
                    public string {|NHS1001:HospitalNumber|} { get; set; }
                }
                """),
            new Shape("#if regions", """
                using System.Security.Cryptography;

                public static class Build
                {
                #if DEBUG
                    public static object Weak() => MD5.Create();
                #else
                    public static object Strong() => {|NHS2002:SHA1.Create()|};
                #endif
                #if !NETSTANDARD && !DEBUG
                    public static object Also() => {|NHS2002:DES.Create()|};
                #elif NETSTANDARD
                    public static object Old() => TripleDES.Create();
                #endif
                #region Legacy
                    public static object Legacy() => {|NHS2002:MD5.Create()|};
                #endregion
                }
                """),
            new Shape("Unicode escapes and verbatim identifiers", """
                using System.ComponentModel.DataAnnotations;

                public class {|NHS4001:Patient|}
                {
                    [Key] public int Id { get; set; }

                    public string {|NHS1001:Nhs\u004Eumber|} { get; set; } = "";

                    public string {|NHS1001:@Mrn|} { get; set; } = "";

                    public string NúmeroDeCama { get; set; } = "";
                }

                public static class Printer
                {
                    public static void Print(Patient patient) => System.Console.WriteLine({|NHS1002:patient.Nhs\u004Eumber|});

                    public static void Seed(Patient patient) => patient.NhsNumber = {|NHS1003:"\u0034398259791"|};
                }
                """),
            new Shape("newer literals and members", """"
                using System;
                using System.Security.Cryptography;
                using System.Threading;
                using Pair = (string NhsNumber, int Age);

                public class Modern
                {
                    private readonly Lock _gate = new();

                    public byte[] Hash(byte[] data) => HMACSHA256.HashData({|NHS2006:"s3cret"u8.ToArray()|}, data);

                    public string Raw() => {|NHS1003:"""439 825 9791"""|};

                    public string Interpolated(int ward) => $$"""{"ward": {{ward}}}""";

                    public void Print(Pair pair)
                    {
                        lock (_gate)
                        {
                            Console.WriteLine(pair.Age);
                        }
                    }

                    public static int Count(params ReadOnlySpan<string> values) => values.Length;

                    public static int First(ref readonly int value, scoped Span<int> span) => value + span.Length;
                }

                [System.Runtime.CompilerServices.InlineArray(10)]
                public struct TenDigits
                {
                    private byte _element;
                }
                """"),
            new Shape("C# preview: extension members, field keyword, null-conditional assignment", """
                using System;

                public class Patient
                {
                    public string NhsNumber { get => field; set => field = value ?? ""; } = "";

                    public Patient? Next { get; set; }
                }

                public static class PatientExtensions
                {
                    extension(Patient patient)
                    {
                        public string Display => "Patient";

                        public void Print() => Console.WriteLine(patient.NhsNumber);
                    }
                }

                public static class Chain
                {
                    public static void Renumber(Patient? patient, string number) => patient?.Next?.NhsNumber = number;
                }
                """, MustCompile: false),
            new Shape("a 50,000-line file", LongFile(), Counts: ImmutableDictionary<string, int>.Empty.Add("NHS1002", ((LongFileMethods - 1) / 1000) + 1).Add("NHS2002", 1), Large: true),
            new Shape("very deep expressions", DeepExpressions(), Large: true));

        /// <summary>One class of 50,000 lines: thousands of small methods, a log write every thousandth, a weak hash at the end.</summary>
        private static string LongFile()
        {
            var text = new StringBuilder("using System;\nusing System.Security.Cryptography;\n\npublic static class Generated\n{\n");
            for (var i = 0; i < LongFileMethods; i++)
            {
                var body = i % 1000 == 0 ? "Console.WriteLine({|NHS1002:nhsNumber|});" : $"var text = other + \"{i}\";";
                text.Append($"    public static string M{i}(string nhsNumber, string other)\n    {{\n        {body}\n        return other.Length > {i % 7} ? other : nhsNumber.Substring(0, 1);\n    }}\n\n");
            }

            text.Append("    public static object Weak() => {|NHS2002:MD5.Create()|};\n}\n");
            while (text.ToString().Count(c => c == '\n') < LongFileLines)
            {
                text.Append("// padding\n");
            }

            return text.ToString();
        }

        private static string DeepExpressions()
        {
            var concatenation = "\"Patient \" + nhsNumber + " + string.Join(" + ", Enumerable.Repeat("other", ConcatenationTerms));
            var parentheses = new string('(', NestingDepth) + "other" + new string(')', NestingDepth);
            var conditional = string.Concat(Enumerable.Range(0, NestingDepth).Select(i => $"other == \"{i}\" ? \"{i}\" : ")) + "nhsNumber";
            return $$"""
                using System;
                using System.Security.Cryptography;
                using System.Text;

                public static class Deep
                {
                    public static void Write(string nhsNumber, string other)
                    {
                        Console.WriteLine({|NHS1002:{{concatenation}}|});
                        Console.WriteLine({{parentheses}});
                        Console.WriteLine({|NHS1002:{{conditional}}|});
                        {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes({{concatenation}}))|};
                    }
                }
                """;
        }
    }
}
