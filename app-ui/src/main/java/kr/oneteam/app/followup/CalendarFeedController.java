package kr.oneteam.app.followup;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{token}.ics}: the token owner's due dates as {@code text/calendar}. Reached without a session
 * or password (calendar programs have neither); the token in the address is the only credential, and an unknown,
 * revoked or malformed one is a plain 404 (decision record 102).
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{file:.+}")
    ResponseEntity<String> feed(@PathVariable("file") String file) {
        String secret = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        return feeds.feed(secret)
                .map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", "inline; filename=\"oneteam-desk.ics\"")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
    }
}
