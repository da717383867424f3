package kr.oneteam.app.programme;

import java.util.List;

/** One invalid field of a programme: its name, a message key of the {@code catalogue} bundle, and the arguments. */
public record ProgrammeProblem(String field, String key, List<Object> args) {

    public ProgrammeProblem {
        args = List.copyOf(args);
    }

    public static ProgrammeProblem of(String field, String key, Object... args) {
        return new ProgrammeProblem(field, key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
