package dev.chainrule.demos.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/**
 * The look every picture shares, as a textbook figure has it: a title, labelled axes, a legend, fonts readable when
 * the picture is put on a slide, a white background and a light grid; and the writing of the PNG (headless).
 */
final class Style {
    /** The default size of a picture, in pixels. */
    static final int WIDTH = 900;
    static final int HEIGHT = 650;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    /** Colours for classes or series, distinguishable also in grey print (Tableau's palette). */
    static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Style() {
    }

    static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** Axis fonts and label. */
    static <A extends ValueAxis> A axis(A axis, String label) {
        axis.setLabel(label);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICKS);
        return axis;
    }

    static NumberAxis numberAxis(String label, boolean includeZero) {
        NumberAxis a = axis(new NumberAxis(label), label);
        a.setAutoRangeIncludesZero(includeZero);
        return a;
    }

    /** White background, a light grid. */
    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(new Color(0x999999));
    }

    /** Title and legend fonts. */
    static JFreeChart chart(JFreeChart chart) {
        chart.getTitle().setFont(TITLE);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
        }
        return chart;
    }

    /** Writes {@code chart} as a PNG of {@code width × height} to {@code file} (its directory is made if missing). */
    static Path save(JFreeChart chart, Path file, int width, int height) {
        return write(chart.createBufferedImage(width, height), file);
    }

    /** Writes {@code image} as a PNG to {@code file} (its directory is made if missing). */
    static Path write(BufferedImage image, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the picture " + file + ": " + e.getMessage(), e);
        }
    }
}
