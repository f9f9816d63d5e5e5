"""Check a kg graph against the SHACL shapes in ``ontology/``.

``shapes.ttl`` holds the checks every graph must pass (sh:Violation);
``shapes-warnings.ttl`` the recommended ones (sh:Warning), run on request.

pyshacl runs with ``ontology/kg.ttl`` as the ontology graph and **no
inference**. The ontology is mixed into (a copy of) the data graph, so
SHACL's own ``rdfs:subClassOf*`` lookups see the class hierarchy: a
``sh:class kg:Event`` check accepts a ``kg:Visit``. RDFS inference is left
off on purpose: it would type every subject of ``kg:holdsOffice`` as a
``kg:Person`` from the property's domain, hiding the very mistakes the
shapes are there to catch, and it multiplies the graph's size.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH
from rdflib.term import BNode, Node, URIRef

from kg.errors import ValidationError
from kg.sparql import compact, read_graph
from kg.resources import ontology_dir

SHAPES_FILE = "shapes.ttl"
WARNING_SHAPES_FILE = "shapes-warnings.ttl"
ONTOLOGY_FILE = "kg.ttl"

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Issue:
    """One SHACL validation result.

    ``severity`` is ``"Violation"``, ``"Warning"`` or ``"Info"``.
    ``focus_node`` is the node that failed and ``value`` the offending
    value, when there is one. ``path`` is the property's full IRI, or a
    SPARQL property path such as ``^<iri>`` for an inverse path, or
    ``None`` for a check on the node itself. ``shape`` is the IRI of the
    node shape the check belongs to.
    """

    severity: str
    focus_node: Node
    path: str | None
    message: str
    value: Node | None = None
    shape: str | None = None


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`.

    ``conforms`` is true when there is no issue of severity Violation;
    warnings never make a graph non-conforming. ``violations`` lists every
    issue found, of every severity, violations first.
    """

    conforms: bool
    violations: list[Issue] = field(default_factory=list)


def shapes_graph(warnings: bool = False) -> rdflib.Graph:
    """Return the SHACL shapes as one graph.

    Args:
        warnings: also include the recommended checks of
            ``shapes-warnings.ttl``.

    >>> len(shapes_graph(warnings=True)) > len(shapes_graph())
    True
    """
    graph = read_graph(ontology_dir() / SHAPES_FILE)
    if warnings:
        graph += read_graph(ontology_dir() / WARNING_SHAPES_FILE)
    return graph


def ontology_graph() -> rdflib.Graph:
    """Return ``ontology/kg.ttl`` as a graph.

    >>> from kg.vocab import KG
    >>> (KG.Visit, rdflib.RDFS.subClassOf, KG.Event) in ontology_graph()
    True
    """
    return read_graph(ontology_dir() / ONTOLOGY_FILE)


@functools.lru_cache(maxsize=2)
def _cached_shapes(warnings: bool) -> rdflib.Graph:
    return shapes_graph(warnings)


@functools.lru_cache(maxsize=1)
def _cached_ontology() -> rdflib.Graph:
    return ontology_graph()


