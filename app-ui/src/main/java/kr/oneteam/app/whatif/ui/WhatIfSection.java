package kr.oneteam.app.whatif.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.whatif.WhatIfService;
import kr.oneteam.rules.whatif.Change;
import kr.oneteam.rules.whatif.ProgrammeWhatIf;
import kr.oneteam.rules.whatif.WhatIf;

/**
 * The case screen's "what would change it" (이렇게 바꾸면 적격): per programme the proposal does not get as
 * ELIGIBLE, the single changes the engine routed to ELIGIBLE. Worked out when first opened — most cases never
 * need it and it routes a hundred variants or more — and kept by the service per ruleset version. Everything
 * shown is text (no HTML), in the user's language.
 */
public class WhatIfSection extends Details {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WhatIfSection.class);

    private final transient WhatIfService whatIf;
    private final transient ProgrammeService programmes;
    private final long proposalId;
    /** False until an answer was shown: after an error, opening again tries again. */
    private boolean filled;

    public WhatIfSection(WhatIfService whatIf, ProgrammeService programmes, long proposalId) {
        this.whatIf = whatIf;
        this.programmes = programmes;
        this.proposalId = proposalId;
        setId("whatif");
        addClassName("whatif");
        setSummaryText(getTranslation("whatif.title"));
        addOpenedChangeListener(change -> {
            if (change.isOpened() && !filled) {
                getContent().toList().forEach(this::remove);
                fill();
            }
        });
    }

    private void fill() {
        WhatIf answer;
        try {
            answer = whatIf.explain(proposalId);
        } catch (RuntimeException e) { // NOPMD: the case screen stays usable whatever the explanation met
            log.warn("What-if for proposal {} failed", proposalId, e);
            add(note("whatif-error", "whatif.error"));
            return;
        }
        filled = true;
        Paragraph intro = new Paragraph(getTranslation("whatif.intro", shortHash(answer.rulesetHash()),
                answer.variantsRouted()));
        intro.setId("whatif-intro");
        intro.addClassName("secondary");
        add(intro);
        if (answer.routingFailed()) {
            add(note("whatif-failed", "whatif.failed"));
            return;
        }
        if (answer.programmes().isEmpty()) {
            add(note("whatif-nothing", "whatif.nothing"));
            return;
        }
        Map<String, ProgrammeCapacity> catalogue = programmes.catalogue().stream()
                .collect(Collectors.toMap(ProgrammeCapacity::code, Function.identity(), (a, b) -> a));
        ChangeText text = new ChangeText(this::getTranslation, getLocale());
        UnorderedList list = new UnorderedList();
        list.setId("whatif-programmes");
        for (ProgrammeWhatIf programme : answer.programmes()) {
            list.add(programme(programme, catalogue.get(programme.programme()), text));
        }
        add(list);
    }

    private ListItem programme(ProgrammeWhatIf programme, ProgrammeCapacity known, ChangeText text) {
        ListItem item = new ListItem();
        item.setId("whatif-" + programme.programme());
        item.addClassName("whatif-programme");
        String name = known == null ? programme.programme()
                : programme.programme() + " " + known.name(getLocale());
        Span title = new Span(name);
        title.addClassName("whatif-programme-name");
        Span now = new Span(getTranslation(programme.now() == null ? "whatif.now.none"
                : "whatif.now." + programme.now().name()));
        now.addClassName("secondary");
        item.add(new Div(title, new Span(" — "), now));
        if (programme.changes().isEmpty()) {
            Span none = new Span(getTranslation("whatif.noSingleChange"));
            none.addClassName("whatif-none");
            item.add(new Div(none));
            return item;
        }
        UnorderedList changes = new UnorderedList();
        for (Change change : programme.changes()) {
            ListItem line = new ListItem(text.of(change));
            line.addClassName("whatif-change");
            changes.add(line);
        }
        item.add(changes);
        return item;
    }

    private Paragraph note(String id, String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId(id);
        p.getElement().setAttribute("role", "note");
        return p;
    }

    /** "sha256:ab12…" → "ab12cd34ef56": enough to tell versions apart on screen. */
    static String shortHash(String hash) {
        String hex = hash.startsWith("sha256:") ? hash.substring(7) : hash;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
