"""A person's verdicts on the graph, kept in a corrections file (DIR/corrections.yaml, or `kg build
--corrections FILE`) and replayed by every build: a rejected fact never appears, an added fact appears with
its evidence like any other, a confirmed one is marked so, and an article's subject councils can be set.

The file is a YAML list, one entry per decision, written by `kg review` and editable by hand:

    - article: 001_c66dfc39aa2bc9bf        # the article id
      decision: reject                      # confirm | reject | add | subject
      fact: {kind: finding, council: E10000034, issue: caseloads, polarity: concern}
      reason: the sentence is about another council
      by: a.reviewer
      date: 2026-12-05

A fact is named by its kind and the fields the gold format uses for it (FIELDS). An entry that no longer
applies (its article is not in the graph, the fact it rejects or confirms is not extracted, the sentence an
added fact quotes is not in the article) is reported by the build in one line and changes nothing.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.facts import (ArticleFacts, Evidence, Finding, Inspection, Judgement, Membership, Ref, Review,
                      ServiceArrangement, ServiceRelation)
from kg.model import refs_of
from kg.reference import load_yaml, reference, slug

FILE = "corrections.yaml"
DECISIONS = ("confirm", "reject", "add", "subject")
# The fields that name a fact of each kind (the gold format's), in the order they are written.
FIELDS = {
    "judgement": ("council", "rating"),
    "inspection": ("council", "type"),
    "finding": ("council", "issue", "polarity"),
    "person": ("name", "role", "organisation"),
    "arrangement": ("provider", "council"),
}
OPTIONAL = {"judgement": ("area", "current"), "inspection": (), "finding": (), "person": (), "arrangement": ()}
RATINGS = ("outstanding", "good", "requires-improvement", "inadequate")
INSPECTION_TYPES = ("full", "monitoring", "focused", "jtai")
POLARITIES = ("concern", "strength")
_GSS = re.compile(r"^E\d{8}$")


class CorrectionsError(Exception):
    """The corrections file cannot be used; the message is one line naming the file, the entry and why."""


@lru_cache(maxsize=1)
def issues() -> tuple[str, ...]:
    """The issue scheme's notations (kg/data/issues.yaml)."""
    return tuple(sorted(load_yaml("issues.yaml")["issues"]))


@dataclass
class Correction:
    """One decision of the file (`index`: its place in the list, from 1)."""
    article: str
    decision: str
    by: str
    date: str
    fact: dict | None = None
    councils: list[str] = field(default_factory=list)
    evidence: str | None = None
    reason: str | None = None
    index: int = 0

    def describe(self) -> str:
        if self.decision == "subject":
            return f"subject {', '.join(self.councils)} of {self.article}"
        values = " ".join("sector" if self.fact.get(k) is None else str(self.fact.get(k))
                          for k in FIELDS[self.fact["kind"]])
        return f"{self.decision} {self.fact['kind']} {values} in {self.article}"

    def as_dict(self) -> dict:
        """The entry as the file holds it (keys in the documented order, empty ones left out)."""
        out = {"article": self.article, "decision": self.decision}
        if self.fact is not None:
            out["fact"] = self.fact
        if self.councils:
            out["councils"] = list(self.councils)
        if self.evidence:
            out["evidence"] = self.evidence
        if self.reason:
            out["reason"] = self.reason
        out["by"] = self.by
        out["date"] = self.date
        return out

    def same_target(self, other: "Correction") -> bool:
        """Two decisions about the same thing: the later replaces the earlier (a changed mind)."""
        if self.article != other.article:
            return False
        if self.decision == "subject" or other.decision == "subject":
            return self.decision == other.decision
        if (self.decision == "add") != (other.decision == "add"):
            return False
        return fact_id(self.fact) == fact_id(other.fact)


def fact_id(fact: dict) -> tuple:
    kind = fact["kind"]
    return (kind,) + tuple(_norm(k, fact.get(k)) for k in FIELDS[kind] + OPTIONAL[kind])


def _norm(key: str, value):
    if value is None or key in ("council", "rating", "type", "issue", "polarity", "current"):
        return value
    return slug(str(value))


# -- reading and writing the file --------------------------------------------------------------------

