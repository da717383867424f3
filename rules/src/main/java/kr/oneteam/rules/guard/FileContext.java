package kr.oneteam.rules.guard;

import java.util.List;
import java.util.Map;

/** One DRL file being checked: its text (for positions), its vocabulary, and where refusals are collected. */
final class FileContext {

    final String file;
    final DrlText text;
    final Vocabulary vocabulary;
    private final List<GuardReport.Finding> findings;
    private final Map<String, GuardReport.ProgrammeUse> programmes;
    private final int[] tableFacts;
    /** What the ruleset matches and inserts, for the outcomes collected instead of inserted (shared by every file). */
    final CollectedOutcomes collecting;
    private int refusals;

    FileContext(String file, DrlText text, Vocabulary vocabulary, List<GuardReport.Finding> findings,
            Map<String, GuardReport.ProgrammeUse> programmes) {
        this(file, text, vocabulary, findings, programmes, new int[1], new CollectedOutcomes());
    }

    /**
     * @param tableFacts a counter shared by every file of the ruleset
     * @param collecting what every file of the ruleset matches and inserts
     */
    FileContext(String file, DrlText text, Vocabulary vocabulary, List<GuardReport.Finding> findings,
            Map<String, GuardReport.ProgrammeUse> programmes, int[] tableFacts, CollectedOutcomes collecting) {
        this.file = file;
        this.text = text;
        this.vocabulary = vocabulary;
        this.findings = findings;
        this.programmes = programmes;
        this.tableFacts = tableFacts;
        this.collecting = collecting;
    }

    /** Counts one more table fact inserted in the ruleset; returns the count. */
    int tableFact() {
        return ++tableFacts[0];
    }

    void refuse(int offset, String message) {
        int at = Math.max(0, Math.min(offset, text.length()));
        findings.add(new GuardReport.Finding(file, text.line(at), text.column(at), message));
        refusals++;
    }

    /** Refusals of this file so far: once one is reported, follow-on problems of the same expression are not. */
    int refusals() {
        return refusals;
    }

    void programme(String code, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        programmes.putIfAbsent(code, new GuardReport.ProgrammeUse(code, file, text.line(at), text.column(at)));
    }
}
