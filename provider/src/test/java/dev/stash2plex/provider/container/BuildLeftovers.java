package dev.stash2plex.provider.container;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The untagged stage images a classic-builder build leaves behind (the Maven stage, the stage a
 * target skipped to). They are read from the build's output ({@code  ---> <id>} lines) and
 * removed after the test: never a tagged image such as a base, never with force, so an image
 * another image still uses stays.
 */
final class BuildLeftovers {

    private static final Pattern IMAGE_ID = Pattern.compile("^ ---> ([0-9a-f]{12,64})$", Pattern.MULTILINE);

    private final List<String> ids = new ArrayList<>();

    void collect(String buildOutput) {
        Matcher matcher = IMAGE_ID.matcher(buildOutput);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
    }

    void remove(DockerCli docker) {
        for (String id : ids.reversed()) {
            DockerCli.Result tags = docker.docker(Duration.ofSeconds(30), "image", "inspect", "-f", "{{len .RepoTags}}", id);
            if (tags.succeeded() && tags.trimmed().equals("0")) {
                docker.docker(Duration.ofMinutes(2), "image", "rm", id);
            }
        }
        ids.clear();
    }
}