def load(path: str | Path) -> list[Correction]:
    """The decisions of the corrections file at `path` (none when it does not exist)."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise CorrectionsError(f"{path}: not valid YAML{where} ({getattr(exc, 'problem', None) or exc})") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise CorrectionsError(f"{path}: must be a list of decisions (- article: ...), not a {type(data).__name__}")
    return [parse_entry(entry, i, path) for i, entry in enumerate(data, 1)]


def parse_entry(entry, index: int = 0, path: str | Path = FILE) -> Correction:
    """One decision, checked against the vocabulary; CorrectionsError names the entry and what is wrong."""
    def bad(why: str):
        return CorrectionsError(f"{path}: entry {index}: {why}")

    if not isinstance(entry, dict):
        raise bad("must be a mapping (article:, decision:, ...)")
    unknown = sorted(set(entry) - {"article", "decision", "fact", "councils", "evidence", "reason", "by", "date"})
    if unknown:
        raise bad(f"unknown field '{unknown[0]}'")
    article = entry.get("article")
    if not isinstance(article, (str, int)) or not str(article).strip():
        raise bad("no article id")
    decision = entry.get("decision")
    if decision not in DECISIONS:
        raise bad(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    by = entry.get("by")
    if not isinstance(by, (str, int)) or not str(by).strip():
        raise bad("no reviewer (by:)")
    when = entry.get("date")
    if isinstance(when, _dt.datetime):
        when = when.date()
    if isinstance(when, _dt.date):
        when = when.isoformat()
    try:
        when = _dt.date.fromisoformat(str(when)).isoformat()
    except ValueError:
        raise bad(f"date must be YYYY-MM-DD, not {entry.get('date')!r}") from None
    for key in ("reason", "evidence"):
        if entry.get(key) is not None and not isinstance(entry[key], (str, int, float)):
            raise bad(f"{key} must be text")
    c = Correction(str(article).strip(), decision, str(by).strip(), when, index=index,
                   reason=_text(entry.get("reason")), evidence=_text(entry.get("evidence")))
    if decision == "subject":
        councils = entry.get("councils")
        if isinstance(councils, str):
            councils = [councils]
        if not councils or not isinstance(councils, list):
            raise bad("a subject decision needs councils: [GSS code, ...]")
        for gss in councils:
            _check_council(gss, bad)
        c.councils = [str(g) for g in councils]
        return c
    fact = entry.get("fact")
    if not isinstance(fact, dict):
        raise bad("needs fact: {kind: ..., ...}")
    c.fact = check_fact(fact, bad)
    if decision == "add" and not c.evidence:
        raise bad("an added fact needs evidence: the sentence of the article that states it")
    return c


def _text(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def _check_council(gss, bad) -> None:
    if gss is None:
        raise bad("needs council: a GSS code (E10000034)")
    if not isinstance(gss, str) or not _GSS.match(gss):
        raise bad(f"a council is named by its GSS code (E10000034), not {gss!r}")
    if gss not in reference().councils:
        raise bad(f"{gss} is not a council of the reference table")


def check_fact(fact: dict, bad=lambda why: CorrectionsError(why)) -> dict:
    """The fact's fields checked and put in order (FIELDS, then OPTIONAL)."""
    kind = fact.get("kind")
    if kind not in FIELDS:
        raise bad(f"fact kind must be one of {', '.join(FIELDS)}, not {kind!r}")
    fact = dict(fact)
    if kind == "person" and "org" in fact and "organisation" not in fact:
        fact["organisation"] = fact.pop("org")   # the gold format's name for it
    allowed = set(FIELDS[kind]) | set(OPTIONAL[kind]) | {"kind"}
    unknown = sorted(set(fact) - allowed)
    if unknown:
        raise bad(f"a {kind} has no field '{unknown[0]}' (it has {', '.join(FIELDS[kind] + OPTIONAL[kind])})")
    for key in FIELDS[kind]:
        if key not in fact:
            raise bad(f"a {kind} needs {key}:")
    council = fact.get("council")
    if "council" in FIELDS[kind] and (council is not None or kind != "finding"):   # a sector finding has none
        _check_council(council, bad)
    checks = {"rating": RATINGS, "type": INSPECTION_TYPES, "polarity": POLARITIES, "issue": issues()}
    for key, allowed_values in checks.items():
        if key in fact and fact[key] not in allowed_values:
            raise bad(f"{key} must be one of {', '.join(allowed_values)}, not {fact[key]!r}")
    for key in ("name", "role", "organisation", "provider", "area"):
        if key in fact and (not isinstance(fact[key], str) or not fact[key].strip()):
            raise bad(f"{key} must be a non-empty text")
    if "current" in fact and not isinstance(fact["current"], bool):
        raise bad("current must be true or false")
    return {"kind": kind, **{k: fact[k] for k in FIELDS[kind] + OPTIONAL[kind] if k in fact}}


