/**
 * Flyway's Java migrations (found by Flyway in {@code db/migration}, next to the SQL ones): steps that SQL alone
 * cannot say the same way on H2 and PostgreSQL, such as turning a proposal's block columns into its document.
 */
package db.migration;
