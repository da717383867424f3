package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.outcome.Outcome;
import kr.oneteam.rules.outcome.Served;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.ConditionalBranch;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.NamedConsequence;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.base.FieldNameSupplier;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Whether the facts of one proposal can never take part in a match with the facts of another (decision record 046).
 * A session that keeps its tables may then leave a call's facts in the session instead of deleting them after the
 * call: the next proposals' facts cannot join them, so every call sees what a clean session would.
 *
 * <p>Two halves, both needed:
 * <ul>
 * <li>{@link #of(KieBase, Set) the rules}: in every rule, every pattern on working memory is either on a table class
 * (the facts the condition-less rules insert: the served-by rows, the caps), or joined by an equality of its
 * proposal id ({@code proposalId}, or {@code id} for a {@link Proposal}) to the proposal id bound by another such
 * pattern of the rule — except one, the rule's anchor, a positive pattern at the rule's top level. So all the
 * non-table facts of a match carry the anchor's proposal id. Anything this check does not understand (or, forall,
 * queries, entry points other than the default, a non-class type) makes the answer "no".</li>
 * <li>{@link #belongsTo(Object, long) the facts}: every fact a call inserts must carry that call's proposal id and be
 * no instance of a table class; the engine checks this at each insert (before it propagates) and, if one is not, stops
 * holding facts for the ruleset and routes the call again in a session that holds none.</li>
 * </ul>
 * With both, and no two calls held in one session with the same proposal id, a match holds table facts and the facts
 * of one call only; stale calls' matches have all fired already (a call that stops early is discarded).
 */
final class ProposalIsolation {

    /** The answer and, when "no", the first reason found (for tests and the decision record). */
    record Verdict(boolean isolated, String reason) {
    }

    private ProposalIsolation() {
    }

    /** Whether a fact carries this proposal id: a proposal's own id, an outcome's, a declared type's {@code proposalId}. */
    static boolean belongsTo(Object fact, long proposalId) {
        // final classes first (a class compare); the most inserted fact that is no outcome is Served, 2.4 per proposal
        if (fact instanceof Served served) {
            return served.getProposalId() == proposalId;
        }
        if (fact instanceof Proposal p) {
            return p.getId() == proposalId;
        }
        if (fact instanceof Outcome o) {
            return o.getProposalId() == proposalId;
        }
        Long declared = DeclaredProposalId.of(fact);
        return declared != null && declared == proposalId;
    }

    /** Whether facts of this class carry a proposal id that {@link #belongsTo} reads. */
    static boolean carriesProposalId(Class<?> type) {
        return Outcome.class.isAssignableFrom(type) || Served.class.isAssignableFrom(type)
                || Proposal.class.isAssignableFrom(type) || DeclaredProposalId.carriedBy(type);
    }

    static Verdict of(KieBase kieBase, Set<Class<?>> tableClasses) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (RulesetCompiler.isQuery(pkg, rule)) {
                    return new Verdict(false, "query " + rule.getName());
                }
                String problem = check((RuleImpl) rule, tableClasses);
                if (problem != null) {
                    return new Verdict(false, rule.getName() + ": " + problem);
                }
            }
        }
        return new Verdict(true, "");
    }

    /** Null when the rule keeps proposals apart, else why not. */
    private static String check(RuleImpl rule, Set<Class<?>> tableClasses) {
        List<Pattern> anchors = new ArrayList<>();
        List<Pattern> joined = new ArrayList<>();
        String problem = walk(rule.getLhs(), true, tableClasses, anchors, joined);
        if (problem != null) {
            return problem;
        }
        if (anchors.size() > 1) {
            return "more than one pattern not joined on the proposal id (" + anchors.size() + ")";
        }
        // Every joined pattern's id must come from a non-table pattern of the same rule (the anchor or a joined one).
        for (Pattern p : joined) {
            Declaration from = idSource(p);
            if (from == null || (!anchors.contains(from.getPattern()) && !joined.contains(from.getPattern()))) {
                return "pattern " + p + " is joined on an id from outside the rule's proposal patterns";
            }
        }
        return null;
    }

    /** Sorts the working-memory patterns under {@code element} into anchors and joined ones; null or a problem. */
    private static String walk(RuleConditionElement element, boolean topLevel, Set<Class<?>> tableClasses,
            List<Pattern> anchors, List<Pattern> joined) {
        if (element instanceof GroupElement group) {
            boolean and = group.isAnd();
            if (!and && !group.isNot() && !group.isExists()) {
                return "a " + group.getType() + " element";
            }
            for (RuleConditionElement child : group.getChildren()) {
                String problem = walk(child, topLevel && and, tableClasses, anchors, joined);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (element instanceof Pattern pattern) {
            Object source = pattern.getSource();
            if (source instanceof From) {
                return null; // facts from an expression over bound values, not from working memory
            }
            if (source instanceof Accumulate || source instanceof Collect) {
                // the result pattern matches no fact; the source patterns are on working memory and must be joined
                for (RuleConditionElement inner : ((RuleConditionElement) source).getNestedElements()) {
                    String problem = walk(inner, false, tableClasses, anchors, joined);
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            if (source != null && !EntryPointId.DEFAULT.equals(source)) {
                return "a pattern with source " + source.getClass().getSimpleName();
            }
            if (!(pattern.getObjectType() instanceof ClassObjectType type)) {
                return "a pattern on " + pattern.getObjectType();
            }
            if (tableClasses.contains(type.getClassType())) {
                return null;
            }
            if (idSource(pattern) != null) {
                joined.add(pattern);
            } else if (topLevel) {
                anchors.add(pattern);
            } else {
                return "pattern " + pattern + " inside not/exists/accumulate is not joined on the proposal id";
            }
            return null;
        }
        if (element instanceof EvalCondition || element instanceof NamedConsequence || element instanceof ConditionalBranch) {
            return null;
        }
        return "a " + element.getClass().getSimpleName() + " element";
    }

    /** The declaration a pattern's proposal id is equal to ({@code proposalId == $id}), if it is another id. */
    private static Declaration idSource(Pattern pattern) {
        Class<?> type = ((ClassObjectType) pattern.getObjectType()).getClassType();
        for (Constraint c : pattern.getConstraints()) {
            if (c instanceof IndexableConstraint indexable && indexable.getConstraintType() == ConstraintTypeOperator.EQUAL
                    && idField(type).equals(fieldName(indexable.getFieldExtractor()))
                    && c.getRequiredDeclarations().length == 1) {
                Declaration d = c.getRequiredDeclarations()[0];
                Pattern bound = d.getPattern();
                if (bound != null && bound != pattern && bound.getObjectType() instanceof ClassObjectType boundType
                        && idField(boundType.getClassType()).equals(fieldName(d.getExtractor()))) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String idField(Class<?> type) {
        return Proposal.class.isAssignableFrom(type) ? "id" : "proposalId";
    }

    private static String fieldName(Object extractor) {
        return extractor instanceof FieldNameSupplier named ? named.getFieldName() : null;
    }
}
