"""Ofsted's published record as a graph layer: kg/data/ofsted_ratings.csv (one row per SIF or ILACS
inspection; sources and gaps in kg/data/SOURCES.md, section 3) described by kg/data/ofsted_record.yaml.

Each row becomes an official cg:Inspection (cg:inspectionType full, cg:framework, cg:startDate,
cg:endDate, dcterms:issued = the report's publication date, all xsd:date; rdfs:seeAlso the report when
the table has its URL) and the overall cg:Judgement it awarded (cg:rating, cg:fromInspection). Both are
prov:wasDerivedFrom the record's source entity, never from an article, so news facts (derived from a
schema:NewsArticle) stay apart. Every council of the record is in the layer with its label, GSS code, Wikidata item and ONS geography.

The table is read once per process (ofsted_record() is cached); a row it cannot use is a RecordError
naming the file, the line and the reason.
"""
from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from operator import itemgetter
from pathlib import Path

import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kg.model import council_triples, triple_key
from kg.namespaces import CG, ID, concept
from kg.reference import data_path, load_yaml, reference

RECORD_YAML = "ofsted_record.yaml"


class RecordError(ValueError):
    """The record's table or description cannot be used: one line naming the file, the line and the reason."""


@dataclass(frozen=True, order=True)
class OfficialJudgement:
    """One row of the record: an official inspection of a council and the overall judgement it awarded."""
    gss: str
    published: date              # the report's publication date
    rating: str                  # skos:notation of cg:RatingScheme
    framework: str               # "SIF" or "ILACS"
    start: date | None = None    # first and last day on site
    end: date | None = None
    report_url: str = ""

    @property
    def key(self) -> str:
        # a council never has two reports published on one day (SOURCES.md: inspections >= 180 days apart)
        return f"{self.gss}-{self.published.isoformat()}"

    @property
    def inspection_iri(self) -> URIRef:
        return ID[f"ofsted/inspection/{self.key}"]

    @property
    def judgement_iri(self) -> URIRef:
        return ID[f"ofsted/judgement/{self.key}"]


