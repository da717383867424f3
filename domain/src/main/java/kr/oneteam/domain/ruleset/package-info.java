/**
 * Published rulesets (docs/decisions/050): every version ever published, with all its DRL and scenario
 * files, a content hash, where it came from, who requested and approved it and why; the one pointer row
 * that names the version every instance serves; and the refusals that are still true. Stored in the
 * database so that every instance serves the same rules and every recommendation can name exactly the rules
 * that produced it, even after analysts change them.
 */
package kr.oneteam.domain.ruleset;
