package kr.oneteam.app.dashboard.ui;

import static kr.oneteam.app.dashboard.ui.FigureTable.Cell;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import kr.oneteam.app.dashboard.BacklogItem;
import kr.oneteam.app.dashboard.Dashboard;
import kr.oneteam.app.dashboard.FollowUpSummary;
import kr.oneteam.app.dashboard.OverrideTally;
import kr.oneteam.app.dashboard.ProgrammeTally;
import kr.oneteam.app.dashboard.SizeRegionTally;
import kr.oneteam.app.dashboard.Tally;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.ui.QueueLocation;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;

/**
 * Turns a {@link Dashboard} into 현황's figures: for each, an SVG chart and the table of the same numbers, every bar
 * and every number linking to the queue filtered to it. Labels in the user's language ({@code t} translates a key).
 */
final class Figures {

    private final Locale locale;
    private final BiFunction<String, Object[], String> t;
    private final Map<String, ProgrammeCapacity> programmes;

    Figures(Locale locale, BiFunction<String, Object[], String> translate, List<ProgrammeCapacity> catalogue) {
        this.locale = locale;
        this.t = translate;
        this.programmes = new LinkedHashMap<>();
        catalogue.forEach(p -> programmes.put(p.code(), p));
    }

    List<Component> all(Dashboard d) {
        return List.of(categories(d), programmes(d), sizeRegions(d), weeks(d), deadlines(d), backlog(d), followUps(d),
                capacity(d), overrides(d));
    }

    private Component categories(Dashboard d) {
        return simple("fig-category", "dashboard.fig.category", "dashboard.col.category", d.categories(),
                k -> k.label(locale));
    }

    private Component deadlines(Dashboard d) {
        return simple("fig-deadline", "dashboard.fig.deadline", "dashboard.col.deadline", d.deadlines(),
                k -> tr(k.labelKey()));
    }

    private <K> Component simple(String id, String title, String column, List<Tally<K>> tallies, Function<K, String> label) {
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        for (Tally<K> tally : tallies) {
            String name = label.apply(tally.key());
            rows.add(new SvgChart.Row(name, List.of(segment(tally.count(), tally.link(), 0, name))));
            table.add(List.of(Cell.link(name, href(tally.link())), Cell.number(tally.count())));
        }
        return new ChartSection(id, tr(title), SvgChart.horizontal(id + "-chart", rows),
                FigureTable.of(id + "-table", tr(title), List.of(tr(column), tr("dashboard.col.proposals")), table));
    }

    private Component programmes(Dashboard d) {
        Map<String, Map<Eligibility, ProgrammeTally>> byCode = new LinkedHashMap<>();
        d.programmes().forEach(p -> byCode.computeIfAbsent(p.programme(), k -> new LinkedHashMap<>()).put(p.eligibility(), p));
        Eligibility[] order = {Eligibility.ELIGIBLE, Eligibility.CONDITIONAL, Eligibility.INELIGIBLE};
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        byCode.forEach((code, tallies) -> {
            List<SvgChart.Segment> segments = new ArrayList<>();
            List<Cell> line = new ArrayList<>(List.of(Cell.text(programmeName(code))));
            for (int i = 0; i < order.length; i++) {
                ProgrammeTally tally = tallies.get(order[i]);
                long n = tally == null ? 0 : tally.count();
                String what = code + " · " + order[i].label(locale);
                segments.add(segment(n, tally == null ? null : tally.link(), i == 2 ? 3 : i, what));
                line.add(tally == null ? Cell.number(0) : new Cell(Formats.number(n), href(tally.link()), true));
            }
            rows.add(new SvgChart.Row(code, segments));
            table.add(line);
        });
        List<String> headers = new ArrayList<>(List.of(tr("dashboard.col.programme")));
        for (Eligibility e : order) {
            headers.add(e.label(locale));
        }
        return new ChartSection("fig-programme", tr("dashboard.fig.programme"), SvgChart.horizontal("fig-programme-chart", rows),
                FigureTable.of("fig-programme-table", tr("dashboard.fig.programme"), headers, table));
    }

    private Component sizeRegions(Dashboard d) {
        Map<String, List<SizeRegionTally>> bySize = new LinkedHashMap<>();
        d.sizeRegions().forEach(s -> bySize.computeIfAbsent(s.sizeClass().label(locale), k -> new ArrayList<>()).add(s));
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        bySize.forEach((size, tallies) -> {
            List<SvgChart.Segment> segments = new ArrayList<>();
            for (SizeRegionTally s : tallies) {
                String what = size + " · " + s.region().label(locale);
                segments.add(segment(s.count(), s.link(), s.region() == Region.CAPITAL ? 0 : 1, what));
                table.add(List.of(Cell.link(what, href(s.link())), Cell.number(s.count())));
            }
            rows.add(new SvgChart.Row(size, segments));
        });
        return new ChartSection("fig-size", tr("dashboard.fig.size"), SvgChart.horizontal("fig-size-chart", rows),
                FigureTable.of("fig-size-table", tr("dashboard.fig.size"),
                        List.of(tr("dashboard.col.sizeRegion"), tr("dashboard.col.proposals")), table));
    }

