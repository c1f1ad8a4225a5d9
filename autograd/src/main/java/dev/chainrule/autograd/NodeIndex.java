package dev.chainrule.autograd;

/**
 * The nodes of one graph numbered in topological order, with the number of each found by identity: an open-addressing
 * table on each node's {@link Tensor#hash}, without boxing. One per reverse-mode pass; not shared between threads.
 */
final class NodeIndex {
    /**
     * How many nodes the last index made on each thread numbered. A training loop differentiates one graph after
     * another of the same size, so a new index starts at that size instead of growing to it again (a 30,000-node chain
     * allocated a megabyte more growing its tables, and spent a tenth of its reverse pass rehashing).
     */
    private static final ThreadLocal<int[]> LAST_COUNT = ThreadLocal.withInitial(() -> new int[] {64});

    private Tensor[] keys;
    private int[] values;
    private int size;
    /** The nodes by number, inputs before consumers. */
    private Tensor[] nodes;
    private int count;

    NodeIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new Tensor[capacity];
        values = new int[capacity];
        nodes = new Tensor[Math.max(16, expected)];
    }

    /** An empty index sized for as many nodes as the last one this thread {@linkplain #finish() finished}. */
    static NodeIndex sizedLikeTheLast() {
        return new NodeIndex(LAST_COUNT.get()[0]);
    }

    /** Records this index's node count as the size of the next one made on this thread. */
    void finish() {
        LAST_COUNT.get()[0] = count;
    }

    /** Marks {@code node} as seen (without a number yet); false if it was seen before. */
    boolean mark(Tensor node) {
        int i = slot(node);
        if (keys[i] == node) {
            return false;
        }
        keys[i] = node;
        values[i] = -1;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    /** Gives {@code node} (already marked) the next number. */
    void number(Tensor node) {
        values[slot(node)] = count;
        if (count == nodes.length) {
            nodes = java.util.Arrays.copyOf(nodes, count * 2);
        }
        nodes[count++] = node;
    }

    /** The number of {@code node}, or -1 if it is not in the graph. */
    int of(Tensor node) {
        int i = slot(node);
        return keys[i] == node ? values[i] : -1;
    }

    int size() {
        return count;
    }

    /** The slots of the table (for tests: twice the nodes it holds at least). */
    int capacity() {
        return keys.length;
    }

    Tensor node(int number) {
        return nodes[number];
    }

    private int slot(Tensor node) {
        int mask = keys.length - 1;
        int i = node.hash & mask;
        while (keys[i] != null && keys[i] != node) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        Tensor[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Tensor[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
