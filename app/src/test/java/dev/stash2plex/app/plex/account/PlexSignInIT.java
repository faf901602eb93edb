package dev.stash2plex.app.plex.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.FakePlex;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.TestPorts;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign in with Plex and finding the server, from the service layer, against FakePlexTv and FakePlex
 * over real HTTP: the PIN approved, expired, cancelled; the account's servers on two addresses, one
 * of them dead; and each failure as the sentence the user reads. The account token appears in no log
 * line, no console output, no URL.
 */
class PlexSignInIT {

    private static final String ACCOUNT_TOKEN = "acctTok-test-5e6f7a8b";
    private static final String SERVER_TOKEN = "srvTok-test-1c2d3e4f";
    private static final UserMessages MESSAGES = UserMessages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    private FakePlexTv plexTv;
    private CapturedLogs logs;
    private CapturedOutput output;
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private PlexTv client;
    private PlexSignIn signIn;

    @BeforeEach
    void start() {
        output = CapturedOutput.capture();
        logs = CapturedLogs.capture();
        plexTv = FakePlexTv.start(ACCOUNT_TOKEN);
        client = new PlexTv(plexTv.endpoints(), ClientIdentity.loadOrCreate(dir.resolve("plex-client-id"), "0.1.0"),
                Duration.ofSeconds(5), Clock.systemUTC());
        signIn = new PlexSignIn(client, new PlexTokenStore(dir.resolve("plex-token")), opened::add, Duration.ofMillis(100),
                Clock.systemUTC());
    }

