package dev.stash2plex.app.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The docker-java clients for one endpoint: one with short timeouts for ordinary calls, one
 * without a response timeout for what may rightly take long or never end (builds, events,
 * followed logs, stop with a grace period). No API version is pinned: the engine uses its own
 * (Docker 29 rejects clients pinned below 1.44).
 */
record DockerConnection(EngineCandidate candidate, DockerHttpClient quickHttp, DockerClient quick, DockerClient streaming)
        implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    static DockerConnection open(EngineCandidate candidate) {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(candidate.endpoint().toString())
                // Our candidate is the whole truth: no context from ~/.docker/config.json. TLS is the transport's
                // (ClientCertificates): the config's own TLS reader would need Bouncy Castle, which is not shipped.
                .withDockerContext("default")
                .withDockerTlsVerify(false)
                .withApiVersion((String) null)
                .build();
        DockerHttpClient quickHttp = http(candidate, RESPONSE_TIMEOUT);
        DockerHttpClient streamingHttp = http(candidate, null);
        return new DockerConnection(candidate, quickHttp, DockerClientImpl.getInstance(config, quickHttp),
                DockerClientImpl.getInstance(config, streamingHttp));
    }

    private static DockerHttpClient http(EngineCandidate candidate, Duration responseTimeout) {
        Path certs = candidate.tlsCertDir();
        return new ApacheDockerHttpClient.Builder()
                .dockerHost(candidate.endpoint())
                .sslConfig(certs == null ? null : new ClientCertificates(certs))
                // Named pipes refuse extra instances ("All pipe instances are busy"): keep few connections.
                .maxConnections(candidate.endpoint().getScheme().equals("npipe") ? 4 : 32)
                .connectionTimeout(CONNECT_TIMEOUT)
                .responseTimeout(responseTimeout)
                .build();
    }

    @Override
    public void close() {
        closeQuietly(quick);
        closeQuietly(streaming);
    }

    private static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // closing: nothing left to do with it
        }
    }
}
