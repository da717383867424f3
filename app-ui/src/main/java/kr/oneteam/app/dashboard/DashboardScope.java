package kr.oneteam.app.dashboard;

import java.time.LocalDate;
import kr.oneteam.app.event.EventLine;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.vocabulary.Channel;

/**
 * What the dashboard counts: proposals received on these days (Asia/Seoul, both ends included, null open-ended),
 * through this channel, recommended for this programme — each part optional. An event stands for its channel and
 * days. The scope is a queue filter, so every number links to exactly the queue rows it counts.
 */
public record DashboardScope(LocalDate from, LocalDate to, Channel channel, Long eventId, String programme) {

    public static DashboardScope all() {
        return new DashboardScope(null, null, null, null, null);
    }

    public static DashboardScope ofEvent(EventLine event) {
        return new DashboardScope(event.startsOn(), event.endsOn(), event.channel(), event.id(), null);
    }

    public DashboardScope withProgramme(String code) {
        return new DashboardScope(from, to, channel, eventId, code);
    }

    /** The queue filter whose rows these are. */
    public QueueFilter filter() {
        return QueueFilter.none().withReceived(from, to).withChannel(channel).withProgramme(programme, null);
    }
}
