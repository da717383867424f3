package kr.oneteam.app.review;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English of a ruleset's reasons: its {@code reasons_en.properties}, which analysts keep beside the DRL
 * files and which is stored with every ruleset version, so a recommendation is read in the words of the
 * version that made it (decision record 081).
 *
 * <p>Each entry is keyed by the rule's id, optionally with a variant after a dot ({@code R-REG-01.rapid}),
 * and its value is the Korean text as the rule writes it, {@code =>}, and the English. {@code {0}}, {@code {1}}…
 * in the Korean stand for what the rule fills in (a number of GPUs, a category) and are put into the English
 * in the same places; a value without {@code =>} is the English for any reason of that rule. A reason whose
 * rule has no entry, or whose text matches none, stays Korean. Flags are matched by their text alone, since
 * a stored flag does not keep its rule id.
 */
public final class ReasonBook {

    public static final String FILE = "reasons_en.properties";
    private static final String ARROW = "=>";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    /** A rule id as POLICY.md writes them: R-CMP-01, R-CMP-X2, R-AX-01. */
    public static final Pattern RULE_ID = Pattern.compile("R-[A-Z]+-[0-9A-Z]+");

    public static final ReasonBook EMPTY = new ReasonBook(Map.of(), List.of());

    private final Map<String, List<Entry>> byRule;
    private final List<String> problems;

    private ReasonBook(Map<String, List<Entry>> byRule, List<String> problems) {
        this.byRule = byRule;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the file's text. Entries that cannot be used (a key that is no rule id, a placeholder in the
     * English that the Korean lacks) are left out and named in {@link #problems()}; the rest still serve.
     */
    public static ReasonBook parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return new ReasonBook(Map.of(), List.of(FILE + ": " + e.getMessage()));
        }
        Map<String, List<Entry>> byRule = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeMap<>(propertiesAsMap(properties)).keySet()) {
            String rule = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (!RULE_ID.matcher(rule).matches()) {
                problems.add(FILE + ": " + key + " is not a rule id (R-XXX-NN)");
                continue;
            }
            Entry entry = Entry.of(key, properties.getProperty(key).strip(), problems);
            if (entry != null) {
                byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(entry);
            }
        }
        // Entries with a Korean text first: the specific match wins over a rule's catch-all English.
        byRule.values().forEach(entries -> entries.sort((a, b) -> Boolean.compare(a.korean == null, b.korean == null)));
        return new ReasonBook(byRule, problems);
    }

    private static Map<String, String> propertiesAsMap(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    /** The English for rule {@code rule}'s reason {@code korean}, or null. Captured Korean is passed through {@code words}. */
    public String english(String rule, String korean, UnaryOperator<String> words) {
        if (rule == null || korean == null) {
            return null;
        }
        for (Entry entry : byRule.getOrDefault(rule, List.of())) {
            String english = entry.translate(korean.strip(), words);
            if (english != null) {
                return english;
            }
        }
        return null;
    }

    /** The English for a flag's Korean text: the first entry of any rule whose Korean matches it, or null. */
    public String englishFlag(String korean, UnaryOperator<String> words) {
        if (korean == null) {
            return null;
        }
        for (List<Entry> entries : byRule.values()) {
            for (Entry entry : entries) {
                if (entry.korean != null) {
                    String english = entry.translate(korean.strip(), words);
                    if (english != null) {
                        return english;
                    }
                }
            }
        }
        return null;
    }

    /** The rule ids the file has entries for, to check against the ruleset's rules. */
    public Set<String> ruleIds() {
        return byRule.keySet();
    }

    /** Entries left out and why ("R-XX: …"); empty when every entry serves. */
    public List<String> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return byRule.isEmpty();
    }

    /** One entry: the Korean as a pattern (null: any text of the rule) and the English with the same placeholders. */
    private static final class Entry {
        private final String korean;
        private final Pattern pattern;
        private final List<Integer> order;
        private final String english;

        private Entry(String korean, Pattern pattern, List<Integer> order, String english) {
            this.korean = korean;
            this.pattern = pattern;
            this.order = order;
            this.english = english;
        }

        static Entry of(String key, String value, List<String> problems) {
            int arrow = value.indexOf(ARROW);
            if (arrow < 0) {
                if (PLACEHOLDER.matcher(value).find()) {
                    problems.add(FILE + ": " + key + " uses {n} but gives no Korean text (korean => english)");
                    return null;
                }
                return value.isEmpty() ? null : new Entry(null, null, List.of(), value);
            }
            String korean = value.substring(0, arrow).strip();
            String english = value.substring(arrow + ARROW.length()).strip();
            if (korean.isEmpty() || english.isEmpty()) {
                problems.add(FILE + ": " + key + " needs both the Korean and the English around =>");
                return null;
            }
            StringBuilder regex = new StringBuilder("^");
            List<Integer> order = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(korean);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(korean.substring(last, m.start()))).append("(.+?)");
                order.add(Integer.parseInt(m.group(1)));
                last = m.end();
            }
            regex.append(Pattern.quote(korean.substring(last))).append("$");
            Matcher used = PLACEHOLDER.matcher(english);
            while (used.find()) {
                if (!order.contains(Integer.parseInt(used.group(1)))) {
                    problems.add(FILE + ": " + key + " puts {" + used.group(1) + "} in the English but not in the Korean");
                    return null;
                }
            }
            return new Entry(korean, Pattern.compile(regex.toString()), List.copyOf(order), english);
        }

        String translate(String text, UnaryOperator<String> words) {
            if (pattern == null) {
                return english;
            }
            Matcher m = pattern.matcher(text);
            if (!m.matches()) {
                return null;
            }
            String result = english;
            for (int group = 0; group < order.size(); group++) {
                String captured = words.apply(m.group(group + 1));
                result = result.replace("{" + order.get(group) + "}", captured);
            }
            return result;
        }
    }
}
