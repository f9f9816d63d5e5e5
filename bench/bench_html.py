"""Speed and size of the HTML graph explorer on synthetic graphs of 2,000 and 10,000 entities.

Builds, in the kg vocabulary, graphs shaped like a news graph (entities of
every drawn class with English and Korean labels, some aliases, relations
with a few hubs, every relation reified with an evidence sentence and an
article) and reports, for each:

* export time: :func:`kg.export.html.render_html`, best of ``--repeat``
  (target: under 5 s at 10,000 nodes);
* the page's size;
* time until the network is drawn in headless Chromium: from navigation
  start to vis-network's first ``afterDrawing`` event, which the page
  records in ``window.kgDrawnAt`` (target: under 5 s at 2,000 nodes).

The 10,000-node graph is exported twice: with the default cap
(``max_nodes=2000``, the best connected part) and with ``max_nodes=None``.

Usage::

    python bench/bench_html.py [--sizes 2000 10000] [--repeat R] [--no-browser]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_CLASSES = ["Person", "Organization", "Place", "Facility", "Product", "Event", "Visit", "Plan", "Office"]
_RELATIONS = ["visited", "locatedIn", "establishedBy", "hosts", "metWith", "announced", "develops", "unveiled"]
_SYLLABLES_EN = ["ar", "bel", "cor", "dan", "el", "fen", "gal", "har", "is", "jor", "kel", "lun", "mor", "nel"]
_SYLLABLES_KO = ["가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하"]


def synthetic_graph(entities: int, seed: int = 7):
    """Return an rdflib graph with ``entities`` entities, ~1.5 relations each, all reified."""
    from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import PROV, SKOS

    from kg.vocab import KG, SCHEMA

    rng = random.Random(seed)
    ids = Namespace("https://w3id.org/kg-news/id/")
    g = Graph()
    articles = [ids[f"article/{i:016x}"] for i in range(max(1, entities // 20))]
    for i, article in enumerate(articles):
        g.add((article, RDF.type, SCHEMA.NewsArticle))
        g.add((article, SCHEMA.headline, Literal(f"Synthetic story number {i}", lang="en")))
        g.add((article, KG.sourcePath, Literal(f"news/{i:05d}.txt")))
    nodes: list[URIRef] = []
    for i in range(entities):
        node = ids[f"entity/n{i:06d}"]
        nodes.append(node)
        g.add((node, RDF.type, KG[rng.choice(_CLASSES)]))
        parts = rng.randint(2, 4)
        name = " ".join(
            "".join(rng.choice(_SYLLABLES_EN) for _ in range(rng.randint(1, 3))).title() for _ in range(parts - 1)
        )
        g.add((node, RDFS.label, Literal(f"{name} {i}", lang="en")))
        g.add((node, RDFS.label, Literal("".join(rng.choice(_SYLLABLES_KO) for _ in range(parts + 1)) + str(i), lang="ko")))
        if i % 5 == 0:
            g.add((node, SKOS.altLabel, Literal(f"{name.split()[0]} {i}", lang="en")))
        g.add((rng.choice(articles), SCHEMA.mentions, node))
    # Preferential attachment: a few hubs with many edges, many leaves.
    targets = [nodes[0]]
    for i, node in enumerate(nodes[1:], start=1):
        for _ in range(1 if rng.random() < 0.5 else 2):
            other = rng.choice(targets)
            if other == node:
                continue
            predicate = KG[rng.choice(_RELATIONS)]
            g.add((node, predicate, other))
            fact = ids[f"fact/f{i:06d}-{len(targets)}"]
            g.add((fact, RDF.type, RDF.Statement))
            g.add((fact, RDF.subject, node))
            g.add((fact, RDF.predicate, predicate))
            g.add((fact, RDF.object, other))
            g.add((fact, PROV.wasDerivedFrom, rng.choice(articles)))
            g.add((fact, KG.evidence, Literal(f"Sentence {i} says that entity {i} relates to another one.", lang="en")))
            g.add((fact, KG.extractor, Literal("en.rules.v1")))
            targets.append(other)
        targets.append(node)
    return g


def draw_time(driver, page: Path, timeout: float = 120.0) -> float:
    """Seconds from navigation start to vis-network's first drawing of ``page``."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.get(page.as_uri())
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return window.kgDrawnAt !== undefined"))
    return driver.execute_script("return window.kgDrawnAt") / 1000.0


def start_browser(profile: Path):
    """Return a headless Chromium driven by Selenium, or None (with a note) when unavailable."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    chromedriver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not (Path(chromium).exists() and Path(chromedriver).exists()):
        print("bench: chromium/chromedriver not found; skipping the draw times")
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--window-size=1400,900",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(chromedriver), options=options)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-browser", action="store_true", help="skip the headless-Chromium draw times")
    parser.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)  # bench/run.py passes it to all
    args = parser.parse_args(argv)

    from kg.export.html import DEFAULT_MAX_NODES, render_html

    work = Path(tempfile.mkdtemp(prefix="bench-html-"))
    driver = None if args.no_browser else start_browser(work / "profile")
    rows = []
    try:
        for size in args.sizes:
            graph = synthetic_graph(size)
            caps = [DEFAULT_MAX_NODES] + ([None] if size > DEFAULT_MAX_NODES else [])
            for cap in caps:
                pages: list[str] = []
                seconds = best_of(args.repeat, lambda: pages.append(render_html(graph, max_nodes=cap)))
                page = work / f"graph-{size}-{cap}.html"
                page.write_text(pages[-1], encoding="utf-8")
                drawn = min(draw_time(driver, page) for _ in range(args.repeat)) if driver else None
                rows.append({
                    "entities": size,
                    "triples": len(graph),
                    "max_nodes": cap,
                    "drawn_nodes": min(size, cap or size),
                    "export_s": round(seconds, 2),
                    "html_mb": round(len(pages[-1].encode("utf-8")) / 1e6, 2),
                    "draw_s": None if drawn is None else round(drawn, 2),
                })
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(work, ignore_errors=True)

    print(f"{'entities':>8} {'triples':>8} {'max_nodes':>9} {'drawn':>6} {'export s':>9} {'HTML MB':>8} {'draw s':>7}")
    for r in rows:
        draw = "-" if r["draw_s"] is None else f"{r['draw_s']:.2f}"
        print(f"{r['entities']:>8} {r['triples']:>8} {str(r['max_nodes']):>9} {r['drawn_nodes']:>6} "
              f"{r['export_s']:>9.2f} {r['html_mb']:>8.2f} {draw:>7}")
    print("targets: export < 5 s at 10,000 entities; drawn < 5 s at 2,000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
