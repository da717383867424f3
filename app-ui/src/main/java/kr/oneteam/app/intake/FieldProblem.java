package kr.oneteam.app.intake;

import java.util.List;

/**
 * One invalid field of a submitted proposal: its JSON path ({@code company.valueChain[1]}), a message
 * code of {@code messages.properties} and the arguments of that message.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
