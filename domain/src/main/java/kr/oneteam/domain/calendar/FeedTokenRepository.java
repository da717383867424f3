package kr.oneteam.domain.calendar;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByTokenHash(String tokenHash);

    List<FeedToken> findByUsernameAndRevokedAtIsNullOrderByCreatedAtDesc(String username);

    /** Ends every open feed token of the account (a new one replaces them; revoke ends them); returns how many. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update FeedToken t set t.revokedAt = :now, t.version = t.version + 1"
            + " where t.username = :username and t.revokedAt is null")
    int revokeAllOf(@Param("username") String username, @Param("now") OffsetDateTime now);

    /** Records a fetch at most once per {@code staleBefore} window: one conditional UPDATE, not a write per fetch. */
    @Modifying
    @Query("update FeedToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int touch(@Param("id") long id, @Param("now") OffsetDateTime now, @Param("staleBefore") OffsetDateTime staleBefore);
}
