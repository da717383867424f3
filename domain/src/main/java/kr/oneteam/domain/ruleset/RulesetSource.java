package kr.oneteam.domain.ruleset;

/**
 * How a ruleset version came to be published. {@code SEED}: the ruleset shipped in the jar, published into
 * an empty database; {@code DIRECTORY}: imported from the watched rules directory; {@code WORKSPACE}: an
 * analyst's draft, published from the browser; {@code ROLLBACK}: an earlier version's content published again.
 */
public enum RulesetSource {
    SEED,
    DIRECTORY,
    WORKSPACE,
    ROLLBACK
}
