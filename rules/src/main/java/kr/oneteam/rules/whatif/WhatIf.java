package kr.oneteam.rules.whatif;

import java.util.List;

/**
 * What would change one proposal's routing with one ruleset version ({@code rulesetHash}): per programme
 * not ELIGIBLE the single changes that make it so. {@code routingFailed}: a rule failed on the proposal
 * itself, so nothing is explained. {@code variantsRouted}: how many variants the engine routed for it.
 */
public record WhatIf(String rulesetHash, boolean routingFailed, List<ProgrammeWhatIf> programmes, int variantsRouted) {

    public WhatIf {
        programmes = List.copyOf(programmes);
    }

    public java.util.Optional<ProgrammeWhatIf> programme(String code) {
        return programmes.stream().filter(p -> p.programme().equals(code)).findFirst();
    }
}
