"""Render a knowledge graph as one self-contained, offline HTML page.

The page is a `vis-network <https://visjs.github.io/vis-network/>`_ view
built with :class:`pyvis.network.Network`. pyvis' own template links
Bootstrap and vis-network's stylesheet from CDNs even with
``cdn_resources="in_line"``, so only pyvis' data model is used here: the
page comes from this module's template, which inlines vis-network's
JavaScript and CSS as read from the pyvis package. The result opens from a
``file://`` URL with no network at all.

Text from articles (labels, aliases, evidence sentences, headlines) is
never markup: the graph data is embedded as JSON with ``<``, ``>`` and
``&`` written as ``\\u003c``-style escapes (so no ``</script>`` can close
the data block), and tooltips are plain strings, which vis-network shows
through ``innerText``. Everything else is HTML-escaped by Jinja2.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import networkx as nx
import rdflib
from jinja2 import Environment
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.io import atomic_write
from kg.vocab import ENTITY_CLASSES, KG, SCHEMA

__all__ = ["render_html", "write_html", "CLASS_STYLES", "PHYSICS_MAX_NODES"]

# Class local name -> (colour, vis-network shape). Colours are Tableau 10,
# which stays distinguishable for most colour-blind readers; shapes differ
# too, so the legend works in greyscale. Order is the legend's order.
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "Facility": ("#76b7b2", "hexagon"),
    "Product": ("#edc948", "diamond"),
    "Event": ("#b07aa1", "circle"),
    "Visit": ("#e15759", "triangleDown"),
    "Meeting": ("#ff9da7", "ellipse"),
    # Shapes that hold their label inside grow with it; a plan's long title
    # would make a huge node, so plans get a small shape with the label below.
    "Plan": ("#9c755f", "star"),
    "Office": ("#bab0ac", "box"),
}

# A node typed both kg:Visit and kg:Event is drawn as the more specific one.
_SPECIFIC_FIRST = ("Visit", "Meeting", "Office", *ENTITY_CLASSES)

# Above this many nodes the browser's physics is too slow to settle; the
# layout is computed here instead and physics is switched off.
PHYSICS_MAX_NODES = 300

# Components up to this size get a spring layout (quadratic in the size of
# the component only); bigger ones get linear BFS rings.
_SPRING_MAX_COMPONENT = 150

# Tooltips list at most this many evidence sentences per node.
MAX_EVIDENCE = 8

_LAYOUT_SEED = 7

_PHYSICS_OPTIONS = {
    "enabled": True,
    "solver": "barnesHut",
    # Strong repulsion, short stiff springs and avoidOverlap keep labels apart.
    "barnesHut": {
        # Enough central gravity to keep unconnected nodes near the rest:
        # the initial fit then zooms in far enough to read the labels.
        "gravitationalConstant": -5000,
        "centralGravity": 1.2,
        "springLength": 120,
        "springConstant": 0.04,
        "damping": 0.4,
        "avoidOverlap": 0.8,
    },
    "minVelocity": 0.75,
    "maxVelocity": 40,
    "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 50, "fit": True},
}

_VIS_DIR = "vis-9.1.2"

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg.export.html">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>
body { font-family: system-ui, sans-serif; margin: 0; color: #222; }
header { padding: 0.6em 1em; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.3em; margin: 0 0 0.2em 0; }
header p { margin: 0.1em 0; font-size: 0.9em; color: #555; }
header ul.sources { margin: 0.1em 0; padding-left: 1.2em; font-size: 0.85em; color: #555; }
#legend { list-style: none; margin: 0.4em 0 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; font-size: 0.9em; }
#legend li { display: flex; align-items: center; gap: 0.35em; }
#kg-network { width: 100%; height: calc(100vh - 9em); min-height: 400px; }
/* Tooltips are plain text with newlines; vis-network's default is one line. */
div.vis-tooltip { white-space: pre-wrap; max-width: 32em; font-family: system-ui, sans-serif; font-size: 13px; }
</style>
</head>
<body>
<header>
<h1>{{ title }}</h1>
{% if sources %}<p>Sources:</p>
<ul class="sources">{% for source in sources %}<li>{{ source }}</li>{% endfor %}</ul>
{% endif %}<p>{% if built %}Built {{ built }} · {% endif %}{{ node_count }} nodes · {{ edge_count }} edges</p>
<ul id="legend">{% for item in legend %}
<li data-class="{{ item.name }}"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{{ item.svg }}</svg>{{ item.label }} ({{ item.count }})</li>{% endfor %}
</ul>
</header>
<div id="kg-network"></div>
<script>
{{ vis_js }}
</script>
<script id="kg-data" type="application/json">{{ data }}</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var network = new vis.Network(
    document.getElementById("kg-network"),
    {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)},
    data.options
  );
  // Exposed for tests and for poking at the graph from the console.
  window.kgNetwork = network;
})();
</script>
</body>
</html>
"""


