package dev.stash2plex.app.health;

import static dev.stash2plex.app.supervisor.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier;
import dev.stash2plex.app.supervisor.FakeEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitor with an in-memory engine and a stub /health: events, probes and the crash-loop guard together. */
class HealthMonitorTest {

    private static final ProviderHealth OK = new ProviderHealth(true, "0.1.0", "v0.30.1", null, IndexHealth.NOT_REPORTED);
    private static final String ID = "c1";

    private final FakeEngine engine = new FakeEngine();
    private final AtomicReference<ProviderHealth> answer = new AtomicReference<>(OK);
    private final AtomicInteger probes = new AtomicInteger();
    private final List<ProviderStatus> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger eventsLost = new AtomicInteger();
    private final List<String> crashLoops = new CopyOnWriteArrayList<>();
    /** The supervisor's side, as the monitor reports to it. */
    private final HealthMonitor.Owner owner = new HealthMonitor.Owner() {
        @Override
        public void eventsLost() {
            eventsLost.incrementAndGet();
        }

        @Override
        public void crashLoop(String containerId) {
            crashLoops.add(containerId);
        }
    };
    private ExecutorService lane;
    private ScheduledThreadPoolExecutor timer;
    private ExecutorService io;
    private HealthMonitor monitor;

    @BeforeEach
    void start() throws Exception {
        lane = Executors.newSingleThreadExecutor();
        timer = new ScheduledThreadPoolExecutor(1);
        timer.setRemoveOnCancelPolicy(true);   // its queue then holds exactly the probes still to come
        io = Executors.newVirtualThreadPerTaskExecutor();
        Backoff fast = new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), 2);
        HealthCheck check = port -> {
            probes.incrementAndGet();
            ProviderHealth health = answer.get();
            if (health == null) {
                throw new HealthProbe.ProbeException("Connection refused", null);
            }
            return health;
        };
        monitor = new HealthMonitor(check, new ProbeSchedule(fast, Duration.ofMillis(20), Duration.ofMillis(20)),
                new CrashLoopGuard(3, Duration.ofMinutes(1)), lane, timer, io, Clock.systemUTC());
        monitor.addListener(seen::add);
        engine.containers.put(ID, FakeEngine.state(ID, "running", 0));
        monitor.watch(engine, ID, 9090, owner);
    }

    @AfterEach
    void stop() {
        monitor.close();
        lane.shutdownNow();
        timer.shutdownNow();
        io.shutdownNow();
    }

    private void awaitStatus(Class<? extends ProviderStatus> kind) {
        await(kind.getSimpleName(), () -> kind.isInstance(monitor.current()), () -> seen);
    }

    @Test
    void aFailingListenerNeitherSilencesTheOthersNorStopsTheProbes() {
        List<ProviderStatus> later = new CopyOnWriteArrayList<>();
        monitor.addListener(status -> {
            throw new IllegalStateException("Toolkit not initialized");
        });
        monitor.addListener(later::add);

        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        await("the listener after the failing one", () -> later.size() == 2, () -> later);
        assertThat(later).containsExactly(new ProviderStatus.Starting(), new ProviderStatus.Healthy("0.1.0", "v0.30.1"));
    }

    @Test
    void aRunningContainerBecomesHealthyThenDegradedWithTheReasonThenHealthyAgain() {
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        assertThat(seen).startsWith(new ProviderStatus.Starting(), new ProviderStatus.Healthy("0.1.0", "v0.30.1"));

        answer.set(new ProviderHealth(false, "0.1.0", "v0.30.1", "unreachable: Connection refused",
                IndexHealth.NOT_REPORTED));
        awaitStatus(ProviderStatus.Degraded.class);
        assertThat(monitor.current()).isEqualTo(new ProviderStatus.Degraded(
                ProviderStatus.DegradedReason.STASH_UNREACHABLE, "unreachable: Connection refused"));

        answer.set(OK);
        awaitStatus(ProviderStatus.Healthy.class);
    }

    @Test
    void anUnexpectedExitIsACrashWithTheExitCodeAndTheLastLines() {
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        engine.logLines = List.of("Exception in thread main", "  at Provider.start");
        engine.emit(ID, "die", 137);
        awaitStatus(ProviderStatus.Crashed.class);
        assertThat(monitor.current()).isEqualTo(new ProviderStatus.Crashed(137, false,
                List.of("Exception in thread main", "  at Provider.start"), false));
        assertThat(engine.calls).noneMatch(call -> call.startsWith("restart-policy"));
    }

    @Test
    void aKillFromOutsideTheAppLeavesItStoppedAndIsNoCrashLoop() {
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        for (int i = 0; i < 4; i++) {   // more kills than the guard's loop: a kill is not counted as one
            engine.emit(ID, "start", null);
            engine.emit(ID, "kill", null);
            engine.emit(ID, "die", 137);
        }
        await("killed", () -> monitor.current() instanceof ProviderStatus.Crashed c && c.killed(), () -> seen);
        ProviderStatus.Crashed killed = (ProviderStatus.Crashed) monitor.current();
        assertThat(killed.exitCode()).isEqualTo(137);
        assertThat(killed.restartsStopped()).isFalse();
        assertThat(engine.calls).noneMatch(call -> call.startsWith("restart-policy"));

        engine.emit(ID, "start", null);   // started again: its next exit of its own is an ordinary crash
        engine.emit(ID, "die", 1);
        await("crashed", () -> monitor.current() instanceof ProviderStatus.Crashed c && c.exitCode() == 1, () -> seen);
        assertThat(((ProviderStatus.Crashed) monitor.current()).killed()).isFalse();
    }

    @Test
    void repeatedExitsAreACrashLoopTheOwnerIsToldOfAndTheLoopsLastExitsAreNotNews() {
        for (int i = 0; i < 3; i++) {
            engine.emit(ID, "start", null);
            engine.emit(ID, "die", 1);
        }
        await("loop stopped", () -> monitor.current() instanceof ProviderStatus.Crashed c && c.restartsStopped(), () -> seen);
        assertThat(crashLoops).containsExactly(ID);
        assertThat(engine.calls).as("the monitor only looks; the supervisor acts")
                .noneMatch(call -> call.startsWith("restart-policy") || call.startsWith("stop"));
        ProviderStatus stopped = monitor.current();

        engine.emit(ID, "die", 143);   // the stop that ended the loop
        monitor.signal(new HealthSignal.BuildProgress("marker"));
        awaitStatus(ProviderStatus.Building.class);
        assertThat(seen).filteredOn(ProviderStatus.Crashed.class::isInstance).last().isEqualTo(stopped);
        assertThat(((ProviderStatus.Crashed) stopped).exitCode()).isEqualTo(1);
    }

    @Test
    void anExitWeAskedForIsAStopNotACrash() {
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        monitor.expectStop(ID, PlannedStop.ASKED);
        engine.emit(ID, "kill", null);
        engine.emit(ID, "die", 143);
        awaitStatus(ProviderStatus.Stopped.class);
        assertThat(seen).noneMatch(ProviderStatus.Crashed.class::isInstance);
    }

    @Test
    void aContainerReplacedForNewSettingsIsStartingNotCrashedAndItsSuccessorsCrashIsStillACrash() throws Exception {
        List<Notifier.Notification> notifications = new CopyOnWriteArrayList<>();
        Notifier notifier = new Notifier(UserMessages.forLocale(Locale.ENGLISH), (delay, announce) -> {
            announce.run();   // at once: a wrong status that lasts a moment must not hide behind the debounce
            return () -> { };
        }, Duration.ZERO, notifications::add);
        monitor.addListener(notifier::status);
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        lane.submit(() -> { }).get(5, TimeUnit.SECONDS);   // the listeners have heard of it too (they run after the status is set)
        int before = seen.size();
        notifications.clear();

        // What the engine reports when ManagedContainer stops and removes the old container (SIGTERM: 143).
        monitor.expectStop(ID, PlannedStop.NEW_SETTINGS);
        engine.emit(ID, "kill", null);
        engine.emit(ID, "die", 143);
        engine.emit(ID, "destroy", null);
        engine.containers.put("c2", FakeEngine.state("c2", "running", 0));
        monitor.watch(engine, "c2", 9090, owner);   // as the supervisor does next
        engine.emit("c2", "start", null);
        await("the replacement healthy", () -> seen.size() > before
                && seen.getLast() instanceof ProviderStatus.Healthy, () -> seen);
        assertThat(seen.subList(before, seen.size())).containsExactly(new ProviderStatus.Starting(),
                new ProviderStatus.Healthy("0.1.0", "v0.30.1"));
        assertThat(notifications).isEmpty();

        engine.emit("c2", "die", 1);   // no stop was announced for the replacement: its exit is a crash
        awaitStatus(ProviderStatus.Crashed.class);
        assertThat(monitor.current()).isEqualTo(new ProviderStatus.Crashed(1, false, List.of("line 1", "line 2"), false));
        await("the crash announced", () -> !notifications.isEmpty(), () -> notifications);
        assertThat(notifications).extracting(Notifier.Notification::key).containsExactly("crashed");
    }

    @Test
    void eventsOfOtherContainersAreIgnoredAndALostStreamIsReported() {
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        engine.emit("old-container", "die", 1);
        engine.endEvents(new java.io.IOException("connection reset"));
        await("events lost reported", () -> eventsLost.get() == 1, () -> engine.calls);
        assertThat(monitor.current()).isInstanceOf(ProviderStatus.Healthy.class);
    }

    @Test
    void noProbesWhileTheContainerDoesNotRun() throws Exception {
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        await("a healthy provider's next probe due", () -> !timer.getQueue().isEmpty(), () -> timer.getQueue());
        engine.emit(ID, "die", 1);
        awaitStatus(ProviderStatus.Crashed.class);
        lane.submit(() -> { }).get(5, TimeUnit.SECONDS);   // everything the crash set off on the lane is done
        // Cancelled tasks leave the queue (remove-on-cancel): what is left is every probe still to come.
        assertThat(timer.getQueue()).as("no probe is scheduled for a container that does not run").isEmpty();
        monitor.signal(new HealthSignal.ContainerStopped());   // a later step reschedules: still none while it does not run
        lane.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertThat(timer.getQueue()).isEmpty();
    }

    @Test
    void aBuildOfManyStepsIsOneStatusLineInTheLogWhileEveryStepReachesTheListeners() throws Exception {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HealthMonitor.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            for (int step = 1; step <= 46; step++) {
                monitor.signal(new HealthSignal.BuildProgress(new dev.stash2plex.app.docker.ImageProgress(
                        "Step " + step + "/46 : RUN true", step, 46, 0, 0)));
            }
            lane.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } finally {
            log.detachAppender(lines);
        }

        assertThat(seen).filteredOn(ProviderStatus.Building.class::isInstance).hasSize(46);
        assertThat(lines.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .containsOnlyOnce("Provider status: Building");
    }

    @Test
    void aProviderThatStopsAnsweringIsReportedAfterAFewMisses() {
        monitor.signal(new HealthSignal.ContainerRunning());
        awaitStatus(ProviderStatus.Healthy.class);
        answer.set(null);
        awaitStatus(ProviderStatus.Degraded.class);
        assertThat(((ProviderStatus.Degraded) monitor.current()).reason())
                .isEqualTo(ProviderStatus.DegradedReason.PROVIDER_NOT_ANSWERING);
    }
}
