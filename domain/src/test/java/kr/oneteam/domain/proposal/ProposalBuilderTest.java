package kr.oneteam.domain.proposal;

import kr.oneteam.domain.support.Fixtures;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input to a proposal is refused with an IllegalArgumentException that names the field. The blocks' limits
 * ({@code compute.quantity} …) are the schema's alone since the proposal is stored as its document (decision 061):
 * the intake checks them ({@code ValidationRulesTest}); the entity checks what it keeps as columns.
 */
class ProposalBuilderTest {

    private ProposalBuilder valid() {
        return Fixtures.minimal(Fixtures.company("검증"), "VAL-1");
    }

    @Test
    void a_valid_proposal_is_new_and_keeps_its_document_as_given() {
        String document = "{\"title\":\"<script>alert(1)</script> 그대로\"}";
        Proposal p = valid().content(document).build(CLOCK);
        assertThat(p.getStatus().name()).isEqualTo("NEW");
        assertThat(p.getContent()).isEqualTo(document);
        assertThat(p.getCompanyName()).isEqualTo("검증");
        assertThat(p.getSizeClass()).isEqualTo(SizeClass.SME);
        assertThat(p.getRegion()).isEqualTo(Region.CAPITAL);
    }

    @Test
    void missing_required_fields_are_named() {
        assertThatThrownBy(() -> valid().receivedAt(null).build(CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivedAt");
        assertThatThrownBy(() -> valid().channel(null).build(CLOCK)).hasMessageContaining("channel");
        assertThatThrownBy(() -> valid().stage(null).build(CLOCK)).hasMessageContaining("stage");
        assertThatThrownBy(() -> valid().title(" ").build(CLOCK)).hasMessageContaining("title");
        assertThatThrownBy(() -> valid().categories(Set.of()).build(CLOCK)).hasMessageContaining("categories");
        assertThatThrownBy(() -> valid().content(null).build(CLOCK)).hasMessageContaining("content");
        assertThatThrownBy(() -> valid().company(Fixtures.company("x"), null, Region.CAPITAL).build(CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("company.sizeClass");
        assertThatThrownBy(() -> valid().company(Fixtures.company("x"), SizeClass.SME, null).build(CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("company.region");
    }

    @Test
    void limits_of_intake_are_checked() {
        assertThatThrownBy(() -> valid().title("가".repeat(Proposal.TITLE_MAX + 1)).build(CLOCK))
                .hasMessageContaining("title is longer than 200");
        assertThat(valid().title("😀".repeat(Proposal.TITLE_MAX)).build(CLOCK).getTitle()).hasSize(2 * Proposal.TITLE_MAX);
        assertThatThrownBy(() -> valid().externalRef("x".repeat(65)).build(CLOCK)).hasMessageContaining("externalRef");
        assertThatThrownBy(() -> valid().content("x".repeat(Proposal.CONTENT_MAX + 1)).build(CLOCK))
                .hasMessageContaining("content");
        assertThatThrownBy(() -> valid().content(" ").build(CLOCK)).hasMessageContaining("content");
    }
}
