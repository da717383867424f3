package kr.oneteam.app.account;

import java.time.Clock;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.AccountStamps;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.SignedInSessions;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: everyone changes their own (knowing the current one); an ADMIN resets another's. Either is a
 * {@code PASSWORD CHANGE} in the audit log (never the hash) and moves the account's security stamp, which ends
 * every other session of the account; the user's own session carries on under the new stamp.
 */
@Service
public class Passwords {

    public static final String AUDIT_ACTION = "PASSWORD CHANGE";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final AccountStamps stamps;
    private final SignedInSessions sessions;
    private final Clock clock;

    Passwords(UserAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, AccountStamps stamps,
              SignedInSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.stamps = stamps;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwn(String current, String chosen, String repeated) {
        String username = CurrentUser.require();
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new ReviewRefused("accounts.unknown", username));
        sessions.passwordAttemptThrottled(username).ifPresent(seconds -> {
            throw new ReviewRefused("password.throttled", seconds);
        });
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            sessions.passwordAttemptFailed(username);
            throw new ReviewRefused("password.wrongCurrent");
        }
        if (chosen == null || !chosen.equals(repeated)) {
            throw new ReviewRefused("password.mismatch");
        }
        PasswordPolicy.check(username, chosen);
        account.changePasswordHash(encoder.encode(chosen));
        stamps.changed(username);
        sessions.keepCurrentSession(account.getSecurityStamp());
        audit.save(new AuditEntry(clock, username, null, AUDIT_ACTION, null, "{\"account\":\"" + username + "\",\"by\":\"self\"}"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(String username, String chosen) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new ReviewRefused("accounts.unknown", username));
        PasswordPolicy.check(username, chosen);
        account.changePasswordHash(encoder.encode(chosen));
        stamps.changed(username);
        String admin = CurrentUser.require();
        if (admin.equals(username)) {
            sessions.keepCurrentSession(account.getSecurityStamp());
        }
        audit.save(new AuditEntry(clock, admin, null, AUDIT_ACTION, null,
                "{\"account\":\"" + username + "\",\"by\":\"admin reset\"}"));
    }
}
