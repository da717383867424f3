package kr.oneteam.app.api;

import kr.oneteam.app.intake.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;

/** Turns field problems into messages of {@code messages.properties} in the request's language. */
@Component
public class FieldMessages {

    private final MessageSource messages;

    public FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<FieldError> resolve(List<FieldProblem> problems) {
        return problems.stream().map(this::resolve).toList();
    }

    public FieldError resolve(FieldProblem problem) {
        return new FieldError(problem.field(), text(problem.code(), problem.argArray()));
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
