package dev.stash2plex.provider.access;

import io.javalin.http.Context;
import java.net.InetAddress;

/** The address a request's connection comes from — never a header, which any client can write. */
final class RemoteClient {

    private RemoteClient() {
    }

    /** The remote address, or null when the connection has none that parses (it always should). */
    static InetAddress address(Context ctx) {
        String text = ctx.req().getRemoteAddr();
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean bracketed = text.startsWith("[") && text.endsWith("]");
        try {
            return InetAddress.ofLiteral(bracketed ? text.substring(1, text.length() - 1) : text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
