/**
 * {@code chainrule bench}: the benchmark workloads written with the public API, timed as medians, optionally
 * compared with the PyTorch reference's timings from the same machine; and {@code --scaling}, the deep-graph
 * workload at chain lengths from 1,000 to 1,000,000 iterations, with time, allocation and retained heap per node.
 *
 * <pre>{@code
 * /usr/bin/python3 ../shared/bench/torch_reference.py > torch.json && ./chainrule bench --reference torch.json
 * ./chainrule bench --json            # {"tiny-step": {"median_ms": ..., "runs": 30, ...}, ...}
 * ./chainrule bench --scaling         # the table; --scaling --json, the same as one JSON object
 * }</pre>
 */
package dev.chainrule.demos.bench;
