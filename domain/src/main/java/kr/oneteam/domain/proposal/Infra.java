package kr.oneteam.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.Spectrum;

import java.math.BigDecimal;
import java.util.Objects;

/** The INTAKE "infra" block: power demand in MW, site region, spectrum. */
@Embeddable
public class Infra {

    private static final BigDecimal MAX_MW = BigDecimal.valueOf(10_000);

    @Column(name = "infra_given")
    private Boolean given = Boolean.TRUE;

    @Column(name = "infra_power_mw", precision = 12, scale = 3)
    private BigDecimal powerMw;

    @Enumerated(EnumType.STRING)
    @Column(name = "infra_site_region", length = 16)
    private Region siteRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "infra_spectrum", length = 16)
    private Spectrum spectrum;

    protected Infra() {
    }

    public Infra(BigDecimal powerMw, Region siteRegion, Spectrum spectrum) {
        if (powerMw != null && (powerMw.signum() < 0 || powerMw.compareTo(MAX_MW) > 0)) {
            throw new IllegalArgumentException("infra.powerMw must be 0–10,000: " + powerMw);
        }
        if (powerMw != null && powerMw.stripTrailingZeros().scale() > 3) {
            throw new IllegalArgumentException("infra.powerMw has more than 3 decimals: " + powerMw);
        }
        this.powerMw = powerMw;
        this.siteRegion = siteRegion;
        this.spectrum = spectrum == null ? Spectrum.NONE : spectrum;
    }

    public BigDecimal powerMw() {
        return powerMw;
    }

    public Region siteRegion() {
        return siteRegion;
    }

    public Spectrum spectrum() {
        return spectrum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Infra that && (powerMw == null ? that.powerMw == null
                : that.powerMw != null && powerMw.compareTo(that.powerMw) == 0)
                && siteRegion == that.siteRegion && spectrum == that.spectrum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(powerMw == null ? null : powerMw.stripTrailingZeros(), siteRegion, spectrum);
    }

    @Override
    public String toString() {
        return "Infra[" + powerMw + " MW, " + siteRegion + ", " + spectrum + "]";
    }
}
