package kr.oneteam.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * A bearer token a machine client signs in with, on behalf of one account and with that account's roles.
 * Only the SHA-256 of its secret is kept ({@link #getTokenHash()}); the secret itself is shown once, when it is
 * issued, and exists nowhere else (decision record 071). A token ends when it expires or is revoked.
 * Dynamic updates: a revocation writes only its own columns, never an older last use over a newer one.
 */
@Entity
@Table(name = "api_token")
@DynamicUpdate
public class ApiToken {

    public static final int NAME_MAX = 100;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** What a token is at a given moment; only ACTIVE signs in. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "name", nullable = false, updatable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, updatable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    /** Written at most about once a minute (ApiTokenRepository#touch), so a busy client costs no write per call. */
    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiToken() {
    }

    public ApiToken(String username, String name, String tokenHash, String tokenPrefix, String createdBy,
                    Instant createdAt, Instant expiresAt) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a token belongs to an account");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > NAME_MAX
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("token name must be 1–" + NAME_MAX + " characters without control characters");
        }
        if (tokenHash == null || !HASH.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("token hash must be 64 lower-case hex digits (SHA-256)");
        }
        if (tokenPrefix == null || tokenPrefix.isBlank() || tokenPrefix.length() > 16) {
            throw new IllegalArgumentException("token prefix must be 1–16 characters");
        }
        if (expiresAt == null || !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token must expire after it is issued");
        }
        this.username = username;
        this.name = trimmed;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    /** Revoking twice keeps the first revocation: who ended it and when stays true. */
    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at.atOffset(ZoneOffset.UTC);
            this.revokedBy = by;
        }
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt.toInstant()) ? Status.ACTIVE : Status.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
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

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    @Override
    public String toString() {
        return "token " + id + " " + tokenPrefix + "… of " + username;
    }
}
