"""Check the news against Ofsted's published record (kg.record): every judgement an article reports is
corroborated, contradicted or unmatched, with the official judgement(s) it was compared with.

Linking, at build time (`link_triples`): each news cg:Judgement (derived from a schema:NewsArticle) about
a council, or about a provider that stands for the council(s) it cg:deliversServicesFor, is compared
with those councils' official judgements. The date that decides is the judgement's own dcterms:date when
the article states one (a year, month or day), else the article's dcterms:issued:

- current rating, article date: the official rating in force on that day (the latest report published on
  or before it, with the record's grace days). Same rating: cg:corroboratedBy it; another: cg:contradictedBy.
- current rating, stated date (a year, a month): the ratings in force during that period, and the
  inspections on site or published in it. One with the same rating corroborates; else they contradict.
- previous rating: an earlier official judgement with that rating corroborates (with an article date, the
  latest such report published by then; with a stated date, one in force or made in that period); else
  unmatched. A previous rating is never contradicted: the article does not say it still holds.
- undated article: every official judgement of the council with that rating corroborates; never
  contradicted; unmatched when no official judgement has that rating.
- a date before the record begins (November 2013), or a council the record does not cover: unmatched.

Each checked judgement gets a cg:checkNote saying which rule decided it. A news cg:Inspection of type full
is cg:corroboratedBy the official inspection it reports, by the same dates (undated: the inspections whose
judgements corroborate the judgements it awarded).

Listing, over a built graph (`check`): every news judgement with its verdict, for `kg check`.
"""
from __future__ import annotations

import calendar
import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from kg.namespaces import CG, PREFIXES, SCHEMA, concept
from kg.record import OfficialJudgement, OfstedRecord
from kg.reference import reference

VERDICTS = ("corroborated", "contradicted", "unmatched")


# ------------------------------------------------------------------------------------------ dates

@dataclass(frozen=True)
class Span:
    """The days a stated date may mean: one day, a month or a year (first and last day included)."""
    first: date
    last: date
    text: str                    # as stated: 2016, 2016-03 or 2016-03-14

    @classmethod
    def of(cls, lit) -> Span | None:
        """The span of an xsd:date, xsd:gYearMonth or xsd:gYear literal (None for anything else)."""
        text = str(lit)
        try:
            if lit.datatype == XSD.date:
                d = date.fromisoformat(text)
                return cls(d, d, text)
            if lit.datatype == XSD.gYearMonth:
                y, m = (int(x) for x in text.split("-"))
                return cls(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), text)
            if lit.datatype == XSD.gYear:
                y = int(text)
                return cls(date(y, 1, 1), date(y, 12, 31), text)
        except ValueError:
            return None
        return None

    @property
    def is_day(self) -> bool:
        return self.first == self.last


# ------------------------------------------------------------------------------------- the rules

@dataclass
class Outcome:
    """How one news judgement was decided."""
    verdict: str
    corroborated: list[OfficialJudgement] = field(default_factory=list)
    contradicted: list[OfficialJudgement] = field(default_factory=list)
    note: str = ""


def _words(rating: str) -> str:
    return rating.replace("-", " ")


def _published(js) -> str:
    days = [j.published.isoformat() for j in js]
    if len(days) == 1:
        return f"the report published {days[0]}"
    return "the reports published " + ", ".join(days[:-1]) + " and " + days[-1]


def _in_period(record: OfstedRecord, gss: str, when: Span) -> list[OfficialJudgement]:
    """The official judgements a stated period may mean: the one in force when it began, and those whose
    inspection was on site or published during it (with the grace days)."""
    out = []
    first = record.in_force(gss, when.first)
    if first:
        out.append(first)
    last = when.last + record.grace
    for j in record.of(gss):
        if j not in out and (j.start or j.published) <= last and j.published >= when.first:
            out.append(j)
    return sorted(out)


