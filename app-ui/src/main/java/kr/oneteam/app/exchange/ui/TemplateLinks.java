package kr.oneteam.app.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import kr.oneteam.app.exchange.SheetFormat;
import kr.oneteam.app.exchange.SheetTemplates;

/** The four templates: Korean or English headers, XLSX (with a guide sheet) or CSV. */
class TemplateLinks extends HorizontalLayout {

    TemplateLinks() {
        setId("import-templates");
        for (Locale language : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            for (SheetFormat format : SheetFormat.values()) {
                Anchor link = new Anchor(template(format, language), AttachmentType.DOWNLOAD,
                        getTranslation("import.template." + language.getLanguage() + "." + format.extension()));
                link.setId("template-" + language.getLanguage() + "-" + format.extension());
                add(link);
            }
        }
    }

    private static DownloadHandler template(SheetFormat format, Locale language) {
        return event -> {
            event.setFileName(SheetTemplates.fileName(format, language));
            event.setContentType(format.contentType());
            SheetTemplates.write(format, language, event.getOutputStream());
        };
    }
}
