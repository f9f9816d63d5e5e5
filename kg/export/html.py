"""Render a knowledge graph as one self-contained, offline, interactive HTML page.

The page draws the graph's entities with `vis-network
<https://visjs.github.io/vis-network/>`_, whose JavaScript and CSS are read
from the pyvis package and inlined, so the page opens from a ``file://``
URL with no network at all. The node and edge lists are built here
directly from the RDF graph (not through pyvis' ``from_nx``), and so is the
layout: the browser only draws, which keeps a page of thousands of nodes
responsive and the output byte-for-byte deterministic.

What the reader gets:

* nodes coloured and shaped by ontology class, with a legend that doubles
  as a type filter; node size grows with degree; edges labelled with the
  property's label, and a relation filter;
* a search box matching every ``rdfs:label`` and ``skos:altLabel``, English
  or Korean; an English/Korean switch for the labels;
* a click on a node highlights its neighbourhood and opens a side panel
  with its labels, type, aliases, facts with their evidence sentences,
  and the articles they come from;
* above :data:`DEFAULT_MAX_NODES` nodes (configurable) only the best
  connected part is drawn, and the header says how much was left out.

Text from articles (labels, aliases, evidence sentences, headlines) is
never markup: the data is embedded as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
written as ``\\u003c``-style escapes, so no ``</script>`` or ``<!--`` can
end it; the page's script puts text into the DOM only through
``textContent``; tooltips are plain strings, which vis-network shows
through ``innerText``; everything else is HTML-escaped by Jinja2.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np
import rdflib
from jinja2 import Environment
from markupsafe import Markup
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.errors import UsageError
from kg.io import atomic_write
from kg.vocab import ENTITY_CLASSES, KG, SCHEMA

__all__ = [
    "render_html",
    "write_html",
    "CLASS_STYLES",
    "DEFAULT_MAX_NODES",
    "SMALL_GRAPH_MAX_NODES",
]

# Class local name -> (colour, vis-network shape). Colours are Tableau 10,
# which stays distinguishable for most colour-blind readers; shapes differ
# too, so the legend works in greyscale. Order is the legend's order.
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "Facility": ("#76b7b2", "hexagon"),
    "Product": ("#edc948", "diamond"),
    # ellipse, database and box hold their label inside and grow with it;
    # the layout below sizes their boxes accordingly.
    "Event": ("#b07aa1", "ellipse"),
    "Visit": ("#e15759", "triangleDown"),
    "Meeting": ("#ff9da7", "database"),
    "Plan": ("#9c755f", "star"),
    "Office": ("#bab0ac", "box"),
}

# A node typed both kg:Visit and kg:Event is drawn as the more specific one.
_SPECIFIC_FIRST = ("Visit", "Meeting", "Office", *ENTITY_CLASSES)

# Pages above this many nodes show only the best connected ones.
DEFAULT_MAX_NODES = 2000

# Up to this many nodes every label is always drawn and the layout moves
# nodes apart until no two labels overlap (quadratic, so bounded). Bigger
# graphs get a linear layout and show labels once zoomed in.
SMALL_GRAPH_MAX_NODES = 300

# Components up to this size get a spring layout in a small graph.
_SPRING_MAX_COMPONENT = 150

# Tooltips list at most this many evidence sentences; the panel lists all.
MAX_EVIDENCE = 3

# Display labels are cut at this many characters (the panel has the full
# text) and wrapped onto two lines when longer than _WRAP_AT.
_LABEL_MAX = 40
_WRAP_AT = 20

_LAYOUT_SEED = 7
_FONT_SIZE = 14
_EDGE_LENGTH = 110.0
# Width / height the layout aims at: a landscape window under the toolbar.
_ASPECT = 1.8
_LABEL_GAP = 6.0
# Overlap removal moves a pair sideways unless that is this many times
# costlier than moving it vertically: labels are wide, the window is too.
_SIDEWAYS = 2.5

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
html, body { height: 100%; margin: 0; }
body { font-family: system-ui, sans-serif; color: #222; display: flex; flex-direction: column; }
header { flex: none; padding: 0.35em 1em 0.25em; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1.2em; }
header h1 { font-size: 1.2em; margin: 0; }
.meta { font-size: 0.88em; color: #555; display: flex; flex-wrap: wrap; gap: 0 1em; align-items: baseline; }
.meta details { display: inline-block; }
.meta summary { cursor: pointer; }
ul.sources { margin: 0.2em 0; padding-left: 1.2em; max-height: 8em; overflow: auto; }
#kg-omitted { margin: 0; flex-basis: 100%; font-size: 0.88em; color: #8a4b00; }
#kg-toolbar { flex: none; display: flex; flex-wrap: wrap; gap: 0.3em 1em; align-items: center; padding: 0.3em 1em; border-bottom: 1px solid #ddd; font-size: 0.86em; position: relative; z-index: 5; }
#kg-toolbar input[type=checkbox] { margin: 0; }
#kg-search-box { position: relative; }
#kg-search { width: 15em; padding: 0.25em 0.4em; font: inherit; }
#kg-results { position: absolute; top: 100%; left: 0; z-index: 10; list-style: none; margin: 2px 0 0; padding: 0; min-width: 22em; max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #bbb; box-shadow: 0 2px 8px rgba(0,0,0,0.15); }
#kg-results:empty { display: none; }
#kg-results button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 0.3em 0.6em; font: inherit; cursor: pointer; }
#kg-results button:hover, #kg-results button:focus { background: #eef3fa; }
#kg-results .kind, #kg-panel .kind { color: #777; font-size: 0.85em; }
#legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2em 0.8em; }
#legend label, #kg-relations label { display: flex; align-items: center; gap: 0.3em; cursor: pointer; white-space: nowrap; }
#kg-relations { position: relative; }
#kg-relations summary { cursor: pointer; }
#kg-relations .menu { position: absolute; top: 100%; left: 0; z-index: 10; background: #fff; border: 1px solid #bbb; padding: 0.4em 0.7em; max-height: 60vh; overflow: auto; box-shadow: 0 2px 8px rgba(0,0,0,0.15); }
main { flex: 1 1 auto; position: relative; min-height: 300px; }
#kg-network { position: absolute; inset: 0; }
#kg-panel { position: absolute; top: 0; right: 0; bottom: 0; width: min(28em, 45%); overflow: auto; background: #fff; border-left: 1px solid #ccc; box-shadow: -2px 0 8px rgba(0,0,0,0.1); padding: 0.6em 1em; box-sizing: border-box; font-size: 0.9em; z-index: 4; }
#kg-panel[hidden] { display: none; }
#kg-panel h2 { font-size: 1.15em; margin: 0.2em 1.5em 0.3em 0; }
#kg-panel h3 { font-size: 0.95em; margin: 0.9em 0 0.3em; color: #444; }
#kg-panel ul { margin: 0; padding-left: 1.1em; }
#kg-panel li { margin: 0.2em 0; }
#kg-panel blockquote { margin: 0.15em 0 0.3em 0; padding-left: 0.6em; border-left: 3px solid #ddd; color: #333; }
#kg-panel .source { color: #777; font-size: 0.85em; }
#kg-panel button.link { border: 0; background: none; padding: 0; color: #1a5fb4; text-decoration: underline; cursor: pointer; font: inherit; }
#kg-close { position: absolute; top: 0.4em; right: 0.6em; border: 0; background: none; font-size: 1.3em; cursor: pointer; }
/* Tooltips are plain text with newlines; vis-network's default is one line. */
div.vis-tooltip { white-space: pre-wrap; max-width: 32em; font-family: system-ui, sans-serif; font-size: 13px; }
</style>
</head>
<body>
<header>
<h1>{{ title }}</h1>
<div class="meta">{% if built %}<span>Built {{ built }}</span>{% endif %}
<span>{{ node_count }} nodes · {{ edge_count }} edges</span>
{% if sources %}<details><summary>{{ sources|length }} input article{{ "" if sources|length == 1 else "s" }}</summary>
<ul class="sources">{% for source in sources %}<li>{{ source }}</li>{% endfor %}</ul></details>{% endif %}
</div>
<label class="meta">Labels <select id="kg-lang" aria-label="Label language"><option value="en">English</option><option value="ko">한국어</option></select></label>
{% if omitted %}<p id="kg-omitted">Showing the {{ node_count }} best connected of {{ total_nodes }} nodes: {{ omitted.nodes }} nodes and {{ omitted.edges }} edges are left out (raise max_nodes to draw them).</p>{% endif %}
</header>
<div id="kg-toolbar">
<div id="kg-search-box"><input id="kg-search" type="search" placeholder="Search: English or 한국어" aria-label="Search nodes by name" autocomplete="off"><ul id="kg-results" role="listbox"></ul></div>
<ul id="legend" aria-label="Node types (untick to hide)">{% for item in legend %}
<li data-class="{{ item.name }}"><label><input type="checkbox" checked data-type="{{ item.name }}"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{{ item.svg }}</svg><span data-en="{{ item.en }}" data-ko="{{ item.ko }}">{{ item.en }}</span> ({{ item.count }})</label></li>{% endfor %}
</ul>
{% if relations %}<details id="kg-relations"><summary>Relations ({{ relations|length }})</summary><div class="menu">{% for rel in relations %}
<label><input type="checkbox" checked data-predicate="{{ rel.iri }}"><span data-en="{{ rel.en }}" data-ko="{{ rel.ko }}">{{ rel.en }}</span> ({{ rel.count }})</label>{% endfor %}
</div></details>{% endif %}
</div>
<main>
<div id="kg-network"></div>
<aside id="kg-panel" hidden aria-live="polite"><button id="kg-close" type="button" aria-label="Close">×</button><div id="kg-panel-body"></div></aside>
</main>
<script>
{{ vis_js }}
</script>
<script id="kg-data" type="application/json">{{ data }}</script>
<script>
{{ app_js }}
</script>
</body>
</html>
"""

