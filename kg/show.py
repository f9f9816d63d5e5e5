"""Show a knowledge graph inside a Jupyter notebook.

``kg.show(graph)`` returns an object that Jupyter draws as the same
interactive page ``kg build`` writes to ``graph.html``, in an ``<iframe>``
whose ``srcdoc`` holds the whole page. The page needs no network, so it
works in an offline notebook and in a saved one.
"""

from __future__ import annotations

import html
import os

import rdflib

from kg.errors import UsageError
from kg.export.html import DEFAULT_MAX_NODES, render_html

__all__ = ["show", "GraphView"]


class GraphView:
    """A rendered graph page that Jupyter displays through ``_repr_html_``.

    Attributes:
        page: the full HTML page, as :func:`kg.export.html.render_html` made it.
        height: the iframe's height in pixels.
    """

    def __init__(self, page: str, height: int):
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        # srcdoc is an attribute: the whole page is HTML-escaped, quotes
        # included, so nothing in it can end the attribute. The sandbox lets
        # the page's script run but gives it no access to the notebook.
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {self.height}px; border: 1px solid #ddd;" '
            f'title="Knowledge graph"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<GraphView: {len(self.page)} characters of HTML, {self.height}px high>"


def show(
    graph: rdflib.Graph | str | os.PathLike,
    *,
    height: int = 650,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> GraphView:
    """Return a view of ``graph`` that a notebook draws as the interactive page.

    Args:
        graph: an :class:`rdflib.Graph`, a path to an RDF file (``.ttl``,
            ``.jsonld`` ...), or anything with a ``graph`` attribute such
            as the result of ``kg.build``.
        height: the height of the view in pixels.
        max_nodes: the most nodes drawn; see :func:`kg.export.html.render_html`.
        title: the page's heading.

    Returns:
        A :class:`GraphView`; the last expression of a cell is displayed.

    Raises:
        UsageError: ``height`` is not a positive integer.

    >>> from rdflib import Graph
    >>> view = show(Graph(), height=400, title="Empty")
    >>> view._repr_html_().startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    True
    >>> "height: 400px" in view._repr_html_()
    True
    """
    if isinstance(height, bool) or not isinstance(height, int) or height < 1:
        raise UsageError(f"height must be a positive number of pixels, not {height!r}")
    if not isinstance(graph, rdflib.Graph):
        inner = getattr(graph, "graph", None)
        if isinstance(inner, rdflib.Graph):
            graph = inner
        else:
            from kg.pipeline import load_graph

            graph = load_graph(graph)
    return GraphView(render_html(graph, title=title, max_nodes=max_nodes), height)
