"""The SPARQL endpoint, spoken to by standard clients over loopback."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.serve import make_server
from tests.conftest import DATA

GRAPH = DATA / "mini-graph.ttl"
TOKEN = "s3cret-token-for-tests"
PERSONS = "SELECT ?p ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
# A few million joined rows with a string test on each: about a second or more.
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
        "FILTER (CONTAINS(CONCAT(STR(?c), STR(?f), STR(?i)), 'zzzz')) }")


def expected_names() -> list[str]:
    """The person labels of the test graph, as rdflib answers PERSONS on the file."""
    import kg

    names = [str(row[1]) for row in kg.query(str(GRAPH), PERSONS).rows]
    assert len(names) >= 2
    return names


@contextlib.contextmanager
def running(source=GRAPH, **options):
    """A server on a free loopback port, serving in a thread; yields its /sparql URL."""
    server = make_server(source, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.url + "/sparql"
    finally:
        server.shutdown()
        server.close()
        thread.join(5)


@pytest.fixture(scope="module")
def endpoint():
    with running() as url:
        yield url


def http(url, *, data=None, headers=None, method=None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def get(endpoint, query, **headers):
    return http(endpoint + "?" + urllib.parse.urlencode({"query": query}), headers=headers)


# -- standard clients ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml", "csv"])
def test_sparqlwrapper_select(endpoint, fmt):
    from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(PERSONS)  # kg: and rdfs: need no PREFIX on this endpoint
    client.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV}[fmt])
    result = client.query().convert()
    if fmt == "json":
        names = [b["name"]["value"] for b in result["results"]["bindings"]]
    elif fmt == "xml":
        names = [n.firstChild.data for b in result.getElementsByTagName("binding") if b.getAttribute("name") == "name"
                 for n in b.getElementsByTagName("literal")]
    else:
        names = [row["name"] for row in csv.DictReader(io.StringIO(result.decode("utf-8")))]
    assert names == expected_names()


def test_sparqlwrapper_construct_turtle(endpoint):
    from SPARQLWrapper import TURTLE, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery("CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }")
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    expected = rdflib.Graph().parse(GRAPH)
    person = rdflib.URIRef("https://w3id.org/kg-news/ontology#Person")
    assert set(graph) == set(expected.triples((None, rdflib.RDF.type, person))) and len(graph) == 2


def test_sparqlwrapper_ask(endpoint):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery("ASK { ?p a kg:Person }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_rdflib_sparqlstore(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = rdflib.Graph(store=SPARQLStore(endpoint))
    rows = list(remote.query("SELECT ?name WHERE { ?p a <https://w3id.org/kg-news/ontology#Person> ; "
                             "<http://www.w3.org/2000/01/rdf-schema#label> ?name }"))
    assert sorted(str(r[0]) for r in rows) == sorted(expected_names())
    local = rdflib.Graph().parse(GRAPH)
    everything = remote.query("CONSTRUCT WHERE { ?s ?p ?o }").graph
    assert isomorphic(everything, local)


# -- protocol ---------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_three_ways_to_send_a_query(endpoint, how):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Person }"
    if how == "get":
        status, headers, body = get(endpoint, query)
    elif how == "form":
        status, headers, body = http(endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    else:
        status, headers, body = http(endpoint, data=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"


@pytest.mark.parametrize("accept, media, marker", [
    ("application/sparql-results+json", "application/sparql-results+json", b'"bindings"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
    ("text/csv", "text/csv", b"name\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?name\n"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv", b"name\r\n"),
    ("*/*", "application/sparql-results+json", b'"bindings"'),
])
def test_select_results_by_content_negotiation(endpoint, accept, media, marker):
    status, headers, body = get(endpoint, "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }", Accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(media) and marker in body


@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt"),
    ("application/rdf+xml", "xml"),
])
def test_construct_results_by_content_negotiation(endpoint, accept, fmt):
    status, headers, body = get(endpoint, "CONSTRUCT WHERE { ?s rdfs:label ?o }", Accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    got = rdflib.Graph().parse(data=body.decode("utf-8"), format=fmt)
    local = rdflib.Graph().parse(GRAPH)
    assert set(got) == set(local.triples((None, rdflib.RDFS.label, None)))


def test_format_parameter_overrides_accept(endpoint):
    status, headers, _ = http(endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}", "format": "xml"}),
                              headers={"Accept": "application/json"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")


def test_explorer_page_is_served(endpoint):
    status, headers, body = http(endpoint.rsplit("/", 1)[0] + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Jun Arlo" in body or b"No graph drawing" in body


@pytest.mark.parametrize("request_kwargs, status, message", [
    ({"query": "SELECT * WHERE { ?s ?p }"}, 400, b"Malformed SPARQL"),
    ({"query": "ASK {}", "accept": "image/png"}, 406, b"Available types"),
    ({"params": {}}, 400, b"exactly one 'query'"),
    ({"path": "/nope"}, 404, b"/sparql"),
    ({"post": b"x", "content_type": "text/plain"}, 415, b"application/sparql-query"),
    ({"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}, 403, b"SERVICE is not allowed"),
    ({"query": "select * { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }"}, 403, b"SERVICE is not allowed"),
])
def test_errors_say_what_went_wrong(endpoint, request_kwargs, status, message):
    base = endpoint.rsplit("/", 1)[0]
    if "path" in request_kwargs:
        got = http(base + request_kwargs["path"])
    elif "post" in request_kwargs:
        got = http(endpoint, data=request_kwargs["post"], headers={"Content-Type": request_kwargs["content_type"]})
    elif "params" in request_kwargs:
        got = http(endpoint)
    else:
        got = get(endpoint, request_kwargs["query"], Accept=request_kwargs.get("accept", "*/*"))
    assert got[0] == status and message in got[2]


def test_queries_cannot_change_the_graph_without_a_token(endpoint):
    update = "INSERT DATA { <urn:x> <urn:p> 1 }"
    status, _, body = http(endpoint, data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body
    assert json.loads(get(endpoint, "ASK { <urn:x> ?p ?o }")[2])["boolean"] is False


# -- updates, limits -------------------------------------------------------------------------


@pytest.fixture
def writable():
    with running(update_token=TOKEN) as url:
        yield url


@pytest.mark.parametrize("authorization, status", [
    (None, 401), ("Bearer wrong-token-value", 403), ("Basic dXNlcjpwYXNz", 401), (f"Bearer {TOKEN}", 204),
])
def test_updates_need_the_bearer_token(writable, authorization, status):
    headers = {"Content-Type": "application/sparql-update"}
    if authorization:
        headers["Authorization"] = authorization
    got = http(writable, data=b"INSERT DATA { <urn:x> <urn:p> 1 }", headers=headers)
    assert got[0] == status
    inserted = json.loads(get(writable, "ASK { <urn:x> <urn:p> 1 }")[2])["boolean"]
    assert inserted == (status == 204)


def test_form_encoded_update_and_load_refused(writable):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-www-form-urlencoded"}
    form = urllib.parse.urlencode({"update": "DELETE WHERE { ?p a kg:Person ; ?x ?y }"}).encode()
    assert http(writable, data=form, headers=auth)[0] == 204
    assert json.loads(get(writable, "ASK { ?p a kg:Person }")[2])["boolean"] is False
    load = urllib.parse.urlencode({"update": "LOAD <http://127.0.0.1:9/data.ttl>"}).encode()
    status, _, body = http(writable, data=load, headers=auth)
    assert status == 403 and b"LOAD is not allowed" in body


def test_slow_queries_get_503_within_the_time_limit():
    with running(timeout=0.3, workers=1) as url:
        began = time.monotonic()
        status, headers, body = get(url, SLOW)
        assert status == 503 and b"time limit of 0.3 s" in body and headers["Retry-After"]
        assert time.monotonic() - began < 2


def test_results_over_the_cap_are_refused_with_advice():
    with running(max_results=10) as url:
        status, _, body = get(url, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 400 and b"more than 10 rows" in body and b"LIMIT" in body
        status, _, body = get(url, "CONSTRUCT WHERE { ?s ?p ?o }")
        assert status == 400 and b"more than 10 triples" in body
        assert get(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200


def test_binds_to_loopback_by_default():
    server = make_server(GRAPH, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.close()


def test_serves_a_store_directory(tmp_path):
    from kg.records import Article, Extraction, Mention
    from kg.store import add_articles, open_store

    art = Article(id="n1", text="Ada Byrne spoke.", lang="en", source="n1.txt", blocks=((0, 16),))
    ada = Mention("n1", 0, 9, "Ada Byrne", "Person", 0.9, "Ada Byrne", "en", "test")
    with open_store(tmp_path / "s") as st:
        add_articles(st, [Extraction(art, (ada,), ())])
    with running(tmp_path / "s") as url:
        body = get(url, "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")[2]
        assert [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["Ada Byrne"]


def load(endpoint: str, clients: int = 16, per_client: int = 25) -> tuple[list[float], list[str]]:
    """Latencies (s) of ``clients`` x ``per_client`` queries sent concurrently, and any failures."""
    queries = [PERSONS, "ASK { ?s kg:visited ?o }", "SELECT ?s ?o WHERE { ?s kg:locatedIn+ ?o }",
               "CONSTRUCT WHERE { ?s rdfs:label ?o }"]
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def client(i: int) -> None:
        for j in range(per_client):
            q = queries[(i + j) % len(queries)]
            began = time.perf_counter()
            status, _, body = get(endpoint, q)
            took = time.perf_counter() - began
            with lock:
                latencies.append(took)
                if status != 200 or not body:
                    failures.append(f"{status}: {body[:100]!r}")

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return latencies, failures


def test_sixteen_concurrent_clients_get_every_answer(endpoint):
    latencies, failures = load(endpoint)
    assert failures == [] and len(latencies) == 16 * 25
