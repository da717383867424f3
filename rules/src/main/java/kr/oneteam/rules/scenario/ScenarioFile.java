package kr.oneteam.rules.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.rules.RulesetProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one scenario CSV: a header of exactly {@code case,description,proposal,expect}, then one case per
 * row; lines starting with {@code #} are comments. Every unreadable row is reported with its line, not
 * just the first, so that an analyst fixes a file in one go.
 */
public final class ScenarioFile {

    static final List<String> COLUMNS = List.of("case", "description", "proposal", "expect");

    private ScenarioFile() {
    }

    /** The cases of a file, and the problems that kept rows out. Ids are assigned from {@code firstId}. */
    public record Parsed(List<ScenarioCase> cases, List<RulesetProblem> problems) {
    }

    public static Parsed parse(String file, String content, long firstId) {
        List<ScenarioCase> cases = new ArrayList<>();
        List<RulesetProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        String[] lines = content.split("\n", -1);
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = null;
            Map<String, Integer> names = new HashMap<>();
            long id = firstId;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (header == null) {
                    header = record.toList();
                    if (!header.equals(COLUMNS)) {
                        problems.add(new RulesetProblem(file, line, 1, "scenario header must be exactly "
                                + String.join(",", COLUMNS) + " but is " + String.join(",", header)));
                        return new Parsed(List.of(), problems);
                    }
                    continue;
                }
                if (record.size() != COLUMNS.size()) {
                    problems.add(new RulesetProblem(file, line, 1, "row has " + record.size() + " columns, expected "
                            + COLUMNS.size() + " (" + String.join(",", COLUMNS) + "); quote cells that contain commas"));
                    continue;
                }
                String name = record.get(0);
                if (name.isBlank()) {
                    problems.add(new RulesetProblem(file, line, 1, "case name is empty"));
                    continue;
                }
                Integer first = names.putIfAbsent(name, line);
                if (first != null) {
                    problems.add(new RulesetProblem(file, line, 1, "case name '" + name + "' already used on line " + first));
                    continue;
                }
                try {
                    cases.add(new ScenarioCase(file, line, name, record.get(1),
                            ProposalSpec.proposal(id++, ProposalSpec.fields(record.get(2))),
                            Expectation.parse(record.get(3))));
                } catch (ScenarioException | IllegalArgumentException | NullPointerException e) {
                    problems.add(new RulesetProblem(file, line, columnOf(lines, line, e.getMessage()),
                            "case '" + name + "': " + e.getMessage()));
                }
            }
            if (header == null) {
                problems.add(new RulesetProblem(file, 1, 1, "no header: expected " + String.join(",", COLUMNS)));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new RulesetProblem(file, 0, 0, "not a readable CSV file: " + e.getMessage()));
        }
        return new Parsed(cases, problems);
    }

    /** The column of the first 'quoted' word of a message in the row's line (e.g. an unknown field), else 1. */
    private static int columnOf(String[] lines, int line, String message) {
        if (message == null || line < 1 || line > lines.length) {
            return 1;
        }
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
        if (close <= open + 1) {
            return 1;
        }
        int at = lines[line - 1].indexOf(message.substring(open + 1, close));
        return at < 0 ? 1 : at + 1;
    }
}
