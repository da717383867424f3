package kr.oneteam.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.vocabulary.HighImpactDomain;
import kr.oneteam.domain.vocabulary.SandboxTrack;

import java.util.Objects;

/** The INTAKE "regulation" block: sandbox track, generative AI, high-impact domain (AI기본법). */
@Embeddable
public class Regulation {

    @Column(name = "regulation_given")
    private Boolean given = Boolean.TRUE;

    @Enumerated(EnumType.STRING)
    @Column(name = "regulation_sandbox_track", length = 24)
    private SandboxTrack sandboxTrack;

    @Column(name = "regulation_generative_ai")
    private boolean generativeAi;

    @Enumerated(EnumType.STRING)
    @Column(name = "regulation_high_impact_domain", length = 24)
    private HighImpactDomain highImpactDomain;

    protected Regulation() {
    }

    /** Missing track and domain default to NONE, as INTAKE.md says. */
    public Regulation(SandboxTrack sandboxTrack, boolean generativeAi, HighImpactDomain highImpactDomain) {
        this.sandboxTrack = sandboxTrack == null ? SandboxTrack.NONE : sandboxTrack;
        this.generativeAi = generativeAi;
        this.highImpactDomain = highImpactDomain == null ? HighImpactDomain.NONE : highImpactDomain;
    }

    public SandboxTrack sandboxTrack() {
        return sandboxTrack;
    }

    public boolean generativeAi() {
        return generativeAi;
    }

    public HighImpactDomain highImpactDomain() {
        return highImpactDomain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Regulation that && sandboxTrack == that.sandboxTrack && generativeAi == that.generativeAi
                && highImpactDomain == that.highImpactDomain;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sandboxTrack, generativeAi, highImpactDomain);
    }

    @Override
    public String toString() {
        return "Regulation[" + sandboxTrack + ", generativeAi=" + generativeAi + ", " + highImpactDomain + "]";
    }
}
