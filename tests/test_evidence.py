"""Every judgement, inspection and membership the seeds report rests on a sentence whose offsets point at it
(the official ones of Ofsted's record, derived from the record, rest on no sentence)."""
from __future__ import annotations

from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.namespaces import CG, SCHEMA
from tests.conftest import SEEDS

ORG_MEMBERSHIP = URIRef("http://www.w3.org/ns/org#Membership")


def test_facts_have_evidence_at_the_right_offsets(seeds_graph):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    checked = 0
    for cls in (CG.Judgement, CG.Inspection, ORG_MEMBERSHIP):
        for fact in seeds_graph.subjects(RDF.type, cls):
            article = seeds_graph.value(fact, PROV.wasDerivedFrom)
            if (article, RDF.type, SCHEMA.NewsArticle) not in seeds_graph:
                continue
            text = texts[str(seeds_graph.value(article, DCTERMS.identifier))]
            evidence = {str(e) for e in seeds_graph.objects(fact, CG.evidence)}
            spans = list(seeds_graph.objects(fact, CG.evidenceSpan))
            assert evidence and spans, fact
            for span in spans:
                start = int(seeds_graph.value(span, CG.start))
                end = int(seeds_graph.value(span, CG.end))
                assert text[start:end] in evidence, (fact, start, end)
                assert str(seeds_graph.value(span, RDF.value)) == text[start:end]
                checked += 1
    assert checked >= 8


def test_worcestershire_judgement_sentence(seeds_graph):
    for j in seeds_graph.subjects(RDF.type, CG.Judgement):
        if (seeds_graph.value(j, PROV.wasDerivedFrom), RDF.type, SCHEMA.NewsArticle) not in seeds_graph:
            continue
        if str(seeds_graph.value(j, CG.rating)).endswith("#inadequate") and \
                str(seeds_graph.value(seeds_graph.value(j, CG.about), CG.gssCode)) == "E10000034":
            ev = " ".join(str(e) for e in seeds_graph.objects(j, CG.evidence))
            assert "‘inadequate’ judgement issued today" in ev
            return
    raise AssertionError("no inadequate judgement for Worcestershire")
