package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class EngineFailuresTest {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.secret-api-key";

    @Test
    void httpStatusesBecomeOurKindsWithTheEnginesOwnWords() {
        EngineException notFound = EngineFailures.map("start container abc",
                new NotFoundException("Status 404: {\"message\":\"No such container: abc\"}\n"), EngineFailures.Kind.CONTAINER);

        assertThat(notFound).isInstanceOf(EngineException.NotFound.class)
                .hasMessage("start container abc: No such container: abc (HTTP 404)");
        assertThat(EngineFailures.map("create", new ConflictException("x"), EngineFailures.Kind.CONTAINER))
                .isInstanceOf(EngineException.Conflict.class);
        assertThat(EngineFailures.map("create", new BadRequestException("x"), EngineFailures.Kind.CONTAINER))
                .isInstanceOf(EngineException.ContainerFailed.class);
        assertThat(EngineFailures.map("build", new InternalServerErrorException("x"), EngineFailures.Kind.BUILD))
                .isInstanceOf(EngineException.BuildFailed.class);
    }

    @Test
    void aRefusedConnectionIsUnavailableEvenWrappedTwice() {
        RuntimeException wrapped = new RuntimeException(new ConnectException("Connection refused"));

        assertThat(EngineFailures.map("ping", new ExecutionException(wrapped), EngineFailures.Kind.CONTAINER))
                .isInstanceOf(EngineException.Unavailable.class)
                .hasMessage("ping: ConnectException: Connection refused");
    }

    @Test
    void environmentValuesAreMaskedAndTheCauseHoldingThemDropped() {
        List<String> env = List.of("S2P_STASH_API_KEY=" + KEY, "S2P_PROVIDER_PORT=9090", "S2P_LOG_LEVEL=info");
        EngineException failure = EngineFailures.map("create container x",
                new BadRequestException("Status 400: {\"message\":\"invalid env S2P_STASH_API_KEY=" + KEY + " on port 9090\"}"),
                EngineFailures.Kind.CONTAINER, env);

        assertThat(failure.getMessage()).doesNotContain(KEY).contains("S2P_STASH_API_KEY=***", "port 9090");
        assertThat(failure.getCause()).isNull();
    }
}
