"""The graph's facts as linked tables, for spreadsheets and Datasette: read from a build's graph.nq through
the public vocabulary (SPARQL over an in-memory Oxigraph store), one row per node of the graph, so the
tables' row counts are the graph's. kg.export.database writes them to caregraph.db, `kg export csv` to
CSV files.

Ids are the graph's IRIs without https://w3id.org/caregraph/id/ ("council/E10000034" is a council's IRI;
a council's row is keyed by its GSS code, an article's by its identifier, a person's, provider's and
organisation's by the last part of the IRI). Dates are ISO strings as the graph states them (a year, a
month or a day). Each table's rows are sorted by their key, so the same graph gives the same tables.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.reference import reference

ID = "https://w3id.org/caregraph/id/"
RECORD = ID + "source/ofsted-outcomes"
PREFIXES = """
PREFIX cg:      <https://w3id.org/caregraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
PREFIX org:     <http://www.w3.org/ns/org#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema:  <https://schema.org/>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
"""


@dataclass
class Table:
    """One table: its columns (name, SQLite type, description), primary key, foreign keys (column, table,
    column), columns searched in full text, columns indexed, and its rows (dicts, sorted by key)."""
    name: str
    description: str
    columns: list[tuple[str, type, str]]
    pk: str
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)
    fts: list[str] = field(default_factory=list)
    indexes: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [c for c, _, _ in self.columns]


def _local(iri: str | None) -> str | None:
    return iri[len(ID):] if iri and iri.startswith(ID) else iri


def _tail(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def _notation(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1] if iri else None


class _Graph:
    def __init__(self, nq: Path | None):
        self.store = ox.Store()
        if nq is not None:
            with open(nq, "rb") as fh:
                self.store.bulk_load(fh, format=ox.RdfFormat.N_QUADS)

    def select(self, query: str) -> list[dict]:
        result = self.store.query(PREFIXES + query, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


# -- the tables ----------------------------------------------------------------------------------------

def _articles(g: _Graph, sources: dict[str, str]) -> Table:
    rows = g.select("""
SELECT ?a ?id ?title ?issued ?url ?subject_by (GROUP_CONCAT(?author_name; separator="; ") AS ?authors)
       (GROUP_CONCAT(?about; separator=";") AS ?abouts) WHERE {
  ?a a schema:NewsArticle ; dcterms:identifier ?id .
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:issued ?issued } OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:author/rdfs:label ?author_name }
  OPTIONAL { ?a schema:about/cg:gssCode ?about }
  OPTIONAL { ?a cg:subjectReview/prov:wasAttributedTo/rdfs:label ?subject_by }
} GROUP BY ?a ?id ?title ?issued ?url ?subject_by""")
    return Table("articles", "The news articles the graph was built from: one row per article.", [
        ("id", str, "The article's identifier: its file name without extension, or its record's id."),
        ("title", str, "Its headline, when known."),
        ("published", str, "Its publication date (ISO), when the text or its page states it."),
        ("authors", str, "Its byline: the authors' names, separated by '; '."),
        ("url", str, "Where it was published, when known."),
        ("source", str, "The name of the input file it was read from (and its line, for a JSON lines feed)."),
        ("about", str, "The GSS codes of the councils it is about (its subject councils), ';'."),
        ("about_set_by", str, "Who set those councils, when a person did (corrections file)."),
    ], "id", fts=["title"], indexes=["published"], rows=sorted((
        {"id": r["id"], "title": r["title"], "published": r["issued"],
         "authors": "; ".join(sorted(set(r["authors"].split("; ")))) if r["authors"] else None,
         "url": r["url"], "source": sources.get(r["a"]),
         "about": ";".join(sorted(set(r["abouts"].split(";")))) if r["abouts"] else None,
         "about_set_by": r["subject_by"]} for r in rows), key=lambda r: r["id"]))


def _councils(g: _Graph) -> Table:
    ref = reference()
    rows = []
    for r in g.select("SELECT ?gss ?name WHERE { ?c a cg:LocalAuthority ; cg:gssCode ?gss ; rdfs:label ?name }"):
        c = ref.councils.get(r["gss"])
        rows.append({"gss_code": r["gss"], "name": r["name"], "type": c.la_type if c else None,
                     "region": c.region if c else None,
                     "valid_from": c.valid_from if c else None, "valid_to": c.valid_to if c else None,
                     "successor": ";".join(c.successors) if c and c.successors else None,
                     "wikidata": c.wikidata if c and c.wikidata else None})
    return Table("councils", "Councils responsible for children's services that the graph names, with the "
                 "reference table's data (ONS GSS codes) and their latest ratings, from the news and from "
                 "Ofsted's published record.", [
        ("gss_code", str, "The ONS GSS code of the council's area (E10000034)."),
        ("name", str, "Its official name."),
        ("type", str, "county, unitary, metropolitan district or London borough."),
        ("region", str, "Its English region."),
        ("valid_from", int, "The year it took on children's services, if since 2009."),
        ("valid_to", int, "The year it was abolished, if it was."),
        ("successor", str, "The GSS code(s) of the council(s) that replaced it."),
        ("wikidata", str, "Its Wikidata item."),
        ("latest_news_rating", str, "The overall rating the latest news reports as current."),
        ("latest_news_date", str, "The date of that rating (its own, else its article's)."),
        ("latest_news_article", str, "The article that reports it."),
        ("latest_official_rating", str, "The overall rating of Ofsted's latest published full inspection."),
        ("latest_official_date", str, "The publication date of that report."),
        ("latest_official_report", str, "The report, when the record links it."),
    ], "gss_code", foreign_keys=[("latest_news_article", "articles", "id")], fts=["name"],
        indexes=["region", "latest_news_rating", "latest_official_rating"],
        rows=sorted(rows, key=lambda r: r["gss_code"]))


def _providers(g: _Graph) -> Table:
    ref = reference()
    rows = g.select("""
