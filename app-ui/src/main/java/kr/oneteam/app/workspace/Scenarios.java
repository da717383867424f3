package kr.oneteam.app.workspace;

import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.routing.ServedRuleset;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.rules.Compilation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The scenario grid's service: a draft's scenario file as rows, written back, run row by row with the draft
 * compiled (not activated), and a stored proposal turned into a row whose expectation is what the active
 * version gives it now.
 */
@Service
public class Scenarios {

    private final Workspace workspace;
    private final WorkspaceGate gate;
    private final ProposalRepository proposals;
    private final ServedRuleset served;

    Scenarios(Workspace workspace, WorkspaceGate gate, ProposalRepository proposals, ServedRuleset served) {
        this.workspace = workspace;
        this.gate = gate;
        this.proposals = proposals;
        this.served = served;
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public ScenarioTable.Rows rows(long draftId, String file) {
        DraftView draft = workspace.open(draftId);
        String text = draft.files().get(file);
        if (text == null || !file.endsWith(".csv")) {
            throw new WorkspaceRefused("workspace.refused.noFile", "no scenario file " + file + " in the draft", file);
        }
        return ScenarioTable.read(file, text);
    }

    /** Writes the rows back into the draft's file (checked like any other save). */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public DraftView save(long draftId, String file, ScenarioTable.Rows rows) {
        return workspace.save(draftId, file, rows.text());
    }

    /** Runs rows with the draft as it is stored now; refused when the draft does not compile. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<ScenarioTable.RowResult> run(long draftId, String file, List<ScenarioRow> rows) {
        Compilation compiled = gate.compile(workspace.open(draftId).files());
        if (!compiled.passed()) {
            throw new WorkspaceRefused("workspace.refused.doesNotCompile", "the draft does not compile: "
                    + compiled.problems().get(0), compiled.problems().get(0).toString());
        }
        return ScenarioTable.run(file, rows, compiled.router());
    }

    /**
     * A stored proposal as a new scenario row; its expectation is the outcome the active version gives the
     * row (so the row passes under the active version, and a draft that changes that outcome fails it).
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public ScenarioRow fromProposal(long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> new WorkspaceRefused(
                "workspace.refused.noProposal", "no proposal #" + proposalId, proposalId));
        String ref = proposal.getExternalRef() == null ? "#" + proposalId : proposal.getExternalRef();
        ScenarioRow row = new ScenarioRow(null, "제안 " + ref + " (#" + proposalId + ")",
                proposal.getTitle() == null ? "" : proposal.getTitle().replaceAll("[\\r\\n]+", " "),
                ProposalScenario.cell(ProposalEntities.toForm(proposal)), "none", 0);
        ScenarioTable.RowResult now = ScenarioTable.run("scenarios/from-proposal.csv", List.of(row),
                served.current().router()).get(0);
        if (now.actual().isEmpty()) {
            throw new WorkspaceRefused("workspace.refused.proposalRow", "proposal #" + proposalId
                    + " cannot be written as a scenario row: " + String.join("; ", now.differences()), proposalId,
                    String.join("; ", now.differences()));
        }
        row.setExpect(now.actual());
        return row;
    }
}
