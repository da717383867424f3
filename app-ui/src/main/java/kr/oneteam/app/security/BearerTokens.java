package kr.oneteam.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kr.oneteam.domain.account.ApiToken;
import kr.oneteam.domain.account.ApiTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a machine client in by its bearer token: one SHA-256 and one indexed read, no BCrypt. The token must be
 * neither expired nor revoked, and its account enabled; it signs in with the account's roles as they are now.
 * The last use is written at most once a {@link #TOUCH_EVERY} per token (a conditional UPDATE), not per call.
 */
@Component
class BearerTokens {

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Why a token was refused, or the account it signs in. */
    record Outcome(SignedInAccount account, String refusal, String username) {
        boolean signedIn() {
            return account != null;
        }
    }

    private final ApiTokenRepository tokens;
    private final AccountStamps stamps;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BearerTokens(ApiTokenRepository tokens, AccountStamps stamps, TransactionTemplate transactions, Clock clock) {
        this.tokens = tokens;
        this.stamps = stamps;
        this.transactions = transactions;
        this.clock = clock;
    }

    Outcome authenticate(String secret) {
        if (!TokenSecrets.looksLikeOne(secret)) {
            return new Outcome(null, "unknown", null);
        }
        Optional<ApiToken> found = transactions.execute(tx -> tokens.findByTokenHash(TokenSecrets.hash(secret)));
        if (found.isEmpty()) {
            return new Outcome(null, "unknown", null);
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        switch (token.statusAt(now)) {
            case EXPIRED -> {
                return new Outcome(null, "expired", token.getUsername());
            }
            case REVOKED -> {
                return new Outcome(null, "revoked", token.getUsername());
            }
            default -> {
                // ACTIVE: the account decides the rest
            }
        }
        Optional<AccountStamps.Stamp> account = stamps.current(token.getUsername());
        if (account.isEmpty() || !account.get().enabled()) {
            return new Outcome(null, "disabled", token.getUsername());
        }
        touch(token, now);
        return new Outcome(AccountAuthenticationProvider.principal(account.get()), null, token.getUsername());
    }

    private void touch(ApiToken token, Instant now) {
        Instant staleBefore = now.minus(TOUCH_EVERY);
        if (token.getLastUsedAt() == null || token.getLastUsedAt().toInstant().isBefore(staleBefore)) {
            transactions.executeWithoutResult(tx -> tokens.touch(token.getId(), now.atOffset(ZoneOffset.UTC),
                    staleBefore.atOffset(ZoneOffset.UTC)));
        }
    }
}
