package org.newsint.nlp.pipeline;

import org.newsint.nlp.events.EventExtractor;
import org.newsint.nlp.events.EventLexicon;
import org.newsint.nlp.kb.EntityLinker;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.kb.RoleLexicon;
import org.newsint.nlp.positions.PositionExtractor;
import org.newsint.nlp.quotes.QuoteExtractor;
import org.newsint.text.ArticleCleaner;
import org.newsint.text.CleanText;
import org.newsint.text.Segment;
import org.newsint.text.Segmenter;
import org.newsint.text.dates.DateResolver;
import org.newsint.text.dates.IsoDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic NLP pipeline as a plain Java object: no framework, no I/O after construction, safe to share
 * between threads. Today: cleaning (boilerplate, repeated paragraphs), paragraphs, sentences, tokens, and
 * knowledge-base names found and linked.
 */
public final class Pipeline {

    public static final String VERSION = "0.4.0";

    private final ArticleCleaner cleaner;
    private final EntityLinker linker;
    private final DateResolver dates = new DateResolver();
    private final QuoteExtractor quotes;
    private final EventExtractor events;
    private final PositionExtractor positions;
    private final org.newsint.nlp.ner.NerActors ner;

    /** The bundled boilerplate rules and knowledge base. */
    public Pipeline() {
        this(new ArticleCleaner(), KnowledgeBase.bundled(), RoleLexicon.bundled());
    }

    public Pipeline(ArticleCleaner cleaner, KnowledgeBase kb, RoleLexicon roles) {
        this(cleaner, kb, roles, null);
    }

    /** The bundled rules and knowledge base, with the statistical recognizer adding actors. */
    public Pipeline(org.newsint.nlp.ner.NerActors ner) {
        this(new ArticleCleaner(), KnowledgeBase.bundled(), RoleLexicon.bundled(), ner);
    }

    /** With the statistical recognizer adding actors the knowledge base does not know (null: without). */
    public Pipeline(ArticleCleaner cleaner, KnowledgeBase kb, RoleLexicon roles, org.newsint.nlp.ner.NerActors ner) {
        this.ner = ner;
        this.cleaner = cleaner;
        this.linker = new EntityLinker(kb, roles);
        this.events = new EventExtractor(EventLexicon.bundled(), kb);
        this.positions = new PositionExtractor(kb);
        this.quotes = new QuoteExtractor(kb);
    }

    /**
     * The body's entities plus those named in the title (their mentions flagged {@code inTitle}, spans in the
     * normalised title). Events, quotes and positions are read from the body only.
     */
    private List<Analysis.EntityMentions> withTitle(List<Analysis.EntityMentions> body, String title, String publishedAt) {
        if (title == null || title.isBlank()) {
            return body;
        }
        String t = org.newsint.text.ArabicText.normalize(title).replace('\n', ' ');
        List<Analysis.EntityMentions> inTitle = linker.link(t, Segmenter.tokens(t, 0, t.length()), publishedAt);
        if (inTitle.isEmpty()) {
            return body;
        }
        java.util.Map<String, List<Analysis.Mention>> mentions = new java.util.LinkedHashMap<>();
        java.util.Map<String, Analysis.Entity> byId = new java.util.LinkedHashMap<>();
        for (Analysis.EntityMentions em : body) {
            byId.put(em.entity().id(), em.entity());
            mentions.put(em.entity().id(), new ArrayList<>(em.mentions()));
        }
        for (Analysis.EntityMentions em : inTitle) {
            byId.putIfAbsent(em.entity().id(), em.entity());
            List<Analysis.Mention> list = mentions.computeIfAbsent(em.entity().id(), k -> new ArrayList<>());
            em.mentions().forEach(m -> list.add(new Analysis.Mention(m.start(), m.end(), m.text(), true)));
        }
        List<Analysis.EntityMentions> out = new ArrayList<>();
        byId.forEach((id, e) -> out.add(new Analysis.EntityMentions(e, List.copyOf(mentions.get(id)))));
        return List.copyOf(out);
    }

    /** The entities with their mentions from {@code start} on (those left with none dropped). */
    private static List<Analysis.EntityMentions> after(List<Analysis.EntityMentions> entities, int start) {
        if (start <= 0) {
            return entities;
        }
        List<Analysis.EntityMentions> out = new ArrayList<>(entities.size());
        for (Analysis.EntityMentions em : entities) {
            List<Analysis.Mention> kept = em.mentions().stream().filter(m -> m.start() >= start).toList();
            if (!kept.isEmpty()) {
                out.add(kept.size() == em.mentions().size() ? em : new Analysis.EntityMentions(em.entity(), kept));
            }
        }
        return out;
    }

    public Analysis analyze(ArticleInput article) {
        CleanText clean = cleaner.clean(article.title(), article.body());
        String text = clean.text();
        List<Analysis.Sentence> sentences = new ArrayList<>();
        List<Segmenter.Token> tokens = new ArrayList<>();
        for (int p = 0; p < clean.paragraphs().size(); p++) {
            Segment para = clean.paragraphs().get(p);
            for (Segment s : Segmenter.sentences(text, para.start(), para.end())) {
                sentences.add(new Analysis.Sentence(s, p));
            }
            tokens.addAll(Segmenter.tokens(text, para.start(), para.end()));
        }
        List<Analysis.EntityMentions> entities = linker.link(text, tokens, article.publishedAt());
        if (ner != null) {
            entities = ner.add(text, sentences, tokens, entities);
        }
        LocalDate published = IsoDates.dayOf(article.publishedAt());
        Dateline dateline = clean.paragraphs().isEmpty() ? null
                : Dateline.parse(clean.paragraphs().get(0).text(), published, dates).orElse(null);
        String publishedDay = published == null ? null : published.toString();
        String storyDay = dateline != null && dateline.date() != null && dateline.date().length() == 10 ? dateline.date() : publishedDay;
        var dateMentions = dates.find(text, dateline != null && storyDay != null ? LocalDate.parse(storyDay) : published);
        int datelineEnd = dateline == null ? 0 : clean.paragraphs().get(0).start() + dateline.end();
        if (dateline != null && dateline.date() != null) { // the filing day is the story's day, no contact's
            dateMentions = dateMentions.stream().filter(d -> d.start() >= datelineEnd).toList();
        }
        // «القاهرة (رويترز) - صرح المتحدث باسم …»: the agency that filed the story says nothing in it
        var quoted = quotes.extract(text, clean.paragraphs(), sentences, tokens, after(entities, datelineEnd));
        var found = events.extract(article.articleId(), text, sentences, tokens, entities, dateMentions,
                storyDay, storyDay, quoted);
        return new Analysis(article.articleId(), clean, List.copyOf(sentences), List.copyOf(tokens),
                withTitle(entities, article.title(), article.publishedAt()), found,
                quoted, positions.extract(text, sentences, entities, quoted), List.copyOf(dateMentions), dateline, VERSION);
    }
}
