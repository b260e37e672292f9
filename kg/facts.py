"""Typed facts the extractors produce and the graph model consumes."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.dates import StatedDate


@dataclass(frozen=True, order=True)
class Ref:
    """An entity: kind is council (key = GSS code), provider, org or person (key = normalised name)."""
    kind: str
    key: str
    label: str = field(compare=False, default="")


@dataclass(frozen=True, order=True)
class Evidence:
    """A sentence of the article: text[start:end] of the article's text."""
    start: int
    end: int
    text: str = field(compare=False)


@dataclass(frozen=True)
class Judgement:
    about: Ref
    rating: str                  # a skos:notation of the rating scheme
    current: bool
    awarded: bool                # newly given by an inspection (not a standing or past rating)
    evidence: Evidence
    area: str | None = None      # set for the rating of one area of services
    date: StatedDate | None = None


@dataclass(frozen=True)
class Inspection:
    about: Ref
    type: str                    # full | monitoring | focused | jtai
    evidence: Evidence
    date: StatedDate | None = None


@dataclass(frozen=True)
class ServiceRelation:
    provider: Ref
    council: Ref
    relation: str                # delivers | owned-by
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ServiceArrangement:
    """This article ties `provider` to running (some of) `council`'s children's services."""
    provider: Ref
    council: Ref
    evidence: Evidence


@dataclass(frozen=True)
class Membership:
    person: Ref
    role: str
    org: Ref | None
    evidence: Evidence


@dataclass(frozen=True)
class Quotation:
    speaker: Ref
    text: str
    about: Ref | None
    evidence: Evidence


@dataclass(frozen=True)
class Finding:
    about: Ref | None            # None: stated of the sector, not one council
    issue: str                   # a skos:notation of the issue scheme
    polarity: str                # concern | strength
    evidence: Evidence


@dataclass(frozen=True)
class Review:
    """A person's decision on a fact (kg.corrections): confirmed, added, or the article's subject set."""
    status: str                  # confirmed | added | subject
    by: str
    date: str                    # ISO date of the decision
    reason: str | None = None


@dataclass
class ArticleFacts:
    """Everything one article contributes to the graph."""
    article: object              # kg.articles.Article
    title: str | None = None
    authors: list[Ref] = field(default_factory=list)   # schema:author, each person
    published: StatedDate | None = None
    mentions: set[Ref] = field(default_factory=set)
    subjects: list[Ref] = field(default_factory=list)  # the councils the reporting is about (kg.extract.frame)
    facts: list = field(default_factory=list)
    reviews: dict = field(default_factory=dict)         # fact -> [Review], from the corrections file
    subject_review: Review | None = None                # the subjects were set by a person
    stale: list = field(default_factory=list)           # decisions that no longer apply: [what it names, why]
