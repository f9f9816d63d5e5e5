"""Latency of the ``kg serve`` SPARQL endpoint under concurrent load, on loopback.

Starts the endpoint in this process on a free port (the graph is
``tests/data/mini-graph.ttl`` unless ``--graph`` names another file or a
store), then ``--clients`` threads each send ``--queries`` queries (a mix of
SELECT, ASK, a property path and CONSTRUCT, by GET) and the latencies are
reported as percentiles. Every answer must be ``200``; failures are counted
and make the script exit 1.

Usage::

    python bench/bench_serve.py [--graph FILE_OR_STORE] [--clients 16] [--queries 25]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", default=str(ROOT / "tests" / "data" / "mini-graph.ttl"))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--queries", type=int, default=25, help="queries per client")
    parser.add_argument("--workers", type=int, default=4, help="query worker threads of the server")
    parser.add_argument("--limit", type=int, default=None, help="ignored (bench/run.py passes it to every bench)")
    args = parser.parse_args(argv)

    from kg.serve import make_server
    from tests.test_serve import load

    server = make_server(args.graph, port=0, workers=args.workers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        load(server.url + "/sparql", clients=1, per_client=8)  # warm up
        began = time.perf_counter()
        latencies, failures = load(server.url + "/sparql", clients=args.clients, per_client=args.queries)
        wall = time.perf_counter() - began
    finally:
        server.shutdown()
        server.close()
    ms = [t * 1000 for t in latencies]
    print(f"graph: {args.graph}")
    print(f"{args.clients} clients x {args.queries} queries = {len(ms)} requests over loopback, "
          f"{args.workers} server workers, in {wall:.2f} s ({len(ms) / wall:.0f} requests/s)")
    print(f"latency ms: p50 {percentile(ms, 50):.1f}  p95 {percentile(ms, 95):.1f}  p99 {percentile(ms, 99):.1f}  "
          f"max {max(ms):.1f}  mean {statistics.fmean(ms):.1f}")
    print(f"failures: {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
