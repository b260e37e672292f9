"""`kg query`: run a SPARQL query over a built graph (DIR/graph.ttl) with pyoxigraph.

resolve_query() finds the query text, run_query() loads the graph into an in-memory
store and evaluates the query, format_result() prints the answer as an aligned table,
CSV or SPARQL 1.1 JSON results. Every failure the user can cause is a one-line QueryError.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg.namespaces import PREFIXES

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
TABLE_CELL_MAX = 80  # table cells longer than this are cut with an ellipsis (csv/json keep them whole)
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class QueryError(Exception):
    """A problem the user can fix (missing graph, bad query); its message is one line."""


@dataclass
class QueryResult:
    """A materialised answer: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # pyoxigraph terms, None when unbound
    boolean: bool | None = None


def available_queries() -> list[str]:
    """Names of the stored queries in queries/ (without .rq)."""
    if not QUERIES_DIR.is_dir():
        return []
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


_BARE_NAME = re.compile(r"^[\w.-]+$")


def resolve_query(arg: str) -> str:
    """The query text `arg` stands for.

    An existing file -> its text; '-' -> standard input; a name of queries/<name>.rq
    (with or without .rq) -> that file; anything else is taken as the query itself.
    A word or path with no query in it (no spaces, no braces) that names nothing is an error.
    """
    if arg == "-":
        text = sys.stdin.read()
        if not text.strip():
            raise QueryError("no query on standard input")
        return text
    if _is_file(arg):
        return _read(Path(arg))
    name = arg[:-3] if arg.endswith(".rq") else arg
    if _BARE_NAME.match(name) and (QUERIES_DIR / f"{name}.rq").is_file():
        return _read(QUERIES_DIR / f"{name}.rq")
    if arg.strip() and not re.search(r"[\s{}]", arg):
        names = ", ".join(available_queries()) or "none"
        raise QueryError(f"{arg}: no such file or stored query (stored queries: {names})")
    return arg


def _is_file(arg: str) -> bool:
    if not arg or "\n" in arg or "\0" in arg:
        return False
    try:
        return Path(arg).is_file()
    except (OSError, ValueError):
        return False


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read: {_one_line(exc)}") from None


def graph_file(graph_dir) -> Path:
    """DIR/graph.ttl, or a one-line QueryError if it is missing."""
    path = Path(graph_dir) / "graph.ttl"
    if not path.is_file():
        raise QueryError(f"{path}: no such file; run kg build first")
    return path