def render_html(
    graph: rdflib.Graph,
    *,
    title: str | None = None,
    sources: Sequence[str] = (),
    built: str | None = None,
) -> str:
    """Return a self-contained HTML page drawing the entities of ``graph``.

    Args:
        graph: a graph in the shape of ``docs/model.md``.
        title: page title and heading; "Knowledge graph" when not given.
        sources: the inputs the graph was built from, listed in the header.
        built: the build date shown in the header. It is passed in rather
            than read from the clock so the same graph gives the same page.

    Returns:
        The page as a string. It needs no network: all JavaScript and CSS
        are inline.

    >>> from rdflib import Graph, Literal, URIRef, RDF, RDFS
    >>> from kg.vocab import KG
    >>> g = Graph()
    >>> a = URIRef("https://w3id.org/kg-news/id/entity/kim-haneul")
    >>> _ = g.add((a, RDF.type, KG.Person))
    >>> _ = g.add((a, RDFS.label, Literal("김하늘", lang="ko")))
    >>> page = render_html(g, title="Demo", built="2026-03-03")
    >>> "<h1>Demo</h1>" in page, "Built 2026-03-03" in page, "https://" in page.split("<script")[0]
    (True, True, False)
    """
    network = _build_network(graph)
    nodes, edges = network.nodes, network.edges
    classes = _class_iris()
    counts: dict[str, int] = defaultdict(int)
    for node in nodes:
        counts[node["group"]] += 1
    legend = [
        {
            "name": name,
            "label": _class_label(graph, classes[name]),
            "count": counts[name],
            "svg": Markup(_legend_svg(*CLASS_STYLES[name])),
        }
        for name in CLASS_STYLES
        if counts[name]
    ]
    vis_css, vis_js = _vis_assets()
    data = {"nodes": nodes, "edges": edges, "options": network.options}
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_TEMPLATE).render(
        title=title or "Knowledge graph",
        sources=list(sources),
        built=built,
        node_count=len(nodes),
        edge_count=len(edges),
        legend=legend,
        vis_css=Markup(vis_css),
        vis_js=Markup(vis_js),
        data=Markup(_script_json(data)),
    )


def write_html(
    graph: rdflib.Graph,
    path: str | os.PathLike,
    *,
    title: str | None = None,
    sources: Sequence[str] = (),
    built: str | None = None,
) -> Path:
    """Write the page of :func:`render_html` to ``path`` atomically.

    The page is rendered in full before anything is written, and then
    replaces ``path`` in one rename, so a failure leaves an older page
    intact.

    Args:
        graph: the graph to draw.
        path: the ``.html`` file to write; parent folders are created.
        title: page title; see :func:`render_html`.
        sources: input names shown in the header.
        built: build date shown in the header.

    Returns:
        The path written.

    >>> import tempfile, pathlib
    >>> from rdflib import Graph
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(Graph(), out, title="Empty") == out
    True
    >>> "<title>Empty</title>" in out.read_text(encoding="utf-8")
    True
    """
    page = render_html(graph, title=title, sources=sources, built=built)
    return atomic_write(path, page)


# --------------------------------------------------------------------------
# Graph -> pyvis network


class _IdList(list):
    """A list with set-speed ``in``.

    pyvis checks ``n_id not in self.node_ids`` on every add_node and
    ``source in self.get_nodes()`` on every add_edge, which is a list scan
    and would make building the network quadratic.
    """

    def __init__(self):
        super().__init__()
        self._members: set = set()

    def append(self, item) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item) -> bool:
        return item in self._members


