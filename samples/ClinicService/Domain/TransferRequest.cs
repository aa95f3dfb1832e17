using NhsCodeAnalyzers.Annotations;

namespace ClinicService.Domain;

/// <summary>A transfer from a Scottish health board, as the legacy feed sends it.</summary>
public sealed record LegacyTransferRequest( // Deliberate violation: NHS4001 (holds a CHI number; nothing says where it came from)
    long ChiNumber, // Deliberate violation: NHS1004 (a CHI number starting 0 loses its leading zero)
    string FromBoard);

/// <summary>The same request held as the national standards hold it.</summary>
[DataProvenance(
    Source = "Inter-board transfer messages from NHS Scotland health boards",
    LawfulBasis = "UK GDPR Article 6(1)(e) public task; Article 9(2)(h) health or social care",
    Limitations = "Demographics are as held by the sending board; boards joined the feed from 2021")]
public sealed record TransferRequest( // Compliant twin (NHS1004, NHS4001): ten characters, leading zero kept, provenance declared
    string ChiNumber,
    string FromBoard);