    @AfterEach
    void theTokenWentNowhereButItsFile() {
        client.close();
        plexTv.close();
        logs.close();
        output.close();
        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(ACCOUNT_TOKEN) || line.contains(SERVER_TOKEN));
        assertThat(output.text()).doesNotContain(ACCOUNT_TOKEN).doesNotContain(SERVER_TOKEN);
        assertThat(opened).noneMatch(uri -> uri.toString().contains(ACCOUNT_TOKEN));
        assertThat(plexTv.requests()).noneMatch(r -> r.query() != null && r.query().contains(ACCOUNT_TOKEN));
    }

    @Test
    void approvingTheSignInPageSavesTheTokenOwnerOnly() throws Exception {
        CompletableFuture<SignInOutcome> running = CompletableFuture.supplyAsync(() -> call(() -> signIn.signIn(new SignInAttempt())));
        URI page = Polling.until("the sign-in page opened", Duration.ofSeconds(10), () -> opened.isEmpty() ? null : opened.getFirst());
        assertThat(page.toString()).startsWith(plexTv.url() + "/auth#?clientID=");
        assertThat(plexTv.approve(codeIn(page))).isTrue();

        assertThat(running.get(10, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(signIn.token()).contains(new Secret(ACCOUNT_TOKEN));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("plex-token")))).isEqualTo("rw-------");

        String clientId = Files.readString(dir.resolve("plex-client-id")).strip();
        assertThat(page.getRawFragment()).contains("clientID=" + clientId).contains("context%5Bdevice%5D%5Bproduct%5D=Stash2Plex");
        assertThat(plexTv.requests()).isNotEmpty().allMatch(r -> clientId.equals(r.clientIdentifier()) && "Stash2Plex".equals(r.product()));
        assertThat(plexTv.requests().getFirst().query()).isEqualTo("strong=true");
        // The same install keeps its identifier.
        assertThat(ClientIdentity.loadOrCreate(dir.resolve("plex-client-id"), "0.1.0").clientIdentifier()).isEqualTo(clientId);

        signIn.signOut();
        assertThat(signIn.token()).isEmpty();
        assertThat(dir.resolve("plex-token")).doesNotExist();
    }

    @Test
    void aPinNobodyApprovesExpires() throws Exception {
        plexTv.pinLifetime(Duration.ofSeconds(1));
        assertThat(signIn.signIn(new SignInAttempt())).isInstanceOf(SignInOutcome.Expired.class);
        assertThat(signIn.token()).isEmpty();
        assertThat(opened).hasSize(1);
    }

    @Test
    void cancelStopsWaiting() throws Exception {
        SignInAttempt attempt = new SignInAttempt();
        CompletableFuture<SignInOutcome> running = CompletableFuture.supplyAsync(() -> call(() -> signIn.signIn(attempt)));
        Polling.until("the sign-in page opened", Duration.ofSeconds(10), () -> opened.isEmpty() ? null : opened.getFirst());
        attempt.cancel();
        assertThat(running.get(5, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.Cancelled.class);
        assertThat(signIn.token()).isEmpty();
    }

    @Test
    void findsTheServerOnTheAddressThatAnswers() throws Exception {
        try (FakePlex pms = FakePlex.start(SERVER_TOKEN, "1.43.0.10162-abcdef123")) {
            int dead = TestPorts.free();
            plexTv.addServer(new FakePlexTv.Server("Living Room", "pms-1", "1.43.0.10162-abcdef123", true, SERVER_TOKEN, List.of(
                    new FakePlexTv.Connection("http", "127.0.0.1", pms.url().getPort(), false, false),
                    new FakePlexTv.Connection("http", "127.0.0.1", dead, true, false))));
            ServerFinder finder = finder();

            List<PlexResource> servers = finder.servers(new Secret(ACCOUNT_TOKEN));
            assertThat(servers).extracting(PlexResource::name).containsExactly("Living Room");
            assertThat(servers.getFirst().inTryOrder().getFirst().uri().getPort()).isEqualTo(dead); // local first

            FoundServer found = finder.reach(servers.getFirst());
            assertThat(found.target().url()).isEqualTo(pms.url());
            assertThat(found.status().server().version().text()).isEqualTo("1.43.0.10162-abcdef123");
            assertThat(found.status().supported()).isTrue();
            assertThat(pms.requests()).filteredOn(r -> !r.path().equals("/identity")).allMatch(r -> SERVER_TOKEN.equals(r.tokenHeader()));
        }
    }

    @Test
    void eachServerProblemIsASentenceWithSomethingToDo() throws Exception {
        ServerFinder finder = finder();
        assertThat(message(() -> finder.servers(new Secret(ACCOUNT_TOKEN)))).startsWith("Your Plex account has no Plex Media Server.");
        assertThat(message(() -> finder.servers(new Secret("revoked-" + ACCOUNT_TOKEN))))
                .startsWith("Plex no longer accepts this sign-in").endsWith("Sign in with Plex again.");

        int dead = TestPorts.free();
        plexTv.addServer(new FakePlexTv.Server("Attic", "pms-2", "1.43.0.1", true, SERVER_TOKEN,
                List.of(new FakePlexTv.Connection("http", "127.0.0.1", dead, true, false))));
        plexTv.addServer(new FakePlexTv.Server("Friend's", "pms-3", "1.43.0.1", false, "shared-" + SERVER_TOKEN,
                List.of(new FakePlexTv.Connection("http", "127.0.0.1", dead, false, false))));
        List<PlexResource> servers = finder.servers(new Secret(ACCOUNT_TOKEN));
        assertThat(servers).extracting(PlexResource::name).containsExactly("Attic", "Friend's");
        assertThat(message(() -> finder.reach(servers.get(0))))
                .isEqualTo("None of the addresses of “Attic” answered (http://127.0.0.1:" + dead + "). Check that Plex Media "
                        + "Server is running and that this computer is on its network, then press Find servers again.");
        assertThat(message(() -> finder.reach(servers.get(1)))).startsWith("“Friend's” is shared with you, not yours: only its owner");

        try (FakePlex old = FakePlex.start(SERVER_TOKEN, "1.42.2.10156-f737b826c")) {
            plexTv.addServer(new FakePlexTv.Server("Old", "pms-4", "1.42.2.10156-f737b826c", true, SERVER_TOKEN,
                    List.of(new FakePlexTv.Connection("http", "127.0.0.1", old.url().getPort(), true, false))));
            FoundServer found = finder.reach(finder.servers(new Secret(ACCOUNT_TOKEN)).stream()
                    .filter(s -> s.name().equals("Old")).findFirst().orElseThrow());
            assertThat(found.status().supported()).isFalse();
        }
    }

    @Test
    void plexTvOutOfReachIsSaidAsSuch() throws Exception {
        PlexTv nowhere = new PlexTv(new PlexTvEndpoints(URI.create("http://127.0.0.1:" + TestPorts.free()), URI.create("http://127.0.0.1/auth")),
                client.identity(), Duration.ofSeconds(2), Clock.systemUTC());
        PlexSignIn offline = new PlexSignIn(nowhere, new PlexTokenStore(dir.resolve("plex-token")), opened::add,
                Duration.ofMillis(100), Clock.systemUTC());
        assertThat(message(() -> offline.signIn(new SignInAttempt()))).startsWith("Cannot reach plex.tv (connection refused).")
                .contains("paste a token in Settings");
        assertThat(opened).isEmpty();
        nowhere.close();
    }

    private ServerFinder finder() {
        return new ServerFinder(client, new PlexRegistration(new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(5))));
    }

    static String codeIn(URI page) {
        for (String pair : page.getRawFragment().substring(1).split("&")) {
            if (pair.startsWith("code=")) {
                return java.net.URLDecoder.decode(pair.substring(5), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no code in " + page);
    }

    @FunctionalInterface
    interface PlexCall<T> {
        T run() throws PlexException;
    }

    private static <T> T call(PlexCall<T> call) {
        try {
            return call.run();
        } catch (PlexException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private static String message(PlexCall<?> call) {
        try {
            call.run();
        } catch (PlexException e) {
            return new dev.stash2plex.app.plex.PlexText(MESSAGES).failure(e);
        }
        throw new AssertionError("expected a PlexException");
    }
}
