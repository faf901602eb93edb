package dev.stash2plex.app.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The image context the app ships: the top-level {@code Dockerfile} and {@code .dockerignore},
 * {@code provider/provider.jar}, {@code provider/lib/*.jar} and {@code provider/native/} (the
 * Dockerfile's {@code from-prebuilt} layout). The Maven build assembles it in {@code app/target/provider-context};
 * the app finds it through the system property {@value #PROPERTY}, which the {@code run} profile
 * and the installer's launcher set.
 *
 * @param hash SHA-256 (hex) over the file names and contents, in a stable order: the image's
 *             {@link Labels#BUNDLE_HASH}, and part of its tag
 */
public record ProviderBundle(Path directory, String hash) {

    public static final String PROPERTY = "stash2plex.provider.context";
    static final String REPOSITORY = "stash2plex/provider";
    private static final List<String> REQUIRED = List.of("Dockerfile", ".dockerignore", "provider/provider.jar");

    /** The bundle named by {@value #PROPERTY}. Reads every file (to hash it): call it off the FX thread. */
    public static ProviderBundle fromSystemProperty() throws EngineException.BuildFailed {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new EngineException.BuildFailed("The provider bundle is missing: the system property " + PROPERTY
                    + " is not set (start the app with ./mvnw -Prun, or reinstall it)", null);
        }
        return open(Path.of(value));
    }

    /** Checks the layout and hashes the bundle in {@code directory}. */
    public static ProviderBundle open(Path directory) throws EngineException.BuildFailed {
        for (String required : REQUIRED) {
            if (!Files.isRegularFile(directory.resolve(required))) {
                throw new EngineException.BuildFailed("The provider bundle in " + directory + " is incomplete: "
                        + required + " is missing (rebuild the app, or reinstall it)", null);
            }
        }
        try {
            List<Path> files = files(directory);
            if (files.stream().noneMatch(file -> file.startsWith(directory.resolve("provider/lib")))) {
                throw new EngineException.BuildFailed("The provider bundle in " + directory
                        + " is incomplete: provider/lib/ holds no libraries (rebuild the app, or reinstall it)", null);
            }
            ContentHash hash = new ContentHash();
            for (Path file : files) {
                hash.add(relativeName(directory, file)).addFile(file);
            }
            return new ProviderBundle(directory, hash.hex());
        } catch (IOException e) {
            throw new EngineException.BuildFailed("Cannot read the provider bundle in " + directory + ": " + e, e);
        }
    }

    /** {@code stash2plex/provider:<app version>-<first 12 hex digits of the hash>}: a new bundle, a new tag. */
    public String tag(String appVersion) {
        String version = appVersion.replaceAll("[^A-Za-z0-9_.-]", "-");
        return REPOSITORY + ":" + version + "-" + hash.substring(0, 12);
    }

    /** Every regular file, in the order of their names with {@code /} separators (the same on every OS). */
    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> relativeName(directory, a).compareTo(relativeName(directory, b)))
                    .toList();
        }
    }

    private static String relativeName(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }
}
