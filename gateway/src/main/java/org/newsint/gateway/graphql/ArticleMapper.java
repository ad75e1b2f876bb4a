package org.newsint.gateway.graphql;

import org.newsint.gateway.model.Article;
import org.newsint.gateway.model.ArticleConnection;
import org.newsint.gateway.model.ArticleEntity;
import org.newsint.gateway.model.ArticleInput;
import org.newsint.gateway.model.ArticleSummary;
import org.newsint.gateway.model.DateExpression;
import org.newsint.gateway.model.EnrichmentStatus;
import org.newsint.gateway.model.Entity;
import org.newsint.gateway.model.EntityType;
import org.newsint.gateway.model.Event;
import org.newsint.gateway.model.EventConnection;
import org.newsint.gateway.model.EventSource;
import org.newsint.gateway.model.EventSourcesSlot;
import org.newsint.gateway.model.IngestResult;
import org.newsint.gateway.model.IngestStatus;
import org.newsint.gateway.model.PageInfo;
import org.newsint.gateway.model.Position;
import org.newsint.gateway.model.Quote;
import org.newsint.proto.ingest.v1.ArticleState;
import org.newsint.proto.ingest.v1.SubmitArticleRequest;
import org.newsint.proto.ingest.v1.SubmitArticleResponse;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.EntityMentions;
import org.newsint.proto.nlp.v1.EventStatus;
import org.newsint.proto.nlp.v1.Mention;
import org.newsint.proto.nlp.v1.Span;
import org.newsint.proto.query.v1.ArticlePage;
import org.newsint.proto.query.v1.ArticleView;
import org.newsint.proto.query.v1.EventPage;
import org.newsint.proto.query.v1.EventView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** proto ⇄ GraphQL types. */
final class ArticleMapper {

    private ArticleMapper() {
    }

    static SubmitArticleRequest toRequest(ArticleInput in) {
        return SubmitArticleRequest.newBuilder().setExternalId(nz(in.externalId)).setSource(nz(in.source))
                .setUrl(nz(in.url)).setPublishedAt(nz(in.publishedAt)).setTitle(nz(in.title)).setBody(nz(in.body)).build();
    }

    static IngestResult toResult(SubmitArticleResponse r) {
        return new IngestResult(nullIfBlank(r.getArticleId()), IngestStatus.valueOf(r.getStatus().name()),
                nullIfBlank(r.getDuplicateOf()), nullIfBlank(r.getReason()));
    }

