/**
 * Flyway's Java migrations (found by Flyway in {@code db/migration}, next to the SQL ones): steps that SQL alone
 * cannot say the same way on H2 and PostgreSQL, such as moving reasons into their recommendation (V140) or turning a
 * proposal's block columns into its document (V151).
 */
package db.migration;
