/**
 * The demos' pictures, drawn headless to PNG with JFreeChart as textbook figures: {@link
 * dev.chainrule.demos.plot.LineChart} (loss curves, activation functions), {@link
 * dev.chainrule.demos.plot.BoundaryChart} (a classifier's probabilities as a heat map with its colour scale and the
 * data on top), {@link dev.chainrule.demos.plot.ScatterChart} (data or hidden representations by class), {@link
 * dev.chainrule.demos.plot.Panels} (several scatter charts side by side in one picture) and {@link
 * dev.chainrule.demos.plot.MatrixChart} (confusion matrices).
 *
 * <pre>{@code
 * LineChart.titled("Loss").axes("epoch", "loss").series("training", losses).save(Path.of("loss.png"));
 * }</pre>
 */
package dev.chainrule.demos.plot;
