"""Judgements and inspections from the phrasing of Ofsted reporting (made-up sentences)."""
from __future__ import annotations

import pytest

from kg.facts import Inspection, Judgement


def judgements(af):
    return {(j.about.key, j.rating, j.current) for j in af.facts if isinstance(j, Judgement) and not j.area}


def inspections(af):
    return {(i.about.key, i.type) for i in af.facts if isinstance(i, Inspection)}


def test_downgrade_gives_both_ratings_and_a_full_inspection(extract):
    af = extract("Ofsted has downgraded Medway from 'good' to 'requires improvement' after an inspection in March.")
    assert judgements(af) == {("E06000035", "good", False), ("E06000035", "requires-improvement", True)}
    assert inspections(af) == {("E06000035", "full")}


def test_standing_rating_implies_no_inspection(extract):
    af = extract("A monitoring visit to Torbay's 'inadequate' children's services found staff were committed.")
    assert judgements(af) == {("E06000027", "inadequate", True)}
    assert inspections(af) == {("E06000027", "monitoring")}


def test_area_rating_is_not_the_overall_judgement(extract):
    af = extract("Kent was rated 'outstanding' overall. Inspectors rated one area, care leavers, as 'good'.")
    assert judgements(af) == {("E10000016", "outstanding", True)}
    areas = [j for j in af.facts if isinstance(j, Judgement) and j.area]
    assert [(j.rating, j.area) for j in areas] == [("good", "one area")]


def test_aspiration_is_not_a_judgement(extract):
    af = extract("The director of Kent said the service was on track to be rated 'good' next year.")
    assert judgements(af) == set()


def test_a_service_deserved_is_no_judgement(extract):
    af = extract("Kent County Council's children's services require improvement. The children of Kent deserve a "
                 "service rated good, the director said.")
    assert "good" not in {r for _, r, _ in judgements(af)}
    # look-alike: a service described as rated good, with no one deserving it
    af = extract("Kent County Council's children's services require improvement. The children of Kent have had a "
                 "service rated good before, the director said.")
    assert "good" in {r for _, r, _ in judgements(af)}


@pytest.mark.parametrize("aim", ["Our ambition is for both councils", "The council's aim is for Kent"])
def test_an_aim_stated_as_the_subject_of_is_no_judgement(extract, aim):
    af = extract(f"Kent County Council's children's services require improvement. {aim} to be rated good at the next "
                 "inspection.")
    assert "good" not in {r for _, r, _ in judgements(af)}
    # look-alike: no aim before the grade
    af = extract("Kent County Council's children's services require improvement. Kent was rated good in 2015.")
    assert "good" in {r for _, r, _ in judgements(af)}


def test_ratings_paired_respectively(extract):
    af = extract("Leeds and Wigan were previously rated 'good' and 'inadequate' respectively.")
    assert judgements(af) == {("E08000035", "good", False), ("E08000010", "inadequate", False)}


def test_sector_wide_ratings_belong_to_no_council(extract):
    af = extract("Croydon was inspected in June. Across England, most local authorities were judged 'good' last year.")
    assert judgements(af) == set()


def test_clauses_split_ratings_between_councils(extract):
    af = extract("Bolton moved from 'requires improvement' to 'good', while Bury retained its 'outstanding' rating.")
    assert judgements(af) == {("E08000001", "requires-improvement", False), ("E08000001", "good", True),
                              ("E08000002", "outstanding", True)}


def test_dated_monitoring_visit(extract):
    af = extract("The February 2020 monitoring visit to Slough found improvements.")
    visits = [i for i in af.facts if isinstance(i, Inspection)]
    assert [(i.about.key, i.type, i.date.iso()) for i in visits] == [("E06000039", "monitoring", "2020-02")]


def test_focused_visit_of_provider_counts_for_provider(extract):
    af = extract("Ofsted carried out a focused visit to Birmingham Children's Trust in May 2022.")
    assert inspections(af) == {("birmingham-childrens-trust", "focused")}


def test_rating_verb_found_through_the_parse(extract):
    af = extract("Ofsted has judged Bradford's children's services to be inadequate.")
    assert judgements(af) == {("E08000032", "inadequate", True)}


def test_good_in_all_areas_is_overall(extract):
    af = extract("Ofsted rated the service in Leeds as good in all areas.")
    assert judgements(af) == {("E08000035", "good", True)}


def test_rated_area_subject(extract):
    af = extract("Children's services in Croydon have been rated 'good' overall, with leadership judged outstanding.")
    assert judgements(af) == {("E09000008", "good", True)}


def test_visit_named_once(extract):
    af = extract("Thurrock, rated 'inadequate' in 2022, was visited by inspectors for a monitoring visit in April 2023.")
    visits = [(i.about.key, i.type, i.date.iso() if i.date else None) for i in af.facts if isinstance(i, Inspection)]
    assert visits == [("E06000034", "monitoring", "2023-04")]


def test_require_improvement_to_be_good_is_one_rating(extract):
    af = extract("Sandwell Children's Trust was judged to require improvement to be good.")
    assert {(j.about.key, j.rating) for j in af.facts if isinstance(j, Judgement)} == \
        {("sandwell-childrens-trust", "requires-improvement")}


def test_month_without_year_takes_the_articles_year(extract):
    af = extract("Sam Lee 3 June 2023\n\nA monitoring visit to Slough in April found progress.")
    [visit] = [i for i in af.facts if isinstance(i, Inspection)]
    assert visit.date.iso() == "2023-04"


def test_quoted_rating_far_from_its_verb_is_awarded(extract):
    af = extract("Ofsted's latest report rates Enfield Council's children's services as 'requires improvement'.")
    assert judgements(af) == {("E09000010", "requires-improvement", True)}
    assert inspections(af) == {("E09000010", "full")}


@pytest.mark.parametrize("sentence", ["In Kent, care leavers received good support from personal advisers.",
                                      "Families in Wigan are getting “consistently good” support, Ofsted inspectors said.",
                                      "Families in Wigan praised the ‘outstanding’ work of its social workers, Ofsted said.",
                                      "In Wigan the letter praised “consistently good” social work with children."])
def test_good_as_an_adjective_is_not_a_rating(extract, sentence):
    assert judgements(extract("Published 15 June 2022\n\n" + sentence)) == set()


def test_a_quoted_grade_on_the_services_is_a_rating(extract):
    """the look-alike: a quoted grade before the services it rates"""
    af = extract("Ofsted criticises Kent's ‘inadequate’ children's services.")
    assert judgements(af) == {("E10000016", "inadequate", True)}


def test_previous_ratings_with_cues_further_away(extract):
    af = extract("Kent has been awarded 'outstanding' after it was given an 'inadequate' rating six years prior. "
                 "Surrey's services have been downgraded from an Ofsted overall \"good\" to \"requires improvement\".")
    assert judgements(af) == {("E10000016", "outstanding", True), ("E10000016", "inadequate", False),
                              ("E10000030", "good", False), ("E10000030", "requires-improvement", True)}


def test_jtai_by_its_report_title(extract):
    af = extract("A joint inspection of the multi-agency response to abuse in Leeds found gaps in information sharing.")
    assert inspections(af) == {("E08000035", "jtai")}


# -- kinds of phrasing met in real reporting (invented sentences, two or three wordings each) --------

@pytest.mark.parametrize("text,want", [
    ("Ofsted said Rotherham and Barnsley require improvement.",
     {("E08000018", "requires-improvement", True), ("E08000016", "requires-improvement", True)}),
    ("An Ofsted report found Swindon's children's services required improvement.",
     {("E06000030", "requires-improvement", True)}),
])
def test_require_improvement_as_the_predicate_is_a_rating(extract, text, want):
    assert judgements(extract(text)) == want


@pytest.mark.parametrize("text", [
    "Ofsted said the local safeguarding children's board in Rotherham requires improvement.",
    "Swindon's social workers said their practice requires improvement in places.",
])
def test_require_improvement_of_something_else_is_not(extract, text):
    assert judgements(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "A primary school in Dorset has been rated 'inadequate' by Ofsted.",
    "None of the children's homes in Dorset inspected this year were judged 'good'.",
    "Dorset received the lowest rating in inspections of its SEND services this summer.",
    "Two nurseries run by Dorset Council were judged 'requires improvement'.",
])
def test_grades_of_schools_homes_and_send_areas_are_not_the_councils(extract, text):
    assert judgements(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "The council committed to turn the service into one rated 'good' by 2026.",
    "Leaders in Dorset plan to have the service rated 'outstanding' within three years.",
])
def test_a_rating_aimed_at_is_not_a_judgement(extract, text):
    assert judgements(extract("Dorset Council was inspected in May. " + text)) == set()


@pytest.mark.parametrize("text, want", [
    ("The new director starts in September with one job above all: getting the city's rating back to good.", set()),
    ("Her task is to bring the service back to 'good' within two years.", set()),
    # look-alike: a return told as done
    ("The service was brought back to good in 2023, inspectors said.", {("E06000042", "good", True)}),
])
def test_a_rating_to_get_back_to_is_an_aim(extract, text, want):
    assert judgements(extract("Milton Keynes City Council names new director\n\nPublished 12 June 2024\n\n"
                              "Milton Keynes City Council has named its new director of children's services. "
                              + text)) == want


@pytest.mark.parametrize("text", [
    "None have been rated 'outstanding', the highest grade.",
    "The director said the outcome was 'not good enough'.",
])
def test_no_rating_for_nobody_or_for_an_opinion(extract, text):
    assert judgements(extract("Dorset Council's children's services were inspected in May. " + text)) == set()


@pytest.mark.parametrize("text,previous", [
    ("Wigan's children's services, previously rated 'good', have been judged 'requires improvement'.", "good"),
    ("Wigan is no longer rated 'inadequate': inspectors judged it 'requires improvement'.", "inadequate"),
    ("Since the last inspection in 2016, when Wigan was deemed 'inadequate', it has been rated "
     "'requires improvement' by Ofsted.", "inadequate"),
])
def test_one_current_rating_per_council(extract, text, previous):
    got = judgements(extract(text))
    assert ("E08000010", "requires-improvement", True) in got and ("E08000010", previous, False) in got


@pytest.mark.parametrize("text", [
    "Inspectors rated Wigan Council's children's services 'good' following a full inspection earlier this year.",
    "Wigan Council's children's services were judged 'good' after inspectors visited earlier this month.",
])
def test_a_time_phrase_about_the_same_inspection_keeps_the_rating_current(extract, text):
    assert judgements(extract(text)) == {("E08000010", "good", True)}


@pytest.mark.parametrize("text,want", [
    # a newly given overall rating implies a full inspection, however it is phrased ...
    ("Lancashire County Council has been told that its services for children are 'inadequate'.",
     {("E10000017", "full")}),
    ("Three councils - Blackpool, Bradford and Wakefield - have been downgraded over the past year.",
     {("E06000009", "full"), ("E08000032", "full"), ("E08000036", "full")}),
    # ... but a standing one, or one in an article about a monitoring visit, does not
    ("A monitoring visit found Lancashire's 'inadequate' children's services were improving.",
     {("E10000017", "monitoring")}),
    ("Lancashire's children's services remain 'inadequate', the council said.", set()),
])
def test_full_inspections_implied_by_new_ratings(extract, text, want):
    assert inspections(extract(text)) == want


@pytest.mark.parametrize("rating,kind", [("inadequate", "monitoring"), ("requires improvement", "focused")])
def test_an_untyped_ofsted_visit_takes_its_type_from_the_councils_rating(extract, rating, kind):
    af = extract(f"3 October 2017\n\nBromley's children's services, rated '{rating}' in 2016, are improving.\n\n"
                 "A report published after an Ofsted visit last month found substantive progress.\n")
    assert inspections(af) == {("E09000006", kind)}


def test_the_rated_thing_decides_the_council(extract):
    af = extract("Hampshire will run the Isle of Wight's services. According to a Hampshire report, an Ofsted "
                 "inspection found the island's children's services to be 'inadequate'.")
    assert judgements(af) == {("E06000046", "inadequate", True)}


@pytest.mark.parametrize("text,want", [
    ("Councils with failing children's services include Slough, Thurrock and Medway.",
     {("E06000039", "inadequate", True), ("E06000034", "inadequate", True), ("E06000035", "inadequate", True)}),
    ("Kent's previously failing children's services have won praise.", {("E10000016", "inadequate", False)}),
])
def test_failing_services_are_inadequate(extract, text, want):
    assert judgements(extract(text)) == want


@pytest.mark.parametrize("text", [
    "Of the remaining 33 authorities, 40 per cent were rated 'good'.",
    "In the region, 78% of homes were rated 'good' or better.",
])
def test_shares_of_councils_or_homes_are_no_councils_judgement(extract, text):
    assert judgements(extract("Kent County Council was inspected in May. " + text)) == set()


@pytest.mark.parametrize("text,want", [
    # (a neighbour named as a comparison, "like neighbouring Richmond, which ...", gets no facts: test_frame)
    ("Kingston has 'outstanding' services, and Richmond, which has long been rated 'good', shares its director.",
     {("E09000021", "outstanding", True), ("E09000027", "good", True)}),
    ("Halton and Hull, which were previously rated 'good' and 'outstanding' respectively, now require improvement.",
     {("E06000006", "good", False), ("E06000010", "outstanding", False),
      ("E06000006", "requires-improvement", True), ("E06000010", "requires-improvement", True)}),
])
def test_a_relative_clause_is_about_what_it_follows(extract, text, want):
    assert judgements(extract(text)) == want


@pytest.mark.parametrize("text", [
    "In 2014, when Kent was deemed 'inadequate', the council replaced its director. Kent is now rated 'good'.",
    "Late in 2014, inspectors judged Kent 'inadequate'. Kent is now rated 'good'.",
])
def test_a_year_before_the_rating_in_its_clause_dates_it(extract, text):
    af = extract("Posted 3 May 2019\n\n" + text)
    assert judgements(af) == {("E10000016", "inadequate", False), ("E10000016", "good", True)}
    assert ("E10000016", "full") not in inspections(af) or len([i for i in af.facts if isinstance(i, Inspection)]) >= 1


def test_a_rating_of_some_aspects_is_not_overall(extract):
    af = extract("Some aspects of Kent's services were deemed 'good', but overall they require improvement.")
    assert judgements(af) == {("E10000016", "requires-improvement", True)}


@pytest.mark.parametrize("text", [
    "Kent worked with its good-rated neighbour, Surrey, to improve.",
    "Statistics released by Ofsted this week show that Surrey received a rating of 'good' at its last inspection.",
    "Last year's rating of 'good' was a big step for Surrey, the council said.",
])
def test_standing_ratings_imply_no_new_inspection(extract, text):
    af = extract(text)
    assert ("E10000030", "full") not in inspections(af)


@pytest.mark.parametrize("text", [
    "Lancashire has improved, and a new full Ofsted inspection is due in May or June.",
    "Lancashire County Council, which covers most of the county, is still waiting for its own first full inspection.",
    "Lancashire County Council waits for a full inspection that Ofsted says will come next spring.",
    "Lancashire County Council can expect shorter focused visits in the meantime.",
])
def test_an_inspection_still_to_come_is_not_reported(extract, text):
    assert inspections(extract(text)) == set()


def test_in_the_meantime_tells_no_future(extract):
    # look-alike of "can expect ... in the meantime": a past inspection told as happening meanwhile
    af = extract("Published 3 March 2025\n\nHull City Council's children's services remain rated requires "
                 "improvement. In the meantime, a joint targeted area inspection in November looked at how the council, "
                 "police and health services respond to children at risk of exploitation.")
    assert ("E06000010", "jtai") in inspections(af)


def test_a_roundups_count_and_the_councils_it_lists(extract):
    af = extract("Ofsted inspectors have rated children's services at three councils as 'good'.\n\n"
                 "Stockport, Merton and Wigan all received the positive ratings after visits in June.\n")
    assert judgements(af) == {("E08000007", "good", True), ("E09000024", "good", True), ("E08000010", "good", True)}


@pytest.mark.parametrize("text,want", [
    ("Nottinghamshire's adult social care was rated requires improvement by the CQC.", set()),
    ("Inspectors rated the home 'outstanding' in every area, Dudley Council said.", set()),
    ("Stoke's children's services, judged to need improvement by Ofsted in 2023, cost more each year.",
     {("E06000021", "requires-improvement", True)}),
    ("Halton was rated 'good' in October, having been judged to require improvement in 2021.",
     {("E06000006", "good", True), ("E06000006", "requires-improvement", False)}),
])
def test_other_regulators_homes_and_infinitives(extract, text, want):
    assert judgements(extract(text)) == want


@pytest.mark.parametrize("text,want", [
    ("A privately run home in Dudley was rated 'inadequate' last month.", set()),
    ("I will not be satisfied until every child in Medway gets a 'good' service, the leader said.", set()),
    ("The borough's services in Richmond, which are run by Achieving for Children, were judged 'good' in 2019.",
     {("E09000027", "good", True)}),
])
def test_homes_hopes_and_a_trust_named_beside_its_council(extract, text, want):
    assert judgements(extract(text)) == want


def test_a_full_inspection_until_which_a_council_stays_is_still_to_come(extract):
    af = extract("A monitoring visit found Herefordshire is improving. The council will stay in the bottom "
                 "category until a full inspection, expected next year.")
    assert inspections(af) == {("E06000019", "monitoring")}


@pytest.mark.parametrize("text", [
    "Torbay Council's children's services remain inadequate, Ofsted has said.",
    "Torbay still inadequate after latest Ofsted visit",
])
def test_a_rating_that_remains(extract, text):
    assert judgements(extract(text)) == {("E06000027", "inadequate", True)}


@pytest.mark.parametrize("text, council", [
    ("Leeds City Council has been judged outstanding for leadership by Ofsted, in a report published on Tuesday.",
     "E08000035"),
    ("Inspectors rated Trafford's help and protection for children as good in a report released this week.",
     "E08000009"),
])
def test_an_area_rating_newly_given_implies_a_full_inspection(extract, text, council):
    """Only a full inspection judges the areas of a council's services: a new area rating without an
    overall one still reports that inspection."""
    af = extract(text)
    assert judgements(af) == set()
    assert inspections(af) == {(council, "full")}


def test_an_area_rating_that_stands_implies_no_inspection(extract):
    af = extract("Leeds City Council, which remains outstanding for leadership, opened a new family hub on Monday.")
    assert inspections(af) == set()


@pytest.mark.parametrize("text", [
    "Ofsted rated Kent good. Councils are graded on a four-point scale - outstanding, good, requires improvement "
    "to be good, or inadequate.",
    "Ofsted rated Kent good. Its grades are outstanding, good, requires improvement and inadequate.",
])
def test_the_grading_scale_spelt_out_is_no_judgement(extract, text):
    assert judgements(extract(text)) == {("E10000016", "good", True)}


@pytest.mark.parametrize("text", [
    "Ofsted's latest round of inspections rated Durham 'good', Sunderland 'outstanding' and Gateshead 'inadequate'.",
    "The latest grades: Durham - good; Sunderland - outstanding; Gateshead - inadequate.",
])
def test_a_roundup_gives_each_council_the_grade_after_its_name(extract, text):
    """Grades in a list with a council's name before each are no scale: each goes with its name."""
    assert {(k, r) for k, r, _ in judgements(extract(text))} == {
        ("E06000047", "good"), ("E08000024", "outstanding"), ("E08000037", "inadequate")}


@pytest.mark.parametrize("text", [
    "Ofsted has rated children's services at Havering and Peterborough as inadequate, while Lewisham has moved up "
    "to good.",
    "Ofsted rated Havering and Peterborough 'inadequate' and Lewisham 'good'.",
])
def test_a_grade_goes_with_the_names_joined_before_it(extract, text):
    assert {(k, r) for k, r, _ in judgements(extract(text))} == {
        ("E09000016", "inadequate"), ("E06000031", "inadequate"), ("E09000023", "good")}


def test_a_grade_goes_with_the_one_named_before_it_not_a_name_after_a_verb(extract):
    """look-alike: a council named in another clause before the rated services is no member of the run"""
    af = extract("Inspectors also visited Havering. In Peterborough, where children's services were rated inadequate, "
                 "staff left.")
    assert {(k, r) for k, r, _ in judgements(af)} == {("E06000031", "inadequate")}


def test_a_tally_of_grades_is_no_judgement(extract):
    af = extract("Ofsted rated Gateshead good.\n\nRatings at a glance\nOutstanding: 5\nGood: 3\n"
                 "Requires improvement: 3\nInadequate: 1\n")
    assert judgements(af) == {("E08000037", "good", True)}


@pytest.mark.parametrize("text", [
    ("Children's home in Lincolnshire rated 'inadequate'\n\n"
     "A privately run children's home in Lincolnshire has been rated inadequate by Ofsted after inspectors "
     "found too few staff on shift. The children's home, near Grantham, looks after up to three children. "
     "It was rated good at its previous full inspection in 2023. The home's registered manager has left. "
     "None of the children at the home had been placed there by Lincolnshire County Council. Children's "
     "homes are registered and inspected by Ofsted.\n"),
    ("Swindon youth justice service rated 'good'\n\n"
     "Swindon's youth justice service has been rated good by HM Inspectorate of Probation. Inspectors said "
     "the youth justice team worked well with the police to reduce reoffending. The service was rated "
     "requires improvement at its last inspection in 2021. The probation inspectorate said youth justice "
     "staff knew the children well.\n"),
])
def test_an_article_about_another_service_gives_the_council_no_grade(extract, text):
    """A children's home and a youth justice service are graded on their own, not as the council's
    children's services (scope.yaml)."""
    af = extract(text)
    assert judgements(af) == set() and inspections(af) == set()


def test_a_visit_the_article_expects_is_not_one_it_reports(extract):
    af = extract("Tameside's children's services remain rated inadequate. Ofsted is expected to carry out a further "
                 "unannounced monitoring visit in the autumn.")
    assert ("E08000008", "monitoring") not in inspections(af)


def current_of(af):
    return {(j.about.key, j.rating): j.current for j in af.facts if isinstance(j, Judgement) and not j.area}


@pytest.mark.parametrize("text,current", [
    # the newly reported rating is current, the one it replaced previous: never both
    ("Kent's children's services require improvement, Ofsted says.\n\nThe service was rated 'good' at the "
     "last inspection in 2016.", ("E10000016", "requires-improvement")),
    ("Kent rated inadequate\n\nOfsted found Kent's services inadequate after inspectors visited in March. "
     "The last inspection of the county council was in 2014, when services were found to be good.",
     ("E10000016", "inadequate")),
    ("Kent's service, rated 'inadequate' by Ofsted after a 2016 inspection, now 'requires improvement to be good'.",
     ("E10000016", "requires-improvement")),
])
def test_one_rating_per_council_is_current(extract, text, current):
    got = current_of(extract(text))
    assert got[current] is True
    assert [k for k, v in got.items() if v] == [current]


def test_a_cue_after_a_rating_belongs_to_the_next_rating(extract):
    got = current_of(extract("Kent's children's services have been rated 'good' by Ofsted after being previously "
                             "judged to require improvement."))
    assert got == {("E10000016", "good"): True, ("E10000016", "requires-improvement"): False}


def test_a_provider_and_its_council_share_one_current_rating(extract):
    got = current_of(extract("Children's services in Sandwell have been rated 'good' for the first time in a decade. "
                             "Ofsted first judged them 'inadequate' in 2013, before Sandwell Children's Trust took over."))
    assert [k for k, v in got.items() if v] == [("E08000028", "good")]


def test_a_year_after_since_is_not_the_ratings_date(extract):
    got = current_of(extract("Published 3 March 2023\n\nSandwell gets its first 'good' rating since 2013, Ofsted says."))
    assert got == {("E08000028", "good"): True}


