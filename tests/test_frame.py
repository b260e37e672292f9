"""The article frame (kg.extract.frame): which councils an article is about, from its URL, headline and
text; councils named in passing; the date a name speaks of. Invented sentences, each rule in two or
three wordings with a look-alike that must not fire."""
from __future__ import annotations

import pytest

from kg.facts import Finding, Judgement, Membership


def judgements(af):
    return {(j.about.key, j.rating) for j in af.facts if isinstance(j, Judgement) and not j.area}


def findings(af):
    return {(f.about.key if f.about else None, f.issue, f.polarity) for f in af.facts if isinstance(f, Finding)}


def frame_of(nlp, text, url=None, title=None):
    from kg.articles import Article
    from kg.extract.article import prepare
    from kg.extract.context import ORIGINAL_OFFSETS, build_context
    (masked, (article, meta, norm)), = list(prepare([Article("t", text, "t", title=title, url=url)]))
    doc = nlp(masked)
    doc.user_data[ORIGINAL_OFFSETS] = norm
    return build_context(doc, article.text, meta.published, url=url, title=title)


# A council's own news page never names itself: "the council", "we".
OWN_PAGE = ("Children's services require improvement, says Ofsted\n\n"
            "Inspectors found that the council's children's services require improvement to be good.\n\n"
            "They said that caseloads remain too high for some social workers.")


@pytest.mark.parametrize("url,gss", [
    ("https://www.brighton-hove.gov.uk/news/2015/childrens-services", "E06000043"),
    ("https://news.leeds.gov.uk/news/ofsted-report", "E08000035"),          # a host under the domain
    ("http://www.hullcc.gov.uk/press/ofsted", "E06000010"),                 # a council's former domain
])
def test_a_councils_own_site_is_its_subject(extract, url, gss):
    af = extract(OWN_PAGE, url=url)
    assert judgements(af) == {(gss, "requires-improvement")}
    assert (gss, "caseloads", "concern") in findings(af)


def test_a_shared_domain_is_told_apart_by_date(nlp):
    text = "Ofsted visit\n\nPublished 3 May 2021\n\nThe council's services were praised by inspectors."
    assert [c.key for c in frame_of(nlp, text, url="https://www.northyorks.gov.uk/news/x").subjects] == ["E10000023"]
    text = text.replace("2021", "2024")
    assert [c.key for c in frame_of(nlp, text, url="https://www.northyorks.gov.uk/news/x").subjects] == ["E06000065"]


def test_a_page_on_another_site_has_no_subject_from_its_url(nlp):
    assert frame_of(nlp, OWN_PAGE, url="https://www.example.org/news/childrens-services-ofsted").subjects == []


@pytest.mark.parametrize("url,gss", [
    ("https://www.cypnow.co.uk/content/news/north-somerset-vulnerable-childrens-needs-secondary-ofsted-finds", "E06000024"),
    ("https://www.example.co.uk/2021/03/tower-hamlets-childrens-services-receive-outstanding-rating/", "E09000030"),
    ("https://www.example.com/news/reading-council-childrens-services-inadequate-ofsted", "E06000038"),
])
def test_a_council_in_the_slug_is_a_subject(nlp, url, gss):
    text = "Inspectors said the authority's children's services had made little progress since the last inspection."
    assert [c.key for c in frame_of(nlp, text, url=url).subjects] == [gss]


def test_an_ordinary_word_in_the_slug_is_no_council(nlp):
    text = "Inspectors said the authority's children's services had made little progress since the last inspection."
    assert frame_of(nlp, text, url="https://www.example.com/news/further-reading-on-social-work-reform").subjects == []


@pytest.mark.parametrize("url,gss", [
    ("https://www.windsorexpress.co.uk/news/windsor/76543/services.html", "E06000040"),   # a town and a paper's word
    ("https://www.wirralglobe.co.uk/news/123.ofsted/", "E08000015"),                     # a council and a paper's word
    ("https://www.windsor.co.uk/news/76543/services", "E06000040"),                       # a bare place, .co.uk
])
def test_a_local_papers_place_is_its_subject_when_the_text_names_none(nlp, url, gss):
    text = "The Royal Borough's children's services require improvement, a report has found."
    assert [c.key for c in frame_of(nlp, text, url=url).subjects] == [gss]


@pytest.mark.parametrize("url", [
    "https://www.windsor.ac.uk/news/76543/services",   # a bare place under another suffix: some other body's
    "https://www.windsor.org/news/76543/services",
])
def test_a_bare_place_hosts_no_paper_but_under_a_commercial_suffix(nlp, url):
    text = "The Royal Borough's children's services require improvement, a report has found."
    assert frame_of(nlp, text, url=url).subjects == []


@pytest.mark.parametrize("byline, gss", [
    ("By Kate Mullins, Plymouth Herald", ["E06000026"]),
    ("By Tom Ellery | Wirral Globe", ["E08000015"]),
    # look-alike: a byline naming no paper of a place
    ("By Kate Mullins, senior reporter", []),
])
def test_a_byline_papers_place_is_the_subject_of_a_page_with_no_url(nlp, byline, gss):
    text = ("Children's home rated inadequate\n\n" + byline + "\n\n17 September 2025\n\nA children's home run by the "
            "city council has been rated inadequate. The council's children's services as a whole were rated "
            "requires improvement in March 2024.")
    assert [c.key for c in frame_of(nlp, text).subjects] == gss


def test_a_local_papers_place_gives_way_to_the_council_the_text_names(nlp):
    text = "Kent County Council's children's services require improvement, a report has found. Kent said it was disappointed."
    assert [c.key for c in frame_of(nlp, text, url="https://www.wirralglobe.co.uk/news/123/").subjects] == ["E10000016"]


def test_the_royal_borough_is_the_subject_of_that_kind(extract):
    af = extract("The Royal Borough's children's services were rated 'good' by Ofsted.",
                 url="https://www.windsorexpress.co.uk/news/windsor/1/royal-borough-services.html")
    assert judgements(af) == {("E06000040", "good")}


# A trust's own page: the trust's other councils are named once, after the subject is referred to.
TRUST_PAGE = ("Ofsted confirms Windsor and Maidenhead children's services are good\n\n"
              "Children's services in the Royal Borough of Windsor and Maidenhead have been rated good by Ofsted.\n\n"
              "{owners}\n\n"
              "Inspectors said practice is child-focused.\n\n"
              "Too few homes are available nearby, so some children live a long way from the borough.")


@pytest.mark.parametrize("owners", [
    "Achieving for Children is owned by the Royal Borough and by the councils of Kingston upon Thames and "
    "Richmond upon Thames, for whom it also provides children's services.",
    "The company belongs to the Royal Borough as well as to Kingston upon Thames and Richmond upon Thames.",
])
def test_a_reference_to_the_subject_keeps_the_discourse_on_it(extract, owners):
    """'the Royal Borough' before the other councils are named is the subject (not Kingston, a royal
    borough named after it), and the statements after it stay the subject's ("the borough" too, though a
    borough was named since)"""
    af = extract(TRUST_PAGE.format(owners=owners))
    assert {f[0] for f in findings(af)} == {"E06000040"}


def test_a_reference_after_a_council_of_its_kind_is_to_that_council(extract):
    """look-alike: named before the reference, the other royal borough is the one referred to"""
    af = extract(TRUST_PAGE.format(owners="Kingston upon Thames was inspected in June, and Ofsted rated the Royal "
                                          "Borough's services outstanding."))
    assert ("E09000021", "outstanding") in judgements(af)


def test_a_headline_names_the_subject(nlp):
    text = "Inspectors found that the authority's children's services were inadequate."
    assert [c.key for c in frame_of(nlp, text, title="Kirklees children's services rated inadequate").subjects] == ["E08000034"]


@pytest.mark.parametrize("sentence,passing", [
    ("Kirklees Council has entered a formal partnership with Leeds City Council to improve its services.", "E08000035"),
    ("Kirklees Council is getting support from Leeds City Council, its improvement partner.", "E08000035"),
    ("Kirklees Council's caseloads are higher than Calderdale's.", "E08000033"),
    ("Kirklees Council appointed Jo Webb, deputy director at Milton Keynes Council, to lead the work.", "E06000042"),
    ("Kirklees Council appointed Jo Webb, who joined from Essex, to lead the work.", "E10000012"),
    ("The DfE has appointed Leeds City Council as the improvement adviser to Kirklees Council.", "E08000035"),
    ("Ministers named Leeds City Council as its improvement partner.", "E08000035"),
    ("Kirklees Council keeps being told to look at Leeds City Council.", "E08000035"),
    ("Unlike Calderdale, Kirklees Council had kept its staff.", "E08000033"),
])
def test_a_council_named_in_passing_is_not_a_subject(nlp, sentence, passing):
    text = f"{sentence} Kirklees Council said the inspection was fair. Ofsted said Kirklees Council had improved."
    ctx = frame_of(nlp, text)
    assert [c.key for c in ctx.subjects] == ["E08000034"]
    assert any(e.ref.key == passing and e.incidental for e in ctx.entities)


def test_a_council_in_a_partnership_gets_no_finding(extract):
    af = extract("Kirklees Council's weak leadership led to a formal partnership with Leeds City Council. "
                 "Kirklees Council was rated 'inadequate' by Ofsted.")
    assert not any(key == "E08000035" for key, *_ in findings(af))


@pytest.mark.parametrize("sentence", [
    "We work closely with the police, the NHS and our neighbours in Newcastle and Northumberland through our "
    "regional adoption agency, which finds children permanent homes.",
    "Our social workers work closely with Newcastle and Northumberland to find children permanent homes quickly.",
])
def test_neighbours_a_councils_page_works_with_get_no_finding(extract, sentence):
    af = extract("Our children's services rated outstanding\n\nOur children's services have been rated outstanding "
                 "by Ofsted. " + sentence, url="https://my.northtyneside.gov.uk/news/ofsted")
    keys = {key for key, *_ in findings(af)}
    assert keys and not keys & {"E08000021", "E06000057"}


def test_a_partner_the_article_is_about_is_no_passing_mention(nlp):
    text = ("Leeds City Council rated outstanding again. Leeds City Council has been praised by Ofsted. "
            "Kirklees is in a partnership with Leeds City Council. Inspectors said Leeds City Council's leaders were strong.")
    ctx = frame_of(nlp, text)
    assert ctx.subjects[0].key == "E08000035"
    assert not any(e.ref.key == "E08000035" and e.incidental for e in ctx.entities)


def test_only_a_councils_employee_writing_of_it_keeps_it_the_subject(nlp):
    text = "As an introduction to my new job as chief executive at Lambeth LBC, the inadequate judgement was hard."
    assert [c.key for c in frame_of(nlp, text).subjects] == ["E09000022"]


@pytest.mark.parametrize("text,gss", [
    # a rating dated before the county was abolished: the county, not its successors
    ("Published 1 August 2024\n\nCumbria's children's services were rated 'requires improvement' by Ofsted in 2022.",
     {("E10000006", "requires-improvement")}),
    ("Published 1 August 2024\n\nIn November 2019 Ofsted rated Northamptonshire 'inadequate'.",
     {("E10000021", "inadequate")}),
    # the abolished council named in full, with no date: itself
    ("Published 1 August 2024\n\nNorth Yorkshire County Council's services were rated 'outstanding' by Ofsted.",
     {("E10000023", "outstanding")}),
    # look-alike: the place name alone, reported after the change, is its successor
    ("Published 1 August 2024\n\nNorth Yorkshire's children's services were rated 'outstanding' by Ofsted.",
     {("E06000065", "outstanding")}),
])
def test_a_council_is_the_one_of_the_date_it_is_spoken_of(extract, text, gss):
    assert judgements(extract(text)) == gss


def test_since_a_year_is_not_the_date_spoken_of(extract):
    af = extract("Published 1 August 2024\n\nCumbria has had no children's services inspection since 2019, "
                 "and Cumbria's services were rated 'good' in the latest report.")
    assert {g for g, _ in judgements(af)} <= {"E06000063", "E06000064"}


@pytest.mark.parametrize("sentence,want", [
    ("The inspectorate handed down its second lowest rating, judging Kent's services 'requires improvement'.",
     {("E10000016", "requires-improvement")}),
    ("Ofsted gave Kent its second highest rating.", {("E10000016", "good")}),
    ("Ofsted gave Kent its lowest rating.", {("E10000016", "inadequate")}),   # look-alike: the end of the scale
])
def test_second_lowest_and_highest_ratings(extract, sentence, want):
    assert judgements(extract(sentence)) == want


@pytest.mark.parametrize("sentence,want", [
    ("Kent's adequate rating will soon be changed to 'requires improvement'.", set()),
    ("The new grade will be 'good' if inspectors agree.", set()),
    ("Kent's children's services will finally shed their 'inadequate' rating after years of work.",
     {("E10000016", "inadequate")}),
])
def test_a_rating_a_clause_says_will_be_is_not_given(extract, sentence, want):
    assert judgements(extract(sentence)) == want


def inspections(af):
    from kg.facts import Inspection
    return {(i.about.key, i.type) for i in af.facts if isinstance(i, Inspection)}


def current(af):
    return {(j.about.key, j.rating): j.current for j in af.facts if isinstance(j, Judgement) and not j.area}


@pytest.mark.parametrize("text", [
    "Ofsted praised Leeds and Kirklees for their front doors. This was the first visit to the two councils since "
    "they were both rated 'outstanding' in 2016.",
    "Ofsted praised Leeds and Kirklees for their front doors. Both councils were rated 'outstanding' in 2016.",
    "Ofsted praised Leeds and Kirklees for their front doors. These authorities were rated 'outstanding' in 2016.",
    # an adjective between the determiner and the noun
    "Ofsted praised Leeds and Kirklees for their front doors. Both neighbouring councils were rated 'outstanding' in 2016.",
    "One trust serves Leeds and Kirklees. Both new councils' services were rated 'outstanding' in 2016.",
])
def test_a_collective_reference_stands_for_the_councils_named_together(extract, text):
    assert judgements(extract(text)) == {("E08000035", "outstanding"), ("E08000034", "outstanding")}


def test_a_number_must_fit_the_set(extract):
    # "the three councils": not the two just named
    af = extract("Ofsted praised Leeds and Kirklees for their front doors. The three councils were rated 'outstanding'.")
    assert judgements(af) == set()


# A story about other councils first, so that the counted ones are not simply the article's subjects.
_BEFORE_THE_COUNT = "Leeds was rated 'outstanding' in 2022. Kirklees was rated 'good' in 2023. "


@pytest.mark.parametrize("text", [
    _BEFORE_THE_COUNT + "Elsewhere three councils were rated inadequate this year. They are Bolton, Wigan and Oldham.",
    _BEFORE_THE_COUNT + "Ofsted judged three authorities to be inadequate in the spring. These were Bolton Council, "
    "Wigan Council and Oldham Council.",
    _BEFORE_THE_COUNT + "In the North West, three councils have been given the lowest grade. The councils are: Bolton, "
    "Wigan and Oldham.",
    # a list in a sentence of its own, as many as the number counts
    _BEFORE_THE_COUNT + "Ministers will send commissioners to three councils rated inadequate. Officials are "
    "recruiting advisers in Bolton, Wigan and Oldham.",
    _BEFORE_THE_COUNT + "Ministers will send commissioners to three councils rated inadequate. The plan was "
    "published on Monday. Officials are recruiting advisers in Bolton, Wigan and Oldham.",
])
def test_a_number_of_councils_is_the_list_the_next_sentence_gives(extract, text):
    got = judgements(extract(text))
    assert {c for c, r in got if r == "inadequate"} == {"E08000001", "E08000010", "E08000004"}


@pytest.mark.parametrize("text", [
    # the next sentence lists another number, grades its own list, or the list comes too late
    _BEFORE_THE_COUNT + "Elsewhere three councils were rated inadequate this year. They are Bolton and Wigan.",
    _BEFORE_THE_COUNT + "Elsewhere three councils were rated inadequate this year. Bolton, Wigan and Oldham were "
    "rated good.",
    _BEFORE_THE_COUNT + "Elsewhere three councils were rated inadequate this year. Caseloads rose. Spending fell. "
    "Bolton, Wigan and Oldham said they would appeal.",
])
def test_a_number_of_councils_takes_no_list_but_the_one_it_counts(extract, text):
    assert {c for c, r in judgements(extract(text)) if r == "inadequate"} == set()


@pytest.mark.parametrize("text, implied", [
    # councils described by a rating they hold, as where something else happens: their standing, no new inspection
    ("Ministers will send commissioners to two councils where children's services have been rated as inadequate. "
     "Officials are recruiting advisers in Bolton and Wigan.", False),
    ("Advisers will work in two councils where services are rated inadequate. They are Bolton and Wigan.", False),
    # a rating given to the counted councils is news of their inspections
    ("Two councils have been rated inadequate after inspections in May. They are Bolton and Wigan.", True),
])
def test_a_counted_sets_rating_held_where_something_else_happens_is_no_inspection(extract, text, implied):
    af = extract(_BEFORE_THE_COUNT + text)
    assert {c for c, r in judgements(af) if r == "inadequate"} == {"E08000001", "E08000010"}
    assert ({c for c, _ in inspections(af)} >= {"E08000001", "E08000010"}) is implied


def test_n_of_these_with_one_named_beside_is_the_set_without_it(extract):
    af = extract("Six councils improved: Dorset, Durham, Richmond, Shropshire, Walsall and York were rated 'outstanding' "
                 "this year. While five of these authorities were previously rated 'good', York jumped two grades "
                 "from requires improvement.")
    got = current(af)
    assert {k for k, v in got.items() if not v} == {
        ("E06000059", "good"), ("E06000047", "good"), ("E09000027", "good"), ("E06000051", "good"),
        ("E08000030", "good"), ("E06000014", "requires-improvement")}


@pytest.mark.parametrize("text,want", [
    ("Three (Barnet, Bromley and Tower Hamlets) improved by two grades, to good.",
     {("E09000003", "inadequate"), ("E09000006", "inadequate"), ("E09000030", "inadequate")}),
    ("Kent dropped a grade to 'requires improvement' after its inspection.", {("E10000016", "good")}),
    # look-alike: the grade it came from is stated
    ("Kent jumped two grades from 'requires improvement' to 'outstanding'.", {("E10000016", "requires-improvement")}),
])
def test_grades_counted_give_the_rating_replaced(extract, text, want):
    got = current(extract(text))
    assert {k for k, v in got.items() if not v} == want


@pytest.mark.parametrize("text", [
    "Ofsted's annual report is out.\n\nThree (Barnet, Bromley and Tower Hamlets) improved by two grades, to good.",
    # in an article about another council: the list's words say these were inspections
    "Kent stays good\n\nKent County Council's services remain 'good'. Kent said it was pleased. Kent's director spoke. "
    "Elsewhere, three (Barnet, Bromley and Tower Hamlets) improved by two grades, to good.",
])
def test_a_roundup_of_new_ratings_implies_each_councils_inspection(extract, text):
    assert {i for i in inspections(extract(text)) if i[0] != "E10000016"} == {
        ("E09000003", "full"), ("E09000006", "full"), ("E09000030", "full")}


def test_a_standing_rating_of_councils_named_in_passing_implies_no_inspection(extract):
    af = extract("Medway's children's services were rated 'good' by Ofsted on Tuesday after an inspection in May. "
                 "Medway said it had learned from Kent and Surrey, which were both rated 'good'.")
    assert ("E10000016", "full") not in inspections(af) and ("E10000030", "full") not in inspections(af)


@pytest.mark.parametrize("sentence", [
    "The remaining eight improved by one grade, to requires improvement.",
    "The other three were rated 'good'.",
])
def test_the_remaining_councils_are_none_of_those_named(extract, sentence):
    af = extract("Barnet and Bromley improved to 'good' this year. " + sentence)
    assert {k for k in judgements(af)} <= {("E09000003", "good"), ("E09000006", "good")}


@pytest.mark.parametrize("sentence", [
    "Ofsted inspectors conducting a focused check on Leeds's front door found it effective.",
    "A focussed visit to Leeds found the front door effective.",
])
def test_a_focused_check_is_a_focused_visit(extract, sentence):
    assert inspections(extract(sentence)) == {("E08000035", "focused")}


def test_councils_named_apart_are_no_set(extract):
    # two councils in one sentence, not listed together: "both councils" has nothing to stand for
    af = extract("Kent's director, who once worked for Surrey, spoke on Monday. Both councils were rated 'good'.")
    assert judgements(af) == set()


def test_a_rating_stated_of_a_council_named_as_a_comparison_is_nobodys(extract):
    """a comparison's own rating is neither its fact (GOLD_FORMAT: councils named only as a comparison get no
    facts) nor the subject's"""
    af = extract("Medway was rated 'inadequate' by Ofsted. Medway fared worse than Kent, which was rated 'good'.")
    assert judgements(af) == {("E06000035", "inadequate")}


def test_a_council_named_clearly_most_is_the_subject_when_none_is_prominent(nlp):
    text = ("News\n\n1 min read\n\n?\n\nThe DfE has appointed a commissioner at a council rated inadequate.\n\n"
            "The move follows a report.\n\nIt was published in May.\n\nThe council must comply.\n\n"
            "The letter adds more.\n\nThe commissioner will report in autumn.\n\n"
            "A review of children's social care at Reading Borough Council will follow.\n\n"
            "Councillor Jo Bell, lead member at Reading council, said the council accepted the findings.\n\n"
            "Achieving for Children runs services in Kingston.")
    assert [c.key for c in frame_of(nlp, text).subjects] == ["E06000038"]


def test_a_police_forces_page_takes_no_council_from_its_url(nlp):
    text = "Inspectors said the force's child protection work had improved since the last inspection."
    url = "https://www.staffordshire.police.uk/news/staffordshire/news/2023/august/how-we-protect-children/"
    assert frame_of(nlp, text, url=url).subjects == []


