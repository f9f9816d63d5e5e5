"""Tests for the atomic file writer (kg/io.py)."""

from __future__ import annotations

import pytest

from kg.io import atomic_write, flush_to_disk


@pytest.mark.parametrize("durable", [True, False])
def test_an_atomic_write_leaves_the_whole_file_and_no_temporary_one(tmp_path, durable):
    target = tmp_path / "sub" / "out.json"
    atomic_write(target, "old")
    assert atomic_write(target, '{"a": 1}', durable=durable) == target
    assert target.read_text() == '{"a": 1}'
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_files_written_without_a_flush_of_their_own_are_flushed_together(tmp_path):
    paths = [atomic_write(tmp_path / f"{k}.txt", str(k), durable=False) for k in range(3)]
    flush_to_disk(paths)
    flush_to_disk([])  # nothing to do
    assert [p.read_text() for p in paths] == ["0", "1", "2"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write(target, "good")
    with pytest.raises(TypeError):
        atomic_write(target, object())  # not text or bytes
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