# The page's own script. It only ever puts data into the DOM as text
# (createElement + textContent), never as markup.
_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var lang = "en";
  var hiddenTypes = new Set(), hiddenRelations = new Set();
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return !hiddenTypes.has(n.group); }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return !hiddenRelations.has(e.predicate); }});
  var network = new vis.Network(document.getElementById("kg-network"),
                                {nodes: nodeView, edges: edgeView}, data.options);
  network.once("afterDrawing", function () {
    // Labels have their measured size only once drawn: fit again so that
    // every node and its whole label are inside the window.
    network.once("afterDrawing", function () {
      window.kgDrawnAt = performance.now();
      document.body.setAttribute("data-drawn", "true");
    });
    network.fit({animation: false});
    network.redraw();
  });
  network.fit();
  // Exposed for tests and for poking at the graph from the console.
  window.kgNetwork = network;
  window.kg = {network: network, nodes: nodes, edges: edges, select: select, search: search};

  var byId = {}, edgesOf = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; edgesOf[n.id] = []; });
  data.edges.forEach(function (e) { edgesOf[e.from].push(e); if (e.to !== e.from) { edgesOf[e.to].push(e); } });

  function norm(text) { return String(text).normalize("NFC").toLowerCase(); }
  function pick(labels) { return labels[lang] || labels.en || labels.ko || ""; }
  function typeName(group) { var t = data.types[group]; return t ? (t[lang] || t.en) : group; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function withLang(pair) { return pair[1] ? pair[0] + " (" + pair[1] + ")" : pair[0]; }

  // Search: every label and alias, English or Korean.
  var index = data.nodes.map(function (n) {
    var d = data.details[n.id];
    return {id: n.id, names: d.names.concat(d.aliases).map(function (p) { return norm(p[0]); })};
  });
  function search(query) {
    var q = norm(query).trim();
    if (!q) { return []; }
    var hits = [];
    index.forEach(function (entry) {
      var best = -1;
      entry.names.forEach(function (name) {
        var at = name.indexOf(q);
        if (at < 0) { return; }
        var rank = name === q ? 0 : (at === 0 ? 1 : 2);
        if (best < 0 || rank < best) { best = rank; }
      });
      if (best >= 0) { hits.push({id: entry.id, rank: best}); }
    });
    hits.sort(function (a, b) { return a.rank - b.rank || (a.id < b.id ? -1 : 1); });
    return hits.map(function (h) { return h.id; });
  }
  var input = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  function showResults() {
    results.replaceChildren();
    search(input.value).slice(0, 30).forEach(function (id) {
      var d = data.details[id], li = el("li"), button = el("button");
      button.type = "button";
      button.setAttribute("data-id", id);
      button.appendChild(el("span", pick(d.full)));
      button.appendChild(document.createTextNode(" "));
      button.appendChild(el("span", typeName(byId[id].group), "kind"));
      button.addEventListener("click", function () { choose(id); });
      li.appendChild(button);
      results.appendChild(li);
    });
  }
  function choose(id) {
    results.replaceChildren();
    var group = byId[id].group;
    if (hiddenTypes.has(group)) {
      hiddenTypes.delete(group);
      document.querySelector('#legend input[data-type="' + CSS.escape(group) + '"]').checked = true;
      nodeView.refresh();
    }
    select(id);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: {duration: 400}});
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { var first = search(input.value)[0]; if (first) { choose(first); } }
    if (event.key === "Escape") { results.replaceChildren(); }
  });

  // Filters by type (the legend) and by relation.
  document.querySelectorAll("#legend input[data-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) { hiddenTypes.delete(box.getAttribute("data-type")); } else { hiddenTypes.add(box.getAttribute("data-type")); }
      nodeView.refresh();
    });
  });
  document.querySelectorAll("#kg-relations input[data-predicate]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) { hiddenRelations.delete(box.getAttribute("data-predicate")); } else { hiddenRelations.add(box.getAttribute("data-predicate")); }
      edgeView.refresh();
    });
  });

  // Label language.
  document.getElementById("kg-lang").addEventListener("change", function (event) {
    lang = event.target.value;
    document.documentElement.lang = lang;
    nodes.update(data.nodes.map(function (n) { return {id: n.id, label: pick(n.labels)}; }));
    edges.update(data.edges.map(function (e) { return {id: e.id, label: pick(e.labels)}; }));
    document.querySelectorAll("[data-en]").forEach(function (span) {
      span.textContent = span.getAttribute("data-" + lang) || span.getAttribute("data-en");
    });
    if (current !== null) { showPanel(current); }
    showResults();
  });

  // Neighbourhood highlight and the side panel.
  var current = null, dimmed = new Set();
  var panel = document.getElementById("kg-panel"), body = document.getElementById("kg-panel-body");
  function highlight(id) {
    var keep = new Set(id === null ? [] : [id].concat(network.getConnectedNodes(id)));
    var changes = [];
    data.nodes.forEach(function (n) {
      var dim = id !== null && !keep.has(n.id);
      if (dim !== dimmed.has(n.id)) {
        if (dim) { dimmed.add(n.id); } else { dimmed.delete(n.id); }
        changes.push({id: n.id, opacity: dim ? 0.18 : 1, font: {color: dim ? "#c8c8c8" : "#222"}});
      }
    });
    if (changes.length) { nodes.update(changes); }
  }
  function select(id) {
    current = id;
    highlight(id);
    network.selectNodes([id], true);
    showPanel(id);
  }
  function clear() {
    current = null;
    highlight(null);
    network.unselectAll();
    panel.hidden = true;
  }
  function nodeLink(id) {
    var button = el("button", pick(data.details[id].full), "link");
    button.type = "button";
    button.addEventListener("click", function () { choose(id); });
    return button;
  }
  function evidenceList(parent, evidence) {
    evidence.forEach(function (pair) {
      var quote = el("blockquote", "“" + pair[0] + "”");
      if (pair[1] !== null) { quote.appendChild(el("div", data.articles[pair[1]], "source")); }
      parent.appendChild(quote);
    });
  }
  function showPanel(id) {
    var node = byId[id], d = data.details[id];
    body.replaceChildren();
    body.appendChild(el("h2", pick(d.full)));
    body.appendChild(el("div", typeName(node.group), "kind"));
    body.appendChild(el("h3", "Labels"));
    var names = el("ul");
    d.names.forEach(function (p) { names.appendChild(el("li", withLang(p))); });
    body.appendChild(names);
    if (d.aliases.length) {
      body.appendChild(el("h3", "Also known as"));
      var aliases = el("ul");
      d.aliases.forEach(function (p) { aliases.appendChild(el("li", withLang(p))); });
      body.appendChild(aliases);
    }
    if (d.dates.length) { body.appendChild(el("h3", "Date")); body.appendChild(el("div", d.dates.join(", "))); }
    var articles = new Set(d.articles);
    var facts = el("ul");
    edgesOf[id].forEach(function (e) {
      var li = el("li");
      if (e.from === id) {
        li.appendChild(el("strong", pick(e.labels) + " → "));
        li.appendChild(nodeLink(e.to));
      } else {
        li.appendChild(nodeLink(e.from));
        li.appendChild(el("strong", " " + pick(e.labels) + " →"));
      }
      evidenceList(li, e.evidence);
      e.evidence.forEach(function (p) { if (p[1] !== null) { articles.add(p[1]); } });
      facts.appendChild(li);
    });
    d.attrs.forEach(function (a) {
      var li = el("li");
      li.appendChild(el("strong", pick(a[0]) + ": "));
      li.appendChild(document.createTextNode(a[1]));
      evidenceList(li, a[2]);
      a[2].forEach(function (p) { if (p[1] !== null) { articles.add(p[1]); } });
      facts.appendChild(li);
    });
    if (facts.childNodes.length) { body.appendChild(el("h3", "Facts")); body.appendChild(facts); }
    if (articles.size) {
      body.appendChild(el("h3", "Source articles"));
      var list = el("ul");
      Array.from(articles).sort(function (a, b) { return a - b; }).forEach(function (i) { list.appendChild(el("li", data.articles[i])); });
      body.appendChild(list);
    }
    var iri = el("div", id, "source");
    iri.style.marginTop = "1em";
    body.appendChild(iri);
    panel.hidden = false;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { select(params.nodes[0]); } else if (!params.edges.length) { clear(); }
  });
  document.getElementById("kg-close").addEventListener("click", clear);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.activeElement !== input) { clear(); }
  });
})();
"""


def render_html(
    graph: rdflib.Graph,
    *,
    title: str | None = None,
    sources: Sequence[str] = (),
    built: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> str:
    """Return a self-contained, interactive HTML page drawing the entities of ``graph``.

    Args:
        graph: a graph in the shape of ``docs/model.md``.
        title: page title and heading; "Knowledge graph" when not given.
        sources: the inputs the graph was built from, listed in the header;
            when empty, the articles recorded in the graph are listed.
        built: the build date shown in the header. It is passed in rather
            than read from the clock so the same graph gives the same page.
        max_nodes: draw at most this many nodes, the ones with the most
            edges; the header then says how many nodes and edges were left
            out. ``None`` draws everything.

    Returns:
        The page as a string. It needs no network: all JavaScript and CSS
        are inline.

    Raises:
        UsageError: ``max_nodes`` is not a positive integer or ``None``.

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
    if max_nodes is not None and (isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1):
        raise UsageError(f"max_nodes must be a positive integer or None, not {max_nodes!r}")
    view = _GraphView(graph)
    node_class = view.node_classes()
    all_edges = view.edges(node_class)
    kept, omitted = _most_central(node_class, all_edges, max_nodes)
    if omitted:
        node_class = {n: node_class[n] for n in kept}
        all_edges_count = len(all_edges)
        all_edges = [e for e in all_edges if e[0] in node_class and e[2] in node_class]
        omitted = {"nodes": omitted, "edges": all_edges_count - len(all_edges)}
    data = _page_data(view, node_class, all_edges)
    if omitted:
        data["omitted"] = omitted

    counts: dict[str, int] = defaultdict(int)
    for node in data["nodes"]:
        counts[node["group"]] += 1
    legend = [
        {
            "name": name,
            "en": data["types"][name]["en"],
            "ko": data["types"][name]["ko"],
            "count": counts[name],
            "svg": Markup(_legend_svg(*CLASS_STYLES[name])),
        }
        for name in CLASS_STYLES
        if counts[name]
    ]
    relation_counts: dict[str, int] = defaultdict(int)
    relation_labels: dict[str, dict] = {}
    for edge in data["edges"]:
        relation_counts[edge["predicate"]] += 1
        relation_labels[edge["predicate"]] = edge["labels"]
    relations = [
        {"iri": iri, "en": relation_labels[iri]["en"], "ko": relation_labels[iri]["ko"], "count": relation_counts[iri]}
        for iri in sorted(relation_counts, key=lambda i: (relation_labels[i]["en"], i))
    ]
    if not sources:
        sources = data["articles"]
    vis_css, vis_js = _vis_assets()
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_TEMPLATE).render(
        title=title or "Knowledge graph",
        sources=list(sources),
        built=built,
        node_count=len(data["nodes"]),
        edge_count=len(data["edges"]),
        total_nodes=len(data["nodes"]) + (omitted["nodes"] if omitted else 0),
        omitted=omitted,
        legend=legend,
        relations=relations,
        vis_css=Markup(vis_css),
        vis_js=Markup(vis_js),
        app_js=Markup(_APP_JS),
        data=Markup(_script_json(data)),
    )


