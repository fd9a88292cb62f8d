/**
 * The database: versioned program catalogs and saved plans through Jdbi, Flyway migrations and HikariCP — H2 in
 * file mode by default, PostgreSQL in production, selected by JDBC URL.
 */
package org.smartpick.store;
