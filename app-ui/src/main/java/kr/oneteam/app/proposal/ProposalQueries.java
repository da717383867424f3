package kr.oneteam.app.proposal;

import jakarta.persistence.criteria.Predicate;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads proposals for the API. */
@Service
public class ProposalQueries {

    public static final int PAGE_MAX = 500;

    private final ProposalRepository proposals;

    public ProposalQueries(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Transactional(readOnly = true)
    public Optional<ProposalDocument> find(long id) {
        return proposals.findWithRecommendationsById(id).map(p -> ProposalDocument.of(p.getId(), p.getStatus().name(),
                ProposalEntities.toForm(p),
                p.getRulesetVersion() == null ? null
                        : new ProposalDocument.RulesetRef(p.getRulesetVersion().getId(), p.getRulesetHash()),
                p.getRecommendations().stream().map(RecommendationView::of).toList()));
    }

    /** Newest first; {@code programme} matches proposals with an ELIGIBLE or CONDITIONAL recommendation for it. */
    @Transactional(readOnly = true)
    public PageView<ProposalSummary> page(ProposalStatus status, String programme, int page, int size) {
        Specification<Proposal> filter = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (programme != null && !programme.isBlank()) {
                where.add(cb.like(root.get("programmeCodes"), "%," + programme.trim() + ",%"));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<Proposal> found = proposals.findAll(filter,
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))));
        return new PageView<>(found.getContent().stream().map(ProposalSummary::of).toList(),
                new PageView.PageInfo(found.getNumber(), found.getSize(), found.getTotalElements(),
                        found.getTotalPages()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return proposals.count();
    }
}