def write_html(
    graph: rdflib.Graph,
    path: str | os.PathLike,
    *,
    title: str | None = None,
    sources: Sequence[str] = (),
    built: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
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
        max_nodes: the most nodes drawn; see :func:`render_html`.

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
    page = render_html(graph, title=title, sources=sources, built=built, max_nodes=max_nodes)
    return atomic_write(path, page)


# --------------------------------------------------------------------------
# Reading the graph


def _by_subject(graph: rdflib.Graph, predicate) -> dict:
    """Return ``subject -> [objects]`` for one predicate, in one pass over its index."""
    found: dict = defaultdict(list)
    for subject, obj in graph.subject_objects(predicate):
        found[subject].append(obj)
    return found


class _GraphView:
    """The parts of a graph the page needs, each read in one indexed pass.

    Looking values up node by node costs a store lookup per node and
    property; for ten thousand nodes that alone would take seconds.
    """

    def __init__(self, graph: rdflib.Graph):
        self.graph = graph
        self.labels = _by_subject(graph, RDFS.label)
        self.aliases = _by_subject(graph, SKOS.altLabel)
        self.types = _by_subject(graph, RDF.type)
        self.derived = _by_subject(graph, PROV.wasDerivedFrom)
        self._article_names: dict | None = None

    def node_classes(self) -> dict[URIRef, str]:
        """Return each node of the graph mapped to the class it is drawn as."""
        by_iri = {iri: name for name, iri in _class_iris().items()}
        found = {}
        for subject, classes in self.types.items():
            names = {by_iri[c] for c in classes if c in by_iri}
            if names and isinstance(subject, URIRef):
                found[subject] = next(name for name in _SPECIFIC_FIRST if name in names)
        return found

    def edges(self, nodes: dict) -> list[tuple[URIRef, URIRef, URIRef]]:
        """Return the ``kg:`` triples linking two nodes, sorted."""
        namespace = str(KG._NS)
        found = [
            (s, p, o)
            for s in nodes
            for p, o in self.graph.predicate_objects(s)
            if o in nodes and str(p).startswith(namespace)
        ]
        return sorted(found, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))

    def article_names(self) -> dict:
        """Return every article of the graph mapped to a reader-facing name."""
        if self._article_names is None:
            headlines = _by_subject(self.graph, SCHEMA.headline)
            paths = _by_subject(self.graph, KG.sourcePath)
            articles = set(self.graph.subjects(RDF.type, SCHEMA.NewsArticle)) | set(headlines) | set(paths)
            names = {}
            for article in articles:
                headline = _sorted_pairs(headlines.get(article, ()))
                path = sorted(str(p) for p in paths.get(article, ()))
                if headline and path:
                    names[article] = f"{headline[0][0]} ({path[0]})"
                elif headline or path:
                    names[article] = headline[0][0] if headline else path[0]
                else:
                    names[article] = str(article)
            self._article_names = names
        return self._article_names

    def article_name(self, article) -> str:
        return self.article_names().get(article) or str(article)


