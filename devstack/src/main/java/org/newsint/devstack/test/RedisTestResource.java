package org.newsint.devstack.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.newsint.devstack.Stores;
import org.newsint.devstack.TestStores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Points a service under test at an emptied logical Redis database (arg {@code database}, a number) on the
 * test Redis: the local one when it answers, an embedded one otherwise.
 */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

    private int database = 1;

    @Override
    public void init(Map<String, String> initArgs) {
        database = Integer.parseInt(initArgs.getOrDefault("database", Integer.toString(database)));
    }

    @Override
    public Map<String, String> start() {
        Stores.Redis redis = TestStores.redis();
        try {
            redis.flush(database);
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty Redis database " + database, e);
        }
        return Map.of("quarkus.redis.hosts", redis.url(database));
    }

    @Override
    public void stop() {
        // nothing to stop: the server is shared by the JVM
    }
}
