namespace NhsCodeAnalyzers.Benchmarks.Generation.Templates;

/// <summary>EF Core entities of one module, with declared provenance and encrypted identifiers, plus DTO records.</summary>
internal static class DomainTemplate
{
    private const string Provenance = """
        [DataProvenance(
            Source = "Referral and episode data received from GP practices through the e-Referral Service",
            LawfulBasis = "UK GDPR Article 6(1)(e) public task; Article 9(2)(h) health or social care",
            Limitations = "Addresses are as given at referral; ethnicity is self-reported and often missing")]
        """;

    public static void Write(ModuleContext module, SourceWriter w, ViolationPlanner planner)
    {
        w.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using NhsCodeAnalyzers.Annotations;

            namespace {{module.Namespace}}.Domain;

            /// <summary>The patient-level record of the {{module.Topic}} module.</summary>
            {{Provenance}}
            public class {{module.Entity(0)}}
            {
                public int Id { get; set; }

                [EncryptedAtRest("AES-256-GCM column encryption through ColumnEncryption.Converter, keys in Key Vault")]
                public string NhsNumber { get; set; } = "";

                [MaxLength(100)]
                public string GivenName { get; set; } = "";

                [MaxLength(100)]
                public string FamilyName { get; set; } = "";

                public DateOnly DateOfBirth { get; set; }

                [MaxLength(8)]
                public string PracticeOdsCode { get; set; } = "";

                public DateTimeOffset CreatedAt { get; set; }

                public DateTimeOffset? ClosedAt { get; set; }

                public bool IsActive => ClosedAt is null;

                public List<{{module.Entity(1)}}> Episodes { get; set; } = new();

                public List<{{module.Entity(2)}}> Notes { get; set; } = new();
            """);

        if (planner.Plant("NHS1001"))
        {
            w.Append("""

                    public string ReferrerNhsNumber { get; set; } = "";
                """);
        }

        w.Append("}");

        for (var role = 1; role < 6; role++)
        {
            WriteDependentEntity(module, w, module.Entity(role), role);
        }

        var provenance = planner.Plant("NHS4002")
            ? Provenance.Replace("Addresses are as given at referral; ethnicity is self-reported and often missing", "TODO", StringComparison.Ordinal)
            : Provenance;
        w.Append($$"""

            /// <summary>What the front desk sees for a patient in the {{module.Topic}} module.</summary>
            {{provenance}}
            public sealed record {{module.Topic}}PatientCard(int PatientId, string NhsNumber, string DisplayName, DateOnly DateOfBirth);
            """);

        var cardProvenance = planner.Plant("NHS4001") ? string.Empty : Provenance + "\n";
        w.Append($$"""

            /// <summary>A patient matched by demographics in the {{module.Topic}} module.</summary>
            {{cardProvenance}}public sealed record {{module.Topic}}PatientMatch(string NhsNumber, string FamilyName, DateOnly DateOfBirth, double Score);
            """);

        var numberType = planner.Plant("NHS1004") ? "long" : "string";
        w.Append($$"""

            /// <summary>A request to look a patient up on PDS.</summary>
            {{Provenance}}
            public sealed record {{module.Topic}}PdsLookup({{numberType}} NhsNumber, DateOnly DateOfBirth);

            /// <summary>Summary counts for a dashboard; no patient-level data.</summary>
            public sealed record {{module.Topic}}Summary(int Open, int Closed, int Overdue, TimeSpan MedianWait)
            {
                public int Total => Open + Closed;

                public double ClosedShare => Total == 0 ? 0 : (double)Closed / Total;
            }

            public enum {{module.Topic}}Priority
            {
                Routine,
                Urgent,
                TwoWeekWait,
                Emergency,
            }
            """);
    }

    private static void WriteDependentEntity(ModuleContext module, SourceWriter w, string name, int role)
    {
        w.Append($$"""

            /// <summary>A {{name}} belonging to a {{module.Entity(0)}}.</summary>
            public class {{name}}
            {
                public int Id { get; set; }

                public int {{module.Entity(0)}}Id { get; set; }

                public {{module.Topic}}Priority Priority { get; set; }

                [MaxLength(200)]
                public string Summary { get; set; } = "";

                [MaxLength(2000)]
                public string Detail { get; set; } = "";

                [MaxLength(18)]
                public string SnomedCode { get; set; } = "";

                [MaxLength(100)]
                public string RecordedBy { get; set; } = "";

                public DateTimeOffset RecordedAt { get; set; }

                public DateTimeOffset? DueBy { get; set; }

                public int Sequence { get; set; }

                public decimal? Measurement{{role}} { get; set; }

                [MaxLength(20)]
                public string? Unit { get; set; }

                public bool IsOverdue(DateTimeOffset now) => DueBy is { } due && due < now;

                public override string ToString() => $"{{name}} {Id} ({Priority})";
            }
            """);
    }
}
