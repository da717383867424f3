/**
 * The facts DRL rules read: read-only snapshots of a proposal, named exactly like the intake JSON
 * (INTAKE.md) so that a rule reads like the analysts' vocabulary ({@code company.sizeClass},
 * {@code compute.quantity}, {@code data.sensitivity}, {@code global.demandSite}, {@code infra.powerMw}).
 * Every class is immutable, has plain getters (classic MVEL constraint access needs them) and a builder.
 * Collections are never null (empty instead); optional sections are null when the proposal has none.
 */
package kr.oneteam.rules.fact;
