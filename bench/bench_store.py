"""Load and query times of rdflib against the pyoxigraph store, on a synthetic kg graph.

The graph is generated in the kg vocabulary (``docs/model.md``) in the
proportions of a real build (``exports/visit/graph.ttl``): per article
about 30 entities mentioned (10 of them new, the rest drawn by popularity,
so a few entities recur in many articles) and 27 provenance records
(evidence sentence, offsets, extractor, confidence,
``prov:wasDerivedFrom``) over the dozen predicates the extractors give,
about 1.4 per direct fact as articles restate each other, with a
``kg:Visit`` event for each visit. Entities have a type, a label in the
article's language, often one in the other language, and sometimes an
alias. Places nest (country, city, district, street) and facilities sit
in them. That is about 400 triples an article, so a million triples is
about 2,500 articles.

As in a kg store (``kg/store.py``), each article's records are in its own
named graph, entities and direct facts in one shared graph, the ontology
in a third; pyoxigraph queries see their union.

Measured, in one process:

* load: rdflib ``Graph.parse`` of the graph as N-Triples against
  pyoxigraph ``Store.bulk_load`` of the same triples as N-Quads, into an
  on-disk store;
* one selective query (labels of the people who visited one place) on both;
* every named query in ``ontology/queries/*.rq`` (target: under 100 ms
  each on pyoxigraph), the median of ``--repeat`` runs, with the result
  read in full: serialized to SPARQL JSON in Rust (what ``kg serve``
  sends), and as a Python list of terms; and on rdflib through
  :func:`kg.sparql.run_query` (what ``kg query GRAPH.ttl`` does,
  including rdflib's SPARQL parsing), each run stopped after
  ``--rdflib-timeout`` seconds.

Usage::

    python bench/bench_store.py [--triples 1000000] [--repeat 5] [--rdflib-timeout 60]
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import statistics
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
ENTITIES_GRAPH = f"{ID}graph/entities"
ONTOLOGY_GRAPH = f"{ID}graph/ontology"
SYLLABLES = ["ka", "ri", "mo", "sen", "ta", "lo", "vi", "dan", "el", "ru", "po", "min"]
HANGUL = ["가", "리", "모", "센", "타", "로", "비", "단", "엘", "루", "포", "민"]

# Shares of the entity types and of the fact predicates, from the visit
# graph (kg:visited and kg:Visit events are made together, see _visit).
TYPE_SHARES = {"Person": 0.22, "Organization": 0.33, "Place": 0.22, "Facility": 0.15, "Product": 0.05, "Plan": 0.03}
# predicate: (share, subject types, object types or a literal datatype)
PREDICATES = {
    "visited": (0.20, ["Person"], ["Place", "Facility"]),
    "locatedIn": (0.18, ["Place", "Facility"], ["Place"]),
    "establishedBy": (0.16, ["Organization", "Facility"], ["Person", "Organization"]),
    "originOf": (0.07, ["Place"], ["Person", "Organization", "Product"]),
    "areaSquareMetres": (0.07, ["Facility", "Place"], "decimal"),
    "develops": (0.055, ["Organization"], ["Product", "Facility", "Plan"]),
    "unveiled": (0.055, ["Person", "Organization"], ["Product", "Facility", "Plan"]),
    "designedBy": (0.055, ["Facility", "Product"], ["Person", "Organization"]),
    "announced": (0.036, ["Person", "Organization"], ["Plan", "Product"]),
    "holdsOffice": (0.036, ["Person"], ["Place"]),
    "establishedDate": (0.036, ["Organization", "Facility"], "gYear"),
    "lengthMetres": (0.036, ["Facility", "Place"], "decimal"),
}
# Place levels: 0 country, 1 city, 2 district, 3 street; facilities are 4.
PLACE_LEVELS = [0.05, 0.35, 0.40, 0.20]
NEW_PER_ARTICLE, KNOWN_PER_ARTICLE, FACTS_PER_ARTICLE = 10, 15, 27
RESTATED = 0.15  # a fact another article already gave
# Most things have one location, size and founding date, and a few founders:
# a new fact that would give a popular entity another one restates its own.
MAX_VALUES = {"locatedIn": 1, "areaSquareMetres": 1, "lengthMetres": 1, "establishedDate": 1, "establishedBy": 7}


def _lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else (f'"{esc}"^^<{dt}>' if dt else f'"{esc}"')


def generate(triples: int, seed: int = 7) -> list[tuple[str, str]]:
    """``(triple, graph IRI)`` pairs, N-Triples syntax without the final dot, of a kg graph of about ``triples``."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    by_type: dict[str, list[str]] = {t: [] for t in TYPE_SHARES}
    popular: dict[str, list[str]] = {t: [] for t in TYPE_SHARES}  # one entry per mention: rich get richer
    type_of: dict[str, str] = {}
    level: dict[str, int] = {}
    seen_facts: list[tuple[str, str, str]] = []
    direct: set[tuple[str, str, str]] = set()
    values: dict[tuple[str, str], list[str]] = {}
    counter = {"entity": 0, "fact": 0, "visit": 0}

    def entity(typ: str, lang: str) -> str:
        i = counter["entity"] = counter["entity"] + 1
        parts = [rng.randrange(len(SYLLABLES)) for _ in range(3)]
        name = "".join(SYLLABLES[p] for p in parts).capitalize() + f" {i}"
        ko = "".join(HANGUL[p] for p in parts) + str(i)
        iri = f"<{ID}entity/{typ.lower()}-{i}>"
        by_type[typ].append(iri)
        type_of[iri] = typ
        if typ == "Place":
            level[iri] = rng.choices(range(4), PLACE_LEVELS)[0]
        out.append((f"{iri} <{RDF}type> <{KG}{typ}>", ENTITIES_GRAPH))
        # A label in the article's language, and in the other one once an
        # article in that language named it too.
        labels = [(name, "en"), (ko, "ko")] if rng.random() < 0.65 else [(name, "en") if lang == "en" else (ko, "ko")]
        for text, tag in labels:
            out.append((f"{iri} <{RDFS}label> {_lit(text, tag)}", ENTITIES_GRAPH))
        if rng.random() < 0.13:
            out.append((f"{iri} <{SKOS}altLabel> {_lit(name.split()[0], 'en')}", ENTITIES_GRAPH))
        return iri

    a = 0
    while len(out) < triples:
        a += 1
        graph = f"{ID}article/{a:016x}"
        art = f"<{graph}>"
        lang = "ko" if rng.random() < 0.5 else "en"
        out += [(line, graph) for line in (
            f"{art} <{RDF}type> <{SCHEMA}NewsArticle>",
            f"{art} <{SCHEMA}inLanguage> {_lit(lang)}",
            f"{art} <{SCHEMA}headline> {_lit(f'Story number {a}', lang)}",
            f"{art} <{KG}sourcePath> {_lit(f'news/{a}.txt')}",
            f"{art} <{SCHEMA}url> {_lit(f'https://news.example/{a}', dt=XSD + 'anyURI')}",
            f"{art} <{KG}contentHash> {_lit(f'{a:064x}')}",
            f"{art} <{SCHEMA}datePublished> {_lit(f'2025-{a % 12 + 1:02d}-{a % 28 + 1:02d}', dt=XSD + 'date')}",
        )]
        types = list(TYPE_SHARES)
        mentioned: dict[str, None] = {}
        for typ in rng.choices(types, list(TYPE_SHARES.values()), k=NEW_PER_ARTICLE):
            mentioned[entity(typ, lang)] = None
        for typ in rng.choices(types, list(TYPE_SHARES.values()), k=KNOWN_PER_ARTICLE):
            if popular[typ]:
                mentioned[rng.choice(popular[typ])] = None

        def pick(typs: list[str], below: int | None = None) -> str | None:
            """An entity of one of ``typs``: one the article mentions, else a popular one."""
            ok = [e for e in mentioned if type_of[e] in typs and (below is None or level.get(e, 4) < below)]
            if ok:
                return rng.choice(ok)
            pool = [e for t in typs for e in popular[t][-2000:] if below is None or level.get(e, 4) < below]
            if not pool:
                return None
            mentioned[e := rng.choice(pool)] = None
            return e

        def statement(s: str, p: str, o: str) -> None:
            n = counter["fact"] = counter["fact"] + 1
            if (s, p, o) not in direct:
                direct.add((s, p, o))
                values.setdefault((s, p), []).append(o)
                seen_facts.append((s, p, o))
                out.append((f"{s} <{KG}{p}> {o}", ENTITIES_GRAPH))
            st = f"<{ID}fact/{n:016x}>"
            start = rng.randrange(3000)
            sentence = f"Sentence {n} says that this happened." if lang == "en" else f"{n}번째 문장은 이 일이 있었다고 말한다."
            out.extend((line, graph) for line in (
                f"{st} <{RDF}type> <{RDF}Statement>",
                f"{st} <{RDF}subject> {s}",
                f"{st} <{RDF}predicate> <{KG}{p}>",
                f"{st} <{RDF}object> {o}",
                f"{st} <{PROV}wasDerivedFrom> {art}",
                f"{st} <{KG}evidence> {_lit(sentence, lang)}",
                f"{st} <{KG}startOffset> {_lit(str(start), dt=XSD + 'integer')}",
                f"{st} <{KG}endOffset> {_lit(str(start + 60), dt=XSD + 'integer')}",
                f"{st} <{KG}extractor> {_lit(f'{lang}.rules.v1')}",
                f"{st} <{KG}confidence> {_lit('0.8', dt=XSD + 'decimal')}",
            ))

        def visit(person: str, places: list[str]) -> None:
            """The kg:visited facts of one sentence and their kg:Visit event, as kg.graph makes them."""
            for place in places:
                statement(person, "visited", place)
            n = counter["visit"] = counter["visit"] + 1
            node = f"<{ID}event/visit-{n:012x}>"
            out.extend((line, graph) for line in (
                f"{node} <{RDF}type> <{KG}Visit>",
                f"{node} <{RDFS}label> {_lit(f'Visit {n}', lang)}",
                f"{node} <{KG}visitor> {person}",
                f"{node} <{PROV}wasDerivedFrom> {art}",
                *(f"{node} <{KG}visitedPlace> {place}" for place in places),
            ))
            if rng.random() < 0.9:
                out.append((f"{node} <{KG}dateText> {_lit('Monday')}", graph))

        facts = 0
        while facts < FACTS_PER_ARTICLE:
            if seen_facts and rng.random() < RESTATED:
                s, p, o = rng.choice(seen_facts)
                mentioned.update({e: None for e in (s, o) if e in type_of})
                if p == "visited":
                    visit(s, [o])
                else:
                    statement(s, p, o)
                facts += 1
                continue
            p = rng.choices(list(PREDICATES), [v[0] for v in PREDICATES.values()])[0]
            _, subject_types, object_types = PREDICATES[p]
            s = pick(subject_types)
            if s is None:
                continue
            if p == "visited":
                places = [pick(object_types) for _ in range(1 if rng.random() < 0.8 else 2)]
                places = sorted({x for x in places if x is not None})
                if places:
                    visit(s, places)
                    facts += len(places)
                continue
            if p == "locatedIn":
                o = pick(object_types, below=level.get(s, 4))
            elif p == "holdsOffice":
                place = pick(object_types)
                if place is None:
                    continue
                o = f"<{ID}office/mayor-of-{place[len(ID) + 8:-1]}>"
                out += [(f"{o} <{RDF}type> <{KG}Office>", ENTITIES_GRAPH),
                        (f"{o} <{RDFS}label> {_lit(f'Mayor of {place}', lang)}", ENTITIES_GRAPH),
                        (f"{o} <{KG}jurisdiction> {place}", ENTITIES_GRAPH)]
            elif object_types == "decimal":
                o = _lit(f"{rng.randrange(10, 100000)}.0", dt=XSD + "decimal")
            elif object_types == "gYear":
                o = _lit(str(rng.randrange(1950, 2025)), dt=XSD + "gYear")
            else:
                o = pick(object_types)
            if o is None or o == s:
                continue
            if len(values.get((s, p), ())) >= MAX_VALUES.get(p, len(values.get((s, p), ())) + 1):
                o = rng.choice(values[(s, p)])
                mentioned.update({o: None} if o in type_of else {})
            statement(s, p, o)
            facts += 1
        for e in mentioned:
            out.append((f"{art} <{SCHEMA}mentions> {e}", graph))
            popular[type_of[e]].append(e)
    return out


