package kr.oneteam.app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.ValidationWarnings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.ReviewFixtures;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The officer's iCalendar feed: reached by its token alone, parses as RFC 5545, opens nothing else, ends on revoke. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ReviewFixtures.class)
class CalendarFeedTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ReviewFixtures fixtures;
    @Autowired ReviewService review;
    @Autowired CalendarFeeds feeds;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("update programme set reply_days = null");
    }

    @Test
    void the_feed_parses_and_carries_my_follow_ups_and_the_reply_deadlines_of_my_cases() throws Exception {
        TestSecurity.signIn(context, "officer", "OFFICER");
        long id = fixtures.gpuProposal("피드, 기업; 이름\r\nBEGIN:VEVENT", "피드 제목", "본문", 1);
        LocalDate due = LocalDate.of(2026, 12, 24);
        review.addFollowUp(id, review.currentVersion(id), "NIPA 담당자 연결", "officer", due);
        review.addFollowUp(id, review.currentVersion(id), "남의 후속조치", "analyst", due);
        review.assign(id, review.currentVersion(id), "officer");
        jdbc.update("update programme set reply_days = 30 where code = 'P01'");
        String secret = feeds.issue();

        HttpResponse<String> response = get("/calendar/" + secret + ".ics", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        ICalendar calendar = Biweekly.parse(response.body()).first();
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
        List<VEvent> mine = calendar.getEvents().stream()
                .filter(e -> e.getDescription().getValue().contains("#" + id)).toList();
        // The line break travels escaped (RFC 5545 §3.3.11) and comes back as one "\n".
        assertThat(mine).extracting(e -> e.getSummary().getValue()).containsExactlyInAnyOrder(
                "후속조치: NIPA 담당자 연결 — 피드, 기업; 이름\nBEGIN:VEVENT",
                "회신 기한: 피드, 기업; 이름\nBEGIN:VEVENT — 피드 제목");
        VEvent followUp = mine.stream().filter(e -> e.getSummary().getValue().startsWith("후속조치")).findFirst().orElseThrow();
        assertThat(followUp.getDateStart().getValue().hasTime()).isFalse();
        assertThat(followUp.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(due);
        assertThat(followUp.getUid().getValue()).startsWith("follow-up-");
        // The company's line break stayed inside its property: no extra component, no other owner's follow-up.
        assertThat(response.body().lines().filter(line -> line.equals("BEGIN:VEVENT")).count())
                .isEqualTo(calendar.getEvents().size());
        assertThat(calendar.getEvents()).noneMatch(e -> e.getSummary().getValue().contains("남의 후속조치"));
    }

    @Test
    void the_feed_token_opens_nothing_but_the_feed() throws Exception {
        TestSecurity.signIn(context, "admin", "ADMIN");
        String secret = feeds.issue();
        assertThat(get("/calendar/" + secret + ".ics", null).statusCode()).isEqualTo(200);

        assertThat(get("/api/programmes", "Bearer " + secret).statusCode()).isEqualTo(401);
        assertThat(get("/api/accounts/admin/tokens", "Bearer " + secret).statusCode()).isEqualTo(401);
        HttpResponse<String> ui = get("/queue?token=" + secret, "Bearer " + secret);
        assertThat(ui.body()).doesNotContain("queue-grid");
        assertThat(post("/calendar/" + secret + ".ics").statusCode()).isEqualTo(403);
    }

    @Test
    void a_revoked_replaced_unknown_or_malformed_token_is_a_plain_404() throws Exception {
        TestSecurity.signIn(context, "officer", "OFFICER");
        String first = feeds.issue();
        String second = feeds.issue();
        assertThat(get("/calendar/" + first + ".ics", null).statusCode()).as("replaced").isEqualTo(404);
        assertThat(get("/calendar/" + second + ".ics", null).statusCode()).isEqualTo(200);
        assertThat(feeds.current()).isPresent();

        assertThat(feeds.revoke()).isTrue();
        assertThat(get("/calendar/" + second + ".ics", null).statusCode()).as("revoked").isEqualTo(404);
        assertThat(feeds.current()).isEmpty();
        assertThat(get("/calendar/otf_" + "A".repeat(43) + ".ics", null).statusCode()).as("unknown").isEqualTo(404);
        assertThat(get("/calendar/otd_abc.ics", null).statusCode()).as("malformed").isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'FEED TOKEN REVOKE' and actor = 'officer'",
                Long.class)).isPositive();
    }

    @Test
    void a_disabled_account_s_feed_closes() throws Exception {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        String secret = feeds.issue();
        assertThat(get("/calendar/" + secret + ".ics", null).statusCode()).isEqualTo(200);
        jdbc.update("update user_account set enabled = false where username = 'analyst'");
        try {
            assertThat(get("/calendar/" + secret + ".ics", null).statusCode()).isEqualTo(404);
        } finally {
            jdbc.update("update user_account set enabled = true where username = 'analyst'");
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
