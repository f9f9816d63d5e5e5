"""A SPARQL 1.1 Protocol endpoint over a store or a graph file, and the HTML explorer.

``kg serve STORE_OR_FILE`` answers

* ``/sparql``: queries by GET (``?query=``), POST form (``query=``) or POST
  ``application/sparql-query``; updates by POST form (``update=``) or
  ``application/sparql-update``, only when the server was started with an
  update token and the request carries ``Authorization: Bearer <token>``.
  SELECT and ASK answer in SPARQL JSON (the default), XML, CSV or TSV;
  CONSTRUCT and DESCRIBE in Turtle (the default), JSON-LD, N-Triples or
  RDF/XML. The ``Accept`` header chooses, or a ``format`` parameter
  (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``json-ld``, ``nt``)
  overrides it. ``default-graph-uri`` and ``named-graph-uri`` are honoured;
  otherwise the default graph is the union of all graphs.
* ``/``: the graph drawn by :func:`kg.export.html.render_html`.

Safety: the server binds to 127.0.0.1 unless told otherwise; ``SERVICE``
(federation) and ``LOAD`` would make the server fetch URLs and are refused;
request bodies are capped at 1 MiB; results larger than ``max_results``
rows or triples are refused with a message asking for a ``LIMIT``.

Time limit: queries run on a small pool of worker threads (pyoxigraph
releases the GIL while it evaluates). A request waits at most ``timeout``
seconds and then gets ``503`` with an explanation. pyoxigraph 0.5 cannot
cancel a running query from Python, so a timed-out query stops at the next
row it produces when it streams, but a query that computes everything
before its first row (ORDER BY, GROUP BY) runs to its end in the
background, holding one worker; when every worker is held, new queries wait
and time out too, rather than piling up threads.

Serving a graph file loads it into memory; updates to it are not saved.
Serving a store without an update token opens it read-only, so ``kg build
--store`` may keep writing it, but the server sees the store as it was when
it started. Updates to a store through the endpoint change its graphs
directly; the next ``kg build --store`` or ``kg remove`` recomputes the
graphs from the stored articles and undoes them.

>>> server = make_server(_example_graph(), port=0)
>>> server.url.startswith("http://127.0.0.1:")
True
>>> server.close()
"""

from __future__ import annotations

import hmac
import html
import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KGError, QueryError, UsageError
from kg.store import Store, check_query_safe, is_store, read_dataset, uses_keyword

MAX_BODY = 1 << 20
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_RESULTS = 10_000
HTML_MAX_TRIPLES = 200_000

# name -> (media type, pyoxigraph format); the first of each kind is the default.
RESULT_FORMATS = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "json-ld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "rdf-xml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
# Other names clients use for the same formats (Accept types and ``format`` values).
_RESULT_ALIASES = {
    "application/json": "json", "application/sparql-results+json": "json", "text/javascript": "json",
    "application/javascript": "json", "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/xml": "xml", "text/csv": "csv", "text/tab-separated-values": "tsv",
    "json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv",
}
_GRAPH_ALIASES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "text/n3": "turtle", "application/ld+json": "json-ld",
    "application/json": "json-ld", "application/n-triples": "nt", "text/plain": "nt",
    "application/rdf+xml": "rdf-xml", "application/xml": "rdf-xml", "text/xml": "rdf-xml",
    "turtle": "turtle", "ttl": "turtle", "n3": "turtle", "json-ld": "json-ld", "jsonld": "json-ld",
    "json": "json-ld", "nt": "nt", "n-triples": "nt", "ntriples": "nt", "rdf-xml": "rdf-xml",
    "rdf+xml": "rdf-xml", "xml": "rdf-xml", "rdf": "rdf-xml",
}


