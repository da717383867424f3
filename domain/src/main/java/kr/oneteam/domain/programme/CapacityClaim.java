package kr.oneteam.domain.programme;

import java.util.Objects;

/**
 * An amount of one programme's capacity: what accepting a recommendation reserves, or what declining
 * or reopening it releases. An amount of 0 (or unit NONE) means there is nothing to reserve.
 */
public record CapacityClaim(ProgrammeCode programme, CapacityUnit unit, long amount) {

    public CapacityClaim {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("capacity amount must not be negative: " + amount);
        }
        if (unit == CapacityUnit.NONE && amount != 0) {
            throw new IllegalArgumentException("programme " + programme + " has no capacity to claim");
        }
    }

    public static CapacityClaim none(ProgrammeCode programme) {
        return new CapacityClaim(programme, CapacityUnit.NONE, 0);
    }

    public boolean isEmpty() {
        return amount == 0;
    }
}
