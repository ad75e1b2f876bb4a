package org.newsint.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The quick start behind {@code ./newsint}: {@code up} brings the system up (stores, services, sample
 * stories) and returns; {@code down} stops what {@code up} started and nothing else; {@code status} says what runs.
 */
public final class Launcher {

    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleId status duplicateOf } }";
    private static final String STATE = "query($id: ID!) { article(id: $id) { enrichmentStatus enrichmentError } }";
    private static final String STORES_MARKER = "org.newsint.devstack.Launcher stores";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path state;

    private Launcher(Path root) {
        this.root = root;
        this.state = root.resolve(".newsint");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Launcher l = new Launcher(root);
        String cmd = args.length == 0 ? "up" : args[0];
        int code = switch (cmd) {
            case "up" -> l.up();
            case "down" -> l.down();
            case "status" -> l.status();
            case "stores" -> l.runStores(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> {
                System.err.println("usage: newsint up|down|status");
                yield 2;
            }
        };
        System.exit(code);
    }

    private Stack stack(Map<String, String> env) {
        List<String> opts = List.of(Stores.env("NEWSINT_JAVA_OPTS", "-Xmx384m -XX:+UseSerialGC").split("\\s+"));
        return new Stack(root, state, Stack.defaultPorts(), env, opts);
    }

    int up() throws Exception {
        Stack probe = stack(Map.of());
        if (Stack.SERVICES.stream().anyMatch(s -> probe.running(s).isPresent())) {
            System.out.println("newsint is already running (./newsint status; ./newsint down to stop it).");
            return status();
        }
        Instant t0 = Instant.now();
        Map<String, String> env = new LinkedHashMap<>();
        Stores.Pg pg = Stores.configuredPg();
        Stores.Redis redis = Stores.configuredRedis();
        boolean pgUp = pg.answers();
        boolean redisUp = redis.answers();
        if (pgUp) {
            step("PostgreSQL: using %s:%d", pg.host(), pg.port());
        }
        if (redisUp) {
            step("Redis: using %s:%d", redis.host(), redis.port());
        }
        if (!pgUp || !redisUp) {
            int pgPort = Integer.parseInt(Stores.env("NEWSINT_EMBEDDED_PG_PORT", "55432"));
            int redisPort = Integer.parseInt(Stores.env("NEWSINT_EMBEDDED_REDIS_PORT", "56379"));
            step("%s not answering at the configured address: starting embedded stores (data in %s)",
                    !pgUp && !redisUp ? "PostgreSQL and Redis" : !pgUp ? "PostgreSQL" : "Redis", state.resolve("data"));
            startStoresDaemon(pgPort, redisPort);
            if (!pgUp) {
                pg = new Stores.Pg("127.0.0.1", pgPort, "postgres", "");
            }
            if (!redisUp) {
                redis = new Stores.Redis("127.0.0.1", redisPort);
            }
        }
        String database = Stores.env("NEWSINT_PG_DATABASE", "newsint");
        pg.ensureDatabase(database);
        env.put("NEWSINT_PG_HOST", pg.host());
        env.put("NEWSINT_PG_PORT", Integer.toString(pg.port()));
        env.put("NEWSINT_PG_USER", pg.user());
        env.put("NEWSINT_PG_PASSWORD", pg.password());
        env.put("NEWSINT_PG_DATABASE", database);
        env.put("NEWSINT_REDIS_URL", "redis://" + redis.host() + ":" + redis.port());
        Stack stack = stack(env);
        for (String svc : Stack.SERVICES) {
            stack.start(svc);
            step("started %-10s on port %d, log %s", svc, stack.port(svc), root.relativize(stack.log(svc)));
        }
        for (String svc : Stack.SERVICES) {
            try {
                stack.awaitReady(svc, Duration.ofSeconds(120));
            } catch (IOException e) {
                System.err.println("newsint: " + e.getMessage());
                System.err.println("newsint: stopping what was started.");
                down();
                return 1;
            }
            step("%-10s ready", svc);
        }
        loadSamples(stack);
        System.out.printf("%nnewsint is up in %d s.%n", Duration.between(t0, Instant.now()).toSeconds());
        System.out.println("  GraphQL:    " + stack.graphqlUrl());
        System.out.println("  GraphQL UI: http://localhost:" + stack.port("gateway") + "/q/graphql-ui");
        System.out.println("  Logs:       " + state.resolve("logs"));
        System.out.println("Try:");
        System.out.println("  curl -s " + stack.graphqlUrl() + " -H 'Content-Type: application/json' \\");
        System.out.println("    -d '{\"query\":\"{ articles(first: 5) { totalCount items { id title publishedAt } } }\"}'");
        System.out.println("Stop with: ./newsint down");
        return 0;
    }

    private void loadSamples(Stack stack) throws IOException, InterruptedException {
        Path samples = root.resolve("samples");
        if (!Files.isDirectory(samples)) {
            step("no samples/ folder: nothing to load");
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        GraphQLClient gql = new GraphQLClient(stack.graphqlUrl());
        Map<String, String> ids = new LinkedHashMap<>();
        for (Path f : files) {
            JsonNode a = JSON.readTree(f.toFile());
            Map<String, Object> in = new HashMap<>();
            in.put("externalId", a.path("id").asText(null));
            in.put("source", a.path("source").asText(null));
            in.put("url", a.path("url").isNull() ? null : a.path("url").asText(null));
            in.put("publishedAt", a.path("published_at").asText(null));
            in.put("title", a.path("title").isNull() ? null : a.path("title").asText(null));
            in.put("body", a.path("body").asText());
            try {
                JsonNode r = gql.execute(INGEST, Map.of("in", in)).get("ingestArticle");
                ids.put(f.getFileName().toString(), r.get("articleId").asText());
                step("sample %-16s %-9s %s", f.getFileName(), r.get("status").asText(), r.get("articleId").asText());
            } catch (IOException e) {
                step("sample %-16s REJECTED  %s", f.getFileName(), e.getMessage());
            }
        }
        Instant deadline = Instant.now().plusSeconds(120);
        Map<String, String> status = new LinkedHashMap<>();
        while (Instant.now().isBefore(deadline)) {
            status.clear();
            for (var e : ids.entrySet()) {
                JsonNode art = gql.execute(STATE, Map.of("id", e.getValue())).get("article");
                status.put(e.getKey(), art == null || art.isNull() ? "MISSING" : art.get("enrichmentStatus").asText());
            }
            if (status.values().stream().noneMatch("PENDING"::equals)) {
                break;
            }
            Thread.sleep(300);
        }
        long done = status.values().stream().filter("DONE"::equals).count();
        step("samples enriched: %d of %d%s", done, ids.size(), done == ids.size() ? "" : " " + status);
    }

    /** Starts the embedded stores in their own background process, so they outlive this command. */
    private void startStoresDaemon(int pgPort, int redisPort) throws IOException, InterruptedException {
        Files.createDirectories(state.resolve("logs"));
        Files.createDirectories(state.resolve("run"));
        Path ready = state.resolve("run/stores.ready");
        Files.deleteIfExists(ready);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newsint.devstack.Launcher", "stores",
                Integer.toString(pgPort), Integer.toString(redisPort)));
        Path log = state.resolve("logs/stores.log");
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Files.writeString(state.resolve("run/stores.pid"), Long.toString(p.pid()));
        Instant deadline = Instant.now().plusSeconds(120);
        while (!Files.exists(ready)) {
            if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("embedded stores did not start; see " + log);
            }
            Thread.sleep(200);
        }
        step("embedded PostgreSQL on port %d and Redis on port %d (log %s)", pgPort, redisPort, root.relativize(log));
    }

    /** The body of the stores process: runs until it is told to stop. */
    int runStores(int pgPort, int redisPort) throws IOException, InterruptedException {
        Path data = state.resolve("data");
        EmbeddedPostgres pg = null;
        RedisServer redis = null;
        Stores.Pg configuredPg = Stores.configuredPg();
        if (!configuredPg.answers()) {
            pg = Stores.startEmbeddedPostgres(data.resolve("postgres"), pgPort);
        }
        if (!Stores.configuredRedis().answers()) {
            redis = Stores.startEmbeddedRedis(data.resolve("redis"), redisPort);
        }
        EmbeddedPostgres finalPg = pg;
        RedisServer finalRedis = redis;
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (finalRedis != null) {
                    finalRedis.stop();
                }
                if (finalPg != null) {
                    finalPg.close();
                }
            } catch (IOException e) {
                System.err.println("stopping stores: " + e.getMessage());
            }
            stop.countDown();
        }));
        Files.writeString(state.resolve("run/stores.ready"), "pg=" + pgPort + " redis=" + redisPort);
        System.out.println("stores ready");
        stop.await();
        return 0;
    }

    int down() throws IOException {
        Stack stack = stack(Map.of());
        boolean any = false;
        for (String svc : reversed(Stack.SERVICES)) {
            if (stack.stop(svc, Duration.ofSeconds(20))) {
                step("stopped %s", svc);
                any = true;
            }
        }
        Path storesPid = state.resolve("run/stores.pid");
        Optional<ProcessHandle> stores = Stack.ownProcess(storesPid, STORES_MARKER);
        Files.deleteIfExists(storesPid);
        if (stores.isPresent()) {
            Stack.terminate(stores.get(), Duration.ofSeconds(30));
            step("stopped embedded stores (data kept in %s)", state.resolve("data"));
            any = true;
        }
        if (!any) {
            System.out.println("newsint: nothing of ours was running.");
        }
        return 0;
    }

    int status() {
        Stack stack = stack(Map.of());
        for (String svc : Stack.SERVICES) {
            Optional<ProcessHandle> p = stack.running(svc);
            System.out.printf("  %-10s %s%n", svc, p.map(h -> "running, pid " + h.pid() + ", port " + stack.port(svc)).orElse("stopped"));
        }
        Optional<ProcessHandle> stores = Stack.ownProcess(state.resolve("run/stores.pid"), STORES_MARKER);
        System.out.printf("  %-10s %s%n", "stores", stores.map(h -> "embedded, pid " + h.pid()).orElse("not started by newsint"));
        return 0;
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private static void step(String format, Object... args) {
        System.out.printf("newsint: " + format + "%n", args);
    }
}
