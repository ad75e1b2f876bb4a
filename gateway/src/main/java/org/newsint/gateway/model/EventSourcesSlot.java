package org.newsint.gateway.model;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where an {@link Event}'s sources come from, and their lookup memoised for the lifetime of the Event object (one
 * GraphQL request), so that 'sources' and 'sourceCount' on the same event share one lookup. The lookups of a batch of
 * events are started together, as one GetEvents call (see EventGraphQLApi).
 */
public final class EventSourcesSlot {

    private final String clusterId;
    private final List<EventSource> known;
    private final AtomicReference<Uni<List<EventSource>>> lookup = new AtomicReference<>();

    private EventSourcesSlot(String clusterId, List<EventSource> known) {
        this.clusterId = clusterId;
        this.known = known;
    }

    /** Sources already known (an event read through ListEvents/GetEvent). */
    public static EventSourcesSlot known(List<EventSource> sources) {
        return new EventSourcesSlot(null, List.copyOf(sources));
    }

    /**
     * An article's event: its sources are those of cross-story event {@code clusterId} (looked up through GetEvents),
     * or just the article itself when there is no such event.
     */
    public static EventSourcesSlot lookup(String clusterId, EventSource self) {
        return new EventSourcesSlot(clusterId, List.of(self));
    }

    /** The cross-story event whose sources are still to be looked up; null when they are known or already asked for. */
    public String pending() {
        return clusterId != null && lookup.get() == null ? clusterId : null;
    }

    /** Starts the lookup with {@code sources} (the sources of this slot's cross-story event, or null when it has none). */
    public void start(Uni<List<EventSource>> sources) {
        lookup.compareAndSet(null, sources);
    }

    /**
     * The sources: the known ones, or those looked up (the article itself when the lookup finds nothing). A slot with a
     * lookup to make must have been {@link #start started}.
     */
    public Uni<List<EventSource>> sources() {
        if (clusterId == null) {
            return Uni.createFrom().item(known);
        }
        Uni<List<EventSource>> u = lookup.get();
        if (u == null) {
            throw new IllegalStateException("the sources of " + clusterId + " were never looked up");
        }
        return u.map(list -> list == null || list.isEmpty() ? known : list);
    }
}