@pytest.mark.parametrize("sentence,want", [
    # a quoted adjective on a noun is no grade ...
    ('Ofsted says Haringey has made "good progress" since the last inspection.', set()),
    # ... a grade in quotes is
    ("Ofsted says Haringey's services are 'good'.", {("E09000014", "good")}),
    # a sub-rating, a feature, the fourth area: parts of the services
    ("This includes an 'outstanding' sub-rating for Rotherham's care leavers.", set()),
    ("Cheshire East has been rated 'good' with 'outstanding' features by Ofsted.", {("E06000049", "good")}),
    ("Kent's leaders were given an 'outstanding' rating in the fourth area.", set()),
    ("Meanwhile, Kent's child protection work has been uplifted from 'good' to 'outstanding'.", set()),
    ("Kent's child protection services were branded 'inadequate' by Ofsted in 2013.", {("E10000016", "inadequate")}),
    # a council's fostering or adoption service is a service of its own
    ("First Hartlepool's fostering service was graded 'good' overall.", set()),
    # the rated thing, however far from its rating, is a safeguarding board
    ("Ofsted rated the city's independent Local Child Safeguarding Board arrangements, chaired by a former "
     "police officer, as 'good'.", set()),
    # less than good; a grade they must earn first
    ("Ofsted judged a third of Somerset's services less than good.", set()),
    ("Inspectors want improvements before they can give Brighton an overall 'good' rating.", set()),
])
def test_grades_of_something_else(extract, sentence, want):
    assert judgements_any(extract(sentence)) == want


def judgements_any(af):
    return {(j.about.key, j.rating) for j in af.facts if isinstance(j, Judgement) and not j.area}


def test_a_verbs_subject_carries_to_the_verb_joined_to_it(extract):
    af = extract("Bosses only saw that Trafford's practice had declined and required improvement when shown it.")
    assert judgements_any(af) == set()


def test_the_rating_of_the_last_inspection_stands_when_the_article_gives_no_new_one(extract):
    af = extract("Published 21 June 2022\n\nOfsted's focused visit to Reading found progress. Reading's services were "
                 "rated 'requires improvement to be good' at their last full inspection in September 2019.")
    assert current_of(af) == {("E06000038", "requires-improvement"): True}


def test_each_rating_takes_its_own_date_and_the_latest_is_current(extract):
    af = extract("Published 1 October 2024\n\nThe county moved out of special measures in 2019, when Ofsted judged that "
                 "Worcestershire's services required improvement to be good, and in July 2023 inspectors rated them "
                 "'good'. Worcestershire had been rated 'inadequate' in 2016.")
    got = current_of(af)
    assert [k for k, v in got.items() if v] == [("E10000034", "good")]


def test_an_older_instance_of_the_same_grade_does_not_make_the_new_one_previous(extract):
    af = extract("Published 11 March 2025\n\nDoncaster's children's services have been rated 'good' by Ofsted. It marks "
                 "an improvement on 2022, when Doncaster was told it required improvement, having been rated 'good' in "
                 "2017 before that.")
    got = current_of(af)
    assert got[("E08000017", "good")] is True and got[("E08000017", "requires-improvement")] is False


@pytest.mark.parametrize("clause", ["four years after they were judged inadequate",
                                    "two years after the council was judged inadequate"])
def test_a_grade_the_new_one_came_after_is_previous(extract, clause):
    """"rated as requiring improvement, four years after they were judged inadequate": the new one is current,
    even with an older instance of its grade reported further on"""
    af = extract("Published 3 March 2023\n\nWirral Council's children's services have been rated as requiring "
                 f"improvement by Ofsted, {clause}.\n\nThe council was rated inadequate in 2019.\n\nIn 2014 the "
                 "service had been rated requires improvement.")
    got = current_of(af)
    assert got[("E08000015", "requires-improvement")] is True and got[("E08000015", "inadequate")] is False


def test_a_grade_given_after_an_inspection_stays_current(extract):
    """look-alike: "after it was inspected" is no earlier grade"""
    af = extract("Published 3 March 2023\n\nWirral Council's children's services were rated inadequate after they "
                 "were inspected in January.")
    assert current_of(af)[("E08000015", "inadequate")] is True


def test_another_council_is_not_the_one_the_discourse_is_on(extract):
    af = extract("Sefton rises two grades\n\nSefton has improved to 'good', while another has fallen from 'good' to "
                 "'requires improvement'. Sefton said it was proud.")
    assert judgements_any(af) == {("E08000014", "good")}


def test_whose_opens_a_relative_clause(extract):
    af = extract("Nottingham City Council was rated 'inadequate'. It is working with Nottinghamshire County Council, "
                 "whose own services were rated 'good' at their last inspection.")
    assert ("E10000024", "good") in judgements_any(af)


@pytest.mark.parametrize("sentence,want", [
    ("Shropshire Council became the latest authority to move from good to outstanding.",
     {("E06000051", "good"), ("E06000051", "outstanding")}),
    ("Lambeth, which had been given Ofsted's lowest judgment in 2015, is now 'good'.",
     {("E09000022", "inadequate"), ("E09000022", "good")}),
])
def test_more_ways_of_giving_a_rating(extract, sentence, want):
    assert judgements_any(extract(sentence)) == want


def test_a_rating_given_a_year_before_is_standing(extract):
    af = extract("Published 22 August 2023\n\nNottingham City Council is still not doing enough for teenagers, nearly "
                 "a year after its services were rated 'inadequate'. Ofsted's latest visit was in July.")
    assert inspections(af) == {("E06000018", "monitoring")}


def test_a_rating_reported_last_month_is_news_for_any_council(extract):
    af = extract("Councils overspend on agency staff\n\nMany councils rely on agency staff. Slough and Kent lead the "
                 "list. In Devon, where children's services were rated 'inadequate' last month, the county council "
                 "expects to overspend.")
    assert ("E10000008", "full") in inspections(af)


def test_a_rating_coordinated_with_a_rated_one_shares_its_verb(extract):
    af = extract("Published 5 May 2025\n\nBirmingham's services were rated 'good' this week. They had been rated "
                 "requires improvement in 2018 and inadequate in 2014 and 2016.")
    assert judgements_any(af) == {("E08000025", "good"), ("E08000025", "requires-improvement"),
                                  ("E08000025", "inadequate")}


@pytest.mark.parametrize("text", [
    "Published 21 June 2022\n\nOfsted praised Reading's front door after a focused look at its work. Reading's services "
    "were rated 'requires improvement' at their last full inspection in September 2019.\n\nThe two-day visit in "
    "January examined the experiences of children in care. Ofsted's letter was published on Tuesday.",
    "Published 21 June 2022\n\nInspectors praised Reading's work with children in care. Reading's services were rated "
    "'requires improvement' at their last full inspection in September 2019.\n\nThe council welcomed the findings "
    "following a two-day visit last month, Ofsted said.",
])
def test_a_visit_after_an_old_full_inspection_is_a_visit(extract, text):
    assert ("E06000038", "focused") in inspections(extract(text))


def test_an_implied_inspections_evidence_tells_of_the_inspection(extract):
    af = extract("Kent rated good\n\nKent's children's services have been rated 'good' by Ofsted. Inspectors praised "
                 "its leaders.\n\nA three-week inspection was carried out in April and the rating was announced today.")
    texts = {i.evidence.text for i in af.facts if isinstance(i, Inspection) and i.about.key == "E10000016"}
    assert "A three-week inspection was carried out in April and the rating was announced today." in texts
    assert "Inspectors praised its leaders." not in texts


def test_a_number_of_councils_rated_is_none_of_those_named(extract):
    af = extract("Ofsted latest: Three councils rated good as inspectors return to Tameside")
    assert judgements_any(af) == set()


def test_their_services_are_those_of_the_councils_listed(extract):
    af = extract("Wakefield was rated 'good', while Bury and Stockport were told their services require improvement to be good.")
    assert {("E08000002", "requires-improvement"), ("E08000007", "requires-improvement")} <= judgements_any(af)


@pytest.mark.parametrize("sentence,want", [
    ("Stockport, however, has slipped from good.", {("E08000007", "good")}),
    ("Kent fell to 'requires improvement' this year.", {("E10000016", "requires-improvement")}),
    # look-alike: a verb of moving with no 'to' or 'from' is no rating verb
    ("Bosses saw Kent's practice had declined and required improvement.", set()),
])
def test_verbs_of_moving_between_grades(extract, sentence, want):
    assert judgements_any(extract(sentence)) == want


def test_the_new_council_named_in_full_keeps_its_rating(extract):
    af = extract("Published 12 September 2024\n\nNorth Yorkshire Council was rated outstanding in all areas following "
                 "an inspection in July. North Yorkshire County Council had been rated outstanding in 2018.")
    assert ("E06000065", "outstanding") in judgements_any(af)


def test_inspectors_returning_is_a_visit(extract):
    af = extract("Published 3 March 2025\n\nTameside's children's services, rated 'inadequate' in 2024, were visited "
                 "again. Inspectors also returned to Tameside for the third time since that judgement.")
    assert ("E08000008", "monitoring") in inspections(af)


@pytest.mark.parametrize("sentence,want", [
    ("Brackton moved out of 'inadequate', rated 'good' in all four judgement areas.",
     {("E06000051", "good"), ("E06000051", "inadequate")}),   # Shropshire below: every area is the overall
    ("The report branding Kent's children's services as 'inadequate' was published on Tuesday.",
     {("E10000016", "inadequate")}),
    ("Ofsted said Kent's services needed improving.", {("E10000016", "requires-improvement")}),
    # a grade named as a point on the scale is nobody's rating
    ("Kent's grade is the second rating below outstanding.", set()),
    ("Kent's adult social care was rated 'good' by the CQC.", set()),
])
def test_more_kinds_of_wording(extract, sentence, want):
    assert judgements_any(extract(sentence.replace("Brackton", "Shropshire"))) == want


@pytest.mark.parametrize("sentence", [
    "Ofsted noted steady progress in its monitoring visits in 2022 and 2023.",
    "Monitoring visits since then have found the service improving.",
])
def test_plural_visits_naming_no_council_are_the_subject_councils(extract, sentence):
    af = extract("Torbay Council's children's services are no longer rated inadequate.\n\n"
                 "Ofsted rated Torbay Council's children's services inadequate in 2021.\n\n" + sentence + "\n")
    assert ("E06000027", "monitoring") in inspections(af)


def test_plural_visits_naming_councils_are_each_of_theirs(extract):
    """The look-alike: councils named in the sentence take the visits, not the subject."""
    af = extract("Torbay Council's children's services are no longer rated inadequate.\n\n"
                 "Monitoring visits to Bury Council and Bolton Council found progress too.\n")
    got = inspections(af)
    assert {("E08000002", "monitoring"), ("E08000001", "monitoring")} <= got
    assert ("E06000027", "monitoring") not in got


@pytest.mark.parametrize("text, full", [
    # no date of its own, the latest year named is 2011: the article may be later, and a newly given
    # rating implies a full inspection
    ("Cornwall Council's children's services have been rated 'good' following an inspection in the spring.\n\n"
     "The council was among those rated 'inadequate' between 2010 and 2011.\n", True),
    # ... unless its words are those of the frameworks before 2013
    ("Cornwall Council's children's services have been rated 'good' following an inspection in the spring.\n\n"
     "The rating is an improvement on the 'adequate' rating awarded in 2011.\n", False),
    # dated before the single inspection framework
    ("Jo Smith 14 March 2012\n\nCornwall Council's children's services have been rated 'good' following an "
     "inspection in the spring.\n", False),
])
def test_an_undated_article_is_not_taken_for_an_old_one_by_the_years_it_names(extract, text, full):
    assert (("E06000052", "full") in inspections(extract(text))) is full


@pytest.mark.parametrize("text", [
    "Bosses at Sandwell Children's Trust say Sandwell's children's services will shed the 'inadequate' rating "
    "when Ofsted comes to do a full inspection later this year.\n",
    "Sandwell's children's services will finally shed 'inadequate' rating, says trust\n\nThe trust told "
    "councillors a number of improvements had been made.\n",
])
def test_a_rating_to_be_shed_is_no_new_rating(extract, text):
    af = extract(text)
    assert ("E08000028", "inadequate", True) not in judgements(af)
    assert ("E08000028", "full") not in inspections(af)


@pytest.mark.parametrize("text, full", [
    ("Leicester moves out of 'inadequate' after Ofsted inspection\n\nAlthough children's services at Leicester "
     "City Council still 'require improvement', inspectors praised efforts to improve.\n\nServices have "
     "improved since the last inspection, which judged them inadequate, Ofsted said after its visit in June "
     "and July.\n", True),
    # the move out of 'inadequate' was years before the article: the visit is a focused visit
    ("Leicester City Council's children's services had been rated 'inadequate' in 2015, before moving to "
     "'requires improvement' in 2018.\n\nIts services still 'require improvement', inspectors said after "
     "their visit in June 2023.\n", False),
])
def test_a_rating_that_still_holds_after_a_reported_change_is_new(extract, text, full):
    assert (("E06000016", "full") in inspections(extract(text))) is full


ROUNDUP = ("Ofsted published its latest inspections of councils' children's services.\n\n"
           "Camden and Merton were rated outstanding, and Harrow was rated inadequate.\n\n")


@pytest.mark.parametrize("text, full", [
    (ROUNDUP + "Sunderland, whose services are run by a council-owned company, kept its outstanding grade.\n", True),
    (ROUNDUP + "Camden, Merton and Harrow were inspected in January.\n\nInspectors praised Camden and Merton.\n\n"
     "Sutton remained good at its inspection in July.\n", True),
    (ROUNDUP + "Sutton remained good at its inspection in July.\n", True),
    # a rating that holds, told in passing, is no news of an inspection
    ("Camden Council's children's services were rated outstanding by Ofsted.\n\nNeighbouring Sunderland, "
     "which remains outstanding, shared its approach.\n", False),
])
def test_each_council_a_roundup_gives_a_new_rating_was_inspected(extract, text, full):
    af = extract(text)
    key = "E08000024" if "Sunderland" in text else "E09000029"
    assert ((key, "full") in inspections(af)) is full


@pytest.mark.parametrize("text, full", [
    ("Children's services in Slough still require improvement to be good, Ofsted has said.\n", True),
    ("Children's services in Slough still require improvement to be good, inspectors say.\n", True),
    ("Children's services in Slough, which still require improvement to be good, have a new director.\n", False),
])
def test_a_rating_that_holds_told_as_the_inspectorates_news_is_a_new_inspection(extract, text, full):
    assert (("E06000039", "full") in inspections(extract(text))) is full


@pytest.mark.parametrize("text, full", [
    # the inspection the sentence tells is years before the article: the rating holds, no new inspection
    ("Kent's children's services are still rated good, the grade they received after a full inspection in 2022.\n", False),
    ("Kent's children's services remain good, a judgement given at its inspection in 2021.\n", False),
    # look-alike: the inspection is the article's own time
    ("Kent's children's services are still rated good after a full inspection in January.\n", True),
])
def test_a_rating_that_holds_since_an_inspection_long_before_is_no_new_inspection(extract, text, full):
    af = extract("Published 17 April 2024\n\n" + text)
    # a full inspection of the article's time: undated, or dated this year
    assert any(f.type == "full" and f.about.key == "E10000016" and (f.date is None or f.date.year == 2024)
               for f in af.facts if isinstance(f, Inspection)) is full


def test_a_visit_to_a_council_whose_rating_holds_from_an_earlier_inspection_is_of_the_type_it_implies(extract):
    af = extract("Published 17 April 2024\n\nOfsted has published a letter following its two-day visit to Kent's "
                 "children's services in March.\n\nKent's children's services are still rated good, the grade they "
                 "received after a full inspection in 2022.\n")
    assert ("E10000016", "focused") in inspections(af)


@pytest.mark.parametrize("text, want", [
    ("Inspectors who visited Devon's children's services last month say the council has made too little "
     "progress.\n\nIt was the sixth visit since the council's services were rated inadequate in 2020.\n",
     ("E10000008", "monitoring")),
    ("Inspectors who visited Devon's children's services last month found steady progress.\n\nDevon's services "
     "have been rated good since 2022.\n", ("E10000008", "focused")),
])
def test_inspectors_who_visited_a_council_made_the_visit_its_rating_implies(extract, text, want):
    assert want in inspections(extract("Jo Smith 22 March 2024\n\n" + text))


@pytest.mark.parametrize("sentence, want", [
    # a grade in a relative clause on another noun, whose own clause names whose grade it is
    ("The improvement board, which has met monthly since the authority was judged inadequate in 2019, has been wound "
     "up.", ("E06000035", "inadequate")),
    # "Ofsted rated children's services inadequate", however the parse hangs the verb
    ("Councillors approved £2m for the programme launched after Ofsted rated children's services inadequate in "
     "May 2019.", ("E06000035", "inadequate")),
])
def test_a_grade_told_in_a_clause_on_something_else(extract, sentence, want):
    af = extract("Medway news\n\nPublished 2 June 2025\n\nMedway Council's children's services are now rated good. "
                 + sentence)
    assert want in judgements_any(af)


@pytest.mark.parametrize("sentence, want", [
    # "its" after a council that is the object of a preposition: the sentence's subject
    ("Solihull Council has agreed a formal improvement partnership with Leeds City Council, five months after its "
     "children's services were rated inadequate.", ("E08000029", "inadequate")),
    # look-alikes: "its" right after the council that is the subject, and after one that is an object of a verb
    ("Leeds City Council will support Solihull Council, five months after its children's services were rated "
     "inadequate.", ("E08000029", "inadequate")),
    ("Ofsted visited Solihull Council in May, five months after its children's services were rated inadequate.",
     ("E08000029", "inadequate")),
])
def test_its_is_the_council_the_sentence_is_about(extract, sentence, want):
    # (Leeds named for itself too, so no mere partner)
    af = extract("LocalGov\n\n12 June 2023\n\n" + sentence + "\n\nLeeds will provide experienced practice leaders. "
                 "Leeds' director of children and families, Aoife Brennan, said improvement takes time.")
    assert want in judgements_any(af)
    assert ("E08000035", "inadequate") not in judgements_any(af)


@pytest.mark.parametrize("sentence", [
    # look-alikes: a board's own grade, and a grade of something that is not the services
    "Its safeguarding children board, which Ofsted said requires improvement, has a new chair.",
    "Councillors approved £2m after Ofsted rated the council's adoption agency inadequate in May 2019.",
])
def test_a_grade_of_something_else_in_such_a_clause_is_not_the_councils(extract, sentence):
    af = extract("Medway news\n\nPublished 2 June 2025\n\nMedway Council's children's services are now rated good. "
                 + sentence)
    assert judgements_any(af) == {("E06000035", "good")}


@pytest.mark.parametrize("sentence, visit", [
    ("Devon was visited by inspectors last month, who found steady progress.", True),
    # look-alikes: a visit by someone else, whatever inspectors found of it
    ("Inspectors found that social workers visited children regularly and saw them alone.", False),
    ("Ofsted said children were visited by their social workers regularly.", False),
    ("Inspectors at the time were clear that too many children were not being visited often enough.", False),
    ("Inspectors said families were visited within a day of a referral.", False),
])
def test_a_visit_by_someone_other_than_the_inspectors_is_no_inspection(extract, sentence, visit):
    af = extract("Jo Smith 22 March 2024\n\nDevon's children's services have been rated good since 2022.\n\n" + sentence)
    assert (("E10000008", "focused") in inspections(af)) is visit


@pytest.mark.parametrize("text, want", [
    ("The report, published today, branded Surrey County Council's children's services as failing.\n",
     ("E10000030", "inadequate", True)),
    ("Ofsted judged Surrey County Council to be 'failing' today.\n", ("E10000030", "inadequate", True)),
])
def test_failing_after_a_rating_verb_is_inadequate(extract, text, want):
    assert want in judgements(extract("Jo Smith 3 May 2024\n\n" + text))


def test_failing_to_do_something_is_no_grade(extract):
    af = extract("Jo Smith 3 May 2024\n\nSurrey County Council was rated good despite failing to recruit enough "
                 "social workers.\n")
    assert not {j for j in judgements(af) if j[1] == "inadequate"}


def test_overall_in_the_next_clause_leaves_some_aspects_a_rating_of_an_area(extract):
    af = extract("Jo Smith 3 May 2024\n\nSome aspects of Surrey County Council's services were judged good, but "
                 "overall it requires improvement, Ofsted said today.\n")
    assert judgements(af) == {("E10000030", "requires-improvement", True)}


def test_respectively_pairs_the_ratings_with_the_list_named_before_them(extract):
    af = extract("Jo Smith 3 May 2024\n\nLeicester fell from good to requires improvement, while Knowsley and Harrow "
                 "were both rated inadequate, having previously been judged to require improvement and good "
                 "respectively.\n")
    got = judgements(af)
    assert {("E08000011", "inadequate", True), ("E09000015", "inadequate", True),
            ("E08000011", "requires-improvement", False), ("E09000015", "good", False)} <= got
    assert not {j for j in got if j[0] in ("E08000011", "E09000015") and j[1] == "requires-improvement"
                and j[0] == "E09000015"}
    assert ("E06000016", "requires-improvement", True) in got


@pytest.mark.parametrize("text, full", [
    ("Cheshire East Council may find it difficult to recruit a new director after Ofsted rated the service as "
     "inadequate.\n", False),
    ("A commissioner was appointed following the November inadequate judgement given to Cheshire East "
     "Council.\n", False),
    ("Cheshire East Council's children's services were rated inadequate after an inspection in March.\n", True),
    ("Cheshire East Council's services were rated inadequate after inspectors found serious failings.\n", True),
])
def test_a_rating_told_as_what_something_else_followed_is_no_new_inspection(extract, text, full):
    af = extract("Jo Smith 3 May 2024\n\n" + text)
    assert (("E06000049", "full") in inspections(af)) is full


@pytest.mark.parametrize("text, want", [
    ("Kent County Council's services were rated inadequate today.\n", ("E10000016", "inadequate", True)),
    ("Kent County Council's services were rated good last month.\n", ("E10000016", "good", True)),
])
def test_a_time_right_after_the_rating_is_no_noun_it_qualifies(extract, text, want):
    assert want in judgements(extract("Jo Smith 3 May 2024\n\n" + text))


def test_a_rating_word_on_a_noun_is_still_no_grade(extract):
    assert judgements(extract("Jo Smith 3 May 2024\n\nKent made good progress this year, inspectors said.\n")) == set()


@pytest.mark.parametrize("sentence,want", [
    ("Kent's children's services are inadequate, Ofsted says.", {("E10000016", "inadequate", True)}),
    ("Inspectors found children's social care in Kent was good.", {("E10000016", "good", True)}),
    ("Kent County Council has been told its children's services are outstanding.",
     {("E10000016", "outstanding", True)}),
    # look-alikes: a part of the service, someone else's opinion, a skill
    ("Kent's services for disabled children are good, Ofsted said.", set()),
    ("The council leader said Kent's children's services are good.", set()),
    ("Kent's children's services are good at listening, inspectors said.", set()),
])
def test_a_grade_said_of_the_childrens_services_in_the_inspectorates_voice(extract, sentence, want):
    """'X's children's services are inadequate, says Ofsted' gives the grade without a rating verb."""
    af = extract("Published 3 March 2024\n\n" + sentence)
    assert judgements(af) == want
    assert (("E10000016", "full") in inspections(af)) == bool(want)


@pytest.mark.parametrize("sentence", [
    "Kent's children's services were graded inadequate for a decade, but now they have been rated good.",
    "Kent's children's services, graded inadequate for years, are now rated good.",
])
def test_now_in_the_ratings_own_clause_makes_it_current(extract, sentence):
    assert judgements(extract("Published 3 March 2024\n\n" + sentence)) == {
        ("E10000016", "inadequate", False), ("E10000016", "good", True)}


def test_a_move_between_grades_told_after_a_rating_is_news(extract):
    """'After Ofsted rated it X' is background, unless the sentence tells a move from another grade."""
    moved = extract("Published 3 March 2024\n\nKent's children's services are no longer inadequate after Ofsted "
                    "rated them requires improvement.")
    assert ("E10000016", "full") in inspections(moved)
    background = extract("Published 3 March 2024\n\nA commissioner is being sent to Kent after Ofsted rated its "
                         "children's services inadequate.")
    assert ("E10000016", "full") not in inspections(background)


def test_a_rating_beside_the_days_inspectors_spent_is_the_one_the_visit_checks(extract):
    af = extract("Published 15 June 2022\n\nWigan's children's services remain good, according to Ofsted inspectors "
                 "who spent two days with the council's teams last month.\n\nWigan Council's children's services "
                 "have been rated good since 2018.")
    assert inspections(af) == {("E08000010", "focused")}


@pytest.mark.parametrize("sentence, want", [
    ("Ofsted spent two days in Wigan in January, looking at help for children in need.", {("E08000010", "focused")}),
    ("Inspectors spent three days in the borough in May, looking at care leavers.", {("E08000010", "focused")}),
    # the look-alike: weeks are a full inspection's length, and it is told by its rating
    ("Inspectors spent three weeks in Wigan in January and rated it good.", {("E08000010", "full")}),
])
def test_days_spent_by_inspectors_are_a_visit(extract, sentence, want):
    af = extract("Published 3 March 2024\n\nWigan Council's children's services were rated requires improvement "
                 "at their last full inspection, in 2022. " + sentence)
    assert {i for i in inspections(af) if i[1] != "full" or "weeks" in sentence} == want


