using System.Runtime.Serialization.Formatters.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using ClinicService.Domain;

namespace ClinicService.Caching;

/// <summary>Keeps front-desk summaries on disk so the clinic list opens quickly after a restart.</summary>
public sealed class PatientSummaryCache
{
    private readonly string _directory;

    public PatientSummaryCache(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    /// <summary>The legacy cache writer, kept here to show NHS3001.</summary>
    public void SaveLegacy(PatientSummary summary)
    {
        using var stream = File.Create(PathFor(summary.PatientId, "bin"));
        var formatter = new BinaryFormatter(); // Deliberate violation: NHS3001 (proprietary, unsafe format)
        formatter.Serialize(stream, summary); // Deliberate violation: NHS3001
    }

    /// <summary>Compliant twin (NHS3001): JSON any system can read, and no code runs when it is read back.</summary>
    public void Save(PatientSummary summary)
    {
        using var stream = File.Create(PathFor(summary.PatientId, "json"));
        JsonSerializer.Serialize(stream, summary);
    }

    public PatientSummary? Load(int patientId)
    {
        var path = PathFor(patientId, "json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<PatientSummary>(stream);
    }

    /// <summary>Legacy integrity check for cached files, kept here to show NHS2002.</summary>
    public static byte[] LegacyChecksum(byte[] content)
        => MD5.HashData(content); // Deliberate violation: NHS2002 (MD5 collisions are practical)

    /// <summary>Compliant twin (NHS2002): SHA-256 for the same integrity check.</summary>
    public static byte[] Checksum(byte[] content)
        => SHA256.HashData(content);

    private string PathFor(int patientId, string extension) => Path.Combine(_directory, $"summary-{patientId}.{extension}");
}