@pytest.mark.parametrize("sentence,want", [
    ("HMICFRS has published its re-inspection of Staffordshire Police's child protection work.", set()),
    ("The CQC's inspection of Kent's hospitals found delays.", set()),
    # look-alikes: Ofsted's own, and a joint inspection
    ("Ofsted's re-inspection of Kent's children's services found progress.", {("E10000016", "full")}),
    ("Ofsted, the CQC and HMICFRS carried out a joint targeted area inspection in Kent.", {("E10000016", "jtai")}),
])
def test_another_inspectorates_inspection_is_not_ofsteds(extract, sentence, want):
    assert inspections(extract(sentence)) == want


def test_bumped_up_to_a_grade_is_given(extract):
    assert judgements(extract("Kent's children's services have been bumped up to 'outstanding' in a new Ofsted report.")) \
        == {("E10000016", "outstanding")}


def test_brought_up_to_a_grade_is_an_aim(extract):
    assert judgements(extract("Kent wants its children's services brought up to 'good' within two years.")) == set()


@pytest.mark.parametrize("text,want_issue", [
    # a paragraph about a school: its weak leadership is the school's
    ("Kent's children's services were praised by Ofsted.\n\nSeparately, a primary school in the county was "
     "rated inadequate, with inspectors criticising weak leadership.", False),
    # look-alike: the same words about the council's social care
    ("Kent's children's services were praised by Ofsted.\n\nIn children's social care, inspectors criticised "
     "weak leadership.", True),
])
def test_a_passage_about_another_service_gives_no_finding(extract, text, want_issue):
    got = {(k, i) for k, i, _ in findings(extract(text))}
    assert (("E10000016", "leadership") in got) == want_issue


def test_a_joint_targeted_area_inspection_is_in_scope(extract):
    text = ("Agencies in Salford told to improve\n\nA joint targeted area inspection of the multi-agency response "
            "to neglect in Salford was carried out by Ofsted, the CQC, HMI Constabulary and HMI Probation.\n\n"
            "Inspectors from the police, probation and health services took part.")
    assert inspections(extract(text)) == {("E08000006", "jtai")}


def test_a_joint_inspection_of_a_send_area_is_no_jtai(extract):
    assert inspections(extract("Ofsted and the CQC carried out a joint inspection of SEND services in Kent.")) == set()


def test_an_undated_article_naming_an_abolished_council_in_full_speaks_of_its_time(extract):
    text = ("Agencies told to improve\n\nInspectors said Dorset County Council and its partners must improve. "
            "Children in Dorset face delays, inspectors found, and Dorset's services were rated 'inadequate'.")
    assert judgements(extract(text)) == {("E10000009", "inadequate")}


def test_the_graph_says_what_each_article_is_about(seeds_graph):
    from rdflib import URIRef
    about = URIRef("https://schema.org/about")
    subjects = {str(o).rsplit("/", 1)[-1] for o in seeds_graph.objects(None, about)}
    assert "E10000034" in subjects and "E08000024" in subjects   # Worcestershire's and Sunderland's seeds


def test_another_storys_headline_among_the_paragraphs_gives_nothing(extract):
    text = ("Kent's children's services praised by Ofsted\n\nInspectors praised Kent County Council for its work "
            "with care leavers.\n\nSurrey children's services rated 'inadequate' by Ofsted inspectors\n\n"
            "The council said it had worked hard. Inspectors found caseloads were manageable.")
    af = extract(text)
    assert judgements(af) == set()
    assert {k for k, _, _ in findings(af)} == {"E10000016"}


@pytest.mark.parametrize("text", [
    # look-alikes: a subheading about the subject, and a sentence cut short where the page ends
    "Kent praised by Ofsted\n\nInspectors praised Kent.\n\nKent children's services rated 'good' by inspectors\n\nMore.",
    "Councils praised\n\nInspectors praised councils.\n\nMeanwhile, three councils - Kent, Leeds and Trafford - were judged 'good' for leadership and",
])
def test_a_subheading_or_a_cut_sentence_is_no_stray_headline(extract, text):
    assert judgements(extract(text)) or any(i == "leadership" for _, i, _ in findings(extract(text)))


def test_a_partner_named_after_its_role_does_not_take_the_discourse(extract):
    af = extract("Kirklees Council's children's services were rated 'inadequate' by Ofsted.\n\n"
                 "The DfE has appointed Leeds City Council as the improvement adviser.\n\n"
                 "As part of the review, the commissioner met a wide range of staff.\n\n"
                 "Jo Webb, executive director for children's services, said the work would go on.\n")
    assert ("Jo Webb", "executive director for children's services", "E08000034") in members(af)


def members(af):
    return {(m.person.label, m.role, m.org.key if m.org else None) for m in af.facts if isinstance(m, Membership)}


@pytest.mark.parametrize("headline", [
    "Two London boroughs that share their children's services have been rated outstanding.",
    "Two neighbouring councils have been rated outstanding by Ofsted.",
])
def test_a_number_of_councils_opening_a_headline_is_the_subjects_named_after_it(extract, headline):
    af = extract(headline + "\n\nKingston and Richmond councils, whose services are run jointly, were praised by "
                 "inspectors.\n\nInspectors said Kingston and Richmond had strong leaders.\n")
    assert {("E09000021", "outstanding"), ("E09000027", "outstanding")} <= judgements(af)


@pytest.mark.parametrize("text", [
    # a number of councils that is not the subjects, or not the sentence's subject
    "Kingston and Richmond councils were inspected by Ofsted.\n\nNone of the two councils was rated outstanding.\n",
    "Kingston and Richmond councils were inspected by Ofsted.\n\nOne of three councils in London rated outstanding "
    "this year was Camden.\n",
])
def test_a_number_of_councils_that_does_not_open_the_sentence_or_fit_is_not_the_subjects(extract, text):
    assert not {j for j in judgements(extract(text)) if j[0] in ("E09000021", "E09000027")}


_TRI = ("Two tri-borough councils rated outstanding\n\nChildren's services in Kensington and Chelsea and "
        "Westminster have both been rated outstanding by Ofsted, while Hammersmith and Fulham was judged good.\n\n"
        "The results were published today.\n\nKensington and Chelsea's leader welcomed them.\n\nWestminster's "
        "leader said staff had worked hard.\n\nHammersmith and Fulham said it would learn from its neighbours.\n\n")


@pytest.mark.parametrize("sentence, want", [
    # "all three", the article's three subjects, far from where they were named together
    ("In all three boroughs, inspectors found that social workers had low caseloads.",
     {"E09000013", "E09000020", "E09000033"}),
    ("Inspectors found low caseloads in each of the three boroughs.", {"E09000013", "E09000020", "E09000033"}),
    # "the three boroughs" with no words picking some out, far from where they were named together
    ("Inspectors found that caseloads across the three boroughs were low.", {"E09000013", "E09000020", "E09000033"}),
    # look-alike: a set its words pick out is not the subjects ("the seven authorities rated inadequate")
    ("In the three boroughs rated inadequate last year, inspectors found that caseloads were high.", set()),
    ("In the three boroughs that share a director, inspectors found that caseloads were high.", set()),
])
def test_all_of_the_articles_subjects_told_by_their_number(extract, sentence, want):
    got = {k for k, issue, _ in findings(extract(_TRI + sentence)) if issue == "caseloads"}
    assert got & {"E09000013", "E09000020", "E09000033"} == want or not want and len(got) <= 1


def test_statements_after_subjects_named_together_are_each_ones(extract):
    af = extract("Children's services in Kingston and Richmond, run jointly by Achieving for Children, have been "
                 "rated outstanding by Ofsted.\n\nInspectors praised the strong leadership.\n\n"
                 "Social workers have manageable caseloads, the report said.\n")
    got = findings(af)
    assert {("E09000021", "leadership", "strength"), ("E09000027", "leadership", "strength"),
            ("E09000021", "caseloads", "strength"), ("E09000027", "caseloads", "strength")} <= got


def test_statements_after_subjects_named_apart_are_the_last_ones(extract):
    af = extract("Kingston Council's children's services were rated good by Ofsted.\n\n"
                 "Richmond Council's were rated outstanding by Ofsted.\n\nInspectors praised Richmond's strong "
                 "leadership.\n\nSocial workers there have manageable caseloads, the report said.\n")
    got = findings(af)
    assert ("E09000027", "caseloads", "strength") in got
    assert ("E09000021", "caseloads", "strength") not in got


def test_the_council_after_a_subject_named_in_its_sentence_keeps_the_discourse_there(extract):
    af = extract("Cumberland Council's children's services have been rated good by Ofsted.\n\n"
                 "Westmorland and Furness Council was rated good in July.\n\n"
                 "Inspectors found that Cumberland had worked hard on its services since the council was formed.\n\n"
                 "Social workers have manageable caseloads, the report said.\n")
    got = findings(af)
    assert ("E06000063", "caseloads", "strength") in got
    assert ("E06000064", "caseloads", "strength") not in got


@pytest.mark.parametrize("sentence, want", [
    ("They described social work practice as consistently strong across the county.", "E06000059"),
    # a sentence dated before the abolition speaks of the old county council
    ("In 2017 inspectors described social work practice across the county as weak.", "E10000009"),
])
def test_a_typed_reference_is_to_a_council_in_being_when_its_sentence_speaks(extract, sentence, want):
    af = extract("Jo Smith 9 May 2025\n\nChildren's services at Dorset Council have been rated outstanding by "
                 "Ofsted.\n\nBefore 2019 the former Dorset County Council's children's services had been judged "
                 "to require improvement.\n\n" + sentence + "\n")
    assert want in {key for key, issue, _ in findings(af) if issue == "practice-quality"}


@pytest.mark.parametrize("sentence", [
    "The new council has not yet had a full inspection, but inspectors raised concerns about rising caseloads.",
    "Inspectors have since raised concerns about rising caseloads.",
])
def test_after_a_council_and_its_successor_the_discourse_is_on_the_one_in_being(extract, sentence):
    af = extract("Jo Smith 12 June 2025\n\nNorth Yorkshire Council's children's services rated outstanding\n\n"
                 "North Yorkshire Council's children's services were praised by Ofsted.\n\n"
                 "North Yorkshire Council was rated outstanding in 2023.\n\nNorth Yorkshire Council's leaders were "
                 "praised.\n\nNorth Yorkshire Council's staff were thanked.\n\nSomerset County Council was rated "
                 "good in 2022, months before it was replaced by Somerset Council in April 2023. " + sentence + "\n")
    got = {key for key, issue, _ in findings(af) if issue == "caseloads"}
    assert got == {"E06000066"}


@pytest.mark.parametrize("sentence, want", [
    # a former county's name for the place, in an article on one of its successors: the subject's part of it
    ("However, recruiting experienced social workers in west Cumbria remained difficult, the report said.",
     {"E06000063"}),
    ("Inspectors said too many children in Cumbria waited too long for an assessment.", {"E06000063"}),
    # look-alike: the name followed by the councils it now has
    ("Recruiting social workers is difficult for Cumbria's two councils, the report said.",
     {"E06000063", "E06000064"}),
])
def test_a_former_countys_name_in_an_article_on_one_successor_is_its_part(extract, sentence, want):
    af = extract("Jo Smith 3 December 2024\n\nCumberland children's services rated good\n\nChildren's services in "
                 "Cumberland have been rated good by Ofsted.\n\nCumberland Council took over from Cumbria County "
                 "Council in April 2023.\n\nInspectors praised Cumberland's leaders.\n\nCumberland's director "
                 "thanked staff.\n\n" + sentence + "\n")
    assert {key for key, issue, _ in findings(af) if issue in ("workforce-capacity", "assessments")} == want


def test_a_former_countys_name_in_an_article_on_both_successors_is_both(extract):
    af = extract("Jo Smith 3 December 2024\n\nCumbria's councils rated good\n\nChildren's services at Cumberland "
                 "Council and Westmorland and Furness Council have both been rated good by Ofsted.\n\nInspectors said "
                 "too many children in Cumbria waited too long for an assessment.\n")
    assert {key for key, issue, _ in findings(af) if issue == "assessments"} == {"E06000063", "E06000064"}


@pytest.mark.parametrize("headline, want", [
    # a headline drops "the": "County climbs ..." is the county council the article is about
    ("County climbs out of 'inadequate' but still relies on agency staff", {"E10000032"}),
    # look-alike: "County" in a name, and a headline with no verb after the word
    ("County lines gangs targeted as West Sussex climbs out of 'inadequate'", {"E10000032"}),
])
def test_a_headlines_bare_type_of_council(extract, headline, want):
    af = extract("Community Care\n\n" + headline + "\n\nby Jo Bell\nMay 12, 2023\n\nWest Sussex County Council's "
                 "children's services require improvement to be good, Ofsted has said.\n\nAlso on Thursday, Ofsted "
                 "published its report on North Somerset Council, which was again judged to require improvement to be "
                 "good. Inspectors praised North Somerset's leaders. North Somerset's director was pleased.\n")
    assert {key for key, issue, _ in findings(af) if issue == "agency-staff"} <= want
    assert {key for key, rating in judgements(af) if rating == "inadequate"} <= want


def test_the_county_council_may_be_the_abolished_one(extract):
    af = extract("Jo Smith 26 November 2024\n\nChildren's services in Cumberland have been rated good by Ofsted.\n\n"
                 "Cumberland Council took over children's services from the former Cumbria County Council in "
                 "April 2023.\n\nThe county council's children's services had been judged to require improvement.\n")
    assert ("E10000006", "requires-improvement") in judgements(af)
    assert ("E06000063", "requires-improvement") not in judgements(af)


def test_a_reference_at_the_very_end_of_the_text(extract):
    af = extract("Jo Smith 9 May 2025\n\nDorset Council's children's services were rated outstanding by Ofsted, the "
                 "best result across the county")
    assert ("E06000059", "outstanding") in judgements(af)


@pytest.mark.parametrize("headline, in_scope", [
    ("Council-owned fostering agency rated good in first Ofsted inspection", False),
    ("County fostering service earns top grade from inspectors", False),
    ("Kent's children's services and its fostering service praised", True),
    ("Village school in Kent rated inadequate by Ofsted", False),
    ("Children's home in Stoke-on-Trent rated inadequate", False),
    ("Kent's children's services rated good as school results improve", True),
    ("Kent County Council rated good by Ofsted", True),
    # safeguarding is a word of every service's inspection, not only of children's social care
    ("Kent day nursery rated inadequate as Ofsted raises safeguarding concerns", False),
    ("Kent's children's services improve safeguarding, says Ofsted", True),
    # a children's trust named as the owner of the service graded is no word of children's social care
    ("Birmingham Children's Trust fostering service told to improve by Ofsted", False),
    ("Birmingham Children's Trust and its fostering service praised by Ofsted", True),
    # a police force is inspected by HMICFRS
    ("Police force 'must do better' at protecting children, inspectors warn", False),
    ("Police and Kent's children's services praised by inspectors", True),
    # a short breaks (respite) home for disabled children is registered and graded on its own, as a children's home
    ("Short breaks home for disabled children told it 'requires improvement'", False),
    # a home shut or found wanting is the home's news
    ("Children's home near Bodmin shut after Ofsted finds young people at 'serious risk'", False),
    ("Kent's children's services praised as a children's home is shut", True),
    ("Kent's short breaks home and children's services praised", True),
    # councils failing children are their children's services, beside the homes the headline grades
    ("Most children's homes rated good, but nearly a quarter of councils failing vulnerable children", True),
])
def test_a_headline_naming_another_service_puts_the_article_out_of_scope(extract, headline, in_scope):
    af = extract(headline + "\n\nInspectors judged the service good. They found that social workers and foster "
                 "carers in Kent feel well supported and receive good training.\n")
    assert bool(findings(af)) is in_scope


@pytest.mark.parametrize("body, in_scope", [
    ("The findings come from a joint targeted area inspection of the agencies in Kent.", True),
    # look-alike: the police force's own inspection
    ("The findings come from an inspection of Kent Police by the inspectorate of constabulary.", False),
])
def test_a_joint_targeted_area_inspection_is_ours_whatever_its_headline_names(extract, body, in_scope):
    headline = "Joint inspections praise police links but find exploited children waiting for help"
    af = extract(headline + "\n\n" + body + " Inspectors found that social workers and foster carers in Kent "
                 "feel well supported and receive good training.\n")
    assert bool(findings(af)) is in_scope


@pytest.mark.parametrize("lead, subject", [
    ("Our children's services have been rated 'good' by Ofsted, following a full inspection in May.", ["E08000004"]),
    ("Children's services in the borough have been rated 'good' by Ofsted after an inspection in May.", []),
])
def test_a_councils_own_page_without_its_url_is_about_the_council_it_names_once(nlp, lead, subject):
    findings = " ".join(f"Inspectors praised the work of team {n}." for n in ("one", "two", "three", "four",
                                                                             "five", "six", "seven"))
    text = (lead + "\n\n" + findings + "\n\nCllr Jo Bell, Oldham Council's cabinet member for children, said: "
            "\"This is fantastic news.\"\n")
    assert [c.key for c in frame_of(nlp, text).subjects] == subject


def test_both_areas_are_the_two_councils_just_named(extract):
    af = extract("Jo Smith 3 May 2024\n\nFocused visits to Lewisham and Enfield looked at work with disabled "
                 "children.\n\nInspectors found that in both areas disabled children received well-coordinated "
                 "support.\n")
    got = findings(af)
    assert {("E09000023", "disabled-children", "strength"), ("E09000010", "disabled-children", "strength")} <= got


@pytest.mark.parametrize("place", ["the Greater Manchester borough", "Greater Manchester"])
def test_greater_manchester_is_no_council(nlp, place):
    """'Greater Manchester' is a county of ten boroughs, not Manchester City Council."""
    ctx = frame_of(nlp, f"Wigan told to improve\n\nOfsted rated Wigan Council requires improvement. Inspectors "
                        f"spent three weeks in {place} in January.")
    assert {e.ref.key for e in ctx.entities if e.ref.kind == "council"} == {"E08000010"}


def test_manchester_itself_is_still_a_council(nlp):
    ctx = frame_of(nlp, "Manchester told to improve\n\nOfsted rated Manchester City Council requires improvement.")
    assert "E08000003" in {e.ref.key for e in ctx.entities}


SPLIT = ("Northamptonshire services improve\n\nPublished 13 December 2022\n\n"
         "Ofsted inspected North Northamptonshire Council and West Northamptonshire Council in October and "
         "judged that each requires improvement to be good. The last inspection, in 2019, took place while "
         "services were the responsibility of Northamptonshire County Council and rated them inadequate. ")


@pytest.mark.parametrize("sentence", [
    "This time inspectors said caseloads were manageable.",
    "Inspectors said caseloads are now manageable.",
])
def test_a_sentence_of_the_articles_time_after_an_abolished_council_is_about_its_successors(extract, sentence):
    af = extract(SPLIT + sentence)
    assert {("E06000061", "caseloads", "strength"), ("E06000062", "caseloads", "strength")} <= findings(af)
    assert ("E10000021", "caseloads", "strength") not in findings(af)


def test_a_sentence_of_the_abolished_councils_own_years_stays_with_it(extract):
    """The look-alike: a sentence naming a year the abolished council was in being speaks of it."""
    af = extract(SPLIT + "In 2019 inspectors said caseloads were unmanageable.")
    assert ("E10000021", "caseloads", "concern") in findings(af)
    assert not any(k in ("E06000061", "E06000062") and i == "caseloads" for k, i, _ in findings(af))


def test_an_abolished_councils_rating_is_previous_when_its_successors_are_rated(extract):
    af = extract(SPLIT)
    cur = {(j.about.key, j.rating, j.current) for j in af.facts if isinstance(j, Judgement) and not j.area}
    assert ("E10000021", "inadequate", False) in cur
    assert ("E06000061", "requires-improvement", True) in cur


@pytest.mark.parametrize("text, in_scope", [
    ("A joint targeted area inspection by Ofsted, the Care Quality Commission and HM Inspectorate of Probation "
     "looked at how schools, hospitals and the council protect children in Cornwall. Schools were praised.", True),
    ("Ofsted and the Care Quality Commission inspected Cornwall's SEND services. Schools and hospitals "
     "were criticised, and schools must improve.", False),
])
def test_a_joint_targeted_area_inspection_is_childrens_services_whatever_else_it_names(text, in_scope):
    from kg.extract.frame import in_scope as scope
    assert scope(text) is in_scope


OWN_SITE = "https://www.iow.gov.uk/news/island-services"


@pytest.mark.parametrize("sentence, rated", [
    ("Since then our services have improved, and Ofsted judged them good in 2018.", "E06000046"),
    ("We were judged good in 2018.", "E06000046"),
    # the look-alike: "our" inside another council's quotation is theirs
    ("Its director said: \u201cOur services were judged good in 2018.\u201d", "E10000014"),
])
def test_we_on_a_councils_own_site_is_that_council_after_a_partner(extract, sentence, rated):
    text = ("Island services return to local control\n\nPosted: 1 February 2024\n\n"
            "Hampshire County Council, whose own children's services are rated outstanding, ran our services "
            "for ten years. " + sentence)
    assert (rated, "good") in judgements(extract(text, url=OWN_SITE))


ROUNDUP = ("Where the region's children's services stand\n\nPublished 5 February 2025\n\n"
           "Four of the region's councils have had their children's social care examined by Ofsted in the past year. "
           "The most recent report keeps Gateshead at good. Inspectors found early help well established. "
           "A shortage of foster carers means some children live outside the borough. "
           "Gateshead's cabinet member said the council was proud. It was a busy year for inspectors. ")


@pytest.mark.parametrize("paragraph, council", [
    ("Hartlepool became one of a handful of councils to be rated outstanding last May.", "E06000001"),
    ("South Tyneside, by contrast, was rated inadequate in May.", "E08000023"),
    # a move between grades rates too
    ("South Tyneside has also moved from inadequate, its grade since 2022, to good.", "E08000023"),
    ("Sunderland City Council climbed to outstanding in March.", "E08000024"),
])
def test_each_council_a_roundup_rates_is_a_subject(nlp, paragraph, council):
    ctx = frame_of(nlp, ROUNDUP + paragraph)
    assert council in {c.key for c in ctx.subjects}


