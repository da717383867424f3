package kr.oneteam.app.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import kr.oneteam.app.exchange.QueueExport;
import kr.oneteam.app.exchange.SheetFormat;
import kr.oneteam.app.exchange.SheetRefused;
import kr.oneteam.app.queue.QueueFilter;
import org.springframework.data.domain.Sort;

/**
 * 내보내기 links for the queue: the proposals under the queue's current filter and sort, as CSV or XLSX, with
 * recommendations and decisions. The filter is read when the link is followed, so it is always the one shown.
 */
public class ExportLinks extends HorizontalLayout {

    private final transient QueueExport export;
    private final transient Supplier<QueueFilter> filter;
    private final transient Supplier<Sort> sort;

    public ExportLinks(QueueExport export, Supplier<QueueFilter> filter, Supplier<Sort> sort) {
        this.export = export;
        this.filter = filter;
        this.sort = sort;
        setId("queue-export");
        setSpacing(true);
        for (SheetFormat format : SheetFormat.values()) {
            Anchor link = new Anchor(download(format), AttachmentType.DOWNLOAD,
                    getTranslation("export." + format.extension()));
            link.setId("export-" + format.extension());
            add(link);
        }
    }

    private DownloadHandler download(SheetFormat format) {
        return event -> write(event, format);
    }

    private void write(DownloadEvent event, SheetFormat format) throws IOException {
        UI ui = event.getUI();
        Locale locale = ui == null ? Locale.KOREAN : ui.getLocale();
        // Written to memory first: a refusal (too many rows) can then still be answered as an error, not a cut file.
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            export.export(filter.get(), sort.get(), format, locale, file);
        } catch (SheetRefused refused) {
            event.getResponse().setStatus(422);
            if (ui != null) {
                String message = ui.getTranslation(refused.problems().get(0).code(), refused.problems().get(0).argArray());
                ui.access(() -> Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
            return;
        }
        event.setFileName(QueueExport.fileName(format, locale));
        event.setContentType(format.contentType());
        event.setContentLength(file.size());
        file.writeTo(event.getOutputStream());
    }
}
