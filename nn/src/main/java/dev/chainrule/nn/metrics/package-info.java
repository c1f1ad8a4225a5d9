/**
 * Classification metrics from integer labels: {@link dev.chainrule.nn.metrics.Metrics#accuracy accuracy}, the
 * {@link dev.chainrule.nn.metrics.ConfusionMatrix confusion matrix} and per-class precision, recall and F1; and the
 * helpers that turn a model's outputs into class predictions (argmax per sample, or a 0.5 threshold for one sigmoid
 * output).
 *
 * <pre>{@code
 * int[] predicted = Metrics.argmax(net.forward(params, X), Layout.SAMPLES_AS_ROWS);
 * double acc = Metrics.accuracy(labels, predicted);
 * System.out.println(Metrics.confusionMatrix(labels, predicted).report());
 * }</pre>
 */
package dev.chainrule.nn.metrics;
