namespace ClinicService.Domain;

/// <summary>A transfer from a Scottish health board, as the legacy feed sends it.</summary>
public sealed record LegacyTransferRequest(
    long ChiNumber, // Deliberate violation: NHS1004 (a CHI number starting 0 loses its leading zero)
    string FromBoard);

/// <summary>The same request held as the national standards hold it.</summary>
public sealed record TransferRequest(
    string ChiNumber, // Compliant twin (NHS1004): ten characters, leading zero kept
    string FromBoard);
