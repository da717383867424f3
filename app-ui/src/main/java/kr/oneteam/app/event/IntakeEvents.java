package kr.oneteam.app.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.event.IntakeEvent;
import kr.oneteam.domain.event.IntakeEventRepository;
import kr.oneteam.domain.vocabulary.Channel;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named intake events: the dashboard's and the briefing's "event" (decision record 101). Officers and ADMIN name a
 * new one, ADMIN changes one ({@code EVENT <code>} in the audit log, before and after); a proposal belongs to an
 * event by its channel and day of receipt. A refusal names the field: {@code event.field.<field>} (decision 104).
 */
@Service
public class IntakeEvents {

    private final IntakeEventRepository events;
    private final AuditLog audit;
    private final Clock clock;

    IntakeEvents(IntakeEventRepository events, AuditLog audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<EventLine> all() {
        return events.findAllByOrderByStartsOnDescIdDesc().stream().map(EventLine::of).toList();
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public Optional<EventLine> find(long id) {
        return events.findById(id).map(EventLine::of);
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public EventLine create(String code, String nameKo, String nameEn, Channel channel, LocalDate startsOn,
                            LocalDate endsOn) {
        String trimmed = code == null ? null : code.strip();
        if (trimmed != null && events.findByCode(trimmed).isPresent()) {
            throw new ReviewRefused("event.code.taken", trimmed);
        }
        IntakeEvent event;
        try {
            event = new IntakeEvent(trimmed, nameKo, nameEn, channel, startsOn, endsOn, CurrentUser.require(), clock);
        } catch (IntakeEvent.InvalidEvent invalid) {
            throw refusal(invalid);
        }
        try {
            events.saveAndFlush(event);
        } catch (DataIntegrityViolationException sameCodeMeanwhile) {
            throw new ReviewRefused("event.code.taken", trimmed);
        }
        audit.save(new AuditEntry(clock, CurrentUser.require(), null, "EVENT " + event.getCode(), null, describe(event)));
        return EventLine.of(event);
    }

    /** Renames an event or moves its days and channel; {@code version} is the one the admin saw (else refused). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public EventLine change(long id, long version, String nameKo, String nameEn, Channel channel, LocalDate startsOn,
                            LocalDate endsOn) {
        IntakeEvent event = events.findById(id).orElseThrow(() -> new ReviewRefused("event.unknown", id));
        if (event.getVersion() != version) {
            throw new ReviewRefused("event.changedMeanwhile", event.getCode());
        }
        String before = describe(event);
        try {
            event.change(nameKo, nameEn, channel, startsOn, endsOn);
        } catch (IntakeEvent.InvalidEvent invalid) {
            throw refusal(invalid);
        }
        events.saveAndFlush(event);
        audit.save(new AuditEntry(clock, CurrentUser.require(), null, "EVENT " + event.getCode(), before, describe(event)));
        return EventLine.of(event);
    }

    private static ReviewRefused refusal(IntakeEvent.InvalidEvent invalid) {
        return new ReviewRefused("event.field." + invalid.field(), IntakeEvent.NAME_MAX, IntakeEvent.LONGEST_DAYS);
    }

    private static String describe(IntakeEvent e) {
        return e.getNameKo() + " / " + e.getNameEn() + " · " + (e.getChannel() == null ? "*" : e.getChannel().name())
                + " · " + e.getStartsOn() + "–" + e.getEndsOn();
    }
}
