package kr.oneteam.app.review;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.HighImpactDomain;
import kr.oneteam.domain.vocabulary.Labelled;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Theme;
import kr.oneteam.domain.vocabulary.Workload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The English reasons of each stored ruleset version, read once per version (a version's files never
 * change) from its {@code reasons_en.properties} and kept. Entries naming rules the version does not have
 * are logged, so an analyst's typo shows up instead of silently staying Korean. Called inside the service's
 * transaction.
 */
@Component
class EnglishReasons {

    private static final Logger log = LoggerFactory.getLogger(EnglishReasons.class);
    private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"(" + ReasonBook.RULE_ID.pattern() + ")");
    /** Vocabulary a rule may fill into its Korean reason ("정책과제 이관: 컴퓨팅자원"), Korean label → English. */
    private static final Map<String, String> WORDS = words();

    private final EntityManager entityManager;
    private final Map<Long, ReasonBook> books = new ConcurrentHashMap<>();

    EnglishReasons(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    ReasonBook of(Long rulesetVersionId) {
        if (rulesetVersionId == null) {
            return ReasonBook.EMPTY;
        }
        ReasonBook cached = books.get(rulesetVersionId);
        if (cached != null) {
            return cached;
        }
        ReasonBook loaded = load(rulesetVersionId);
        books.put(rulesetVersionId, loaded);
        return loaded;
    }

    /** Korean vocabulary labels captured from a reason, in English; anything else unchanged. */
    static String word(String korean) {
        return WORDS.getOrDefault(korean.strip(), korean);
    }

    private ReasonBook load(long versionId) {
        List<String> texts = entityManager.createQuery("select f.content from RulesetVersion v join v.files f"
                        + " where v.id = :id and f.path = :path", String.class)
                .setParameter("id", versionId).setParameter("path", ReasonBook.FILE).getResultList();
        if (texts.isEmpty()) {
            return ReasonBook.EMPTY;
        }
        ReasonBook book = ReasonBook.parse(texts.get(0));
        book.problems().forEach(problem -> log.warn("Ruleset version {}: {}", versionId, problem));
        Set<String> unknown = new TreeSet<>(book.ruleIds());
        unknown.removeAll(ruleIdsOf(versionId));
        if (!unknown.isEmpty()) {
            log.warn("Ruleset version {}: {} names rules the ruleset does not have: {}", versionId, ReasonBook.FILE,
                    unknown);
        }
        return book;
    }

    private Set<String> ruleIdsOf(long versionId) {
        Set<String> ids = new TreeSet<>();
        entityManager.createQuery("select f.content from RulesetVersion v join v.files f"
                        + " where v.id = :id and f.path like '%.drl'", String.class)
                .setParameter("id", versionId).getResultList()
                .forEach(drl -> ids.addAll(ruleIds(drl)));
        return ids;
    }

    /** The R- ids that open the rule names of a DRL text ({@code rule "R-CMP-01 small GPU request…"}). */
    static Set<String> ruleIds(String drl) {
        Set<String> ids = new TreeSet<>();
        Matcher m = DRL_RULE.matcher(drl);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Map<String, String> words() {
        Map<String, String> words = new HashMap<>();
        Stream.<Labelled[]>of(Category.values(), Theme.values(), SizeClass.values(), Region.values(),
                        Accelerator.values(), Workload.values(), DataDomain.values(), SandboxTrack.values(),
                        HighImpactDomain.values())
                .flatMap(Stream::of)
                .forEach(value -> words.putIfAbsent(value.label(Locale.KOREAN), value.label(Locale.ENGLISH)));
        return Map.copyOf(words);
    }
}
