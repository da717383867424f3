package kr.oneteam.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.vocabulary.ConsortiumRole;
import kr.oneteam.domain.vocabulary.SizeClass;

import java.util.Objects;

/** One member of a proposal's consortium (R-AX-02 looks at their size classes). */
@Embeddable
public class ConsortiumMember {

    @Column(name = "name", nullable = false, length = 400)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 16)
    private SizeClass sizeClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 16)
    private ConsortiumRole role;

    protected ConsortiumMember() {
    }

    public ConsortiumMember(String name, SizeClass sizeClass, ConsortiumRole role) {
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > 200) {
            throw new IllegalArgumentException("consortium member name must be 1–200 characters");
        }
        this.name = name.trim();
        this.sizeClass = required(sizeClass, "consortium member sizeClass is required");
        this.role = required(role, "consortium member role is required");
    }

    public String name() {
        return name;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    public ConsortiumRole role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsortiumMember that && name.equals(that.name) && sizeClass == that.sizeClass && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sizeClass, role);
    }

    @Override
    public String toString() {
        return name + " (" + sizeClass + ", " + role + ")";
    }

    /** Missing required input is bad input (IllegalArgumentException naming the field), not a programming error. */
    private static <T> T required(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }
}
