"""`kg export csv`: caregraph.db's tables (kg.export.tabular) as CSV files for Excel and R, one per table:
UTF-8 with a byte order mark (without it Excel reads the file as the system's code page and garbles curly
quotes; R's readr and Python's csv with encoding="utf-8-sig" skip it), one header row, ISO dates as the graph states them, rows in the database's order (by key), each
file written to a temporary file and renamed into place."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from kg.export import atomic_path
from kg.export.database import DATABASE


class CsvError(Exception):
    """A problem the user can fix (a folder with no caregraph.db); its message is one line."""


def export_csv(graph_dir: str | Path, out_dir: str | Path | None = None) -> list[Path]:
    """Write each table of `graph_dir`/caregraph.db to `out_dir`/TABLE.csv (default `graph_dir`/csv);
    returns the files written."""
    db_path = Path(graph_dir) / DATABASE
    if not db_path.is_file():
        raise CsvError(f"{db_path}: no such file (run `kg build` with --out {graph_dir} first)")
    out = Path(out_dir) if out_dir is not None else Path(graph_dir) / "csv"
    written = []
    try:
        db = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CsvError(f"{db_path}: cannot be opened ({exc})") from None
    try:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE '%\\_fts%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")]
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            path = out / f"{table}.csv"
            with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([d[0] for d in cursor.description])
                writer.writerows(cursor)
            written.append(path)
    except sqlite3.Error as exc:
        raise CsvError(f"{db_path}: not a caregraph database ({exc})") from None
    finally:
        db.close()
    return written
