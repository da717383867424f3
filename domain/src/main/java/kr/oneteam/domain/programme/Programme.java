package kr.oneteam.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Objects;

/**
 * One programme of the catalogue (POLICY.md §1). Capacity is editable by analysts; {@code reserved} is
 * written only by {@link ProgrammeRepository#reserve} and {@link ProgrammeRepository#release} (conditional
 * updates), never by saving this entity, so that an analyst's save cannot overwrite officers' reservations.
 */
@Entity
@Table(name = "programme")
public class Programme {

    public static final int MAX_REPLY_DAYS = 365;

    @Id
    @Column(name = "code", length = 16)
    private String code;

    @Column(name = "name_ko", nullable = false, length = 200)
    private String nameKo;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "agency", nullable = false, length = 200)
    private String agency;

    @Column(name = "gives", nullable = false, length = 1000)
    private String gives;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity_unit", nullable = false, length = 8)
    private CapacityUnit capacityUnit;

    /** Null means no limit (or nothing to count when the unit is NONE). */
    @Column(name = "capacity")
    private Long capacity;

    @Column(name = "reserved", nullable = false, insertable = true, updatable = false)
    private long reserved;

    /**
     * Days from receipt within which a proposal this programme is recommended for must be answered; null for no
     * deadline (issue 10, decision record 100). Written by {@link #changeReplyDays}.
     */
    @Column(name = "reply_days")
    private Integer replyDays;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Programme() {
    }

    public Programme(ProgrammeCode code, String nameKo, String nameEn, String agency, String gives,
                     CapacityUnit capacityUnit, Long capacity) {
        this.code = Objects.requireNonNull(code, "code").value();
        this.nameKo = required(nameKo, "nameKo");
        this.nameEn = required(nameEn, "nameEn");
        this.agency = required(agency, "agency");
        this.gives = required(gives, "gives");
        this.capacityUnit = Objects.requireNonNull(capacityUnit, "capacityUnit");
        changeCapacity(capacity);
    }

    public static final int NAME_MAX = 200;
    public static final int AGENCY_MAX = 200;
    public static final int GIVES_MAX = 1000;

    private static String required(String text, String field) {
        return required(text, field, field.equals("gives") ? GIVES_MAX : NAME_MAX);
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (text.trim().length() > max) {
            throw new IllegalArgumentException(field + " is at most " + max + " characters");
        }
        return text.trim();
    }

    /** Analysts describe a programme: its names, the agency that runs it, what it gives. */
    public void describe(String newNameKo, String newNameEn, String newAgency, String newGives) {
        String ko = required(newNameKo, "nameKo");
        String en = required(newNameEn, "nameEn");
        String by = required(newAgency, "agency", AGENCY_MAX);
        String what = required(newGives, "gives", GIVES_MAX);
        this.nameKo = ko;
        this.nameEn = en;
        this.agency = by;
        this.gives = what;
    }

    /**
     * What the capacity counts. Refused once anything is reserved: officers' reservations are in the old
     * unit. Changing the unit to NONE drops the capacity (nothing is counted any more).
     */
    public void countIn(CapacityUnit unit) {
        Objects.requireNonNull(unit, "capacityUnit");
        if (unit == capacityUnit) {
            return;
        }
        if (reserved > 0) {
            throw new IllegalArgumentException("programme " + code + " has " + reserved + " " + capacityUnit
                    + " reserved; its unit cannot change");
        }
        this.capacityUnit = unit;
        if (unit == CapacityUnit.NONE) {
            this.capacity = null;
        }
    }

    /**
     * Analysts edit capacity. It may not drop below what is already reserved (the database check in
     * {@link ProgrammeRepository#changeCapacity} is the one that counts under concurrency).
     */
    public void changeCapacity(Long newCapacity) {
        if (newCapacity != null && newCapacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + newCapacity);
        }
        if (newCapacity != null && capacityUnit == CapacityUnit.NONE) {
            throw new IllegalArgumentException("programme " + code + " counts no capacity (unit NONE)");
        }
        if (newCapacity != null && newCapacity < reserved) {
            throw new IllegalArgumentException("capacity " + newCapacity + " of " + code
                    + " is below what is already reserved (" + reserved + ")");
        }
        this.capacity = newCapacity;
    }

    /** Sets or clears the reply deadline: 1–365 days from receipt, or null for none. */
    public void changeReplyDays(Integer days) {
        if (days != null && (days < 1 || days > MAX_REPLY_DAYS)) {
            throw new IllegalArgumentException("reply deadline of " + code + " must be 1–" + MAX_REPLY_DAYS + " days: " + days);
        }
        this.replyDays = days;
    }

    public Integer getReplyDays() {
        return replyDays;
    }

    public void rename(String newNameKo, String newNameEn) {
        this.nameKo = required(newNameKo, "nameKo");
        this.nameEn = required(newNameEn, "nameEn");
    }

    /** What is left to reserve; null when capacity is unlimited or not counted. */
    public Long remaining() {
        return capacity == null ? null : capacity - reserved;
    }

    public boolean isLimited() {
        return capacity != null;
    }

    public ProgrammeCode getCode() {
        return ProgrammeCode.of(code);
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String getAgency() {
        return agency;
    }

    public String getGives() {
        return gives;
    }

    public CapacityUnit getCapacityUnit() {
        return capacityUnit;
    }

    public Long getCapacity() {
        return capacity;
    }

    public long getReserved() {
        return reserved;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " " + nameKo;
    }
}