def _sorted_pairs(objects) -> list[tuple[str, str | None]]:
    """Return literal ``(text, lang)`` pairs, English first, then by language and text."""
    pairs = {(str(o), o.language) for o in objects if isinstance(o, Literal)}
    return sorted(pairs, key=lambda p: (p[1] != "en", p[1] is None, p[1] or "", p[0]))


def _most_central(node_class: dict, edges: Sequence[tuple], max_nodes: int | None) -> tuple[set, int]:
    """Return the ``max_nodes`` nodes with the highest degree, and how many were dropped.

    Ties go to the smaller IRI, so the choice is deterministic.

    >>> a, b, c = URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")
    >>> kept, dropped = _most_central({a: "Place", b: "Place", c: "Place"}, [(a, KG.locatedIn, b)], 2)
    >>> sorted(kept), dropped
    ([rdflib.term.URIRef('urn:a'), rdflib.term.URIRef('urn:b')], 1)
    """
    if max_nodes is None or len(node_class) <= max_nodes:
        return set(node_class), 0
    degree: dict = defaultdict(int)
    for s, _, o in edges:
        degree[s] += 1
        degree[o] += 1
    ranked = sorted(node_class, key=lambda n: (-degree[n], str(n)))
    return set(ranked[:max_nodes]), len(node_class) - max_nodes


