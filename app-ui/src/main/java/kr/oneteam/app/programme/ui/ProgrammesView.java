package kr.oneteam.app.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeRefused;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.domain.programme.CapacityUnit;

import java.util.List;

/**
 * 지원사업: the catalogue, what is left of each programme's capacity, and the ruleset that routes to it.
 * ANALYST and ADMIN add and describe programmes (a ruleset may name only programmes the catalogue has);
 * ADMIN also changes capacities.
 */
@Route(value = "programmes", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProgrammeService programmes;
    private final Grid<ProgrammeCapacity> grid = new Grid<>();
    private final boolean editor = CurrentUser.hasRole(Roles.ANALYST) || CurrentUser.hasRole(Roles.ADMIN);
    private final Dialog dialog = new Dialog();
    private CapacityForm capacityForm;

    public ProgrammesView(ProgrammeService programmes, RulesetStatus rulesets) {
        this.programmes = programmes;
        setSizeFull();
        configureGrid();
        add(header(), new RulesetLine(rulesets), grid);
        if (CurrentUser.hasRole(Roles.ADMIN)) {
            capacityForm = new CapacityForm();
            capacityForm.addSaveListener(event -> changeCapacity(event.code(), event.capacity()));
            add(capacityForm);
        }
        refresh();
    }

    private HorizontalLayout header() {
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("programmes.title")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (editor) {
            Button add = new Button(getTranslation("catalogue.add"), click -> openForm(null));
            add.setId("programme-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        return header;
    }

    private void configureGrid() {
        grid.setId("programmes-grid");
        grid.addColumn(ProgrammeCapacity::code).setHeader(getTranslation("programmes.code")).setAutoWidth(true);
        grid.addColumn(p -> p.name(getLocale())).setHeader(getTranslation("programmes.name")).setFlexGrow(2);
        grid.addColumn(ProgrammeCapacity::agency).setHeader(getTranslation("programmes.agency")).setFlexGrow(1);
        grid.addColumn(p -> amount(p.unit(), p.capacity())).setHeader(getTranslation("programmes.capacity"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.isLimited() ? amount(p.unit(), p.reserved()) : "")
                .setHeader(getTranslation("programmes.reserved")).setAutoWidth(true);
        grid.addColumn(p -> amount(p.unit(), p.remaining())).setHeader(getTranslation("programmes.remaining"))
                .setAutoWidth(true);
        if (editor) {
            grid.addComponentColumn(p -> {
                Button edit = new Button(getTranslation("catalogue.edit"), click -> openForm(p));
                edit.setId("programme-edit-" + p.code());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
    }

    /** {@code 1,060 GPU} or {@code ₩27,000,000,000}; blank when the programme counts nothing. */
    public String amount(CapacityUnit unit, Long value) {
        if (value == null || unit == CapacityUnit.NONE) {
            return "";
        }
        return unit == CapacityUnit.KRW ? Formats.krw(value) : getTranslation("unit.gpu", Formats.number(value));
    }

    private void refresh() {
        List<ProgrammeCapacity> catalogue = programmes.catalogue();
        grid.setItems(catalogue);
        if (capacityForm != null) {
            capacityForm.setProgrammes(catalogue.stream().filter(p -> p.unit() != CapacityUnit.NONE)
                    .map(ProgrammeCapacity::code).toList());
        }
    }

    private void openForm(ProgrammeCapacity existing) {
        ProgrammeForm form = new ProgrammeForm(existing);
        form.addSaveListener(event -> save(form, event));
        form.addCancelListener(event -> dialog.close());
        dialog.removeAll();
        dialog.setHeaderTitle(existing == null ? getTranslation("catalogue.add.title")
                : getTranslation("catalogue.edit.title", existing.code()));
        dialog.add(form);
        dialog.open();
    }

    private void save(ProgrammeForm form, ProgrammeForm.SaveProgramme event) {
        try {
            ProgrammeCapacity saved = event.editing()
                    ? programmes.update(event.draft().code(), event.draft())
                    : programmes.create(event.draft());
            dialog.close();
            refresh();
            notify(getTranslation("catalogue.saved", saved.code()), NotificationVariant.LUMO_SUCCESS);
        } catch (ProgrammeRefused refused) {
            switch (refused.why()) {
                case INVALID, DUPLICATE -> form.showProblems(refused.problems());
                case UNKNOWN -> notify(getTranslation("catalogue.code.unknown", refused.code()),
                        NotificationVariant.LUMO_ERROR);
                case CHANGED_MEANWHILE -> notify(getTranslation("catalogue.problem.changed"),
                        NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void changeCapacity(String code, Long capacity) {
        try {
            programmes.changeCapacity(code, capacity);
            refresh();
            notify(getTranslation("programmes.capacity.saved", code), NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            notify(getTranslation(refused.messageKey(), refused.arguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title");
    }
}
