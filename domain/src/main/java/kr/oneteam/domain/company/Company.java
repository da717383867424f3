package kr.oneteam.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.Optional;

/** A company or institution; identified by its name and, when known, its business-registration number. */
@Entity
@Table(name = "company")
public class Company {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 2 * NAME_MAX)
    private String name;

    @Column(name = "biz_reg_no", length = 12)
    private BizRegNo bizRegNo;

    protected Company() {
    }

    public Company(String name, BizRegNo bizRegNo) {
        this.name = checkName(name);
        this.bizRegNo = bizRegNo;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("company.name is required");
        }
        String trimmed = name.trim();
        if (trimmed.codePointCount(0, trimmed.length()) > NAME_MAX) {
            throw new IllegalArgumentException("company.name is longer than " + NAME_MAX + " characters");
        }
        return trimmed;
    }

    /** A company may register its number later, or be renamed; both keep its proposals attached. */
    public void rename(String newName) {
        this.name = checkName(newName);
    }

    public void registerBizRegNo(BizRegNo number) {
        this.bizRegNo = Objects.requireNonNull(number, "bizRegNo");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Optional<BizRegNo> getBizRegNo() {
        return Optional.ofNullable(bizRegNo);
    }

    @Override
    public String toString() {
        return name + (bizRegNo == null ? "" : " (" + bizRegNo + ")");
    }
}
