package kr.oneteam.rules.whatif;

import kr.oneteam.rules.fact.Proposal;

/**
 * The proposal with one field changed: {@code path} as in INTAKE.md ({@code company.sizeClass},
 * {@code compute.quantity}, {@code categories}), what it was and what it became ({@code SET}), or the member
 * added to or removed from a set ({@code ADD}, {@code REMOVE}; then {@code from} is null).
 */
public record Variant(String path, Kind kind, Object from, Object to, Proposal proposal) {

    public enum Kind { SET, ADD, REMOVE }
}
