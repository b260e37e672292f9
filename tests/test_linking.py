"""Council, provider and organisation linking: every way of naming a council, and text that is not one."""
from __future__ import annotations

import pytest


def councils(af):
    return {m.key for m in af.mentions if m.kind == "council"}


@pytest.mark.parametrize("sentence", [
    "Inspectors visited Worcestershire last month.",
    "Worcestershire County Council has published its plan.",
    "Sunderland council said it welcomed the report.",
    "The letter went to Sunderland city council and its partners.",
    "Gloucestershire's children's services were inspected in May.",
    "Torbay has a new director.",
])
def test_council_names_link(extract, sentence):
    expected = {"Worcestershire": "E10000034", "Sunderland": "E08000024",
                "Gloucestershire": "E10000013", "Torbay": "E06000027"}
    want = {gss for name, gss in expected.items() if name in sentence}
    assert councils(extract(sentence)) == want


@pytest.mark.parametrize("sentence", [
    "She studied at Durham University before joining the service.",
    "The report was written by Chris Brent, a researcher.",
    "Hull City won on Saturday.",
    "Reading the report, inspectors saw progress.",
])
def test_not_a_council(extract, sentence):
    assert councils(extract(sentence)) == set()


def test_provider_names_are_one_entity_not_a_council(extract):
    af = extract("Together for Children runs the services. Inspectors said TfC had made progress.")
    providers = {m.key for m in af.mentions if m.kind == "provider"}
    assert providers == {"together-for-children"}


def test_acronym_alone_is_not_a_provider(extract):
    af = extract("The SCT results were published on Monday.")
    assert not [m for m in af.mentions if m.kind == "provider"]


@pytest.mark.parametrize("dateline,gss", [
    ("12 March 2021", "E10000027"),   # Somerset County Council until April 2023
    ("12 March 2024", "E06000066"),   # Somerset Council since
    (None, "E06000066"),              # no date: the current council
])
def test_shared_short_name_resolved_by_date(extract, dateline, gss):
    text = (f"Jo Smith {dateline}\n\n" if dateline else "") + "Ofsted praised Somerset for its progress with care leavers."
    assert councils(extract(text)) == {gss}


def test_latest_year_in_text_dates_an_undated_article(extract):
    af = extract("In 2014 inspectors judged Buckinghamshire 'inadequate'.")
    assert councils(af) == {"E10000002"}


@pytest.mark.parametrize("sentence,gss", [
    ("Barking & Dagenham was inspected in March.", "E09000002"),
    ("Inspectors praised Bath and North East Somerset Council.", "E06000022"),
    ("Stoke has a new director of children's services.", "E06000021"),
    ("The London Borough of Hackney published its response.", "E09000012"),
])
def test_ampersands_and_short_forms(extract, sentence, gss):
    assert councils(extract(sentence)) == {gss}


@pytest.mark.parametrize("sentence,gss", [
    ("Inspectors visited Central Bedforshire's children's services in May.", {"E06000056"}),
    ("Gloucestorshire County Council said it would respond.", {"E10000013"}),
])
def test_misspelt_council_names(extract, sentence, gss):
    assert councils(extract(sentence)) == gss
