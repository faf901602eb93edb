package dev.stash2plex.app.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of the provider's log as a person reads it. The provider writes one JSON object per line
 * (time, level, message, then its own key/value fields); a line that is not such an object — the
 * one-line configuration error on stderr, a JVM message — is kept as it came, as the message.
 *
 * @param fields the line's own key/value pairs, in their order (an exception's stack trace among them)
 */
public record LogEntry(Optional<Instant> time, String level, String message, Map<String, String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The encoder's bookkeeping: shown as time, level and message, or of no use to a reader. */
    private static final Set<String> FRAME = Set.of("ts", "@timestamp", "msg", "message", "level", "level_value",
            "@version", "logger", "logger_name", "thread", "thread_name");
    private static final String STACK_TRACE = "stack_trace";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_AND_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public LogEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static LogEntry parse(String line) {
        String raw = line == null ? "" : line.stripTrailing();
        if (!raw.startsWith("{")) {
            return plain(raw);
        }
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            return plain(raw);
        }
        if (node == null || !node.isObject() || !(node.hasNonNull("msg") || node.hasNonNull("message"))) {
            return plain(raw);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        node.properties().forEach(field -> {
            if (!FRAME.contains(field.getKey()) && !field.getValue().isNull()) {
                fields.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString());
            }
        });
        return new LogEntry(time(first(node, "ts", "@timestamp")), first(node, "level", null).toUpperCase(Locale.ROOT),
                first(node, "msg", "message"), fields);
    }

    /**
     * Of a stopped container's last lines, the one most likely to say why: the last warning, error or
     * line the provider's logger did not write (a configuration error, the JVM); else the last line.
     */
    public static Optional<LogEntry> mostTelling(List<String> lines) {
        List<LogEntry> entries = lines.stream().map(LogEntry::parse).filter(entry -> !entry.message().isBlank()).toList();
        return entries.reversed().stream().filter(entry -> entry.isProblem() || entry.level().isEmpty()).findFirst()
                .or(() -> entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast()));
    }

    /** A piece of an entry's text and what it is, so the window can style each piece. */
    public record Part(String text, Kind kind) {
    }

    public enum Kind { TIME, LEVEL, MESSAGE, FIELD, TRACE }

    /** What the window shows: the time of day, level, message and fields on one line (a stack trace below). */
    public List<Part> parts(ZoneId zone) {
        return parts(CLOCK, zone);
    }

    public String shortText(ZoneId zone) {
        return text(parts(CLOCK, zone));
    }

    /** What Copy puts on the clipboard: the same with the date, for a bug report read on another day. */
    public String fullText(ZoneId zone) {
        return text(parts(DATE_AND_CLOCK, zone));
    }

    /** WARN and ERROR lines, which the window marks. */
    public boolean isProblem() {
        return level.equals("WARN") || level.equals("ERROR");
    }

    private List<Part> parts(DateTimeFormatter format, ZoneId zone) {
        List<Part> parts = new ArrayList<>();
        time.ifPresent(at -> parts.add(new Part(format.format(at.atZone(zone)) + "  ", Kind.TIME)));
        if (!level.isEmpty()) {
            parts.add(new Part(String.format(Locale.ROOT, "%-5s  ", level), Kind.LEVEL));
        }
        parts.add(new Part(message, Kind.MESSAGE));
        fields.forEach((name, value) -> {
            if (!name.equals(STACK_TRACE)) {
                parts.add(new Part("  " + name + "=" + value, Kind.FIELD));
            }
        });
        String trace = fields.get(STACK_TRACE);
        if (trace != null && !trace.isBlank()) {
            parts.add(new Part("\n" + trace.stripTrailing(), Kind.TRACE));
        }
        return parts;
    }

    /** The pieces put back together: the line as shown. */
    static String text(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    private static LogEntry plain(String raw) {
        return new LogEntry(Optional.empty(), "", raw, Map.of());
    }

    private static String first(JsonNode node, String name, String alternative) {
        JsonNode value = node.get(name);
        if ((value == null || value.isNull()) && alternative != null) {
            value = node.get(alternative);
        }
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static Optional<Instant> time(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
