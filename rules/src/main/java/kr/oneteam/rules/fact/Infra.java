package kr.oneteam.rules.fact;

import java.math.BigDecimal;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.Spectrum;

/** Power, site and spectrum needs (INTAKE.md {@code infra.*}); powerMw and siteRegion may be null. */
public final class Infra {

    private final BigDecimal powerMw;
    private final Region siteRegion;
    private final Spectrum spectrum;

    private Infra(Builder b) {
        this.powerMw = b.powerMw;
        this.siteRegion = b.siteRegion;
        this.spectrum = b.spectrum == null ? Spectrum.NONE : b.spectrum;
        if (powerMw != null && powerMw.signum() < 0) {
            throw new IllegalArgumentException("infra.powerMw must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public BigDecimal getPowerMw() { return powerMw; }
    public Region getSiteRegion() { return siteRegion; }
    public Spectrum getSpectrum() { return spectrum; }

    @Override
    public String toString() {
        return "Infra[" + powerMw + " MW, " + siteRegion + ", " + spectrum + "]";
    }

    public static final class Builder {
        private BigDecimal powerMw;
        private Region siteRegion;
        private Spectrum spectrum;

        private Builder() {
        }

        public Builder powerMw(BigDecimal v) { this.powerMw = v; return this; }
        public Builder siteRegion(Region v) { this.siteRegion = v; return this; }
        public Builder spectrum(Spectrum v) { this.spectrum = v; return this; }

        public Infra build() {
            return new Infra(this);
        }
    }
}
