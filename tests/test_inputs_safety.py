"""A mistake made in one keystroke never costs a user what is stored: a mistyped path with --prune, a
folder of nothing kg reads, a path that is not there (issue 18)."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from kg.cli import EXIT_FATAL, main
from tests.conftest import SEEDS


@pytest.fixture
def archive(tmp_path):
    out = tmp_path / "archive"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _state(out):
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


@pytest.mark.parametrize("bad", ["seedz", "empty-folder", "pdfs"])
def test_prune_with_a_mistyped_or_empty_input_changes_nothing(archive, tmp_path, bad):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "report.pdf").write_bytes(b"%PDF-1.4")
    before = _state(archive)
    result = CliRunner().invoke(main, ["build", str(tmp_path / bad), "--out", str(archive), "--prune"])
    assert result.exit_code == EXIT_FATAL
    assert "Traceback" not in result.output and result.output.count("\n") <= 2
    assert _state(archive) == before
    again = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(archive)])
    assert "5 articles (0 parsed, 5 unchanged)" in again.output


def test_prune_of_a_folder_whose_files_give_no_article_changes_nothing(archive, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "feed.jsonl").write_text("{\n", encoding="utf-8")
    before = _state(archive)
    result = CliRunner().invoke(main, ["build", str(bad), "--out", str(archive), "--prune"])
    assert result.exit_code == EXIT_FATAL and "nothing was pruned" in result.output
    assert _state(archive) == before


@pytest.mark.parametrize("make,says", [
    (lambda d: None, "no such file or folder"),
    (lambda d: d.mkdir(), "no article files"),
    (lambda d: (d.mkdir(), (d / "a.pdf").write_bytes(b"%PDF"), (d / "b.docx").write_bytes(b"PK")),
     "only .docx, .pdf files"),
])
def test_a_build_that_reads_no_article_says_so_and_writes_nothing(tmp_path, make, says):
    src = tmp_path / "in"
    make(src)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert result.exit_code == EXIT_FATAL and says in result.output
    assert not out.exists()


def test_a_missing_path_beside_good_ones_is_reported_and_the_rest_built(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEEDS), str(tmp_path / "nowhere"), "--out", str(out)])
    assert result.exit_code == 3 and "no such file or folder" in result.output
    assert "5 articles" in result.output


def test_prune_with_every_path_present_still_prunes(archive, tmp_path):
    one = tmp_path / "one"
    one.mkdir()
    first = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(first, one / first.name)
    result = CliRunner().invoke(main, ["build", str(one), "--out", str(archive), "--prune"])
    assert result.exit_code == 0 and "4 pruned" in result.output
