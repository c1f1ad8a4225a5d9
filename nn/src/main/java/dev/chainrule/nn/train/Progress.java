package dev.chainrule.nn.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar with the epoch, the current loss and the time left, on a terminal; silent when output is
 * not a terminal.
 */
final class Progress {
    private final PrintStream out;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;

    private Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    /** A bar on stderr if it is a terminal, else null. */
    static Progress onTerminal(int total) {
        return isTerminal() ? new Progress(System.err, total) : null;
    }

    static Progress to(PrintStream out, int total) {
        return new Progress(out, total);
    }

    void update(int epoch, double loss, double validation) {
        long now = System.nanoTime();
        if (epoch < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = (int) ((long) width * epoch / Math.max(1, total));
        double left = (now - start) / 1e9 / epoch * (total - epoch);
        out.print(String.format(Locale.ROOT, "\repoch %" + Integer.toString(total).length() + "d/%d [%s%s] loss %.6f%s  %s left ",
                epoch, total, "#".repeat(filled), "-".repeat(width - filled), loss,
                Double.isNaN(validation) ? "" : String.format(Locale.ROOT, " validation %.6f", validation),
                left >= 60 ? String.format(Locale.ROOT, "%d min %02d s", (long) left / 60, (long) left % 60)
                        : String.format(Locale.ROOT, "%.0f s", left)));
        out.flush();
    }

    void finish() {
        out.println();
    }

    /** Whether stderr is an interactive terminal ({@code Console.isTerminal()} where the JDK has it). */
    private static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
