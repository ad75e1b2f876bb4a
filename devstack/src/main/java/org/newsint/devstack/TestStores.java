package org.newsint.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stores tests run against: the configured (or default local) servers when they answer, otherwise
 * embedded ones started once per JVM in a temporary folder and stopped when the JVM exits.
 */
public final class TestStores {

    private static Stores.Pg pg;
    private static Stores.Redis redis;

    private TestStores() {
    }

    public static synchronized Stores.Pg pg() {
        if (pg == null) {
            Stores.Pg configured = Stores.configuredPg();
            if (configured.answers()) {
                pg = configured;
            } else {
                try {
                    Path dir = Files.createTempDirectory("newsint-test-pg");
                    EmbeddedPostgres embedded = Stores.startEmbeddedPostgres(dir.resolve("data"), Stores.freePort());
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            embedded.close();
                        } catch (IOException ignored) {
                            // the JVM is going away
                        }
                    }));
                    pg = new Stores.Pg("127.0.0.1", embedded.getPort(), "postgres", "");
                } catch (IOException e) {
                    throw new UncheckedIOException("no PostgreSQL at " + configured.host() + ":" + configured.port()
                            + " and the embedded one did not start", e);
                }
            }
        }
        return pg;
    }

    public static synchronized Stores.Redis redis() {
        if (redis == null) {
            Stores.Redis configured = Stores.configuredRedis();
            if (configured.answers()) {
                redis = configured;
            } else {
                try {
                    int port = Stores.freePort();
                    RedisServer server = Stores.startEmbeddedRedis(Files.createTempDirectory("newsint-test-redis"), port);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            server.stop();
                        } catch (IOException ignored) {
                            // the JVM is going away
                        }
                    }));
                    redis = new Stores.Redis("127.0.0.1", port);
                } catch (IOException e) {
                    throw new UncheckedIOException("no Redis at " + configured.host() + ":" + configured.port()
                            + " and the embedded one did not start", e);
                }
            }
        }
        return redis;
    }
}
