package dev.chainrule.demos.train;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.csv.CsvFormatException;
import dev.chainrule.data.csv.CsvReader;
import dev.chainrule.data.csv.CsvTable;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.io.ModelFile;
import dev.chainrule.nn.io.ModelFileException;
import dev.chainrule.nn.io.SavedModel;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.metrics.Metrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chainrule predict --model MODEL.json --data FILE.csv [--proba]}: one prediction per row of a CSV file,
 * printed as CSV — the class (or value, for a regression) or, with {@code --proba}, the class probabilities. The file
 * holds the model's features ({@code x1,…,xd}), optionally followed by a label column, which is ignored.
 *
 * <pre>{@code
 * chainrule train --data moons --save model.json
 * chainrule data moons --test-size 0.2 --part test > test.csv
 * chainrule predict --model model.json --data test.csv --proba
 * }</pre>
 */
@Command(name = "predict", sortOptions = false,
        description = {"Predict each row of a CSV file (x1,...,xd[,y]) with a model saved by chainrule train --save, "
                + "printed as CSV: the class, the value, or with --proba the class probabilities."})
public final class PredictCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Option(names = "--model", required = true, paramLabel = "MODEL.json", description = "a model saved by chainrule train --save")
    private Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "the samples, one per row")
    private Path data;

    @Option(names = "--proba", description = "print the probability of each class instead of the class")
    private boolean proba;

    private final Io io;

    public PredictCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        SavedModel m;
        try {
            m = ModelFile.load(model);
        } catch (ModelFileException e) {
            throw new UsageError(e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageError("cannot read " + model + ": no such file");
        }
        List<Layer> layers = m.model().layers();
        if (!(layers.get(0) instanceof Linear first)) {
            throw new UsageError(model + ": the model does not start with a Linear layer, so its inputs are unknown");
        }
        Tensor x = features(first.in());
        Tensor out = m.forward(m.model().layout() == Layout.SAMPLES_AS_ROWS ? x : x.transpose());
        Tensor rows = m.model().layout() == Layout.SAMPLES_AS_ROWS ? out : out.transpose();
        Activation.Kind last = layers.get(layers.size() - 1) instanceof Activation a ? a.kind() : Activation.Kind.IDENTITY;
        io.out().print(proba ? probabilities(rows, last) : predictions(rows, last));
        io.out().flush();
        return Cli.OK;
    }

    /** The file's features as a matrix of samples as rows: its first {@code d} columns (a last, extra one is a label). */
    private Tensor features(int d) throws IOException {
        CsvTable t;
        try {
            t = CsvReader.labelLast().read(data);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageError("cannot read " + data + ": no such file");
        } catch (CsvFormatException e) {
            throw new UsageError(e.getMessage());
        }
        Dataset rows = t.data();
        int columns = rows.features() + 1;
        if (columns != d && columns != d + 1) {
            throw new UsageError(data + " has " + columns + " columns, but the model takes " + d + " features (x1,…,x"
                    + d + ", and optionally a label column)");
        }
        double[] flat = new double[rows.size() * d];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < d; j++) {
                double v = j < rows.features() ? rows.x(i, j) : rows.y(i);
                if (!Double.isFinite(v)) {
                    throw new UsageError(data + ": row " + (i + 1) + ", column " + (j + 1) + " is " + v
                            + "; every feature must be a finite number");
                }
                flat[i * d + j] = v;
            }
        }
        return Tensor.of(Shape.matrix(rows.size(), d), flat);
    }

    private static String probabilities(Tensor rows, Activation.Kind last) {
        int k = rows.shape().cols();
        if (last != Activation.Kind.SIGMOID && last != Activation.Kind.SOFTMAX) {
            throw new UsageError("--proba: the model's output is not a probability (its last layer is " + last
                    + ", not a sigmoid or softmax)");
        }
        StringBuilder sb = new StringBuilder();
        int classes = k == 1 ? 2 : k;
        for (int c = 0; c < classes; c++) {
            sb.append(c > 0 ? "," : "").append('p').append(c);
        }
        sb.append('\n');
        for (int i = 0; i < rows.shape().rows(); i++) {
            if (k == 1) {
                double p = rows.get(i, 0);
                sb.append(1 - p).append(',').append(p).append('\n');
            } else {
                for (int c = 0; c < k; c++) {
                    sb.append(c > 0 ? "," : "").append(rows.get(i, c));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String predictions(Tensor rows, Activation.Kind last) {
        StringBuilder sb = new StringBuilder("y\n");
        int k = rows.shape().cols();
        if (last == Activation.Kind.SIGMOID && k == 1 || last == Activation.Kind.SOFTMAX || k > 1) {
            int[] classes = k == 1 ? Metrics.threshold(rows) : Metrics.argmax(rows, Layout.SAMPLES_AS_ROWS);
            for (int c : classes) {
                sb.append(c).append('\n');
            }
        } else {
            for (int i = 0; i < rows.shape().rows(); i++) {
                sb.append(rows.get(i, 0)).append('\n');
            }
        }
        return sb.toString();
    }
}
