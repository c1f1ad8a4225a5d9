/**
 * Losses as compositions of tensor ops, each with its δ documented: mean squared error, ½ sum of squares, squared
 * error, binary cross-entropy on probabilities (clipped) and on logits (stable), fused softmax cross-entropy; and
 * L1/L2 penalties.
 *
 * <pre>{@code
 * Tensor L = new SoftmaxCrossEntropy().apply(logits, labels).add(Penalty.l2(1e-4).apply(params));
 * }</pre>
 */
package dev.chainrule.nn.loss;
