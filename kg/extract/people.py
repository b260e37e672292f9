"""People in their roles: org:Membership of person, role and organisation, and attributed quotations."""
from __future__ import annotations

from kg.extract.context import ArticleContext


def extract_people(ctx: ArticleContext) -> list:
    return []
