package org.newsint.nlp.pipeline;

import org.newsint.text.CleanText;
import org.newsint.text.Segment;
import org.newsint.text.Segmenter;
import org.newsint.text.dates.DateMention;
import org.newsint.nlp.positions.Position;

import java.util.List;

/** Everything the pipeline found in one article. Offsets refer to {@code clean.text()}. */
public record Analysis(
        String articleId,
        CleanText clean,
        List<Sentence> sentences,
        List<Segmenter.Token> tokens,
        List<EntityMentions> entities,
        List<Event> events,
        List<Quote> quotes,
        List<Position> positions,
        List<DateMention> dates,
        Dateline dateline,
        String pipelineVersion) {

    public record Sentence(Segment segment, int paragraph) {
    }

    public enum EntityType { PERSON, ORG, LOC, MISC }

    public record Entity(String id, String canonicalName, EntityType type, String wikidataId) {
    }

    /** A mention's span is in the clean text, or in the normalised title when {@code inTitle}. */
    public record Mention(int start, int end, String text, boolean inTitle) {

        public Mention(int start, int end, String text) {
            this(start, end, text, false);
        }
    }

    public record EntityMentions(Entity entity, List<Mention> mentions) {
    }

    public enum EventStatus { HAPPENED, PLANNED, NEGATED }

    public record Event(String id, String type, EventStatus status, String date, String locationId,
                        List<String> participantIds, String initiatorId, List<Segment> evidence) {
    }

    public record Quote(String speakerId, String text, int start, int end, boolean indirect) {
    }
}
