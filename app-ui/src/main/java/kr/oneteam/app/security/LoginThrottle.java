package kr.oneteam.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Brute-force brake for every way of signing in (UI form, HTTP Basic, bearer tokens), per account and per
 * client address. A few failures are free (typos); after that each further failure closes the door for a
 * doubling time, capped, so nobody is locked out for long. While the door is closed an attempt is refused at
 * once, before any BCrypt: a closed door costs the server a map lookup, not 60 ms of CPU. Numbers and why:
 * decision record 072.
 *
 * <p>In memory, per instance: an attacker spreading over instances gets at most one allowance per instance,
 * which multiplies the cap, not the growth. Tables are bounded (least recently failed forgotten first).
 */
@Component
public class LoginThrottle {

    /** How one kind of key is braked. */
    record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

        Duration delayAfter(int failures) {
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** Per account: 5 free, then 1 s, 2 s, 4 s … at most 30 s. */
    static final Policy ACCOUNT = new Policy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15));
    /** Per address (an office behind one NAT address shares it): 20 free, then 1 s … at most 60 s. */
    static final Policy ADDRESS = new Policy(20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15));
    static final int MAX_KEYS = 20_000;

    /** Whether an attempt may go on to a password check, and if not, for how long the door stays closed. */
    public record Verdict(boolean allowed, Duration retryAfter) {
        static final Verdict ALLOW = new Verdict(true, Duration.ZERO);

        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant closedUntil = Instant.MIN;
    }

    private final Clock clock;
    private final Table accounts = new Table(ACCOUNT);
    private final Table addresses = new Table(ADDRESS);

    LoginThrottle() {
        this(Clock.systemUTC()); // wall time on purpose: tests freeze the app's Clock, a brake must still open
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(accounts.closedFor(key(account), now), addresses.closedFor(address, now));
        return wait.isZero() ? Verdict.ALLOW : new Verdict(false, wait);
    }

    /** Only the address: a bearer token names no account until it is found. */
    public Verdict checkAddress(String address) {
        Duration wait = addresses.closedFor(address, clock.instant());
        return wait.isZero() ? Verdict.ALLOW : new Verdict(false, wait);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (account != null) {
            accounts.fail(key(account), now);
        }
        addresses.fail(address, now);
    }

    /**
     * A right password clears the account's count (its owner is back); the address's count is left to decay,
     * or an attacker with one valid account of their own could clear it between guesses at others.
     */
    public void succeeded(String account) {
        accounts.forget(key(account));
    }

    /** Tests only: every door open again. */
    void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    private static String key(String account) {
        return account == null ? "" : account.toLowerCase(Locale.ROOT);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One bounded, least-recently-failed-first table of failure counts. */
    private static final class Table {
        private final Policy policy;
        private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_KEYS;
            }
        };

        Table(Policy policy) {
            this.policy = policy;
        }

        synchronized Duration closedFor(String key, Instant now) {
            Failures entry = failures.get(key);
            if (entry == null) {
                return Duration.ZERO;
            }
            if (Duration.between(entry.last, now).compareTo(policy.forgetAfter()) > 0) {
                failures.remove(key);
                return Duration.ZERO;
            }
            return now.isBefore(entry.closedUntil) ? Duration.between(now, entry.closedUntil) : Duration.ZERO;
        }

        synchronized void fail(String key, Instant now) {
            Failures entry = failures.computeIfAbsent(key, k -> new Failures());
            if (entry.last != null && Duration.between(entry.last, now).compareTo(policy.forgetAfter()) > 0) {
                entry.count = 0;
            }
            entry.count++;
            entry.last = now;
            entry.closedUntil = now.plus(policy.delayAfter(entry.count));
        }

        synchronized void forget(String key) {
            failures.remove(key);
        }

        synchronized void clear() {
            failures.clear();
        }
    }
}
