"""Extractors, one module per language, picked through a registry.

Each extractor has a registered, versioned ``name`` (``"en.spacy.v1"``)
that goes into every fact's provenance, and one method::

    extract(article: Article) -> Extraction

Extractors load their models lazily and once per process.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.errors import ExtractError

#: The entity types each relation takes, (subjects, objects), in every
#: language: a fact between other types is a misreading ("a person established
#: by a milestone", "a body located in a government").
ARGUMENT_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    pred: (frozenset(subj), frozenset(obj)) for pred, (subj, obj) in {
        "visited": ({"Person", "Organization"}, {"Place", "Facility", "Organization", "Event"}),
        "locatedIn": ({"Place", "Facility", "Organization"}, {"Place", "Facility"}),
        "establishedBy": ({"Organization", "Facility", "Place", "Event", "Product"}, {"Person", "Organization", "Place"}),
        "designedBy": ({"Facility", "Product", "Place"}, {"Person", "Organization"}),
        "unveiled": ({"Organization", "Facility", "Person", "Place"}, {"Product", "Plan", "Event", "Facility"}),
        "hosts": ({"Facility", "Place", "Organization"}, {"Organization", "Event", "Facility"}),
        "metWith": ({"Person", "Organization"}, {"Person", "Organization"}),
        # A city or province that signs is its government ("경기도는 … 협약을 체결했다").
        "signedAgreementWith": ({"Person", "Organization", "Place"}, {"Person", "Organization", "Place"}),
        "originOf": ({"Place", "Facility", "Organization"}, {"Organization", "Product", "Person"}),
        "announced": ({"Person", "Organization", "Place"}, {"Plan", "Product", "Event"}),
        "develops": ({"Person", "Organization", "Place"}, {"Plan", "Facility", "Product", "Event"}),
    }.items()
}


def arguments_fit(pred: str, subject_type: str, object_type: str | None) -> bool:
    """Whether a relation may hold between entities of these types (literal values always may).

    >>> arguments_fit("locatedIn", "Facility", "Place"), arguments_fit("locatedIn", "Facility", "Organization")
    (True, False)
    """
    allowed = ARGUMENT_TYPES.get(pred)
    if allowed is None or object_type is None:
        return True
    return subject_type in allowed[0] and object_type in allowed[1]


# language code -> factory returning an extractor instance
_REGISTRY: dict[str, Callable[[], object]] = {}
_INSTANCES: dict[str, object] = {}


def register(lang: str):
    """Class decorator: register an extractor factory for ``lang``."""

    def deco(factory):
        _REGISTRY[lang] = factory
        return factory

    return deco


def languages() -> list[str]:
    """The language codes that have an extractor."""
    _load_builtin()
    return sorted(_REGISTRY)


def get_extractor(lang: str):
    """Return the (shared) extractor for ``lang``.

    >>> get_extractor("xx")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.ExtractError: No extractor for language 'xx'. Available: en, ko
    """
    _load_builtin()
    if lang not in _REGISTRY:
        raise ExtractError(f"No extractor for language {lang!r}. Available: {', '.join(sorted(_REGISTRY))}")
    if lang not in _INSTANCES:
        _INSTANCES[lang] = _REGISTRY[lang]()
    return _INSTANCES[lang]


def _load_builtin() -> None:
    # Imported here so that `import kg` stays fast and a broken optional
    # language does not break the others.
    from kg.extract import en, ko  # noqa: F401
