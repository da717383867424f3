package kr.oneteam.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.app.proposal.ProposalJson;
import kr.oneteam.app.routing.RulesFacts;
import kr.oneteam.app.proposal.SchemaLeaves;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored proposal written as a scenario cell ({@link ProposalScenario}, walking the schema) and read back by the
 * rules' scenario reader ({@code ProposalSpec}, walking the facts' builders) gives the rules the same facts as the
 * proposal itself — for every field of the schema, so a field added to the contract and the facts travels into
 * analysts' scenarios with no line in either (decision 061). Only the consortium members' names are made up.
 */
class ProposalScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProposalSchema SCHEMA = ProposalSchema.standard();

    private static final String FULL = """
            { "externalRef": "SCN-1", "receivedAt": "2025-12-31T15:30:00+09:00", "channel": "PORTAL",
              "company": { "name": "시나리오AI", "bizRegNo": "987-65-43215", "sizeClass": "SME",
                "startup": true, "venture": true, "youthFounded": true, "region": "NON_CAPITAL",
                "valueChain": ["AI_CHIP", "AI_SERVICE"], "supplierRoles": ["DATA_SUPPLIER"], "currentAwards": ["P01", "P13"] },
              "title": "모든 항목", "text": "GPU와 데이터, 해외진출",
              "categories": ["COMPUTE", "DATA", "GLOBAL"], "themes": ["AX"], "stage": "POC",
              "requestedAmountKrw": 50000000,
              "compute": { "accelerator": "H100", "quantity": 8, "months": 3, "workload": "PRETRAINING",
                           "independence": "FROM_SCRATCH" },
              "data": { "need": "PURCHASE", "domains": ["FINANCE", "MEDICAL"], "sensitivity": "ANONYMOUS",
                        "closedEnvironment": true, "linkage": true, "exportArtifact": "RESULTS" },
              "regulation": { "sandboxTrack": "DEMONSTRATION", "generativeAi": true, "highImpactDomain": "HEALTHCARE" },
              "procurement": { "konepsRegistered": true, "innovationProduct": "DESIGNATED", "targetAgencies": ["경찰청"] },
              "global": { "targetCountries": ["VN", "US"], "demandSite": "NEGOTIATING", "governmentBacked": true },
              "infra": { "powerMw": 2.5, "siteRegion": "NON_CAPITAL", "spectrum": "TVWS" },
              "consortium": [ { "name": "파트너", "sizeClass": "SMALL_BUSINESS", "role": "MEMBER" },
                              { "name": "리드", "sizeClass": "LARGE", "role": "LEAD" } ] }
            """;

    @Test
    void a_proposal_written_as_a_scenario_cell_reads_back_as_the_same_rule_facts() throws Exception {
        JsonNode document = SCHEMA.normalise(JSON.readTree(FULL));
        List<String> unset = SchemaLeaves.of(SCHEMA).stream().filter(f -> SchemaLeaves.at(document, f.path()).isMissingNode())
                .map(ProposalField::path).toList();
        assertThat(unset).as("fields of the schema this test's proposal does not set").isEmpty();
        ProposalForm form = ProposalJson.bind(document);

        String cell = ProposalScenario.cell(form);
        String csv = "case,description,proposal,expect\nfull,every field,\"" + cell.replace("\"", "\"\"") + "\",none\n";
        ScenarioFile.Parsed parsed = ScenarioFile.parse("scenarios/from-proposal.csv", csv, 1);
        assertThat(parsed.problems()).as(cell).isEmpty();
        Proposal fromCell = parsed.cases().get(0).proposal();
        Proposal direct = RulesFacts.of(1, form);

        List<String> differ = new ArrayList<>();
        for (ProposalField field : SchemaLeaves.of(SCHEMA)) {
            if (field.path().equals("consortium.name")) {
                continue;   // the scenario syntax names members by size and role only
            }
            String a = comparable(valueOf(direct, field.path()));
            String b = comparable(valueOf(fromCell, field.path()));
            if (!a.equals(b)) {
                differ.add(field.path() + ": proposal " + a + ", scenario " + b);
            }
        }
        assertThat(differ).as(cell).isEmpty();
        assertThat(fromCell.getConsortium()).hasSize(2);
    }

    @Test
    void false_flags_and_absent_blocks_are_left_out_of_the_cell() throws Exception {
        ProposalForm form = ProposalJson.bind(SCHEMA.normalise(JSON.readTree("""
                { "receivedAt": "2025-07-08T06:30:00Z", "channel": "MEETING",
                  "company": { "name": "작은;회사|", "sizeClass": "SME", "region": "CAPITAL" },
                  "title": "제목", "text": "본문", "categories": ["ECOSYSTEM"], "stage": "RESEARCH" }""")));
        assertThat(ProposalScenario.cell(form)).isEqualTo("receivedAt=2025-07-08T06:30:00Z; channel=MEETING;"
                + " company.name=작은 회사; company.sizeClass=SME; company.region=CAPITAL; title=제목; text=본문;"
                + " categories=ECOSYSTEM; stage=RESEARCH");
    }



    /** Follows a path by getters; through a list, every item. */
    private static Object valueOf(Object root, String path) throws Exception {
        Object value = root;
        for (String part : path.split("\\.")) {
            if (value instanceof List<?> list) {
                List<Object> each = new ArrayList<>();
                for (Object item : list) {
                    each.add(get(item, part));
                }
                value = each;
            } else if (value != null) {
                value = get(value, part);
            }
        }
        return value;
    }

    private static Object get(Object target, String name) throws Exception {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + capital, "is" + capital)) {
            try {
                Method method = target.getClass().getMethod(candidate);
                return method.invoke(target);
            } catch (NoSuchMethodException next) {
                // the other spelling
            }
        }
        throw new IllegalArgumentException("no getter for " + name + " on " + target.getClass());
    }

    private static String comparable(Object value) {
        if (value instanceof Collection<?> items && !(value instanceof List<?>)) {
            return new TreeSet<>(items.stream().map(String::valueOf).toList()).toString();
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