def _build_network(graph: rdflib.Graph) -> Network:
    """Return a pyvis network holding the nodes, edges and options for ``graph``."""
    node_class = _node_classes(graph)
    order = sorted(node_class, key=str)
    edges = _edges(graph, node_class)
    evidence = _evidence_index(graph, node_class)
    classes = _class_iris()

    # directed=True also stops pyvis scanning every edge for a reverse duplicate.
    network = Network(directed=True, cdn_resources="in_line")
    network.node_ids = _IdList()

    physics = len(order) <= PHYSICS_MAX_NODES
    positions = {} if physics else _positions(order, edges)
    for node in order:
        name = node_class[node]
        shape = CLASS_STYLES[name][1]
        extra = {}
        if not physics:
            x, y = positions[node]
            extra = {"x": x, "y": y}
        network.add_node(
            str(node),
            label=_display_label(graph, node),
            # pyvis drops color= when group= is given; the group option below
            # carries the colour instead.
            shape=shape,
            group=name,
            title=_tooltip(graph, node, _class_label(graph, classes[name]), evidence.get(node, ())),
            **extra,
        )

    # Parallel edges between the same two nodes get different curvature so
    # their labels do not sit on top of each other.
    seen_pairs: dict[frozenset, int] = defaultdict(int)
    edge_labels: dict[URIRef, str] = {}
    for index, (s, p, o) in enumerate(edges):
        if p not in edge_labels:
            edge_labels[p] = _property_label(graph, p)
        pair = frozenset((s, o))
        rank = seen_pairs[pair]
        seen_pairs[pair] += 1
        extra = {}
        if rank:
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * rank, 2)}
        network.add_edge(
            str(s),
            str(o),
            id=f"e{index}",
            label=edge_labels[p],
            title=f"{edge_labels[p]} (kg:{_local_name(p)})",
            predicate=str(p),
            **extra,
        )

    network.options = _options(physics)
    present = sorted({node_class[n] for n in order}, key=list(CLASS_STYLES).index)
    network.options["groups"] = {
        name: {"color": CLASS_STYLES[name][0], "shape": CLASS_STYLES[name][1]} for name in present
    }
    return network


def _options(physics: bool) -> dict:
    """Return the vis-network options for a graph with or without physics."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": _LAYOUT_SEED, "improvedLayout": physics},
        "physics": _PHYSICS_OPTIONS if physics else {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        # drawThreshold 0: labels stay drawn when the whole graph is fitted
        # into the window (vis-network hides text under 5 px by default).
        "nodes": {"size": 16, "font": {"size": 16, "face": "system-ui, sans-serif"}, "borderWidth": 1,
                  "scaling": {"label": {"drawThreshold": 0}}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"color": "#9a9a9a", "highlight": "#444", "hover": "#444"},
            "font": {"size": 11, "align": "middle", "color": "#555", "strokeWidth": 3},
            "width": 1.2,
            # Dynamic curves need physics; without it straight lines draw fastest.
            "smooth": {"enabled": True, "type": "dynamic"} if physics else False,
        },
    }


@lru_cache(maxsize=1)
def _class_iris() -> dict[str, URIRef]:
    """Return the drawn class local names mapped to their IRIs."""
    return {name: KG[name] for name in CLASS_STYLES}


def _node_classes(graph: rdflib.Graph) -> dict[URIRef, str]:
    """Return each node of ``graph`` mapped to the class it is drawn as."""
    by_iri = {iri: name for name, iri in _class_iris().items()}
    types: dict[URIRef, set[str]] = defaultdict(set)
    for subject, cls in graph.subject_objects(RDF.type):
        if cls in by_iri and isinstance(subject, URIRef):
            types[subject].add(by_iri[cls])
    return {
        node: next(name for name in _SPECIFIC_FIRST if name in names)
        for node, names in types.items()
    }


def _edges(graph: rdflib.Graph, nodes: dict) -> list[tuple[URIRef, URIRef, URIRef]]:
    """Return the ``kg:`` triples linking two nodes, sorted."""
    namespace = str(KG._NS)
    found = [
        (s, p, o)
        for s in nodes
        for p, o in graph.predicate_objects(s)
        if o in nodes and str(p).startswith(namespace)
    ]
    return sorted(found, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))


# --------------------------------------------------------------------------
# Labels and tooltips


def _labels(graph: rdflib.Graph, node, predicate=RDFS.label) -> list[tuple[str, str | None]]:
    """Return ``(text, lang)`` pairs, English first, then by language and text."""
    pairs = {(str(o), o.language) for o in graph.objects(node, predicate) if isinstance(o, Literal)}
    return sorted(pairs, key=lambda p: (p[1] != "en", p[1] is None, p[1] or "", p[0]))


def _display_label(graph: rdflib.Graph, node) -> str:
    """Return the English label, else the first label, else the IRI's last segment."""
    labels = _labels(graph, node)
    return labels[0][0] if labels else _local_name(node)


