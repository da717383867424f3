package kr.oneteam.app.intake;

/** Too many large bodies are being taken in at once; answered 503 with Retry-After, nothing stored. */
public class IntakeBusyException extends RuntimeException {

    public IntakeBusyException() {
        super("too many batches at once");
    }
}
