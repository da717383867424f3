package kr.oneteam.domain.proposal;

import kr.oneteam.domain.persistence.StoredCollections;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.persistence.VocabularySetConverters;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.programme.ProgrammeCodeSetConverter;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.SupplierRole;
import kr.oneteam.domain.vocabulary.ValueChain;

import java.util.Objects;
import java.util.Set;

/**
 * The company block as submitted with one proposal. Kept on the proposal because size, awards and
 * roles change over time, and the rules must be re-run on what the company said then.
 */
@Embeddable
public class CompanySnapshot {

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 16)
    private SizeClass sizeClass;

    @Column(name = "startup", nullable = false)
    private boolean startup;

    @Column(name = "venture", nullable = false)
    private boolean venture;

    @Column(name = "youth_founded", nullable = false)
    private boolean youthFounded;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 16)
    private Region region;

    @Convert(converter = VocabularySetConverters.ValueChains.class)
    @Column(name = "value_chain", length = 300)
    private Set<ValueChain> valueChain;

    @Convert(converter = VocabularySetConverters.SupplierRoles.class)
    @Column(name = "supplier_roles", length = 300)
    private Set<SupplierRole> supplierRoles;

    @Convert(converter = ProgrammeCodeSetConverter.class)
    @Column(name = "current_awards", length = 400)
    private Set<ProgrammeCode> currentAwards;

    protected CompanySnapshot() {
    }

    public CompanySnapshot(SizeClass sizeClass, boolean startup, boolean venture, boolean youthFounded, Region region,
                           Set<ValueChain> valueChain, Set<SupplierRole> supplierRoles, Set<ProgrammeCode> currentAwards) {
        this.sizeClass = required(sizeClass, "company.sizeClass is required");
        this.region = required(region, "company.region is required");
        this.startup = startup;
        this.venture = venture;
        this.youthFounded = youthFounded;
        this.valueChain = StoredCollections.setOrNull(valueChain);
        this.supplierRoles = StoredCollections.setOrNull(supplierRoles);
        this.currentAwards = StoredCollections.setOrNull(currentAwards);
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    public boolean startup() {
        return startup;
    }

    public boolean venture() {
        return venture;
    }

    public boolean youthFounded() {
        return youthFounded;
    }

    public Region region() {
        return region;
    }

    public Set<ValueChain> valueChain() {
        return valueChain == null ? Set.of() : valueChain;
    }

    public Set<SupplierRole> supplierRoles() {
        return supplierRoles == null ? Set.of() : supplierRoles;
    }

    public Set<ProgrammeCode> currentAwards() {
        return currentAwards == null ? Set.of() : currentAwards;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompanySnapshot that && sizeClass == that.sizeClass && startup == that.startup
                && venture == that.venture && youthFounded == that.youthFounded && region == that.region
                && valueChain().equals(that.valueChain()) && supplierRoles().equals(that.supplierRoles())
                && currentAwards().equals(that.currentAwards());
    }

    @Override
    public int hashCode() {
        return Objects.hash(sizeClass, startup, venture, youthFounded, region, valueChain(), supplierRoles(), currentAwards());
    }

    @Override
    public String toString() {
        return "CompanySnapshot[" + sizeClass + ", " + region + ", startup=" + startup + ", venture=" + venture
                + ", youth=" + youthFounded + ", " + valueChain + ", " + supplierRoles + ", " + currentAwards + "]";
    }

    /** Missing required input is bad input (IllegalArgumentException naming the field), not a programming error. */
    private static <T> T required(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }
}
