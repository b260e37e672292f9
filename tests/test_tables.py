"""Tables in articles (kg.extract.tables, read for ratings by kg.extract.judgements): a table's rows are read
by their columns, never as sentences. Invented tables; the cases from the field are in test_cases.py."""
from __future__ import annotations

from kg.facts import Inspection, Judgement

INTRO = "How councils in the region fared\n\n12 March 2024\n\nThe table below shows each council's latest Ofsted rating.\n\n"


def ratings(af):
    return {(j.about.key, j.rating, j.area, j.current) for j in af.facts if isinstance(j, Judgement)}


def test_a_councils_column_and_a_ratings_column_give_each_rows_judgement(extract):
    af = extract(INTRO + "| Local authority | Ofsted rating | Date of inspection |\n|---|---|---|\n"
                 "| St. Helens Council | Inadequate | 3 May 2023. Monitored since. |\n"
                 "| Wigan Council | 'Good' | 12 June 2022 |\n")
    assert ratings(af) == {("E08000013", "inadequate", None, True), ("E08000010", "good", None, True)}
    dated = {j.about.key: j.date.iso() for j in af.facts if isinstance(j, Judgement)}
    assert dated == {"E08000013": "2023-05-03", "E08000010": "2022-06-12"}
    assert not [f for f in af.facts if isinstance(f, Inspection)]   # listed ratings are no news of an inspection
    # the row is one sentence (not cut at a full stop in a cell), its evidence the whole row
    assert {j.evidence.text for j in af.facts if isinstance(j, Judgement)} >= {
        "| St. Helens Council | Inadequate | 3 May 2023. Monitored since. |"}


def test_a_previous_column_gives_previous_ratings_and_another_services_column_none(extract):
    af = extract(INTRO + "| Council | Previous rating | New rating | Schools |\n"
                 "| Wigan Council | Requires improvement | Good | Outstanding |\n")
    assert ratings(af) == {("E08000010", "requires-improvement", None, False), ("E08000010", "good", None, True)}


def test_an_unheaded_column_holds_ratings_only_when_every_cell_is_one(extract):
    rated = extract(INTRO + "| Council | Result |\n| Wigan Council | Good |\n| Bolton Council | Inadequate |\n")
    assert {(k, r) for k, r, _, _ in ratings(rated)} == {("E08000010", "good"), ("E08000001", "inadequate")}
    # "Good" among words of another kind is not a column of ratings
    words = extract(INTRO + "| Council | Note |\n| Wigan Council | Good progress on caseloads |\n"
                    "| Bolton Council | Outstanding |\n| Bury Council | New director |\n")
    assert not ratings(words)


def test_one_councils_table_of_areas_gives_its_area_judgements(extract):
    af = extract("Ofsted rates Wigan's children's services good\n\nWigan Council's children's services have been "
                 "rated good by Ofsted.\n\n| Judgement | Grade |\n|---|---|\n| Overall effectiveness | Good |\n"
                 "| Experiences and progress of children in care | Outstanding |\n| Impact of leaders | Good |\n")
    got = ratings(af)
    assert ("E08000010", "good", None, True) in got
    assert ("E08000010", "outstanding", "experiences and progress of children in care", True) in got
    assert ("E08000010", "good", "impact of leaders", True) in got


def test_a_row_naming_no_council_or_two_gives_nothing(extract):
    af = extract(INTRO + "| Council | Rating |\n| England average | Good |\n| Wigan and Bolton | Good |\n")
    assert not ratings(af)


def test_a_line_with_bars_that_is_no_table_is_read_as_text(extract):
    # a byline's date after a bar, as some sites print it
    af = extract("Wigan rated good\n\nBy A Reporter\n\n| 12 March 2024\n\n"
                 "Wigan Council's children's services have been rated good by Ofsted.\n")
    assert ("E08000010", "good", None, True) in ratings(af)


