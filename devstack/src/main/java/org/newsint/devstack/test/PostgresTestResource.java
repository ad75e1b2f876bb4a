package org.newsint.devstack.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.newsint.devstack.Stores;
import org.newsint.devstack.TestStores;

import java.sql.SQLException;
import java.util.Map;

/**
 * Points a service under test at a fresh database (arg {@code database}) on the test PostgreSQL:
 * the local one when it answers, an embedded one otherwise.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "newsint_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Stores.Pg pg = TestStores.pg();
        try {
            pg.recreateDatabase(database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database + ": " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.reactive.url", pg.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", pg.user(),
                "quarkus.datasource.password", pg.password());
    }

    @Override
    public void stop() {
        // the database is kept for inspection after a failed run; the next run recreates it
    }
}
