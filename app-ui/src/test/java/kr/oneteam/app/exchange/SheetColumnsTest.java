package kr.oneteam.app.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kr.oneteam.domain.proposal.ProposalSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sheet's input columns are read off the proposal schema; what users already hold is the published format.
 * {@code sheet-columns-v1.tsv} is that format as the hand-written column list of decision 110 gave it: every column
 * of it must still be read the same way (header, kind, vocabulary, required) and in the same order, so a template
 * downloaded before stays importable; a field added later may only add columns.
 */
class SheetColumnsTest {

    @Test
    void every_column_of_the_published_format_is_still_there_the_same_and_in_its_order() throws IOException {
        List<String[]> published = publishedColumns();
        assertThat(published).hasSize(43);
        List<SheetColumn> input = SheetColumns.INPUT;
        int previous = -1;
        for (String[] row : published) {
            SheetColumn column = SheetColumns.byPath(row[0]).orElse(null);
            assertThat(column).as("published column %s", row[0]).isNotNull();
            assertThat(column.kind().name()).as("kind of %s", row[0]).isEqualTo(row[1]);
            assertThat(column.vocabulary() == null ? "" : column.vocabulary().getSimpleName())
                    .as("vocabulary of %s", row[0]).isEqualTo(row[2]);
            assertThat(column.header(Locale.KOREAN)).as("Korean header of %s", row[0]).isEqualTo(row[3]);
            assertThat(column.header(Locale.ENGLISH)).as("English header of %s", row[0]).isEqualTo(row[4]);
            assertThat(column.required()).as("required %s", row[0]).isEqualTo(Boolean.parseBoolean(row[5]));
            assertThat(input.indexOf(column)).as("%s comes after the published column before it", row[0])
                    .isGreaterThan(previous);
            previous = input.indexOf(column);
        }
    }

    @Test
    void an_old_template_header_row_still_maps_every_column() throws IOException {
        for (String[] row : publishedColumns()) {
            assertThat(SheetColumns.byHeader(row[3])).as(row[3]).map(SheetColumn::path).contains(row[0]);
            assertThat(SheetColumns.byHeader(" " + row[4].toUpperCase(Locale.ROOT) + " ")).as(row[4])
                    .map(SheetColumn::path).contains(row[0]);
        }
    }

    @Test
    void headers_are_unique_in_each_language_and_never_a_path_of_another_column() {
        List<SheetColumn> all = SheetColumns.all();
        assertThat(all.stream().map(SheetColumn::korean).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().map(SheetColumn::english).map(h -> h.toLowerCase(Locale.ROOT)).distinct().count())
                .isEqualTo(all.size());
        for (SheetColumn column : all) {
            assertThat(SheetColumns.byHeader(column.korean())).as(column.korean()).contains(column);
            assertThat(SheetColumns.byHeader(column.path())).as(column.path()).contains(column);
        }
    }

    @Test
    void a_field_added_to_the_schema_is_a_column_and_one_without_headers_is_refused_by_name() {
        ObjectNode tree = ProposalSchema.standard().json();
        ObjectNode infra = (ObjectNode) tree.path("$defs").path("infra").path("properties");
        infra.putObject("coolingKw").put("type", "integer").put("minimum", 0)
                .putArray("x-sheet").add("냉각 용량(kW)").add("Cooling (kW)");
        List<SheetColumn> columns = SheetColumns.fromSchema(ProposalSchema.of(tree));
        SheetColumn cooling = columns.stream().filter(c -> c.path().equals("infra.coolingKw")).findFirst().orElseThrow();
        assertThat(cooling.kind()).isEqualTo(ColumnKind.INTEGER);
        assertThat(cooling.header(Locale.KOREAN)).isEqualTo("냉각 용량(kW)");
        assertThat(cooling.required()).isFalse();
        assertThat(columns).hasSize(SheetColumns.INPUT.size() + 1);

        infra.putObject("heatReuse").put("type", "boolean");
        assertThatThrownBy(() -> SheetColumns.fromSchema(ProposalSchema.of(tree)))
                .hasMessageContaining("infra.heatReuse").hasMessageContaining("x-sheet");
    }

    private static List<String[]> publishedColumns() throws IOException {
        try (InputStream in = SheetColumnsTest.class.getResourceAsStream("sheet-columns-v1.tsv")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1)).toList();
        }
    }
}
