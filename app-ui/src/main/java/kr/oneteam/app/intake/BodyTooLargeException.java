package kr.oneteam.app.intake;

/** The request body is larger than the endpoint takes (INTAKE.md: 2 MB, 64 MB for a batch); answered 413. */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
