"""Tests for kg.show: the graph page inside a Jupyter notebook."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import rdflib

from kg.errors import UsageError
from kg.export.html import render_html
from kg.show import GraphView, show

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(DATA / "html-graph.ttl")


def srcdoc(markup: str) -> str:
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" [^<>]*></iframe>', markup)
    assert match, markup[:200]
    return html.unescape(match.group(1))


def test_repr_html_is_an_iframe_holding_the_whole_page(graph):
    view = show(graph, height=480, title="Notebook")
    markup = view._repr_html_()
    assert srcdoc(markup) == render_html(graph, title="Notebook")
    assert "height: 480px" in markup
    assert 'sandbox="allow-scripts"' in markup


def test_hostile_title_cannot_leave_the_srcdoc_attribute(graph):
    markup = show(graph, title='"><script>alert(1)</script>')._repr_html_()
    # One element: nothing closed the attribute or the iframe early.
    assert markup.count("<") == 2 and markup.count(">") == 2
    page = srcdoc(markup)
    assert "<h1>&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in page
    assert "<script>alert" not in page


def test_show_reads_a_graph_file_and_a_build_result(graph):
    from_file = show(DATA / "html-graph.ttl")
    assert from_file.page == render_html(graph)

    class Result:  # what kg.build returns, as far as show() cares
        pass

    result = Result()
    result.graph = graph
    assert show(result).page == from_file.page


def test_max_nodes_is_passed_on(graph):
    page = show(graph, max_nodes=3).page
    assert "Showing the 3 best connected of 7 nodes" in page


@pytest.mark.parametrize("height", [0, -1, "600px", 2.5, True])
def test_bad_height_is_a_usage_error(graph, height):
    with pytest.raises(UsageError, match=re.escape(repr(height))):
        show(graph, height=height)


def test_view_repr_is_short(graph):
    assert isinstance(show(graph), GraphView)
    assert repr(show(graph, height=300)).endswith("300px high>")
