/**
 * How the model is stored: attribute converters that keep sets and lists in one delimited text column.
 * Why delimited columns and not child tables: a batch of 10,000 proposals must insert with a handful of
 * JDBC batches, and the officers' queue filters with {@code LIKE '%,COMPUTE,%'} without joins.
 */
package kr.oneteam.domain.persistence;
