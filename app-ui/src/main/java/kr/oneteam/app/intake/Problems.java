package kr.oneteam.app.intake;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one item, so that the client sees all of them at once. */
final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    void add(String field, String code, Object... args) {
        found.add(FieldProblem.of(field, code, args));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<FieldProblem> list() {
        return List.copyOf(found);
    }
}
