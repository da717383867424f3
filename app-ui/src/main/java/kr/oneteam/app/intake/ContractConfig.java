package kr.oneteam.app.intake;

import kr.oneteam.app.proposal.ProposalBinder;
import kr.oneteam.domain.proposal.ProposalSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The proposal contract (decision 060) its compiled checks and its binder, one of each for the whole application. */
@Configuration
class ContractConfig {

    @Bean
    ProposalSchema proposalSchema() {
        return ProposalSchema.standard();
    }

    @Bean
    SchemaCheck schemaCheck(ProposalSchema schema) {
        return schema == ProposalSchema.standard() ? CompiledSchema.standard() : new CompiledSchema(schema);
    }

    @Bean
    ProposalBinder proposalBinder(ProposalSchema schema) {
        return schema == ProposalSchema.standard() ? ProposalBinder.standard() : new ProposalBinder(schema);
    }
}
