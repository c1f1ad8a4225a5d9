package dev.chainrule.nn.io;

import java.io.IOException;

/**
 * A model file that cannot be loaded: not JSON, truncated, or JSON that does not describe a valid model. The message
 * names the file and says what is wrong, where, and what was expected there: for JSON that breaks off or is
 * malformed, the line and column, e.g.
 * <code>model.json:12:5: the file ends inside an object (expected '&#125;' or another field); was it cut off?</code>,
 * and for a model that does not fit together, the place in the model, e.g.
 * {@code model.json: parameter "0.weight": shape [10, 2] but the layer Linear(2 → 10) at model.layers[0], with
 * samples as rows, needs [2, 10] (in x out)}.
 *
 * <pre>{@code
 * try {
 *     SavedModel m = ModelFile.load(path);
 * } catch (ModelFileException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