def _page_data(view: _GraphView, node_class: dict, edges: Sequence[tuple]) -> dict:
    """Return the JSON the page's script reads: nodes, edges, details and options."""
    graph = view.graph
    order = sorted(node_class, key=str)
    small = len(order) <= SMALL_GRAPH_MAX_NODES
    classes = _class_iris()
    types = {
        name: {"en": _term_label(graph, classes[name], "en"), "ko": _term_label(graph, classes[name], "ko")}
        for name in CLASS_STYLES
    }
    evidence, attrs = _statement_index(view, node_class)
    mentions = list(graph.subject_objects(SCHEMA.mentions))
    cited = {a for sources in view.derived.values() for a in sources} | {a for a, _ in mentions}
    article_list = sorted({view.article_name(a) for a in cited} | set(view.article_names().values()))
    article_index = {name: i for i, name in enumerate(article_list)}

    def cite(pairs):
        return [[sentence, article_index.get(source)] for sentence, source in pairs]

    # Articles a node comes from or is mentioned in, beside those of its facts.
    own_articles: dict = defaultdict(set)
    for article, mentioned in mentions:
        if mentioned in node_class:
            own_articles[mentioned].add(article_index[view.article_name(article)])
    for node in order:
        for article in view.derived.get(node, ()):
            own_articles[node].add(article_index[view.article_name(article)])

    degree: dict = defaultdict(int)
    for s, _, o in edges:
        degree[s] += 1
        degree[o] += 1

    details = {}
    nodes = []
    boxes = []
    for node in order:
        name = node_class[node]
        labels = _sorted_pairs(view.labels.get(node, ()))
        aliases = _sorted_pairs(view.aliases.get(node, ()))
        full = {
            "en": _label_in(labels, "en") or _local_name(node),
            "ko": _label_in(labels, "ko") or _local_name(node),
        }
        shown = {lang: _display_label(text) for lang, text in full.items()}
        dates = sorted({str(d) for p in (SCHEMA.startDate, KG.dateText) for d in graph.objects(node, p)})
        node_evidence = sorted({pair for key in evidence.touching.get(node, ()) for pair in evidence.by_key[key]})
        node_attrs = attrs.get(node, [])
        size = round(10 + 4 * math.sqrt(degree[node]), 1)
        nodes.append({
            "id": str(node),
            "label": shown["en"],
            "labels": shown,
            "group": name,
            "size": size,
            "title": _tooltip(
                labels, aliases, node, types[name]["en"], dates, node_evidence,
                [article_list[i] for i in sorted(own_articles.get(node, ()))],
            ),
        })
        details[str(node)] = {
            "names": [list(p) for p in labels] or [[_local_name(node), None]],
            "aliases": [list(p) for p in aliases],
            "full": full,
            "dates": dates,
            "attrs": [
                [{"en": _term_label(graph, p, "en"), "ko": _term_label(graph, p, "ko")}, value, cite(pairs)]
                for p, value, pairs in node_attrs
            ],
            "articles": sorted(own_articles.get(node, ())),
        }
        boxes.append(_label_box(shown, CLASS_STYLES[name][1], size))

    positions = _layout(order, edges, boxes, small)
    for node, record in zip(order, nodes):
        record["x"], record["y"] = positions[node]

    # Parallel edges between the same two nodes get different curvature so
    # their labels do not sit on top of each other.
    seen_pairs: dict[frozenset, int] = defaultdict(int)
    property_labels: dict[URIRef, dict] = {}
    edge_list = []
    for index, (s, p, o) in enumerate(edges):
        if p not in property_labels:
            property_labels[p] = {"en": _term_label(graph, p, "en"), "ko": _term_label(graph, p, "ko")}
        labels = property_labels[p]
        pair = frozenset((s, o))
        rank = seen_pairs[pair]
        seen_pairs[pair] += 1
        cited = evidence.by_key.get((s, p, o), [])
        title = f"{labels['en']} (kg:{_local_name(p)})"
        if cited:
            title += "\n" + "\n".join(f"• “{sentence}”" for sentence, _ in cited[:MAX_EVIDENCE])
        edge = {
            "id": f"e{index}",
            "from": str(s),
            "to": str(o),
            "label": labels["en"],
            "labels": labels,
            "title": title,
            "predicate": str(p),
            "evidence": cite(cited),
        }
        if rank:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.25 * rank, 2)}
        edge_list.append(edge)

    options = _options(small)
    present = sorted({node_class[n] for n in order}, key=list(CLASS_STYLES).index)
    options["groups"] = {name: {"color": CLASS_STYLES[name][0], "shape": CLASS_STYLES[name][1]} for name in present}
    return {
        "nodes": nodes,
        "edges": edge_list,
        "details": details,
        "articles": article_list,
        "types": types,
        "options": options,
    }


