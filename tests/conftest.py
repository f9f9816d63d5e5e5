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


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    """Write self-written articles ``{file name: text}`` into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def assert_failed_write_keeps_old_file(tmp_path: Path, monkeypatch, name: str, write) -> None:
    """A write whose final rename fails leaves the old file, and no temporary file, behind."""
    target = tmp_path / name
    target.write_text("old", encoding="utf-8")

    def fail_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("kg.io.os.replace", fail_replace)
    with pytest.raises(OSError, match="disk full"):
        write(target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == [name]
