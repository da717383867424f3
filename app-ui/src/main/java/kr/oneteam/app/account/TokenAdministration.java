package kr.oneteam.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.TokenSecrets;
import kr.oneteam.domain.account.ApiToken;
import kr.oneteam.domain.account.ApiTokenRepository;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN issues bearer tokens for an account (a name and an expiry), sees the secret once, and revokes them.
 * Only the secret's SHA-256 is stored. {@code TOKEN ISSUE} / {@code TOKEN REVOKE} in the audit log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TokenAdministration {

    static final Duration LONGEST = Duration.ofDays(366);
    static final Duration SHORTEST = Duration.ofHours(1);

    /** A token as lists show it: never the secret. */
    public record TokenLine(long id, String username, String name, String prefix, OffsetDateTime createdAt,
                            String createdBy, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
                            ApiToken.Status status) {
    }

    /** The one moment the secret exists outside the client: right after issuing. */
    public record IssuedToken(TokenLine token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    TokenAdministration(ApiTokenRepository tokens, UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(String username, String name, Instant expiresAt) {
        if (accounts.findByUsername(username).isEmpty()) {
            throw new ReviewRefused("accounts.unknown", username);
        }
        Instant now = clock.instant();
        if (expiresAt == null || expiresAt.isBefore(now.plus(SHORTEST)) || expiresAt.isAfter(now.plus(LONGEST))) {
            throw new ReviewRefused("tokens.expiry.range");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > ApiToken.NAME_MAX
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ReviewRefused("tokens.name.required");
        }
        String secret = TokenSecrets.newSecret();
        String admin = CurrentUser.require();
        ApiToken token = tokens.save(new ApiToken(username, trimmed, TokenSecrets.hash(secret),
                TokenSecrets.shownPrefix(secret), admin, now, expiresAt));
        audit.save(new AuditEntry(clock, admin, null, "TOKEN ISSUE", null, describe(token)));
        return new IssuedToken(line(token, now), secret);
    }

    @Transactional(readOnly = true)
    public List<TokenLine> tokensOf(String username) {
        Instant now = clock.instant();
        return tokens.findByUsernameOrderByCreatedAtDescIdDesc(username).stream().map(t -> line(t, now)).toList();
    }

    @Transactional
    public TokenLine revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new ReviewRefused("tokens.unknown", id));
        Instant now = clock.instant();
        String admin = CurrentUser.require();
        if (token.getRevokedAt() == null) {
            token.revoke(admin, now);
            audit.save(new AuditEntry(clock, admin, null, "TOKEN REVOKE", null, describe(token)));
        }
        return line(token, now);
    }

    private static String describe(ApiToken token) {
        return "{\"id\":" + token.getId() + ",\"account\":\"" + token.getUsername() + "\",\"name\":\""
                + token.getName().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"prefix\":\"" + token.getTokenPrefix()
                + "\",\"expiresAt\":\"" + token.getExpiresAt() + "\"}";
    }

    static TokenLine line(ApiToken token, Instant now) {
        return new TokenLine(token.getId(), token.getUsername(), token.getName(), token.getTokenPrefix(),
                token.getCreatedAt(), token.getCreatedBy(), token.getExpiresAt(), token.getLastUsedAt(),
                token.statusAt(now));
    }
}
