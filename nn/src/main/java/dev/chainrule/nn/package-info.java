/**
 * Neural-network building blocks on top of {@code dev.chainrule.autograd}: layers, activations, losses,
 * initialisers, optimisers and training loops. (Being built; see the project's issues.)
 */
package dev.chainrule.nn;
