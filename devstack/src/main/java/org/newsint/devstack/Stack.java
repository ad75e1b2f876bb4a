package org.newsint.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The four services as separate processes, started from their packaged fast-jars: used by the quick start
 * and by the end-to-end tests, so both run the system the same way.
 */
public final class Stack {

    /** The services in start order. */
    public static final List<String> SERVICES = List.of("nlp-svc", "query-svc", "ingest-svc", "gateway");

    private static final Map<String, String> PORT_VARIABLE = Map.of(
            "gateway", "NEWSINT_GATEWAY_PORT", "ingest-svc", "NEWSINT_INGEST_PORT",
            "nlp-svc", "NEWSINT_NLP_PORT", "query-svc", "NEWSINT_QUERY_PORT");

    private final Path root;
    private final Path logDir;
    private final Path runDir;
    private final Map<String, Integer> ports;
    private final Map<String, String> env;
    private final List<String> javaOptions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param root  the repository root (the services' jars are under {@code <svc>/target/quarkus-app})
     * @param state where logs and pid files go
     * @param ports the HTTP (and gRPC) port of each service
     * @param env   store settings (NEWSINT_PG_*, NEWSINT_REDIS_URL) and anything else to pass on
     */
    public Stack(Path root, Path state, Map<String, Integer> ports, Map<String, String> env, List<String> javaOptions) {
        this.root = root;
        this.logDir = state.resolve("logs");
        this.runDir = state.resolve("run");
        this.ports = Map.copyOf(ports);
        this.env = Map.copyOf(env);
        this.javaOptions = List.copyOf(javaOptions);
    }

    public static Map<String, Integer> defaultPorts() {
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("gateway", Integer.parseInt(Stores.env("NEWSINT_GATEWAY_PORT", "8080")));
        p.put("ingest-svc", Integer.parseInt(Stores.env("NEWSINT_INGEST_PORT", "8081")));
        p.put("nlp-svc", Integer.parseInt(Stores.env("NEWSINT_NLP_PORT", "8082")));
        p.put("query-svc", Integer.parseInt(Stores.env("NEWSINT_QUERY_PORT", "8083")));
        return p;
    }

    public Path jar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path log(String service) {
        return logDir.resolve(service + ".log");
    }

    public int port(String service) {
        return ports.get(service);
    }

    public String graphqlUrl() {
        return "http://localhost:" + port("gateway") + "/graphql";
    }

    /** Starts one service in the background; its output goes to its log file, its pid to a pid file. */
    public Process start(String service) throws IOException {
        Path jar = jar(service);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        Files.createDirectories(logDir);
        Files.createDirectories(runDir);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaOptions);
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()));
        pb.environment().putAll(env);
        ports.forEach((svc, port) -> pb.environment().put(PORT_VARIABLE.get(svc), Integer.toString(port)));
        pb.environment().put("HOSTNAME", env.getOrDefault("HOSTNAME", service + "-1"));
        Process p = pb.start();
        Files.writeString(pidFile(service), Long.toString(p.pid()));
        return p;
    }

    private Path pidFile(String service) {
        return runDir.resolve(service + ".pid");
    }

    /** The running process of a service that this stack started (checked by its command line), if any. */
    public Optional<ProcessHandle> running(String service) {
        return ownProcess(pidFile(service), jar(service).toAbsolutePath().toString());
    }

    static Optional<ProcessHandle> ownProcess(Path pidFile, String commandMarker) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains(commandMarker)).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops a service this stack started: SIGTERM, then SIGKILL after the grace period. */
    public boolean stop(String service, Duration grace) throws IOException {
        Optional<ProcessHandle> p = running(service);
        Files.deleteIfExists(pidFile(service));
        return p.map(h -> terminate(h, grace)).orElse(false);
    }

    /** Kills a service at once (SIGKILL), as a crash would. */
    public boolean kill(String service) throws IOException {
        Optional<ProcessHandle> p = running(service);
        Files.deleteIfExists(pidFile(service));
        p.ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().join();
        });
        return p.isPresent();
    }

    static boolean terminate(ProcessHandle h, Duration grace) {
        h.destroy();
        try {
            h.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            h.destroyForcibly();
            h.onExit().join();
        }
        return true;
    }

    /** Waits until a service reports ready, or fails with the tail of its log. */
    public void awaitReady(String service, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create("http://127.0.0.1:" + port(service) + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (running(service).isEmpty()) {
                throw new IOException(service + " exited during start-up; last lines of " + log(service) + ":\n" + tail(service, 30));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException(service + " was not ready within " + timeout.toSeconds() + " s; last lines of "
                + log(service) + ":\n" + tail(service, 30));
    }

    public String tail(String service, int lines) {
        try {
            List<String> all = Files.readAllLines(log(service), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