def ontology_triples() -> list[tuple[str, str]]:
    """The ontology's own triples, in its own graph, as every kg graph and store carries them."""
    import rdflib

    onto = rdflib.Graph().parse(Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl")
    return [(line.removesuffix(" ."), ONTOLOGY_GRAPH) for line in onto.serialize(format="nt").splitlines() if line.strip()]


def selective_query(place: str) -> str:
    """The English names of the people who visited ``place`` (an IRI in angle brackets)."""
    return f"SELECT ?name WHERE {{ ?p <{KG}visited> {place} ; <{RDFS}label> ?name FILTER (LANG(?name) = 'en') }}"


class _Timeout(BaseException):
    """Not an Exception, so that run_query's error handling lets it through."""


def _stop(signum, frame):
    raise _Timeout


def median_of(repeat: int, run, timeout: float | None = None) -> float | None:
    """Median seconds of ``repeat`` calls of ``run``; None when one takes over ``timeout`` seconds.

    A first run over a second is not repeated: the median would take minutes
    and say nothing new.
    """
    times = []
    for _ in range(max(1, repeat)):
        if timeout:
            signal.signal(signal.SIGALRM, _stop)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        except _Timeout:
            return None
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
        if times[0] > 1:
            break
    return statistics.median(times)


def _ms(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if seconds is None else f"{seconds * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query; the median is reported")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds before an rdflib query is stopped")
    parser.add_argument("--limit", type=int, default=None, help="ignored (bench/run.py passes it to every bench)")
    args = parser.parse_args(argv)

    import pyoxigraph as ox
    import rdflib

    from kg.sparql import DEFAULT_PREFIXES, named_queries, run_query

    work = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    began = time.perf_counter()
    quads = generate(args.triples) + ontology_triples()
    nt, nq = work / "graph.nt", work / "graph.nq"
    nt.write_text("".join(f"{t} .\n" for t, _ in quads), encoding="utf-8")
    nq.write_text("".join(f"{t} <{g}> .\n" for t, g in quads), encoding="utf-8")
    graphs = {g for _, g in quads}
    articles = sum(1 for g in graphs if g.startswith(f"{ID}article/"))
    print(f"graph: {len(quads):,} triples in the kg vocabulary ({articles:,} articles, "
          f"{len(graphs):,} named graphs), generated in {time.perf_counter() - began:.1f} s")

    began = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(nt, format="nt")
    t_rdflib = time.perf_counter() - began
    began = time.perf_counter()
    store = ox.Store(str(work / "oxigraph"))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    t_ox = time.perf_counter() - began
    print(f"\nload           {'rdflib':>10} {'pyoxigraph':>11}  ratio")
    print(f"N-Triples/Quads{t_rdflib:9.1f}s {t_ox:10.1f}s  {t_rdflib / t_ox:5.1f}x")

    def ox_query(text: str):
        # As kg.store queries: the default graph is the union of the named graphs.
        return store.query(text, prefixes=DEFAULT_PREFIXES, use_default_graph_as_union=True)

    # The first place made is among the most visited: popular entities gain mentions.
    place = next(t.split()[0] for t, _ in quads if t.endswith(f"<{KG}Place>"))
    q_rdflib = best_of(args.repeat, lambda: list(graph.query(selective_query(place))))
    q_ox = best_of(args.repeat, lambda: list(ox_query(selective_query(place))))
    print(f"selective query {q_rdflib * 1000:8.1f}ms {q_ox * 1000:9.1f}ms  {q_rdflib / q_ox:5.1f}x")

    queries = named_queries()
    print(f"\nnamed query (median of {args.repeat}; target < 100 ms on pyoxigraph)")
    print(f"{'':16}{'rows':>5}  {'pyoxigraph JSON':>15}  {'pyoxigraph list':>15}  {'rdflib':>10}")
    slow = []
    for name, q in queries.items():
        rows = len(list(ox_query(q.text)))
        t_json = median_of(args.repeat, lambda: ox_query(q.text).serialize(format=ox.QueryResultsFormat.JSON))
        t_list = median_of(args.repeat, lambda: [tuple(solution) for solution in ox_query(q.text)])
        t_rdflib = median_of(args.repeat, lambda: run_query(graph, q.text), timeout=args.rdflib_timeout)
        if max(t_json, t_list) >= 0.1:
            slow.append(name)
        print(f"{name:16}{rows:5}  {_ms(t_json, 0):>15}  {_ms(t_list, 0):>15}  {_ms(t_rdflib, args.rdflib_timeout):>10}"
              + ("  over target" if name in slow else ""))
    print(f"\n{len(queries) - len(slow)} of {len(queries)} named queries under 100 ms on pyoxigraph at "
          f"{len(quads):,} triples" + (f"; over: {', '.join(slow)}" if slow else ""))
    del store
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
