package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.review.ReviewService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The officer's actions on the case shown by {@link ProposalView}: one method per action, each sending the
 * version the officer saw and ending in a notification. A refusal the officer can fix is shown on the field
 * too; a concurrent save by someone else reloads the fresh state so nothing is silently overwritten.
 */
class CaseActions implements Serializable {

    private final ProposalView view;
    private final transient ReviewService review;

    CaseActions(ProposalView view, ReviewService review) {
        this.view = view;
        this.review = review;
    }

    void decide(RecommendationRow.DecisionRequested event) {
        var line = event.getSource().recommendation();
        long id = id();
        long version = version();
        String programme = line.programme();
        Runnable refocus = () -> view.recommendations().focusNextOpenAfter(programme);
        switch (event.action()) {
            case ACCEPT -> attempt(() -> review.accept(id, version, line.id(), event.comment()), "decision.accepted",
                    event.getSource()::showCommentError, refocus);
            case DECLINE -> attempt(() -> review.decline(id, version, line.id(), event.comment()), "decision.declined",
                    event.getSource()::showCommentError, refocus);
            case REOPEN -> attempt(() -> review.reopenDecision(id, version, line.id()), "decision.reopened",
                    message -> { }, () -> view.recommendations().focusProgramme(programme));
        }
    }

    void addOverride(String programme, String reason, OverrideForm form) {
        attempt(() -> review.addOverride(id(), version(), programme, reason), "override.added", form::showReasonError);
    }

    void requestInfo(String question, TextAction form) {
        attempt(() -> review.requestInfo(id(), version(), question), "detail.infoRequested", form::showError);
    }

    void receiveInfo(String answer, TextAction form) {
        attempt(() -> review.receiveInfo(id(), version(), answer), "detail.infoReceived", form::showError);
    }

    void reply(String text, TextAction form) {
        attempt(() -> review.reply(id(), version(), text), "detail.replied", form::showError);
    }

    void addFollowUp(String action, String owner, LocalDate due) {
        attempt(() -> review.addFollowUp(id(), version(), action, owner, due), "followUp.added", message -> { });
    }

    void completeFollowUp(long followUpId) {
        attempt(() -> review.completeFollowUp(id(), version(), followUpId), "followUp.completed", message -> { });
    }

    void assign(String officer) {
        attempt(() -> review.assign(id(), version(), officer), officer == null ? "assign.released" : "assign.done",
                message -> { });
    }

    void close() {
        attempt(() -> review.close(id(), version()), "detail.closed", message -> { });
    }

    void reopen() {
        attempt(() -> review.reopen(id(), version()), "detail.reopened", message -> { });
    }

    private long id() {
        return view.proposal().id();
    }

    private long version() {
        return view.proposal().version();
    }

    private void attempt(Supplier<ProposalDetail> action, String successKey, Consumer<String> fieldError) {
        attempt(action, successKey, fieldError, () -> { });
    }

    private void attempt(Supplier<ProposalDetail> action, String successKey, Consumer<String> fieldError,
                         Runnable afterSuccess) {
        try {
            view.show(action.get());
            afterSuccess.run();
            notify(view.getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            String message = view.getTranslation(refused.messageKey(), refused.arguments());
            if ("review.conflict".equals(refused.messageKey())) {
                view.show(review.proposal(id()));
            } else {
                fieldError.accept(message);
            }
            notify(message, NotificationVariant.LUMO_ERROR);
        } catch (OptimisticLockingFailureException conflict) {
            view.show(review.proposal(id()));
            notify(view.getTranslation("review.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        // Announced by screen readers without moving focus (Vaadin notifications are a live region).
        notification.getElement().setAttribute("aria-live", "polite");
    }
}
