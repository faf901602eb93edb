package dev.stash2plex.provider.http;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * A failure caused by what the client sent, found anywhere in a failure's cause chain, with the 4xx
 * answer it deserves; our own failures have none and answer 500.
 *
 * @param status the 4xx status
 * @param error the {@link ErrorBody} code
 * @param message what was wrong with the request
 */
record ClientFault(int status, String error, String message) {

    static Optional<ClientFault> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(unreadable(http.getCode(), failure));
            }
            if (t instanceof EofException) {
                // a truncated body or a broken chunked encoding
                return Optional.of(unreadable(400, failure));
            }
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                // Javalin decodes the body and the query string in the Content-Type's charset.
                return Optional.of(new ClientFault(415, "unsupported-charset",
                        "The charset in the Content-Type header is unknown; send UTF-8"));
            }
        }
        return Optional.empty();
    }

    private static ClientFault unreadable(int status, Throwable failure) {
        return new ClientFault(status, "bad-request", "The request could not be read: " + failure.getMessage());
    }
}
