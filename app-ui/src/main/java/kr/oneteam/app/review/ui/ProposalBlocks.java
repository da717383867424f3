package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import kr.oneteam.app.review.ProposalDetail;

/**
 * Everything the proposal says, block by block, with Korean (or English) labels. Every value is set as
 * text, never as HTML: a proposal that contains markup shows the markup literally.
 */
class ProposalBlocks extends Div {

    ProposalBlocks(ProposalDetail proposal) {
        setId("proposal-blocks");
        Div text = new Div();
        text.setId("proposal-text");
        text.setText(proposal.text());
        // pre-wrap keeps the company's line breaks without interpreting anything.
        text.getStyle().set("white-space", "pre-wrap").set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        add(new H4(getTranslation("detail.text")), text);
        for (ProposalDetail.Block block : proposal.blocks()) {
            FormLayout fields = new FormLayout();
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
            for (ProposalDetail.Line line : block.lines()) {
                Span value = new Span(ValueText.of(line.value(), getLocale(), this::translate));
                fields.addFormItem(value, getTranslation(line.labelKey()));
            }
            Details details = new Details(getTranslation(block.titleKey()), fields);
            details.setOpened(true);
            add(details);
        }
    }

    private String translate(String key, java.util.Locale locale) {
        return getTranslation(locale, key);
    }
}