def test_a_council_named_once_without_a_grade_in_a_roundup_is_not(nlp):
    ctx = frame_of(nlp, ROUNDUP + "Middlesbrough is still waiting for its next inspection.")
    assert "E06000002" not in {c.key for c in ctx.subjects}


def test_a_council_where_someone_held_a_long_titled_role_is_their_employer(nlp):
    ctx = frame_of(nlp, "Wokingham's director to leave\n\nWokingham Borough Council's director is to leave. Before "
                        "joining Wokingham she was assistant director for early help and social care at Reading "
                        "Borough Council. Inspectors praised the borough's work with disabled children.")
    assert any(e.ref.key == "E06000038" and e.incidental for e in ctx.entities)
    assert [c.key for c in ctx.subjects] == ["E06000041"]


@pytest.mark.parametrize("phrase", ["the Essex unitary authority", "the Essex borough"])
def test_a_countys_name_before_another_kind_of_council_is_its_area(nlp, phrase):
    ctx = frame_of(nlp, f"Thurrock rated inadequate\n\nThurrock Council was rated inadequate. Inspectors who visited "
                        f"{phrase} in September found failures.")
    assert "E10000012" not in {e.ref.key for e in ctx.entities}


def test_a_county_wide_unitarys_name_before_a_kind_of_council_is_its_area(extract):
    text = ("Ofsted round-up: Wiltshire town slips to inadequate\n\nPublished 12 September 2023\n\nOfsted has published "
            "two reports.\n\nSwindon\n\nChildren's services in the Wiltshire town have been rated inadequate.\n\n"
            "Medway\n\nIn Medway, services were rated good.")
    url = "https://www.cypnow.co.uk/content/news/ofsted-round-up-wiltshire-town-slips-to-inadequate"
    for af in (extract(text), extract(text, url=url)):
        assert ("E06000030", "inadequate") in judgements(af) and not {k for k, _ in judgements(af)} & {"E06000054"}
    # look-alike: the council itself
    assert judgements(extract("Wiltshire news\n\nPublished 12 September 2023\n\nWiltshire Council's children's "
                              "services were rated good.", url=url)) == {("E06000054", "good")}


def test_the_county_council_itself_is_still_linked(nlp):
    ctx = frame_of(nlp, "Essex rated good\n\nEssex County Council was rated good. The Essex council was pleased.")
    assert "E10000012" in {e.ref.key for e in ctx.entities}


def test_a_council_in_a_clause_about_a_person_is_their_employer(extract):
    af = extract("Commissioner for Thurrock\n\nPublished 19 November 2024\n\nThurrock Council was rated inadequate. "
                 "Ward, who spent seven years running children's services at Essex County Council before retiring, "
                 "will lead the review. Inspectors said the council's caseloads were too high.")
    assert ("E06000034", "caseloads", "concern") in findings(af)
    assert not any(k == "E10000012" for k, *_ in findings(af))


def test_a_council_in_a_persons_past_career_is_their_employer(nlp):
    ctx = frame_of(nlp, "Medway director to leave\n\nMedway Council's director is to leave. She had previously "
                        "spent 15 years working in Kent. The department was upgraded to good.")
    assert any(e.ref.key == "E10000016" and e.incidental for e in ctx.entities)
    assert [c.key for c in ctx.subjects] == ["E06000035"]


@pytest.mark.parametrize("sentence", [
    "Jo Bell, who has spent four years in senior roles in Essex, was confirmed in the post at a meeting of Medway "
    "Council's appointments committee.",
    "Jo Bell, who previously worked in Essex, was appointed by Medway Council's cabinet on Tuesday.",
])
def test_a_career_in_a_clause_about_the_person_is_only_that_clauses(nlp, sentence):
    # the council of the main clause is the news; the relative clause's is the person's past
    ctx = frame_of(nlp, "New director named\n\nThe council's new director of children's services will start in "
                        "September.\n\n" + sentence + "\n\nMedway's children's services require improvement.")
    marks = {e.ref.key: e.incidental for e in ctx.entities if e.ref.kind == "council" and not e.anaphor}
    assert marks.get("E06000035") == "" and marks.get("E10000012")
    assert [c.key for c in ctx.subjects] == ["E06000035"]


@pytest.mark.parametrize("place", ["the North York Moors", "Leeds Road", "the Calderdale Valley"])
def test_a_places_landscape_or_road_is_no_council(nlp, place):
    ctx = frame_of(nlp, f"North Yorkshire praised\n\nNorth Yorkshire Council was rated good. Some children live far "
                        f"from {place}.")
    assert {e.ref.key for e in ctx.entities if e.ref.kind == "council"} == {"E06000065"}


@pytest.mark.parametrize("text, year", [
    ("Ofsted judged North Northamptonshire Council's services to require improvement. The county council had been "
     "rated inadequate in 2019.", 2021),
    ("North Somerset Council was rated good in 2018.", 2018),   # the look-alike: not "Somerset Council"
])
def test_an_undated_article_is_no_older_than_the_newest_council_it_names(text, year):
    from kg.extract.frame import reference_date
    assert reference_date(None, text).year == year


def test_an_undated_article_naming_the_successors_makes_the_old_councils_rating_previous(extract):
    af = extract("Ofsted judged North Northamptonshire Council and West Northamptonshire Council to require "
                 "improvement. Both judgements follow an inadequate rating for Northamptonshire County Council in 2019.")
    cur = {(j.about.key, j.rating, j.current) for j in af.facts if isinstance(j, Judgement) and not j.area}
    assert ("E10000021", "inadequate", False) in cur


@pytest.mark.parametrize("phrase", ["shares a fostering service with", "runs an adoption service jointly with",
                                    "has an arrangement with"])
def test_a_council_sharing_a_service_is_a_partner(nlp, phrase):
    ctx = frame_of(nlp, f"Wigan praised\n\nWigan Council was rated good. The council {phrase} Bolton Council.")
    assert any(e.ref.key == "E08000001" and e.incidental == "partner" for e in ctx.entities)
    # the look-alike: a council the sentence is about
    ctx = frame_of(nlp, "Wigan praised\n\nWigan Council was rated good. Bolton Council's service was rated good too.")
    assert not any(e.ref.key == "E08000001" and e.incidental for e in ctx.entities)


def test_a_typed_reference_after_two_councils_named_together_is_the_subject(nlp):
    """'split between Westmorland and Furness Council and Cumberland Council ... the new council': the
    council the discourse is on, not the last named."""
    text = ("Westmorland and Furness rated good\n\nWestmorland and Furness Council's children's services were rated "
            "good. Cumbria County Council was abolished in 2023, and its work was split between Westmorland and "
            "Furness Council and Cumberland Council. Inspectors said the new council had managed the change well.")
    ctx = frame_of(nlp, text)
    assert [e.ref.key for e in ctx.entities if e.anaphor and e.span.text == "the new council"] == ["E06000064"]
    # the look-alike: the last named fits alone, so it is the one
    text = ("Westmorland and Furness rated good\n\nWestmorland and Furness Council's children's services were rated "
            "good. Cumberland Council was created in 2023. Inspectors will visit the new council next year.")
    ctx = frame_of(nlp, text)
    assert [e.ref.key for e in ctx.entities if e.anaphor and e.span.text == "the new council"] == ["E06000063"]


def test_a_writers_own_past_employer_is_named_in_passing(nlp):
    ctx = frame_of(nlp, "Why I left social work\n\nI qualified in 2010 and joined Lancashire County Council's child "
                        "protection team. Last month Ofsted rated Bradford's children's services inadequate. Bradford "
                        "is not alone.")
    assert [c.key for c in ctx.subjects] == ["E08000032"]
    # the look-alike: a sentence in the first person about the council now
    ctx = frame_of(nlp, "Our services\n\nI am proud that Lancashire County Council was rated good. Lancashire's "
                        "social workers were praised.")
    assert [c.key for c in ctx.subjects] == ["E10000017"]


@pytest.mark.parametrize("name", ["the University of Central Lancashire", "the University of South Essex"])
def test_a_university_named_for_a_region_is_no_council(nlp, name):
    ctx = frame_of(nlp, f"Norfolk praised\n\nNorfolk County Council was rated good, said a lecturer at {name}.")
    assert {e.ref.key for e in ctx.entities if e.ref.kind == "council"} == {"E10000020"}


TURNING_ROUNDUP = ("Published 19 July 2024\n\nThree councils rated by Ofsted\n\nHalton's children's services were rated "
           "inadequate last week. Tameside was judged inadequate in May. There was better news in Oldham, where "
           "services were rated good.\n\n{turn}\n\nThe use of agency social workers has doubled in five years.\n\n"
           "Cllr Jo Bell, cabinet member for children's services, said the figures were worrying.")


def test_a_roundup_turning_to_councils_in_general_speaks_of_none_of_them(extract):
    af = extract(TURNING_ROUNDUP.format(turn="The verdicts come as councils grapple with rising costs."))
    assert (None, "agency-staff", "concern") in findings(af)
    assert not any(k == "E08000004" for k, *_ in findings(af))
    # a person's council is still the one the discourse was on
    assert any(m.person.label == "Jo Bell" and m.org and m.org.key == "E08000004"
               for m in af.facts if isinstance(m, Membership))
    # the look-alike: the roundup's own set ("the three councils") is no turn to councils in general
    af = extract(TURNING_ROUNDUP.format(turn="Inspectors said the three councils had all struggled to recruit."))
    assert (None, "agency-staff", "concern") not in findings(af)


@pytest.mark.parametrize("turn", ["The remaining eight councils improved by one grade.",
                                  "The other 11 were not inspected this year."])
def test_a_roundup_turning_to_the_councils_outside_its_set_speaks_of_none_of_them(extract, turn):
    af = extract(TURNING_ROUNDUP.format(turn=turn))
    assert (None, "agency-staff", "concern") in findings(af)
    assert not any(k == "E08000004" for k, *_ in findings(af))


def test_a_turn_to_the_nation_after_another_council_speaks_of_none(extract):
    text = ("Published 5 September 2017\n\nCroydon rated inadequate\n\nCroydon's children's services were rated "
            "inadequate by Ofsted. Inspectors said Croydon's caseloads were too high. Southwark was praised "
            "for its social workers. {turn} Agency use has doubled in five years.")
    af = extract(text.format(turn="Senior figures say this reflects a national crisis in recruitment."))
    assert (None, "agency-staff", "concern") in findings(af)
    # the look-alike: with no turn, the discourse stays on the council last named
    af = extract(text.format(turn="Its leaders were thanked."))
    assert (None, "agency-staff", "concern") not in findings(af)


def test_councils_named_together_with_the_subject_as_co_owners_are_partners(nlp):
    ctx = frame_of(nlp, "Windsor and Maidenhead visit\n\nAchieving for Children, owned by the Royal Borough of Windsor "
                        "and Maidenhead together with Kingston and Richmond councils, runs children's services in the "
                        "borough. Inspectors found caseloads too high.")
    assert {e.ref.key for e in ctx.entities if e.ref.kind == "council" and e.incidental == "partner"} >= {"E09000021"}
    # the look-alike: councils listed as the subject ("Kingston and Richmond were rated good") are not
    ctx = frame_of(nlp, "Two councils rated good\n\nKingston and Richmond were rated good by Ofsted.")
    assert not any(e.incidental for e in ctx.entities if e.ref.kind == "council")


def test_the_council_after_an_abolished_one_is_its_successor_in_the_articles_time(extract):
    text = ("Published 11 February 2022\n\nBuckinghamshire improves\n\nBuckinghamshire Council has been told its "
            "services require improvement to be good. The old Buckinghamshire County Council was rated inadequate in "
            "2018. {next}")
    af = extract(text.format(next="Inspectors said the council's caseloads were still too high."))
    assert ("E06000060", "caseloads", "concern") in findings(af)
    assert not any(k == "E10000002" for k, *_ in findings(af))
    # the look-alike: a sentence of that earlier time speaks of the county council
    af = extract(text.format(next="In 2018 inspectors said the council's caseloads were too high."))
    assert ("E10000002", "caseloads", "concern") in findings(af)


@pytest.mark.parametrize("sentence", [
    "We also provide children's services for the Royal Borough of Kingston upon Thames and the London Borough of "
    "Richmond upon Thames.",
    "The company also runs children's services for Kingston and Richmond.",
])
def test_a_providers_other_clients_on_its_page_about_one_take_no_findings(extract, sentence):
    af = extract("Ofsted rates children's services in Windsor and Maidenhead 'good'\n\nOfsted has judged children's "
                 "services in the Royal Borough of Windsor and Maidenhead to be good. " + sentence +
                 " Inspectors found that early help services make a real difference to families.")
    assert ("E06000040", "early-help", "strength") in findings(af)
    assert not any(k in ("E09000021", "E09000027") for k, *_ in findings(af))


def test_a_constituency_before_mp_takes_no_discourse(extract):
    af = extract("Liverpool children's services rated inadequate\n\nLiverpool City Council's children's services have been "
                 "rated inadequate by Ofsted. West Derby MP Anthony Rees said he was shocked. Councillor Fran Grant, "
                 "cabinet member for children's social care, said the council accepted the findings.")
    orgs = {m.org.key for m in af.facts if isinstance(m, Membership) and m.org is not None}
    assert orgs == {"E08000012", "house-of-commons"}   # (the MP sits in the House of Commons)
    # look-alike: the council named before a role that is not an MP's is the council
    af = extract("Derby City Council was praised. Derby councillor Jo Bell said it was good.")
    assert {m.org.key for m in af.facts if isinstance(m, Membership) and m.org is not None} == {"E06000015"}


def test_a_council_someone_joined_from_is_their_employer(nlp):
    ctx = frame_of(nlp, "Surrey rated good\n\nSurrey County Council's services were rated good. Ms Jo Bell joined the "
                        "county from Kent County Council in 2021. Cllr Ann Lee, cabinet member for children, said "
                        "the council would not stop.")
    assert any(e.ref.key == "E10000016" and e.incidental for e in ctx.entities)
    # look-alike: a person speaking of another council's services, no career
    ctx = frame_of(nlp, "Surrey rated good\n\nSurrey County Council's services were rated good. Ms Jo Bell said Kent "
                        "County Council's services were also strong.")
    assert not any(e.ref.key == "E10000016" and e.incidental for e in ctx.entities)


# A headline naming another service only as what children lack is no story about that service.
SHORTAGE = ("Shortage of children's homes leaving children far from family, Ofsted warns\n\n"
            "Children in care in England are living far from home because councils cannot find homes for them, "
            "the watchdog said in its annual report.\n\n"
            "Social workers in Kent were praised for their work with care leavers.\n\n"
            "Kent County Council's children's services remain rated good.")


def test_a_headline_giving_another_service_no_verdict_leaves_the_article_in_scope(extract):
    af = extract(SHORTAGE)
    assert ("E10000016", "good") in judgements(af)
    # look-alike: the same service given a verdict in the headline is that service's story
    af = extract(SHORTAGE.replace("Shortage of children's homes leaving children far from family, Ofsted warns",
                                  "Children's home in Kent rated inadequate by Ofsted"))
    assert judgements(af) == set()


NATIONAL = ("Ofsted warns of pressure on children's social care\n\n"
            "Thousands of children in England wait too long for help because councils cannot recruit social workers, "
            "Ofsted has said.\n\n"
            "The report says caseloads remain too high.\n\n"
            "It found that more children are entering care.\n\n"
            "Spending on agency staff is rising, it added.\n\n"
            "Mental health support is patchy.\n\n"
            "Early help has been cut back.\n\n"
            "The report singles out Devon, where children waited months for a social worker. "
            "Devon's children's services remain rated inadequate.")


def test_a_national_story_keeps_its_findings_for_the_sector(extract):
    af = extract(NATIONAL)
    assert (None, "caseloads", "concern") in findings(af)
    assert not any(key == "E10000008" and issue == "caseloads" for key, issue, _ in findings(af))
    assert judgements(af) == {("E10000008", "inadequate")}


def test_a_council_named_twice_further_down_is_the_subject_of_a_local_story(extract):
    # look-alike: the opening speaks of one council, unnamed
    local = NATIONAL.replace("Thousands of children in England wait too long for help because councils cannot "
                             "recruit social workers, Ofsted has said.",
                             "Children in one county wait too long for help, Ofsted has said.")
    assert ("E10000008", "caseloads", "concern") in findings(extract(local))


ROUNDUP = ("Ofsted roundup: latest children's services inspection outcomes\n\n"
           "By A. Writer\n\n"
           "We round up the latest judgements from Ofsted's inspections of councils' children's services.\n\n"
           "Halton Borough Council\n\n"
           "Halton's children's services have been rated 'inadequate', down from 'requires improvement to be good'.\n\n"
           "Oldham Council\n\n"
           "Oldham has improved to 'good', having been rated 'requires improvement to be good' in 2019.\n\n"
           "Reading Borough Council\n\n"
           "Children's services in Reading remain 'requires improvement to be good'.\n\n"
           "Royal Borough of Greenwich\n\n"
           "Greenwich has been judged 'outstanding', up from 'good' at its previous inspection.")


@pytest.mark.parametrize("opening", [
    "We round up the latest judgements from Ofsted's inspections of councils' children's services.",
    "Here is our round-up of the latest judgements from Ofsted's inspections.",
])
def test_a_story_calling_itself_a_roundup_gives_each_council_its_inspection(extract, opening):
    af = extract(ROUNDUP.replace("We round up the latest judgements from Ofsted's inspections of councils' "
                                 "children's services.", opening))
    # a grade that holds is the result of its inspection too, in a roundup of results
    assert {("E06000006", "full"), ("E08000004", "full"), ("E06000038", "full"), ("E09000011", "full")} <= inspections(af)


# On a council's own page "our" is the page's council, whatever others the sentence names.
OWN_NEWS = ("Ofsted rates Dorset Council's children's services 'Outstanding'\n\n9 May 2025\n\n"
            "We are proud that Ofsted has rated our children's services 'Outstanding' following an inspection in March.\n\n"
            "Dorset Council was formed in April 2019, replacing Dorset County Council and five district councils, "
            "and this is the first time our children's services have been judged outstanding.\n")


def test_our_on_a_councils_page_is_that_council_beside_another_named(extract):
    af = extract(OWN_NEWS, url="https://news.dorsetcouncil.gov.uk/2025/05/09/ofsted-rates-childrens-services")
    assert judgements(af) == {("E06000059", "outstanding")}
    # look-alike: on a newspaper's page nobody is "we"
    af = extract(OWN_NEWS.replace("our children's services", "the new council's children's services")
                 .replace("We are proud that", "Dorset Council said"), url="https://www.example.co.uk/news/dorset-ofsted")
    assert ("E06000059", "outstanding") in judgements(af)


def test_a_council_owned_company_is_no_reference_to_a_council(nlp):
    text = ("Ofsted roundup: outstanding for Bracknell Forest and good for Lewisham\n\n"
            "Bracknell Forest Council has been rated outstanding. Lewisham has been rated good. "
            "Stockton-on-Tees has been rated requires improvement to be good.\n\n"
            "A focused visit to Brighter Futures for Children, the council-owned company that runs children's "
            "services for Reading Borough Council, was positive.\n\n"
            "Inspectors found that management oversight was variable.")
    ctx = frame_of(nlp, text)
    last = ctx.sentences[-1]
    assert last.focus is not None and last.focus.key == "E06000038"


def test_a_writers_past_employer_never_becomes_the_subject(extract):
    from kg.facts import Finding
    text = ("Ofsted's annual report should shame us all\n\nI spent 11 years as a social worker in south London, the "
            "last four of them at Lambeth, and I have read every Ofsted annual report since.\n\nThe chief inspector's "
            "report does not single out individual councils.\n\nCaseloads remain stubbornly high in many areas, the "
            "report found.")
    got = {(f.about.key if f.about else None, f.issue) for f in extract(text).facts if isinstance(f, Finding)}
    assert (None, "caseloads") in got and ("E09000022", "caseloads") not in got


def test_a_new_job_at_the_only_council_named_makes_it_the_subject(extract):
    # look-alike: a present post ("my new job as chief executive at Lambeth") is what the page is about
    from kg.facts import Finding
    text = ("A new start\n\nAs an introduction to my new job as chief executive at Lambeth LBC, I want to say "
            "something about our children's services.\n\nCaseloads remain too high, inspectors found.")
    got = {(f.about.key if f.about else None, f.issue) for f in extract(text).facts if isinstance(f, Finding)}
    assert ("E09000022", "caseloads") in got


_ANNUAL_REPORT = ("Fewer councils rated inadequate, but Ofsted warns on shortage of children's homes\n\n"
                  "The proportion of councils whose children's services are rated good has risen, according to "
                  "Ofsted's annual report.\n\nThe watchdog said 13 councils are currently judged inadequate.\n\n"
                  "{examples}\n\nBut the report warned that a shortage of suitable homes is leading to more children "
                  "being placed in unregistered provision.\n")


def test_a_national_storys_examples_are_no_subjects(extract):
    af = extract(_ANNUAL_REPORT.format(examples="Among the councils rated inadequate in the past year were Harrow "
                                                "and Knowsley."))
    got = {(f.about.key if f.about else None, f.issue) for f in af.facts if isinstance(f, Finding)}
    assert (None, "placements") in got and ("E08000011", "placements") not in got
    assert {(j.about.key, j.rating) for j in af.facts if isinstance(j, Judgement)} == {
        ("E09000015", "inadequate"), ("E08000011", "inadequate")}


def test_a_council_the_opening_reports_on_is_the_subject(extract):
    # look-alike: the opening tells of one council's own news, not an example
    af = extract(_ANNUAL_REPORT.format(examples="Knowsley was rated inadequate in the past year, its first "
                                                "inspection since 2019."))
    got = {(f.about.key if f.about else None, f.issue) for f in af.facts if isinstance(f, Finding)}
    assert ("E08000011", "placements") in got


