package kr.oneteam.app.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kr.oneteam.app.account.TokenAdministration;
import kr.oneteam.app.account.TokenAdministration.IssuedToken;
import kr.oneteam.app.account.TokenAdministration.TokenLine;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.domain.account.ApiToken;

/**
 * API 토큰 of the selected account: the list (name, first characters, issued, expires, last used, status), issuing
 * one (name and expiry; the secret is shown once in a dialog) and revoking one. Dates in Asia/Seoul.
 */
class TokensPanel extends VerticalLayout {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient TokenAdministration tokens;
    private final Grid<TokenLine> grid = new Grid<>();
    private final TextField name = new TextField();
    private final DatePicker expires = new DatePicker();
    private final Button issue = new Button();
    private String username;

    TokensPanel(TokenAdministration tokens) {
        this.tokens = tokens;
        setPadding(false);
        configureGrid();
        add(new H3(getTranslation("tokens.title")), issueForm(), grid);
        show(null);
    }

    private void configureGrid() {
        grid.setId("tokens-grid");
        grid.addColumn(TokenLine::name).setHeader(getTranslation("tokens.name")).setFlexGrow(1);
        grid.addColumn(line -> line.prefix() + "…").setHeader(getTranslation("tokens.prefix")).setAutoWidth(true);
        grid.addColumn(line -> when(line.createdAt())).setHeader(getTranslation("tokens.created")).setAutoWidth(true);
        grid.addColumn(line -> when(line.expiresAt())).setHeader(getTranslation("tokens.expires")).setAutoWidth(true);
        grid.addColumn(line -> when(line.lastUsedAt())).setHeader(getTranslation("tokens.lastUsed")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("tokens.status." + line.status().name()))
                .setHeader(getTranslation("tokens.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout issueForm() {
        name.setId("token-name");
        name.setLabel(getTranslation("tokens.name"));
        name.setMaxLength(ApiToken.NAME_MAX);
        expires.setId("token-expires");
        expires.setLabel(getTranslation("tokens.expires"));
        issue.setText(getTranslation("tokens.issue"));
        issue.setId("token-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(click -> issueToken());
        HorizontalLayout form = new HorizontalLayout(name, expires, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Shows the tokens of {@code account}, or nothing (and no form) when no account is selected. */
    void show(String account) {
        this.username = account;
        boolean selected = account != null;
        name.setEnabled(selected);
        expires.setEnabled(selected);
        issue.setEnabled(selected);
        LocalDate today = LocalDate.now(SEOUL);
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(365));
        expires.setValue(today.plusDays(90));
        grid.setItems(selected ? tokens.tokensOf(account) : java.util.List.of());
    }

    private Button revokeButton(TokenLine line) {
        Button revoke = new Button(getTranslation("tokens.revoke"), click -> revoke(line));
        revoke.setId("token-revoke-" + line.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(line.status() == ApiToken.Status.ACTIVE);
        return revoke;
    }

    private void issueToken() {
        try {
            LocalDate day = expires.getValue();
            IssuedToken issued = tokens.issue(username, name.getValue(),
                    day == null ? null : day.plusDays(1).atStartOfDay(SEOUL).toInstant());
            name.clear();
            show(username);
            showOnce(issued);
        } catch (ReviewRefused refused) {
            notify(getTranslation(refused.messageKey(), refused.arguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    private void revoke(TokenLine line) {
        try {
            tokens.revoke(line.id());
            show(username);
            notify(getTranslation("tokens.revoked", line.name()), NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            notify(getTranslation(refused.messageKey(), refused.arguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    /** The secret, once: read-only, selectable, gone when the dialog closes. */
    private void showOnce(IssuedToken issued) {
        Dialog dialog = new Dialog();
        dialog.setId("token-issued");
        dialog.setHeaderTitle(getTranslation("tokens.issued.title"));
        TextField secret = new TextField();
        secret.setId("token-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(new Paragraph(getTranslation("tokens.issued.hint")), secret);
        dialog.setWidth("36em");
        Button close = new Button(getTranslation("tokens.issued.close"), click -> dialog.close());
        close.setId("token-issued-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "—" : at.atZoneSameInstant(SEOUL).format(WHEN);
    }
}
