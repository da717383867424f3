package kr.oneteam.app.exchange;

import java.util.List;

/** A problem of a file or a cell: a message key of the {@code sheets} bundle and its arguments. */
public record SheetProblem(String code, List<Object> args) {

    public SheetProblem {
        args = List.copyOf(args);
    }

    static SheetProblem of(String code, Object... args) {
        return new SheetProblem(code, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
