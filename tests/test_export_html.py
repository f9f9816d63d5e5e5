"""The HTML graph: counts, legend, offline, escaping, atomic writes, a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.export.html import render_html, write_html
from kg.vocab import KG
from tests.conftest import DATA

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "\"quoted\" 'single' `tick`",
    "</script><script>alert(3)</script>",
]


@pytest.fixture(scope="module")
def graph():
    return Graph().parse(DATA / "html-graph.ttl", format="turtle")


def page_data(page: str) -> dict:
    raw = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


def test_every_entity_and_relation_is_drawn(graph):
    data = page_data(render_html(graph))
    drawn_types = {KG[n] for n in ("Person", "Organization", "Place", "Facility", "Office", "Visit", "Product", "Plan")}
    nodes = {s for s, o in graph.subject_objects(RDF.type) if o in drawn_types}
    assert {n["id"] for n in data["nodes"]} == {str(n) for n in nodes}
    edges = {(str(s), str(o)) for s, p, o in graph if str(p).startswith(str(KG._NS)) and s in nodes and o in nodes}
    assert {(e["from"], e["to"]) for e in data["edges"]} == edges


def test_legend_lists_each_class_present(graph):
    page = render_html(graph)
    legend = set(re.findall(r'<li data-class="(\w+)">', page))
    groups = {n["group"] for n in page_data(page)["nodes"]}
    assert legend == groups and {"Person", "Facility", "Place"} <= legend


def test_tooltips_show_every_language_type_and_evidence(graph):
    nodes = {n["id"]: n for n in page_data(render_html(graph))["nodes"]}
    kim = nodes["https://w3id.org/kg-news/id/entity/kim-haneul"]
    assert "Kim Haneul (en)" in kim["title"] and "김하늘 (ko)" in kim["title"]
    assert "Type:" in kim["title"] and "Evidence:" in kim["title"]


def test_page_fetches_nothing(graph):
    page = render_html(graph, title="t", sources=["a.txt"], built="2026-01-01")
    assert not re.search(r"""<(script|link|img|iframe|source)\b[^>]*\b(src|href)\s*=""", page, re.I)
    assert "@import" not in page
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)


def hostile_graph() -> Graph:
    g = Graph()
    for i, name in enumerate(HOSTILE):
        node = URIRef(f"https://w3id.org/kg-news/id/entity/h{i}")
        g.add((node, RDF.type, KG.Person))
        g.add((node, RDFS.label, Literal(name, lang="en")))
    return g


def test_markup_in_article_text_never_becomes_markup():
    page = render_html(hostile_graph(), title="<b>t</b>", sources=["<i>s</i>.txt"])
    assert "<script>alert" not in page and "<img src=x" not in page
    # Hostile data adds no script element to those of a harmless page.
    benign = render_html(Graph(), title="t", sources=["s.txt"])
    assert len(re.findall(r"<script\b", page)) == len(re.findall(r"<script\b", benign))
    assert "&lt;b&gt;t&lt;/b&gt;" in page and "&lt;i&gt;s&lt;/i&gt;.txt" in page
    labels = {n["label"] for n in page_data(page)["nodes"]}
    assert labels == set(HOSTILE)  # the data survives intact, as text


def test_failed_write_keeps_the_old_page(graph, tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    target.write_text("old page")

    def broken(*args, **kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr("kg.export.html._build_network", broken)
    with pytest.raises(RuntimeError):
        write_html(graph, target)
    assert target.read_text() == "old page"


def test_same_graph_gives_the_same_page(graph):
    assert render_html(graph, built="2026-01-01") == render_html(graph, built="2026-01-01")


@pytest.mark.browser
def test_page_renders_in_headless_chromium_without_running_article_text(tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("headless Chromium is not installed (apt-get install chromium); .ci/run installs it")
    page = tmp_path / "g.html"
    write_html(hostile_graph(), page)
    proc = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = proc.stdout
    assert "<canvas" in dom, proc.stderr[-2000:]
    # An injected element would show up in the serialised DOM.
    assert not re.search(r"<img[^>]*onerror", dom) and "<script>alert" not in dom
