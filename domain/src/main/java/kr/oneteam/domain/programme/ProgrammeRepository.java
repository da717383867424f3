package kr.oneteam.domain.programme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue. Reservations are single conditional UPDATE statements: the database checks and adds
 * in one step, so two officers accepting at the same moment cannot both take the last GPUs. Callers
 * run these inside their own transaction (services own transactions).
 */
public interface ProgrammeRepository extends JpaRepository<Programme, String> {

    List<Programme> findAllByOrderByCodeAsc();

    default Optional<Programme> findByCode(ProgrammeCode code) {
        return findById(code.value());
    }

    /** @return 1 when {@code amount} was reserved, 0 when it would exceed the remaining capacity */
    @Modifying(flushAutomatically = true)
    @Query("update Programme p set p.reserved = p.reserved + :amount, p.version = p.version + 1"
            + " where p.code = :code and (p.capacity is null or p.capacity - p.reserved >= :amount)")
    int reserve(@Param("code") String code, @Param("amount") long amount);

    /** @return 1 when released, 0 when less than {@code amount} was reserved (a bug in the caller) */
    @Modifying(flushAutomatically = true)
    @Query("update Programme p set p.reserved = p.reserved - :amount, p.version = p.version + 1"
            + " where p.code = :code and p.reserved >= :amount")
    int release(@Param("code") String code, @Param("amount") long amount);

    /** Changes capacity unless it would drop below what is reserved; @return rows changed (0 or 1). */
    @Modifying(flushAutomatically = true)
    @Query("update Programme p set p.capacity = :capacity, p.version = p.version + 1"
            + " where p.code = :code and (:capacity is null or p.reserved <= :capacity)")
    int changeCapacity(@Param("code") String code, @Param("capacity") Long capacity);

    /** Fresh from the database (not the persistence context): capacity minus reserved, null if unlimited. */
    @Query("select p.capacity - p.reserved from Programme p where p.code = :code")
    Long remainingOf(@Param("code") String code);

    @Query("select p.reserved from Programme p where p.code = :code")
    Long reservedOf(@Param("code") String code);

    /** Reserves a claim; an empty claim always succeeds without touching the database. See {@link Capacity}. */
    default boolean reserve(CapacityClaim claim) {
        return claim.isEmpty() || reserve(claim.programme().value(), claim.amount()) == 1;
    }

    default boolean release(CapacityClaim claim) {
        return claim.isEmpty() || release(claim.programme().value(), claim.amount()) == 1;
    }
}
