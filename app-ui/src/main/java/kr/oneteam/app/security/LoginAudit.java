package kr.oneteam.app.security;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code LOGIN} and {@code LOGIN FAILED} in the audit log, with the client address and the channel (ui, basic,
 * token). Bounded, so that a brute-force attack cannot turn the log into a write amplifier: per
 * (action, account, address, channel) at most one entry a {@link #WINDOW}; what happens in between is counted
 * and written as one entry with {@code attempts} when the window ends; and at most {@link #MAX_PER_WINDOW}
 * entries a window overall, the rest summed into one entry of actor {@code *}. So a flood of 16 threads costs at
 * most a few writes a minute (decision record 072).
 */
@Component
public class LoginAudit {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN FAILED";
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_PER_WINDOW = 100;
    private static final int MAX_KEYS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(LoginAudit.class);

    private record Key(String action, String actor, String address, String channel) {
    }

    private static final class Pending {
        int attempts;
        String reason;
    }

    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<Key, Instant> lastWritten = lru();
    private final Map<Key, Pending> pending = lru();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "login-audit-flush");
        thread.setDaemon(true);
        return thread;
    });
    private Instant windowStart = Instant.MIN;
    private int writtenInWindow;
    private long overflow;

    LoginAudit(AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        flusher.scheduleWithFixedDelay(this::flush, WINDOW.toSeconds(), WINDOW.toSeconds(), TimeUnit.SECONDS);
    }

    public void succeeded(String account, String address, String channel) {
        record(new Key(LOGIN, actor(account), address, channel), null);
    }

    public void failed(String account, String address, String channel, String reason) {
        record(new Key(LOGIN_FAILED, actor(account), address, channel), reason);
    }

    private void record(Key key, String reason) {
        Instant now = Instant.now();
        boolean write;
        synchronized (this) {
            Instant last = lastWritten.get(key);
            write = (last == null || Duration.between(last, now).compareTo(WINDOW) >= 0) && budget(now);
            if (write) {
                lastWritten.put(key, now);
            } else {
                Pending counted = pending.computeIfAbsent(key, k -> new Pending());
                counted.attempts++;
                counted.reason = reason;
            }
        }
        if (write) {
            write(key, reason, 1);
        }
    }

    /** Writes what the window counted: one entry per key with its attempts, then one sum of what did not fit. */
    synchronized void flush() {
        Instant now = Instant.now();
        List<Map.Entry<Key, Pending>> due = new ArrayList<>(pending.entrySet());
        pending.clear();
        for (Map.Entry<Key, Pending> entry : due) {
            if (budget(now)) {
                lastWritten.put(entry.getKey(), now);
                write(entry.getKey(), entry.getValue().reason, entry.getValue().attempts);
            } else {
                overflow += entry.getValue().attempts;
            }
        }
        if (overflow > 0) {
            write(new Key(LOGIN_FAILED, "*", "*", "*"), "over the audit budget", overflow);
            overflow = 0;
        }
    }

    private boolean budget(Instant now) {
        if (Duration.between(windowStart, now).compareTo(WINDOW) >= 0) {
            windowStart = now;
            writtenInWindow = 0;
        }
        if (writtenInWindow >= MAX_PER_WINDOW) {
            return false;
        }
        writtenInWindow++;
        return true;
    }

    private void write(Key key, String reason, long attempts) {
        String after = "{\"address\":\"" + json(key.address()) + "\",\"channel\":\"" + key.channel() + "\""
                + (reason == null ? "" : ",\"reason\":\"" + json(reason) + "\"")
                + (attempts > 1 ? ",\"attempts\":" + attempts : "") + "}";
        try {
            ownTransaction.executeWithoutResult(tx -> audit.save(new AuditEntry(clock, key.actor(), null, key.action(), null, after)));
        } catch (RuntimeException e) {
            // Signing in must not fail because the log could not be written; say so in the server log instead.
            log.warn("Could not write {} for {} from {}: {}", key.action(), key.actor(), key.address(), e.toString());
        }
    }

    @PreDestroy
    void stop() {
        flusher.shutdownNow();
    }

    /** The actor column holds 64 characters; an attacker's made-up name is cut, never refused. */
    private static String actor(String account) {
        String name = account == null || account.isBlank() ? "?" : account.strip();
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c)).limit(64).forEach(clean::appendCodePoint);
        String cut = clean.length() > 64 ? clean.substring(0, 64) : clean.toString();
        return cut.isBlank() ? "?" : cut;
    }

    private static String json(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static <V> Map<Key, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
