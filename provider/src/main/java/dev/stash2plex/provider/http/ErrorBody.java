package dev.stash2plex.provider.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;

/**
 * The JSON body of every error answer. Plex fails with "syntax error at 1:1" on an HTML error page,
 * so no route, unknown ones included, may answer anything but JSON.
 *
 * @param error a stable machine-readable code ({@code not-found}, {@code bad-rating-key}, …)
 * @param message what went wrong, in words; never contains a secret
 */
public record ErrorBody(@JsonProperty("error") String error, @JsonProperty("message") String message) {

    public static void send(Context ctx, int status, String error, String message) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.json(new ErrorBody(error, message));
    }
}
