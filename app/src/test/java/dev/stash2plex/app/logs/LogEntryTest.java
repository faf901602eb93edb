package dev.stash2plex.app.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LogEntryTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void aProviderLineReadsAsTimeLevelMessageAndItsOwnFields() {
        LogEntry entry = LogEntry.parse("{\"ts\":\"2026-11-22T05:33:04.159359384Z\",\"msg\":\"HTTP request\","
                + "\"logger\":\"dev.stash2plex.provider.access\",\"thread\":\"JettyServerThreadPool-Virtual-5\","
                + "\"level\":\"INFO\",\"method\":\"GET\",\"path\":\"/health\",\"status\":200,\"duration_ms\":3.3}");

        assertThat(entry.time()).contains(Instant.parse("2026-11-22T05:33:04.159359384Z"));
        assertThat(entry.level()).isEqualTo("INFO");
        assertThat(entry.message()).isEqualTo("HTTP request");
        assertThat(entry.fields()).containsExactly(
                java.util.Map.entry("method", "GET"), java.util.Map.entry("path", "/health"),
                java.util.Map.entry("status", "200"), java.util.Map.entry("duration_ms", "3.3"));
        assertThat(entry.shortText(UTC)).isEqualTo("05:33:04  INFO   HTTP request  method=GET  path=/health  status=200  duration_ms=3.3");
        assertThat(entry.fullText(ZoneId.of("Europe/Berlin")))
                .isEqualTo("2026-11-22 06:33:04  INFO   HTTP request  method=GET  path=/health  status=200  duration_ms=3.3");
        assertThat(entry.isProblem()).isFalse();
    }

    @Test
    void aStackTraceGoesBelowTheLineAndTheLevelIsAProblem() {
        LogEntry entry = LogEntry.parse("{\"ts\":\"2026-11-22T05:33:04Z\",\"msg\":\"Match failed\",\"level\":\"ERROR\","
                + "\"stack_trace\":\"java.io.IOException: boom\\n\\tat x.Y.z(Y.java:1)\\n\",\"scene\":\"42\"}");

        assertThat(entry.shortText(UTC)).isEqualTo("05:33:04  ERROR  Match failed  scene=42\njava.io.IOException: boom\n\tat x.Y.z(Y.java:1)");
        assertThat(entry.isProblem()).isTrue();
        assertThat(entry.parts(UTC)).extracting(LogEntry.Part::kind).containsExactly(
                LogEntry.Kind.TIME, LogEntry.Kind.LEVEL, LogEntry.Kind.MESSAGE, LogEntry.Kind.FIELD, LogEntry.Kind.TRACE);
    }

    @Test
    void anythingElseIsKeptAsItCame() {
        String configError = "Invalid configuration: S2P_LOG_LEVEL must be one of trace, debug, info, warn, error (got 'loud')";
        for (String line : new String[] {configError, "{not json", "[1,2]", "{\"no\":\"message\"}", ""}) {
            LogEntry entry = LogEntry.parse(line);
            assertThat(entry.shortText(UTC)).isEqualTo(line);
            assertThat(entry.time()).isEmpty();
            assertThat(entry.level()).isEmpty();
        }
        assertThat(LogEntry.parse("plain line  \r").message()).isEqualTo("plain line");
    }

    @Test
    void aBadTimeIsLeftOutRatherThanInvented() {
        LogEntry entry = LogEntry.parse("{\"ts\":\"yesterday\",\"msg\":\"m\",\"level\":\"warn\",\"nested\":{\"a\":1}}");

        assertThat(entry.shortText(UTC)).isEqualTo("WARN   m  nested={\"a\":1}");
        assertThat(entry.isProblem()).isTrue();
    }

    @Test
    void theMostTellingOfTheLastLinesIsTheLastProblemOrForeignLine() {
        String info = "{\"ts\":\"2026-11-22T05:33:04Z\",\"msg\":\"starting\",\"level\":\"INFO\"}";
        String warn = "{\"ts\":\"2026-11-22T05:33:05Z\",\"msg\":\"Cannot bind\",\"level\":\"WARN\"}";
        assertThat(LogEntry.mostTelling(java.util.List.of(info, warn, info, "  "))).map(LogEntry::message).contains("Cannot bind");
        assertThat(LogEntry.mostTelling(java.util.List.of("Missing required configuration: S2P_STASH_URL", info)))
                .map(LogEntry::message).contains("Missing required configuration: S2P_STASH_URL");
        assertThat(LogEntry.mostTelling(java.util.List.of(info))).map(LogEntry::message).contains("starting");
        assertThat(LogEntry.mostTelling(java.util.List.of())).isEmpty();
    }
}
