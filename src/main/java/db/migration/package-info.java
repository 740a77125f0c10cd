/** Flyway's Java migrations; the SQL ones are under {@code resources/db/migration}. */
package db.migration;
