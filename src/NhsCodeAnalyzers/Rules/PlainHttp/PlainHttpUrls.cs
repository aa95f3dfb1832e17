using System;
using System.Net;

namespace NhsCodeAnalyzers.Rules.PlainHttp
{
    /// <summary>
    /// NHS2003's question about a URL's text: is it <c>http://</c> to a machine that could receive patient data?
    /// Loopback hosts never leave the machine, and the hosts of FHIR canonical URLs, code systems and XML
    /// namespaces name things rather than serve requests.
    /// </summary>
    internal static class PlainHttpUrls
    {
        private const string Scheme = "http://";

        /// <summary>Domains (and their subdomains) whose URLs are identifiers: FHIR canonicals, code systems, XML namespaces.</summary>
        private static readonly string[] IdentifierDomains =
        {
            "hl7.org",            // http://hl7.org/fhir/..., http://terminology.hl7.org/...
            "snomed.info",        // http://snomed.info/sct
            "loinc.org",          // http://loinc.org
            "unitsofmeasure.org", // http://unitsofmeasure.org (UCUM)
            "read.info",          // http://read.info/readv2, http://read.info/ctv3
            "w3.org",             // http://www.w3.org/2001/XMLSchema, http://www.w3.org/1999/xhtml
        };

        private static readonly char[] AuthorityEnd = { '/', '?', '#', '\\' };

        /// <summary>The text starts with <c>http://</c> (any case).</summary>
        public static bool StartsWithPlainHttp(string value) => value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// <c>http://</c> to a host that is neither loopback nor an identifier domain. A URL whose host is not written
        /// in the text (<c>"http://" + host</c>) could go anywhere, so it counts.
        /// </summary>
        public static bool IsPlainHttpEndpoint(string value)
        {
            if (!StartsWithPlainHttp(value))
            {
                return false;
            }

            var host = Host(value);
            return host.Length == 0 || !(IsLoopback(host) || IsIdentifierHost(host));
        }

        /// <summary>The host of an <c>http://</c> URL, lower case, without user information, port or IPv6 brackets.</summary>
        internal static string Host(string value)
        {
            var end = value.IndexOfAny(AuthorityEnd, Scheme.Length);
            var authority = value.Substring(Scheme.Length, (end < 0 ? value.Length : end) - Scheme.Length);
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                authority = authority.Substring(at + 1);
            }

            if (authority.StartsWith("[", StringComparison.Ordinal))
            {
                var close = authority.IndexOf(']');
                authority = close < 0 ? authority.Substring(1) : authority.Substring(1, close - 1);
            }
            else
            {
                var colon = authority.IndexOf(':');
                if (colon >= 0)
                {
                    authority = authority.Substring(0, colon);
                }
            }

            return authority.TrimEnd('.').ToLowerInvariant();
        }

        /// <summary><c>localhost</c>, <c>*.localhost</c>, <c>127.0.0.0/8</c> and <c>::1</c>.</summary>
        private static bool IsLoopback(string host)
            => host == "localhost"
               || host.EndsWith(".localhost", StringComparison.Ordinal)
               || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

        private static bool IsIdentifierHost(string host)
        {
            if (host.StartsWith("schemas.", StringComparison.Ordinal))
            {
                return true; // http://schemas.xmlsoap.org/..., http://schemas.microsoft.com/...
            }

            foreach (var domain in IdentifierDomains)
            {
                if (host == domain || (host.Length > domain.Length && host.EndsWith(domain, StringComparison.Ordinal) && host[host.Length - domain.Length - 1] == '.'))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
