package kr.oneteam.app.programme;

import java.util.List;

/**
 * A programme change that cannot be made: invalid fields, a code that exists already, an unknown code, or a
 * programme changed by someone else meanwhile. Nothing was stored.
 */
public class ProgrammeRefused extends RuntimeException {

    public enum Why { INVALID, DUPLICATE, UNKNOWN, CHANGED_MEANWHILE }

    private final Why why;
    private final String code;
    private final transient List<ProgrammeProblem> problems;

    ProgrammeRefused(Why why, String code, List<ProgrammeProblem> problems) {
        super(why + " " + code + (problems.isEmpty() ? "" : " " + problems));
        this.why = why;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public Why why() {
        return why;
    }

    public String code() {
        return code;
    }

    public List<ProgrammeProblem> problems() {
        return problems;
    }
}
