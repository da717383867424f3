package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ProposalDetail.CompanyCard;

/**
 * Who asks what, in their words: the company (size, region, startup/venture marks, current awards), the
 * ask in full, and every block of the proposal as a compact definition list. Every value is set as text,
 * never as HTML: a proposal that contains markup shows the markup literally.
 */
class ProposalPane extends Section {

    ProposalPane(ProposalDetail proposal) {
        setId("pane-proposal");
        addClassNames("case-pane", "pane-proposal");
        getElement().setAttribute("aria-labelledby", "pane-proposal-title");
        H3 heading = new H3(getTranslation("detail.proposal"));
        heading.setId("pane-proposal-title");
        heading.addClassName("visually-hidden");
        add(heading, company(proposal.company()), ask(proposal));
        Div blocks = new Div();
        blocks.setId("proposal-blocks");
        for (ProposalDetail.Block block : proposal.blocks()) {
            if ("block.company".equals(block.titleKey()) || block.lines().isEmpty()) {
                // The company card above says it more compactly; its full block would repeat it.
                continue;
            }
            blocks.add(block(block));
        }
        add(blocks, block(companyBlock(proposal)));
    }

    private Div company(CompanyCard company) {
        Div card = new Div();
        card.setId("company-card");
        card.addClassName("company-card");
        Span name = new Span(company.name());
        name.setId("company-name");
        name.addClassName("company-name");
        Div marks = new Div();
        marks.addClassName("marks");
        Locale locale = getLocale();
        marks.add(badge(company.sizeClass() == null ? "—" : company.sizeClass().label(locale), "mark-size"));
        marks.add(badge(company.region() == null ? "—" : company.region().label(locale), "mark-region"));
        if (company.startup()) {
            marks.add(badge(getTranslation("company.startup"), "mark-startup"));
        }
        if (company.venture()) {
            marks.add(badge(getTranslation("company.venture"), "mark-venture"));
        }
        if (company.youthFounded()) {
            marks.add(badge(getTranslation("company.youth"), "mark-youth"));
        }
        Span awards = new Span(company.currentAwards().isEmpty() ? getTranslation("company.noAwards")
                : getTranslation("company.awards", String.join(", ", company.currentAwards())));
        awards.setId("company-awards");
        awards.addClassName("secondary");
        card.add(name, marks, awards);
        return card;
    }

    private static Span badge(String text, String id) {
        Span badge = new Span(text);
        badge.setId(id);
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }

    private Div ask(ProposalDetail proposal) {
        Div ask = new Div();
        ask.addClassName("ask");
        // The title is the header's; here the company's own words under a plain label.
        H4 title = new H4(getTranslation("detail.text"));
        title.setId("proposal-ask-title");
        // A Div, as before: other features' tests find the company's text by this id and type.
        Div text = new Div();
        text.setId("proposal-text");
        text.addClassName("proposal-text");
        text.setText(proposal.text());
        ask.add(title, text);
        return ask;
    }

    private ProposalDetail.Block companyBlock(ProposalDetail proposal) {
        return proposal.blocks().stream().filter(b -> "block.company".equals(b.titleKey())).findFirst()
                .orElse(new ProposalDetail.Block("block.company", java.util.List.of()));
    }

    private Div block(ProposalDetail.Block block) {
        Div box = new Div();
        box.addClassName("block");
        box.setId(block.titleKey().replace('.', '-'));
        H4 title = new H4(getTranslation(block.titleKey()));
        DescriptionList list = new DescriptionList();
        list.addClassName("fields");
        for (ProposalDetail.Line line : block.lines()) {
            list.add(new DescriptionList.Term(getTranslation(line.labelKey())),
                    new DescriptionList.Description(ValueText.of(line.value(), getLocale(), this::translate)));
        }
        box.add(title, list);
        return box;
    }

    private String translate(String key, Locale locale) {
        return getTranslation(locale, key);
    }
}
