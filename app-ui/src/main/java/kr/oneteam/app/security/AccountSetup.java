package kr.oneteam.app.security;

import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates the accounts a fresh database needs, before the app reports ready (first application runner). Embedded profile: the
 * demo accounts officer, analyst, admin and intake, all with ONETEAM_DEMO_PASSWORD (default
 * "oneteam"). postgres profile: no demo accounts, and an admin account from ONETEAM_ADMIN_PASSWORD,
 * without which the app refuses to start. Existing accounts are never overwritten.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);
    static final Map<String, Role> DEMO = Map.of(
            "officer", Role.OFFICER, "analyst", Role.ANALYST, "analyst2", Role.ANALYST, "admin", Role.ADMIN,
            "intake", Role.INTAKE);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;
    private final boolean demoAccounts;
    private final String demoPassword;
    private final String adminPassword;

    AccountSetup(UserAccountRepository accounts, PasswordEncoder encoder, TransactionTemplate transactions,
                 @Value("${oneteam.security.demo-accounts:false}") boolean demoAccounts,
                 @Value("${oneteam.security.demo-password:oneteam}") String demoPassword,
                 @Value("${oneteam.security.admin-password:}") String adminPassword) {
        if (!demoAccounts && adminPassword.isBlank()) {
            throw new IllegalStateException("ONETEAM_ADMIN_PASSWORD must be set: without demo accounts "
                    + "the admin account is created from it (postgres profile)");
        }
        this.accounts = accounts;
        this.encoder = encoder;
        this.transactions = transactions;
        this.demoAccounts = demoAccounts;
        this.demoPassword = demoPassword;
        this.adminPassword = adminPassword;
    }

    /**
     * First of the application runners, i.e. before the app reports ready: no longer in the constructor, so that
     * creating this bean does not wait for the database while Hibernate starts in the background (decision 141).
     */
    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(tx -> {
            if (demoAccounts) {
                // One BCrypt for the demo accounts (they share one password anyway), and none at all
                // when they exist already: start-up work, issue 8 deliverable 7.
                var hash = new java.util.concurrent.atomic.AtomicReference<String>();
                DEMO.forEach((name, role) -> create(accounts, () -> hash.updateAndGet(
                        h -> h != null ? h : encoder.encode(demoPassword)), name, role));
                log.info("Demo accounts officer, analyst, analyst2, admin, intake exist; their password is "
                        + "ONETEAM_DEMO_PASSWORD (default \"oneteam\")");
            }
            if (!adminPassword.isBlank()) {
                create(accounts, () -> encoder.encode(adminPassword), "admin", Role.ADMIN);
            }
        });
    }

    private static void create(UserAccountRepository accounts, Supplier<String> passwordHash, String name, Role role) {
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.save(new UserAccount(name, passwordHash.get(), Set.of(role)));
        }
    }
}
