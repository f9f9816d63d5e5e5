"""Tests for kg.export.html: the offline, self-contained HTML graph page."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace
from rdflib.namespace import PROV, SKOS

import kg.export.html as html_export
from kg.export.html import SMALL_GRAPH_MAX_NODES, render_html, write_html
from kg.vocab import KG, SCHEMA
from tests.conftest import assert_failed_write_keeps_old_file

DATA = Path(__file__).parent / "data"
ID = Namespace("https://w3id.org/kg-news/id/")
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)

# Hostile strings as they might arrive from a scraped article.
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"; alert(1); var x="',
    "'); alert(1); //",
    "</script><script>alert(1)</script>",
    "<!-- <script>",
]


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(DATA / "html-graph.ttl")


def page_data(page: str) -> dict:
    """Return the JSON graph data embedded in a rendered page."""
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "no kg-data block in the page"
    return json.loads(match.group(1))


def hostile_graph() -> rdflib.Graph:
    """A graph whose every piece of article text tries to break out of its context."""
    g = rdflib.Graph()
    person, place, article = ID["entity/han-seoyun"], ID["entity/x-place"], ID["article/ffff0000ffff0000"]
    g.add((person, RDF.type, KG.Person))
    g.add((place, RDF.type, KG.Place))
    g.add((person, KG.visited, place))
    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, SCHEMA.headline, Literal("Headline </script><script>alert(1)</script>", lang="en")))
    g.add((article, KG.sourcePath, Literal('news/"quoted".txt')))
    for i, text in enumerate(HOSTILE):
        g.add((person, RDFS.label, Literal(f"한서윤 {text}", lang="ko")))
        g.add((place, SKOS.altLabel, Literal(text, lang="en")))
        fact = ID[f"fact/h{i}"]
        g.add((fact, RDF.type, RDF.Statement))
        g.add((fact, RDF.subject, person))
        g.add((fact, RDF.predicate, KG.visited))
        g.add((fact, RDF.object, place))
        g.add((fact, PROV.wasDerivedFrom, article))
        g.add((fact, KG.evidence, Literal(f"Han Seoyun visited {text}.", lang="en")))
    g.add((place, RDFS.label, Literal("<img src=x onerror=alert(1)>", lang="en")))
    # A marker that only appears in the DOM if some payload actually runs.
    g.add((place, RDFS.label, Literal(
        "<img src=x onerror=\"document.body.appendChild(document.createElement('kg-pw'+'ned'))\">", lang="ko"
    )))
    return g


def test_node_and_edge_counts_match_graph(graph):
    data = page_data(render_html(graph))
    # 2 people, 1 facility, 1 place, 1 organisation, 1 office, 1 visit.
    assert len(data["nodes"]) == 7
    # visited, metWith, locatedIn, holdsOffice, jurisdiction, visitor, visitedPlace;
    # the literal-valued establishedDate fact and article links are not edges.
    assert len(data["edges"]) == 7
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert not any("/fact/" in i or "/article/" in i for i in ids)


def test_visit_typed_twice_is_one_visit_node(graph):
    nodes = page_data(render_html(graph))["nodes"]
    visits = [n for n in nodes if n["id"].endswith("event/visit-1")]
    assert [n["group"] for n in visits] == ["Visit"]


def test_edge_labels_fall_back_to_split_local_name(graph):
    edges = page_data(render_html(graph))["edges"]
    assert {e["label"] for e in edges} >= {"located in", "met with", "holds office", "visited place"}


def test_edge_label_prefers_english_rdfs_label(graph):
    g = rdflib.Graph() + graph
    g.add((KG.locatedIn, RDFS.label, Literal("lies in", lang="en")))
    g.add((KG.locatedIn, RDFS.label, Literal("위치", lang="ko")))
    labels = {e["predicate"]: e["label"] for e in page_data(render_html(g))["edges"]}
    assert labels[str(KG.locatedIn)] == "lies in"


def test_node_label_is_english_else_first(graph):
    labels = {n["id"]: n["label"] for n in page_data(render_html(graph))["nodes"]}
    assert labels[str(ID["entity/kim-haneul"])] == "Kim Haneul"
    assert labels[str(ID["entity/brightvale"])] == "브라이트베일"


def test_tooltip_has_labels_type_aliases_and_evidence(graph):
    nodes = {n["id"]: n for n in page_data(render_html(graph))["nodes"]}
    tip = nodes[str(ID["entity/kim-haneul"])]["title"]
    assert tip.splitlines()[0] == "Kim Haneul (en) / 김하늘 (ko)"
    assert "Type: Person" in tip
    assert "Governor Kim (en)" in tip and "김 지사 (ko)" in tip
    # Evidence from both the fact it is subject of and the one it is object of.
    assert "Kim Haneul visited the Pinecone Observatory last Tuesday." in tip
    assert "오민수 대표는 김하늘 지사를 만났다." in tip
    assert "news/observatory.txt" in tip and "news/meeting.txt" in tip


def test_each_present_class_is_in_the_legend(graph):
    page = render_html(graph)
    legend = re.search(r'<ul id="legend"[^>]*>(.*?)</ul>', page, re.S).group(1)
    shown = set(re.findall(r'data-class="(\w+)"', legend))
    assert shown == {n["group"] for n in page_data(page)["nodes"]}
    assert shown == {"Person", "Organization", "Place", "Facility", "Visit", "Office"}


def test_classes_have_distinct_colours_and_shapes(graph):
    styles = html_export.CLASS_STYLES.values()
    assert len({c for c, _ in styles}) == len({s for _, s in styles}) == len(styles)
    groups = page_data(render_html(graph))["options"]["groups"]
    assert groups["Person"] == {"color": "#4e79a7", "shape": "dot"}


def test_header_shows_title_sources_and_build_date(graph):
    page = render_html(graph, title="Brightvale news", sources=["news/a.txt", "news/b.html"], built="2026-03-03")
    assert "<title>Brightvale news</title>" in page
    assert "<h1>Brightvale news</h1>" in page
    assert "<li>news/a.txt</li>" in page and "<li>news/b.html</li>" in page
    assert "Built 2026-03-03" in page


def test_no_remote_resources(graph):
    page = render_html(graph, sources=["https://example.org/news/1"])
    remote = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert remote == []
    assert not re.search(r"""@import|url\(\s*["']?(?:https?:)?//""", page, re.I)
    assert "<link" not in page
    # vis-network itself is inline, with its licence notice.
    assert "vis.js is dual licensed" in page and "The MIT License" in page
    assert "sourceMappingURL" not in page


def test_inlined_assets_cannot_close_their_elements():
    css, js = html_export._vis_assets()
    assert "</style" not in css.lower()
    assert "</script" not in js.lower() and "<!--" not in js


def test_output_is_deterministic(graph):
    shuffled = rdflib.Graph()
    for triple in sorted(graph, reverse=True):
        shuffled.add(triple)
    assert render_html(graph, built="2026-03-03") == render_html(shuffled, built="2026-03-03")


def test_hostile_text_is_never_markup():
    page = render_html(hostile_graph(), title="<script>alert(1)</script>", sources=['<img src=x onerror=alert(1)>"'])
    lowered = page.lower()
    assert "<script>alert" not in lowered
    assert "<img src=x onerror" not in lowered
    # Exactly our three script elements are closed: no payload closed one
    # early. (vis-network's own code holds the string "<script>" once.)
    assert lowered.count("</script") == 3
    assert lowered.count("<script") == 3 + html_export._vis_assets()[1].lower().count("<script")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the title, HTML-escaped
    data_block = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data_block and ">" not in data_block
    # And the data still round-trips to the exact hostile strings.
    tips = " ".join(n["title"] for n in json.loads(data_block)["nodes"])
    for text in HOSTILE:
        assert text in tips


def test_write_html_writes_the_page(tmp_path, graph):
    out = write_html(graph, tmp_path / "sub" / "graph.html", title="Kim", built="2026-03-03")
    assert out == tmp_path / "sub" / "graph.html"
    assert out.read_text(encoding="utf-8") == render_html(graph, title="Kim", built="2026-03-03")


def test_failed_render_leaves_old_page_intact(tmp_path, graph, monkeypatch):
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(html_export, "_tooltip", boom)
    with pytest.raises(RuntimeError, match="renderer crashed"):
        write_html(graph, target)
    assert target.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_failed_write_leaves_old_page_intact(tmp_path, graph, monkeypatch):
    assert_failed_write_keeps_old_file(tmp_path, monkeypatch, "graph.html", lambda target: write_html(graph, target))


def big_graph(n: int) -> rdflib.Graph:
    """A chain-and-hub graph with ``n`` places, above the physics limit."""
    g = rdflib.Graph()
    hub = ID["entity/hub"]
    g.add((hub, RDF.type, KG.Organization))
    for i in range(n):
        node = ID[f"entity/p{i:05d}"]
        g.add((node, RDF.type, KG.Place))
        g.add((node, RDFS.label, Literal(f"Place {i}", lang="en")))
        if i % 3:
            g.add((node, KG.locatedIn, ID[f"entity/p{i - 1:05d}"]))
        if i % 50 == 0:
            g.add((hub, KG.hosts, node))
    return g


def boxes_overlap(a: dict, b: dict, box) -> bool:
    ax, ay, ahw, ahh = box(a)
    bx, by, bhw, bhh = box(b)
    return abs(ax - bx) < ahw + bhw and abs(ay - by) < ahh + bhh


def test_small_graph_has_fixed_positions_and_no_overlapping_labels(graph):
    data = page_data(render_html(graph))
    assert data["options"]["physics"] == {"enabled": False}
    nodes = data["nodes"]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes)
    sizes = {n["id"]: html_export._label_box(n["labels"], html_export.CLASS_STYLES[n["group"]][1], n["size"])
             for n in nodes}

    def box(n):
        half_w, half_h, offset = sizes[n["id"]]
        return n["x"], n["y"] + offset, half_w, half_h

    clashes = [(a["label"], b["label"]) for i, a in enumerate(nodes) for b in nodes[i + 1:] if boxes_overlap(a, b, box)]
    assert clashes == []


