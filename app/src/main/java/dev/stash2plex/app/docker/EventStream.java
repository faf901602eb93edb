package dev.stash2plex.app.docker;

import com.github.dockerjava.api.model.Event;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/** docker-java's container events as {@link ContainerEvent}s; the end of the stream (or its failure) reported once. */
final class EventStream extends StreamCallback<Event> {

    private final Consumer<ContainerEvent> event;
    private final Consumer<Throwable> onEnd;

    EventStream(Consumer<ContainerEvent> event, Consumer<Throwable> onEnd) {
        this.event = event;
        this.onEnd = onEnd;
    }

    @Override
    void item(Event item) {
        String action = item.getAction() != null ? item.getAction() : item.getStatus();
        if (action == null || action.startsWith("exec_")) {
            return;   // the health check's exec_create/exec_start/exec_die every 15 s: noise for us
        }
        Map<String, String> attributes = item.getActor() == null || item.getActor().getAttributes() == null
                ? Map.of() : item.getActor().getAttributes();
        String id = item.getActor() != null && item.getActor().getId() != null ? item.getActor().getId() : item.getId();
        event.accept(new ContainerEvent(id, action, exitCode(attributes.get("exitCode")), time(item)));
    }

    @Override
    void ended(Throwable failure) {
        onEnd.accept(failure != null
                ? EngineFailures.map("follow engine events", failure, EngineFailures.Kind.CONTAINER)
                : new EngineException.Unavailable("The engine ended the event stream", null));
    }

    private static Integer exitCode(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant time(Event item) {
        if (item.getTimeNano() != null) {
            long nanos = item.getTimeNano();
            return Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
        }
        return item.getTime() == null ? Instant.now() : Instant.ofEpochSecond(item.getTime());
    }
}
