package kr.oneteam.app.impact;

import java.util.List;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * One stored proposal whose outcome the draft changes: per programme, or because the rules now fail (or no
 * longer fail) on it. {@code open} proposals would be re-routed by a publication; {@code decided} ones keep their
 * decisions and are listed for a second look.
 */
public record ProposalChange(long proposalId, String companyName, String title, ProposalStatus status,
                             boolean open, boolean decided, String failureBefore, String failureAfter,
                             List<ProgrammeChange> programmes) {

    public ProposalChange {
        programmes = List.copyOf(programmes);
    }

    /** The proposal's page (ProposalView's route). */
    public String link() {
        return "proposals/" + proposalId;
    }
}
