package dev.stash2plex.app.docker;

/**
 * Why the engine could not do what the app asked, classified once, where docker-java's failure is
 * caught ({@link EngineFailures}, {@link EngineLocator}, {@link BuildOutput}), with the facts the user's
 * sentence and its action need. {@code messages.UserMessages} turns each kind into words.
 */
public sealed interface EngineProblem {

    /** Another program (or container) holds the port the provider must publish. */
    record PortInUse(int port) implements EngineProblem {
    }

    /** The build needs this image, it is not on this computer, and the registry does not have it. */
    record ImageUnavailable(String image) implements EngineProblem {
    }

    /** The build needs this image from {@code registry}, which cannot be reached (no network, DNS, firewall). */
    record RegistryUnreachable(String image, String registry) implements EngineProblem {
    }

    /** The engine's disk is full. */
    record DiskFull() implements EngineProblem {
    }

    /** No engine socket or pipe exists at any place the app knows: nothing is installed, or it never started. */
    record EngineMissing() implements EngineProblem {
    }

    /** An engine's socket exists but nothing answers on it: the engine is stopped (or still starting). */
    record EngineStopped(String location) implements EngineProblem {
    }

    /** The engine's socket refuses this user (on Linux: not in the {@code docker} group). */
    record NoPermission(String socket) implements EngineProblem {
    }

    /** Anything else: the technical text is all there is to say. */
    record Unclassified() implements EngineProblem {
    }
}