def decide(rating: str, current: bool, gss_codes, when: Span | None, dated_by: str,
           record: OfstedRecord) -> Outcome:
    """The verdict on a news judgement of `rating` about the councils `gss_codes`, dated `when` (None:
    undated) by `dated_by` ("article date" or "stated date"). The rules are the module docstring's."""
    names = reference().councils
    what = "current rating" if current else "previous rating"
    if when is not None and when.last < record.begins:
        dated = "article dated" if dated_by == "article date" else "stated date"
        return Outcome("unmatched", note=f"before the record begins ({record.begins:%B %Y}): "
                                         f"{what}, {dated} {when.text}")
    covered = [g for g in gss_codes if record.of(g)]
    if not covered:
        missing = ", ".join(names[g].name for g in gss_codes) or "no council"
        return Outcome("unmatched", note=f"council not in the record: {missing}")
    out = Outcome("unmatched")
    parts = []
    for gss in covered:
        name = names[gss].name
        if when is None:
            same = [j for j in record.of(gss) if j.rating == rating]
            out.corroborated += same
            parts.append(f"Ofsted rated {name} {_words(rating)} in {_published(same)}" if same
                         else f"no official judgement rates {name} {_words(rating)}")
            continue
        if when.is_day and dated_by == "article date":
            candidates = [j for j in [record.in_force(gss, when.first)] if j]
            if not current:
                candidates = [j for j in record.published_by(gss, when.first) if j.rating == rating][-1:]
        else:
            candidates = _in_period(record, gss, when)
        same = [j for j in candidates if j.rating == rating]
        other = [j for j in candidates if j.rating != rating]
        out.corroborated += same
        if current:
            out.contradicted += other
        if same:
            parts.append(f"{_published(same)} rated {name} {_words(rating)}")
        elif other and current:
            ratings = " / ".join(sorted({_words(j.rating) for j in other}))
            parts.append(f"{_published(other)} rated {name} {ratings}")
        elif current and when.is_day:
            parts.append(f"no report on {name} had been published by then")
        elif current:
            parts.append(f"no report on {name} was in force or made then")
        elif when.is_day and dated_by == "article date":
            parts.append(f"no earlier report rated {name} {_words(rating)}")
        else:
            parts.append(f"no report in force or made then rated {name} {_words(rating)}")
    if out.corroborated:
        out.verdict, out.contradicted = "corroborated", []
    elif out.contradicted:
        out.verdict = "contradicted"
    if when is None:
        rule = "undated article"
    elif when.is_day and dated_by == "article date":
        rule = f"{what}, article dated {when.text}"
    else:
        rule = f"{what}, stated date {when.text}"
    out.corroborated = sorted(set(out.corroborated))
    out.contradicted = sorted(set(out.contradicted))
    out.note = f"{rule}: " + "; ".join(parts)
    return out


# --------------------------------------------------------------------------------- linking (build)

class _Index:
    """What the check needs of the news graph, from its triples."""

    def __init__(self, triples):
        self.types = defaultdict(set)
        self.props = defaultdict(lambda: defaultdict(list))
        wanted = {CG.about, CG.rating, CG.isCurrent, CG.inspectionType, CG.fromInspection, CG.gssCode,
                  CG.deliversServicesFor, DCTERMS.date, DCTERMS.issued, PROV.wasDerivedFrom}
        for s, p, o in triples:
            if p == RDF.type:
                self.types[s].add(o)
            elif p in wanted:
                self.props[s][p].append(o)

    def one(self, s, p):
        values = self.props[s].get(p)
        return min(values) if values else None

    def news(self, cls):
        """News facts of class `cls` (derived from a schema:NewsArticle), sorted."""
        return sorted(s for s, ts in self.types.items() if cls in ts
                      and any(SCHEMA.NewsArticle in self.types.get(a, ())
                              for a in self.props[s].get(PROV.wasDerivedFrom, ())))

    def councils_of(self, about) -> list[str]:
        """GSS codes a fact's subject stands for: the council's own, or those a provider delivers for."""
        gss = self.one(about, CG.gssCode)
        if gss is not None:
            return [str(gss)]
        return sorted({str(g) for c in self.props[about].get(CG.deliversServicesFor, ())
                       for g in self.props[c].get(CG.gssCode, ())})

    def when(self, fact) -> tuple[Span | None, str]:
        own = self.one(fact, DCTERMS.date)
        span = Span.of(own) if own is not None else None
        if span:
            return span, "stated date"
        article = self.one(fact, PROV.wasDerivedFrom)
        issued = self.one(article, DCTERMS.issued) if article is not None else None
        span = Span.of(issued) if issued is not None else None
        return (span, "article date") if span else (None, "")


