/**
 * A scikit-learn style façade, {@link dev.chainrule.nn.classifier.MLPClassifier}, built from chainrule's layers,
 * losses, optimisers and training loop.
 *
 * <pre>{@code
 * double acc = new MLPClassifier().hiddenLayerSizes(10).solver("lbfgs").randomState(1).fit(X, y).score(X, y);
 * }</pre>
 */
package dev.chainrule.nn.classifier;
