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
 * (the env file and {@code provider.yml} hold secrets: 0600 in a 0700 folder), and never as the
 * host's root. The image's own user (10001) cannot read those files on an engine that sees the
 * host's file owners as they are:
 * <ul>
 *   <li>rootful Docker or Podman on this Linux machine: run as the folder's owner ({@code uid:gid});</li>
 *   <li>the same when that owner is root (the app runs as root): the image's user instead, and the
 *       mounted folders are first given to it ({@link FolderHandover}); uid 0 in a rootful container
 *       is the host's root, capabilities dropped or not;</li>
 *   <li>rootless Docker or Podman: container root <em>is</em> the user on the host (the user
 *       namespace maps uid 0 to them, any other uid to a subordinate one that cannot read their
 *       owner-only folder), so {@code 0:0}, without capabilities, with no-new-privileges, as always;</li>
 *   <li>engines in a VM (Docker Desktop, Colima…), remote engines, other OSes: the image's user;
 *       their file sharing decides access, not the owner numbers.</li>
 * </ul>
 *
 * @param user {@code uid:gid} to pass to the engine, or empty for the image's {@code USER}
 * @param takesOverFolders whether the mounted folders must be given to {@link #PROVIDER_UID} first
 */
record ContainerUser(Optional<String> user, boolean takesOverFolders) {

    /** The image's {@code USER} (Dockerfile): numeric, so no base needs a passwd entry for it. */
    static final int PROVIDER_UID = 10001;
    static final int PROVIDER_GID = 10001;

    private static final ContainerUser IMAGE_USER = new ContainerUser(Optional.empty(), false);

    /**
     * @param hostOs {@code os.name} of the machine the app runs on
     * @param endpointScheme {@code unix}, {@code npipe}, {@code tcp}
     * @param engineOs the engine's own OperatingSystem ("Docker Desktop", "Debian GNU/Linux 12 (bookworm)"…)
     * @param securityOptions the engine's security options ({@code name=rootless} for a rootless engine)
     */
    static ContainerUser forConfigDir(Path configDir, String hostOs, String endpointScheme, String engineOs,
            List<String> securityOptions) {
        boolean linuxHost = hostOs != null && hostOs.toLowerCase(Locale.ROOT).startsWith("linux");
        boolean inVm = engineOs != null && engineOs.contains("Docker Desktop");
        if (!linuxHost || !"unix".equals(endpointScheme) || inVm) {
            return IMAGE_USER;
        }
        if (securityOptions != null && securityOptions.stream().anyMatch(option -> option.contains("name=rootless"))) {
            return new ContainerUser(Optional.of("0:0"), false);
        }
        try {
            Object uid = Files.getAttribute(configDir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            Object gid = Files.getAttribute(configDir, "unix:gid", LinkOption.NOFOLLOW_LINKS);
            // Root's folder, or one an earlier start gave to the provider's user: give it again, for
            // what is new in it (a data folder moved elsewhere, made by the app as root).
            if (Integer.valueOf(0).equals(uid) || Integer.valueOf(PROVIDER_UID).equals(uid)) {
                return new ContainerUser(Optional.of(PROVIDER_UID + ":" + PROVIDER_GID), true);
            }
            return new ContainerUser(Optional.of(uid + ":" + gid), false);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return IMAGE_USER;
        }
    }
}
