package org.newsint.nlp.positions;

/**
 * A statement of one actor about or to another, coded PLOVER-style: {@code type} is ACCUSE, DEMAND, THREATEN (warnings
 * included), REJECT, SUPPORT, AGREE or APPEAL; {@code sourceId} the actor who makes it (never null); {@code targetId}
 * the actor it is aimed at, or null when none is named; {@code start}/{@code end} the evidence sentence in the clean
 * text; {@code cue} the word that carries it, as written.
 */
public record Position(String type, String sourceId, String targetId, int start, int end, String cue) {
}
