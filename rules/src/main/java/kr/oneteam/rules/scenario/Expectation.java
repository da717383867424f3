package kr.oneteam.rules.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.rules.Allocation;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;

/**
 * The {@code expect} cell of a scenario: recommendations separated by {@code ;}, each
 * {@code PROGRAMME ELIGIBILITY [attribute=value …]}, e.g.
 * {@code P02 ELIGIBLE gpus=64 months=6 selfPay=10 score=60; P13 CONDITIONAL; BACKLOG ELIGIBLE rules=R-BKL-01}.
 * The list is the whole outcome unless it contains {@code ...}; {@code -P01} says P01 must be absent;
 * {@code none} says no recommendation at all. Attributes are checked only when written: gpus, months,
 * selfPay, krw, alloc=none, score, rules (ids joined by +, exactly), flags (substrings joined by +, one per
 * flag, exactly; flags=none for no flag), says (substrings joined by +, each found in some reason).
 */
public record Expectation(Map<String, Expected> recommendations, Set<String> absent, boolean othersAllowed) {

    private static final Set<String> ATTRIBUTES = Set.of("gpus", "months", "selfPay", "krw", "alloc", "score",
            "rules", "flags", "says");

    public record Expected(String programme, Eligibility eligibility, Map<String, String> attributes) {
    }

    static Expectation parse(String cell) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        Set<String> absent = new TreeSet<>();
        boolean others = false;
        String trimmed = cell.strip();
        if (trimmed.isEmpty()) {
            throw new ScenarioException("expect is empty: write the expected recommendations, or 'none'");
        }
        if (trimmed.equals("none")) {
            return new Expectation(expected, absent, false);
        }
        for (String item : trimmed.split(";")) {
            String token = item.strip();
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("...") || token.equals("…")) {
                others = true;
            } else if (token.startsWith("-")) {
                absent.add(token.substring(1).strip());
            } else {
                Expected e = recommendation(token);
                if (expected.put(e.programme(), e) != null) {
                    throw new ScenarioException("programme " + e.programme() + " expected twice");
                }
            }
        }
        return new Expectation(expected, absent, others);
    }

    private static Expected recommendation(String token) {
        String[] words = token.split("\\s+");
        if (words.length < 2) {
            throw new ScenarioException("'" + token + "' needs a programme and an eligibility, e.g. 'P01 ELIGIBLE'");
        }
        Eligibility eligibility;
        try {
            eligibility = Eligibility.valueOf(words[1]);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("'" + words[1] + "' is not an eligibility (one of "
                    + Arrays.toString(Eligibility.values()) + ")");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 2; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            String name = eq < 0 ? words[i] : words[i].substring(0, eq);
            if (eq < 0 || !ATTRIBUTES.contains(name)) {
                throw new ScenarioException("'" + words[i] + "' is not an attribute (one of " + new TreeSet<>(ATTRIBUTES)
                        + ", written name=value)");
            }
            attributes.put(name, words[i].substring(eq + 1));
        }
        return new Expected(words[0], eligibility, attributes);
    }

    /** Every difference between this expectation and what the ruleset gave; empty when the case passes. */
    public List<String> differences(RoutedProposal routed) {
        List<String> differences = new ArrayList<>();
        Map<String, RoutedRecommendation> actual = new LinkedHashMap<>();
        routed.recommendations().forEach(r -> actual.put(r.programme(), r));
        for (Expected e : recommendations.values()) {
            RoutedRecommendation r = actual.get(e.programme());
            if (r == null) {
                differences.add(e.programme() + ": expected " + e.eligibility() + ", got no recommendation");
                continue;
            }
            if (r.eligibility() != e.eligibility()) {
                differences.add(e.programme() + ": expected " + e.eligibility() + ", got " + r.eligibility());
            }
            e.attributes().forEach((name, value) -> {
                String got = attribute(r, name);
                if (!matches(name, value, got, r)) {
                    differences.add(e.programme() + " " + name + ": expected " + value + ", got " + got);
                }
            });
        }
        for (String programme : absent) {
            if (actual.containsKey(programme)) {
                differences.add(programme + ": expected none, got " + actual.get(programme).eligibility());
            }
        }
        if (!othersAllowed) {
            for (RoutedRecommendation r : actual.values()) {
                if (!recommendations.containsKey(r.programme()) && !absent.contains(r.programme())) {
                    differences.add(r.programme() + ": not expected, got " + r.eligibility());
                }
            }
        }
        return differences;
    }

    private static String attribute(RoutedRecommendation r, String name) {
        Allocation a = r.allocation();
        return switch (name) {
            case "gpus" -> a == null ? "none" : String.valueOf(a.gpus());
            case "months" -> a == null ? "none" : String.valueOf(a.months());
            case "selfPay" -> a == null || a.selfPayPercent() == null ? "none" : a.selfPayPercent().toPlainString();
            case "krw" -> a == null ? "none" : String.valueOf(a.krw());
            case "alloc" -> a == null ? "none" : a.toString();
            case "score" -> String.valueOf(r.score());
            case "rules" -> String.join("+", r.rules());
            case "flags" -> r.flags().isEmpty() ? "none" : String.join(" + ", r.flags());
            case "says" -> String.join(" + ", r.reasons().stream().map(x -> x.text()).toList());
            default -> throw new IllegalStateException(name);
        };
    }

    private static boolean matches(String name, String expected, String got, RoutedRecommendation r) {
        return switch (name) {
            case "rules" -> new TreeSet<>(Arrays.asList(expected.split("\\+"))).equals(new TreeSet<>(r.rules()));
            case "flags" -> flagsMatch(expected, r.flags());
            case "says" -> Arrays.stream(expected.split("\\+"))
                    .allMatch(w -> r.reasons().stream().anyMatch(x -> x.text().contains(w)));
            case "krw" -> Objects.equals(expected.replace("_", "").replace(",", ""), got);
            case "selfPay" -> sameNumber(expected, r.allocation() == null ? null : r.allocation().selfPayPercent());
            default -> Objects.equals(expected, got);
        };
    }

    /** selfPay=2.5 matches 2.5 and 2.50, selfPay=5 matches 5.0: the share is compared as a number. */
    private static boolean sameNumber(String expected, java.math.BigDecimal got) {
        if (got == null) {
            return expected.equals("none");
        }
        try {
            return new java.math.BigDecimal(expected.replace("%", "")).compareTo(got) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Each written substring must be found in its own flag, and there must be no other flag. */
    private static boolean flagsMatch(String expected, List<String> flags) {
        if (expected.equals("none")) {
            return flags.isEmpty();
        }
        List<String> wanted = Arrays.asList(expected.split("\\+"));
        if (wanted.size() != flags.size()) {
            return false;
        }
        List<String> left = new ArrayList<>(flags);
        for (String w : wanted) {
            String found = left.stream().filter(f -> f.contains(w)).findFirst().orElse(null);
            if (found == null) {
                return false;
            }
            left.remove(found);
        }
        return true;
    }
}
