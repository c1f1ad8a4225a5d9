/**
 * Initialisers of parameters, all reproducible from a seeded generator: constants, given values, normal, uniform,
 * Xavier/Glorot and He.
 *
 * <pre>{@code
 * Tensor W = Initializer.xavierUniform().create(Shape.matrix(10, 2), 2, 10, new SplittableRandom(42));
 * }</pre>
 */
package dev.chainrule.nn.init;
