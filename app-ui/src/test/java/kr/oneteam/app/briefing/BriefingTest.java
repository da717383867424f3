package kr.oneteam.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import kr.oneteam.app.dashboard.DashboardScope;
import kr.oneteam.app.dashboard.InsightFixtures;
import kr.oneteam.app.dashboard.InsightFixtures.Rec;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The briefing: one line per ask with recommended, decided, reply and open follow-ups; a PDF with Hangul embedded. */
@SpringBootTest
@ActiveProfiles("test")
@Import(InsightFixtures.class)
class BriefingTest {

    @Autowired ApplicationContext context;
    @Autowired InsightFixtures fixtures;
    @Autowired BriefingService briefings;
    @Autowired ReviewService review;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_ask_is_one_line_with_its_programmes_decisions_reply_and_open_follow_ups() throws Exception {
        TestSecurity.signIn(context, "officer", "OFFICER");
        LocalDate day = LocalDate.of(2023, 4, 3);
        long gpu = fixtures.proposal(fixtures.company("보고서 한빛AI"), day, Channel.MEETING, SizeClass.SME, Region.CAPITAL,
                Set.of(Category.COMPUTE), new Rec("P01", Eligibility.ELIGIBLE, "R-CMP-01", "중소기업 GPU"),
                new Rec("P06", Eligibility.CONDITIONAL, "R-PRC-01", "공공수요"));
        long talent = fixtures.proposal(fixtures.company("보고서 누리랩"), day.plusDays(1), Channel.PORTAL, SizeClass.SME,
                Region.NON_CAPITAL, Set.of(Category.TALENT),
                new Rec("BACKLOG", Eligibility.ELIGIBLE, "R-BKL-01", "정책과제 이관: " + Category.TALENT.korean()));
        var detail = review.proposal(gpu);
        long p01 = detail.recommendations().stream().filter(r -> r.programme().equals("P01")).findFirst().orElseThrow().id();
        review.accept(gpu, detail.version(), p01, null);
        review.reply(gpu, review.currentVersion(gpu), "P01 GPU 16장을 배정합니다.");
        review.addFollowUp(talent, review.currentVersion(talent), "고용부 연계", "officer", LocalDate.of(2026, 12, 31));

        Briefing briefing = briefings.briefing(new DashboardScope(day, day.plusDays(1), null, null, null));

        assertThat(briefing.lines()).extracting(Briefing.Line::company).containsExactly("보고서 한빛AI", "보고서 누리랩");
        Briefing.Line first = briefing.lines().get(0);
        assertThat(BriefingText.recommended(first, Locale.KOREAN)).isEqualTo("P01 적격, P06 조건부");
        assertThat(first.decided()).extracting(Briefing.Programme::code, Briefing.Programme::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P01", DecisionOutcome.ACCEPTED));
        assertThat(first.reply()).isEqualTo("P01 GPU 16장을 배정합니다.");
        Briefing.Line second = briefing.lines().get(1);
        assertThat(second.reply()).isNull();
        assertThat(BriefingText.followUps(second)).isEqualTo("2026-12-31 officer: 고용부 연계");
        assertThat(briefing.backlog()).extracting(b -> b.text()).containsExactly("정책과제 이관: " + Category.TALENT.korean());
        assertThat(briefing.titleKo()).isEqualTo("접수 2023-04-03 – 2023-04-04");

        byte[] pdf = BriefingPdf.render(briefing, Locale.KOREAN, BriefingTest::korean);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(embeddedFonts(reader)).anyMatch(name -> name.contains("NanumGothic"));
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("보고서 한빛AI", "고용부 연계", "미회신");
        } finally {
            reader.close();
        }
    }

    /** Names of the fonts whose program is in the file (FontFile2: TrueType), not merely referenced. */
    private static java.util.List<String> embeddedFonts(PdfReader reader) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PdfDictionary dict && PdfName.FONTDESCRIPTOR.equals(dict.get(PdfName.TYPE))
                    && dict.get(PdfName.FONTFILE2) != null) {
                names.add(String.valueOf(dict.get(PdfName.FONTNAME)));
            }
        }
        return names;
    }

    private static String korean(String key, Object[] args) {
        return MessageFormat.format(ResourceBundle.getBundle("i18n.insight", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key), args);
    }
}
