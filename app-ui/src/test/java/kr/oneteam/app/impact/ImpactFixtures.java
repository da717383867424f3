package kr.oneteam.app.impact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import kr.oneteam.rules.RulesetContent;

/** Proposals and drafts for the simulation's tests and benchmark. */
public final class ImpactFixtures {

    /** The named cap of the shipped P01 rule (caps.drl) that the walk-through raises from 16 to 32 GPUs. */
    static final String P01_CAP = "p01MaxGpus : int = 16";
    static final String P01_FILE = "caps.drl";

    private ImpactFixtures() {
    }

    /** The shipped ruleset with P01's cap raised to 32 GPUs: SMEs asking 17–32 GPUs gain P01. */
    public static Map<String, String> p01RaisedTo32() {
        Map<String, String> files = new HashMap<>(RulesetContent.shipped().files());
        String path = files.keySet().stream().filter(p -> p.endsWith(P01_FILE)).findFirst().orElseThrow();
        String drl = files.get(path);
        if (!drl.contains(P01_CAP)) {
            throw new IllegalStateException(path + " no longer says '" + P01_CAP + "': update the fixture");
        }
        files.put(path, drl.replace(P01_CAP, "p01MaxGpus : int = 32"));
        return files;
    }

    /** The demo proposals in turn, each with its own externalRef, company, and GPU quantities from 1 to 64. */
    public static ArrayNode proposals(String prefix, int from, int count) {
        JsonNode demo = demo();
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = from; i < from + count; i++) {
            ObjectNode item = demo.get(i % demo.size()).deepCopy();
            item.put("externalRef", prefix + "-" + i);
            ((ObjectNode) item.get("company")).put("name", "기업 " + (i % 500));
            if (item.hasNonNull("compute")) {
                ((ObjectNode) item.get("compute")).put("quantity", 1 + (i * 7) % 64);
            }
            batch.add(item);
        }
        return batch;
    }

    private static JsonNode demo() {
        try (InputStream in = ImpactFixtures.class.getResourceAsStream("/demo/kosa-2025-07-08.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