def _class_label(graph: rdflib.Graph, cls: URIRef) -> str:
    """Return a class's English label from the graph, else its local name."""
    for text, lang in _labels(graph, cls):
        if lang in ("en", None):
            return text
    return _local_name(cls)


def _property_label(graph: rdflib.Graph, prop: URIRef) -> str:
    """Return a property's English label, else its local name split into words.

    >>> _property_label(rdflib.Graph(), KG.locatedIn)
    'located in'
    """
    for text, lang in _labels(graph, prop):
        if lang in ("en", None):
            return text
    return _split_camel(_local_name(prop))


def _split_camel(name: str) -> str:
    """Return ``name`` with camelCase humps as lower-case words.

    >>> _split_camel("areaSquareMetres")
    'area square metres'
    """
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _local_name(iri) -> str:
    """Return the part of an IRI after its last ``#`` or ``/``."""
    text = str(iri)
    return re.split(r"[#/]", text.rstrip("/#"))[-1] or text


def _format_labels(pairs: Sequence[tuple[str, str | None]]) -> str:
    return " / ".join(f"{text} ({lang})" if lang else text for text, lang in pairs)


def _article_name(graph: rdflib.Graph, article) -> str:
    """Return a reader-facing name for an article: headline and source path."""
    headline = next(iter(_labels(graph, article, SCHEMA.headline)), None)
    path = graph.value(article, KG.sourcePath)
    if headline and path:
        return f"{headline[0]} ({path})"
    if headline or path:
        return str(headline[0] if headline else path)
    return str(article)


def _evidence_index(graph: rdflib.Graph, nodes: dict) -> dict[URIRef, list[tuple[str, str]]]:
    """Return, per node, the sorted ``(sentence, article)`` evidence of facts touching it."""
    articles: dict = {}
    found: dict[URIRef, set[tuple[str, str]]] = defaultdict(set)
    for statement in graph.subjects(RDF.type, RDF.Statement):
        ends = [
            n
            for n in (graph.value(statement, RDF.subject), graph.value(statement, RDF.object))
            if n in nodes
        ]
        if not ends:
            continue
        sources = []
        for article in graph.objects(statement, PROV.wasDerivedFrom):
            if article not in articles:
                articles[article] = _article_name(graph, article)
            sources.append(articles[article])
        for sentence in graph.objects(statement, KG.evidence):
            for source in sources or [""]:
                for node in ends:
                    found[node].add((str(sentence), source))
    return {node: sorted(pairs) for node, pairs in found.items()}


def _tooltip(graph: rdflib.Graph, node, type_label: str, evidence: Sequence[tuple[str, str]]) -> str:
    """Return the plain-text tooltip of a node (shown via innerText, never as HTML)."""
    labels = _labels(graph, node)
    lines = [_format_labels(labels) if labels else _local_name(node), f"Type: {type_label}"]
    aliases = _labels(graph, node, SKOS.altLabel)
    if aliases:
        lines.append("Also known as: " + ", ".join(_format_labels([a]) for a in aliases))
    dates = sorted({str(d) for p in (SCHEMA.startDate, KG.dateText) for d in graph.objects(node, p)})
    if dates:
        lines.append("Date: " + ", ".join(dates))
    if evidence:
        lines.append("Evidence:")
        for sentence, source in evidence[:MAX_EVIDENCE]:
            lines.append(f"• “{sentence}”" + (f" — {source}" if source else ""))
        if len(evidence) > MAX_EVIDENCE:
            lines.append(f"… and {len(evidence) - MAX_EVIDENCE} more")
    else:
        sources = sorted(_article_name(graph, a) for a in graph.objects(node, PROV.wasDerivedFrom))
        if sources:
            lines.append("From: " + "; ".join(sources))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Layout for graphs too big for in-browser physics


