package kr.oneteam.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password with every call, and BCrypt is slow on purpose (~50–100 ms of CPU). So a
 * password that BCrypt accepted is remembered for {@link #TTL}, keyed by an HMAC-SHA256 of name and password
 * under a key made at start-up and never stored: a repeat call costs one HMAC instead of one BCrypt. The entry
 * holds the account's security stamp; a disabled account, new roles or a new password (all move the stamp) make
 * it worthless at once. Bounded to {@link #MAX_ENTRIES} (decision record 072 says why this and not a longer TTL).
 */
@Component
class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String username, long stamp, long verifiedAtNanos) {
    }

    private final SecretKeySpec key;
    private final Map<String, Entry> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The stamp under which these exact credentials were last accepted, if that was less than the TTL ago. */
    Optional<Long> stampOf(String username, String password) {
        String fingerprint = fingerprint(username, password);
        synchronized (verified) {
            Entry entry = verified.get(fingerprint);
            if (entry == null) {
                return Optional.empty();
            }
            if (System.nanoTime() - entry.verifiedAtNanos() > TTL.toNanos()) {
                verified.remove(fingerprint);
                return Optional.empty();
            }
            return Optional.of(entry.stamp());
        }
    }

    void remember(String username, String password, long stamp) {
        String fingerprint = fingerprint(username, password);
        synchronized (verified) {
            verified.put(fingerprint, new Entry(username, stamp, System.nanoTime()));
        }
    }

    void forget(String username, String password) {
        synchronized (verified) {
            verified.remove(fingerprint(username, password));
        }
    }

    void forgetAll() {
        synchronized (verified) {
            verified.clear();
        }
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
