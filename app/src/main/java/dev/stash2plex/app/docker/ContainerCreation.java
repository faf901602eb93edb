package dev.stash2plex.app.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DockerClientConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ContainerSpec} as docker-java's create command, setting for setting what
 * {@code docker-compose.yml} says (hardening and {@link ContainerLimits} included), so the app's
 * container and a compose one behave the same. The image's own HEALTHCHECK is kept (compose's
 * {@code healthcheck: {}}).
 */
final class ContainerCreation {

    static final String HOST_GATEWAY = "host.docker.internal:host-gateway";
    /** Compose's {@code tmpfs: /tmp:size=16m}: a safety net for a library that writes a temporary file. */
    static final Map<String, String> TMPFS = Map.of("/tmp", "size=16m");

    private ContainerCreation() {
    }

    /**
     * @param user {@code uid:gid} to run as instead of the image's user (see {@link ContainerUser}), or empty
     */
    static CreateContainerCmd command(DockerClient docker, ContainerSpec spec, Optional<String> user) {
        ExposedPort port = ExposedPort.tcp(spec.port());
        HostConfig host = hardened(spec)
                // All interfaces, like compose's "port:port": Plex on another machine must reach it.
                .withPortBindings(new PortBinding(Ports.Binding.bindPort(spec.port()), port))
                .withRestartPolicy(restartPolicy(spec.restartPolicy()));
        return named(docker, spec, user)
                .withExposedPorts(port)
                .withHostConfig(host);
    }

    /**
     * A one-off container of the provider image that reaches out exactly as the provider's does (same
     * network, host-gateway name, mounts, user and hardening) but publishes no port, never restarts and
     * runs {@code entrypoint} instead of the provider.
     */
    static CreateContainerCmd oneOff(DockerClient docker, ContainerSpec spec, Optional<String> user, List<String> entrypoint) {
        HostConfig host = hardened(spec).withRestartPolicy(restartPolicy(RestartPolicy.NO));
        return named(docker, spec, user)
                .withEntrypoint(entrypoint)
                .withHostConfig(host);
    }

    /** The image, user, name, environment (secrets as file names only) and labels. */
    private static CreateContainerCmd named(DockerClient docker, ContainerSpec spec, Optional<String> user) {
        CreateContainerCmd command = docker.createContainerCmd(spec.image());
        user.ifPresent(command::withUser);
        return command
                .withName(spec.name())
                .withEnv(ContainerEnvironment.of(spec))
                .withLabels(spec.labels());
    }

    /** The network, mounts, hardening and limits every container of the provider image gets. */
    private static HostConfig hardened(ContainerSpec spec) {
        ContainerLimits limits = spec.limits();
        return HostConfig.newHostConfig()
                .withExtraHosts(HOST_GATEWAY)
                .withBinds(new Bind(spec.configDir().toAbsolutePath().toString(), new Volume("/config"), AccessMode.ro),
                        new Bind(spec.dataDir().toAbsolutePath().toString(), new Volume(ContainerEnvironment.DATA_MOUNT),
                                AccessMode.rw),
                        new Bind(ProviderSecrets.folder(spec).toString(), new Volume(ProviderSecrets.MOUNT), AccessMode.ro))
                .withReadonlyRootfs(true)
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges:true"))
                .withTmpFs(TMPFS)
                .withMemory(limits.memoryBytes())
                .withMemorySwap(limits.memoryBytes())   // the same: no swap on top of the limit
                .withPidsLimit(limits.pids())
                .withLogConfig(new LogConfig(LogConfig.LoggingType.JSON_FILE, limits.logOptions()));
    }

    /**
     * For an update: the engine ignores a policy with an empty name there ("leave as is"), and
     * docker-java's {@code noRestart()} has an empty name, so "no" is spelled out.
     */
    static com.github.dockerjava.api.model.RestartPolicy explicitRestartPolicy(RestartPolicy policy) {
        return DockerClientConfig.getDefaultObjectMapper().convertValue(
                Map.of("Name", policy == RestartPolicy.NO ? "no" : "unless-stopped", "MaximumRetryCount", 0),
                com.github.dockerjava.api.model.RestartPolicy.class);
    }

    static com.github.dockerjava.api.model.RestartPolicy restartPolicy(RestartPolicy policy) {
        return switch (policy) {
            case UNLESS_STOPPED -> com.github.dockerjava.api.model.RestartPolicy.unlessStoppedRestart();
            case NO -> com.github.dockerjava.api.model.RestartPolicy.noRestart();
        };
    }
}
