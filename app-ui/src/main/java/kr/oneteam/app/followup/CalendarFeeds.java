package kr.oneteam.app.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.security.TokenSecrets;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.calendar.FeedToken;
import kr.oneteam.domain.calendar.FeedTokenRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar-feed tokens (decision record 102): an officer issues one for themself (a new one revokes the
 * old), sees its prefix and last use, revokes it. A feed request names the secret; only its SHA-256 is looked up.
 * The token opens the feed and nothing else: it is not an API token and no filter chain but the feed's reads it.
 */
@Service
public class CalendarFeeds {

    /** {@code otf_} ("OneTeam feed") + 256 random bits, base64url: never mistaken for an API token ({@code otd_}). */
    public static final String PREFIX = "otf_";
    private static final int SECRET_LENGTH = PREFIX.length() + 43;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final FeedTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final MyDueDates dueDates;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeeds(FeedTokenRepository tokens, UserAccountRepository accounts, MyDueDates dueDates, AuditLog audit,
                  Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.dueDates = dueDates;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new feed token for the signed-in user, ending their old one; the secret is returned this once. */
    @PreAuthorize(Roles.READERS)
    @Transactional
    public String issue() {
        String username = CurrentUser.require();
        int revoked = tokens.revokeAllOf(username, now());
        String secret = TokenSecrets.newSecret(PREFIX);
        String prefix = secret.substring(0, PREFIX.length() + 6);
        tokens.save(new FeedToken(username, TokenSecrets.hash(secret), prefix, clock.instant()));
        audit.save(new AuditEntry(clock, username, null, "FEED TOKEN ISSUE", revoked == 0 ? null : revoked + " revoked",
                prefix + "…"));
        return secret;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional
    public boolean revoke() {
        String username = CurrentUser.require();
        int revoked = tokens.revokeAllOf(username, now());
        if (revoked > 0) {
            audit.save(new AuditEntry(clock, username, null, "FEED TOKEN REVOKE", revoked + " open", null));
        }
        return revoked > 0;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public Optional<FeedTokenLine> current() {
        return tokens.findByUsernameAndRevokedAtIsNullOrderByCreatedAtDesc(CurrentUser.require()).stream().findFirst()
                .map(t -> new FeedTokenLine(t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt()));
    }

    /**
     * The feed for {@code secret}, or empty when the secret is malformed, unknown, revoked, or its account is
     * disabled or no longer reads proposals — the caller answers all of these alike (404), so a guess learns nothing.
     */
    @Transactional
    public Optional<String> feed(String secret) {
        if (secret == null || secret.length() != SECRET_LENGTH || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<FeedToken> token = tokens.findByTokenHash(TokenSecrets.hash(secret)).filter(FeedToken::isActive);
        Optional<UserAccount> account = token.flatMap(t -> accounts.findByUsername(t.getUsername()))
                .filter(UserAccount::isEnabled).filter(CalendarFeeds::readsProposals);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        tokens.touch(token.get().getId(), now, now.minus(TOUCH_EVERY));
        String username = account.get().getUsername();
        return Optional.of(CalendarFeed.of(username, dueDates.allOf(username)));
    }

    private static boolean readsProposals(UserAccount account) {
        return account.getRoles().stream().anyMatch(r -> r != Role.INTAKE);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
