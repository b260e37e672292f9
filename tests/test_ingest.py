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
    assert ids == ["a", "b/z"]   # a file in a subfolder is named by its path from the folder given


def test_pages_of_the_same_name_in_different_folders_are_all_read(tmp_path):
    """A saved website's story1/index.html, story2/index.html ...: every page, with ids that stay the same
    from run to run (issue 18, item 2)."""
    for n, council in enumerate(["Kent", "Leeds", "Hull"], start=1):
        (tmp_path / f"story{n}").mkdir()
        (tmp_path / f"story{n}" / "index.html").write_text(
            f"<html><body><article><h1>{council} rated good</h1><p>Ofsted has rated {council} council's children's "
            "services good after an inspection in May, the report published today says.</p></article></body></html>",
            encoding="utf-8")
    problems = Problems()
    ids = [a.id for a in read_articles([tmp_path], problems)]
    assert ids == ["story1/index", "story2/index", "story3/index"] and not problems
    assert [a.id for a in read_articles([tmp_path], Problems())] == ids


def test_a_file_given_by_name_keeps_its_name_as_id(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Kent council was inspected.", encoding="utf-8")
    assert [a.id for a in read_articles([tmp_path / "b" / "z.txt"], Problems())] == ["z"]
