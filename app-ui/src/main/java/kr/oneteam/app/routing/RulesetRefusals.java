package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetRefusal;
import kr.oneteam.domain.ruleset.RulesetRefusalRepository;
import kr.oneteam.rules.RulesetProblem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * The refusals that still hold, per channel, in the database so that every instance answers
 * {@code /api/ruleset/problems} alike. A channel's refusal is deleted as soon as it no longer holds: its
 * content is the active one again, or a later attempt through it passed.
 */
@Component
class RulesetRefusals {

    /** The watched rules directory. */
    static final String DIRECTORY = "DIRECTORY";
    /** A publication (workspace, rollback, seed). */
    static final String PUBLICATION = "PUBLICATION";

    private final RulesetRefusalRepository refusals;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RulesetRefusals(RulesetRefusalRepository refusals, PlatformTransactionManager transactionManager, Clock clock) {
        this.refusals = refusals;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** An instance that cannot compile the active version says so under its own channel. */
    static String instance(String name) {
        return "INSTANCE " + name;
    }

    void record(String channel, String hash, List<RulesetProblem> problems) {
        List<String> lines = problems.stream().map(RulesetProblem::toString).toList();
        for (int attempt = 0; ; attempt++) {
            try {
                transactions.executeWithoutResult(tx -> refusals.findById(channel).ifPresentOrElse(
                        r -> r.refused(hash, lines, clock),
                        () -> refusals.save(new RulesetRefusal(channel, hash, lines, clock))));
                return;
            } catch (DataIntegrityViolationException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                if (attempt >= 2) {
                    throw e; // another instance keeps writing the same channel; its refusal is stored
                }
            }
        }
    }

    void clear(String channel) {
        transactions.executeWithoutResult(tx -> refusals.findById(channel).ifPresent(refusals::delete));
    }

    /**
     * Inside the caller's transaction (a publication through {@code channel} passed): that channel's refusal,
     * and any refusal of exactly the content now active, no longer hold.
     */
    void clearInCurrentTransaction(String channel, String activeHash) {
        refusals.findAll().stream()
                .filter(r -> r.getChannel().equals(channel) || activeHash.equals(r.getContentHash()))
                .forEach(refusals::delete);
    }

    List<RulesetRefusal> current() {
        return transactions.execute(tx -> refusals.findAllByOrderByRefusedAtDesc());
    }
}