def test_node_size_grows_with_degree(graph):
    sizes = {n["id"]: n["size"] for n in page_data(render_html(graph))["nodes"]}
    # Kim Haneul has four edges, Lumen Works none.
    assert sizes[str(ID["entity/kim-haneul"])] > sizes[str(ID["entity/oh-minsu"])] > sizes[str(ID["entity/lumen-works"])]


def test_big_graph_has_fixed_positions_and_labels_on_zoom():
    g = big_graph(SMALL_GRAPH_MAX_NODES + 200)
    page = render_html(g, built="2026-03-03")
    data = page_data(page)
    assert data["options"]["physics"] == {"enabled": False}
    assert data["options"]["nodes"]["scaling"]["label"]["drawThreshold"] > 0
    assert len(data["nodes"]) == SMALL_GRAPH_MAX_NODES + 201
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    # Nodes are spread out, not stacked on one point.
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > 0.95 * len(data["nodes"])
    assert render_html(g, built="2026-03-03") == page


def test_cap_keeps_best_connected_nodes_and_says_what_is_left_out():
    g = big_graph(600)
    page = render_html(g, max_nodes=100)
    data = page_data(page)
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == 100
    assert str(ID["entity/hub"]) in ids  # the most connected node
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    full = page_data(render_html(g, max_nodes=None))
    left_out_edges = len(full["edges"]) - len(data["edges"])
    assert data["omitted"] == {"nodes": 501, "edges": left_out_edges}
    assert f"Showing the 100 best connected of 601 nodes: 501 nodes and {left_out_edges} edges are left out" in page
    assert "omitted" not in full and 'id="kg-omitted"' not in render_html(g, max_nodes=None)


