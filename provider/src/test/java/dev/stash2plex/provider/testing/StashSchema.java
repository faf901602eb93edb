package dev.stash2plex.provider.testing;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.validation.ValidationError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * Stash's real GraphQL schema, read from the SDL files of a Stash checkout (never copied into this
 * repository). Without them the tests that need Stash's protocol skip, saying why.
 */
public final class StashSchema {

    /** Set by surefire and failsafe (see provider/pom.xml). */
    public static final String DIR_PROPERTY = "stash.schema.dir";

    private final Path dir;
    private final TypeDefinitionRegistry types;
    private final GraphQLSchema validationSchema;

    private StashSchema(Path dir, TypeDefinitionRegistry types) {
        this.dir = dir;
        this.types = types;
        this.validationSchema = executable(Map.of());
    }

    /** The schema from {@code -Dstash.schema.dir}; aborts (skips) the calling test when it is missing. */
    public static StashSchema load() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new TestAbortedException("Stash's GraphQL schema is not configured: set -D" + DIR_PROPERTY
                    + " to a folder holding graphql/schema/schema.graphql (surefire does this from provider/pom.xml)");
        }
        return load(Path.of(configured));
    }

    /** The schema under {@code dir} ({@code graphql/schema/*.graphql} and {@code graphql/schema/types/*.graphql}). */
    public static StashSchema load(Path dir) {
        Path root = dir.resolve("graphql").resolve("schema");
        if (!Files.isRegularFile(root.resolve("schema.graphql")) || !Files.isDirectory(root.resolve("types"))) {
            throw new TestAbortedException("Stash's GraphQL schema is missing: no " + root.resolve("schema.graphql")
                    + " and " + root.resolve("types") + "/ (expected next to the repository, in ../shared/stash-schema)");
        }
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        try (Stream<Path> top = Files.list(root); Stream<Path> nested = Files.list(root.resolve("types"))) {
            Stream.concat(top, nested)
                    .filter(file -> file.getFileName().toString().endsWith(".graphql"))
                    .sorted()
                    .forEach(file -> types.merge(parser.parse(read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return new StashSchema(dir, types);
    }

    public Path dir() {
        return dir;
    }

    /** An executable schema whose {@code Query} fields are served by {@code queryFetchers}; the rest reads maps. */
    public GraphQLSchema executable(Map<String, DataFetcher<?>> queryFetchers) {
        return executableByType(Map.of("Query", queryFetchers));
    }

    /** An executable schema with fetchers by type and field, e.g. {@code "VideoFile" → "fingerprint"}; the rest reads maps. */
    public GraphQLSchema executableByType(Map<String, Map<String, DataFetcher<?>>> fetchersByType) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new LenientWiring());
        fetchersByType.forEach((typeName, fetchers) -> wiring.type(typeName, type -> {
            fetchers.forEach(type::dataFetcher);
            return type;
        }));
        return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
    }

    /** The standard GraphQL validation errors of {@code query} (unknown fields, arguments, types…). */
    public List<String> validationErrors(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException e) {
            return List.of("syntax: " + e.getMessage());
        }
        return ParseAndValidate.validate(validationSchema, document).stream()
                .map(ValidationError::getMessage)
                .toList();
    }

    /**
     * One schema element a query uses, named by its schema coordinate: {@code Scene.title},
     * {@code Query.findScenes(filter:)} or {@code SceneFilterType.path} for an input field.
     */
    public record Use(String coordinate, boolean deprecated) {
    }

    /** Every field, argument and input field a valid {@code query} uses, in document order. */
    public List<Use> uses(String query) {
        List<String> errors = validationErrors(query);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("not a valid Stash query: " + errors);
        }
        return new SchemaUses(validationSchema).of(Parser.parse(query));
    }

    /** The coordinates of every deprecated element {@code query} uses, e.g. {@code Scene.url}. */
    public List<String> deprecatedUses(String query) {
        return uses(query).stream().filter(Use::deprecated).map(Use::coordinate).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
