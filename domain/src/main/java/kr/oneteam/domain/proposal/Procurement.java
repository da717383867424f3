package kr.oneteam.domain.proposal;

import kr.oneteam.domain.persistence.StoredCollections;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.persistence.StringListConverter;
import kr.oneteam.domain.vocabulary.InnovationProduct;

import java.util.List;
import java.util.Objects;

/** The INTAKE "procurement" block: KONEPS registration, innovation-product status, target agencies. */
@Embeddable
public class Procurement {

    public static final int AGENCY_MAX = 100;

    @Column(name = "procurement_given")
    private Boolean given = Boolean.TRUE;

    @Column(name = "procurement_koneps_registered")
    private boolean konepsRegistered;

    @Enumerated(EnumType.STRING)
    @Column(name = "procurement_innovation_product", length = 16)
    private InnovationProduct innovationProduct;

    @Convert(converter = StringListConverter.class)
    @Column(name = "procurement_target_agencies", length = 6000)
    private List<String> targetAgencies;

    protected Procurement() {
    }

    public Procurement(boolean konepsRegistered, InnovationProduct innovationProduct, List<String> targetAgencies) {
        this.konepsRegistered = konepsRegistered;
        this.innovationProduct = innovationProduct == null ? InnovationProduct.NONE : innovationProduct;
        this.targetAgencies = StoredCollections.listOrNull(targetAgencies);
        for (String agency : targetAgencies()) {
            if (agency.isBlank() || agency.codePointCount(0, agency.length()) > AGENCY_MAX) {
                throw new IllegalArgumentException("procurement.targetAgencies entries must be 1–" + AGENCY_MAX
                        + " characters: '" + agency + "'");
            }
        }
    }

    public boolean konepsRegistered() {
        return konepsRegistered;
    }

    public InnovationProduct innovationProduct() {
        return innovationProduct;
    }

    public List<String> targetAgencies() {
        return targetAgencies == null ? List.of() : targetAgencies;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Procurement that && konepsRegistered == that.konepsRegistered
                && innovationProduct == that.innovationProduct && targetAgencies().equals(that.targetAgencies());
    }

    @Override
    public int hashCode() {
        return Objects.hash(konepsRegistered, innovationProduct, targetAgencies());
    }

    @Override
    public String toString() {
        return "Procurement[koneps=" + konepsRegistered + ", " + innovationProduct + ", " + targetAgencies + "]";
    }
}