def test_a_rating_told_with_its_inspection_of_the_articles_time_is_the_new_councils(extract):
    """A new council's own page: 'our services have been rated outstanding following an inspection in
    July', and the predecessor's same grade of 2018, are two ratings, not one told twice."""
    text = ("Outstanding again\n\nPublished: 18 August 2023\n\n"
            "North Yorkshire Council's children's services have been praised. Our children's social care services "
            "have been rated outstanding by Ofsted following a three-week inspection in July. The last inspection, "
            "in 2018, took place when services were run by the former North Yorkshire County Council, and also "
            "resulted in an outstanding judgement.")
    assert {("E06000065", "outstanding"), ("E10000023", "outstanding")} <= judgements_any(extract(text))


def test_a_grade_the_council_has_held_is_no_new_inspection(extract):
    af = extract("Published 3 March 2024\n\nNorth Somerset Council is still working to shake off the 'requires "
                 "improvement' grade it has held since 2017.")
    assert judgements_any(af) == {("E06000024", "requires-improvement")}
    assert inspections(af) == set()


def test_an_explainer_of_visits_reports_no_full_inspection(extract):
    base = ("Published 8 March 2024\n\nWigan Council was judged to require improvement at its last full inspection, "
            "in the spring of 2022. Ofsted spent two days in Wigan in January. ")
    assert ("E08000010", "focused") in inspections(extract(base + "Visits of this kind take place between full "
                                                                   "inspections and give no grade."))


@pytest.mark.parametrize("sentence, want", [
    ("The visit is part of the Ofsted framework for inspecting local authority children’s services (ILACS) which "
     "judges their effectiveness.", {("E06000027", "focused")}),
    ("Such visits form part of the ILACS framework and give no grade.", {("E06000027", "focused")}),
    # look-alike: an inspection the framework's name types
    ("An ILACS inspection in March 2023 had rated the council good.",
     {("E06000027", "focused"), ("E06000027", "full")}),
])
def test_the_frameworks_name_is_no_inspection(extract, sentence, want):
    af = extract("Published 8 March 2024\n\nWork is under way to act on the recommendations of Ofsted inspectors "
                 "after their recent focused visit to Torbay's children's social care services.\n\n" + sentence)
    assert inspections(af) == want


@pytest.mark.parametrize("tail, want", [
    ("Its neighbour, Nottingham City Council, was rated 'inadequate' following an inspection last summer and has "
     "since been issued with an improvement notice.", {("E10000024", "focused")}),
    ("Neighbouring Nottingham City Council was rated 'inadequate' after an inspection last summer and has since "
     "been issued with an improvement notice.", {("E10000024", "focused")}),
])
def test_a_neighbours_inspection_makes_no_news_of_the_subjects_standing_grade(extract, tail, want):
    text = ("Council's front door sound, say inspectors\n\nOfsted visit to 'good'-rated authority finds children seen "
            "alone and thresholds well understood.\n\nby Alex Turner on March 3, 2022\n\nInspectors' two-day visit "
            "to Nottinghamshire County Council in January, which looked at how it responds to referrals, found "
            "thresholds well understood.\n\n" + tail)
    assert inspections(extract(text)) == want


@pytest.mark.parametrize("passage, lancashire", [
    ("Children's homes\n\nSeparately, a children's home run by Lancashire County Council was rated inadequate after "
     "a full inspection in January. The grade applies to the home only, not to Lancashire's wider children's "
     "services.", False),
    # look-alike: the council's children's services by name
    ("Lancashire\n\nSeparately, Lancashire County Council's children's services were rated inadequate after a full "
     "inspection in January.", True),
])
def test_a_full_inspection_of_another_service_is_not_the_councils(extract, passage, lancashire):
    text = ("Ofsted roundup: Bury rises to good\n\nOfsted published the outcomes of three full inspections of council "
            "children's services in February.\n\nBury Council's children's services were rated good, up from "
            "inadequate. Wirral Council's children's services were rated requires improvement to be good. Swindon "
            "Borough Council kept its good rating.\n\n" + passage)
    assert (("E10000017", "full") in inspections(extract(text))) == lancashire


@pytest.mark.parametrize("heading", ["Focused visit", "Monitoring visits", "Joint targeted area inspection"])
def test_a_sections_heading_naming_a_kind_of_visit_is_no_visit(extract, heading):
    text = ("Ofsted roundup\n\nOfsted published the outcomes of two full inspections of council children's services "
            "in February.\n\nSwindon holds its ground\n\nSwindon Borough Council kept its good rating after a short "
            "inspection.\n\n" + heading + "\n\nOfsted also published a letter to Hertfordshire.")
    assert not {i for i in inspections(extract(text)) if i[0] == "E06000030" and i[1] != "full"}


@pytest.mark.parametrize("sentence", [
    "Devon's children's services were rated inadequate in 2020, and the council has since been subject to regular "
    "visits from the watchdog.",
    "Devon's children's services were rated inadequate in 2020. Inspectors have made regular visits since.",
])
def test_plural_untyped_visits_to_an_inadequate_council_are_monitoring(extract, sentence):
    assert ("E10000008", "monitoring") in inspections(extract("Published 8 March 2024\n\n" + sentence))


@pytest.mark.parametrize("sentence, want", [
    ("Somerset's services were rated good, seven years after the watchdog found them inadequate.",
     {("E10000027", "good"), ("E10000027", "inadequate")}),
    # the look-alike: something else found good
    ("Somerset's services were rated good, and inspectors found them good at listening.", {("E10000027", "good")}),
])
def test_found_them_gives_a_grade(extract, sentence, want):
    assert judgements_any(extract("Published 8 March 2022\n\n" + sentence)) == want


def test_a_grade_it_had_not_been_given_is_the_one_before(extract):
    af = extract("Published 3 March 2024\n\nIn 2022 Ofsted judged Birmingham City Council's children's services "
                 "requires improvement to be good, the first time in a decade that children's social care in "
                 "Birmingham had not been rated inadequate.")
    assert judgements(af) == {("E08000025", "requires-improvement", True), ("E08000025", "inadequate", False)}


def test_a_new_councils_visit_is_typed_by_the_rating_it_inherited(extract):
    text = ("Posted 21 March 2024\n\nEarlier this month Ofsted published a letter following its visit in February "
            "to Somerset Council's children's services. Children's services in Somerset were rated good in 2022, "
            "in the last full inspection before the county council was replaced by the new unitary council.")
    assert ("E06000066", "focused") in inspections(extract(text))


@pytest.mark.parametrize("sentence, want", [
    ("Cumberland Council has yet to receive its first full inspection.", set()),
    ("Cumberland Council has not yet had a full inspection.", set()),
    ("Cumberland Council has had its first full inspection.", {("E06000063", "full")}),
])
def test_an_inspection_yet_to_come_is_none(extract, sentence, want):
    assert inspections(extract("Published 3 March 2024\n\n" + sentence)) == want


def test_focused_visits_explained_give_no_full_inspection(extract):
    af = extract("Published 3 December 2023\n\nOfsted inspectors carried out a focused visit to Sunderland City "
                 "Council in November. Focused visits are shorter than a full inspection and do not lead to a new "
                 "grade, so the outstanding judgement Sunderland received in 2021 still stands.")
    assert inspections(af) == {("E08000024", "focused")}


def test_a_rating_that_still_stands_is_no_new_inspection(extract):
    af = extract("Published 3 December 2023\n\nSunderland City Council's outstanding rating still stands.")
    assert judgements(af) == {("E08000024", "outstanding", True)}
    assert inspections(af) == set()


def test_judging_overall_effectiveness_to_be_a_grade(extract):
    af = extract("Published 19 November 2024\n\nInspectors visited Thurrock Council in September, judging overall "
                 "effectiveness to be inadequate.")
    assert judgements_any(af) == {("E06000034", "inadequate")}
    assert ("E06000034", "full") in inspections(af)


@pytest.mark.parametrize("sentence, want", [
    ("Ofsted published reports on three councils: Bury was rated 'requires improvement', Salford 'good' and "
     "Manchester 'inadequate'.", {("E08000002", "requires-improvement"), ("E08000006", "good"), ("E08000003", "inadequate")}),
    ("Ofsted rated South Tyneside 'requires improvement' and found Darlington to be 'good'.",
     {("E08000023", "requires-improvement"), ("E06000005", "good")}),
    ("Bolton, Coventry and Hounslow were rated requires improvement, while East Sussex, Essex and Staffordshire "
     "were rated good.", {("E08000001", "requires-improvement"), ("E08000026", "requires-improvement"),
                          ("E09000018", "requires-improvement"), ("E10000011", "good"), ("E10000012", "good"),
                          ("E10000028", "good")}),
])
def test_councils_given_different_grades_in_one_sentence_keep_their_own(extract, sentence, want):
    assert judgements_any(extract("Published 2 February 2018\n\n" + sentence)) == want


@pytest.mark.parametrize("sentence, want_j, want_i", [
    ("Slough's services are out of special measures: Ofsted has replaced the 'inadequate' grade it handed down in "
     "2018 with 'requires improvement to be good'.",
     {("E06000039", "inadequate", False), ("E06000039", "requires-improvement", True)}, {("E06000039", "full")}),
    ("North Lincolnshire has lost its outstanding status, with inspectors now rating its children's services "
     "'good'.", {("E06000013", "outstanding", False), ("E06000013", "good", True)}, {("E06000013", "full")}),
    ("After eight monitoring visits, Hackney's children's services have moved out of 'inadequate' and are now rated "
     "'requires improvement to be good'.", {("E09000012", "inadequate", False), ("E09000012", "requires-improvement", True)},
     {("E09000012", "full"), ("E09000012", "monitoring")}),
    ("Cheshire West and Chester Council has been told its children's services must improve after Ofsted judged "
     "them 'requires improvement to be good'.", {("E06000050", "requires-improvement", True)}, {("E06000050", "full")}),
    ("Ofsted has confirmed that Calderdale's children's services remain 'good'.", {("E08000033", "good", True)},
     {("E08000033", "full")}),
])
def test_replaced_lost_moved_told_and_confirmed(extract, sentence, want_j, want_i):
    af = extract("Published 30 November 2021\n\n" + sentence)
    assert judgements(af) == want_j
    assert inspections(af) == want_i


@pytest.mark.parametrize("sentence, want", [
    ("Ofsted's latest check on Wokingham's 'inadequate' children's services found that caseloads had fallen.",
     {("E06000041", "monitoring")}),
    ("Inspectors came back to Lewisham for a fourth time since branding its children's services 'inadequate'.",
     {("E09000023", "monitoring")}),
    ("Inspectors returned to Croydon in October to check on a service judged 'inadequate' last year.",
     {("E09000008", "monitoring")}),
    ("Ofsted spent two days looking at how Portsmouth City Council, whose children's services are rated 'good', "
     "handles new referrals.", {("E06000044", "focused")}),
    ("Nottinghamshire, whose children's services are rated 'good' by Ofsted, has been chosen to pilot reforms.", set()),
    ("A special school run by Cambridgeshire County Council has been downgraded from 'good' to 'inadequate'.", set()),
])
def test_a_grade_in_passing_or_of_another_service_implies_no_full_inspection(extract, sentence, want):
    assert inspections(extract("Published 19 February 2024\n\n" + sentence)) == want


@pytest.mark.parametrize("sentence, want_j, want_i", [
    ("Inspectors returned to 'good'-rated Cheshire East in June to look at its work with children in care.",
     {("E06000049", "good")}, {("E06000049", "focused")}),
    ("A letter published after inspectors visited 'outstanding'-rated Merton in April praised its help for "
     "disabled children.", {("E09000024", "outstanding")}, {("E09000024", "focused")}),
])
def test_a_quoted_grade_before_rated_is_the_councils(extract, sentence, want_j, want_i):
    af = extract("Published 18 July 2022\n\n" + sentence)
    assert judgements_any(af) == want_j
    assert inspections(af) == want_i


@pytest.mark.parametrize("sentence, want", [
    ("The Council of the Isles of Scilly, which looks after five islands 28 miles off the tip of Cornwall, was "
     "rated good by Ofsted.", {("E06000053", "good")}),
    ("Tameside's director accepted that care planning was \"not yet consistently good\".", set()),
    ("Cllr Ann Lee, Dorset's cabinet member, said: \"We are disappointed not to have been judged good.\"", set()),
    # a grade denied for a stretch of time is none; one denied since a time was held then; a denied inspection
    # leaves the grade after it
    ("Wokingham Borough Council's children's services have not been rated good for almost a decade.", set()),
    ("Wokingham Borough Council's children's services have not been rated good since 2015.",
     {("E06000041", "good")}),
    ("Wokingham Borough Council's children's services have not been inspected since they were rated good in 2019.",
     {("E06000041", "good")}),
])
def test_whose_grade_and_whether_it_is_one(extract, sentence, want):
    assert judgements_any(extract("Published 3 March 2024\n\n" + sentence)) == want


def test_the_time_a_grade_is_compared_with_is_not_its_own(extract):
    af = extract("Published 12 May 2023\n\nOfsted published its report on North Somerset Council, which was again "
                 "judged to require improvement to be good, as it was in 2020.")
    assert ("E06000024", "full") in inspections(af)


def test_a_directors_record_and_last_years_upgrade_imply_no_new_inspection(extract):
    af = extract("Published: 03 October 2024\n\nThe director who steered Medway's children's services from "
                 "'inadequate' to 'good' is to leave the council.\n\nUnder her leadership agency use has fallen, and "
                 "last year Ofsted upgraded the department to 'good'.")
    assert ("E06000035", "good") in judgements_any(af)
    assert inspections(af) == set()


def test_until_this_year_is_a_time_not_an_aspiration(extract):
    af = extract("Published 3 March 2024\n\nUntil this year, Harrow's children's services had been rated good since 2017.")
    assert judgements_any(af) == {("E09000015", "good")}
    assert judgements_any(extract("Published 3 March 2024\n\nHarrow will not rest until its services are rated good.")) == set()


@pytest.mark.parametrize("sentence, want", [
    ("Redcar and Cleveland Borough Council's children's services have moved up a grade, with Ofsted now judging them "
     "to require improvement.", {("E06000003", "requires-improvement"), ("E06000003", "inadequate")}),
    ("Norfolk's new rating follows a judgement of inadequate in 2016.", {("E10000020", "inadequate")}),
    # the look-alike: areas of the service
    ("Inspectors found Norfolk County Council's services to be good overall, with judgments of outstanding in two of four "
     "categories.", {("E10000020", "good")}),
])
def test_judging_them_to_and_a_judgement_of(extract, sentence, want):
    assert judgements_any(extract("Published 3 March 2024\n\n" + sentence)) == want


@pytest.mark.parametrize("sentence, want", [
    ("When Ofsted last inspected, in 2019, it found services run by Kent County Council to be inadequate.",
     {("E10000016", "inadequate")}),
    ("Inspectors judged the services given by Kent County Council to families to be good.", {("E10000016", "good")}),
    ("It is a turnaround for Kent, whose services had been found inadequate in 2019.", {("E10000016", "inadequate")}),
    # the look-alike: "found" before a noun is no grade
    ("Ofsted found good practice in Kent County Council's early help teams.", set()),
])
def test_found_to_be_with_words_between(extract, sentence, want):
    assert judgements_any(extract("Published 3 March 2024\n\n" + sentence)) == want


@pytest.mark.parametrize("text, want", [
    # a rating dated before the council existed is its predecessor's
    ("Published 2 March 2025\n\nNorth Yorkshire Council's children's services have been judged outstanding by "
     "Ofsted. Our children's services were first judged outstanding in 2018.",
     {("E06000065", "outstanding"), ("E10000023", "outstanding")}),
    # ... counted back from the article's date
    ("Published 2 March 2025\n\nSomerset Council's children's services have been judged good by Ofsted, a turnaround "
     "for a service that had been found inadequate seven years earlier.",
     {("E06000066", "good"), ("E10000027", "inadequate")}),
    # the look-alike: a rating dated after the council was created stays its own
    ("Published 2 March 2025\n\nNorth Yorkshire Council's children's services have been judged outstanding by "
     "Ofsted. They were rated good in 2024.", {("E06000065", "outstanding"), ("E06000065", "good")}),
])
def test_a_rating_dated_before_a_council_existed(extract, text, want):
    assert judgements_any(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    # councils in a clause on the rated borough are the clause's ("which borders Essex")
    ("Published 2 March 2024\n\nHavering's children's services have been rated inadequate by Ofsted. The outer "
     "London borough, which borders Essex and the borough of Barking and Dagenham, had been rated good at its "
     "previous inspection in 2018.", {("E09000016", "inadequate"), ("E09000016", "good")}),
    # the look-alike: a clause on a rating names who holds it
    ("Published 2 March 2024\n\nCumberland Council's children's services were rated good. The verdict matches the "
     "good rating that the former Cumbria County Council received for its children's services.",
     {("E06000063", "good"), ("E10000006", "good")}),
])
def test_a_clause_on_the_rated_thing_names_other_councils(extract, text, want):
    assert judgements_any(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    # "two years later": after the rating told last, so the rating dated latest is current
    ("Published 1 October 2024\n\nIn 2017 Ofsted rated Worcestershire County Council's children's services as "
     "inadequate. They were judged to require improvement to be good two years later, and in 2023 inspectors "
     "rated them good.", {("E10000034", "inadequate", False), ("E10000034", "requires-improvement", False),
                          ("E10000034", "good", True)}),
    # a label left behind is the previous one
    ("Published 2 March 2024\n\nSandwell has finally shaken off its 'inadequate' rating. Ofsted judged the services "
     "to require improvement to be good.", {("E08000028", "inadequate", False),
                                           ("E08000028", "requires-improvement", True)}),
    ("Published 2 March 2024\n\nOur ambition was to leave behind the 'inadequate' label Sandwell had carried. In "
     "January 2024 Ofsted judged our services to require improvement to be good.",
     {("E08000028", "inadequate", False), ("E08000028", "requires-improvement", True)}),
])
def test_later_and_left_behind_ratings(extract, text, want):
    assert judgements(extract(text)) == want


@pytest.mark.parametrize("sentence, want", [
    ("In 2017 Ofsted rated Worcestershire County Council's children's services as inadequate.",
     {("E10000034", "inadequate")}),
    # the look-alike: "as" after a verb that gives no rating
    ("Worcestershire County Council described the funding for its children's services as inadequate.", set()),
])
def test_rated_as_far_from_its_verb(extract, sentence, want):
    assert judgements_any(extract("Published 3 March 2024\n\n" + sentence)) == want


@pytest.mark.parametrize("sentence, want", [
    ("The latest is Halton, whose services were rated inadequate last week, down from requires improvement when "
     "inspectors last visited in 2020.", {("E06000006", "inadequate", True), ("E06000006", "requires-improvement", False)}),
    ("There was better news in Oldham, where services were rated good last week, up from requires improvement in 2019.",
     {("E08000004", "good", True), ("E08000004", "requires-improvement", False)}),
    # a move told with an earlier time of the year: the grade moved to is still the one that stands
    ("Earlier in the year, Havering's children's services dropped from good to inadequate.",
     {("E09000016", "good", False), ("E09000016", "inadequate", True)}),
    # the look-alike: "up" that is no move between grades
    ("Oldham's children's services were rated good, and caseloads are up from last year.",
     {("E08000004", "good", True)}),
])
def test_down_from_and_up_from_and_a_move_earlier_in_the_year(extract, sentence, want):
    assert judgements(extract("Published 19 July 2024\n\n" + sentence)) == want


def test_a_grade_held_in_passing_in_a_relative_clause_implies_no_inspection(extract):
    af = extract("Published 4 April 2025\n\nMedway Council has appointed a new director of children's services, who "
                 "will take charge of a department that is now rated good by Ofsted.")
    assert judgements_any(af) == {("E06000035", "good")}
    assert inspections(af) == set()
    # the look-alike: the grade is the sentence's own news
    af = extract("Published 4 April 2025\n\nMedway Council's children's services are now rated good by Ofsted.")
    assert inspections(af) == {("E06000035", "full")}


def test_not_to_have_moved_up_is_no_grade(extract):
    af = extract("Published 4 April 2025\n\nStockton's children's services still require improvement, Ofsted said. "
                 "Cllr Jo Bell said: \"We are disappointed not to have moved up to good.\"")
    assert judgements_any(af) == {("E06000004", "requires-improvement")}


def test_a_roundups_grade_that_holds_is_its_inspections_result(extract):
    text = ("Published 16 January 2023\n\nFive councils' Ofsted verdicts\n\nTwo councils have climbed to 'good' and one "
            "has been rated 'inadequate' in a batch of Ofsted reports published on Friday.\n\nNorfolk County Council's "
            "children's services were rated 'good'. Hull City Council has improved to 'requires improvement to be "
            "good'. Dudley's children's services remain 'requires improvement to be good', the same grade as in 2018.")
    af = extract(text)
    assert ("E08000027", "full") in inspections(af)
    assert ("E08000027", "requires-improvement", True) in judgements(af)
    # the look-alike: one council's article saying its grade still holds reports no inspection
    af = extract("Published 16 January 2023\n\nDudley's children's services remain 'requires improvement to be good', "
                 "the council's annual report says.")
    assert inspections(af) == set()


@pytest.mark.parametrize("tail", ["the same grade it received in 2018", "the same rating it was given in 2018"])
def test_a_roundups_grade_that_holds_as_at_an_earlier_inspection_is_its_result(extract, tail):
    # a masthead and a menu open the page: the roundup's news words come after them
    text = ("Children's Services Review\n\nNews | Inspections | Workforce | Policy | Jobs\n\nOfsted round-up: Norfolk "
            "improves to good as Solihull is rated inadequate\n\nBy Jo Bell | 16 January 2023\n\nOfsted published "
            "three inspections of council children's services on Friday.\n\nNorfolk County Council is now rated good."
            "\n\nSolihull's children's services have been rated inadequate.\n\nDudley Metropolitan Borough Council "
            f"remains requires improvement to be good, {tail}.\n")
    af = extract(text)
    assert ("E08000027", "full") in inspections(af)
    assert [j.date for j in af.facts if isinstance(j, Judgement) and j.about.key == "E08000027"] == [None]


def test_a_comparison_after_one_councils_news_gives_its_neighbours_no_inspection(extract):
    text = ("TeesLive\n\nNews | Middlesbrough | Stockton | Hartlepool | Sport\n\nHow Teesside's councils compare\n\nFive "
            "councils, five stories: where each authority stands with the watchdog\n\nBy Jo Bell\n5 June 2024\n\n"
            "Hartlepool has become the first council in the area to have its children's services rated outstanding."
            "\n\nThe borough council received the top grade last month following a one-week inspection in March.\n\n"
            "Stockton-on-Tees still requires improvement to be good.\n\nMiddlesbrough remains 'requires improvement'.\n")
    got = inspections(extract(text))
    assert ("E06000001", "full") in got
    assert {("E06000004", "full"), ("E06000002", "full")}.isdisjoint(got)


@pytest.mark.parametrize("aside", ["Earlier this month, Sutton (still rated good) and Merton agreed to share an "
                                   "adoption service.", "Norfolk now works closely with its good-rated neighbour, Sutton."])
def test_a_roundups_grade_that_holds_told_in_passing_is_no_result(extract, aside):
    text = ("Ofsted round-up: Norfolk improves to good as Solihull is rated inadequate\n\nBy Jo Bell | 16 January "
            "2023\n\nOfsted published three inspections of council children's services on Friday.\n\nNorfolk County "
            f"Council is now rated good.\n\nSolihull's children's services have been rated inadequate.\n\n{aside}\n")
    af = extract(text)
    assert ("E10000020", "full") in inspections(af)
    assert ("E09000029", "full") not in inspections(af)


