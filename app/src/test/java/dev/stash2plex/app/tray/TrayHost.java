package dev.stash2plex.app.tray;

import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The X11 tray host ({@code trayer}) seen from outside, as a user sees it: where this process's icon
 * is docked, what it looks like on screen, a click on it, and choosing an entry of its menu. Uses the X tools {@code .ci/run}
 * installs (xwininfo, xprop, xdotool, import).
 */
public final class TrayHost {

    private static final Pattern WINDOW = Pattern.compile("^\\s+(0x[0-9a-f]+)", Pattern.MULTILINE);

    private final long pid = ProcessHandle.current().pid();

    /** Whether the tools are here and a tray host runs on the display. */
    public static boolean present() {
        try {
            return run("xwininfo", "-root", "-tree").contains("(\"panel\" \"trayer\")")
                    && !run("which", "xdotool", "xprop", "import").isBlank();
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** The screen rectangle of this process's docked icon, if it is docked. */
    public Optional<Rectangle> ourIcon() {
        Matcher panel = Pattern.compile("^\\s+(0x[0-9a-f]+) .*\\(\"panel\" \"trayer\"\\)", Pattern.MULTILINE)
                .matcher(run("xwininfo", "-root", "-tree"));
        if (!panel.find()) {
            return Optional.empty();
        }
        Matcher child = WINDOW.matcher(run("xwininfo", "-tree", "-id", panel.group(1)));
        while (child.find()) {
            String window = child.group(1);
            if (run("xprop", "-id", window, "_NET_WM_PID").strip().endsWith("= " + pid)) {
                return Optional.of(bounds(window));
            }
        }
        return Optional.empty();
    }

    /** A picture of part of the screen. */
    public BufferedImage capture(Rectangle area) {
        try {
            Path file = Files.createTempFile("s2p-screen", ".png");
            try {
                run("import", "-window", "root", "-crop",
                        area.width + "x" + area.height + "+" + area.x + "+" + area.y, "+repage", file.toString());
                return ImageIO.read(file.toFile());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which state's artwork a picture of the docked icon shows: the icon of each kind, scaled to the
     * picture and laid over the panel's colour (its corner), compared pixel by pixel; the closest wins.
     */
    public static TrayIcons.Kind shownKind(TrayIcons icons, BufferedImage onScreen) {
        int background = onScreen.getRGB(0, 0);
        TrayIcons.Kind best = null;
        double bestDistance = Double.MAX_VALUE;
        for (TrayIcons.Kind kind : TrayIcons.Kind.values()) {
            double distance = distance(onScreen, over(icons.image(kind, onScreen.getHeight()), onScreen, background));
            if (distance < bestDistance) {
                best = kind;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The icon centred in a canvas the size of the picture, on the panel's colour. */
    private static BufferedImage over(BufferedImage icon, BufferedImage like, int background) {
        BufferedImage canvas = new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(new Color(background));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int size = Math.min(like.getWidth(), like.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(icon, (canvas.getWidth() - size) / 2, (canvas.getHeight() - size) / 2, size, size, null);
        g.dispose();
        return canvas;
    }

    private static double distance(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
            }
        }
        return (double) sum / (a.getWidth() * a.getHeight());
    }

    /** A press and release of {@code button} (1 left, 3 right) at the middle of {@code area}. */
    public void click(Rectangle area, int button) {
        moveTo(area);
        run("xdotool", "click", String.valueOf(button));
    }

    /**
     * What a click on an entry of this app's tray menu does: AWT calls the entry's listeners on its event
     * thread. (Where AWT draws the popup's entries cannot be asked, so a pointer click cannot aim at one.)
     */
    public static void chooseFromMenu(String label) {
        try {
            EventQueue.invokeAndWait(() -> {
                TrayIcon[] icons = SystemTray.getSystemTray().getTrayIcons();
                if (icons.length != 1) {
                    throw new AssertionError("Expected this app's one tray icon, found " + icons.length);
                }
                PopupMenu popup = icons[0].getPopupMenu();
                for (int i = 0; i < popup.getItemCount(); i++) {
                    MenuItem item = popup.getItem(i);
                    if (item.getLabel().equals(label)) {
                        if (!item.isEnabled()) {
                            throw new AssertionError("The menu entry " + label + " is disabled");
                        }
                        for (var listener : item.getActionListeners()) {
                            listener.actionPerformed(new ActionEvent(item,
                                    ActionEvent.ACTION_PERFORMED, label));
                        }
                        return;
                    }
                }
                throw new AssertionError("No menu entry " + label);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Moves the pointer to the middle of {@code area}. */
    public void moveTo(Rectangle area) {
        run("xdotool", "mousemove", String.valueOf((int) area.getCenterX()), String.valueOf((int) area.getCenterY()));
    }

    private static Rectangle bounds(String window) {
        String info = run("xwininfo", "-id", window);
        return new Rectangle(number(info, "Absolute upper-left X"), number(info, "Absolute upper-left Y"),
                number(info, "Width"), number(info, "Height"));
    }

    private static int number(String info, String label) {
        Matcher value = Pattern.compile(label + ":\\s+(-?\\d+)").matcher(info);
        if (!value.find()) {
            throw new IllegalStateException("xwininfo gave no " + label + ":\n" + info);
        }
        return Integer.parseInt(value.group(1));
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 30 s");
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
