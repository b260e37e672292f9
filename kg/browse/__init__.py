"""`kg browse`: Datasette over a build's caregraph.db (kg.export.database) on 127.0.0.1, with caregraph's
metadata (kg/data/browse/metadata.yaml, and every table's and column's description from
kg.export.tabular), templates (a home page listing councils, a page per council at /council/<GSS code>) and
plugin (kg.browse.plugins.council_pages)."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml

from kg.export.database import DATABASE

BROWSE = Path(str(files("kg") / "data" / "browse"))


class BrowseError(Exception):
    """A problem the user can fix (no caregraph.db in the folder); its message is one line."""


@lru_cache(maxsize=1)
def metadata() -> dict:
    """Datasette's metadata: the shipped YAML with each table's and column's description added."""
    from kg.export.tabular import table_schemas
    meta = yaml.safe_load((BROWSE / "metadata.yaml").read_text(encoding="utf-8"))
    tables = meta.setdefault("databases", {}).setdefault("caregraph", {}).setdefault("tables", {})
    for t in table_schemas():
        m = tables.setdefault(t.name, {})
        m.setdefault("description", t.description)
        m.setdefault("columns", {name: desc for name, _, desc in t.columns})
    return meta


def _register_plugin() -> None:
    from datasette.plugins import pm
    from kg.browse.plugins import council_pages
    if not pm.is_registered(council_pages):
        pm.register(council_pages, name="caregraph")


def datasette_app(graph_dir: str | Path):
    """A Datasette instance over `graph_dir`/caregraph.db with caregraph's metadata, templates and plugin."""
    from datasette.app import Datasette
    db = Path(graph_dir) / DATABASE
    if not db.is_file():
        raise BrowseError(f"{db}: no such file (run `kg build` with --out {graph_dir} first)")
    _register_plugin()
    return Datasette(files=[str(db)], metadata=metadata(), template_dir=str(BROWSE / "templates"),
                     # queries on the event loop's thread, each Database object with its own connection: when
                     # a build replaces caregraph.db the plugin swaps in a Database of the new file
                     settings={"default_facet_size": 10, "num_sql_threads": 0})


def browse(graph_dir: str | Path, port: int = 8001) -> None:
    """Serve `graph_dir`'s caregraph.db with Datasette on 127.0.0.1:`port` until interrupted."""
    import asyncio

    import socket

    import uvicorn
    ds = datasette_app(graph_dir)
    with socket.socket() as probe:   # said in one line now, not as uvicorn's log and exit status
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise BrowseError(f"127.0.0.1:{port}: cannot listen ({exc.strerror or exc}); "
                              "choose another --port") from None
    asyncio.run(ds.invoke_startup())
    print(f"kg: browsing {Path(graph_dir) / DATABASE} at http://127.0.0.1:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(ds.app(), host="127.0.0.1", port=port, log_level="warning")
