"""`kg check` on the development articles (../shared/eval/dev, other people's writing, read in place):
every news judgement of a council gets exactly one verdict, and the graph's links agree with it."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import PROV, RDF

from kg.check import VERDICTS, check
from kg.namespaces import CG, SCHEMA
from tests.conftest import SHARED

DEV = SHARED / "eval" / "dev"
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="development articles not present")


def test_every_news_judgement_of_a_council_has_exactly_one_verdict(dev_build):
    g = rdflib.Graph().parse(dev_build / "graph.ttl")
    news = {j for j in g.subjects(RDF.type, CG.Judgement)
            if (g.value(j, PROV.wasDerivedFrom), RDF.type, SCHEMA.NewsArticle) in g}
    of_a_council = {j for j in news if g.value(g.value(j, CG.about), CG.gssCode) is not None
                    or (g.value(j, CG.about), CG.deliversServicesFor, None) in g}
    rows = check(dev_build).rows
    assert of_a_council and sorted(r.judgement for r in rows) == sorted(str(j) for j in of_a_council)
    assert all(r.verdict in VERDICTS for r in rows)
    for r in rows:
        j = rdflib.URIRef(r.judgement)
        corroborated, contradicted = (j, CG.corroboratedBy, None) in g, (j, CG.contradictedBy, None) in g
        assert [corroborated, contradicted, not (corroborated or contradicted)] == \
            [r.verdict == v for v in VERDICTS], r
        assert len(list(g.objects(j, CG.checkNote))) == 1
