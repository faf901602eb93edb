package dev.stash2plex.provider.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Generates malformed, hostile and merely odd HTTP requests from a seed, so any failure can be replayed. */
final class FuzzRequests {

    /** One generated request and whether the client should half-close after sending it. */
    record FuzzRequest(String summary, byte[] bytes, boolean halfClose) {
    }

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "BREW", "get");
    private static final List<String> PATHS = List.of("/", "/health", "/library/metadata/matches", "/library/metadata/42",
            "/library/metadata/42/images", "/library/metadata/42/extras", "/library/metadata/abc", "/images/scene/1/0",
            "/images/performer/2/x", "/images/nope/1/1", "/explain", "//library//metadata//matches/", "/library/metadata/",
            "/library/metadata/99999999999999999999", "/library/metadata/-1", "/%00", "/%zz", "/..%2f..%2fetc%2fpasswd",
            "/library/metadata/%F0%9F%92%A9", "/?a=%", "/library/metadata/matches?manual=1&title=%E2%82%AC",
            "/library/collections/studio-1/children?X-Plex-Container-Start=-5&X-Plex-Container-Size=99999999999",
            "/library/collections/group-%00", "/library/collections/tag-1", "/tv", "/tv/library/metadata/show-1/grandchildren",
            "/tv/library/metadata/season-1-99999/children", "/tv/library/metadata/episode-1?includeChildren=1",
            "/tv/library/metadata/matches", "/images/group/1/0");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "\u00ff\u00fe",
            "application/json; charset=no-such-charset", "application/json; charset=");
    private static final List<String> HOSTS = List.of("localhost", "192.168.1.5:9090", "[fd00::5]:9090", "evil.example/<x>",
            "", " ", "a".repeat(300), "host:notaport", "\u00e9t\u00e9.local");
    private static final List<String> VALUES = List.of("1", "0", "-1", "\"1\"", "\"\"", "null", "true", "[]", "{}", "1e309",
            "99999999999999999999", "\"\\u0000\"", "\"" + "x".repeat(5000) + "\"", "{\"a\":[[[[[]]]]]}", "\"/plex/../../etc/passwd\"",
            "\"tv.plex.agents.custom.stash2plex://movie/1\"", "\"tv.plex.agents.custom.stash2plex://movie/abc\"", "\"%s%n\"");
    private static final List<String> FIELDS = List.of("type", "title", "year", "guid", "filename", "manual", "includeAdult", "Media", "");

    private final Random random;

    FuzzRequests(long seed) {
        this.random = new Random(seed);
    }

    FuzzRequest next() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> wellFormed(pick(METHODS), path(), body());
            case 5 -> wellFormed("POST", "/library/metadata/matches", "{\"title\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}");
            case 6 -> truncated();
            case 7 -> garbage();
            case 8 -> lyingLength();
            default -> brokenHeaders();
        };
    }

    private String path() {
        return switch (random.nextInt(6)) {
            case 0 -> "/" + randomText(random.nextInt(40), true);
            case 1 -> "/library/metadata/" + randomText(random.nextInt(12), true);
            case 2 -> "/" + "a/".repeat(random.nextInt(4000));
            default -> pick(PATHS);
        };
    }

    private String body() {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> randomText(random.nextInt(200), false);
            case 2 -> {
                StringBuilder json = new StringBuilder("{");
                for (int i = random.nextInt(6); i > 0; i--) {
                    json.append('"').append(pick(FIELDS)).append("\":").append(pick(VALUES)).append(i > 1 ? "," : "");
                }
                yield json.append('}').toString();
            }
            case 3 -> "{\"type\":1,\"title\":\"Scene\",\"year\":2024,\"filename\":\"Studio/a.mp4\",\"manual\":" + random.nextInt(2) + "}";
            default -> "{\"title\":\"" + randomText(20, true) + "\",\"guid\":" + pick(VALUES);
        };
    }

    private FuzzRequest wellFormed(String method, String path, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\n"
                + "Host: " + pick(HOSTS) + "\r\n"
                + "Content-Type: " + pick(CONTENT_TYPES) + "\r\n"
                + (random.nextBoolean() ? "X-Plex-Token: fuzz-token\r\nX-Plex-Language: " + randomText(8, true) + "\r\n" : "")
                + "Content-Length: " + payload.length + "\r\n"
                + "Connection: close\r\n\r\n";
        return new FuzzRequest(method + " " + abbreviate(path) + " body=" + payload.length, concat(head, payload), false);
    }

    private FuzzRequest truncated() {
        byte[] full = wellFormed("POST", "/library/metadata/matches", body()).bytes();
        int cut = 1 + random.nextInt(full.length - 1);
        return new FuzzRequest("truncated at " + cut, Arrays.copyOf(full, cut), true);
    }

    private FuzzRequest garbage() {
        byte[] bytes = new byte[1 + random.nextInt(512)];
        random.nextBytes(bytes);
        return new FuzzRequest("garbage " + bytes.length + " bytes", bytes, true);
    }

    private FuzzRequest lyingLength() {
        String head = "POST /library/metadata/matches HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (50 + random.nextInt(5000)) + "\r\n\r\n{\"title\":";
        return new FuzzRequest("Content-Length larger than the body", head.getBytes(StandardCharsets.ISO_8859_1), true);
    }

    private FuzzRequest brokenHeaders() {
        String head = switch (random.nextInt(7)) {
            case 0 -> "GET / HTTP/1.1\r\nHost localhost\r\nConnection: close\r\n\r\n";
            case 1 -> "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "h".repeat(70_000) + "\r\nConnection: close\r\n\r\n";
            case 2 -> "GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            case 3 -> "POST /library/metadata/matches HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\nzz\r\n" + randomText(10, false) + "\r\n0\r\n\r\n";
            case 5 -> "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
            case 6 -> "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            default -> "GET /\u0001\u0002 HTTP/1.1\r\nHost: \u0000\r\nConnection: close\r\n\r\n";
        };
        return new FuzzRequest("broken headers: " + abbreviate(head), head.getBytes(StandardCharsets.ISO_8859_1), true);
    }

    private String randomText(int length, boolean pathSafe) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x2000) : 0x20 + random.nextInt(0x5f);
            if (pathSafe && (c == ' ' || c == '#' || c == '?' || c == '%' || c > 0x7e)) {
                text.append('%').append(String.format("%02X", random.nextInt(256)));
            } else {
                text.appendCodePoint(c);
            }
        }
        return text.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] concat(String head, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("[\\r\\n]+", "⏎");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