def validate(graph: rdflib.Graph, *, warnings: bool = False) -> ValidationReport:
    """Validate ``graph`` against the kg SHACL shapes.

    Args:
        graph: the graph to check; it is not modified.
        warnings: also run the recommended checks (severity Warning).

    Returns:
        A :class:`ValidationReport`; ``conforms`` ignores warnings.

    >>> g = rdflib.Graph().parse(format="turtle", data='''
    ...     <https://w3id.org/kg-news/id/entity/x> a <https://w3id.org/kg-news/ontology#Person> .
    ... ''')
    >>> report = validate(g)
    >>> report.conforms
    False
    >>> print(format_report(report))
    Violation: id:entity/x rdfs:label: Entity has no rdfs:label
    1 violation
    """
    from pyshacl import validate as shacl_validate

    shapes = _cached_shapes(warnings)
    _conforms, results, _text = shacl_validate(
        graph,
        shacl_graph=shapes,
        ont_graph=_cached_ontology(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
        inplace=False,
    )
    if not isinstance(results, rdflib.Graph):
        # pyshacl reports broken shapes as a failure object, not a graph.
        raise ValidationError(f"The SHACL shapes could not run: {results}")
    issues = sorted(
        (_issue(results, shapes, node) for node in results.subjects(RDF.type, SH.ValidationResult)),
        key=lambda i: (
            _SEVERITY_ORDER.get(i.severity, 9),
            str(i.focus_node),
            i.path or "",
            i.message,
            str(i.value),
        ),
    )
    return ValidationReport(
        conforms=not any(i.severity == "Violation" for i in issues),
        violations=issues,
    )


def format_report(report: ValidationReport) -> str:
    """Render a report as one line per issue and a closing count.

    Lines read ``Severity: <focus> <path>: <message> (value: <value>)``
    with IRIs as prefixed names (``kg:``, ``id:`` ...).

    >>> print(format_report(ValidationReport(conforms=True)))
    Conforms: no violations
    """
    lines = []
    for issue in report.violations:
        where = compact(issue.focus_node)
        if issue.path:
            where += " " + _compact_path(issue.path)
        line = f"{issue.severity}: {where}: {issue.message}"
        # Node-level checks report the focus node as the value: say it once.
        if issue.value is not None and issue.value != issue.focus_node:
            line += f" (value: {compact(issue.value)})"
        lines.append(line)
    counts = {}
    for issue in report.violations:
        counts[issue.severity] = counts.get(issue.severity, 0) + 1
    if not counts:
        lines.append("Conforms: no violations")
    else:
        lines.append(
            ", ".join(
                f"{n} {sev.lower()}{'s' if n != 1 else ''}"
                for sev, n in sorted(counts.items(), key=lambda kv: _SEVERITY_ORDER.get(kv[0], 9))
            )
        )
    return "\n".join(lines)


def _issue(results: rdflib.Graph, shapes: rdflib.Graph, node: Node) -> Issue:
    severity = results.value(node, SH.resultSeverity)
    path = results.value(node, SH.resultPath)
    messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
    source = results.value(node, SH.sourceShape)
    return Issue(
        severity=_local_name(severity) if severity is not None else "Violation",
        focus_node=results.value(node, SH.focusNode),
        path=_render_path(path, results) if path is not None else None,
        message="; ".join(messages) or _local_name(results.value(node, SH.sourceConstraintComponent)),
        value=results.value(node, SH.value),
        shape=_node_shape(source, shapes),
    )


def _local_name(iri: Node | None) -> str:
    text = str(iri or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _render_path(path: Node, graph: rdflib.Graph) -> str:
    """A result path as text: an IRI as is, complex paths in SPARQL syntax."""
    if isinstance(path, URIRef):
        return str(path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _bracket(_render_path(inverse, graph))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        items = rdflib.collection.Collection(graph, alternatives)
        return "(" + "|".join(_bracket(_render_path(p, graph)) for p in items) + ")"
    if (path, RDF.first, None) in graph:
        items = rdflib.collection.Collection(graph, path)
        return "/".join(_bracket(_render_path(p, graph)) for p in items)
    for predicate, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = graph.value(path, predicate)
        if inner is not None:
            return _bracket(_render_path(inner, graph)) + suffix
    return str(path)


def _bracket(rendered: str) -> str:
    return f"<{rendered}>" if rendered.startswith(("http:", "https:", "urn:")) else rendered


def _compact_path(path: str) -> str:
    if path.startswith(("http:", "https:", "urn:")):
        return compact(URIRef(path))
    # Complex paths carry their IRIs in <...>: shorten each one.
    out, rest = [], path
    while "<" in rest:
        before, _, after = rest.partition("<")
        iri, _, rest = after.partition(">")
        out.append(before + compact(URIRef(iri)))
    out.append(rest)
    return "".join(out)


def _node_shape(source: Node | None, shapes: rdflib.Graph) -> str | None:
    """The IRI of the node shape a (possibly blank) property shape belongs to."""
    seen: set[Node] = set()
    while isinstance(source, BNode) and source not in seen:
        seen.add(source)
        parent = next(iter(shapes.subjects(SH.property, source)), None)
        if parent is None:
            parent = next(iter(shapes.subjects(SH.sparql, source)), None)
        source = parent
    return str(source) if isinstance(source, URIRef) else None


def validate_file(path: str | Path, *, warnings: bool = False) -> ValidationReport:
    """Read an RDF file (by extension) and validate it.

    >>> validate_file("no/such/graph.ttl")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.QueryError: no/such/graph.ttl: no such file
    """
    return validate(read_graph(path), warnings=warnings)
