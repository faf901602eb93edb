package dev.stash2plex.app.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.core.util.CompressArchiveUtil;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One image build with the engine's classic builder (docker-java speaks no BuildKit). The context
 * folder is sent as it is, every file in it: docker-java's own {@code .dockerignore} handling
 * refuses a Dockerfile that an allow-list ignore file (ours starts with {@code *}) does not
 * re-include, and the bundled context holds only what the image needs anyway.
 */
final class ClassicBuild {

    private final DockerClient streaming;
    private final DockerClient quick;

    ClassicBuild(DockerClient streaming, DockerClient quick) {
        this.streaming = streaming;
        this.quick = quick;
    }

    void run(Path context, String target, String tag, Map<String, String> buildArgs, Map<String, String> labels,
            Consumer<ImageProgress> progress) throws EngineException {
        String action = "build image " + tag;
        File archive = archive(context, action);
        BuildOutput output = new BuildOutput(progress, buildArgs);
        try (InputStream tar = Files.newInputStream(archive.toPath())) {
            BuildImageCmd command = streaming.buildImageCmd(tar)
                    .withTags(Set.of(tag))
                    .withLabels(labels)
                    .withRemove(true)
                    .withForcerm(true)
                    .withPull(false);
            if (target != null && !target.isBlank()) {
                command.withTarget(target);
            }
            buildArgs.forEach(command::withBuildArg);
            command.exec(output);
            output.awaitEnd();
        } catch (InterruptedException e) {
            output.close();
            Thread.currentThread().interrupt();
            throw new EngineException.BuildFailed(action + ": interrupted", e);
        } catch (Exception e) {
            EngineException failure = EngineFailures.map(action, e, EngineFailures.Kind.BUILD);
            if (failure instanceof EngineException.BuildFailed build && build.problem() instanceof EngineProblem.Unclassified) {
                // The engine's answer alone did not say; with the image the build was fetching it may.
                throw new EngineException.BuildFailed(build.getMessage(), build.getCause(),
                        EngineWords.build(build.getMessage(), output.fetching()));
            }
            throw failure;
        } finally {
            archive.delete();
        }
        if (output.error() != null) {
            String said = output.error() + "\n" + String.join("\n", output.lastLines());
            String at = output.fetching().isEmpty() ? action : action + " (from the base image " + output.fetching() + ")";
            throw new EngineException.BuildFailed(at + ": " + said, null, EngineWords.build(said, output.fetching()));
        }
        try {
            quick.inspectImageCmd(tag).exec();   // the tag, not the id parsed from the output, is the truth
        } catch (NotFoundException e) {
            throw new EngineException.BuildFailed(action + ": the build ended without an image tagged " + tag + "\n"
                    + String.join("\n", output.lastLines()), e);
        } catch (RuntimeException e) {
            throw EngineFailures.map(action, e, EngineFailures.Kind.BUILD);
        }
    }

    /** The context as a gzipped tar in the temporary folder, names relative to the context folder. */
    private static File archive(Path context, String action) throws EngineException.BuildFailed {
        try (Stream<Path> walk = Files.walk(context)) {
            List<File> files = walk.filter(Files::isRegularFile).sorted().map(Path::toFile).toList();
            if (files.stream().noneMatch(file -> file.toPath().equals(context.resolve("Dockerfile")))) {
                throw new EngineException.BuildFailed(action + ": no Dockerfile in " + context, null);
            }
            return CompressArchiveUtil.archiveTARFiles(context.toFile(), files, "stash2plex-build-" + UUID.randomUUID());
        } catch (IOException e) {
            throw new EngineException.BuildFailed(action + ": cannot read the build context " + context + " (" + e + ")", e);
        }
    }
}
