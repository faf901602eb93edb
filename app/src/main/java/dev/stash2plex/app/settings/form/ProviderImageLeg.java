package dev.stash2plex.app.settings.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.ImageBuild;
import dev.stash2plex.app.docker.OneOffRun;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.ThisComputerAddress;
import dev.stash2plex.core.settings.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container leg as the provider itself would see it: the provider image, when it is built, run once
 * ({@link OneOffRun}: the provider container's network and hardening, the secrets as read-only files)
 * with the provider jar's {@code ReachProbe} as the entry point, its JSON lines read from the log.
 */
public final class ProviderImageLeg implements ContainerLeg {

    /** The engine the app uses (the supervisor's connection). */
    @FunctionalInterface
    public interface Engines {
        ContainerEngine get() throws EngineException;
    }

    /** The provider image this app version would build on that engine: its tag and whether it is there. */
    @FunctionalInterface
    public interface Images {
        ImageBuild on(ContainerEngine engine) throws EngineException;
    }

    /** The provider jar's probe: as the image's health check starts its JVM (small, quick, nothing written). */
    static final List<String> ENTRYPOINT = List.of("java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData",
            "-XX:+UseSerialGC", "-Xmx64m", "-cp", "/app/provider.jar", "dev.stash2plex.provider.probe.ReachProbe");
    static final String PURPOSE = "connection-probe";
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final String LINE_PREFIX = "{\"probe\":";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(ProviderImageLeg.class);

    private final Engines engines;
    private final Images images;
    private final Path workRoot;

    /** @param workRoot where each run keeps its mounted folders for the run's length ({@link OneOffRun}) */
    public ProviderImageLeg(Engines engines, Images images, Path workRoot) {
        this.engines = engines;
        this.images = images;
        this.workRoot = workRoot;
    }

    @Override
    public Outcome probe(String stashUrl, Secret apiKey, String plexUrl, Secret plexToken) {
        UnaryOperator<String> redact = text -> plexToken.redact(apiKey.redact(text));
        ContainerEngine engine;
        try {
            engine = engines.get();
        } catch (EngineException e) {
            return new NotRun(Why.NO_ENGINE, redact.apply(e.getMessage()));
        }
        try {
            ImageBuild image = images.on(engine);
            if (!image.upToDate()) {
                return new NotRun(Why.NO_IMAGE, image.tag());
            }
            List<String> environment = new ArrayList<>(List.of(Setting.STASH_URL.envName() + "=" + stashUrl.strip(),
                    Setting.STASH_API_KEY.envName() + "=" + apiKey.reveal()));
            boolean withPlex = plexUrl != null && !plexUrl.isBlank();
            if (withPlex) {
                environment.add(Setting.PLEX_URL.envName() + "=" + plexUrl.strip());
                if (!plexToken.reveal().isBlank()) {
                    environment.add(Setting.PLEX_TOKEN.envName() + "=" + plexToken.reveal());
                }
            }
            OneOffRun.Output output = new OneOffRun(engine, workRoot).run(image.tag(), PURPOSE, environment, ENTRYPOINT, TIME_LIMIT);
            return read(output, ThisComputerAddress.forContainer(stashUrl.strip()),
                    withPlex ? Optional.of(ThisComputerAddress.forContainer(plexUrl.strip())) : Optional.empty(), redact);
        } catch (EngineException e) {
            String said = redact.apply(e.getMessage());
            LOG.warn("Connection test: the provider image could not be run: {}", said);
            return new NotRun(Why.FAILED, said);
        }
    }

    private static Outcome read(OneOffRun.Output output, String stashUrl, Optional<String> plexUrl, UnaryOperator<String> redact) {
        Reach stash = null;
        Reach plex = null;
        for (String line : output.lines()) {
            String trimmed = line.strip();
            if (!trimmed.startsWith(LINE_PREFIX)) {
                continue;
            }
            try {
                JsonNode answer = JSON.readTree(trimmed);
                Reach reach = answer.path("ok").asBoolean()
                        ? new Reached(answer.path("version").asText(""), answer.path("ready").asBoolean(true))
                        : new NotReached(answer.path("kind").asText("bad-answer"), redact.apply(answer.path("message").asText("")));
                switch (answer.path("probe").asText()) {
                    case "stash", "config" -> stash = reach;
                    case "plex" -> plex = reach;
                    default -> { }
                }
            } catch (IOException e) {
                LOG.debug("Connection test: an unreadable probe line ({})", e.getClass().getSimpleName());
            }
        }
        if (stash == null) {
            String ended = output.exitCode().isPresent() ? "exit code " + output.exitCode().getAsInt()
                    : "no answer within " + TIME_LIMIT.toSeconds() + " s";
            String last = output.lines().isEmpty() ? "" : ": " + redact.apply(output.lines().getLast());
            return new NotRun(Why.FAILED, "the probe printed no answer (" + ended + ")" + last);
        }
        Reach plexReach = plex;
        return new Probed(stashUrl, stash, plexUrl.flatMap(url -> Optional.ofNullable(plexReach).map(reach -> new PlexReach(url, reach))));
    }
}
