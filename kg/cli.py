"""The ``kg`` command line: argument parsing only, the work is in the library.

Exit codes: 0 success, 1 a data problem (unreadable input, invalid graph),
2 a usage problem (bad option or argument).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.errors import KGError, UsageError


def _fail(exc: KGError) -> None:
    click.echo(f"kg: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _report(errors) -> None:
    for e in errors:
        click.echo(f"kg: error: {e} (skipped)", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build knowledge graphs from news articles in English and Korean."""


_lang = click.option("--lang", type=click.Choice(["en", "ko"]), default=None,
                     help="Language of every input (default: detected per article).")
_published = click.option("--published", default=None, metavar="YYYY-MM-DD",
                          help="Publication date for inputs that have none; resolves relative dates.")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", default=None, type=click.Path(file_okay=False), help="Output directory.")
@click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False),
              help="Add the articles to this graph store (created if missing) instead of writing files.")
@_lang
@_published
@click.option("--title", default=None, help="Title shown in the HTML graph.")
@click.option("--no-html", is_flag=True, help="Skip the HTML graph.")
@click.option("--html-max-nodes", type=click.IntRange(min=0), default=2000, show_default=True, metavar="N",
              help="Draw at most N nodes in graph.html (the best connected); 0 draws all.")
@click.option("--processes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extraction worker processes (default: every core); with --engine dask and no "
                   "--scheduler, the workers of the local cluster.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Extract in worker processes on this machine, or on a Dask cluster (pip install \"kg[dask]\").")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: a running scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar on stderr (only when it is a terminal).")
def build(paths, out, store_dir, lang, published, title, no_html, html_max_nodes, processes, engine, scheduler,
          progress):
    """Build the graph of PATHS (files, directories, or - for stdin) into OUT or a STORE.

    --out writes OUT/graph.ttl, OUT/graph.jsonld and OUT/graph.html.
    --store keeps a growing graph: each article is its own named graph, and
    articles already stored unchanged are not extracted again. Articles
    stream into the store a batch at a time, so memory stays flat however
    large the corpus.
    """
    from kg.pipeline import build as run_build

    if (out is None) == (store_dir is None):
        _fail(UsageError("give either --out DIR (graph files) or --store DIR (a graph store)"))
    if scheduler is not None and engine != "dask":
        _fail(UsageError("--scheduler needs --engine dask"))
    if store_dir is not None:
        from kg.corpus import build_store
        from kg.store import open_store

        try:
            with open_store(store_dir) as st:
                change = build_store(st, list(paths), lang=lang, published=published, processes=processes,
                                     engine=engine, scheduler=scheduler, progress=progress)
        except KGError as exc:
            _fail(exc)
        _report(change.errors)
        click.echo(change.summary())
        if not (change.added or change.replaced or change.unchanged):
            sys.exit(1)
        return

    try:
        result = run_build(list(paths), out=out, lang=lang, published=published, html=not no_html, title=title,
                           html_max_nodes=html_max_nodes or None, processes=processes, engine=engine,
                           scheduler=scheduler, progress=progress)
    except KGError as exc:
        _fail(exc)
    _report(result.errors)
    n_art = len(result.resolution.articles)
    click.echo(
        f"built {len(result.graph)} triples from {n_art} article(s): "
        f"{len(result.resolution.entities)} entities, {len(result.resolution.facts)} facts"
    )
    for kind, path in result.outputs.items():
        click.echo(f"  {kind:8} {path}")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@_lang
@_published
@click.option("--processes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extraction worker processes (default: every core).")
def extract(paths, fmt, lang, published, processes):
    """Print the entity mentions found in PATHS.

    jsonl prints one object per mention: doc, start, end, text, type, score.
    """
    from kg.pipeline import extract as run_extract

    try:
        result = run_extract(list(paths), lang=lang, published=published, processes=processes)
    except KGError as exc:
        _fail(exc)
    _report(result.errors)
    out = sys.stdout
    if fmt == "table":
        out.write(f"{'doc':30} {'start':>6} {'end':>6}  {'type':13} {'score':>5}  text\n")
    for ex in result.extractions:
        for m in ex.mentions:
            if fmt == "jsonl":
                out.write(json.dumps(m.to_json(), ensure_ascii=False) + "\n")
            else:
                out.write(f"{m.doc[-30:]:30} {m.start:>6} {m.end:>6}  {m.type:13} {m.score:5.2f}  {m.text}\n")
    if not result.extractions:
        sys.exit(1)


@main.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option("--named", default=None, metavar="NAME", help="Run a named query (see --list).")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --named: rows per page (named queries answer 100 by default).")
@click.option("--offset", type=click.IntRange(min=0), default=None, metavar="K",
              help="With --named: skip the first K rows the query picks.")
def query(graph, sparql, named, list_, fmt, limit, offset):
    """Run SPARQL (a string or a .rq file) or a named query on GRAPH."""
    from kg.sparql import format_result, load_named, named_queries, page
    from kg.pipeline import query as run_query

    try:
        if list_:
            for q in named_queries().values():
                click.echo(f"{q.name:16} {q.description}")
            return
        if graph is None:
            raise UsageError("missing GRAPH: give a graph file (e.g. exports/visit/graph.ttl) or a store directory")
        if (sparql is None) == (named is None):
            raise UsageError("give either a SPARQL query (text or .rq file) or --named NAME")
        if (limit is not None or offset is not None) and named is None:
            raise UsageError("--limit and --offset page a named query; write LIMIT/OFFSET in your own SPARQL")
        if named is not None:
            text = page(load_named(named), limit=limit, offset=offset)
        elif sparql.endswith(".rq") and Path(sparql).is_file():
            text = Path(sparql).read_text(encoding="utf-8")
        else:
            text = sparql
        result = run_query(graph, text)
    except KGError as exc:
        _fail(exc)
    text = format_result(result, fmt)
    click.echo(text, nl=not text.endswith("\n"))


