"""Run every benchmark in one go and write the results to ``bench/RESULTS.md``.

Usage::

    .venv/bin/python bench/run.py [--limit N]

Each benchmark compares ``kg`` with the bare NLP library on the same texts,
in the same run, so the ratios hold on a noisy machine even when the
absolute speeds do not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ["bench_extract_en.py", "bench_extract_ko.py", "bench_store.py", "bench_serve.py", "bench_html.py",
           "bench_corpus.py"]


def machine() -> str:
    """CPU model, cores, memory, OS, Python and load: enough to compare runs across machines."""
    cpu, mem_gb = platform.processor() or platform.machine(), None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = int(line.split()[1]) / 1024**2
    except OSError:
        pass
    load = f", load average {os.getloadavg()[0]:.1f} at start" if hasattr(os, "getloadavg") else ""
    memory = f", {mem_gb:.0f} GB RAM" if mem_gb else ""
    return (f"{cpu} ({platform.machine()}), {os.cpu_count()} cores{memory}, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}{load}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus (default: all)")
    args = parser.parse_args(argv)
    sections = [
        "# Benchmark results",
        "",
        f"- date: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {machine()}",
        "",
    ]
    failed = 0
    for name in BENCHES:
        cmd = [sys.executable, str(HERE / name)] + (["--limit", str(args.limit)] if args.limit else [])
        print(f"== {name}", flush=True)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        print(proc.stdout, end="")
        if proc.returncode:
            failed += 1
            print(proc.stderr, file=sys.stderr)
        sections += [f"## {name}", "", "```", proc.stdout.strip() or proc.stderr.strip(), "```", ""]
    (HERE / "RESULTS.md").write_text("\n".join(sections), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