@pytest.mark.parametrize("sentence, want", [
    # "judgement areas" and "in each area" are the framework's areas, not councils in general
    ("Kent County Council's director spoke. The service had been judged outstanding overall, and outstanding in each "
     "of the three judgement areas.", {("E10000016", "outstanding", True)}),
    ("Kent County Council's director spoke. The service was judged outstanding overall and in each area.",
     {("E10000016", "outstanding", True)}),
    # reported speech: "reported that ... had been judged" is the news, not an earlier grade
    ("The director reported that Kent's children's services had been judged good by Ofsted.",
     {("E10000016", "good", True)}),
    ("When I read this week that Kent's children's services had been judged good, I was pleased.",
     {("E10000016", "good", True)}),
    ("We learned on Friday that Kent's children's services had been judged good.", {("E10000016", "good", True)}),
])
def test_judgement_areas_and_reported_speech(extract, sentence, want):
    assert judgements(extract("Published 15 September 2023\n\n" + sentence)) == want


@pytest.mark.parametrize("areas", ["all four areas that inspectors looked at have been judged good",
                                   "three of the four areas inspectors looked at were judged good"])
def test_the_frameworks_areas_are_no_councils_in_general(extract, areas):
    af = extract("Published 26 November 2025\n\nOfsted has rated Wigan Council's children's services as good.\n\nThis "
                 f"is an improvement on the requires improvement to be good rating our services received in 2022, and {areas}.")
    assert ("E08000010", "requires-improvement", False) in judgements(af)


def test_areas_in_general_are_still_no_councils(extract):
    """the look-alike: a grade said of areas in general is no one council's"""
    af = extract("Published 15 September 2023\n\nKent County Council was inspected. Ofsted said several areas had been "
                 "rated good this year.")
    assert ("E10000016", "good") not in judgements_any(af)


def test_a_joint_inspection_of_special_needs_support_is_no_jtai(extract):
    af = extract("Published 27 July 2017\n\nRochdale told to improve special needs support after joint inspection\n\n"
                 "A joint inspection by Ofsted and the CQC found that Rochdale was slow to assess children with special "
                 "needs.")
    assert inspections(af) == set()
    # the look-alike: a joint inspection of the response to abuse is one
    af = extract("Published 27 July 2017\n\nRochdale praised after joint inspection\n\nA joint targeted area inspection "
                 "of the response to child abuse in Rochdale praised the council's social workers.")
    assert inspections(af) == {("E08000005", "jtai")}


@pytest.mark.parametrize("text, want", [
    # a year in another rating's clause ("rated ... in 2022,") dates that rating, not the one after it
    ("Redcar and Cleveland Borough Council, rated requires improvement to be good in 2022, was judged good "
     "following a standard inspection in December.", {("E06000003", "requires-improvement"): False,
                                                      ("E06000003", "good"): True}),
    ("Wigan Council, judged inadequate in 2019, was rated good after an inspection in March.",
     {("E08000010", "inadequate"): False, ("E08000010", "good"): True}),
    # look-alike: the year in the rating's own clause
    ("Wigan Council was rated inadequate in 2019.", {("E08000010", "inadequate"): True}),
])
def test_a_year_in_another_ratings_clause_is_that_ratings(extract, text, want):
    assert current_of(extract("2 February 2026\n\n" + text)) == want


@pytest.mark.parametrize("text, want", [
    # "since 2022 its services have been rated good": held from then, the latest
    ("Darlington Borough Council was rated inadequate in 2015, and since 2022 its services have been rated good.",
     {("E06000005", "inadequate"): False, ("E06000005", "good"): True}),
    # "in May last year": counted back from the page's date
    ("The table shows Stockport's history. Stockport Council was rated inadequate in 2021. It was judged to "
     "require improvement to be good in May last year.",
     {("E08000007", "inadequate"): False, ("E08000007", "requires-improvement"): True}),
])
def test_held_since_a_year_and_last_year_date_a_rating(extract, text, want):
    af = extract("5 June 2024\n\n" + text)
    assert current_of(af) == want
    assert inspections(af) == set()   # a rating that holds, or last year's, is no news of an inspection


def test_a_rating_held_since_a_year_is_no_inspection(extract):
    af = extract("5 June 2024\n\nHartlepool was rated outstanding after an inspection in March. Redcar and "
                 "Cleveland's children's services have required improvement since 2017.")
    assert inspections(af) == {("E06000001", "full")}


@pytest.mark.parametrize("text, want", [
    # a rating said of some of the councils a collective names, unnamed, is none of theirs
    ("Five councils have received Ofsted judgements, with two authorities shedding 'inadequate' grades and a "
     "London borough rated 'outstanding'.", set()),
    ("Five councils have received Ofsted judgements, with one council rated 'outstanding'.", set()),
    # look-alike: a rating of the collective itself is each one's
    ("Five councils have been rated 'good' by Ofsted.", {(k, "good") for k in
                                                         ("E09000025", "E06000019", "E08000029", "E06000003",
                                                          "E06000036")}),
])
def test_a_rating_of_some_of_a_collective(extract, text, want):
    body = ("Newham was judged outstanding. Herefordshire Council was judged good. Solihull Metropolitan Borough "
            "Council was rated good. Redcar and Cleveland Borough Council was judged good. Bracknell Forest "
            "Council was rated good.")
    af = extract("Round-up\n\n" + text + "\n\n" + body)
    lead = {(j.about.key, j.rating) for j in af.facts if isinstance(j, Judgement) and not j.area
            and j.evidence.text.startswith("Five councils")}
    assert lead == want


@pytest.mark.parametrize("text, want", [
    # what a visit was not is no inspection of that type; an untyped visit to a good council is a focused visit
    ("Inspectors found clear strengths at Cheshire West and Chester Council following a two-day visit in February. "
     "It was not a full inspection and did not result in a new grade: the council's children's services were last "
     "rated good in 2019.", {("E06000050", "focused")}),
    ("Ofsted made a two-day visit to Cheshire West and Chester Council in February, rather than a full inspection. "
     "The council's children's services were rated good in 2019.", {("E06000050", "focused")}),
    # look-alike: a full inspection said so
    ("Cheshire West and Chester Council was rated good after a full inspection in February.", {("E06000050", "full")}),
])
def test_an_inspection_type_negated_is_not_the_visits(extract, text, want):
    assert inspections(extract("Published 22 March 2023\n\n" + text)) == want


@pytest.mark.parametrize("text, want", [
    # a former council named after the rating, beside councils in being named before it, is another time's
    ("Children's social care in North and West Northamptonshire has been rated as requiring improvement by "
     "Ofsted, three years after the former Northamptonshire County Council's services were judged inadequate.",
     {("E06000061", "requires-improvement"), ("E06000062", "requires-improvement"),
      ("E10000021", "inadequate")}),
    # look-alike: the former council's own rating, named before it
    ("The former Northamptonshire County Council was rated inadequate in 2019.", {("E10000021", "inadequate")}),
])
def test_a_former_council_after_a_rating_is_another_times(extract, text, want):
    assert judgements_any(extract("Published 25 November 2022\n\n" + text)) == want


def test_an_untyped_visit_in_a_roundup_of_visits_of_several_types(extract):
    text = ("Published 20 November 2019\n\nOfsted: latest children's services visits\n\n"
            "Inspectors made a monitoring visit to West Sussex in October. A focused visit to Bolton, which was rated "
            "good in 2018, examined services for children in need.\n\n"
            "Inspectors visited Blackpool in September, looking at children in care. The council was rated inadequate "
            "in 2018.")
    got = inspections(extract(text))
    assert ("E06000009", "monitoring") in got
    # look-alike: councils whose visits the text types keep their own type
    assert ("E08000001", "focused") in got and ("E10000032", "monitoring") in got


def test_an_untyped_visit_takes_no_type_from_another_councils_visit(extract):
    text = ("Published 14 January 2024\n\nPeterborough City Council's children's services rated 'inadequate'\n\n"
            "Peterborough City Council's children's services have been rated inadequate by Ofsted. Inspectors visited "
            "the city in late November and early December. At a focused visit to Cambridgeshire in 2022, inspectors "
            "praised the county's work.")
    got = inspections(extract(text))
    assert ("E06000031", "full") in got and ("E06000031", "focused") not in got
    # look-alike: a visit typed for the council itself gives its untyped visits that type
    got = inspections(extract("Published 14 January 2024\n\nOfsted made a monitoring visit to Peterborough City "
                              "Council in December. Inspectors visited the front door."))
    assert got == {("E06000031", "monitoring")}


@pytest.mark.parametrize("text, want", [
    # an inspection dated before its council existed is its one predecessor's
    ("Somerset Council's children's services were praised. The county council's children's services were rated "
     "good by Ofsted in September 2022, the last full inspection before the merger.", ("E10000027", "full")),
    ("Somerset Council's children's services were praised. A full inspection in September 2022 rated the county "
     "council's services good.", ("E10000027", "full")),
])
def test_an_inspection_dated_before_its_council_existed(extract, text, want):
    got = inspections(extract("Published 13 March 2024\n\n" + text))
    assert want in got and ("E06000066", "full") not in got


def test_a_revisit_in_an_article_about_a_typed_visit_is_not_a_second_visit(extract):
    # the look-alike of a roundup's untyped visit: "inspectors returned" to the predecessor council in an article
    # about one focused visit gives no visit to it
    text = ("Published 2 May 2024\n\nChildren in care in North Yorkshire are at the heart of decision-making, according "
            "to Ofsted inspectors who visited the county in March. The focused visit looked at how North Yorkshire "
            "Council plans for children in care. North Yorkshire's children's services were first rated outstanding in "
            "2018, when they were run by the former North Yorkshire County Council. They kept that grade when "
            "inspectors returned last summer.")
    assert ("E10000023", "focused") not in inspections(extract(text))


@pytest.mark.parametrize("text, want_i", [
    # a rating told in an aside on the sentence's subject, in a feature about something else, is the grade it holds
    ("Wirral Council, rated requires improvement to be good by Ofsted in February, has a long-established early help "
     "offer.", set()),
    ("Lincolnshire, which has been rated outstanding at its last two inspections, has organised its early help "
     "around schools.", set()),
    # look-alikes: the rating as the sentence's own news, or an aside that says it is news
    ("Wirral Council has been rated requires improvement to be good by Ofsted after an inspection in February.",
     {("E08000015", "full")}),
    ("Wirral Council, which was rated requires improvement to be good by Ofsted this month, is one of the "
     "government's partners.", {("E08000015", "full")}),
])
def test_a_rating_in_an_aside_is_held_not_news(extract, text, want_i):
    af = extract("Published 8 October 2024\n\nHow councils run early help\n\n" + text)
    assert inspections(af) == want_i
    assert len(judgements(af)) == 1


@pytest.mark.parametrize("text, want", [
    # another body's grade, said of it as the subject of the rating's verb, is no judgement of the council
    ("West Berkshire Council's services have been rated inadequate by Ofsted. The West Berkshire Local Safeguarding "
     "Children Board was judged to require improvement.", {("E06000037", "inadequate")}),
    ("Doncaster's trust was rated good. The Doncaster Safeguarding Children Board, which was assessed at the same "
     "time, was judged to require improvement.", {("E08000017", "good")}),
    # look-alike: the inspectorate as the subject gives the council's grade
    ("Ofsted judged West Berkshire Council's services to require improvement.", {("E06000037", "requires-improvement")}),
])
def test_another_bodys_grade_is_not_the_councils(extract, text, want):
    assert judgements_any(extract("Published 13 May 2015\n\n" + text)) == want


@pytest.mark.parametrize("sentence", [
    "It is the first full inspection since the unitary council replaced Buckinghamshire County Council.",
    "The report follows the first full inspection since the council was formed from part of the old "
    "Buckinghamshire County Council.",
])
def test_an_inspection_after_a_reorganisation_is_the_successors(extract, sentence):
    text = ("Published 11 February 2022\n\nBuckinghamshire Council's children's services have been rated requires "
            f"improvement to be good by Ofsted. {sentence}")
    got = inspections(extract(text))
    assert ("E06000060", "full") in got
    assert ("E10000002", "full") not in got  # abolished in 2020: no inspection of it in 2022


def test_a_rating_in_the_first_inspection_since_a_reorganisation_is_the_new_councils(extract):
    af = extract("Published 18 August 2023\n\nChildren's services in North Yorkshire have been judged outstanding "
                 "by Ofsted in the first full inspection since the new unitary authority took over in April. The "
                 "former North Yorkshire County Council had been rated outstanding in 2018.\n")
    assert {("E06000065", "outstanding"), ("E10000023", "outstanding")} <= judgements_any(af)
    # look-alike: the rating it is "no longer" is the old council's, told the same way
    af = extract("Published 9 June 2023\n\nChildren's social care across Northamptonshire is no longer inadequate, "
                 "Ofsted has said, in the first full inspection since the county's services were split. North "
                 "Northamptonshire Council was rated requires improvement to be good. Northamptonshire County Council "
                 "was rated inadequate in 2019.\n")
    assert ("E06000061", "inadequate") not in judgements_any(af)


@pytest.mark.parametrize("text, want", [
    ("Kent news\n\nThe director leaves a year after the council's last full inspection, which judged Kent County "
     "Council's services for children as requiring improvement to be good.\n", {("E10000016", "requires-improvement")}),
    ("Kent news\n\nA report went to Kent County Council's committee on the plan drawn up after the Ofsted inspection "
     "published in August, which rated the service as requires improvement to be good.\n",
     {("E10000016", "requires-improvement")}),
    # look-alike: a relative clause on another body rated
    ("Kent news\n\nKent County Council's children's services were praised. Its safeguarding children board, which "
     "Ofsted said requires improvement, was criticised.\n", set()),
])
def test_an_inspection_which_rated_the_service_gives_its_rating(extract, text, want):
    assert judgements_any(extract(text)) == want


@pytest.mark.parametrize("headline", [
    "Ofsted rates North Kent Technical College 'good' but apprenticeships 'require improvement'",
    "Sixth form in Dartford rated 'requires improvement' by Ofsted",
])
def test_a_college_rated_is_no_judgement_of_the_council(extract, headline):
    text = (f"{headline}\n\nThe college in Dartford has been rated by Ofsted. Inspectors praised provision for "
            "learners with high needs, which is funded by Kent County Council.\n")
    assert judgements_any(extract(text)) == set()


@pytest.mark.parametrize("later", [
    "The service has since climbed to requires improvement to be good.",
    "Since then the service has climbed to requires improvement to be good.",
])
def test_since_meaning_after_that_tells_of_a_later_rating(extract, later):
    af = extract(f"Reading news\n\nReading Borough Council's children's services were rated inadequate in 2016. {later}\n")
    assert judgements(af) == {("E06000038", "inadequate", False), ("E06000038", "requires-improvement", True)}


def test_since_before_an_earlier_inspection_still_makes_it_earlier(extract):
    # look-alike: "since the last inspection in 2016, when it was deemed ..." is the earlier rating
    af = extract("Reading news\n\nReading Borough Council's children's services have been rated good, a big "
                 "improvement since the last inspection in 2016, when they were deemed inadequate.\n")
    assert judgements(af) == {("E06000038", "good", True), ("E06000038", "inadequate", False)}


def test_a_visit_after_the_last_full_inspection_is_typed_by_its_rating(extract):
    af = extract("Published 20 May 2025\n\nThe director leaves a year after Cheshire West and Chester Council's last "
                 "full inspection, which judged its services as requiring improvement to be good. Ofsted inspectors "
                 "who visited in March found that decisions about referrals were timely.\n")
    assert ("E06000050", "focused") in inspections(af)
    # look-alike: the full inspection is the news, and its inspectors' visit is that inspection
    af = extract("Published 20 May 2025\n\nCheshire West and Chester Council's services were judged to require "
                 "improvement to be good following a full inspection in March. Ofsted inspectors who visited in "
                 "March found that decisions about referrals were timely.\n")
    assert ("E06000050", "focused") not in inspections(af)


@pytest.mark.parametrize("text", [
    "Children's social care in Kent still 'requires improvement to be good', according to Ofsted's latest inspection.",
    "Kent's children's services still 'require improvement', Ofsted finds.",
])
def test_a_rating_that_holds_told_as_an_inspections_news_implies_it(extract, text):
    assert ("E10000016", "full") in inspections(extract(text))


def test_a_rating_that_holds_confirmed_long_ago_implies_no_inspection(extract):
    # look-alike: the confirming inspection is years before the article
    af = extract("Published 5 June 2024\n\nKent's children's services have required improvement since 2017, "
                 "a grade Ofsted confirmed again in 2019.")
    assert inspections(af) == set()


def test_the_sentence_telling_of_an_inspection_by_its_length_is_its_evidence(extract):
    af = extract("Kent children's services still 'require improvement', Ofsted finds\n\n"
                 "It is the same grade the council received at its first inspection in 2019.\n\n"
                 "Inspectors spent two weeks examining Kent County Council's children's services in January.")
    told = {i.evidence.text for i in af.facts if isinstance(i, Inspection)}
    assert any(t.startswith("Inspectors spent two weeks") for t in told)


@pytest.mark.parametrize("text", [
    "Kent's children's services were rated 'good' in 2023, ending more than a decade of 'inadequate' and "
    "'requires improvement' grades.",
    "Kent's children's services were rated 'good' in 2023, after years of 'inadequate' and 'requires improvement' "
    "grades.",
])
def test_grades_a_new_one_ended_are_previous(extract, text):
    assert judgements(extract(text)) == {("E10000016", "good", True), ("E10000016", "inadequate", False),
                                         ("E10000016", "requires-improvement", False)}


@pytest.mark.parametrize("told", [
    "The Ofsted report, published last month after a three-week inspection in May, found serious weaknesses.",
    "Inspectors who spent two weeks in the county in May found that some children were left at risk.",
])
def test_a_rating_told_as_background_is_an_inspections_when_the_article_tells_the_event(extract, told):
    af = extract("Published 3 September 2024\n\nKent's director of children's services is to step down, two months after "
                 "Ofsted rated the council's children's services inadequate. " + told)
    assert ("E10000016", "full") in inspections(af)


@pytest.mark.parametrize("clause, full", [
    ("weeks after Ofsted rated the council's children's services good", True),
    ("days after Ofsted rated the council's children's services good", True),
    # look-alike: what the news followed, with no time that makes the rating new
    ("after Ofsted rated the council's children's services good", False),
])
def test_a_rating_weeks_before_the_news_is_an_inspections(extract, clause, full):
    text = ("Published 11 September 2024\n\nKirklees Council's director of children's services, Tom Brannigan, will "
            "retire in December, " + clause + ".\n")
    assert (("E08000034", "full") in inspections(extract(text))) is full


def test_a_rating_told_as_background_with_only_a_letter_since_is_no_inspection(extract):
    # look-alike: "since the inspection" tells no event, and a letter is no report of one
    af = extract("Published 3 September 2024\n\nKent's director of children's services is to step down, two months after "
                 "Ofsted rated the council's children's services inadequate. In a letter published this week, the "
                 "minister said the council had acted with urgency since the inspection.")
    assert ("E10000016", "full") not in inspections(af)


def test_a_councils_own_report_tells_no_inspection(extract):
    # look-alike: a report presented to a committee is the council's, not the inspectorate's
    af = extract("Published 3 September 2024\n\nKent's director of children's services is to step down, two months after "
                 "Ofsted rated the council's children's services inadequate. A report presented to the scrutiny "
                 "committee last week revealed the service has had 13 reviews since February.")
    assert ("E10000016", "full") not in inspections(af)


@pytest.mark.parametrize("sentence", [
    "Kent's director said the next step was to reach 'good'.",
    "Councillor Jo Bell said the council would now focus on \"getting from requires improvement to outstanding\".",
])
def test_a_grade_to_reach_is_no_judgement(extract, sentence):
    af = extract("Published 13 August 2025\n\nKent County Council's children's services have been rated requires "
                 "improvement by Ofsted.\n\n" + sentence)
    assert judgements(af) == {("E10000016", "requires-improvement", True)}


def test_a_grade_reached_is_a_judgement(extract):
    """the look-alike: a grade the council has reached"""
    af = extract("Published 13 August 2025\n\nKent has reached 'good' for the first time, Ofsted said.")
    assert ("E10000016", "good", True) in judgements(af)


@pytest.mark.parametrize("sentence", ["Kent became the first council in the region to achieve 'good', Ofsted said.",
                                      "After getting from 'inadequate' to 'good' in three years, Kent was praised."])
def test_a_grade_achieved_or_got_to_is_a_judgement(extract, sentence):
    """look-alikes of aspirations: a grade the council achieved"""
    assert ("E10000016", "good", True) in judgements(extract("Published 13 August 2025\n\n" + sentence))


def test_a_year_describing_a_company_does_not_date_its_rating(extract):
    af = extract("By Jo Bell | Friday, 20th August 2021\n\nTogether for Children, the company set up by Sunderland City "
                 "Council in 2017 to run its children's social care, has been rated outstanding by Ofsted.\n\nThree "
                 "years ago the city's services were rated inadequate.\n")
    # the company rated (it counts for the council it runs services for), current whatever year describes it
    assert judgements(af) & {("E08000024", "outstanding", True), ("together-for-children", "outstanding", True)}
    assert ("E08000024", "inadequate", False) in judgements(af)


def test_a_year_in_the_ratings_own_clause_still_dates_it(extract):
    """the look-alike: the year is the rating's"""
    af = extract("By Jo Bell | Friday, 20th August 2021\n\nIn 2017, Sunderland City Council's children's services "
                 "were rated inadequate. They are now rated outstanding.\n")
    assert ("E08000024", "inadequate", False) in judgements(af)


@pytest.mark.parametrize("aside", ["Unlike Blackpool, rated inadequate earlier this year, the county has avoided "
                                   "government intervention.",
                                   "Unlike Blackpool, which was rated inadequate, the county has avoided intervention."])
def test_a_grade_in_an_aside_on_a_council_named_as_a_comparison_is_nobodys(extract, aside):
    """the aside's grade is the compared council's, not the subject's; and a council named only as a comparison
    gets no facts (GOLD_FORMAT)"""
    af = extract("Published 15 October 2019\n\nLancashire's children's services were rated requires improvement in "
                 "2018.\n\n" + aside + "\n")
    got = judgements(af)
    assert not any(k == "E10000017" and rating == "inadequate" for k, rating, _ in got)
    assert not any(k == "E06000009" for k, _, _ in got)


@pytest.mark.parametrize("text,want", [
    # a set summed up in the present: the grades they hold, no inspection each
    ("Ofsted has rated Stockport good after an inspection this spring.\n\nBolton and Salford are both rated good, "
     "while Oldham, Rochdale and Tameside all require improvement.", {("E08000007", "full")}),
    ("Ofsted has rated Stockport good after an inspection this spring.\n\nBolton and Salford are all rated good.",
     {("E08000007", "full")}),
    # look-alike: the set told in the past, as news, was inspected
    ("Ofsted has published three inspections of councils this month.\n\nBolton and Salford were both judged good "
     "following inspections this spring.", {("E08000001", "full"), ("E08000006", "full")}),
])
def test_a_set_summed_up_in_the_present_holds_its_grades(extract, text, want):
    assert inspections(extract(text)) == want


@pytest.mark.parametrize("text,want", [
    ("Two more councils were rated good this month. No Greater Manchester council is currently rated "
     "outstanding.", set()),
    ("Trafford had a good year. No other authority in the region is rated outstanding.", set()),
    # look-alike: a council that is
    ("Two more councils were rated good this month. Trafford is currently rated outstanding.",
     {("E08000009", "outstanding", True)}),
])
def test_a_grade_denied_to_every_council_is_no_ones(extract, text, want):
    assert judgements(extract(text)) == want


def test_a_new_councils_visit_is_typed_by_its_predecessors_last_rating(extract):
    # the abolished county's rating is an earlier time's, yet the framework visits the new council by it
    text = ("Published 17 July 2024\n\nOfsted inspectors spent two days with Somerset Council's children's services "
            "in June, looking at the help given to care leavers. The service was last fully inspected in 2022, "
            "when the former Somerset County Council was rated {}.")
    assert ("E06000066", "focused") in inspections(extract(text.format("good")))
    assert ("E06000066", "monitoring") in inspections(extract(text.format("inadequate")))


@pytest.mark.parametrize("text,want", [
    # a visit to a council the article does not rate takes its type from the rating Ofsted's record has in
    # force on the article's date (Cheshire West and Chester: good since 2019; Bradford: inadequate)
    ("30 June 2023\n\nInspection roundup\n\nMedway's children's services have been rated good. Ofsted made a "
     "monitoring visit to Sandwell in May.\n\nA two-day visit to Cheshire West and Chester in May looked at the "
     "council's arrangements for care leavers. Inspectors found care leavers were well supported.",
     ("E06000050", "focused")),
    ("30 June 2023\n\nInspectors made a two-day visit to Bradford in May and found that progress remained slow.",
     ("E08000032", "monitoring")),
])
def test_an_unrated_councils_visit_is_typed_by_the_rating_in_force(extract, text, want):
    assert want in inspections(extract(text))


