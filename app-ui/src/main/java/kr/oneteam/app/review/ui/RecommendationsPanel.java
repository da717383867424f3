package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import kr.oneteam.app.review.RecommendationLine;

/**
 * The recommendations grouped ELIGIBLE / CONDITIONAL / INELIGIBLE / BACKLOG. INELIGIBLE is titled as the
 * "why not" section: what the company asked for and which rule ruled it out.
 */
class RecommendationsPanel extends Div {

    private static final List<String> GROUPS = List.of("ELIGIBLE", "CONDITIONAL", "INELIGIBLE", "BACKLOG");

    private final List<RecommendationCard> cards = new ArrayList<>();

    RecommendationsPanel(List<RecommendationLine> recommendations, boolean canDecide,
                         ComponentEventListener<RecommendationCard.DecisionRequested> onDecision) {
        setId("recommendations");
        if (recommendations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("rec.none"));
            none.setId("unclassified");
            add(none);
        }
        for (String group : GROUPS) {
            List<RecommendationLine> inGroup = recommendations.stream().filter(r -> r.group().equals(group)).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            Div section = new Div();
            section.setId("group-" + group);
            section.add(new H3(getTranslation("rec.group." + group)));
            for (RecommendationLine line : inGroup) {
                // INELIGIBLE recommendations are explanations, not offers: nothing to accept there.
                boolean decidable = canDecide && !"INELIGIBLE".equals(group);
                RecommendationCard card = new RecommendationCard(line, decidable);
                card.addDecisionListener(onDecision);
                cards.add(card);
                section.add(card);
            }
            add(section);
        }
    }

    List<RecommendationCard> cards() {
        return cards;
    }
}
