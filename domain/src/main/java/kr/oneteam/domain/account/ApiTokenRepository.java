package kr.oneteam.domain.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUsernameOrderByCreatedAtDescIdDesc(String username);

    /**
     * Records a use, but only if the last recorded one is older than {@code staleBefore}: one conditional
     * UPDATE, at most once a minute per token even across instances, instead of a write per call.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int touch(@Param("id") long id, @Param("now") OffsetDateTime now, @Param("staleBefore") OffsetDateTime staleBefore);

    /** Ends every token of the account still open (disabled or roles changed); returns how many. */
    @Modifying
    @Query("update ApiToken t set t.revokedAt = :now, t.revokedBy = :by, t.version = t.version + 1"
            + " where t.username = :username and t.revokedAt is null and t.expiresAt > :now")
    int revokeAllOf(@Param("username") String username, @Param("by") String by, @Param("now") OffsetDateTime now);
}
