package org.newsint.query.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.EntityMentions;
import org.newsint.proto.nlp.v1.Event;
import org.newsint.proto.nlp.v1.Mention;
import org.newsint.proto.nlp.v1.Quote;
import org.newsint.proto.query.v1.ArticleMeta;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsint.text.ArabicText;
import org.newsint.text.MinHash;
import org.newsint.query.events.EventClustering;
import org.newsint.text.dates.IsoDates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Stores analyses idempotently: the same article, content and pipeline version stored twice changes nothing. */
@ApplicationScoped
public class AnalysisStore {

    private final double nearDuplicateThreshold;
    private final EventClustering clustering;

    public AnalysisStore(@ConfigProperty(name = "newsint.query.near-duplicate-threshold") double nearDuplicateThreshold,
                         EventClustering clustering) {
        this.nearDuplicateThreshold = nearDuplicateThreshold;
        this.clustering = clustering;
    }

    /** What a store did. */
    public record Stored(boolean changed, String nearDuplicateOf) {
    }

    @WithTransaction
    public Uni<Stored> store(ArticleMeta meta, Analysis analysis) {
        String id = meta.getArticleId();
        // one store of an article at a time; the lock is taken before anything is read
        return clustering.lockArticle(id)
                .flatMap(v -> ArticleAnalysisEntity.<ArticleAnalysisEntity>findById(id)).flatMap(existing -> {
            if (existing != null && existing.pipelineVersion.equals(analysis.getPipelineVersion())
                    && existing.contentHash.equals(meta.getContentHash())) {
                Log.debugf("analysis of %s (version %s) already stored", id, analysis.getPipelineVersion());
                return Uni.createFrom().item(new Stored(false, existing.nearDuplicateOf));
            }
            Uni<List<EventClustering.ClusterRef>> previous = existing == null ? Uni.createFrom().item(List.of())
                    : clustering.clustersOfArticle(id);
            return previous.flatMap(old -> {
                List<EventClustering.ClusterRef> contacts = new ArrayList<>(old);
                contacts.addAll(EventClustering.contactsOf(analysis.getEventsList()));
                // every contact this store looks up or changes, locked before anything is written
                Uni<Void> clear = clustering.lockContacts(contacts).flatMap(v -> existing == null
                        ? Uni.createFrom().voidItem()
                        : existing.delete().flatMap(d -> Panache.getSession()).flatMap(s -> s.flush())
                                // the old events went with the article: their clusters lose a source
                                .flatMap(d -> refreshAll(old.stream().map(EventClustering.ClusterRef::id).toList())));
                ArticleAnalysisEntity e = toEntity(meta, analysis);
                long[] signature = MinHash.signature(analysis.getCleanText());
                e.minhash = MinHash.toBytes(signature);
                return clear.flatMap(v -> nearDuplicateOf(id, signature, e.publishedDate))
                        .invoke(near -> e.nearDuplicateOf = near)
                        .flatMap(v -> e.persist())
                        .flatMap(v -> Panache.getSession()).flatMap(s -> s.flush())
                        .flatMap(v -> storeBands(id, signature))
                        .flatMap(v -> storeEntities(id, analysis))
                        .flatMap(v -> storeEvents(id, e.publishedDate, analysis))
                        .flatMap(v -> storeQuotes(id, analysis))
                        .map(v -> new Stored(true, e.nearDuplicateOf));
            });
        });
    }

