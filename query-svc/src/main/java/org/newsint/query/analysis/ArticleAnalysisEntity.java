package org.newsint.query.analysis;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One stored analysis. The proto bytes are authoritative; the other columns serve filters and listings. */
@Entity
@Table(name = "article_analysis")
public class ArticleAnalysisEntity extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Column(name = "external_id")
    public String externalId;

    public String source;

    public String url;

    @Column(name = "published_at")
    public String publishedAt;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    public String title;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "pipeline_version", nullable = false)
    public String pipelineVersion;

    @Column(name = "clean_text", nullable = false)
    public String cleanText;

    @Column(name = "clean_text_folded", nullable = false)
    public String cleanTextFolded;

    @Column(nullable = false)
    public byte[] analysis;

    /** MinHash signature of the clean text ({@link org.newsint.text.MinHash}). */
    public byte[] minhash;

    @Column(name = "near_duplicate_of")
    public String nearDuplicateOf;

    @Column(name = "stored_at", nullable = false)
    public OffsetDateTime storedAt;
}
