package dev.chainrule.autograd;

import java.util.List;

/** The op of an input, constant or parameter: no inputs, no rule. */
public record Leaf() implements Op {
    static final Leaf INSTANCE = new Leaf();

    @Override
    public String name() {
        return "leaf";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of();
    }

    @Override
    public Tensor forward() {
        throw new IllegalStateException("a leaf is made by a Tensor factory, not computed");
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor grad) {
        throw new IllegalStateException("a leaf has no inputs to differentiate with respect to");
    }

    @Override
    public Rule rule() {
        return Rule.map("leaf");
    }
}
