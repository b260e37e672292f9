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


@pytest.mark.parametrize("headline", ["Tameside interim children's director to step down",
                                      "Tameside interim director of children's services to go"])
def test_a_headlines_opening_council_before_adjectives_links(extract, headline):
    # the tagger may call a place opening a headline an adjective when another adjective follows
    assert councils(extract(headline + "\n\nThe director will leave in May.")) == {"E08000008"}


@pytest.mark.parametrize("heading", ["Reading focused visit", "Reading monitoring visit"])
def test_a_council_named_like_a_word_heading_a_section_on_its_visit_links(extract, heading):
    text = "Wigan news\n\n" + heading + "\n\nSeparately, inspectors found improvements.\n"
    assert councils(extract(text)) == {"E08000010", "E06000038"}
    # look-alike: a line that goes on as a sentence
    text = "Wigan news\n\nReading the visit letter, inspectors found improvements.\n"
    assert councils(extract(text)) == {"E08000010"}


@pytest.mark.parametrize("sentence", ["Inspectors found progress for Reading care leavers.",
                                      "The letter praised support in Reading children's homes."])
def test_a_council_named_like_a_word_after_a_preposition_before_a_noun_links(extract, sentence):
    assert councils(extract(sentence)) == {"E06000038"}
    # look-alike: the word itself, at a sentence's start
    assert councils(extract("Reading care plans closely, inspectors found gaps.")) == set()


@pytest.mark.parametrize("sentence", ["It is the result of a decade of choices in Westminster.",
                                      "MPs at Westminster will debate the bill."])
def test_westminster_as_the_seat_of_government_is_no_council(extract, sentence):
    assert councils(extract(sentence)) == set()
    # look-alike: the council, in a sentence of local government
    assert councils(extract("Inspectors praised leaders in Westminster after its local government reorganisation.")) \
        == {"E09000033"}


