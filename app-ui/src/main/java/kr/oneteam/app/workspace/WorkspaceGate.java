package kr.oneteam.app.workspace;

import kr.oneteam.app.routing.RulesetRouters;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.scenario.ScenarioRun;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules gate as the workspace uses it: the whole gate for validation and publication requests (what
 * {@code RulesetPublication} runs again when a request is approved), and a compile without scenarios for
 * running single scenario rows. Compiled drafts are kept by hash for the last few, so running row after
 * row of one draft compiles it once.
 */
@Component
class WorkspaceGate {

    private static final int KEPT = 6;

    private final RulesetRouters routers;
    private final Map<String, Router> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Router> eldest) {
            return size() > KEPT;
        }
    };

    WorkspaceGate(RulesetRouters routers) {
        this.routers = routers;
    }

    public Validation validate(Map<String, String> files) {
        Compilation verdict = routers.checkDraft(files);
        ScenarioRun run = verdict.scenarios();
        List<Validation.ScenarioCheck> scenarios = run == null ? List.of() : run.results().stream()
                .map(r -> new Validation.ScenarioCheck(r.scenario().file(), r.scenario().line(), r.scenario().name(),
                        r.passed(), r.differences()))
                .toList();
        if (verdict.passed()) {
            synchronized (compiled) {
                compiled.put(verdict.hash(), verdict.router());
            }
        }
        return new Validation(verdict.hash(), verdict.passed(),
                verdict.passed() ? verdict.router().ruleset().ruleCount() : 0, verdict.problems(), scenarios,
                verdict.coverage());
    }

    /** The draft compiled without its scenarios (to run rows of a scenario being edited), or its problems. */
    Compilation compile(Map<String, String> files) {
        RulesetContent content = RulesetContent.of("workspace", files);
        Optional<Router> kept;
        synchronized (compiled) {
            kept = Optional.ofNullable(compiled.get(content.hash()));
        }
        if (kept.isPresent()) {
            return new Compilation(content.hash(), kept.get(), List.of(), null);
        }
        Compilation compilation = routers.compileDraft(files);
        if (compilation.passed()) {
            synchronized (compiled) {
                compiled.put(compilation.hash(), compilation.router());
            }
        }
        return compilation;
    }
}
