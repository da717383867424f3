package kr.oneteam.app.intake;


import java.util.List;

/** A submitted proposal (or a request parameter) broke the contract; answered 400 listing every field. */
public class InvalidProposalException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidProposalException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
