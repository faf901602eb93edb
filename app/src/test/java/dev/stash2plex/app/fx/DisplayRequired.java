package dev.stash2plex.app.fx;

import dev.stash2plex.provider.testing.MissingResourceFailsOnCi;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips window tests, with the reason in the test report, when there is no X display to open real
 * windows on. Registered before TestFX's extension, so no toolkit start is attempted without one.
 */
public final class DisplayRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && MissingResourceFailsOnCi.onCi()) {
            throw MissingResourceFailsOnCi.missingOnCi("no DISPLAY for the real-window tests (.ci/run starts Xvfb on :99)");
        }
        return display == null || display.isBlank()
                ? ConditionEvaluationResult.disabled("No DISPLAY: real-window tests need an X server, e.g. "
                        + "`Xvfb :99 -screen 0 1280x1024x24 &` and DISPLAY=:99")
                : ConditionEvaluationResult.enabled("DISPLAY=" + display);
    }
}
