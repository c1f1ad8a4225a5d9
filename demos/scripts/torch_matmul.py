#!/usr/bin/env python3
"""PyTorch's side of `chainrule bench --matmul`: GFLOP/s of an n x n float64 product on the CPU, n = 64, 256, 1024.

Run with Debian's PyTorch:  /usr/bin/python3 demos/scripts/torch_matmul.py
Each size is timed with one thread and with one per core (the faster is printed, as torch_reference.py does);
the measure matches chainrule's: the median over as many products as fill about half a second, after warm-up ones.
Prints one JSON object: {"64": {"median_ms": ..., "runs": N, "gflops": ..., "threads": T}, ...}
"""
import json, os, statistics, time
import torch


def median_ms(a, b, runs):
    for _ in range(max(2, runs // 5)):
        a @ b
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        a @ b
        times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times)


def main():
    out = {}
    for n in (64, 256, 1024):
        g = torch.Generator().manual_seed(n)
        a = torch.rand(n, n, dtype=torch.float64, generator=g) * 2 - 1
        b = torch.rand(n, n, dtype=torch.float64, generator=g) * 2 - 1
        runs = int(max(5, min(2000, 1e9 / (2.0 * n ** 3) * 10)))
        best = None
        for threads in sorted({1, os.cpu_count() or 1}):
            torch.set_num_threads(threads)
            ms = median_ms(a, b, runs)
            if best is None or ms < best[0]:
                best = (ms, threads)
        ms, threads = best
        out[str(n)] = {"median_ms": round(ms, 4), "runs": runs, "gflops": round(2.0 * n ** 3 / (ms * 1e6), 1),
                       "threads": threads}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
