package kr.oneteam.app.api;

/** The addressed resource does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
