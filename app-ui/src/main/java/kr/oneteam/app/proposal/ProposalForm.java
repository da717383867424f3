package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Theme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A proposal as submitted (INTAKE.md), after every check passed. Optional blocks are null when the
 * client sent none. It is also the shape in which a stored proposal is shown back.
 */
public record ProposalForm(
        String externalRef,
        OffsetDateTime receivedAt,
        Channel channel,
        CompanyForm company,
        String title,
        String text,
        Set<Category> categories,
        Set<Theme> themes,
        Stage stage,
        Long requestedAmountKrw,
        ComputeForm compute,
        DataForm data,
        RegulationForm regulation,
        ProcurementForm procurement,
        GlobalForm global,
        InfraForm infra,
        List<ConsortiumForm> consortium) {
}
