"""The pipeline as library functions: ``extract``, ``build`` and ``query``.

The CLI is a thin layer over these; every command can be used from Python::

    import kg
    result = kg.build(["news/"], out="out/")
    rows = kg.query(result.graph, "SELECT ...")
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import ExtractError, IngestError, KGError
from kg.records import Article, Extraction, Resolution


@dataclass
class ExtractResult:
    """Extractions for the articles that could be read, and the problems."""

    extractions: list[Extraction]
    errors: list[KGError] = field(default_factory=list)


@dataclass
class BuildResult:
    """A built graph, what it was built from, and where it was written."""

    graph: Graph
    resolution: Resolution
    errors: list[KGError] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)


def extract_articles(articles: Iterable[Article], *, processes: int | None = 1, engine: str = "local",
                     scheduler: str | None = None, progress: bool = False) -> ExtractResult:
    """Run the extractor for each article's language.

    Articles in a language with no extractor are reported as errors, and
    the others are still processed. The order of the input is kept.

    Args:
        articles: the articles.
        processes, engine, scheduler, progress: how to run, as for
            :func:`kg.corpus.iter_extractions` (by default, in this process
            and silently; ``processes=None`` uses every core).
    """
    from kg.corpus import iter_extractions

    extractions: list[Extraction] = []
    errors: list[KGError] = []
    for item in iter_extractions(list(articles), processes=processes, engine=engine, scheduler=scheduler,
                                 progress=progress):
        (errors if isinstance(item, KGError) else extractions).append(item)
    return ExtractResult(extractions, errors)


def extract(paths: Sequence[str], *, lang: str | None = None, published: str | None = None,
            processes: int | None = 1, engine: str = "local", scheduler: str | None = None,
            progress: bool = False) -> ExtractResult:
    """Read inputs and extract mentions and relations from each article.

    Args:
        paths: files, directories (read recursively) or ``-`` for stdin.
        lang: force the language of every article (``en``, ``ko``).
        published: publication date (ISO) for articles that have none.
        processes, engine, scheduler, progress: see :func:`extract_articles`.
    """
    from kg.ingest import read_articles

    articles, errors = read_articles(paths, lang=lang, published=published)
    result = extract_articles(articles, processes=processes, engine=engine, scheduler=scheduler, progress=progress)
    result.errors[:0] = errors
    return result


def build(
    paths: Sequence[str],
    *,
    out: str | Path | None = None,
    lang: str | None = None,
    published: str | None = None,
    html: bool = True,
    title: str | None = None,
    html_max_nodes: int | None = 2000,
    processes: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
) -> BuildResult:
    """Build the knowledge graph of the inputs, and write it when ``out`` is given.

    Writes ``out/graph.ttl``, ``out/graph.jsonld`` and ``out/graph.html``
    (each atomically). Raises :class:`~kg.errors.IngestError` when no input
    could be processed at all; otherwise problems are in ``result.errors``.
    ``processes``, ``engine``, ``scheduler`` and ``progress`` say how to run
    extraction (see :func:`kg.corpus.iter_extractions`); the graph itself is
    resolved from all articles at once, in memory (for a corpus that does
    not fit, build a store: :func:`kg.corpus.build_store`).
    """
    from kg.graph import build_graph
    from kg.resolve import resolve

    extracted = extract(paths, lang=lang, published=published, processes=processes, engine=engine,
                        scheduler=scheduler, progress=progress)
    if not extracted.extractions:
        problems = "; ".join(str(e) for e in extracted.errors) or "no input files found"
        raise IngestError(", ".join(paths), f"nothing could be processed ({problems})")
    resolution = resolve(extracted.extractions)
    graph = build_graph(resolution)
    result = BuildResult(graph, resolution, extracted.errors)
    if out is not None:
        result.outputs = write_outputs(graph, out, html=html, title=title, html_max_nodes=html_max_nodes,
                                       sources=[a.source for a in resolution.articles])
    return result


def write_outputs(graph: Graph, out: str | Path, *, html: bool = True, title: str | None = None,
                  sources: Sequence[str] = (), html_max_nodes: int | None = 2000) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.jsonld`` and (optionally) ``graph.html`` into ``out``.

    ``html_max_nodes`` caps the nodes drawn in the HTML page (the best
    connected are kept; ``None`` draws all).
    """
    from kg.export.rdf import write_jsonld, write_turtle

    out = Path(out)
    outputs = {
        "turtle": write_turtle(graph, out / "graph.ttl"),
        "json-ld": write_jsonld(graph, out / "graph.jsonld"),
    }
    if html:
        from kg.export.html import write_html

        outputs["html"] = write_html(
            graph,
            out / "graph.html",
            title=title or "kg: news knowledge graph",
            sources=list(sources),
            built=_dt.date.today().isoformat(),
            max_nodes=html_max_nodes,
        )
    return outputs


EXPORT_FORMATS = ("turtle", "json-ld", "trig", "nt", "html", "graphml", "gexf", "csv")


def export(source: str | Path | Graph, out: str | Path, fmt: str, *, html_max_nodes: int | None = 2000,
           title: str | None = None) -> Path:
    """Write a graph (file, store or graph) in another format.

    Args:
        source: what :func:`load_graph` reads.
        out: the file to write (a folder for ``csv``: ``nodes.csv`` and ``edges.csv``).
        fmt: one of :data:`EXPORT_FORMATS`: RDF syntaxes, the HTML explorer, or
            the entity network as GraphML/GEXF (Gephi, networkx) or CSV (Neo4j).
        html_max_nodes: the node cap of the HTML page (``None`` draws all).

    Returns:
        The path written.
    """
    from kg.errors import UsageError

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (valid: {', '.join(EXPORT_FORMATS)})")
    graph = load_graph(source)
    if fmt == "html":
        from kg.export.html import write_html

        return write_html(graph, out, title=title or "kg: news knowledge graph",
                          built=_dt.date.today().isoformat(), max_nodes=html_max_nodes)
    if fmt in ("graphml", "gexf", "csv"):
        from kg.export.networks import write_network

        return write_network(graph, out, fmt)
    from kg.export.rdf import serialize
    from kg.io import atomic_write

    return atomic_write(out, serialize(graph, fmt))


def load_graph(source: str | Path | Graph) -> Graph:
    """A graph from a file path (any RDF syntax by extension), a store directory, or a graph itself."""
    if isinstance(source, Graph):
        return source
    from kg.store import is_store, store_to_rdflib

    if is_store(source):
        return store_to_rdflib(source)
    from kg.sparql import read_graph

    return read_graph(source)


def query(source: str | Path | Graph, sparql: str):
    """Run a SPARQL query on a graph, a graph file or a store directory and return the result.

    ``sparql`` may also be the name of a named query (``kg query --list``).
    """
    from kg.sparql import load_named, named_queries, run_query

    text = load_named(sparql).text if sparql in named_queries() else sparql
    from kg.store import is_store, store_query

    if not isinstance(source, Graph) and is_store(source):
        return store_query(source, text)  # straight on pyoxigraph, no copy into rdflib
    return run_query(load_graph(source), text)


def validate(source: str | Path | Graph, *, warnings: bool = False):
    """Validate a graph against the SHACL shapes; returns a report."""
    from kg.shacl import validate as _validate

    return _validate(load_graph(source), warnings=warnings)


__all__ = ["BuildResult", "ExtractResult", "EXPORT_FORMATS", "build", "export", "extract", "extract_articles", "load_graph",
           "query", "validate", "write_outputs", "ExtractError"]
