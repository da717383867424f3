package kr.oneteam.app.intake;

import kr.oneteam.app.proposal.ProposalForm;
import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.routing.ProposalRouting;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way in for proposals, used by the API and the demo loader alike: read and check, refuse
 * duplicates of an externalRef, then route and store. Nothing of a refused item is stored.
 */
@Service
public class IntakeService {

    public static final int BATCH_MAX = 10_000;

    private final ProposalReader reader;
    private final ProgrammeCodes programmeCodes;
    private final ProposalRouting routing;

    public IntakeService(ProposalReader reader, ProgrammeCodes programmeCodes, ProposalRouting routing) {
        this.reader = reader;
        this.programmeCodes = programmeCodes;
        this.routing = routing;
    }

    /**
     * @return the id of the stored proposal
     * @throws InvalidProposalException listing every invalid field
     * @throws DuplicateProposalException when its externalRef is already stored
     */
    public long submit(JsonNode json) {
        Reading reading = reader.read(json);
        if (!reading.valid()) {
            throw new InvalidProposalException(reading.problems());
        }
        ProposalForm form = reading.form();
        refuseIfStored(form.externalRef());
        try {
            return routing.routeAndStore(List.of(form)).get(0);
        } catch (DataIntegrityViolationException submittedAtTheSameMoment) {
            refuseIfStored(form.externalRef());
            throw submittedAtTheSameMoment;
        }
    }

    private void refuseIfStored(String externalRef) {
        if (externalRef != null) {
            Long existing = routing.existingIds(Set.of(externalRef)).get(externalRef);
            if (existing != null) {
                throw new DuplicateProposalException(externalRef, existing);
            }
        }
    }

    /**
     * Takes or refuses each item on its own. All items are checked first; duplicates inside the batch
     * and against the database are found with set-based queries; the valid rest is routed by one
     * engine call and stored in chunks.
     */
    public List<BatchOutcome> submitBatch(JsonNode items) {
        if (items == null || !items.isArray()) {
            throw new InvalidProposalException(List.of(FieldProblem.of("$", "intake.batch.notArray")));
        }
        if (items.size() > BATCH_MAX) {
            throw new InvalidProposalException(List.of(FieldProblem.of("$", "intake.batch.tooLarge", BATCH_MAX)));
        }
        Set<String> known = programmeCodes.known();
        List<Reading> readings = new ArrayList<>(items.size());
        items.forEach(item -> readings.add(reader.read(item, known)));

        Map<String, Long> stored = routing.existingIds(readings.stream().filter(Reading::valid)
                .map(r -> r.form().externalRef()).filter(ref -> ref != null).toList());
        Map<String, Integer> firstIndexOfRef = new HashMap<>();
        BatchOutcome[] outcomes = new BatchOutcome[readings.size()];
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading reading = readings.get(i);
            if (!reading.valid()) {
                outcomes[i] = new BatchOutcome(i, null, reading.problems());
                continue;
            }
            String ref = reading.form().externalRef();
            if (ref != null && stored.containsKey(ref)) {
                outcomes[i] = new BatchOutcome(i, null,
                        List.of(FieldProblem.of("externalRef", "intake.duplicateRef", stored.get(ref))));
            } else if (ref != null && firstIndexOfRef.putIfAbsent(ref, i) != null) {
                outcomes[i] = new BatchOutcome(i, null,
                        List.of(FieldProblem.of("externalRef", "intake.duplicateRefInBatch", firstIndexOfRef.get(ref))));
            } else {
                accepted.add(i);
            }
        }
        List<Long> ids = routing.routeAndStore(accepted.stream().map(i -> readings.get(i).form()).toList());
        for (int k = 0; k < accepted.size(); k++) {
            int index = accepted.get(k);
            outcomes[index] = new BatchOutcome(index, ids.get(k), List.of());
        }
        return List.of(outcomes);
    }
}
