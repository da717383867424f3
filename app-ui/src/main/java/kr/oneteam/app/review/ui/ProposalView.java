package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One proposal: its recommendations and the officer's decisions first, then what the company wrote, the
 * follow-ups and the history. Every decision goes through {@link ReviewService} with the version the officer
 * saw; if someone else saved first the officer is told and sees the fresh state.
 */
@Route(value = "proposals", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
public class ProposalView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient ReviewService review;
    private final transient ProgrammeService programmes;
    private ProposalDetail proposal;

    public ProposalView(ReviewService review, ProgrammeService programmes) {
        this.review = review;
        this.programmes = programmes;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(review.proposal(id));
    }

    private void show(ProposalDetail detail) {
        this.proposal = detail;
        boolean canDecide = CurrentUser.canDecide() && detail.isOpen();
        removeAll();
        add(header(detail));
        add(new H3(getTranslation("detail.recommendations")),
                new RecommendationsPanel(detail.recommendations(), canDecide, this::decide));
        if (canDecide) {
            OverrideForm override = new OverrideForm(programmes.catalogue().stream().map(ProgrammeCapacity::code).toList());
            override.addOverrideListener(event -> addOverride(event.programme(), event.reason(), override));
            add(override);
        }
        add(new H3(getTranslation("detail.communication")));
        add(communication(detail, canDecide));
        add(new H3(getTranslation("detail.followUps")));
        FollowUpsPanel followUps = new FollowUpsPanel(detail.followUps(), canDecide);
        followUps.addAddedListener(event -> addFollowUp(event.action(), event.owner(), event.due()));
        followUps.addCompletedListener(event -> completeFollowUp(event.followUpId()));
        add(followUps);
        add(new H3(getTranslation("detail.proposal")), new ProposalBlocks(detail));
        add(new H3(getTranslation("detail.history")), new AuditPanel(detail.history()));
    }

    private VerticalLayout header(ProposalDetail detail) {
        H2 title = new H2(detail.title());
        title.setId("proposal-title");
        Span status = new Span(detail.status().label(getLocale()));
        status.setId("proposal-status");
        status.getElement().getThemeList().add("badge");
        Span meta = new Span(detail.company() + " · " + Formats.dateTime(detail.receivedAt())
                + (detail.externalRef() == null ? "" : " · " + detail.externalRef()));
        HorizontalLayout line = new HorizontalLayout(status, meta);
        if (CurrentUser.canDecide()) {
            Button close = new Button(getTranslation("detail.close"), click -> closeProposal());
            close.setId("proposal-close");
            Button reopen = new Button(getTranslation("detail.reopen"), click -> reopenProposal());
            reopen.setId("proposal-reopen");
            line.add(detail.isOpen() ? close : reopen);
        }
        line.setAlignItems(Alignment.BASELINE);
        VerticalLayout header = new VerticalLayout(title, line);
        header.setPadding(false);
        return header;
    }

    private VerticalLayout communication(ProposalDetail detail, boolean canDecide) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (!canDecide) {
            box.add(new Span(getTranslation("detail.question") + ": " + orDash(detail.infoQuestion())),
                    new Span(getTranslation("detail.answer") + ": " + orDash(detail.infoAnswer())),
                    new Span(getTranslation("detail.reply") + ": " + orDash(detail.reply())));
            return box;
        }
        if (detail.status() == ProposalStatus.NEEDS_INFO) {
            // Waiting for the company: the question stands, and the only way on is to record its answer.
            Span asked = new Span(getTranslation("detail.question") + ": " + orDash(detail.infoQuestion()));
            asked.setId("info-question");
            TextAction answer = new TextAction("info-answer", "detail.answer", "detail.receiveInfo", null);
            answer.addSubmitListener(event -> receiveInfo(event.text(), answer));
            box.add(asked, answer);
        } else {
            TextAction question = new TextAction("info-request", "detail.question", "detail.requestInfo",
                    detail.infoQuestion());
            question.addSubmitListener(event -> requestInfo(event.text(), question));
            box.add(question);
            if (detail.infoAnswer() != null) {
                box.add(new Span(getTranslation("detail.answer") + ": " + detail.infoAnswer()));
            }
        }
        TextAction reply = new TextAction("reply", "detail.reply", "detail.sendReply", detail.reply());
        reply.addSubmitListener(event -> reply(event.text(), reply));
        box.add(reply);
        return box;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private void decide(RecommendationCard.DecisionRequested event) {
        var line = event.getSource().recommendation();
        switch (event.action()) {
            case ACCEPT -> attempt(() -> review.accept(proposal.id(), proposal.version(), line.id(), event.comment()),
                    "decision.accepted", event.getSource()::showCommentError);
            case DECLINE -> attempt(() -> review.decline(proposal.id(), proposal.version(), line.id(), event.comment()),
                    "decision.declined", event.getSource()::showCommentError);
            case REOPEN -> attempt(() -> review.reopenDecision(proposal.id(), proposal.version(), line.id()),
                    "decision.reopened", message -> { });
        }
    }

    private void addOverride(String programme, String reason, OverrideForm form) {
        attempt(() -> review.addOverride(proposal.id(), proposal.version(), programme, reason),
                "override.added", form::showReasonError);
    }

    private void requestInfo(String question, TextAction form) {
        attempt(() -> review.requestInfo(proposal.id(), proposal.version(), question), "detail.infoRequested",
                form::showError);
    }

    private void receiveInfo(String answer, TextAction form) {
        attempt(() -> review.receiveInfo(proposal.id(), proposal.version(), answer), "detail.infoReceived",
                form::showError);
    }

    private void reply(String text, TextAction form) {
        attempt(() -> review.reply(proposal.id(), proposal.version(), text), "detail.replied", form::showError);
    }

    private void addFollowUp(String action, String owner, LocalDate due) {
        attempt(() -> review.addFollowUp(proposal.id(), proposal.version(), action, owner, due), "followUp.added",
                message -> { });
    }

    private void completeFollowUp(long followUpId) {
        attempt(() -> review.completeFollowUp(proposal.id(), proposal.version(), followUpId), "followUp.completed",
                message -> { });
    }

    private void closeProposal() {
        attempt(() -> review.close(proposal.id(), proposal.version()), "detail.closed", message -> { });
    }

    private void reopenProposal() {
        attempt(() -> review.reopen(proposal.id(), proposal.version()), "detail.reopened", message -> { });
    }

    /**
     * Runs one decision and ends in a notification. A refusal the officer can fix is shown on the field too;
     * a concurrent save by someone else reloads the fresh state so nothing is silently overwritten.
     */
    private void attempt(Supplier<ProposalDetail> action, String successKey, Consumer<String> fieldError) {
        try {
            show(action.get());
            notify(getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if ("review.conflict".equals(refused.messageKey())) {
                show(review.proposal(proposal.id()));
            } else {
                fieldError.accept(message);
            }
            notify(message, NotificationVariant.LUMO_ERROR);
        } catch (OptimisticLockingFailureException conflict) {
            show(review.proposal(proposal.id()));
            notify(getTranslation("review.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return proposal == null ? getTranslation("detail.title") : proposal.title();
    }
}
