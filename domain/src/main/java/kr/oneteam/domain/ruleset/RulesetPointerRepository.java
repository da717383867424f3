package kr.oneteam.domain.ruleset;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The pointer's only door: read it (a poll, by primary key) or lock it to publish. V20 creates the row. */
public interface RulesetPointerRepository extends Repository<RulesetPointer, Integer> {

    /** A plain read: what every instance polls. */
    @Query("select p.activeVersionId from RulesetPointer p where p.id = 1")
    Optional<Long> activeVersionId();

    /** SELECT … FOR UPDATE: publications on several instances wait for each other here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from RulesetPointer p where p.id = 1")
    Optional<RulesetPointer> findForUpdate();

    default RulesetPointer lock() {
        return findForUpdate().orElseThrow(() -> new IllegalStateException("ruleset_pointer row is missing (V20)"));
    }
}
