"""SPARQL over a kg graph: ad-hoc queries, named competency questions, output.

Named queries are the ``ontology/queries/*.rq`` files; the first ``#``
comment line of each is its one-line description. Queries run on rdflib;
results are plain ``QueryResult`` values holding rdflib terms, so another
engine (pyoxigraph) can stand behind :func:`run_query` without changing
its callers.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import QueryError, UsageError
from kg.resources import ontology_dir
from kg.vocab import ENTITY_BASE, ONTOLOGY_IRI

# Prefixes every query may use without declaring them, and the ones
# tables and reports use to show IRIs compactly.
DEFAULT_PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI + "#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "id": ENTITY_BASE,
}

# File extension -> rdflib parser name. Quad formats are read as a dataset
# and merged, so a query sees every named graph's triples.
RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}
_QUAD_FORMATS = {"trig", "nquads"}

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class QueryResult:
    """The answer to one SPARQL query.

    ``kind`` is ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT and
    DESCRIBE). A SELECT fills ``vars`` and ``rows`` (one tuple per
    solution, ``None`` where a variable is unbound); ASK fills ``boolean``;
    CONSTRUCT and DESCRIBE fill ``graph``.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: rdflib.Graph | None = None


@dataclass(frozen=True)
class NamedQuery:
    """A competency question shipped as ``ontology/queries/<name>.rq``."""

    name: str
    description: str
    path: Path
    text: str


def read_graph(path: str | Path) -> rdflib.Graph:
    """Read an RDF file into a graph, choosing the parser by extension.

    Args:
        path: a ``.ttl``, ``.jsonld``, ``.trig``, ``.nt``, ``.nq`` or
            ``.rdf``/``.xml`` file. Named graphs in TriG and N-Quads are
            merged into the one returned graph.

    Returns:
        The parsed graph, with the kg prefixes bound.

    Raises:
        QueryError: the file is missing, has an unknown extension, or is
            not valid in its format (the message names the file).

    >>> read_graph("no/such/file.ttl")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.QueryError: no/such/file.ttl: no such file
    """
    p = Path(path)
    fmt = RDF_FORMATS.get(p.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(RDF_FORMATS))
        raise QueryError(f"{path}: unknown RDF file extension {p.suffix!r}. Known extensions: {known}")
    if not p.is_file():
        raise QueryError(f"{path}: no such file")
    try:
        if fmt in _QUAD_FORMATS:
            dataset = rdflib.Dataset()
            dataset.parse(p, format=fmt)
            graph = rdflib.Graph()
            for s, pr, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, pr, o))
        else:
            graph = rdflib.Graph()
            graph.parse(p, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        raise QueryError(f"{path}: not valid {fmt}: {exc}") from exc
    for prefix, ns in DEFAULT_PREFIXES.items():
        graph.bind(prefix, ns, override=False)
    return graph


def run_query(graph: rdflib.Graph, sparql: str) -> QueryResult:
    """Run a SPARQL 1.1 query on ``graph``.

    The prefixes in ``DEFAULT_PREFIXES`` (``kg:``, ``schema:``, ``prov:``,
    ``rdfs:`` ...) may be used without declaring them.

    Args:
        graph: the graph to query.
        sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query.

    Returns:
        A :class:`QueryResult`.

    Raises:
        QueryError: the query is malformed (with the parser's message) or
            fails while running.

    >>> g = rdflib.Graph().parse(data='<urn:a> <urn:p> "x"@en .', format="turtle")
    >>> run_query(g, "SELECT ?o WHERE { ?s ?p ?o }").rows
    [(rdflib.term.Literal('x', lang='en'),)]
    >>> run_query(g, "ASK { ?s kg:visited ?o }").boolean
    False
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(sparql, initNs=DEFAULT_PREFIXES)
    except ParseException as exc:
        raise QueryError(f"Malformed SPARQL: {exc.msg} (line {exc.lineno}, column {exc.col}): {exc.line.strip()}") from exc
    except Exception as exc:  # e.g. an undeclared prefix
        raise QueryError(f"Malformed SPARQL: {exc}") from exc
    try:
        result = graph.query(prepared)
        kind = result.type
        if kind == "SELECT":
            names = [str(v) for v in result.vars or []]
            rows = [tuple(row) for row in result]
            return QueryResult(kind="select", vars=names, rows=rows)
        if kind == "ASK":
            return QueryResult(kind="ask", boolean=bool(result.askAnswer))
        out = rdflib.Graph()
        for prefix, ns in DEFAULT_PREFIXES.items():
            out.bind(prefix, ns)
        for triple in result:
            out.add(triple)
        return QueryResult(kind="graph", graph=out)
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(f"SPARQL query failed: {exc}") from exc


def queries_dir() -> Path:
    """Return the directory of the named ``.rq`` queries.

    >>> (queries_dir() / "labels.rq").is_file()
    True
    """
    return ontology_dir() / "queries"


def named_queries() -> dict[str, NamedQuery]:
    """Return the named queries, by name (the ``.rq`` file stem), sorted.

    >>> named_queries()["founders"].description
    'Who established each organisation or facility, and when.'
    """
    found: dict[str, NamedQuery] = {}
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        found[path.stem] = NamedQuery(
            name=path.stem,
            description=_description(text),
            path=path,
            text=text,
        )
    return found


def load_named(name: str) -> NamedQuery:
    """Return the named query ``name``.

    Raises:
        QueryError: no query has that name (the message lists them).

    >>> load_named("labels").path.name
    'labels.rq'
    >>> load_named("lables")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.QueryError: No named query 'lables'. Available names: ...
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"No named query {name!r}. Available names: {', '.join(queries)}")
    return queries[name]