@pytest.mark.parametrize("sentence", [
    "She studied at Durham University before joining the service.",
    "Some young people had been placed many miles from the Dorset coast.",
    "The report was written by Chris Brent, a researcher.",
    "Hull City won on Saturday.",
    "Reading the report, inspectors saw progress.",
    # a council's name opening a longer place's name
    "Some children live with relatives in Newcastle-under-Lyme, which inspectors said was right for them.",
    "The charity is based in Stratford-upon-Avon.",
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


# -- councils that changed, places and references (invented sentences) ------------------------------

def judged(af):
    return {(f.about.key, f.rating) for f in af.facts if type(f).__name__ == "Judgement" and not f.area}


@pytest.mark.parametrize("text,want", [
    # an abolished county is never the answer after its abolition: its successors are
    ("12 May 2022\n\nInspectors rated Northamptonshire's children's services 'inadequate'.",
     {"E06000061", "E06000062"}),
    ("3 June 2016\n\nA report on Bedfordshire's children's social care was published today.",
     {"E06000055", "E06000056"}),
    # before its abolition it is the county council itself
    ("4 March 2019\n\nNorthamptonshire's children's services were found to be failing.", {"E10000021"}),
])
def test_a_place_resolves_to_the_councils_valid_on_the_articles_date(extract, text, want):
    assert councils(extract(text)) == want


@pytest.mark.parametrize("text,want", [
    ("Two authorities, Waltham Forest in London and St Helens in Lancashire, were rated 'good' this week.",
     {("E09000031", "good"), ("E08000013", "good")}),
    ("St Helens, in Lancashire, was rated 'good' by Ofsted this week.", {("E08000013", "good")}),
])
def test_a_council_after_in_only_places_another(extract, text, want):
    assert judged(extract(text)) == want


def test_a_school_in_a_county_is_not_the_county(extract):
    af = extract("A primary school in Suffolk has been rated 'inadequate' after its latest inspection.")
    assert judged(af) == set()


@pytest.mark.parametrize("text,want", [
    ("Hampshire County Council will run the Isle of Wight's children's services. Ofsted rated the island's "
     "child protection services 'inadequate' in November.", ("E06000046", "inadequate")),
    ("Leeds City Council and Kent County Council were inspected in May. Inspectors rated the county's "
     "services 'good'.", ("E10000016", "good")),
])
def test_a_typed_reference_is_the_last_council_of_its_type(extract, text, want):
    assert want in judged(extract(text))


def test_statements_without_a_council_are_about_the_subject(extract):
    af = extract("Derby City Council's children's services have been rated 'inadequate'.\n\n"
                 "Inspectors found caseloads were too high.\n\n"
                 "Social work supervision was infrequent, the report said.\n")
    about = {(f.about.key if f.about else None) for f in af.facts if type(f).__name__ == "Finding"}
    assert about == {"E06000015"}


def test_a_passing_mention_in_a_national_article_holds_for_its_paragraph_only(extract):
    af = extract("Councils across England face rising demand, a national report says.\n\n"
                 "The report looks at children's services over ten years. It was written by a review panel.\n\n"
                 "Its authors spoke to parents. They also spoke to social workers. They read case files.\n\n"
                 "The panel noted a case in Slough a decade ago. Caseloads there were too high.\n\n"
                 "Nationally, the report found, social workers spend too little time with children. "
                 "Agency staff remain a concern.\n")
    about = {(f.issue, f.about.key if f.about else None) for f in af.facts if type(f).__name__ == "Finding"}
    assert ("caseloads", "E06000039") in about
    assert ("agency-staff", None) in about


def test_a_provider_the_table_does_not_list(extract):
    af = extract("Wokingham Children's Trust was rated 'good' by Ofsted. The trust runs children's services "
                 "on behalf of Wokingham Borough Council.")
    provs = {(m.key, m.label) for m in af.mentions if m.kind == "provider"}
    assert provs == {("wokingham-childrens-trust", "Wokingham Children's Trust")}
    arrangements = {(f.provider.key, f.council.key) for f in af.facts if type(f).__name__ == "ServiceArrangement"}
    assert arrangements == {("wokingham-childrens-trust", "E06000041")}
    assert {(j.about.key, j.rating) for j in af.facts if type(j).__name__ == "Judgement"} == \
        {("wokingham-childrens-trust", "good")}


def test_a_department_for_children_is_not_a_provider(extract):
    af = extract("The Department for Children, Schools and Families said Kent must improve.")
    assert not [m for m in af.mentions if m.kind == "provider"]


def test_headline_words_are_not_organisations(extract):
    af = extract("County Council's Children's Services 'Inadequate'\n\n"
                 "Lancashire County Council has been told that its services for children are inadequate.\n")
    assert not [m for m in af.mentions if m.kind == "org"]


@pytest.mark.parametrize("text,gss", [
    ("Inspectors found that children in Reading waited too long for help.", "E06000038"),
    ("Kirklees's children's services were judged 'good'.", "E08000034"),
    ("Social workers in Wigan praised the new director.", "E08000010"),
    ("Halton's director said services in Sefton would share staff.", "E08000014"),
])
def test_councils_in_the_possessive_or_after_in_are_linked_whatever_the_model_tags(extract, text, gss):
    assert gss in councils(extract(text))


def test_a_former_council_is_history_not_the_subject(extract):
    af = extract("12 May 2023\n\nNorthamptonshire Children's Trust runs services for North and West Northamptonshire. "
                 "The former Northamptonshire County Council's children's services were rated inadequate in 2019. "
                 "Inspectors found caseloads at the trust are now manageable.")
    judged_ = {(j.about.key, j.rating) for j in af.facts if type(j).__name__ == "Judgement"}
    assert ("E10000021", "inadequate") in judged_
    about = {f.about.key for f in af.facts if type(f).__name__ == "Finding" and f.about}
    assert "E10000021" not in about


@pytest.mark.parametrize("text,want", [
    ("Kingston was praised last year. This week Ofsted rated the Royal Borough's children's services 'good'.",
     ("E09000021", "good")),
    ("Cambridgeshire County Council welcomed the report.\n\nOfsted rated the Council's services 'good'.",
     ("E10000003", "good")),
])
def test_capitalised_references(extract, text, want):
    assert want in judged(extract(text))


def test_a_court_at_a_place_is_not_the_council(extract):
    af = extract("Sefton Council was criticised by a judge.\n\nJudge Ann Reyes, sitting in the Family Court at "
                 "Liverpool, said the council had failed the child. The council, whose services were rated "
                 "inadequate in 2022, accepted the criticism.")
    assert judged(af) == {("E08000014", "inadequate")}


@pytest.mark.parametrize("text, councils", [
    ("Northumberland County Council was praised. A spokesperson for the NHS North East and North Cumbria "
     "Integrated Care Board said it was working to reduce mental health waiting times.", {"E06000057"}),
    ("Ofsted praised Medway Council. Kent and Medway ICB said waits for mental health support remained too long.",
     {"E06000035"}),
    ("Ofsted praised Torbay Council. Devon and Cornwall Police said it had doubled its missing-children team.",
     {"E06000027"}),
])
def test_places_an_nhs_body_or_a_police_force_is_named_by_are_not_councils(extract, text, councils):
    """An area's NHS body or police force, named by one place or two ("Kent and Medway ICB"), is not the
    council of that place, and what it says is not about that council."""
    af = extract(text)
    assert {m.key for m in af.mentions if m.kind == "council"} == councils
    assert {f.about.key for f in af.facts if getattr(f, "about", None)} <= councils


def test_a_boroughs_own_short_form(extract):
    """'H&F' (council_aliases_extra.csv) is Hammersmith and Fulham."""
    assert councils(extract("Ofsted praised H&F's work with young people at risk of exploitation.")) == {"E09000013"}


def test_a_persons_employer_named_in_passing_does_not_take_the_discourse(extract):
    """An article about Bedford that says where its new director works now: what follows is still Bedford's."""
    from kg.facts import Judgement
    af = extract("Bedford names new children's services director\n\n"
                 "Bedford Borough Council has appointed Helen Marchetti as its new director of children's services. "
                 "Ms Marchetti, currently deputy director for children's social care at Milton Keynes City Council, "
                 "will take up the post in January. She replaces Graham Petts, the interim director. Ofsted inspected "
                 "the council's children's services in July and rated them as requiring improvement to be good.\n")
    assert {j.about.key for j in af.facts if isinstance(j, Judgement)} == {"E06000055"}


@pytest.mark.parametrize("text,want", [
    ("Children's services in North and West Northamptonshire were praised.", {"E06000061", "E06000062"}),
    ("East and West Sussex were praised.", {"E10000011", "E10000032"}),
    ("North and North East Lincolnshire were praised.", {"E06000013", "E06000012"}),
])
def test_two_councils_sharing_a_place_name(extract, text, want):
    assert councils(extract("Published 5 May 2024\n\n" + text)) == want


@pytest.mark.parametrize("sentence,want", [
    ("Ofsted found children in Leeds live in stable homes.", {"E08000035"}),
    ("A spokesperson told the Leeds Live website that the report was fair.", set()),   # a newspaper's name
    ("The Derby Telegraph reported the findings.", set()),
])
def test_a_newspapers_word_blocks_a_council_only_as_a_name(extract, sentence, want):
    assert councils(extract(sentence)) == want


def _arrangements(af):
    return {(f.provider.key, f.council.key) for f in af.facts if type(f).__name__ == "ServiceArrangement"}


@pytest.mark.parametrize("url", ["https://www.nctrust.co.uk/news/ofsted-focused-visit-2024",
                                 "https://www.northamptonshirechildrenstrust.co.uk/news/visit"])
def test_a_providers_own_site_speaks_for_it(extract, url):
    text = ("Ofsted focused visit: strong practice in West Northamptonshire\n\nPosted 12 March 2024\n\nInspectors "
            "have praised our work. We deliver children's social care on behalf of both North Northamptonshire Council "
            "and West Northamptonshire Council.\n\nDr Miriam Achebe, our chief executive, said the letter was a "
            "credit to our practitioners.\n")
    af = extract(text, url=url)
    assert _arrangements(af) == {("northamptonshire-childrens-trust", "E06000061"),
                                 ("northamptonshire-childrens-trust", "E06000062")}
    assert {(m.role, m.org.key) for m in af.facts if type(m).__name__ == "Membership"} == {
        ("chief executive", "northamptonshire-childrens-trust")}
    # look-alike: a paper's page, whose "our" is nobody's here
    af = extract(text, url="https://www.northamptonchron.co.uk/news/visit")
    assert _arrangements(af) == set()


def test_a_provider_is_tied_to_the_councils_in_being_on_the_articles_date(extract):
    af = extract("Published 14 October 2021\n\nOfsted visited Northamptonshire Children's Trust. The trust was set up "
                 "when Northamptonshire County Council was rated inadequate. It now runs children's social care for "
                 "North Northamptonshire Council and West Northamptonshire Council.")
    assert _arrangements(af) == {("northamptonshire-childrens-trust", "E06000061"),
                                 ("northamptonshire-childrens-trust", "E06000062")}
    # the look-alike: on a date before the reorganisation, the county council it then served
    af = extract("Published 14 December 2020\n\nNorthamptonshire Children's Trust has begun running children's "
                 "services for Northamptonshire County Council.")
    assert _arrangements(af) == {("northamptonshire-childrens-trust", "E10000021")}


def test_a_providers_name_in_lower_case_is_ordinary_words(extract):
    af = extract("Hertfordshire County Council and the NHS must work together for children with SEND, Ofsted said.")
    assert not any(m.kind == "provider" for m in af.mentions)
    af = extract("Together for Children runs children's services for Sunderland City Council.")
    assert any(m.kind == "provider" and m.key == "together-for-children" for m in af.mentions)


@pytest.mark.parametrize("sentence, gss", [
    ("Ofsted finds clear strengths in Cheshire West child protection work.", {"E06000050"}),
    # look-alikes: the other half of the county, and the full name
    ("Ofsted finds clear strengths in Cheshire East child protection work.", {"E06000049"}),
    ("Cheshire West and Chester Council was praised by Ofsted.", {"E06000050"}),
])
def test_a_councils_short_name_in_local_papers(extract, sentence, gss):
    assert councils(extract("Published 22 March 2023\n\n" + sentence)) == gss


def test_a_constituency_after_mp_for_is_no_council(extract):
    from kg.facts import Finding
    af = extract("Jo Reed MP - Labour MP for Liverpool West Derby\n\nOfsted's latest visit to Liverpool: my statement\n\n"
                 "Yesterday Ofsted published a letter following its visit to Liverpool City Council's children's "
                 "services.\n\nInspectors found that children in care now see their social workers regularly.")
    about = {f.about.key for f in af.facts if isinstance(f, Finding) and f.about}
    assert about == {"E08000012"}


@pytest.mark.parametrize("text, want", [
    ("Round-up\n\n5 April 2024\n\nGood\n- Derbyshire (previously requires improvement): the county's early help offer "
     "was praised.", {"E10000007"}),
    # look-alike: a capitalised common word opening a bulleted line is still a word
    ("Round-up\n\n5 April 2024\n\nNotes\n- Reading the report, inspectors saw progress.", set()),
])
def test_a_bulleted_item_opening_with_a_council(extract, text, want):
    assert councils(extract(text)) == want


def test_a_provider_set_up_to_take_over_from_a_council(extract):
    # before the county council's abolition, the council it took over from is the one it serves
    af = extract("Published 14 December 2020\n\nNorthamptonshire Children's Trust was set up last month to take over "
                 "children's social care from Northamptonshire County Council.")
    assert _arrangements(af) == {("northamptonshire-childrens-trust", "E10000021")}
    # look-alike: told after the abolition, the trust serves the councils in being (the history is no arrangement)
    af = extract("Published 25 November 2022\n\nNorth Northamptonshire Council and West Northamptonshire Council were "
                 "rated requires improvement. Northamptonshire Children's Trust was set up in November 2020 to take "
                 "over children's social care from Northamptonshire County Council, and has delivered services for "
                 "North Northamptonshire and West Northamptonshire councils since April 2021.")
    assert _arrangements(af) == {("northamptonshire-childrens-trust", "E06000061"),
                                 ("northamptonshire-childrens-trust", "E06000062")}


def test_the_trust_is_the_provider_named_before(extract):
    text = ("Trust's budget\n\nPublished 2 February 2026\n\nNorthamptonshire Children's Trust runs children's services for "
            "North Northamptonshire Council and West Northamptonshire Council. The trust took over children's social care "
            "from the former Northamptonshire County Council in November 2020. The trust was created after the former "
            "county council's children's services were rated inadequate by Ofsted in 2019.")
    af = extract(text)
    assert [f.council.key for f in af.facts if type(f).__name__ == "ServiceRelation" and "took over" in f.evidence.text] \
        == ["E10000021"]
    # the grade is the former county council's, not the trust's councils'
    assert {(j.about.key, j.rating) for j in af.facts if type(j).__name__ == "Judgement"} == {("E10000021", "inadequate")}
    # look-alike: another trust named in between ("the trust" is that one)
    other = extract("News\n\nPublished 2 February 2026\n\nNorthamptonshire Children's Trust was praised by Ofsted. "
                    "Kettering General Hospital NHS Foundation Trust said the trust took over maternity care from "
                    "Northamptonshire County Council.")
    assert not [f for f in other.facts if type(f).__name__ == "ServiceRelation"]


def test_a_hyphenated_council_name_is_still_one_council(extract):
    assert councils(extract("Stockton-on-Tees Borough Council and Stoke-on-Trent City Council met.")) == {
        "E06000004", "E06000021"}


def _relations(af):
    return {(f.provider.key, f.council.key) for f in af.facts if type(f).__name__ == "ServiceRelation"}


def test_a_provider_is_tied_past_another_council_only_by_a_phrase_of_its_own(extract):
    text = ("Region\n\nPublished 2 March 2026\n\nBirmingham Children's Trust, which runs children's services in Birmingham, "
            "was rated good in 2023, while Dudley's services were judged to require improvement.")
    assert _relations(extract(text)) == {("birmingham-childrens-trust", "E08000025")}
    # a council listed with the one before it has its relation
    text = ("Trust\n\nPublished 2 March 2026\n\nAchieving for Children runs children's services for Kingston upon "
            "Thames, Richmond upon Thames and Windsor and Maidenhead.")
    assert _relations(extract(text)) == {("achieving-for-children", g) for g in ("E09000021", "E09000027", "E06000040")}
    # past another council, a phrase of its own ties the next
    text = ("Trust\n\nPublished 2 March 2026\n\nAchieving for Children, owned by Kingston upon Thames, also runs "
            "services for Windsor and Maidenhead.")
    assert _relations(extract(text)) == {("achieving-for-children", "E09000021"), ("achieving-for-children", "E06000040")}


@pytest.mark.parametrize("text,want", [
    ("The Royal Borough's children's services, which have been run on the council's behalf by Achieving for Children "
     "since 2017, kept their good rating.", {("achieving-for-children", "E06000040")}),
    ("Windsor and Maidenhead's services are delivered by Achieving for Children.", {("achieving-for-children", "E06000040")}),
    # look-alike: another council named between them is the one run by it
    ("Windsor and Maidenhead's services were praised, and Kingston upon Thames's services are run by Achieving for "
     "Children.", {("achieving-for-children", "E09000021")}),
])
def test_a_council_named_before_the_provider_that_runs_it(extract, text, want):
    af = extract("Windsor and Maidenhead\n\nPublished 2 March 2026\n\nWindsor and Maidenhead was inspected. " + text)
    assert _relations(af) == want


def _arranged(af):
    return {(f.provider.key, f.council.key) for f in af.facts if type(f).__name__ == "ServiceArrangement"}


@pytest.mark.parametrize("sentence", [
    "Hampshire County Council has run the Isle of Wight's children's services under a partnership since 2013.",
    "Under the arrangement, Hampshire has run the Isle of Wight Council's children's social care since 2013.",
])
def test_a_council_running_anothers_services_is_their_partnership(extract, sentence):
    af = extract("Island news\n\nPublished 4 March 2019\n\nThe Isle of Wight Council's children's services were rated "
                 "good by Ofsted. " + sentence)
    assert ("hampshire-and-isle-of-wight-childrens-services-partnership", "E06000046") in _arranged(af)


def test_the_partnership_is_not_tied_outside_its_years_or_without_hampshire_running_it(extract):
    later = extract("Island news\n\nPublished 4 March 2025\n\nHampshire County Council ran the Isle of Wight's "
                    "children's services under a partnership until last year.")
    assert not _arranged(later)
    apart = extract("Island news\n\nPublished 4 March 2019\n\nThe Isle of Wight Council and Hampshire County Council "
                    "were both rated good.")
    assert not _arranged(apart)


@pytest.mark.parametrize("phrase", ["out of the old Cumbria", "from the former Cumbria"])
def test_the_old_county_by_its_place_name_is_the_abolished_council(extract, phrase):
    """'the old Cumbria' in a 2024 interview is the county council gone in 2023, not both its successors: the
    other successor does not become a subject by it"""
    af = extract("Cumberland rated good\n\nWednesday, October 2, 2024\n\nJo Bell, director of children's services at "
                 f"Cumberland Council, talks about building a department {phrase}.\n\nOfsted has rated Cumberland's "
                 "children's services good.\n\nSome of our families lived in Westmorland and Furness.\n\n"
                 "Inspectors said caseloads have come down.")
    assert [c.key for c in af.subjects] == ["E06000063"]
    assert {f.about.key for f in af.facts if type(f).__name__ == "Finding"} == {"E06000063"}
    # look-alike: "old" that is not "the old" place ("Cumbria's old county hall") leaves the name as it was
    af = extract("Cumberland rated good\n\nWednesday, October 2, 2024\n\nOfsted has rated Cumberland Council's "
                 "services good. Staff moved out of Cumbria's old county hall.")
    assert "E10000006" not in {c.key for c in af.subjects}
