package dev.stash2plex.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second launch in a real second JVM: file locks and sockets between processes, as users meet them. */
class SingleInstanceIT {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessRevealsTheFirstAndExitsZeroAndAfterTheFirstEndsALaunchIsFirstAgain() throws Exception {
        RevealListener listener = ((Claim.First) new SingleInstance(dir, Duration.ofSeconds(5)).claim()).listener();
        AtomicInteger reveals = new AtomicInteger();
        listener.start(reveals::incrementAndGet);

        assertThat(launch()).as("second launch while the first runs").isZero();
        assertThat(reveals).hasValue(1);

        listener.close();
        assertThat(launch()).as("a launch after the first ended is the first").isEqualTo(10);
    }

    @Test
    void whenTheFirstHoldsTheLockButNeverAnswersTheSecondGivesUpWithExitOne() throws Exception {
        // A first instance whose socket could not be bound: the lock is held, nobody listens.
        RevealListener listener = ((Claim.First) new SingleInstance(dir, Duration.ofSeconds(5)).claim()).listener();
        listener.close();
        RevealListener deaf = ((Claim.First) new SingleInstance(dir, Duration.ofSeconds(5)).claim()).listener();
        java.nio.file.Files.delete(dir.resolve(SingleInstance.SOCKET));

        assertThat(launch()).isEqualTo(1);
        deaf.close();
    }

    private int launch() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecondLaunch.class.getName(), dir.toString()))
                .inheritIO()
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the launch ends by itself").isTrue();
        return process.exitValue();
    }
}
