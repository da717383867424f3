package kr.oneteam.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A bearer token a machine client signs in with, on behalf of one account and with that account's roles.
 * Only the SHA-256 of its secret is kept ({@link #getTokenHash()}); the secret itself is shown once, when it is
 * issued, and exists nowhere else (decision record 071). A token ends when it expires or is revoked.
 * Dynamic updates: a revocation writes only its own columns, never an older last use over a newer one.
 */
@Entity
@Table(name = "api_token")
@DynamicUpdate
public class ApiToken extends HashedToken {

    public static final int NAME_MAX = 100;

    /** What a token is at a given moment; only ACTIVE signs in. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, updatable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(String username, String name, String tokenHash, String tokenPrefix, String createdBy,
                    Instant createdAt, Instant expiresAt) {
        super("a token", username, tokenHash, tokenPrefix, createdAt);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > NAME_MAX
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("token name must be 1–" + NAME_MAX + " characters without control characters");
        }
        if (expiresAt == null || !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token must expire after it is issued");
        }
        this.name = trimmed;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    /** Revoking twice keeps the first revocation: who ended it and when stays true. */
    public void revoke(String by, Instant at) {
        if (revokeAt(at)) {
            this.revokedBy = by;
        }
    }

    public Status statusAt(Instant now) {
        if (isRevoked()) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt.toInstant()) ? Status.ACTIVE : Status.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    @Override
    public String toString() {
        return "token " + id + " " + getTokenPrefix() + "… of " + getUsername();
    }
}