def test_an_unrated_councils_visit_in_an_undated_article_has_no_type(extract):
    # look-alike: with no date there is no rating in force to read
    text = "Inspectors made a two-day visit to Bradford in May and found that progress remained slow."
    assert not {i for i in inspections(extract(text)) if i[0] == "E08000032"}


_SCHOOL = ("Village school rated inadequate by Ofsted\n\nA primary school in Kent has been rated inadequate after "
           "inspectors found pupils were not safe. The school's headteacher has resigned and the academy trust "
           "will take over. Teachers said pupils had been let down and parents want the school to improve.\n\n")


@pytest.mark.parametrize("tail,want", [
    ("The inspection comes two years after Kent County Council's children's services, which were rated "
     "outstanding in 2022, praised the school.", {("E10000016", "outstanding", True)}),
    ("Kent County Council said its children's social care was rated good by Ofsted last year.",
     {("E10000016", "good", True)}),
    ("It comes as Kent County Council's children's services, rated 'inadequate' by Ofsted in 2022, continue to be "
     "monitored.", {("E10000016", "inadequate", True)}),
    # look-alike: the school's grade, with the council named, is no judgement of its children's services
    ("Kent County Council said the school was rated good in 2019.", set()),
])
def test_in_another_services_article_only_a_grade_given_to_childrens_services_by_name_counts(extract, tail, want):
    af = extract(_SCHOOL + tail)
    assert judgements(af) == want
    assert inspections(af) == set()   # a grade the council holds, not news of an inspection


_FOSTERING = ("Our fostering service rated outstanding by Ofsted\n\nDate published: 6 February 2025\n\nWe are "
              "delighted that Ofsted has rated our in-house fostering service outstanding after an inspection in "
              "December.\n\nThe result follows the inspection of our children's services as a whole in March "
              "2023, when Ofsted judged them good overall.\n\n")


@pytest.mark.parametrize("tail, want", [
    ("Cllr Ann Moore said: \"Our carers open their homes to children, and this outstanding judgement is a recognition of "
     "all they do.\"", {("E08000029", "good", True)}),
    ("Cllr Ann Moore said: \"We are proud that this 'outstanding' rating is the first the team has had.\"",
     {("E08000029", "good", True)}),
    # look-alike: the council's children's services by name beside the demonstrative
    ("Cllr Ann Moore said our children's services kept that good rating when Ofsted inspected them in 2023.",
     {("E08000029", "good", True)}),
])
def test_in_another_services_article_this_grade_is_that_services_news(extract, tail, want):
    af = extract(_FOSTERING + tail, url="https://www.solihull.gov.uk/news/fostering-service-rated-outstanding")
    assert judgements(af) == want


@pytest.mark.parametrize("sentence", ["Middlesbrough climbed out of inadequate in 2023 and is now rated requires "
                                      "improvement to be good.",
                                      "It was the first time Middlesbrough had come out of inadequate in seven years."])
def test_a_grade_a_council_came_out_of_is_its_previous(extract, sentence):
    text = "North East roundup\n\nPublished 3 May 2025\n\n" + sentence + "\n"
    assert ("E06000002", "inadequate", False) in judgements(extract(text))
    # look-alike: "out of" something graded that is not the council's services
    text = text.replace(sentence, "Middlesbrough Council said children were taken out of inadequate homes.")
    assert judgements(extract(text)) == set()


def test_a_grade_newly_given_is_the_new_councils_beside_a_predecessors_same_grade(extract):
    text = ("BCP rated good\n\nPublished 29 January 2025\n\nInspectors spent a fortnight at Bournemouth, Christchurch "
            "and Poole Council in December. Their report, published this morning, rates the authority's services as "
            "good.\n\nBefore the merger, the Borough of Poole's services were rated good in 2018.\n")
    got = {(g, r) for g, r, _ in judgements(extract(text))}
    assert ("E06000058", "good") in got
    # with no time that makes the grade news, a name no predecessor had still keeps it the new council's (a name
    # the predecessor had too may be told of it: test_a_merged_councils_own_name_keeps_its_new_grade)
    text = text.replace(", published this morning,", "")
    assert ("E06000058", "good") in {(g, r) for g, r, _ in judgements(extract(text))}


def test_a_grade_held_as_recently_as_a_year_is_previous(extract):
    text = ("Progress slow in Havering\n\nPublished 10 April 2025\n\nOfsted's second monitoring visit since the "
            "service was rated inadequate in December 2023 found progress too slow. The verdict is a blow for a council "
            "whose children's services were rated good as recently as 2018.\n")
    assert {(r, c) for _, r, c in judgements(extract(text))} == {("inadequate", True), ("good", False)}
    # look-alike: the same grade with no time that makes it earlier
    text = text.replace(" as recently as 2018", "")
    assert ("good", False) not in {(r, c) for _, r, c in judgements(extract(text))}


@pytest.mark.parametrize("speaker", ['The cabinet member said: "', '"'])
def test_years_ago_opening_a_quotation_dates_its_grade(extract, speaker):
    text = ("Ofsted praises our support for care leavers\n\n15 January 2025\n\nInspectors carried out a focused visit "
            "to Medway Council's children's services in December.\n\n" + speaker + "Six years ago, inspectors judged "
            "our children's services inadequate. In 2023 they rated us good.\"\n")
    got = {j.rating: j for j in extract(text).facts if isinstance(j, Judgement)}
    assert got["inadequate"].date is not None and got["inadequate"].date.year == 2019
    assert got["good"].current and not got["inadequate"].current


@pytest.mark.parametrize("verb", ["slipped", "fell"])
def test_in_another_services_article_a_move_of_childrens_services_by_name_counts(extract, verb):
    tail = (f"The findings add to the pressure on Kent County Council, whose children's social care services {verb} "
            "from outstanding to requires improvement to be good last summer.")
    assert {(g, r) for g, r, _ in judgements(extract(_SCHOOL + tail))} == {
        ("E10000016", "outstanding"), ("E10000016", "requires-improvement")}
    # look-alike: the school's move
    tail = f"Kent County Council said the school had {verb} from good to requires improvement to be good."
    assert judgements(extract(_SCHOOL + tail)) == set()


@pytest.mark.parametrize("sentence", [
    "Before the 2019 merger, children's services in both Bournemouth and Poole had been judged to require improvement.",
    "Prior to the reorganisation, children's services in both Bournemouth and Poole had been judged to require "
    "improvement.",
])
def test_councils_named_before_a_reorganisation_are_the_abolished_ones(extract, sentence):
    af = extract("Published 3 March 2024\n\nBCP Council's children's services have been rated inadequate by Ofsted.\n\n"
                 + sentence)
    got = judgements(af)
    assert ("E06000028", "requires-improvement", False) in got and ("E06000029", "requires-improvement", False) in got
    assert not {j for j in got if j[0] == "E06000058" and j[1] == "requires-improvement"}


def test_a_place_named_after_a_reorganisation_is_the_new_council(extract):
    # look-alike: no "before the merger": Bournemouth in 2024 is BCP
    af = extract("Published 3 March 2024\n\nChildren's services in Bournemouth have been rated inadequate by Ofsted.")
    assert ("E06000058", "inadequate", True) in judgements(af)


@pytest.mark.parametrize("lead", [
    "Children's services in North Yorkshire have been rated outstanding by Ofsted for a second time running.",
    "Children's services in North Yorkshire have been rated outstanding by Ofsted for the first time since the new "
    "unitary authority took over in April.",
])
def test_a_rating_given_again_after_a_reorganisation_is_the_new_councils(extract, lead):
    af = extract("Published 23 August 2023\n\n" + lead + "\n\nThe former North Yorkshire County Council had been "
                 "rated outstanding in 2018.")
    assert ("E06000065", "outstanding", True) in judgements(af)


def test_a_rating_restated_after_a_reorganisation_is_the_old_councils(extract):
    # look-alike: the same grade told again with nothing new: the predecessor's, restated
    af = extract("Published 23 August 2023\n\nChildren's services in North Yorkshire were rated outstanding by "
                 "Ofsted.\n\nThe former North Yorkshire County Council had been rated outstanding in 2018.")
    assert ("E06000065", "outstanding", True) not in judgements(af)


@pytest.mark.parametrize("text,want", [
    # an inspection late in the year before, reported early in the next, is news
    ("2 February 2022\n\nOfsted has today published its report following a three-week inspection of BCP Council's "
     "children's services in November and December 2021, judging the services 'inadequate' overall.",
     {("E06000058", "full")}),
    ("2 February 2022\n\nOfsted has published its report after inspecting Kent's children's services in December "
     "2021, grading them 'good'.", {("E10000016", "full")}),
])
def test_an_inspection_just_before_the_new_year_is_news(extract, text, want):
    assert inspections(extract(text)) == want


def test_a_rating_years_before_is_no_news(extract):
    # look-alike: a year long before the article's, in the rating's clause
    af = extract("2 February 2022\n\nIn December 2019, inspectors judged BCP Council's services 'requires improvement'.")
    assert inspections(af) == set()


def test_another_councils_grade_dated_months_before_is_news_of_its_inspection(extract):
    url = "https://www.communitycare.co.uk/2024/10/11/trust-progress/"
    text = ("Bradford children's trust making progress, says Ofsted\n\nBradford's children's services trust is moving "
            "in the right direction, Ofsted has said.\n\nIn a monitoring visit to Bradford in September, the latest "
            "since the council's services were judged inadequate in 2023, inspectors looked at children in care.\n\n"
            "Bradford Children and Families Trust has run the city's children's social care since April 2023.\n\n"
            "Elsewhere in West Yorkshire, Kirklees was rated good in August after a long spell in intervention.")
    assert ("E08000034", "full") in inspections(extract(text, url=url))
    # look-alike: a grade held for years
    held = text.replace("was rated good in August after", "has been rated good since 2019 after")
    assert ("E08000034", "full") not in inspections(extract(held, url=url))


def test_a_council_named_in_a_clause_inside_the_rated_phrase_is_not_rated(extract):
    af = extract("Published 18 September 2024\n\nWestmorland and Furness, one of two councils created when Cumbria "
                 "County Council was abolished last year, was rated \"good\" at its first inspection in July.")
    assert {j[0] for j in judgements(af)} == {"E06000064"}
    # look-alike: councils listed as the rated thing
    af = extract("Published 18 September 2024\n\nWestmorland and Furness and Cumberland were both rated \"good\" in July.")
    assert {j[0] for j in judgements(af)} == {"E06000064", "E06000063"}


def test_a_grade_kept_at_an_inspection_told_by_its_time_is_news_of_it(extract):
    text = ("Richmond children's services rated 'outstanding'\n\nChildren's services in Richmond upon Thames have "
            "been rated \"outstanding\" by Ofsted.\n\nThe borough's services are run by Achieving for Children. "
            "Kingston's children's services, also run by the company, kept their \"outstanding\" rating at an "
            "inspection in January.")
    assert ("E09000021", "full") in inspections(extract(text))
    # look-alike: a grade kept, with no inspection told
    held = text.replace(" at an inspection in January", "")
    assert ("E09000021", "full") not in inspections(extract(held))


def test_inspectors_visiting_for_a_jtai_make_no_other_visit(extract):
    text = ("Published 5 March 2024\n\nA joint targeted area inspection of the multi-agency response to domestic abuse "
            "in Wiltshire has praised the partnership.\n\nInspectors from Ofsted and the Care Quality Commission "
            "visited Wiltshire in January to examine how Wiltshire Council, Wiltshire Police and the Bath and North "
            "East Somerset, Swindon and Wiltshire Integrated Care Board work together.")
    assert inspections(extract(text)) == {("E06000054", "jtai")}


def test_an_untyped_visit_with_no_jtai_keeps_the_frameworks_type(extract):
    # look-alike: no JTAI told, so the visit is typed by the council's standing rating
    text = ("Published 5 March 2024\n\nWiltshire's children's services have been rated good since 2019.\n\nInspectors visited "
            "Wiltshire in January and found that children were well supported.")
    assert ("E06000054", "focused") in inspections(extract(text))


def test_an_appositive_on_the_grade_is_no_area_rated(extract):
    text = ("Published 19 March 2024\n\nPeterborough City Council's children's services are inadequate.\n\nOfsted's "
            "report, published in January, downgraded the council from 'good', the rating it received in 2018, after "
            "finding \"widespread and serious weaknesses\" in help and protection.")
    assert ("E06000031", "good", False) in judgements(extract(text))


def test_an_area_rated_stays_an_area(extract):
    # look-alike: the thing rated is the area ("help and protection was judged good")
    af = extract("Published 19 March 2024\n\nPeterborough's help and protection for children was judged 'good'.")
    assert not {j for j in judgements(af) if j[1] == "good"}


@pytest.mark.parametrize("sentence,want", [
    ("Ofsted published its report on Dorset Council's services, and the verdict is outstanding.",
     {("E06000059", "outstanding", True)}),
    ("Ofsted published its report on Dorset Council's services. The overall judgement was good.",
     {("E06000059", "good", True)}),
    # look-alike: "is good" said of something that is no grade
    ("Dorset Council's children's services were praised. The weather is good.", set()),
])
def test_a_grade_the_noun_of_grading_is(extract, sentence, want):
    assert judgements(extract("Posted on 12 May 2025\n\n" + sentence)) == want


def test_a_grade_a_council_is_said_to_hold_is_no_news(extract):
    text = ("Published 4 February 2025\n\nNorth Yorkshire Council warns of a £14m children's care overspend.\n\n"
            "Despite the pressures, the council's children's services remain rated outstanding by Ofsted, one of a "
            "small number in England to hold the top grade.")
    assert inspections(extract(text)) == set()
    # look-alike: the top grade newly given
    given = ("Published 4 February 2025\n\nNorth Yorkshire Council's children's services have been given the top "
             "grade by Ofsted after an inspection in December.")
    assert ("E06000065", "full") in inspections(extract(given))


def test_an_untyped_visit_beside_typed_ones_is_typed_by_its_councils_rating(extract):
    text = ("20 November 2025\n\nInspectors have published letters from three recent visits.\n\nInspectors carried "
            "out a focused visit to Suffolk County Council in October.\n\nInspectors' visit to Havering in September "
            "was the third since the London borough was rated inadequate in February 2024.")
    got = inspections(extract(text))
    assert ("E10000029", "focused") in got and ("E09000016", "monitoring") in got
    # look-alike: the council whose visit the text types keeps that type
    assert ("E10000029", "monitoring") not in got


@pytest.mark.parametrize("sentence,want", [
    ("Sandwell's services reached good last December for the first time in a decade.", {("E08000028", "good", True)}),
    # look-alikes: a grade hoped for, and a turning point reached
    ("Sandwell hopes its services will reach good next year.", set()),
    ("Sandwell's services reached a turning point last December.", set()),
])
def test_a_grade_reached(extract, sentence, want):
    af = extract("Published 3 March 2025\n\nSandwell Children's Trust runs children's services for Sandwell Council.\n\n"
                 + sentence)
    assert judgements(af) == want


_ROUND_UP = ("Ofsted's latest children's services inspections\n\nOfsted has published its latest reports on councils' "
             "children's services.\n\n")


@pytest.mark.parametrize("line,want", [
    ("Medway Council – requires improvement (previously good)",
     {("E06000035", "requires-improvement", True), ("E06000035", "good", False)}),
    ("Medway Council - good (previously inadequate)", {("E06000035", "good", True), ("E06000035", "inadequate", False)}),
    ("Medway Council: outstanding (was good)", {("E06000035", "outstanding", True), ("E06000035", "good", False)}),
    # the inspection's type after a comma
    ("• Medway Council: good (previously inadequate), standard inspection",
     {("E06000035", "good", True), ("E06000035", "inadequate", False)}),
    ("Medway Council – outstanding (previously good), short inspection",
     {("E06000035", "outstanding", True), ("E06000035", "good", False)}),
])
def test_a_round_up_heading_gives_the_new_grade_and_the_one_before(extract, line, want):
    af = extract(_ROUND_UP + line + "\n\nInspectors found leaders knew their services well.")
    assert judgements(af) == want
    assert inspections(af) == {("E06000035", "full")}


def test_a_heading_with_no_grade_before_gives_the_grade(extract):
    af = extract(_ROUND_UP + "Royal Borough of Greenwich – good\n\nGreenwich has moved up a grade.")
    assert ("E09000011", "good", True) in judgements(af)


def test_a_list_of_where_each_council_stands_with_dates(extract):
    af = extract("How every council in the region is rated\n\nPublished 20 January 2026\n\nHere is how each council "
                 "stands.\n\nGOOD\nCity of York Council: good (April 2025)\n"
                 "East Riding of Yorkshire Council: good (March 2023)\nREQUIRES IMPROVEMENT\n"
                 "North East Lincolnshire Council: requires improvement (September 2024)\n\nMore news.")
    assert judgements(af) == {("E06000014", "good", True), ("E06000011", "good", True),
                              ("E06000012", "requires-improvement", True)}
    dates = {j.about.key: (j.date.year, j.date.month) for j in af.facts if isinstance(j, Judgement)}
    assert dates["E06000014"] == (2025, 4)
    assert inspections(af) == set()   # where they stand, no news of an inspection


def test_a_heading_look_alike_is_no_grade(extract):
    # look-alikes: a council's line that goes on past its grade; a capitalised grade inside a sentence
    af = extract(_ROUND_UP + "Medway Council – good practice was seen in early help, inspectors said.")
    assert ("E06000035", "good", True) not in judgements(af)


def test_one_group_of_several_is_no_set_named_before(extract):
    # "Two councils ... while two others": the groups the round-up goes on to name, not the two named before
    af = extract("Two councils lose 'good' grades as Sefton and Medway climb\n\nTwo councils have lost their 'good' "
                 "ratings in Ofsted's latest inspections, while two others have moved up a grade, including one that "
                 "has left 'inadequate' behind.\n\nSefton Council – good (previously inadequate)\n\nMedway Council – "
                 "outstanding (previously good)")
    assert judgements(af) == {("E08000014", "good", True), ("E08000014", "inadequate", False),
                              ("E06000035", "outstanding", True), ("E06000035", "good", False)}


def test_a_round_ups_opening_on_visits_of_two_kinds_is_no_councils_visit(extract):
    # the opening tells of the visits the round-up goes on to report, council by council
    af = extract("Ofsted visits round-up: progress in Torbay\n\nOfsted has published letters following its latest "
                 "monitoring and focused visits to council children's services.\n\nTorbay\n\nIn its third monitoring "
                 "visit since the council was judged inadequate, Ofsted found strategy meetings are held promptly.\n")
    assert inspections(af) == {("E06000027", "monitoring")}


def test_visits_of_one_kind_naming_no_council_are_still_the_subjects(extract):
    # look-alike: one kind of visit, plural, is the subject council's (several visits over time)
    af = extract("Torbay Council's children's services are no longer rated inadequate.\n\n"
                 "Ofsted rated Torbay Council's children's services inadequate in 2021.\n\n"
                 "Its monitoring visits since then have found steady progress.\n")
    assert ("E06000027", "monitoring") in inspections(af)


@pytest.mark.parametrize("sentence", [
    "Focused visits are regular checks that Ofsted makes between full inspections.",
    "Monitoring visits are carried out between full inspections of councils rated inadequate.",
])
def test_how_visits_work_is_no_inspection(extract, sentence):
    af = extract("Ofsted has published the findings of its focused visit to Wiltshire Council's children's services "
                 "in May.\n\n" + sentence + "\n")
    assert inspections(af) == {("E06000054", "focused")}


def test_a_neighbours_last_full_inspection_is_no_event_of_the_article(extract):
    af = extract("Halton children's services rated 'inadequate'\n\nChildren's services in Halton Borough Council "
                 "have been rated 'inadequate' by Ofsted after an inspection in March.\n\nWarrington, across the river, "
                 "was rated 'good' at its last full inspection.\n")
    got = inspections(af)
    assert ("E06000006", "full") in got and ("E06000007", "full") not in got
    assert ("E06000007", "good", True) in judgements(af)


def test_the_subjects_last_full_inspection_told_with_its_grade_is_kept(extract):
    # look-alike: the subject's own last full inspection (the dev gold counts it)
    af = extract("Inspectors visited Wokingham Borough Council's children's services in January.\n\nThe council was "
                 "rated 'requires improvement to be good' at its last full inspection, in 2023.\n")
    assert ("E06000041", "full") in inspections(af)


def test_a_grade_of_the_councils_services_in_an_article_about_another_service(extract):
    af = extract("Birmingham Children's Trust fostering service told to improve by Ofsted\n\nThe fostering service was "
                 "rated 'requires improvement to be effective'.\n\nThe result does not change the overall rating for "
                 "children's services in the city, which were judged 'good' by Ofsted at their last full inspection in "
                 "2023.\n")
    assert judgements(af) == {("E08000025", "good", True)}


def test_an_inspection_a_council_prepares_for_is_still_to_come(extract):
    af = extract("Somerset Council has a new cabinet member for children.\n\nCllr Jo Bell takes over as the authority "
                 "prepares for its first full inspection as a unitary council.\n\nIn January Ofsted made a focused "
                 "visit to Somerset Council to look at services for children in need.\n")
    assert inspections(af) == {("E06000066", "focused")}


def test_for_the_first_time_since_dates_what_the_new_rating_ends(extract):
    af = extract("Bradford's children's services no longer 'inadequate'\n\nPublished 21 May 2026\n\nChildren's services "
                 "in Bradford are no longer rated \"inadequate\" for the first time since 2018, after Ofsted judged "
                 "that they \"require improvement to be good\".\n\nSince then the council has received six monitoring "
                 "visits.\n")
    assert ("E08000032", "requires-improvement", True) in judgements(af)
    assert ("E08000032", "full") in inspections(af)


def test_a_visit_long_before_leaves_room_for_the_full_inspection_of_a_new_rating(extract):
    af = extract("Lambeth children's services rated 'good'\n\nPublished 12 March 2026\n\nLambeth Council's children's "
                 "services have been rated \"good\" by Ofsted.\n\nA focused visit in 2024 looked at the council's "
                 "support for care leavers.\n")
    assert inspections(af) == {("E09000022", "full"), ("E09000022", "focused")}


def test_a_recent_visit_is_the_news_instead_of_a_full_inspection(extract):
    # look-alike: the visit of the article's own time, to a council whose rating holds
    af = extract("Lambeth children's services\n\nPublished 12 March 2026\n\nA focused visit last month looked at "
                 "Lambeth Council's support for care leavers. The council's children's services are rated \"good\".\n")
    assert inspections(af) == {("E09000022", "focused")}


def test_inspectors_visiting_in_the_sentence_of_a_new_rating_are_its_inspection(extract):
    af = extract("Devon children's services rated inadequate again\n\nPublished 13 May 2025\n\nDevon County Council's "
                 "children's services have been rated \"inadequate\" for the second time in a row, in a report "
                 "published weeks after inspectors visited.\n\nOfsted carried out monitoring visits to Devon between "
                 "the two inspections.\n")
    assert ("E10000008", "monitoring") not in {(i.about.key, i.type) for i in af.facts
                                               if isinstance(i, Inspection) and "second time" in i.evidence.text}


def test_the_first_judgement_given_to_a_new_council_is_its_own(extract):
    af = extract("North Yorkshire children's services\n\nPublished 18 August 2023\n\nChildren's services in North "
                 "Yorkshire have again been rated \"outstanding\" by Ofsted, the first judgement given to the new "
                 "unitary council since it took over from the county council in April.\n\nThe former North Yorkshire "
                 "County Council was first judged outstanding in 2018.\n")
    assert ("E06000065", "outstanding", True) in judgements(af)


def test_a_round_up_headline_on_visits_of_several_kinds_is_no_councils_visit(extract):
    af = extract("Ofsted round-up: monitoring visits, a focused visit and a JTAI\n\nInspectors have returned to "
                 "Peterborough City Council for a second monitoring visit since its children's services were rated "
                 "inadequate in January.\n\nA focused visit to Wirral Council looked at children in care.\n")
    assert inspections(af) == {("E06000031", "monitoring"), ("E08000015", "focused")}


