package dev.stash2plex.app.docker;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Docker-compatible engine the way users really have one: {@code DOCKER_HOST}, then the
 * usual sockets of this OS (rootful and rootless Docker, Docker Desktop, Colima, Rancher Desktop,
 * Podman), then Windows' named pipes. A socket is tried only if its file exists; the first
 * candidate that answers a ping wins. Every failure is kept, so "no engine" can say what was tried.
 */
public final class EngineLocator {

    private static final Logger LOG = LoggerFactory.getLogger(EngineLocator.class);

    private final String os;
    private final Map<String, String> env;
    private final Path home;
    private final Predicate<Path> present;
    private final EngineConnector connector;

    /**
     * @param present whether a socket file exists (tests fake the machine's absolute paths with it)
     */
    EngineLocator(String osName, Map<String, String> env, Path home, Predicate<Path> present, EngineConnector connector) {
        this.os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.env = Map.copyOf(env);
        this.home = home;
        this.present = present;
        this.connector = connector;
    }

    /** This machine, this user, docker-java. */
    public static EngineLocator forCurrentUser() {
        return new EngineLocator(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")),
                Files::exists, DockerJavaEngine::connect);
    }

    /** The candidates for this OS, in the order they are tried (whether their sockets exist is checked later). */
    public List<EngineCandidate> candidates() {
        List<EngineCandidate> candidates = new ArrayList<>();
        dockerHost().ifPresent(candidates::add);
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        boolean hasRuntimeDir = runtimeDir != null && Path.of(runtimeDir).isAbsolute();
        if (os.startsWith("windows")) {
            candidates.add(EngineCandidate.pipe("Docker Desktop (named pipe)", "docker_engine", "Docker Desktop"));
            candidates.add(EngineCandidate.pipe("Podman machine (named pipe)", "podman-machine-default", "Podman"));
            return List.copyOf(candidates);
        }
        boolean mac = os.startsWith("mac");
        candidates.add(EngineCandidate.socket("Docker", Path.of("/var/run/docker.sock"), mac ? "Docker Desktop" : "Docker"));
        if (!mac && hasRuntimeDir) {
            candidates.add(EngineCandidate.socket("Docker (rootless)", Path.of(runtimeDir, "docker.sock"), "Docker"));
        }
        if (mac) {
            candidates.add(EngineCandidate.socket("Docker Desktop", home.resolve(".docker/run/docker.sock"), "Docker Desktop"));
        } else {
            candidates.add(EngineCandidate.socket("Docker Desktop", home.resolve(".docker/desktop/docker.sock"), "Docker Desktop"));
        }
        candidates.add(EngineCandidate.socket("Colima", home.resolve(".colima/default/docker.sock"), "Colima"));
        candidates.add(EngineCandidate.socket("Colima", home.resolve(".colima/docker.sock"), "Colima"));
        candidates.add(EngineCandidate.socket("Rancher Desktop", home.resolve(".rd/docker.sock"), "Rancher Desktop"));
        if (mac) {
            candidates.add(EngineCandidate.socket("Podman machine",
                    home.resolve(".local/share/containers/podman/machine/podman.sock"), "Podman"));
        } else {
            if (hasRuntimeDir) {
                candidates.add(EngineCandidate.socket("Podman (rootless)", Path.of(runtimeDir, "podman/podman.sock"), "Podman"));
            }
            candidates.add(EngineCandidate.socket("Podman", Path.of("/run/podman/podman.sock"), "Podman"));
        }
        return List.copyOf(candidates);
    }

    /**
     * Connects to the first candidate that answers. Blocking: call it off the FX thread.
     *
     * @throws EngineException.Unavailable naming every candidate and why it did not answer
     */
    public ContainerEngine locate() throws EngineException.Unavailable {
        List<String> tried = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        EngineProblem problem = new EngineProblem.EngineMissing();
        if (dockerHostSet() && dockerHost().isEmpty()) {
            tried.add("DOCKER_HOST: not an address (" + env.get("DOCKER_HOST").strip() + ")");
        }
        for (EngineCandidate candidate : candidates()) {
            if (candidate.socketFile().filter(present.negate()).isPresent()) {
                absent.add(candidate.location());
                continue;
            }
            try {
                ContainerEngine engine = connector.connect(candidate);
                LOG.info("Container engine: {} at {}", candidate.description(), candidate.location());
                return engine;
            } catch (EngineException e) {
                LOG.info("No engine answers at {}: {}", candidate.location(), e.getMessage());
                tried.add(candidate.description() + " at " + candidate.location() + ": " + e.getMessage());
                problem = worse(problem, candidate, e);
            }
        }
        String message = "No Docker engine answered. Tried: " + (tried.isEmpty() ? "nothing that exists" : String.join("; ", tried))
                + (absent.isEmpty() ? "" : ". Not present: " + String.join(", ", absent));
        throw new EngineException.Unavailable(message, null, problem);
    }

    /**
     * What to tell the user when nothing answered: a socket that refused this user wins (adding the user to
     * the group is what helps), then the first engine that exists but does not answer, then "none at all".
     */
    private static EngineProblem worse(EngineProblem sofar, EngineCandidate candidate, EngineException failure) {
        if (sofar instanceof EngineProblem.NoPermission) {
            return sofar;
        }
        boolean refused = failure.problem() instanceof EngineProblem.NoPermission
                || EngineWords.permissionDenied(String.valueOf(failure.getMessage()));
        if (refused) {
            return new EngineProblem.NoPermission(candidate.socketFile().map(Path::toString).orElse(candidate.location()));
        }
        if (EngineWords.noSuchPipe(String.valueOf(failure.getMessage()))) {
            return sofar;   // a named pipe exists only while its engine runs: not there says nothing more
        }
        return sofar instanceof EngineProblem.EngineStopped ? sofar : new EngineProblem.EngineStopped(candidate.location());
    }

    private boolean dockerHostSet() {
        String value = env.get("DOCKER_HOST");
        return value != null && !value.isBlank();
    }

    private Optional<EngineCandidate> dockerHost() {
        if (!dockerHostSet()) {
            return Optional.empty();
        }
        URI endpoint;
        try {
            endpoint = new URI(env.get("DOCKER_HOST").strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        boolean tls = "1".equals(env.get("DOCKER_TLS_VERIFY"));
        String certPath = env.get("DOCKER_CERT_PATH");
        Path certs = !tls ? null : certPath != null && !certPath.isBlank() ? Path.of(certPath) : home.resolve(".docker");
        return Optional.of(new EngineCandidate("DOCKER_HOST", endpoint, "", certs));
    }
}