@pytest.mark.parametrize("text,scope", [
    ("Wrexham children's services: inspectors find staffing pressures\n\nCare Inspectorate Wales (CIW) inspected "
     "the council's children's services in June. Unlike Ofsted in England, CIW does not give an overall grade. "
     "CIW said caseloads were too high.", False),
    ("Dundee praised by the Care Inspectorate\n\nThe Care Inspectorate said children's services in Dundee were good. "
     "Its chief social work officer welcomed the report.", False),
    # look-alike: an English article that names the Welsh inspectorate once beside Ofsted's inspection
    ("Cheshire West children's services rated good\n\nOfsted rated Cheshire West and Chester's children's services "
     "good. The council works with Wrexham, whose services Care Inspectorate Wales inspected last year. Ofsted "
     "praised its care leavers' support.", True),
])
def test_an_inspection_by_wales_or_scotlands_inspectorate_is_out_of_scope(extract, text, scope):
    from kg.extract.frame import in_scope
    assert in_scope(text) is scope


NATIONAL_FIGURES = ("Agency social worker numbers fall, but caseloads rise\n\n"
                    "{lead} fallen for the first time since 2019, government figures show.\n\n"
                    "The figures cover the year to September.\n\n"
                    "Agency workers still made up 16% of the workforce.\n\n"
                    "The average caseload rose to 17.4, the highest since the series began.\n\n"
                    "Vacancies stood at 17%.\n\n"
                    "Turnover was 15%.\n\n"
                    "Halton had the highest proportion of agency social workers, at 41%.\n\n"
                    "Halton said it was recruiting. A Halton spokesperson said staff were valued.")


def test_a_council_first_named_late_in_a_national_story_takes_no_earlier_statement(extract):
    af = extract(NATIONAL_FIGURES.format(lead="The number of agency social workers in England has"))
    assert (None, "caseloads", "concern") in findings(af)
    assert ("E06000006", "caseloads", "concern") not in findings(af)


def test_a_council_the_opening_speaks_of_unnamed_takes_its_statements(extract):
    """look-alike: "a council" in the opening is the one named later"""
    af = extract(NATIONAL_FIGURES.format(lead="The number of agency social workers at a council in the north west has"))
    assert ("E06000006", "caseloads", "concern") in findings(af)


@pytest.mark.parametrize("text,gss", [
    # a place opening an article, before a noun (the tagger may call it an adjective)
    ("Torbay children's services continue to struggle to recruit social workers, Ofsted has warned.", "E06000027"),
    ("Kent children's services were rated good by Ofsted.", "E10000016"),
])
def test_a_council_opening_the_article_is_linked(nlp, text, gss):
    assert [c.key for c in frame_of(nlp, text).subjects] == [gss]


def test_a_verb_opening_the_article_is_no_council(nlp):
    """look-alike: "Reading the report" is no Reading"""
    assert frame_of(nlp, "Reading the report, councillors said children's services must improve.").subjects == []


REORGANISED = ("'Outstanding' again: Ofsted praises North Yorkshire's children's services\n\nBy Jo Bell\n18 August 2023\n\n"
               "Children's services in North Yorkshire have been rated outstanding by Ofsted.\n\n"
               "The rating means the services have kept the grade first awarded to the former North Yorkshire County "
               "Council in 2018.\n\n"
               "Inspectors said that leaders have sustained an exceptional service through the change to a single "
               "unitary council, which replaced the county council.\n\n"
               "Inspectors said caseloads were manageable.")


def test_an_abolished_council_in_another_clause_takes_no_statement(extract):
    """"which replaced the county council": the abolished council is history; the statements are the new one's"""
    got = findings(extract(REORGANISED))
    assert ("E06000065", "leadership", "strength") in got and ("E06000065", "caseloads", "strength") in got
    assert not any(f[0] == "E10000023" for f in got)


def test_an_abolished_council_the_statement_is_about_keeps_it(extract):
    """look-alike: a statement of the old council's own time, in its own clause"""
    af = extract("North Yorkshire children's services praised\n\nBy Jo Bell\n18 August 2023\n\n"
                 "Children's services in North Yorkshire have been rated outstanding by Ofsted.\n\n"
                 "In 2018 the former North Yorkshire County Council was praised for its strong leadership.")
    assert ("E10000023", "leadership", "strength") in findings(af)


# Another council named once, ending a paragraph ("Neighbouring X was rated ..."): the next paragraph is the
# subject's again.
NEIGHBOUR_ONCE = ("Stockport's children's services rated outstanding\n\n"
                  "Stockport Council's services for children have been rated outstanding by Ofsted.\n\n"
                  "It is the first council in the county to receive the top grade. {neighbour}\n\n"
                  "The authority's social workers told inspectors their caseloads were manageable. "
                  "It has also cut its use of agency staff.")


@pytest.mark.parametrize("neighbour", [
    "Neighbouring Tameside was rated inadequate last year.",
    "Nearby Oldham Council was rated inadequate last year.",
    "By comparison, Tameside is still rated inadequate.",
])
def test_a_council_named_once_holds_the_discourse_only_in_its_paragraph(extract, neighbour):
    got = findings(extract(NEIGHBOUR_ONCE.format(neighbour=neighbour)))
    assert ("E08000007", "caseloads", "strength") in got and ("E08000007", "agency-staff", "strength") in got
    assert not any(f[0] in ("E08000008", "E08000004") for f in got)


def test_a_council_named_again_keeps_the_discourse_across_paragraphs(extract):
    """look-alike: a second council the article comes back to is followed into the next paragraph"""
    text = NEIGHBOUR_ONCE.format(neighbour="Tameside was rated inadequate last year.") \
        .replace("The authority's social workers", "Tameside's leaders have since changed.\n\nThe authority's social workers") \
        + "\n\nTameside's director said the council was learning from its neighbour."
    got = findings(extract(text))
    assert ("E08000008", "caseloads", "strength") in got


def test_a_neighbour_named_with_a_capitalised_describing_word_is_linked(nlp):
    """"Neighbouring Tameside" opening a sentence is no first name and surname"""
    ctx = frame_of(nlp, "Stockport Council was rated outstanding.\n\nNeighbouring Tameside was rated inadequate.")
    assert "E08000008" in {e.ref.key for e in ctx.entities}


@pytest.mark.parametrize("serves", [
    "for North and West Northamptonshire councils",
    "for West and North Northamptonshire councils",
])
def test_a_list_of_subjects_in_any_order_takes_the_statements_together(extract, serves):
    """a trust's page: the councils it serves, listed in whatever order, share what inspectors found"""
    text = ("Ofsted praises our work with children in need\n\n"
            "Ofsted has published a letter following its focused visit to the Northamptonshire Children's Trust, "
            f"which runs children's social care {serves}.\n\n"
            "Inspectors found that caseloads were manageable.\n\n"
            "West Northamptonshire Council's cabinet member said she was pleased.")
    got = findings(extract(text, url="https://www.nctrust.co.uk/news/ofsted-letter"))
    assert {("E06000061", "caseloads", "strength"), ("E06000062", "caseloads", "strength")} <= got


@pytest.mark.parametrize("council,gss", [("Dorset Council", "E06000059"), ("Cornwall Council", "E06000052")])
def test_the_county_in_a_roundup_is_a_unitary_that_is_a_county(extract, council, gss):
    """"the county" after a unitary council that is a county in all but name (it took over the county council of
    its name, or is called one too) is that council, not a county council named before it"""
    text = ("Four councils improve\n\nSurrey\nSurrey County Council has moved up to good. Inspectors noted falling "
            f"caseloads.\n\n{council.split()[0]}\n{council} was upgraded from good to outstanding. Inspectors "
            "highlighted its success in bringing children in care back to live in the county.")
    got = findings(extract(text))
    assert (gss, "placements", "strength") in got and ("E10000030", "placements", "strength") not in got


_SPLIT_COUNTY = ("Westmorland and Furness children's services inspected\n\nBy Jo Bell\n22 April 2024\n\n"
                 "Ofsted inspectors arrived at Westmorland and Furness Council today to begin a two-week inspection.\n\n"
                 "It is the first full inspection since the council took over children's services from Cumbria County "
                 "Council in April 2023.\n\n{sentence}\n\n"
                 "Mark Ellerby, the council's director of children's services, said caseloads were now manageable.")


@pytest.mark.parametrize("sentence", [
    "The 2015 report found that social workers were carrying too many cases.",
    "The last full inspection took place in 2022, when the county council ran the services. That inspection found "
    "that social workers were carrying too many cases.",
    "The last full inspection took place in 2022, when the county council ran the services. Inspectors at the time "
    "said social workers were carrying too many cases.",
])
def test_what_an_earlier_inspection_found_is_the_council_then_in_being(extract, sentence):
    """a sentence of a year before the new council, or one going back to the event just told of, speaks of the
    council in being then"""
    got = findings(extract(_SPLIT_COUNTY.format(sentence=sentence)))
    assert ("E10000006", "caseloads", "concern") in got
    assert ("E06000064", "caseloads", "concern") not in got


@pytest.mark.parametrize("sentence", [
    "In 2023 inspectors found social workers were carrying too many cases.",
    "Inspectors at the council this time found social workers were carrying too many cases.",
])
def test_a_sentence_of_the_new_councils_own_time_stays_with_it(extract, sentence):
    """look-alikes: a year the new council was in being, and the inspection of now"""
    got = findings(extract(_SPLIT_COUNTY.format(sentence=sentence)))
    assert ("E06000064", "caseloads", "concern") in got


def test_a_headline_past_a_masthead_and_a_menu_of_spaced_sections_decides_the_scope(extract):
    """a children's home story under a masthead and a menu set out with runs of spaces: another service's"""
    text = ("Midshire Live\nNews   Nottingham News   Mansfield   Sport   What's On\n\n"
            "Children's home manager suspended after Ofsted finds 'widespread failures'\n\n"
            "The manager of a privately-run children's home in Nottinghamshire has been suspended after Ofsted "
            "inspectors rated it inadequate.\n\nNottinghamshire County Council, which had placed two children at the "
            "home, said both had been moved after the inadequate rating.")
    af = extract(text)
    assert not judgements(af) and not findings(af)


def test_a_council_story_under_a_spaced_menu_is_in_scope(extract):
    """look-alike: the same page furniture above a story on the council's children's services"""
    text = ("Midshire Live\nNews   Nottingham News   Mansfield   Sport   What's On\n\n"
            "Nottinghamshire children's services rated good by Ofsted\n\n"
            "Nottinghamshire County Council's children's services have been rated good by Ofsted.")
    assert ("E10000024", "good") in judgements(extract(text))


@pytest.mark.parametrize("neighbour", [
    "Neighbouring Central Bedfordshire Council kept its own \"good\" grade in the spring.",
    "Nearby Luton was rated good last year.",
])
def test_a_neighbour_named_only_in_passing_gets_no_grade(extract, neighbour):
    """a neighbour beside the council reported on is a comparison: no facts (GOLD_FORMAT), even under a desk line
    naming the former county both councils were part of"""
    af = extract("BBC News, Bedfordshire\n\nBedford children's services require improvement\n\n"
                 "Bedford Borough Council's children's services were rated requires improvement by Ofsted.\n\n"
                 + neighbour)
    assert judgements(af) == {("E06000055", "requires-improvement")}


def test_a_neighbour_the_article_reports_on_keeps_its_grade(extract):
    """look-alike: a neighbour the headline names too is a subject"""
    af = extract("Sefton rises to good as neighbour Knowsley falls\n\n"
                 "Sefton Council's children's services have been rated good by Ofsted.\n\n"
                 "Neighbouring Knowsley, by contrast, was downgraded to inadequate in January.")
    assert ("E08000011", "inadequate") in judgements(af)


def test_councils_listed_in_the_background_do_not_share_the_statements(extract):
    """a provider's page on one council: the list of the councils that set it up, far less prominent, does not
    make what follows theirs together"""
    text = ("Achieving for Children\n\nOfsted rates Richmond children's services 'outstanding'\n\n"
            "Children's services in Richmond upon Thames have been rated outstanding by Ofsted.\n\n"
            "The social enterprise was set up by Kingston and Richmond councils in 2014.\n\n"
            "Inspectors found that caseloads were manageable.\n\n"
            "Richmond Council's lead member said she was proud of Richmond's staff.")
    got = findings(extract(text, url="https://www.achievingforchildren.org.uk/news/richmond-outstanding"))
    assert ("E09000027", "caseloads", "strength") in got
    assert ("E09000021", "caseloads", "strength") not in got


def test_a_bbc_desk_and_a_sites_menu_make_no_subject(nlp):
    """"BBC Coventry & Warwickshire" is a newsroom and "Regions | Coventry & Warwickshire" a menu: the council the
    story names is its subject, not the other place of the desk's name"""
    text = ("Home | News | Sport | Weather\nEngland | Local News | Regions | Coventry & Warwickshire\n\n"
            "Children's services downgraded after Ofsted inspection\n\nPublished 14 October 2025\n\nPriya Bansal\n"
            "BBC Coventry & Warwickshire\n\nWarwickshire County Council's children's services were judged to require "
            "improvement following an inspection in June.\n\nInspectors said too many children had changes of social "
            "worker.\n\nDo you have a story BBC Coventry & Warwickshire should cover?\n\n"
            "Follow BBC Coventry & Warwickshire on Facebook.\n")
    ctx = frame_of(nlp, text)
    assert [c.key for c in ctx.subjects] == ["E10000031"]
    # look-alike: the council named in the story's own words
    ctx = frame_of(nlp, text.replace("Inspectors said", "Coventry City Council and Warwickshire County Council "
                                     "share a safeguarding partnership. Inspectors said"))
    assert "E08000026" in {e.ref.key for e in ctx.entities}


def test_a_return_visit_some_months_after_a_rating_is_a_visit(extract):
    """the rating it speaks of is the standing one: the return is a monitoring visit (the council is inadequate)"""
    af = extract("Published 10 October 2025\n\nOfsted returned to Devon County Council's children's services for two "
                 "days in September, four months after rating them inadequate for the second time.\n\nIn a letter "
                 "published on Friday, inspectors said they had found some early signs of progress.")
    assert ("E10000008", "monitoring") in inspections(af)
    # look-alike: a return that gives the grade is that grade's inspection, no visit besides
    af = extract("Published 10 March 2025\n\nWhen our inspectors returned to Sunderland in January, they confirmed the "
                 "outstanding judgement.")
    assert ("E08000024", "focused") not in inspections(af)


def test_a_grade_of_the_whole_service_in_a_childrens_home_story(extract):
    """an article about one children's home quoting the council's grade for its children's services as a whole"""
    text = ("Children's home rated inadequate\n\nA Shropshire Council children's home has been rated inadequate by "
            "Ofsted after inspectors found staff had not always reported incidents. The registered manager has left "
            "the home.\n\nCllr Jo Bell said: \"This is disappointing because our children's services as a whole "
            "were judged outstanding by Ofsted in the summer.\"")
    assert ("E06000051", "outstanding") in current(extract(text))
    assert ("E06000051", "inadequate") not in current(extract(text))


def test_a_page_that_names_no_council_speaks_of_its_addresss_or_its_trusts(nlp):
    """a council's own page naming itself only in its postal address; a trust's page naming the trust"""
    body = ("Ofsted confirms children's services remain good\n\nPublished: 29 January 2025\n\nThe council's "
            "services for children and families have been judged good for the third inspection in a row.\n\n")
    tail = ("Share this page\nFacebook | X | LinkedIn | Email\n\nRelated news\nWinter gritting: how we keep the "
            "roads moving\nNew family hub opens in the town centre\n\nContact us | Accessibility statement | Privacy "
            "notice | Cookies\n")
    ctx = frame_of(nlp, body + tail + "Civic Centre, Regent Street, Gateshead, NE8 1HH\n")
    assert [c.key for c in ctx.subjects] == ["E08000037"]
    # look-alike: a company's office in a city is no council's address
    ctx = frame_of(nlp, body + tail + "The Association of Directors of Children's Services Ltd, Piccadilly House, "
                   "49 Piccadilly, Manchester M1 2AP\n")
    assert ctx.subjects == []
    ctx = frame_of(nlp, "Skip to main content\nHome | Bins and recycling | Council tax | News\n\nChildren's services no "
                   "longer inadequate\n\n21 May 2026\n\nServices for children and families have moved out of Ofsted's "
                   "lowest grade.\n\nInspectors rated the council's children's social care \"requires improvement to be "
                   "good\".\n\nThe services were judged inadequate in 2018.\n\nSince April 2023 they have been run on "
                   "the council's behalf by Bradford Children and Families Trust.\n\n" + tail)
    assert [c.key for c in ctx.subjects] == ["E08000032"]


def test_a_county_named_with_a_council_indefinite_is_a_place(extract):
    """"A Lancashire council" is one of the councils in the county, not Lancashire County Council"""
    af = extract("Blackburn with Darwen rated good\n\nA Lancashire council has been rated good by Ofsted. Blackburn "
                 "with Darwen Borough Council's children's services improved to good from requires improvement.")
    assert not any(k == "E10000017" for k, _ in current(af))
    af = extract("Lancashire County Council has been rated good by Ofsted. The Lancashire council said it was proud.")
    assert ("E10000017", "good") in current(af)


def test_a_council_named_before_its_childrens_services_grade(extract):
    """a parse that takes "City of Wolverhampton Council" for the subject: the copula's grade is still the
    children's services'"""
    af = extract("City of Wolverhampton Council's children's services are good, Ofsted has confirmed.")
    assert ("E08000031", "good") in current(af)
    # look-alike: no inspectorate's voice
    af = extract("City of Wolverhampton Council's children's services are good, the leader said.")
    assert ("E08000031", "good") not in current(af)


def test_an_undated_earlier_grade_of_a_new_council_is_the_one_it_replaced(extract):
    """"no longer 'inadequate'" in the headline of a council formed in 2020, the body dating the inadequate grades
    to the county council it replaced"""
    af = extract("Buckinghamshire Council children's services no longer 'inadequate', says Ofsted\n\n11th February "
                 "2022\n\nInspectors who visited in December have judged that the authority's services now \"require "
                 "improvement to be good\".\n\nThe former Buckinghamshire County Council was twice rated inadequate, "
                 "in 2014 and again in 2018.")
    got = current(af)
    assert got.get(("E10000002", "inadequate")) is False and ("E06000060", "inadequate") not in got
    assert got[("E06000060", "requires-improvement")] is True


def test_an_explainer_of_the_framework_in_a_roundup_is_nobodys(extract):
    """what councils judged so "can receive", and joint inspections that "can also take place", are the system's"""
    af = extract("Published 4 February 2026\n\nLast week Redcar and Cleveland Borough Council became the latest authority "
                 "in the region to be rated \"good\", moving up from \"requires improvement to be good\".\n\nIn between, "
                 "councils judged good or outstanding can receive short focused visits, while those judged inadequate "
                 "receive regular monitoring visits until they are inspected again. Joint inspections with the police "
                 "and health inspectorates can also take place at any time.")
    assert ("E06000003", "good") in current(af) and ("E06000003", "inadequate") not in current(af)
    assert ("E06000003", "jtai") not in inspections(af)


def test_a_fresh_inspection_is_a_full_one(extract):
    af = extract("Published 4 February 2026\n\nDarlington was rated good in 2022. Ofsted inspectors arrived this week to "
                 "begin a fresh inspection of the town's children's services.")
    assert ("E06000005", "full") in inspections(af)


def test_a_grade_a_council_required_in_a_year(extract):
    """"required improvement in 2014": a predicate grade and its year (not "Practice required improvement")"""
    af = extract("Kent's children's services have been rated good by Ofsted. The authority had previously been told "
                 "its services required improvement in 2014 and again in 2018.")
    assert current(af).get(("E10000016", "requires-improvement")) is False
    af = extract("Kent's children's services have been rated good by Ofsted. Practice required improvement in 2014.")
    assert ("E10000016", "requires-improvement") not in current(af)


def test_a_bare_table_row_with_brackets_in_a_cell_is_one_row(extract):
    """"Westmorland and Furness | none (new council) | Good | 12 July": a bracket closing a cell ends no sentence"""
    af = extract("Inspection results\n\nPublished 24 July 2024\n\nSix councils were inspected.\n\nCouncil | Previous "
                 "grade | New grade | Report published\nWestmorland and Furness | none (new council) | Good | 12 July\n"
                 "Halton | Requires improvement | Inadequate | 12 July\nBarnet | Good | Good | 23 July\n")
    got = current(af)
    assert got[("E06000006", "inadequate")] is True and got[("E06000006", "requires-improvement")] is False
    assert got[("E06000064", "good")] is True


def test_a_providers_other_councils_are_named_in_passing(nlp):
    """"AfC, ..., which also runs children's services in Kingston and Richmond", in a story about the Royal
    Borough (Windsor and Maidenhead, the place in the paper's URL)"""
    text = ("Royal Borough children's services keep 'good' grade\n\nThe Royal Borough's children's services, which have "
            "been run on the council's behalf by Achieving for Children since 2017, have kept the 'good' Ofsted rating.\n\n"
            "AfC, a social enterprise which also runs children's services in Kingston and Richmond, told the council's "
            "scrutiny panel that it had spent £1.1m on recruitment.\n")
    ctx = frame_of(nlp, text, url="https://www.baylismedia.co.uk/News/Maidenhead/article/201567/royal-borough")
    assert [c.key for c in ctx.subjects] == ["E06000040"]


def test_a_grade_alone_titling_a_list_and_its_items(extract):
    """"Requires improvement" alone on its line titles the items under it, after an item of the list before; an
    item's date tail ("outstanding since 2020, confirmed again in January 2025") and a verb of grading after the
    dash ("upgraded to good in January") give its council's grade"""
    af = extract("How every council is rated\n\n28 March 2026\n\nHere is where every council in the region stands."
                 "\n\nOutstanding\n\nNorth Tyneside - outstanding since 2020, confirmed again in January 2025\n\nGood\n\n"
                 "Newcastle - rated good in June 2025\nRedcar and Cleveland - upgraded to good in January this year, "
                 "after inspectors found \"sustained improvement\"\n\nRequires improvement\n\nStockton-on-Tees - "
                 "requires improvement, 2023\n")
    got = current(af)
    assert ("E08000021", "requires-improvement") not in got
    assert got[("E08000022", "outstanding")] is True and got[("E06000003", "good")] is True
    assert got[("E06000004", "requires-improvement")] is True


