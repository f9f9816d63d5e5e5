"""Tests for the place gazetteer (kg/gazetteer.py)."""

from __future__ import annotations

import pytest

from kg import gazetteer
from kg.gazetteer import cannot_lie_in, lookup


@pytest.mark.parametrize(
    "inner, outer, impossible",
    [
        ("United States", "Tulsa", True),  # a country in a city
        ("France", "Germany", True),  # a country in another
        ("Iowa", "Ohio", True),  # a state in another state
        ("California", "Los Angeles", True),  # a state in a city
        ("Oklahoma", "United States", False),
        ("Lyon", "France", False),
        ("New York", "United States", False),  # a state and a city
        ("Brooklyn", "New York", False),  # cities are not compared
        ("부산", "Korea", False),
        ("Vietnam", "하노이", True),  # Hangul names of cities are in the gazetteer too
        ("Korea", "Asia", False),  # continents are not in the gazetteer
        ("Hanbit Harbor Park", "Busan", False),  # unknown names rule nothing out
    ],
)
def test_cannot_lie_in(inner, outer, impossible):
    assert cannot_lie_in(inner, outer) is impossible


def test_lookup_finds_hangul_and_admin_suffixes():
    assert lookup("부산광역시")[0].name == "Busan"
    assert lookup("Busan")[0].country == "KR"


@pytest.mark.parametrize("name, major", [("Busan", True), ("Vietnam", True), ("Downey", False), ("Nowhereville", False)])
def test_is_major_needs_a_country_or_a_million(name, major):
    assert gazetteer.is_major(gazetteer.best(name)) is major


def test_a_country_is_found_without_the_direction_news_drops():
    assert [p.name for p in lookup("Korea")][:1] == ["South Korea"]
    assert lookup("Africa") == ()  # a continent's "South" is no country's
