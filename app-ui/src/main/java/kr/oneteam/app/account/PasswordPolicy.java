package kr.oneteam.app.account;

import java.nio.charset.StandardCharsets;
import kr.oneteam.app.review.ReviewRefused;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters (length beats composition rules), at most
 * {@link #MAX_BYTES} bytes in UTF-8 (BCrypt reads no further, so a longer one would only pretend to be stronger),
 * and not the user name.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new ReviewRefused("password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ReviewRefused("password.tooLong", MAX_BYTES);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new ReviewRefused("password.sameAsName");
        }
    }
}
