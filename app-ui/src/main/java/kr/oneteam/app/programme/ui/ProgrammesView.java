package kr.oneteam.app.programme.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.domain.programme.CapacityUnit;

/** 지원사업: the catalogue and what is left of each programme's capacity; ADMIN edits capacities. */
@Route(value = "programmes", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProgrammeService programmes;
    private final Grid<ProgrammeCapacity> grid = new Grid<>();

    public ProgrammesView(ProgrammeService programmes) {
        this.programmes = programmes;
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("programmes.title")), grid);
        if (CurrentUser.hasRole(Roles.ADMIN)) {
            CapacityForm form = new CapacityForm();
            form.addSaveListener(event -> changeCapacity(event.code(), event.capacity()));
            add(form);
        }
        refresh();
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
        grid.setItems(programmes.catalogue());
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
