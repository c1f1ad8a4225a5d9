/**
 * A scikit-learn style façade, {@link dev.chainrule.nn.classifier.MLPClassifier}: an {@code MLP} with
 * scikit-learn's initialisation, trained by the {@code Trainer} with SGD, Adam or L-BFGS.
 *
 * <pre>{@code
 * double acc = new MLPClassifier().hiddenLayerSizes(10).solver("lbfgs").randomState(1).fit(X, y).score(X, y);
 * }</pre>
 */
package dev.chainrule.nn.classifier;
