using System.Net.Security;

namespace ClinicService.Export;

/// <summary>HTTP handlers for the connection to the shared care record.</summary>
public static class SharedCareRecordHandlers
{
    public static HttpClientHandler ForStaging() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, _, _, _) => true, // Deliberate violation: NHS2004 (any certificate is accepted)
    };

    // Compliant twin (NHS2004): only a certificate the platform trusts, for the right host, is accepted.
    public static HttpClientHandler ForProduction() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None,
    };
}
