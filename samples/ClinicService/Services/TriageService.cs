using Microsoft.Extensions.AI;
using NhsCodeAnalyzers.Annotations;

namespace ClinicService.Services;

/// <summary>The first draft of triage support, kept here to show NHS4003.</summary>
public sealed class DraftTriageService(IChatClient client)
{
    public async Task<string> SuggestUrgencyAsync(string symptoms, CancellationToken cancellationToken)
        => (await client.GetResponseAsync("Suggest an urgency category (1-5) for: " + symptoms, cancellationToken: cancellationToken)).Text; // Deliberate violation: NHS4003
}

// Compliant twin (NHS4003): the card says what the model is, what it is for, how it was validated and where it fails.
[AlgorithmCard(
    ModelType = "Large language model (GPT-4o via Azure OpenAI, UK South) with a fixed, versioned triage prompt",
    IntendedUse = "Suggests an urgency category for a registered nurse to confirm; never shown to patients or acted on unreviewed",
    Validation = "Compared with nurse triage on 1,200 anonymised 2024 calls: 94% agreement, no under-triage of red-flag symptoms",
    Limitations = "English only; not validated for under-16s, maternity or mental health presentations",
    ClinicalSafetyCaseRef = "CSC-2025-014")]
public sealed class TriageService(IChatClient client)
{
    public async Task<string> SuggestUrgencyAsync(string symptoms, CancellationToken cancellationToken)
        => (await client.GetResponseAsync("Suggest an urgency category (1-5) for: " + symptoms, cancellationToken: cancellationToken)).Text;
}
