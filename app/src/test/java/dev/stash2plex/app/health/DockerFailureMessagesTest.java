package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.health.ProviderStatus.EngineAdvice;
import dev.stash2plex.app.health.ProviderStatus.FailureKind;
import dev.stash2plex.app.messages.UserMessages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each Docker failure as the user reads it: one sentence that says what to do, the technical text one click away. */
class DockerFailureMessagesTest {

    private static final String LONG_DETAIL = "start container 3f2a: driver failed programming external connectivity on endpoint"
            + " stash2plex-provider (64dcef2628c5a98996590686dc244d257e988470be5bfb789adf3dffae5426d9): Error starting userland"
            + " proxy: listen tcp4 0.0.0.0:9090: bind: address already in use (HTTP 500)\nand a second line of the engine's";

    private final StatusText messages = new StatusText(UserMessages.forLocale(Locale.ENGLISH));

    @Test
    void aTakenPortIsNamedWithTheFixAndTheEnginesWordsWholeBehindDetails() {
        ProviderStatus failed = new ProviderStatus.Failed(FailureKind.CONTAINER, LONG_DETAIL, new EngineProblem.PortInUse(9090));

        assertThat(messages.status(failed)).isEqualTo("Could not start: port 9090 is in use");
        assertThat(messages.detail(failed)).isEqualTo("Port 9090 is already in use by another program, so the provider"
                + " cannot listen on it. Choose \u201cUse port 9091\u201d to move the provider there, or stop the program that"
                + " uses port 9090 and choose Start.");
        assertThat(messages.fixLabel(failed)).contains("Use port 9091");
        assertThat(messages.technicalDetails(failed)).contains(LONG_DETAIL);
    }

    @Test
    void aPortIsWrittenAsItIsTypedInEveryLocale() {
        UserMessages german = UserMessages.forLocale(Locale.GERMANY);
        ProviderStatus failed = new ProviderStatus.Failed(FailureKind.CONTAINER, "x", new EngineProblem.PortInUse(19090));

        assertThat(new StatusText(german).detail(failed)).contains("Port 19090 ", "port 19091").doesNotContain("19.090");
    }

    @Test
    void buildFailuresSayWhichImageAndWhatToDo() {
        assertThat(messages.detail(new ProviderStatus.Failed(FailureKind.BUILD, "d",
                new EngineProblem.RegistryUnreachable("eclipse-temurin:25-jre", "registry-1.docker.io"))))
                .isEqualTo("The provider image could not be built: it starts from the image eclipse-temurin:25-jre, which must"
                        + " be downloaded from registry-1.docker.io, and registry-1.docker.io cannot be reached. Check this"
                        + " computer\u2019s internet connection, then choose Start.");
        assertThat(messages.detail(new ProviderStatus.Failed(FailureKind.BUILD, "d",
                new EngineProblem.ImageUnavailable("stash2plex/runtime-base:25"))))
                .isEqualTo("The provider image could not be built: it starts from the image stash2plex/runtime-base:25, which is"
                        + " not on this computer, and the registry does not have it. Load that image into Docker (docker load),"
                        + " then choose Start.");
        assertThat(messages.detail(new ProviderStatus.Failed(FailureKind.BUILD, "d", new EngineProblem.DiskFull())))
                .isEqualTo("Docker has run out of disk space. Free some space (\u201cdocker system prune\u201d removes unused images"
                        + " and stopped containers), then choose Start.");
        ProviderStatus other = new ProviderStatus.Failed(FailureKind.BUILD, "The command returned a non-zero code: 6");
        assertThat(messages.detail(other)).isEqualTo("The provider image could not be built. Details\u2026 shows what the"
                + " builder said.");
        assertThat(messages.technicalDetails(other)).contains("The command returned a non-zero code: 6");
        assertThat(messages.fixLabel(other)).isEmpty();
    }

    @Test
    void noEngineSaysWhetherToInstallStartOrJoinTheDockerGroup() {
        assertThat(messages.detail(new ProviderStatus.EngineUnavailable("tried", EngineAdvice.INSTALL_ENGINE)))
                .isEqualTo("No Docker engine was found on this computer. Install Docker Desktop (or Docker Engine, or Podman)"
                        + " and start it; Stash2Plex connects by itself once it runs.");
        assertThat(messages.detail(new ProviderStatus.EngineUnavailable("tried", EngineAdvice.START_ENGINE)))
                .isEqualTo("Docker is installed but not running. Start Docker Desktop (on Linux: sudo systemctl start docker);"
                        + " Stash2Plex connects by itself once it runs.");
        assertThat(messages.detail(new ProviderStatus.EngineUnavailable("tried", EngineAdvice.SOCKET_PERMISSION)))
                .isEqualTo("Docker is running but does not let this user in. Run \u201csudo usermod -aG docker $USER\u201d in a"
                        + " terminal, then log out and back in; Stash2Plex connects by itself afterwards.");
        assertThat(messages.technicalDetails(new ProviderStatus.EngineUnavailable("No Docker engine answered. Tried: …",
                EngineAdvice.START_ENGINE))).contains("No Docker engine answered. Tried: …");
    }

    @Test
    void aKillFromOutsideSaysDockerLeavesItStoppedAndDetailsHoldTheLastLines() {
        ProviderStatus killed = new ProviderStatus.Crashed(137, false, List.of("line 1", "line 2"), false, true);

        assertThat(messages.detail(killed)).isEqualTo("The provider was stopped outside Stash2Plex (exit code 137), for"
                + " example with docker kill. Docker leaves it stopped; choose Start to run it again.");
        assertThat(messages.technicalDetails(killed)).contains("line 1\nline 2");
    }

    @Test
    void buildingShowsTheStepOrTheDownloadInMegabytes() {
        assertThat(messages.status(new ProviderStatus.Building(new ImageProgress("Step 3/12 : COPY provider/ /app/", 3, 12, 0, 0))))
                .isEqualTo("Preparing the provider\u2026 step 3 of 12");
        assertThat(messages.status(new ProviderStatus.Building(new ImageProgress("Downloading eclipse-temurin:25-jre", 5, 19,
                45_200_000, 140_000_000)))).isEqualTo("Preparing the provider\u2026 downloading 45.2 MB of 140.0 MB");
        assertThat(messages.detail(new ProviderStatus.Building(new ImageProgress("Downloading eclipse-temurin:25-jre", 5,
                19, 45_200_000, 140_000_000)))).isEqualTo("Building the provider image (only the first time and after updates):"
                + " Downloading eclipse-temurin:25-jre, 45.2 MB of 140.0 MB.");
        assertThat(messages.status(new ProviderStatus.Building("Sending build context"))).isEqualTo("Preparing the provider\u2026");
    }
}
