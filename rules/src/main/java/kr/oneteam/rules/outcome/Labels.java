package kr.oneteam.rules.outcome;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.oneteam.domain.vocabulary.Labelled;

/**
 * Korean labels of vocabulary values for reasons written by rules, e.g.
 * {@code "정책과제 이관: " + Labels.korean($category)}. Cached, because a label lookup reads a resource
 * bundle and rules run for every proposal.
 */
public final class Labels {

    private static final Map<Labelled, String> KOREAN = new ConcurrentHashMap<>();

    private Labels() {
    }

    public static String korean(Labelled value) {
        return KOREAN.computeIfAbsent(value, Labelled::korean);
    }
}
