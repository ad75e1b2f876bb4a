package org.newsint.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * PostgreSQL and Redis for local runs and tests: the configured servers when they answer, embedded ones
 * (zonky PostgreSQL binaries, embedded-redis) otherwise.
 */
public final class Stores {

    private Stores() {
    }

    /** Where a PostgreSQL server is and how to log in. */
    public record Pg(String host, int port, String user, String password) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public String reactiveUrl(String database) {
            return "postgresql://" + host + ":" + port + "/" + database;
        }

        public Connection connect(String database) throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", user);
            if (password != null && !password.isEmpty()) {
                p.setProperty("password", password);
            }
            p.setProperty("connectTimeout", "3");
            return DriverManager.getConnection(jdbcUrl(database), p);
        }

        /** Creates the database unless it exists. */
        public void ensureDatabase(String database) throws SQLException {
            try (Connection c = connect("postgres");
                 var st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                st.setString(1, database);
                if (!st.executeQuery().next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "") + "\"");
                    }
                }
            }
        }

        /** Drops and creates the database, so a test run starts from nothing. */
        public void recreateDatabase(String database) throws SQLException {
            try (Connection c = connect("postgres"); var st = c.createStatement()) {
                String name = "\"" + database.replace("\"", "") + "\"";
                st.execute("drop database if exists " + name + " with (force)");
                st.execute("create database " + name);
            }
        }

        /** Whether a PostgreSQL server answers a login here. */
        public boolean answers() {
            if (!portOpen(host, port)) {
                return false;
            }
            try (Connection c = connect("postgres")) {
                return c.isValid(3);
            } catch (SQLException e) {
                return false;
            }
        }
    }

    /** Where a Redis server is. */
    public record Redis(String host, int port) {
        public String url(int database) {
            return "redis://" + host + ":" + port + "/" + database;
        }

        /** Whether a Redis server answers PING here. */
        public boolean answers() {
            try {
                return command("PING").startsWith("+PONG");
            } catch (IOException e) {
                return false;
            }
        }

        /** Empties one logical database. */
        public void flush(int database) throws IOException {
            // SELECT is per connection, so both go on one connection.
            String reply = send(2, encode("SELECT", Integer.toString(database)) + encode("FLUSHDB"));
            if (!reply.contains("+OK")) {
                throw new IOException("FLUSHDB answered " + reply);
            }
        }

        private String command(String... args) throws IOException {
            return send(1, encode(args));
        }

        private static String encode(String... args) {
            StringBuilder sb = new StringBuilder("*").append(args.length).append("\r\n");
            for (String a : args) {
                sb.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(a).append("\r\n");
            }
            return sb.toString();
        }

        /** Sends commands whose replies are one line each, and reads {@code replies} lines. */
        private String send(int replies, String payload) throws IOException {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 2000);
                s.setSoTimeout(3000);
                OutputStream out = s.getOutputStream();
                out.write(payload.getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = s.getInputStream();
                byte[] buf = new byte[256];
                StringBuilder sb = new StringBuilder();
                while (sb.toString().split("\r\n", -1).length - 1 < replies) {
                    int n = in.read(buf);
                    if (n < 0) {
                        break;
                    }
                    sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
                return sb.toString();
            }
        }
    }

    public static boolean portOpen(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** An embedded PostgreSQL keeping its data in {@code dataDir} (kept between runs). */
    public static EmbeddedPostgres startEmbeddedPostgres(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir.getParent());
        // A crash can leave a stale postmaster.pid behind; PostgreSQL then refuses to start.
        Path pid = dataDir.resolve("postmaster.pid");
        if (Files.exists(pid) && !portOpen("127.0.0.1", port)) {
            Files.delete(pid);
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    /** An embedded Redis with an append-only file in {@code dataDir}, so queued work survives a restart. */
    public static RedisServer startEmbeddedRedis(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        RedisServer server = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("dir " + dataDir.toAbsolutePath())
                .setting("appendonly yes")
                .setting("save \"\"")
                .build();
        server.start();
        return server;
    }

    /** PostgreSQL as configured by environment variables, with the local defaults. */
    public static Pg configuredPg() {
        return new Pg(env("NEWSINT_PG_HOST", "127.0.0.1"), Integer.parseInt(env("NEWSINT_PG_PORT", "5432")),
                env("NEWSINT_PG_USER", "postgres"), env("NEWSINT_PG_PASSWORD", ""));
    }

    /** Redis as configured by environment variables, with the local defaults. */
    public static Redis configuredRedis() {
        return new Redis(env("NEWSINT_REDIS_HOST", "127.0.0.1"), Integer.parseInt(env("NEWSINT_REDIS_PORT", "6379")));
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            v = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return v == null || v.isBlank() ? def : v;
    }
}
