/** Flyway's Java migrations (found beside the SQL ones in {@code db/migration}): those that SQL alone cannot write the same on H2 and PostgreSQL. */
package db.migration;
