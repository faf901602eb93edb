package dev.stash2plex.app.settings.form;

import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * Gives a FormsFX text input its skin when it is built, before any CSS runs. Left to JavaFX, the skin of
 * a text field inside FormsFX's controls is made during the window's first CSS pass, and that pass
 * styles the field without the skin's properties: the text and prompt colours stay at the skin's
 * defaults (black, grey) until something re-applies the CSS (focus, a theme switch). In the light
 * theme black passes for the theme's text colour; in the dark theme the text is black on near-black.
 * With the skin there from the start, the first pass gives the theme's colours like any other input.
 */
final class ThemedInput {

    private ThemedInput() {
    }

    static void skinNow(TextField input) {
        if (input.getSkin() == null) {
            input.setSkin(new TextFieldSkin(input));
        }
    }
}
