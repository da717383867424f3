package kr.oneteam.app.whatif;

import java.util.List;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.fact.Compute;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.scenario.ScenarioCase;
import kr.oneteam.rules.scenario.ScenarioFile;

/** The KOSA demo proposals as facts, read from the shipped ruleset's demo scenario file (the demo JSON's fields). */
public final class DemoFacts {

    static final String FILE = "scenarios/demo-kosa-2025-07-08.csv";

    private DemoFacts() {
    }

    public static List<Proposal> all() {
        RulesetContent shipped = RulesetContent.shipped();
        ScenarioFile.Parsed parsed = ScenarioFile.parse(FILE, shipped.files().get(FILE), 1);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException(parsed.problems().toString());
        }
        return parsed.cases().stream().map(ScenarioCase::proposal).toList();
    }

    public static Proposal number(int n) {
        String ref = String.format("KOSA-20250708-%02d", n);
        return all().stream().filter(p -> ref.equals(p.getExternalRef())).findFirst().orElseThrow();
    }

    /** The proposal asking for {@code gpus} GPUs, all else as it is. */
    public static Proposal asking(Proposal p, int gpus) {
        Compute c = p.getCompute();
        return p.toBuilder().compute(Compute.builder().accelerator(c.getAccelerator()).quantity(gpus)
                .months(c.getMonths()).workload(c.getWorkload()).independence(c.getIndependence()).build()).build();
    }
}
