package kr.oneteam.app.intake;

import kr.oneteam.domain.proposal.ProposalSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The proposal contract (decision 060) and its validator, one of each for the whole application. */
@Configuration
class ContractConfig {

    @Bean
    ProposalSchema proposalSchema() {
        return ProposalSchema.standard();
    }

    @Bean
    ProposalValidator proposalValidator(ProposalSchema schema) {
        return schema == ProposalSchema.standard() ? ProposalValidator.standard() : new ProposalValidator(schema);
    }
}
