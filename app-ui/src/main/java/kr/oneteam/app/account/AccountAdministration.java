package kr.oneteam.app.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.AccountStamps;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.domain.account.ApiTokenRepository;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's account management: who has which roles, and who may sign in. Every change is audited. Disabling an
 * account or changing its roles ends its sessions and revokes its tokens at once.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** One account as the admin screen shows it. */
    public record AccountLine(String username, String displayName, Set<Role> roles, boolean enabled) {
    }

    private final UserAccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final AccountStamps stamps;
    private final AuditLog audit;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, ApiTokenRepository tokens, AccountStamps stamps,
                          AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountLine> accounts() {
        return accounts.findAll().stream().sorted(Comparator.comparing(UserAccount::getUsername))
                .map(AccountAdministration::line).toList();
    }

    /** An admin cannot take ADMIN away from themself or lock themself out: someone must remain to undo it. */
    @Transactional
    public AccountLine change(String username, Set<Role> roles, boolean enabled) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new ReviewRefused("accounts.unknown", username));
        if (roles == null || roles.isEmpty()) {
            throw new ReviewRefused("accounts.roles.required");
        }
        if (username.equals(CurrentUser.require()) && (!roles.contains(Role.ADMIN) || !enabled)) {
            throw new ReviewRefused("accounts.self");
        }
        AccountLine before = line(account);
        long stampBefore = account.getSecurityStamp();
        account.changeRoles(EnumSet.copyOf(roles));
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        AccountLine after = line(account);
        if (account.getSecurityStamp() != stampBefore) {
            // Disabled or other roles: its sessions end on their next request, its tokens now (decision record 070).
            tokens.revokeAllOf(username, CurrentUser.require(), OffsetDateTime.now(clock));
            stamps.changed(username);
        }
        audit.save(new AuditEntry(clock, CurrentUser.require(), null, "ACCOUNT " + username,
                before.roles() + (before.enabled() ? "" : " disabled"), after.roles() + (after.enabled() ? "" : " disabled")));
        return after;
    }

    private static AccountLine line(UserAccount account) {
        return new AccountLine(account.getUsername(), account.getDisplayName(), Set.copyOf(account.getRoles()),
                account.isEnabled());
    }
}
