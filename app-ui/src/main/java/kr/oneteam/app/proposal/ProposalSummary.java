package kr.oneteam.app.proposal;

import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.programme.ProgrammeCode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** One row of the paged list: enough to pick a proposal, without its text and recommendations. */
public record ProposalSummary(long id, String externalRef, String status, OffsetDateTime receivedAt, String company,
                              String title, Set<String> categories, String topProgramme, Integer topScore,
                              List<String> programmes) {

    public static ProposalSummary of(Proposal p) {
        return new ProposalSummary(p.getId(), p.getExternalRef(), p.getStatus().name(), p.getReceivedAt(),
                p.getCompanyName(), p.getTitle(),
                p.getCategories().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                p.getTopProgramme() == null ? null : p.getTopProgramme().value(), p.getTopScore(),
                p.getProgrammeCodes().stream().map(ProgrammeCode::value).sorted().toList());
    }
}
