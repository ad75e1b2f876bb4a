package org.newsint.query.analysis;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.text.ArabicText;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Keyset-paginated listing of stored articles, newest first. No cap on how far a client can page. */
@ApplicationScoped
public class ArticleListing {

    /** Filters; every one optional. */
    public record Filter(String text, String entityId, LocalDate publishedFrom, LocalDate publishedTo) {
    }

    public record Page(List<ArticleAnalysisEntity> items, String endCursor, boolean hasNextPage, long totalCount) {
    }

    /** Raised for a cursor or filter a client got wrong. */
    public static class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }

    private record Cursor(OffsetDateTime storedAt, String articleId) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (storedAt + "|" + articleId).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                return new Cursor(OffsetDateTime.parse(raw.substring(0, bar)), raw.substring(bar + 1));
            } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new BadRequest("cursor '" + s + "' is not one this server gave out; start again without 'after'");
            }
        }
    }

    @WithSession
    public Uni<Page> list(Filter filter, int first, String after) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            params.add("%" + escapeLike(ArabicText.fold(filter.text())) + "%");
            where.append(" and a.clean_text_folded like ?").append(params.size()).append(" escape '\\'");
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            params.add(filter.entityId());
            where.append(" and exists (select 1 from article_entity l where l.article_id = a.article_id and l.entity_id = ?")
                    .append(params.size()).append(")");
        }
        if (filter.publishedFrom() != null) {
            params.add(filter.publishedFrom());
            where.append(" and a.published_date >= ?").append(params.size());
        }
        if (filter.publishedTo() != null) {
            params.add(filter.publishedTo());
            where.append(" and a.published_date <= ?").append(params.size());
        }
        List<Object> pageParams = new ArrayList<>(params);
        StringBuilder pageWhere = new StringBuilder(where);
        if (after != null && !after.isBlank()) {
            Cursor c = Cursor.decode(after);
            pageParams.add(c.storedAt());
            int ts = pageParams.size();
            pageParams.add(c.articleId());
            int id = pageParams.size();
            pageWhere.append(" and (a.stored_at < ?").append(ts).append(" or (a.stored_at = ?").append(ts)
                    .append(" and a.article_id < ?").append(id).append("))");
        }
        String pageSql = "select a.* from article_analysis a" + pageWhere
                + " order by a.stored_at desc, a.article_id desc limit " + (first + 1);
        String countSql = "select count(*) from article_analysis a" + where;
        return Panache.getSession().flatMap(s -> {
            var pageQuery = s.createNativeQuery(pageSql, ArticleAnalysisEntity.class);
            for (int i = 0; i < pageParams.size(); i++) {
                pageQuery.setParameter(i + 1, pageParams.get(i));
            }
            var countQuery = s.createNativeQuery(countSql, Long.class);
            for (int i = 0; i < params.size(); i++) {
                countQuery.setParameter(i + 1, params.get(i));
            }
            return pageQuery.getResultList().flatMap(rows -> countQuery.getSingleResult().map(total -> {
                boolean more = rows.size() > first;
                List<ArticleAnalysisEntity> items = more ? rows.subList(0, first) : rows;
                String end = items.isEmpty() ? "" : new Cursor(items.get(items.size() - 1).storedAt,
                        items.get(items.size() - 1).articleId).encode();
                return new Page(List.copyOf(items), end, more, total);
            }));
        });
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
