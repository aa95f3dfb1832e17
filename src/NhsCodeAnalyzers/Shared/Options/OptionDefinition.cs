using System.Collections.Immutable;

namespace NhsCodeAnalyzers.Shared.Options
{
    /// <summary>One <c>nhs_code_analyzers.*</c> key: its name, the shape of its value, and for a choice the allowed values.</summary>
    internal sealed class OptionDefinition
    {
        public OptionDefinition(string key, OptionValueKind kind, ImmutableArray<string> choices = default)
        {
            Key = key;
            Kind = kind;
            Choices = choices.IsDefault ? ImmutableArray<string>.Empty : choices;
        }

        public string Key { get; }

        public OptionValueKind Kind { get; }

        public ImmutableArray<string> Choices { get; }
    }
}
