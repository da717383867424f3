package kr.oneteam.rules.scenario;

/** A scenario cell that cannot be read; the message names the field or token. */
final class ScenarioException extends RuntimeException {

    ScenarioException(String message) {
        super(message);
    }
}
