package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code tcp://} engine with {@code DOCKER_TLS_VERIFY}, for real: certificates made by the openssl
 * command as Docker's TLS guide makes them, a TLS server on loopback that demands a client certificate
 * signed by its CA and answers Docker's {@code GET /_ping}, and the app connecting through docker-java's
 * transport with {@link ClientCertificates} (Bouncy Castle is not on the class path).
 */
class TlsEngineTest {

    @TempDir
    Path dir;

    private Path certs;
    private SSLServerSocket server;
    private CompletableFuture<String> clientSeen;

    @BeforeEach
    void makeCaAndServer() throws Exception {
        certs = Files.createDirectories(dir.resolve("client"));
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "2",
                "-subj", "/CN=test engine CA");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server-key.pem", "-out", "server.csr", "-subj", "/CN=localhost");
        Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
                "-out", "server-cert.pem", "-days", "2", "-extfile", "server.ext");
        openssl("pkcs12", "-export", "-in", "server-cert.pem", "-inkey", "server-key.pem", "-out", "server.p12",
                "-passout", "pass:server");
        Files.copy(dir.resolve("ca.pem"), certs.resolve("ca.pem"));
        server = startServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkcs8-rsa", "pkcs1-rsa", "sec1-ec", "pkcs8-ec"})
    void theEngineAnswersWithEachKeyFormDockerSetupsHave(String form) throws Exception {
        switch (form) {
            case "pkcs8-rsa" -> openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "client/key.pem");
            case "pkcs1-rsa" -> openssl("genrsa", "-traditional", "-out", "client/key.pem", "2048");
            // ecparam writes an EC PARAMETERS block before the key, as docker-machine's files have it
            case "sec1-ec" -> openssl("ecparam", "-name", "prime256v1", "-genkey", "-out", "client/key.pem");
            case "pkcs8-ec" -> openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "client/key.pem");
            default -> throw new IllegalArgumentException(form);
        }
        assertThat(Files.readString(certs.resolve("key.pem"))).contains(switch (form) {
            case "pkcs1-rsa" -> "BEGIN RSA PRIVATE KEY";
            case "sec1-ec" -> "BEGIN EC PRIVATE KEY";
            default -> "BEGIN PRIVATE KEY";
        });
        signClientCertificate("client " + form, "ca.pem", "ca-key.pem");

        try (DockerJavaEngine engine = DockerJavaEngine.connect(candidate())) {
            assertThat(engine).isNotNull();
        }
        assertThat(clientSeen.get(10, TimeUnit.SECONDS)).isEqualTo("CN=client " + form);
    }

    @Test
    void aClientCertificateFromAnotherAuthorityIsRefusedByTheEngine() throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-key.pem", "-out", "other.pem", "-days", "2",
                "-subj", "/CN=another CA");
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "client/key.pem");
        signClientCertificate("stranger", "other.pem", "other-key.pem");

        assertThatThrownBy(() -> DockerJavaEngine.connect(candidate()).close()).isInstanceOf(EngineException.class);
        assertThat(clientSeen).as("no handshake completed").isNotDone();
    }

    @Test
    void aKeyWithAPassphraseIsToldAsSuchWithTheWayOut() throws Exception {
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-aes256", "-pass", "pass:secret",
                "-out", "client/key.pem");
        Files.copy(dir.resolve("ca.pem"), certs.resolve("cert.pem"));

        assertThatThrownBy(() -> DockerJavaEngine.connect(candidate()).close()).isInstanceOf(EngineException.class)
                .hasMessageContaining(certs.resolve("key.pem") + " is protected by a passphrase")
                .hasMessageContaining("openssl pkey");
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "client/key.pem");

        assertThatThrownBy(() -> DockerJavaEngine.connect(candidate()).close()).isInstanceOf(EngineException.class)
                .hasMessageContaining(certs.resolve("cert.pem") + " is missing");
    }

    private EngineCandidate candidate() {
        return new EngineCandidate("DOCKER_HOST with TLS", URI.create("tcp://127.0.0.1:" + server.getLocalPort()), "", certs);
    }

    private void signClientCertificate(String name, String ca, String caKey) throws Exception {
        openssl("req", "-new", "-key", "client/key.pem", "-out", "client.csr", "-subj", "/CN=" + name);
        Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
        openssl("x509", "-req", "-in", "client.csr", "-CA", ca, "-CAkey", caKey, "-CAcreateserial", "-out", "client/cert.pem",
                "-days", "2", "-extfile", "client.ext");
    }

    /** One connection: the client's certificate subject once the handshake is done, then Docker's ping answer. */
    private SSLServerSocket startServer() throws Exception {
        char[] password = "server".toCharArray();
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("server.p12"))) {
            serverKeys.load(in, password);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(dir.resolve("ca.pem"))) {
            trusted.setCertificateEntry("ca", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverKeys, password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        socket.setNeedClientAuth(true);
        clientSeen = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> serve(socket));
        return socket;
    }

    private void serve(SSLServerSocket socket) {
        while (!socket.isClosed()) {
            try (SSLSocket client = (SSLSocket) socket.accept()) {
                client.startHandshake();
                clientSeen.complete(client.getSession().getPeerPrincipal().getName());
                BufferedReader request = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                String line = request.readLine();
                while (line != null && !line.isEmpty()) {
                    line = request.readLine();
                }
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nApi-Version: 1.47\r\n"
                        + "Content-Length: 2\r\nConnection: close\r\n\r\nOK").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // a refused handshake or the socket closing: the test looks at clientSeen
            }
        }
    }

    private void openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("openssl %s: %s", String.join(" ", args), output).isZero();
    }
}
