using System;
using System.Globalization;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// How many broken variants to run, and from which seed. The defaults keep <c>dotnet test</c> within CI's time;
    /// <c>NHS_ROBUSTNESS_VARIANTS=10000</c> makes a long run, <c>NHS_ROBUSTNESS_SEED</c> explores other variants
    /// (or rebuilds the ones a failure names).
    /// </summary>
    public static class RobustnessSettings
    {
        public const string VariantsVariable = "NHS_ROBUSTNESS_VARIANTS";
        public const string SeedVariable = "NHS_ROBUSTNESS_SEED";

        /// <summary>Broken variants analysed in a default run (about a minute on a 2-core machine).</summary>
        public const int DefaultVariants = 1000;

        /// <summary>A fixed seed: every run checks the same variants unless told otherwise.</summary>
        public const int DefaultSeed = 20240607;

        /// <summary>One in this many variants also has every offered code fix computed on it (fixes cost several compilations each).</summary>
        public const int FixSampleInterval = 5;

        public static int Variants => Read(VariantsVariable, DefaultVariants);

        /// <summary>
        /// A long run (more variants than the default) also lifts the sampling that keeps the default run short:
        /// code fixes are offered on every diagnostic of a positive case, not only its first and last.
        /// </summary>
        public static bool LongRun => Variants > DefaultVariants;

        public static int Seed => Read(SeedVariable, DefaultSeed);

        private static int Read(string variable, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;
    }
}
