"""Children's services providers and the councils they serve or are owned by, as the text states it
(phrasing: kg/data/providers.yaml). The reference table adds the arrangements it records."""
from __future__ import annotations

import re
from functools import lru_cache

import yaml

from kg.extract.context import ArticleContext
from kg.facts import ServiceRelation
from kg.reference import data_path


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern]:
    raw = yaml.safe_load(data_path("providers.yaml").read_text(encoding="utf-8"))
    return re.compile(raw["delivers"], re.I), re.compile(raw["owned_by"], re.I)


def extract_providers(ctx: ArticleContext) -> list[ServiceRelation]:
    delivers, owned = _rules()
    facts = []
    doc = ctx.doc
    for sent in ctx.sentences:
        provs = [e for e in ctx.entities if e.ref.kind == "provider"
                 and sent.span.start <= e.span.start < sent.span.end]
        councils = [e for e in ctx.entities if e.ref.kind == "council"
                    and sent.span.start <= e.span.start < sent.span.end]
        for p in provs:
            for c in councils:
                if c.span.start < p.span.end:
                    continue  # the provider is named first in every phrasing handled here
                between = doc[p.span.end:c.span.start].text
                if owned.search(between):
                    facts.append(ServiceRelation(p.ref, c.ref, "owned-by", sent.evidence))
                elif delivers.search(between):
                    facts.append(ServiceRelation(p.ref, c.ref, "delivers", sent.evidence))
    return facts
