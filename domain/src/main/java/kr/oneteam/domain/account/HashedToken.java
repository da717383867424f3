package kr.oneteam.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * What every token that stands in for a password keeps: whose it is, the SHA-256 of its secret (the secret itself is
 * shown once and stored nowhere — decision records 071 and 102), the first characters that let its owner tell tokens
 * apart, when it was made, revoked and last used. API tokens and calendar-feed tokens share these columns and
 * checks; each keeps its own table, sequence and what only it has (a name and an expiry, for instance).
 */
@MappedSuperclass
public abstract class HashedToken {

    public static final int PREFIX_MAX = 16;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, updatable = false, length = PREFIX_MAX)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    /** For API tokens written at most about once a minute (ApiTokenRepository#touch): no write per call. */
    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HashedToken() {
    }

    /** @param kind how the owner-less error names the token ("a token", "a feed token") */
    protected HashedToken(String kind, String username, String tokenHash, String tokenPrefix, Instant createdAt) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException(kind + " belongs to an account");
        }
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("token hash must be 64 lower-case hex digits (SHA-256)");
        }
        if (tokenPrefix == null || tokenPrefix.isBlank() || tokenPrefix.length() > PREFIX_MAX) {
            throw new IllegalArgumentException("token prefix must be 1–" + PREFIX_MAX + " characters");
        }
        this.username = username;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /**
     * Revoking twice keeps the first moment: when it ended stays true.
     *
     * @return whether this call revoked it (false if it already was)
     */
    protected boolean revokeAt(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        this.revokedAt = at.atOffset(ZoneOffset.UTC);
        return true;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void used(Instant at) {
        this.lastUsedAt = at.atOffset(ZoneOffset.UTC);
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
}
