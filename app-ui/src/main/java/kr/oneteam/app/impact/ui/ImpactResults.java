package kr.oneteam.app.impact.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.impact.EligibilityCounts;
import kr.oneteam.app.impact.ImpactReport;
import kr.oneteam.app.impact.ProgrammeChange;
import kr.oneteam.app.impact.ProgrammeImpact;
import kr.oneteam.app.impact.ProposalChange;
import kr.oneteam.domain.programme.CapacityUnit;

/**
 * One report: the summary lines, the per-programme table (a programme whose eligible demand would exceed its
 * remaining capacity is marked and named in the summary), and the changed proposals with links. Proposal text
 * (company, title) is shown as text only.
 */
class ImpactResults extends VerticalLayout {

    /** Translates a key with parameters: the owning component's getTranslation. */
    interface Words {
        String get(String key, Object... params);
    }

    private final Span simulated = new Span();
    private final Span workload = new Span();
    private final Span failed = new Span();
    private final Span capacity = new Span();
    private final Grid<ProgrammeImpact> programmes = new Grid<>();
    private final Grid<ProposalChange> changes = new Grid<>();
    private boolean configured;

    ImpactResults() {
        setPadding(false);
        simulated.setId("impact-summary-simulated");
        workload.setId("impact-summary-workload");
        failed.setId("impact-summary-failed");
        capacity.setId("impact-summary-capacity");
        programmes.setId("impact-programmes");
        programmes.setAllRowsVisible(true);
        changes.setId("impact-changes");
        changes.setHeight("24em");
    }

