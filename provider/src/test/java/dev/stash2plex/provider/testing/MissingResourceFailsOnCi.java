package dev.stash2plex.provider.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * On a developer's machine a test whose resource is missing (Stash's schema, a Docker engine, a
 * display, a tray) skips and says why. Under {@code CI=true} the same skip fails the test instead:
 * a green CI must mean every test ran, not that a third of them quietly did not. Registered for
 * every test of both modules (META-INF/services, with autodetection on in the root pom).
 */
public final class MissingResourceFailsOnCi implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    /** True where a skip must not pass for success. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The failure CI gets instead of a skip for {@code reason}. */
    public static AssertionError missingOnCi(String reason) {
        return new AssertionError("CI=true, so a missing test resource fails the run instead of skipping it: " + reason);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw failOnCi(thrown);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw failOnCi(thrown);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw failOnCi(thrown);
    }

    private static Throwable failOnCi(Throwable thrown) {
        if (thrown instanceof TestAbortedException aborted && onCi() && !String.valueOf(aborted.getMessage()).contains(NOT_A_RESOURCE)) {
            AssertionError failure = missingOnCi(aborted.getMessage());
            failure.initCause(aborted);
            return failure;
        }
        return thrown;
    }

    /**
     * A skip that is about this machine's nature, not a missing resource (e.g. "running as root:
     * every file is readable"): put this in its message and it stays a skip under CI.
     */
    public static final String NOT_A_RESOURCE = "Not applicable here: ";
}