@pytest.mark.parametrize("bad", [0, -5, 2.5, "100", True])
def test_bad_max_nodes_is_a_usage_error(graph, bad):
    from kg.errors import UsageError

    with pytest.raises(UsageError, match=re.escape(repr(bad))):
        render_html(graph, max_nodes=bad)


def test_side_panel_data_has_facts_evidence_and_articles(graph):
    data = page_data(render_html(graph))
    kim = data["details"][str(ID["entity/kim-haneul"])]
    assert kim["names"] == [["Kim Haneul", "en"], ["김하늘", "ko"]]
    assert kim["aliases"] == [["Governor Kim", "en"], ["김 지사", "ko"]]
    visited = next(e for e in data["edges"] if e["predicate"] == str(KG.visited))
    sentence, article = visited["evidence"][0]
    assert sentence == "Kim Haneul visited the Pinecone Observatory last Tuesday."
    assert data["articles"][article] == "Observatory opens to visitors (news/observatory.txt)"
    # A literal-valued fact is listed on its node, with its evidence.
    lumen = data["details"][str(ID["entity/lumen-works"])]
    assert [[a[0]["en"], a[1]] for a in lumen["attrs"]] == [["established date", "2001"]]
    assert lumen["attrs"][0][2][0][0] == "Lumen Works was founded in 2001."
    # The visit's own provenance.
    visit = data["details"][str(ID["event/visit-1"])]
    assert [data["articles"][i] for i in visit["articles"]] == ["Observatory opens to visitors (news/observatory.txt)"]


