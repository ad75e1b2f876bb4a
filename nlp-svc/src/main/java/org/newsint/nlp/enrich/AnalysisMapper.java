package org.newsint.nlp.enrich;

import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.proto.nlp.v1.ArticleText;
import org.newsint.proto.nlp.v1.DateExpression;
import org.newsint.proto.nlp.v1.Entity;
import org.newsint.proto.nlp.v1.EntityMentions;
import org.newsint.proto.nlp.v1.EntityType;
import org.newsint.proto.nlp.v1.Event;
import org.newsint.proto.nlp.v1.EventStatus;
import org.newsint.proto.nlp.v1.Mention;
import org.newsint.proto.nlp.v1.Paragraph;
import org.newsint.proto.nlp.v1.Quote;
import org.newsint.proto.nlp.v1.Sentence;
import org.newsint.proto.nlp.v1.Span;
import org.newsint.proto.nlp.v1.Token;
import org.newsint.text.Segment;

/** Pipeline records ⇄ proto messages. */
public final class AnalysisMapper {

    private AnalysisMapper() {
    }

    public static ArticleInput toInput(ArticleText a) {
        return new ArticleInput(a.getArticleId(), a.getTitle(), a.getBody(), a.getPublishedAt(), a.getSource());
    }

    public static org.newsint.proto.nlp.v1.Analysis toProto(Analysis a) {
        var b = org.newsint.proto.nlp.v1.Analysis.newBuilder()
                .setArticleId(nz(a.articleId()))
                .setCleanText(a.clean().text())
                .setPipelineVersion(a.pipelineVersion())
                .addAllRemovedBoilerplate(a.clean().removedBoilerplate())
                .addAllRemovedRepeats(a.clean().removedRepeats());
        if (a.dateline() != null) {
            b.setDatelineSource(nz(a.dateline().source())).setDatelineDate(nz(a.dateline().date()));
        }
        for (Segment p : a.clean().paragraphs()) {
            b.addParagraphs(Paragraph.newBuilder().setSpan(span(p.start(), p.end())).setText(p.text())
                    .setOriginal(original(a, p.start(), p.end())));
        }
        for (Analysis.Sentence s : a.sentences()) {
            b.addSentences(Sentence.newBuilder().setSpan(span(s.segment().start(), s.segment().end()))
                    .setParagraph(s.paragraph()));
        }
        for (var t : a.tokens()) {
            b.addTokens(Token.newBuilder().setSpan(span(t.start(), t.end())).setText(t.text())
                    .setNormalized(t.normalized()).setStem(t.stem()));
        }
        for (Analysis.EntityMentions em : a.entities()) {
            var e = EntityMentions.newBuilder().setEntity(entity(em.entity()));
            for (Analysis.Mention m : em.mentions()) {
                e.addMentions(Mention.newBuilder().setSpan(span(m.start(), m.end())).setText(m.text()).setInTitle(m.inTitle())
                        .setOriginal(m.inTitle() ? span(m.start(), m.end()) : original(a, m.start(), m.end())));
            }
            b.addEntities(e);
        }
        for (Analysis.Event ev : a.events()) {
            var e = Event.newBuilder().setId(ev.id()).setType(ev.type())
                    .setStatus(EventStatus.valueOf(ev.status().name()))
                    .setDate(nz(ev.date())).setLocationEntityId(nz(ev.locationId()))
                    .addAllParticipantEntityIds(ev.participantIds()).setInitiatorEntityId(nz(ev.initiatorId()));
            for (Segment s : ev.evidence()) {
                e.addEvidence(span(s.start(), s.end()));
            }
            b.addEvents(e);
        }
        for (Analysis.Quote q : a.quotes()) {
            b.addQuotes(Quote.newBuilder().setSpeakerEntityId(nz(q.speakerId())).setText(q.text())
                    .setSpan(span(q.start(), q.end())).setIndirect(q.indirect()).setOriginal(original(a, q.start(), q.end())));
        }
        for (var p : a.positions()) {
            b.addPositions(org.newsint.proto.nlp.v1.Position.newBuilder().setType(p.type()).setSourceEntityId(nz(p.sourceId()))
                    .setTargetEntityId(nz(p.targetId())).setEvidence(span(p.start(), p.end())).setCue(nz(p.cue())));
        }
        for (var d : a.dates()) {
            b.addDates(DateExpression.newBuilder().setSpan(span(d.start(), d.end())).setText(d.text())
                    .setValue(nz(d.value())).setPrecision(d.precision().name()).setRelative(d.relative()));
        }
        return b.build();
    }

    static Entity entity(Analysis.Entity e) {
        return Entity.newBuilder().setId(e.id()).setCanonicalName(e.canonicalName())
                .setType(EntityType.valueOf(e.type().name())).setWikidataId(nz(e.wikidataId())).build();
    }

    /** A clean-text span as a span of the body as received. */
    private static Span original(Analysis a, int start, int end) {
        return span(a.clean().originalOffset(start), a.clean().originalEnd(end));
    }

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