SELECT ?p ?name (GROUP_CONCAT(?gss; separator=";") AS ?councils) WHERE {
  ?p a cg:ServiceProvider ; rdfs:label ?name .
  OPTIONAL { ?p cg:deliversServicesFor/cg:gssCode ?gss }
} GROUP BY ?p ?name""")
    out = []
    for r in rows:
        key = _tail(r["p"])
        known = ref.providers.get(key)
        out.append({"id": key, "name": r["name"], "kind": known.kind if known else None,
                    "councils": ";".join(sorted(set(r["councils"].split(";")))) if r["councils"] else None})
    return Table("providers", "Trusts and council-owned companies that run councils' children's services.", [
        ("id", str, "The provider's key (the last part of its IRI)."),
        ("name", str, "Its name."),
        ("kind", str, "Trust, company or partnership, as the reference table has it."),
        ("councils", str, "GSS codes of the councils it runs services for (reference table and articles), ';'."),
    ], "id", fts=["name"], rows=sorted(out, key=lambda r: r["id"]))


def _arrangements(g: _Graph) -> Table:
    rows = g.select("""
SELECT ?x ?provider ?gss ?a ?id ?evidence ?review ?reviewer WHERE {
  ?x a cg:ServiceArrangement ; cg:provider ?provider ; cg:council/cg:gssCode ?gss ; prov:wasDerivedFrom ?a .
  ?a dcterms:identifier ?id .
  OPTIONAL { ?x cg:evidence ?evidence }""" + _REVIEW + "\n}")
    # one row per statement and council: an article may tie a provider to several councils ("Achieving for
    # Children runs Kingston's and Richmond's services"), and each council's page lists it
    return _one_per_node("arrangements", "Articles' statements that a provider runs a council's children's "
                         "services, one row for each council a statement ties the provider to.", [
        ("id", str, "The statement's id (its IRI without https://w3id.org/caregraph/id/), then '/' and the council's GSS code."),
        ("statement", str, "The statement's id (its IRI without https://w3id.org/caregraph/id/), as the evidence table names it."),
        ("provider", str, "The provider."),
        ("council", str, "A council it runs services for, as the article ties them."),
        ("article", str, "The article that says so."),
        ("sentence", str, "The sentence it rests on."),
        *_REVIEW_COLUMNS,
    ], rows, lambda r: {"id": f"{_local(r['x'])}/{r['gss']}", "statement": _local(r["x"]),
                        "provider": _tail(r["provider"]), "council": r["gss"],
                        "article": r["id"], "sentence": r["evidence"], **_reviewed(r)},
        foreign_keys=[("provider", "providers", "id"), ("council", "councils", "gss_code"),
                      ("article", "articles", "id")], fts=["sentence"], indexes=["statement"])


def _one_per_node(name, description, columns, rows, make, **kw) -> Table:
    """One row per node: a node with several evidence sentences (several query rows) gives one row, with
    its first sentence (every sentence is in the evidence table)."""
    out: dict[str, dict] = {}
    for r in rows:
        row = make(r)
        have = out.get(row["id"])
        if have is None or (row.get("sentence") or "") < (have.get("sentence") or ""):
            out[row["id"]] = row
    return Table(name, description, columns, "id", rows=[out[k] for k in sorted(out)], **kw)


_REVIEW = """
  OPTIONAL { ?x cg:reviewStatus ?review . OPTIONAL { ?x prov:wasAttributedTo/rdfs:label ?reviewer } }"""
_REVIEW_COLUMNS = [
    ("reviewed", str, "A person's decision on it (corrections file): confirmed or added; empty: as extracted."),
    ("reviewed_by", str, "Who decided."),
]


def _reviewed(r: dict) -> dict:
    return {"reviewed": r.get("review"), "reviewed_by": r.get("reviewer")}


_ABOUT = """
  OPTIONAL { ?x cg:about ?about . OPTIONAL { ?about cg:gssCode ?gss } }
  OPTIONAL { ?x prov:wasDerivedFrom ?a . ?a a schema:NewsArticle ; dcterms:identifier ?id . OPTIONAL { ?a dcterms:issued ?issued } }
  OPTIONAL { ?x cg:evidence ?evidence }"""


def _subject_columns(r: dict) -> dict:
    about = r.get("about")
    provider = _tail(about) if about and about.startswith(ID + "provider/") else None
    return {"council": r.get("gss"), "provider": provider}


def _inspections(g: _Graph) -> Table:
    rows = g.select("""
SELECT ?x ?about ?gss ?type ?date ?start ?end ?published ?framework ?report ?a ?id ?issued ?evidence ?record
       ?corroborated ?review ?reviewer WHERE {
  ?x a cg:Inspection .
  OPTIONAL { ?x cg:inspectionType/skos:notation ?type }
  OPTIONAL { ?x dcterms:date ?date } OPTIONAL { ?x cg:startDate ?start } OPTIONAL { ?x cg:endDate ?end }
  OPTIONAL { ?x dcterms:issued ?published } OPTIONAL { ?x cg:framework ?framework }
  OPTIONAL { ?x rdfs:seeAlso ?report } OPTIONAL { ?x cg:corroboratedBy ?corroborated }
  OPTIONAL { ?x prov:wasDerivedFrom ?record FILTER(?record = <%s>) }""" % RECORD + _ABOUT + _REVIEW + "\n}")
    return _one_per_node("inspections", "Ofsted inspections and visits: those articles report (source news) "
                         "and those of Ofsted's published record (source ofsted).", [
        ("id", str, "The inspection's id (its IRI without https://w3id.org/caregraph/id/)."),
        ("source", str, "news (reported by an article) or ofsted (Ofsted's published record)."),
        ("council", str, "The council inspected (GSS code)."),
        ("provider", str, "The provider inspected, when the article names the provider."),
        ("type", str, "full, monitoring, focused or jtai (joint targeted area inspection)."),
        ("framework", str, "SIF or ILACS (the record)."),
        ("date", str, "The date the article gives it, else its article's date."),
        ("start_date", str, "The inspection's first day (the record)."),
        ("end_date", str, "Its last day (the record)."),
        ("published", str, "The report's publication date (the record)."),
        ("report", str, "The report, when the record links it."),
        ("corroborated_by", str, "The official inspection that backs a news one."),
        ("article", str, "The article that reports it (news)."),
        ("sentence", str, "The sentence it rests on (news)."),
        *_REVIEW_COLUMNS,
    ], rows, lambda r: {"id": _local(r["x"]), "source": "ofsted" if r["record"] else "news", **_subject_columns(r),
                        "type": r["type"], "framework": r["framework"],
                        "date": r["date"] or r["issued"] or r["published"], "start_date": r["start"],
                        "end_date": r["end"], "published": r["published"], "report": r["report"],
                        "corroborated_by": _local(r["corroborated"]), "article": r["id"],
                        "sentence": r["evidence"], **_reviewed(r)},
        foreign_keys=[("council", "councils", "gss_code"), ("provider", "providers", "id"),
                      ("article", "articles", "id"), ("corroborated_by", "inspections", "id")],
        fts=["sentence"], indexes=["source", "type", "date"])


def _judgements(g: _Graph) -> Table:
    rows = g.select("""
SELECT ?x ?about ?gss ?rating ?current ?area ?date ?inspection ?published ?report ?framework ?a ?id ?issued
       ?evidence ?record ?corroborated ?contradicted ?note ?review ?reviewer WHERE {
  { ?x a cg:Judgement } UNION { ?x a cg:AreaJudgement }
  OPTIONAL { ?x cg:rating/skos:notation ?rating }
  OPTIONAL { ?x cg:isCurrent ?current } OPTIONAL { ?x cg:area ?area } OPTIONAL { ?x dcterms:date ?date }
  OPTIONAL { ?x cg:fromInspection ?inspection .
             OPTIONAL { ?inspection dcterms:issued ?published } OPTIONAL { ?inspection rdfs:seeAlso ?report }
             OPTIONAL { ?inspection cg:framework ?framework } }
  OPTIONAL { ?x cg:corroboratedBy ?corroborated } OPTIONAL { ?x cg:contradictedBy ?contradicted }
  OPTIONAL { ?x cg:checkNote ?note }
  OPTIONAL { ?x prov:wasDerivedFrom ?record FILTER(?record = <%s>) }""" % RECORD + _ABOUT + _REVIEW + "\n}")

    def make(r):
        official = bool(r["record"])
        verdict = None
        if not official:
            verdict = "corroborated" if r["corroborated"] else "contradicted" if r["contradicted"] else \
                "unmatched" if r["note"] else None
        current = None if r["current"] is None else int(r["current"] == "true")
        date = r["date"] or (r["published"] if official else r["issued"])
        return {"id": _local(r["x"]), "source": "ofsted" if official else "news", **_subject_columns(r),
                "rating": r["rating"], "area": r["area"], "current": current,
                "date": date, "year": int(date[:4]) if date else None,
                "inspection": _local(r["inspection"]), "framework": r["framework"] if official else None,
                "report": r["report"] if official else None, "verdict": verdict,
                "official": _local(r["corroborated"] or r["contradicted"]), "check_note": r["note"],
                "article": r["id"], "sentence": r["evidence"], **_reviewed(r)}
    return _one_per_node("judgements", "Ofsted ratings of councils' children's services: those articles state "
                         "(source news, each checked against the record: verdict) and those of Ofsted's "
                         "published record (source ofsted).", [
        ("id", str, "The judgement's id (its IRI without https://w3id.org/caregraph/id/)."),
        ("source", str, "news (stated by an article) or ofsted (Ofsted's published record)."),
        ("council", str, "The council rated (GSS code)."),
        ("provider", str, "The provider rated, when the article names the provider."),
        ("rating", str, "outstanding, good, requires-improvement or inadequate."),
        ("area", str, "For the rating of one area of the services (leadership, children in care ...)."),
        ("current", int, "1: the article gives it as the council's current rating; 0: a previous one."),
        ("date", str, "Its own date, else its article's (news); the report's publication (the record)."),
        ("year", int, "The year of that date."),
        ("inspection", str, "The inspection that gave it, when known."),
        ("framework", str, "SIF or ILACS (the record)."),
        ("report", str, "The report (the record)."),
        ("verdict", str, "A news judgement against the record: corroborated, contradicted or unmatched."),
        ("official", str, "The official judgement that corroborates or contradicts it."),
        ("check_note", str, "How the check was decided."),
        ("article", str, "The article that states it (news)."),
        ("sentence", str, "The sentence it rests on (news)."),
        *_REVIEW_COLUMNS,
    ], rows, make, foreign_keys=[("council", "councils", "gss_code"), ("provider", "providers", "id"),
                                 ("inspection", "inspections", "id"), ("official", "judgements", "id"),
                                 ("article", "articles", "id")],
        fts=["sentence"], indexes=["source", "rating", "verdict", "date", "year", "current"])


def _findings(g: _Graph) -> Table:
    rows = g.select("""
SELECT ?x ?about ?gss ?issue ?label ?polarity ?a ?id ?issued ?evidence ?review ?reviewer WHERE {
  ?x a cg:Finding ; cg:issue ?i ; cg:polarity/skos:notation ?polarity .
  ?i skos:notation ?issue . OPTIONAL { ?i skos:prefLabel ?label }""" + _ABOUT + _REVIEW + "\n}")
    return _one_per_node("findings", "Issues articles report about a council's services (or, with no council, "
                         "about the sector), as concerns or strengths.", [
        ("id", str, "The finding's id (its IRI without https://w3id.org/caregraph/id/)."),
        ("council", str, "The council it is about (GSS code); empty: the sector."),
        ("provider", str, "The provider it is about, when the article names the provider."),
        ("issue", str, "The issue (a notation of the issue scheme: caseloads, agency-staff ...)."),
        ("issue_label", str, "The issue's name."),
        ("polarity", str, "concern or strength."),
        ("date", str, "Its article's date."),
        ("year", int, "Its article's year."),
        ("article", str, "The article that reports it."),
        ("sentence", str, "A sentence it rests on (all of them: the evidence table)."),
        *_REVIEW_COLUMNS,
    ], rows, lambda r: {"id": _local(r["x"]), **_subject_columns(r), "issue": r["issue"],
                        "issue_label": r["label"], "polarity": r["polarity"], "date": r["issued"],
                        "year": int(r["issued"][:4]) if r["issued"] else None, "article": r["id"],
                        "sentence": r["evidence"], **_reviewed(r)},
        foreign_keys=[("council", "councils", "gss_code"), ("provider", "providers", "id"),
                      ("article", "articles", "id")],
        fts=["sentence"], indexes=["issue", "polarity", "year"])


def _people(g: _Graph) -> Table:
    rows = g.select("SELECT ?p ?name WHERE { ?p a foaf:Person ; rdfs:label ?name }")
    return Table("people", "People the articles name (with their roles: the memberships table).", [
        ("id", str, "The person's key (the last part of the IRI)."),
        ("name", str, "The name as most articles write it."),
    ], "id", fts=["name"], rows=sorted(({"id": _tail(r["p"]), "name": r["name"]} for r in rows),
                                        key=lambda r: r["id"]))


def _memberships(g: _Graph) -> Table:
    rows = g.select("""
SELECT ?x ?person ?role ?o ?gss ?org_name ?id ?evidence ?review ?reviewer WHERE {
  ?x a org:Membership ; org:member ?person .
  OPTIONAL { ?x org:organization ?o . OPTIONAL { ?o rdfs:label ?org_name } OPTIONAL { ?o cg:gssCode ?gss } }
  OPTIONAL { ?x org:role/rdfs:label ?role }
  OPTIONAL { ?x prov:wasDerivedFrom/dcterms:identifier ?id } OPTIONAL { ?x cg:evidence ?evidence }""" + _REVIEW + """
}""")
    return _one_per_node("memberships", "People's roles at councils, providers and other organisations, as "
                         "articles state them.", [
        ("id", str, "The membership's id (its IRI without https://w3id.org/caregraph/id/)."),
        ("person", str, "The person."),
        ("role", str, "The role as written, lower case (director of children's services ...)."),
        ("organisation", str, "The organisation's name."),
        ("council", str, "The organisation, when it is a council (GSS code)."),
        ("provider", str, "The organisation, when it is a provider."),
        ("article", str, "The article that says so."),
        ("sentence", str, "The sentence it rests on."),
        *_REVIEW_COLUMNS,
    ], rows, lambda r: {"id": _local(r["x"]), "person": _tail(r["person"]), "role": r["role"],
                        "organisation": r["org_name"], "council": r["gss"],
                        "provider": _tail(r["o"]) if (r["o"] or "").startswith(ID + "provider/") else None,
                        "article": r["id"], "sentence": r["evidence"], **_reviewed(r)},
        foreign_keys=[("person", "people", "id"), ("council", "councils", "gss_code"),
                      ("provider", "providers", "id"), ("article", "articles", "id")],
        fts=["sentence"], indexes=["role"])


def _quotes(g: _Graph) -> Table:
    rows = g.select("""
SELECT ?x ?speaker ?text ?id ?evidence WHERE {
  ?x a schema:Quotation ; schema:text ?text .
  OPTIONAL { ?x schema:creator ?speaker }
  OPTIONAL { ?x prov:wasDerivedFrom/dcterms:identifier ?id } OPTIONAL { ?x cg:evidence ?evidence }
}""")
    return _one_per_node("quotes", "What people are quoted as saying.", [
        ("id", str, "The quotation's id (its IRI without https://w3id.org/caregraph/id/)."),
        ("speaker", str, "Who said it."),
        ("text", str, "The words quoted."),
        ("article", str, "The article that quotes them."),
        ("sentence", str, "The sentence that attributes them."),
    ], rows, lambda r: {"id": _local(r["x"]), "speaker": _tail(r["speaker"]), "text": r["text"],
                        "article": r["id"], "sentence": r["evidence"]},
        foreign_keys=[("speaker", "people", "id"), ("article", "articles", "id")], fts=["text"])


_KINDS = {"Judgement": "judgement", "AreaJudgement": "judgement", "Inspection": "inspection",
          "Finding": "finding", "Membership": "membership", "ServiceArrangement": "arrangement",
          "Quotation": "quote"}


def _evidence(g: _Graph) -> Table:
    rows = g.select("""
SELECT ?x ?class ?id ?span ?text ?start ?end WHERE {
  ?x cg:evidenceSpan ?span ; a ?class ; prov:wasDerivedFrom/dcterms:identifier ?id .
  ?span rdf:value ?text ; cg:start ?start ; cg:end ?end .
}""")
    out = {}
    for r in rows:
        kind = _KINDS.get(r["class"].rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        if kind is None:
            continue
        key = f"{_local(r['x'])}@{r['start']}-{r['end']}"
        out[key] = {"id": key, "fact": _local(r["x"]), "kind": kind, "article": r["id"], "sentence": r["text"],
                    "start": int(r["start"]), "end": int(r["end"])}
    return Table("evidence", "Every sentence each fact rests on, with its place in the article's text.", [
        ("id", str, "The fact's id and the sentence's offsets."),
        ("fact", str, "The fact (a row of judgements, inspections, findings, memberships, arrangements, quotes)."),
        ("kind", str, "judgement, inspection, finding, membership, arrangement or quote."),
        ("article", str, "The article."),
        ("sentence", str, "The sentence."),
        ("start", int, "Its first character's offset in the article's text."),
        ("end", int, "The offset just after its last character."),
    ], "id", foreign_keys=[("article", "articles", "id")], fts=["sentence"], indexes=["fact", "kind"],
        rows=[out[k] for k in sorted(out)])


def _latest(councils: Table, judgements: Table) -> None:
    """Each council's latest news rating (current, overall, the latest dated) and latest official one."""
    news: dict[str, tuple] = {}
    official: dict[str, tuple] = {}
    for j in judgements.rows:
        if not j["council"] or j["area"] or j["rating"] is None:
            continue
        key = (j["date"] or "", j["id"])
        if j["source"] == "news" and j["current"] == 1:
            if j["council"] not in news or key > news[j["council"]][0]:
                news[j["council"]] = (key, j)
        elif j["source"] == "ofsted":
            if j["council"] not in official or key > official[j["council"]][0]:
                official[j["council"]] = (key, j)
    for c in councils.rows:
        n = news.get(c["gss_code"], (None, {}))[1]
        o = official.get(c["gss_code"], (None, {}))[1]
        c.update(latest_news_rating=n.get("rating"), latest_news_date=n.get("date"),
                 latest_news_article=n.get("article"), latest_official_rating=o.get("rating"),
                 latest_official_date=o.get("date"), latest_official_report=o.get("report"))


def table_schemas() -> list[Table]:
    """The tables with no rows: their names, descriptions and columns (Datasette's metadata)."""
    return _tables(_Graph(None), {})


def graph_tables(nq: Path, sources: dict[str, str] | None = None) -> list[Table]:
    """The tables of the graph in `nq` (a build's graph.nq), in the order they are written (`sources`:
    article IRI -> its input file's name)."""
    return _tables(_Graph(Path(nq)), sources or {})


def _tables(g: _Graph, sources: dict[str, str]) -> list[Table]:
    articles = _articles(g, sources)
    councils, providers = _councils(g), _providers(g)
    inspections, judgements = _inspections(g), _judgements(g)
    _latest(councils, judgements)
    return [articles, councils, providers, _arrangements(g), inspections, judgements, _findings(g), _people(g),
            _memberships(g), _quotes(g), _evidence(g)]