def test_a_grade_that_is_held_in_the_present_is_standing(extract):
    """"The council's children's services are rated outstanding": the standing grade, so a visit told beside it is
    the framework's visit, not a full inspection"""
    af = extract("Ofsted praises support for children in care in North Yorkshire\n\nMonday 21 July 2025\n\nInspectors "
                 "say children in care in the county are getting strong support, after a two-day visit to the county "
                 "council's children's services in June.\n\nThe council's children's services are rated outstanding.")
    assert inspections(af) == {("E06000065", "focused")}


def test_a_grade_a_body_was_set_up_after_is_an_earlier_one(extract):
    """"the partnership, which was set up after the services were found to be failing": that grade came before"""
    af = extract("Published 15 December 2023\n\nThe Isle of Wight's services for vulnerable children remain good, Ofsted "
                 "has said. Their report, published today, rates the services good overall, the same grade the island "
                 "received in 2019.\n\nSince 2013 the island's children's social care has been run under the Hampshire and Isle "
                 "of Wight children's services partnership, which was set up after the services were found to be failing.")
    assert current(af).get(("E06000046", "good")) is True
    assert not any(v for (k, r), v in current(af).items() if r == "inadequate")


def test_a_name_two_councils_share_does_not_keep_a_passing_council_in_the_discourse(nlp):
    """Westmorland and Furness named once, in its own paragraph; "west Cumbria" later names both successors, not
    Westmorland and Furness again: the findings after the paragraph on the abolished county are Cumberland's"""
    text = ("Cumberland Council's children's services rated good\n\n26 November 2024\n\nChildren's services run by "
            "Cumberland Council have been rated good by Ofsted.\n\nInspectors spent two weeks with its social workers and "
            "managers in October.\n\nCumberland took over children's services in Carlisle in April 2023, when Cumbria "
            "County Council was abolished.\n\nThe result means both new councils now hold a good grade. Westmorland and "
            "Furness Council, which covers the south of the old county, was rated good by Ofsted in July.\n\nIt is a marked change from the record of the former Cumbria County Council. Its "
            "children's services were judged requires improvement in 2022.\n\nInspectors said early help services were "
            "well established.\n\nRecruiting social workers to teams in west Cumbria remains difficult.\n")
    ctx = frame_of(nlp, text, title="Cumberland Council's children's services rated good")
    early = next(s for s in ctx.sentences if s.text.startswith("Inspectors said early help"))
    assert early.focus is not None and early.focus.key == "E06000063"


def test_a_councils_name_alone_heads_the_paragraphs_under_it(nlp):
    """a roundup's section headed "City of Wolverhampton Council": its paragraphs are that council's, though it is
    named only once (look-alike: a council named once inside a sentence holds only to its paragraph's end)"""
    text = ("Ofsted: latest inspection visits\n\nWednesday, October 16, 2024\n\nBolton Council\n\nInspectors carried "
            "out a focused visit to Bolton on 3 and 4 September 2024 to look at children in care.\n\nThey found that "
            "children in care are seen alone by social workers who know them well.\n\nBolton's leaders were praised.\n\n"
            "Gateshead Council\n\nInspectors visited Gateshead's children's services on 10 and 11 September 2024.\n\n"
            "Partners in Gateshead understand thresholds well, they found.\n\nSwindon Borough Council\n\nInspectors "
            "visited Swindon on 17 and 18 September 2024.\n\nRecruiting social workers in Swindon remains a challenge."
            "\n\nCity of Wolverhampton Council\n\nA focused visit on 24 and 25 September 2024 examined the council's "
            "support for care leavers.\n\nBut care leavers wait too long for help from adult mental health services.\n")
    ctx = frame_of(nlp, text, title="Ofsted: latest inspection visits")
    last = next(s for s in ctx.sentences if s.text.startswith("But care leavers"))
    assert last.focus is not None and last.focus.key == "E08000031"
    text = text.replace("City of Wolverhampton Council\n\nA focused visit", "Neighbouring Wolverhampton had a visit "
                        "too.\n\nA focused visit")
    ctx = frame_of(nlp, text, title="Ofsted: latest inspection visits")
    last = next(s for s in ctx.sentences if s.text.startswith("But care leavers"))
    assert last.focus is None or last.focus.key != "E08000031"


def test_a_region_in_the_slug_names_none_of_its_councils():
    """"greater-manchester-council" in a slug is the region's councils, not Manchester City Council's"""
    from datetime import date
    from kg.extract.frame import read_url
    _, signals = read_url("https://www.example.co.uk/news/how-every-greater-manchester-council-rated-28766102",
                          date(2024, 3, 10))
    assert "E08000003" not in signals.get("url_path", ()) + signals.get("url_host", ())
    # look-alike: the city's own council in a slug
    _, signals = read_url("https://www.example.co.uk/news/manchester-council-children-rated-good-28766102",
                          date(2024, 3, 10))
    assert "E08000003" in signals.get("url_path", ())


def test_both_opening_a_sentence_stands_for_the_pair_just_named(nlp):
    text = ("Or take Northamptonshire. The trust now runs services for both North Northamptonshire and West "
            "Northamptonshire councils. Both were rated requires improvement in 2022.")
    ctx = frame_of(nlp, "Trusts\n\nPublished 3 December 2025\n\n" + text)
    both = {e.ref.key for e in ctx.entities if e.anaphor and e.span.text == "Both"}
    assert both == {"E06000061", "E06000062"}
    # look-alike: "Both" before two things of another kind is no reference to councils
    ctx = frame_of(nlp, "Kent\n\nPublished 3 December 2025\n\nKent County Council and Medway Council were rated good. "
                        "Both the report and the letter were published today.")
    assert not [e for e in ctx.entities if e.span.text == "Both"]


@pytest.mark.parametrize("pair", ["Both councils' children's services", "Both councils", "Both authorities"])
def test_both_and_a_noun_is_the_pair_named_before_however_far_back(extract, pair):
    text = ("Trust visit\n\nPublished 12 March 2026\n\nThe trust runs children's social care on behalf of North "
            "Northamptonshire Council and West Northamptonshire Council.\n\nInspectors visited in February.\n\nThey "
            "looked at care leavers.\n\nMost live in suitable homes.\n\nSome advisers were stretched.\n\n"
            f"{pair} were rated requires improvement at the last full inspection in 2022.\n")
    assert judgements(extract(text)) == {("E06000061", "requires-improvement"), ("E06000062", "requires-improvement")}


@pytest.mark.parametrize("second", ["Ms Birtles said Kent was \"a very different authority\".",
                                    "She said Kent had more money to spend."])
def test_a_comparison_named_again_in_its_paragraph_is_still_one(extract, second):
    text = ("Medway scrutiny\n\nPublished 3 August 2023\n\nOfsted rated Medway Council's children's services inadequate "
            "last month.\n\nA councillor asked how Medway compared with neighbouring Kent, whose children's services "
            "are rated outstanding. " + second + "\n")
    assert judgements(extract(text)) == {("E06000035", "inadequate")}


def test_a_council_compared_in_one_paragraph_keeps_its_own_news_in_another(extract):
    text = ("Two councils\n\nPublished 3 August 2023\n\nOfsted rated Medway Council's children's services inadequate "
            "last month, unlike neighbouring Kent.\n\nKent County Council's children's services were rated outstanding "
            "by Ofsted this week.\n")
    assert ("E10000016", "outstanding") in judgements(extract(text))


def test_a_council_with_a_section_of_its_own_is_no_comparison(extract):
    text = ("How the region has changed\n\n3 June 2024\n\nFive years ago, three of the North East's councils had "
            "children's services rated inadequate by Ofsted. Today, the picture looks very different.\n\nHartlepool\n"
            "In May, Hartlepool Borough Council became the latest in the region to be rated outstanding, up from good "
            "at its previous inspection in 2018. Inspectors praised Hartlepool's managers. Hartlepool's director said staff "
            "were proud.\n\nSunderland\nSunderland's turnaround is the most striking: three "
            "years after an inadequate rating, inspectors rated it outstanding.\n\nSouth Tyneside\nNeighbouring South "
            "Tyneside has gone the other way. Rated good in 2017, its children's services were judged inadequate when "
            "inspectors returned in December 2022.\n\nDarlington\nDarlington was rated good at its inspection in late "
            "2022.\n")
    assert ("E08000023", "inadequate") in judgements(extract(text))


@pytest.mark.parametrize("phrase", ["the ending of shared children's services arrangements with",
                                    "the separation of services from", "the split from"])
def test_a_council_named_in_shared_arrangements_with_it_is_a_partner(extract, phrase):
    text = ("Peterborough falls\n\nPublished 5 March 2025\n\nPeterborough City Council's children's services have been "
            "rated inadequate by Ofsted.\n\nSenior leaders had been distracted by " + phrase + " Cambridgeshire County "
            "Council in 2022, the report said, and had not understood the extent of the decline in practice.\n")
    about = {g for g, _, _ in findings(extract(text))}
    assert "E10000003" not in about and "E06000031" in about


@pytest.mark.parametrize("opening", ["Inspectors found that in both authorities too many children in care had several "
                                     "changes of social worker.",
                                     "Both were criticised because too many children in care had several changes of "
                                     "social worker."])
def test_both_is_an_articles_two_subjects_each_named_before(extract, opening):
    text = ("Teesside verdicts\n\nPublished 26 May 2023\n\nMiddlesbrough Council's children's services are no longer "
            "rated inadequate.\n\nOn the same day, the regulator published its report on Stockton-on-Tees Borough "
            "Council, which keeps its requires improvement grade.\n\n" + opening + "\n")
    got = {(f.about.key if f.about else None, f.issue) for f in extract(text).facts if isinstance(f, Finding)}
    assert {("E06000002", "visits"), ("E06000004", "visits")} <= got
    # look-alike: one council named before, the other only after
    text = ("Teesside verdicts\n\nPublished 26 May 2023\n\nMiddlesbrough Council's children's services are no longer "
            "rated inadequate.\n\n" + opening + "\n\nStockton-on-Tees Borough Council keeps its requires improvement "
            "grade.\n")
    got = {(f.about.key if f.about else None, f.issue) for f in extract(text).facts if isinstance(f, Finding)}
    assert ("E06000004", "visits") not in got


@pytest.mark.parametrize("url", ["https://www.nctrust.co.uk/news/ofsted-reports-north-and-west-northamptonshire/",
                                 "https://example.org/news/2022/11/north-and-west-northamptonshire-ofsted"])
def test_a_slugs_two_directions_before_one_place_are_both_councils(nlp, url):
    ctx = frame_of(nlp, "Reports published\n\nPublished 25 November 2022\n\nOfsted has published its reports.\n", url=url)
    assert {c.key for c in ctx.subjects} == {"E06000061", "E06000062"}


def test_a_slugs_direction_shares_the_place_after_every_direction_of_the_next(nlp):
    # "north-and-north-east-lincolnshire": North Lincolnshire and North East Lincolnshire, not the latter twice
    url = "https://example.org/news/2023/06/north-and-north-east-lincolnshire-ofsted"
    ctx = frame_of(nlp, "Reports published\n\nPublished 25 June 2023\n\nOfsted has published its reports.\n", url=url)
    assert {c.key for c in ctx.subjects} == {"E06000013", "E06000012"}


def test_the_report_after_an_abolished_councils_inspection_is_its(extract):
    text = ("Northamptonshire: a timeline\n\nPosted on 3 March 2025\n\nNorth Northamptonshire Council and West "
            "Northamptonshire Council took over children's services from Northamptonshire County Council in 2021.\n\n"
            "2019: inadequate again.\n\nWhen inspectors came back in late 2019 they found what we already knew. The "
            "report said social workers were carrying caseloads well above 30 children.\n\nIn November 2022 Ofsted "
            "rated the children's services of North Northamptonshire Council and West Northamptonshire Council "
            "requires improvement.\n")
    got = {(f.about.key if f.about else None, f.issue) for f in extract(text).facts if isinstance(f, Finding)}
    assert got == {("E10000021", "caseloads")}
    # look-alike: a sentence of the article's own time, no back reference, is the successors'
    text = text.replace("The report said social workers were", "Today social workers are")
    got = {(f.about.key if f.about else None, f.issue) for f in extract(text).facts if isinstance(f, Finding)}
    assert ("E10000021", "caseloads") not in got


@pytest.mark.parametrize("words", ["with other councils in the south-east, including Kent County Council",
                                   "with other authorities such as Kent County Council"])
def test_a_council_given_as_one_of_other_councils_is_no_subject(nlp, words):
    text = ("Ofsted praises our support for care leavers\n\n15 January 2025\n\nYoung people leaving our care are well "
            f"supported, inspectors found. We share learning from our hub {words}, and we will continue to do so.\n")
    assert frame_of(nlp, text).subjects == []
    # look-alike: councils named for what they did, with no others beside them
    text = text.replace(words, "with councils in the south-east, including Kent County Council")
    assert [c.key for c in frame_of(nlp, text).subjects] == ["E10000016"]


def test_the_letter_after_a_sentence_naming_another_council_is_that_councils(extract):
    text = ("Neighbouring councils, different verdicts\n\nPublished 6 April 2024\n\nOfsted's focused visit to Wokingham "
            "Borough Council found that strategy meetings were not always held.\n\nNext door in Bracknell Forest, where "
            "inspectors carried out a focused visit in the same month, the picture was very different. The letter "
            "praised the wide range of training open to staff.\n")
    assert ("E06000036", "staff-skills", "strength") in findings(extract(text))
    # look-alike: a sentence naming no council keeps the discourse where it was
    text = text.replace("Next door in Bracknell Forest, where inspectors carried out a focused visit in the same "
                        "month, the picture was very different.", "The picture was very different a year ago.")
    assert ("E06000041", "staff-skills", "strength") in findings(extract(text))


@pytest.mark.parametrize("turn", ["The struggles of the two councils are far from unique.",
                                  "Their struggles are by no means unique."])
def test_a_sentence_saying_the_councils_plight_is_shared_turns_to_the_sector(extract, turn):
    text = ("Councils under monitoring\n\nPublished 12 July 2025\n\nDevon County Council received a monitoring visit in "
            "June. Knowsley Council received its first in May.\n\n" + turn + " Helen Bramwell, president of the "
            "Association of Directors of Children's Services, said demand for help was rising while budgets had not "
            "kept pace.\n")
    got = {(g, i) for g, i, _ in findings(extract(text))}
    assert (None, "demand") in got and not {g for g, i in got if i == "demand"} - {None}
    # look-alike: no such sentence, so the council the discourse is on
    got = {(g, i) for g, i, _ in findings(extract(text.replace(turn + " ", "")))}
    assert (None, "demand") not in got


@pytest.mark.parametrize("said", ["since Cumbria was split in two", "since Cumbria was abolished"])
def test_a_county_said_to_be_split_is_the_abolished_council_and_no_subject(nlp, said):
    text = ("Good start for new council\n\nFirst full inspection " + said + "\n\nPublished 27 November 2024\n\n"
            "Children's social care in Carlisle is good, according to the first full Ofsted inspection since "
            "Cumberland Council was created.\n\nThe authority took over children's services in 2023, when Cumbria "
            "County Council was replaced by two unitary councils: Cumberland, in the west and north, and Westmorland "
            "and Furness in the south and east.\n")
    ctx = frame_of(nlp, text)
    first = next(e for e in ctx.entities if e.span.text == "Cumbria")
    assert first.historic and "E10000006" not in {c.key for c in ctx.subjects}
    # look-alike: the county's name said of no split
    ctx = frame_of(nlp, text.replace(said, "since Cumbria was last inspected"))
    assert not next(e for e in ctx.entities if e.span.text == "Cumbria").historic


@pytest.mark.parametrize("clause", ["since the council took over responsibility from Cumbria County Council in 2023",
                                    "since it replaced Cumbria County Council in 2023"])
def test_the_council_a_new_one_took_over_from_is_history(nlp, clause):
    text = ("Westmorland and Furness rated good\n\nPublished 12 May 2025\n\nWestmorland and Furness Council's children's "
            f"services have been rated good in their first full Ofsted inspection {clause}.\n")
    ctx = frame_of(nlp, text)
    assert [e.historic for e in ctx.entities if e.ref.key == "E10000006"] == [True]
    # look-alike: an abolished council named as what was rated is no history of this kind
    ctx = frame_of(nlp, text.replace(clause, "since Cumbria County Council was rated requires improvement in 2019"))
    assert not any(e.historic for e in ctx.entities if e.ref.key == "E10000006")


@pytest.mark.parametrize("words", ["She will join us in January from Solihull Council, where she is director of "
                                   "children's services.",
                                   "She moved last year from Solihull Council, where she was director of children's "
                                   "services."])
def test_the_council_someone_joins_from_is_their_former_employer_however_far_the_verb(nlp, words):
    text = ("Trust names chief executive\n\nPublished 2 October 2025\n\nBirmingham Children's Trust has appointed Dr "
            "Fiona Mallender as its chief executive. " + words + "\n")
    ctx = frame_of(nlp, text)
    assert [e.incidental for e in ctx.entities if e.ref.key == "E08000029"] == ["career"]
    # look-alike: "from" that is no verb of taking up a post
    ctx = frame_of(nlp, text.replace(words, "She will hear in January from Solihull Council about its plans."))
    assert [e.incidental for e in ctx.entities if e.ref.key == "E08000029"] == [""]


@pytest.mark.parametrize("headline", ["Former Wiltshire deputy will take charge of a department rated inadequate",
                                      "Ex-Wiltshire boss to lead Swindon's children's services"])
def test_a_council_before_a_former_post_is_a_career_and_stays_one(extract, headline):
    text = (headline + "\n\nPublished 4 December 2025\n\nSwindon Borough Council has named Marcus Olawale, deputy "
            "director for families at Wiltshire Council, as its director of children's services. Swindon's children's "
            "services were rated inadequate in the autumn.\n\nWiltshire's own children's services were rated good at "
            "their last full inspection. Swindon's leader said the council was delighted.\n")
    assert not {j.about.key for j in extract(text).facts if isinstance(j, Judgement)} & {"E06000054"}
    # look-alike: the same council named for its own news, in no post
    text = text.replace(headline, "Swindon names its director").replace("deputy director for families at Wiltshire "
                                                                         "Council", "a social worker")
    assert "E06000054" in {j.about.key for j in extract(text).facts if isinstance(j, Judgement)}


@pytest.mark.parametrize("words", ["In my first job, in Haringey in 2009, I had 19 children on my caseload.",
                                   "On my first placement, in Haringey, I shadowed a team manager."])
def test_a_writers_first_post_is_their_career(nlp, words):
    text = "The care system is failing\n\nOpinion | Wednesday 8 October 2025\n\n" + words + "\n"
    ctx = frame_of(nlp, text)
    assert [e.incidental for e in ctx.entities if e.ref.key == "E09000014"] == ["career"]
    # look-alike: a writer's view of a council is no post
    ctx = frame_of(nlp, text.replace(words, "In my view, Haringey has improved its services since 2009."))
    assert [e.incidental for e in ctx.entities if e.ref.key == "E09000014"] == [""]


@pytest.mark.parametrize("verdict", ["This was incorrect.", "That is not the case."])
def test_a_claim_the_next_sentence_calls_wrong_is_retracted(extract, verdict):
    text = ("Corrections and clarifications\n\nThe Sentinel, Friday 5 September 2025\n\nOur article stated that "
            "Stoke-on-Trent City Council's children's services had been rated \"inadequate\" by Ofsted. " + verdict +
            " At their most recent full inspection the council's children's services were judged to require "
            "improvement to be good.\n")
    assert {j.rating for j in extract(text).facts if isinstance(j, Judgement)} == {"requires-improvement"}
    # look-alike: a speaker disputing the grade, in quotes, retracts nothing
    text = text.replace(verdict, "\"It was wrong,\" the council's leader said.")
    assert "inadequate" in {j.rating for j in extract(text).facts if isinstance(j, Judgement)}


def test_a_former_post_at_a_council_keeps_its_grade_from_the_article(extract):
    text = ("Commissioner for Devon\n\nPublished 3 June 2025\n\nDevon County Council's children's services were rated "
            "inadequate in March. Andrew Kettle, a former director of children's services at Leeds City Council, will "
            "assess the council. Leeds was rated outstanding by Ofsted during his time there.\n")
    assert {j.about.key for j in extract(text).facts if isinstance(j, Judgement)} == {"E10000008"}
    # look-alike: a present post, which may be the article's council
    text = text.replace("a former director", "the director")
    assert "E08000035" in {j.about.key for j in extract(text).facts if isinstance(j, Judgement)}


@pytest.mark.parametrize("words", ["Helen joins us from Bracknell Forest, where she is an assistant director.",
                                   "Helen came to us from Bracknell Forest, where she is an assistant director."])
def test_a_council_a_newcomer_joins_us_from_is_her_employer(nlp, words):
    text = ("New director appointed\n\nPublished: 12 April 2024\n\nWokingham Borough Council has confirmed the "
            "appointment of Helen Ashcroft as its permanent Director of Children's Services.\n\n" + words + "\n")
    assert [c.key for c in frame_of(nlp, text).subjects] == ["E06000041"]