def test_one_councils_visits_of_two_kinds_are_its_own(extract):
    # look-alike: the sentence names the council whose visits they were
    af = extract("Peterborough City Council's children's services\n\nPeterborough City Council has had monitoring "
                 "visits and a focused visit this year.\n")
    assert ("E06000031", "focused") in inspections(af)


@pytest.mark.parametrize("text,want", [
    ("Bury moved out of the inadequate category and was judged to require improvement.",
     {("E08000002", "inadequate", False), ("E08000002", "requires-improvement", True)}),
    ("Among the biggest improvers was Sefton in Merseyside, which went from inadequate to good.",
     {("E08000014", "inadequate", False), ("E08000014", "good", True)}),
])
def test_a_category_left_and_a_council_placed_in_its_region(extract, text, want):
    assert judgements(extract(text)) == want


def test_a_grade_on_another_noun_is_no_category(extract):
    # look-alike: "good" on a noun that is no rating
    assert judgements(extract("Bury has a good record of placing children near home.")) == set()


@pytest.mark.parametrize("line", [
    "Hartlepool Borough Council: outstanding (report published May 2024)",
    "Hartlepool Borough Council: outstanding (inspected March 2024)",
])
def test_a_list_line_with_what_its_date_is(extract, line):
    af = extract("Here is where each council stands.\n\n" + line + "\nMiddlesbrough Council: requires improvement (May 2023)\n")
    assert ("E06000001", "outstanding") in {(k, r) for k, r, _ in judgements(af)}


def test_the_counted_councils_named_by_their_number(extract):
    af = extract("Three councils in the region currently have children's services rated inadequate, after two "
                 "others improved their grades.\n\nThe three are Halton, Tameside and Cheshire East.")
    assert {(k, r) for k, r, _ in judgements(af)} == {
        ("E06000006", "inadequate"), ("E08000008", "inadequate"), ("E06000049", "inadequate")}


def test_a_number_that_does_not_fit_names_no_counted_councils(extract):
    """look-alike: two named for three counted"""
    af = extract("Three councils in the region currently have children's services rated inadequate, after two "
                 "others improved their grades.\n\nThe two are Halton and Tameside.")
    assert judgements(af) == set()


@pytest.mark.parametrize("text,want", [
    # leaving a category: the grade left is the earlier one
    ("Sefton left the inadequate category in August, when it was rated good.",
     {("E08000014", "inadequate", False), ("E08000014", "good", True)}),
    # the grade at their previous inspections is the earlier one
    ("Solihull and Herefordshire, both rated inadequate at their previous inspections, were judged good this month.",
     {("E08000029", "inadequate", False), ("E06000019", "inadequate", False),
      ("E08000029", "good", True), ("E06000019", "good", True)}),
    # ", and Bury improved to ...": a clause of its own, its grade Bury's alone and new
    ("Sefton left the inadequate category in August, when it was rated good, and Bury improved to requires "
     "improvement in July.",
     {("E08000014", "inadequate", False), ("E08000014", "good", True), ("E08000002", "requires-improvement", True)}),
])
def test_grades_left_behind_and_grades_of_a_clause_of_their_own(extract, text, want):
    assert judgements(extract(text)) == want


def test_a_grade_reached_by_a_year_long_past_is_the_earlier_one(extract):
    af = extract("Tameside children's services rated inadequate again\n\nBy Jo Bell\n14 February 2024\n\n"
                 "Children's services in Tameside have been rated inadequate by Ofsted for the second time in eight "
                 "years.\n\nThe service was first judged inadequate in 2016. It improved to requires improvement by "
                 "2019.")
    assert judgements(af) >= {("E08000008", "inadequate", True), ("E08000008", "requires-improvement", False)}


@pytest.mark.parametrize("sentence", [
    "Leicestershire County Council leapt from requires improvement to outstanding, the highest grade.",
    "Leicestershire's director of children's services is leaving. In July she oversaw the service's rise from "
    "requires improvement to outstanding.",
    "She helped Leicestershire's service climb from requires improvement to outstanding last summer.",
    # moved by someone
    "Leicestershire moved up in July, when inspectors lifted it from requires improvement to outstanding.",
    "Leicestershire's director took the service from requires improvement to outstanding in three years.",
])
def test_other_words_of_moving_between_grades_give_the_earlier_one(extract, sentence):
    """a grade moved from, however the move is worded (a verb or its noun), is the previous one"""
    got = judgements(extract(sentence))
    assert ("E10000018", "requires-improvement", False) in got and ("E10000018", "outstanding", True) in got


def test_a_move_by_someone_needs_grades_at_both_ends(extract):
    """look-alike of the above: "lifted" with no grade moved from is no previous grade"""
    got = judgements(extract("Leicestershire County Council's children's services were rated outstanding in July, "
                             "when inspectors lifted the mood of a service that had been criticised."))
    assert got == {("E10000018", "outstanding", True)}


def test_a_grade_given_before_being_judged_another_is_the_earlier(extract):
    """"slipped to requires improvement in 2022, before being judged outstanding": the later grade is current"""
    got = judgements(extract("In York, the city's children's services were rated good in 2017 and slipped to requires "
                             "improvement at a full inspection in 2022, before being judged outstanding in a full "
                             "inspection report published this April."))
    assert ("E06000014", "outstanding", True) in got
    assert ("E06000014", "good", False) in got and ("E06000014", "requires-improvement", False) in got


def test_recovered_to_a_grade_is_a_move(extract):
    got = judgements(extract("Wakefield's children's services were judged inadequate in 2018. It recovered to good in "
                             "2022."))
    assert ("E08000036", "good", True) in got and ("E08000036", "inadequate", False) in got


def test_a_council_acting_as_improvement_partner_gets_no_grade(extract):
    got = judgements(extract("Kirklees children's services were rated inadequate in 2016, with Leeds City Council "
                             "acting as its improvement partner."))
    assert not any(j[0] == "E08000035" for j in got)


def test_an_untyped_visit_in_another_year_than_the_full_inspection_is_its_own(extract):
    """a visit the article dates a year before the full inspection it reports is no part of it"""
    text = ("Cumbria County Council's children's services were rated requires improvement to be good by Ofsted in "
            "November 2022.\n\nIn {year}, inspectors made a visit to the county council to look at its services for "
            "children in care.")
    assert ("E10000006", "focused") in inspections(extract(text.format(year="2021")))
    # look-alike: a visit in the inspection's own year is that inspection's
    assert ("E10000006", "focused") not in inspections(extract(text.format(year="2022")))


def test_inspectors_who_visited_for_two_weeks_made_a_full_inspection(extract):
    got = inspections(extract("Stoke-on-Trent City Council's children's services still require improvement, said "
                              "inspectors who visited for two weeks in May."))
    assert ("E06000021", "full") in got and ("E06000021", "focused") not in got


@pytest.mark.parametrize("text, want", [
    # a year on the rating's noun dates it: the later grade is current
    ("Published 2 June 2026\n\nRotherham, whose 2014 inadequate judgement came after a scandal, was rated good in 2018 "
     "and outstanding last December.", {("E08000018", "inadequate", False), ("E08000018", "good", False),
                                         ("E08000018", "outstanding", True)}),
    ("Published 2 June 2026\n\nWigan's 2019 'good' rating gave way to an outstanding grade in April.",
     {("E08000010", "good", False), ("E08000010", "outstanding", True)}),
    # a council's record after a colon: each grade with its time
    ("Published 2 June 2026\n\nTower Hamlets followed a similar path: inadequate in 2017, good two years later, and "
     "outstanding in January 2025.", {("E09000030", "inadequate", False), ("E09000030", "good", False),
                                      ("E09000030", "outstanding", True)}),
    ("Published 2 June 2026\n\nBolton's record reads like a ladder: inadequate in 2015, requires improvement in 2018 "
     "and good in 2023.", {("E08000001", "inadequate", False), ("E08000001", "requires-improvement", False),
                           ("E08000001", "good", True)}),
    # "before" opening the rating's clause: the later rating
    ("Published 2 June 2026\n\nWandsworth was judged good in 2023, before inspectors returned in March and gave it "
     "the top grade.", {("E09000032", "good", False), ("E09000032", "outstanding", True)}),
    ("Published 2 June 2026\n\nBury was rated requires improvement in 2019, before Ofsted judged it good this spring.",
     {("E08000002", "requires-improvement", False), ("E08000002", "good", True)}),
    # years spent at a grade, and inspections between two years, are earlier
    ("Published 2 June 2026\n\nBirmingham spent more than a decade rated inadequate. In 2023 inspectors judged "
     "Birmingham City Council's services good.", {("E08000025", "inadequate", False), ("E08000025", "good", True)}),
    ("Published 2 June 2026\n\nSandwell was rated inadequate at three inspections between 2013 and 2018. In 2022 it "
     "was rated requires improvement.", {("E08000028", "inadequate", False),
                                         ("E08000028", "requires-improvement", True)}),
])
def test_dated_histories_give_the_latest_grade_as_current(extract, text, want):
    assert judgements(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    # look-alikes: a colon before a grade that is no record ("the verdict: good support, poor housing"), and
    # "before" opening a clause that is not the rating's
    ("Published 2 June 2026\n\nWigan Council's verdict on the new contract: good value in 2025 and better next year.",
     set()),
    ("Published 2 June 2026\n\nBefore the trust took over in 2018, Bolton's services were rated inadequate.",
     {("E08000001", "inadequate")}),
])
def test_colons_and_before_that_are_no_history(extract, text, want):
    assert judgements_any(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    # "an area" before a clause of its own that holds the rating is a topic, not one of the judgement's areas
    ("Published 14 March 2024\n\nThe visit looked at children in need, an area Ofsted had flagged when it rated "
     "Wigan 'requires improvement to be good' in 2022.", {("E08000010", "requires-improvement", None)}),
    ("Published 14 March 2024\n\nWigan has come out of requires improvement. Its inspection this winter judged it "
     "good, and inspectors found that children in care now have more stable relationships.",
     {("E08000010", "requires-improvement", None), ("E08000010", "good", None)}),
    # look-alike: the area named in the rating's own clause
    ("Published 14 March 2024\n\nOfsted rated Wigan's help and protection, an area of concern before, as good.",
     {("E08000010", "good", "help and protection")}),
    # a month before the year on the rating's noun dates it to the month
    ("Published 14 March 2024\n\nFollowing the November 2017 inadequate judgement, Wigan Council changed its "
     "leadership.", {("E08000010", "inadequate", None)}),
])
def test_an_area_as_a_topic_before_the_ratings_own_clause(extract, text, want):
    # (and one in a clause joined after the grade: "..., and inspectors found that children in care ...")
    af = extract(text)
    assert {(j.about.key, j.rating, j.area) for j in af.facts if isinstance(j, Judgement)} == want
    if "2017" in text:
        assert [j.date.iso() for j in af.facts if isinstance(j, Judgement)] == ["2017-11"]


_HOME = ("Council-run children's home rated inadequate\n\nPublished 17 November 2023\n\nA children's home run by "
         "Derbyshire County Council has been rated inadequate by Ofsted. Inspectors visited the home in October and "
         "found that staff did not respond well when children went missing.\n\n")


@pytest.mark.parametrize("tail, want_j, want_i", [
    # in another service's article, an inspection of the council's children's services by name is the council's
    ("Separately, Ofsted last week completed a full inspection of the county council's wider children's services, "
     "the first since 2019, when the authority was rated requires improvement to be good.",
     {("E10000007", "requires-improvement")}, {("E10000007", "full")}),
    ("Ofsted inspectors finished a full inspection of Derbyshire County Council's children's services on Friday.",
     set(), {("E10000007", "full")}),
    # look-alikes: the home's inspection, and an untyped visit, stay the home's
    ("The council said the home's full inspection report would be published next week.", set(), set()),
    ("Inspectors visited the council's children's services team in October.", set(), set()),
])
def test_in_another_services_article_an_inspection_of_childrens_services_by_name_counts(extract, tail, want_j,
                                                                                          want_i):
    af = extract(_HOME + tail)
    assert judgements_any(af) == want_j
    assert inspections(af) == want_i


@pytest.mark.parametrize("text, want", [
    # a return months after the rating is a visit of its own, typed by the rating in force
    ("Published 18 July 2024\n\nOfsted rated Havering's children's services inadequate in February, a fall from "
     "the 'good' rating they received in 2018.\n\nInspectors returned to Havering in June to check on progress.",
     {("E09000016", "full"), ("E09000016", "monitoring")}),
    # look-alike: inspectors on site in the month of the rating are the full inspection's
    ("Published 18 July 2024\n\nOfsted rated Havering's children's services inadequate in June, a fall from "
     "the 'good' rating they received in 2018.\n\nInspectors spent time in Havering in June talking to staff.",
     {("E09000016", "full")}),
])
def test_a_return_months_after_a_rating_is_a_visit_of_its_own(extract, text, want):
    assert inspections(extract(text)) == want


@pytest.mark.parametrize("sentence, want", [
    # a visit's own words name the council, whatever the subject (a company serving three) names
    ("Achieving for Children, the company that delivers children's services for Kingston, Richmond and Windsor and "
     "Maidenhead, has welcomed the findings of an Ofsted focused visit to Kingston.", {("E09000021", "focused")}),
    ("Achieving for Children, which runs services in Kingston, Richmond and Windsor and Maidenhead, said the "
     "monitoring visit of Richmond went well.", {("E09000027", "monitoring")}),
])
def test_a_visit_to_a_named_council_is_that_councils_alone(extract, sentence, want):
    assert inspections(extract("Published 21 June 2022\n\n" + sentence)) == want


def test_a_year_alone_on_a_page_that_states_no_date_implies_no_inspection(extract):
    undated = ("Councils to pay trust extra\n\nNorthamptonshire Children's Trust runs children's social care on behalf "
               "of North Northamptonshire Council and West Northamptonshire Council.\n\nBoth councils' children's "
               "services were rated requires improvement to be good by Ofsted in 2022.")
    af = extract(undated)
    assert judgements_any(af) == {("E06000061", "requires-improvement"), ("E06000062", "requires-improvement")}
    assert inspections(af) == set()
    # look-alike: a page that states its date, a month after the rating
    assert inspections(extract(undated.replace("Councils to pay trust extra\n\n",
                                               "Councils to pay trust extra\n\n3 December 2022\n\n"))) == {
        ("E06000061", "full"), ("E06000062", "full")}
    # ... and a move between grades in that year, which is news of an inspection
    moved = "South West ratings\n\nElsewhere, Cornwall Council dropped from outstanding to good in 2024."
    assert inspections(extract(moved)) == {("E06000052", "full")}


@pytest.mark.parametrize("tail, want_j, want_i", [
    # a relative clause between the services and their grade, and a sentence of their inspection, then "They"
    ("The county council's children's social care services, which are inspected separately, were rated outstanding "
     "by Ofsted in 2023.", {("E10000007", "outstanding")}, set()),
    ("The county council's own children's services are currently undergoing a full Ofsted inspection. They were "
     "rated requires improvement to be good in 2019.", {("E10000007", "requires-improvement")},
     {("E10000007", "full")}),
    # look-alike: "They" after a sentence about the home
    ("The home's manager has left. They were rated good in 2019.", set(), set()),
])
def test_in_another_services_article_the_council_services_by_name_and_then_by_a_pronoun(extract, tail, want_j,
                                                                                        want_i):
    af = extract(_HOME + tail)
    assert judgements_any(af) == want_j
    assert inspections(af) == want_i


@pytest.mark.parametrize("text, want", [
    # two councils the text does not name, one in each clause: neither is the one another sentence names
    ("Published 24 April 2025\n\nRound-up\n\nA London borough that was rated good five years ago has been judged "
     "inadequate, while a northern council has moved up a grade.\n\nHarrow Council was rated inadequate.\n\n"
     "Bury Council improved to good from requires improvement.",
     {("E09000015", "inadequate", True), ("E08000002", "good", True), ("E08000002", "requires-improvement", False)}),
    # look-alike: one unnamed council in an article about one council is that council
    ("Published 24 April 2025\n\nCouncil rated inadequate\n\nA council has been rated inadequate by Ofsted after "
     "inspectors found children left at risk.\n\nBury Council said it would act on the findings.",
     {("E08000002", "inadequate", True)}),
])
def test_unnamed_councils_side_by_side_are_no_named_one(extract, text, want):
    assert judgements(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    # a number alone as the clause's subject counts councils it does not name
    ("Published 10 March 2024\n\nRatings across the region\n\nFour of the region's ten councils are rated good, but two "
     "are currently judged inadequate by Ofsted.\n\nBury Council's children's services were rated inadequate in 2021.",
     {("E08000002", "inadequate")}),
    # look-alikes: a number on a noun of the council's own ("Two of its teams"), and a count of people
    ("Published 10 March 2024\n\nBury rated inadequate\n\nBury Council's children's services were rated inadequate "
     "last month, and 82 of the 172 social workers it hired were criticised.", {("E08000002", "inadequate")}),
    ("Published 10 March 2024\n\nBury rated inadequate\n\nBury Council's children's services were rated inadequate "
     "by Ofsted last month. Two of its teams were praised.", {("E08000002", "inadequate")}),
])
def test_a_count_of_councils_as_a_subject_names_none(extract, text, want):
    af = extract(text)
    assert judgements_any(af) == want
    # the count gives no one its grade: no judgement stands on its sentence
    assert not [j for j in af.facts if isinstance(j, Judgement) and j.evidence.text.startswith("Four of")]


@pytest.mark.parametrize("text, want", [
    # a span counted after the grade dates the earlier one, not this one: news of an inspection
    ("BCP Council children's services rated 'good' three years after 'inadequate' verdict\n\nPublished 5 June 2025\n\n"
     "Children's services at BCP Council have been rated good by Ofsted, three years after the same inspectors "
     "branded them inadequate.", {("E06000058", "full")}),
    # look-alike: a span counted back from the grade itself
    ("Published 5 June 2025\n\nBCP\n\nChildren's services at BCP Council were rated good by Ofsted two years ago.",
     set()),
])
def test_a_span_counted_after_the_grade_leaves_it_news(extract, text, want):
    assert inspections(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    # "Both" opening a sentence as its subject: the two councils just named together
    ("Trusts are no cure\n\nBy Jo Bell | 20 November 2025\n\nOfsted's decision to stop giving councils a headline "
     "grade will be welcomed in most town halls.\n\nTake Slough. Its services were moved into a trust in 2015, now a "
     "company owned by the council. A decade on, Slough is still rated requires improvement.\n\nOr take "
     "Northamptonshire. The former Northamptonshire County Council's children's services were judged inadequate in "
     "2019. When the county was split in two, the work passed to Northamptonshire Children's Trust, which now runs "
     "services for both North Northamptonshire and West Northamptonshire councils. Both were rated requires "
     "improvement in 2022.",
     {("E06000039", "requires-improvement"), ("E10000021", "inadequate"), ("E06000061", "requires-improvement"),
      ("E06000062", "requires-improvement")}),
    # look-alike: "Both" on two things of another kind
    ("Published 3 December 2025\n\nKent County Council's children's services were rated good. Both the report and "
     "the letter were published today.", {("E10000016", "good")}),
])
def test_both_opening_a_sentence_is_the_pair_just_named(extract, text, want):
    assert judgements_any(extract(text)) == want


def test_a_count_of_councils_opening_a_list_grades_each_name_under_it(extract):
    text = ("London club grows\n\nThursday 6 March 2025\n\nLondon now has 14 councils whose children's services are "
            "rated outstanding, after Harrow Council was rated inadequate this week.\n\nThe three London boroughs "
            "currently rated outstanding are:\n- Bexley\n- Bromley\n- Camden\n\nInspectors praised their workforces.")
    af = extract(text)
    assert judgements_any(af) == {("E09000015", "inadequate"), ("E09000004", "outstanding"),
                                  ("E09000006", "outstanding"), ("E09000007", "outstanding")}
    # the count's sentence states the grade and the item's line the council: both are the evidence
    said = {(j.about.key, j.evidence.text.strip()) for j in af.facts if isinstance(j, Judgement) and j.rating == "outstanding"}
    assert said == {(gss, line) for gss, name in (("E09000004", "Bexley"), ("E09000006", "Bromley"), ("E09000007", "Camden"))
                    for line in ("The three London boroughs currently rated outstanding are:", f"- {name}")}
    # look-alike: a list under a sentence that grades no one
    plain = extract("London\n\nThursday 6 March 2025\n\nHarrow Council was rated inadequate this week.\n\nThe boroughs "
                    "that spoke at the event were:\n- Bexley\n- Bromley\n")
    assert judgements_any(plain) == {("E09000015", "inadequate")}


def test_a_grade_alone_titles_the_items_of_the_list_under_it(extract):
    text = ("Round-up\n\n5 April 2024\n\nEleven councils received the outcomes of full inspections.\n\nOutstanding\n"
            "- Bromley (previously good): inspectors praised the workforce.\nGood\n- Salford (no change): the city "
            "kept its rating.\n\nInadequate\n- Havering (previously good): inspectors found delays.\n")
    af = extract(text)
    assert judgements(af) == {("E09000006", "outstanding", True), ("E09000006", "good", False),
                              ("E08000006", "good", True), ("E09000016", "inadequate", True),
                              ("E09000016", "good", False)}
    assert {("E09000006", "full"), ("E09000016", "full")} <= inspections(af)
    # look-alike: a grade alone over lines that are no list of councils
    plain = extract("Round-up\n\n5 April 2024\n\nGood\n- Inspectors praised the workforce.\n\nHavering Council was "
                    "rated inadequate.")
    assert judgements_any(plain) == {("E09000016", "inadequate")}
    # ... and an item after the list has ended, past a paragraph of prose
    ended = extract("Round-up\n\n5 April 2024\n\nGood\n- Salford (no change): the city kept its rating.\n\nThe "
                    "reports were published on Friday.\n\n- Havering Council's director said staff were ready.")
    assert judgements_any(ended) == {("E08000006", "good")}


def test_a_count_restated_opens_a_list_of_names_by_region(extract):
    text = ("Which councils are failing?\n\nPublished 2 June 2025\n\nSeven councils in England currently have "
            "children's services rated inadequate.\n\nThree of them were given the grade this year. Harrow Council dropped "
            "from good in March, while Halton Borough Council fell from requires improvement in January and Devon "
            "County Council was rated inadequate again in May.\n\nAccording to "
            "Ofsted's data, the seven are:\n\nNorth West: Bury (2021), Halton (2024), Sefton (2022)\nLondon: Harrow "
            "(2025), Havering (2024)\nSouth West: Devon (2025), Swindon (2023)\n\nMost have had several monitoring visits.")
    af = extract(text)
    assert {(gss, "inadequate") for gss in (
        "E08000002", "E06000006", "E08000014", "E09000015", "E09000016", "E10000008", "E06000030")} == {
        (gss, rating) for gss, rating, current in judgements(af) if current}
    # the line names the council: it is (with the count's sentence) the evidence
    assert any(j.about.key == "E06000006" and j.evidence.text.startswith("North West:") for j in af.facts
               if isinstance(j, Judgement))
    # look-alike: a count of councils that grades no one, then its list
    plain = extract("Summit\n\nPublished 2 June 2025\n\nSeven councils sent leaders to the summit.\n\nThe seven are:"
                    "\n\nNorth West: Bury, Halton, Sefton\nLondon: Harrow, Havering\nSouth West: Devon, Swindon\n")
    assert judgements_any(plain) == set()


@pytest.mark.parametrize("bullet", ["-", "•", "*"])
def test_a_bulleted_list_of_where_each_council_stands(extract, bullet):
    text = ("How does Wigan compare?\n\nPublished 28 November 2025\n\nWigan Council's children's services have been "
            "rated good by Ofsted.\n\nHere is where its neighbours stand, from their most recent inspections:\n\n"
            f"{bullet} Bolton: good\n{bullet} Bury: requires improvement, up from inadequate at its previous inspection\n"
            f"{bullet} Salford: good\n{bullet} Tameside: inadequate\n{bullet} Trafford: requires improvement\n\nRead more.")
    af = extract(text)
    assert {("E08000001", "good"), ("E08000002", "requires-improvement"), ("E08000006", "good"),
            ("E08000008", "inadequate"), ("E08000009", "requires-improvement")} <= judgements_any(af)
    assert ("E08000002", "inadequate", False) in judgements(af)   # the grade it was up from
    assert not {("E08000008", "good"), ("E08000009", "good")} & judgements_any(af)
    # look-alike: an item that goes on past its name with no grade after the colon
    plain = extract("News\n\nPublished 28 November 2025\n\nWhat the councils said:\n\n"
                    f"{bullet} Bolton: good work is being done, a spokesperson said\n")
    assert ("E08000001", "good") not in judgements_any(plain)