    static List<String> summaryLines(ImpactReport report, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.get("impact.summary.simulated", report.simulated(), report.changes().size()));
        lines.add(words.get("impact.summary.workload", report.workload().openRerouted(), report.workload().openChanged(),
                report.workload().decidedChanged()));
        lines.add(words.get("impact.summary.failed", report.failedBefore(), report.failedAfter()));
        lines.add(report.anyCapacityExceeded()
                ? words.get("impact.summary.exceeded", report.exceededProgrammes().stream()
                        .map(p -> p.code() + " (" + p.demandAfter() + " > " + p.remaining() + ")").collect(Collectors.joining(", ")))
                : words.get("impact.summary.none"));
        return lines;
    }

    void show(ImpactReport report, Words words, Locale locale) {
        if (!configured) {
            configure(words, locale);
            configured = true;
        }
        List<String> lines = summaryLines(report, words);
        simulated.setText(lines.get(0));
        workload.setText(lines.get(1));
        failed.setText(lines.get(2));
        capacity.setText(lines.get(3));
        capacity.getElement().getThemeList().set("badge", true);
        capacity.getElement().getThemeList().set("error", report.anyCapacityExceeded());
        capacity.getElement().getThemeList().set("success", !report.anyCapacityExceeded());
        programmes.setItems(report.programmes().stream().filter(p -> p.changed() || p.before().total() > 0).toList());
        changes.setItems(report.changes());
    }

    private void configure(Words words, Locale locale) {
        add(simulated, workload, failed, capacity, new H4(words.get("impact.programmes")), programmes,
                new H4(words.get("impact.changes")), changes);
        programmes.addColumn(p -> p.code() + " " + p.name(locale)).setHeader(words.get("impact.column.programme"))
                .setFlexGrow(2);
        programmes.addColumn(p -> beforeAfter(p.before(), p.after(), EligibilityCounts::eligible))
                .setHeader(words.get("impact.column.eligible")).setAutoWidth(true);
        programmes.addColumn(p -> beforeAfter(p.before(), p.after(), EligibilityCounts::conditional))
                .setHeader(words.get("impact.column.conditional")).setAutoWidth(true);
        programmes.addColumn(p -> beforeAfter(p.before(), p.after(), EligibilityCounts::ineligible))
                .setHeader(words.get("impact.column.ineligible")).setAutoWidth(true);
        programmes.addColumn(p -> p.unit() == CapacityUnit.NONE ? ""
                        : amount(p.unit(), p.demandBefore()) + " → " + amount(p.unit(), p.demandAfter()))
                .setHeader(words.get("impact.column.demand")).setAutoWidth(true);
        programmes.addColumn(p -> p.remaining() == null ? "" : amount(p.unit(), p.remaining()))
                .setHeader(words.get("impact.column.remaining")).setAutoWidth(true);
        programmes.setPartNameGenerator(p -> p.exceededAfter() ? "impact-exceeded" : null);

        changes.addComponentColumn(c -> {
            Anchor link = new Anchor(c.link(), "#" + c.proposalId());
            link.setId("impact-link-" + c.proposalId());
            return link;
        }).setKey("proposal").setHeader(words.get("impact.column.proposal")).setAutoWidth(true);
        changes.addColumn(ProposalChange::companyName).setHeader(words.get("impact.column.company")).setAutoWidth(true);
        changes.addColumn(ProposalChange::title).setHeader(words.get("impact.column.title")).setFlexGrow(2);
        changes.addColumn(c -> words.get("ProposalStatus." + c.status().name())).setHeader(words.get("impact.column.status"))
                .setAutoWidth(true);
        changes.addColumn(c -> describe(c, words)).setHeader(words.get("impact.column.change")).setFlexGrow(3);
        changes.addColumn(c -> c.decided() ? words.get("impact.decided") : "").setHeader(words.get("impact.column.decided"))
                .setAutoWidth(true);
    }

    /** "P01 추가 (적격, 20 GPU × 4개월) · P02 변경 적격 → 부적격, 점수 60 → 0". */
    static String describe(ProposalChange change, Words words) {
        List<String> parts = new ArrayList<>();
        for (ProgrammeChange p : change.programmes()) {
            String kind = words.get("impact.kind." + p.kind().name());
            String text = switch (p.kind()) {
                case ADDED -> p.programme() + " " + kind + " (" + label(words, p.eligibilityAfter())
                        + (p.allocationAfter().isEmpty() ? "" : ", " + p.allocationAfter()) + ")";
                case REMOVED -> p.programme() + " " + kind + " (" + label(words, p.eligibilityBefore()) + ")";
                case CHANGED -> p.programme() + " " + kind + " " + changed(p, words);
            };
            parts.add(text);
        }
        if (change.failureBefore() != null || change.failureAfter() != null) {
            parts.add(words.get("impact.change.failure") + ": " + (change.failureBefore() == null ? "—" : change.failureBefore())
                    + " → " + (change.failureAfter() == null ? "—" : change.failureAfter()));
        }
        return String.join(" · ", parts);
    }

    private static String changed(ProgrammeChange p, Words words) {
        List<String> what = new ArrayList<>();
        if (p.eligibilityChanged()) {
            what.add(label(words, p.eligibilityBefore()) + " → " + label(words, p.eligibilityAfter()));
        }
        if (!java.util.Objects.equals(p.scoreBefore(), p.scoreAfter())) {
            what.add(p.scoreBefore() + " → " + p.scoreAfter());
        }
        if (!java.util.Objects.equals(p.allocationBefore(), p.allocationAfter())) {
            what.add((p.allocationBefore().isEmpty() ? "—" : p.allocationBefore()) + " → "
                    + (p.allocationAfter().isEmpty() ? "—" : p.allocationAfter()));
        }
        if (!p.rulesBefore().equals(p.rulesAfter())) {
            what.add(String.join(" ", p.rulesBefore()) + " → " + String.join(" ", p.rulesAfter()));
        } else if (p.reasonsChanged()) {
            what.add(String.join(" ", p.rulesAfter()));
        }
        return String.join(", ", what);
    }

    private static String label(Words words, Enum<?> value) {
        return value == null ? "—" : words.get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String beforeAfter(EligibilityCounts before, EligibilityCounts after,
                                      java.util.function.ToLongFunction<EligibilityCounts> count) {
        long was = count.applyAsLong(before);
        long now = count.applyAsLong(after);
        return was == now ? Formats.number(now) : Formats.number(was) + " → " + Formats.number(now);
    }

    private static String amount(CapacityUnit unit, long value) {
        return unit == CapacityUnit.KRW ? Formats.krw(value) : Formats.number(value) + (unit == CapacityUnit.GPU ? " GPU" : "");
    }
}
