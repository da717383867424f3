package kr.oneteam.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.proposal.ProposalJson;
import kr.oneteam.app.review.ProposalDetail.Block;
import kr.oneteam.app.review.ProposalDetail.Line;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a proposal's fields become the titled blocks of label/value lines the detail view lays out (h-intake's, now
 * decision 060's): by walking {@code proposal.schema.json} over the proposal's document, so a field added to the
 * schema shows up here with no change. The rest of the detail snapshot is read by {@link ProposalDetails}.
 */
public final class ProposalSnapshots {

    /** The view shows the company's own words in a panel of their own. */
    private static final Set<String> SHOWN_APART = Set.of("text");

    private ProposalSnapshots() {
    }

    public static List<Block> blocks(Proposal p) {
        return blocks(ProposalEntities.toForm(p));
    }

    /** The blocks of a proposal already read ({@link ProposalEntities#toForm}). */
    public static List<Block> blocks(kr.oneteam.app.proposal.ProposalForm form) {
        return blocks(ProposalSchema.standard(), ProposalJson.tree(form));
    }

    /**
     * The top-level fields make {@code block.proposal}; each object field a block of its own, shown when submitted
     * (the company's always); a list of objects one line per item with its values in schema order.
     */
    public static List<Block> blocks(ProposalSchema schema, JsonNode document) {
        List<Line> top = new ArrayList<>();
        List<Block> nested = new ArrayList<>();
        for (ProposalField field : schema.fields()) {
            if (SHOWN_APART.contains(field.path())) {
                continue;
            }
            JsonNode value = document.path(field.name());
            switch (field.kind()) {
                case BLOCK -> {
                    if (value.isObject()) {
                        nested.add(new Block("block." + field.name(), field.children().stream()
                                .map(child -> new Line(child.labelKey(), value(child, value.path(child.name())))).toList()));
                    }
                }
                case ITEMS -> {
                    List<Line> lines = new ArrayList<>();
                    value.forEach(item -> lines.add(new Line(field.labelKey(), field.children().stream()
                            .map(child -> value(child, item.path(child.name()))).filter(Objects::nonNull).toList())));
                    if (!lines.isEmpty()) {
                        nested.add(new Block("block." + field.name(), lines));
                    }
                }
                default -> top.add(new Line(field.labelKey(), value(field, value)));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("block.proposal", top));
        blocks.addAll(nested);
        return blocks;
    }

    /**
     * A value as the view renders it: vocabulary values as their enum constants (shown by label), sets of them as
     * lists, money as {@link Krw}, times as instants, decimals as plain text; absent as null.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object value(ProposalField field, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        return switch (field.kind()) {
            case CHOICE -> field.vocabulary() == null ? value.asText() : Enum.valueOf((Class) field.vocabulary(), value.asText());
            case CHOICES -> {
                if (field.vocabulary() == null) {   // ISO-3166 country codes
                    List<String> codes = new ArrayList<>();
                    value.forEach(v -> codes.add(v.asText()));
                    yield codes;
                }
                List<Object> values = new ArrayList<>();
                value.forEach(v -> values.add(Enum.valueOf((Class) field.vocabulary(), v.asText())));
                yield values;
            }
            case LIST -> {
                List<String> values = new ArrayList<>();
                value.forEach(v -> values.add(v.asText()));
                yield values;
            }
            case FLAG -> value.asBoolean();
            case INTEGER -> "krw".equals(field.annotation("x-format")) ? new Krw(value.longValue())
                    : value.canConvertToInt() ? (Object) value.intValue() : (Object) value.longValue();
            case DECIMAL -> value.decimalValue().toPlainString();
            case DATE_TIME -> OffsetDateTime.parse(value.asText()).toInstant();
            case BLOCK, ITEMS -> throw new IllegalArgumentException(field.path() + " is not a single value");
            default -> value.asText();
        };
    }
}
