"""The entity graph as a property graph: networkx, GraphML, GEXF and Neo4j CSV.

RDF keeps everything (facts, their evidence, articles); graph tools such
as Gephi, Cytoscape or Neo4j want only nodes and edges with a few
attributes. :func:`to_networkx` makes that view: one node per entity of a
drawn class (the nodes of the HTML page), one edge per ``kg:`` relation
between two of them. :func:`write_network` writes it in the format a tool
reads.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import networkx as nx
import rdflib

from kg.errors import UsageError
from kg.export.html import _GraphView, _label_in, _local_name, _sorted_pairs, _term_label
from kg.io import atomic_write

__all__ = ["to_networkx", "write_network", "NETWORK_FORMATS"]

# Format name -> what is written at ``path``.
NETWORK_FORMATS = {
    "graphml": "one .graphml file (Cytoscape, yEd, networkx)",
    "gexf": "one .gexf file (Gephi)",
    "csv": "a folder with nodes.csv and edges.csv (neo4j-admin import headers)",
}

_NODE_HEADER = ["id:ID", "label", "label_en", "label_ko", "aliases", ":LABEL"]
_EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "label", "predicate"]


def to_networkx(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """Return the entities of ``graph`` and the relations between them as networkx.

    Args:
        graph: a graph in the shape of ``docs/model.md``.

    Returns:
        A :class:`networkx.MultiDiGraph` keyed by entity IRI. Nodes carry
        ``label`` (English, else Korean, else the IRI's last segment),
        ``label_en``, ``label_ko``, ``aliases`` (``"; "``-joined
        ``skos:altLabel`` values) and ``type`` (the ontology class's local
        name, e.g. ``Person``). Edges are keyed by the property's local name
        and carry ``predicate`` (its IRI) and ``label`` (its ``rdfs:label``,
        else its name as words). Every attribute is a string, so every
        format can hold it.

    >>> from rdflib import Graph, Literal, RDF, RDFS, URIRef
    >>> from kg.vocab import KG
    >>> g = Graph()
    >>> a, b = URIRef("https://w3id.org/kg-news/id/entity/a"), URIRef("https://w3id.org/kg-news/id/entity/b")
    >>> for node, cls, name in ((a, KG.Person, "Kim Haneul"), (b, KG.Place, "Brightvale")):
    ...     _ = g.add((node, RDF.type, cls)); _ = g.add((node, RDFS.label, Literal(name, lang="en")))
    >>> _ = g.add((a, KG.visited, b))
    >>> net = to_networkx(g)
    >>> net.nodes[str(a)]["type"], list(net.edges(keys=True, data="label"))[0][2:]
    ('Person', ('visited', 'visited'))
    """
    view = _GraphView(graph)
    node_class = view.node_classes()
    net = nx.MultiDiGraph()
    for node in sorted(node_class, key=str):
        labels = _sorted_pairs(view.labels.get(node, ()))
        aliases = _sorted_pairs(view.aliases.get(node, ()))
        net.add_node(
            str(node),
            label=labels[0][0] if labels else _local_name(node),
            label_en=_label_in(labels, "en") or "",
            label_ko=_label_in(labels, "ko") or "",
            aliases="; ".join(text for text, _ in aliases),
            type=node_class[node],
        )
    property_labels: dict = {}
    for s, p, o in view.edges(node_class):
        if p not in property_labels:
            property_labels[p] = _term_label(graph, p, "en")
        net.add_edge(str(s), str(o), key=_local_name(p), predicate=str(p), label=property_labels[p])
    return net


def write_network(graph: rdflib.Graph, path: str | os.PathLike, fmt: str) -> Path:
    """Write the entity network of ``graph`` as GraphML, GEXF or Neo4j CSV files.

    ``graphml`` and ``gexf`` write one file at ``path``. ``csv`` makes
    ``path`` a folder holding ``nodes.csv`` and ``edges.csv`` with the
    header syntax of ``neo4j-admin database import``::

        nodes.csv  id:ID,label,label_en,label_ko,aliases,:LABEL
        edges.csv  :START_ID,:END_ID,:TYPE,label,predicate

    so ``neo4j-admin database import full --nodes=nodes.csv
    --relationships=edges.csv`` loads them as they are: ``:LABEL`` is the
    node's class (``Person``), ``:TYPE`` the relation in Neo4j's
    upper-case style (``LOCATED_IN``). With ``LOAD CSV WITH HEADERS`` the
    same columns are read as ``row.`id:ID```, ``row.label`` and so on.

    Each file is written atomically (a failure leaves an older file
    whole), the CSV pair one file after the other.

    Args:
        graph: the graph to export; see :func:`to_networkx` for what is kept.
        path: the file (``graphml``, ``gexf``) or folder (``csv``) to write;
            parent folders are created.
        fmt: ``graphml``, ``gexf`` or ``csv``.

    Returns:
        The path written (the folder for ``csv``).

    Raises:
        UsageError: ``fmt`` is not one of :data:`NETWORK_FORMATS`, or
            ``csv`` is asked for and ``path`` is an existing file.

    >>> import tempfile, pathlib
    >>> from rdflib import Graph
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> write_network(Graph(), out / "net", "csv") == out / "net"
    True
    >>> (out / "net" / "nodes.csv").read_text().strip()
    'id:ID,label,label_en,label_ko,aliases,:LABEL'
    >>> write_network(Graph(), out / "g.dot", "dot")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.UsageError: Unknown network format 'dot'. Available: graphml, gexf, csv
    """
    if fmt not in NETWORK_FORMATS:
        raise UsageError(f"Unknown network format {fmt!r}. Available: {', '.join(NETWORK_FORMATS)}")
    target = Path(path)
    if fmt == "csv" and target.is_file():
        raise UsageError(f"{target}: is a file; the csv format writes a folder (nodes.csv, edges.csv) there")
    net = to_networkx(graph)
    if fmt == "graphml":
        return atomic_write(target, "\n".join(nx.generate_graphml(net)) + "\n")
    if fmt == "gexf":
        return atomic_write(target, "\n".join(nx.generate_gexf(net)) + "\n")
    nodes = [
        [node, a["label"], a["label_en"], a["label_ko"], a["aliases"], a["type"]]
        for node, a in net.nodes(data=True)
    ]
    edges = [
        [s, o, _neo4j_type(key), a["label"], a["predicate"]]
        for s, o, key, a in net.edges(keys=True, data=True)
    ]
    atomic_write(target / "nodes.csv", _csv_text(_NODE_HEADER, nodes))
    atomic_write(target / "edges.csv", _csv_text(_EDGE_HEADER, edges))
    return target


def _neo4j_type(name: str) -> str:
    """Return a property's local name in Neo4j's relationship-type style.

    >>> _neo4j_type("locatedIn")
    'LOCATED_IN'
    """
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
