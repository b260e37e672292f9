"""Reading article files: encodings, ids, and what is skipped."""
from __future__ import annotations

import codecs

import pytest

from kg.articles import Problems, read_articles

TEXT = "Ofsted’s report on Kent’s services cost £37,000 — “inadequate”.\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("cp1252"),
    TEXT.encode("utf-16"),
])
def test_encodings(tmp_path, data):
    (tmp_path / "x.txt").write_bytes(data)
    problems = Problems()
    [article] = list(read_articles([tmp_path], problems))
    assert article.id == "x"
    assert article.text == TEXT
    assert not problems


def test_control_characters_are_removed(tmp_path):
    (tmp_path / "x.txt").write_text("Kent\x0b council\x07 report\r\nline two", encoding="utf-8")
    [article] = list(read_articles([tmp_path], Problems()))
    assert article.text == "Kent council report\nline two"


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Kent", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kent", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    ids = [a.id for a in read_articles([tmp_path], Problems())]
    assert ids == ["a", "z"]
