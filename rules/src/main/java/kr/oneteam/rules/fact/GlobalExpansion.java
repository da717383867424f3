package kr.oneteam.rules.fact;

import java.util.List;
import kr.oneteam.domain.vocabulary.DemandSite;

/** Global-expansion context (INTAKE.md {@code global.*}); read in DRL as {@code global}. */
public final class GlobalExpansion {

    private final List<String> targetCountries;
    private final DemandSite demandSite;
    private final boolean governmentBacked;

    private GlobalExpansion(Builder b) {
        this.targetCountries = Sets.list(b.targetCountries);
        this.demandSite = b.demandSite == null ? DemandSite.NONE : b.demandSite;
        this.governmentBacked = b.governmentBacked;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> getTargetCountries() { return targetCountries; }
    public DemandSite getDemandSite() { return demandSite; }
    public boolean isGovernmentBacked() { return governmentBacked; }

    @Override
    public String toString() {
        return "GlobalExpansion[" + targetCountries + ", " + demandSite + ", governmentBacked=" + governmentBacked + "]";
    }

    public static final class Builder {
        private List<String> targetCountries;
        private DemandSite demandSite;
        private boolean governmentBacked;

        private Builder() {
        }

        public Builder targetCountries(List<String> v) { this.targetCountries = v; return this; }
        public Builder demandSite(DemandSite v) { this.demandSite = v; return this; }
        public Builder governmentBacked(boolean v) { this.governmentBacked = v; return this; }

        public GlobalExpansion build() {
            return new GlobalExpansion(this);
        }
    }
}
