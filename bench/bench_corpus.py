"""Whole-build throughput and peak memory of ``kg build --store`` on a corpus.

Measured in one run, on the Wikinews corpora (``../shared/data/wikinews-en``
and ``wikinews-ko``), each article written as one ``.txt`` file (headline,
then text) into a folder, as ``kg build DIR`` reads them:

* **throughput**: words (English) or characters (Korean) per second of the
  bare NLP library on the article texts (spaCy ``nlp.pipe`` of the base
  model with ``n_process``; kiwipiepy ``Kiwi(num_workers).tokenize``)
  against the whole build of the folder into a new store
  (:func:`kg.corpus.build_store`: reading, extraction in worker processes,
  streaming resolution and the store's transactions), with 1 and 2
  processes on both sides. It prints the ratio build / bare NLP (target
  >= 0.8) and the speed-up of 2 processes over 1 (target >= 1.7).
* **memory**: peak resident memory of a fresh process running the same
  build on the first ``--memory-base`` articles replicated 1, 4 and 16
  times (each copy gets its own id and a closing sentence with its number,
  so no two copies have the same content), for the building process and
  for its largest worker (which includes the pages it shares with the
  building process it was forked from). Target: 16x within 1.2x of 1x.

Usage::

    python bench/bench_corpus.py [--limit N] [--memory-base N] [--scales 1 4 16] [--processes 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

DATA = HERE.parents[1] / "shared" / "data"


def load(lang: str, limit: int | None):
    if lang == "en":
        from bench_extract_en import read_wikinews

        return read_wikinews(DATA / "wikinews-en", limit)
    from bench_extract_ko import read_wikinews_ko

    return read_wikinews_ko(DATA / "wikinews-ko" / "wikinews_ko.csv", limit)


def write_corpus(articles, folder: Path, copies: int = 1) -> Path:
    """One ``.txt`` file per article (and per copy); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for i, a in enumerate(articles):
            text = f"{a.title or ''}\n{a.text}"
            if copies > 1:
                text += f"\n\nThis is copy number {k + 1}." if a.lang == "en" else f"\n\n이것은 {k + 1}번째 사본이다."
            (folder / f"{a.lang}-{i:05d}-{k:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def size_of(articles, lang: str) -> int:
    return sum(len(a.text.split()) if lang == "en" else len(a.text) for a in articles)


def bare_nlp(lang: str, texts: list[str], processes: int) -> float:
    """Seconds the bare library takes over the texts."""
    if lang == "en":
        import importlib

        from kg.extract.en import MODEL_PACKAGE

        nlp = _cached("spacy", lambda: importlib.import_module(MODEL_PACKAGE).load())
        began = time.perf_counter()
        sum(1 for _ in nlp.pipe(texts, n_process=processes, batch_size=64))
        return time.perf_counter() - began
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=processes)
    kiwi.tokenize(texts[:3])
    began = time.perf_counter()
    sum(1 for _ in kiwi.tokenize(texts))
    return time.perf_counter() - began


_CACHE: dict = {}


def _cached(name, make):
    if name not in _CACHE:
        _CACHE[name] = make()
    return _CACHE[name]


def whole_build(folder: Path, processes: int) -> float:
    """Seconds ``kg build FOLDER --store NEW`` takes, run as the library."""
    from kg.corpus import build_store
    from kg.store import open_store

    store = Path(tempfile.mkdtemp(prefix="kg-bench-corpus-")) / "store"
    began = time.perf_counter()
    with open_store(store) as st:
        change = build_store(st, [str(folder)], processes=processes, progress=False)
    took = time.perf_counter() - began
    if change.errors:
        print(f"  ({len(change.errors)} inputs failed, e.g. {change.errors[0]})")
    shutil.rmtree(store.parent, ignore_errors=True)
    return took


def warm_up(lang: str, articles, work: Path) -> None:
    # Load the models once in this process (workers forked later share them),
    # as the bare side has its model loaded before it is timed.
    whole_build(write_corpus(articles[:2], work / f"warm-{lang}"), 1)


def throughput(lang: str, articles, work: Path, processes: list[int]) -> None:
    texts = [a.text for a in articles]
    unit = "words" if lang == "en" else "chars"
    amount = size_of(articles, lang)
    folder = write_corpus(articles, work / f"corpus-{lang}")
    warm_up(lang, articles, work)
    bare_name = "spaCy nlp.pipe" if lang == "en" else "kiwipiepy tokenize"
    print(f"\n{lang}: {len(articles)} articles, {amount:,} {unit}; bare NLP = {bare_name}")
    print(f"{'processes':>9} {'bare ' + unit + '/s':>15} {'build ' + unit + '/s':>16} {'build/bare':>10}")
    speed: dict[int, float] = {}
    for n in processes:
        t_bare = bare_nlp(lang, texts, n)
        t_build = whole_build(folder, n)
        speed[n] = amount / t_build
        print(f"{n:>9} {amount / t_bare:>15,.0f} {amount / t_build:>16,.0f} {t_bare / t_build:>10.2f}")
    if 1 in speed and len(speed) > 1:
        top = max(speed)
        print(f"build speed-up, {top} processes over 1: {speed[top] / speed[1]:.2f}x (target >= 1.7)")


def memory(lang: str, articles, work: Path, scales: list[int], processes: int) -> None:
    print(f"\n{lang}: peak memory of `kg build --store`, {processes} processes, "
          f"{len(articles)} articles x scale")
    print(f"{'scale':>5} {'articles':>8} {'build MB':>9} {'worker MB':>9} {'seconds':>8}")
    base = None
    for scale in scales:
        folder = write_corpus(articles, work / f"mem-{lang}-{scale}", copies=scale)
        store = work / f"mem-{lang}-{scale}-store"
        began = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--child", str(folder), str(store), str(processes)],
                             capture_output=True, text=True)
        took = time.perf_counter() - began
        if out.returncode:
            print(out.stderr[-2000:])
            raise SystemExit(f"bench: build of {folder} failed")
        peak = json.loads(out.stdout.strip().splitlines()[-1])
        base = base or peak["self"]
        print(f"{scale:>5} {len(articles) * scale:>8} {peak['self'] / 1024:>9.0f} {peak['workers'] / 1024:>9.0f} "
              f"{took:>8.1f}")
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(store, ignore_errors=True)
        last = peak["self"]
    if base:
        print(f"build process, {scales[-1]}x over {scales[0]}x: {last / base:.2f}x (target <= 1.2)")


def child(folder: str, store: str, processes: int) -> None:
    """Run one build and print the peak memory (KiB) of this process and of its largest worker."""
    from kg.corpus import build_store
    from kg.store import open_store

    with open_store(store) as st:
        build_store(st, [folder], processes=processes, progress=False)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked
    # parent across exec, so it would report the benchmark's own size.
    status = Path("/proc/self/status").read_text().split("\n")
    peak = next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")),
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    print(json.dumps({"self": peak, "workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus for throughput (default: all)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="process counts to compare")
    parser.add_argument("--memory-base", type=int, default=20, help="articles per language at scale 1")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16], help="corpus multiples for memory")
    parser.add_argument("--langs", nargs="+", default=["en", "ko"], choices=["en", "ko"])
    parser.add_argument("--child", nargs=3, metavar=("FOLDER", "STORE", "PROCESSES"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return 0

    work = Path(tempfile.mkdtemp(prefix="kg-bench-corpus-"))
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
    try:
        for lang in args.langs:
            throughput(lang, load(lang, args.limit), work, args.processes)
        for lang in args.langs:
            memory(lang, load(lang, args.memory_base), work, args.scales, max(args.processes))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