def test_rows_without_bars_at_their_ends_make_a_table_three_or_more_in_a_run(extract):
    # the way a page's table often comes out as text: cells split by bars, none at the ends
    af = extract(INTRO + "Council | Latest overall grade | Published\nWigan Council | Good | June 2022\n"
                 "St Helens Council | Inadequate | May 2023\n")
    assert ratings(af) == {("E08000013", "inadequate", None, True), ("E08000010", "good", None, True)}
    assert not [f for f in af.facts if isinstance(f, Inspection)]
    assert {j.date.iso() for j in af.facts if isinstance(j, Judgement)} == {"2022-06", "2023-05"}


def test_a_navigation_line_with_bars_is_no_table(extract):
    # look-alike: one line of bars (a site's sections) among sentences
    af = extract("News | Wigan | Sport | Jobs\n\nWigan Council's children's services were rated good by Ofsted "
                 "after an inspection in May.\n")
    assert ratings(af) == {("E08000010", "good", None, True)}


def test_a_grade_cell_with_its_year_in_brackets_is_that_grade_of_that_year(extract):
    af = extract(INTRO + "| Council | Latest rating | Published | Previous rating |\n"
                 "| Wigan Council | Outstanding | May 2024 | Good (2018) |\n"
                 "| Bolton Council | Requires improvement | June 2023 | Inadequate (March 2019) |\n")
    assert ratings(af) == {("E08000010", "outstanding", None, True), ("E08000010", "good", None, False),
                           ("E08000001", "requires-improvement", None, True), ("E08000001", "inadequate", None, False)}
    dated = {(j.about.key, j.rating): j.date.iso() for j in af.facts if isinstance(j, Judgement)}
    assert dated[("E08000010", "good")] == "2018" and dated[("E08000001", "inadequate")] == "2019-03"
    # a cell of words in brackets is no grade
    notes = extract(INTRO + "| Council | Rating |\n| Wigan Council | Good (see note) |\n| Bolton Council | Good |\n")
    assert ("E08000010", "good", None, True) not in ratings(notes)


def test_cells_a_tab_apart_make_a_table_three_or_more_rows_in_a_run(extract):
    af = extract(INTRO + "Ofsted published both councils' inspection reports this winter, and both improved.\n\n"
                 "Council\tPublished\tNew rating\tPrevious rating\nBarnet\t1 January 2024\tGood\tInadequate\n"
                 "Wirral\t29 January 2024\tRequires improvement\tInadequate\n\nInspectors said both had improved.")
    assert ratings(af) == {("E09000003", "good", None, True), ("E09000003", "inadequate", None, False),
                           ("E08000015", "requires-improvement", None, True), ("E08000015", "inadequate", None, False)}
    # look-alike: a line with one tab in a paragraph is read as text
    plain = extract(INTRO + "Barnet\tGood news for the borough, said its leader.\n")
    assert not [f for f in plain.facts if isinstance(f, Judgement)]


def test_a_change_dated_in_the_half_year_before_the_article_is_news_of_an_inspection(extract):
    # a day and month alone take the article's year (12 March 2024): the last such date up to it
    table = ("| Council | Published | Rating | Previous rating |\n|---|---|---|---|\n| Barnet | 1 February | Good | "
             "Inadequate |\n| Wirral | 20 April | Requires improvement | Good |\n| Wigan Council | 12 June 2022 | Good | "
             "Requires improvement |\n")
    af = extract(INTRO + table)
    dated = {j.about.key: j.date.iso() for j in af.facts if isinstance(j, Judgement)}
    assert dated == {"E09000003": "2024-02-01", "E08000015": "2023-04-20", "E08000010": "2022-06-12"}
    # a table of changes: only Barnet's is within the half year; Wirral's and Wigan's stand, no news
    assert {(i.about.key, i.type) for i in af.facts if isinstance(i, Inspection)} == {("E09000003", "full")}
    # look-alike: a table of where each council stands, without previous ratings, tells no news
    stands = extract(INTRO + "| Council | Published | Rating |\n|---|---|---|\n| Barnet | 1 February | Good |\n")
    assert not [i for i in stands.facts if isinstance(i, Inspection)]
