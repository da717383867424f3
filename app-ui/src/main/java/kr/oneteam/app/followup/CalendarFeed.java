package kr.oneteam.app.followup;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Categories;
import biweekly.property.Transparency;
import biweekly.util.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * An officer's due dates as an iCalendar document (RFC 5545): one all-day VEVENT per item with a stable UID, so a
 * calendar program that fetches the feed again updates its entries. Written by biweekly, which escapes text values
 * (commas, semicolons, line breaks), so a company's text cannot add properties or components to the feed.
 */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String of(String username, List<DueItem> items) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//OneTeam Desk//원팀 데스크//KO");
        calendar.setName("원팀 데스크 · " + username);
        calendar.setRefreshInterval(new Duration.Builder().hours(1).build());
        for (DueItem item : items) {
            VEvent event = new VEvent();
            event.setUid(item.uid());
            event.setDateStart(allDay(item.due()), false);
            event.setDateEnd(allDay(item.due().plusDays(1)), false);
            event.setTransparency(Transparency.transparent());
            if (item.isFollowUp()) {
                event.setSummary("후속조치: " + item.action() + " — " + item.company());
                event.addCategories(new Categories("FOLLOW-UP"));
            } else {
                event.setSummary("회신 기한: " + item.company() + " — " + item.title());
                event.addCategories(new Categories("REPLY-DUE"));
            }
            event.setDescription(item.company() + "\n" + item.title() + "\n#" + item.proposalId());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /**
     * biweekly writes a date-only value in the JVM's default zone, so the day is turned into an instant there: the
     * written DATE is then exactly {@code day}, whatever the server's zone.
     */
    private static Date allDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
