using NhsCodeAnalyzers.Benchmarks;

System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;

try
{
    var options = BenchmarkOptions.Parse(args);
    return await new BenchmarkRunner(options, Console.Out).RunAsync();
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}
