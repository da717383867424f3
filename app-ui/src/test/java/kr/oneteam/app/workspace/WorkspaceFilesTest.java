package kr.oneteam.app.workspace;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and careless uploads: encodings, zip bombs, paths that leave the draft, and the zip going out. */
public class WorkspaceFilesTest {

    static final String DRL = "package kr.oneteam.rules.policy;\n// 한글 주석\n";

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void a_utf8_file_with_a_bom_is_read_without_it_and_windows_line_ends_become_newlines() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "// 규칙\r\npackage x;\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);

        WorkspaceFiles.Read read = WorkspaceFiles.upload("p16.drl", bytes);

        assertThat(read.problems()).isEmpty();
        assertThat(read.files()).containsExactly(Map.entry("p16.drl", "// 규칙\npackage x;\n"));
    }

    @Test
    void a_cp949_file_is_refused_with_the_line_and_column_of_the_first_bad_byte() {
        byte[] bytes = "package x;\n// 규칙\n".getBytes(Charset.forName("MS949"));

        WorkspaceFiles.Read read = WorkspaceFiles.upload("p16.drl", bytes);

        assertThat(read.refused()).isTrue();
        assertThat(read.files()).isEmpty();
        assertThat(read.problems().get(0).toString()).startsWith("p16.drl:2:4 ").contains("UTF-8").contains("CP949");
    }

    @Test
    void a_binary_file_is_refused_naming_its_line() {
        WorkspaceFiles.Read read = WorkspaceFiles.upload("x.drl", new byte[] {'a', '\n', 'b', 0, 'c'});
        assertThat(read.problems().get(0).toString()).startsWith("x.drl:2:2 ").contains("NUL");
    }

    @Test
    void a_csv_upload_goes_into_scenarios_and_other_names_are_refused() {
        assertThat(WorkspaceFiles.upload("p16.csv", "case,description,proposal,expect\n".getBytes(StandardCharsets.UTF_8))
                .files()).containsOnlyKeys("scenarios/p16.csv");
        assertThat(WorkspaceFiles.upload("notes.txt", "x".getBytes(StandardCharsets.UTF_8)).problems().get(0).toString())
                .startsWith("notes.txt:0:0 not a ruleset file");
        assertThat(WorkspaceFiles.upload("empty.drl", "  \n".getBytes(StandardCharsets.UTF_8)).problems().get(0).message())
                .isEqualTo("empty file");
    }

    @Test
    void a_zip_of_a_rules_directory_loses_its_top_folder_and_skips_what_is_no_ruleset_file() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("rules-dir/p16-talent.drl", DRL.getBytes(StandardCharsets.UTF_8));
        entries.put("rules-dir/scenarios/p16.csv", "case,description,proposal,expect\n".getBytes(StandardCharsets.UTF_8));
        entries.put("rules-dir/README.md", "notes".getBytes(StandardCharsets.UTF_8));
        entries.put("rules-dir/.p16-talent.drl.swp", "x".getBytes(StandardCharsets.UTF_8));

        WorkspaceFiles.Read read = WorkspaceFiles.upload("rules.zip", zip(entries));

        assertThat(read.problems()).isEmpty();
        assertThat(read.files()).containsOnlyKeys("p16-talent.drl", "scenarios/p16.csv");
        assertThat(read.ignored()).containsExactlyInAnyOrder("rules-dir/README.md", "rules-dir/.p16-talent.drl.swp");
    }

    @Test
    void a_zip_entry_that_would_leave_the_draft_refuses_the_whole_zip_naming_the_entry() throws IOException {
        for (String evil : List.of("../evil.drl", "/etc/evil.drl", "rules/../../evil.drl", "C:/evil.drl")) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("good.drl", DRL.getBytes(StandardCharsets.UTF_8));
            entries.put(evil, DRL.getBytes(StandardCharsets.UTF_8));

            WorkspaceFiles.Read read = WorkspaceFiles.upload("evil.zip", zip(entries));

            assertThat(read.files()).as(evil).isEmpty();
            assertThat(read.problems()).hasSize(1);
            assertThat(read.problems().get(0).file()).isEqualTo(evil);
            assertThat(read.problems().get(0).message()).contains("leave the draft");
        }
    }

    @Test
    void a_zip_bomb_stops_at_the_limit_counted_on_inflated_bytes() throws IOException {
        // 40 MB of zeros compress to about 40 KB; the zip's own size fields are not trusted.
        byte[] zeros = new byte[40 * 1024 * 1024];
        WorkspaceFiles.Read one = WorkspaceFiles.upload("bomb.zip", zip(Map.of("big.drl", zeros)));
        assertThat(one.files()).isEmpty();
        assertThat(one.problems().get(0).toString()).startsWith("big.drl:0:0 file too large when unpacked");

        Map<String, byte[]> many = new TreeMap<>();
        byte[] almost = new byte[WorkspaceFiles.MAX_FILE_BYTES - 10];
        java.util.Arrays.fill(almost, (byte) 'a');
        for (int i = 0; i < 25; i++) {
            many.put("f" + i + ".drl", almost);
        }
        WorkspaceFiles.Read total = WorkspaceFiles.upload("bombs.zip", zip(many));
        assertThat(total.files()).isEmpty();
        assertThat(total.problems().get(0).message()).contains("when unpacked");
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_as_such() {
        WorkspaceFiles.Read read = WorkspaceFiles.upload("rules.zip", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(read.refused()).isTrue();
        assertThat(read.problems().get(0).file()).isEqualTo("rules.zip");
    }

    @Test
    void a_draft_goes_out_as_a_zip_that_reads_back_the_same_files() throws IOException {
        Map<String, String> files = Map.of("p01.drl", DRL, "scenarios/a.csv", "case,description,proposal,expect\n");
        Map<String, String> back = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(WorkspaceFiles.zip(files)))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                back.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(back).isEqualTo(new TreeMap<>(files));
        assertThat(WorkspaceFiles.upload("back.zip", WorkspaceFiles.zip(files)).files()).isEqualTo(new TreeMap<>(files));
    }

    @Test
    void a_diff_names_each_changed_file_with_its_added_and_removed_lines() {
        Map<String, String> before = Map.of("a.drl", "one\ntwo\nthree\n", "gone.drl", "x\n", "same.drl", "s\n");
        Map<String, String> after = Map.of("a.drl", "one\n2\nthree\n", "new.drl", "y\n", "same.drl", "s\n");

        List<FileDiff> diffs = RulesetDiff.between(before, after);

        assertThat(diffs).extracting(FileDiff::path).containsExactly("a.drl", "gone.drl", "new.drl");
        FileDiff changed = diffs.get(0);
        assertThat(changed.change()).isEqualTo(FileDiff.Change.CHANGED);
        assertThat(changed.added()).isEqualTo(1);
        assertThat(changed.removed()).isEqualTo(1);
        assertThat(changed.lines()).contains("-two", "+2", " one");
        assertThat(diffs.get(1).change()).isEqualTo(FileDiff.Change.REMOVED);
        assertThat(diffs.get(2).change()).isEqualTo(FileDiff.Change.ADDED);
    }

    @Test
    void scenario_rows_written_back_keep_the_comments() {
        String text = "# Compute rules\ncase,description,proposal,expect\n# about 16\nA,d,categories=COMPUTE,none\n"
                + "B,\"with, comma\",categories=DATA,P08 ELIGIBLE\n# the end\n";
        ScenarioTable.Rows rows = ScenarioTable.read("scenarios/a.csv", text);

        assertThat(rows.rows()).extracting(ScenarioRow::getName).containsExactly("A", "B");
        assertThat(rows.rows().get(1).getDescription()).isEqualTo("with, comma");
        assertThat(ScenarioTable.read("scenarios/a.csv", rows.text()).rows()).extracting(ScenarioRow::getComment)
                .containsExactly("about 16", null);
        assertThat(rows.text()).startsWith("# Compute rules\ncase,description,proposal,expect\n# about 16\n")
                .contains("\"with, comma\"").endsWith("# the end\n");
    }
}
