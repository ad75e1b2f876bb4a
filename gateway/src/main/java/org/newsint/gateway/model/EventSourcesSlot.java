package org.newsint.gateway.model;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Where an {@link Event}'s sources come from, and their lookup memoised for the lifetime of the Event object (one
 * GraphQL request), so that 'sources' and 'sourceCount' on the same event cost one GetEvent call at most.
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
     * An article's event: its sources are those of cross-story event {@code clusterId} (looked up through GetEvent),
     * or just the article itself when there is no such event.
     */
    public static EventSourcesSlot lookup(String clusterId, EventSource self) {
        return new EventSourcesSlot(clusterId, List.of(self));
    }

    /** The cross-story event to look up, or null when the sources are already known. */
    public String clusterId() {
        return clusterId;
    }

    /** The known sources, or the article itself as a fallback for a lookup that finds nothing. */
    public List<EventSource> known() {
        return known;
    }

    /** The memoised lookup, started with {@code start} the first time. */
    public Uni<List<EventSource>> get(Supplier<Uni<List<EventSource>>> start) {
        if (clusterId == null) {
            return Uni.createFrom().item(known);
        }
        Uni<List<EventSource>> u = lookup.get();
        if (u == null) {
            Uni<List<EventSource>> created = start.get().memoize().indefinitely();
            u = lookup.compareAndSet(null, created) ? created : lookup.get();
        }
        return u;
    }

    /** Shares an already started lookup (two events of one batch that belong to the same cross-story event). */
    public void share(Uni<List<EventSource>> started) {
        lookup.compareAndSet(null, started);
    }
}