    private Component weeks(Dashboard d) {
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        for (Tally<LocalDate> week : d.weeks()) {
            String label = Formats.date(week.key()).substring(5);
            rows.add(new SvgChart.Row(label, List.of(segment(week.count(), week.link(), 0,
                    tr("dashboard.week", Formats.date(week.key()))))));
            table.add(List.of(Cell.link(tr("dashboard.week", Formats.date(week.key())), href(week.link())),
                    Cell.number(week.count())));
        }
        return new ChartSection("fig-week", tr("dashboard.fig.week"), SvgChart.vertical("fig-week-chart", rows),
                FigureTable.of("fig-week-table", tr("dashboard.fig.week"),
                        List.of(tr("dashboard.col.week"), tr("dashboard.col.proposals")), table));
    }

    private Component backlog(Dashboard d) {
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        for (BacklogItem item : d.backlog()) {
            rows.add(new SvgChart.Row(item.text(), List.of(segment(item.companies(), item.link(), 1, item.text()))));
            table.add(List.of(Cell.link(item.text(), href(item.link())), Cell.text(item.rule()),
                    Cell.number(item.companies()), Cell.number(item.proposals())));
        }
        return new ChartSection("fig-backlog", tr("dashboard.fig.backlog"), SvgChart.horizontal("fig-backlog-chart", rows),
                FigureTable.of("fig-backlog-table", tr("dashboard.fig.backlog"), List.of(tr("dashboard.col.theme"),
                        tr("dashboard.col.rule"), tr("dashboard.col.companies"), tr("dashboard.col.proposals")), table));
    }

    private Component followUps(Dashboard d) {
        FollowUpSummary f = d.followUps();
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        table.add(List.of(Cell.text(tr("dashboard.followUps.all")), Cell.number(f.open()), Cell.number(f.dueThisWeek()),
                Cell.number(f.overdue())));
        for (FollowUpSummary.Owner o : f.owners()) {
            rows.add(new SvgChart.Row(o.owner(), List.of(segment(o.overdue(), null, 1, tr("dashboard.col.overdue")),
                    segment(o.open() - o.overdue(), null, 0, tr("dashboard.col.open")))));
            table.add(List.of(Cell.text(o.owner()), Cell.number(o.open()), Cell.number(o.dueThisWeek()), Cell.number(o.overdue())));
        }
        return new ChartSection("fig-followups", tr("dashboard.fig.followUps"), SvgChart.horizontal("fig-followups-chart", rows),
                FigureTable.of("fig-followups-table", tr("dashboard.fig.followUps"), List.of(tr("dashboard.col.owner"),
                        tr("dashboard.col.open"), tr("dashboard.col.dueThisWeek"), tr("dashboard.col.overdue")), table));
    }

    private Component capacity(Dashboard d) {
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        for (ProgrammeCapacity p : d.capacity()) {
            long remaining = p.remaining() == null ? 0 : Math.max(0, p.remaining());
            rows.add(new SvgChart.Row(p.code(), List.of(segment(p.reserved(), null, 1, tr("dashboard.col.reserved")),
                    segment(remaining, null, 3, tr("dashboard.col.remaining")))));
            table.add(List.of(Cell.text(p.code() + " " + p.name(locale)), new Cell(amount(p.unit(), p.capacity()), null, true),
                    new Cell(amount(p.unit(), p.reserved()), null, true), new Cell(amount(p.unit(), p.remaining()), null, true)));
        }
        return new ChartSection("fig-capacity", tr("dashboard.fig.capacity"), SvgChart.horizontal("fig-capacity-chart", rows),
                FigureTable.of("fig-capacity-table", tr("dashboard.fig.capacity"), List.of(tr("dashboard.col.programme"),
                        tr("dashboard.col.total"), tr("dashboard.col.reserved"), tr("dashboard.col.remaining")), table));
    }

    private Component overrides(Dashboard d) {
        List<SvgChart.Row> rows = new ArrayList<>();
        List<List<Cell>> table = new ArrayList<>();
        for (OverrideTally o : d.overrides()) {
            String kind = tr("dashboard.override." + o.kind().name());
            String rule = o.rule() == null ? "—" : o.rule();
            String label = rule + " · " + o.programme();
            rows.add(new SvgChart.Row(label, List.of(segment(o.count(), o.link(), o.kind().ordinal(), kind + " · " + label))));
            table.add(List.of(Cell.link(kind, href(o.link())), Cell.text(rule), Cell.text(o.programme()),
                    Cell.number(o.count()), Cell.number(o.acted()),
                    new Cell(String.format(Locale.ROOT, "%.0f%%", o.rate() * 100), null, true)));
        }
        return new ChartSection("fig-overrides", tr("dashboard.fig.overrides"), SvgChart.horizontal("fig-overrides-chart", rows),
                FigureTable.of("fig-overrides-table", tr("dashboard.fig.overrides"), List.of(tr("dashboard.col.kind"),
                        tr("dashboard.col.rule"), tr("dashboard.col.programme"), tr("dashboard.col.overruled"),
                        tr("dashboard.col.acted"), tr("dashboard.col.rate")), table));
    }

    private SvgChart.Segment segment(long value, QueueFilter link, int tone, String title) {
        return new SvgChart.Segment(value, link == null ? null : href(link), tone, title + ": " + Formats.number(value));
    }

    static String href(QueueFilter filter) {
        return QueueLocation.of(filter).href();
    }

    private String programmeName(String code) {
        ProgrammeCapacity p = programmes.get(code);
        return p == null ? code : code + " " + p.name(locale);
    }

    private String amount(CapacityUnit unit, Long value) {
        if (value == null) {
            return "—";
        }
        return unit == CapacityUnit.KRW ? Formats.krw(value) : tr("unit.gpu", Formats.number(value));
    }

    private String tr(String key, Object... args) {
        return t.apply(key, args);
    }
}