class _Evidence:
    """Evidence sentences by ``(subject, predicate, object)`` and the keys touching each node."""

    def __init__(self):
        self.by_key: dict = {}
        self.touching: dict = defaultdict(set)


def _statement_index(view: _GraphView, nodes: dict) -> tuple[_Evidence, dict]:
    """Return the evidence of each reified fact, and the literal-valued facts per node.

    Returns:
        ``(evidence, attrs)``: ``evidence.by_key`` maps ``(s, p, o)`` to
        sorted ``(sentence, article name)`` pairs; ``attrs`` maps a node to
        sorted ``(property, value text, pairs)`` for facts whose object is
        a literal.
    """
    graph = view.graph
    subjects = dict(graph.subject_objects(RDF.subject))
    predicates = dict(graph.subject_objects(RDF.predicate))
    objects = dict(graph.subject_objects(RDF.object))
    sentences = _by_subject(graph, KG.evidence)
    found: dict = defaultdict(set)
    literal_facts: dict = defaultdict(set)
    for statement, s in subjects.items():
        p, o = predicates.get(statement), objects.get(statement)
        if p is None or o is None or (s not in nodes and o not in nodes):
            continue
        sources = sorted({view.article_name(a) for a in view.derived.get(statement, ())})
        pairs = {(str(text), source) for text in sentences.get(statement, ()) for source in sources or [None]}
        if isinstance(o, Literal):
            if s in nodes:
                literal_facts[(s, p, str(o))] |= pairs
            continue
        found[(s, p, o)] |= pairs
    evidence = _Evidence()
    for key, pairs in found.items():
        evidence.by_key[key] = sorted(pairs, key=lambda pair: (pair[0], pair[1] or ""))
        for end in (key[0], key[2]):
            if end in nodes:
                evidence.touching[end].add(key)
    attrs: dict = defaultdict(list)
    for (s, p, value), pairs in sorted(literal_facts.items(), key=lambda kv: tuple(map(str, kv[0]))):
        attrs[s].append((p, value, sorted(pairs, key=lambda pair: (pair[0], pair[1] or ""))))
    return evidence, attrs


# --------------------------------------------------------------------------
# Labels and tooltips


def _label_in(pairs: Sequence[tuple[str, str | None]], lang: str) -> str | None:
    """Return the label in ``lang``, else the first label (English first), else None."""
    for text, label_lang in pairs:
        if label_lang == lang:
            return text
    return pairs[0][0] if pairs else None


def _display_label(text: str) -> str:
    """Return a label cut to :data:`_LABEL_MAX` characters and wrapped onto two lines.

    >>> _display_label("Kim Haneul")
    'Kim Haneul'
    >>> print(_display_label("Governor Kim visits the Pinecone Observatory"))
    Governor Kim visits
    the Pinecone Observ…
    """
    text = " ".join(text.split())
    if len(text) > _LABEL_MAX:
        text = text[: _LABEL_MAX - 1].rstrip() + "…"
    if len(text) <= _WRAP_AT or " " not in text:
        return text
    middle = len(text) / 2
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: (abs(i - middle), i))
    return text[:cut] + "\n" + text[cut + 1:]


