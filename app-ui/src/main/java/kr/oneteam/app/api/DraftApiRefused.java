package kr.oneteam.app.api;

import java.util.List;
import kr.oneteam.rules.RulesetProblem;

/** What the drafts API refuses before or after the workspace services answer; nothing was changed. */
abstract class DraftApiRefused extends RuntimeException {

    DraftApiRefused(String message) {
        super(message, null, false, false);
    }

    /** A field and the message key (workspace bundle) of what is wrong with it. */
    record FieldKey(String field, String key) {
    }

    /** Fields of the body or the query that are wrong: 400 with {@code errors} by field. */
    static final class Fields extends DraftApiRefused {
        private final transient List<FieldKey> problems;

        Fields(List<FieldKey> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        List<FieldKey> problems() {
            return problems;
        }
    }

    static final class Field extends DraftApiRefused {
        private final transient FieldKey problem;

        Field(String field, String key) {
            super(field + ": " + key);
            this.problem = new FieldKey(field, key);
        }

        FieldKey problem() {
            return problem;
        }
    }

    /** Files refused by the workspace's checks: 400 with every problem as {@code file:line:column message}. */
    static final class Files extends DraftApiRefused {
        private final transient List<RulesetProblem> problems;

        Files(List<RulesetProblem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        List<RulesetProblem> problems() {
            return problems;
        }
    }

    /** More bytes than the limit: 413. */
    static final class TooLarge extends DraftApiRefused {
        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
