package kr.oneteam.app.deadline;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.deadline.SandboxTrackDeadline;
import kr.oneteam.domain.deadline.SandboxTrackDeadlineRepository;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeRepository;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply deadlines (issue 10, decision record 100): which rules are in force, the due day and state of given
 * proposals (the queue's column), and ADMIN's changes to them (audited as {@code DEADLINE …}).
 */
@Service
public class ReplyDeadlines {

    private final ProgrammeRepository programmes;
    private final SandboxTrackDeadlineRepository tracks;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    ReplyDeadlines(ProgrammeRepository programmes, SandboxTrackDeadlineRepository tracks, EntityManager entityManager,
                   AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.tracks = tracks;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Asia/Seoul by the application's clock: the day deadlines are counted against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.SEOUL));
    }

    /**
     * The programmes and tracks that carry a deadline, in one read (a UNION of the two small tables): the queue asks for
     * them on every page, and on a busy PostgreSQL each round trip costs more than the read (h-insight2, issue 10 queue
     * speed — QueueBenchmark with {@code -Dbenchmark.explain=true}). Callers hold the result for one screen.
     */
    @Transactional(readOnly = true)
    public DeadlineRules rules() {
        List<DeadlineRule> rules = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select 'P' as kind, code as name, reply_days as days"
                + " from programme where reply_days is not null"
                + " union all select 'T' as kind, track as name, reply_days as days from sandbox_track_deadline"
                + " order by kind, name").getResultList();
        for (Object[] row : rows) {
            int days = ((Number) row[2]).intValue();
            String name = row[1].toString();
            rules.add("P".equals(row[0].toString()) ? DeadlineRule.programme(name, days)
                    : DeadlineRule.track(SandboxTrack.valueOf(name), days));
        }
        return new DeadlineRules(rules);
    }

    /** Track deadlines with their legal basis, for the settings screen. */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<TrackDeadline> trackDeadlines() {
        return tracks.findAll().stream().map(t -> new TrackDeadline(t.getTrack(), t.getReplyDays(), t.getBasis()))
                .sorted(java.util.Comparator.comparing(TrackDeadline::track)).toList();
    }

    public record TrackDeadline(SandboxTrack track, int days, String basis) {
    }

    /** Every programme with its reply deadline (null: none), for the settings screen. */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<ProgrammeDeadline> programmeDeadlines() {
        return programmes.findAllByOrderByCodeAsc().stream().map(p -> new ProgrammeDeadline(p.getCode().value(),
                p.getNameKo(), p.getNameEn(), p.getReplyDays())).toList();
    }

    public record ProgrammeDeadline(String code, String nameKo, String nameEn, Integer days) {

        public String name(java.util.Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
        }
    }

    /**
     * The due day and state of each of {@code proposalIds} on {@code today}: two queries (the proposals' receipt,
     * status and track; their ELIGIBLE or CONDITIONAL programmes), however many ids.
     */
    @Transactional(readOnly = true)
    public Map<Long, ReplyDue> dueOf(Collection<Long> proposalIds, DeadlineRules rules, LocalDate today) {
        if (proposalIds.isEmpty() || rules.rules().isEmpty()) {
            Map<Long, ReplyDue> none = new HashMap<>();
            proposalIds.forEach(id -> none.put(id, ReplyDue.NONE));
            return none;
        }
        List<Received> received = entityManager.createQuery("select p.id, p.receivedAt, p.status, p.sandboxTrack"
                        + " from Proposal p where p.id in :ids", Object[].class)
                .setParameter("ids", proposalIds).getResultList().stream()
                .map(row -> new Received((Long) row[0], (java.time.OffsetDateTime) row[1], (ProposalStatus) row[2],
                        (SandboxTrack) row[3])).toList();
        return dueOf(received, rules, today);
    }

    /** What a proposal's deadline depends on besides its recommendations; the queue's page query reads it anyway. */
    public record Received(long id, java.time.OffsetDateTime receivedAt, ProposalStatus status, SandboxTrack track) {
    }

    /**
     * The due day and state of proposals whose receipt, status and track the caller has read: the recommendations
     * are queried only when some programme carries a deadline (with the seeded sandbox-track rule alone, none).
     */
    @Transactional(readOnly = true)
    public Map<Long, ReplyDue> dueOf(List<Received> proposals, DeadlineRules rules, LocalDate today) {
        Map<Long, ReplyDue> due = new HashMap<>();
        if (proposals.isEmpty() || rules.rules().isEmpty()) {
            proposals.forEach(r -> due.put(r.id(), ReplyDue.NONE));
            return due;
        }
        Map<Long, Set<String>> positive = new HashMap<>();
        if (rules.rules().stream().anyMatch(r -> r.programme() != null)) {
            entityManager.createQuery("select r.proposal.id, r.programme from Recommendation r"
                            + " where r.proposal.id in :ids and r.eligibility <> :ineligible", Object[].class)
                    .setParameter("ids", proposals.stream().map(Received::id).toList())
                    .setParameter("ineligible", Eligibility.INELIGIBLE)
                    .getResultList().forEach(row -> positive.computeIfAbsent((Long) row[0], k -> new HashSet<>())
                            .add(row[1].toString()));
        }
        for (Received r : proposals) {
            LocalDate received = r.receivedAt().atZoneSameInstant(Formats.SEOUL).toLocalDate();
            boolean open = DeadlineState.OPEN.contains(r.status());
            LocalDate day = rules.due(received, positive.getOrDefault(r.id(), Set.of()), r.track()).orElse(null);
            due.put(r.id(), ReplyDue.of(day, open, today));
        }
        return due;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeProgrammeDays(String code, Integer days) {
        Programme programme = programmes.findById(code).orElseThrow(() -> new ReviewRefused("programme.unknown", code));
        Integer before = programme.getReplyDays();
        try {
            programme.changeReplyDays(days);
        } catch (IllegalArgumentException outOfRange) {
            throw new ReviewRefused("deadline.days.range", Programme.MAX_REPLY_DAYS);
        }
        audit.save(new AuditEntry(clock, CurrentUser.require(), null, "DEADLINE " + code, String.valueOf(before),
                String.valueOf(days)));
    }

    /** Sets a track's deadline, or removes it with {@code days} null. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeTrackDays(SandboxTrack track, Integer days, String basis) {
        if (track == null || track == SandboxTrack.NONE) {
            throw new ReviewRefused("deadline.track.required");
        }
        if (days != null && (days < 1 || days > SandboxTrackDeadline.MAX_DAYS)) {
            throw new ReviewRefused("deadline.track.days", SandboxTrackDeadline.MAX_DAYS);
        }
        if (days != null && (basis == null || basis.isBlank() || basis.strip().length() > SandboxTrackDeadline.BASIS_MAX)) {
            throw new ReviewRefused("deadline.track.basis", SandboxTrackDeadline.BASIS_MAX);
        }
        var existing = tracks.findById(track);
        String before = existing.map(t -> t.getReplyDays() + " · " + t.getBasis()).orElse("—");
        try {
            if (days == null) {
                existing.ifPresent(tracks::delete);
            } else if (existing.isPresent()) {
                existing.get().change(days, basis);
            } else {
                tracks.save(new SandboxTrackDeadline(track, days, basis));
            }
        } catch (IllegalArgumentException invalid) {
            throw new ReviewRefused("deadline.track.invalid", SandboxTrackDeadline.MAX_DAYS, SandboxTrackDeadline.BASIS_MAX);
        }
        audit.save(new AuditEntry(clock, CurrentUser.require(), null, "DEADLINE " + track, before,
                days == null ? "—" : days + " · " + basis.strip()));
    }
}
