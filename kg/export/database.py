"""caregraph.db: the graph's tables (kg.export.tabular) as a SQLite database for Datasette (`kg browse`), with
sqlite-utils: primary keys, foreign keys (Datasette links a row to the rows it names), full-text search on
sentences, titles, names and quotes, and indexes on what people filter by. Written to a temporary file and
renamed into place; the same graph gives the same rows in the same order (and, with SQLite's deterministic
page layout for the same statements, the same bytes).
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.export import atomic_path
from kg.export.tabular import Table, graph_tables

DATABASE = "caregraph.db"


def write_database(tables: list[Table], path: Path) -> None:
    """Write `tables` to the SQLite database at `path` (replaced whole, atomically)."""
    import sqlite_utils

    with atomic_path(path) as tmp:
        if tmp.exists():
            os.remove(tmp)
        db = sqlite_utils.Database(tmp)
        try:
            with db.conn:
                for t in tables:
                    db[t.name].create({c: kind for c, kind, _ in t.columns}, pk=t.pk,
                                      column_order=t.column_names)
                    db[t.name].insert_all(t.rows, batch_size=1000)
            # foreign keys once every table exists (a judgement names another judgement, the official one)
            db.add_foreign_keys([(t.name, col, other, other_col) for t in tables
                                 for col, other, other_col in t.foreign_keys])
            db.index_foreign_keys()
            for t in tables:
                for col in sorted(set(t.indexes) - {c for c, _, _ in t.foreign_keys}):
                    db[t.name].create_index([col], if_not_exists=True)
                if t.fts:
                    db[t.name].enable_fts(t.fts, tokenize="porter", replace=True)
            db.conn.execute("VACUUM")
        finally:
            db.close()


def export_database(out: Path, sources: dict[str, str] | None = None) -> list[Table]:
    """caregraph.db of the build in `out`, from its graph.nq (`sources`: article IRI -> the name of the input
    file it was read from, kept by the build store). Returns the tables written."""
    tables = graph_tables(out / "graph.nq", sources)
    write_database(tables, out / DATABASE)
    return tables
