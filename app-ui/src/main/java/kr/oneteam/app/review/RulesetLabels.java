package kr.oneteam.app.review;

import java.util.regex.Pattern;
import kr.oneteam.domain.ruleset.RulesetVersion;

/**
 * How a ruleset version is named to officers. Versions stored by the engine are named "ruleset 67dc65ce3116"
 * (RulesetVersions); with the UI's own "규칙 버전 {0}" / "Ruleset {0}" that read "Ruleset ruleset 67dc…", so
 * the generated prefix is dropped and the short hash stays. An analyst's name ("2026.1") is kept as written.
 */
final class RulesetLabels {

    private static final Pattern GENERATED = Pattern.compile("(?i)^ruleset\\s+(?<hex>[0-9a-f]{6,64})$");

    private RulesetLabels() {
    }

    static String of(RulesetVersion version, String hashWithoutVersion) {
        if (version != null) {
            var m = GENERATED.matcher(version.getName().strip());
            return m.matches() ? m.group("hex") : version.getName().strip();
        }
        if (hashWithoutVersion != null) {
            String hex = hashWithoutVersion.substring(hashWithoutVersion.indexOf(':') + 1);
            return hex.substring(0, Math.min(12, hex.length()));
        }
        return "—";
    }
}
