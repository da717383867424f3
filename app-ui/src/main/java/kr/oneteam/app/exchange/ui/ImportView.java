package kr.oneteam.app.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.Locale;
import kr.oneteam.app.exchange.ImportReport;
import kr.oneteam.app.exchange.SheetImport;
import kr.oneteam.app.exchange.SheetRefused;
import kr.oneteam.app.exchange.SheetUpload;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;

/**
 * 엑셀 가져오기: download the template, upload a filled CSV or XLSX, read the row-by-row report — each row
 * taken (with a link to the new proposal), already there, or refused with every reason by column.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient SheetImport sheets;
    private final Div outcome = new Div();

    public ImportView(SheetImport sheets) {
        this.sheets = sheets;
        setId("import");
        outcome.setId("import-outcome");
        outcome.setWidthFull();
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro",
                SheetUpload.MAX_BYTES / (1024 * 1024), SheetUpload.MAX_ROWS)), new TemplateLinks(), upload(), outcome);
    }

    private Upload upload() {
        Upload upload = new Upload((UploadHandler) this::received);
        upload.setId("sheet-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SheetUpload.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(event -> showRefusal(getTranslation("sheets.tooLarge",
                SheetUpload.MAX_BYTES / (1024 * 1024))));
        return upload;
    }

    /** Runs in the upload's request: imports, then shows the outcome in the UI (under its lock). */
    private void received(UploadEvent event) {
        UI ui = event.getUI();
        Locale locale = ui.getLocale();
        Runnable show;
        try (InputStream in = event.getInputStream()) {
            ImportReport report = sheets.importSheet(event.getFileName(), in, locale, CurrentUser.require());
            show = () -> showReport(report);
        } catch (SheetRefused refused) {
            show = () -> showRefusal(refused.problems().stream().map(p -> sheets.text(p, locale)).toArray(String[]::new));
        } catch (java.io.IOException unreadable) {
            show = () -> showRefusal(getTranslation("import.unreadable"));
        }
        if (ui.getSession().hasLock()) {
            show.run();
        } else {
            ui.access(show::run);
        }
    }

    private void showReport(ImportReport report) {
        outcome.removeAll();
        outcome.add(new ImportReportPanel(report));
    }

    private void showRefusal(String... reasons) {
        outcome.removeAll();
        Div refused = new Div();
        refused.setId("import-refused");
        refused.addClassName("import-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.add(new Paragraph(getTranslation("import.refused")));
        for (String reason : reasons) {
            refused.add(new Paragraph(reason));
        }
        outcome.add(refused);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