def test_a_place_word_naming_something_else_is_no_council(extract):
    # "the city region" is Greater Manchester, not the city council the article names
    text = ("Round-up\n\nPublished 28 November 2025\n\nManchester City Council was rated outstanding this month. "
            "Tameside remains the only borough in the city region rated inadequate.")
    assert judgements_any(extract(text)) == {("E08000003", "outstanding"), ("E08000008", "inadequate")}


def test_a_clause_joined_after_the_rating_does_not_make_it_no_ones(extract):
    # "..., and we are one of a few councils to ...": a clause of its own, not a rating of several councils
    text = ("Careers\n\nPublished 2 June 2025\n\nIn 2024 Ofsted judged our children's services Outstanding for the "
            "second inspection running, and we are one of a small number of councils in the country to hold the top "
            "grade twice.")
    assert ("E06000020", "outstanding") in judgements_any(extract(text, url="https://www.telford.gov.uk/info/1/careers"))
    # look-alike: the councils in the rating's own clause
    plain = extract("News\n\nPublished 2 June 2025\n\nOfsted rated services at a small number of councils outstanding.",
                    url="https://www.telford.gov.uk/info/1/careers")
    assert judgements_any(plain) == set()


@pytest.mark.parametrize("text", [
    "The committee received a report on progress against the improvement plan following the inadequate judgement "
    "of Harrow Council's children's services by Ofsted in March.",
    "Ofsted has published the report of its inspection of Harrow Council carried out in January, which judges "
    "services to be inadequate.",
    "Ofsted has published the report of its inspection of Harrow Council carried out in January, which finds "
    "services inadequate.",
])
def test_a_plan_or_a_time_before_the_rating_is_no_other_thing_rated(extract, text):
    assert judgements_any(extract("Harrow update\n\nPublished 2 June 2025\n\n" + text)) == {("E09000015", "inadequate")}


def test_a_plan_to_reach_a_grade_is_still_no_judgement(extract):
    af = extract("Harrow update\n\nPublished 2 June 2025\n\nHarrow Council has a plan to be rated good by 2027.")
    assert judgements_any(af) == set()


def test_a_grade_the_news_does_not_change_holds(extract):
    text = ("Bexley news\n\nPublished 2 June 2025\n\nThe focused visit in May does not change Bexley Council's "
            "'outstanding' rating.")
    af = extract(text)
    assert judgements_any(af) == {("E09000004", "outstanding")}
    assert {(i.about.key, i.type) for i in af.facts if isinstance(i, Inspection)} == {("E09000004", "focused")}
    # look-alike: a grade denied
    assert judgements_any(extract("Bexley news\n\nPublished 2 June 2025\n\nInspectors said Bexley Council's "
                                  "services are not good.")) == set()


@pytest.mark.parametrize("sentence, gss", [
    ("Darlington Borough Council was rated good at its inspection in late 2022.", "E06000005"),
    ("North Yorkshire County Council was rated outstanding following a full inspection in 2018.", "E10000023"),
    ("When inspectors returned to Swindon in the summer of 2023, they found that practice had declined and judged "
     "Swindon Borough Council's services inadequate.", "E06000030"),
    # a month without its year, with the inspection's length or its end, and a month "last year"
    ("Ofsted rated Darlington Borough Council good last November, following a two-week inspection in October.",
     "E06000005"),
    ("North Yorkshire County Council's new rating of outstanding follows an inspection that ended in early March.",
     "E10000023"),
    ("When inspectors returned in October last year, they judged Swindon Borough Council's services inadequate.",
     "E06000030"),
])
def test_a_grade_given_at_an_inspection_told_with_its_time_is_that_full_inspection(extract, sentence, gss):
    af = extract("Round-up\n\nPublished 2 June 2025\n\nHartlepool Borough Council's children's services were rated "
                 "outstanding this week. " + sentence)
    assert (gss, "full") in inspections(af)


@pytest.mark.parametrize("sentence", [
    "Darlington Borough Council was rated good at its last inspection in 2022.",
    # look-alikes of a month without its year: an inspection to come, and a grade set against an earlier one
    "Darlington Borough Council, rated good, expects a two-week inspection in October.",
    "Darlington Borough Council was rated good at its last inspection in October.",
    # a return told by its month alone is a visit's
    "Inspectors returned to Darlington in April, more than a year after Darlington Borough Council was rated good.",
])
def test_the_last_inspection_a_grade_is_set_against_is_no_inspection_reported(extract, sentence):
    af = extract("Round-up\n\nPublished 2 June 2025\n\nHartlepool Borough Council's children's services were rated "
                 "outstanding this week. " + sentence)
    assert ("E06000005", "good") in judgements_any(af)
    assert ("E06000005", "full") not in inspections(af)


def test_a_statistics_releases_standing_grade_is_no_inspection_reported(extract):
    af = extract("Figures\n\nPublished 2 June 2025\n\nStatistics released by Ofsted this week show that Wirral Council "
                 "was rated inadequate at its last inspection in 2016.")
    assert ("E08000015", "inadequate") in judgements_any(af)
    assert inspections(af) == set()


def test_a_councils_services_which_ofsted_rates_in_an_article_about_another_service(extract):
    text = ("Wiltshire adult care rated good by CQC\n\nPublished 2 June 2025\n\nThe Care Quality Commission has rated "
            "Wiltshire Council's adult social care good. Care homes and hospitals were praised. The CQC said adult "
            "social care teams knew residents well. Wiltshire's children's services, which Ofsted rates outstanding, "
            "were praised last year.")
    assert judgements_any(extract(text)) == {("E06000054", "outstanding")}
    # look-alike: the adult services' grade is none of the children's services'
    assert judgements_any(extract(text.split(" Wiltshire's children's")[0])) == set()


@pytest.mark.parametrize("sentence, inspected", [
    # newly given, by the time the sentence tells: the grade's inspection is reported too
    ("Lincolnshire County Council's children's services were themselves rated outstanding by Ofsted earlier this "
     "month.", True),
    ("Lincolnshire County Council's children's services were rated outstanding by Ofsted last week.", True),
    # look-alikes: a grade the services hold, and one given long ago
    ("Lincolnshire County Council's children's services are rated outstanding by Ofsted.", False),
    ("Lincolnshire County Council's children's services were rated outstanding by Ofsted in 2019.", False),
    # a grade given by a verb of moving between grades
    ("Lincolnshire's children's services as a whole were upgraded to outstanding by Ofsted in 2019.", False),
])
def test_a_councils_new_grade_in_an_article_about_a_school(extract, sentence, inspected):
    af = extract("Primary school placed in special measures\n\nPublished 22 June 2023\n\nA village primary school "
                 "near Grantham has been rated inadequate by Ofsted. Pupils' behaviour was often disruptive, inspectors "
                 "said. The headteacher said the school would improve. " + sentence)
    assert ("E10000019", "outstanding") in judgements_any(af)
    assert (("E10000019", "full") in inspections(af)) is inspected


@pytest.mark.parametrize("sentence", [
    "Doncaster Council was also rated as requiring improvement in three out of five inspected areas.",
    "Doncaster Council was judged inadequate in two of the four judgement areas.",
])
def test_a_grade_in_some_of_the_areas_is_no_overall_judgement(extract, sentence):
    assert judgements_any(extract("News\n\nPublished 2 June 2015\n\n" + sentence)) == set()
    # look-alike: in all areas, the overall grade
    assert judgements_any(extract("News\n\nPublished 2 June 2015\n\nDoncaster Council was rated good in all areas.")) \
        == {("E08000017", "good")}


@pytest.mark.parametrize("text, want", [
    ("North Northamptonshire Council and West Northamptonshire Council share a trust. Both councils were rated "
     "requires improvement to be good following a joint inspection in October 2022.", "full"),
    ("Inspectors assessed services for North Northamptonshire Council and West Northamptonshire Council in a joint "
     "inspection in October. Both councils were rated requires improvement to be good.", "full"),
    # look-alikes: a joint inspection that gives no grade is a JTAI
    ("Inspectors assessed the response to domestic abuse in North Northamptonshire Council and West "
     "Northamptonshire Council in a joint inspection in October.", "jtai"),
    ("North Northamptonshire Council and West Northamptonshire Council were rated requires improvement to be good "
     "last year. A joint targeted area inspection in October looked at their response to domestic abuse.", "jtai"),
])
def test_a_joint_inspection_that_gives_grades_is_a_full_one(extract, text, want):
    af = extract("News\n\nPublished 25 November 2022\n\n" + text)
    assert {(c, kind) for c, kind in inspections(af) if kind in ("full", "jtai")} == {("E06000061", want), ("E06000062", want)}


def test_a_visit_to_a_trust_is_typed_by_the_rating_of_the_council_it_serves(extract):
    text = ("Trust visit\n\nPublished 3 September 2025\n\nBradford Council's children's services were rated inadequate "
            "in January 2023. Bradford Children and Families Trust now runs them. Ofsted's latest visit to the trust, "
            "carried out over two days in July, looked at how it responds when children go missing.")
    assert inspections(extract(text)) & {("E08000032", "monitoring"), ("bradford-children-and-families-trust", "monitoring")}
    # look-alike: a trust whose council the article newly rates was "visited" for that rating's inspection
    text = ("Reading rated\n\nPublished 12 July 2024\n\nReading Borough Council's children's services were rated requires "
            "improvement this week. Inspectors from the watchdog visited Brighter Futures for Children in April and May.")
    assert not {kind for _, kind in inspections(extract(text))} & {"monitoring", "focused"}


def test_a_grade_that_had_already_been_given_is_the_earlier_one(extract):
    text = ("Company hands back control\n\nPublished 1 October 2024\n\nOfsted judged Worcestershire County Council's "
            "children's services inadequate in 2017. By the time the company took over, services had already been "
            "upgraded to requires improvement, and in 2023 they were rated good for the first time.")
    assert {(g, rating, now) for g, rating, now in judgements(extract(text)) if rating != "inadequate"} == {
        ("E10000034", "requires-improvement", False), ("E10000034", "good", True)}


def test_a_return_to_look_at_something_is_a_visit_of_its_own(extract):
    text = ("Return visit\n\nPublished 10 October 2025\n\nCheshire East Council was rated inadequate following a full "
            "inspection in the spring. Inspectors returned in September to look at how the authority responds when "
            "concerns about a child are first raised.")
    assert {("E06000049", "full"), ("E06000049", "monitoring")} <= inspections(extract(text))
    # look-alike: a return that is the full inspection itself
    text = ("Island news\n\nPublished 10 October 2025\n\nOfsted inspectors returned to the Isle of Wight this week, and "
            "the Isle of Wight Council was rated inadequate following the full inspection.")
    assert ("E06000046", "monitoring") not in inspections(extract(text))


def test_years_ago_opening_the_clause_dates_an_earlier_grade(extract):
    text = ("Stoke news\n\nPublished 15 July 2025\n\nStoke-on-Trent City Council's children's services still require "
            "improvement, Ofsted said after a two-week inspection in May. Six years ago the same department was rated "
            "inadequate.")
    af = extract(text)
    assert judgements(af) == {("E06000021", "requires-improvement", True), ("E06000021", "inadequate", False)}
    assert {j.date.year for j in af.facts if isinstance(j, Judgement) and j.rating == "inadequate"} == {2019}


@pytest.mark.parametrize("text,want", [
    # a named subject after "as" is a clause of its own: the earlier grade is its council's alone
    ("Westminster and Kensington and Chelsea keep top grade as Tower Hamlets completes climb from 'inadequate'",
     {("E09000033", "outstanding"), ("E09000020", "outstanding"), ("E09000030", "inadequate")}),
    ("Westminster and Kensington and Chelsea kept the top grade as Hackney completed a climb from 'inadequate'.",
     {("E09000033", "outstanding"), ("E09000020", "outstanding"), ("E09000012", "inadequate")}),
    ("Sefton rises to 'good' as Knowsley is rated 'inadequate'.",
     {("E08000014", "good"), ("E08000011", "inadequate")}),
])
def test_a_named_subject_after_as_has_its_own_grade(extract, text, want):
    got = {(g, rating) for g, rating, _ in judgements(extract("London\n\nPublished 13 January 2025\n\n" + text))}
    assert got == want


@pytest.mark.parametrize("text,want", [
    # what gives the means to a grade is no grade
    ("Sandwell's trust contract was extended. Cllr Jo Bell, cabinet member for children, said the extension would give "
     "the trust \"the stability to go from good to outstanding\".", set()),
    ("Sandwell's new director said the investment gave staff the confidence to reach outstanding.", set()),
    # look-alike: "means" says what is ("which means the council is now rated good")
    ("Ofsted published its report on Sandwell Council today, which means the council is now rated good.",
     {("E08000028", "good")}),
])
def test_the_means_to_a_grade_is_no_grade(extract, text, want):
    got = {(g, rating) for g, rating, _ in judgements(extract("Sandwell\n\nPublished 3 March 2025\n\n" + text))
           if rating == "outstanding" or want}
    assert got == want


@pytest.mark.parametrize("text", [
    "Cumberland Council braced for first full Ofsted inspection of children's services",
    "Cumberland Council gearing up for first full Ofsted inspection of children's services",
    "\"The first monitoring visit in the new year will tell us whether we are doing the right things,\" said Cumberland "
    "Council's director.",
])
def test_an_inspection_braced_for_is_still_to_come(extract, text):
    assert not inspections(extract("Cumberland\n\nPublished 19 September 2024\n\n" + text + "\n"))


def test_councils_counted_with_an_earlier_grade_and_listed_after_a_colon_hold_it(extract):
    text = ("Annual report\n\nPublished 2 December 2025\n\nThree councils that had been rated good were downgraded to "
            "inadequate: Swindon, Peterborough and Havering.")
    got = {(g, rating, now) for g, rating, now in judgements(extract(text))}
    assert got == {(g, r, now) for g in ("E06000030", "E06000031", "E09000016")
                   for r, now in (("good", False), ("inadequate", True))}
    # look-alike: a list of another size is not the counted councils
    text = ("Annual report\n\nPublished 2 December 2025\n\nThree councils that had been rated good were downgraded to "
            "inadequate, among them Swindon and Peterborough.")
    assert not {(g, r) for g, r, _ in judgements(extract(text)) if r == "good"}


def test_a_grade_held_since_long_before_is_no_new_inspection_wherever_told(extract):
    text = ("Shropshire joins Telford & Wrekin with 'outstanding' children's services\n\nPublished: Aug 13, 2025\n\n"
            "Shropshire Council's children's services have been rated outstanding after an inspection in June.\n\n"
            "Telford & Wrekin Council has been rated outstanding since 2020, and a visit by inspectors to the borough "
            "in February found its support for care leavers remained strong.\n")
    got = inspections(extract(text))
    assert ("E06000051", "full") in got
    assert ("E06000020", "full") not in got
    assert ("E06000020", "focused") in got
    # look-alikes: the first time since is a grade given again; held since a recent month is no bar
    text = ("Knowsley rated inadequate\n\nPublished: Jan 13, 2025\n\nKnowsley Council's children's services have been "
            "rated inadequate by Ofsted. It is the first time Knowsley has been rated inadequate since 2014.\n")
    assert ("E08000011", "full") in inspections(extract(text))
    text = ("Telford & Wrekin keeps 'outstanding'\n\nPublished: Aug 13, 2025\n\nTelford & Wrekin Council has been "
            "rated outstanding since its inspection in June, Ofsted said this week.\n")
    assert ("E06000020", "full") in inspections(extract(text))


@pytest.mark.parametrize("text,want", [
    # a visit of the kind a grade would have brought is no visit
    ("Ofsted's letter following its two-day visit to Warwickshire County Council in May was published last week. "
     "If Warwickshire had been rated inadequate, this would have been a monitoring visit.",
     {("E10000031", "focused")}),
])
def test_a_counterfactual_visit_is_none(extract, text, want):
    assert inspections(extract("Blog\n\nPublished 2 July 2026\n\n" + text)) == want


@pytest.mark.parametrize("text,want", [
    # "at least good" is a threshold, no grade
    ("Lincolnshire County Council kept its outstanding grade in June, the third time in a row it has been rated at least "
     "good.", {("E10000019", "outstanding")}),
    # "the bottom category" names a grade's place, not a league table's bottom
    ("Middlesbrough Borough Council moved out of the bottom category after being judged to require improvement to be "
     "good.", {("E06000002", "requires-improvement")}),
    # look-alike: the bottom of a table is no grade
    ("Middlesbrough Borough Council is near the bottom of the table for good outcomes.", set()),
])
def test_at_least_good_and_the_bottom_category(extract, text, want):
    assert {(g, r) for g, r, _ in judgements(extract("Results\n\nPublished 2 August 2023\n\n" + text))} == want


@pytest.mark.parametrize("sentence", [
    "Inspectors visited Havering Council's children's services in June, the first time they had returned since "
    "February's inadequate rating.",
    "Inspectors returned to Havering in June, their first visit since the inadequate judgement.",
])
def test_a_visit_since_the_rating_is_a_visit_of_its_own(extract, sentence):
    text = ("Havering progress\n\nPublished 2 August 2024\n\nHavering Council's children's services were rated inadequate "
            "by Ofsted after an inspection in February.\n\n" + sentence + "\n")
    assert ("E09000016", "monitoring") in inspections(extract(text))


def test_a_month_opening_the_clause_dates_a_recent_grade(extract):
    text = ("Commissioners sent in\n\nPublished 5 February 2015\n\nLast November, Ofsted rated Rotherham Metropolitan "
            "Borough Council's children's services inadequate after a four-week inspection.\n")
    af = extract(text)
    assert {j.date.iso() for j in af.facts if isinstance(j, Judgement)} == {"2014-11"}
    assert ("E08000018", "full") in inspections(af)
    # look-alike: a month of a year long before is history
    text = ("Commissioners sent in\n\nPublished 5 February 2015\n\nIn November 2012, Ofsted rated Rotherham Metropolitan "
            "Borough Council's children's services adequate; the council was rated inadequate last month.\n")
    assert ("E08000018", "full") in inspections(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Bournemouth, Christchurch and Poole has gone from inadequate to good in under three years.",
     {("E06000058", "inadequate", False), ("E06000058", "good", True)}),
    ("Sefton Council goes from requires improvement to outstanding.",
     {("E08000014", "requires-improvement", False), ("E08000014", "outstanding", True)}),
    ("Warrington was re-inspected in July and held on to good.", {("E06000007", "good", True)}),
    # look-alikes: a move to something that is no grade
    ("Sefton Council's spending has gone from good to bad.", set()),
    ("The mood at Bury Council went from good to gloomy.", set()),
])
def test_gone_from_one_grade_to_another(extract, text, want):
    assert judgements(extract("Council news\n\nPublished 4 February 2025\n\n" + text + "\n")) == want


@pytest.mark.parametrize("lines, want", [
    ("Good: Bolton, Salford and Stockport\n\nInadequate: Tameside\n",
     {("E08000001", "good"), ("E08000006", "good"), ("E08000007", "good"), ("E08000008", "inadequate")}),
    ("Requires improvement: Blackpool, Cheshire West and Chester, Wigan\n",
     {("E06000009", "requires-improvement"), ("E06000050", "requires-improvement"),
      ("E08000010", "requires-improvement")}),
    # look-alike: a grade opening a line that says more than names
    ("Good: the news that Bolton and Salford had waited for\n", set()),
])
def test_a_league_tables_line_grades_each_council_it_names(extract, lines, want):
    text = "Where the region stands\n\nPublished 2 September 2024\n\nSo here is the table as it stands:\n\n" + lines
    assert {(g, r) for g, r, _ in judgements(extract(text))} == want


@pytest.mark.parametrize("sentence", [
    "Cumberland, inspected for the first time since it replaced Cumbria County Council in 2023, was also judged good.",
    "Cumberland Council, which took over from Cumbria County Council in 2023, was judged good.",
])
def test_the_council_a_new_one_replaced_is_history(extract, sentence):
    text = ("Five good judgements\n\nPublished 4 February 2025\n\nFive councils, five good judgements. Croydon held on "
            "to good. Southend-on-Sea and Milton Keynes both moved up from requires improvement to good. " + sentence + "\n")
    got = {(g, r) for g, r, _ in judgements(extract(text))}
    assert ("E06000063", "good") in got and not any(g == "E10000006" for g, _ in got)


@pytest.mark.parametrize("clause", [
    "meaning both of the councils that replaced Cumbria County Council are now rated good",
    "so the two successor councils to Cumbria County Council are now both judged good",
])
def test_the_council_others_replaced_is_not_what_a_clause_rates(extract, clause):
    text = ("Cumberland rated good\n\nPublished 27 November 2024\n\nCumberland Council's children's services have been "
            "rated good by Ofsted. The result mirrors the grade awarded to neighbouring Westmorland and Furness Council "
            "in July, " + clause + ".")
    got = {(g, r) for g, r, _ in judgements(extract(text))}
    assert ("E06000063", "good") in got and not any(g == "E10000006" for g, _ in got)


def test_the_council_that_replaced_another_is_still_rated(extract):
    """look-alike: the council doing the replacing, named in the clause, holds the rating"""
    text = ("Published 27 November 2024\n\nWestmorland and Furness Council, which replaced Cumbria County Council "
            "in 2023, has been rated good by Ofsted.")
    got = {(g, r) for g, r, _ in judgements(extract(text))}
    assert ("E06000064", "good") in got and not any(g == "E10000006" for g, _ in got)


@pytest.mark.parametrize("sentence", [
    "Ofsted lifted North East Lincolnshire's children's services to good, four years after they were found inadequate.",
    "Inspectors have brought North East Lincolnshire Council's services up to good.",
])
def test_a_grade_a_verb_of_moving_takes_the_services_to(extract, sentence):
    got = judgements(extract("Published 8 October 2025\n\n" + sentence))
    assert ("E06000012", "good", True) in got


def test_a_verb_of_moving_to_no_grade_gives_none(extract):
    """look-alike: "took its concerns to good effect" moves nothing to a grade"""
    got = judgements(extract("Published 8 October 2025\n\nNorth East Lincolnshire Council took its plan to good effect."))
    assert not got


@pytest.mark.parametrize("sentence, holder", [
    ("North Lincolnshire's director will take charge of a second authority weeks after its neighbour shook off an "
     "inadequate grade.", None),
    ("North Lincolnshire has a new director, weeks after its neighbours were rated inadequate.", None),
    # look-alike: "its services" are the council's named before
    ("North Lincolnshire has a new director, weeks after its services were rated good.", "E06000013"),
])
def test_an_unnamed_neighbour_holds_no_named_councils_grade(extract, sentence, holder):
    got = {g for g, _, _ in judgements(extract("Published 8 October 2025\n\n" + sentence))}
    assert got == ({holder} if holder else set())


def test_a_merged_councils_own_name_keeps_its_new_grade(extract):
    text = ("BCP children's services rated 'good'\n\nPublished 30 January 2025\n\nChildren's services in Bournemouth, "
            "Christchurch and Poole have been rated good by Ofsted.\n\nBefore the merger, children's services in Poole "
            "had been rated requires improvement in 2016, while Bournemouth's were judged good in the same year.\n")
    got = judgements(extract(text))
    assert ("E06000058", "good", True) in got and ("E06000028", "good", False) in got
    # look-alike: a name the county council had too gives the same grade told twice to the county council
    text = ("North Yorkshire looks back on its outstanding rating\n\nPublished 30 January 2025\n\nNorth Yorkshire "
            "County Council's children's services were rated outstanding in 2018.\n")
    assert {g for g, _, _ in judgements(extract(text))} == {"E10000023"}


@pytest.mark.parametrize("opening", ["A year later", "Two years later,"])
def test_years_later_counts_from_the_year_told_before(extract, opening):
    text = ("From inadequate to good\n\nPosted on 2 November 2023\n\nI started as a social worker in Taunton in 2014. "
            + opening + " Ofsted judged Somerset County Council's children's services inadequate.\n\nBy the time "
            "inspectors came back in July 2022, the county council was rated good.\n")
    assert judgements(extract(text)) == {("E10000027", "inadequate", False), ("E10000027", "good", True)}


