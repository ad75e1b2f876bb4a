package org.newsint.nlp.pipeline;

import org.newsint.text.ArticleCleaner;
import org.newsint.text.CleanText;
import org.newsint.text.Segment;
import org.newsint.text.Segmenter;

import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic NLP pipeline as a plain Java object: no framework, no I/O after construction, safe to share
 * between threads. Today: cleaning (boilerplate, repeated paragraphs), paragraphs, sentences and tokens.
 */
public final class Pipeline {

    public static final String VERSION = "0.1.0";

    private final ArticleCleaner cleaner;

    public Pipeline() {
        this(new ArticleCleaner());
    }

    public Pipeline(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
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
        return new Analysis(article.articleId(), clean, List.copyOf(sentences), List.copyOf(tokens),
                List.of(), List.of(), List.of(), VERSION);
    }
}