@pytest.mark.parametrize("after", [
    "Inspectors found that social workers carried caseloads of more than 30.",
    "Team managers, the report said, were not providing enough oversight, and caseloads were too high.",
    "It also found that the council had let caseloads climb above 30.",
])
def test_a_sentence_going_on_in_the_past_is_of_the_council_gone_since(extract, after):
    """after a sentence on an abolished council's old inspection, one going on in the past tense with no time of
    its own speaks of that council, not its successors"""
    text = ("Five years on for Northamptonshire\n\nPublished 13 February 2024\n\nNorth Northamptonshire Council and "
            "West Northamptonshire Council have both been rated requires improvement to be good.\n\nThe inspection "
            "in 2018 rated Northamptonshire County Council inadequate. " + after + "\n")
    got = {f[0] for f in findings(extract(text)) if f[1] == "caseloads"}
    assert got == {"E10000021"}
    # look-alikes: a new paragraph, or a sentence brought back to the article's time ("now"), is the successors'
    got = {f[0] for f in findings(extract(text.replace(" " + after, "\n\n" + after))) if f[1] == "caseloads"}
    assert got and "E10000021" not in got
    text = text.replace(after, "Inspectors now say that social workers carry caseloads of more than 30.")
    assert {f[0] for f in findings(extract(text)) if f[1] == "caseloads"} == {"E06000061", "E06000062"}



@pytest.mark.parametrize("aside", ["after Kingston's services were judged outstanding in January",
                                   "while Kingston's services were judged outstanding in January"])
def test_a_council_named_only_in_a_clause_of_time_or_contrast_does_not_take_the_discourse(extract, aside):
    text = ("Richmond rated outstanding\n\nPublished: 13 August 2025\n\nRichmond Council's children's services have "
            "been rated outstanding by Ofsted.\n\nIt means both boroughs that own the company now hold the top grade, "
            f"{aside}. In their report, inspectors praised a stable workforce with very low turnover.\n")
    assert {f[0] for f in findings(extract(text)) if f[1] == "workforce-capacity"} == {"E09000027"}
    # look-alike: a council named in the main clause takes it
    text = text.replace(f"It means both boroughs that own the company now hold the top grade, {aside}.",
                        "Kingston's services were judged outstanding in January.")
    assert {f[0] for f in findings(extract(text)) if f[1] == "workforce-capacity"} == {"E09000021"}


def test_the_council_a_headline_names_first_leads_the_subjects(nlp):
    text = ("Isle of Wight children's services stay good as partnership with Hampshire nears its end\n\n"
            "The Isle of Wight Council's children's services have again been rated good by Ofsted, in the last "
            "inspection under the partnership with Hampshire County Council.\n\nHampshire County Council has run "
            "the services since 2013.\n")
    assert [c.key for c in frame_of(nlp, text, title=text.split("\n")[0]).subjects][:1] == ["E06000046"]
    # look-alike: the headline naming Hampshire first
    text = text.replace("Isle of Wight children's services stay good as partnership with Hampshire nears its end",
                        "Hampshire to end partnership as Isle of Wight children's services stay good")
    assert [c.key for c in frame_of(nlp, text, title=text.split("\n")[0]).subjects][:1] == ["E10000014"]


@pytest.mark.parametrize("council, gss, kept", [
    ("Somerset", "E10000027", True),     # the subject's predecessor: the subject's own past
    ("Wiltshire", "E06000054", False),   # look-alike: another council, someone's past employer
])
def test_a_post_at_the_council_a_subject_replaced_is_the_subjects_past(extract, council, gss, kept):
    text = ("Somerset's children's director retires\n\nPublished 28 March 2024\n\nMargaret Lydgate, director of "
            "children's services at Somerset Council, retires tomorrow. Ms Lydgate joined " + council + " as a head of "
            "service in 2010.\n\nIn 2017 the re-inspection lifted " + council + " County Council to requires improvement "
            "to be good.\n")
    text = text.replace("Wiltshire County Council", "Wiltshire Council")
    got = {j.about.key for j in extract(text).facts if isinstance(j, Judgement)}
    assert (gss in got) is kept


def test_a_headline_drops_the_before_a_councils_kind(extract):
    text = ("Island's children's services rated 'good' as Hampshire partnership draws to a close\n\nPublished 15 "
            "December 2023\n\nIsle of Wight Council's children's services have kept their good rating, the council "
            "said. Hampshire County Council has run them since 2013.\n")
    got = {(j.about.key, j.rating) for j in extract(text).facts if isinstance(j, Judgement)}
    assert ("E10000014", "good") not in got and ("E06000046", "good") in got


@pytest.mark.parametrize("headline, want", [
    ("Tale of two services: city slips to 'requires improvement' as county stays 'outstanding'",
     {("E06000016", "requires-improvement"), ("E10000018", "outstanding")}),
    # look-alike: no council's kind after "as"
    ("Tale of two services: city slips to 'requires improvement' as staff leave",
     {("E06000016", "requires-improvement")}),
])
def test_a_headlines_council_kind_before_any_council_is_named_is_the_first_of_that_kind(extract, headline, want):
    text = (headline + "\n\nPublished 3 October 2024\n\nLeicester City Council's children's services have been "
            "downgraded to requires improvement. Across the boundary, Leicestershire County Council is celebrating "
            "its rating.\n")
    got = {(j.about.key, j.rating) for j in extract(text).facts if isinstance(j, Judgement)
           if j.evidence.text.startswith("Tale")}
    assert got == want


# The council whose post an appointee leaves is no subject: "Cheshire East appoints Stockport's social care chief".
APPOINTED = ("{head}\n\nBy Jo Field | 2 March 2024\n\n"
             "Halton Borough Council has appointed {whose} director of children's social care as its new director of "
             "children's services, months after Ofsted rated the council's services inadequate.\n\n"
             "She has led social work at {council} since 2019.\n\n"
             "The council was rated inadequate in November, when inspectors found too many children in unregistered "
             "homes.")


@pytest.mark.parametrize("head,whose,council", [
    ("Halton appoints Bolton's social care chief as director", "Bolton's", "Bolton Council"),
    ("Halton picks new children's director", "Wigan's", "Wigan Council"),
])
def test_the_council_an_appointee_leaves_is_no_subject(extract, head, whose, council):
    af = extract(APPOINTED.format(head=head, whose=whose, council=council))
    assert [c.key for c in af.subjects] == ["E06000006"]
    assert judgements(af) == {("E06000006", "inadequate")}
    assert {k for k, _, _ in findings(af)} == {"E06000006"}


def test_a_councils_own_director_appointed_keeps_it_the_subject(extract):
    # the look-alike: the council appoints its own post-holder permanently; no other council appoints
    af = extract("Bolton confirms director\n\nBolton Council has appointed Bolton's interim director of children's "
                 "services to the post permanently. The council was rated inadequate in November.")
    assert [c.key for c in af.subjects] == ["E08000001"]
    assert judgements(af) == {("E08000001", "inadequate")}


# In an article about another service, a passage on the council's own children's social care still reports.
YOUTH_JUSTICE = ("Youth justice service rated good by probation inspectors\n\n"
                 "The borough's youth justice service has been rated good by HM Inspectorate of Probation.\n\n"
                 "Inspectors praised strong partnership working with the police and found staff were skilled.\n\n"
                 "{bridge}\n\n"
                 "Ofsted's third monitoring visit, in October, found that social workers now have manageable "
                 "caseloads.\n\n"
                 "Jo Hart, head of youth justice, said the youth offending team would act on the recommendations.")


@pytest.mark.parametrize("bridge", [
    "The inspection comes as the council continues to improve its children's social care services following the "
    "inadequate Ofsted judgement in 2022.",
    "Meanwhile the authority's children's services, judged inadequate by Ofsted in 2022, are improving.",
])
def test_a_passage_on_the_councils_childrens_social_care_in_another_services_article(extract, bridge):
    af = extract(YOUTH_JUSTICE.format(bridge=bridge), url="https://www.bury.gov.uk/news/youth-justice-rated-good")
    assert judgements(af) == {("E08000002", "inadequate")}
    assert ("E08000002", "caseloads", "strength") in findings(af)
    assert ("E08000002", "multi-agency", "strength") not in findings(af)   # the youth justice service's


def test_no_passage_without_the_councils_childrens_social_care(extract):
    bridge = "The inspection comes as the council continues to improve its youth offending work."
    af = extract(YOUTH_JUSTICE.format(bridge=bridge), url="https://www.bury.gov.uk/news/youth-justice-rated-good")
    assert judgements(af) == set() and findings(af) == set()


def test_the_rest_of_the_openers_paragraph_may_turn_back_to_the_other_service(extract):
    text = ("SEND inspection finds widespread failings in Wiltshire\n\n"
            "Services for children with special educational needs and disabilities (SEND) in Wiltshire have "
            "widespread failings, an area SEND inspection found. Too many education, health and care plans were late "
            "and schools said they lacked support.\n\n"
            "The SEND report is separate from Ofsted's inspection of the council's children's social care, which was "
            "rated outstanding in December 2023. Inspectors did, however, note some positive practice this time, "
            "including a well-regarded short breaks offer for disabled children.")
    af = extract(text)
    assert judgements(af) == {("E06000054", "outstanding")}
    assert findings(af) == set()


@pytest.mark.parametrize("url,gss", [
    ("https://wokingham.moderngov.co.uk/documents/s1/Ofsted%20outcome.pdf", "E06000041"),
    ("https://bradford.moderngov.co.uk/documents/s2/minutes.pdf", "E08000032"),
    ("https://www.moderngov.co.uk/news/ofsted-outcome", None),      # the platform's own page: no council's
])
def test_a_committee_papers_platforms_host_is_the_councils_site(extract, url, gss):
    af = extract(OWN_PAGE, url=url)
    assert judgements(af) == ({(gss, "requires-improvement")} if gss else set())


def test_statistical_neighbours_are_comparisons(extract):
    text = ("Ofsted focused visit: report to scrutiny\n\n"
            "Ofsted's focused visit to Stockport Council's children's services found strong practice.\n\n"
            "The re-referral rate was 17%, lower than that of its statistical neighbours Trafford (21%), Bury (22%) "
            "and Cheshire West and Chester (20%).")
    keys = {k for k, _, _ in findings(extract(text))}
    assert keys == {"E08000007"}


AGENCY_NEWS = ("Unions warn agency rules will not fix workforce crisis\n\n"
            "New national rules on agency staffing come into force this month, but unions say councils across England "
            "will keep struggling to recruit.\n\n"
            "Government figures show that almost a fifth of social workers in England were employed through "
            "agencies last year.\n\n"
            "Declan Forde, Unison's national officer, said the rules treated the symptom, not the cause.\n\n"
            "Ruth Adebayo of BASW said the same social workers would keep leaving the same councils.\n\n"
            "The strain is most visible in councils trying to recover from a poor inspection.\n\n"
            "In Havering, Ofsted's most recent monitoring visit found that agency workers filled a third of posts.\n\n"
            "{next}\n\n"
            "By contrast, Tower Hamlets has cut its use of agency social workers from 30% to 12% in three years.")


@pytest.mark.parametrize("next,got", [
    ("Inspectors said the turnover meant some children had four or five different social workers in a year.",
     {("E09000016", "visits", "concern")}),
    ("Councils said the turnover meant some children had four or five different social workers in a year.",
     {(None, "visits", "concern")}),
])
def test_the_inspectors_words_after_a_councils_visit_are_its(extract, next, got):
    fs = findings(extract(AGENCY_NEWS.format(next=next)))
    assert {f for f in fs if f[1] == "visits"} == got


@pytest.mark.parametrize("sentence", [
    "The council has been working closely with its sector-led improvement partner, Wiltshire Council, whose "
    "practice model it has adopted and whose leaders praised its quality assurance.",
    "The local authority's re-referral rate was 17%, lower than that of its statistical neighbours Wiltshire (21%) "
    "and Bath and North East Somerset (22%).",
])
def test_on_a_page_naming_no_council_its_partner_or_comparison_is_still_no_subject(extract, sentence):
    text = ("Ofsted monitoring visit finds progress\n\nPublished 12 April 2024\n\nOfsted's first monitoring visit "
            "since the council's children's services were rated inadequate found that leaders had made progress.\n\n"
            + sentence)
    af = extract(text)
    assert af.subjects == [] and judgements(af) == set()
    assert all(k is None for k, _, _ in findings(af))


MINUTES = ("Minutes of the Children and Young People's Overview and Scrutiny Sub-Board\n\n18 September 2019\n\n"
           "12. Ofsted Monitoring Visit\n{visit}\n\n"
           "Members noted that inspectors found caseloads had reduced and that management oversight was stronger.\n\n"
           "The Interim Director said the next visit was expected in the new year.\n\n"
           "A member asked how many children were waiting for an assessment.\n\n"
           "The Head of Service said the number had fallen over the summer.\n\n"
           "Members asked that the improvement plan be brought back in December.\n\n"
           "Members noted that Devon County Council had offered to share the model of its social work academy.\n\n"
           "{contact}")


@pytest.mark.parametrize("visit,contact,gss", [
    ("The Sub-Board considered the letter from Ofsted following its monitoring visit in July.",
     "The chair thanked staff for their work since the monitoring visit to Torbay's children's services.", "E06000027"),
    ("The Sub-Board considered the letter from Ofsted following its monitoring visit in July.",
     "Contact: Dawn Ellery, Head of Service. Email: dawn.ellery@torbay.gov.uk", "E06000027"),
    ("The Sub-Board considered the letter from Ofsted following its monitoring visit in July.",
     "The next meeting will be held at Torbay's Riviera centre.", None),   # named late, not as inspected
])
def test_minutes_naming_their_council_once(extract, visit, contact, gss):
    af = extract(MINUTES.format(visit=visit, contact=contact))
    assert [c.key for c in af.subjects] == ([gss] if gss else [])


@pytest.mark.parametrize("sentence,tied", [
    ("Northamptonshire Children's Trust began operating in November 2020, delivering children's social care on "
     "behalf of the county council.", True),
    ("Northamptonshire Children's Trust now delivers children's social care on behalf of both councils.", False),
])
def test_the_county_council_in_a_year_before_the_successors_is_their_predecessor(extract, sentence, tied):
    from kg.facts import ServiceArrangement, ServiceRelation
    af = extract("North and West Northamptonshire rated requires improvement\n\nPublished 24 November 2022\n\n"
                 "Children's social care in North Northamptonshire and West Northamptonshire has been judged to "
                 "require improvement. " + sentence)
    councils = {f.council.key for f in af.facts if isinstance(f, (ServiceArrangement, ServiceRelation))}
    assert ("E10000021" in councils) == tied


# ---- session 28: rules from a blind set's first contact ------------------------------------------------

@pytest.mark.parametrize("headline,subject", [
    ("Hartlepool names Durham children's social care chief as new director", "E06000001"),
    ("Hartlepool hires Durham deputy director to lead children's services", "E06000001"),
    # a person appointed as the council's director: the council named is their new one
    ("Jo Bell appointed Durham director of children's services", "E06000047"),
])
def test_a_council_named_after_another_councils_appointing_verb_is_the_appointees_old_post(extract, headline, subject):
    af = extract(headline + "\n\nJo Bell will take up the post in September.\n\n"
                 "Bell has spent six years at Durham, where she oversaw the front door. Durham's children's services "
                 "were rated good by Ofsted in 2019.\n\nShe joins a council whose children's services are rated "
                 "requires improvement to be good.\n\nBell said: \"I am sad to leave Durham.\"")
    assert af.subjects and af.subjects[0].key == subject


@pytest.mark.parametrize("sentence,leaked", [
    ("Northumberland's neighbouring authorities have fared better: Gateshead Council was rated good in 2023, "
     "and North Tyneside has been rated outstanding since 2017.", False),
    ("Neighbouring Gateshead Council was rated good last year, while North Tyneside remains rated outstanding.", False),
    # a council named for itself after a colon, with no word of comparison before it
    ("Ofsted published two reports this week: Gateshead Council was rated good, and North Tyneside was rated "
     "outstanding.", True),
])
def test_councils_set_beside_a_comparison_get_no_judgement(extract, sentence, leaked):
    af = extract("Northumberland children's services rated requires improvement\n\nNorthumberland County Council's "
                 "children's services have been rated requires improvement to be good by Ofsted.\n\n" + sentence)
    assert (("E08000022", "outstanding") in judgements(af)) == leaked
    assert ("E06000057", "requires-improvement") in judgements(af)


@pytest.mark.parametrize("sentences,leaked", [
    ("The county's record compares badly with its neighbours. Gateshead and North Tyneside are both rated "
     "outstanding.", False),
    ("Northumberland still trails its statistical neighbours. Both Gateshead and North Tyneside were rated "
     "outstanding last year, and Sunderland was rated good.", False),
    ("The county borders Gateshead and North Tyneside. North Tyneside's children's services were rated outstanding "
     "in 2022.", False),
    # a sentence after one that names no comparison at its end: a council reported for itself
    ("The county's record compares badly with its neighbours in one respect only, caseloads. North Tyneside was "
     "rated outstanding in the same week.", True),
])
def test_councils_named_after_a_sentence_of_comparison_get_no_judgement(extract, sentences, leaked):
    af = extract("Northumberland children's services rated requires improvement\n\nNorthumberland County Council's "
                 "children's services have been rated requires improvement to be good by Ofsted.\n\n" + sentences)
    assert (("E08000022", "outstanding") in judgements(af)) == leaked
    assert ("E06000057", "requires-improvement") in judgements(af)


@pytest.mark.parametrize("sentence", [
    "Of Sunderland's statistical neighbours, Gateshead and South Tyneside have both been judged to require improvement.",
    "Of Sunderland's comparators, Gateshead and South Tyneside have both been judged to require improvement.",
])
def test_the_owner_of_a_comparison_takes_none_of_its_grades(extract, sentence):
    af = extract("Sunderland children's services rated inadequate\n\nChildren's services in Sunderland have been rated "
                 "inadequate by Ofsted.\n\n" + sentence)
    assert judgements(af) == {("E08000024", "inadequate")}


@pytest.mark.parametrize("sentence,want", [
    ("It is a step up from the requires improvement grade given to the former Dorset County Council's children's "
     "services in 2017.", ("E10000009", "requires-improvement", 2017)),
    ("It is a step up from the requires improvement judgement handed to Dorset County Council in 2017.",
     ("E10000009", "requires-improvement", 2017)),
    # (a grade of several words, quoted, before a clause naming the councils that came after)
    ("It is a step up from the 'requires improvement to be good' rating given to the former Dorset County Council's "
     "children's services in 2017, before the county council was replaced by Dorset Council and BCP Council in "
     "April 2019.", ("E10000009", "requires-improvement", 2017)),
])
def test_a_grade_given_to_a_council_is_its_own(extract, sentence, want):
    af = extract("Children's services judged good by Ofsted\n\nPosted on 18 March 2022\n\nWe are delighted that Ofsted "
                 "has judged Dorset Council's children's services to be good. " + sentence)
    got = {(j.about.key, j.rating, j.date.year if j.date else None) for j in af.facts
           if isinstance(j, Judgement) and j.about.key == want[0]}
    assert got == {want}


@pytest.mark.parametrize("sentence,full", [
    ("Focused visits do not result in a new grade, and our services remain rated good, the judgement they were given "
     "at our last full inspection in 2019.", True),
    ("Focused visits do not result in a new grade, unlike a full inspection.", False),
])
def test_an_explainer_clause_does_not_hide_an_inspection_beside_it(extract, sentence, full):
    af = extract("Inspectors praise our work with children in care\n\nOfsted carried out a focused visit to our "
                 "children's services on 7 and 8 February 2023. " + sentence,
                 url="https://www.wiltshire.gov.uk/news/ofsted-focused-visit")
    assert (("E06000054", "full") in inspections(af)) == full
    assert ("E06000054", "focused") in inspections(af)


@pytest.mark.parametrize("sentence,full", [
    ("The county council's children's services had been rated good when they were fully inspected in 2022.", True),
    # (the last inspection is the grade the news is set against, not an event the article reports)
    ("The county council's children's services had been rated good when they were last inspected in 2022.", False),
    ("The county council's children's services had been rated good.", False),
])
def test_a_predecessors_grade_when_inspected_in_a_year_reports_that_inspection(extract, sentence, full):
    af = extract("Cumberland children's services require improvement\n\nPublished 3 December 2024\n\nCumberland Council's "
                 "children's services require improvement to be good, Ofsted has ruled in the first full inspection "
                 "since the council was created in April 2023. " + sentence)
    assert (("E10000006", "full") in inspections(af)) == full


@pytest.mark.parametrize("headline", [
    "Hull children's services brace for Ofsted as youth justice team rated 'inadequate'",
    "Youth justice service in Hull rated 'inadequate' by probation inspectors",
])
def test_a_youth_justice_grade_is_no_judgement(extract, headline):
    af = extract(headline + "\n\nHull City Council's children's services are preparing for a full Ofsted inspection. "
                 "The city's children's services were last inspected in full in 2022, when they were rated 'requires "
                 "improvement to be good'.")
    assert judgements(af) == {("E06000010", "requires-improvement")}


def test_the_new_unitary_authority_keeps_its_standing_grade(extract):
    af = extract("North Yorkshire children's services praised\n\nPublished 5 March 2024\n\nNorth Yorkshire Council's "
                 "children's services had a focused visit in January. North Yorkshire's children's services were rated "
                 "outstanding when they were last fully inspected in 2019, under the former North Yorkshire County "
                 "Council, and the new unitary authority, which replaced the county council and seven district councils "
                 "in April 2023, remains rated outstanding.")
    assert judgements(af) == {("E10000023", "outstanding"), ("E06000065", "outstanding")}


def test_a_definite_reference_of_three_words_is_linked(nlp):
    ctx = frame_of(nlp, "Somerset Council rated good\n\nSomerset Council's children's services were rated good. "
                        "The new unitary authority replaced the county council in April 2023.")
    refs = [e for e in ctx.entities if e.anaphor and e.span.text.lower() == "the new unitary authority"]
    assert refs and refs[0].ref.key == "E06000066"


HOME_AND_VISIT = ("Children's home rated inadequate as Ofsted praises council's work with teenagers\n\n"
                  "A children's home in north Swindon has been rated inadequate by Ofsted.\n\n"
                  "The privately run home was judged inadequate following an unannounced inspection in October.\n\n"
                  "{opener}\n\n"
                  "Swindon, whose children's services are rated good, was found to be identifying children at risk "
                  "quickly.\n\n"
                  "Social workers knew their children well and visited them regularly, inspectors said.\n\n"
                  "Meanwhile, a primary school in Penhill has been rated requires improvement.")


