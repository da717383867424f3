package kr.oneteam.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A token's secret: {@code otd_} and 256 random bits in base64url (47 characters). Stored as SHA-256 only. A
 * fast hash is right here, unlike for passwords: the secret is random and long, so there is nothing to guess
 * that a slow hash would protect, and the hash is looked up on every call (decision record 071).
 */
public final class TokenSecrets {

    public static final String PREFIX = "otd_";
    static final int SHOWN_PREFIX = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        return newSecret(PREFIX);
    }

    /** {@code prefix} and 256 random bits in base64url: the same secret for another use (e.g. calendar feeds). */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the secret, as {@code api_token.token_hash} holds it. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** What lists show to tell tokens apart: "otd_" and 6 characters (36 of the 256 bits). */
    public static String shownPrefix(String secret) {
        return secret.substring(0, SHOWN_PREFIX);
    }

    static boolean looksLikeOne(String secret) {
        return secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + 43;
    }
}