def _term_label(graph: rdflib.Graph, term: URIRef, lang: str = "en") -> str:
    """Return an ontology term's label in ``lang``, else English, else its local name as words.

    >>> _term_label(rdflib.Graph(), KG.locatedIn), _term_label(rdflib.Graph(), KG.Person)
    ('located in', 'Person')
    """
    pairs = _sorted_pairs(graph.objects(term, RDFS.label))
    for wanted in (lang, "en", None):
        for text, label_lang in pairs:
            if label_lang == wanted:
                return text
    name = _local_name(term)
    # Classes keep their capital (Person); properties become words (located in).
    return name if name[:1].isupper() else _split_camel(name)


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


def _tooltip(labels, aliases, node, type_label: str, dates, evidence, articles) -> str:
    """Return the plain-text tooltip of a node (shown via innerText, never as HTML)."""
    lines = [_format_labels(labels) if labels else _local_name(node), f"Type: {type_label}"]
    if aliases:
        lines.append("Also known as: " + ", ".join(_format_labels([a]) for a in aliases))
    if dates:
        lines.append("Date: " + ", ".join(dates))
    if evidence:
        lines.append("Evidence:")
        for sentence, source in evidence[:MAX_EVIDENCE]:
            lines.append(f"• “{sentence}”" + (f" — {source}" if source else ""))
        if len(evidence) > MAX_EVIDENCE:
            lines.append(f"… and {len(evidence) - MAX_EVIDENCE} more: click the node")
    elif articles:
        lines.append("From: " + "; ".join(articles))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Layout, computed here so the browser only draws


def _text_width(line: str, font_size: float) -> float:
    """Return the estimated pixel width of one line of text (wide for CJK characters)."""
    return sum(
        font_size * (1.0 if unicodedata.east_asian_width(char) in "WF" else 0.6) for char in line
    )


def _label_box(labels: dict, shape: str, size: float) -> tuple[float, float, float]:
    """Return ``(half width, half height, centre offset)`` of a node with its label.

    The label sits under most shapes and inside box-like ones. The box is
    wide enough for the label in every language the page can switch to.
    """
    lines = [line for text in labels.values() for line in text.split("\n")]
    width = max((_text_width(line, _FONT_SIZE) for line in lines), default=0.0)
    rows = max(text.count("\n") + 1 for text in labels.values())
    text_height = rows * _FONT_SIZE * 1.25
    if shape in ("box", "ellipse", "database"):
        half_width = width / 2 + (14 if shape == "box" else 0.3 * width + 14)
        return half_width, text_height / 2 + 8, 0.0
    half_width = max(width / 2, size)
    # From the top of the shape to the bottom of the label below it.
    height = 2 * size + 4 + text_height
    return half_width, height / 2, height / 2 - size


def _layout(order: Sequence[URIRef], edges: Sequence[tuple], boxes, small: bool) -> dict:
    """Return integer ``(x, y)`` canvas positions for the nodes.

    Each connected component is laid out on its own (a spring layout for
    small ones in a small graph, else a radial tree around its best
    connected node, which is linear in its size) and the components are
    packed in rows, biggest first, into a landscape rectangle. In a small
    graph the nodes are then pushed apart until no two labels overlap.
    """
    g = nx.Graph()
    g.add_nodes_from(order)
    g.add_edges_from((s, o) for s, _, o in edges if s != o)
    box_of = dict(zip(order, boxes))
    rank = {node: i for i, node in enumerate(order)}
    components = sorted(
        (sorted(c, key=rank.__getitem__) for c in nx.connected_components(g)),
        key=lambda c: (-len(c), rank[c[0]]),
    )
    placed = []
    for component in components:
        local = _component_layout(g, component, small)
        xs = [local[n][0] for n in component]
        ys = [local[n][1] for n in component]
        left = min(x - box_of[n][0] for n, x in zip(component, xs))
        right = max(x + box_of[n][0] for n, x in zip(component, xs))
        top = min(y + box_of[n][2] - box_of[n][1] for n, y in zip(component, ys))
        bottom = max(y + box_of[n][2] + box_of[n][1] for n, y in zip(component, ys))
        placed.append((component, local, left, top, right - left, bottom - top))
    area = sum(w * h for *_, w, h in placed) or 1.0
    row_width = max(max((w for *_, w, _ in placed), default=0.0), math.sqrt(area * _ASPECT) * 1.1)
    gap = _EDGE_LENGTH * 0.35
    positions: dict = {}
    x = y = row_height = 0.0
    for component, local, left, top, width, height in placed:
        if x and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node in component:
            px, py = local[node]
            positions[node] = (x - left + px, y - top + py)
        x += width + gap
        row_height = max(row_height, height)
    if small and len(order) > 1:
        # Squeeze towards the window's shape first, then make room for labels.
        xs = [p[0] for p in positions.values()]
        ys = [p[1] for p in positions.values()]
        ratio = ((max(xs) - min(xs)) or 1.0) / ((max(ys) - min(ys)) or 1.0)
        stretch = min(2.0, max(1.0, _ASPECT / ratio)) ** 0.5
        positions = {n: (px * stretch, py / stretch) for n, (px, py) in positions.items()}
        positions = _remove_overlaps(order, positions, boxes)
    return {node: (round(px), round(py)) for node, (px, py) in positions.items()}


