package dev.stash2plex.provider.access;

import dev.stash2plex.core.access.AdminHeader;
import dev.stash2plex.provider.http.ErrorBody;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Who may use the operator's endpoints — the diagnostics, which show Stash's file paths, and the sync's
 * controls, which make the provider write to Plex: a caller on this machine (loopback), or one presenting
 * {@code S2P_ADMIN_TOKEN} in {@value #HEADER}. Plex never needs them.
 */
public final class AdminAccess {

    public static final String HEADER = AdminHeader.NAME;

    /**
     * A reverse proxy on this machine makes every caller look like loopback; these headers say the
     * request came through one, so such a caller counts as remote.
     */
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    /** The token's SHA-256, or null when none is configured; comparing digests takes the same time for every guess. */
    private final byte[] tokenDigest;

    public AdminAccess(String adminToken) {
        this.tokenDigest = adminToken == null || adminToken.isEmpty() ? null : sha256(adminToken);
    }

    /** True when the request may see diagnostics; otherwise answers 403 and returns false. */
    public boolean admit(Context ctx) {
        boolean forwarded = FORWARDING_HEADERS.stream().anyMatch(name -> ctx.header(name) != null);
        if (allows(RemoteClient.address(ctx), forwarded, ctx.header(HEADER))) {
            return true;
        }
        ErrorBody.send(ctx, 403, "admin-only", ctx.path() + " is for the provider's operator, so it answers only on the"
                + " provider's own machine (loopback) or with the " + HEADER + " header carrying S2P_ADMIN_TOKEN");
        return false;
    }

    /**
     * @param caller the connection's remote address, or null when it could not be read
     * @param forwarded whether the request names a proxy's client (then the caller is the proxy)
     * @param presentedToken the {@value #HEADER} header, or null
     */
    boolean allows(InetAddress caller, boolean forwarded, String presentedToken) {
        if (caller != null && caller.isLoopbackAddress() && !forwarded) {
            return true;
        }
        return tokenDigest != null && presentedToken != null && MessageDigest.isEqual(tokenDigest, sha256(presentedToken));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
