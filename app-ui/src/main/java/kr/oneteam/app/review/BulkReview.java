package kr.oneteam.app.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The queue's actions on the rows an officer selected: give them to an officer, or ask each company the
 * same question. Each proposal goes through {@link ReviewService} in a transaction of its own (same checks,
 * same audit entry as on the detail page); one that cannot be changed is reported, the others are done.
 */
@Service
public class BulkReview {

    /** A selection beyond this is a mistake (select-all on 100,000 rows), not a day's work. */
    public static final int MAX = 500;

    private final ReviewService review;

    BulkReview(ReviewService review) {
        this.review = review;
    }

    @PreAuthorize(Roles.DECIDERS)
    public BulkOutcome assign(List<Long> proposalIds, String officer) {
        return each(proposalIds, id -> review.assign(id, review.currentVersion(id), officer));
    }

    @PreAuthorize(Roles.DECIDERS)
    public BulkOutcome requestInfo(List<Long> proposalIds, String question) {
        if (question == null || question.isBlank()) {
            throw new ReviewRefused("review.text.required");
        }
        return each(proposalIds, id -> review.requestInfo(id, review.currentVersion(id), question));
    }

    private static BulkOutcome each(List<Long> ids, java.util.function.LongConsumer action) {
        if (ids.isEmpty()) {
            throw new ReviewRefused("bulk.none");
        }
        if (ids.size() > MAX) {
            throw new ReviewRefused("bulk.tooMany", MAX);
        }
        List<Long> done = new ArrayList<>();
        Map<Long, BulkOutcome.Refusal> refused = new LinkedHashMap<>();
        for (long id : ids.stream().distinct().toList()) {
            try {
                action.accept(id);
                done.add(id);
            } catch (ReviewRefused refusal) {
                refused.put(id, new BulkOutcome.Refusal(refusal.messageKey(), List.of(refusal.arguments())));
            } catch (org.springframework.dao.OptimisticLockingFailureException conflict) {
                refused.put(id, new BulkOutcome.Refusal("review.conflict", List.of()));
            }
        }
        return new BulkOutcome(done, refused);
    }
}
