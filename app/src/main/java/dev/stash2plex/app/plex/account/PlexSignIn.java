package dev.stash2plex.app.plex.account;

import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.settings.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sign in with Plex": a PIN at plex.tv, the sign-in page in the user's browser, then the PIN read
 * back every {@code pollEvery} until it carries the account token, plex.tv forgets it, or the user
 * cancels. The token goes straight into the {@link PlexTokenStore}, never into a log line or a
 * return value the window could show. Blocks for up to the PIN's lifetime: run it on a background thread.
 */
public final class PlexSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(PlexSignIn.class);

    private final PlexTv plexTv;
    private final PlexTokenStore tokens;
    private final Consumer<URI> browser;
    private final Duration pollEvery;
    private final Clock clock;

    /** @param browser opens a page in the user's browser (tests capture the address instead) */
    public PlexSignIn(PlexTv plexTv, PlexTokenStore tokens, Consumer<URI> browser, Duration pollEvery, Clock clock) {
        this.plexTv = plexTv;
        this.tokens = tokens;
        this.browser = browser;
        this.pollEvery = pollEvery;
        this.clock = clock;
    }

    public SignInOutcome signIn(SignInAttempt attempt) throws PlexException {
        Pin pin = plexTv.createPin();
        LOG.info("Sign in with Plex: PIN created, valid until {}; opening the sign-in page", pin.expiresAt());
        browser.accept(plexTv.signInPage(pin));
        try {
            while (!attempt.cancelledWithin(pollEvery)) {
                Optional<Pin> now;
                try {
                    now = plexTv.checkPin(pin);
                } catch (PlexException.AccountUnreachable e) {
                    // A poll that got no answer is tried again until the PIN expires: Wi-Fi comes and goes.
                    if (!clock.instant().isBefore(pin.expiresAt())) {
                        throw e;
                    }
                    continue;
                }
                if (now.isPresent() && now.get().token().isPresent()) {
                    tokens.save(now.get().token().get());
                    LOG.info("Sign in with Plex: signed in; token saved");
                    return new SignInOutcome.SignedIn();
                }
                if (now.isEmpty() || !clock.instant().isBefore(pin.expiresAt())) {
                    LOG.info("Sign in with Plex: the PIN expired before it was approved");
                    return new SignInOutcome.Expired();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Sign in with Plex: cancelled");
        return new SignInOutcome.Cancelled();
    }

    /** The saved account token, if signed in. Blocking I/O. */
    public Optional<Secret> token() {
        return tokens.load();
    }

    /** Forgets the account token ("Sign out"). Blocking I/O. */
    public void signOut() {
        tokens.forget();
        LOG.info("Signed out of Plex; token deleted");
    }

    public PlexTv plexTv() {
        return plexTv;
    }
}
