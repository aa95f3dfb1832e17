namespace NhsCodeAnalyzers.Benchmarks.Generation.Templates;

/// <summary>FHIR R4 mapping of the module's entities: identifiers, codings, bundles and JSON.</summary>
internal static class FhirTemplate
{
    public static void Write(ModuleContext module, SourceWriter w, ViolationPlanner planner)
    {
        var root = module.Entity(0);
        var nhsNumberSystem = planner.Plant("NHS3003") ? "http://fhir.nhs.uk/Id/nhs-number" : "https://fhir.nhs.uk/Id/nhs-number";
        w.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.IO;
            using System.Linq;
            using System.Text.Json;
            using Hl7.Fhir.Model;
            using Hl7.Fhir.Serialization;
            using {{module.Namespace}}.Domain;

            namespace {{module.Namespace}}.Fhir;

            /// <summary>Maps {{module.Topic}} records to FHIR R4 resources for the shared care record.</summary>
            public sealed class {{module.Topic}}FhirMapper
            {
                private const string NhsNumberSystem = "{{nhsNumberSystem}}";
                private const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";
                private const string Snomed = "http://snomed.info/sct";
                private const string Loinc = "http://loinc.org";

                private static readonly FhirJsonSerializer Serializer = new();

                public Patient ToPatient({{root}} record)
                {
                    var patient = new Patient
                    {
                        Id = record.Id.ToString(CultureInfo.InvariantCulture),
                        BirthDate = record.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        Active = record.IsActive,
                    };
                    patient.Identifier.Add(new Identifier(NhsNumberSystem, record.NhsNumber));
                    patient.Name.Add(new HumanName { Family = record.FamilyName, Given = new[] { record.GivenName }, Use = HumanName.NameUse.Official });
                    patient.GeneralPractitioner.Add(new ResourceReference { Identifier = new Identifier(OdsSystem, record.PracticeOdsCode) });
                    return patient;
                }

                public Bundle ToBundle(IEnumerable<{{root}}> records)
                {
                    var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = DateTimeOffset.UtcNow };
                    foreach (var record in records.OrderBy(r => r.Id))
                    {
                        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = ToPatient(record) });
                        foreach (var episode in record.Episodes.Where(e => !string.IsNullOrEmpty(e.SnomedCode)))
                        {
                            bundle.Entry.Add(new Bundle.EntryComponent { Resource = ToCondition(record, episode) });
                        }
                    }

                    return bundle;
                }

                public string ToJson(Bundle bundle) => Serializer.SerializeToString(bundle);

                public static bool IsNhsNumberIdentifier(Identifier identifier)
                    => string.Equals(identifier.System, NhsNumberSystem, StringComparison.Ordinal);
            """);

        if (planner.Plant("NHS3002"))
        {
            w.Append("""

                    public static Coding LegacyCoding(string code) => new Coding("http://read.info/readv2", code);
                """);
        }

        w.Append($$"""

                public Condition ToCondition({{root}} record, {{module.Entity(1)}} episode)
                {
                    var condition = new Condition
                    {
                        Subject = new ResourceReference($"Patient/{record.Id}"),
                        Code = new CodeableConcept(Snomed, episode.SnomedCode, episode.Summary),
                        RecordedDate = episode.RecordedAt.ToString("o", CultureInfo.InvariantCulture),
                    };
                    condition.Category.Add(new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item"));
                    return condition;
                }
            """);

        for (var role = 2; role < 6; role++)
        {
            WriteObservationMapping(module, w, module.Entity(role), role);
        }

        var summary = module.Topic + "Summary";
        var serialize = planner.Plant("NHS3001", diagnostics: 2)
            ? "#pragma warning disable SYSLIB0011 // the 2019 kiosk app still reads this cache format\n        new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter().Serialize(stream, summary);\n#pragma warning restore SYSLIB0011"
            : "        JsonSerializer.Serialize(stream, summary);";
        w.Append($"\n    public static void WriteCache(Stream stream, {summary} summary)\n    {{\n{serialize}\n    }}");
        w.Append("}");
    }

    private static void WriteObservationMapping(ModuleContext module, SourceWriter w, string entity, int role)
    {
        w.Append($$"""

                public Observation To{{entity}}Observation({{module.Entity(0)}} record, {{entity}} item)
                {
                    var observation = new Observation
                    {
                        Status = ObservationStatus.Final,
                        Subject = new ResourceReference($"Patient/{record.Id}"),
                        Code = new CodeableConcept(Snomed, item.SnomedCode, item.Summary),
                        Effective = new FhirDateTime(item.RecordedAt),
                        Issued = item.RecordedAt,
                    };
                    if (item.Measurement{{role}} is { } value)
                    {
                        observation.Value = new Quantity(value, item.Unit ?? "1", "http://unitsofmeasure.org");
                    }

                    observation.Performer.Add(new ResourceReference { Display = item.RecordedBy });
                    observation.Note.Add(new Annotation { Text = new Markdown(item.Detail) });
                    return observation;
                }

                public IEnumerable<Observation> To{{entity}}Observations({{module.Entity(0)}} record, IEnumerable<{{entity}}> items)
                    => items
                        .Where(i => i.Measurement{{role}} != null)
                        .OrderBy(i => i.RecordedAt)
                        .Select(i => To{{entity}}Observation(record, i))
                        .ToList();

                public static {{module.Topic}}Priority {{entity}}PriorityFrom(Observation observation)
                    => observation.Interpretation.SelectMany(i => i.Coding).Select(c => c.Code).FirstOrDefault() switch
                    {
                        "HH" or "LL" => {{module.Topic}}Priority.Emergency,
                        "H" or "L" => {{module.Topic}}Priority.Urgent,
                        "A" => {{module.Topic}}Priority.TwoWeekWait,
                        _ => {{module.Topic}}Priority.Routine,
                    };

                public static CodeableConcept {{entity}}Loinc(string code, string display)
                    => new CodeableConcept(Loinc, code, display);
            """);
    }
}
