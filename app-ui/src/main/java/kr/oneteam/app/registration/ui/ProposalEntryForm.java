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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDateTime;
import java.util.Map;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.DataNeed;
import kr.oneteam.domain.vocabulary.DemandSite;
import kr.oneteam.domain.vocabulary.ExportArtifact;
import kr.oneteam.domain.vocabulary.HighImpactDomain;
import kr.oneteam.domain.vocabulary.Independence;
import kr.oneteam.domain.vocabulary.InnovationProduct;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import kr.oneteam.domain.vocabulary.Sensitivity;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Spectrum;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.SupplierRole;
import kr.oneteam.domain.vocabulary.Theme;
import kr.oneteam.domain.vocabulary.ValueChain;
import kr.oneteam.domain.vocabulary.Workload;

/**
 * 제안 등록: INTAKE.md's fields block by block. Builds the same JSON the API takes and fires
 * {@link SubmitProposal}; knows no service and checks nothing itself (the intake validator does).
 */
class ProposalEntryForm extends Div {

    private final JsonFieldSet fields;
    private final Div generalErrors = new Div();
    private final ConsortiumEditor consortium;

    ProposalEntryForm() {
        fields = new JsonFieldSet(this::getTranslation, getLocale());
        consortium = new ConsortiumEditor(getLocale());
        generalErrors.setId("form-errors");
        generalErrors.getStyle().set("color", "var(--lumo-error-text-color)");
        add(generalErrors, section("block.proposal", proposal()), section("block.company", company()),
                section("block.compute", compute()), section("block.data", data()),
                section("block.regulation", regulation()), section("block.procurement", procurement()),
                section("block.global", global()), section("block.infra", infra()), consortiumSection());
        Button submit = new Button(getTranslation("register.submit"), click -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    private Component[] proposal() {
        var received = fields.dateTime("receivedAt");
        received.setValue(LocalDateTime.now(Formats.SEOUL).withSecond(0).withNano(0));
        var channel = fields.choice("channel", Channel.class);
        channel.setValue(Channel.MEETING);
        TextArea text = fields.area("text");
        text.setMaxLength(20_000);
        return new Component[] {fields.text("title"), fields.text("externalRef"), received, channel,
                fields.choices("categories", Category.class), fields.choices("themes", Theme.class),
                fields.choice("stage", Stage.class), fields.decimal("requestedAmountKrw"), text};
    }

    private Component[] company() {
        return new Component[] {fields.text("company.name"), fields.text("company.bizRegNo"),
                fields.choice("company.sizeClass", SizeClass.class), fields.choice("company.region", Region.class),
                fields.flag("company.startup"), fields.flag("company.venture"), fields.flag("company.youthFounded"),
                fields.choices("company.valueChain", ValueChain.class),
                fields.choices("company.supplierRoles", SupplierRole.class), fields.list("company.currentAwards")};
    }

    private Component[] compute() {
        return new Component[] {fields.choice("compute.accelerator", Accelerator.class),
                fields.integer("compute.quantity"), fields.integer("compute.months"),
                fields.choice("compute.workload", Workload.class),
                fields.choice("compute.independence", Independence.class)};
    }

    private Component[] data() {
        return new Component[] {fields.choice("data.need", DataNeed.class),
                fields.choices("data.domains", DataDomain.class), fields.choice("data.sensitivity", Sensitivity.class),
                fields.flag("data.closedEnvironment"), fields.flag("data.linkage"),
                fields.choice("data.exportArtifact", ExportArtifact.class)};
    }

    private Component[] regulation() {
        return new Component[] {fields.choice("regulation.sandboxTrack", SandboxTrack.class),
                fields.flag("regulation.generativeAi"),
                fields.choice("regulation.highImpactDomain", HighImpactDomain.class)};
    }

    private Component[] procurement() {
        return new Component[] {fields.flag("procurement.konepsRegistered"),
                fields.choice("procurement.innovationProduct", InnovationProduct.class),
                fields.list("procurement.targetAgencies")};
    }

    private Component[] global() {
        return new Component[] {fields.list("global.targetCountries"), fields.choice("global.demandSite", DemandSite.class),
                fields.flag("global.governmentBacked")};
    }

    private Component[] infra() {
        return new Component[] {fields.decimal("infra.powerMw"), fields.choice("infra.siteRegion", Region.class),
                fields.choice("infra.spectrum", Spectrum.class)};
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
