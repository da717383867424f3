package kr.oneteam.domain.company;

import java.util.regex.Pattern;

/**
 * A Korean business-registration number (사업자등록번호), {@code NNN-NN-NNNNN}. The tenth digit is a check
 * digit: weights 1,3,7,1,3,7,1,3,5 over the first nine digits, plus the tens of (ninth digit × 5);
 * the check digit is (10 − sum mod 10) mod 10. A value of this type always holds a valid number.
 */
public final class BizRegNo {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private final String value;

    private BizRegNo(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException naming what is wrong: missing, the format, or the check digit */
    public static BizRegNo parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("bizRegNo is missing");
        }
        String candidate = text.trim();
        if (!FORMAT.matcher(candidate).matches()) {
            throw new IllegalArgumentException(
                    "bizRegNo '" + candidate + "' must have the form NNN-NN-NNNNN (10 digits)");
        }
        String digits = candidate.replace("-", "");
        int expected = checkDigit(digits);
        if (digits.charAt(9) - '0' != expected) {
            throw new IllegalArgumentException(
                    "bizRegNo '" + candidate + "' has a wrong check digit (expected " + expected + " at the end)");
        }
        return new BizRegNo(candidate);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((digits.charAt(8) - '0') * 5) / 10;
        return (10 - sum % 10) % 10;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BizRegNo that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
