using System.Security.Cryptography;
using System.Text;
using ClinicService.Domain;

namespace ClinicService.Export;

/// <summary>Pseudonyms for the research extract; the key comes from the secret store (Key Vault), never from source.</summary>
public sealed class ResearchPseudonymiser(byte[] pepperKey)
{
    private static readonly byte[] DemoKey = Encoding.UTF8.GetBytes("clinic-demo-key");

    // Compliant twin (NHS2001, NHS2006): a keyed HMAC whose key is loaded at run time.
    public string Pseudonym(Patient patient)
        => Convert.ToHexString(HMACSHA256.HashData(pepperKey, Encoding.UTF8.GetBytes(patient.NhsNumber)));

    public string LegacyPseudonym(Patient patient)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(patient.NhsNumber))); // Deliberate violation: NHS2001 (every NHS number can be hashed and matched)

    public string DemoPseudonym(Patient patient)
        => Convert.ToHexString(HMACSHA256.HashData(DemoKey, Encoding.UTF8.GetBytes(patient.NhsNumber))); // Deliberate violation: NHS2006 (the key is in every clone of the repository)
}
