using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;

namespace ClinicService.Services;

/// <summary>Records Spine lookups for the organisation's audit trail.</summary>
public sealed class SpineAuditTrail(ILogger<SpineAuditTrail> logger)
{
    [SuppressMessage("NhsDataProtection", "NHS1002", Justification = "<Pending>")] // Deliberate violation: NHS4004 (Visual Studio's default justification)
    public void RecordLookup(string nhsNumber) => logger.LogInformation("Spine lookup for {NhsNumber}", nhsNumber);

    // Compliant twin (NHS4004): the reason is written where the next reader and an auditor see it.
    [SuppressMessage("NhsDataProtection", "NHS1002", Justification = "The Spine audit trail must record the NHS number; its sink is access-controlled and encrypted (DPIA 2025-07)")]
    public void RecordRetrieval(string nhsNumber) => logger.LogInformation("Spine retrieval for {NhsNumber}", nhsNumber);
}
