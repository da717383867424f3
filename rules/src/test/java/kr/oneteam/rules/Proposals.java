package kr.oneteam.rules;

import java.time.OffsetDateTime;
import java.util.Set;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Workload;
import kr.oneteam.rules.fact.Company;
import kr.oneteam.rules.fact.Compute;
import kr.oneteam.rules.fact.Proposal;

/** Small proposals for tests that are not about the policy itself. */
final class Proposals {

    private Proposals() {
    }

    static Proposal.Builder sme(long id, Category... categories) {
        return Proposal.builder().id(id).receivedAt(OffsetDateTime.parse("2026-01-15T10:00:00+09:00"))
                .company(Company.builder().name("테스트").sizeClass(SizeClass.SME).region(Region.CAPITAL).build())
                .title("t").text("t").stage(Stage.DEVELOPMENT).categories(Set.of(categories));
    }

    static Proposal smeAsking(long id, int gpus) {
        return sme(id, Category.COMPUTE).compute(Compute.builder().accelerator(Accelerator.H100).quantity(gpus)
                .months(3).workload(Workload.FINETUNING).build()).build();
    }

    static Proposal talent(long id) {
        return sme(id, Category.TALENT).stage(Stage.GLOBAL).build();
    }
}
