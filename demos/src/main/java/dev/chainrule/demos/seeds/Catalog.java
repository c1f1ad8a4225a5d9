package dev.chainrule.demos.seeds;

import java.util.List;
import java.util.Optional;

/** Every demo, in the order of the course documents. */
final class Catalog {
    static final List<Demo> ALL = List.of(
            Transcripts.SEED000_EX1,
            Seed000Exercise.EX2,
            Seed000Exercise.EX3,
            Seed000Exercise.EX4,
            new Seed001Q1(),
            new Seed001Q2(),
            new Seed001Q3(),
            new Seed002Moons(),
            new Seed002Playground(),
            new Seed003Backprop(),
            new Seed003Sklearn(),
            new Seed003Xor(),
            new Seed004Perceptron(),
            new Seed004Activations(),
            new Seed004MseSlip(),
            new Seed004Blobs());

    private Catalog() {
    }

    static Optional<Demo> find(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
