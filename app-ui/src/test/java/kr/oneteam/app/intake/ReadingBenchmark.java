package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read and check, old and new back to back in one JVM: the schema-driven reader (decision 060: the compiled schema
 * checks, named checks, binding straight from the tree) against the hand reader it replaced, over the same 10,000
 * demo-based proposals, after a warm-up; prints proposals per second and new/old, and for reference the reader on
 * the maintained validator (networknt, which the first schema reader used; it read at 0.23× of the hand reader). Not part of {@code mvn verify}:
 * {@code mvn -B -pl app-ui -am test -Dgroups=benchmark -Dtest=ReadingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.excludedGroups=none}
 */
@Tag("benchmark")
class ReadingBenchmark {

    private static final int SIZE = Integer.getInteger("benchmark.size", 10_000);
    private static final int ROUNDS = 5;

    @Test
    void the_schema_reader_against_the_hand_reader() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Set<String> programmes = Set.of("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10", "P11",
                "P12", "P13", "P14", "P15", "P16", "BACKLOG");
        ProposalReader schemaReader = new ProposalReader(clock, () -> programmes);
        ProposalReader validatorReader = new ProposalReader(clock, () -> programmes, ProposalValidator.standard());
        HandProposalReader handReader = new HandProposalReader(clock, () -> programmes);
        List<JsonNode> items = items();
        for (JsonNode item : items) {
            assertThat(schemaReader.read(item, programmes).problems()).as(item.toString()).isEmpty();
            assertThat(handReader.read(item, programmes).problems()).isEmpty();
        }
        double oldRate = 0;
        double newRate = 0;
        double validatorRate = 0;
        for (int round = 0; round < ROUNDS; round++) {   // alternate, keep the best of each: the machine is shared
            long t0 = System.nanoTime();
            for (JsonNode item : items) {
                handReader.read(item, programmes);
            }
            long t1 = System.nanoTime();
            for (JsonNode item : items) {
                schemaReader.read(item, programmes);
            }
            long t2 = System.nanoTime();
            for (JsonNode item : items) {
                validatorReader.read(item, programmes);
            }
            long t3 = System.nanoTime();
            oldRate = Math.max(oldRate, items.size() / ((t1 - t0) / 1e9));
            newRate = Math.max(newRate, items.size() / ((t2 - t1) / 1e9));
            validatorRate = Math.max(validatorRate, items.size() / ((t3 - t2) / 1e9));
        }
        // where the new reader's time goes (best of the rounds, each part alone over all items)
        CompiledSchema checks = CompiledSchema.standard();
        kr.oneteam.app.proposal.ProposalBinder binder = kr.oneteam.app.proposal.ProposalBinder.standard();
        long checkNanos = Long.MAX_VALUE;
        long bindNanos = Long.MAX_VALUE;
        long readNanos = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long v0 = System.nanoTime();
            items.forEach(checks::check);
            long v1 = System.nanoTime();
            items.forEach(binder::bind);
            long v2 = System.nanoTime();
            items.forEach(item -> schemaReader.read(item, programmes));
            long v3 = System.nanoTime();
            checkNanos = Math.min(checkNanos, v1 - v0);
            bindNanos = Math.min(bindNanos, v2 - v1);
            readNanos = Math.min(readNanos, v3 - v2);
        }
        System.out.printf("new reader split: schema checks (with characters) %.1f µs, bind %.1f µs, whole read %.1f µs"
                + " per item (the rest: named checks)%n",
                checkNanos / 1e3 / items.size(), bindNanos / 1e3 / items.size(), readNanos / 1e3 / items.size());
        System.out.printf("%nREADING BENCHMARK (%d proposals, best of %d alternating rounds, one JVM)%n"
                + "hand reader (old): %8.0f proposals/s%nschema reader (new): %8.0f proposals/s → new/old = %.2f×%n"
                + "reader on the maintained validator (reference): %8.0f proposals/s → %.2f× of old%n%n",
                items.size(), ROUNDS, oldRate, newRate, newRate / oldRate, validatorRate, validatorRate / oldRate);
    }

    private static List<JsonNode> items() throws Exception {
        JsonNode demo;
        try (InputStream in = ReadingBenchmark.class.getResourceAsStream("/demo/kosa-2025-07-08.json")) {
            demo = new ObjectMapper().readTree(in);
        }
        List<JsonNode> items = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            ObjectNode item = demo.get(i % demo.size()).deepCopy();
            item.put("externalRef", "READ-" + i);
            items.add(item);
        }
        return items;
    }
}
