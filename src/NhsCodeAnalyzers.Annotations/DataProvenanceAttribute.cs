using System;

namespace NhsCodeAnalyzers.Annotations
{
    /// <summary>
    /// Declares where the patient data held by a type comes from, the lawful basis for processing it, and its
    /// known limitations (principles 4 and 6 of the code of conduct for data-driven health and care technology).
    /// </summary>
    /// <remarks>
    /// <see cref="Source"/>, <see cref="LawfulBasis"/> and <see cref="Limitations"/> are required: NhsCodeAnalyzers
    /// rule NHS4002 reports a missing, empty or placeholder value. The declaration applies to derived types too.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
    public sealed class DataProvenanceAttribute : Attribute
    {
        /// <summary>Required. Where the data comes from, e.g. "GP Connect structured record, practice EMIS Web".</summary>
        public string? Source { get; set; }

        /// <summary>Required. The UK GDPR Article 6 lawful basis, e.g. "Article 6(1)(e) public task".</summary>
        public string? LawfulBasis { get; set; }

        /// <summary>Required. Known limitations of the data: gaps, biases, coding practice, timeliness.</summary>
        public string? Limitations { get; set; }

        /// <summary>Optional. The period the data was collected over, e.g. "2019-04 to 2024-03".</summary>
        public string? CollectionPeriod { get; set; }

        /// <summary>Optional. The organisation accountable for the data, e.g. an ODS code and name.</summary>
        public string? Custodian { get; set; }

        /// <summary>Optional. The population the data describes, e.g. "adults registered with practices in one ICB".</summary>
        public string? Population { get; set; }

        /// <summary>Optional. The UK GDPR Article 9 / DPA 2018 Schedule 1 condition for processing health data.</summary>
        public string? HealthDataCondition { get; set; }

        /// <summary>Optional. Where the datasheet for this data set is published.</summary>
        public string? DatasheetUrl { get; set; }
    }
}