@pytest.mark.parametrize("text, want", [
    ("Children's social care in every council area we serve is now rated good or outstanding. Kingston's report "
     "judged services outstanding, a step up from the good grade awarded in 2015.",
     {("E09000021", "outstanding", True), ("E09000021", "good", False)}),
    ("All three boroughs are rated requires improvement or inadequate. Kingston's report judged services "
     "outstanding.", {("E09000021", "outstanding", True)}),
    # look-alike: one council's grade, then another's
    ("Kingston was rated good or, as some put it, good enough. Kingston's report judged services outstanding, "
     "a step up from the good grade awarded in 2015.",
     {("E09000021", "outstanding", True), ("E09000021", "good", False)}),
])
def test_either_grade_for_each_of_a_set_is_no_ones(extract, text, want):
    assert judgements(extract("Progress in all three boroughs\n\nPosted 2 March 2020\n\n" + text + "\n")) == want


@pytest.mark.parametrize("headline", ["Hylton Lodge rated 'outstanding' by Ofsted for third inspection in a row",
                                      "Oakfield Primary rated good by Ofsted"])
def test_a_named_home_or_schools_grade_is_no_councils(extract, headline):
    text = (headline + "\n\nPosted on 9 June 2023\n\nIt was inspected in May. Together for Children runs children's "
            "social care on behalf of Sunderland City Council.\n")
    assert judgements(extract(text)) == set()
    # look-alike: the council's services in capitals
    text = text.replace(headline.split(" rated")[0], "Sunderland Children's Services")
    assert {g for g, _, _ in judgements(extract(text))} == {"E08000024"}


@pytest.mark.parametrize("sentence", [
    "Readers in Devon have asked us to mention Ladywell Primary in Newton Abbot, rated outstanding this week after "
    "eight years at good.",
    "In Devon, Oakfield Primary, which was rated outstanding this week, had been good for eight years.",
])
def test_a_named_schools_grade_in_a_clause_on_it_is_no_councils(extract, sentence):
    assert judgements(extract("Friday briefing\n\nPublished 20 May 2022\n\n" + sentence + "\n")) == set()


def test_a_council_rated_in_a_clause_on_it_keeps_its_grade(extract):
    """look-alike: the clause hangs on the council's own name"""
    got = judgements(extract("Friday briefing\n\nPublished 20 May 2022\n\nReaders have asked about Devon County "
                             "Council, rated good this week after eight years at requires improvement.\n"))
    assert ("E10000008", "good", True) in got


def test_a_year_the_relative_clause_follows_dates_its_grade(extract):
    text = ("Ofsted letter\n\nPublished 21 November 2023\n\nWestmorland and Furness has not yet had a full inspection of "
            "its own. The last full inspection of children's services in this area was of the former Cumbria County "
            "Council in 2019, which was judged 'requires improvement to be good'.\n")
    assert {g for g, _, _ in judgements(extract(text))} == {"E10000006"}
    # look-alike: no year before the clause
    text = text.replace(" in 2019, which", ", which")
    assert {j.date for j in extract(text).facts if isinstance(j, Judgement)} == {None}


def test_the_year_a_when_clause_after_since_tells_of_dates_its_grade(extract):
    text = ("Tameside director leaves\n\nPublished 7 March 2025\n\nOfsted rated Tameside inadequate last year. The "
            "report criticised the pace of improvement since 2019, when the council had climbed to requires improvement "
            "to be good.\n")
    got = {j.rating: j.date for j in extract(text).facts if isinstance(j, Judgement)}
    assert got["requires-improvement"] is not None and got["requires-improvement"].year == 2019
    # look-alike: "since 2019" with the grade in a clause of its own time
    text = text.replace("since 2019, when the council had climbed", "since 2019, and the council has climbed")
    got = {j.rating: j.date for j in extract(text).facts if isinstance(j, Judgement)}
    assert got.get("requires-improvement") is None or got["requires-improvement"].year != 2019


def test_a_grade_said_weakly_previous_lately_is_current_beside_an_older_instance_of_it(extract):
    text = ("Tameside director leaves\n\nPublished 7 March 2025\n\nThe interim director, who was drafted in after "
            "Ofsted rated the borough of Tameside inadequate last year, is to leave. The report criticised the pace of "
            "improvement since 2019, when the council had climbed to requires improvement to be good. The borough had "
            "previously been judged inadequate in 2016.\n")
    current = {j.rating for j in extract(text).facts if isinstance(j, Judgement) and j.current}
    assert current == {"inadequate"}
    # look-alike: the strongly previous grade is the later one, so it is no older instance
    text = text.replace("inadequate in 2016", "inadequate in 2024").replace("inadequate last year", "inadequate in 2015")
    current = {j.rating for j in extract(text).facts if isinstance(j, Judgement) and j.current}
    assert current != {"inadequate"}


@pytest.mark.parametrize("sentence, gss", [
    ("Knowsley, on Merseyside, which had previously been rated requires improvement, was judged inadequate in January.",
     "E08000011"),
    ("Sefton in Merseyside, which had previously been rated requires improvement, was judged inadequate in January.",
     "E08000014"),
])
def test_a_relative_clause_past_a_region_is_the_councils(extract, sentence, gss):
    text = "Spring verdicts\n\nPublished 3 June 2025\n\n" + sentence + "\n"
    assert judgements(extract(text)) == {(gss, "requires-improvement", False), (gss, "inadequate", True)}


@pytest.mark.parametrize("words", ["trailing Hartlepool, whose children's services were last judged good",
                                   "lagging behind Hartlepool, whose children's services were last judged good"])
def test_a_council_trailed_is_a_comparison(extract, words):
    text = ("Teesside verdicts\n\nPublished 26 May 2023\n\nMiddlesbrough Council's children's services were rated "
            "requires improvement this week. The result leaves the council " + words + ".\n")
    assert {g for g, _, _ in judgements(extract(text))} == {"E06000002"}


@pytest.mark.parametrize("words", [
    "The contrast with Hartlepool, just over the boundary, will sting: the neighbouring council has held a 'good' "
    "rating since 2019.",
    "In contrast to Hartlepool, whose services have been rated good since 2019, the town has struggled.",
])
def test_a_council_contrasted_with_is_a_comparison(extract, words):
    text = ("Teesside verdicts\n\nPublished 26 May 2023\n\nMiddlesbrough Council's children's services were rated "
            "inadequate this week. " + words + "\n")
    assert {g for g, _, _ in judgements(extract(text))} == {"E06000002"}


def test_a_reports_own_date_dates_its_grade(extract):
    text = ("Doncaster timeline\n\nTuesday, 12th April 2022\n\nDoncaster's services have been judged 'requires "
            "improvement to be good' by Ofsted.\n\nA re-inspection published in January 2018 graded the service good.\n")
    assert judgements(extract(text)) == {("E08000017", "requires-improvement", True), ("E08000017", "good", False)}
    # look-alike: a year that dates the company, not the grade
    text = ("Doncaster timeline\n\nTuesday, 12th April 2022\n\nThe company set up by Doncaster Council in 2017 to run "
            "services was rated good.\n")
    assert {j.date for j in extract(text).facts if isinstance(j, Judgement)} == {None}


def test_a_year_to_come_and_a_service_rescued(extract):
    text = ("Reading votes\n\n29 January 2025\n\nBrighter Futures for Children will be wound up when its contract ends "
            "in 2026, seven years after it was created to rescue a failing service.\n\nThe company was formed after an "
            "Ofsted report in 2016 which rated Reading Borough Council's children's services inadequate. Inspectors "
            "returned in April 2024 and rated services requires improvement.\n")
    af = extract(text)
    assert all(j.date is None or j.date.year <= 2025 for j in af.facts if isinstance(j, Judgement))
    assert ("E06000038", "requires-improvement", True) in judgements(af)
    assert ("E06000038", "inadequate", True) not in judgements(af)


def test_a_date_before_the_grade_stays_its_own_beside_the_same_grade_before(extract):
    text = ("Wokingham news\n\nPublished: 12 April 2024\n\nIn May 2023 Ofsted judged Wokingham Borough Council's "
            "services for children to require improvement to be good, the same overall grade it gave in 2019.\n")
    assert {j.date.iso() for j in extract(text).facts if isinstance(j, Judgement)} == {"2023-05"}
    # look-alike: the year after "the same grade" is the earlier award's, no date of this one
    text = ("Wokingham news\n\nPublished: 12 April 2024\n\nWokingham Borough Council remains good, the same grade it "
            "received in 2018.\n")
    assert {j.date for j in extract(text).facts if isinstance(j, Judgement)} == {None}


@pytest.mark.parametrize("opening", ["Next door in Bracknell Forest", "Over the border in Bracknell Forest"])
def test_a_visit_told_next_door_is_no_visit_to_come(extract, opening):
    text = ("Neighbouring councils\n\nPublished 6 April 2024\n\nOfsted's focused visit to Wokingham Borough Council in "
            f"February found problems.\n\n{opening}, where inspectors carried out a focused visit in the same month, "
            "the picture was very different.\n")
    assert ("E06000036", "focused") in inspections(extract(text))
    # look-alike: the next visit, still to come
    text = text.replace(f"{opening}, where inspectors carried out a focused visit in the same month,",
                        "In Bracknell Forest, where the next focused visit is due in the summer,")
    assert ("E06000036", "focused") not in inspections(extract(text))


def test_a_visit_in_an_as_clause_naming_another_council_is_that_councils(extract):
    text = ("Wigan regains 'good' rating as focused visit finds progress for Reading care leavers\n\nPublished 28 "
            "November 2025\n\nWigan Council's children's services have returned to a 'good' rating.\n")
    got = inspections(extract(text))
    assert ("E06000038", "focused") in got and ("E08000010", "focused") not in got
    # look-alike: the clause names no council, so the sentence's do
    text = text.replace(" for Reading care leavers", "")
    assert ("E08000010", "focused") in inspections(extract(text))


@pytest.mark.parametrize("sentence", [
    "Its children's services were judged inadequate at inspection after inspection until 2019, when they were "
    "upgraded to requires improvement to be good.",
    "Its children's services were rated inadequate until 2019, when inspectors upgraded them to requires improvement "
    "to be good.",
])
def test_a_grade_held_until_a_year_is_previous_and_the_next_dated_then(extract, sentence):
    text = ("Birmingham tells a longer story\n\nPublished 26 August 2024\n\nBirmingham has had a long road. " + sentence +
            " Last year, Birmingham City Council's children's services secured a good rating for the first time.\n")
    assert judgements(extract(text)) == {("E08000025", "inadequate", False), ("E08000025", "requires-improvement", False),
                                         ("E08000025", "good", True)}


def test_a_grade_held_until_it_is_inspected_again_stands(extract):
    """look-alike: "until" with no year gone by is no end of the grade"""
    text = ("Birmingham waits\n\nPublished 26 August 2024\n\nBirmingham City Council's children's services will stay "
            "rated inadequate until inspectors return next year.\n")
    assert judgements(extract(text)) == {("E08000025", "inadequate", True)}



@pytest.mark.parametrize("sentence", [
    "Redcar and Cleveland has been rated requires improvement since 2022, and Stockton-on-Tees was given the same "
    "grade in 2023.",
    "Stockton-on-Tees was rated requires improvement in 2019. Its most recent full inspection, in early 2023, gave "
    "the same overall grade.",
])
def test_the_same_grade_given_again_is_the_grade_told_before(extract, sentence):
    af = extract("Tees Valley roundup\n\nPublished 3 June 2025\n\n" + sentence + "\n")
    assert any(j.about.key == "E06000004" and j.rating == "requires-improvement" and j.date and j.date.year == 2023
               for j in af.facts if isinstance(j, Judgement))


def test_the_same_grade_glossing_a_grade_of_its_own_clause_is_no_second_grade(extract):
    """look-alike: "rated good, the same grade it received in 2018" restates the grade, whose date is not 2018"""
    af = extract("Tees Valley\n\nPublished 3 June 2025\n\nStockton-on-Tees was rated good this week, the same "
                 "grade it received in 2018.\n")
    assert [(j.rating, j.current) for j in af.facts if isinstance(j, Judgement)] == [("good", True)]


@pytest.mark.parametrize("sentence, want", [
    ("Hackney's inspection last November put it in the requires improvement bracket.", {"requires-improvement"}),
    ("Hackney sits in the good band of councils.", {"good"}),
    # look-alike: a grade word before another noun is no grade
    ("Hackney's inspection last November praised the good support for care leavers.", set()),
])
def test_a_grade_bracket_or_band_is_the_grade(extract, sentence, want):
    af = extract("London blog\n\nPublished 4 June 2024\n\n" + sentence + "\n")
    assert {j.rating for j in af.facts if isinstance(j, Judgement)} == want


def test_a_table_rows_date_makes_a_standing_rating(extract):
    # "report published May 2024" in a 2025 article: the grade it holds, no inspection the article reports
    text = ("Where every North East council stands\n\nBy Jo Bell, Data Reporter\n\n3 February 2025\n\n"
            "Here is where each council stands, based on its current Ofsted rating:\n\n"
            "Hartlepool: rated outstanding, report published May 2024\n\n"
            "Darlington: rated good, report published December 2022\n\n"
            "Gateshead: rated good, report published last week\n")
    af = extract(text)
    assert {("E06000001", "outstanding"), ("E06000005", "good")} <= {(k, r) for k, r, _ in judgements(af)}
    assert inspections(af) == {("E08000037", "full")}


@pytest.mark.parametrize("text", [
    "Gateshead keeps its 'good' grade and North Tyneside stays 'outstanding'.",
    "Gateshead keeps its good rating and North Tyneside remains outstanding.",
])
def test_each_council_keeps_its_own_grade_after_a_bare_and(extract, text):
    af = extract("Ofsted results\n\n" + text)
    assert {(k, r) for k, r, _ in judgements(af)} == {("E08000037", "good"), ("E08000022", "outstanding")}


@pytest.mark.parametrize("text,got", [
    ("Gloucestershire County Council, rated inadequate in 2017 and requires improvement in 2022, is now good.",
     {("E10000013", "good", True), ("E10000013", "inadequate", False), ("E10000013", "requires-improvement", False)}),
    ("Gloucestershire County Council is now good at listening to children, inspectors said.", set()),
])
def test_a_council_that_is_now_a_grade(extract, text, got):
    assert judgements(extract("Ofsted round-up\n\n" + text)) == got


def test_an_earlier_grade_the_article_gives_the_council_replaced_is_not_the_successors(extract):
    text = ("Buckinghamshire children's services no longer 'inadequate', Ofsted says\n\n11 February 2022\n\n"
            "Inspectors have judged Buckinghamshire Council's children's services as requires improvement to be good, "
            "following an inspection in December.\n\n"
            "The unitary council, which replaced Buckinghamshire County Council in April 2020, inherited a service "
            "that had been rated inadequate in 2014 and again in 2018.")
    got = {(k, r) for k, r, _ in judgements(extract(text))}
    assert got == {("E06000060", "requires-improvement"), ("E10000002", "inadequate")}
    # the look-alike: with no grade told of the council it replaced, the earlier grade stays the council's
    got = {(k, r) for k, r, _ in judgements(extract(text.split("\n\nThe unitary")[0]))}
    assert got == {("E06000060", "requires-improvement"), ("E06000060", "inadequate")}


def test_the_and_of_a_councils_name_is_no_second_clause(extract):
    af = extract("Westmorland and Furness rated good in first Ofsted inspection since Cumbria split\n\n"
                 "Westmorland and Furness Council's children's services have been rated good in their first full "
                 "inspection since the council was created in April 2023.")
    assert {(k, r) for k, r, _ in judgements(af)} == {("E06000064", "good")}


@pytest.mark.parametrize("line", ["Children looked after and achieving permanence: Requires improvement",
                                  "Experiences and progress of care leavers: Requires improvement"])
def test_an_area_listed_by_its_framework_name_is_no_overall_grade(extract, line):
    text = ("Ofsted inspection outcome\n\n1.1 In February 2015 Ofsted carried out an inspection of the Council's "
            "children's services.\n\n1.2 The report judges the overall effectiveness of Somerset County Council's "
            "services for children to be inadequate.\n\n2.1 Ofsted's judgements on the individual areas were as "
            f"follows:\n\nChildren who need help and protection: Inadequate\n{line}\n")
    assert judgements(extract(text)) == {("E10000027", "inadequate", True)}


@pytest.mark.parametrize("second,durham", [
    ("and County Durham made the same leap when its report was published in May.",
     {("E06000047", "good", False), ("E06000047", "outstanding", True)}),
    ("and County Durham followed suit in May.", {("E06000047", "good", False), ("E06000047", "outstanding", True)}),
    ("and County Durham made the same mistake of waiting for the report.", set()),
])
def test_a_council_that_made_the_same_move(extract, second, durham):
    af = extract("North East councils climb\n\nHartlepool was upgraded from good to outstanding after a short "
                 "inspection in March, " + second)
    assert {j for j in judgements(af) if j[0] == "E06000047"} == durham
    assert ("E06000001", "outstanding", True) in judgements(af)


def test_the_last_inspection_of_the_council_a_subject_replaced_is_reported(extract):
    af = extract("Cumberland children's services rated 'good' in first Ofsted inspection\n\n27 November 2024\n\n"
                 "Cumberland Council's children's services have been rated good by Ofsted in the first full "
                 "inspection since the authority was created in April 2023.\n\n"
                 "Both of the councils that replaced Cumbria County Council are now rated good.\n\n"
                 "The former county council, which was abolished on 31 March 2023, had been judged to require "
                 "improvement at its last full inspection in 2019.\n\n"
                 "Neighbouring Lancashire was judged good at its last full inspection in 2022.")
    assert ("E10000006", "full") in inspections(af)
    assert ("E10000017", "full") not in inspections(af)   # a neighbour's history


@pytest.mark.parametrize("sentence", [
    "Ofsted judged Suffolk County Council's children's services department as inadequate in 2013 and again in 2016, "
    "so the council will want to show that improvements have been made.",
    "Inspectors rated Suffolk County Council's children's services inadequate in 2016, and the council hopes to show "
    "next week how far it has come.",
])
def test_an_aim_told_after_the_grade_leaves_the_grade(extract, sentence):
    af = extract("Inspectors to visit Suffolk children's services\n\nInspectors will return to look at the service "
                 "that cares for Suffolk's most vulnerable children next week.\n\n" + sentence)
    assert ("E10000029", "inadequate") in {(k, r) for k, r, _ in judgements(af)}


@pytest.mark.parametrize("sentence", [
    "The services remain rated inadequate, and will not be graded again until the next full inspection.",
    "The services are still rated inadequate, inspectors said.",
])
def test_a_grade_held_now_of_an_abolished_council_is_its_successors(extract, sentence):
    af = extract("Children's trust making 'good progress' but services remain inadequate, say inspectors\n\nPublished "
                 "18 August 2022\n\nServices for children in care across the county are making good progress, "
                 "inspectors have found.\n\nOfsted carried out a monitoring visit to Northamptonshire Children's Trust "
                 "in July.\n\nThe trust runs children's social care for North Northamptonshire Council and West "
                 "Northamptonshire Council, the two unitary authorities that replaced the county council in April "
                 "2021.\n\nChildren's services were rated inadequate in 2019, when they were run by Northamptonshire "
                 "County Council. The trust was set up in 2020 in response to that judgement.\n\n" + sentence)
    told = {j.about.key for j in af.facts if isinstance(j, Judgement) and sentence[:30] in j.evidence.text}
    assert told == {"E06000061", "E06000062"}


@pytest.mark.parametrize("sentence", [
    "Jo Bell, who joined Kent in 2016 after the inadequate judgement, said she was leaving a better service.",
    "Jo Bell arrived in 2016, after the 'inadequate' verdict, and said she was leaving a better service.",
])
def test_a_grade_named_as_what_someone_came_after_is_an_earlier_one(extract, sentence):
    af = extract("Kent director to leave\n\nPublished 3 May 2022\n\nKent County Council's children's services were "
                 "judged inadequate by Ofsted in 2015, and were rated requires improvement to be good when inspectors "
                 "returned in 2018.\n\n" + sentence)
    assert {r for k, r, c in judgements(af) if c} == {"requires-improvement"}


@pytest.mark.parametrize("sentence", [
    "That judgement passed to the two new unitary councils when the county council was abolished in April 2021, and "
    "the services remain rated inadequate until Ofsted carries out a full re-inspection.",
    "When the county council was abolished in April 2021 its services were still rated inadequate, and they remain "
    "rated inadequate.",
])
def test_a_grade_held_now_of_an_abolished_council_is_its_successors_whatever_date_the_sentence_gives(extract, sentence):
    af = extract("Monitoring visit finds progress\n\nPublished: 9 September 2022\n\nOfsted visited North Northamptonshire "
                 "Council and West Northamptonshire Council in July.\n\nThe former Northamptonshire County Council's "
                 "children's services were judged inadequate in 2019. " + sentence)
    got = {(j.about.key, j.rating, j.current) for j in af.facts if isinstance(j, Judgement)}
    assert {("E06000061", "inadequate", True), ("E06000062", "inadequate", True)} <= got
    assert ("E10000021", "inadequate", True) not in got


@pytest.mark.parametrize("headline,want", [
    ("Stockport director to take over at 'inadequate' Tameside", {("E08000008", "inadequate")}),
    ("Director of 'good'-rated Stockport to take over at Tameside", {("E08000007", "good")}),
    # look-alike: a grade before a comma, said of the council the clause after it opens on
    ("Rated 'inadequate' in 2017, Tameside hires Stockport director", {("E08000008", "inadequate")}),
])
def test_a_grade_right_before_a_name_is_that_councils(extract, headline, want):
    af = extract(headline + "\n\nHelen Marwood, Stockport council's director of children's services since 2015, will "
                 "take up the same post at Tameside Metropolitan Borough Council in August.")
    assert judgements_any(af) == want


@pytest.mark.parametrize("tail,area", [
    (", with the impact of leaders rated good.", False),
    (", with leadership judged good.", False),
    # look-alike: the area named in the rating's own clause
    (" for the impact of leaders.", True),
])
def test_an_area_graded_in_a_with_clause_after_the_grade_leaves_it_overall(extract, tail, area):
    af = extract("Sefton's children's services improve\n\n14 May 2025\n\nSefton Council's children's services were "
                 "rated inadequate in 2022. A full re-inspection in March judged them to require improvement to be "
                 "good" + tail)
    got = {(j.rating, bool(j.area)) for j in af.facts if isinstance(j, Judgement) and j.about.key == "E08000014"}
    assert ("requires-improvement", area) in got and ("requires-improvement", not area) not in got


@pytest.mark.parametrize("words", ["continue their efforts to shake off an 'inadequate' rating",
                                   "battle to shed their 'inadequate' rating"])
def test_a_grade_someone_is_still_trying_to_lose_is_held_now(extract, words):
    text = ("Tameside news\n\nPublished 3 March 2025\n\nInspectors spent two days in Tameside last week as the council's "
            "children's services " + words + ".\n")
    af = extract(text)
    assert ("E08000008", "inadequate", True) in judgements(af)
    assert ("E08000008", "full") not in inspections(af)  # a grade held, no news of an inspection
    # look-alike: a grade shaken off is an earlier one
    af = extract(text.replace(words, "have finally shaken off their 'inadequate' rating"))
    assert ("E08000008", "inadequate", False) in judgements(af)


@pytest.mark.parametrize("sentence", ["Solihull requires improvement and Walsall is rated good.",
                                      "Solihull requires improvement and Walsall has been rated good."])
def test_a_grade_as_a_predicate_before_another_councils_clause(extract, sentence):
    af = extract("West Midlands roundup\n\nBirmingham and Sandwell were both inspected this year. " + sentence + "\n")
    got = {(k, r) for k, r, _ in judgements(af)}
    assert {("E08000029", "requires-improvement"), ("E08000030", "good")} <= got
    # look-alike: what the grade's predicate goes on to need is no other council's clause
    af = extract("Solihull news\n\nInspectors said Solihull's early help requires improvement and investment.\n")
    assert not {k for k, _, _ in judgements(af)}


@pytest.mark.parametrize("tail, also", [(", as does Thurrock.", {"E06000034"}),
                                        (", as are Thurrock and Medway.", {"E06000034", "E06000035"}),
                                        # look-alike: "as" with no council holding the grade
                                        (", as Ofsted said in May.", set())])
def test_councils_an_as_clause_says_hold_the_grade_too(extract, tail, also):
    af = extract("League table\n\nOfsted figures were published today. Hartlepool remains inadequate" + tail + "\n")
    assert {k for k, r, _ in judgements(af) if r == "inadequate"} == {"E06000001"} | also

