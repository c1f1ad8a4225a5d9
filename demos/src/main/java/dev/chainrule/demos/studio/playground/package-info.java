/**
 * The studio's Playground: the TensorFlow Playground's data sets, features, network and pictures, trained on the
 * server by {@code nn} (one model per browser tab, within bounds), with what the Playground never showed — your own
 * CSV data, regression, and the learning rule of a clicked weight written out live with ∂L/∂w as the sum over the
 * paths through the network.
 *
 * <pre>{@code
 * curl -s -X POST -d '{"dataset": "spiral", "hidden": [8, 8, 8], "learningRate": 0.1}' http://127.0.0.1:8080/api/playground/models
 * }</pre>
 */
package dev.chainrule.demos.studio.playground;
