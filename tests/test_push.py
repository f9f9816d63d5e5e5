"""kg push into a real Oxigraph server, through the Graph Store HTTP Protocol."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from kg.errors import UsageError
from kg.push import PushError, push
from tests.conftest import DATA

GRAPH = DATA / "mini-graph.ttl"


def _oxigraph_binary() -> str | None:
    local = Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph(tmp_path):
    """A running ``oxigraph serve`` on loopback; yields its base URL."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()}")
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not start within 10 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def count(base: str, where: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    req = urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])


def test_push_a_file_into_the_default_graph(oxigraph):
    expected = len(rdflib.Graph().parse(GRAPH))
    result = push(str(GRAPH), oxigraph + "/store")
    assert result.triples == expected and 200 <= result.status < 300
    assert count(oxigraph, "?s ?p ?o") == expected


def test_push_into_a_named_graph_and_replace_it(oxigraph):
    iri = "https://example.org/graph/news"
    push(str(GRAPH), oxigraph + "/store", graph=iri)
    n = count(oxigraph, f"GRAPH <{iri}> {{ ?s ?p ?o }}")
    assert n == len(rdflib.Graph().parse(GRAPH)) and count(oxigraph, "?s ?p ?o") == 0
    # POST adds, PUT replaces.
    small = rdflib.Graph().parse(data="<urn:a> <urn:p> <urn:b> .", format="turtle")
    push(small, oxigraph + "/store", graph=iri, method="POST")
    assert count(oxigraph, f"GRAPH <{iri}> {{ ?s ?p ?o }}") == n + 1
    push(small, oxigraph + "/store", graph=iri, method="PUT")
    assert count(oxigraph, f"GRAPH <{iri}> {{ ?s ?p ?o }}") == 1


def test_push_a_store_directory(oxigraph, tmp_path):
    from kg.records import Article, Extraction, Mention
    from kg.store import add_articles, open_store

    art = Article(id="n1", text="Ada Byrne spoke.", lang="en", source="n1.txt", blocks=((0, 16),))
    ada = Mention("n1", 0, 9, "Ada Byrne", "Person", 0.9, "Ada Byrne", "en", "test")
    with open_store(tmp_path / "s") as st:
        add_articles(st, [Extraction(art, (ada,), ())])
        n = len(st)
    result = push(str(tmp_path / "s"), oxigraph + "/store", graph="https://example.org/g")
    assert result.triples == n
    assert count(oxigraph, "GRAPH <https://example.org/g> { ?p a <https://w3id.org/kg-news/ontology#Person> }") == 1


def test_errors_name_the_url_and_status(oxigraph):
    with pytest.raises(PushError, match=r"PUT http://127\.0\.0\.1:\d+/nothing-here\?default failed: HTTP 404"):
        push(str(GRAPH), oxigraph + "/nothing-here")


def test_an_unreachable_store_is_named():
    port = _free_port()
    with pytest.raises(PushError, match=f"127.0.0.1:{port}/store.*cannot reach"):
        push(str(GRAPH), f"http://127.0.0.1:{port}/store", timeout=5)


def test_auth_headers_are_sent_and_refusals_explained():
    """A tiny server that wants one bearer token: 401 names the fix, the right token passes."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append(self.headers.get("Authorization"))
            ok = self.headers.get("Authorization") == "Bearer t0ken"
            self.send_response(204 if ok else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/store"
    try:
        assert push(str(GRAPH), url, token="t0ken").status == 204
        with pytest.raises(PushError, match="HTTP 401.*--token"):
            push(str(GRAPH), url, user="ann", password="pw")
        assert seen == ["Bearer t0ken", "Basic YW5uOnB3"]
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("kwargs, message", [
    ({"method": "PATCH"}, "Available: PUT, POST"),
    ({"graph": "not an iri"}, "absolute IRI"),
    ({"token": "t", "user": "u"}, "not both"),
])
def test_bad_options_are_usage_errors(kwargs, message):
    with pytest.raises(UsageError, match=message):
        push(str(GRAPH), "http://127.0.0.1:1/store", **kwargs)


def test_a_missing_file_is_a_usage_error():
    with pytest.raises(UsageError, match="no such file"):
        push("nope.ttl", "http://127.0.0.1:1/store")
