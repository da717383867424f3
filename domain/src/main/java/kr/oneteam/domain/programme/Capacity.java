package kr.oneteam.domain.programme;

/**
 * Reserving capacity with a refusal that says what remains. A plain helper rather than a repository
 * default method because Spring translates exceptions thrown from repositories into data-access ones.
 */
public final class Capacity {

    private Capacity() {
    }

    /**
     * Reserves {@code claim} (an empty claim always succeeds). Call inside the transaction that records
     * the accept, so the reservation rolls back with it.
     *
     * @throws CapacityExceededException when the claim does not fit the remaining capacity
     */
    public static void reserveOrRefuse(ProgrammeRepository programmes, CapacityClaim claim) {
        if (!programmes.reserve(claim)) {
            Long remaining = programmes.remainingOf(claim.programme().value());
            throw new CapacityExceededException(claim.programme(), claim.unit(), claim.amount(),
                    remaining == null ? 0 : remaining);
        }
    }
}
