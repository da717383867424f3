package kr.oneteam.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.app.proposal.ProposalJson;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored proposal written as the {@code proposal} cell of a scenario row ({@code field=value; …} with the
 * field paths of INTAKE.md, sets joined by {@code |}), so that "this proposal must keep routing like this"
 * becomes a case of the ruleset's own scenarios. Free text loses the two characters the cell syntax uses
 * ({@code ;} and {@code |}) and its line breaks. It walks the schema over the proposal's document (decision 061),
 * so a new field of the contract is written without a line here; false flags and absent values are left out
 * (a scenario's neutral default), a list of objects is written as its members' vocabulary values joined by
 * {@code :} ({@code consortium=SME:LEAD|LARGE:MEMBER}, the scenario syntax).
 */
final class ProposalScenario {

    private ProposalScenario() {
    }

    static String cell(ProposalForm p) {
        List<String> f = new ArrayList<>();
        write(f, ProposalSchema.standard().fields(), ProposalJson.tree(p));
        return String.join("; ", f);
    }

    private static void write(List<String> cell, List<ProposalField> fields, JsonNode object) {
        for (ProposalField field : fields) {
            JsonNode value = object.path(field.name());
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            switch (field.kind()) {
                case BLOCK -> write(cell, field.children(), value);
                case ITEMS -> add(cell, field.path(), items(field, value));
                case CHOICES, LIST -> add(cell, field.path(), join(value));
                case FLAG -> add(cell, field.path(), value.booleanValue() ? "true" : null);
                case INTEGER, DECIMAL -> add(cell, field.path(), value.decimalValue().toPlainString());
                default -> add(cell, field.path(), text(value.asText()));
            }
        }
    }

    /** Each item as the values of its vocabulary members, in schema order, joined by {@code :}. */
    private static String items(ProposalField field, JsonNode items) {
        List<String> written = new ArrayList<>();
        for (JsonNode item : items) {
            List<String> values = new ArrayList<>();
            for (ProposalField member : field.children()) {
                if (member.kind() == ProposalField.Kind.CHOICE && item.hasNonNull(member.name())) {
                    values.add(item.get(member.name()).asText());
                }
            }
            written.add(String.join(":", values));
        }
        return written.isEmpty() ? null : String.join("|", written);
    }

    private static void add(List<String> cell, String path, String value) {
        if (value != null && !value.isBlank()) {
            cell.add(path + "=" + value);
        }
    }

    private static String join(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(text(v.asText())));
        return texts.isEmpty() ? null : String.join("|", texts);
    }

    private static String text(String value) {
        return value == null ? null : value.replaceAll("[;|\\r\\n]+", " ").strip();
    }
}
