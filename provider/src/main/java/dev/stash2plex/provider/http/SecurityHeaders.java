package dev.stash2plex.provider.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Headers on every answer, errors and Jetty's own included: nothing the provider serves is a web
 * page, so a browser that is pointed at it (by a link, a frame or a rebound name) may not sniff a
 * type, run or embed anything, or pass on where it came from.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Puts the headers on a response that is about to be written. */
    static void addTo(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "no-referrer");
    }

    /** Jetty calls this for every request it parsed, before any handler, with the response's headers. */
    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        addTo(responseHeaders);
        return request;
    }
}
