package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reverse pass's node table: sized like the last graph of its thread, so a training loop's tables never grow. */
class NodeIndexTest {

    @Test
    void aPassOverA30000NodeChainMakesTheNextTableLargeEnoughForIt() throws InterruptedException {
        AtomicInteger before = new AtomicInteger();
        AtomicInteger after = new AtomicInteger();
        Thread thread = new Thread(() -> {
            before.set(NodeIndex.sizedLikeTheLast().capacity());
            Tensor x0 = Tensor.of(0.3);
            Tensor x = x0;
            for (int i = 0; i < 10_000; i++) {
                x = x.tanh().mul(0.9).add(0.1);
            }
            Gradients g = x.grad(x0);
            assertThat(g.of(x0).item()).isFinite();
            after.set(NodeIndex.sizedLikeTheLast().capacity());
        });
        thread.start();
        thread.join();
        assertThat(before.get()).as("a fresh thread's first table").isEqualTo(128);
        assertThat(after.get()).as("after 50,001 nodes (with the constants)").isGreaterThanOrEqualTo(2 * 50_001);
    }

    @Test
    void aTableGrowsPastItsExpectedSizeAndFindsEveryNode() {
        NodeIndex index = new NodeIndex(4);
        Tensor[] nodes = new Tensor[100];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = Tensor.of(i);
            assertThat(index.mark(nodes[i])).isTrue();
            index.number(nodes[i]);
        }
        assertThat(index.mark(nodes[7])).isFalse();
        assertThat(index.size()).isEqualTo(100);
        assertThat(index.capacity()).isGreaterThanOrEqualTo(200);
        for (int i = 0; i < nodes.length; i++) {
            assertThat(index.of(nodes[i])).isEqualTo(i);
            assertThat(index.node(i)).isSameAs(nodes[i]);
        }
        assertThat(index.of(Tensor.of(1.0))).isEqualTo(-1);
    }

    /** Under anomaly detection first-order rules run as graph nodes: what reverse mode returns is still cut from them. */
    @Test
    void firstOrderGradientsUnderAnomalyDetectionAreLeavesOnlyForWhatWasAsked() {
        Tensor w = Tensor.of(0.5, -0.2);
        Tensor unused = Tensor.of(3.0);
        Tensor loss = w.tanh().mul(w).sum();
        try (Anomaly.Scope scope = Anomaly.detect()) {
            Gradients g = loss.grad(w);
            assertThat(g.of(w).isLeaf()).isTrue();
            assertThat(g.contains(loss)).isTrue();
            Gradients none = loss.grad(unused);
            assertThat(none.size()).as("the target depends on nothing asked for").isZero();
            // abs and sqrt have no fused value rule: their rules' graph nodes are cut off as well
            Tensor a = w.abs();
            Tensor r = a.sqrt();
            Gradients through = r.sum().grad();
            assertThat(through.of(w).isLeaf()).isTrue();
            assertThat(through.of(a).isLeaf()).isTrue();
            assertThat(through.of(r).isLeaf()).isTrue();
        }
    }
}
