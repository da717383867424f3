package kr.oneteam.app.intake;

/** A proposal with this externalRef is already stored; the client gets its id (idempotent resubmission). */
public class DuplicateProposalException extends RuntimeException {

    private final String externalRef;
    private final long existingId;

    public DuplicateProposalException(String externalRef, long existingId) {
        super("externalRef " + externalRef + " is already proposal " + existingId);
        this.externalRef = externalRef;
        this.existingId = existingId;
    }

    public String externalRef() {
        return externalRef;
    }

    public long existingId() {
        return existingId;
    }
}
