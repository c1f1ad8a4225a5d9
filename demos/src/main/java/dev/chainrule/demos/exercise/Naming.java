package dev.chainrule.demos.exercise;

/**
 * The names a template's program uses, in its seed's notation: seed 000 writes {@code z1 = W1 @ x + b1},
 * {@code h1 = tanh(z1)}, {@code u2}, {@code yhat} and {@code L}; seed 001 writes {@code n1}, {@code x1}, {@code w1}
 * and {@code E}. Layer {@code l} runs from 1 (the first hidden layer) to the output layer; layer 0 is the input.
 *
 * <pre>{@code
 * new Naming("x", "y", "W", "b", "z", "u", "h", "yhat", "L");   // seed 000: z1, h1, u2, yhat, L
 * }</pre>
 *
 * @param input     the input ({@code x}; {@code X} for a batch whose columns are the examples)
 * @param target    the target ({@code y}, {@code z}, {@code Z})
 * @param weight    the prefix of the weight matrices ({@code W} gives {@code W1}, {@code W2})
 * @param bias      the prefix of the biases
 * @param pre       the prefix of the pre-activations ({@code z} gives {@code z1})
 * @param outputPre the prefix of the output layer's pre-activation when it differs ({@code u}: {@code u2}), or null
 * @param act       the prefix of the hidden layers' outputs ({@code h} gives {@code h1})
 * @param output    the name of the network's output when it is not {@code act} and the layer ({@code yhat}), or null
 * @param loss      the name of the loss, the program's target ({@code L})
 */
record Naming(String input, String target, String weight, String bias, String pre, String outputPre, String act,
              String output, String loss) {
}
