package dev.stash2plex.app.look;

import javafx.css.PseudoClass;
import javafx.scene.shape.Circle;

/**
 * A small dot in the colour of a state (good, busy, warning, problem, or neutral grey), the same
 * language as the tray icons; its accessible text is the state in words, as colour alone says nothing
 * to a screen reader or a colour-blind eye.
 */
public final class StatusDot {

    /** How a state feels; each has its colour in app.css. */
    public enum Tone {
        NEUTRAL, GOOD, BUSY, WARNING, PROBLEM
    }

    private final Circle circle = new Circle(6);

    public StatusDot() {
        circle.getStyleClass().add("status-dot");
        circle.setFocusTraversable(false);
    }

    public void show(Tone tone, String words) {
        for (Tone each : Tone.values()) {
            if (each != Tone.NEUTRAL) {
                circle.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase(java.util.Locale.ROOT)),
                        each == tone);
            }
        }
        circle.setAccessibleText(words);
    }

    public Circle node() {
        return circle;
    }
}