def _component_layout(g: nx.Graph, component: Sequence, small: bool) -> dict:
    """Return positions for one connected component, edges about :data:`_EDGE_LENGTH` long."""
    if len(component) == 1:
        return {component[0]: (0.0, 0.0)}
    if small and len(component) <= _SPRING_MAX_COMPONENT:
        # Rebuild in a fixed order: spring_layout's result depends on it.
        ordered = nx.Graph()
        ordered.add_nodes_from(component)
        index = {n: i for i, n in enumerate(component)}
        ordered.add_edges_from(sorted(g.subgraph(component).edges(), key=lambda e: (index[e[0]], index[e[1]])))
        layout = nx.spring_layout(ordered, seed=_LAYOUT_SEED, iterations=200)
        lengths = sorted(math.dist(layout[a], layout[b]) for a, b in ordered.edges())
        scale = _EDGE_LENGTH / (lengths[len(lengths) // 2] or 1.0)
        xs = [p[0] for p in layout.values()]
        ys = [p[1] for p in layout.values()]
        # Labels are wide and short: a landscape layout fits more of them.
        stretch = min(_ASPECT, max(1.0, _ASPECT * (max(ys) - min(ys)) / ((max(xs) - min(xs)) or 1.0)) ** 0.5)
        return {n: (float(p[0]) * scale * stretch, float(p[1]) * scale / stretch) for n, p in layout.items()}
    return _radial_tree(g, component)


def _radial_tree(g: nx.Graph, component: Sequence) -> dict:
    """Return a radial layout of a BFS tree: each subtree gets a wedge by its size.

    Linear in the size of the component; rings are widened so that nodes on
    a ring stay at least about one edge length apart.
    """
    rank = {n: i for i, n in enumerate(component)}
    hub = max(component, key=lambda n: (g.degree(n), -rank[n]))
    parent = {hub: None}
    children: dict = defaultdict(list)
    levels = [[hub]]
    while levels[-1]:
        layer = []
        for node in levels[-1]:
            for other in sorted(g.neighbors(node), key=rank.__getitem__):
                if other not in parent:
                    parent[other] = node
                    children[node].append(other)
                    layer.append(other)
        levels.append(layer)
    levels.pop()
    leaves: dict = {}
    for layer in reversed(levels):
        for node in layer:
            leaves[node] = sum(leaves[c] for c in children[node]) or 1
    spacing = _EDGE_LENGTH * 0.5
    radii = [0.0]
    for depth, layer in enumerate(levels[1:], start=1):
        radii.append(max(radii[-1] + _EDGE_LENGTH, len(layer) * spacing / (2 * math.pi)))
    positions = {hub: (0.0, 0.0)}
    wedges = {hub: (0.0, 2 * math.pi)}
    for depth, layer in enumerate(levels[:-1]):
        for node in layer:
            start, span = wedges[node]
            total = leaves[node]
            for child in children[node]:
                share = span * leaves[child] / total
                wedges[child] = (start, share)
                angle = start + share / 2
                radius = radii[depth + 1]
                positions[child] = (radius * math.cos(angle), radius * math.sin(angle))
                start += share
    return positions


def _remove_overlaps(order: Sequence, positions: dict, boxes, rounds: int = 400) -> dict:
    """Return positions moved so that no two nodes' label boxes overlap.

    Each round pushes every overlapping pair apart along the axis where
    they overlap least (half each), as in force-directed overlap removal.
    Quadratic in the number of nodes, so for small graphs only.
    """
    pos = np.array([positions[n] for n in order], dtype=float)
    half_w = np.array([b[0] for b in boxes]) + _LABEL_GAP / 2
    half_h = np.array([b[1] for b in boxes]) + _LABEL_GAP / 2
    offset = np.array([b[2] for b in boxes])
    n = len(order)
    # Ties (two nodes on one point) break by node order, deterministically.
    tie = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :]).astype(float)
    for _ in range(rounds):
        dx = pos[:, 0][:, None] - pos[:, 0][None, :]
        cy = pos[:, 1] + offset
        dy = cy[:, None] - cy[None, :]
        over_x = half_w[:, None] + half_w[None, :] - np.abs(dx)
        over_y = half_h[:, None] + half_h[None, :] - np.abs(dy)
        clash = (over_x > 0) & (over_y > 0)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        sign_x = np.where(dx == 0, tie, np.sign(dx))
        sign_y = np.where(dy == 0, tie, np.sign(dy))
        # Wide labels: moving sideways is often cheaper than stacking.
        along_x = clash & (over_x < _SIDEWAYS * over_y)
        along_y = clash & ~along_x
        pos[:, 0] += np.where(along_x, over_x * sign_x, 0.0).sum(axis=1) * 0.5 + 0.01 * np.where(along_x, sign_x, 0).sum(axis=1)
        pos[:, 1] += np.where(along_y, over_y * sign_y, 0.0).sum(axis=1) * 0.5 + 0.01 * np.where(along_y, sign_y, 0).sum(axis=1)
    return {node: (float(p[0]), float(p[1])) for node, p in zip(order, pos)}


def _options(small: bool) -> dict:
    """Return the vis-network options; positions come from :func:`_layout`, so no physics."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": _LAYOUT_SEED, "improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": not small,
            "hideEdgesOnZoom": not small,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        # A small graph keeps every node label drawn when fitted into the
        # window (vis-network hides text under 5 px by default); a big one
        # shows them once zoomed in, which keeps drawing fast and legible.
        "nodes": {
            "font": {"size": _FONT_SIZE, "face": "system-ui, sans-serif", "color": "#222",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": 0 if small else 7}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#a8a8a8", "highlight": "#333", "hover": "#333"},
            # Edge labels appear once zoomed in past 100 %, where they have
            # room; the fitted overview stays uncluttered. Hovering an edge
            # and the side panel show them too.
            "font": {"size": 11, "align": "middle", "color": "#555", "strokeWidth": 3},
            "scaling": {"label": {"drawThreshold": 12}},
            "width": 1.0,
            "selectionWidth": 2,
            "smooth": False,
        },
    }


@lru_cache(maxsize=1)
def _class_iris() -> dict[str, URIRef]:
    """Return the drawn class local names mapped to their IRIs."""
    return {name: KG[name] for name in CLASS_STYLES}


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
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
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
