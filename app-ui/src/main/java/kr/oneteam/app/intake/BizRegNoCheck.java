package kr.oneteam.app.intake;

import java.util.regex.Pattern;

/** Whether a text is a well-formed Korean business-registration number whose check digit holds. */
final class BizRegNoCheck {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BizRegNoCheck() {
    }

    static boolean holds(String text) {
        if (!FORMAT.matcher(text).matches()) {
            return false;
        }
        String digits = text.replace("-", "");
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }
}