def link_triples(triples, record: OfstedRecord) -> list[tuple]:
    """cg:corroboratedBy / cg:contradictedBy / cg:checkNote triples linking the news facts among
    `triples` (the graph model's) to the record's official judgements and inspections."""
    ix = _Index(triples)
    out = []
    backing: dict = defaultdict(set)     # news inspection -> official inspections of corroborating judgements
    for j in ix.news(CG.Judgement):
        about, rating = ix.one(j, CG.about), ix.one(j, CG.rating)
        if about is None or rating is None:
            continue
        current = ix.one(j, CG.isCurrent)
        when, dated_by = ix.when(j)
        o = decide(str(rating).rsplit("#", 1)[-1], current is None or bool(current.toPython()),
                   ix.councils_of(about), when, dated_by, record)
        out += [(j, CG.corroboratedBy, x.judgement_iri) for x in o.corroborated]
        out += [(j, CG.contradictedBy, x.judgement_iri) for x in o.contradicted]
        out.append((j, CG.checkNote, Literal(o.note)))
        for insp in ix.props[j].get(CG.fromInspection, ()):
            backing[insp].update(x.inspection_iri for x in o.corroborated)
    full = concept("full")
    for i in ix.news(CG.Inspection):
        about = ix.one(i, CG.about)
        if ix.one(i, CG.inspectionType) != full or about is None:
            continue
        when, dated_by = ix.when(i)
        if when is None:
            found = backing.get(i, set())
        elif when.last < record.begins:
            found = set()
        elif when.is_day and dated_by == "article date":
            found = {x.inspection_iri for g in ix.councils_of(about) for x in [record.in_force(g, when.first)] if x}
        else:
            found = {x.inspection_iri for g in ix.councils_of(about)
                     for x in record.of(g) if (x.start or x.published) <= when.last + record.grace
                     and x.published >= when.first}
        out += [(i, CG.corroboratedBy, x) for x in sorted(found)]
    return out


# ------------------------------------------------------------------------------ listing (kg check)

class CheckError(Exception):
    """A graph that cannot be checked (missing, unreadable, built without the record): one line."""


@dataclass
class CheckRow:
    verdict: str
    about: str                   # the council's or provider's label
    gss: str                     # the council(s) checked, ';'-separated
    rating: str                  # as reported
    current: str                 # current / previous
    article: str                 # dcterms:identifier
    date: str                    # the date the check used ('' for undated)
    official: str                # the official rating(s) compared with, ';'-separated
    published: str               # their reports' publication dates
    report: str                  # their report URLs, where the record has them
    note: str
    sentence: str
    judgement: str
    reviewed: str = ""           # a person's decision on it (corrections file): confirmed, added or ''


@dataclass
class CheckReport:
    rows: list[CheckRow]

    def counts(self) -> dict[str, int]:
        return {v: sum(r.verdict == v for r in self.rows) for v in VERDICTS}

    def summary(self) -> str:
        c = self.counts()
        return f"{len(self.rows)} news judgements: " + ", ".join(f"{c[v]} {v}" for v in VERDICTS)


_SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

_FIELDS = ("j", "label", "gss", "rating", "current", "article", "issued", "own", "note", "link", "kind", "review",
           "orating", "published", "report", "start", "sentence")
