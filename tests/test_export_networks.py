"""Tests for kg.export.networks: the entity graph for networkx, Gephi, Cytoscape and Neo4j."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib import Namespace

from kg.errors import KGError, UsageError
from kg.export.networks import NETWORK_FORMATS, to_networkx, write_network
from kg.vocab import KG
from tests.conftest import assert_failed_write_keeps_old_file

DATA = Path(__file__).parent / "data"
ID = Namespace("https://w3id.org/kg-news/id/")


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(DATA / "html-graph.ttl")


def test_to_networkx_has_the_entities_and_their_relations(graph):
    net = to_networkx(graph)
    assert isinstance(net, nx.MultiDiGraph)
    # The same 7 nodes and 7 edges as the HTML page; no facts or articles.
    assert net.number_of_nodes() == 7 and net.number_of_edges() == 7
    kim = net.nodes[str(ID["entity/kim-haneul"])]
    assert kim == {"label": "Kim Haneul", "label_en": "Kim Haneul", "label_ko": "김하늘",
                   "aliases": "Governor Kim; 김 지사", "type": "Person"}
    assert net.nodes[str(ID["event/visit-1"])]["type"] == "Visit"
    edge = net.get_edge_data(str(ID["entity/kim-haneul"]), str(ID["entity/pinecone-observatory"]))
    assert edge == {"visited": {"predicate": str(KG.visited), "label": "visited"}}


def test_graphml_reads_back_with_the_same_nodes_edges_and_attributes(tmp_path, graph):
    out = write_network(graph, tmp_path / "g.graphml", "graphml")
    back = nx.read_graphml(out, force_multigraph=True)
    net = to_networkx(graph)
    assert dict(back.nodes(data=True)) == dict(net.nodes(data=True))
    assert sorted((s, o, k) for s, o, k in back.edges(keys=True)) == sorted(net.edges(keys=True))


def test_gexf_reads_back_with_the_same_nodes_and_edges(tmp_path, graph):
    out = write_network(graph, tmp_path / "g.gexf", "gexf")
    back = nx.read_gexf(out)
    assert set(back.nodes) == set(to_networkx(graph).nodes)
    assert back.number_of_edges() == 7
    assert back.nodes[str(ID["entity/kim-haneul"])]["label"] == "Kim Haneul"


def test_csv_has_neo4j_import_headers_and_every_row(tmp_path, graph):
    out = write_network(graph, tmp_path / "neo4j", "csv")
    with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with open(out / "edges.csv", encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert list(nodes[0]) == ["id:ID", "label", "label_en", "label_ko", "aliases", ":LABEL"]
    assert list(edges[0]) == [":START_ID", ":END_ID", ":TYPE", "label", "predicate"]
    assert len(nodes) == 7 and len(edges) == 7
    ids = {n["id:ID"] for n in nodes}
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    assert {e[":TYPE"] for e in edges} >= {"LOCATED_IN", "MET_WITH", "HOLDS_OFFICE", "VISITED_PLACE"}
    kim = next(n for n in nodes if n["id:ID"] == str(ID["entity/kim-haneul"]))
    assert (kim["label_ko"], kim[":LABEL"]) == ("김하늘", "Person")


def test_csv_quotes_commas_and_quotes_in_names(tmp_path):
    g = rdflib.Graph()
    node = ID["entity/q"]
    g.add((node, rdflib.RDF.type, KG.Organization))
    g.add((node, rdflib.RDFS.label, rdflib.Literal('Lumen, "Works"\nLtd', lang="en")))
    out = write_network(g, tmp_path / "neo4j", "csv")
    with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.DictReader(fh))["label"] == 'Lumen, "Works"\nLtd'


@pytest.mark.parametrize("fmt", ["dot", "GraphML", "", "ttl"])
def test_unknown_format_names_it_and_the_valid_ones(tmp_path, graph, fmt):
    with pytest.raises(UsageError) as info:
        write_network(graph, tmp_path / "out", fmt)
    assert repr(fmt) in str(info.value)
    assert all(name in str(info.value) for name in NETWORK_FORMATS)
    assert isinstance(info.value, KGError) and info.value.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_csv_onto_an_existing_file_is_a_usage_error(tmp_path, graph):
    target = tmp_path / "net"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="is a file"):
        write_network(graph, target, "csv")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_failed_write_leaves_old_file_intact(tmp_path, graph, monkeypatch):
    assert_failed_write_keeps_old_file(tmp_path, monkeypatch, "g.graphml",
                                       lambda target: write_network(graph, target, "graphml"))


def test_output_is_deterministic(tmp_path, graph):
    shuffled = rdflib.Graph()
    for triple in sorted(graph, reverse=True):
        shuffled.add(triple)
    for fmt in ("graphml", "gexf"):
        a = write_network(graph, tmp_path / f"a.{fmt}", fmt).read_bytes()
        b = write_network(shuffled, tmp_path / f"b.{fmt}", fmt).read_bytes()
        assert a == b
