package kr.oneteam.rules.guard;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean sizeClass?": the closest known name to a misspelt one, by prefix or by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        Optional<String> prefix = known.stream()
                .filter(k -> w.length() >= 3 && (k.toLowerCase(Locale.ROOT).startsWith(w) || w.startsWith(k.toLowerCase(Locale.ROOT))))
                .min(Comparator.comparingInt(String::length));
        if (prefix.isPresent()) {
            return prefix;
        }
        int limit = Math.max(2, wrong.length() / 3);
        return known.stream()
                .filter(k -> distance(w, k.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(w, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k));
    }

    /** " — did you mean sizeClass?" or nothing. */
    static String didYouMean(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> " — did you mean " + k + "?").orElse("");
    }

    /** Optimal string alignment distance (Levenshtein with transpositions of neighbours). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
