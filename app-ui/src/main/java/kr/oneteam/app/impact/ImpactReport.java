package kr.oneteam.app.impact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.oneteam.app.queue.QueueFilter;

/**
 * What a draft would change, against the active version routing the same proposals in the same run.
 * {@code failedBefore}/{@code failedAfter}: proposals on which a rule fails (미분류) with either side.
 */
public record ImpactReport(long activeVersionId, String activeHash, String draftHash, QueueFilter selection,
                           long simulated, long failedBefore, long failedAfter, Instant finishedAt, Duration took,
                           List<ProgrammeImpact> programmes, List<ProposalChange> changes, Workload workload) {

    public ImpactReport {
        programmes = List.copyOf(programmes);
        changes = List.copyOf(changes);
    }

    /** Decided proposals the draft routes differently: their decisions stay, an officer may take a second look. */
    public List<ProposalChange> decidedChanges() {
        return changes.stream().filter(ProposalChange::decided).toList();
    }

    /** Programmes whose eligible demand after the draft exceeds their remaining capacity. */
    public List<ProgrammeImpact> exceededProgrammes() {
        return programmes.stream().filter(ProgrammeImpact::exceededAfter).toList();
    }

    public boolean anyCapacityExceeded() {
        return programmes.stream().anyMatch(ProgrammeImpact::exceededAfter);
    }
}
