"""Text before NLP (kg.normalise): invisible and look-alike characters folded for matching, hard wrapping
undone, and evidence offsets still pointing into the article's own text."""
from __future__ import annotations

import sys
import unicodedata

import pytest

from kg.normalise import fold_characters, normalise, unwrap

ALL = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]
FORMAT = [ch for ch in ALL if unicodedata.category(ch) == "Cf"]
SPACES = [ch for ch in ALL if unicodedata.category(ch) == "Zs" and ch != " "]
DASHES = [ch for ch in ALL if unicodedata.category(ch) == "Pd"]
VISIBLE_FORMAT = {"\u0600", "\u0601", "\u0602", "\u0603", "\u0604", "\u0605", "\u06dd", "\u070f",
                  "\u0890", "\u0891", "\u08e2", "\U000110bd", "\U000110cd"}


def test_every_invisible_format_character_is_deleted_and_offsets_map_back():
    assert len(FORMAT) > 150  # the whole class, not the handful of the case
    for ch in FORMAT:
        text = f"Ofsted rated Sunder{ch}land good."
        norm = fold_characters(text)
        if ch in VISIBLE_FORMAT:
            assert norm.text == text
            continue
        assert norm.text == "Ofsted rated Sunderland good.", hex(ord(ch))
        start = norm.text.index("Sunderland")
        s, e = norm.original_span(start, start + len("Sunderland"))
        assert text[s:e] == f"Sunder{ch}land"
        assert text[slice(*norm.original_span(0, len(norm.text)))] == text


@pytest.mark.parametrize("ch", ["\u034f", "\ufe0f", "\U000e0101", "\u180b", "\u3164"])
def test_other_default_ignorable_characters_are_deleted(ch):
    assert fold_characters(f"Sunder{ch}land").text == "Sunderland"


def test_every_space_separator_is_a_space():
    assert {"\u00a0", "\u202f", "\u2007", "\u2009", "\u3000"} <= set(SPACES)
    for ch in SPACES:
        norm = fold_characters(f"Sunderland{ch}City Council")
        assert norm.text == "Sunderland City Council" and norm.to_original is None, hex(ord(ch))
    assert fold_characters("one\u2028two\u2029three").text == "one\ntwo\nthree"


def test_dashes_inside_words_are_hyphens_and_spaced_dashes_stay():
    for ch in DASHES:
        assert fold_characters(f"Stoke{ch}on{ch}Trent").text == "Stoke-on-Trent", hex(ord(ch))
    for ch in "\u2010\u2011\u2012\u2212\uff0d":
        assert fold_characters(f"a {ch} b").text == "a - b"
    assert fold_characters("rated good \u2013 the first time").text == "rated good \u2013 the first time"


def test_ligatures_and_fullwidth_forms_expand_and_map_back():
    text = "Inspectors\u3000found \ufb01ndings in\uff33\uff55\uff4e\uff44\uff45\uff52\uff4c\uff41\uff4e\uff44."
    norm = fold_characters(text)
    assert norm.text == "Inspectors found findings inSunderland."
    start = norm.text.index("findings")
    s, e = norm.original_span(start, start + len("findings"))
    assert text[s:e] == "\ufb01ndings"
    s, e = norm.original_span(start + 1, start + 2)  # the 'i' of a ligature is the whole ligature
    assert text[s:e] == "\ufb01"


def test_ascii_text_is_left_alone():
    text = "Ofsted rated Kent County Council good.\nInspectors praised leaders.\n"
    assert normalise(text) == normalise(text) and normalise(text).text == text
    assert normalise(text).to_original is None


WRAPPED = ("Ofsted rates Hull children's services inadequate after\nfinding caseloads too high\n\n"
           "Ofsted has rated the children's services of Hull City\nCouncil inadequate after a full "
           "inspection in January.\n\nInspectors said caseloads were too high for social workers to\n"
           "do meaningful work with families, and that management\noversight of frontline practice was "
           "weak.\n")


def test_hard_wrapped_paragraphs_and_headlines_are_joined():
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert out.split("\n\n")[0] == "Ofsted rates Hull children's services inadequate after finding caseloads too high"
    assert "Hull City Council inadequate" in out
    assert "social workers to do meaningful work with families, and that management oversight" in out


def test_short_lines_that_are_not_wrapped_keep_their_breaks():
    text = ("Kent children's services rated good\nBy Jo Smith\n12 March 2024\n\n"
            "Ofsted has rated Kent County Council's children's services good.\n"
            "Inspectors praised a stable workforce.\n- caseloads are manageable\n- leaders are visible\n")
    assert unwrap(text) == text
    # a wrapped text's list items and short lines keep their breaks
    wrapped_list = WRAPPED + "\nInspectors found:\n- caseloads too high for the social workers who\nhold them\n"
    out = unwrap(wrapped_list)
    assert "Inspectors found:\n- caseloads" in out and "who hold them" in out


def test_long_paragraph_lines_are_not_wrapping():
    text = ("Ofsted has rated Kent County Council's children's services good after a full inspection, "
            "its first good rating in a decade of inspections.\nInspectors praised a stable workforce "
            "and said caseloads were manageable for social workers across the county.\n"
            "the council said it would keep going.\n")
    assert unwrap(text) == text


def test_invisible_characters_give_the_same_facts_with_offsets_into_the_original(extract):
    clean = ("Ofsted has rated Stoke-on-Trent City Council's children's services inadequate. "
             "Inspectors said caseloads were too high.\n")
    messy = ("Ofsted has\u00a0rated Stoke\u2011on\u2011Trent City Coun\u00adcil's children\u2019s"
             .replace("\u2019", "'") + " services in\u200badequate. Inspectors said case\u2060loads were "
             "too\u202fhigh.\n")
    a, b = extract(clean), extract(messy)

    def facts(af):
        return sorted((type(f).__name__, getattr(f, "about", None), getattr(f, "rating", None),
                       getattr(f, "issue", None)) for f in af.facts)
    assert facts(a) and facts(a) == facts(b)
    for f in b.facts:
        ev = f.evidence
        assert messy[ev.start:ev.end] == ev.text
        assert fold_characters(ev.text).text in fold_characters(messy).text