@main.command()
@click.argument("graph")
@click.option("--warnings", is_flag=True, help="Also check the recommended (warning-level) shapes.")
def validate(graph, warnings):
    """Check GRAPH against the SHACL shapes; exit 1 on any violation."""
    from kg.pipeline import validate as run_validate
    from kg.shacl import format_report

    try:
        report = run_validate(graph, warnings=warnings)
    except KGError as exc:
        _fail(exc)
    click.echo(format_report(report))
    if not report.conforms:
        sys.exit(1)


@main.command(name="export")
@click.argument("graph")
@click.option("--format", "fmt", required=True, type=click.Choice(["turtle", "json-ld", "trig", "nt", "html",
                                                                   "graphml", "gexf", "csv"]),
              help="RDF syntax, the HTML explorer, or the entity network for Gephi (graphml, gexf) or Neo4j (csv).")
@click.option("--out", "-o", required=True, type=click.Path(), help="File to write (a folder for csv).")
@click.option("--html-max-nodes", type=click.IntRange(min=0), default=2000, show_default=True, metavar="N",
              help="With --format html: draw at most N nodes; 0 draws all.")
def export_(graph, fmt, out, html_max_nodes):
    """Write GRAPH (a graph file or a store) in another format.

    csv writes OUT/nodes.csv and OUT/edges.csv with neo4j-admin import headers.
    """
    from kg.pipeline import export as run_export

    try:
        path = run_export(graph, out, fmt, html_max_nodes=html_max_nodes or None)
    except KGError as exc:
        _fail(exc)
    click.echo(path)


@main.command()
@click.argument("article")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False), help="The graph store.")
def remove(article, store_dir):
    """Remove ARTICLE (its id, source path, IRI or content hash) from a store.

    Entities that other stored articles still mention stay.
    """
    from kg.store import open_store, remove_article

    try:
        with open_store(store_dir, create=False) as st:
            click.echo(remove_article(st, article).summary())
    except KGError as exc:
        _fail(exc)


@main.command()
@click.argument("source")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--update-token", envvar="KG_UPDATE_TOKEN", default=None,
              help="Allow SPARQL Update from clients sending this bearer token (env KG_UPDATE_TOKEN).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds a query may run.")
@click.option("--max-results", default=10000, show_default=True, type=click.IntRange(min=1),
              help="Most rows or triples one answer may have.")
def serve(source, host, port, update_token, timeout, max_results):
    """Serve SOURCE (a store directory or graph file): SPARQL 1.1 at /sparql, the explorer at /."""
    from kg.serve import serve as run_serve

    def ready(server):
        click.echo(f"serving {source} at {server.url}/ (SPARQL endpoint {server.url}/sparql); Ctrl-C stops")

    try:
        run_serve(source, host=host, port=port, update_token=update_token, timeout=timeout,
                  max_results=max_results, ready=ready)
    except KGError as exc:
        _fail(exc)


@main.command()
@click.argument("source")
@click.option("--endpoint", required=True, help="Graph Store Protocol endpoint, e.g. http://localhost:7878/store")
@click.option("--graph", "graph_iri", default=None, help="Named graph IRI (default: the default graph).")
@click.option("--method", type=click.Choice(["PUT", "POST"]), default="PUT", show_default=True,
              help="PUT replaces the graph, POST adds to it.")
@click.option("--user", default=None, help="User for HTTP basic authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD", default=None, help="Password (env KG_PUSH_PASSWORD).")
@click.option("--token", envvar="KG_PUSH_TOKEN", default=None, help="Bearer token (env KG_PUSH_TOKEN).")
def push(source, endpoint, graph_iri, method, user, password, token):
    """Send SOURCE (a graph file or store directory) to a SPARQL 1.1 graph store."""
    from kg.push import push as run_push

    try:
        r = run_push(source, endpoint, graph=graph_iri, method=method, user=user, password=password, token=token)
    except KGError as exc:
        _fail(exc)
    click.echo(f"{r.method} {r.triples} triples to {r.url}: HTTP {r.status}")


@main.command(name="eval")
@click.argument("dataset", type=click.Choice(["conll2003", "klue"]))
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Evaluate only the first N sentences.")
@click.option("--half", type=click.Choice(["first", "second"]), default=None,
              help="Only the first or second half of the documents (CoNLL) or sentences (KLUE).")
@click.option("--ner-only", is_flag=True, help="Score the English statistical NER without the rules.")
def eval_(dataset, file, fmt, limit, half, ner_only):
    """Score extraction of people, organisations and places on a DATASET FILE.

    conll2003: CoNLL-2003 English (e.g. eng.testb), scores PER, ORG, LOC.
    klue: KLUE-NER Korean dev, WikiTree news sentences, scores PS, OG, LC.
    """
    from kg.evaluate import evaluate, format_table, to_json_text

    try:
        scores = evaluate(dataset, file, limit=limit, half=half, ner_only=ner_only)
    except KGError as exc:
        _fail(exc)
    click.echo(to_json_text(scores) if fmt == "json" else format_table(scores))


if __name__ == "__main__":  # pragma: no cover
    main()