def load_store(graph_dir):
    """An in-memory pyoxigraph Store holding DIR/graph.ttl."""
    import pyoxigraph as ox
    path = graph_file(graph_dir)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise QueryError(f"{path}: not valid Turtle: {_one_line(exc)}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"{path}: cannot load: {_one_line(exc)}") from None
    return store


def run_query(query_text: str, graph_dir) -> QueryResult:
    """Evaluate a SELECT, ASK, CONSTRUCT or DESCRIBE query over DIR/graph.ttl."""
    import pyoxigraph as ox
    if not query_text or not query_text.strip():
        raise QueryError("empty query")
    store = load_store(graph_dir)
    try:
        # the project's prefixes (cg:, schema:, skos: ...) need no declaration; a query's own win
        answer = store.query(query_text, prefixes=dict(PREFIXES))
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [tuple(solution[v] for v in variables) for solution in answer]
            return QueryResult("select", variables=variables, rows=rows)
        rows = [(t.subject, t.predicate, t.object) for t in answer]
        return QueryResult("graph", variables=["subject", "predicate", "object"], rows=rows)
    except SyntaxError as exc:
        message = _one_line(exc)
        if re.match(r"\s*(?:(?:PREFIX|BASE)\b[^{]*)?(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                     _strip_comments(query_text), re.IGNORECASE):
            raise QueryError("SPARQL updates are not supported: kg query only reads the graph") from None
        if "prefix not found" in message.lower():
            undeclared = _undeclared_prefixes(query_text)
            known = ", ".join(f"{p}:" for p in PREFIXES)
            named = f"the prefix {', '.join(p + ':' for p in undeclared)} is" if undeclared else "a prefix is"
            raise QueryError(f"SPARQL syntax error: {named} not declared (known without a PREFIX line: "
                             f"{known})") from None
        raise QueryError(f"SPARQL syntax error: {_shorten(message)}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {_one_line(exc)}") from None
    except (ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {_one_line(exc)}") from None


def _undeclared_prefixes(query: str) -> list[str]:
    """Prefixes a query uses that it does not declare and the project does not know."""
    text = re.sub(r"<[^>\s]*>|\"[^\"]*\"|'[^']*'", " ", _strip_comments(query))
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([\w-]*):", text)}
    used = dict.fromkeys(m.group(1) for m in re.finditer(r"(?<![\w?$:])([A-Za-z][\w-]*):(?=[\w])", text))
    return [p for p in used if p not in declared and p not in PREFIXES]


def _strip_comments(text: str) -> str:
    return re.sub(r"(?m)#.*$", "", text)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _shorten(message: str, limit: int = 160) -> str:
    """The parser's position and first expected tokens, not its whole list of character ranges."""
    return message if len(message) <= limit else message[:limit].rstrip() + " …"


# ---------------------------------------------------------------------------------------------
# Formatting


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as 'table', 'csv' or 'json' text, rows in the order the query gave them."""
    if fmt == "table":
        return _table(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    raise QueryError(f"unknown format {fmt!r} (use table, csv or json)")


def shorten(iri: str) -> str:
    """An IRI as prefix:local with the longest matching namespace in PREFIXES, else <iri>."""
    best = None
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(best[1])):
            best = (prefix, ns)
    if best is not None:
        local = iri[len(best[1]):]
        if re.fullmatch(r"[\w][\w.-]*", local) and not local.endswith("."):
            return f"{best[0]}:{local}"
    return f"<{iri}>"


def _kind(term) -> str:
    import pyoxigraph as ox
    if isinstance(term, ox.NamedNode):
        return "uri"
    if isinstance(term, ox.BlankNode):
        return "bnode"
    if isinstance(term, ox.Literal):
        return "literal"
    if isinstance(term, ox.Triple):
        return "triple"
    return "other"


def _cell(term) -> str:
    """How a term reads in a table: prefixed IRIs, literals as their text."""
    if term is None:
        return ""
    kind = _kind(term)
    if kind == "uri":
        return shorten(term.value)
    if kind == "bnode":
        return f"_:{term.value}"
    if kind == "literal":
        text = term.value
        return text
    if kind == "triple":
        return f"<< {_cell(term.subject)} {_cell(term.predicate)} {_cell(term.object)} >>"
    return str(term)


def _table(result: QueryResult) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    body = [[_fit(_cell(t)) for t in row] for row in result.rows]
    widths = [len(h) for h in header]
    for row in body:
        for i, text in enumerate(row):
            widths[i] = max(widths[i], len(text))
    lines = [_line(header, widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line(row, widths) for row in body)
    n = len(body)
    lines.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _fit(text: str) -> str:
    text = " ".join(text.split()) if ("\n" in text or "\r" in text or "\t" in text) else text
    if len(text) > TABLE_CELL_MAX:
        return text[: TABLE_CELL_MAX - 1] + "…"
    return text


def _line(cells, widths) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def _csv_value(term) -> str:
    """SPARQL 1.1 CSV: IRIs in full, literals as their lexical form, blank nodes as _:id."""
    if term is None:
        return ""
    kind = _kind(term)
    if kind == "bnode":
        return f"_:{term.value}"
    if kind == "triple":
        return f"<< {_csv_value(term.subject)} {_csv_value(term.predicate)} {_csv_value(term.object)} >>"
    return term.value


def _csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
        return out.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(t) for t in row])
    return out.getvalue()


def _json_term(term) -> dict:
    kind = _kind(term)
    if kind == "uri":
        return {"type": "uri", "value": term.value}
    if kind == "bnode":
        return {"type": "bnode", "value": term.value}
    if kind == "literal":
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    if kind == "triple":
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    return {"type": "literal", "value": str(term)}


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        doc = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [{var: _json_term(t) for var, t in zip(result.variables, row) if t is not None}
                    for row in result.rows]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
