package dev.stash2plex.provider.testing;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.DataFetcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Stash's GraphQL endpoint over the fake's scenes: validates each request against the real schema
 * and answers the way gqlgen does (422 for parse or validation failures, 200 with {@code errors[]}
 * and partial data for resolver errors).
 */
final class FakeGraphql {

    /** The HTTP status and JSON body of one GraphQL answer, plus the validation errors if it was rejected. */
    record Answer(int status, Map<String, Object> body, List<String> validationErrors) {
    }

    private final GraphQL graphql;
    private final StashSchema schema;

    FakeGraphql(StashSchema schema, FakeStashData data, Supplier<FakeSceneView> view, FakeStashKnobs knobs) {
        this.schema = schema;
        FakeSceneResolvers scenes = new FakeSceneResolvers(data, view);
        FakeEntityResolvers entities = new FakeEntityResolvers(data, view);
        Map<String, DataFetcher<?>> query = new LinkedHashMap<>();
        query.put("findScene", env -> scenes.findScene(env.getArgument("id")));
        query.put("findScenes", env -> scenes.findScenes(env.getArgument("scene_filter"), env.getArgument("filter"),
                env.getArgument("ids")));
        query.put("findScenesByPathRegex", env -> scenes.findScenesByPathRegex(env.getArgument("filter")));
        query.put("findPerformer", env -> entities.findPerformer(env.getArgument("id")));
        query.put("findPerformers", env -> entities.findPerformers(env.getArgument("performer_filter"),
                env.getArgument("filter"), env.getArgument("ids")));
        query.put("findStudio", env -> entities.findStudio(env.getArgument("id")));
        query.put("findStudios", env -> entities.findStudios(env.getArgument("studio_filter"),
                env.getArgument("filter"), env.getArgument("ids")));
        query.put("findTag", env -> entities.findTag(env.getArgument("id")));
        query.put("findTags", env -> entities.findTags(env.getArgument("tag_filter"), env.getArgument("filter"),
                env.getArgument("ids")));
        query.put("findGroup", env -> findGroup(data, view.get(), env.getArgument("id")));
        query.put("version", env -> Map.of("version", knobs.version(), "hash", "0abc123", "build_time", "2026-01-11 10:00:00"));
        query.put("systemStatus", env -> Map.of("status", knobs.systemStatus(), "appSchema", 75, "databaseSchema", 75,
                "os", "linux", "workingDir", "/root", "homeDir", "/root"));
        // A field with an argument reads it: fingerprint(type: "oshash") picks from the file's fingerprints.
        Map<String, DataFetcher<?>> videoFile = Map.of("fingerprint", env -> fingerprint(env.getSource(),
                env.getArgument("type")));
        this.graphql = GraphQL.newGraphQL(schema.executableByType(Map.of("Query", query, "VideoFile", videoFile)))
                .defaultDataFetcherExceptionHandler(new ResolverErrors())
                .build();
    }

    /**
     * What an older Stash, whose schema lacks {@code unknown} (schema coordinates), answers a query
     * using one of them: gqlgen's 422 with its validation message. Null when the query is fine there.
     */
    Answer olderRelease(String query, java.util.Set<String> unknown) {
        if (unknown.isEmpty() || !schema.validationErrors(query).isEmpty()) {
            return null;
        }
        for (StashSchema.Use use : schema.uses(query)) {
            if (unknown.contains(use.coordinate())) {
                String[] parts = use.coordinate().split("\\.", 2);
                String message = "Cannot query field \"" + parts[1] + "\" on type \"" + parts[0] + "\".";
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("errors", List.of(Map.of("message", message, "extensions", Map.of("code", "GRAPHQL_VALIDATION_FAILED"))));
                body.put("data", null);
                return new Answer(422, body, List.of());
            }
        }
        return null;
    }

    Answer execute(String query, String operationName, Map<String, Object> variables) {
        ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput()
                .query(query == null ? "" : query)
                .operationName(operationName)
                .variables(variables == null ? Map.of() : variables)
                .build());
        List<GraphQLError> errors = result.getErrors();
        boolean syntax = errors.stream().anyMatch(error -> error.getErrorType() == ErrorType.InvalidSyntax);
        boolean invalid = errors.stream().anyMatch(error -> error.getErrorType() == ErrorType.ValidationError);
        if (syntax || invalid) {
            String code = syntax ? "GRAPHQL_PARSE_FAILED" : "GRAPHQL_VALIDATION_FAILED";
            List<Map<String, Object>> gqlgenErrors = new ArrayList<>();
            for (GraphQLError error : errors) {
                gqlgenErrors.add(Map.of("message", error.getMessage(), "extensions", Map.of("code", code)));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errors", gqlgenErrors);
            body.put("data", null);
            return new Answer(422, body, errors.stream().map(GraphQLError::getMessage).toList());
        }
        Map<String, Object> body = new LinkedHashMap<>(result.toSpecification());
        body.putIfAbsent("data", null);
        return new Answer(200, body, List.of());
    }

    /** Stash's {@code findGroup(id:)}: null for an unknown id, an error for one that is not a number. */
    private static Map<String, Object> findGroup(FakeStashData data, FakeSceneView view, String id) {
        if (!id.matches("-?[0-9]+")) {
            throw new FakeResolverError("strconv.Atoi: parsing \"" + id + "\": invalid syntax");
        }
        return data.group(id).map(view::group).orElse(null);
    }

    /** Stash's {@code BaseFile.fingerprint(type:)}: the value of that type, or null when the file has none. */
    private static Object fingerprint(Map<String, Object> file, String type) {
        if (file == null || !(file.get("fingerprints") instanceof List<?> fingerprints)) {
            return null;
        }
        return fingerprints.stream()
                .map(fingerprint -> (Map<?, ?>) fingerprint)
                .filter(fingerprint -> type.equals(fingerprint.get("type")))
                .map(fingerprint -> fingerprint.get("value"))
                .findFirst().orElse(null);
    }

    /** gqlgen puts a resolver's error text as is into {@code errors[].message}, with the field's path. */
    private static final class ResolverErrors implements DataFetcherExceptionHandler {
        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                graphql.execution.DataFetcherExceptionHandlerParameters parameters) {
            Throwable failure = parameters.getException();
            String message = failure instanceof FakeResolverError ? failure.getMessage()
                    : "FakeStash resolver failed: " + failure;
            GraphQLError error = GraphqlErrorBuilder.newError()
                    .message("%s", message)
                    .path(parameters.getPath())
                    .location(parameters.getSourceLocation())
                    .build();
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
        }
    }
}
