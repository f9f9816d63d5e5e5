"""The ``kg:`` ontology terms as a closed namespace.

Looking up a term that ``ontology/kg.ttl`` does not define raises
``AttributeError`` instead of minting a new IRI (rdflib's
``DefinedNamespace`` with ``_fail = True``). ``tests/test_vocab.py`` checks
that this list and the Turtle file agree.

>>> KG.visited
rdflib.term.URIRef('https://w3id.org/kg-news/ontology#visited')
>>> KG.vistied  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
AttributeError: term 'vistied' not in namespace
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
ENTITY_BASE = "https://w3id.org/kg-news/id/"

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    """Terms of the kg news ontology (``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # Classes of things named in the news.
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Facility: URIRef
    Product: URIRef
    Event: URIRef
    Visit: URIRef
    Meeting: URIRef
    Plan: URIRef
    Office: URIRef

    # Relations between entities.
    visited: URIRef
    locatedIn: URIRef
    establishedBy: URIRef
    designedBy: URIRef
    unveiled: URIRef
    hosts: URIRef
    metWith: URIRef
    signedAgreementWith: URIRef
    originOf: URIRef
    announced: URIRef
    develops: URIRef
    holdsOffice: URIRef
    jurisdiction: URIRef

    # Events.
    visitor: URIRef
    visitedPlace: URIRef
    dateText: URIRef

    # Attributes (literals on the entity they describe).
    establishedDate: URIRef
    lengthMetres: URIRef
    areaSquareMetres: URIRef
    quantityText: URIRef

    # Provenance of each fact (on an rdf:Statement).
    evidence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    confidence: URIRef

    # Articles.
    contentHash: URIRef
    sourcePath: URIRef


# Mention type (ontology class local name) -> class IRI, for entity types.
ENTITY_CLASSES: dict[str, URIRef] = {
    name: KG[name]
    for name in (
        "Person",
        "Organization",
        "Place",
        "Facility",
        "Product",
        "Event",
        "Plan",
    )
}

# Mention types that are values, not nodes: they become typed literals.
VALUE_TYPES = ("Date", "Quantity")
