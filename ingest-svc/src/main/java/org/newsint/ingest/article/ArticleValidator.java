package org.newsint.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.ingest.IngestConfig;
import org.newsint.text.ArticleCleaner;
import org.newsint.text.CleanText;
import org.newsint.text.TextValidator;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks a submission before anything is stored. */
@ApplicationScoped
public class ArticleValidator {

    /** A submission that passed, with its clean text (which decides its identity). */
    public record Valid(Submission submission, CleanText clean) {
    }

    private final IngestConfig.Ingest limits;
    private final ArticleCleaner cleaner;

    public ArticleValidator(IngestConfig config, ArticleCleaner cleaner) {
        this.limits = config.ingest();
        this.cleaner = cleaner;
    }

    public Valid validate(Submission s) throws RejectedException {
        if (s.body() == null || s.body().isBlank()) {
            throw new RejectedException(new Rejection("body", "body is missing or blank"));
        }
        int bytes = s.body().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxBodyBytes()) {
            throw new RejectedException(new Rejection("body", "body is " + bytes + " bytes; the limit is "
                    + limits.maxBodyBytes() + " bytes (newsint.ingest.max-body-bytes)"));
        }
        if (s.title() != null && s.title().length() > limits.maxTitleChars()) {
            throw new RejectedException(new Rejection("title", "title is " + s.title().length()
                    + " characters; the limit is " + limits.maxTitleChars()));
        }
        checkCharacters("body", s.body());
        checkCharacters("title", s.title());
        checkCharacters("source", s.source());
        checkCharacters("externalId", s.externalId());
        if (s.publishedAt() != null && !s.publishedAt().isBlank() && !isIsoDate(s.publishedAt().strip())) {
            throw new RejectedException(new Rejection("publishedAt", "publishedAt '" + s.publishedAt()
                    + "' is not an ISO-8601 date or date-time (e.g. 2022-02-12 or 2022-02-12T10:15:00Z)"));
        }
        if (s.url() != null && !s.url().isBlank() && !isHttpUrl(s.url().strip())) {
            throw new RejectedException(new Rejection("url", "url '" + s.url() + "' is not an http(s) URL"));
        }
        CleanText clean = cleaner.clean(s.title(), s.body());
        if (clean.isEmpty()) {
            throw new RejectedException(new Rejection("body",
                    "nothing is left of the body after removing boilerplate lines and repeats"));
        }
        return new Valid(s, clean);
    }

    private static void checkCharacters(String field, String value) throws RejectedException {
        Optional<TextValidator.Problem> p = TextValidator.firstInvalid(value);
        if (p.isPresent()) {
            throw new RejectedException(new Rejection(field, field + " has an invalid character at offset "
                    + p.get().offset() + ": " + p.get().message()));
        }
    }

    static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            LocalDateTime.parse(s);
            return true;
        } catch (DateTimeParseException ignored) {
            return false;
        }
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = new URI(s);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Thrown with the reason a submission is rejected. */
    public static class RejectedException extends Exception {
        private final transient Rejection rejection;

        public RejectedException(Rejection rejection) {
            super(rejection.reason());
            this.rejection = rejection;
        }

        public Rejection rejection() {
            return rejection;
        }
    }
}
