using System;

namespace NhsCodeAnalyzers.Annotations
{
    /// <summary>
    /// Declares what model a type (or the whole assembly) runs, what it is for, how it was validated and its
    /// limitations (principle 7 of the code of conduct for data-driven health and care technology).
    /// </summary>
    /// <remarks>
    /// <see cref="ModelType"/>, <see cref="IntendedUse"/>, <see cref="Validation"/> and <see cref="Limitations"/>
    /// are required: NhsCodeAnalyzers rule NHS4002 reports a missing, empty or placeholder value.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
    public sealed class AlgorithmCardAttribute : Attribute
    {
        /// <summary>Required. The kind of model, e.g. "gradient-boosted trees (LightGBM)" or "large language model".</summary>
        public string? ModelType { get; set; }

        /// <summary>Required. What the output is used for and what it must not be used for.</summary>
        public string? IntendedUse { get; set; }

        /// <summary>Required. How the model was validated: data set, metrics, subgroups, date.</summary>
        public string? Validation { get; set; }

        /// <summary>Required. Known limitations: populations it was not validated on, failure modes.</summary>
        public string? Limitations { get; set; }

        /// <summary>Optional. The model's name.</summary>
        public string? Name { get; set; }

        /// <summary>Optional. The model's version.</summary>
        public string? Version { get; set; }

        /// <summary>Optional. The data the model was trained on.</summary>
        public string? TrainingData { get; set; }

        /// <summary>Optional. Who is meant to use the output, e.g. "GP practice clinicians".</summary>
        public string? IntendedUsers { get; set; }

        /// <summary>Optional. Reference of the DCB0129 clinical safety case.</summary>
        public string? ClinicalSafetyCaseRef { get; set; }

        /// <summary>Optional. The UK MDR medical device class, where the software is a medical device.</summary>
        public string? MedicalDeviceClass { get; set; }
    }
}
