package kr.oneteam.rules.fact;

import java.util.Objects;
import kr.oneteam.domain.vocabulary.ConsortiumRole;
import kr.oneteam.domain.vocabulary.SizeClass;

/** One entry of {@code consortium[]} (INTAKE.md). */
public final class ConsortiumMember {

    private final String name;
    private final SizeClass sizeClass;
    private final ConsortiumRole role;

    public ConsortiumMember(String name, SizeClass sizeClass, ConsortiumRole role) {
        this.name = name;
        this.sizeClass = Objects.requireNonNull(sizeClass, "consortium[].sizeClass");
        this.role = role == null ? ConsortiumRole.MEMBER : role;
    }

    public String getName() { return name; }
    public SizeClass getSizeClass() { return sizeClass; }
    public ConsortiumRole getRole() { return role; }

    /** "SME-like" of POLICY.md, readable in DRL as {@code smeLike}. */
    public boolean isSmeLike() { return sizeClass.isSmeLike(); }

    @Override
    public String toString() {
        return "ConsortiumMember[" + name + ", " + sizeClass + ", " + role + "]";
    }
}
