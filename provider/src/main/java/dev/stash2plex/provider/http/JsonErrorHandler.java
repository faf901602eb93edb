package dev.stash2plex.provider.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (malformed HTTP, bad URI encoding, oversized headers) rendered as JSON,
 * for the requests that never reach Javalin's routes.
 */
final class JsonErrorHandler extends ErrorHandler {

    static final String HTTP2_REFUSED = "This provider speaks HTTP/1.1 only; send the request without HTTP/2";

    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            // An unknown HTTP version is the client's fault; no bad input may cause a 5xx.
            response.setStatus(HttpStatus.BAD_REQUEST_400);
            code = HttpStatus.BAD_REQUEST_400;
        }
        if (code == HttpStatus.UPGRADE_REQUIRED_426) {
            // HTTP/2's connection preface ("PRI * HTTP/2.0"): a 426 must say what to switch to.
            response.getHeaders().put(HttpHeader.UPGRADE, "HTTP/1.1");
            message = HTTP2_REFUSED;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.addTo(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    /**
     * Jetty writes an error body only for GET, POST and HEAD by default; an {@code OPTIONS *} or the
     * HTTP/2 preface would get an empty answer that is not JSON.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.addTo(fields);
        return ByteBuffer.wrap(body(status, reason));
    }

    private byte[] body(int code, String message) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        try {
            return json.writeValueAsBytes(new ErrorBody("http-" + code, reason));
        } catch (JsonProcessingException e) {
            return ("{\"error\":\"http-" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
