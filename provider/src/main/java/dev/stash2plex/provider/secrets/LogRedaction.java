package dev.stash2plex.provider.secrets;

import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.secrets.SecretsInLogs;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import net.logstash.logback.mask.ValueMasker;
import tools.jackson.core.TokenStreamContext;

/**
 * The {@link Redactor} applied to every string the JSON log encoder writes — message, arguments,
 * key-value pairs, stack traces — so even a third-party library's exception text cannot print a
 * secret. Logback creates the masker from {@code logback.xml}; the secrets it hides are those
 * registered with {@link SecretsInLogs} (the provider registers its configuration's secrets at start,
 * the Stash client its key), plus credential-like URL parameters, which need no registration.
 */
public final class LogRedaction implements ValueMasker {

    /** The decorator {@code logback.xml} configures, started, for encoders built in code (tests' captured logs). */
    public static MaskingJsonGeneratorDecorator decorator() {
        MaskingJsonGeneratorDecorator decorator = new MaskingJsonGeneratorDecorator();
        decorator.addValueMasker(new LogRedaction());
        decorator.start();
        return decorator;
    }

    @Override
    public Object mask(TokenStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String original = text.toString();
            String redacted = SecretsInLogs.rule().redact(original);
            // null means "leave the value alone" to the decorator.
            return redacted.equals(original) ? null : redacted;
        }
        return null;
    }
}
