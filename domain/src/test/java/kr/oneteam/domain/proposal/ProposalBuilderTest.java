package kr.oneteam.domain.proposal;

import kr.oneteam.domain.support.Fixtures;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.DemandSite;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input to a proposal is refused with an IllegalArgumentException that names the field. */
class ProposalBuilderTest {

    private ProposalBuilder valid() {
        return Fixtures.minimal(Fixtures.company("검증"), "VAL-1");
    }

    @Test
    void a_valid_proposal_is_new_and_keeps_its_text_as_given() {
        Proposal p = valid().text("<script>alert(1)</script> 그대로").build(CLOCK);
        assertThat(p.getStatus().name()).isEqualTo("NEW");
        assertThat(p.getText()).isEqualTo("<script>alert(1)</script> 그대로");
        assertThat(p.getCompanyName()).isEqualTo("검증");
    }

    @Test
    void missing_required_fields_are_named() {
        assertThatThrownBy(() -> valid().receivedAt(null).build(CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivedAt");
        assertThatThrownBy(() -> valid().channel(null).build(CLOCK)).hasMessageContaining("channel");
        assertThatThrownBy(() -> valid().stage(null).build(CLOCK)).hasMessageContaining("stage");
        assertThatThrownBy(() -> valid().title(" ").build(CLOCK)).hasMessageContaining("title");
        assertThatThrownBy(() -> valid().categories(Set.of()).build(CLOCK)).hasMessageContaining("categories");
    }

    @Test
    void limits_of_intake_are_checked() {
        assertThatThrownBy(() -> valid().text("가".repeat(Proposal.TEXT_MAX + 1)).build(CLOCK))
                .hasMessageContaining("text is longer than 20000");
        assertThat(valid().text("가".repeat(Proposal.TEXT_MAX)).build(CLOCK).getText()).hasSize(Proposal.TEXT_MAX);
        assertThatThrownBy(() -> valid().externalRef("x".repeat(65)).build(CLOCK)).hasMessageContaining("externalRef");
        assertThatThrownBy(() -> valid().requestedAmountKrw(-1L).build(CLOCK)).hasMessageContaining("requestedAmountKrw");
        assertThatThrownBy(() -> new Compute(Accelerator.H100, 100_001, 1, null, null)).hasMessageContaining("compute.quantity");
        assertThatThrownBy(() -> new Compute(Accelerator.H100, 1, 61, null, null)).hasMessageContaining("compute.months");
        assertThatThrownBy(() -> new GlobalExpansion(List.of("XX"), DemandSite.NONE, false))
                .hasMessageContaining("global.targetCountries");
        assertThatThrownBy(() -> new Infra(new BigDecimal("10000.5"), null, null)).hasMessageContaining("infra.powerMw");
        assertThatThrownBy(() -> new CompanySnapshot(null, false, false, false, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("company.sizeClass");
    }

    @Test
    void absent_defaults_follow_intake() {
        Regulation regulation = new Regulation(null, false, null);
        assertThat(regulation.sandboxTrack().name()).isEqualTo("NONE");
        assertThat(regulation.highImpactDomain().name()).isEqualTo("NONE");
        assertThat(new GlobalExpansion(null, null, false).demandSite()).isEqualTo(DemandSite.NONE);
        assertThat(new GlobalExpansion(null, null, false).targetCountries()).isEmpty();
    }
}
