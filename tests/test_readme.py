"""The README, tried as a new user would: every command in its code blocks runs, as written, in a folder
laid out like a fresh clone after `make run` (seeds/, queries/, the built exports/, ../shared beside
it), and its Python example gives the values its comments say."""
from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED, answer, free_port

README = ROOT / "README.md"
BIN = Path(sys.executable).parent          # the environment `make run` made (.venv/bin in a clone)
COMMAND_WORDS = (".venv/bin/kg", ".venv/bin/python", "make", "curl")
PLACEHOLDER = re.compile(r"\[|\.\.\.|\b(PATH|DIR|QUERY|NAME|N|PORT)\b")
TIMEOUT = 300


def code_blocks(text: str) -> list[tuple[str, list[str]]]:
    """(language, lines) of every code block: fenced ones with their language, indented ones as ''."""
    blocks, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        fence = re.match(r"^```(\w*)\s*$", lines[i])
        if fence:
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            blocks.append((fence.group(1), lines[i + 1:j]))
            i = j + 1
            continue
        if lines[i].startswith("    ") and lines[i].strip() and (i == 0 or not lines[i - 1].strip()):
            j = i
            while j < len(lines) and (lines[j].startswith("    ") or not lines[j].strip()):
                j += 1
            blocks.append(("", [ln[4:] for ln in lines[i:j] if ln.strip()]))
            i = j
            continue
        i += 1
    return blocks


def commands() -> list[str]:
    """The command lines of the README's indented blocks (a trailing comment dropped)."""
    out = []
    for lang, lines in code_blocks(README.read_text(encoding="utf-8")):
        if lang:
            continue
        for line in lines:
            if line.split(" ", 1)[0] in COMMAND_WORDS:
                out.append(re.sub(r"\s+#\s.*$", "", line).strip())
    return out


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    """A folder laid out like a fresh clone: the project's files and ../shared beside it."""
    top = tmp_path_factory.mktemp("readme")
    project = top / "caregraph"
    project.mkdir()
    for name in ("seeds", "queries", "ontology", "scripts", "Makefile", "README.md"):
        (project / name).symlink_to(ROOT / name)
    if SHARED.is_dir():
        (top / "shared").symlink_to(SHARED, target_is_directory=True)
    return project


def run(command: str, cwd: Path, port: int | None = None) -> subprocess.CompletedProcess:
    """A README command as a user runs it from the project folder (.venv/bin: this environment)."""
    command = command.replace(".venv/bin/", f"{BIN}/")
    if port is not None:
        command = command.replace("7878", str(port))
    if command.startswith("curl "):
        command = "curl -sS --fail " + command[len("curl "):]
    env = {k: v for k, v in os.environ.items() if k != "CAREGRAPH_SPACY_MODEL"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True,
                          timeout=TIMEOUT, stdin=subprocess.DEVNULL, env=env)


