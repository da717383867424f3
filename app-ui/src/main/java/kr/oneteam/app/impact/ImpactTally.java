package kr.oneteam.app.impact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.rules.Allocation;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;

/** Adds up one simulation, page after page; one thread. */
final class ImpactTally {

    private final Map<String, ProgrammeCapacity> catalogue = new TreeMap<>();
    private final Map<String, Side> before = new TreeMap<>();
    private final Map<String, Side> after = new TreeMap<>();
    private final List<ProposalChange> changes = new ArrayList<>();
    private long simulated;
    private long failedBefore;
    private long failedAfter;
    private long openRerouted;
    private long openChanged;
    private long decidedChanged;

    /** One programme's side of the comparison: counts by eligibility, GPUs and KRW of eligible open demand. */
    private static final class Side {
        final Map<Eligibility, Long> counts = new EnumMap<>(Eligibility.class);
        long gpus;
        long krw;

        EligibilityCounts counts() {
            return new EligibilityCounts(counts.getOrDefault(Eligibility.ELIGIBLE, 0L),
                    counts.getOrDefault(Eligibility.CONDITIONAL, 0L), counts.getOrDefault(Eligibility.INELIGIBLE, 0L));
        }
    }

    ImpactTally(List<ProgrammeCapacity> programmes) {
        programmes.forEach(p -> catalogue.put(p.code(), p));
    }

    void add(StoredProposal proposal, RoutedProposal was, RoutedProposal now) {
        simulated++;
        failedBefore += was.failed() ? 1 : 0;
        failedAfter += now.failed() ? 1 : 0;
        count(before, proposal, was);
        count(after, proposal, now);
        boolean awaiting = proposal.awaitingDecision();
        openRerouted += awaiting ? 1 : 0;
        List<ProgrammeChange> programmes = OutcomeDifference.between(was, now);
        if (OutcomeDifference.differ(was, now, programmes)) {
            openChanged += awaiting ? 1 : 0;
            decidedChanged += proposal.decided() ? 1 : 0;
            changes.add(new ProposalChange(proposal.id(), proposal.companyName(), proposal.title(), proposal.status(),
                    proposal.open(), proposal.decided(), OutcomeDifference.failure(was), OutcomeDifference.failure(now),
                    programmes));
        }
    }

    private static void count(Map<String, Side> sides, StoredProposal proposal, RoutedProposal routed) {
        for (RoutedRecommendation r : routed.recommendations()) {
            Side side = sides.computeIfAbsent(r.programme(), code -> new Side());
            side.counts.merge(r.eligibility(), 1L, Long::sum);
            Allocation a = r.allocation();
            if (a != null && r.eligibility() == Eligibility.ELIGIBLE && proposal.awaitingDecision()) {
                side.gpus += a.gpus() == null ? 0 : a.gpus();
                side.krw += a.krw() == null ? 0 : a.krw();
            }
        }
    }

    ImpactReport report(long activeVersionId, String activeHash, String draftHash, QueueFilter selection,
                        Instant finishedAt, Duration took) {
        TreeMap<String, Boolean> codes = new TreeMap<>();
        catalogue.keySet().forEach(c -> codes.put(c, true));
        before.keySet().forEach(c -> codes.put(c, true));
        after.keySet().forEach(c -> codes.put(c, true));
        List<ProgrammeImpact> programmes = new ArrayList<>();
        for (String code : codes.keySet()) {
            programmes.add(programme(code));
        }
        return new ImpactReport(activeVersionId, activeHash, draftHash, selection, simulated, failedBefore,
                failedAfter, finishedAt, took, programmes, changes, new Workload(openRerouted, openChanged, decidedChanged));
    }

    private ProgrammeImpact programme(String code) {
        ProgrammeCapacity known = catalogue.get(code);
        Side was = before.getOrDefault(code, new Side());
        Side now = after.getOrDefault(code, new Side());
        // A code the catalogue does not know (a draft's new programme) counts what it allocates and has no cap.
        CapacityUnit unit = known != null ? known.unit()
                : now.gpus + was.gpus > 0 ? CapacityUnit.GPU : now.krw + was.krw > 0 ? CapacityUnit.KRW : CapacityUnit.NONE;
        Long remaining = known == null || unit == CapacityUnit.NONE ? null : known.remaining();
        return new ProgrammeImpact(code, known == null ? code : known.nameKo(), known == null ? code : known.nameEn(), was.counts(), now.counts(), unit,
                remaining, demand(unit, was), demand(unit, now));
    }

    private static long demand(CapacityUnit unit, Side side) {
        return switch (unit) {
            case GPU -> side.gpus;
            case KRW -> side.krw;
            case NONE -> 0;
        };
    }
}
