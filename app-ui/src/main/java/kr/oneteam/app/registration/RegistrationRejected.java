package kr.oneteam.app.registration;

import java.util.Map;

/** The intake validator refused the proposal: messages by JSON path, in the officer's language. Nothing was stored. */
public class RegistrationRejected extends RuntimeException {

    private final transient Map<String, String> messagesByPath;

    public RegistrationRejected(Map<String, String> messagesByPath) {
        super(messagesByPath.size() + " invalid field(s)");
        this.messagesByPath = Map.copyOf(messagesByPath);
    }

    public Map<String, String> messagesByPath() {
        return messagesByPath;
    }
}
