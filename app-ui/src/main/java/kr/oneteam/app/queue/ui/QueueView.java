package kr.oneteam.app.queue.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import kr.oneteam.app.exchange.QueueExport;
import kr.oneteam.app.exchange.ui.ExportLinks;
import kr.oneteam.app.deadline.ui.ReplyDueBadge;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.review.BulkOutcome;
import kr.oneteam.app.review.BulkReview;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;

/**
 * 검토함: every proposal, a page at a time straight from the database (paging and sorting in SQL), with
 * filters, counts per status and a preview of the proposal in focus beside the grid. The filters, sort and
 * preview live in the URL ({@link QueueLocation}), so back, reload and a shared link return here as left.
 * Officers tick rows to assign them or ask for information in one action.
 */
@Route(value = "queue", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
@StyleSheet("context://styles/desk.css")
public class QueueView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final transient QueueService queue;
    private final transient ReviewService review;
    private final transient BulkReview bulk;
    private final List<String> programmeCodes;
    private final Grid<QueueRow> grid = new Grid<>();
    private final StatusCounts counts = new StatusCounts();
    private final QueueFilterBar filters;
    private final QueuePreview preview = new QueuePreview();
    private final BulkBar bulkBar;
    private QueueLocation location = QueueLocation.initial();
    private boolean restoring;

    public QueueView(QueueService queue, ReviewService review, BulkReview bulk, ProgrammeService programmes,
                     QueueExport export) {
        this.queue = queue;
        this.review = review;
        this.bulk = bulk;
        this.programmeCodes = programmes.catalogue().stream().map(ProgrammeCapacity::code).toList();
        this.filters = new QueueFilterBar(programmeCodes);
        this.bulkBar = new BulkBar(CurrentUser.canDecide() ? review.officers() : List.of(), this::assignSelected,
                this::requestInfoOfSelected);
        setId("queue");
        addClassName("queue");
        configureGrid();
        filters.addFilterChangedListener(event -> moveTo(location.with(event.filter())));
        counts.addStatusChosenListener(event -> filters.showStatus(event.status()));
        Div body = new Div(grid, preview);
        body.addClassName("queue-body");
        // h-sheets: the export links take the filter and sort the grid shows (issue 10, exchange).
        ExportLinks exportLinks = new ExportLinks(export, () -> resolved(location.filter()), () -> Sort.by(
                location.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC, location.sortProperty()));
        add(new H2(getTranslation("queue.title")), filters, counts, exportLinks, bulkBar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueueLocation read = QueueLocation.read(event.getLocation().getQueryParameters());
        if (read.filter().programme() != null && !programmeCodes.contains(read.filter().programme())) {
            read = read.with(read.filter().withProgramme(null, read.filter().eligibility()));
        }
        restore(read);
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation("queue.title"));
        LocalDate today = Formats.todayInSeoul();
        grid.addColumn(row -> row.status().label(getLocale())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("queue.col.status")).setAutoWidth(true);
        // The day in the grid; the minute in the preview and the case.
        grid.addColumn(row -> Formats.date(row.receivedAt().atZone(Formats.SEOUL).toLocalDate())).setKey("receivedAt")
                .setSortProperty("receivedAt").setHeader(getTranslation("queue.col.received")).setAutoWidth(true);
        grid.addColumn(QueueRow::company).setKey("company").setSortProperty("companyName")
                .setHeader(getTranslation("queue.col.company")).setFlexGrow(1);
        // Titles wrap (LUMO_WRAP_CELL_CONTENT) and the whole title is the tooltip: nothing is cut off unread.
        grid.addColumn(QueueRow::title).setKey("title").setHeader(getTranslation("queue.col.title")).setFlexGrow(4)
                .setWidth("14rem").setTooltipGenerator(QueueRow::title);
        // Size, categories and every recommendation are in the preview beside the grid, so the title keeps its room.
        grid.addColumn(this::top).setKey("top").setSortProperty("topScore")
                .setHeader(getTranslation("queue.col.top")).setAutoWidth(true);
        grid.addComponentColumn(row -> followUp(row, today)).setKey("followUp").setSortProperty("nextFollowUpDue")
                .setHeader(getTranslation("queue.col.followUp")).setAutoWidth(true);
        grid.addComponentColumn(row -> new ReplyDueBadge(row.replyDue())).setKey("replyDue")
                .setHeader(getTranslation("queue.col.replyDue")).setAutoWidth(true);
        grid.addColumn(row -> row.assignee() == null ? "" : row.assignee()).setKey("assignee").setSortProperty("assignee")
                .setHeader(getTranslation("queue.col.assignee")).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        if (CurrentUser.canDecide()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.asMultiSelect().addSelectionListener(change -> bulkBar.showSelected(change.getAllSelectedItems().size()));
        }
        grid.addItemClickListener(click -> showPreview(click.getItem().id()));
        // Walking the grid with the arrow keys moves the preview along.
        grid.addCellFocusListener(focus -> focus.getItem().ifPresent(row -> showPreview(row.id())));
        grid.addItemDoubleClickListener(click -> open(click.getItem().id()));
        Shortcuts.addShortcutListener(grid, () -> {
            if (location.preview() != null) {
                open(location.preview());
            }
        }, Key.ENTER).listenOn(grid);
        grid.addSortListener(sort -> {
            if (!restoring) {
                var order = sort.getSortOrder();
                moveTo(order.isEmpty() ? location.sortedBy("receivedAt", false)
                        : location.sortedBy(sortPropertyOf(order.get(0).getSorted()),
                        order.get(0).getDirection() == SortDirection.ASCENDING));
            }
        });
    }

    private static String sortPropertyOf(Grid.Column<QueueRow> column) {
        return column.getSortOrder(SortDirection.ASCENDING).findFirst().map(o -> o.getSorted()).orElse("receivedAt");
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

    /** Shows {@code read} (from the URL) in the filters, sort and preview, and queries it. */
    private void restore(QueueLocation read) {
        restoring = true;
        try {
            filters.show(read.filter());
            Grid.Column<QueueRow> column = grid.getColumns().stream()
                    .filter(c -> c.getSortOrder(SortDirection.ASCENDING).findFirst()
                            .map(o -> o.getSorted().equals(read.sortProperty())).orElse(false))
                    .findFirst().orElse(grid.getColumnByKey("receivedAt"));
            grid.sort(List.of(new GridSortOrder<>(column,
                    read.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            restoring = false;
        }
        location = read;
        query();
        if (read.preview() != null) {
            showPreview(read.preview());
        } else {
            preview.empty();
        }
    }

    /** The officer changed filter, sort or preview: query if needed and write the place into the URL. */
    private void moveTo(QueueLocation next) {
        boolean requery = !next.filter().equals(location.filter()) || !next.sortProperty().equals(location.sortProperty())
                || next.ascending() != location.ascending();
        location = next;
        if (requery) {
            query();
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, currentLocation()));
    }

    /** Where the officer is, as the URL shows it ({@code queue?status=…}). */
    Location currentLocation() {
        return new Location("queue", location.write());
    }

    private void query() {
        QueueFilter filter = resolved(location.filter());
        // The total comes with the status counts (one GROUP BY for both): the grid asks for it right here.
        QueueService.ScreenCounts screen = queue.screenCounts(filter);
        grid.setItems(query -> queue.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) screen.total());
        counts.show(screen.byStatus());
        bulkBar.showSelected(0);
    }

    /** "me" in a link is whoever is signed in. */
    private static QueueFilter resolved(QueueFilter filter) {
        return QueueLocation.ME.equals(filter.assignee()) ? filter.withAssignee(CurrentUser.require()) : filter;
    }

    private void showPreview(long id) {
        try {
            preview.show(review.proposal(id), () -> open(id));
            if (!Long.valueOf(id).equals(location.preview())) {
                moveTo(location.previewing(id));
            }
        } catch (ReviewRefused notFound) {
            preview.empty();
        }
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ProposalView.class, id));
    }

    private List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(QueueRow::id).toList();
    }

    private void assignSelected(String officer) {
        report(() -> bulk.assign(selectedIds(), officer), "bulk.assigned");
    }

    private void requestInfoOfSelected(String question, TextArea field) {
        if (question == null || question.isBlank()) {
            field.setErrorMessage(getTranslation("review.text.required"));
            field.setInvalid(true);
            return;
        }
        report(() -> bulk.requestInfo(selectedIds(), question), "bulk.infoRequested");
        field.findAncestor(Dialog.class).close();
    }

    private void report(java.util.function.Supplier<BulkOutcome> action, String doneKey) {
        try {
            java.util.Map<Long, String> names = grid.getSelectedItems().stream()
                    .collect(Collectors.toMap(QueueRow::id, QueueRow::company, (x, y) -> x));
            BulkOutcome outcome = action.get();
            String refused = outcome.refused().entrySet().stream()
                    .map(e -> names.getOrDefault(e.getKey(), "#" + e.getKey()) + ": "
                            + getTranslation(e.getValue().messageKey(), e.getValue().arguments().toArray()))
                    .collect(Collectors.joining("; "));
            String text = getTranslation(doneKey, outcome.done().size())
                    + (refused.isEmpty() ? "" : " " + getTranslation("bulk.refused", outcome.refused().size(), refused));
            Notification.show(text, 8000, Notification.Position.TOP_CENTER).addThemeVariants(
                    outcome.refused().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
            grid.deselectAll();
            query();
            if (location.preview() != null) {
                showPreview(location.preview());
            }
        } catch (ReviewRefused refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** For tests and the status links: the filter the grid is showing ("me" resolved). */
    QueueFilter currentFilter() {
        return resolved(location.filter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
