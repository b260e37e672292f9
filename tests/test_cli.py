"""The kg command, through click's CliRunner: exit codes and one-line problems."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import EXIT_FATAL, EXIT_OK, EXIT_SKIPPED, main

GOOD = "Ofsted has rated Kent's children's services 'good' after a full inspection in May 2023.\n"


def test_build_writes_both_exports(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a1.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_OK, result.output
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "out" / "graph.graphml").stat().st_size > 0
    assert "1 article (" in result.output


def test_bad_input_is_one_line_and_good_articles_still_land(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    missing = tmp_path / "nope"
    result = CliRunner().invoke(main, ["build", str(src), str(missing), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_SKIPPED
    lines = [ln for ln in result.output.splitlines() if ln.startswith("kg: ")]
    assert len(lines) == 3
    assert any("empty.txt" in ln and "no text" in ln for ln in lines)
    assert any("binary.txt" in ln and "binary" in ln for ln in lines)
    assert any(str(missing) in ln and "no such file" in ln for ln in lines)
    assert "Traceback" not in result.output
    assert "good" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_strict_stops_and_writes_nothing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(b"")
    (src / "b.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(src), "--strict", "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_SKIPPED
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_unknown_pipeline_is_one_clear_line(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--model", "no_such_pipeline",
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_FATAL
    assert result.output.count("\n") == 1
    assert "no_such_pipeline" in result.output and "pip install" in result.output


def test_a_second_build_parses_nothing_and_prune_drops_what_is_gone(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a1.txt").write_text(GOOD, encoding="utf-8")
    (src / "a2.txt").write_text(GOOD.replace("Kent", "Devon"), encoding="utf-8")
    args = ["build", str(src), "--out", str(out), "--no-record"]  # the news alone: no council is there without it
    assert CliRunner().invoke(main, args).exit_code == EXIT_OK
    assert "E10000008" in (out / "graph.ttl").read_text(encoding="utf-8")  # Devon County Council
    again = CliRunner().invoke(main, args)
    assert again.exit_code == EXIT_OK
    assert "2 articles (0 parsed, 2 unchanged)" in again.stderr and "exports unchanged" in again.stderr
    (src / "a2.txt").unlink()
    kept = CliRunner().invoke(main, args)
    assert "2 articles (0 parsed, 1 unchanged, 1 kept from earlier builds)" in kept.stderr
    pruned = CliRunner().invoke(main, args + ["--prune"])
    assert pruned.exit_code == EXIT_OK
    assert "1 article (0 parsed, 1 unchanged, 1 pruned)" in pruned.stderr
    assert "E10000008" not in (out / "graph.ttl").read_text(encoding="utf-8")  # Devon went with a2


def test_commands_that_read_a_built_graph_do_not_load_spacy():
    """Only `kg build` parses text: the other commands start without spaCy's second of imports."""
    import subprocess
    import sys
    code = ("import sys, kg.cli, kg.query, kg.check, kg.serve, kg.push, kg.validate, kg.stats; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
