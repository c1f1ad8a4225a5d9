package dev.chainrule.demos.bench;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeMoons;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropy;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;

/** Seed 002's exercise end to end: the moons, a 70/30 split, 2-10-1 tanh → sigmoid, 1000 full-batch GD epochs. */
final class MoonsWorkload {
    private MoonsWorkload() {
    }

    static Runnable moonsTrain() {
        Dataset moons = MakeMoons.of(500).withNoise(0.2).generate(42);
        Dataset train = TrainTestSplit.trainTestSplit(moons, 0.3, 42).train();
        Sequential net = MLP.sizes(2, 10, 1).layout(Layout.SAMPLES_AS_COLUMNS).hidden(Activation.TANH).output(Activation.SIGMOID)
                .weights(Initializer.standardNormal()).biases(Initializer.zeros()).build();
        Trainer trainer = Trainer.of(net, new BinaryCrossEntropy(), new SGD(0.5)).targets(Targets.binary()).epochs(1000)
                .fullBatch().progress(null);
        return () -> trainer.fit(net.init(new RandomState(0)), train);
    }
}