def _positions(order: Sequence[URIRef], edges: Sequence[tuple]) -> dict[URIRef, tuple[int, int]]:
    """Return fixed ``(x, y)`` canvas positions, packing components in rows.

    Each connected component is laid out on its own (spring layout when
    small, BFS rings around its best-connected node when large), so the
    cost is linear in the number of nodes for a bounded component size
    and never quadratic in the whole graph.
    """
    g = nx.Graph()
    g.add_nodes_from(order)
    g.add_edges_from((s, o) for s, _, o in edges if s != o)
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(g)),
        key=lambda c: (-len(c), str(c[0])),
    )
    spacing = 90.0
    row_width = spacing * 4 * max(1.0, len(order) ** 0.5)
    positions: dict[URIRef, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for component in components:
        radius = spacing * 0.6 * len(component) ** 0.5
        local = _component_layout(g.subgraph(component), component, radius)
        if x and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + spacing, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(x + radius + px), round(y + radius + py))
        x += 2 * radius + spacing
        row_height = max(row_height, 2 * radius)
    return positions


def _component_layout(sub: nx.Graph, component: Sequence, radius: float) -> dict:
    """Return positions within ``[-radius, radius]`` for one connected component."""
    if len(component) == 1:
        return {component[0]: (0.0, 0.0)}
    if len(component) <= _SPRING_MAX_COMPONENT:
        # Rebuild in sorted order: spring_layout's result depends on node order.
        ordered = nx.Graph()
        ordered.add_nodes_from(component)
        ordered.add_edges_from(sorted(sub.edges(), key=lambda e: (str(e[0]), str(e[1]))))
        layout = nx.spring_layout(ordered, seed=_LAYOUT_SEED, scale=radius)
        return {n: (float(p[0]), float(p[1])) for n, p in layout.items()}
    hub = max(component, key=lambda n: (sub.degree(n), -component.index(n)))
    rings = [sorted(layer, key=str) for layer in nx.bfs_layers(sub, [hub])]
    layout = nx.shell_layout(sub, nlist=rings, scale=radius)
    return {n: (float(p[0]), float(p[1])) for n, p in layout.items()}


# --------------------------------------------------------------------------
# Page assets


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """Return vis-network's CSS and minified JS (with its licence header) from pyvis."""
    import pyvis

    folder = Path(pyvis.__file__).parent / "lib" / _VIS_DIR
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    # The map file is not shipped in the page; without this comment, opening
    # the browser's devtools would try to fetch it.
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)
    return css, js


def _script_json(data) -> str:
    """Return ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes, so no ``</script>`` or
    ``<!--`` can appear; U+2028/U+2029 are escaped for older JS parsers.

    >>> _script_json({"a": "</script><b>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _legend_svg(colour: str, shape: str) -> str:
    """Return SVG markup (16x16) approximating a vis-network node shape."""
    fill = f'fill="{colour}" stroke="#555" stroke-width="0.8"'
    shapes = {
        "dot": f'<circle cx="8" cy="8" r="6" {fill}/>',
        "square": f'<rect x="2" y="2" width="12" height="12" {fill}/>',
        "triangle": f'<polygon points="8,1.5 14.5,14 1.5,14" {fill}/>',
        "triangleDown": f'<polygon points="1.5,2 14.5,2 8,14.5" {fill}/>',
        "diamond": f'<polygon points="8,1 15,8 8,15 1,8" {fill}/>',
        "hexagon": f'<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" {fill}/>',
        "star": f'<polygon points="8,0.8 10,5.8 15.4,6 11.2,9.4 12.6,14.8 8,11.8 3.4,14.8 4.8,9.4 0.6,6 6,5.8" {fill}/>',
        "ellipse": f'<ellipse cx="8" cy="8" rx="7" ry="4.5" {fill}/>',
        "circle": f'<circle cx="8" cy="8" r="6.5" {fill}/><circle cx="8" cy="8" r="3" fill="#fff"/>',
        "database": f'<path d="M2,4 v8 a6,2.5 0 0 0 12,0 v-8 a6,2.5 0 0 0 -12,0 a6,2.5 0 0 0 12,0" {fill}/>',
        "box": f'<rect x="1" y="4" width="14" height="8" rx="2" {fill}/>',
    }
    return shapes[shape]
