package kr.oneteam.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The English reasons shipped with the default ruleset: every key names a rule of that ruleset, every entry
 * is usable, and every reason and flag the demo proposals get from the rules has its English.
 */
@SpringBootTest
@ActiveProfiles("test")
class ShippedEnglishReasonsTest {

    private static final String POLICY = "kr/oneteam/rules/policy/";

    @Autowired
    ReviewService review;

    @Autowired
    QueueService queue;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_key_of_the_shipped_bundle_names_a_rule_of_the_shipped_ruleset() throws IOException {
        List<String> files = read(POLICY + "ruleset.index").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(files).contains(ReasonBook.FILE);
        Set<String> ruleIds = new TreeSet<>();
        for (String drl : files.stream().filter(f -> f.endsWith(".drl")).toList()) {
            ruleIds.addAll(EnglishReasons.ruleIds(read(POLICY + drl)));
        }
        ReasonBook book = ReasonBook.parse(read(POLICY + ReasonBook.FILE));

        assertThat(book.problems()).isEmpty();
        assertThat(ruleIds).contains("R-CMP-01", "R-BKL-01");
        assertThat(book.ruleIds()).isSubsetOf(ruleIds);
    }

    @Test
    void every_reason_and_flag_of_the_demo_proposals_reads_in_english() {
        TestSecurity.signIn(context, "officer", "OFFICER");
        QueueFilter demo = new QueueFilter(null, null, null, null, null, null, LocalDate.of(2025, 7, 8),
                LocalDate.of(2025, 7, 8), null, false);
        List<ProposalDetail> proposals = queue.page(demo, PageRequest.of(0, 50)).stream()
                .map(row -> review.proposal(row.id())).toList();
        assertThat(proposals).hasSizeGreaterThanOrEqualTo(13);

        List<String> untranslated = proposals.stream().flatMap(p -> p.recommendations().stream())
                .filter(r -> !r.override())
                .flatMap(r -> java.util.stream.Stream.concat(
                        r.reasons().stream().filter(x -> x.english() == null).map(x -> x.rule() + ": " + x.text()),
                        r.flags().stream().filter(f -> f.english() == null).map(f -> "flag: " + f.text())))
                .distinct().toList();
        assertThat(untranslated).as("reasons without English").isEmpty();
        assertThat(proposals.stream().flatMap(p -> p.recommendations().stream()).flatMap(r -> r.reasons().stream())
                .filter(x -> x.rule().equals("R-BKL-01")).map(RecommendationLine.Reason::english))
                .allMatch(english -> english.startsWith("Moved to the policy backlog: ") && !english.matches(".*[가-힣].*"));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ShippedEnglishReasonsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
