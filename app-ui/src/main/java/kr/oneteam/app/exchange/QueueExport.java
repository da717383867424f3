package kr.oneteam.app.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.queue.ProposalQueries;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports the queue as the officer filtered and sorted it — through the queue's own query layer
 * ({@link QueueService}), page by page, so the export holds exactly the rows the screen counts — with every
 * proposal's fields (as an import reads them back), its recommendations and the officers' decisions.
 */
@Service
public class QueueExport {

    /** Rows per export: the intake's batch limit, so that every export can be imported again in one file. */
    public static final int MAX_ROWS = SheetUpload.MAX_ROWS;
    private static final int PAGE = 500;

    private final QueueService queue;
    private final ProposalQueries proposals;
    private final ObjectMapper json;
    /** {@link #MAX_ROWS} unless set lower ({@code oneteam.export.max-rows}; h-insight2: tests of the cap use 20). */
    private final int maxRows;

    QueueExport(QueueService queue, ProposalQueries proposals, ObjectMapper json,
                @org.springframework.beans.factory.annotation.Value("${oneteam.export.max-rows:" + MAX_ROWS + "}") int maxRows) {
        this.queue = queue;
        this.proposals = proposals;
        this.json = json;
        this.maxRows = Math.min(Math.max(1, maxRows), MAX_ROWS);
    }

    /** The most rows an export holds. */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Writes the filtered queue to {@code out}.
     * @throws SheetRefused when the filter holds more than {@link #maxRows()} proposals — before anything is written
     */
    @PreAuthorize(Roles.READERS)
    public void export(QueueFilter filter, Sort sort, SheetFormat format, Locale locale, OutputStream out)
            throws IOException {
        long total = queue.count(filter);
        if (total > maxRows) {
            throw new SheetRefused.TooManyRows(total, maxRows);
        }
        try (SheetWriter writer = SheetWriter.of(format, out, sheetName(locale))) {
            writer.row(ExportRow.headers(locale));
            for (int page = 0; (long) page * PAGE < total; page++) {
                List<QueueRow> rows = queue.page(filter, PageRequest.of(page, PAGE, sort));
                for (QueueRow row : rows) {
                    var document = proposals.find(row.id());
                    if (document.isPresent()) {
                        JsonNode doc = json.valueToTree(document.get());
                        writer.row(ExportRow.cells(doc, locale));
                    }
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
    }

    /** {@code 제안-20261201-1530.xlsx}: the moment of the export in Asia/Seoul. */
    public static String fileName(SheetFormat format, Locale locale) {
        String stamp = LocalDateTime.now(Formats.SEOUL).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        return ("en".equals(locale.getLanguage()) ? "proposals-" : "proposals-ko-") + stamp + "." + format.extension();
    }

    static String sheetName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "Proposals" : "제안";
    }
}
