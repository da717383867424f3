package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.BiConsumer;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * The exchange with the company: the request for information (or, while it waits, the company's answer to
 * record) and the reply (회신). Read-only for those who do not decide. Calls back with the text and the form,
 * so a refusal is shown on the field it concerns.
 */
class CommunicationPanel extends Div {

    /** What the forms ask for. */
    record Actions(BiConsumer<String, TextAction> requestInfo, BiConsumer<String, TextAction> receiveInfo,
                   BiConsumer<String, TextAction> reply) {
    }

    CommunicationPanel(ProposalDetail detail, boolean canDecide, Actions actions) {
        setId("communication");
        addClassName("communication");
        if (!canDecide) {
            add(line("detail.question", detail.infoQuestion()), line("detail.answer", detail.infoAnswer()),
                    line("detail.reply", detail.reply()));
            return;
        }
        if (detail.status() == ProposalStatus.NEEDS_INFO) {
            // Waiting for the company: the question stands, and the only way on is to record its answer.
            Div asked = line("detail.question", detail.infoQuestion());
            asked.setId("info-question");
            TextAction answer = new TextAction("info-answer", "detail.answer", "detail.receiveInfo", null);
            answer.addSubmitListener(event -> actions.receiveInfo().accept(event.text(), answer));
            add(asked, answer);
        } else if (detail.status() == ProposalStatus.AWAITING_REVIEW) {
            TextAction question = new TextAction("info-request", "detail.question", "detail.requestInfo",
                    detail.infoQuestion());
            question.addSubmitListener(event -> actions.requestInfo().accept(event.text(), question));
            add(question);
        }
        if (detail.status() != ProposalStatus.NEEDS_INFO && detail.infoAnswer() != null) {
            add(line("detail.answer", detail.infoAnswer()));
        }
        if (detail.status() != ProposalStatus.REPLIED && detail.status() != ProposalStatus.CLOSED) {
            TextAction reply = new TextAction("reply", "detail.reply", "detail.sendReply", detail.reply());
            reply.addSubmitListener(event -> actions.reply().accept(event.text(), reply));
            add(reply);
        } else {
            add(line("detail.reply", detail.reply()));
        }
    }

    private Div line(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("label");
        Span value = new Span(text == null || text.isBlank() ? "—" : text);
        value.addClassName("value");
        return new Div(label, value);
    }
}
