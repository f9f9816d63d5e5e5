"""RDF serialisations of the graph: Turtle (the reference), JSON-LD, TriG.

Every writer serialises in memory first and then replaces the target file
atomically, so a failure never leaves a truncated file behind.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.compare import to_canonical_graph

from kg.graph import PREFIXES
from kg.io import atomic_write

FORMATS = {"turtle": ".ttl", "json-ld": ".jsonld", "trig": ".trig", "nt": ".nt"}


def serialize(graph: Graph, fmt: str) -> str:
    """Serialise a graph as ``turtle``, ``json-ld``, ``trig`` or ``nt``.

    >>> from rdflib import Graph
    >>> serialize(Graph(), "turtle").strip()
    ''
    """
    if fmt not in FORMATS:
        from kg.errors import UsageError

        raise UsageError(f"Unknown RDF format {fmt!r}. Available: {', '.join(FORMATS)}")
    if fmt == "json-ld":
        context = {prefix: ns for prefix, ns in PREFIXES.items()}
        context.update({"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                        "xsd": "http://www.w3.org/2001/XMLSchema#"})
        # Blank nodes (the ontology's owl:unionOf lists) get fresh random ids
        # at every parse; canonical ids keep the file identical across builds.
        if any(isinstance(t, BNode) for triple in graph for t in triple):
            canonical = Graph()
            for triple in to_canonical_graph(graph):
                canonical.add(triple)
            for prefix, ns in graph.namespaces():
                canonical.bind(prefix, ns, override=True)
            graph = canonical
        data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
        return json.dumps(_sorted_jsonld(data), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if fmt == "trig":
        ds = Dataset()
        for prefix, ns in graph.namespaces():
            ds.bind(prefix, ns)
        named = ds.graph(URIRef("https://w3id.org/kg-news/id/graph/default"))
        for t in graph:
            named.add(t)
        return ds.serialize(format="trig")
    return graph.serialize(format=fmt)


def _sorted_jsonld(node, key: str | None = None):
    """JSON-LD with sets in a fixed order (``@list`` arrays keep theirs).

    rdflib emits nodes and multi-valued properties in hash order, which
    changes from run to run; JSON-LD arrays other than ``@list`` are sets.
    """
    if isinstance(node, dict):
        return {k: _sorted_jsonld(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_jsonld(v) for v in node]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Write the graph as Turtle, atomically."""
    return atomic_write(path, serialize(graph, "turtle"))


def write_jsonld(graph: Graph, path: str | Path) -> Path:
    """Write the graph as compacted JSON-LD with the project's prefixes, atomically."""
    return atomic_write(path, serialize(graph, "json-ld"))


def write_trig(graph: Graph, path: str | Path) -> Path:
    """Write the graph as TriG (one named graph), atomically."""
    return atomic_write(path, serialize(graph, "trig"))
