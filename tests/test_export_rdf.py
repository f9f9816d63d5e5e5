"""Every RDF export parses back to the same graph; writes are atomic."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export.rdf import serialize, write_turtle
from tests.test_graph import resolution
from kg.graph import build_graph


@pytest.fixture(scope="module")
def graph():
    return build_graph(resolution(published="2026-04-02"))


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("json-ld", "json-ld"), ("nt", "nt")])
def test_round_trip_is_isomorphic(graph, fmt, parse_as):
    back = Graph().parse(data=serialize(graph, fmt), format=parse_as)
    assert isomorphic(graph, back)


def test_trig_round_trip_is_isomorphic(graph):
    ds = Dataset()
    ds.parse(data=serialize(graph, "trig"), format="trig")
    back = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        back.add((s, p, o))
    assert isomorphic(graph, back)


def test_failed_write_keeps_the_old_file(graph, tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("old content")

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.io.os.replace", boom)
    with pytest.raises(RuntimeError):
        write_turtle(graph, target)
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_unknown_format_is_a_usage_error(graph):
    from kg.errors import UsageError

    with pytest.raises(UsageError, match="Available: turtle"):
        serialize(graph, "yaml")
