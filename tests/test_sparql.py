"""Named competency queries, ad-hoc SPARQL and the three output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import QueryError, UsageError
from kg.sparql import (
    QueryResult,
    compact,
    format_result,
    load_named,
    named_queries,
    read_graph,
    run_query,
)
from kg.vocab import KG

MINI = Path(__file__).parent / "data" / "mini-graph.ttl"
ID = "https://w3id.org/kg-news/id/"

EXPECTED_NAMES = {"places-visited", "founders", "located-in", "evidence", "labels"}


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return read_graph(MINI)


def _rows(graph, name):
    result = run_query(graph, load_named(name).text)
    return [tuple(None if v is None else str(v) for v in row) for row in result.rows], result


def test_named_queries_are_the_competency_questions():
    queries = named_queries()
    assert EXPECTED_NAMES <= set(queries)
    for q in queries.values():
        assert q.description and not q.description.startswith("#"), q.name
        assert "\n" not in q.description
        assert q.path.name == f"{q.name}.rq"


def test_unknown_named_query_lists_available_names():
    with pytest.raises(QueryError) as err:
        load_named("place-visited")
    message = str(err.value)
    assert "'place-visited'" in message
    for name in EXPECTED_NAMES:
        assert name in message


def test_places_visited(graph):
    rows, result = _rows(graph, "places-visited")
    assert result.vars == ["person", "place", "placeType"]
    assert rows == [
        ("Jun Arlo", "Fernvale Glass Museum", str(KG.Facility)),
        # Lantern District has only a Korean name: the English preference falls back.
        ("Petra Quill", "랜턴구", str(KG.Place)),
    ]


def test_places_visited_counts_visit_events(graph):
    g = rdflib.Graph()
    g += graph
    # Drop the direct triple: the kg:Visit event alone still answers.
    g.remove((URIRef(ID + "entity/jun-arlo-0f1e2d3c"), KG.visited, None))
    rows, _ = _rows(g, "places-visited")
    assert ("Jun Arlo", "Fernvale Glass Museum", str(KG.Facility)) in rows


def test_founders(graph):
    rows, result = _rows(graph, "founders")
    assert result.vars == ["founded", "foundedType", "founder", "founderType", "established"]
    assert rows == [("Fernvale Glass Museum", str(KG.Facility), "Orrin Foundation", str(KG.Organization), "1998")]


def test_located_in_follows_chains(graph):
    rows, result = _rows(graph, "located-in")
    assert result.vars == ["thing", "place", "depth"]
    assert set(rows) == {
        ("Fernvale Glass Museum", "Willow Street", "1"),
        ("Fernvale Glass Museum", "랜턴구", "2"),
        ("Fernvale Glass Museum", "Fernvale", "3"),
        ("Willow Street", "랜턴구", "1"),
        ("Willow Street", "Fernvale", "2"),
        ("랜턴구", "Fernvale", "1"),
    }


def test_evidence(graph):
    rows, result = _rows(graph, "evidence")
    assert result.vars == ["subject", "predicate", "object", "headline", "source", "sentence"]
    assert len(rows) == 8  # one per provenance record
    assert (
        "Jun Arlo",
        str(KG.visited),
        "Fernvale Glass Museum",
        "Museum welcomes first visitors",
        "news/en-1.txt",
        "Jun Arlo visited the Fernvale Glass Museum on Monday.",
    ) in rows
    # A literal-valued fact shows its value as the object.
    assert any(r[1] == str(KG.establishedDate) and r[2] == "1998" for r in rows)
    # Korean evidence keeps its language tag.
    ko = [v for row in result.rows for v in row if isinstance(v, Literal) and v.language == "ko"]
    assert ko


def test_labels(graph):
    rows, result = _rows(graph, "labels")
    assert result.vars == ["entity", "name", "type", "names"]
    by_entity = {r[0]: r for r in rows}
    jun = by_entity[ID + "entity/jun-arlo-0f1e2d3c"]
    assert jun[1] == "Jun Arlo"
    assert jun[2] == str(KG.Person)
    assert set(jun[3].split(" | ")) == {"Jun Arlo@en", "준 아를로@ko", "Mr Arlo@en"}
    assert by_entity[ID + "entity/lantern-district-2c3d4e5f"][1] == "랜턴구"
    assert len(rows) == 9  # 7 named entities, 1 office, 1 visit


@pytest.mark.parametrize("name", sorted(EXPECTED_NAMES))
def test_named_query_runs_the_same_in_pyoxigraph(graph, name):
    ox = pytest.importorskip("pyoxigraph")
    store = ox.Store()
    store.load(MINI.read_bytes(), format=ox.RdfFormat.TURTLE)
    ox_rows = {tuple(None if v is None else v.value for v in sol) for sol in store.query(load_named(name).text)}
    rdflib_rows, _ = _rows(graph, name)
    if name == "labels":  # GROUP_CONCAT order is unspecified: compare name sets
        def norm(rows):
            return {r[:3] + (frozenset(r[3].split(" | ")),) for r in rows}
        assert norm(ox_rows) == norm(rdflib_rows)
    else:
        assert ox_rows == set(rdflib_rows)


# --- ad-hoc queries ---------------------------------------------------------------


def test_default_prefixes_need_no_declaration(graph):
    result = run_query(graph, "SELECT ?p WHERE { ?p kg:holdsOffice ?o }")
    assert result.rows == [(URIRef(ID + "entity/petra-quill-4b5a6978"),)]


def test_ask_and_construct(graph):
    assert run_query(graph, "ASK { ?s kg:locatedIn ?o }").boolean is True
    built = run_query(graph, "CONSTRUCT { ?o kg:hosts ?s } WHERE { ?s kg:locatedIn ?o }")
    assert built.kind == "graph" and len(built.graph) == 3


@pytest.mark.parametrize(
    "sparql",
    ["SELECT ?s WHERE { ?s ?p }", "SELEKT * WHERE { ?s ?p ?o }", "SELECT ?s WHERE { ?s nope:x ?o }"],
)
def test_malformed_query_raises_query_error(graph, sparql):
    with pytest.raises(QueryError, match="Malformed SPARQL"):
        run_query(graph, sparql)


# --- formats --------------------------------------------------------------------------


def test_json_is_sparql_results_json(graph):
    result = run_query(graph, load_named("places-visited").text)
    doc = json.loads(format_result(result, "json"))
    assert doc["head"]["vars"] == result.vars
    first = doc["results"]["bindings"][0]
    assert first["person"] == {"type": "literal", "value": "Jun Arlo", "xml:lang": "en"}
    assert first["placeType"] == {"type": "uri", "value": str(KG.Facility)}
    assert len(doc["results"]["bindings"]) == len(result.rows)


def test_json_omits_unbound_and_types_literals():
    result = QueryResult(kind="select", vars=["a", "b"], rows=[(Literal(3), None)])
    doc = json.loads(format_result(result, "json"))
    assert doc["results"]["bindings"] == [
        {"a": {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}
    ]


def test_json_ask(graph):
    assert json.loads(format_result(run_query(graph, "ASK { ?s kg:visited ?o }"), "json")) == {"head": {}, "boolean": True}


def test_csv_parses_back(graph):
    result = run_query(graph, load_named("evidence").text)
    text = format_result(result, "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == result.vars
    assert len(rows) == 1 + len(result.rows)
    # IRIs in full, literals as their text (commas inside are quoted).
    assert rows[1][1] == str(KG.establishedBy)
    assert rows[1][5] == "The museum, on Willow Street, was established by the Orrin Foundation in 1998."


def test_table_is_aligned_and_compact(graph):
    text = format_result(run_query(graph, load_named("places-visited").text), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["person", "place", "placeType"]
    assert "kg:Facility" in text and str(KG.Facility) not in text
    assert lines[-1] == "(2 rows)"
    # Column starts line up even with Hangul (two cells wide) in a row.
    header_col = lines[0].index("placeType")
    assert lines[2].index("kg:Facility") == header_col
    korean_row = lines[3]
    before = korean_row[: korean_row.index("kg:Place")]
    width = sum(2 if "\uac00" <= ch <= "\ud7a3" else 1 for ch in before)
    assert width == header_col


def test_graph_results_format(graph):
    built = run_query(graph, "CONSTRUCT { ?s kg:locatedIn ?o } WHERE { ?s kg:locatedIn ?o }")
    assert len(rdflib.Graph().parse(data=format_result(built, "table"), format="turtle")) == 3
    assert len(rdflib.Graph().parse(data=format_result(built, "json"), format="json-ld")) == 3
    with pytest.raises(UsageError, match="CSV"):
        format_result(built, "csv")


def test_unknown_format_lists_formats(graph):
    with pytest.raises(UsageError, match="table, csv, json"):
        format_result(run_query(graph, "ASK {}"), "xml")


def test_compact():
    assert compact(URIRef(ID + "entity/x")) == "id:entity/x"
    assert compact(KG.Place) == "kg:Place"
    assert compact(None) == ""


# --- reading graphs ----------------------------------------------------------------------


@pytest.mark.parametrize(("suffix", "fmt"), [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld"), (".rdf", "xml"), (".trig", "trig"), (".nq", "nquads")])
def test_read_graph_by_extension(tmp_path, graph, suffix, fmt):
    path = tmp_path / f"g{suffix}"
    if fmt in ("trig", "nquads"):
        ds = rdflib.Dataset()
        named = ds.graph(URIRef("urn:graph:1"))
        named += graph
        ds.serialize(path, format=fmt)
    else:
        graph.serialize(path, format=fmt, encoding="utf-8")
    assert isomorphic(read_graph(path), graph)


def test_read_graph_errors(tmp_path):
    with pytest.raises(QueryError, match="no such file"):
        read_graph(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(QueryError, match=r"bad\.ttl: not valid turtle"):
        read_graph(bad)
    with pytest.raises(QueryError, match=r"Known extensions: .*\.ttl"):
        read_graph(tmp_path / "graph.csv")


def test_named_query_pages(tmp_path):
    from kg.sparql import load_named, page

    q = load_named("labels")
    assert page(q) == q.text
    text = page(q, limit=7, offset=3)
    assert "LIMIT 7 OFFSET 3" in text and "LIMIT 100" not in text
