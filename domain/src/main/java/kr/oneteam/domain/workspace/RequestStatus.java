package kr.oneteam.domain.workspace;

/**
 * Where a publication request stands. {@code PENDING}: waiting for a second person; {@code APPROVED}: published
 * (active, or scheduled for its effective time); {@code RETURNED}: sent back with a comment; {@code WITHDRAWN}:
 * taken back by its author; {@code FAILED}: approved, but the gate refused it at publication (e.g. the
 * catalogue changed meanwhile) — nothing was published.
 */
public enum RequestStatus {
    PENDING,
    APPROVED,
    RETURNED,
    WITHDRAWN,
    FAILED
}
