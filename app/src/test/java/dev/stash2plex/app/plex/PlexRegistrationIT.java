package dev.stash2plex.app.plex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service layer against FakePlex over real HTTP, with the real provider (started in-process) as
 * what Plex fetches when it registers: each PMS answer and what the user is told about it.
 */
class PlexRegistrationIT {

    private static final String TOKEN = "plexTok-9f8e7d6c5b4a";
    private static final String NEW_PMS = "1.43.0.10162-abcdef123";
    private static final PlexText MESSAGES = new PlexText(UserMessages.forLocale(Locale.ENGLISH));

    private static FakeStash stash;
    private static Provider provider;

    private static final PlexTimeouts TIMEOUTS = new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15));

    private final PlexRegistration registration = new PlexRegistration(TIMEOUTS);
    private FakePlex plex;
    private CapturedLogs logs;

    @BeforeAll
    static void startProvider() {
        stash = FakeStash.start();
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), "stash-key", List.of()));
    }

    @AfterAll
    static void stopProvider() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            provider.close();
            stash.close();
        }
    }

    @BeforeEach
    void startPlex() {
        plex = FakePlex.start(TOKEN, NEW_PMS);
        logs = CapturedLogs.capture();
    }

    @AfterEach
    void tokenOnlyEverInTheHeader() {
        logs.close();
        plex.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(TOKEN));
        assertThat(plex.requests()).noneMatch(request -> request.query() != null && request.query().contains(TOKEN));
        assertThat(plex.requests()).filteredOn(request -> !request.path().equals("/identity"))
                .allMatch(request -> request.tokenHeader() != null);
    }

    @Test
    void connectSaysWhichServerAndThatStash2PlexIsNotRegisteredYet() throws Exception {
        PlexStatus status = registration.connect(target(TOKEN));
        assertThat(status.server().name()).isEqualTo("Living Room");
        assertThat(status.server().version().text()).isEqualTo(NEW_PMS);
        assertThat(status.supported()).isTrue();
        assertThat(status.registered()).isEmpty();
        assertThat(plex.requests().getFirst()).isEqualTo(new FakePlex.Request("GET", "/identity", null, null));
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        assertThatThrownBy(() -> registration.connect(target("wrong-token")))
                .isInstanceOfSatisfying(PlexException.Unauthorized.class, e -> assertThat(MESSAGES.failure(e))
                        .startsWith("Plex refused the token.").doesNotContain("wrong-token"));
        assertThatThrownBy(() -> registration.register(target(""), providerUrl(), false))
                .isInstanceOf(PlexException.Unauthorized.class);
    }

    @Test
    void anOldServerIsNotSupportedAndRegisteringSaysUpdate() {
        plex.version("1.42.2.10156-f737b826c");
        assertThat(catching(() -> registration.connect(target(TOKEN)).supported())).isEqualTo(false);
        assertThatThrownBy(() -> registration.register(target(TOKEN), providerUrl(), true))
                .isInstanceOfSatisfying(PlexException.TooOld.class, e -> assertThat(MESSAGES.failure(e))
                        .isEqualTo("This Plex Media Server (1.42.2.10156-f737b826c) has no custom metadata providers. "
                                + "Update it to 1.43.0 or newer; if it is that new already, restart it."));
        assertThat(plex.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void registersBothProvidersThenRegistersAgainThroughThe409PathAndMovesToANewAddress() throws Exception {
        Registration first = registration.register(target(TOKEN), providerUrl(), false);
        assertThat(first).isEqualTo(new Registration(added(providerUrl()), added(providerUrl() + "/tv"), Optional.empty()));
        // What Plex read from each address: the movie provider (movies, collections), the TV one (shows, seasons, episodes).
        assertThat(plex.registry().providers()).containsExactly(
                new FakePlexRegistry.Entry(1, "tv.plex.agents.custom.stash2plex", "Stash2Plex", providerUrl(), List.of(1, 18)),
                new FakePlexRegistry.Entry(2, "tv.plex.agents.custom.stash2plex.tv", "Stash2Plex (TV: studios as shows)",
                        providerUrl() + "/tv", List.of(2, 3, 4)));
        assertThat(registration.connect(target(TOKEN)).registered()).map(RegisteredProvider::uri).contains(providerUrl());

        Registration again = registration.register(target(TOKEN), providerUrl(), false);
        assertThat(again.movies().kind()).isEqualTo(Registration.Kind.REFRESHED);
        assertThat(again.tv().kind()).isEqualTo(Registration.Kind.REFRESHED);
        assertThat(again.moved()).isFalse();
        assertThat(plex.requests()).extracting(r -> r.method() + " " + r.path())
                .containsSubsequence("POST /media/providers/metadata", "GET /media/providers/metadata",
                        "PUT /media/providers/metadata/1", "POST /media/providers/metadata", "GET /media/providers/metadata",
                        "PUT /media/providers/metadata/2");

        String other = "http://localhost:" + provider.port() + "/"; // a trailing slash: the TV address gets no "//"
        Registration moved = registration.register(target(TOKEN), other, false);
        assertThat(moved).isEqualTo(new Registration(
                new Registration.Provider(Registration.Kind.UPDATED, other, Optional.of(providerUrl())),
                new Registration.Provider(Registration.Kind.UPDATED, "http://localhost:" + provider.port() + "/tv",
                        Optional.of(providerUrl() + "/tv")), Optional.empty()));
        assertThat(moved.moved()).isTrue();
        assertThat(plex.registry().providers()).extracting(FakePlexRegistry.Entry::uri)
                .containsExactly(other, "http://localhost:" + provider.port() + "/tv");
    }

    @Test
    void aRegistrationFromBeforeTheTvProviderGetsItWhenRegisteringAgain() throws Exception {
        try (PlexClient client = new PlexClient(target(TOKEN), TIMEOUTS)) {
            assertThat(client.add(providerUrl())).isTrue(); // what an earlier version registered: the movie provider only
        }
        Registration again = registration.register(target(TOKEN), providerUrl(), false);
        assertThat(again.movies()).isEqualTo(new Registration.Provider(Registration.Kind.REFRESHED, providerUrl(),
                Optional.of(providerUrl())));
        assertThat(again.tv()).isEqualTo(added(providerUrl() + "/tv"));
        assertThat(plex.registry().providers()).extracting(FakePlexRegistry.Entry::identifier)
                .containsExactly("tv.plex.agents.custom.stash2plex", "tv.plex.agents.custom.stash2plex.tv");
    }

    @Test
    void anAddressPlexCannotReachBecomesAdviceAboutTheProviderUrl() throws Exception {
        String dead = "http://127.0.0.1:" + TestPorts.free();
        assertThatThrownBy(() -> registration.register(target(TOKEN), dead, true))
                .isInstanceOfSatisfying(PlexException.ProviderUnreachable.class, e -> {
                    assertThat(e.providerUrl()).isEqualTo(dead);
                    assertThat(MESSAGES.failure(e)).startsWith("Plex cannot reach the provider at " + dead + ".")
                            .contains("not localhost", "firewall", "port " + URI.create(dead).getPort(), "Docker");
                });
        assertThat(plex.registry().providers()).isEmpty();
        assertThat(plex.registry().agents()).isEmpty();
    }

    @Test
    void createsTheAgentOnceAndFindsItTheSecondTime() throws Exception {
        Registration first = registration.register(target(TOKEN), providerUrl(), true);
        assertThat(first.agent()).contains(new Registration.AgentOutcome("Stash2Plex", true));
        Registration second = registration.register(target(TOKEN), providerUrl(), true);
        assertThat(second.agent()).contains(new Registration.AgentOutcome("Stash2Plex", false));
        // Ids 1 and 2 are the two providers; the movie agent is the only one registering creates.
        assertThat(plex.registry().agents()).containsExactly(new FakePlexRegistry.Agent(3, "Stash2Plex", "tv.plex.agents.custom.stash2plex"));
    }

    @Test
    void noPlexAtTheAddressIsUnreachableAndSomethingElseIsRejected() throws Exception {
        PlexTarget nobody = new PlexTarget(URI.create("http://127.0.0.1:" + TestPorts.free()), new Secret(TOKEN));
        assertThatThrownBy(() -> registration.connect(nobody))
                .isInstanceOfSatisfying(PlexException.Unreachable.class, e -> assertThat(MESSAGES.failure(e))
                        .startsWith("Cannot reach Plex at " + nobody.url() + ": connection refused."));
        // The provider is a JSON server, but not Plex: it has no /identity.
        PlexTarget notPlex = new PlexTarget(URI.create(providerUrl()), new Secret(TOKEN));
        assertThatThrownBy(() -> registration.connect(notPlex)).isInstanceOf(PlexException.Rejected.class);
    }

    @Test
    void theAppReachesPlexOnThisMachineWhereTheContainerSaysHostDockerInternal() {
        PlexTarget target = PlexTarget.fromSettings("http://host.docker.internal:32400/", new Secret(TOKEN));
        assertThat(target.url()).isEqualTo(URI.create("http://127.0.0.1:32400/"));
        assertThat(target.toString()).doesNotContain(TOKEN);
        assertThatThrownBy(() -> PlexTarget.fromSettings("plex:32400", Secret.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Registration.Provider added(String uri) {
        return new Registration.Provider(Registration.Kind.ADDED, uri, Optional.empty());
    }

    private PlexTarget target(String token) {
        return new PlexTarget(plex.url(), new Secret(token));
    }

    private static String providerUrl() {
        return "http://127.0.0.1:" + provider.port();
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T catching(Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
