package dev.chainrule.demos.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Several scatter charts side by side in one picture under a common title, row by row: the same points seen in
 * different spaces or at different epochs (seed 003: the data in (x1, x2) beside its hidden representation (z1, z2)
 * after several epochs). Each panel is drawn at a larger size and scaled down, so its fonts shrink with it and it
 * stays a whole chart with title, axes and legend.
 *
 * <pre>{@code
 * Panels.titled("Hidden representation by epoch").columns(3)
 *         .add(ScatterChart.titled("data").axes("x1", "x2").points(x, labels))
 *         .add(ScatterChart.titled("epoch 10").axes("z1", "z2").range(0, 1, 0, 1).points(z10, labels))
 *         .save(Path.of("hidden.png"));
 * }</pre>
 */
public final class Panels {
    /** How much larger than its cell a panel is drawn before it is scaled into the cell. */
    private static final double ENLARGE = 1.6;

    private final String title;
    private final int columns;
    private final List<ScatterChart> panels;

    private Panels(String title, int columns, List<ScatterChart> panels) {
        this.title = title;
        this.columns = columns;
        this.panels = List.copyOf(panels);
    }

    public static Panels titled(String title) {
        return new Panels(title, 3, List.of());
    }

    /** Panels per row (default 3). */
    public Panels columns(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("panels: columns must be >= 1, got " + n);
        }
        return new Panels(title, n, panels);
    }

    /** The next panel, after the ones added before. */
    public Panels add(ScatterChart panel) {
        List<ScatterChart> more = new ArrayList<>(panels);
        more.add(panel);
        return new Panels(title, columns, more);
    }

    public Path save(Path file) {
        return save(file, Style.WIDTH, Style.HEIGHT);
    }

    public Path save(Path file, int width, int height) {
        if (panels.isEmpty()) {
            throw new IllegalStateException("panels: nothing to draw (add(...))");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int top = drawTitle(g, width);
            int rows = (panels.size() + columns - 1) / columns;
            double cellWidth = (double) width / columns;
            double cellHeight = (double) (height - top) / rows;
            for (int i = 0; i < panels.size(); i++) {
                JFreeChart chart = panels.get(i).chart();
                AffineTransform saved = g.getTransform();
                g.translate(i % columns * cellWidth, top + i / columns * cellHeight);
                g.scale(1 / ENLARGE, 1 / ENLARGE);
                chart.draw(g, new Rectangle2D.Double(0, 0, cellWidth * ENLARGE, cellHeight * ENLARGE));
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        return Style.write(image, file);
    }

    /** The common title, centred at the top; returns the height it takes. */
    private int drawTitle(Graphics2D g, int width) {
        Font font = Style.TITLE;
        g.setFont(font);
        g.setColor(Color.BLACK);
        FontMetrics m = g.getFontMetrics();
        g.drawString(title, Math.max(4, (width - m.stringWidth(title)) / 2), 8 + m.getAscent());
        return 16 + m.getHeight();
    }
}