    static Article toArticle(ArticleState state, ArticleView view) {
        EnrichmentStatus status = switch (state.getState()) {
            case DONE -> view == null ? EnrichmentStatus.PENDING : EnrichmentStatus.DONE;
            case FAILED -> EnrichmentStatus.FAILED;
            default -> EnrichmentStatus.PENDING;
        };
        if (view == null || status != EnrichmentStatus.DONE) {
            return new Article(state.getArticleId(), nullIfBlank(state.getExternalId()), null, null, null, null, status,
                    status == EnrichmentStatus.FAILED ? nullIfBlank(state.getLastError()) : null, null, null, null, null, null,
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Analysis a = view.getAnalysis();
        Map<String, Entity> byId = new HashMap<>();
        view.getEntitiesList().forEach(e -> byId.put(e.getId(), entity(e)));
        List<ArticleEntity> entities = new ArrayList<>();
        for (EntityMentions em : a.getEntitiesList()) {
            Entity e = entity(em.getEntity());
            byId.putIfAbsent(e.id(), e);
            Set<String> mentions = new LinkedHashSet<>();
            for (Mention m : em.getMentionsList()) {
                mentions.add(m.getText());
            }
            entities.add(new ArticleEntity(e, List.copyOf(mentions)));
        }
        String text = a.getCleanText();
        var meta = view.getArticle();
        Map<String, String> clusters = view.getEventClustersMap();
        List<Event> events = a.getEventsList().stream().map(ev -> {
            String cluster = nullIfBlank(clusters.get(ev.getId()));
            EventSource self = new EventSource(state.getArticleId(), ev.getId(), nullIfBlank(meta.getTitle()),
                    nullIfBlank(meta.getSource()), nullIfBlank(meta.getUrl()), nullIfBlank(meta.getPublishedAt()),
                    status(ev.getStatus()), nullIfBlank(ev.getDate()), byId.get(ev.getInitiatorEntityId()));
            return new Event(cluster != null ? cluster : ev.getId(), ev.getType(), ev.getStatus().name(),
                    nullIfBlank(ev.getDate()), byId.get(ev.getLocationEntityId()),
                    ev.getParticipantEntityIdsList().stream().map(byId::get).filter(java.util.Objects::nonNull).toList(),
                    byId.get(ev.getInitiatorEntityId()), ev.getId(),
                    ev.getEvidenceList().stream().map(sp -> spanText(text, sp)).filter(java.util.Objects::nonNull).toList(),
                    EventSourcesSlot.lookup(cluster, self));
        }).toList();
        List<Quote> quotes = a.getQuotesList().stream()
                .map(q -> new Quote(byId.get(q.getSpeakerEntityId()), q.getText(), q.getIndirect())).toList();
        // A position whose source is not among the article's entities cannot be shown (source is non-null): skipped.
        List<Position> positions = a.getPositionsList().stream().filter(p -> byId.containsKey(p.getSourceEntityId()))
                .map(p -> new Position(p.getType(), byId.get(p.getSourceEntityId()), byId.get(p.getTargetEntityId()),
                        p.hasEvidence() ? spanText(text, p.getEvidence()) : null, nullIfBlank(p.getCue()))).toList();
        List<DateExpression> dates = a.getDatesList().stream()
                .map(d -> new DateExpression(d.getText(), nullIfBlank(d.getValue()), nullIfBlank(d.getPrecision()),
                        d.getRelative())).toList();
        List<String> paragraphs = a.getParagraphsList().stream().map(p -> p.getText()).toList();
        List<String> sentences = a.getSentencesList().stream()
                .map(s -> text.substring(s.getSpan().getStart(), s.getSpan().getEnd())).toList();
        return new Article(state.getArticleId(), nullIfBlank(meta.getExternalId()), nullIfBlank(meta.getSource()),
                nullIfBlank(meta.getUrl()), nullIfBlank(meta.getPublishedAt()), nullIfBlank(meta.getTitle()), status, null,
                text, null, nullIfBlank(view.getNearDuplicateOf()), nullIfBlank(a.getDatelineSource()),
                nullIfBlank(a.getDatelineDate()), paragraphs, sentences, List.copyOf(entities), events, quotes, positions,
                dates);
    }

    static ArticleConnection toConnection(ArticlePage page) {
        List<ArticleSummary> items = page.getItemsList().stream().map(s -> new ArticleSummary(s.getArticleId(),
                nullIfBlank(s.getExternalId()), nullIfBlank(s.getTitle()), nullIfBlank(s.getSource()),
                nullIfBlank(s.getPublishedAt()), nullIfBlank(s.getStoredAt()))).toList();
        return new ArticleConnection(items, nullIfBlank(page.getEndCursor()), page.getHasNextPage(), page.getTotalCount());
    }

    static EventConnection toEventConnection(EventPage page) {
        String end = nullIfBlank(page.getEndCursor());
        return new EventConnection(page.getItemsList().stream().map(ArticleMapper::toEvent).toList(), end,
                page.getHasNextPage(), page.getTotalCount(), new PageInfo(end, page.getHasNextPage()));
    }

    static Event toEvent(EventView v) {
        return new Event(v.getId(), v.getType(), v.getStatus().name(), nullIfBlank(v.getDate()),
                v.hasLocation() ? entity(v.getLocation()) : null,
                v.getParticipantsList().stream().map(ArticleMapper::entity).toList(),
                v.hasInitiator() ? entity(v.getInitiator()) : null, null, List.of(),
                EventSourcesSlot.known(toSources(v)));
    }

    static List<EventSource> toSources(EventView v) {
        return v.getSourcesList().stream().map(s -> new EventSource(s.getArticleId(), s.getArticleEventId(),
                nullIfBlank(s.getTitle()), nullIfBlank(s.getSource()), nullIfBlank(s.getUrl()),
                nullIfBlank(s.getPublishedAt()), status(s.getStatus()), nullIfBlank(s.getDate()),
                s.hasInitiator() ? entity(s.getInitiator()) : null)).toList();
    }

    /** A source's own status; null when it is not known (a query-svc that does not send it). */
    private static String status(EventStatus s) {
        return switch (s) {
            case HAPPENED, PLANNED, NEGATED -> s.name();
            default -> null;
        };
    }

    /** The text of a span of clean_text, or null when the span does not fit the text. */
    private static String spanText(String text, Span span) {
        if (span.getStart() < 0 || span.getEnd() > text.length() || span.getStart() >= span.getEnd()) {
            return null;
        }
        return text.substring(span.getStart(), span.getEnd());
    }

    private static Entity entity(org.newsint.proto.nlp.v1.Entity e) {
        EntityType type = switch (e.getType()) {
            case PERSON -> EntityType.PERSON;
            case ORG -> EntityType.ORG;
            case LOC -> EntityType.LOC;
            default -> EntityType.MISC;
        };
        return new Entity(e.getId(), e.getCanonicalName(), type, nullIfBlank(e.getWikidataId()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
