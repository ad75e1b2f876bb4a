package org.newsint.ingest.worker;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.newsint.ingest.IngestConfig;
import org.newsint.ingest.article.ArticleEntity;
import org.newsint.ingest.article.ArticleService;
import org.newsint.ingest.article.ArticleStream;
import org.newsint.ingest.article.ProcessingLedger;
import org.newsint.ingest.article.ProcessingState;
import org.newsint.ingest.clients.NlpClient;
import org.newsint.ingest.clients.QueryClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Consumes the article stream in a consumer group: enrich through nlp-svc, store through query-svc, mark
 * DONE, and only then acknowledge. An entry that fails stays pending and is tried again; an outage of
 * nlp-svc or query-svc never spends an article's attempts, so articles wait rather than fail.
 * Entries left pending by a replica that died are claimed after {@code claim-idle}.
 */
@ApplicationScoped
public class EnrichmentWorker {

    private static final Set<Status.Code> TRANSIENT = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED, Status.Code.CANCELLED);

    private final IngestConfig.Worker config;
    private final StreamCommands<String, String, String> streams;
    private final ArticleService articles;
    private final ProcessingLedger ledger;
    private final NlpClient nlp;
    private final QueryClient query;
    private final MeterRegistry metrics;
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;
    private int consecutiveOutages;
    private Instant nextSweep = Instant.EPOCH;

    public EnrichmentWorker(IngestConfig config, RedisDataSource redis, ArticleService articles, ProcessingLedger ledger,
                            NlpClient nlp, QueryClient query, MeterRegistry metrics) {
        this.config = config.worker();
        this.streams = redis.stream(String.class);
        this.articles = articles;
        this.ledger = ledger;
        this.nlp = nlp;
        this.query = query;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            Log.info("enrichment worker disabled (newsint.worker.enabled=false)");
            return;
        }
        running.set(true);
        thread = new Thread(this::run, "enrichment-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running.set(false);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(config.block().toMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Log.infof("enrichment worker consuming stream=%s group=%s consumer=%s", config.stream(), config.group(), config.consumer());
        boolean groupReady = false;
        while (running.get()) {
            try {
                if (!groupReady) {
                    createGroup();
                    groupReady = true;
                }
                sweepIfDue();
                List<StreamMessage<String, String, String>> batch = nextBatch();
                boolean outage = false;
                for (StreamMessage<String, String, String> m : batch) {
                    if (!running.get()) {
                        break;
                    }
                    outage |= !process(m);
                }
                consecutiveOutages = outage ? consecutiveOutages + 1 : 0;
                if (outage) {
                    sleep(backoff());
                }
            } catch (RuntimeException e) {
                if (!running.get()) {
                    break;
                }
                Log.warnf("enrichment worker: %s; retrying", e.getMessage());
                groupReady = groupReady && !(e.getMessage() != null && e.getMessage().contains("NOGROUP"));
                consecutiveOutages++;
                sleep(backoff());
            }
        }
        Log.info("enrichment worker stopped");
    }

    private void createGroup() {
        try {
            streams.xgroupCreate(config.stream(), config.group(), "0", new XGroupCreateArgs().mkstream());
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** This consumer's own pending entries first, then entries abandoned by others, then new ones. */
    private List<StreamMessage<String, String, String>> nextBatch() {
        List<StreamMessage<String, String, String>> mine = streams.xreadgroup(config.group(), config.consumer(),
                config.stream(), "0", new XReadGroupArgs().count(config.batchSize()));
        if (mine != null && !mine.isEmpty()) {
            return mine;
        }
        var claimed = streams.xautoclaim(config.stream(), config.group(), config.consumer(), config.claimIdle(), "0-0",
                config.batchSize());
        if (claimed != null && !claimed.getMessages().isEmpty()) {
            Log.infof("claimed %d entries abandoned by other consumers", claimed.getMessages().size());
            return claimed.getMessages();
        }
        List<StreamMessage<String, String, String>> fresh = streams.xreadgroup(config.group(), config.consumer(),
                config.stream(), ">", new XReadGroupArgs().count(config.batchSize()).block(config.block()));
        return fresh == null ? List.of() : fresh;
    }

    /** Handles one entry. Returns false when a service was unavailable (the entry stays pending). */
    boolean process(StreamMessage<String, String, String> m) {
        String id = m.payload().get(ArticleStream.FIELD_ARTICLE_ID);
        if (id == null) {
            Log.warnf("stream entry %s has no %s; acknowledging it", m.id(), ArticleStream.FIELD_ARTICLE_ID);
            ack(m);
            return true;
        }
        ArticleEntity article = await(() -> articles.find(id));
        if (article == null || !ProcessingState.PENDING.name().equals(article.state)) {
            ack(m); // unknown, or already DONE/FAILED: a redelivery
            return true;
        }
        try {
            var analysis = nlp.enrich(article);
            query.store(article, analysis);
            await(() -> ledger.markDone(id));
            ack(m);
            metrics.counter("newsint.worker.articles", "outcome", "done").increment();
            Log.infof("enriched article=%s", id);
            return true;
        } catch (StatusRuntimeException e) {
            if (TRANSIENT.contains(e.getStatus().getCode())) {
                await(() -> ledger.recordOutage(id, describe(e)));
                metrics.counter("newsint.worker.articles", "outcome", "outage").increment();
                Log.warnf("article=%s waits: %s", id, describe(e));
                return false;
            }
            int attempts = await(() -> ledger.recordFailure(id, describe(e)));
            if (attempts >= config.maxAttempts()) {
                await(() -> ledger.markFailed(id, describe(e)));
                ack(m);
                metrics.counter("newsint.worker.articles", "outcome", "failed").increment();
                Log.errorf("article=%s FAILED after %d attempts: %s", id, attempts, describe(e));
            } else {
                Log.warnf("article=%s attempt %d failed: %s", id, attempts, describe(e));
            }
            return true;
        }
    }

    private void ack(StreamMessage<String, String, String> m) {
        streams.xack(config.stream(), config.group(), m.id());
    }

    private void sweepIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(config.sweepEvery());
        int n = await(() -> articles.requeueUnqueued(Duration.ofSeconds(5)));
        if (n > 0) {
            Log.infof("queued %d stored articles that had not reached the stream", n);
        }
    }

    private Duration backoff() {
        long ms = Math.min(config.maxBackoff().toMillis(), 200L << Math.min(consecutiveOutages, 10));
        return Duration.ofMillis(ms);
    }

    private static String describe(StatusRuntimeException e) {
        return e.getStatus().getCode() + (e.getStatus().getDescription() == null ? "" : ": " + e.getStatus().getDescription());
    }

    /** Runs a reactive database call on a Vert.x context and waits for it (this is the worker's own thread). */
    private static <T> T await(Supplier<Uni<T>> call) {
        try {
            return VertxContextSupport.subscribeAndAwait(call);
        } catch (Throwable t) {
            throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}
