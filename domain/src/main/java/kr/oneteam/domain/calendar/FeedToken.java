package kr.oneteam.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An officer's personal calendar-feed token: calendar programs fetch the feed by an address that carries it, so it
 * is not the password, opens only that officer's feed of due dates, and ends when revoked. Only the SHA-256 of the
 * secret is kept; the secret is shown once (decision record 102, like API tokens in 071).
 */
@Entity
@Table(name = "calendar_feed_token")
@DynamicUpdate
public class FeedToken {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_token_seq")
    @SequenceGenerator(name = "calendar_feed_token_seq", sequenceName = "calendar_feed_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, updatable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FeedToken() {
    }

    public FeedToken(String username, String tokenHash, String tokenPrefix, Instant createdAt) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a feed token belongs to an account");
        }
        if (tokenHash == null || !HASH.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("token hash must be 64 lower-case hex digits (SHA-256)");
        }
        if (tokenPrefix == null || tokenPrefix.isBlank() || tokenPrefix.length() > 16) {
            throw new IllegalArgumentException("token prefix must be 1–16 characters");
        }
        this.username = username;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /** Revoking twice keeps the first moment. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void used(Instant at) {
        this.lastUsedAt = at.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    @Override
    public String toString() {
        return "feed token " + id + " " + tokenPrefix + "… of " + username;
    }
}
