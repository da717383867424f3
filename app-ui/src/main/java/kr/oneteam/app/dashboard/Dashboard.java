package kr.oneteam.app.dashboard;

import java.time.LocalDate;
import java.util.List;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.domain.vocabulary.Category;

/** Everything 현황 shows for one scope, each figure counted by the database. */
public record Dashboard(DashboardScope scope, LocalDate today, long proposals, List<Tally<Category>> categories,
                        List<ProgrammeTally> programmes, List<SizeRegionTally> sizeRegions, List<Tally<LocalDate>> weeks,
                        List<Tally<DeadlineState>> deadlines, List<BacklogItem> backlog, FollowUpSummary followUps,
                        List<ProgrammeCapacity> capacity, List<OverrideTally> overrides) {
}