_PAGE = re.compile(r"\bLIMIT\s+\d+(?:\s+OFFSET\s+\d+)?", re.IGNORECASE)


def page(query: NamedQuery, *, limit: int | None = None, offset: int | None = None) -> str:
    """The text of a named query asking for another page of its answer.

    Named queries pick their rows with one ``LIMIT`` (a page of 100 rows,
    so that they answer in milliseconds on large graphs); this sets its
    size and start.

    >>> q = load_named("founders")
    >>> "LIMIT 500 OFFSET 100" in page(q, limit=500, offset=100)
    True
    """
    from kg.errors import UsageError

    if limit is None and offset is None:
        return query.text
    found = _PAGE.search(query.text)
    if found is None:
        raise UsageError(f"named query {query.name!r} has no LIMIT to page; run it without --limit/--offset")
    size = limit if limit is not None else int(found.group().split()[1])
    clause = f"LIMIT {size}" + (f" OFFSET {offset}" if offset else "")
    return query.text[: found.start()] + clause + query.text[found.end():]


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a query result as text.

    Args:
        result: what :func:`run_query` returned.
        fmt: ``"table"`` (aligned columns, IRIs shown as prefixed names,
            literals as their text), ``"csv"`` (SPARQL 1.1 CSV results) or
            ``"json"`` (SPARQL 1.1 JSON results). For CONSTRUCT/DESCRIBE
            results, ``table`` gives Turtle and ``json`` gives JSON-LD.

    Raises:
        UsageError: ``fmt`` is unknown, or CSV was asked for a graph result.

    >>> g = rdflib.Graph().parse(data='<urn:a> <urn:p> "x"@en .', format="turtle")
    >>> format_result(run_query(g, "SELECT ?s ?o WHERE { ?s ?p ?o }"), "csv").splitlines()
    ['s,o', 'urn:a,x']
    """
    if fmt not in FORMATS:
        raise UsageError(f"Unknown output format {fmt!r}. Available formats: {', '.join(FORMATS)}")
    if result.kind == "graph":
        if fmt == "table":
            return result.graph.serialize(format="turtle")
        if fmt == "json":
            return result.graph.serialize(format="json-ld", indent=2)
        raise UsageError("CSV can only show SELECT and ASK results; use --format table (Turtle) or json (JSON-LD)")
    if fmt == "json":
        return _to_json(result)
    if fmt == "csv":
        return _to_csv(result)
    return _to_table(result)


def compact(term: Node | None, prefixes: dict[str, str] = DEFAULT_PREFIXES) -> str:
    """Show an RDF term briefly: a prefixed name, a literal's text, ``_:id``.

    >>> compact(URIRef("https://w3id.org/kg-news/ontology#visited"))
    'kg:visited'
    >>> compact(URIRef("https://example.org/x"))
    '<https://example.org/x>'
    >>> compact(Literal("펀베일", lang="ko"))
    '펀베일'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        best = max(
            ((p, ns) for p, ns in prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)),
            key=lambda item: len(item[1]),
            default=None,
        )
        if best is None or any(ch in iri[len(best[1]) :] for ch in " <>\"{}|\\^`"):
            return f"<{iri}>"
        return f"{best[0]}:{iri[len(best[1]):]}"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _description(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            return stripped.lstrip("#").strip()
        if stripped:
            break
    return ""


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None:
        out["datatype"] = str(term.datatype)
    return out


def _to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2)
    bindings = [
        {var: _json_term(value) for var, value in zip(result.vars, row) if value is not None}
        for row in result.rows
    ]
    doc = {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        # SPARQL CSV defines no ASK form; one column named after the kind.
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow(["" if v is None else (f"_:{v}" if isinstance(v, BNode) else str(v)) for v in row])
    return buf.getvalue()


def _width(text: str) -> int:
    # Hangul and other wide characters take two terminal cells.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _to_table(result: QueryResult) -> str:
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    cells = [[compact(v).replace("\n", " ") for v in row] for row in result.rows]
    widths = [_width(name) for name in result.vars]
    for row in cells:
        widths = [max(w, _width(c)) for w, c in zip(widths, row)]
    lines = [
        "  ".join(_pad(name, w) for name, w in zip(result.vars, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    n = len(cells)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines)