@pytest.mark.parametrize("opener,visit", [
    ("In a separate focused visit, also in October, inspectors looked at how the council responds to adolescents "
     "at risk.", True),
    ("In a separate development, inspectors looked at how the home responds to adolescents at risk.", False),
])
def test_a_focused_visit_to_the_council_and_its_next_paragraph_are_the_councils_in_another_services_article(
        extract, opener, visit):
    af = extract(HOME_AND_VISIT.format(opener=opener))
    assert (("E06000030", "focused") in inspections(af)) == visit
    # (the paragraph after the sentence grading the council's children's services is theirs)
    assert ("E06000030", "visits", "strength") in findings(af)


OWN_CREATION = ("Children's services judged good by Ofsted\n\nPosted on 18 March 2022\n\nWe are delighted that Ofsted "
                "has judged our children's services to be good overall.\n\n"
                "It is the first full inspection {creation}, and a step up from the requires improvement grade given "
                "to the former Dorset County Council's children's services in 2017.\n\n"
                "Christchurch is now served by Bournemouth, Christchurch and Poole Council.")


@pytest.mark.parametrize("creation,heir", [
    ("since we became a unitary authority in April 2019", True),
    ("for five years", False),
])
def test_a_council_page_telling_its_creation_is_its_predecessors_heirs(extract, creation, heir):
    af = extract(OWN_CREATION.format(creation=creation))
    # (the heir that took the former council's name, not the other one the page names)
    assert (af.subjects[:1] and af.subjects[0].key == "E06000059") == heir
    assert (("E06000059", "good") in judgements(af)) == heir


@pytest.mark.parametrize("sentence,graded", [
    ("Across the six areas, inspectors found that agencies were generally good at responding to immediate risk after "
     "a police call-out.", False),
    ("Across the six areas, inspectors found that Hounslow's children's services were good.", True),
])
def test_good_at_doing_something_is_no_grade(extract, sentence, graded):
    af = extract("Joint inspections find 'fragmented' response to domestic abuse\n\nPublished 7 September 2017\n\n"
                 "The report brings together the findings of joint targeted area inspections in Bracknell Forest, "
                 "Hampshire, Hounslow, Lincolnshire, Salford and Wiltshire.\n\n" + sentence + "\n\n- Salford: "
                 "thresholds were not consistently understood by partner agencies.")
    assert (("E09000018", "good") in judgements(af)) == graded


ASIDE_ROUNDUP = ("Inspection round-up: Somerset and Wiltshire\n\nPublished 4 December 2021\n\n"
           "Somerset County Council's services remain rated requires improvement. A focused visit in October found "
           "that some children in care had waited too long for plans.\n\n{sentence}")


@pytest.mark.parametrize("sentence,want", [
    ("Wiltshire, rated 'good', received a visit in November which looked at services for disabled children.",
     {("E06000054", "focused")}),
    ("Wiltshire, rated good, received a visit in November which looked at services for disabled children.",
     {("E06000054", "focused")}),
])
def test_a_visit_to_a_council_with_its_grade_in_an_aside_is_of_the_frameworks_type(extract, sentence, want):
    af = extract(ASIDE_ROUNDUP.format(sentence=sentence + " Inspectors found that disabled children were well supported."))
    assert {i for i in inspections(af) if i[0] == "E06000054"} == want


@pytest.mark.parametrize("headline,area", [
    ("Ofsted judges North Tyneside children's services 'good' with outstanding adoption service", False),
    ("Ofsted judges North Tyneside's adoption service 'good'", True),
])
def test_another_grades_words_are_not_this_grades_area(extract, headline, area):
    af = extract(headline + "\n\nPublished 20 June 2016\n\nInspectors spent four weeks in the borough in February "
                 "and March.")
    assert (("E08000022", "good") in judgements(af)) == (not area)


@pytest.mark.parametrize("sentence,want", [
    ("Reading's council-owned company, Brighter Futures for Children, has run the borough's children's services "
     "since December 2018, and Worcestershire Children First took over the county council's children's social care "
     "last month.", {("brighter-futures-for-children", "E06000038"), ("worcestershire-children-first", "E10000034")}),
])
def test_a_typed_reference_after_a_provider_is_the_council_it_serves(extract, sentence, want):
    from kg.facts import ServiceArrangement
    af = extract("Children's trusts: where are they now?\n\nPublished 2 November 2019\n\nNorthamptonshire County "
                 "Council's children's services were rated inadequate in July. " + sentence)
    got = {(f.provider.key, f.council.key) for f in af.facts if isinstance(f, ServiceArrangement)}
    assert got == want


def test_a_replaced_holders_told_and_inferred_posts_are_one(extract):
    af = extract("Rochdale names new director of children's services\n\nPublished 9 June 2021\n\nRochdale Council has "
                 "appointed Naomi Keyworth as its new director of children's services. Keyworth will take up the post "
                 "in September, replacing interim director Graham Lister, who has led the service since last autumn.")
    posts = {m.role for m in af.facts if isinstance(m, Membership) and m.person.key == "graham-lister"}
    assert len(posts) == 1


@pytest.mark.parametrize("sentence,full", [
    ("A full inspection of our children's services is expected later this year or early next year.", False),
    ("A full inspection of our children's services took place in March.", True),
])
def test_an_inspection_expected_after_its_verb_is_not_reported(extract, sentence, full):
    af = extract("Inspectors recognise continued progress\n\nPublished 2 May 2024\n\nOfsted has recognised the progress "
                 "being made in our children's services. " + sentence,
                 url="https://www.wakefield.gov.uk/news/inspectors-recognise-progress")
    assert (("E08000036", "full") in inspections(af)) == full


@pytest.mark.parametrize("sentence,visited", [
    ("Neighbouring Bexley, which was rated good in 2018, has also received a visit from inspectors in recent weeks.",
     False),
    ("The council, which was rated requires improvement in 2018, has also received a visit from inspectors in recent "
     "weeks.", True),
])
def test_a_visit_to_a_comparison_is_not_the_subjects(extract, sentence, visited):
    af = extract("Medway children's services progress 'too slow'\n\nPublished 3 March 2021\n\nMedway Council's "
                 "children's services were rated requires improvement in 2018. " + sentence)
    assert ("E06000035", "focused") in inspections(af) if visited else \
        not any(i[1] != "full" for i in inspections(af))


@pytest.mark.parametrize("sentence,leaked", [
    ("She will become deputy director at Essex County Council, the much larger neighbouring authority, which has been "
     "rated outstanding by Ofsted since 2014.", False),
    # (the appositive on the subject itself)
    ("She joined Thurrock Council, the much smaller neighbouring authority, which was rated outstanding by Ofsted in "
     "2014.", True),
])
def test_a_relative_clause_after_an_appositive_on_a_council_is_about_that_council(extract, sentence, leaked):
    af = extract("Thurrock children's services director to leave\n\nPublished 4 February 2025\n\nThe director of "
                 "children's services at Thurrock Council is to leave her post weeks after inspectors downgraded its "
                 "services to requires improvement. " + sentence)
    assert (("E06000034", "outstanding") in judgements(af)) == leaked


@pytest.mark.parametrize("sentence,gss", [
    ("Social worker turnover has risen again since 2022, with around a fifth of posts now covered by agency staff.",
     "E06000066"),
    ("In 2022 social worker turnover was high, with around a fifth of posts covered by agency staff.", "E10000027"),
])
def test_a_year_after_since_is_no_time_the_sentence_speaks_of(extract, sentence, gss):
    af = extract("Somerset children's services downgraded\n\nPublished 3 December 2024\n\nSomerset Council's children's "
                 "services have been rated requires improvement by Ofsted. The former Somerset County Council's services "
                 "were rated good in 2022.\n\nChildren waiting for mental health support are not always getting help "
                 "quickly enough, inspectors said.\n\n" + sentence)
    assert {k for k, i, _ in findings(af) if i == "agency-staff"} == {gss}


@pytest.mark.parametrize("sentence,current", [
    ("By the time of its most recent full inspection, in 2022, the island's services had been judged 'good'.", "good"),
    # (without it, "had been" tells an earlier grade)
    ("By the time of a full inspection in 2016, the island's services had been judged 'good'.", "inadequate"),
])
def test_the_grade_at_the_most_recent_inspection_is_current(extract, sentence, current):
    af = extract("Isle of Wight to run its own children's services again\n\nPublished 10 March 2024\n\nThe partnership "
                 "was set up after Ofsted rated the Isle of Wight Council's services 'inadequate' in 2012. " + sentence)
    now = {j.rating for j in af.facts if isinstance(j, Judgement) and j.current and j.about.key == "E06000046"}
    assert now == {current}


@pytest.mark.parametrize("line,subject", [
    ("Darlington - good", True),
    ("Darlington", False),   # (a name alone gives no grade)
])
def test_a_roundup_line_giving_a_grade_makes_its_council_a_subject(extract, line, subject):
    af = extract("Middlesbrough children's services rated 'inadequate' - so how does the rest of the Tees Valley "
                 "compare?\n\nPublished 27 February 2020\n\nMiddlesbrough's children's services have been rated "
                 "'inadequate' by Ofsted, making the town the only one of the five Tees Valley councils with the lowest "
                 "grade.\n\nSo how do Middlesbrough's neighbours measure up?\n\n" + line + "\n\nThe borough was upgraded "
                 "to 'good' after an inspection in the summer of 2018.")
    assert ("E06000005" in {c.key for c in af.subjects}) == subject
    assert ("E06000002", "good") not in judgements(af) or not subject


@pytest.mark.parametrize("sentence,gss", [
    ("When the county council was inspected in 2017, inspectors found that too many children had experienced "
     "frequent changes of social worker.", "E10000009"),
    ("This time, the county council's inspectors found that too many children had experienced frequent changes of "
     "social worker.", "E06000059"),
])
def test_the_county_council_in_a_year_before_its_heir_existed_is_the_one_then(extract, sentence, gss):
    af = extract("Children's services judged good by Ofsted\n\nPosted on 18 March 2022\n\nWe are delighted that Ofsted "
                 "has judged Dorset Council's children's services to be good. " + sentence,
                 url="https://news.dorsetcouncil.gov.uk/2022/03/18/childrens-services-judged-good-by-ofsted/")
    assert {k for k, i, _ in findings(af) if i == "visits"} == {gss}


@pytest.mark.parametrize("opening,gss", [
    ("Our services for children and families have once again been judged outstanding by Ofsted - the third consecutive "
     "time they have received the watchdog's top grade.", "E06000065"),
])
def test_a_grade_held_for_the_third_consecutive_time_is_the_new_councils_news(extract, opening, gss):
    af = extract("Outstanding - for the third time in a row\n\nPublished: 22 March 2024\n\n" + opening + "\n\nThe two "
                 "previous inspections, in 2015 and 2018, were carried out when services were run by the former county "
                 "council, and both also resulted in outstanding judgements.",
                 url="https://www.northyorks.gov.uk/news/article/childrens-services-outstanding-third-time-row")
    now = {j.about.key for j in af.facts if isinstance(j, Judgement) and j.current}
    assert now == {gss}


# A story that opens on a council it does not name, after lines of a publisher's appeal, then names it once.
APPEAL = ("Stay informed with our alerts\n\nCouncil services branded 'inadequate'\n\nBy Jo Hale\n\n"
          "Independent reporting needs readers like you to keep going. Every contribution, large or small, keeps our "
          "journalists on the road. We believe news should be free for everyone to read and share. Thank you for "
          "reading and for helping us carry on the work we do in towns like yours.\n\n")


@pytest.mark.parametrize("opening,subject", [
    ("A council apologised to families yesterday after inspectors judged its help for vulnerable children "
     "\"inadequate\". Sam Ruddock, head of children's services in Cornwall, stepped down before the report.", True),
    ("One county council has said sorry after Ofsted found its services for vulnerable children \"inadequate\". "
     "Sam Ruddock, head of children's services in Cornwall, stepped down before the report.", True),
    # (a story that names the council only in passing, without opening on one unnamed: no subject)
    ("Inspectors judged the help for vulnerable children \"inadequate\" in a report published yesterday. Sam "
     "Ruddock, once head of children's services in Cornwall, chaired the panel.", False),
])
def test_a_council_the_story_opens_on_unnamed_is_the_one_it_then_names(nlp, opening, subject):
    frame = frame_of(nlp, APPEAL + opening + "\n\nThe report said senior managers were ineffective.").frame
    assert ([c.key for c in frame.subjects] == ["E06000052"]) == subject


@pytest.mark.parametrize("closing,subject", [
    # the one council a story of "the borough council" names, late and only in a role, is the one it speaks of
    ("Councillor Ann Dale, Darlington Borough Council's cabinet member for children, said she was proud of the team.",
     "E06000005"),
    ("Ann Dale, Darlington's director of children's services, who joined the council from Durham in 2019, said the "
     "team had worked hard.", "E06000005"),
    # (look-alike: a former post names no council the story is about)
    ("Ann Dale, Darlington's former director of children's services, who joined the council from Durham in 2019, "
     "said the team had worked hard.", None),
])
def test_a_story_of_an_unnamed_council_is_of_the_one_it_names_in_a_role(nlp, closing, subject):
    frame = frame_of(nlp, "Care leavers in the town are well supported, inspectors find\n\nYoung people leaving care in "
                     "the town are well supported, inspectors have found.\n\nTwo inspectors spent two days with the "
                     "borough council's leaving care team in June.\n\nThey said personal advisers had manageable "
                     "caseloads.\n\n" + closing).frame
    assert [c.key for c in frame.subjects][:1] == ([subject] if subject else [])


@pytest.mark.parametrize("sentence,comparison", [
    ("The borough now completes assessments more quickly than its statistical neighbours, including Bexley and Sutton.",
     True),
    ("The borough now completes assessments more quickly than neighbours such as Bexley and Sutton.", True),
    # (look-alike: a list of examples after no word of comparison)
    ("The borough now works closely with the police, including Bexley and Sutton.", False),
])
def test_councils_listed_after_a_comparison_are_comparisons(nlp, sentence, comparison):
    ctx = frame_of(nlp, "Bromley children's services rated good\n\nBromley Council's children's services have been "
                   "rated good by Ofsted.\n\n" + sentence)
    kinds = {e.ref.key: e.incidental for e in ctx.entities if e.ref.key in ("E09000004", "E09000029")}
    assert (kinds == {"E09000004": "comparison", "E09000029": "comparison"}) == comparison


@pytest.mark.parametrize("opening", ["By comparison, Wiltshire Council", "In comparison, Wiltshire Council",
                                     "By contrast, Wiltshire Council"])
def test_a_council_set_against_the_subject_by_an_opening_word_is_a_comparison(extract, opening):
    af = extract("Swindon children's services rated good\n\nSwindon Borough Council's children's services have been "
                 "rated good by Ofsted.\n\n" + opening + "'s children's services were rated requires improvement to be "
                 "good in 2022.")
    assert judgements(af) == {("E06000030", "good")}


@pytest.mark.parametrize("role", ["executive member for children and families at North Yorkshire Council",
                                  "North Yorkshire Council's executive member for children and families"])
def test_a_page_telling_its_own_creation_keeps_its_council_named_only_in_a_role(nlp, role):
    frame = frame_of(nlp, "Teenagers at risk get strong help, inspectors say\n\nInspectors have praised the way social "
                     "workers across the county protect teenagers at risk of exploitation.\n\nThe findings come from a "
                     "focused visit in January, the first since the new unitary council took over from the old county "
                     "council last April.\n\nUntil then, children's social care in the county was run by North Yorkshire County Council."
                     "\n\nCouncillor Jan Sowerby, " + role + ", said: \"We are pleased.\"",
                     url="https://www.yorkpress.co.uk/news/24112345.teenagers-risk-strong-help/").frame
    assert [c.key for c in frame.subjects][:1] == ["E06000065"]


@pytest.mark.parametrize("sentence,full", [
    ("The council was rated inadequate when it was inspected in February, and inspectors returned in June.", True),
    ("The council was rated inadequate when it was inspected in February 2019, and inspectors returned in June.", True),
    # (the last inspection is the grade the news is set against)
    ("The council was rated inadequate when it was last inspected, and inspectors returned in June.", False),
])
def test_a_grade_given_when_inspected_in_a_month_reports_that_inspection(extract, sentence, full):
    af = extract("Children did not know their social worker, inspectors warn\n\nPublished 18 July 2019\n\nOfsted has "
                 "published a letter on Stoke-on-Trent City Council's children's services. " + sentence)
    assert (("E06000021", "full") in inspections(af)) == full


@pytest.mark.parametrize("opening,norfolk", [
    ("The director of Suffolk's children's services is stepping down for a new job in Norfolk.", False),
    ("The director of Suffolk's children's services is leaving to take up a new role at Norfolk County Council.",
     False),
    # (look-alike: a council named for itself in the opening)
    ("The director of Suffolk's children's services is stepping down as Norfolk faces a new inspection.", True),
])
def test_where_someone_goes_for_a_new_job_is_no_subject(nlp, opening, norfolk):
    frame = frame_of(nlp, "Children's services boss to quit\n\n" + opening + "\n\nSuffolk County Council said she had "
                     "led the department for six years.\n\nSuffolk's services were rated inadequate in 2013 before "
                     "improving to good.").frame
    assert ("E10000020" in {c.key for c in frame.subjects}) == norfolk


@pytest.mark.parametrize("sentence,theirs", [
    ("Dudley and Walsall, which also share a border with the borough, are both rated as requiring improvement.", False),
    ("Walsall, which borders the borough, is rated as requiring improvement.", False),
    # (look-alike: a clause that says something else of them)
    ("Dudley and Walsall, which were inspected last year, are both rated as requiring improvement.", True),
])
def test_a_council_a_clause_after_it_calls_a_neighbour_is_a_comparison(extract, sentence, theirs):
    af = extract("Sandwell rated inadequate again\n\nSandwell's children's services have been rated inadequate by "
                 "Ofsted for the second time.\n\n" + sentence)
    assert (("E08000030", "requires-improvement") in judgements(af)) == theirs
    assert ("E08000028", "requires-improvement") not in judgements(af)


@pytest.mark.parametrize("opening,liverpool", [
    ("A senior social work manager from Liverpool has been appointed to lead children's services in the borough.",
     False),
    ("An assistant director from Liverpool has been named as the borough's new director of children's services.",
     False),
    # (look-alike: the council itself, not someone's origin)
    ("Inspectors from Ofsted have praised Liverpool's work with children in care.", True),
])
def test_someone_from_a_council_is_its_employee_not_the_story(nlp, opening, liverpool):
    frame = frame_of(nlp, "New director for children's services\n\n" + opening + "\n\nThe council's children's "
                     "services were rated requires improvement last year.\n\nKnowsley's children's services have "
                     "struggled with staff turnover, and Knowsley councillors welcomed the news.",
                     url="https://www.knowsleyreporter.co.uk/news/new-director").frame
    assert ("E08000012" in {c.key for c in frame.subjects}) == liverpool


@pytest.mark.parametrize("sentence,place", [
    ("One young woman told the charity she had been moved into a hostel in Luton, far from where she grew up.", True),
    ("Another was placed in a flat in Luton with no support, the charity said.", True),
    # (look-alike: the council's own work there)
    ("Another said social workers in Luton had helped her find a flat.", False),
])
def test_a_town_where_someone_is_housed_is_a_place(nlp, sentence, place):
    ctx = frame_of(nlp, "Care leavers let down by councils, charity warns\n\nMany councils are failing to plan for "
                   "young people leaving care, a charity says.\n\n" + sentence)
    luton = [e for e in ctx.entities if e.ref.key == "E06000032"]
    assert luton and all(e.incidental == "place" for e in luton) == place


# A trust's story after a county's split: the new council, its neighbour the other successor, the old county.
TWO_HEIRS = ("Fernside report welcomed\n\nPublished 12 April 2024\n\nNorth Northamptonshire Council's children's services "
             "have been rated good by Ofsted.\n\nWest Northamptonshire's services were rated requires improvement "
             "to be good last year, in that council's first inspection.\n\nInspectors rated the county council "
             "inadequate in November 2019. ")


@pytest.mark.parametrize("sentence, want", [
    ("Most children are now seen alone, with agency use falling from 38 per cent in 2019 to 14 per cent.",
     "E06000061"),
    ("Children are seen alone, and agency use is down from a third in 2019 to a tenth.", "E06000061"),
    ("Children are seen alone. Agency use has fallen from almost 30 per cent of our frontline social workers in 2019 "
     "to 11 per cent today.", "E06000061"),
    # look-alike: a year that is the time the sentence speaks of keeps it in the old council's
    ("In 2019 inspectors said agency use had risen to 38 per cent.", "E10000021"),
])
def test_a_year_a_change_is_measured_from_is_not_the_sentences_time(extract, sentence, want):
    """'falling from 38 per cent in 2019 to 14 per cent' speaks of a change up to now, not of 2019: the sentence
    stays with the council in being (after the old county's paragraph, a new one)"""
    af = extract(TWO_HEIRS + "Ofsted says leaders at North Northamptonshire Council have a clear vision.\n\n" + sentence)
    assert {f[0] for f in findings(af) if f[1] == "agency-staff"} == {want}


