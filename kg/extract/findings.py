"""Findings: issues the reporting raises about a council's services, as concern or strength."""
from __future__ import annotations

from kg.extract.context import ArticleContext


def extract_findings(ctx: ArticleContext) -> list:
    return []
