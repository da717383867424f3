/**
 * Ruleset versions: every ruleset that was ever activated, with all its DRL and scenario files, a
 * content hash, who published it and why. Stored in the database (not only on disk) so that every
 * recommendation can name exactly the rules that produced it, even after analysts change them.
 */
package kr.oneteam.domain.ruleset;
