/**
 * {@code chainrule bench}: the benchmark workloads written with the public API, timed as medians, optionally
 * compared with the PyTorch reference's timings from the same machine.
 *
 * <pre>{@code
 * /usr/bin/python3 torch_reference.py > torch.json && ./chainrule bench --reference torch.json
 * }</pre>
 */
package dev.chainrule.demos.bench;
