package dev.stash2plex.app.plex.account;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything written to the standard output and error while open (the console log included), still
 * passed through, so a test can assert that a secret never reached the test's output.
 */
public final class CapturedOutput implements AutoCloseable {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    private CapturedOutput() {
        System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
    }

    public static CapturedOutput capture() {
        return new CapturedOutput();
    }

    public String text() {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    private OutputStream tee(PrintStream target) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (seen) {
                    seen.write(b);
                }
                target.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (seen) {
                    seen.write(b, off, len);
                }
                target.write(b, off, len);
            }
        };
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }
}
