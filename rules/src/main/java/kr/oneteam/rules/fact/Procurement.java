package kr.oneteam.rules.fact;

import java.util.List;
import kr.oneteam.domain.vocabulary.InnovationProduct;

/** Public-procurement context (INTAKE.md {@code procurement.*}). */
public final class Procurement {

    private final boolean konepsRegistered;
    private final InnovationProduct innovationProduct;
    private final List<String> targetAgencies;

    private Procurement(Builder b) {
        this.konepsRegistered = b.konepsRegistered;
        this.innovationProduct = b.innovationProduct == null ? InnovationProduct.NONE : b.innovationProduct;
        this.targetAgencies = Sets.list(b.targetAgencies);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isKonepsRegistered() { return konepsRegistered; }
    public InnovationProduct getInnovationProduct() { return innovationProduct; }
    public List<String> getTargetAgencies() { return targetAgencies; }

    @Override
    public String toString() {
        return "Procurement[koneps=" + konepsRegistered + ", " + innovationProduct + "]";
    }

    public static final class Builder {
        private boolean konepsRegistered;
        private InnovationProduct innovationProduct;
        private List<String> targetAgencies;

        private Builder() {
        }

        public Builder konepsRegistered(boolean v) { this.konepsRegistered = v; return this; }
        public Builder innovationProduct(InnovationProduct v) { this.innovationProduct = v; return this; }
        public Builder targetAgencies(List<String> v) { this.targetAgencies = v; return this; }

        public Procurement build() {
            return new Procurement(this);
        }
    }
}
