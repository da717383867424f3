package kr.oneteam.rules.fact;

import kr.oneteam.domain.vocabulary.HighImpactDomain;
import kr.oneteam.domain.vocabulary.SandboxTrack;

/** Regulatory context (INTAKE.md {@code regulation.*}); never null on a proposal, defaults NONE/false/NONE. */
public final class Regulation {

    /** What a proposal that says nothing about regulation carries. */
    public static final Regulation NONE = builder().build();

    private final SandboxTrack sandboxTrack;
    private final boolean generativeAi;
    private final HighImpactDomain highImpactDomain;

    private Regulation(Builder b) {
        this.sandboxTrack = b.sandboxTrack == null ? SandboxTrack.NONE : b.sandboxTrack;
        this.generativeAi = b.generativeAi;
        this.highImpactDomain = b.highImpactDomain == null ? HighImpactDomain.NONE : b.highImpactDomain;
    }

    public static Builder builder() {
        return new Builder();
    }

    public SandboxTrack getSandboxTrack() { return sandboxTrack; }
    public boolean isGenerativeAi() { return generativeAi; }
    public HighImpactDomain getHighImpactDomain() { return highImpactDomain; }

    @Override
    public String toString() {
        return "Regulation[" + sandboxTrack + ", generativeAi=" + generativeAi + ", " + highImpactDomain + "]";
    }

    public static final class Builder {
        private SandboxTrack sandboxTrack;
        private boolean generativeAi;
        private HighImpactDomain highImpactDomain;

        private Builder() {
        }

        public Builder sandboxTrack(SandboxTrack v) { this.sandboxTrack = v; return this; }
        public Builder generativeAi(boolean v) { this.generativeAi = v; return this; }
        public Builder highImpactDomain(HighImpactDomain v) { this.highImpactDomain = v; return this; }

        public Regulation build() {
            return new Regulation(this);
        }
    }
}
