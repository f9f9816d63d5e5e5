"""Timing helper shared by the benchmark scripts."""

from __future__ import annotations

import time


def best_of(repeat: int, run) -> float:
    """Seconds of the fastest of ``repeat`` calls of ``run`` (the least disturbed by other load)."""
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)