    private Uni<Void> refreshAll(List<String> clusterIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String c : clusterIds) {
            chain = chain.flatMap(v -> clustering.refresh(c));
        }
        return chain;
    }

    /**
     * The earliest stored article telling the same story: a candidate shares an LSH band, and its estimated
     * shingle overlap reaches the threshold. Earliest by publication date, then by storage.
     */
    private Uni<String> nearDuplicateOf(String id, long[] signature, LocalDate published) {
        List<String> bands = List.of(MinHash.bands(signature));
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select distinct a.* from article_analysis a join article_lsh l on l.article_id = a.article_id
                        where l.band in (?1) and a.article_id <> ?2""", ArticleAnalysisEntity.class)
                .setParameter(1, bands).setParameter(2, id).getResultList())
                .map(candidates -> candidates.stream()
                        .filter(c -> c.minhash != null
                                && MinHash.similarity(signature, MinHash.fromBytes(c.minhash)) >= nearDuplicateThreshold)
                        .filter(c -> published == null || c.publishedDate == null || !c.publishedDate.isAfter(published))
                        .min(Comparator.comparing((ArticleAnalysisEntity c) -> c.publishedDate == null ? LocalDate.MAX : c.publishedDate)
                                .thenComparing(c -> c.storedAt))
                        .map(c -> c.nearDuplicateOf != null ? c.nearDuplicateOf : c.articleId)
                        .orElse(null));
    }

    private Uni<Void> storeBands(String articleId, long[] signature) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String band : MinHash.bands(signature)) {
            chain = chain.flatMap(v -> Panache.getSession()).flatMap(s -> s.createNativeQuery(
                            "insert into article_lsh (band, article_id) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, band).setParameter(2, articleId).executeUpdate()).replaceWithVoid();
        }
        return chain;
    }

    @WithSession
    public Uni<ArticleAnalysisEntity> find(String articleId) {
        return ArticleAnalysisEntity.findById(articleId);
    }

    private static ArticleAnalysisEntity toEntity(ArticleMeta meta, Analysis a) {
        ArticleAnalysisEntity e = new ArticleAnalysisEntity();
        e.articleId = meta.getArticleId();
        e.externalId = blankToNull(meta.getExternalId());
        e.source = blankToNull(meta.getSource());
        e.url = blankToNull(meta.getUrl());
        e.publishedAt = blankToNull(meta.getPublishedAt());
        e.publishedDate = IsoDates.dayOf(meta.getPublishedAt());
        e.title = blankToNull(meta.getTitle());
        e.contentHash = meta.getContentHash();
        e.pipelineVersion = a.getPipelineVersion();
        e.cleanText = a.getCleanText();
        e.cleanTextFolded = ArabicText.fold(a.getCleanText());
        e.analysis = a.toByteArray();
        e.storedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return e;
    }

    private Uni<Void> storeEntities(String articleId, Analysis a) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        // in id order, so that concurrent stores lock shared entity rows in the same order
        List<EntityMentions> byId = a.getEntitiesList().stream()
                .sorted(Comparator.comparing((EntityMentions em) -> em.getEntity().getId())).toList();
        for (EntityMentions em : byId) {
            var ent = em.getEntity();
            Set<String> mentions = new LinkedHashSet<>();
            for (Mention m : em.getMentionsList()) {
                mentions.add(m.getText());
            }
            chain = chain.flatMap(v -> Panache.getSession()).flatMap(s -> s.createNativeQuery("""
                            insert into entity (id, canonical_name, type, wikidata_id) values (?1, ?2, ?3, ?4)
                            on conflict (id) do update set canonical_name = excluded.canonical_name,
                                type = excluded.type, wikidata_id = coalesce(excluded.wikidata_id, entity.wikidata_id)""")
                    .setParameter(1, ent.getId()).setParameter(2, ent.getCanonicalName())
                    .setParameter(3, ent.getType().name()).setParameter(4, blankToNull(ent.getWikidataId()))
                    .executeUpdate()
                    .flatMap(n -> s.createNativeQuery(
                                    "insert into article_entity (article_id, entity_id, mentions) values (?1, ?2, cast(?3 as jsonb))")
                            .setParameter(1, articleId).setParameter(2, ent.getId()).setParameter(3, jsonArray(mentions))
                            .executeUpdate()))
                    .replaceWithVoid();
        }
        return chain;
    }

    /** Each event joins the cross-story event it reports (or starts one), in this transaction. */
    private Uni<Void> storeEvents(String articleId, LocalDate published, Analysis a) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Event ev : a.getEventsList()) {
            chain = chain.flatMap(v -> clustering.assign(ev, published)).flatMap(cluster -> Panache.getSession()
                    .flatMap(s -> s.createNativeQuery("""
                            insert into article_event (id, article_id, type, status, event_date, location_id, initiator_id,
                                participant_ids, cluster_id)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9)""")
                    .setParameter(1, ev.getId()).setParameter(2, articleId).setParameter(3, ev.getType())
                    .setParameter(4, ev.getStatus().name()).setParameter(5, blankToNull(ev.getDate()))
                    .setParameter(6, blankToNull(ev.getLocationEntityId()))
                    .setParameter(7, blankToNull(ev.getInitiatorEntityId()))
                    .setParameter(8, jsonArray(ev.getParticipantEntityIdsList()))
                    .setParameter(9, cluster)
                    .executeUpdate())
                    .flatMap(n -> clustering.refresh(cluster)));
        }
        return chain;
    }

    private Uni<Void> storeQuotes(String articleId, Analysis a) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Quote q : a.getQuotesList()) {
            chain = chain.flatMap(v -> Panache.getSession()).flatMap(s -> s.createNativeQuery(
                            "insert into article_quote (article_id, speaker_id, text, indirect) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, articleId).setParameter(2, blankToNull(q.getSpeakerEntityId()))
                    .setParameter(3, q.getText()).setParameter(4, q.getIndirect())
                    .executeUpdate()).replaceWithVoid();
        }
        return chain;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static String jsonArray(Iterable<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
