"""Send a graph to any SPARQL 1.1 store through the Graph Store HTTP Protocol.

``kg push GRAPH_OR_STORE --endpoint URL [--graph IRI]`` sends the graph as
N-Triples to ``URL?graph=IRI`` (or ``URL?default`` for the default graph):
``PUT`` replaces that graph, ``POST`` adds to it. ``URL`` is the store's
Graph Store endpoint, e.g. ``http://localhost:7878/store`` for Oxigraph,
``http://localhost:3030/ds/data`` for Fuseki. A store directory is sent as
the union of its graphs.

>>> graph_store_url("http://localhost:7878/store", "https://example.org/g")
'http://localhost:7878/store?graph=https%3A%2F%2Fexample.org%2Fg'
>>> graph_store_url("http://localhost:7878/store?x=1", None)
'http://localhost:7878/store?x=1&default'
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox
import rdflib

from kg.errors import KGError, UsageError

METHODS = ("PUT", "POST")


class PushError(KGError):
    """The graph store refused the graph or could not be reached (names the URL and the HTTP status)."""


@dataclass(frozen=True)
class PushResult:
    """Where a graph went, how, and how many triples it had."""

    url: str
    method: str
    status: int
    triples: int


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of ``graph`` (``None``: the default graph) at ``endpoint``."""
    sep = "&" if urlsplit(endpoint).query else "?"
    return endpoint + sep + (f"graph={quote(graph, safe='')}" if graph else "default")


def push(source, endpoint: str, *, graph: str | None = None, method: str = "PUT", user: str | None = None,
         password: str | None = None, token: str | None = None, timeout: float = 300.0) -> PushResult:
    """Send a graph file, store directory or ``rdflib.Graph`` to a SPARQL graph store.

    Args:
        source: an RDF file, a kg store directory, or an ``rdflib.Graph``.
        endpoint: the Graph Store HTTP Protocol endpoint (e.g. ``http://host:7878/store``).
        graph: IRI of the named graph to write; ``None`` writes the default graph.
        method: ``PUT`` replaces the graph, ``POST`` adds to it.
        user, password: HTTP basic authentication.
        token: HTTP bearer token (instead of basic authentication).
        timeout: seconds to wait for the store.

    Returns:
        A :class:`PushResult`.

    Raises:
        UsageError: bad method, endpoint or option combination.
        PushError: the store answered with an error status or could not be
            reached; the message names the URL and the status.
    """
    method = method.upper()
    if method not in METHODS:
        raise UsageError(f"Unknown method {method!r}. Available: {', '.join(METHODS)}")
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise UsageError(f"{endpoint!r} is not an http(s) URL; give the graph store endpoint, e.g. "
                         "http://localhost:7878/store")
    if graph is not None and not urlsplit(graph).scheme:
        raise UsageError(f"--graph {graph!r} is not an absolute IRI (e.g. https://example.org/graph/news)")
    if token and (user or password):
        raise UsageError("give either a bearer token or a user and password, not both")
    if password and not user:
        raise UsageError("a password needs a user")
    payload, count = ntriples(source)
    url = graph_store_url(endpoint, graph)
    headers = {"Content-Type": "application/n-triples", "User-Agent": "kg-push"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    elif user:
        pair = f"{user}:{password or ''}".encode("utf-8")
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
    request = urllib.request.Request(url, data=payload, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return PushResult(url, method, response.status, count)
    except urllib.error.HTTPError as exc:
        detail = exc.read(500).decode("utf-8", "replace").strip()
        hint = " (check --user/--password or --token)" if exc.code in (401, 403) else ""
        raise PushError(f"{method} {url} failed: HTTP {exc.code} {exc.reason}{hint}"
                        + (f": {detail}" if detail else "")) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PushError(f"{method} {url} failed: cannot reach the store ({reason})") from exc


def ntriples(source) -> tuple[bytes, int]:
    """The triples of a graph file, store directory or ``rdflib.Graph`` as N-Triples, and their number.

    >>> g = rdflib.Graph().parse(data='<urn:a> <urn:p> "x" .', format="turtle")
    >>> ntriples(g)
    (b'<urn:a> <urn:p> "x" .\\n', 1)
    """
    if isinstance(source, rdflib.Graph):
        from kg.store import to_oxigraph

        triples = [ox.Triple(*(to_oxigraph(t) for t in triple)) for triple in source]
    else:
        from kg.store import Store, is_store

        if is_store(source):
            with Store(source, read_only=True) as st:
                triples = [q.triple for q in st.oxigraph]
        else:
            triples = _file_triples(Path(source))
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)


def _file_triples(path: Path) -> list:
    from kg.store import read_dataset

    # Quads of every graph in the file go into the one target graph; the
    # same triple in two graphs is sent once.
    return list(dict.fromkeys(q.triple for q in read_dataset(path)))


__all__ = ["METHODS", "PushError", "PushResult", "graph_store_url", "ntriples", "push"]
