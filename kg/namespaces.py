"""The vocabularies the graph uses, declared once: the cg: ontology and the IRIs of data."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

SCHEMA = Namespace("https://schema.org/")


class CG(DefinedNamespace):
    """caregraph ontology terms (ontology/caregraph.ttl defines each one)."""

    _NS = Namespace("https://w3id.org/caregraph/ontology#")
    _fail = True
    _extras = [
        # concepts are named by their skos:notation, which contains hyphens
        "requires-improvement", "inadequate", "good", "outstanding",
        "full", "monitoring", "focused", "jtai",
    ]

    LocalAuthority: URIRef
    ServiceProvider: URIRef
    Inspection: URIRef
    Judgement: URIRef
    AreaJudgement: URIRef
    Finding: URIRef
    TextSpan: URIRef
    ServiceArrangement: URIRef
    Polarity: URIRef
    Concern: URIRef
    Strength: URIRef
    RatingScheme: URIRef
    InspectionTypeScheme: URIRef
    IssueScheme: URIRef

    about: URIRef
    inspectionType: URIRef
    rating: URIRef
    fromInspection: URIRef
    issue: URIRef
    polarity: URIRef
    deliversServicesFor: URIRef
    ownedBy: URIRef
    evidence: URIRef
    evidenceSpan: URIRef
    start: URIRef
    end: URIRef
    area: URIRef
    isCurrent: URIRef
    gssCode: URIRef
    successor: URIRef
    validFrom: URIRef
    validTo: URIRef
    ofstedURN: URIRef
    dfeCode: URIRef
    provider: URIRef
    council: URIRef
    framework: URIRef
    startDate: URIRef
    endDate: URIRef
    corroboratedBy: URIRef
    contradictedBy: URIRef
    checkNote: URIRef
    reviewStatus: URIRef
    reviewNote: URIRef
    subjectReview: URIRef


def concept(notation: str) -> URIRef:
    """The cg: concept whose skos:notation is `notation` (ratings, inspection types, issues)."""
    return URIRef(str(CG._NS) + notation)


# Where the data's own IRIs live: councils by GSS code, everything else by a normalised key.
ID = Namespace("https://w3id.org/caregraph/id/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
ONS_GEOGRAPHY = Namespace("http://statistics.data.gov.uk/id/statistical-geography/")

PREFIXES = {
    "cg": str(CG._NS),
    "org": str(ORG),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "wd": str(WIKIDATA),
    "ons": str(ONS_GEOGRAPHY),
}

__all__ = ["CG", "ID", "SCHEMA", "WIKIDATA", "ONS_GEOGRAPHY", "PREFIXES", "concept",
           "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
