/**
 * Saving and loading models: {@link dev.chainrule.nn.io.ModelFile} writes a {@code Sequential} architecture and its
 * parameters as one readable JSON file (atomically: a temporary file, then a rename) and reads it back bit for bit,
 * rejecting a truncated or edited file with a message that says what is wrong and where.
 *
 * <pre>{@code
 * ModelFile.save(Path.of("xor.json"), net, params);
 * SavedModel m = ModelFile.load(Path.of("xor.json"));
 * Tensor yhat = m.forward(X);
 * }</pre>
 */
package dev.chainrule.nn.io;
