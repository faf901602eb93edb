package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderBundleTest {

    @TempDir
    Path bundle;

    @BeforeEach
    void layout() throws IOException {
        write("Dockerfile", "FROM scratch AS from-prebuilt\n");
        write(".dockerignore", "*\n!provider/provider.jar\n!provider/lib/\n");
        write("provider/provider.jar", "jar");
        write("provider/lib/a.jar", "a");
        write("provider/lib/b.jar", "b");
    }

    @Test
    void hashIsStableAndGivesTheTag() throws Exception {
        ProviderBundle first = ProviderBundle.open(bundle);

        assertThat(first.hash()).matches("[0-9a-f]{64}").isEqualTo(ProviderBundle.open(bundle).hash());
        assertThat(first.tag("0.1.0-SNAPSHOT")).isEqualTo("stash2plex/provider:0.1.0-SNAPSHOT-" + first.hash().substring(0, 12));
        assertThat(first.tag("1.0+build/7")).startsWith("stash2plex/provider:1.0-build-7-");
    }

    @Test
    void hashChangesWithAContentANameOrAnExtraFile() throws Exception {
        String original = ProviderBundle.open(bundle).hash();

        write("provider/lib/a.jar", "a2");
        String content = ProviderBundle.open(bundle).hash();
        write("provider/lib/a.jar", "a");
        assertThat(ProviderBundle.open(bundle).hash()).isEqualTo(original);

        Files.move(bundle.resolve("provider/lib/b.jar"), bundle.resolve("provider/lib/c.jar"));
        String renamed = ProviderBundle.open(bundle).hash();
        Files.move(bundle.resolve("provider/lib/c.jar"), bundle.resolve("provider/lib/b.jar"));

        write("provider/lib/d.jar", "");
        String extra = ProviderBundle.open(bundle).hash();

        assertThat(java.util.List.of(content, renamed, extra)).doesNotContain(original).doesNotHaveDuplicates();
    }

    @Test
    void anIncompleteBundleSaysWhatIsMissing() throws Exception {
        Files.delete(bundle.resolve("provider/provider.jar"));

        assertThatThrownBy(() -> ProviderBundle.open(bundle)).isInstanceOf(EngineException.BuildFailed.class)
                .hasMessageContaining("provider/provider.jar is missing");
    }

    @Test
    void withoutTheSystemPropertyTheMessageNamesIt() {
        String saved = System.getProperty(ProviderBundle.PROPERTY);
        System.clearProperty(ProviderBundle.PROPERTY);
        try {
            assertThatThrownBy(ProviderBundle::fromSystemProperty).isInstanceOf(EngineException.BuildFailed.class)
                    .hasMessageContaining(ProviderBundle.PROPERTY);
        } finally {
            if (saved != null) {
                System.setProperty(ProviderBundle.PROPERTY, saved);
            }
        }
    }

    private void write(String name, String text) throws IOException {
        Path file = bundle.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
