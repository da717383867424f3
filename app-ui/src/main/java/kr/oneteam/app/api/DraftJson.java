package kr.oneteam.app.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.SortedMap;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.Validation;
import kr.oneteam.rules.RulesetProblem;

/** The drafts API's JSON shapes. */
final class DraftJson {

    private DraftJson() {
    }

    /** A draft without its files' text: what the list and the file changes answer. */
    record Summary(long id, String owner, String name, Long basedOnVersionId, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt, String hash, List<String> paths) {

        static Summary of(DraftView d) {
            return new Summary(d.id(), d.owner(), d.name(), d.basedOnVersionId(), d.createdAt(), d.updatedAt(),
                    d.hash(), List.copyOf(d.files().keySet()));
        }
    }

    /** A draft with its files by path. */
    record Document(long id, String owner, String name, Long basedOnVersionId, OffsetDateTime createdAt,
                    OffsetDateTime updatedAt, String hash, SortedMap<String, String> files) {

        static Document of(DraftView d) {
            return new Document(d.id(), d.owner(), d.name(), d.basedOnVersionId(), d.createdAt(), d.updatedAt(),
                    d.hash(), d.files());
        }
    }

    /** What an upload stored and skipped. */
    record Uploaded(Summary draft, List<String> stored, List<String> ignored) {
    }

    /** One problem, located, and as the one line {@code file:line:column message} the CLI and the UI print. */
    record Problem(String file, int line, int column, String message, String text) {

        static Problem of(RulesetProblem p) {
            return new Problem(p.file(), p.line(), p.column(), p.message(), p.toString());
        }
    }

    record Verdict(String hash, boolean passed, int ruleCount, List<Problem> problems,
                   List<Validation.ScenarioCheck> scenarios, long scenariosPassed) {

        static Verdict of(Validation v) {
            return new Verdict(v.hash(), v.passed(), v.ruleCount(), v.problems().stream().map(Problem::of).toList(),
                    v.scenarios(), v.scenariosPassed());
        }
    }
}
