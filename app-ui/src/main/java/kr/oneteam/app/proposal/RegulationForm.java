package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.HighImpactDomain;
import kr.oneteam.domain.vocabulary.SandboxTrack;

/** Regulatory relief asked for (INTAKE.md {@code regulation}). */
public record RegulationForm(SandboxTrack sandboxTrack, boolean generativeAi, HighImpactDomain highImpactDomain) {
}
