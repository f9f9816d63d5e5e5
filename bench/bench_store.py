"""Load and query times of rdflib against the pyoxigraph store, on a synthetic kg graph.

The graph is generated in the kg vocabulary (``docs/model.md``): people,
organisations, places and facilities with a type, English and Korean
labels and an alias; articles that mention them; and facts
(``kg:visited``, ``kg:locatedIn``, ``kg:establishedBy``,
``kg:establishedDate``) each with a reified provenance record (evidence
sentence, offsets, extractor, confidence, ``prov:wasDerivedFrom``).

Measured, in one process:

* load: rdflib ``Graph.parse`` of the N-Triples file against pyoxigraph
  ``Store.bulk_load`` into an on-disk store;
* one selective query (labels of the people who visited one place) on both;
* every named query in ``ontology/queries/*.rq`` on pyoxigraph (target:
  under 100 ms each), and on rdflib for a smaller graph
  (``--rdflib-query-triples``), since rdflib needs minutes for some of them
  at a million triples.

Usage::

    python bench/bench_store.py [--triples 1000000] [--rdflib-query-triples 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _timing import best_of  # noqa: E402

KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = ["Person", "Organization", "Place", "Facility"]
SYLLABLES = ["ka", "ri", "mo", "sen", "ta", "lo", "vi", "dan", "el", "ru", "po", "min"]
HANGUL = ["가", "리", "모", "센", "타", "로", "비", "단", "엘", "루", "포", "민"]


def _lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else (f'"{esc}"^^<{dt}>' if dt else f'"{esc}"')


def generate(triples: int, seed: int = 7) -> list[str]:
    """N-Triples lines of a synthetic kg graph with about ``triples`` triples."""
    rng = random.Random(seed)
    n_entities = max(40, triples // 27)
    lines: list[str] = []
    entities: dict[str, list[str]] = {t: [] for t in TYPES}
    for i in range(n_entities):
        typ = TYPES[i % 4]
        parts = [rng.randrange(len(SYLLABLES)) for _ in range(3)]
        name = "".join(SYLLABLES[p] for p in parts).capitalize() + f" {i}"
        iri = f"<{ID}entity/{typ.lower()}-{i}>"
        entities[typ].append(iri)
        lines += [
            f"{iri} <{RDF}type> <{KG}{typ}> .",
            f"{iri} <{RDFS}label> {_lit(name, 'en')} .",
            f"{iri} <{RDFS}label> {_lit(''.join(HANGUL[p] for p in parts) + str(i), 'ko')} .",
            f"{iri} <{SKOS}altLabel> {_lit(name.split()[0], 'en')} .",
        ]
    everything = [e for es in entities.values() for e in es]
    n_articles = max(4, n_entities // 10)
    articles = []
    for a in range(n_articles):
        iri = f"<{ID}article/{a:016x}>"
        articles.append(iri)
        lines += [
            f"{iri} <{RDF}type> <{SCHEMA}NewsArticle> .",
            f"{iri} <{SCHEMA}inLanguage> {_lit('en' if a % 3 else 'ko')} .",
            f"{iri} <{SCHEMA}headline> {_lit(f'Story number {a}', 'en')} .",
            f"{iri} <{KG}sourcePath> {_lit(f'news/{a}.txt')} .",
            f"{iri} <{KG}contentHash> {_lit(f'{a:064x}')} .",
            f"{iri} <{SCHEMA}datePublished> {_lit(f'2025-{a % 12 + 1:02d}-{a % 28 + 1:02d}', dt=XSD + 'date')} .",
        ]
        lines += [f"{iri} <{SCHEMA}mentions> {rng.choice(everything)} ." for _ in range(5)]
    places = entities["Place"]
    fact_no = 0

    def fact(s: str, p: str, o: str) -> None:
        nonlocal fact_no
        fact_no += 1
        st = f"<{ID}fact/{fact_no:016x}>"
        art = rng.choice(articles)
        start = rng.randrange(2000)
        lines.extend([
            f"{s} <{KG}{p}> {o} .",
            f"{st} <{RDF}type> <{RDF}Statement> .",
            f"{st} <{RDF}subject> {s} .",
            f"{st} <{RDF}predicate> <{KG}{p}> .",
            f"{st} <{RDF}object> {o} .",
            f"{st} <{PROV}wasDerivedFrom> {art} .",
            f"{st} <{KG}evidence> {_lit(f'Sentence {fact_no} says that this happened.', 'en')} .",
            f"{st} <{KG}startOffset> {_lit(str(start), dt=XSD + 'integer')} .",
            f"{st} <{KG}endOffset> {_lit(str(start + 40), dt=XSD + 'integer')} .",
            f"{st} <{KG}extractor> {_lit('en.rules.v1')} .",
            f"{st} <{KG}confidence> {_lit('0.8', dt=XSD + 'decimal')} .",
        ])

    # Places form a shallow tree (district -> city -> country), as in news.
    for i, place in enumerate(places):
        if i >= 10:
            fact(place, "locatedIn", places[i // 10])
    for fac in entities["Facility"]:
        fact(fac, "locatedIn", rng.choice(places))
    while len(lines) < triples:
        kind = rng.random()
        if kind < 0.6:
            fact(rng.choice(entities["Person"]), "visited", rng.choice(places + entities["Facility"]))
        elif kind < 0.9:
            fact(rng.choice(entities["Organization"] + entities["Facility"]), "establishedBy",
                 rng.choice(entities["Person"] + entities["Organization"]))
        else:
            fact(rng.choice(entities["Organization"]), "establishedDate",
                 _lit(f"{rng.randrange(1950, 2025)}", dt=XSD + "gYear"))
    return lines


SELECTIVE = (f"SELECT ?name WHERE {{ ?p <{KG}visited> <{ID}entity/place-2> ; <{RDFS}label> ?name "
             f"FILTER (LANG(?name) = 'en') }}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-query-triples", type=int, default=100_000,
                        help="size of the graph rdflib runs the named queries on")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="ignored (bench/run.py passes it to every bench)")
    args = parser.parse_args(argv)

    import pyoxigraph as ox
    import rdflib

    from kg.sparql import DEFAULT_PREFIXES, named_queries

    work = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    began = time.perf_counter()
    lines = generate(args.triples)
    nt = work / "graph.nt"
    nt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"graph: {len(lines):,} triples in the kg vocabulary, generated in {time.perf_counter() - began:.1f} s")

    began = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(nt, format="nt")
    t_rdflib = time.perf_counter() - began
    began = time.perf_counter()
    store = ox.Store(str(work / "oxigraph"))
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.optimize()
    t_ox = time.perf_counter() - began
    print(f"\nload           {'rdflib':>10} {'pyoxigraph':>11}  ratio")
    print(f"N-Triples      {t_rdflib:9.1f}s {t_ox:10.1f}s  {t_rdflib / t_ox:5.1f}x")

    q_rdflib = best_of(args.repeat, lambda: list(graph.query(SELECTIVE)))
    q_ox = best_of(args.repeat, lambda: list(store.query(SELECTIVE)))
    print(f"selective query {q_rdflib * 1000:8.1f}ms {q_ox * 1000:9.1f}ms  {q_rdflib / q_ox:5.1f}x")
    del graph

    small = rdflib.Graph()
    small.parse(data="\n".join(generate(args.rdflib_query_triples)), format="nt")
    print(f"\nnamed query    pyoxigraph@{len(lines):,}  rows   rdflib@{len(small):,}  "
          f"pyoxigraph@{len(small):,}   (target < 100 ms on pyoxigraph)")
    small_ox = ox.Store()
    small_ox.extend(ox.parse(path=None, input="\n".join(generate(args.rdflib_query_triples)),
                             format=ox.RdfFormat.N_TRIPLES))
    slow = []
    for name, q in named_queries().items():
        rows = len(list(store.query(q.text, prefixes=DEFAULT_PREFIXES)))
        t_big = best_of(args.repeat, lambda: list(store.query(q.text, prefixes=DEFAULT_PREFIXES)))
        t_small_rdflib = best_of(1, lambda: list(small.query(q.text)))
        t_small_ox = best_of(args.repeat, lambda: list(small_ox.query(q.text, prefixes=DEFAULT_PREFIXES)))
        mark = "" if t_big < 0.1 else "  over target"
        if mark:
            slow.append(name)
        print(f"{name:14} {t_big * 1000:12.1f}ms {rows:6} {t_small_rdflib * 1000:14.1f}ms "
              f"{t_small_ox * 1000:12.1f}ms{mark}")
    print(f"\n{len(named_queries()) - len(slow)} of {len(named_queries())} named queries under 100 ms at "
          f"{len(lines):,} triples" + (f"; over: {', '.join(slow)}" if slow else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
