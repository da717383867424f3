package kr.oneteam.app.workspace;

import kr.oneteam.rules.Allocation;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.RulesetProblem;
import kr.oneteam.rules.scenario.ScenarioCase;
import kr.oneteam.rules.scenario.ScenarioFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file as rows for the grid, and back: the same CSV dialect as the rules module's
 * {@link ScenarioFile} (header {@code case,description,proposal,expect}, {@code #} comments). Comment lines are
 * kept with the row below them, so writing the rows back loses nothing an analyst wrote. Running a row
 * reads it with {@link ScenarioFile} exactly as the gate does and routes it with the draft's compiled ruleset.
 */
public final class ScenarioTable {

    static final String HEADER = "case,description,proposal,expect";

    private ScenarioTable() {
    }

    /** The rows, with the comments above the header and after the last row. */
    public record Rows(String headerComment, List<ScenarioRow> rows, String trailer) {

        /** The file written back from these rows. */
        public String text() {
            return write(headerComment, rows, trailer);
        }
    }

    public static Rows read(String file, String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<ScenarioRow> rows = new ArrayList<>();
        String headerComment = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    headerComment = record.getComment();
                    header = false;
                    if (!String.join(",", record.toList()).equals(HEADER)) {
                        throw new WorkspaceRefused("workspace.refused.scenarioHeader", file + ":" + record.getRecordNumber()
                                + ": the header must be " + HEADER, file);
                    }
                    continue;
                }
                if (record.size() != 4) {
                    throw new WorkspaceRefused("workspace.refused.scenarioRow", file + ":" + parser.getCurrentLineNumber()
                            + ": a row has 4 columns, this one " + record.size(), file + ":" + parser.getCurrentLineNumber(),
                            record.size());
                }
                rows.add(new ScenarioRow(record.getComment(), record.get(0), record.get(1), record.get(2), record.get(3),
                        (int) parser.getCurrentLineNumber()));
            }
            return new Rows(headerComment, rows, parser.getTrailerComment());
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new WorkspaceRefused("workspace.refused.scenarioCsv", file + ": not a readable CSV file: "
                    + e.getMessage(), file);
        }
    }

    /** Writes the rows back: the header's comments, the header, each row with its comments, the trailing comments. */
    public static String write(String headerComment, List<ScenarioRow> rows, String trailer) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            if (headerComment != null) {
                printer.printComment(headerComment);
            }
            out.append(HEADER).append('\n');
            for (ScenarioRow row : rows) {
                if (row.getComment() != null) {
                    printer.printComment(row.getComment());
                }
                printer.printRecord(row.getName(), row.getDescription(), row.getProposal(), row.getExpect());
            }
            if (trailer != null) {
                printer.printComment(trailer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What one row gave: passed, the actual outcome in the expect cell's syntax, the differences or the row's problem. */
    public record RowResult(ScenarioRow row, boolean passed, String actual, List<String> differences) {
    }

    /** Runs rows through {@code router} in one call, each read as the gate reads it. */
    public static List<RowResult> run(String file, List<ScenarioRow> rows, Router router) {
        List<RowResult> results = new ArrayList<>();
        List<ScenarioCase> cases = new ArrayList<>();
        List<ScenarioRow> runnable = new ArrayList<>();
        RowResult[] byIndex = new RowResult[rows.size()];
        int[] caseIndex = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ScenarioRow row = rows.get(i);
            String one = write(null, List.of(row), null);
            ScenarioFile.Parsed parsed = ScenarioFile.parse(file, one, i + 1L);
            if (!parsed.problems().isEmpty() || parsed.cases().isEmpty()) {
                byIndex[i] = new RowResult(row, false, "", parsed.problems().stream()
                        .map(RulesetProblem::message).toList());
                caseIndex[i] = -1;
            } else {
                caseIndex[i] = cases.size();
                cases.add(parsed.cases().get(0));
                runnable.add(row);
            }
        }
        List<RoutedProposal> routed = cases.isEmpty() ? List.of()
                : router.routeAll(cases.stream().map(ScenarioCase::proposal).toList());
        for (int i = 0; i < rows.size(); i++) {
            if (byIndex[i] == null) {
                ScenarioCase c = cases.get(caseIndex[i]);
                RoutedProposal outcome = routed.get(caseIndex[i]);
                List<String> differences = outcome.failed()
                        ? List.of("rule " + outcome.failure().rule() + " failed on this case: " + outcome.failure().message())
                        : c.expectation().differences(outcome);
                byIndex[i] = new RowResult(rows.get(i), differences.isEmpty(), expectation(outcome), differences);
            }
            results.add(byIndex[i]);
        }
        return results;
    }

    /**
     * An outcome written as an {@code expect} cell that it passes exactly: each programme with its eligibility,
     * allocation, score and rules, or {@code none}.
     */
    public static String expectation(RoutedProposal outcome) {
        if (outcome.failed()) {
            return "";
        }
        if (outcome.recommendations().isEmpty()) {
            return "none";
        }
        List<String> items = new ArrayList<>();
        for (RoutedRecommendation r : outcome.recommendations()) {
            StringBuilder item = new StringBuilder(r.programme()).append(' ').append(r.eligibility().name());
            Allocation a = r.allocation();
            if (a != null) {
                if (a.gpus() != null) {
                    item.append(" gpus=").append(a.gpus());
                }
                if (a.months() != null) {
                    item.append(" months=").append(a.months());
                }
                if (a.selfPayPercent() != null) {
                    item.append(" selfPay=").append(a.selfPayPercent());
                }
                if (a.krw() != null) {
                    item.append(" krw=").append(a.krw());
                }
            }
            item.append(" score=").append(r.score());
            if (!r.rules().isEmpty()) {
                item.append(" rules=").append(String.join("+", r.rules()));
            }
            items.add(item.toString());
        }
        return String.join("; ", items);
    }
}
