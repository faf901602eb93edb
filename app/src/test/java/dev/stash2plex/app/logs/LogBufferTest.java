package dev.stash2plex.app.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogBufferTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void linesArrivingTogetherAreHandedOnAsOneBatch() throws InterruptedException {
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        LogBuffer buffer = new LogBuffer(100, Duration.ofMillis(50), timer, Runnable::run, batch -> {
            batches.add(batch);
            delivered.countDown();
        });
        for (int i = 0; i < 20; i++) {
            buffer.append("line " + i);
        }
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(batches).singleElement().satisfies(batch -> assertThat(batch).hasSize(20).startsWith("line 0"));
    }

    @Test
    void aFloodKeepsOnlyTheNewestLines() throws InterruptedException {
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        LogBuffer buffer = new LogBuffer(10, Duration.ofMillis(50), timer, Runnable::run, batch -> {
            batches.add(batch);
            delivered.countDown();
        });
        for (int i = 0; i < 1000; i++) {
            buffer.append("line " + i);
        }
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(batches.getFirst()).hasSize(10).startsWith("line 990").endsWith("line 999");
    }
}
