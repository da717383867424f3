package kr.oneteam.app.workspace;

import java.util.List;

/**
 * A workspace action refused with a reason the analyst can act on: a message key of the {@code workspace}
 * bundle with its arguments (the file, the line, the limit), and the English text for logs and the API.
 * Nothing was changed.
 */
public class WorkspaceRefused extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public WorkspaceRefused(String key, String english, Object... args) {
        super(english);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
