package kr.oneteam.app.workspace;

/**
 * One row of a scenario file as the grid edits it: the four columns, and the comment lines written above it
 * in the file (kept when the file is written back). Mutable, because the grid's editor binds to it.
 */
public class ScenarioRow {

    private String comment;
    private String name;
    private String description;
    private String proposal;
    private String expect;
    private int line;

    public ScenarioRow() {
        this(null, "", "", "", "", 0);
    }

    public ScenarioRow(String comment, String name, String description, String proposal, String expect, int line) {
        this.comment = comment;
        this.name = name;
        this.description = description;
        this.proposal = proposal;
        this.expect = expect;
        this.line = line;
    }

    public String getComment() {
        return comment;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal == null ? "" : proposal;
    }

    public String getExpect() {
        return expect;
    }

    public void setExpect(String expect) {
        this.expect = expect == null ? "" : expect;
    }

    /** The row's line in the file when it was read (0 for a new row). */
    public int getLine() {
        return line;
    }
}
