package dev.stash2plex.app.docker;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what docker-java throws into our {@link EngineException} kinds, with a message that says
 * what we were doing and what the engine answered. Values from the container's environment (the
 * Stash API key, the Plex token) are masked in the message, and a cause that held one is dropped.
 */
final class EngineFailures {

    /** The engine's JSON error body: {@code Status 409: {"message":"…"}}. */
    private static final Pattern ENGINE_MESSAGE = Pattern.compile("\\{\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Values this short, or all digits (a port), are not worth masking and are often what the user must read. */
    private static final int SECRET_MIN_LENGTH = 6;

    enum Kind { BUILD, CONTAINER }

    private EngineFailures() {
    }

    static EngineException map(String action, Throwable thrown, Kind kind) {
        return map(action, thrown, kind, List.of());
    }

    /**
     * @param action what failed, in words: {@code "start container 3f2a…"}
     * @param environment the {@code NAME=value} entries whose values must never appear in the message
     */
    static EngineException map(String action, Throwable thrown, Kind kind, Collection<String> environment) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof EngineException known) {
            return known;
        }
        String reason = reason(failure);
        String masked = mask(reason, environment);
        Throwable cause = masked.equals(reason) ? failure : null;
        String message = action + ": " + masked;
        return switch (failure) {
            case NotFoundException e -> new EngineException.NotFound(message, cause);
            case ConflictException e -> new EngineException.Conflict(message, cause);
            case TimeoutException e -> new EngineException.Unavailable(action + ": the engine did not answer in time", cause,
                    new EngineProblem.EngineStopped(""));
            case Throwable e when !(e instanceof DockerException) && ioCause(e) != null -> new EngineException.Unavailable(
                    message, cause, EngineWords.permissionDenied(reason) ? new EngineProblem.NoPermission("")
                            : new EngineProblem.EngineStopped(""));
            default -> kind == Kind.BUILD
                    ? new EngineException.BuildFailed(message, cause, EngineWords.build(masked, ""))
                    : new EngineException.ContainerFailed(message, cause, EngineWords.container(masked));
        };
    }

    /** The values of these entries, masked wherever they occur in {@code text}. */
    static String mask(String text, Collection<String> environment) {
        String masked = text;
        for (String entry : environment) {
            int equals = entry.indexOf('=');
            String value = equals < 0 ? "" : entry.substring(equals + 1);
            if (value.length() >= SECRET_MIN_LENGTH && !value.chars().allMatch(Character::isDigit)) {
                masked = masked.replace(value, "***");
            }
        }
        return masked;
    }

    private static String reason(Throwable failure) {
        if (failure instanceof DockerException docker) {
            Matcher matcher = ENGINE_MESSAGE.matcher(String.valueOf(docker.getMessage()));
            String said = matcher.find() ? matcher.group(1).replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\")
                    : String.valueOf(docker.getMessage()).strip();
            return said + " (HTTP " + docker.getHttpStatus() + ")";
        }
        Throwable io = ioCause(failure);
        Throwable shown = io != null ? io : failure;
        String detail = shown.getMessage();
        return shown.getClass().getSimpleName() + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
    }

    private static Throwable ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return t;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
