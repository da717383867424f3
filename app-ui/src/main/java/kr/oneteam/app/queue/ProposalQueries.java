package kr.oneteam.app.queue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.proposal.PageView;
import kr.oneteam.app.proposal.ProposalDocument;
import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.proposal.ProposalSummary;
import kr.oneteam.app.proposal.RecommendationView;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Reads proposals for the API. The list is filtered by the officers' queue's own query layer
 * ({@link QueueSpecification}): the programme filter is the recommendation-index semi-join, not a LIKE scan.
 */
@Service
public class ProposalQueries {

    public static final int PAGE_MAX = 500;

    private final ProposalRepository proposals;
    private final EntityManager entityManager;

    public ProposalQueries(ProposalRepository proposals, EntityManager entityManager) {
        this.proposals = proposals;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Optional<ProposalDocument> find(long id) {
        return proposals.findWithRecommendationsById(id).map(p -> ProposalDocument.of(p.getId(), p.getStatus().name(),
                ProposalEntities.toForm(p),
                p.getRulesetVersion() == null ? null
                        : new ProposalDocument.RulesetRef(p.getRulesetVersion().getId(), p.getRulesetHash()),
                p.getRoutingFailure().orElse(null),
                p.getRecommendations().stream().map(RecommendationView::of).toList()));
    }

    /**
     * Newest first; {@code programme} matches proposals with an ELIGIBLE or CONDITIONAL recommendation for it.
     * A page beyond the last is empty (its offset may not even fit the database's row numbers).
     */
    @Transactional(readOnly = true)
    public PageView<ProposalSummary> page(ProposalStatus status, String programme, int page, int size) {
        QueueFilter filter = QueueFilter.none().withStatus(status).withProgramme(programme, null);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Proposal> counted = count.from(Proposal.class);
        count.select(cb.count(counted)).where(QueueSpecification.where(filter, counted, count, cb, Formats.todayInSeoul()));
        long total = entityManager.createQuery(count).getSingleResult();
        long offset = (long) page * size;
        List<ProposalSummary> content = List.of();
        if (offset < total) {
            CriteriaQuery<Proposal> query = cb.createQuery(Proposal.class);
            Root<Proposal> p = query.from(Proposal.class);
            query.select(p).where(QueueSpecification.where(filter, p, query, cb, Formats.todayInSeoul()))
                    .orderBy(cb.desc(p.get("receivedAt")), cb.desc(p.get("id")));
            content = entityManager.createQuery(query).setFirstResult((int) offset).setMaxResults(size)
                    .getResultList().stream().map(ProposalSummary::of).toList();
        }
        return new PageView<>(content, new PageView.PageInfo(page, size, total, (int) ((total + size - 1) / size)));
    }

    @Transactional(readOnly = true)
    public long count() {
        return proposals.count();
    }
}
