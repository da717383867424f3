package kr.oneteam.app.registration.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.vocabulary.Channel;

/**
 * 제안 등록: the proposal schema's fields block by block, each with the widget its type asks for (decision 060).
 * Builds the same JSON the API takes and fires
 * {@link SubmitProposal}; knows no service and checks nothing itself (the intake validator does).
 */
class ProposalEntryForm extends Div {

    private final JsonFieldSet fields;
    private final Div generalErrors = new Div();
    private final ConsortiumEditor consortium;

    ProposalEntryForm() {
        this(ProposalSchema.standard());
    }

    ProposalEntryForm(ProposalSchema schema) {
        fields = new JsonFieldSet(this::getTranslation, getLocale());
        consortium = new ConsortiumEditor(getLocale());
        generalErrors.setId("form-errors");
        generalErrors.getStyle().set("color", "var(--lumo-error-text-color)");
        add(generalErrors);
        // The schema is the form: top-level fields first, then one section per block, in contract order.
        List<Component> top = new ArrayList<>();
        List<Component> sections = new ArrayList<>();
        for (ProposalField field : schema.fields()) {
            switch (field.kind()) {
                case BLOCK -> sections.add(section("block." + field.name(),
                        field.children().stream().map(fields::widget).toArray(Component[]::new)));
                case ITEMS -> sections.add(consortiumSection());
                default -> top.add(fields.widget(field));
            }
        }
        add(section("block.proposal", top.toArray(Component[]::new)));
        sections.forEach(this::add);
        defaults();
        Button submit = new Button(getTranslation("register.submit"), click -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    /** What an officer typing in a meeting's proposal most often means: received now, at a meeting. */
    @SuppressWarnings("unchecked")
    private void defaults() {
        ((HasValue<?, LocalDateTime>) fields.get("receivedAt"))
                .setValue(LocalDateTime.now(Formats.SEOUL).withSecond(0).withNano(0));
        ((HasValue<?, Channel>) fields.get("channel")).setValue(Channel.MEETING);
    }

    private Details consortiumSection() {
        Details details = new Details(getTranslation("block.consortium"), consortium);
        details.setOpened(true);
        return details;
    }

    private Details section(String titleKey, Component... content) {
        FormLayout layout = new FormLayout(content);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        Details details = new Details(getTranslation(titleKey), layout);
        details.setOpened(true);
        return details;
    }

    private void submit() {
        fields.clearErrors();
        consortium.clearErrors();
        generalErrors.removeAll();
        ObjectNode json = fields.toJson();
        var members = consortium.toJson();
        if (!members.isEmpty()) {
            json.set("consortium", members);
        }
        fireEvent(new SubmitProposal(this, json));
    }

    /** Messages by JSON path, already in the user's language; each goes to its field, or above the form. */
    void showErrors(Map<String, String> messagesByPath) {
        messagesByPath.forEach((path, message) -> {
            if (!consortium.showError(path, message) && !fields.showError(path, message)) {
                generalErrors.add(new Div(getTranslation("field." + path.replaceAll("\\[\\d+]", "")) + ": " + message));
            }
        });
    }

    Registration addSubmitListener(ComponentEventListener<SubmitProposal> listener) {
        return addListener(SubmitProposal.class, listener);
    }

    static class SubmitProposal extends ComponentEvent<ProposalEntryForm> {
        private final ObjectNode json;

        SubmitProposal(ProposalEntryForm source, ObjectNode json) {
            super(source, true);
            this.json = json;
        }

        ObjectNode json() {
            return json;
        }
    }
}
