package dev.stash2plex.provider.probe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.secrets.SecretsInLogs;
import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.core.stash.HttpStashClient;
import dev.stash2plex.core.stash.StashConnection;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashVersion;
import dev.stash2plex.provider.config.ConfigException;
import dev.stash2plex.provider.config.ConfigLoader;
import dev.stash2plex.provider.config.ProviderConfig;
import java.io.PrintStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Can the provider reach Stash (and Plex) from where it runs?", answered from inside the provider's
 * container: the desktop app runs the provider image once with this as its entry point, the same
 * network settings and the same secret files, and reads the answer from the log. The configuration is
 * read as the provider reads it ({@link ConfigLoader}: {@code S2P_STASH_URL}, the key from
 * {@code S2P_STASH_API_KEY_FILE}, …); Stash is asked its version through the provider's own client,
 * and, only when {@code S2P_PLEX_URL} is set, Plex its {@code /identity} ({@link PlexIdentity}).
 *
 * <p>Prints one JSON line per target on stdout, e.g. {@code {"probe":"stash","ok":true,"version":"v0.28.1","ready":true}}
 * or {@code {"probe":"stash","ok":false,"kind":"unreachable","message":"…"}} (the kinds are
 * {@link StashException#kind()}'s, and {@code config} when the configuration cannot be used). Exits 0
 * when every target answered, 2 when one did not, 1 when the configuration is wrong. Every message
 * passes the configuration's {@link Redactor}: never a key or token.
 */
public final class ReachProbe {

    /** What every line starts with, so a reader can tell the answer from anything else in the log. */
    public static final String LINE_PREFIX = "{\"probe\":";
    static final int OK = 0;
    static final int CONFIG_PROBLEM = 1;
    static final int NOT_REACHED = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> environment;
    private final PrintStream out;

    ReachProbe(Map<String, String> environment, PrintStream out) {
        this.environment = Map.copyOf(environment);
        this.out = out;
    }

    public static void main(String[] args) {
        // The answer is the JSON lines; the client's own info lines would only bury them in the log.
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
        System.exit(new ReachProbe(System.getenv(), System.out).run());
    }

    /** Asks each target once and prints its line; returns the exit code. */
    int run() {
        ProviderConfig config;
        try {
            config = new ConfigLoader(environment).load();
        } catch (ConfigException e) {
            // ConfigLoader's message is already redacted of every secret the sources held.
            print(failure("config", "config", e.getMessage()));
            return CONFIG_PROBLEM;
        }
        Redactor secrets = config.secrets();
        SecretsInLogs.cover(secrets);
        boolean reached = stash(config, secrets);
        String plexUrl = environment.get(Setting.PLEX_URL.envName());
        if (plexUrl != null && !plexUrl.isBlank()) {
            reached &= plex(config, secrets);
        }
        return reached ? OK : NOT_REACHED;
    }

    private boolean stash(ProviderConfig config, Redactor secrets) {
        try (HttpStashClient client = new HttpStashClient(StashConnection.of(config.stashUrl(), config.stashApiKey()))) {
            StashVersion version = client.version();
            ObjectNode line = JSON.createObjectNode().put("probe", "stash").put("ok", true)
                    .put("version", version.version()).put("ready", version.usable());
            print(line);
            return true;
        } catch (StashException e) {
            print(failure("stash", e.kind(), secrets.redact(e.getMessage())));
            return false;
        } catch (RuntimeException e) {
            print(failure("stash", "bad-answer", secrets.redact(e.getClass().getSimpleName() + ": " + e.getMessage())));
            return false;
        }
    }

    private boolean plex(ProviderConfig config, Redactor secrets) {
        PlexIdentity.Answer answer = new PlexIdentity(PlexIdentity.TIMEOUT).ask(config.plexUrl(), config.plexToken());
        switch (answer) {
            case PlexIdentity.Answered answered -> {
                print(JSON.createObjectNode().put("probe", "plex").put("ok", true).put("version", answered.version()));
                return true;
            }
            case PlexIdentity.Failed failed -> {
                print(failure("plex", failed.kind(), secrets.redact(failed.message())));
                return false;
            }
        }
    }

    private static ObjectNode failure(String target, String kind, String message) {
        return JSON.createObjectNode().put("probe", target).put("ok", false).put("kind", kind)
                .put("message", message == null ? "" : message);
    }

    private void print(ObjectNode line) {
        out.println(line.toString());
        out.flush();
    }
}
