package dev.stash2plex.provider;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.stash2plex.core.pathrules.PathRuleException;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.provider.config.ConfigException;
import dev.stash2plex.provider.config.ConfigLoader;
import dev.stash2plex.provider.config.ProviderConfig;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the provider from the environment. A configuration problem is one line on stderr and exit
 * code 1, so that {@code docker logs} and the desktop app can show the user exactly what to fix.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ConfigLoader loader = new ConfigLoader(System.getenv());
        ProviderConfig config;
        PathRules rules;
        try {
            config = loader.load();
            rules = PathRules.compile(config.pathRules());
        } catch (ConfigException e) {
            exit(e.getMessage());
            return;
        } catch (PathRuleException e) {
            exit("Invalid path rules (S2P_PATH_RULES or path_rules in " + loader.configFile() + "): " + e.getMessage());
            return;
        }
        setLogLevel(config.logLevel());
        Logger log = LoggerFactory.getLogger(Main.class);
        String version = version();
        Provider provider;
        try {
            provider = Provider.start(config, rules, version, Clock.systemUTC());
        } catch (RuntimeException e) {
            exit(config.secrets().redact("Cannot start the provider on port " + config.providerPort() + ": " + rootMessage(e)));
            return;
        }
        new StartupBanner(config, loader.configFile(), rules, version).log(log, provider.stashAtStart());
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            log.info("Stash2Plex provider shutting down");
            provider.close();
        }));
    }

    /** The version Maven wrote into the jar's manifest; "dev" when run from classes. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static void setLogLevel(String level) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(level, Level.INFO));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static void exit(String line) {
        System.err.println(line);
        System.exit(1);
    }
}