def dump(entries: list[Correction]) -> str:
    """The file's text: one block per decision, its fact on one line."""
    lines = []
    for c in entries:
        first = True
        for key, value in c.as_dict().items():
            lead = "- " if first else "  "
            first = False
            # an ISO date is written bare, as people write it (it reads back as the same date)
            lines.append(f"{lead}{key}: {value if key == 'date' else _scalar(value)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _scalar(value) -> str:
    text = yaml.safe_dump(value, default_flow_style=True, sort_keys=False, allow_unicode=True, width=10**9)
    return text.strip().removesuffix("...").strip()


HEADER = "# caregraph corrections: one decision per entry (kg review writes them; see README).\n"


def save(path: str | Path, entries: list[Correction], backup: bool = False) -> None:
    """Write `entries` as the file at `path`, to a temporary file renamed into place; with `backup` (a
    decision replaced or taken back: the file is written anew, without its comments), the file it replaces
    is kept as FILE.bak, hand-written comments and all."""
    from kg.export import atomic_path
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(HEADER + dump(entries), encoding="utf-8")
        if backup and path.exists():
            path.with_name(path.name + ".bak").write_bytes(path.read_bytes())


def record(path: str | Path, new: Correction) -> list[Correction]:
    """Add a decision to the file: it replaces, in its place, an earlier decision about the same fact (or
    the same article's subject); returns the file's decisions after."""
    entries = load(path)
    same = [i for i, c in enumerate(entries) if new.same_target(c)]
    if same:
        entries[same[0]] = new
        entries = [c for i, c in enumerate(entries) if i not in same[1:]]
        save(path, entries, backup=True)
    else:
        append(path, new)
    return load(path)


def append(path: str | Path, new: Correction) -> None:
    """Add a decision at the end of the file, keeping its text as it is (a person's comments with it)."""
    from kg.export import atomic_path
    path = Path(path)
    old = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if old and not old.endswith("\n"):
        old += "\n"
    with atomic_path(path) as tmp:
        tmp.write_text(old + dump([new]), encoding="utf-8")


def withdraw(path: str | Path, old: Correction) -> list[Correction]:
    """Remove the decision about the same thing as `old` (an undo); returns the file's decisions after."""
    entries = load(path)
    kept = [c for c in entries if not (old.same_target(c) and c.decision == old.decision)]
    if len(kept) != len(entries):
        save(path, kept, backup=True)
    return kept


def by_article(entries: list[Correction]) -> dict[str, list[Correction]]:
    out: dict[str, list[Correction]] = {}
    for c in entries:
        out.setdefault(c.article, []).append(c)
    return out


def digest(entries: list[Correction]) -> str:
    """What an article's decisions change in its graph, as a hash: a changed decision re-extracts it."""
    if not entries:
        return ""
    data = json.dumps([c.as_dict() for c in entries], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# -- replaying the decisions on one article's facts ------------------------------------------------

def fact_fields(f) -> dict | None:
    """A fact as the corrections file names it (None: a kind the file does not name)."""
    if isinstance(f, Judgement):
        out = {"kind": "judgement", "council": f.about.key if f.about.kind == "council" else None,
               "rating": f.rating}
        if f.area:
            out["area"] = f.area
        return out
    if isinstance(f, Inspection):
        return {"kind": "inspection", "council": f.about.key if f.about.kind == "council" else None, "type": f.type}
    if isinstance(f, Finding):
        return {"kind": "finding", "council": f.about.key if f.about and f.about.kind == "council" else None,
                "issue": f.issue, "polarity": f.polarity}
    if isinstance(f, Membership):
        return {"kind": "person", "name": f.person.label or f.person.key, "role": f.role,
                "organisation": (f.org.key if f.org.kind == "council" else f.org.label or f.org.key) if f.org else None}
    if isinstance(f, ServiceArrangement):
        return {"kind": "arrangement", "provider": f.provider.key, "council": f.council.key}
    return None


def matches(fact: dict, f) -> bool:
    """Whether extracted fact `f` is the one `fact` names (a judgement named without an area is the overall one)."""
    got = fact_fields(f)
    if got is None or got["kind"] != fact["kind"]:
        return False
    kind = fact["kind"]
    if kind == "person":
        org = fact.get("organisation")
        return (slug(got["name"]) == slug(fact["name"]) and slug(got["role"]) == slug(fact["role"])
                and _same_org(f.org, org))
    if kind == "arrangement":
        return got["council"] == fact["council"] and _same_provider(f.provider, fact["provider"])
    keys = FIELDS[kind] + (("area",) if kind == "judgement" else ())
    return all(_norm(k, got.get(k)) == _norm(k, fact.get(k)) for k in keys)


def _same_org(org: Ref | None, named) -> bool:
    if org is None or named is None:
        return org is None and named is None
    return named == org.key or slug(str(named)) in (slug(org.key), slug(org.label or ""))


def _same_provider(provider: Ref, named: str) -> bool:
    return slug(named) in (slug(provider.key), slug(provider.label or ""))


def _ref_of_org(named: str | None) -> Ref | None:
    if named is None:
        return None
    ref = reference()
    if named in ref.councils:
        return Ref("council", named, ref.councils[named].name)
    key = _provider_key(named)
    if key:
        return Ref("provider", key, ref.providers[key].name)
    return Ref("org", slug(named), named)


def _provider_key(named: str) -> str | None:
    ref = reference()
    if named in ref.providers:
        return named
    want = slug(named)
    for key, p in ref.providers.items():
        if want in (slug(key), slug(p.name)) or want in (slug(a) for a in p.aliases):
            return key
    return None


def find_sentence(text: str, quote: str) -> Evidence | None:
    """The quoted sentence's place in the article's text: exactly, else with any run of spaces and any
    quotation mark or apostrophe matching any other."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return Evidence(at, at + len(quote), quote)
    quotes = "'\"\u2018\u2019\u201c\u201d`\u00b4"
    pattern = ""
    for ch in quote:
        if ch.isspace():
            if not pattern.endswith(r"\s+"):
                pattern += r"\s+"
        elif ch in quotes:
            pattern += f"[{re.escape(quotes)}]"
        else:
            pattern += re.escape(ch)
    m = re.search(pattern, text)
    return Evidence(m.start(), m.end(), text[m.start():m.end()]) if m else None


def sentence_around(text: str, ev: Evidence) -> Evidence:
    """The whole sentence (or sentences) a selection lies in: back to the end of the sentence before it and
    on to the end of its last one (a full stop, question or exclamation mark before a space, or a line end)."""
    def ends_at(i: int) -> bool:     # a sentence ends just before position i
        return i >= len(text) or text[i] == "\n" or (text[i - 1] in ".!?" and text[i] in " \n")
    start = ev.start
    while start > 0 and text[start - 1] != "\n" and not (start > 1 and text[start - 1] == " "
                                                           and text[start - 2] in ".!?"):
        start -= 1
    end = max(ev.end, start + 1)
    while not ends_at(end):
        end += 1
    piece = text[start:end].strip()
    lead = text[start:end].find(piece)
    return Evidence(start + lead, start + lead + len(piece), piece)


def added_fact(c: Correction, text: str):
    """The fact an add decision states, with its evidence in `text`; None with the reason when it cannot be."""
    ev = find_sentence(text, c.evidence or "")
    if ev is None:
        return None, "the sentence it quotes is not in the article"
    f = c.fact
    ref = reference()
    council = Ref("council", f["council"], ref.councils[f["council"]].name) if f.get("council") else None
    kind = f["kind"]
    if kind == "judgement":
        return Judgement(council, f["rating"], f.get("current", True), False, ev, area=f.get("area")), None
    if kind == "inspection":
        return Inspection(council, f["type"], ev), None
    if kind == "finding":
        return Finding(council, f["issue"], f["polarity"], ev), None
    if kind == "person":
        person = Ref("person", slug(f["name"]), f["name"].strip())
        return Membership(person, f["role"].strip().lower(), _ref_of_org(f.get("organisation")), ev), None
    key = _provider_key(f["provider"])
    provider = Ref("provider", key, ref.providers[key].name) if key else Ref("provider", slug(f["provider"]), f["provider"])
    return ServiceArrangement(provider, council, ev), None


def apply(af: ArticleFacts, entries: list[Correction], text: str) -> list[list[str]]:
    """Replay `entries` (the article's decisions, in file order) on its facts; returns [what it names, why]
    for each that no longer applies. The subject decision is the frame's (kg.extract.frame.decide)."""
    stale = []
    for c in entries:
        review = Review("confirmed" if c.decision == "confirm" else "added", c.by, c.date, c.reason)
        if c.decision == "subject":
            af.subject_review = Review("subject", c.by, c.date, c.reason)
            continue
        if c.decision == "add":
            fact, why = added_fact(c, text)
            if fact is None:
                stale.append([c.describe(), why])
                continue
            af.facts.append(fact)
            af.reviews.setdefault(fact, []).append(review)
            af.mentions.update(refs_of(fact))   # the article names what it states
            continue
        hit = [f for f in af.facts if matches(c.fact, f)]
        if not hit:
            stale.append([c.describe(), "no such fact is extracted"])
            continue
        if c.decision == "reject":
            gone = set(map(id, hit))
            if c.fact["kind"] == "arrangement":   # the article's direct tie of the provider to the council too
                gone |= {id(f) for f in af.facts if isinstance(f, ServiceRelation) and f.council.key == c.fact["council"]
                         and _same_provider(f.provider, c.fact["provider"])}
            af.facts = [f for f in af.facts if id(f) not in gone]
            for f in hit:
                af.reviews.pop(f, None)
        else:
            for f in hit:
                af.reviews.setdefault(f, []).append(review)
    return stale
