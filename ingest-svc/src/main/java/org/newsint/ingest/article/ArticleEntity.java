package org.newsint.ingest.article;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A raw article as submitted, with where it stands in processing. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "external_id")
    public String externalId;

    public String source;

    public String url;

    @Column(name = "published_at")
    public String publishedAt;

    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String state;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "queued_at")
    public OffsetDateTime queuedAt;

    @Column(name = "enriched_at")
    public OffsetDateTime enrichedAt;
}
