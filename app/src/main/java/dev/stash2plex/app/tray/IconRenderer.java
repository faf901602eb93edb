package dev.stash2plex.app.tray;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws the tray icons with Java2D. Each state differs by shape as well as colour, so it reads for
 * colour-blind users and on any panel: every shape has a dark rim and a light glyph, which stay
 * visible on dark and light panels alike. Drawn in a 32-unit design space, scaled to the size asked.
 * Pure: the same kind and size give the same pixels.
 */
final class IconRenderer {

    private static final Color GREEN = new Color(0x2E, 0x9E, 0x4F);
    private static final Color AMBER = new Color(0xF2, 0xA9, 0x00);
    private static final Color RED = new Color(0xD9, 0x30, 0x25);
    private static final Color GREY = new Color(0x9A, 0xA0, 0xA6);
    private static final Color BLUE = new Color(0x4A, 0x9A, 0xF5);
    private static final Color RIM = new Color(0x20, 0x20, 0x20, 0xD0);
    private static final Color GLYPH = Color.WHITE;

    BufferedImage render(TrayIcons.Kind kind, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 32.0, size / 32.0);
            switch (kind) {
                case HEALTHY -> healthy(g);
                case DEGRADED -> degraded(g);
                case ERROR -> error(g);
                case STOPPED -> ring(g, false);
                case ENGINE_DOWN -> ring(g, true);
                case BUSY -> busy(g);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Green disc with a check. */
    private static void healthy(Graphics2D g) {
        filled(g, new Ellipse2D.Double(2, 2, 28, 28), GREEN);
        Path2D check = new Path2D.Double();
        check.moveTo(9, 16.5);
        check.lineTo(14, 21.5);
        check.lineTo(23, 11);
        glyph(g, check, 4);
    }

    /** Amber triangle with an exclamation mark. */
    private static void degraded(Graphics2D g) {
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(16, 2.5);
        triangle.lineTo(30, 28.5);
        triangle.lineTo(2, 28.5);
        triangle.closePath();
        filled(g, triangle, AMBER);
        g.setColor(RIM);
        g.setStroke(new BasicStroke(3.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(16, 11, 16, 18.5));
        g.fill(new Ellipse2D.Double(14, 21.5, 4, 4));
    }

    /** Red octagon (a stop sign) with a cross. */
    private static void error(Graphics2D g) {
        Path2D octagon = new Path2D.Double();
        double[] xs = {10.5, 21.5, 29.5, 29.5, 21.5, 10.5, 2.5, 2.5};
        double[] ys = {2.5, 2.5, 10.5, 21.5, 29.5, 29.5, 21.5, 10.5};
        octagon.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            octagon.lineTo(xs[i], ys[i]);
        }
        octagon.closePath();
        filled(g, octagon, RED);
        Path2D cross = new Path2D.Double();
        cross.moveTo(11, 11);
        cross.lineTo(21, 21);
        cross.moveTo(21, 11);
        cross.lineTo(11, 21);
        glyph(g, cross, 4);
    }

    /** Grey hollow circle; with a slash when the engine is down. */
    private static void ring(Graphics2D g, boolean slashed) {
        Ellipse2D circle = new Ellipse2D.Double(5, 5, 22, 22);
        outlined(g, circle, 5.5f, 3.5f, GREY);
        if (slashed) {
            outlined(g, new Line2D.Double(8, 24, 24, 8), 5.5f, 3.5f, GREY);
        }
    }

    /** Three blue dots: something is in progress. */
    private static void busy(Graphics2D g) {
        for (int i = 0; i < 3; i++) {
            filled(g, new Ellipse2D.Double(1.5 + i * 10, 11, 9, 9), BLUE);
        }
    }

    private static void filled(Graphics2D g, Shape shape, Color colour) {
        g.setColor(colour);
        g.fill(shape);
        g.setColor(RIM);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    private static void glyph(Graphics2D g, Shape shape, float width) {
        g.setColor(GLYPH);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** A line with a dark edge on both sides, so a grey stroke shows on grey panels too. */
    private static void outlined(Graphics2D g, Shape shape, float outer, float inner, Color colour) {
        g.setColor(RIM);
        g.setStroke(new BasicStroke(outer, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setColor(colour);
        g.setStroke(new BasicStroke(inner, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }
}