@pytest.fixture(scope="module")
def built_clone(clone):
    """`make run`'s build, run as the Makefile runs it."""
    recipe = re.search(r"^run:.*\n\t(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    assert recipe == "$(BIN)/kg build seeds --out exports"
    done = run(".venv/bin/kg build seeds --out exports", clone)
    assert done.returncode == 0, done.stderr
    return clone


def test_the_readme_shows_commands():
    cmds = commands()
    assert len(cmds) >= 10
    # written as they run after `make run`: no bare `kg`, no system `python`
    assert all(c.split(" ", 1)[0] in COMMAND_WORDS for c in cmds)
    text = README.read_text(encoding="utf-8")
    assert ". .venv/bin/activate" in text


def test_every_synopsis_names_real_options(built_clone):
    for command in commands():
        if not command.startswith(".venv/bin/kg ") or not PLACEHOLDER.search(command):
            continue
        words = command.split()[1:]
        sub = " ".join(words[:next((i for i, w in enumerate(words) if not w.isalpha()), len(words))])  # "export csv"
        done = run(f".venv/bin/kg {sub} --help", built_clone)
        assert done.returncode == 0, command
        for option in re.findall(r"--[a-z-]+", command):
            assert option in done.stdout, (command, option)


def test_every_command_runs(built_clone):
    """Each concrete command: exit 0 and some output; curl against `kg serve` started as documented."""
    concrete = [c for c in commands() if not PLACEHOLDER.search(c) and not c.startswith("make ")]
    for command in [c for c in concrete if " -m pytest" in c]:  # this suite itself: its files exist
        concrete.remove(command)
        assert all((ROOT / a).exists() for a in shlex.split(command) if a.startswith("tests/")), command
    # the evaluation reads ../shared too (its scorer, gold and development feed), whether or not the
    # command names it
    needs_shared = [c for c in concrete if "../shared" in c or "scripts/evaluate.py" in c]
    if needs_shared and not SHARED.is_dir():
        concrete = [c for c in concrete if c not in needs_shared]
    port = free_port()
    server = None
    try:
        for command in concrete:
            if command.startswith(".venv/bin/kg browse"):   # a server: started, its council page read, stopped
                check_server(command, built_clone, "/council/E10000034", "Worcestershire County Council")
                continue
            if command.startswith(".venv/bin/kg review"):   # likewise its page
                check_server(command, built_clone, "/api/article?id=001_c66dfc39aa2bc9bf", "Worcestershire")
                continue
            if command.startswith("curl ") and server is None:
                server = subprocess.Popen([str(BIN / "kg"), "serve", "--port", str(port)], cwd=built_clone,
                                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)
                wait_for(port, server)
            done = run(command, built_clone, port)
            assert done.returncode == 0, (command, done.stdout[-500:], done.stderr[-500:])
            assert done.stdout.strip(), command
            if command.startswith(".venv/bin/kg validate"):
                assert done.stdout.strip() == "conforms"
            if command.startswith("curl "):
                assert "Worcestershire" in done.stdout or "E10000034" in done.stdout or "speaker" in done.stdout
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


def check_server(command: str, cwd: Path, path: str, expect: str) -> None:
    """A server command as the README runs it (on a free port), answering `path` with `expect` in it."""
    port = free_port()
    server = subprocess.Popen(["bash", "-c", command.replace(".venv/bin/", f"{BIN}/") + f" --port {port}"],
                              cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        assert expect in answer(f"http://127.0.0.1:{port}{path}", server), command
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


def wait_for(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    answer(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", server, timeout)


def test_how_it_works_names_real_files():
    for lang, lines in code_blocks(README.read_text(encoding="utf-8")):
        if lang or not lines or not lines[0].startswith("kg/"):
            continue
        for line in lines:
            names = []
            for token in line.split():
                if not re.fullmatch(r"[\w./-]+\.py,?|[\w.-]+/[\w./-]*,?", token):
                    break
                names.append(token.rstrip(","))
            assert names, line
            first = ROOT / names[0]
            assert first.exists(), line
            for other in names[1:]:
                assert (first.parent / other).exists(), (line, other)


def test_python_example_gives_what_its_comments_say(built_clone, monkeypatch):
    [example] = [lines for lang, lines in code_blocks(README.read_text(encoding="utf-8")) if lang == "python"]
    monkeypatch.chdir(built_clone)
    scope: dict = {}
    checked = 0
    for line in example:
        if not line.strip():
            continue
        code, _, comment = line.partition("  #")
        code, comment = code.strip(), comment.strip()
        try:
            tree = ast.parse(code, mode="eval")
        except SyntaxError:
            exec(code, scope)  # a statement: import, assignment
            continue
        value = eval(compile(tree, "README", "eval"), scope)
        expected = _literal(comment)
        if expected is None:
            continue
        items, prefix = expected
        if prefix:
            assert list(value)[:len(items)] == items, (code, value)
        else:
            assert value == items, (code, value)
        checked += 1
    assert checked >= 3


def _literal(comment: str):
    """(value, is_a_prefix) of a comment that is a Python literal ("[a, b, ...]": a prefix), else None."""
    prefix = comment.endswith(", ...]")
    text = comment[:-len(", ...]")] + "]" if prefix else comment
    try:
        return ast.literal_eval(text), prefix
    except (ValueError, SyntaxError):
        return None


def test_validate_takes_the_graph_as_argument_or_option(built_clone):
    from click.testing import CliRunner

    from kg.cli import EXIT_OK, main
    exports = str(built_clone / "exports")
    for args in (["validate", exports], ["validate", "--graph", exports], ["validate", exports, "--graph", exports]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == EXIT_OK and result.output.strip() == "conforms", args
    result = CliRunner().invoke(main, ["validate", exports, "--graph", str(built_clone / "seeds")])
    assert result.exit_code == 2 and "two graphs given" in result.output
    result = CliRunner().invoke(main, ["validate", "--graph", str(built_clone / "nowhere")])
    assert result.exit_code == 1 and "nowhere" in result.output


def test_how_it_works_lists_every_extractor_and_exporter():
    """The module list is one block that names each extractor, each exporter and the store."""
    [block] = [lines for lang, lines in code_blocks(README.read_text(encoding="utf-8"))
               if not lang and lines and lines[0].startswith("kg/")]
    text = " ".join(block)
    wanted = [p.name for d in ("extract", "export") for p in (ROOT / "kg" / d).glob("*.py") if p.name != "__init__.py"]
    wanted += ["kg/browse/"]
    wanted += ["record.py", "check.py", "store.py", "model.py", "pipeline.py", "articles.py"]
    assert not [w for w in wanted if w not in text]
