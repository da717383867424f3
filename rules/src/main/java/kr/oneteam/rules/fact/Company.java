package kr.oneteam.rules.fact;

import java.util.Objects;
import java.util.Set;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.SupplierRole;
import kr.oneteam.domain.vocabulary.ValueChain;

/** The proposing company or institution (INTAKE.md {@code company.*}). */
public final class Company {

    private final String name;
    private final String bizRegNo;
    private final SizeClass sizeClass;
    private final boolean startup;
    private final boolean venture;
    private final boolean youthFounded;
    private final Region region;
    private final Set<ValueChain> valueChain;
    private final Set<SupplierRole> supplierRoles;
    private final Set<String> currentAwards;

    private Company(Builder b) {
        this.name = b.name;
        this.bizRegNo = b.bizRegNo;
        this.sizeClass = Objects.requireNonNull(b.sizeClass, "company.sizeClass");
        this.startup = b.startup;
        this.venture = b.venture;
        this.youthFounded = b.youthFounded;
        this.region = Objects.requireNonNull(b.region, "company.region");
        this.valueChain = Sets.enums(b.valueChain, ValueChain.class);
        this.supplierRoles = Sets.enums(b.supplierRoles, SupplierRole.class);
        this.currentAwards = Sets.strings(b.currentAwards);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getName() { return name; }
    public String getBizRegNo() { return bizRegNo; }
    public SizeClass getSizeClass() { return sizeClass; }
    public boolean isStartup() { return startup; }
    public boolean isVenture() { return venture; }
    public boolean isYouthFounded() { return youthFounded; }
    public Region getRegion() { return region; }
    public Set<ValueChain> getValueChain() { return valueChain; }
    public Set<SupplierRole> getSupplierRoles() { return supplierRoles; }
    public Set<String> getCurrentAwards() { return currentAwards; }

    /** "SME-like" of POLICY.md: SME or SMALL_BUSINESS. Readable in DRL as {@code company.smeLike}. */
    public boolean isSmeLike() { return sizeClass.isSmeLike(); }

    @Override
    public String toString() {
        return "Company[" + name + ", " + sizeClass + ", " + region + "]";
    }

    public static final class Builder {
        private String name;
        private String bizRegNo;
        private SizeClass sizeClass;
        private boolean startup;
        private boolean venture;
        private boolean youthFounded;
        private Region region;
        private Set<ValueChain> valueChain;
        private Set<SupplierRole> supplierRoles;
        private Set<String> currentAwards;

        private Builder() {
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder bizRegNo(String v) { this.bizRegNo = v; return this; }
        public Builder sizeClass(SizeClass v) { this.sizeClass = v; return this; }
        public Builder startup(boolean v) { this.startup = v; return this; }
        public Builder venture(boolean v) { this.venture = v; return this; }
        public Builder youthFounded(boolean v) { this.youthFounded = v; return this; }
        public Builder region(Region v) { this.region = v; return this; }
        public Builder valueChain(Set<ValueChain> v) { this.valueChain = v; return this; }
        public Builder supplierRoles(Set<SupplierRole> v) { this.supplierRoles = v; return this; }
        public Builder currentAwards(Set<String> v) { this.currentAwards = v; return this; }

        public Company build() {
            return new Company(this);
        }
    }
}
