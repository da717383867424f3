package kr.oneteam.app.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;

/** Test help over the proposal schema: the fields that hold a value, and the node at a field's path. */
public final class SchemaLeaves {

    private SchemaLeaves() {
    }

    /** Every field that holds a value; for a list of objects its members ({@code consortium.name}). */
    public static List<ProposalField> of(ProposalSchema schema) {
        return schema.allFields().stream()
                .filter(f -> f.kind() != ProposalField.Kind.BLOCK && f.kind() != ProposalField.Kind.ITEMS).toList();
    }

    /** The node at a field path; through a list of objects, its first item. */
    public static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.isArray() ? node.path(0).path(part) : node.path(part);
        }
        return node;
    }
}
