"""Children's services providers and the councils they serve or are owned by, as the text states it."""
from __future__ import annotations

from kg.extract.context import ArticleContext


def extract_providers(ctx: ArticleContext) -> list:
    return []
