package kr.oneteam.app.registration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.oneteam.app.intake.DuplicateProposalException;
import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.intake.InvalidProposalException;
import kr.oneteam.app.security.Roles;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The UI's door to intake: the form's JSON goes through the same reader, validator and routing as
 * {@code POST /api/proposals}; field problems come back as messages in the officer's language.
 */
@Service
public class ProposalRegistration {

    private final IntakeService intake;
    private final MessageSource messages;

    ProposalRegistration(IntakeService intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    /** @return the new proposal's id */
    @PreAuthorize(Roles.DECIDERS)
    public long register(ObjectNode json, Locale locale) {
        try {
            return intake.submit(json, kr.oneteam.app.security.CurrentUser.require()).id();
        } catch (InvalidProposalException invalid) {
            throw new RegistrationRejected(messages(invalid.problems(), locale));
        } catch (DuplicateProposalException duplicate) {
            throw new RegistrationRejected(Map.of("externalRef",
                    messages.getMessage("intake.duplicateRef", new Object[] {duplicate.existingId()},
                            "intake.duplicateRef", locale)));
        }
    }

    private Map<String, String> messages(List<FieldProblem> problems, Locale locale) {
        Map<String, String> byPath = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String text = messages.getMessage(problem.code(), problem.argArray(), problem.code(), locale);
            byPath.merge(problem.field(), text, (a, b) -> a + " / " + b);
        }
        return byPath;
    }
}