def test_labels_switch_between_english_and_korean(graph):
    nodes = {n["id"]: n for n in page_data(render_html(graph))["nodes"]}
    assert nodes[str(ID["entity/kim-haneul"])]["labels"] == {"en": "Kim Haneul", "ko": "김하늘"}
    # No English label: the Korean one in both.
    assert nodes[str(ID["entity/brightvale"])]["labels"] == {"en": "브라이트베일", "ko": "브라이트베일"}


def test_page_has_search_language_switch_and_filters(graph):
    page = render_html(graph)
    assert 'id="kg-search"' in page and 'id="kg-lang"' in page
    types = set(re.findall(r'<input type="checkbox" checked data-type="(\w+)">', page))
    assert types == {"Person", "Organization", "Place", "Facility", "Visit", "Office"}
    predicates = set(re.findall(r'data-predicate="([^"]+)"', page))
    assert predicates == {e["predicate"] for e in page_data(page)["edges"]}


def test_sources_default_to_the_articles_in_the_graph(graph):
    page = render_html(graph)
    assert "2 input articles" in page
    assert "<li>Observatory opens to visitors (news/observatory.txt)</li>" in page


def test_page_script_never_writes_markup():
    script = html_export._APP_JS
    assert "innerHTML" not in script and "outerHTML" not in script
    assert "insertAdjacentHTML" not in script and "document.write" not in script


def test_long_labels_are_cut_and_wrapped():
    label = html_export._display_label("A " * 40)
    assert len(label) <= html_export._LABEL_MAX and label.endswith("…") and label.count("\n") == 1


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_page_draws_in_headless_chromium(tmp_path):
    page = write_html(hostile_graph(), tmp_path / "graph.html", title="Smoke <b>test</b>")
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.search(r'<div class="vis-network"[^>]*>\s*<canvas', dom), "vis-network drew no canvas"
    # No payload ran: it would have added a <kg-pwned> element to the body.
    assert "<kg-pwned" not in dom
    assert not re.search(r"<img[^>]*onerror", dom) and "<script>alert" not in dom
    assert "<h1>Smoke &lt;b&gt;test&lt;/b&gt;</h1>" in dom


def test_article_known_only_by_its_mentions_is_listed_by_iri(graph):
    g = rdflib.Graph() + graph
    bare = ID["article/0000000000000bad"]
    g.add((bare, SCHEMA.mentions, ID["entity/lumen-works"]))
    data = page_data(render_html(g))
    lumen = data["details"][str(ID["entity/lumen-works"])]
    assert [data["articles"][i] for i in lumen["articles"]] == [str(bare)]
