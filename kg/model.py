"""The one graph model: articles' facts merged into entities and fact nodes with stable IRIs, as RDF triples."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.dates import StatedDate
from kg.facts import (ArticleFacts, Finding, Inspection, Judgement, Membership, Quotation, Ref,
                      ServiceArrangement, ServiceRelation)
from kg.namespaces import CG, ID, ONS_GEOGRAPHY, SCHEMA, WIKIDATA, concept
from kg.reference import data_path, load_yaml, reference, slug

_KIND_CLASS = {"council": CG.LocalAuthority, "provider": CG.ServiceProvider,
               "org": ORG.Organization, "person": FOAF.Person}


def triple_key(t) -> tuple:
    """The canonical order of the graph's triples (subject, predicate, object), for byte-identical output."""
    return str(t[0]), str(t[1]), t[2].n3()


def entity_iri(ref: Ref) -> URIRef:
    return ID[f"{ref.kind}/{ref.key}"]


def article_iri(article_id: str) -> URIRef:
    return ID["article/" + quote(article_id, safe="")]


def preferred_label(counts: dict[str, int]) -> str:
    """The label of a person or organisation: the spelling most articles use, the first in code-point
    order on a tie, so that it does not depend on the order articles are read in ('' if none)."""
    return min(counts, key=lambda label: (-counts[label], label)) if counts else ""


def date_literal(d: StatedDate) -> Literal:
    if d.day:
        return Literal(d.iso(), datatype=XSD.date)
    if d.month:
        return Literal(d.iso(), datatype=XSD.gYearMonth)
    return Literal(d.iso(), datatype=XSD.gYear)


@lru_cache(maxsize=1)
def scheme_triples() -> tuple:
    """The concept schemes (ratings, inspection types, issues, polarity) from the ontology, so that the
    graph carries the skos:notation of every concept it uses."""
    onto = Graph().parse(str(data_path("caregraph.ttl")), format="turtle")
    keep = set(onto.subjects(RDF.type, SKOS.Concept)) | set(onto.subjects(RDF.type, SKOS.ConceptScheme)) \
        | set(onto.subjects(RDF.type, CG.Polarity))
    triples = [t for t in onto if t[0] in keep and not any(isinstance(x, BNode) for x in t)]
    # The words reporting uses for each issue are declared once, in the lexicon the extractor reads.
    lexicon = load_yaml("issues.yaml")["issues"]
    for notation, entry in lexicon.items():
        for phrase in (*entry.get("phrases", []), *entry.get("concern_phrases", []),
                       *entry.get("strength_phrases", [])):
            triples.append((concept(notation), SKOS.altLabel, Literal(phrase, lang="en")))
    return tuple(triples)


@dataclass
class _Node:
    """A fact node merged across sentences of one article."""
    types: set = field(default_factory=set)
    props: set = field(default_factory=set)
    evidence: set = field(default_factory=set)
    reviews: set = field(default_factory=set)


def council_triples(gss: str) -> list:
    """A council's description from the reference table: type, label, GSS code, other names, its
    Wikidata item, ONS statistical geography, dates, Ofsted URN, DfE code and successors (with their
    type, label and GSS code, so that they can be found by code)."""
    c = reference().councils[gss]
    s = entity_iri(Ref("council", gss))
    out = _council_stub(gss)
    out += [(s, SKOS.altLabel, Literal(a)) for a in c.aliases if a != c.name]
    if c.wikidata:
        out.append((s, OWL.sameAs, WIKIDATA[c.wikidata]))
    out.append((s, DCTERMS.spatial, ONS_GEOGRAPHY[gss]))
    if c.valid_from:
        out.append((s, CG.validFrom, Literal(str(c.valid_from), datatype=XSD.gYear)))
    if c.valid_to:
        out.append((s, CG.validTo, Literal(str(c.valid_to), datatype=XSD.gYear)))
    if c.ofsted_urn:
        out.append((s, CG.ofstedURN, Literal(c.ofsted_urn)))
    if c.dfe_code:
        out.append((s, CG.dfeCode, Literal(c.dfe_code)))
    for succ in c.successors:
        out.append((s, CG.successor, entity_iri(Ref("council", succ))))
        out += _council_stub(succ)
    return out


