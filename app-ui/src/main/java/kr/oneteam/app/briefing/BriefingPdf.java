package kr.oneteam.app.briefing;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import kr.oneteam.app.dashboard.BacklogItem;
import kr.oneteam.app.i18n.Formats;

/**
 * The briefing as an A4 PDF (OpenPDF, MPL 2.0 / LGPL 2.1, used unmodified) with NanumGothic embedded as a subset
 * (SIL OFL 1.1, shipped in {@code fonts/} with its licence; decision record 103), so Hangul shows on any reader
 * without fonts of its own. Text goes in as text: PDF has no markup that a company's words could inject.
 */
public final class BriefingPdf {

    static final String FONT = "/fonts/NanumGothic.ttf";
    private static volatile byte[] fontBytes;

    private BriefingPdf() {
    }

    /** {@code t} translates a message key with arguments into the reader's language. */
    public static byte[] render(Briefing briefing, Locale locale, BiFunction<String, Object[], String> t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont("NanumGothic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
            Font title = new Font(base, 15, Font.BOLD);
            Font body = new Font(base, 8.5f);
            Font head = new Font(base, 8.5f, Font.BOLD);
            document.addTitle(briefing.title(locale));
            document.addCreator("OneTeam Desk");
            document.open();
            document.add(new Paragraph(tr(t, "briefing.heading", briefing.title(locale)), title));
            document.add(new Paragraph(tr(t, "briefing.meta", Formats.number(briefing.total()),
                    Formats.dateTime(briefing.madeAt())), body));
            if (briefing.truncated()) {
                document.add(new Paragraph(tr(t, "briefing.truncated", BriefingService.MAX_LINES), body));
            }
            document.add(Chunk.NEWLINE);
            document.add(lines(briefing, locale, t, head, body));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(tr(t, "briefing.backlog"), head));
            for (BacklogItem item : briefing.backlog()) {
                document.add(new Paragraph("· " + item.text() + " — " + tr(t, "briefing.backlog.line",
                        item.companies(), item.proposals()) + " (" + item.rule() + ")", body));
            }
            if (briefing.backlog().isEmpty()) {
                document.add(new Paragraph("—", body));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the briefing PDF could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static PdfPTable lines(Briefing briefing, Locale locale, BiFunction<String, Object[], String> t, Font head,
                                   Font body) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1.6f, 3.4f, 1.8f, 1.8f, 2.6f, 2.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("briefing.col.company", "briefing.col.ask", "briefing.col.recommended",
                "briefing.col.decided", "briefing.col.reply", "briefing.col.followUps")) {
            PdfPCell cell = new PdfPCell(new Phrase(tr(t, key), head));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (Briefing.Line line : briefing.lines()) {
            table.addCell(cell(line.company(), body));
            table.addCell(cell(line.ask() + "\n" + line.categories().stream().map(c -> c.label(locale))
                    .collect(Collectors.joining(", ")), body));
            table.addCell(cell(BriefingText.recommended(line, locale), body));
            table.addCell(cell(BriefingText.decided(line, locale), body));
            table.addCell(cell(line.reply() == null ? tr(t, "briefing.noReply") : line.reply(), body));
            table.addCell(cell(BriefingText.followUps(line), body));
        }
        if (briefing.lines().isEmpty()) {
            PdfPCell none = cell(tr(t, "briefing.empty"), body);
            none.setColspan(6);
            table.addCell(none);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPadding(3);
        return cell;
    }

    private static String tr(BiFunction<String, Object[], String> t, String key, Object... args) {
        return t.apply(key, args);
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = BriefingPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("the briefing's Korean font " + FONT + " is missing from the classpath");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }
}
