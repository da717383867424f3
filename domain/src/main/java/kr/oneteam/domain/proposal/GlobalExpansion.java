package kr.oneteam.domain.proposal;

import kr.oneteam.domain.persistence.StoredCollections;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.persistence.StringListConverter;
import kr.oneteam.domain.vocabulary.DemandSite;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The INTAKE "global" block: target countries (ISO 3166 alpha-2), demand site, government backing. */
@Embeddable
public class GlobalExpansion {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    @Column(name = "global_given")
    private Boolean given = Boolean.TRUE;

    @Convert(converter = StringListConverter.class)
    @Column(name = "global_target_countries", length = 1000)
    private List<String> targetCountries;

    @Enumerated(EnumType.STRING)
    @Column(name = "global_demand_site", length = 16)
    private DemandSite demandSite;

    @Column(name = "global_government_backed")
    private boolean governmentBacked;

    protected GlobalExpansion() {
    }

    public GlobalExpansion(List<String> targetCountries, DemandSite demandSite, boolean governmentBacked) {
        this.targetCountries = StoredCollections.listOrNull(targetCountries);
        for (String country : targetCountries()) {
            if (!isCountryCode(country)) {
                throw new IllegalArgumentException("global.targetCountries: '" + country + "' is not an ISO-3166 alpha-2 code");
            }
        }
        this.demandSite = demandSite == null ? DemandSite.NONE : demandSite;
        this.governmentBacked = governmentBacked;
    }

    /** True for a real ISO-3166 alpha-2 code in upper case, e.g. "VN"; false for "XX" or "vn". */
    public static boolean isCountryCode(String code) {
        return code != null && ISO_COUNTRIES.contains(code);
    }

    public List<String> targetCountries() {
        return targetCountries == null ? List.of() : targetCountries;
    }

    public DemandSite demandSite() {
        return demandSite;
    }

    public boolean governmentBacked() {
        return governmentBacked;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalExpansion that && targetCountries().equals(that.targetCountries())
                && demandSite == that.demandSite && governmentBacked == that.governmentBacked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetCountries(), demandSite, governmentBacked);
    }

    @Override
    public String toString() {
        return "GlobalExpansion[" + targetCountries + ", " + demandSite + ", governmentBacked=" + governmentBacked + "]";
    }
}
