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
    private final Supplier<List<FakeScene>> scenes;
    private final Supplier<FakeSceneView> view;
    private final FakeStashKnobs knobs;

    FakeGraphql(StashSchema schema, Supplier<List<FakeScene>> scenes, Supplier<FakeSceneView> view, FakeStashKnobs knobs) {
        this.scenes = scenes;
        this.view = view;
        this.knobs = knobs;
        Map<String, DataFetcher<?>> query = new LinkedHashMap<>();
        query.put("findScene", env -> findScene(env.getArgument("id")));
        query.put("findScenes", env -> findScenes(env.getArgument("scene_filter"), env.getArgument("filter"),
                env.getArgument("ids")));
        query.put("findScenesByPathRegex", env -> findScenesByPathRegex(env.getArgument("filter")));
        query.put("version", env -> Map.of("version", knobs.version(), "hash", "0abc123", "build_time", "2026-01-11 10:00:00"));
        query.put("systemStatus", env -> Map.of("status", knobs.systemStatus(), "appSchema", 75, "databaseSchema", 75,
                "os", "linux", "workingDir", "/root", "homeDir", "/root"));
        this.graphql = GraphQL.newGraphQL(schema.executable(query))
                .defaultDataFetcherExceptionHandler(new ResolverErrors())
                .build();
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

    private Map<String, Object> findScene(String id) {
        if (id == null) {
            return null;
        }
        if (!id.matches("-?[0-9]+")) {
            throw new FakeSceneQuery.ResolverError("strconv.Atoi: parsing \"" + id + "\": invalid syntax");
        }
        FakeSceneView sceneView = view.get();
        return scenes.get().stream().filter(scene -> scene.id().equals(id)).findFirst().map(sceneView::scene).orElse(null);
    }

    private Map<String, Object> findScenes(Map<String, Object> sceneFilter, Map<String, Object> filter, List<String> ids) {
        if (ids != null) {
            // Like Stash: with ids, scene_filter and filter are ignored.
            return result(new FakeSceneQuery.Page(
                    scenes.get().stream().filter(scene -> ids.contains(scene.id())).toList(), ids.size()));
        }
        return result(FakeSceneQuery.find(scenes.get(), sceneFilter, filter));
    }

    private Map<String, Object> findScenesByPathRegex(Map<String, Object> filter) {
        Map<String, Object> rest = new LinkedHashMap<>(filter == null ? Map.of() : filter);
        Object q = rest.remove("q");
        Map<String, Object> sceneFilter = q == null ? null
                : Map.of("path", Map.of("value", "(?i)" + q, "modifier", "MATCHES_REGEX"));
        return result(FakeSceneQuery.find(scenes.get(), sceneFilter, rest));
    }

    private Map<String, Object> result(FakeSceneQuery.Page page) {
        FakeSceneView sceneView = view.get();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", page.count());
        result.put("duration", page.scenes().stream().flatMap(s -> s.files().stream().limit(1))
                .mapToDouble(FakeFile::durationSeconds).sum());
        result.put("filesize", (double) page.scenes().stream().flatMap(s -> s.files().stream().limit(1))
                .mapToLong(FakeFile::size).sum());
        result.put("scenes", page.scenes().stream().map(sceneView::scene).toList());
        return result;
    }

    /** gqlgen puts a resolver's error text as is into {@code errors[].message}, with the field's path. */
    private static final class ResolverErrors implements DataFetcherExceptionHandler {
        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                graphql.execution.DataFetcherExceptionHandlerParameters parameters) {
            Throwable failure = parameters.getException();
            String message = failure instanceof FakeSceneQuery.ResolverError ? failure.getMessage()
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
