package kr.oneteam.rules.whatif;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.oneteam.domain.vocabulary.Category;

/**
 * What one ruleset's conditions compare proposal fields against, read from its DRL files: per field path of
 * the proposal ({@code compute.quantity}, {@code infra.powerMw}, {@code requestedAmountKrw}) the numbers its
 * constraints name, whether written as literals ({@code compute.quantity <= 16}) or as named caps
 * ({@code compute.quantity <= $maxGpus} with {@code Caps($maxGpus : p01MaxGpus)} and a declared default) —
 * and the served-by table (which programmes serve a category), read from its {@code new ServedBy(…)} rows.
 *
 * <p>Immutable; one per ruleset version (its content hash), so it is read once and kept with the version.
 */
public record RuleThresholds(SortedMap<String, SortedSet<BigDecimal>> byPath, Map<Category, Set<String>> servedBy) {

    public RuleThresholds {
        SortedMap<String, SortedSet<BigDecimal>> copy = new TreeMap<>();
        byPath.forEach((path, values) -> copy.put(path, Collections.unmodifiableSortedSet(new TreeSet<>(values))));
        byPath = Collections.unmodifiableSortedMap(copy);
        Map<Category, Set<String>> served = new EnumMap<>(Category.class);
        servedBy.forEach((category, programmes) -> served.put(category, Set.copyOf(programmes)));
        servedBy = Collections.unmodifiableMap(served);
    }

    /**
     * Reads the DRL files among {@code files} (path → content; other files are ignored). A file or a
     * constraint the parsers cannot read adds nothing: the ruleset passed the gate before it routes, and a
     * threshold missed only means one suggestion fewer, never a wrong one (every suggestion is routed).
     */
    public static RuleThresholds read(Map<String, String> files) {
        return ThresholdReader.read(files);
    }

    /** The numbers the conditions compare {@code path} against; empty when none. */
    public SortedSet<BigDecimal> at(String path) {
        return byPath.getOrDefault(path, Collections.emptySortedSet());
    }

    /** The programmes the served-by table names for {@code category}; empty when none. */
    public Set<String> servingProgrammes(Category category) {
        return servedBy.getOrDefault(category, Set.of());
    }
}
