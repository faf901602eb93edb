package dev.stash2plex.app.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which user the provider runs as, so it can read the config folder the app keeps owner-only
 * (the env file and {@code provider.yml} hold secrets: 0600 in a 0700 folder). The image's own
 * user (10001) cannot read them on an engine that sees the host's file owners as they are:
 * <ul>
 *   <li>rootful Docker or Podman on this Linux machine: run as the folder's owner ({@code uid:gid});</li>
 *   <li>rootless Docker or Podman: container root <em>is</em> the user on the host, so {@code 0:0}
 *       (without capabilities, with no-new-privileges, as always);</li>
 *   <li>engines in a VM (Docker Desktop, Colima…), remote engines, other OSes: the image's user;
 *       their file sharing decides access, not the owner numbers.</li>
 * </ul>
 */
final class ContainerUser {

    private ContainerUser() {
    }

    /**
     * @param hostOs {@code os.name} of the machine the app runs on
     * @param endpointScheme {@code unix}, {@code npipe}, {@code tcp}
     * @param engineOs the engine's own OperatingSystem ("Docker Desktop", "Debian GNU/Linux 12 (bookworm)"…)
     * @param securityOptions the engine's security options ({@code name=rootless} for a rootless engine)
     */
    static Optional<String> forConfigDir(Path configDir, String hostOs, String endpointScheme, String engineOs,
            List<String> securityOptions) {
        boolean linuxHost = hostOs != null && hostOs.toLowerCase(Locale.ROOT).startsWith("linux");
        boolean inVm = engineOs != null && engineOs.contains("Docker Desktop");
        if (!linuxHost || !"unix".equals(endpointScheme) || inVm) {
            return Optional.empty();
        }
        if (securityOptions != null && securityOptions.stream().anyMatch(option -> option.contains("name=rootless"))) {
            return Optional.of("0:0");
        }
        try {
            Object uid = Files.getAttribute(configDir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            Object gid = Files.getAttribute(configDir, "unix:gid", LinkOption.NOFOLLOW_LINKS);
            return Optional.of(uid + ":" + gid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
