package kr.oneteam.app.queue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * 검토함: every proposal, a page at a time straight from the database (paging and sorting happen in SQL,
 * never in memory), with filters and counts per status. Overdue follow-ups stand out.
 */
@Route(value = "queue", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
public class QueueView extends VerticalLayout implements HasDynamicTitle {

    private final transient QueueService queue;
    private final Grid<QueueRow> grid = new Grid<>();
    private final StatusCounts counts = new StatusCounts();
    private final QueueFilterBar filters;
    private QueueFilter filter = QueueFilter.none();

    public QueueView(QueueService queue, ProgrammeService programmes) {
        this.queue = queue;
        this.filters = new QueueFilterBar(programmes.catalogue().stream().map(ProgrammeCapacity::code).toList());
        setSizeFull();
        configureGrid();
        filters.addFilterChangedListener(event -> applyFilter(event.filter()));
        counts.addStatusChosenListener(event -> filters.showStatus(event.status()));
        add(new H2(getTranslation("queue.title")), filters, counts, grid);
        applyFilter(filter);
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.setSizeFull();
        LocalDate today = Formats.todayInSeoul();
        grid.addColumn(row -> row.status().label(getLocale())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("queue.col.status")).setAutoWidth(true);
        var received = grid.addColumn(row -> Formats.dateTime(row.receivedAt())).setKey("receivedAt")
                .setSortProperty("receivedAt").setHeader(getTranslation("queue.col.received")).setAutoWidth(true);
        grid.addColumn(QueueRow::company).setKey("company").setSortProperty("companyName")
                .setHeader(getTranslation("queue.col.company")).setFlexGrow(1);
        grid.addColumn(QueueRow::title).setKey("title").setHeader(getTranslation("queue.col.title")).setFlexGrow(2);
        grid.addColumn(row -> row.sizeClass() == null ? "" : row.sizeClass().label(getLocale())).setKey("size")
                .setHeader(getTranslation("queue.col.size")).setAutoWidth(true);
        grid.addColumn(row -> row.categories().stream().map(c -> c.label(getLocale()))
                        .collect(Collectors.joining(", "))).setKey("categories")
                .setHeader(getTranslation("queue.col.categories")).setFlexGrow(1);
        grid.addColumn(this::top).setKey("top").setSortProperty("topScore")
                .setHeader(getTranslation("queue.col.top")).setAutoWidth(true);
        grid.addColumn(QueueRow::eligibleCount).setKey("eligible").setSortProperty("eligibleCount")
                .setHeader(getTranslation("queue.col.eligible")).setAutoWidth(true);
        grid.addComponentColumn(row -> followUp(row, today)).setKey("followUp").setSortProperty("nextFollowUpDue")
                .setHeader(getTranslation("queue.col.followUp")).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(received, SortDirection.DESCENDING)));
        grid.setPageSize(50);
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    private String top(QueueRow row) {
        if (row.isUnclassified()) {
            return getTranslation("queue.unclassified");
        }
        return row.topScore() == null ? row.topProgramme() : row.topProgramme() + " (" + row.topScore() + ")";
    }

    private Span followUp(QueueRow row, LocalDate today) {
        Span due = new Span(Formats.date(row.nextFollowUpDue()));
        if (row.isOverdue(today)) {
            due.setText(Formats.date(row.nextFollowUpDue()) + " · " + getTranslation("queue.overdue"));
            due.getElement().getThemeList().add("badge error");
            due.addClassName("overdue");
        }
        return due;
    }

    private void applyFilter(QueueFilter newFilter) {
        this.filter = newFilter;
        grid.setItems(query -> queue.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) queue.count(filter));
        counts.show(queue.countsByStatus(filter.withStatus(null)));
    }

    private void open(QueueRow row) {
        getUI().ifPresent(ui -> ui.navigate(ProposalView.class, row.id()));
    }

    /** For tests and the status links: the filter the grid is showing. */
    QueueFilter currentFilter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }

}
