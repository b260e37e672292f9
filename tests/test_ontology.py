"""The ontology defines every term of the public vocabulary."""
from __future__ import annotations

import re

import pytest
import rdflib
from rdflib.namespace import RDF, SKOS

from kg.namespaces import CG
from tests.conftest import ROOT, SHARED

ONTOLOGY = ROOT / "ontology" / "caregraph.ttl"
VOCAB = SHARED / "VOCABULARY.md"


@pytest.fixture(scope="module")
def onto():
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.mark.skipif(not VOCAB.exists(), reason="shared vocabulary not present")
def test_every_vocabulary_term_is_defined(onto):
    text = VOCAB.read_text(encoding="utf-8")
    terms = set(re.findall(r"\bcg:([A-Za-z][A-Za-z-]*[A-Za-z])", text))
    notations = re.search(r"## Issue scheme.*?\n\n(.*?)\n\n", text, re.S).group(1)
    issues = {k.strip(" .\n") for k in notations.split(",")}
    assert len(issues) == 27
    missing = [t for t in terms if (rdflib.URIRef(str(CG._NS) + t), None, None) not in onto]
    assert not missing
    got = {str(n) for c in onto.subjects(SKOS.inScheme, CG.IssueScheme) for n in onto.objects(c, SKOS.notation)}
    assert issues <= got


def test_schemes_have_their_notations(onto):
    def notations(scheme):
        return {str(n) for c in onto.subjects(SKOS.inScheme, scheme) for n in onto.objects(c, SKOS.notation)}
    assert notations(CG.RatingScheme) == {"outstanding", "good", "requires-improvement", "inadequate"}
    assert notations(CG.InspectionTypeScheme) == {"full", "monitoring", "focused", "jtai"}


def test_namespace_terms_are_all_in_the_ontology(onto):
    for name in CG.__annotations__:
        assert (getattr(CG, name), None, None) in onto, name


def test_concepts_are_declared(onto):
    for c in onto.subjects(SKOS.inScheme, CG.IssueScheme):
        assert (c, RDF.type, SKOS.Concept) in onto
        assert onto.value(c, SKOS.definition) is not None