_LIST = _SPARQL_PREFIXES + """
SELECT ?j ?label ?gss ?rating ?current ?article ?issued ?own ?note ?link ?kind ?orating ?published ?report
       ?start ?sentence ?review
WHERE {
  ?j a cg:Judgement ; cg:about ?about ; cg:rating/skos:notation ?rating ; prov:wasDerivedFrom ?a .
  ?a a schema:NewsArticle ; dcterms:identifier ?article .
  OPTIONAL { ?about rdfs:label ?label }
  OPTIONAL { ?about cg:deliversServicesFor?/cg:gssCode ?gss }
  OPTIONAL { ?a dcterms:issued ?issued }
  OPTIONAL { ?j dcterms:date ?own }
  OPTIONAL { ?j cg:isCurrent ?current }
  OPTIONAL { ?j cg:checkNote ?note }
  OPTIONAL { ?j cg:reviewStatus ?review }
  OPTIONAL {
    { ?j cg:corroboratedBy ?link . BIND("corroborated" AS ?kind) }
    UNION { ?j cg:contradictedBy ?link . BIND("contradicted" AS ?kind) }
    ?link cg:rating/skos:notation ?orating ; cg:fromInspection ?insp .
    ?insp dcterms:issued ?published .
    OPTIONAL { ?insp rdfs:seeAlso ?report }
  }
  OPTIONAL { ?j cg:evidenceSpan ?span . ?span cg:start ?start ; rdf:value ?sentence }
}"""


def _graph_store(graph_dir):
    from kg.query import QueryError, load_store
    try:
        return load_store(graph_dir)
    except QueryError as exc:
        raise CheckError(str(exc)) from None


def check(graph_dir="exports") -> CheckReport:
    """Every news judgement of DIR/graph.ttl with its verdict, sorted by verdict (contradicted first),
    council and article. Raises CheckError when the graph is missing or was built without the record."""
    from kg.record import ofsted_record
    store = _graph_store(graph_dir)
    source = ofsted_record().source
    if not store.query(f"ASK {{ <{source}> a <{PROV.Entity}> }}"):
        raise CheckError(f"{Path(graph_dir) / 'graph.ttl'}: the graph has no Ofsted record "
                         f"(built with --no-record?); build it again without --no-record to check it")
    rows: dict[str, dict] = {}
    for s in store.query(_LIST):
        v = {name: (s[name].value if s[name] is not None else None) for name in _FIELDS}
        r = rows.setdefault(v["j"], {**v, "gss": set(), "links": set(), "sentences": set()})
        if v["gss"]:
            r["gss"].add(v["gss"])
        if v["link"]:
            r["links"].add((v["published"], v["orating"], v["report"] or "", v["kind"]))
        if v["sentence"] is not None:
            r["sentences"].add((int(v["start"]), v["sentence"]))
    out = []
    for r in rows.values():
        links = sorted(r["links"])
        kinds = {k for *_, k in links}
        verdict = "contradicted" if "contradicted" in kinds else "corroborated" if kinds else "unmatched"
        if r["note"] is None:
            verdict = "unmatched"
        out.append(CheckRow(
            verdict=verdict, about=r["label"] or "", gss=";".join(sorted(r["gss"])), rating=r["rating"],
            current="previous" if r["current"] == "false" else "current", article=r["article"],
            date=r["own"] or r["issued"] or "",
            official=";".join(o for _, o, _, _ in links), published=";".join(p for p, *_ in links),
            report=";".join(u for _, _, u, _ in links if u), note=r["note"] or "",
            sentence=min(r["sentences"])[1] if r["sentences"] else "", judgement=r["j"], reviewed=r["review"] or ""))
    order = {v: i for i, v in enumerate(("contradicted", "unmatched", "corroborated"))}
    out.sort(key=lambda r: (order[r.verdict], r.about, r.article, r.rating, r.judgement))
    return CheckReport(out)


COLUMNS = [f for f in CheckRow.__dataclass_fields__]
TABLE_COLUMNS = ["verdict", "about", "rating", "current", "article", "date", "official", "published",
                 "report", "note", "sentence", "reviewed"]
TABLE_CELL_MAX = 60


def format_check(report: CheckReport, fmt: str = "table") -> str:
    """The rows as an aligned 'table' (the main columns, long cells cut), 'csv' or 'json' (every column)."""
    rows = [vars(r) for r in report.rows]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (use table, csv or json)")

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= TABLE_CELL_MAX else text[:TABLE_CELL_MAX - 1] + "…"
    body = [[cut(r[c]) for c in TABLE_COLUMNS] for r in rows]
    widths = [max([len(c), *(len(b[i]) for b in body)]) for i, c in enumerate(TABLE_COLUMNS)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(TABLE_COLUMNS), line(["-" * w for w in widths]), *map(line, body)]) + "\n"
