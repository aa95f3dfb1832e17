namespace NhsCodeAnalyzers.Benchmarks.Generation;

/// <summary>Names and deterministic values for one generated clinical module (a bounded context of a service).</summary>
internal sealed class ModuleContext
{
    private static readonly string[] Topics =
    {
        "Referral", "Prescription", "Immunisation", "Observation", "Allergy", "CarePlan", "Discharge", "LabResult",
        "Imaging", "Maternity", "MentalHealth", "Screening", "Dental", "Pharmacy", "Community", "Outpatient",
    };

    private static readonly string[] EntityRoles = { "Record", "Episode", "Note", "Task", "Outcome", "Contact" };

    private readonly Random _random;

    public ModuleContext(int index, int seed)
    {
        Index = index;
        Topic = Topics[index % Topics.Length];
        Namespace = $"Health.Services.{Topic}{index}";
        _random = new Random(seed + index);
    }

    public int Index { get; }

    public string Topic { get; }

    public string Namespace { get; }

    public IReadOnlyList<string> EntityNames => EntityRoles.Select(role => Topic + role).ToArray();

    public string Entity(int i) => Topic + EntityRoles[i % EntityRoles.Length];

    public string DbContextName => $"{Topic}DbContext";

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>A ten-digit number that passes the Modulus 11 check outside the never-issued 999 range: real-looking.</summary>
    public string RealLookingNhsNumber()
    {
        while (true)
        {
            var digits = new int[10];
            digits[0] = 4 + _random.Next(5);
            for (var i = 1; i < 9; i++)
            {
                digits[i] = _random.Next(10);
            }

            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += digits[i] * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            digits[9] = check == 11 ? 0 : check;
            return string.Concat(digits);
        }
    }
}