def _council_stub(gss: str) -> list:
    """Type, label and GSS code: enough for a successor council to be found by code."""
    c = reference().councils[gss]
    s = entity_iri(Ref("council", gss))
    return [(s, RDF.type, CG.LocalAuthority), (s, RDFS.label, Literal(c.name)), (s, CG.gssCode, Literal(gss))]


class GraphModel:
    """Collects ArticleFacts and turns them into triples (for Turtle) and a networkx graph (for GraphML)."""

    def __init__(self):
        self.entities: dict[tuple[str, str], Ref] = {}
        # (kind, key) -> label -> number of articles that write the entity so
        self.labels_seen: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.articles: list[ArticleFacts] = []
        self.relations: set[tuple[Ref, str, Ref]] = set()
        self.fact_count = 0

    def _entity(self, ref: Ref, labels: set) -> Ref:
        key = (ref.kind, ref.key)
        if key not in self.entities:
            self.entities[key] = ref
        if ref.label:
            labels.add((key, ref.label))
        return self.entities[key]

    def add(self, af: ArticleFacts) -> None:
        labels: set = set()  # each article counts once for each spelling it uses
        for ref in [*af.mentions, *af.subjects]:
            self._entity(ref, labels)
        for author in af.authors:
            self._entity(author, labels)
        for f in af.facts:
            for ref in refs_of(f):
                self._entity(ref, labels)
            if isinstance(f, ServiceRelation):
                self.relations.add((f.provider, f.relation, f.council))
            elif isinstance(f, ServiceArrangement) and f.provider.key not in reference().providers:
                # a provider the table does not list delivers what the articles say it does
                self.relations.add((f.provider, "delivers", f.council))
        for key, label in labels:
            self.labels_seen[key][label] += 1
        self.fact_count += len(af.facts)
        self.articles.append(af)

    # -- triples ---------------------------------------------------------------------------------
    def triples(self, schemes: bool = True, order: bool = True):
        """The model's triples, in canonical order unless `order` is false; with the concept schemes unless
        `schemes` is false (one article's entry leaves them out: they are in every export anyway, and
        sorting them again for each article was a tenth of its cost)."""
        out: set = set(scheme_triples()) if schemes else set()
        add = out.add
        ref = reference()
        councils = {k for (kind, k) in self.entities if kind == "council"}
        providers = {k for (kind, k) in self.entities if kind == "provider"}
        for pkey in providers & set(ref.providers):
            councils.update(ref.providers[pkey].councils)
        for (_, rel, c) in self.relations:
            councils.add(c.key)
        for gss in sorted(councils):
            self._council_triples(add, gss)
        for pkey in sorted(providers):
            s = entity_iri(Ref("provider", pkey))
            add((s, RDF.type, CG.ServiceProvider))
            p = ref.providers.get(pkey)
            if p is None:  # named in articles only: its names as written there, as for organisations
                for pred, label in entity_labels(self.labels_seen[("provider", pkey)]):
                    add((s, pred, Literal(label)))
                continue
            add((s, RDFS.label, Literal(p.name)))
            for a in (*p.aliases, *p.acronyms):
                add((s, SKOS.altLabel, Literal(a)))
            for gss in p.councils:
                add((s, CG.deliversServicesFor, entity_iri(Ref("council", gss))))
        for (prov, rel, council) in sorted(self.relations):
            pred = CG.deliversServicesFor if rel == "delivers" else CG.ownedBy
            add((entity_iri(prov), pred, entity_iri(council)))
        for (kind, key), r in sorted(self.entities.items()):
            if kind in ("org", "person"):
                s = entity_iri(r)
                add((s, RDF.type, _KIND_CLASS[kind]))
                for p, label in entity_labels(self.labels_seen[(kind, key)]):
                    add((s, p, Literal(label)))
        for af in self.articles:
            self._article_triples(add, af)
        return sorted(out, key=triple_key) if order else list(out)

    def _council_triples(self, add, gss: str) -> None:
        for t in council_triples(gss):
            add(t)

    def _article_triples(self, add, af: ArticleFacts) -> None:
        a = article_iri(af.article.id)
        add((a, RDF.type, SCHEMA.NewsArticle))
        add((a, DCTERMS.identifier, Literal(af.article.id)))
        if af.title:
            add((a, DCTERMS.title, Literal(af.title)))
        if af.published and af.published.day:
            add((a, DCTERMS.issued, Literal(af.published.iso(), datatype=XSD.date)))
        for author in af.authors:
            add((a, SCHEMA.author, entity_iri(author)))
        if af.article.url:
            add((a, SCHEMA.url, Literal(af.article.url, datatype=XSD.anyURI)))
        for m in af.mentions:
            add((a, SCHEMA.mentions, entity_iri(self.entities[(m.kind, m.key)])))
        for c in af.subjects:  # what the reporting is about, as the article frame decided
            add((a, SCHEMA.about, entity_iri(self.entities[(c.kind, c.key)])))
        if af.subject_review:   # ... or as a person set it (kg.corrections)
            review = URIRef(f"{a}/review/subject")
            add((a, CG.subjectReview, review))
            for t in review_triples(review, af.subject_review):
                add(t)
        nodes: dict[URIRef, _Node] = defaultdict(_Node)
        # inspections first, so that a judgement can point at the inspection that gave it
        full_inspections = {f.about: _inspection_iri(a, f) for f in af.facts
                            if isinstance(f, Inspection) and f.type == "full" and not f.date}
        for f in sorted(af.facts, key=lambda f: not isinstance(f, Inspection)):
            shaped = _fact_node(a, f, full_inspections)
            if shaped is None:
                continue
            iri, cls, props, extra = shaped
            n = nodes[iri]
            n.types.add(cls)
            n.props |= props
            n.evidence.add(f.evidence)
            n.reviews.update(af.reviews.get(f, ()))
            for t in extra:
                add(t)
        for iri, n in nodes.items():
            if (CG.isCurrent, Literal(True)) in n.props:
                # one article can state a rating both as current and as before a change: it is current
                n.props.discard((CG.isCurrent, Literal(False)))
            for t in n.types:
                add((iri, RDF.type, t))
            for p, o in n.props:
                add((iri, p, o))
            add((iri, PROV.wasDerivedFrom, a))
            for r in n.reviews:
                for t in review_triples(iri, r):
                    add(t)
            for ev in n.evidence:
                add((iri, CG.evidence, Literal(ev.text)))
                span = URIRef(f"{a}/span/{ev.start}-{ev.end}")
                add((iri, CG.evidenceSpan, span))
                add((span, RDF.type, CG.TextSpan))
                add((span, CG.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
                add((span, CG.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
                add((span, RDF.value, Literal(ev.text)))
                add((span, DCTERMS.isPartOf, a))


def review_triples(node: URIRef, r) -> list:
    """A person's decision on a fact (or an article's subject): its status, who and when (PROV), why."""
    reviewer = ID["reviewer/" + (slug(r.by) or "unnamed")]
    out = [(node, CG.reviewStatus, Literal(r.status)), (node, PROV.wasAttributedTo, reviewer),
           (node, PROV.generatedAtTime, Literal(f"{r.date}T00:00:00Z", datatype=XSD.dateTime)),
           (reviewer, RDF.type, PROV.Agent), (reviewer, RDFS.label, Literal(r.by))]
    if r.reason:
        out.append((node, CG.reviewNote, Literal(r.reason)))
    return out


def entity_labels(counts: dict[str, int]) -> list[tuple[URIRef, str]]:
    """A person's or organisation's names: rdfs:label the preferred one, skos:altLabel each other
    spelling articles use ("O'Neill" and "O’Neill" are one key)."""
    label = preferred_label(counts)
    return [(RDFS.label, label)] + [(SKOS.altLabel, other) for other in sorted(counts) if other != label]


def _inspection_iri(a: URIRef, f: Inspection) -> URIRef:
    when = f"-{f.date.iso()}" if f.date else ""
    return URIRef(f"{a}/inspection/{f.about.kind}-{f.about.key}-{f.type}{when}")


def _fact_node(a: URIRef, f, full_inspections: dict) -> tuple | None:
    """A fact as (IRI, class, {(predicate, object)}, [other triples]); facts that say the same thing in
    one article share an IRI, so their evidence sentences merge."""
    if isinstance(f, Inspection):
        props = {(CG.about, entity_iri(f.about)), (CG.inspectionType, concept(f.type))}
        if f.date:
            props.add((DCTERMS.date, date_literal(f.date)))
        return _inspection_iri(a, f), CG.Inspection, props, []
    if isinstance(f, Judgement):
        area = f"-area-{slug(f.area)}" if f.area else ""
        iri = URIRef(f"{a}/judgement/{f.about.kind}-{f.about.key}-{f.rating}{area}")
        props = {(CG.about, entity_iri(f.about)), (CG.rating, concept(f.rating))}
        props.add((CG.area, Literal(f.area)) if f.area else (CG.isCurrent, Literal(f.current)))
        if f.date:
            props.add((DCTERMS.date, date_literal(f.date)))
        if f.awarded and not f.area and f.about in full_inspections:
            props.add((CG.fromInspection, full_inspections[f.about]))
        return iri, CG.AreaJudgement if f.area else CG.Judgement, props, []
    if isinstance(f, Membership):
        org = f.org.key if f.org else "none"
        role = ID["role/" + slug(f.role)]
        props = {(ORG.member, entity_iri(f.person)), (ORG.role, role)}
        if f.org:
            props.add((ORG.organization, entity_iri(f.org)))
        extra = [(role, RDF.type, ORG.Role), (role, RDFS.label, Literal(f.role))]
        return URIRef(f"{a}/membership/{f.person.key}-{slug(f.role)}-{org}"), ORG.Membership, props, extra
    if isinstance(f, Quotation):
        props = {(SCHEMA.creator, entity_iri(f.speaker)), (SCHEMA.text, Literal(f.text))}
        if f.about:
            props.add((SCHEMA.about, entity_iri(f.about)))
        iri = URIRef(f"{a}/quotation/{f.evidence.start}-{f.evidence.end}-{f.speaker.key}")
        return iri, SCHEMA.Quotation, props, []
    if isinstance(f, ServiceArrangement):
        # one arrangement per provider and article, with every council the article ties it to
        props = {(CG.provider, entity_iri(f.provider)), (CG.council, entity_iri(f.council))}
        return URIRef(f"{a}/arrangement/{f.provider.key}"), CG.ServiceArrangement, props, []
    if isinstance(f, Finding):
        target = f"{f.about.kind}-{f.about.key}" if f.about else "sector"
        props = {(CG.issue, concept(f.issue)),
                 (CG.polarity, CG.Concern if f.polarity == "concern" else CG.Strength)}
        if f.about:
            props.add((CG.about, entity_iri(f.about)))
        return URIRef(f"{a}/finding/{target}-{f.issue}-{f.polarity}"), CG.Finding, props, []
    return None  # ServiceRelation: a direct triple, written with the provider


def refs_of(f) -> list[Ref]:
    if isinstance(f, (Judgement, Inspection)):
        return [f.about]
    if isinstance(f, (ServiceRelation, ServiceArrangement)):
        return [f.provider, f.council]
    if isinstance(f, Membership):
        return [f.person] + ([f.org] if f.org else [])
    if isinstance(f, Quotation):
        return [f.speaker] + ([f.about] if f.about else [])
    if isinstance(f, Finding):
        return [f.about] if f.about else []
    return []


# -- the Gephi view's record of an article ----------------------------------------------------------
def view_record(af: ArticleFacts) -> list:
    """What the Gephi view reads of one article, as plain lists that JSON keeps as they are (the build
    store keeps one per article, so that drawing the view decodes no facts):
    [article IRI, node attrs, published date, number of facts, mentions, authors, facts], with each
    entity as [kind, key, label], each date as [year, month, day] (None: not stated), and the facts the
    view draws, in the article's order: ["member", person, org, role], ["rated", council, rating, date,
    current] for an overall rating (its own date if stated, else the article's for a current one) and
    ["found", council or None, issue, polarity]."""
    facts = []
    for f in af.facts:
        if isinstance(f, Membership) and f.org:
            facts.append(["member", _entity_record(f.person), _entity_record(f.org), f.role])
        elif isinstance(f, Judgement) and not f.area:
            when = f.date or (af.published if f.current else None)
            facts.append(["rated", _entity_record(f.about), f.rating, _date_record(when), f.current])
        elif isinstance(f, Finding):
            facts.append(["found", _entity_record(f.about) if f.about else None, f.issue, f.polarity])
    attrs = {"label": af.title or af.article.id, "type": "NewsArticle"}
    if af.published and af.published.day:
        attrs["issued"] = af.published.iso()
    return [str(article_iri(af.article.id)), attrs, _date_record(af.published), len(af.facts),
            sorted(_entity_record(m) for m in af.mentions), [_entity_record(a) for a in af.authors], facts]


def _entity_record(r: Ref) -> list:
    return [r.kind, r.key, r.label]


def _date_record(d: StatedDate | None) -> list | None:
    return [d.year, d.month, d.day] if d else None