@pytest.mark.parametrize("sentence", [
    "Ofsted says leaders at the trust and the council have a clear vision, and social workers are proud to work "
    "in North Northamptonshire.",
    "In its new report, Ofsted says the council has strong leaders, who have made North Northamptonshire a place "
    "social workers want to work.",
])
def test_the_council_before_the_one_subject_its_sentence_names_is_that_subject(extract, sentence):
    """of two subjects, 'the council' in a sentence that goes on to name one of them is that one, not the other
    the discourse was left on; what follows stays with it"""
    af = extract(TWO_HEIRS + "\n\n" + sentence + "\n\nMost children are now seen alone.")
    assert {f[0] for f in findings(af) if f[1] == "leadership"} == {"E06000061"}
    assert {f[0] for f in findings(af) if f[1] == "child-voice"} == {"E06000061"}
    # look-alike: a sentence that names the council the discourse is on keeps its own reference
    af = extract(TWO_HEIRS.replace("Inspectors rated the county council inadequate in November 2019. ", "")
                 + "Ofsted says leaders at the council have a clear vision, unlike in North Northamptonshire.")
    assert "E06000062" in {f[0] for f in findings(af) if f[1] == "leadership"}


@pytest.mark.parametrize("sentence", [
    "Between then and the county council's abolition, Ofsted carried out three monitoring visits.",
    "Ofsted carried out three monitoring visits before the county council was abolished.",
])
def test_an_undated_visit_the_frame_keeps_in_an_abolished_councils_time_is_its_own(extract, sentence):
    af = extract(TWO_HEIRS + sentence)
    got = {i for i in inspections(af) if i[1] == "monitoring"}
    assert got == {("E10000021", "monitoring")}
    # look-alike: a new paragraph in the article's own time is the successors'
    af = extract(TWO_HEIRS + "\n\nOfsted has carried out two monitoring visits since the report.")
    assert ("E10000021", "monitoring") not in inspections(af)


@pytest.mark.parametrize("sentence, want", [
    ("Jo Bell, who qualified as a social worker in 1998, said inspectors found caseloads manageable.", "E06000061"),
    ("Ann Lee, who joined the trust in 2019 as its chief executive, said inspectors found caseloads manageable.",
     "E06000061"),
    # look-alike: a year that is the sentence's own time
    ("In 2019, inspectors found caseloads unmanageable.", "E10000021"),
])
def test_a_year_in_a_clause_about_someone_is_not_the_sentences_time(extract, sentence, want):
    af = extract(TWO_HEIRS + "\n\nOfsted says leaders at North Northamptonshire Council have a clear vision.\n\n" + sentence)
    assert {f[0] for f in findings(af) if f[1] == "caseloads"} == {want}


@pytest.mark.parametrize("sentence", [
    "Following seven monitoring visits, Ofsted carried out a full inspection in 2019.",
    "Ofsted carried out seven monitoring visits before a full inspection in 2019.",
])
def test_kinds_of_visit_in_a_single_councils_history_are_no_round_up_opening(extract, sentence):
    af = extract("Wirral appoints director\n\nPosted on 2 March 2020\n\nWirral Council has appointed Elaine Carroway as "
                 "its director. Wirral's children's services were judged inadequate by Ofsted in 2016.\n\n" + sentence)
    assert {("E08000015", "monitoring"), ("E08000015", "full")} <= inspections(af)
    # look-alike: a round-up's opening naming kinds of visit and no council is no one council's
    af = extract("Inspection round-up\n\nOfsted published monitoring visits and a focused visit this week.\n\n"
                 "Bury Council: monitoring visit found progress.\n\nKent County Council: focused visit found strong practice.")
    assert ("E08000002", "focused") not in inspections(af) and ("E10000016", "monitoring") not in inspections(af)


@pytest.mark.parametrize("host", ["www.walesonline.co.uk", "www.englandnews.co.uk"])
def test_a_host_named_after_a_nation_is_no_local_papers_place(extract, host):
    """'Wales' is also a village in Rotherham: walesonline is a national paper, not Rotherham's"""
    af = extract("Powys services improve\n\nCare Inspectorate Wales says the council has turned a corner.",
                 url=f"https://{host}/news/powys-childrens-services-26934105")
    assert af.subjects == []
    # look-alike: a host named after a town is that town's paper
    af = extract("Services improve\n\nInspectors say the council has turned a corner.",
                 url="https://www.doncasterfreepress.co.uk/news/childrens-services-26934105")
    assert [c.key for c in af.subjects] == ["E08000017"]


@pytest.mark.parametrize("opening", ["By comparison,", "In contrast,"])
def test_a_council_named_once_in_a_sentence_opening_on_a_contrast_is_a_comparison(extract, opening):
    text = ("Powys services improve\n\nCare Inspectorate Wales found significant improvement in Powys, and said the "
            f"council had a firmer grip.\n\n{opening} across the border in England, Ofsted rated Herefordshire Council's children's services "
            "inadequate last year.")
    assert not [j for j in extract(text).facts if type(j).__name__ == "Judgement"]
    # look-alike: the article's own council, named elsewhere too, keeps its grade
    text = ("Herefordshire rated inadequate\n\nOfsted has rated Herefordshire Council's children's services "
            f"inadequate.\n\n{opening} Ofsted rated Herefordshire Council's adoption service good.")
    assert ("E06000019", "inadequate") in {(j.about.key, j.rating) for j in extract(text).facts
                                           if type(j).__name__ == "Judgement"}


@pytest.mark.parametrize("clause", ["which took over the council's children's services in April 2018",
                                    "which has run the council's children's social care since 2018"])
def test_the_council_a_provider_just_named_serves_is_its_council(extract, clause):
    af = extract("Agency spending\n\nBirmingham City Council spent £17.9m on agency staff. Sandwell Children's Trust, "
                 f"{clause}, said 28 per cent of its social workers came from agencies.")
    got = {(f.provider.key, f.council.key) for f in af.facts if type(f).__name__ == "ServiceArrangement"}
    assert ("sandwell-childrens-trust", "E08000028") in got and ("sandwell-childrens-trust", "E08000025") not in got
    # look-alike: a provider serving several councils leaves "the council" to the discourse
    af = extract("Richmond rated good\n\nRichmond Council was rated good. Achieving for Children, which runs the "
                 "council's children's services, welcomed the report.")
    got = {(f.provider.key, f.council.key) for f in af.facts if type(f).__name__ == "ServiceArrangement"}
    assert ("achieving-for-children", "E09000027") in got


SHARED_TRUST = ("Ofsted monitoring visit finds continued progress\n\nPublished: 9 September 2022\n\n"
                "Ofsted has recognised continued progress in children's social care across West and North "
                "Northamptonshire following its latest monitoring visit in July.\n\nChildren's social care in both "
                "council areas is delivered by Northamptonshire Children's Trust, which we own jointly with North "
                "Northamptonshire Council.\n\nWhat inspectors said:\n\n- Social workers see children regularly and see "
                "them alone.\n\n- Workforce stability is improving, with fewer vacancies than at the last visit.")


def test_on_a_councils_own_page_the_councils_its_news_names_with_it_are_subjects(extract):
    af = extract(SHARED_TRUST, url="https://www.westnorthants.gov.uk/news/ofsted-monitoring-visit")
    assert [c.key for c in af.subjects] == ["E06000062", "E06000061"]
    got = {f[0] for f in findings(af) if f[1] == "visits"}
    assert got == {"E06000062", "E06000061"}
    # look-alike: a reorganisation told in the opening names its councils as history, not as the news's
    text = ("Our children's services judged good\n\nPublished: 26 November 2024\n\nOfsted has judged our children's "
            "services good, the first full inspection since Cumberland Council was created.\n\nThis is an improvement "
            "on the rating given to the former Cumbria County Council in 2019, before the county council was replaced "
            "by Cumberland Council and Westmorland and Furness Council in April 2023.\n\nInspectors found social "
            "workers see children regularly and see them alone.")
    af = extract(text, url="https://www.cumberland.gov.uk/news/2024/our-childrens-services-judged-good-ofsted")
    assert [c.key for c in af.subjects] == ["E06000063"]


def test_the_scope_counters_count_what_the_patterns_find():
    """in_scope counts scope.yaml's words over a whole text with the case-blind alternatives run on the text
    lowered (faster); the count is findall's, the case-kept alternatives ("SEND", not "send") included."""
    import re
    from kg.extract.frame import _case_split_counter, _scope_rules
    ours, other, _, _ = _scope_rules()
    texts = ["Parents said SEND support was poor; schools did not send pupils' EHCPs on time. The NHS and CQC "
             "rated adult social care. Children's Social Care and the MASH were praised; the YOS was not.",
             "the nhs said the cqc would send a team to the School and the Academy."]
    for pattern in (ours, other):
        count = _case_split_counter(pattern.pattern)
        assert [count(t) for t in texts] == [len(pattern.findall(t)) for t in texts]
    # an alternative with a bracketed class or an escaped bar stays whole
    pattern = r"a[|]b|c\|d|(?-i:EF)|(?:g|h)i"
    assert _case_split_counter(pattern)("A|B c|d EF ef GI hi") == len(re.findall(pattern, "A|B c|d EF ef GI hi", re.I))


@pytest.mark.parametrize("sentence,subjects", [
    ("The government wants two-tier areas such as Surrey, Essex and Norfolk to be replaced by unitary councils.", []),
    ("Ministers want county areas, for example Surrey, Essex and Norfolk, to be replaced by unitary councils.", []),
    # look-alike: the opening reports on the councils themselves
    ("Surrey, Essex and Norfolk have been told to replace themselves with unitary councils.",
     ["E10000012", "E10000020", "E10000030"]),
])
def test_councils_given_as_examples_in_a_story_of_councils_in_general_are_no_subjects(extract, sentence, subjects):
    af = extract("Reorganisation risks disruption for children, directors warn\n\nPlans to abolish dozens of English "
                 "councils could disrupt services for vulnerable children, directors have warned.\n\n" + sentence +
                 "\n\nThe directors said: \"Every care leaver has to be safely transferred.\"")
    assert sorted(c.key for c in af.subjects) == subjects


@pytest.mark.parametrize("reference,want", [
    ("the former county council's services", ("E10000021", "inadequate")),
    ("the county council's services", ("E10000021", "inadequate")),
    # look-alike: the subject's own services
    ("the council's services", ("E06000061", "inadequate")),
])
def test_the_county_council_in_an_article_on_its_successor_is_the_abolished_one(extract, reference, want):
    af = extract("North Northamptonshire children's services improve\n\nFriday, 28th March 2025\n\nChildren's services in "
                 "North Northamptonshire are no longer failing, Ofsted has said, six years after " + reference +
                 " were rated inadequate.\n\nInspectors who visited in January judged services in the North "
                 "Northamptonshire Council area to \"require improvement to be good\".")
    assert want in judgements(af)
    assert {j for j in judgements(af) if j[0] == "E06000061"} == ({want} if want[0] == "E06000061" else set()) | {
        ("E06000061", "requires-improvement")}


@pytest.mark.parametrize("clause", [
    "who spent four years as director of children's services at Warrington Borough Council before leaving in the summer",
    "who was previously director of children's services at Warrington Borough Council",
])
def test_a_post_told_in_the_past_in_a_clause_on_the_person_is_a_career(extract, clause):
    text = ("Halton names new director\n\nPublished 15 September 2021\n\nHalton Borough Council's children's services "
            "were rated inadequate in March. Nadia Okafor, " + clause + ", will take up the post in Halton in "
            "October.\n\nWarrington's children's services were rated good at their last full inspection in 2019.\n")
    assert {j.about.key for j in extract(text).facts if isinstance(j, Judgement)} == {"E06000006"}
    # look-alike: a post held now, which may be the article's council too
    text = text.replace(clause, "who is director of children's services at Warrington Borough Council")
    assert "E06000007" in {j.about.key for j in extract(text).facts if isinstance(j, Judgement)}


@pytest.mark.parametrize("owners", ["a company set up by Kingston and Richmond councils in 2014",
                                    "a company owned by Kingston and Richmond councils"])
def test_the_councils_that_own_a_provider_on_a_page_about_another_it_serves_are_in_passing(extract, owners):
    from kg.facts import ServiceArrangement
    text = ("Achieving for Children-run council requires improvement\n\nPublished 20 June 2019\n\nChildren's services "
            "in the Royal Borough of Windsor and Maidenhead require improvement to be good, Ofsted has said. "
            "Achieving for Children, " + owners + ", took over the borough's children's social care in 2017.\n\n"
            "Inspectors said management oversight was inconsistent.\n")
    af = extract(text)
    assert {j.about.key for j in af.facts if isinstance(j, Judgement)} == {"E06000040"}
    assert {f[0] for f in findings(af)} == {"E06000040"}
    assert {a.council.key for a in af.facts if isinstance(a, ServiceArrangement)} == {"E06000040"}
    # look-alike: on a page about the owners themselves, they are the story
    text = text.replace("in the Royal Borough of Windsor and Maidenhead", "in Kingston and Richmond").replace(
        "took over the borough's children's social care in 2017", "runs their children's social care")
    assert {j.about.key for j in extract(text).facts if isinstance(j, Judgement)} >= {"E09000021", "E09000027"}


_PROBATION = ("Youth justice service rated 'outstanding' by probation inspectors\n\nPublished 22 September 2022\n\n"
              "Wigan Council's youth justice service has been given the highest rating by HM Inspectorate of "
              "Probation.\n\nThe report praised the youth justice service's work with schools and the police.\n\n"
              "The report came in the same week that Ofsted published a letter after a visit looking at the council's "
              "services for children in care. Wigan's children's social care has been rated 'good' by Ofsted since "
              "2018.\n\nInspectors found that children in care were visited regularly by social workers.\n\n")


@pytest.mark.parametrize("voice", ["But the letter said a shortage of foster carers meant some children lived a long "
                                   "way from their schools.",
                                   "The letter also noted that a shortage of foster carers meant some children lived a long "
                                   "way from their schools."])
def test_a_passage_on_children_in_care_goes_on_while_the_inspectors_speak(extract, voice):
    text = _PROBATION + voice + "\n\nLeaders were said to have plans to recruit more foster carers.\n"
    got = findings(extract(text))
    assert ("E08000010", "placements", "concern") in got
    assert ("E08000010", "visits", "strength") in got
    # look-alike: a paragraph back on the other service ends the passage
    text = _PROBATION + ("The probation report said youth justice workers and schools shared information well, and "
                         "the youth justice service's staff turnover was low.\n")
    assert not {f for f in findings(extract(text)) if f[1] in ("multi-agency", "workforce-capacity")}


@pytest.mark.parametrize("headline", ["Wigan children's services chief to leave for Lancashire County Council",
                                      "Wigan's director of children's services leaving for Lancashire County Council"])
def test_where_someone_leaves_for_gets_no_facts_wherever_named(extract, headline):
    text = (headline + "\n\nPublished 3 February 2025\n\nWigan Council's director of children's services is to leave "
            "the authority. Rachel Ambrose has accepted a senior post at Lancashire County Council.\n\nLancashire's "
            "children's services were rated requires improvement to be good by Ofsted in 2022.\n")
    assert not {j.about.key for j in extract(text).facts if isinstance(j, Judgement)}
    # look-alike: a council the article reports on for itself, beside no one's move
    text = ("Lancashire children's services\n\nPublished 3 February 2025\n\nLancashire County Council's children's "
            "services were rated requires improvement to be good by Ofsted in 2022.\n")
    assert "E10000017" in {j.about.key for j in extract(text).facts if isinstance(j, Judgement)}


@pytest.mark.parametrize("phrase", ["level with", "on a par with"])
def test_a_council_set_level_with_the_subject_is_a_comparison(extract, phrase):
    text = ("Suffolk rated good\n\nPublished 5 December 2017\n\nChildren's services in Suffolk have been rated good by "
            "Ofsted. The result puts Suffolk " + phrase + " Essex, which is also rated good.\n")
    assert {j.about.key for j in extract(text).facts if isinstance(j, Judgement)} == {"E10000029"}


def test_a_provider_on_a_councils_own_page_runs_that_councils_services(extract):
    from kg.facts import ServiceArrangement
    text = ("Ofsted visit finds children are well protected\n\nPublished: 28 April 2022\n\nOur children's social care "
            "services are delivered by Achieving for Children (AfC), the social enterprise we co-own. Inspectors said "
            "social workers know their children well.\n\nRelated pages\n\nRichmond upon Thames fostering news\n")
    af = extract(text, url="https://www.kingston.gov.uk/news/article/1187/ofsted-visit")
    assert {a.council.key for a in af.facts if isinstance(a, ServiceArrangement)} == {"E09000021"}
    # look-alike: with no address, the council the text names is the one
    af = extract(text.replace("Related pages\n\nRichmond upon Thames fostering news\n", "Richmond upon Thames "
                              "Council said it was pleased.\n"))
    assert {a.council.key for a in af.facts if isinstance(a, ServiceArrangement)} == {"E09000027"}


def test_a_paragraph_of_the_passage_keeps_its_sentences_after_one_in_the_inspectors_voice(extract):
    text = _PROBATION.replace("Inspectors found that children in care were visited regularly by social workers.",
                              "Social workers visited children regularly, inspectors said. However, some "
                              "assessments were not updated when risks changed.")
    got = findings(extract(text))
    assert ("E08000010", "assessments", "concern") in got


def test_councils_told_of_as_to_come_take_no_discourse(extract):
    text = ("Cumbria visit\n\nThursday 19 January 2023\n\nInspectors who visited Cumbria County Council's children's "
            "services found too many children living far from home. Cumbria County Council said it was recruiting "
            "foster carers. Cumbria County Council's director welcomed the letter.\n\nFrom April, children's services will be "
            "split between the new Cumberland Council and Westmorland and Furness Council. Inspectors said leaders had "
            "planned the transition carefully.\n")
    assert ("E10000006", "leadership", "strength") in findings(extract(text))
    # look-alike: a successor in being by the article's date takes the discourse
    text = text.replace("Thursday 19 January 2023", "Thursday 18 May 2023").replace(
        "Cumbria County Council's children's services", "Cumberland Council's children's services").replace(
        "From April, children's services will be split between the new Cumberland Council and Westmorland and Furness "
        "Council.", "In April, children's services passed from Cumbria County Council to Cumberland Council.")
    assert ("E06000063", "leadership", "strength") in findings(extract(text))


@pytest.mark.parametrize("inherited", [
    "Somerset Council inherited the 'inadequate' grade and its children's services remain under an improvement notice.",
    "The new council inherited the 'inadequate' grade.",
])
def test_a_grade_a_new_council_inherited_is_no_news_of_its_inspection(extract, inherited):
    text = ("Ofsted sees progress in Somerset\n\nPublished: 9th October 2024\n\nInspectors carried out their fourth "
            "monitoring visit to Somerset Council in September.\n\nChildren's services in the county were rated "
            "'inadequate' after an inspection of the former Somerset County Council in March 2022, a year before the "
            "county council and the four district councils were replaced by the new unitary authority.\n\n"
            + inherited + "\n")
    af = extract(text)
    assert ("E06000066", "full") not in inspections(af)
    assert ("E06000066", "monitoring") in inspections(af)
    assert current(af).get(("E06000066", "inadequate")) is True
    # look-alike: a grade the new council was given is news of its own inspection
    af = extract(text.replace(inherited, "Last month Somerset Council was rated 'requires improvement to be good' "
                                         "after a full inspection."))
    assert ("E06000066", "full") in inspections(af)


@pytest.mark.parametrize("words", ["the former county council's", "the old county council's"])
def test_the_old_county_council_is_the_one_abolished(extract, words):
    text = ("West Northamptonshire rated good\n\nPublished 12 June 2025\n\nChildren's services in West "
            "Northamptonshire have been rated good by Ofsted, six years after " + words + " services were rated "
            "inadequate.\n")
    got = {(j.about.key, j.rating) for j in extract(text).facts if isinstance(j, Judgement)}
    assert ("E10000021", "inadequate") in got and ("E06000062", "inadequate") not in got


@pytest.mark.parametrize("made", ["replaced by two unitary authorities, North Northamptonshire and West "
                                  "Northamptonshire councils", "replaced by two new councils, North Northamptonshire "
                                  "and West Northamptonshire"])
def test_councils_a_reorganisation_made_are_no_roundups_count(extract, made):
    text = ("Northamptonshire trust making steady progress\n\nMonitoring visit to 'inadequate'-rated service finds "
            "stronger front door\n\nPublished 18 March 2022\n\nOfsted has found steady progress at the trust running "
            "children's services in Northamptonshire.\n\nChildren's services in the county were judged inadequate at a "
            "full inspection in 2019, when they were still run by Northamptonshire County Council, which was abolished "
            "last April and " + made + ".\n\nInspectors found that children are seen regularly and alone.\n")
    af = extract(text)
    assert {f[0] for f in findings(af) if f[1] == "visits"} == {"E06000061", "E06000062"}
    got = current(af)
    # the grade the service holds now is the successors', the 2019 one the county council's
    assert got.get(("E06000061", "inadequate")) and got.get(("E06000062", "inadequate"))
    assert got.get(("E10000021", "inadequate")) is False


def test_a_newsletter_line_naming_the_papers_town_names_no_council(extract):
    text = ("North Yorkshire rated outstanding\n\nPublished 20 May 2024\n\nChildren's services run by North Yorkshire "
            "Council have been rated outstanding by Ofsted.\n\nBy contrast, City of York Council's children's services "
            "were rated requires improvement to be good in 2022.\n\nGet the latest headlines from The Press, York, "
            "straight to your inbox.\n")
    assert {j.about.key for j in extract(text).facts if isinstance(j, Judgement)} == {"E06000065"}


@pytest.mark.parametrize("role", ["as its improvement partner", "acting as its improvement partner"])
def test_a_partner_told_after_a_clause_on_it_is_named_in_passing(extract, role):
    text = ("Kirklees appoints director\n\nPublished 3 May 2019\n\nKirklees Council's children's services were rated "
            "requires improvement by Ofsted in 2019. Kirklees has been working with Leeds City Council, whose "
            "children's services are rated outstanding, " + role + ".\n")
    assert {j.about.key for j in extract(text).facts if isinstance(j, Judgement)} == {"E08000034"}
    # look-alike: the same clause, then no partnership: a council the article reports on
    text = text.replace("Kirklees has been working with Leeds City Council", "Leeds City Council").replace(
        ", " + role + ".", ", has also published its plan.")
    assert "E08000035" in {j.about.key for j in extract(text).facts if isinstance(j, Judgement)}
