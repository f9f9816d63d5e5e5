"""Shared fixtures: paths, the seed articles (skipped when absent), extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def seed_path(prefix: str) -> Path:
    """The seed article whose name starts with ``prefix``; skip when absent."""
    hits = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not hits:
        pytest.skip(f"seed article {prefix}_* not found in {SEEDS} (../shared is not beside the repo)")
    return hits[0]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found: {SEEDS} is absent (../shared is not beside the repo)")
    return SEEDS


@pytest.fixture(scope="session")
def en_extractor():
    from kg.extract import get_extractor

    return get_extractor("en")


@pytest.fixture(scope="session")
def ko_extractor():
    from kg.extract import get_extractor

    return get_extractor("ko")


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, seeds_dir):
    """The visit graph built once from both seeds, as the README does."""
    import kg

    out = tmp_path_factory.mktemp("visit")
    return kg.build([str(seeds_dir)], out=out, published=None), out


def read_fixture_article(name: str, **kwargs):
    from kg.ingest import read_articles

    articles, errors = read_articles([str(DATA / name)], **kwargs)
    assert not errors, errors
    return articles[0]
