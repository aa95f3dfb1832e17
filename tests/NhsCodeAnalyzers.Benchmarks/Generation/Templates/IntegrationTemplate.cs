namespace NhsCodeAnalyzers.Benchmarks.Generation.Templates;

/// <summary>Outbound HTTP to national services, TLS handlers, pseudonymisation and integrity checks.</summary>
internal static class IntegrationTemplate
{
    public static void Write(ModuleContext module, SourceWriter w, ViolationPlanner planner)
    {
        var root = module.Entity(0);
        var client = module.Topic + "SpineClient";
        var baseAddress = planner.Plant("NHS2003")
            ? $"http://{module.Topic.ToLowerInvariant()}.spine.example.nhs.uk/api/"
            : $"https://{module.Topic.ToLowerInvariant()}.spine.example.nhs.uk/api/";
        w.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Net.Security;
            using System.Security.Cryptography;
            using System.Text;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using {{module.Namespace}}.Domain;

            namespace {{module.Namespace}}.Integration;

            /// <summary>Calls the national {{module.Topic}} service.</summary>
            public sealed class {{client}}
            {
                private static readonly Uri BaseAddress = new("{{baseAddress}}");
                private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

                private readonly HttpClient _http;
                private readonly ILogger<{{client}}> _logger;

                public {{client}}(HttpClient http, ILogger<{{client}}> logger)
                {
                    _http = http;
                    _http.BaseAddress ??= BaseAddress;
                    _http.Timeout = TimeSpan.FromSeconds(30);
                    _logger = logger;
                }

                public async Task<{{module.Topic}}Summary?> GetSummaryAsync(string practiceOdsCode, CancellationToken cancellationToken)
                {
                    using var response = await _http.GetAsync($"practices/{Uri.EscapeDataString(practiceOdsCode)}/summary", cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        _logger.LogWarning("Summary request for practice {Practice} failed with {Status}", practiceOdsCode, (int)response.StatusCode);
                        return null;
                    }

                    return await response.Content.ReadFromJsonAsync<{{module.Topic}}Summary>(Json, cancellationToken);
                }

                public async Task<bool> SubmitAsync({{module.Topic}}PatientCard card, CancellationToken cancellationToken)
                {
                    for (var attempt = 1; attempt <= 3; attempt++)
                    {
                        using var response = await _http.PostAsJsonAsync("submissions", card, Json, cancellationToken);
                        if (response.IsSuccessStatusCode)
                        {
                            _logger.LogInformation("Submitted card for patient {PatientId} on attempt {Attempt}", card.PatientId, attempt);
                            return true;
                        }

                        await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt * attempt), cancellationToken);
                    }

                    _logger.LogError("Giving up on card for patient {PatientId}", card.PatientId);
                    return false;
                }

                public async Task<IReadOnlyList<string>> GetCodesAsync(string valueSet, CancellationToken cancellationToken)
                {
                    var codes = await _http.GetFromJsonAsync<List<string>>($"valuesets/{valueSet}", Json, cancellationToken) ?? new List<string>();
                    return codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                }
            }

            /// <summary>TLS settings for the connection to the national service.</summary>
            public static class {{module.Topic}}Handlers
            {
                public static HttpClientHandler ForProduction() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None,
                };
            """);
        if (planner.Plant("NHS2004"))
        {
            w.Append("""

                    public static HttpClientHandler ForStaging() => new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
                    };
                """);
        }

        // One pseudonymisation slot: an unkeyed hash (NHS2001) or a keyed one whose key may be hard-coded (NHS2006).
        string hash;
        if (planner.Plant("NHS2001"))
        {
            hash = "Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(record.NhsNumber)))";
        }
        else
        {
            var key = planner.Plant("NHS2006") ? "Encoding.UTF8.GetBytes(\"research-extract-2024\")" : "pepperKey";
            hash = $"Convert.ToHexString(HMACSHA256.HashData({key}, Encoding.UTF8.GetBytes(record.NhsNumber)))";
        }

        var checksum = planner.Plant("NHS2002") ? "MD5.HashData(content)" : "SHA256.HashData(content)";
        w.Append($$"""
            }

            /// <summary>Pseudonyms for research extracts; the key comes from Key Vault at run time.</summary>
            public sealed class {{module.Topic}}Pseudonymiser
            {
                private readonly byte[] pepperKey;

                public {{module.Topic}}Pseudonymiser(byte[] pepperKey) => this.pepperKey = pepperKey;

                public string Pseudonym({{root}} record)
                    => {{hash}};

                public IReadOnlyDictionary<int, string> Pseudonyms(IEnumerable<{{root}}> records)
                    => records.ToDictionary(r => r.Id, Pseudonym);

                public static byte[] Checksum(byte[] content)
                    => {{checksum}};

                public static bool Verify(byte[] content, byte[] expected)
                    => CryptographicOperations.FixedTimeEquals(Checksum(content), expected);

                public static byte[] Protect(byte[] key, ReadOnlySpan<byte> plain, out byte[] nonce, out byte[] tag)
                {
                    nonce = RandomNumberGenerator.GetBytes(12);
                    tag = new byte[16];
                    var cipher = new byte[plain.Length];
                    using var aes = new AesGcm(key, 16);
                    aes.Encrypt(nonce, plain, cipher, tag);
                    return cipher;
                }
            }
            """);
    }
}
