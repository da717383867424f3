package kr.oneteam.app.proposal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Proposals for test fixtures, made the way the intake makes them: a document of the contract, bound by
 * {@link ProposalBinder}, turned into the entity by {@link ProposalEntities#toEntity} — so that a fixture's stored
 * document is one the readers read (decision 061), not a second hand-written shape.
 */
public final class TestProposals {

    private TestProposals() {
    }

    /** The required fields; add blocks with {@code putObject("compute")…} before {@link #entity}. */
    public static ObjectNode document(OffsetDateTime receivedAt, Channel channel, String companyName, SizeClass size,
                                      Region region, String title, String text, Set<Category> categories, Stage stage) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("receivedAt", receivedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        d.put("channel", channel.name());
        d.putObject("company").put("name", companyName).put("sizeClass", size.name()).put("region", region.name());
        d.put("title", title);
        d.put("text", text);
        var array = d.putArray("categories");
        categories.forEach(c -> array.add(c.name()));
        d.put("stage", stage.name());
        return d;
    }

    /** {@code document} (valid, without nulls) as a new entity of {@code company}. */
    public static Proposal entity(Company company, Clock clock, ObjectNode document) {
        return ProposalEntities.toEntity(ProposalBinder.standard().bind(document), company, clock);
    }
}