@dataclass
class OfstedRecord:
    """The record, by council: `of(gss)` lists a council's official judgements by publication date."""
    source: URIRef
    title: str
    source_url: str
    licence: str
    grace: timedelta             # a report published this long after a date still counts as out by then
    judgements: tuple[OfficialJudgement, ...]
    _by_council: dict[str, tuple[OfficialJudgement, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        by: dict[str, list] = {}
        for j in sorted(self.judgements):
            by.setdefault(j.gss, []).append(j)
        self._by_council = {g: tuple(js) for g, js in by.items()}
        self._published = {g: [j.published for j in js] for g, js in self._by_council.items()}

    @cached_property
    def begins(self) -> date:
        """The first day of the first inspection in the record (SIF began in November 2013)."""
        return min(j.start or j.published for j in self.judgements)

    def councils(self) -> list[str]:
        return sorted(self._by_council)

    def of(self, gss: str) -> tuple[OfficialJudgement, ...]:
        """The council's official judgements, oldest first (empty if the record does not cover it)."""
        return self._by_council.get(gss, ())

    def published_by(self, gss: str, day: date) -> tuple[OfficialJudgement, ...]:
        """The council's judgements whose report was out by `day`, with the grace days: oldest first."""
        return self.of(gss)[:bisect.bisect_right(self._published.get(gss, []), day + self.grace)]

    def in_force(self, gss: str, day: date) -> OfficialJudgement | None:
        """The rating in force on `day`: the latest report published on or before it (with the grace days)."""
        out = self.published_by(gss, day)
        return out[-1] if out else None

    @cached_property
    def triples(self) -> tuple:
        """The layer's triples (the source entity, every official inspection and judgement, and the
        councils' type, label and GSS code), computed once."""
        out: set = set()
        add = out.add
        s = self.source
        add((s, RDF.type, PROV.Entity))
        add((s, DCTERMS.title, Literal(self.title)))
        add((s, DCTERMS.source, URIRef(self.source_url)))
        if self.licence:
            add((s, DCTERMS.license, URIRef(self.licence)))
        for gss in self.councils():
            for t in council_triples(gss):  # every council of the record, as fully as one an article names
                add(t)
        for j in self.judgements:
            i, c = j.inspection_iri, ID[f"council/{j.gss}"]
            add((i, RDF.type, CG.Inspection))
            add((i, PROV.wasDerivedFrom, s))
            add((i, CG.about, c))
            add((i, CG.inspectionType, concept("full")))
            add((i, CG.framework, Literal(j.framework)))
            add((i, DCTERMS.issued, _xsd_date(j.published)))
            if j.start:
                add((i, CG.startDate, _xsd_date(j.start)))
            if j.end:
                add((i, CG.endDate, _xsd_date(j.end)))
            if j.report_url:
                add((i, RDFS.seeAlso, URIRef(j.report_url)))
            add((j.judgement_iri, RDF.type, CG.Judgement))
            add((j.judgement_iri, PROV.wasDerivedFrom, s))
            add((j.judgement_iri, CG.about, c))
            add((j.judgement_iri, CG.rating, concept(j.rating)))
            add((j.judgement_iri, CG.fromInspection, i))
        return tuple(out)

    @cached_property
    def keyed_triples(self) -> tuple:
        """(kg.model.triple_key, triple) pairs of the layer in canonical order, computed once, so that a
        build merges them into its sorted triples without sorting them again."""
        return tuple(sorted(((triple_key(t), t) for t in self.triples), key=itemgetter(0)))


def _xsd_date(d: date) -> Literal:
    return Literal(d.isoformat(), datatype=XSD.date)


def _date(text: str, where: str, column: str, required: bool = True) -> date | None:
    text = (text or "").strip()
    if not text and not required:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RecordError(f"{where}: {column} {text!r} is not an ISO date (YYYY-MM-DD)") from None


@lru_cache(maxsize=1)
def ofsted_record() -> OfstedRecord:
    """The record described by kg/data/ofsted_record.yaml, read once per process."""
    return load_record(data_path(RECORD_YAML))


def load_record(desc_path: Path) -> OfstedRecord:
    """The record described by the YAML file `desc_path` (its table named relative to it). Raises
    RecordError for a description or a row it cannot use (unknown council or rating, a date that is
    not ISO, no publication date, two reports on one council published the same day)."""
    try:
        desc = load_yaml(desc_path)
        table = desc_path.parent / desc["table"]
        src, ratings, grace = desc["source"], desc["ratings"], int(desc["grace_days"])
        iri, title, source_url = src["iri"], src["title"], src["source"]
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise RecordError(f"{desc_path}: cannot read the record's description ({type(exc).__name__}: {exc})") from None
    councils = reference().councils
    rows = []
    try:
        with table.open(encoding="utf-8", newline="") as fh:
            for line, row in enumerate(csv.DictReader(fh), start=2):
                where = f"{table}:{line}"
                gss = (row.get("gss_code") or "").strip()
                if gss not in councils:
                    raise RecordError(f"{where}: gss_code {gss!r} is not in local_authorities.csv")
                grade = (row.get("overall_effectiveness") or "").strip().lower()
                if grade not in ratings:
                    raise RecordError(f"{where}: overall_effectiveness {grade!r} is not one of "
                                      f"{', '.join(sorted(ratings))} ({RECORD_YAML})")
                framework = (row.get("framework") or "").strip()
                if not framework:
                    raise RecordError(f"{where}: no framework")
                rows.append(OfficialJudgement(
                    gss=gss, published=_date(row.get("publication_date"), where, "publication_date"),
                    rating=ratings[grade], framework=framework,
                    start=_date(row.get("inspection_start_date"), where, "inspection_start_date", False),
                    end=_date(row.get("inspection_end_date"), where, "inspection_end_date", False),
                    report_url=(row.get("report_url") or "").strip()))
    except OSError as exc:
        raise RecordError(f"{table}: cannot read ({exc.strerror or exc})") from None
    if not rows:
        raise RecordError(f"{table}: no inspections")
    seen: dict[str, OfficialJudgement] = {}
    for r in rows:
        if r.key in seen:
            raise RecordError(f"{table}: two reports on {r.gss} published {r.published.isoformat()}")
        seen[r.key] = r
    return OfstedRecord(source=URIRef(iri), title=title, source_url=source_url, licence=src.get("licence", ""),
                        grace=timedelta(days=grace), judgements=tuple(sorted(rows)))