class HTTPError(KGError):
    """An error answered with an HTTP status and a plain-text message."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        self.status = status
        self.headers = headers or {}
        super().__init__(message)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: a dataset, its limits, and a pool of query workers.

    Make one with :func:`make_server`; ``serve_forever()`` runs it,
    ``shutdown()`` stops it from another thread and ``close()`` frees it.
    """

    daemon_threads = True
    allow_reuse_address = True
    # The stdlib's backlog of 5 drops connections under a burst of clients,
    # which then wait a second to retry.
    request_queue_size = 128

    def __init__(self, dataset: ox.Store, address, *, store: Store | None = None, update_token: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, max_results: int = DEFAULT_MAX_RESULTS, workers: int = 4,
                 title: str = "kg: news knowledge graph"):
        super().__init__(address, _Handler)
        self.dataset = dataset
        self.store = store
        self.update_token = update_token
        self.query_timeout = timeout
        self.max_results = max_results
        self.title = title
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-sparql")
        self._page: bytes | None = None
        self._page_lock = threading.Lock()
        self._update_lock = threading.Lock()

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:8000``."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        """Close the socket, stop the workers, release the store."""
        self.server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)
        if self.store is not None:
            self.store.close()

    # -- work done on the pool ---------------------------------------------------

    def run(self, job, *args):
        """Run ``job(deadline, *args)`` on a worker; give up after the time limit."""
        deadline = time.monotonic() + self.query_timeout
        future = self.pool.submit(job, deadline, *args)
        try:
            return future.result(timeout=self.query_timeout)
        except FutureTimeout:
            future.cancel()
            raise HTTPError(503, f"Query exceeded the time limit of {self.query_timeout:g} s (or the server was busy "
                                 "with earlier slow queries). Narrow it down or add a LIMIT.",
                            {"Retry-After": "5"}) from None

    def answer_query(self, deadline: float, sparql: str, accept: str, fmt: str | None,
                     default_graphs: list[str], named_graphs: list[str]) -> tuple[str, bytes]:
        # pyoxigraph result objects must be freed on the thread that made
        # them: raise a fresh error, so no traceback carries them elsewhere.
        error = None
        try:
            return self._answer_query(deadline, sparql, accept, fmt, default_graphs, named_graphs)
        except HTTPError as exc:
            error = HTTPError(exc.status, str(exc), exc.headers)
        raise error

    def _answer_query(self, deadline: float, sparql: str, accept: str, fmt: str | None,
                      default_graphs: list[str], named_graphs: list[str]) -> tuple[str, bytes]:
        from kg.sparql import DEFAULT_PREFIXES

        options: dict = {"prefixes": DEFAULT_PREFIXES}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            result = self.dataset.query(sparql, **options)
            if isinstance(result, ox.QueryBoolean):
                name = _negotiate(accept, fmt, RESULT_FORMATS, _RESULT_ALIASES)
                return RESULT_FORMATS[name][0], result.serialize(format=RESULT_FORMATS[name][1])
            if isinstance(result, ox.QuerySolutions):
                name = _negotiate(accept, fmt, RESULT_FORMATS, _RESULT_ALIASES)
                variables = [v.value for v in result.variables]
                rows = _take(result, self.max_results, deadline, "rows")
                body = _solutions_json(variables, rows)
                if name != "json":
                    body = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(
                        format=RESULT_FORMATS[name][1])
                return RESULT_FORMATS[name][0], body
            name = _negotiate(accept, fmt, GRAPH_FORMATS, _GRAPH_ALIASES)
            triples = _take(result, self.max_results, deadline, "triples")
            body = ox.serialize(triples, format=GRAPH_FORMATS[name][1], prefixes=_prefixes(name))
            return GRAPH_FORMATS[name][0], body
        except SyntaxError as exc:
            raise HTTPError(400, f"Malformed SPARQL query: {exc}") from None
        except OSError as exc:
            raise HTTPError(500, f"The query failed: {exc}") from None

    def apply_update(self, deadline: float, sparql: str) -> None:
        from kg.sparql import DEFAULT_PREFIXES

        try:
            with self._update_lock:
                self.dataset.update(sparql, prefixes=DEFAULT_PREFIXES)
        except SyntaxError as exc:
            raise HTTPError(400, f"Malformed SPARQL update: {exc}") from exc
        except OSError as exc:
            raise HTTPError(500, f"The update failed (nothing was changed): {exc}") from exc
        with self._page_lock:
            self._page = None

    def page(self) -> bytes:
        """The HTML explorer for the current graph (drawn once, redrawn after updates)."""
        with self._page_lock:
            if self._page is None:
                self._page = _render_page(self.dataset, self.title)
            return self._page


def make_server(source, *, host: str = "127.0.0.1", port: int = 8000, update_token: str | None = None,
                timeout: float = DEFAULT_TIMEOUT, max_results: int = DEFAULT_MAX_RESULTS, workers: int = 4,
                title: str | None = None) -> SparqlServer:
    """Make (not start) the endpoint for a store directory, a graph file or a ``pyoxigraph.Store``.

    Args:
        source: a kg store directory, an RDF file (``.ttl``, ``.jsonld``,
            ``.nt``, ``.nq``, ``.trig``, ``.rdf``), or a ``pyoxigraph.Store``.
        host, port: where to listen; port 0 picks a free port (see ``server.url``).
        update_token: allow SPARQL Update for requests with this bearer token.
        timeout: seconds a query may take before the client gets 503.
        max_results: most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) returned.
        workers: queries evaluated at the same time.
        title: title of the HTML explorer page.

    Raises:
        UsageError: ``source`` is neither a store nor a readable RDF file.
    """
    if update_token is not None and len(update_token) < 8:
        raise UsageError("the update token is too short: use at least 8 characters (e.g. from `openssl rand -hex 16`)")
    store = None
    if isinstance(source, ox.Store):
        dataset = source
    elif is_store(source):
        store = Store(source, read_only=update_token is None)
        dataset = store.oxigraph
    else:
        dataset = read_dataset(source)
    name = Path(source).name if isinstance(source, (str, os.PathLike)) else "graph"
    return SparqlServer(dataset, (host, port), store=store, update_token=update_token, timeout=timeout,
                        max_results=max_results, workers=workers, title=title or f"kg: {name}")


def serve(source, *, host: str = "127.0.0.1", port: int = 8000, update_token: str | None = None,
          timeout: float = DEFAULT_TIMEOUT, max_results: int = DEFAULT_MAX_RESULTS, workers: int = 4,
          title: str | None = None, ready=None) -> None:
    """Serve ``source`` until interrupted (Ctrl-C); see :func:`make_server` for the arguments.

    ``ready``, when given, is called with the server once it listens (the
    CLI prints the URL from it).
    """
    server = make_server(source, host=host, port=port, update_token=update_token, timeout=timeout,
                         max_results=max_results, workers=workers, title=title)
    try:
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


# -- the request handler ----------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql"

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        if os.environ.get("KG_SERVE_LOG"):
            super().log_message(format, *args)

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_HEAD(self):
        self._send(405, "text/plain; charset=utf-8", b"", {"Allow": "GET, POST"})

    def do_PUT(self):
        self._refuse_method()

    do_DELETE = do_PATCH = do_PUT

    def _refuse_method(self):
        self._drain()
        self._error(HTTPError(405, f"{self.command} is not supported here; use GET or POST", {"Allow": "GET, POST"}))

    def _dispatch(self, method: str) -> None:
        try:
            url = urlsplit(self.path)
            if url.path in ("/", "/index.html"):
                if method != "GET":
                    self._drain()
                    raise HTTPError(405, "the explorer page answers GET only", {"Allow": "GET"})
                self._send(200, "text/html; charset=utf-8", self.server.page())
            elif url.path == "/sparql":
                self._sparql(method, parse_qs(url.query, keep_blank_values=True))
            else:
                self._drain()
                raise HTTPError(404, f"No page {url.path!r}. Available: / (explorer), /sparql (SPARQL endpoint)")
        except HTTPError as exc:
            self._error(exc)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception as exc:  # a bug: answer rather than drop the connection
            self._error(HTTPError(500, f"internal error: {type(exc).__name__}: {exc}"))

    def _sparql(self, method: str, params: dict[str, list[str]]) -> None:
        body_type = ""
        if method == "POST":
            body_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = self._body()
            if body_type == "application/x-www-form-urlencoded":
                for key, values in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            elif body_type == "application/sparql-query":
                params["query"] = [body.decode("utf-8")]
            elif body_type == "application/sparql-update":
                params["update"] = [body.decode("utf-8")]
            else:
                raise HTTPError(415, f"Unsupported Content-Type {body_type or '(none)'!r}. Use "
                                     "application/x-www-form-urlencoded, application/sparql-query or "
                                     "application/sparql-update")
        queries, updates = params.get("query", []), params.get("update", [])
        if len(queries) + len(updates) != 1:
            raise HTTPError(400, "Give exactly one 'query' (or 'update') parameter, e.g. /sparql?query=ASK%7B%7D")
        if updates:
            if method != "POST":
                raise HTTPError(405, "SPARQL Update needs POST", {"Allow": "POST"})
            self._update(updates[0])
            return
        sparql = queries[0]
        try:
            check_query_safe(sparql)
        except QueryError as exc:
            raise HTTPError(403, str(exc)) from exc
        fmt = (params.get("format") or params.get("output") or [None])[0]
        content_type, payload = self.server.run(
            self.server.answer_query, sparql, self.headers.get("Accept") or "*/*", fmt,
            params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        if "charset" not in content_type and not content_type.endswith("+xml"):
            content_type += "; charset=utf-8"
        self._send(200, content_type, payload)

    def _update(self, sparql: str) -> None:
        token = self.server.update_token
        if token is None:
            raise HTTPError(403, "This endpoint is read-only: start kg serve with --update-token to allow updates")
        given = self.headers.get("Authorization") or ""
        if not given.startswith("Bearer "):
            raise HTTPError(401, "SPARQL Update needs 'Authorization: Bearer <token>'",
                            {"WWW-Authenticate": 'Bearer realm="kg"'})
        if not hmac.compare_digest(given[len("Bearer "):].strip().encode(), token.encode()):
            raise HTTPError(403, "Wrong update token")
        for keyword in ("SERVICE", "LOAD"):
            if uses_keyword(sparql, keyword):
                raise HTTPError(403, f"{keyword} is not allowed: it would make the server fetch from the network")
        self.server.run(self.server.apply_update, sparql)
        self._send(204, "text/plain; charset=utf-8", b"")

    # -- I/O ---------------------------------------------------------------------------

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            self.close_connection = True
            raise HTTPError(411, "POST needs a Content-Length")
        n = int(length)
        if n > MAX_BODY:
            self.close_connection = True
            raise HTTPError(413, f"Request body of {n} bytes is over the limit of {MAX_BODY} bytes")
        return self.rfile.read(n)

    def _drain(self) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        if 0 < n <= MAX_BODY:
            self.rfile.read(n)
        elif n:
            self.close_connection = True

    def _send(self, status: int, content_type: str, payload: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Vary", "Accept")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def _error(self, exc: HTTPError) -> None:
        self._send(exc.status, "text/plain; charset=utf-8", (str(exc) + "\n").encode("utf-8"), exc.headers)


# -- helpers ------------------------------------------------------------------------------


def _negotiate(accept: str, fmt: str | None, formats: dict, aliases: dict) -> str:
    """The format name to answer in: the ``format`` parameter, else the best ``Accept`` match."""
    default = next(iter(formats))
    if fmt:
        name = aliases.get(fmt.strip().lower())
        if name is None:
            raise HTTPError(406, f"Unknown format {fmt!r} for this kind of result. Available: {', '.join(formats)}")
        return name
    choices = []
    for i, part in enumerate(accept.split(",")):
        media, *opts = [s.strip() for s in part.split(";")]
        q = 1.0
        for opt in opts:
            if opt.startswith("q="):
                try:
                    q = float(opt[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, media.lower()))
    for negq, _, media in sorted(choices):
        if negq == 0:
            break
        if media in aliases:
            return aliases[media]
        if media in ("*/*", "application/*", "text/*", ""):
            return default
    offered = ", ".join(media for media, _ in formats.values())
    raise HTTPError(406, f"Cannot answer in {accept!r}. Available types: {offered}")


def _take(results, cap: int, deadline: float, what: str) -> list:
    """Up to ``cap`` items of a lazy result, stopping at the deadline."""
    items = []
    for item in results:
        items.append(item)
        if len(items) > cap:
            raise HTTPError(400, f"The result has more than {cap} {what}, the limit of this endpoint. "
                                 f"Add a LIMIT (and OFFSET to page through it).")
        if not len(items) % 256 and time.monotonic() > deadline:
            raise HTTPError(503, "Query exceeded the time limit")
    return items


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                        "predicate": _term_json(term.predicate), "object": _term_json(term.object)}}


def _solutions_json(variables: list[str], rows) -> bytes:
    bindings = []
    for row in rows:
        binding = {}
        for name in variables:
            value = row[name]
            if value is not None:
                binding[name] = _term_json(value)
        bindings.append(binding)
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _prefixes(name: str) -> dict | None:
    if name not in ("turtle",):
        return None
    from kg.sparql import DEFAULT_PREFIXES

    return dict(DEFAULT_PREFIXES)


def _render_page(dataset: ox.Store, title: str) -> bytes:
    """The explorer page, or a plain page saying why there is none."""
    n = len(dataset)
    if n > HTML_MAX_TRIPLES:
        reason = f"the graph has {n} triples, more than the {HTML_MAX_TRIPLES} the explorer draws"
    else:
        try:
            from kg.export.html import render_html
            from kg.store import to_rdflib
            from kg.graph import new_graph

            graph = new_graph()
            bnodes: dict = {}
            for q in dataset:
                graph.add((to_rdflib(q.subject, bnodes), to_rdflib(q.predicate), to_rdflib(q.object, bnodes)))
            return render_html(graph, title=title).encode("utf-8")
        except Exception as exc:  # the explorer is optional; the endpoint must still work
            reason = f"the explorer could not be drawn ({type(exc).__name__}: {exc})"
    return (f"<!doctype html><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<h1>{html.escape(title)}</h1><p>No graph drawing: {html.escape(reason)}.</p>"
            f"<p>Query the graph at <a href='/sparql'>/sparql</a> (SPARQL 1.1 Protocol).</p>").encode("utf-8")


def _example_graph() -> ox.Store:
    dataset = ox.Store()
    dataset.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x")))
    return dataset


__all__ = ["GRAPH_FORMATS", "RESULT_FORMATS", "HTTPError", "SparqlServer", "make_server", "serve"]
