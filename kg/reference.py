"""Reference tables shipped in kg/data: councils (with date-aware aliases) and children's services providers."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from anyascii import anyascii


DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    return DATA_DIR / name


# libyaml's parser when PyYAML was built with it (wheels are): the data files are read at every start,
# and the pure-Python parser took half a second of a one-article build.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: str | Path):
    """The YAML document in `path` (a name under kg/data, or a path), safely loaded. A fresh object on each
    call: callers may change what they get."""
    path = Path(path) if isinstance(path, Path) or "/" in str(path) else data_path(path)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


def slug(text: str) -> str:
    """Stable key for names: lower case ASCII words joined by hyphens (apostrophes dropped).

    Letters are transliterated to ASCII first (anyascii), so spellings with and without diacritics
    are one key ("Zoë Kovač" and "Zoe Kovac": zoe-kovac; "Strauß": strauss), and invisible characters
    (a soft hyphen) do not split a word.
    """
    text = anyascii(text).lower().replace("’", "'").replace("'", "").replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass(frozen=True)
class Council:
    gss: str
    name: str
    short_name: str
    la_type: str
    region: str
    valid_from: int | None
    valid_to: int | None
    successors: tuple[str, ...]
    wikidata: str
    dfe_code: str
    ofsted_urn: str
    aliases: tuple[str, ...]

    def valid_on(self, when: date | None) -> bool:
        """Children's services responsibility changes hands on 1 April."""
        if when is None:
            return self.valid_to is None
        if self.valid_from and when < date(self.valid_from, 4, 1):
            return False
        if self.valid_to and when >= date(self.valid_to, 4, 1):
            return False
        return True


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    kind: str
    councils: tuple[str, ...]
    established: int | None
    ended: int | None
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...] = field(default=())
    run_by: str = ""   # a council that runs the services through it (a partnership): its GSS code


def _year(text: str) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


# Variants news uses for any council's short name, beyond the table's own aliases.
_VARIANTS = ("{} council", "{} county council", "{} city council", "{} borough council",
             "{} metropolitan borough council", "london borough of {}", "royal borough of {}",
             # the trade press's abbreviations: "Cumbria CC", "Calderdale MBC", "Sutton LBC", "Kingston RBC"
             "{} cc", "{} mbc", "{} lbc", "{} rbc", "{} bc")


class Reference:
    """Councils and providers, with an alias index for the entity ruler and date-aware resolution."""

    def __init__(self):
        self.councils: dict[str, Council] = {}
        self.providers: dict[str, Provider] = {}
        self.council_aliases: dict[str, set[str]] = {}
        self.provider_aliases: dict[str, str] = {}
        self._load_councils()
        self._load_providers()

    def _add_alias(self, alias: str, gss: str):
        alias = " ".join(alias.replace("’", "'").split()).lower()
        if alias:
            # "Barking and Dagenham" / "Barking & Dagenham": news writes both
            for variant in {alias, alias.replace(" and ", " & "), alias.replace(" & ", " and ")}:
                self.council_aliases.setdefault(variant, set()).add(gss)

    def _load_councils(self):
        with data_path("local_authorities.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
                c = Council(
                    gss=row["gss_code"], name=row["name"], short_name=row["short_name"],
                    la_type=row["la_type"], region=row["region"],
                    valid_from=_year(row["valid_from"]), valid_to=_year(row["valid_to"]),
                    successors=tuple(s for s in row["successor_gss"].split(";") if s),
                    wikidata=row["wikidata_qid"], dfe_code=row["dfe_la_code"],
                    ofsted_urn=row["ofsted_urn"], aliases=aliases)
                self.councils[c.gss] = c
                for a in (c.name, c.short_name, *aliases):
                    self._add_alias(a, c.gss)
                for v in _VARIANTS:
                    self._add_alias(v.format(c.short_name), c.gss)
        with data_path("council_aliases_extra.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self._add_alias(row["alias"], row["gss_code"])
                if "council" not in row["alias"].lower() and " " not in row["alias"].strip():
                    for v in _VARIANTS:  # a place name news uses alone ("Kingston") takes the same forms
                        self._add_alias(v.format(row["alias"]), row["gss_code"])

    def _load_providers(self):
        with data_path("childrens_services_providers.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                names = [a.strip() for a in row["aliases"].split(";") if a.strip()]
                acronyms = tuple(a for a in names if _is_acronym(a))
                p = Provider(
                    key=slug(row["name"]), name=row["name"], kind=row["kind"],
                    councils=tuple(s for s in row["councils"].split(";") if s),
                    established=_year(row["established"]), ended=_year(row["ended"]),
                    aliases=tuple(a for a in names if a not in acronyms), acronyms=acronyms,
                    run_by=row.get("run_by", "").strip())
                self.providers[p.key] = p
                for a in (p.name, *p.aliases, *p.acronyms):
                    self.provider_aliases[a.replace("’", "'")] = p.key

    def resolve_council(self, candidates: set[str] | frozenset[str], when: date | None) -> tuple[str, ...]:
        """The council(s) a name meant on `when` (today's councils with no date), as GSS codes.

        A name several councils answer to is the one valid on that date; a council abolished before
        that date is never the answer: its successor(s) valid on the date are ("Northamptonshire" in
        2022 is North and West Northamptonshire). Empty when nothing fits."""
        valid = sorted(g for g in candidates if self.councils[g].valid_on(when))
        if valid:
            return (valid[0],)
        successors = sorted({s for g in candidates for s in self._successors_on(g, when)})
        if successors:
            return tuple(successors)
        if len(candidates) == 1:  # a council that did not yet exist on the date: still the name's only sense
            return (next(iter(candidates)),)
        return ()

    def predecessors(self, gss: str) -> tuple[str, ...]:
        """The councils `gss` replaced (directly)."""
        return tuple(sorted(g for g, c in self.councils.items() if gss in c.successors))

    def successors_on(self, gss: str, when: date | None) -> list[str]:
        """The councils in being on `when` that took over an abolished council's area (through later
        reorganisations too)."""
        return self._successors_on(gss, when)

    def _successors_on(self, gss: str, when: date | None, depth: int = 0) -> list[str]:
        out = []
        for s in self.councils[gss].successors:
            if s not in self.councils or depth > 4:
                continue
            out += [s] if self.councils[s].valid_on(when) else self._successors_on(s, when, depth + 1)
        return out


def _is_acronym(alias: str) -> bool:
    """Short upper-case forms (TfC, BCT) are too ambiguous to link unless the full name is present."""
    return len(alias) <= 6 and " " not in alias and sum(ch.isupper() for ch in alias) >= 2


@lru_cache(maxsize=1)
def reference() -> Reference:
    return Reference()
