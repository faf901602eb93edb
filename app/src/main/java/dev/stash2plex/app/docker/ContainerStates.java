package dev.stash2plex.app.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** docker-java's inspect answer as our {@link ContainerState}. */
final class ContainerStates {

    /** What the engine writes for "never": Go's zero time. */
    private static final Instant NEVER = Instant.parse("0001-01-01T00:00:00Z");

    private ContainerStates() {
    }

    static ContainerState of(InspectContainerResponse inspected) {
        InspectContainerResponse.ContainerState state = inspected.getState();
        Map<String, String> labels = inspected.getConfig() == null || inspected.getConfig().getLabels() == null
                ? Map.of() : inspected.getConfig().getLabels();
        String image = inspected.getConfig() == null ? null : inspected.getConfig().getImage();
        Long exitCode = state.getExitCodeLong();
        return new ContainerState(
                inspected.getId(),
                name(inspected.getName()),
                image,
                state.getStatus(),
                state.getHealth() == null ? null : state.getHealth().getStatus(),
                exitCode == null ? 0 : exitCode.intValue(),
                Boolean.TRUE.equals(state.getOOMKilled()),
                inspected.getRestartCount() == null ? 0 : inspected.getRestartCount(),
                instant(state.getStartedAt()),
                instant(state.getFinishedAt()),
                labels);
    }

    /** The engine reports names with a leading slash ({@code /stash2plex-provider}). */
    static String name(String engineName) {
        return engineName != null && engineName.startsWith("/") ? engineName.substring(1) : engineName;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value);
            return instant.equals(NEVER) ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
