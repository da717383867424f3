package kr.oneteam.app.review;

import java.util.ArrayList;
import java.util.List;
import kr.oneteam.app.review.ProposalDetail.Block;
import kr.oneteam.app.review.ProposalDetail.Line;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.proposal.CompanySnapshot;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.review.FollowUp;
import java.util.Map;

/**
 * How a proposal's fields become the titled blocks of label/value lines the detail view lays out (h-intake's:
 * one place per field). The rest of the detail snapshot is read by {@link ProposalDetails}.
 */
final class ProposalSnapshots {

    private ProposalSnapshots() {
    }

    static List<Block> blocks(Proposal p) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("block.proposal", List.of(
                new Line("field.externalRef", p.getExternalRef()),
                new Line("field.receivedAt", p.getReceivedAt().toInstant()),
                new Line("field.channel", p.getChannel()),
                new Line("field.title", p.getTitle()),
                new Line("field.categories", p.getCategories()),
                new Line("field.themes", p.getThemes()),
                new Line("field.stage", p.getStage()),
                new Line("field.requestedAmountKrw", p.getRequestedAmountKrw() == null ? null
                        : new Krw(p.getRequestedAmountKrw())))));
        CompanySnapshot c = p.getCompanySnapshot();
        blocks.add(new Block("block.company", List.of(
                new Line("field.company.name", p.getCompanyName()),
                new Line("field.company.bizRegNo", p.getCompany().getBizRegNo().map(Object::toString).orElse(null)),
                new Line("field.company.sizeClass", c.sizeClass()),
                new Line("field.company.region", c.region()),
                new Line("field.company.startup", c.startup()),
                new Line("field.company.venture", c.venture()),
                new Line("field.company.youthFounded", c.youthFounded()),
                new Line("field.company.valueChain", c.valueChain()),
                new Line("field.company.supplierRoles", c.supplierRoles()),
                new Line("field.company.currentAwards", c.currentAwards().stream().map(Object::toString).toList()))));
        p.getCompute().ifPresent(x -> blocks.add(new Block("block.compute", List.of(
                new Line("field.compute.accelerator", x.accelerator()),
                new Line("field.compute.quantity", x.quantity()),
                new Line("field.compute.months", x.months()),
                new Line("field.compute.workload", x.workload()),
                new Line("field.compute.independence", x.independence())))));
        p.getData().ifPresent(x -> blocks.add(new Block("block.data", List.of(
                new Line("field.data.need", x.need()),
                new Line("field.data.domains", x.domains()),
                new Line("field.data.sensitivity", x.sensitivity()),
                new Line("field.data.closedEnvironment", x.closedEnvironment()),
                new Line("field.data.linkage", x.linkage()),
                new Line("field.data.exportArtifact", x.exportArtifact())))));
        p.getRegulation().ifPresent(x -> blocks.add(new Block("block.regulation", List.of(
                new Line("field.regulation.sandboxTrack", x.sandboxTrack()),
                new Line("field.regulation.generativeAi", x.generativeAi()),
                new Line("field.regulation.highImpactDomain", x.highImpactDomain())))));
        p.getProcurement().ifPresent(x -> blocks.add(new Block("block.procurement", List.of(
                new Line("field.procurement.konepsRegistered", x.konepsRegistered()),
                new Line("field.procurement.innovationProduct", x.innovationProduct()),
                new Line("field.procurement.targetAgencies", x.targetAgencies())))));
        p.getGlobal().ifPresent(x -> blocks.add(new Block("block.global", List.of(
                new Line("field.global.targetCountries", x.targetCountries()),
                new Line("field.global.demandSite", x.demandSite()),
                new Line("field.global.governmentBacked", x.governmentBacked())))));
        p.getInfra().ifPresent(x -> blocks.add(new Block("block.infra", List.of(
                new Line("field.infra.powerMw", x.powerMw() == null ? null : x.powerMw().toPlainString()),
                new Line("field.infra.siteRegion", x.siteRegion()),
                new Line("field.infra.spectrum", x.spectrum())))));
        if (!p.getConsortium().isEmpty()) {
            blocks.add(new Block("block.consortium", p.getConsortium().stream()
                    .map(m -> new Line("field.consortium", List.of(m.name(), m.sizeClass(), m.role()))).toList()));
        }
        return blocks;
    }
}
