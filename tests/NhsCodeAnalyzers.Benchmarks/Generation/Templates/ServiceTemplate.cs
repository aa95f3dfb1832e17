namespace NhsCodeAnalyzers.Benchmarks.Generation.Templates;

/// <summary>An application service: EF Core queries, LINQ, validation and structured logging.</summary>
internal static class ServiceTemplate
{
    public static void Write(ModuleContext module, SourceWriter w, ViolationPlanner planner)
    {
        var root = module.Entity(0);
        var service = module.Topic + "Service";
        var auditJustification = planner.Plant("NHS4004")
            ? string.Empty
            : ", Justification = \"The access audit is the legal record of who opened which patient's record; it is encrypted and retained under the records policy.\"";
        w.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;
            using {{module.Namespace}}.Data;
            using {{module.Namespace}}.Domain;

            namespace {{module.Namespace}}.Services;

            /// <summary>Registers, updates and reports on {{module.Topic}} records.</summary>
            public sealed class {{service}}
            {
                private readonly {{module.DbContextName}} _db;
                private readonly ILogger<{{service}}> _logger;
                private readonly TimeProvider _clock;

                public {{service}}({{module.DbContextName}} db, ILogger<{{service}}> logger, TimeProvider clock)
                {
                    _db = db;
                    _logger = logger;
                    _clock = clock;
                }

                public async Task<{{root}}> RegisterAsync(string nhsNumber, string givenName, string familyName, DateOnly dateOfBirth, CancellationToken cancellationToken)
                {
                    ArgumentException.ThrowIfNullOrWhiteSpace(givenName);
                    ArgumentException.ThrowIfNullOrWhiteSpace(familyName);
                    var record = new {{root}}
                    {
                        NhsNumber = nhsNumber,
                        GivenName = givenName.Trim(),
                        FamilyName = familyName.Trim(),
                        DateOfBirth = dateOfBirth,
                        CreatedAt = _clock.GetUtcNow(),
                    };
                    _db.{{root}}s.Add(record);
                    await _db.SaveChangesAsync(cancellationToken);
                    _logger.LogInformation("Registered {{module.Topic}} record {RecordId}", record.Id);
            """);
        if (planner.Plant("NHS1002"))
        {
            w.Append("        _logger.LogDebug(\"Registered record {RecordId} for NHS number {NhsNumber}\", record.Id, record.NhsNumber);");
        }

        w.Append($$"""
                    return record;
                }

                public static bool IsTestPatient({{root}} record)
                    => record.NhsNumber == "{{SyntheticNumber(module)}}"
            """);
        if (planner.Plant("NHS1003"))
        {
            w.Append($"           || record.NhsNumber == \"{module.RealLookingNhsNumber()}\"");
        }

        w.Append($$"""
                       || record.FamilyName.StartsWith("XXTEST", StringComparison.Ordinal);

                public async Task<{{module.Topic}}Summary> SummariseAsync(string practiceOdsCode, CancellationToken cancellationToken)
                {
                    var now = _clock.GetUtcNow();
                    var records = await _db.{{root}}s
                        .AsNoTracking()
                        .Where(r => r.PracticeOdsCode == practiceOdsCode)
                        .Select(r => new { r.Id, r.CreatedAt, r.ClosedAt })
                        .ToListAsync(cancellationToken);
                    var open = records.Count(r => r.ClosedAt == null);
                    var closed = records.Count - open;
                    var overdue = records.Count(r => r.ClosedAt == null && now - r.CreatedAt > TimeSpan.FromDays(18 * 7));
                    var waits = records
                        .Where(r => r.ClosedAt != null)
                        .Select(r => r.ClosedAt!.Value - r.CreatedAt)
                        .OrderBy(wait => wait)
                        .ToList();
                    var median = waits.Count == 0 ? TimeSpan.Zero : waits[waits.Count / 2];
                    _logger.LogInformation("Summarised {Count} records for practice {Practice}", records.Count, practiceOdsCode);
                    return new {{module.Topic}}Summary(open, closed, overdue, median);
                }

                [SuppressMessage("NhsDataProtection", "NHS1002:Patient identifier written to a log"{{auditJustification}})]
                public void AuditAccess({{root}} record, string user)
                    => _logger.LogInformation("User {User} opened the record of NHS number {NhsNumber}", user, record.NhsNumber);

                [SuppressMessage("Design", "CA1031", Justification = "A failed reminder must not stop the batch; each failure is logged and retried tomorrow.")]
                public async Task<int> SendRemindersAsync(IEnumerable<int> recordIds, Func<int, CancellationToken, Task> send, CancellationToken cancellationToken)
                {
                    var sent = 0;
                    foreach (var id in recordIds.Distinct().Order())
                    {
                        try
                        {
                            await send(id, cancellationToken);
                            sent++;
                        }
                        catch (Exception exception)
                        {
                            _logger.LogWarning(exception, "Reminder for record {RecordId} failed", id);
                        }
                    }

                    return sent;
                }
            """);

        for (var role = 1; role < 6; role++)
        {
            WriteQueries(module, w, module.Entity(role), role);
        }

        w.Append("}");
    }

    private static string SyntheticNumber(ModuleContext module) => "999" + (module.Index % 10) + "000000";

    private static void WriteQueries(ModuleContext module, SourceWriter w, string entity, int role)
    {
        var root = module.Entity(0);
        w.Append($$"""

                public async Task<IReadOnlyList<{{entity}}>> Overdue{{entity}}sAsync(int take, CancellationToken cancellationToken)
                {
                    var now = _clock.GetUtcNow();
                    var items = await _db.{{entity}}s
                        .AsNoTracking()
                        .Where(e => e.DueBy != null && e.DueBy < now)
                        .OrderBy(e => e.DueBy)
                        .ThenBy(e => e.Sequence)
                        .Take(take)
                        .ToListAsync(cancellationToken);
                    _logger.LogInformation("{Count} overdue {{entity}} items", items.Count);
                    return items;
                }

                public async Task<Dictionary<{{module.Topic}}Priority, int>> {{entity}}CountsByPriorityAsync(int recordId, CancellationToken cancellationToken)
                {
                    var counts = await _db.{{entity}}s
                        .Where(e => e.{{root}}Id == recordId)
                        .GroupBy(e => e.Priority)
                        .Select(g => new { Priority = g.Key, Count = g.Count() })
                        .ToListAsync(cancellationToken);
                    return counts.ToDictionary(c => c.Priority, c => c.Count);
                }

                public async Task<decimal?> Average{{entity}}MeasurementAsync(int recordId, CancellationToken cancellationToken)
                {
                    var values = await _db.{{entity}}s
                        .Where(e => e.{{root}}Id == recordId && e.Measurement{{role}} != null)
                        .Select(e => e.Measurement{{role}}!.Value)
                        .ToListAsync(cancellationToken);
                    if (values.Count == 0)
                    {
                        _logger.LogDebug("No {{entity}} measurements for record {RecordId}", recordId);
                        return null;
                    }

                    return values.Sum() / values.Count;
                }

                public async Task Add{{entity}}Async(int recordId, {{module.Topic}}Priority priority, string summary, string recordedBy, CancellationToken cancellationToken)
                {
                    var sequence = await _db.{{entity}}s.Where(e => e.{{root}}Id == recordId).Select(e => (int?)e.Sequence).MaxAsync(cancellationToken) ?? 0;
                    _db.{{entity}}s.Add(new {{entity}}
                    {
                        {{root}}Id = recordId,
                        Priority = priority,
                        Summary = summary,
                        RecordedBy = recordedBy,
                        RecordedAt = _clock.GetUtcNow(),
                        Sequence = sequence + 1,
                    });
                    await _db.SaveChangesAsync(cancellationToken);
                    _logger.LogInformation("Added {{entity}} {Sequence} to record {RecordId}", sequence + 1, recordId);
                }
            """);
    }
}
