package dev.stash2plex.app.settings.form;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * Every text input under a root, read as the screen shows it: the contrast (WCAG's ratio) of its text and,
 * while it shows one, its prompt against the field's own background. Call on the FX thread.
 */
final class InputContrast {

    /** WCAG AA for body text; the prompt is a hint and may be quieter. */
    static final double TEXT = 4.5;
    static final double PROMPT = 3.0;

    private InputContrast() {
    }

    /** One line per input whose text or prompt is below its minimum; empty when every input is readable. */
    static List<String> unreadable(Parent root) {
        root.applyCss();
        List<String> problems = new ArrayList<>();
        for (Node node : root.lookupAll(".text-field")) {
            TextField field = (TextField) node;
            if (field.getBackground() == null || field.getBackground().getFills().isEmpty()) {
                continue;
            }
            Color background = (Color) field.getBackground().getFills().getLast().getFill();
            for (Node part : field.lookupAll(".text")) {
                Text text = (Text) part;
                boolean prompt = !field.getPromptText().isEmpty() && text.getText().equals(field.getPromptText())
                        && field.getText().isEmpty();
                Color fill = (Color) text.getFill();
                if (prompt && (field.isFocused() || fill.getOpacity() == 0)) {
                    continue;   // the theme hides the prompt while the field has the focus
                }
                double ratio = ratio(fill, background);
                if (ratio < (prompt ? PROMPT : TEXT)) {
                    problems.add(String.format("%s: %s %s on %s, contrast %.1f", field.getId(), prompt ? "prompt" : "text",
                            fill, background, ratio));
                }
            }
        }
        return problems;
    }

    private static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
