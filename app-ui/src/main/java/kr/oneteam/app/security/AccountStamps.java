package kr.oneteam.app.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every request checks of its account: enabled, roles and security stamp, read from the database at most
 * once a second per account. A change on this instance evicts at once (after its commit); another instance
 * sees it within {@link #FRESH_FOR}, since every instance reads the same table (decision record 070).
 */
@Component
public class AccountStamps {

    /** How stale a check may be on another instance: a second is "at once" for a person, and one query a second per account is nothing. */
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** An account as far as signing in needs it. */
    public record Stamp(String username, boolean enabled, long stamp, Set<Role> roles) {
    }

    private record Cached(Optional<Stamp> stamp, long readAtNanos) {
    }

    private final UserAccountRepository accounts;
    private final TransactionTemplate transactions;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    AccountStamps(UserAccountRepository accounts, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    public Optional<Stamp> current(String username) {
        long now = System.nanoTime();
        Cached cached = cache.get(username);
        if (cached != null && now - cached.readAtNanos() < FRESH_FOR.toNanos()) {
            return cached.stamp();
        }
        Optional<Stamp> read = transactions.execute(tx -> accounts.findByUsername(username)
                .map(a -> new Stamp(a.getUsername(), a.isEnabled(), a.getSecurityStamp(), Set.copyOf(a.getRoles()))));
        if (cache.size() > 10_000) {
            cache.clear(); // bounded: a flood of unknown names must not grow the map; the cache is only an optimisation
        }
        cache.put(username, new Cached(read, now));
        return read;
    }

    /** The account changed: forget it here once the change is committed (or now, outside a transaction). */
    public void changed(String username) {
        cache.remove(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(username);
                }
            });
        }
    }
}
