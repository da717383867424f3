package kr.oneteam.rules;

/**
 * Why a ruleset was refused, at a position an analyst can open: {@code file:line:column message}.
 * Line and column are 1-based where known; 0 when the problem is about the whole file or line.
 */
public record RulesetProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + message;
    }
}
