package dev.chainrule.autograd;

/**
 * The seed networks, each built with the Java API line for line as its {@code demos/examples/*.chain} file
 * builds it (same names, same order, same expressions), so that every name has a value and a gradient to compare
 * with the PyTorch fixture of the same name.
 */
final class SeedNetworks {
    private SeedNetworks() {
    }

    /**
     * Seed 000, Exercise 1 ({@code seed000-ex1-tanh-step.chain}): one forward/backward step of a 2-2-1 tanh network
     * with squared error {@code L = (y − ŷ)²}.
     */
    static Derivation seed000TanhStep() {
        Derivation d = new Derivation();
        Tensor x = d.input("x", new double[][] {{0.5}, {-0.2}});
        Tensor y = d.input("y", 1.0);
        Tensor W1 = d.param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}});
        Tensor b1 = d.param("b1", new double[][] {{0.1}, {-0.2}});
        Tensor W2 = d.param("W2", new double[][] {{0.5, -0.3}});
        Tensor b2 = d.param("b2", 0.2);

        Tensor z1 = d.let("z1", W1.matmul(x).add(b1));          // z1 = W1 @ x + b1
        Tensor h1 = d.let("h1", z1.tanh());                      // h1 = tanh(z1)
        Tensor u2 = d.let("u2", W2.matmul(h1).add(b2));         // u2 = W2 @ h1 + b2
        Tensor yhat = d.let("yhat", u2.tanh());                  // yhat = tanh(u2)
        d.let("L", y.sub(yhat).pow(2).sum());                    // L = sum((y - yhat) ^ 2)
        return d;
    }

    /**
     * Seed 001, question 1(a) ({@code seed001-ex1-sigmoid-sgd.chain}): a 5-3-2 sigmoid network, weights 0.1,
     * biases 0, {@code E = ½ Σ (x2 − z)²}.
     */
    static Derivation seed001SigmoidSgd() {
        Derivation d = new Derivation();
        Tensor x = d.input("x", new double[][] {{1}, {1}, {0}, {0}, {0}});
        Tensor z = d.input("z", new double[][] {{1}, {0}});
        Tensor w1 = d.param("w1", Tensor.full(3, 5, 0.1));
        Tensor b1 = d.param("b1", Tensor.zeros(3, 1));
        Tensor w2 = d.param("w2", Tensor.full(2, 3, 0.1));
        Tensor b2 = d.param("b2", Tensor.zeros(2, 1));

        Tensor n1 = d.let("n1", w1.matmul(x).add(b1));          // n1 = w1 @ x + b1
        Tensor x1 = d.let("x1", n1.sigmoid());                   // x1 = sigmoid(n1)
        Tensor n2 = d.let("n2", w2.matmul(x1).add(b2));         // n2 = w2 @ x1 + b2
        Tensor x2 = d.let("x2", n2.sigmoid());                   // x2 = sigmoid(n2)
        d.let("E", Tensor.of(0.5).mul(x2.sub(z).pow(2).sum())); // E = 0.5 * sum((x2 - z) ^ 2)
        return d;
    }

    /**
     * Seed 001, question 2(b) ({@code seed001-ex2-tanh-batch.chain}): a 4-4-3-3 tanh network, weights and biases
     * 0.1, a batch of two samples as the columns of X, {@code E = ½ Σ (x3 − Z)²}.
     */
    static Derivation seed001TanhBatch() {
        Derivation d = new Derivation();
        Tensor X = d.input("X", new double[][] {{1, 0}, {0, 0}, {1, 10}, {0, 0}});
        Tensor Z = d.input("Z", new double[][] {{0, 0}, {1, 0}, {0, 1}});
        Tensor W1 = d.param("W1", Tensor.full(4, 4, 0.1));
        Tensor b1 = d.param("b1", Tensor.full(4, 1, 0.1));
        Tensor W2 = d.param("W2", Tensor.full(3, 4, 0.1));
        Tensor b2 = d.param("b2", Tensor.full(3, 1, 0.1));
        Tensor W3 = d.param("W3", Tensor.full(3, 3, 0.1));
        Tensor b3 = d.param("b3", Tensor.full(3, 1, 0.1));

        Tensor n1 = d.let("n1", W1.matmul(X).add(b1));          // n1 = W1 @ X + b1
        Tensor x1 = d.let("x1", n1.tanh());                      // x1 = tanh(n1)
        Tensor n2 = d.let("n2", W2.matmul(x1).add(b2));         // n2 = W2 @ x1 + b2
        Tensor x2 = d.let("x2", n2.tanh());                      // x2 = tanh(n2)
        Tensor n3 = d.let("n3", W3.matmul(x2).add(b3));         // n3 = W3 @ x2 + b3
        Tensor x3 = d.let("x3", n3.tanh());                      // x3 = tanh(n3)
        d.let("E", Tensor.of(0.5).mul(x3.sub(Z).pow(2).sum())); // E = 0.5 * sum((x3 - Z) ^ 2)
        return d;
    }

    /**
     * Seed 001, question 3 ({@code seed001-ex3-softmax-ce.chain}): the network of question 2(b) with a softmax over
     * each column (axis 0) and cross-entropy {@code E = −Σ Z ⊙ log x3}.
     */
    static Derivation seed001SoftmaxCrossEntropy() {
        Derivation d = new Derivation();
        Tensor X = d.input("X", new double[][] {{1, 0}, {0, 0}, {1, 10}, {0, 0}});
        Tensor Z = d.input("Z", new double[][] {{0, 0}, {1, 0}, {0, 1}});
        Tensor W1 = d.param("W1", Tensor.full(4, 4, 0.1));
        Tensor b1 = d.param("b1", Tensor.full(4, 1, 0.1));
        Tensor W2 = d.param("W2", Tensor.full(3, 4, 0.1));
        Tensor b2 = d.param("b2", Tensor.full(3, 1, 0.1));
        Tensor W3 = d.param("W3", Tensor.full(3, 3, 0.1));
        Tensor b3 = d.param("b3", Tensor.full(3, 1, 0.1));

        Tensor n1 = d.let("n1", W1.matmul(X).add(b1));          // n1 = W1 @ X + b1
        Tensor x1 = d.let("x1", n1.tanh());                      // x1 = tanh(n1)
        Tensor n2 = d.let("n2", W2.matmul(x1).add(b2));         // n2 = W2 @ x1 + b2
        Tensor x2 = d.let("x2", n2.tanh());                      // x2 = tanh(n2)
        Tensor n3 = d.let("n3", W3.matmul(x2).add(b3));         // n3 = W3 @ x2 + b3
        Tensor x3 = d.let("x3", n3.softmax(0));                  // x3 = softmax(n3, axis=0)
        d.let("E", Z.mul(x3.log()).sum().neg());                 // E = -sum(Z * log(x3))
        return d;
    }

    /**
     * Seed 004, section 6 ({@code seed004-sigmoid-mse.chain} and {@code seed004-published-slip.chain}, the same
     * network): a 2-2-1 sigmoid network with {@code C = ½ (ŷ − y)²}.
     */
    static Derivation seed004SigmoidMse() {
        Derivation d = new Derivation();
        Tensor x = d.input("x", new double[][] {{0.5}, {-1.5}});
        Tensor y = d.input("y", 1.0);
        Tensor W1 = d.param("W1", new double[][] {{0.1, -0.2}, {0.4, 0.2}});
        Tensor b1 = d.param("b1", new double[][] {{0.0}, {-0.1}});
        Tensor W2 = d.param("W2", new double[][] {{0.3, -0.4}});
        Tensor b2 = d.param("b2", 0.2);

        Tensor z1 = d.let("z1", W1.matmul(x).add(b1));          // z1 = W1 @ x + b1
        Tensor a1 = d.let("a1", z1.sigmoid());                   // a1 = sigmoid(z1)
        Tensor z2 = d.let("z2", W2.matmul(a1).add(b2));         // z2 = W2 @ a1 + b2
        Tensor yhat = d.let("yhat", z2.sigmoid());               // yhat = sigmoid(z2)
        d.let("C", Tensor.of(0.5).mul(yhat.sub(y).pow(2)).sum()); // C = sum(0.5 * (yhat - y) ^ 2)
        return d;
    }
}
