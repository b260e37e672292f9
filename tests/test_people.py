"""People in roles at organisations, bylines and quotations (made-up sentences)."""
from __future__ import annotations

import pytest

from kg.facts import Membership, Quotation


def members(af):
    return {(m.person.label, m.role, m.org.key if m.org else None) for m in af.facts if isinstance(m, Membership)}


def test_name_then_role_in_council(extract):
    af = extract("Jane Doe, director of children's services in Norfolk, said the findings were fair.")
    assert members(af) == {("Jane Doe", "director of children's services", "E10000020")}


def test_org_role_then_name(extract):
    af = extract("Ofsted's national director, John Smith, said councils must act.")
    assert members(af) == {("John Smith", "national director", "ofsted")}


def test_council_possessive_role(extract):
    af = extract("Leeds City Council's cabinet member for children Mary Jones welcomed the report.")
    assert members(af) == {("Mary Jones", "cabinet member for children", "E08000035")}


def test_unnamed_role_holder_makes_no_person(extract):
    af = extract("The recently appointed chair of the trust has clear plans for Sandwell.")
    assert members(af) == set()
    assert not [m for m in af.mentions if m.kind == "person"]


def test_quotation_has_speaker_and_subject(extract):
    af = extract('Essex council leader Tom Brown said: "We will learn from every finding in this report."')
    quotes = [q for q in af.facts if isinstance(q, Quotation)]
    assert [(q.speaker.label, q.about.key) for q in quotes] == [("Tom Brown", "E10000012")]


def test_byline(extract):
    af = extract("By Sam Taylor\n12 May 2023\n\nOfsted praised Devon.")
    assert [a.label for a in af.authors] == ["Sam Taylor"]
    assert af.published.iso() == "2023-05-12"


def test_organisation_inside_the_role_after_the_name(extract):
    af = extract("Sam Lee, Ofsted's national director for social care, said councils must act.")
    assert members(af) == {("Sam Lee", "national director for social care", "ofsted")}


def test_role_with_a_region(extract):
    af = extract("Ofsted's regional director for the North West, Kim Ray, praised Wigan.")
    assert members(af) == {("Kim Ray", "regional director for the north west", "ofsted")}


def test_headline_before_a_long_first_paragraph(extract):
    body = "Ofsted said the council had made progress in several areas of its work with families. " * 3
    af = extract("Council rated 'good' by Ofsted\n\n" + body)
    assert af.title == "Council rated 'good' by Ofsted"


def test_byline_with_date_on_one_line(extract):
    af = extract("Staff shortages hit Kent\nby Alex Turner on August 28, 2019\n\nOfsted praised Kent.")
    assert [a.label for a in af.authors] == ["Alex Turner"]
    assert af.published.iso() == "2019-08-28"
    assert af.title == "Staff shortages hit Kent"


def test_role_of_the_trust_the_article_is_about(extract):
    af = extract("Sandwell Children's Trust was praised by Ofsted. Jo Bell, chief executive of the trust, "
                 "said staff were proud.")
    assert members(af) == {("Jo Bell", "chief executive", "sandwell-childrens-trust")}


def test_executive_director_is_one_role(extract):
    af = extract("Ann Lee, executive director of children and young people at Bury Council, said staff were proud.")
    assert members(af) == {("Ann Lee", "executive director of children and young people", "E08000002")}


@pytest.mark.parametrize("header,author", [
    ("Posted on March 12, 2024 by Jane Smith", "Jane Smith"),
    ("By Jane Smith, Senior Reporter", "Jane Smith"),
])
def test_byline_forms(extract, header, author):
    af = extract(f"Kent praised by Ofsted\n{header}\n\nOfsted praised Kent for its work with care leavers.")
    assert [a.label for a in af.authors] == [author]


def test_headline_by_is_not_a_byline(extract):
    af = extract("Council criticised by Local Government Ombudsman\n\nThe ombudsman criticised Kent.")
    assert af.authors == []


# -- kinds of role phrasing met in real reporting (invented sentences) -------------------------------

@pytest.mark.parametrize("text,want", [
    # names the statistical model tags as organisations, found by their title or role
    ("Sunderland's services are improving, said Cllr Dara Fenwick.", ("Dara Fenwick", "councillor", "E08000024")),
    ("A letter was sent to Councillor Hedda Scarr, Leader of Darlington Borough Council, last week.",
     ("Hedda Scarr", "leader", "E06000005")),
    ("Cllr Jem Saunt, Conservative opposition spokesperson for Children & Families, added that Bury must act.",
     ("Jem Saunt", "conservative opposition spokesperson for children & families", "E08000002")),
])
def test_names_found_by_title_or_role(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text,want", [
    ("Bury Council was inspected. Ravi Patel, the council's new executive director of children's services, "
     "said staff were proud.", ("Ravi Patel", "executive director of children's services", "E08000002")),
    ("Bury Council was inspected. Inspectors wrote to Ravi Patel, the council’s acting director of children’s "
     "services.", ("Ravi Patel", "acting director of children's services", "E08000002")),
])
def test_the_councils_role(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text,want", [
    ("Ian Crow, who had been director of children's services in Bury since 2011, left in May.",
     ("Ian Crow", "director of children's services", "E08000002")),
    ("Bury Council was criticised. Ian Crow, who was appointed in January, is the fifth director in five years.",
     ("Ian Crow", "director", "E08000002")),
    ("Last week Ian Crow resigned from his post as director of learning at Bury Council.",
     ("Ian Crow", "director of learning", "E08000002")),
])
def test_roles_given_by_a_relative_clause_a_copula_or_as(extract, text, want):
    assert want in members(extract(text))


def test_a_title_is_a_role_only_when_the_article_gives_none(extract):
    af = extract("Ossian Hale, cabinet member for children at Bury Council, welcomed the report. "
                 "Cllr Hale said the council would act.")
    assert members(af) == {("Ossian Hale", "cabinet member for children", "E08000002")}


@pytest.mark.parametrize("text,want", [
    # an honour is part of the name as written (the label), whether the role comes before or after it
    ("Services were called a disgrace by Ofsted's chief inspector Sir Mark Lowe in 2013.",
     ("Sir Mark Lowe", "chief inspector", "ofsted")),
    ("The council's chief executive, Dame Ann Holt, apologised.", ("Dame Ann Holt", "chief executive", None)),
    ("Chief Inspector of Ofsted, Clara Gould, praised the councils.", ("Clara Gould", "chief inspector", "ofsted")),
    ("Headteacher Ada Rowe has been off sick since September.", ("Ada Rowe", "headteacher", None)),
    ("Ofsted social care chief Dora Jay told MPs that councils were struggling.",
     ("Dora Jay", "social care chief", "ofsted")),
])
def test_roles_before_the_name(extract, text, want):
    assert want in members(extract(text))


def test_two_people_sharing_a_role(extract):
    af = extract("Rhea Shaw and Sue Bruton have been acting as joint interim heads since September.")
    assert {("Rhea Shaw", "joint interim head", None), ("Sue Bruton", "joint interim head", None)} <= members(af)


@pytest.mark.parametrize("text,want", [
    ("Slough Borough Council's chief executive Josie Wragg said the trust had improved.",
     ("Josie Wragg", "chief executive", "E06000039")),
    ("Slough Borough Council chief executive Josie Wragg said the trust had improved.",
     ("Josie Wragg", "chief executive", "E06000039")),
    ("Bury Council executive director for children, young people and families Ravi Shah said staff were proud.",
     ("Ravi Shah", "executive director for children, young people and families", "E08000002")),
    ("Chief executive of the NSPCC, Tom Wake, said councils must act.", ("Tom Wake", "chief executive", "nspcc")),
    ("Jo Bell was appointed director of children's services at Bury Council in 2019.",
     ("Jo Bell", "director of children's services", "E08000002")),
    ("Bury Council said Jo Bell was hired in an interim director role last year.",
     ("Jo Bell", "interim director", "E08000002")),
])
def test_roles_headed_by_their_organisation_and_appointments(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("header,author", [
    ("- Sam Doyle Council Correspondent", "Sam Doyle"),
    ("Education Editor, Sam Doyle", "Sam Doyle"),
])
def test_bylines_with_the_writers_job(extract, header, author):
    af = extract(f"Kent praised by Ofsted\n{header}\n\nOfsted praised Kent for its work with care leavers.")
    assert [a.label for a in af.authors] == [author]


@pytest.mark.parametrize("text,date", [
    ("date 2018-03-14 Much improved, but Kent could do better. That is the verdict on Kent's services.\n",
     "2018-03-14"),
    ("Ofsted has today (19/7/19) published its findings on a monitoring visit to Kent.\n", "2019-07-19"),
])
def test_datelines_in_the_opening_text(extract, text, date):
    af = extract(text)
    assert af.published.iso() == date
    if text.startswith("date"):
        assert "Kent" in {m.label.split()[0] for m in af.mentions if m.kind == "council"}


def test_a_newspapers_name_is_not_its_author(extract):
    af = extract("Westshire Post\n\nKent praised by Ofsted\n\n- Sam Doyle Council Correspondent\n\n"
                 "Ofsted praised Kent for its work with care leavers.\n")
    assert [a.label for a in af.authors] == ["Sam Doyle"]


def test_a_role_before_and_one_given_after_the_name(extract):
    af = extract("Hampshire CC's chief executive John Cole has been appointed children's commissioner at West Sussex CC.")
    got = members(af)
    assert ("John Cole", "chief executive", "E10000014") in got
    assert ("John Cole", "children's commissioner", "E10000032") in got


def test_a_role_at_an_organisation_no_table_lists(extract):
    af = extract("Gloucestershire County Council said Ann Wills, director of young people and families at Prospects, "
                 "was appointed interim director of children's services.")
    got = members(af)
    assert ("Ann Wills", "director of young people and families", "prospects") in got
    assert ("Ann Wills", "interim director of children's services", "E10000013") in got


def test_appointed_name_as_role(extract):
    af = extract("The Department for Education appointed Ada Frost as children's services commissioner for Thurrock.")
    assert ("Ada Frost", "children's services commissioner", "E06000034") in members(af)


def test_a_name_in_brackets_after_its_role(extract):
    af = extract("Bury Council's leader backed the current chairman of the Children and Families Committee "
                 "(Mara Quill Labour) in the vote.")
    assert ("Mara Quill", "chairman of the children and families committee", "E08000002") in members(af)


def test_a_quote_said_by_he_or_she_is_the_last_persons(extract):
    af = extract("Jo Bell, director of children's services at Bury Council, welcomed the report.\n\n"
                 'She said: "Our social workers have worked incredibly hard for children in Bury."\n')
    quotes = [q for q in af.facts if isinstance(q, Quotation)]
    assert [(q.speaker.label, q.about.key) for q in quotes] == [("Jo Bell", "E08000002")]


@pytest.mark.parametrize("text,want", [
    ("Herefordshire is under a DfE-appointed commissioner, Dr Alan Breck, since 2022.",
     ("Alan Breck", "commissioner", "department-for-education")),
    ("Detective Superintendent Asha Rowe, of Greater Manchester Police, said agencies were working well together.",
     ("Asha Rowe", "detective superintendent", "greater-manchester-police")),
])
def test_roles_with_courtesy_titles_and_police_ranks(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Councillor Derek Ashworth, of West Northamptonshire, and Councillor Annabel Ross, of North Northamptonshire, "
     "said the councils would hold the trust to account.",
     {("Derek Ashworth", "councillor", "E06000062"), ("Annabel Ross", "councillor", "E06000061")}),
    ("Cllr Sam Okafor, of Medway Council, said the report was fair.", {("Sam Okafor", "councillor", "E06000035")}),
    # look-alike: with no body after the name, a councillor is on the council the article is on
    ("Cllr Sam Okafor said the report was fair.", {("Sam Okafor", "councillor", "E10000016")}),
])
def test_a_councillor_of_the_council_named_after_the_name(extract, text, want):
    af = extract("Published 3 May 2024\n\nOfsted rated Kent County Council's children's services good. " + text)
    assert want <= set(members(af))


@pytest.mark.parametrize("text, want", [
    ("Detective Superintendent Marcus Reid, of Avon and Somerset Police, said officers would record what "
     "children said.", ("Marcus Reid", "detective superintendent", "avon-and-somerset-police")),
    ("Jo Platt, chief executive of Kent and Medway ICB, said waiting times would fall.",
     ("Jo Platt", "chief executive", "kent-and-medway-icb")),
])
def test_public_bodies_named_by_the_places_they_serve(extract, text, want):
    """'Avon and Somerset Police', 'Kent and Medway ICB': organisations whether or not the model tags them,
    and never the councils of their places."""
    af = extract(text)
    assert not any(org and org.startswith("E") for _, _, org in members(af))
    assert want in members(af)


def test_a_public_body_at_the_start_of_a_sentence_is_named_without_the_word_before_it(nlp):
    from kg.extract.context import build_context
    ctx = build_context(nlp("Yesterday Devon and Cornwall Police said it would attend the hearing."),
                        "Yesterday Devon and Cornwall Police said it would attend the hearing.", None)
    assert [e.ref.label for e in ctx.entities if e.ref.kind == "org"] == ["Devon and Cornwall Police"]


@pytest.mark.parametrize("text, want, not_want", [
    ("Professor Owen Marland, the independent scrutineer of the Warrington Safeguarding Partnership, said "
     "partners worked well together.",
     ("Owen Marland", "independent scrutineer", "warrington-safeguarding-partnership"), "professor"),
    ("The result was welcomed by Amanda Kerrigan, now executive director of people at Wirral Council.",
     ("Amanda Kerrigan", "executive director of people", "E08000015"), None),
    ("Dr Sara Mehta, designated doctor for safeguarding children at Kent and Medway ICB, said waits were too long.",
     ("Sara Mehta", "designated doctor for safeguarding children", "kent-and-medway-icb"), None),
])
def test_safeguarding_partnerships_nhs_roles_and_roles_held_now(extract, text, want, not_want):
    """A local safeguarding partnership is an organisation; 'now' is not part of a role; a title read as
    a role gives way to the role the article gives ('Professor ..., the independent scrutineer')."""
    got = members(extract(text))
    assert want in got, got
    assert not_want is None or not any(role == not_want for _, role, _ in got)


@pytest.mark.parametrize("text, want", [
    ("Cllr Julie Haworth (Labour), executive member for children, said the council was proud.",
     ("Julie Haworth", "executive member for children", "E06000008")),
    ("Cllr Jess Pengelly (Liberal Democrat), cabinet member for children's services at Devon County Council, said "
     "the appointment was welcome.", ("Jess Pengelly", "cabinet member for children's services", "E10000008")),
])
def test_a_party_in_brackets_stands_between_a_name_and_its_role(extract, text, want):
    """'Cllr X (Labour), cabinet member ...': the role after the bracket."""
    af = extract(("Blackburn with Darwen Borough Council's children's services were rated good. " if "Haworth" in text
                  else "") + text)
    assert want in members(af), members(af)


@pytest.mark.parametrize("text, want", [
    ("Stockport's children's services were rated requires improvement. Committee chair Cllr Amanda Pickering-Lowe "
     "(Lib Dem) opened the meeting.", ("Amanda Pickering-Lowe", "committee chair", "E08000007")),
    ("Stockport's children's services were rated requires improvement. Cllr Wendy Albiston-Reed (Labour) said the "
     "report was a wake-up call.", ("Wendy Albiston-Reed", "councillor", "E08000007")),
])
def test_hyphenated_surnames_and_committee_chairs(extract, text, want):
    """A hyphenated surname is one name (its label may write the hyphen as a space); a committee's chair sits
    on the council."""
    got = {(name.replace("-", " "), role, org) for name, role, org in members(extract(text))}
    assert (want[0].replace("-", " "), *want[1:]) in got, got


def test_a_role_and_its_portfolio_then_a_hyphenated_name(extract):
    """'the director of children's services, Kieran Blackledge-Ross, told ...': the model tags no person;
    the role before the comma names one."""
    af = extract("Stockport's children's services were rated requires improvement. Responding, the director of "
                 "children's services, Kieran Blackledge-Ross, told the committee the council accepted the findings.")
    got = {(name.replace("-", " "), role, org) for name, role, org in members(af)}
    assert ("Kieran Blackledge Ross", "director of children's services", "E08000007") in got, got


@pytest.mark.parametrize("text, want", [
    ("Tameside's children's services were rated inadequate. Panel chair Councillor Desmond Ashworth asked why "
     "plans had drifted.", ("Desmond Ashworth", "panel chair", "E08000008")),
    ("Sandwell's services are run by Sandwell Children's Trust. Marcus Delaney, head of fostering at the trust, said "
     "it needed more carers.", ("Marcus Delaney", "head of fostering", "sandwell-childrens-trust")),
    ("Ofsted praised Hammersmith and Fulham. Detective Superintendent Mark Ellery, of the Met, said officers "
     "would record what children said.", ("Mark Ellery", "detective superintendent", "metropolitan-police")),
])
def test_panel_chairs_heads_of_fostering_and_the_met(extract, text, want):
    assert want in members(extract(text)), members(extract(text))


@pytest.mark.parametrize("sentence, want", [
    ("Ofsted has named Dr Imran Siddiqui as its regional director for Yorkshire and the Humber.",
     ("Imran Siddiqui", "regional director for yorkshire and the humber", "ofsted")),
    ("Carol Pendleton, who has been regional director since 2018, retires this month.",
     ("Carol Pendleton", "regional director", "ofsted")),
    # look-alike: another body named with the role keeps it
    ("Jo Bell, the DfE's regional director for the East of England, said it was welcome.",
     ("Jo Bell", "regional director for the east of england", "department-for-education")),
])
def test_a_regional_director_serves_a_region_not_a_body_of_its_name(extract, sentence, want):
    """An English region after "regional director for" is part of the role, and the role is Ofsted's unless the
    text names another body."""
    assert want in members(extract("Published 8 October 2025\n\nOfsted rated Norfolk County Council good. " + sentence))


@pytest.mark.parametrize("sentence, want", [
    ("Chief Superintendent Anita Bhogal said agencies were working well.",
     ("Anita Bhogal", "chief superintendent", None)),
    ("Chief Superintendent Anita Bhogal, district commander for Kirklees at West Yorkshire Police, said agencies were "
     "working well.", ("Anita Bhogal", "district commander", "west-yorkshire-police")),
    # look-alike: a council after "for" with no body after it is the post's
    ("Jo Bell, cabinet member for children at Kirklees Council, said so.",
     ("Jo Bell", "cabinet member for children", "E08000034")),
])
def test_a_police_rank_is_no_part_of_the_name_and_a_post_for_a_place_is_at_its_body(extract, sentence, want):
    got = members(extract("Published 8 October 2025\n\nOfsted rated Kirklees Council's children's services good. "
                          + sentence))
    assert want in got and not any(name.lower().startswith("superintendent") for name, _, _ in got)


@pytest.mark.parametrize("sentence, want", [
    ("Cllr Graham Wheatcroft, cabinet member for children and families at County Hall, said it was welcome.",
     ("Graham Wheatcroft", "cabinet member for children and families", "E10000024")),
    # look-alike: a body named after "at" is the post's
    ("Jo Bell, director of young people and families at Prospects, said it was welcome.",
     ("Jo Bell", "director of young people and families", "prospects")),
])
def test_a_post_at_the_council_building_is_the_councils(extract, sentence, want):
    text = "Published 30 September 2025\n\nOfsted rated Nottinghamshire County Council's children's services good. "
    assert want in members(extract(text + sentence))


@pytest.mark.parametrize("sentence, want", [
    ("Ian Thwaite, the town's director of children's services, said a scheme would start.",
     ("Ian Thwaite", "director of children's services", "E06000002")),
    ("Jo Bell, the borough's cabinet member for children, said so.",
     ("Jo Bell", "cabinet member for children", "E06000002")),
])
def test_the_places_post_is_its_councils(extract, sentence, want):
    text = "Published 30 September 2025\n\nOfsted rated Middlesbrough Borough Council's children's services good. "
    assert want in members(extract(text + sentence))


def test_the_post_a_verb_gives_after_a_past_post_elsewhere(extract):
    text = ("Published 30 September 2025\n\nOfsted rated Wirral Council's children's services inadequate. Fiona "
            "Crossley, who was interim director at Knowsley until last year, will step in as interim director of "
            "children, families and education.")
    assert members(extract(text)) == {("Fiona Crossley", "interim director of children, families and education",
                                       "E08000015"), ("Fiona Crossley", "interim director", "E08000011")}
    # look-alike: a past post at the council the article is on is still told
    got = members(extract(text.replace("at Knowsley", "at Wirral").replace(", will step in as interim director of "
                                                                           "children, families and education", ", said so")))
    assert ("Fiona Crossley", "interim director", "E08000015") in got


@pytest.mark.parametrize("sentence, want", [
    ("Dr Priya Rammal, who chairs the workforce policy committee of the Association of Directors of Children's "
     "Services, said so.", ("Priya Rammal", "chair", "association-of-directors-of-childrens-services")),
    # look-alike: a committee of no body named is the council's
    ("Cllr Jo Bell, who chairs the scrutiny committee, said so.", ("Jo Bell", "chair", "E10000016")),
])
def test_who_chairs_a_committee_of_a_body_chairs_for_that_body(extract, sentence, want):
    text = "Published 8 October 2025\n\nOfsted rated Kent County Council's children's services good. "
    assert want in members(extract(text + sentence))


def test_several_people_in_a_sentence_on_a_council_not_spoken_of_are_at_it(extract):
    text = ("Movers and shakers\n\nPublished 11 September 2024\n\nKirklees Council's strategic director for children's "
            "services, Tom Brannigan, will retire in December. Brannigan joined Kirklees in 2020.\n\nNorfolk County "
            "Council has appointed Philippa Gough as interim executive director of children's services while it "
            "recruits a replacement for Duncan Reeve, the former executive director, who left in July.\n")
    got = members(extract(text))
    assert ("Duncan Reeve", "former executive director", "E10000020") in got
    # look-alike: the subject's own people stay the subject's
    assert ("Tom Brannigan", "strategic director for children's services", "E08000034") in got


@pytest.mark.parametrize("second, want", [
    ("Lorraine Whitby joins as interim chief executive.", ("Lorraine Whitby", "interim chief executive",
                                                          "slough-children-first")),
    # look-alike: a council named in between is the one spoken of
    ("Slough Borough Council's leader welcomed it. Lorraine Whitby joins as interim chief executive.",
     ("Lorraine Whitby", "interim chief executive", "E06000039")),
])
def test_a_chief_executive_is_of_the_provider_just_spoken_of(extract, second, want):
    text = ("Published 30 September 2025\n\nSlough Children First has appointed a new chair and an interim chief "
            "executive. Jo Bell takes over as chair from 1 October. " + second)
    assert want in members(extract(text))


@pytest.mark.parametrize("text,want", [
    ("Colne Valley MP Tia Marsh said she would hold the council to account.", ("Tia Marsh", "mp", "house-of-commons")),
    ("Labour MP for Harrow West, Omar Dale, said the report was shocking.",
     ("Omar Dale", "mp for harrow west", "house-of-commons")),
    ("Emma Lowther, Labour MP for Jarrow, said she had written to the council.", ("Emma Lowther", "mp", "house-of-commons")),
    # look-alike: a party before a councillor's role leaves it a councillor of the council
    ("Ofsted rated Wirral Council inadequate. Labour councillor Jo Bell said it was shocking.",
     ("Jo Bell", "councillor", "E08000015")),
])
def test_an_mp_holds_a_role_in_the_house_of_commons_whatever_the_party(extract, text, want):
    """An MP sits in the House of Commons, not the council; the party is no part of the role."""
    assert want in members(extract(text))


@pytest.mark.parametrize("text,want", [
    ("Kent's current DCS, Ivo Marsh, will leave in the new year.", ("Ivo Marsh", "director of children's services", "E10000016")),
    ("Kent was rated good. Sally Hodges joined the council as interim DCS in February.",
     ("Sally Hodges", "interim director of children's services", "E10000016")),
])
def test_dcs_is_the_director_of_childrens_services(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text,org", [
    # a chief executive with no organisation named: the council the sentence is about ...
    ("Kent County Council was rated good. In a statement, chief executive Rosa Penn said staff had worked hard.", "E10000016"),
    # ... or the trust it names
    ("The report praised Sandwell Children's Trust, and chief executive Rosa Penn said staff had worked hard.",
     "sandwell-childrens-trust"),
])
def test_a_chief_executive_belongs_to_the_body_the_sentence_is_about(extract, text, org):
    assert any(name == "Rosa Penn" and role == "chief executive" and o == org for name, role, o in members(extract(text)))


@pytest.mark.parametrize("text,org", [
    ("Kent County Council was rated inadequate. Commissioner Otto Fell will report in March.", "E10000016"),
    ("The Department for Education appointed a commissioner, Otto Fell, to oversee improvements.", "department-for-education"),
])
def test_a_commissioner_is_the_councils_unless_the_dfe_is_named(extract, text, org):
    assert ("Otto Fell", "commissioner", org) in members(extract(text))


def test_letters_after_a_name_are_not_part_of_it(extract):
    af = extract("Commissioner Ned Rowe CBE (Chief Executive of Hampshire County Council) carried out the review.")
    assert {p for p, _, _ in members(af)} == {"Ned Rowe"}


@pytest.mark.parametrize("text,want", [
    ("Kent was praised. Leader of BCC, councillor Martin Tett, said he was pleased.",
     ("Martin Tett", "leader of bcc", "E10000016")),
    ("Kent was praised. The chair of the council's children, young people and skills committee, Councillor Tom "
     "Bewick, said he was pleased.", ("Tom Bewick", "chair of the council's children, young people and skills committee", "E10000016")),
    ("Kent was praised. Labour's shadow spokesperson for children's services on the council, Cllr Bob Webb said "
     "the report was welcome.", ("Bob Webb", "shadow spokesperson for children's services on the council", "E10000016")),
    ("Kent was praised. Councillor Fiona Baker, WNC's Cabinet Member for children and education, said she was pleased.",
     ("Fiona Baker", "cabinet member for children and education", "E10000016")),
])
def test_a_role_the_text_states_outranks_a_title(extract, text, want):
    got = members(extract(text))
    assert want in got and not [m for m in got if m[0] == want[0] and m[1] == "councillor"]


def test_two_roles_at_two_bodies(extract):
    got = members(extract("Kent was praised. Tina Russell, director for children's services and chief executive for "
                          "Worcestershire Children First, said she was pleased."))
    assert ("Tina Russell", "chief executive", "worcestershire-children-first") in got


def test_two_roles_at_one_body_stay_one(extract):
    got = members(extract("Kent was praised. Wayne Daley, deputy leader and cabinet member for children's services, "
                          "said he was pleased."))
    assert len([m for m in got if m[0] == "Wayne Daley"]) == 1


@pytest.mark.parametrize("text,names", [
    ("Kent was inspected. Inspectors Jo Bell and Sam Reed visited in May.", {"Jo Bell", "Sam Reed"}),
    ("Kent was inspected. The lead inspectors, Jo Bell and Sam Reed, praised the front door.", {"Jo Bell", "Sam Reed"}),
])
def test_named_inspectors(extract, text, names):
    got = {p for p, role, org in members(extract(text)) if "inspector" in role and org == "ofsted"}
    assert got == names


def test_an_appointment_gives_the_role(extract):
    assert ("Ruth Mills", "director of children's services", "E10000016") in members(
        extract("Kent County Council has appointed Ruth Mills as its new director of children's services."))


def test_a_ceo_is_the_trusts_as_a_chief_executive_is(extract):
    assert ("Ana Kerr", "ceo", "sandwell-childrens-trust") in members(
        extract("Sandwell was praised. Ana Kerr, CEO of Sandwell Children's Trust, said she was proud."))


@pytest.mark.parametrize("text,want", [
    ("Tameside was praised. Council leader Coun Margaret Oyelaran said the authority would invest more.",
     ("Margaret Oyelaran", "council leader", "E08000008")),
    ("Bradford Children and Families Trust was praised. The trust's chief executive, Alan Forsyth, said he was proud.",
     ("Alan Forsyth", "chief executive", "bradford-children-and-families-trust")),
])
def test_more_ways_of_writing_a_role(extract, text, want):
    assert want in members(extract(text))


def test_a_lead_councillor_for_children_is_no_provider(extract):
    af = extract("Reading was praised. Reading's Lead Councillor for Children said she was proud.")
    assert not [m for m in af.mentions if m.kind == "provider"]


def test_a_trust_the_tables_do_not_know(extract):
    af = extract("Meadowvale Learning Trust runs the school. Dr Hannah Whitcombe, chief executive of the trust, said "
                 "she was disappointed.")
    assert ("Hannah Whitcombe", "chief executive", "meadowvale-learning-trust") in members(af)


def test_a_trust_the_model_tagged_and_nothing_linked(extract):
    af = extract("Wigan school placed in special measures\n\nPublished 3 May 2024\n\nSt Aidan's CE Primary School in "
                 "Wigan has been rated inadequate by Ofsted. The school joined the Three Rivers Learning Trust in "
                 "2021.\n\nThe trust's chief executive, Angela Worsley, said: \"We accept the findings.\"")
    assert ("Angela Worsley", "chief executive", "three-rivers-learning-trust") in members(af)


def test_portfolio_words_are_no_name(extract):
    af = extract("Kent was praised. Cabinet member for Children and Young People, Sue Chandler, said she was pleased.")
    assert "Young People" not in {p for p, _, _ in members(af)}


@pytest.mark.parametrize("text,want", [
    ("Northamptonshire Children's Trust runs the services. Trust chief executive Colin Fairweather said staff had "
     "worked hard.", ("Colin Fairweather", "chief executive", "northamptonshire-childrens-trust")),
    ("Bradford Children and Families Trust was praised. Trust CEO Martin Quigley said he was proud.",
     ("Martin Quigley", "ceo", "bradford-children-and-families-trust")),
])
def test_a_role_after_the_word_trust_is_the_trusts(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text,want", [
    ("Kent County Council has appointed a new director of children's services. Ruth Mills has stepped up from her "
     "role as assistant director.", ("Ruth Mills", "director of children's services", "E10000016")),
    ("A new interim director of children's services has been appointed by Kent County Council. This appointment of "
     "Ruth Mills follows the departure of the last director.", ("Ruth Mills", "interim director of children's services", "E10000016")),
])
def test_an_appointment_told_before_the_name(extract, text, want):
    assert want in members(extract(text))


def test_an_appointment_with_no_name_after_gives_nobody_the_role(extract):
    af = extract("Kent County Council has appointed a new director of children's services. The report was published "
                 "on Monday by Ruth Mills's team.")
    assert not [m for m in members(af) if m[1] == "director of children's services"]


def test_a_title_cased_role_for_a_council_before_the_name(extract):
    assert ("Sam Reed", "interim director of children's services", "E10000016") in members(
        extract("Marlow was praised. Interim Director of Children's Services for Kent, Sam Reed, said staff had worked hard."))


def test_a_double_barrelled_surname_keeps_its_hyphen(extract):
    got = members(extract("Kent rated good. Jo Renner-Thompson, director of children's services, said she was pleased."))
    assert ("Jo Renner-Thompson", "director of children's services", "E10000016") in got


def test_a_quote_of_several_sentences_is_whole(extract):
    from kg.facts import Quotation
    af = extract('Kent rated good\n\nJo Bell, director of children\'s services, said: "We are pleased with the '
                 'report. This report recognises the hard work of our staff."')
    quotes = [q.text for q in af.facts if isinstance(q, Quotation)]
    assert quotes == ["We are pleased with the report. This report recognises the hard work of our staff."]


@pytest.mark.parametrize("line", ["Featured Event", "Democracy Reporting", "Lib Dem", "Child Protection"])
def test_page_furniture_is_no_person(extract, line):
    af = extract(f"{line}\n\nKent council was praised.\n\n{line} councillor Jo Bell said it was good news.")
    assert {m.label for m in af.mentions if m.kind == "person"} <= {"Jo Bell"}


def test_a_speaker_of_an_institute(extract):
    af = extract("Kent was rated inadequate. Speaking to the paper, Hana Lowry of the Kentish Institute said "
                 "caseloads were the main problem.")
    assert {m.label for m in af.mentions if m.kind == "person"} == {"Hana Lowry"}


@pytest.mark.parametrize("text, provider", [
    ("Together for Children runs Sunderland City Council's children's services.\n\nJo Bell, chair of the "
     "Company Board, said staff had worked hard for children.\n", "together-for-children"),
    ("Doncaster Children's Services Trust took over the council's services in 2014.\n\nSam Reed, chair of the "
     "Trust Board, said the rating was deserved.\n", None),
])
def test_a_role_of_the_trust_or_company_is_the_providers(extract, text, provider):
    got = members(extract(text))
    keys = {org for name, _, org in got if name in ("Jo Bell", "Sam Reed")}
    assert keys and None not in keys and "" not in keys
    if provider:
        assert keys == {provider}


def test_a_committee_chair_is_still_the_councils(extract):
    """The look-alike: 'of the scrutiny committee' is the council's, not a provider's."""
    got = members(extract("Together for Children runs Sunderland City Council's children's services.\n\n"
                          "Cllr Jo Bell, chair of the scrutiny committee at Sunderland City Council, said more "
                          "was needed.\n"))
    assert {org for name, _, org in got if name == "Jo Bell"} == {"E08000024"}


@pytest.mark.parametrize("portfolio", ["children, families, and education", "children, families and education"])
def test_a_role_is_spelled_one_way_whatever_its_serial_comma(extract, portfolio):
    got = members(extract(f"Torbay Council has a new plan for its children's services.\n\nCllr Jo Bell, cabinet "
                          f"member for {portfolio} at Torbay Council, said staff had worked hard.\n"))
    assert ("Jo Bell", "cabinet member for children, families and education", "E06000027") in got


@pytest.mark.parametrize("sentence", [
    "Torbay MP Jo Reed said the report on Torbay Council was troubling.",
    "Torbay's MP, Jo Reed, said the report on Torbay Council was troubling.",
])
def test_a_place_before_an_mp_is_a_constituency_not_the_council(extract, sentence):
    assert members(extract(sentence)) == {("Jo Reed", "mp", "house-of-commons")}


def test_a_council_before_its_leader_is_the_leaders_council(extract):
    af = extract("Torbay Council leader Jo Reed said the report was troubling.")
    assert members(af) == {("Jo Reed", "leader", "E06000027")}


def test_our_chief_executive_on_a_trusts_site_named_by_its_initials(extract):
    af = extract("Ofsted says we are no longer inadequate\n\nOfsted has rated Bradford's children's services "
                 "'requires improvement'.\n\nOur chief executive, Jo Reed, said she was proud of our staff.\n",
                 url="https://www.bradfordcft.org.uk/news/ofsted-we-are-no-longer-inadequate/")
    assert ("Jo Reed", "chief executive", "bradford-children-and-families-trust") in members(af)


@pytest.mark.parametrize("text, want", [
    ("Bradford Children and Families Trust was praised by Ofsted.\n\nDame Ann Holt, chair of the trust, thanked "
     "the Department for Education.", ("Dame Ann Holt", "chair", "bradford-children-and-families-trust")),
    ("Kent County Council was praised by Ofsted.\n\nJo Bell, leader of the council, thanked the Department for "
     "Education.", ("Jo Bell", "leader", "E10000016")),
])
def test_the_body_a_role_is_of_comes_before_a_body_named_later(extract, text, want):
    assert want in members(extract(text))


def test_bodies_named_by_their_places_are_not_those_councils(extract):
    af = extract("Medway Council's children's services were criticised.\n\nPaula Wilkins, chief nurse at NHS Kent "
                 "and Medway, said the board would act.\n\nSally Breeze, chair of Medway Parent Carer Forum, said "
                 "families were let down.")
    got = members(af)
    assert ("Paula Wilkins", "chief nurse", "nhs-kent-and-medway") in got
    assert ("Sally Breeze", "chair", "medway-parent-carer-forum") in got
    assert not {m for m in got if m[0] == "Carer Forum"}


@pytest.mark.parametrize("text, want", [
    ("Torbay Council was praised by Ofsted.\n\nThe centres were visited by a team of three inspectors, led by "
     "Rachael Flesher.", {("Rachael Flesher", "lead inspector", "ofsted")}),
    ("Torbay Council was rated good.\n\nThe inspection, led by Naomi Ferris, took place over three weeks.",
     {("Naomi Ferris", "lead inspector", "ofsted")}),
    ("Torbay Council was rated good.\n\nThe campaign, led by Naomi Ferris, raised money.", set()),
])
def test_the_inspector_an_inspection_was_led_by(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Wokingham Borough Council was visited by Ofsted.\n\nThe visit was carried out by Ofsted inspectors Sarah "
     "Lowther and Imran Siddall over two days.", {("Sarah Lowther", "inspector", "ofsted"),
                                                   ("Imran Siddall", "inspector", "ofsted")}),
    ("Kent County Council was praised.\n\nJo Bell and Kent County Council welcomed it.", set()),
])
def test_the_second_of_two_names_joined_by_and(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Holloway Brook Primary School in Derbyshire has been rated inadequate.\n\nHeadteacher Karen Whitfield said: "
     "\"We are deeply disappointed.\"", ("Karen Whitfield", "headteacher", "holloway-brook-primary-school")),
    ("Ofsted rated the agency good.\n\nThe agency, Fostering Plus Lancashire Ltd, supports 68 households.\n\n"
     "Registered manager Deborah Haslam said she was proud.",
     ("Deborah Haslam", "registered manager", "fostering-plus-lancashire-ltd")),
    ("Kent County Council was rated good.\n\nHeadteacher Jo Bell said she was proud.", ("Jo Bell", "headteacher", None)),
    # a school no table knows, the model's organisation, named with its place
    ("Wrenfield Hall School, near Cromer, was rated good for its boarding provision.\n\nHeadteacher Ada Moss, "
     "who has been at the school for ten years, said she was pleased.",
     ("Ada Moss", "headteacher", "wrenfield-hall-school")),
    # a school's chair of governors, the role before or after the name
    ("Wrenfield Hall School was rated good for its boarding provision.\n\nDavid Rowe, chair of governors, said the "
     "school was proud.", ("David Rowe", "chair of governors", "wrenfield-hall-school")),
    ("Wrenfield Hall School was rated good.\n\nChair of governors David Rowe said the school was proud.",
     ("David Rowe", "chair of governors", "wrenfield-hall-school")),
    # look-alike: two such schools named, the role's is not known
    ("Wrenfield Hall School and Copse Lane School were both rated good.\n\nHeadteacher Ada Moss said she was "
     "pleased.", ("Ada Moss", "headteacher", None)),
])
def test_a_headteacher_or_registered_manager_is_of_the_institution_named(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Staffordshire County Council was praised in a joint inspection with Staffordshire Police.\n\nAssistant Chief "
     "Constable, Becky Riggs said the force was committed to improving.",
     ("Becky Riggs", "assistant chief constable", "staffordshire-police")),
    ("Kent County Council was praised.\n\nDetective Superintendent Jo Rowe said the force would act.",
     ("Jo Rowe", "detective superintendent", None)),
])
def test_a_police_rank_is_of_the_force_the_text_names(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Doncaster good. Councillor Ewan Hart is the cabinet member for children and schools.",
     ("Ewan Hart", "cabinet member for children and schools", "E08000017")),
    ("Ofsted rated Doncaster good. Our director of children's services is Ada Frank, who joined in 2023.",
     ("Ada Frank", "director of children's services", "E08000017")),
    ("Ofsted rated Sunderland good. Cllr Holly Prentice welcomed the report. She is the cabinet member for children at "
     "Sunderland City Council.", ("Holly Prentice", "cabinet member for children", "E08000024")),
])
def test_a_copula_gives_the_role_across_the_name(extract, text, want):
    """'X is the role', 'the role is X', and 'She is the role' after the one person named just before."""
    assert want in members(extract(text))


def test_a_pronoun_after_two_people_gives_nobody_a_role(extract):
    af = extract("Ofsted rated Sunderland good. Cllr Holly Prentice and Cllr Sam Dale welcomed it. She is the cabinet member "
                 "for children.")
    assert not any(role.startswith("cabinet member") for _, role, _ in members(af))


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Medway good. Councillor Gary Penn, who chairs the committee, wanted an update.",
     ("Gary Penn", "chair", "E06000035")),
    ("Ofsted rated Medway good. Kate Penn, who chairs Parent Carers Medway, said it was no surprise.",
     ("Kate Penn", "chair", "parent-carers-medway")),
])
def test_who_chairs_gives_the_role_and_its_body(extract, text, want):
    got = members(extract(text))
    assert want in got
    assert not any(name == "Parent Carers" for name, _, _ in got)


def test_our_role_on_a_trusts_own_page_is_the_trusts(extract):
    text = ("Join our team\n\nOfsted rated our services good. Our principal social worker, Nadia Oke, leads our "
            "practice academy.")
    got = members(extract(text, url="https://www.birminghamchildrenstrust.co.uk/news/join-us"))
    assert ("Nadia Oke", "principal social worker", "birmingham-childrens-trust") in got


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Wokingham good.\n\nWokingham Borough Council's director of children's services is to leave in "
     "the summer.\n\nHelen Brack, who has led the department since 2019, will take up a new post as chief "
     "executive of a children's charity.", {("Helen Brack", "director of children's services", "E06000041")}),
    ("Ofsted rated Wokingham good.\n\nThe council's director of children's services is stepping down.\n\n"
     "Jo Bell arrived two years ago.", {("Jo Bell", "director of children's services", "E06000041")}),
    # a sentence of background between the departure and the name
    ("Ofsted rated Wokingham good.\n\nThe head of Wokingham Borough Council's children's services has quit with "
     "immediate effect. The authority has had two years of government help. Jo Bell joined in 2021 to oversee "
     "improvements.", {("Jo Bell", "head", "E06000041")}),
    # the look-alike: the person's own sentence gives the role
    ("Ofsted rated Wokingham good.\n\nThe head of children's services in Wokingham is to step down.\n\n"
     "Jo Bell, Wokingham Borough Council's director of children's services, announced it today.",
     {("Jo Bell", "director of children's services", "E06000041")}),
    # look-alike: a background sentence, then someone named with a post of their own after the name
    ("A children's home run by Brightstone Care Ltd has been rated inadequate.\n\nThe home's registered manager left "
     "in February and had not been replaced.\n\nInspectors found staff had not been trained.\n\nSam Lee, director "
     "of Brightstone Care, said: \"We accept the findings.\"", {("Sam Lee", "director", "brightstone-care")}),
    # look-alike: a background sentence, then someone else named with a role of their own
    ("Ofsted rated Wokingham good.\n\nThe head of Wokingham Borough Council's children's services has quit. The "
     "authority has had two years of help. Council leader Sam Lee said he was sorry.",
     {("Sam Lee", "council leader", "E06000041")}),
])
def test_a_departure_told_before_the_name(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Suffolk requires improvement.\n\nCllr Ambrose Feltham, Suffolk's cabinet member for children's "
     "services, said: \"We are disappointed.\"", ("Ambrose Feltham", "cabinet member for children's services", "E10000029")),
    ("Ofsted rated Norfolk requires improvement.\n\nPenelope Hardwick-Moss, the county council's cabinet member for "
     "children's services, said it was fair.", ("Penelope Hardwick-Moss", "cabinet member for children's services", "E10000020")),
])
def test_names_the_model_cuts_short(extract, text, want):
    """A title and a first name with the surname taken for a place; a first name left off a hyphenated surname."""
    assert want in members(extract(text))


def test_a_commissioner_appointed_before_the_name(extract):
    af = extract("Published 3 March 2024\n\nThe Government has appointed a commissioner to assess whether Blackpool "
                 "Council should keep control of its children's services. Jane Smith will report by the summer.")
    assert any(name == "Jane Smith" and role == "commissioner" for name, role, _ in members(af))


@pytest.mark.parametrize("nxt", [
    "Tom Reed, the children's minister, used a statutory direction to appoint Jane Smith, a former director, to the role.",
    "Tom Reed, the children's minister, has named Jane Smith for the role.",
])
def test_a_commissioner_appointed_before_the_name_is_the_one_the_next_sentence_appoints(extract, nxt):
    af = extract("Published 3 March 2024\n\nThe Government has appointed a commissioner to assess whether Blackpool "
                 "Council should keep control of its children's services. " + nxt)
    commissioners = {name for name, role, _ in members(af) if role == "commissioner"}
    assert commissioners == {"Jane Smith"}


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Tameside good.\n\nJo Bell, the council's spokesman on children's services, said it was fair.",
     ("Jo Bell", "spokesman on children's services", "E08000008")),
    # the look-alike: "on" after another role is no portfolio
    ("Ofsted rated Tameside good.\n\nJo Bell, the council's director, said on Friday it was fair.",
     ("Jo Bell", "director", "E08000008")),
])
def test_a_spokesman_on_a_portfolio(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Kent inadequate. Pete Marlow, Unison's Kent branch secretary, said staff were exhausted.",
     ("Pete Marlow", "branch secretary", "unison")),
    ("Ofsted rated Kent inadequate. Ann Seddon, regional organiser for Unison, said staff were exhausted.",
     ("Ann Seddon", "regional organiser", "unison")),
    ("Ofsted rated Kent inadequate. Joe Hanlon, branch secretary of Unison in Kent, said members were angry.",
     ("Joe Hanlon", "branch secretary", "unison")),
    # the look-alike: a secretary with no union about is the Secretary of State's department's
    ("Ofsted rated Kent inadequate. The education secretary, Jo Penn, said the council must improve.",
     ("Jo Penn", "education secretary", "department-for-education")),
])
def test_a_trade_unions_officers(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Kent inadequate. Ravi Dass, a professor of social work at the University of Kent, said the "
     "findings were stark.", ("Ravi Dass", "professor of social work", "university-of-kent")),
    ("Ofsted rated Kent inadequate. Rita Amble, a senior lecturer in social work at the University of Sussex, said "
     "it was part of a pattern.", ("Rita Amble", "senior lecturer in social work", "university-of-sussex")),
    ("Ofsted rated Kent inadequate. Mira Cole, policy lead at the British Association of Social Workers, said "
     "caseloads were the issue.", ("Mira Cole", "policy lead", "basw")),
])
def test_academics_and_the_fields_bodies(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Ofsted rated Kent inadequate. Sam Oduya, chief executive of the Medway Valley Learning Trust, said schools "
     "would help.", ("Sam Oduya", "chief executive", "medway-valley-learning-trust")),
    ("Ofsted rated Kent inadequate. Jo Penn, director of the Kent Safeguarding Children Partnership, said lessons "
     "were learned.", ("Jo Penn", "director", "kent-safeguarding-children-partnership")),
    # the look-alike: a council's board is a portfolio, not a body of its own
    ("Ofsted rated Kent inadequate. Jo Penn, chair of the Children and Families Board, said the council would "
     "improve.", ("Jo Penn", "chair of the children and families board", None)),
])
def test_a_body_no_table_lists_named_in_full_after_a_role(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Sandwell Children's Trust was rated good by Ofsted. Professor Anil Dhaliwal, Chair of the Trust Board, said "
     "the result was deserved.", ("Anil Dhaliwal", "chair of the trust board", "sandwell-childrens-trust")),
    ("Kent County Council was rated good by Ofsted. Jo Bell, Director of Children's Services, said it was "
     "deserved.", ("Jo Bell", "director of children's services", "E10000016")),
])
def test_a_role_written_with_capitals_is_no_organisation(extract, text, want):
    assert want in members(extract(text))
    # the look-alike: a body whose name starts with a role's word ("Head Start") is still a body
    af = extract("Kent County Council was rated good by Ofsted. Jo Bell, chief executive of the Head Start Trust, said "
                 "it was deserved.")
    assert ("Jo Bell", "chief executive", "head-start-trust") in members(af)


@pytest.mark.parametrize("text, want, not_want", [
    # an appointment, then a speaker with a role of their own: not the appointee
    ("Kent County Council was rated inadequate. \"We have appointed a new deputy manager,\" the owner said. Jo Bell, "
     "Kent County Council's assistant director, said the authority would help.",
     ("Jo Bell", "assistant director", "E10000016"), ("Jo Bell", "deputy manager", None)),
    # ... a speaker with none is
    ("Havering was rated inadequate. \"We have appointed a new director of children's services,\" she said. Jo Bell, "
     "who started in January, said: \"We will get there.\"",
     ("Jo Bell", "director of children's services", "E09000016"), None),
])
def test_an_appointment_then_a_speaker(extract, text, want, not_want):
    got = members(extract(text))
    assert want in got
    assert not_want not in got


@pytest.mark.parametrize("text, want", [
    ("Halton Borough Council was rated inadequate. Maureen Appleton, the improvement adviser appointed by the "
     "Department for Education, chairs the improvement board.",
     ("Maureen Appleton", "improvement adviser", "department-for-education")),
    ("Devon County Council was rated inadequate. The Liberal Democrat MP for a Devon constituency, Tamsin Holcombe, "
     "said the report was shocking.", ("Tamsin Holcombe", "mp for a devon constituency", "house-of-commons")),
])
def test_an_improvement_adviser_and_an_mp_for_a_constituency(extract, text, want):
    assert want in members(extract(text))


def test_an_adviser_to_several_authorities_is_no_role(extract):
    """the look-alike: someone's past work as 'an adviser to several authorities' names no organisation's post"""
    af = extract("Swindon was rated inadequate. Geraldine Moxley was appointed commissioner. Ms Moxley has since "
                 "worked as an adviser to several authorities in intervention.")
    assert not any(role == "adviser" for _, role, _ in members(af))


@pytest.mark.parametrize("text, want", [
    ("Havering was rated inadequate. Unison's Havering branch secretary, Dennis Oyelowo, said the judgement was no "
     "surprise.", ("Dennis Oyelowo", "branch secretary", "unison")),
    ("Sunderland's children's services will be run by a new company, Together for Children. Judith Harkness, chief "
     "executive of the new organisation, said she was proud.", ("Judith Harkness", "chief executive", "together-for-children")),
    ("Sunderland's children's services will be run by Together for Children. The company's chair, Professor Ian "
     "Stobart, said the board would be ambitious.", ("Ian Stobart", "chair", "together-for-children")),
    # the look-alike: a council's own officer before the name keeps the council
    ("Havering was rated inadequate. Havering's branch manager, Dennis Oyelowo, said the judgement was no surprise.",
     ("Dennis Oyelowo", "branch manager", "E09000016")),
])
def test_a_branchs_place_the_new_organisation_and_a_professor_after_a_role(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Cornwall Council was rated good. NHS Cornwall and Isles of Scilly Integrated Care Board said it would help. Dr "
     "Amelia Rose, chief nursing officer for the integrated care board, said the NHS was committed.",
     ("Amelia Rose", "chief nursing officer")),
    ("Hull City Council was criticised in a review by the Hull Safeguarding Children Partnership. The partnership's "
     "independent scrutineer, Dr Colin Ash, said lessons had been learned.", ("Colin Ash", "independent scrutineer")),
])
def test_the_body_named_earlier_in_full(extract, text, want):
    got = {(name, role): org for name, role, org in members(extract(text))}
    assert got[want] is not None and got[want].endswith(("integrated-care-board", "safeguarding-children-partnership"))


def test_a_body_never_named_is_as_written_and_a_bare_board_is_none(extract):
    got = members(extract("Leicestershire County Council was rated good. Alison Grier, director of nursing at the "
                          "integrated care board, said health partners would help."))
    assert ("Alison Grier", "director of nursing", "integrated-care-board") in got
    # the look-alike: "the board" alone names no body
    assert ("Jo Bell", "chair of the board", None) in members(extract("Kent County Council was rated good. Jo Bell, "
                                                                      "chair of the board, said it was deserved."))


@pytest.mark.parametrize("text, want", [
    ("Bradford's children's services are run by Bradford Children and Families Trust. Its chief executive, Marianne "
     "Toll, said the vacancy rate had fallen.", ("Marianne Toll", "chief executive", "bradford-children-and-families-trust")),
    ("Tameside was rated inadequate. Cllr Dev Prash, the Conservative group's spokesman on children's services, asked "
     "about costs.", ("Dev Prash", "conservative group's spokesman on children's services", "E08000008")),
    # the look-alike: "its" after the council named last is the council's
    ("Tameside was rated inadequate. Its leader, Cllr Jo Bell, said the council would improve.",
     ("Jo Bell", "leader", "E08000008")),
])
def test_its_role_and_a_party_groups_spokesman(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, label", [
    # the label keeps an honour the article always gives with the name
    ("Sir Mark Lowe, Ofsted's chief inspector, said Kent County Council was failing. Lowe said more work was "
     "needed.", "Sir Mark Lowe"),
    # an article that also writes the plain name names the person so (an annotator takes the plain name)
    ("Mark Lowe visited Kent County Council. Sir Mark Lowe, Ofsted's chief inspector, said it "
     "was failing. Lowe said more work was needed.", "Mark Lowe"),
    ("Sir Mark Lowe, Ofsted's chief inspector, said Kent County Council was failing. Mark Lowe added that more "
     "work was needed.", "Mark Lowe"),
])
def test_an_honour_is_one_person_with_the_name_without_it(extract, text, label):
    # the surname alone, the plain name and the honoured name are one person
    people = {f.person for f in extract(text).facts if isinstance(f, Membership)}
    assert [(p.key, p.label) for p in people] == [("mark-lowe", label)]


@pytest.mark.parametrize("text, want", [
    ("Christa Moll, Her Majesty's Chief Inspector, said the new inspections were fairer.",
     {("Christa Moll", "chief inspector", "ofsted")}),
    ("Ofsted reported on Kent. Ivo Dane, His Majesty’s Chief Inspector, said councils were stretched.",
     {("Ivo Dane", "chief inspector", "ofsted")}),
    # look-alike: a pronoun's possessive before a role names nobody's body
    ("Ivo Dane, her manager, said councils were stretched.", {("Ivo Dane", "manager", None)}),
])
def test_a_role_of_the_crown_after_the_name(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Harrow Council was rated inadequate. Mo Tallis, secretary of Harrow Unison, said staff had left.",
     ("Mo Tallis", "secretary", "unison")),
    ("Bury Council was rated inadequate. Gil Kerr, Bury Unison branch secretary, welcomed the report.",
     ("Gil Kerr", "branch secretary", "unison")),
    # look-alike: a councillor of the place is the council's
    ("Bury Council was rated inadequate. Gil Kerr, a Bury councillor, welcomed the report.",
     ("Gil Kerr", "councillor", "E08000002")),
])
def test_a_union_branch_named_by_its_place_is_the_unions(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    ("Swindon Borough Council was rated good. But the leader of the Conservative opposition group, Cllr Ed Barr, "
     "said the administration had failed.", {("Ed Barr", "leader of the conservative opposition group", "E06000030")}),
    ("Swindon Borough Council was rated good. Ed Barr, leader of the Labour group, said it was late.",
     {("Ed Barr", "leader of the labour group", "E06000030")}),
])
def test_a_council_groups_leader(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Peterborough City Council was rated good. Councillor Ned Hurl, who holds the cabinet portfolio for "
     "children's services, education and skills, said it was good.",
     {("Ned Hurl", "cabinet portfolio holder for children's services, education and skills", "E06000031")}),
    ("Peterborough City Council was rated good. Cllr Jo Bell, who holds the children's services portfolio, said "
     "it was good.", {("Jo Bell", "children's services portfolio holder", "E06000031")}),
    # look-alike: holding something else is no portfolio
    ("Peterborough City Council was rated good. Cllr Jo Bell, who holds the record for long speeches, said it "
     "was good.", {("Jo Bell", "councillor", "E06000031")}),
])
def test_who_holds_a_portfolio(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Peterborough City Council was rated good. Dr Simeon Akebe is the new director. Dr Akebe was previously an "
     "assistant director at Peterborough City Council.", ("Simeon Akebe", "former assistant director", "E06000031")),
    ("Peterborough City Council was rated good. Sim Ache, formerly director of children's services at Peterborough "
     "City Council, said it was good.", ("Sim Ache", "former director of children's services", "E06000031")),
    # look-alike: "now" is the present role
    ("Peterborough City Council was rated good. Sim Ache, now director of children's services at Kent County "
     "Council, said it was good.", ("Sim Ache", "director of children's services", "E10000016")),
])
def test_previously_and_formerly_make_a_former_role(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text", [
    "Peterborough City Council was rated good. Dr Simeon Akebe is the new director. Dr Akebe was previously an "
    "assistant director at Lincolnshire County Council.",
    "Peterborough City Council was rated good. Sim Ache, formerly director of children's services at Kent County "
    "Council, said it was good.",
])
def test_a_former_role_at_another_council_is_no_fact_of_it(extract, text):
    # a council named as someone's former employer gets no facts (GOLD_FORMAT)
    assert not {m for m in members(extract(text)) if m[1].startswith("former ")}


@pytest.mark.parametrize("text, want", [
    ("Medway Council was rated good. The committee's chairman, Cllr Gus Pettit, asked how the council would act.",
     {("Gus Pettit", "chairman", "E06000035")}),
    ("Bury Council was rated inadequate. The Department for Education has appointed Dr Gina Lund as a children's "
     "services adviser to the council.", {("Gina Lund", "children's services adviser", "E08000002")}),
    ("Bury Council was rated inadequate. Foster carer Dee Holt, who has looked after children for years, said it "
     "was sad.", {("Dee Holt", "foster carer", None)}),
    ("Bury Council was rated inadequate. Ivan Marsh left last week. Mr Marsh had been Bury's director of "
     "children's services since 2019.", {("Ivan Marsh", "director of children's services", "E08000002")}),
])
def test_roles_of_committees_advisers_carers_and_had_been(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Harrow Council was rated inadequate. Anya Rowe, chief executive of the care-experienced young people's "
     "charity Become, said it was bad.", {("Anya Rowe", "chief executive", "become")}),
    ("Harrow Council was rated inadequate. Anya Rowe, director of the children's rights charity Article 39, said "
     "it was bad.", {("Anya Rowe", "director", "article-39")}),
    # look-alike: a department described is the council's
    ("Harrow Council was rated inadequate. Anya Rowe, chief executive of the council, said it was bad.",
     {("Anya Rowe", "chief executive", "E09000015")}),
])
def test_a_body_named_after_its_description(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Cheshire West and Chester Council was praised. The council's director of children's services said she was "
     "pleased with the letter. Zia Farr, who has led the department since 2021, said: \"The letter is fair.\"",
     {("Zia Farr", "director of children's services", "E06000050")}),
    ("Cheshire West and Chester Council was praised. The council's director of children's services said she was "
     "pleased. Zia Farr said: \"The letter is fair.\"", {("Zia Farr", "director of children's services", "E06000050")}),
    # look-alikes: someone described otherwise, or not speaking, is someone else
    ("Cheshire West and Chester Council was praised. The council's leader said she was pleased with the letter. "
     "Zia Farr, a parent, said: \"The letter is wrong.\"", set()),
    ("Cheshire West and Chester Council was praised. The council's leader said she was pleased with the letter. "
     "Zia Farr was not at the meeting.", set()),
])
def test_a_role_speaking_then_the_name_speaking(extract, text, want):
    assert members(extract(text)) == want


@pytest.mark.parametrize("text, want", [
    # a name the model misses, between a verb of appointing and "as"
    ("Southend-on-Sea Borough Council has appointed Marcus Feltham as its director of children's services.",
     ("Marcus Feltham", "director of children's services", "E06000033")),
    # "its" is the body appointing, however long the apposition after it
    ("Achieving for Children, the community interest company that runs children's services for Kingston upon "
     "Thames, Richmond upon Thames and Windsor and Maidenhead, has appointed Bea Quayle as its director of "
     "children's social care.", ("Bea Quayle", "director of children's social care", "achieving-for-children")),
    ("The council was praised. Elsewhere, Ofsted has named Ravi Gill as its regional director for the East of "
     "England.", ("Ravi Gill", "regional director for the east of england", "ofsted")),
    # ", as commissioner" after an appositive, once the sentence appoints
    ("Bromley Council was rated inadequate. The Department for Education has appointed Hackney's director of "
     "children's services, Ann Kowal, as commissioner for children's services in Bromley.",
     ("Ann Kowal", "commissioner for children's services", "E09000006")),
    ("Wakefield Council was rated inadequate. The DfE has appointed Kent's director, Rick Stead, as improvement "
     "adviser to Wakefield.", ("Rick Stead", "improvement adviser", "E08000036")),
])
def test_appointments_as_trade_press_reports_them(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text, want", [
    # the subject of the verb of appointing holds the post, in whichever clause, whoever the article is about
    ("Westmorland and Furness Council's children's services were praised. Westmorland and Furness Council has "
     "appointed Ruth Kinsella as its director of children's services, while Cumberland Council has named Andrew "
     "Colquhoun as director of children and family wellbeing. Westmorland and Furness Council's leader was pleased.",
     ("Andrew Colquhoun", "director of children and family wellbeing", "E06000063")),
    ("Kent County Council's children's services were praised. Medway Council has appointed Jo Bell as interim "
     "director of children's services.", ("Jo Bell", "interim director of children's services", "E06000035")),
])
def test_a_post_given_by_a_body_named_as_the_verbs_subject(extract, text, want):
    assert want in members(extract(text))


def test_a_post_given_with_no_body_as_subject_is_the_subjects(extract):
    # look-alike: the one appointed is the subject; the post is the article's council's
    got = members(extract("Kent County Council's children's services were praised by Ofsted this week. Jo Bell has "
                          "been appointed as director of children's services."))
    assert ("Jo Bell", "director of children's services", "E10000016") in got


def test_a_name_after_a_verb_of_appointing_needs_as(extract):
    # look-alikes: a place after "appointed", and a name with "as" that is no post
    assert members(extract("Kent County Council has appointed Marcus Feltham House as a care home.")) == set()
    assert members(extract("Bromley Council was rated inadequate. Ann Kowal, as a parent, said it was bad.")) == set()


@pytest.mark.parametrize("text, want", [
    ("Cumberland Council was praised. The Conservative group leader on Cumberland Council, Cllr Mike Hesk, "
     "welcomed the report.", ("Mike Hesk", "conservative group leader", "E06000063")),
    ("Kent County Council was praised. Cllr Ros Fair, Cabinet Member for Integrated Children's Services, said it "
     "was good.", ("Ros Fair", "cabinet member for integrated children's services", "E10000016")),
    ("Wakefield Council was rated inadequate. Ofsted's regional director for the North East, Yorkshire and the "
     "Humber, Colin Ash, said inspectors would return.",
     ("Colin Ash", "regional director for the north east, yorkshire and the humber", "ofsted")),
    ("Wakefield council's director of children's services has left the authority a month after Ofsted rated its "
     "services inadequate. Beverley Ashton, who joined Wakefield in 2016, left last week by mutual agreement.",
     ("Beverley Ashton", "director of children's services", "E08000036")),
])
def test_roles_on_a_council_capital_portfolios_places_in_a_region_and_leaving(extract, text, want):
    assert want in members(extract(text))


def test_leaving_a_meeting_is_no_departure_from_a_post(extract):
    af = extract("Kent County Council was rated good. Its leader left the meeting early. Jo Bell said it was good.")
    assert members(af) == set()


@pytest.mark.parametrize("text, want", [
    ("Halton Borough Council was rated inadequate. Cllr Tina Gerr, executive board member for children and young "
     "people, said the council had been fighting.",
     ("Tina Gerr", "executive board member for children and young people", "E06000006")),
    # a paragraph opening with the council's name in capitals, as local papers write it
    ("BURY Council has appointed Jeanette Rourke as interim director of children's services.",
     ("Jeanette Rourke", "interim director of children's services", "E08000002")),
])
def test_a_board_member_and_a_council_in_capitals(extract, text, want):
    assert want in members(extract(text))


def test_a_consultant_is_a_role_of_no_body(extract):
    af = extract("Stockport Council was praised. The review will be led by independent social work consultant Dr "
                 "Pauline Orme, who has advised councils.")
    assert ("Pauline Orme", "consultant", None) in members(af)


@pytest.mark.parametrize("text, expected", [
    ("Surrey County Council's services were rated good. The council's corporate director for children's services "
     "joined from Oxfordshire last year. Lorcan Beale said the rating was a stepping stone.",
     ("Lorcan Beale", "corporate director for children's services", "E10000030")),
    ("Surrey County Council's services were rated good. Its new director of children's services will start in April. "
     "Jane Smith led another council's services for five years.",
     ("Jane Smith", "director of children's services", "E10000030")),
    ("Surrey County Council was rated inadequate. An interim director has been appointed and will start on Monday. "
     "Omar Patel will stay until a permanent director is found.",
     ("Omar Patel", "interim director", "E10000030")),
])
def test_a_post_told_without_its_holder_then_the_holder_by_name(extract, text, expected):
    assert expected in members(extract(text))


@pytest.mark.parametrize("text, name", [
    # the inspectors (several) asked, then someone else speaks
    ("Surrey County Council was rated good. The inspectors asked the council to speed up plans. Jane Smith, our "
     "chief executive, said the result was great.", "Jane Smith"),
    # the name described with a post of its own
    ("Surrey County Council was rated good. An interim manager has been put in place. Jane Smith, the council's group "
     "manager for residential services, said it had acted.", "Jane Smith"),
])
def test_a_post_told_without_its_holder_look_alikes(extract, text, name):
    got = members(extract(text))
    assert not any(p == name and role in ("inspector", "interim manager") for p, role, _ in got)


def test_a_name_before_who_is_a_person(extract):
    # the model takes some names it does not know for organisations; "who" is said of a person
    af = extract("Stockport Council named its new director of children's services on Tuesday. Nadia Okafor-Lynch, "
                 "who has led the department in Wigan for three years, will take up the post in January.")
    assert ("Nadia Okafor-Lynch", "director of children's services", "E08000007") in members(af)


def test_a_role_at_a_body_named_before_by_its_last_word(extract):
    af = extract("Kent County Council was rated good. An analysis by the Children's Services Policy Unit found costs "
                 "had risen. \"Councils are struggling,\" said Amara Osei, research director at the unit.")
    assert ("Amara Osei", "research director", "childrens-services-policy-unit") in members(af)
    # look-alike: "the council" is the council
    af = extract("Kent County Council was rated good. \"We are proud,\" said Jo Bell, research director at the council.")
    assert ("Jo Bell", "research director", "E10000016") in members(af)


@pytest.mark.parametrize("text, expected", [
    ("Peterborough City Council was rated inadequate. Jo Bell, director of children's services for Peterborough and "
     "Cambridgeshire, said she was sorry.",
     {("Jo Bell", "director of children's services", "E06000031"),
      ("Jo Bell", "director of children's services", "E10000003")}),
    ("Westminster City Council was rated good. Sarah Penrose, executive director of children's services for both "
     "Kensington and Chelsea and Westminster, said she was proud.",
     {("Sarah Penrose", "executive director of children's services", "E09000020"),
      ("Sarah Penrose", "executive director of children's services", "E09000033")}),
    ("The Isle of Wight Council was rated good. Eleanor Voss, director of children's services for Hampshire and the "
     "Isle of Wight, said she was proud.",
     {("Eleanor Voss", "director of children's services", "E10000014"),
      ("Eleanor Voss", "director of children's services", "E06000046")}),
])
def test_a_post_for_two_councils_named_together_is_held_at_both(extract, text, expected):
    assert expected <= members(extract(text))


def test_a_post_at_one_council_then_another_councils_person_is_not_shared(extract):
    got = members(extract("Peterborough City Council was rated inadequate. Jo Bell, director of children's services "
                          "at Peterborough, and Cambridgeshire's leader Sam Reed said they were sorry."))
    assert ("Jo Bell", "director of children's services", "E10000003") not in got


@pytest.mark.parametrize("text, expected", [
    ("Blackpool Council was rated good. Cllr Ronan Tillotson, who leads the Labour-run town hall, said he was "
     "delighted.", ("Ronan Tillotson", "leader", "E06000009")),
    ("Blackpool Council was rated good. Cllr Jo Bell, who leads Blackpool Council, said she was delighted.",
     ("Jo Bell", "leader", "E06000009")),
    # look-alikes: leading a review or a group is no leadership of the council
    ("Blackpool Council was rated good. Cllr Jo Bell, who leads the review of early help, said she was delighted.",
     ("Jo Bell", "councillor", "E06000009")),
    ("Blackpool Council was rated good. Cllr Jo Bell, who leads the opposition group on the council, said it was "
     "shocking.", ("Jo Bell", "councillor", "E06000009")),
])
def test_who_leads_the_council_is_its_leader(extract, text, expected):
    assert expected in members(extract(text))


def test_a_post_held_now_at_an_abolished_council_is_at_its_successor(extract):
    text = ("Published 26 November 2024\n\nCumberland Council's children's services have been rated good by Ofsted. "
            "It is the first full inspection since we took on responsibility for them from the former Cumbria County "
            "Council.\n\nCllr Liam Broughton, our executive member for children's services, said: \"When the county "
            "council was replaced last year, we promised families that children would not lose out.\"\n")
    got = members(extract(text))
    assert ("Liam Broughton", "executive member for children's services", "E06000063") in got
    assert not any(org == "E10000006" for _, _, org in got)


def test_a_former_post_at_an_abolished_council_stays_there(extract):
    text = ("Published 26 November 2024\n\nCumberland Council's children's services have been rated good by Ofsted. "
            "Jo Bell, former director of children's services at Cumbria County Council, welcomed the report.\n")
    got = members(extract(text))
    assert not any(p == "Jo Bell" and org == "E06000063" for p, _, org in got)


def test_a_first_name_the_model_mistags_after_a_title_is_still_a_name(extract):
    # a double-barrelled surname, and a first name tagged as a verb after "Councillor"
    af = extract("Kent County Council's children's services were inspected in May.\n\n"
                 "Councillor Nadeem Aslam-Burke, the council's cabinet member for children, young people and "
                 "families, said the findings showed what could be achieved.")
    assert ("Nadeem Aslam-Burke", "cabinet member for children, young people and families", "E10000016") in members(af)


KENT = "Kent County Council's children's services were inspected in May.\n\n"


@pytest.mark.parametrize("sentence,role", [
    ("Carla Whitcombe took over as the council's interim director of children's services in October.",
     "interim director of children's services"),
    ("Carla Whitcombe stepped in as interim director of children's services.", "interim director of children's services"),
    ("Carla Whitcombe will take up the post of interim executive director of children's services on November 4.",
     "interim executive director of children's services"),
])
def test_a_post_taken_up_is_the_persons(extract, sentence, role):
    assert members(extract(KENT + sentence)) == {("Carla Whitcombe", role, "E10000016")}


@pytest.mark.parametrize("sentence", [
    "Carla Whitcombe took over the running of the post office.",
    "Carla Whitcombe handed over the report to the director of children's services.",
])
def test_a_post_named_after_other_verbs_is_not_taken_up(extract, sentence):
    assert members(extract(KENT + sentence)) == set()


@pytest.mark.parametrize("text,want", [
    ("Naveed Qureshi welcomed the report. The leader of Medway Council said: “This is a turning point.”",
     ("Naveed Qureshi", "leader", "E06000035")),
    ("Jonathan Askew leads the service. Kent's director of children and family wellbeing said the rating was a "
     "tribute to staff.", ("Jonathan Askew", "director of children and family wellbeing", "E10000016")),
])
def test_a_name_then_a_speaking_post_in_the_next_sentence_is_one_person(extract, text, want):
    assert want in members(extract(KENT + text))


@pytest.mark.parametrize("text", [
    # look-alikes: the name described in its own sentence; the post speaking in another paragraph
    "Naveed Qureshi, a parent, welcomed the report. The leader of Medway Council said: “This is a turning point.”",
    "Naveed Qureshi welcomed the report.\n\nThe leader of Medway Council said: “This is a turning point.”",
])
def test_a_speaking_post_after_someone_described_or_elsewhere_is_not_theirs(extract, text):
    assert not any(person == "Naveed Qureshi" and role == "leader" for person, role, _ in members(extract(KENT + text)))


def test_a_place_director_is_a_post(extract):
    af = extract(KENT + "Helen Oakes, place director for NHS Kent, said health partners accepted the findings.")
    assert ("Helen Oakes", "place director", "nhs-kent") in members(af)


def test_a_former_post_in_a_council_takes_no_discourse(extract):
    af = extract("Cheshire East Council has named an interim director of children's services.\n\n"
                 "\u201cWe owe it to children to get this right,\u201d said Theresa Grainger.\n\n"
                 "The Department for Education has also appointed an improvement adviser, Maureen Stallard, a former "
                 "director of children's services in Trafford.\n\n"
                 "Ms Grainger, the council's chief executive, said money had been set aside for the improvement plan.")
    assert ("Theresa Grainger", "chief executive", "E06000049") in members(af)


def test_a_current_post_in_a_council_is_that_councils(extract):
    # look-alike: not a former post
    af = extract("Jane Doe, director of children's services in Norfolk, said the findings were fair.")
    assert members(af) == {("Jane Doe", "director of children's services", "E10000020")}


def test_a_union_steward_is_the_unions(extract):
    af = extract(KENT + "Kerry Oldroyd, a Unison steward who represents social workers, said morale had turned a corner.")
    assert ("Kerry Oldroyd", "steward", "unison") in members(af)


@pytest.mark.parametrize("url,org", [
    ("https://www.sandwellkinshipcarers.org.uk/news/what-the-report-means", "Sandwell Kinship Carers Network"),
    # some of the masthead's words, in order from the first
    ("https://www.sandwellcarers.org.uk/news/what-the-report-means", "Sandwell Kinship Carers Network"),
    ("https://www.example.org/news/what-the-report-means", None),   # a host that does not spell the masthead
    ("https://www.kinshipcarers.org.uk/news/what-the-report-means", None),   # not from its first word
])
def test_our_chair_on_a_groups_own_page_is_the_groups(extract, url, org):
    text = ("Sandwell Kinship Carers Network\n\nWhat the Ofsted report means for kinship families\n\n"
            "Ofsted has published its report on Sandwell's children's services.\n\n"
            "Our chair, Pauline Edwards, said the report was fair.")
    got = {(p, role, o) for p, role, o in members(extract(text, url=url)) if p == "Pauline Edwards"}
    assert got == ({("Pauline Edwards", "chair", "sandwell-kinship-carers-network")} if org else
                   {("Pauline Edwards", "chair", None)})


@pytest.mark.parametrize("sentence,role", [
    ("UNISON's London regional organiser for local government, Priya Chandran, said staff were exhausted.",
     "regional organiser for local government"),
    # look-alike: "local government" outside the portfolio is not the role's
    ("UNISON's regional organiser, Priya Chandran, said local government was underfunded.", "regional organiser"),
])
def test_a_portfolio_of_local_government(extract, sentence, role):
    assert ("Priya Chandran", role, "unison") in members(extract(KENT + sentence))


@pytest.mark.parametrize("sentence,want", [
    ("The council's children's spokesman, Councillor Tom Okafor, called the report welcome.",
     ("Tom Okafor", "children's spokesman", "E10000016")),
    ("Labour's children's spokesman on the council, Jo Bell, said it was welcome.",
     ("Jo Bell", "children's spokesman on the council", "E10000016")),
    ("Labour's children's spokesman, County Councillor Martin Kershaw, said the improvement was real.",
     ("Martin Kershaw", "children's spokesman", "E10000016")),
    # look-alike: a title alone is the councillor's role
    ("County Councillor Martin Kershaw said the improvement was real.", ("Martin Kershaw", "councillor", "E10000016")),
    # look-alike: a body's name ending in "Children's" is the body's, not a "children's" role
    ("Action for Children's head of policy, Jonah Oke, said councils needed more money.",
     ("Jonah Oke", "head of policy", "action-for-children")),
])
def test_a_spokesman_before_a_councillors_name(extract, sentence, want):
    assert want in members(extract(KENT + sentence))


@pytest.mark.parametrize("sentence,want", [
    ("Jane Croft, chair of the parents' group Kent Family Voices, said families were worried.",
     ("Jane Croft", "chair", "kent-family-voices")),
    # ... with an acronym after the place
    ("Kerry Ansell, founder of the parent support group Kent SEND Families, said families were worried.",
     ("Kerry Ansell", "founder", "kent-send-families")),
    ("Edwin Cartwright, chair of the Kent foster carers' association, said carers had noticed a difference.",
     ("Edwin Cartwright", "chair", "kent-foster-carers-association")),
    # look-alike: the council's own committee is the council's
    ("Ann Lee, chair of the council's scrutiny committee, said it was worrying.", ("Ann Lee", "chair", "E10000016")),
])
def test_a_body_named_by_its_place_and_members(extract, sentence, want):
    assert want in members(extract(KENT + sentence))


@pytest.mark.parametrize("sentence,want", [
    ("Councillor Amina Rahman, Tower Hamlets' cabinet member for children's services, said she was delighted.",
     ("Amina Rahman", "cabinet member for children's services", "E09000030")),
    # look-alike: the usual possessive
    ("Councillor Amina Rahman, Kent's cabinet member for children's services, said she was delighted.",
     ("Amina Rahman", "cabinet member for children's services", "E10000016")),
])
def test_a_place_ending_in_s_takes_the_apostrophe_alone(extract, sentence, want):
    assert want in members(extract(KENT + sentence))


def test_a_post_left_to_become_is_held(extract):
    af = extract(KENT + "Graham Pell, who left in July to become deputy chief executive of Plymouth City Council, "
                 "said he was proud.")
    assert ("Graham Pell", "deputy chief executive", "E06000026") in members(af)



@pytest.mark.parametrize("text,gone", [
    # a post at a former employer is no fact of that council ...
    ("Published 6 March 2025\n\nDevon County Council has appointed a new director of children's services. Sarah "
     "Milburn, who was previously deputy director of children's services at Torbay Council, will start in May.",
     "E06000027"),
    ("Published 6 March 2025\n\nDevon County Council has appointed Sarah Milburn as its director of children's "
     "services. Ms Milburn was previously director of children's services at Torbay Council.", "E06000027"),
])
def test_a_post_at_a_former_employer_is_no_fact(extract, text, gone):
    assert gone not in {m[2] for m in members(extract(text))}


def test_a_former_post_at_the_council_the_article_is_about_stays(extract):
    # look-alike: the article's own council
    af = extract("Devon County Council's children's services were praised by Ofsted. Sarah Milburn, who was "
                 "previously deputy director of children's services at Devon County Council, said staff deserved it.")
    assert ("Sarah Milburn", "former deputy director of children's services", "E10000008") in members(af)


def test_an_appointment_by_a_provider_is_to_the_provider(extract):
    af = extract("Slough Children First, the council-owned company that runs social care for children in the town, "
                 "has appointed a new chief executive.\n\nAnita Kowalczyk will take up the post in September.")
    assert ("Anita Kowalczyk", "chief executive", "slough-children-first") in members(af)


@pytest.mark.parametrize("text,want", [
    ("Slough Children First has appointed a new chief executive.\n\nAnita Kowalczyk will take up the post in "
     "September, replacing Peter Linwood, who is retiring.", ("Peter Linwood", "chief executive", "slough-children-first")),
    ("Devon County Council has appointed a new director of children's services. Sarah Milburn will start in May. "
     "She replaces Julian Price, who has led the service on an interim basis since 2023.",
     ("Julian Price", "interim director of children's services", "E10000008")),
    ("Jo Bell, Kent County Council's director of children's services, succeeds Sam Hill, who held the post in an "
     "acting capacity.", ("Sam Hill", "acting director of children's services", "E10000016")),
])
def test_the_holder_a_new_one_replaces_held_the_post(extract, text, want):
    assert want in members(extract(text))


def test_replacing_someone_with_no_post_told_gives_them_none(extract):
    # look-alike: the new holder has no post in the text, so neither has the one replaced
    af = extract("Anita Kowalczyk spoke at the event, replacing Peter Linwood, who was unwell.")
    assert not {m for m in members(af) if m[0] == "Peter Linwood"}


def test_a_portfolio_of_several_services(extract):
    af = extract("Ofsted rated Kent County Council's children's services good.\n\nKent's cabinet member for adult "
                 "social care and public health, Councillor Diane Marchbanks, said the council would act.")
    assert ("Diane Marchbanks", "cabinet member for adult social care and public health", "E10000016") in members(af)


def test_a_new_holders_present_employer_does_not_take_the_discourse(extract):
    # "assistant director for safeguarding at Salford": a portfolio word like a verb, still a role's employer
    text = ("Published: 22 July 2024\n\nTameside Council has appointed Dr Farah Quilliam as its new director of "
            "children's services.\n\nDr Quilliam, currently assistant director for safeguarding at Salford City "
            "Council, will take up the post in October. She replaces interim director Graham Lisle.")
    assert ("Graham Lisle", "interim director", "E08000008") in members(extract(text))
    # look-alike: a verb between the role and the council ("who works with Salford") is no employer phrase
    assert ("Farah Quilliam", "assistant director for safeguarding", "E08000006") in members(extract(text))


def test_a_departing_post_stands_beside_a_post_held_before_elsewhere(extract):
    text = ("Devon County Council's director of children's services is to leave the authority.\n\nJuliette Pardoe, "
            "who joined Devon in 2021 from Cumbria County Council, where she was an assistant director, will step "
            "down at the end of July.")
    got = members(extract(text))
    assert ("Juliette Pardoe", "director of children's services", "E10000008") in got
    assert ("Juliette Pardoe", "assistant director", "E10000006") in got


def test_someone_speaking_after_a_post_speaking_keeps_their_own_post(extract):
    # look-alike: the one heard next has a post of their own in their sentence
    text = ("Inspectors said the council had improved.\n\nDirector of children's services Rebecca Holt said the "
            "result was the product of four years of work.")
    assert not {m for m in members(extract(text)) if m[0] == "Rebecca Holt" and m[2] == "ofsted"}


def test_a_council_role_named_with_no_council_is_the_one_subjects(extract):
    # a council named before in passing (it "was not part of the visit") does not take the role
    af = extract("Ofsted visit finds effective child protection work in Derbyshire\n\nInspectors who looked at how "
                 "Derbyshire County Council protects children found most children receive effective help.\n\n"
                 "The focused visit took place over two days in July.\n\nDerby City Council, which runs children's "
                 "services in the city separately, was not part of the visit.\n\nCouncillor Alison Brereton, cabinet "
                 "member for children's services, told the committee: \"I'm pleased.\"\n")
    assert ("Alison Brereton", "cabinet member for children's services", "E10000007") in members(af)


def test_a_council_role_after_the_council_the_sentence_names_is_that_councils(extract):
    # look-alike: the sentence names the council itself
    af = extract("Ofsted visit finds effective child protection work in Derbyshire\n\nInspectors who looked at how "
                 "Derbyshire County Council protects children found most children receive effective help.\n\n"
                 "Derby City Council's cabinet member for children, Councillor Jo Bell, said the city was next.\n")
    assert ("Jo Bell", "cabinet member for children", "E06000015") in members(af)


@pytest.mark.parametrize("text,want", [
    ("Knowsley Council's cabinet member for children's services, Councillor Shona McNally, said the council "
     "accepted the findings.", ("Shona McNally", "cabinet member for children's services", "E08000011")),
    ("Councillor Lorraine Bexley, Peterborough's cabinet member for children's services, said she was proud.",
     ("Lorraine Bexley", "cabinet member for children's services", "E06000031")),
    ("Cllr Jonathan Bury, Staffordshire County Council's cabinet member for children, said the report was fair.",
     ("Jonathan Bury", "cabinet member for children", "E10000028")),
])
def test_names_written_with_inner_capitals_or_ending_in_a_places_name(extract, text, want):
    assert want in members(extract(text))


def test_a_place_after_a_councillor_and_a_first_name_that_is_no_name(extract):
    # look-alike: councillors of places named in a list keep their places as councils
    af = extract("Councillors in Bexley, Bromley and Croydon said the report on Bexley was fair.")
    assert "E09000004" in {e.key for e in af.mentions}


@pytest.mark.parametrize("text,want", [
    ("Kieran Mulvey, the council's director of family help, will become interim director of children's services "
     "at Cheshire East Council.", ("Kieran Mulvey", "interim director of children's services", "E06000049")),
    ("Jo Bell will become Cheshire East Council's director of children's services in May.",
     ("Jo Bell", "director of children's services", "E06000049")),
])
def test_a_post_someone_will_become(extract, text, want):
    assert want in members(extract(text))


def test_an_inspector_of_the_other_inspectorate_the_article_reports(extract):
    af = extract("Walsall's youth justice service has been rated 'inadequate' by HM Inspectorate of Probation.\n\n"
                 "Lead inspector Karen Delacroix said: \"Staff are committed.\"\n")
    assert ("Karen Delacroix", "lead inspector", "hm-inspectorate-of-probation") in members(af)


def test_an_inspector_is_ofsteds_where_the_article_names_it(extract):
    # look-alike: an article naming Ofsted and another inspectorate (a JTAI): the inspector is Ofsted's
    af = extract("Ofsted, the CQC and HM Inspectorate of Probation carried out a joint inspection in Kent.\n\n"
                 "Lead inspector Karen Delacroix said: \"Partners work well together.\"\n")
    assert ("Karen Delacroix", "lead inspector", "ofsted") in members(af)


@pytest.mark.parametrize("text,want", [
    ("Sefton Council has confirmed Martin Wakefield as its permanent executive director of children's social care.",
     ("Martin Wakefield", "permanent executive director of children's social care", "E08000014")),
    ("Halton Borough Council's chief executive, Sharon Warrington, said she was deeply sorry.",
     ("Sharon Warrington", "chief executive", "E06000006")),
    ("Tameside council has a new cabinet member.\n\nCouncillor Eleanor Bury becomes executive member for children's "
     "services.\n", ("Eleanor Bury", "executive member for children's services", "E08000008")),
])
def test_a_surname_that_names_a_place_is_the_persons(extract, text, want):
    af = extract(text)
    assert want in members(af)
    place = {"Martin Wakefield": "E08000036", "Sharon Warrington": "E06000007", "Eleanor Bury": "E08000002"}[want[0]]
    assert place not in {e.key for e in af.mentions}


@pytest.mark.parametrize("text,place", [
    ("Children's services in Bolton and Bury were rated good.", "E08000002"),     # a list of places
    ("Ofsted said Wakefield Council's children's services were good.", "E08000036"),   # a council's own name
])
def test_a_place_after_a_capitalised_word_is_still_a_place(extract, text, place):
    assert place in {e.key for e in extract(text).mentions}


def test_a_title_before_a_place_makes_it_a_surname(extract):
    af = extract("Tameside Council has a new cabinet member for children.\n\nCouncillor Bury said: \"I know what a huge "
                 "responsibility this is.\"\n")
    assert "E08000002" not in {e.key for e in af.mentions}


def test_inspectors_speaking_give_no_post_to_the_name_after_them(extract):
    """"inspectors said": several of them, so the name opening the next sentence, with a title of its own,
    is not one of them"""
    af = extract("Ofsted rated Ashby Primary School inadequate. However, inspectors said pupils were polite.\n\n"
                 "Headteacher Mary Lyons said the school had already acted.")
    assert ("Mary Lyons", "inspector", "ofsted") not in members(af)


def test_the_inspectors_post_told_before_its_holder_still_passes_to_one(extract):
    """look-alike: one post speaking, then its holder by name"""
    af = extract("Kent's children's services were rated good. The council's director of children's services said "
                 "she was delighted.\n\nJo Bell, who joined in 2020, said staff deserved the credit.")
    assert ("Jo Bell", "director of children's services", "E10000016") in members(af)


def test_a_post_told_in_full_replaces_its_bare_head(extract):
    af = extract("Kent County Council has appointed a new director to lead its children's service.\n\n"
                 "Mary Lyons will take up the post of corporate director of children and young people's service "
                 "in January.")
    roles = {role for name, role, _ in members(af) if name == "Mary Lyons"}
    assert roles == {"corporate director of children and young people's service"}


@pytest.mark.parametrize("text,want", [
    # a public body named by two places, one of them with "of" in its name
    ("Dr Kofi Mensah, chief nursing officer at the Hampshire and Isle of Wight Integrated Care Board, said it was "
     "good news.", ("Kofi Mensah", "chief nursing officer", "hampshire-and-isle-of-wight-integrated-care-board")),
    # the field of a chief inspector is the title's, not the name's (and names the inspectorate: roles.yaml
    # inspector_fields)
    ("Chief Inspector of Probation Harold Venn said the service must improve.",
     ("Harold Venn", "chief inspector of probation", "hm-inspectorate-of-probation")),
    ("The chief inspector of probation, Harold Venn, said the service must improve.",
     ("Harold Venn", "chief inspector of probation", "hm-inspectorate-of-probation")),
    ("The chief inspector of constabulary, Harold Venn, said the force must improve.",
     ("Harold Venn", "chief inspector of constabulary", "hm-inspectorate-of-constabulary")),
    # a founder of a network named by its place
    ("Sarah Gill, who founded the Hampshire SEND Parents Network, said families were let down.",
     ("Sarah Gill", "founder", "hampshire-send-parents-network")),
    ("Deborah Lin, chair of the Harrow Parent Forum, said families were worried.",
     ("Deborah Lin", "chair", "harrow-parent-forum")),
    ("Stuart Penn, a GMB organiser, said morale was low.", ("Stuart Penn", "organiser", "gmb")),
    # look-alike: a name, then "of" a police force
    ("Chief Superintendent Dawn Hollis of Merseyside Police said it was good.",
     ("Dawn Hollis", "chief superintendent", "merseyside-police")),
])
def test_roles_at_bodies_named_by_places(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("text", [
    "Ofsted rated Kent good. Jo Walters, who chairs the Kent Safeguarding Children Multi-Agency Partnership, said "
    "partners worked well.",
    "Ofsted rated Kent good. Jo Walters, independent chair of the Kent Safeguarding Children Multi-Agency "
    "Partnership, said partners worked well.",
])
def test_a_safeguarding_partnership_with_a_hyphenated_name_is_the_chairs_body(extract, text):
    got = members(extract(text))
    assert any(name == "Jo Walters" and org == "kent-safeguarding-children-multi-agency-partnership"
               for name, _, org in got), got
    assert not any(name == "Jo Walters" and org == "E10000016" for name, _, org in got)


def test_a_portfolio_with_a_for_of_its_own(extract):
    got = members(extract("Ofsted rated Camden outstanding. Councillor Marcus Boyce, Cabinet Member for Best Start for "
                          "Children and Families, said he was proud."))
    assert ("Marcus Boyce", "cabinet member for best start for children and families", "E09000007") in got


def test_two_people_named_before_a_plural_post_both_hold_it(extract):
    got = members(extract("Ofsted visited Wigan Council. The inspectors were Kathryn Molloy-Dean and Yusuf Abernethy, "
                          "His Majesty's Inspectors."))
    assert {("Kathryn Molloy-Dean", "inspector", "ofsted"), ("Yusuf Abernethy", "inspector", "ofsted")} <= got


def test_two_people_named_before_a_singular_post_leave_it_to_the_second(extract):
    """look-alike: "the council's leader" is one person's"""
    got = members(extract("Ofsted rated Wigan good. Tom Smith and Jane Cole, the council's leader, spoke."))
    assert not any(name == "Tom Smith" for name, _, _ in got)


def test_a_chair_of_governors(extract):
    got = members(extract("A school in Leeds was placed in special measures. Chair of governors Peter Anstey said "
                          "parents would be told."))
    assert any(name == "Peter Anstey" and role == "chair of governors" for name, role, _ in got)


@pytest.mark.parametrize("sentence", [
    "Dominic Farraday, the trust's chief executive, said he was proud.",
    "Dominic Farraday, who has been the trust's chief executive for four years, will leave in January.",
])
def test_the_trust_of_a_role_after_a_name_is_the_trust_the_article_is_about(extract, sentence):
    af = extract("Sandwell Children's Trust, which runs children's services for Sandwell Council, was inspected in "
                 "October.\n\n" + sentence)
    assert ("Dominic Farraday", "chief executive", "sandwell-childrens-trust") in members(af)


@pytest.mark.parametrize("sentence,want", [
    # a role stated in the text outranks a title, whatever its portfolio's words
    ("Kent cabinet member for integrated children's services, Cllr Davina Frost, said the council had approved "
     "funding.", ("Davina Frost", "cabinet member for integrated children's services", "E10000016")),
    ("Conservative councillor Margaret Dyson, the opposition's children's spokesperson, said the report was worrying.",
     ("Margaret Dyson", "children's spokesperson", "E10000016")),
    ("Ms Comfort Adeyemi-Hart, who is currently director of local delivery at Essex County Council, will join Kent "
     "in April.", ("Comfort Adeyemi-Hart", "director of local delivery", "E10000012")),
    ("Chair of governors Reverend Peter Almond said the governing body would act.",
     ("Peter Almond", "chair of governors", None)),
])
def test_roles_as_a_month_of_news_states_them(extract, sentence, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + sentence)
    assert want in members(af)


def test_our_chief_executive_on_a_trusts_page_read_without_its_address(extract):
    """no URL: the trust the page's first line names is "our" body"""
    text = ("Together for Children\nHome | About us | News\n\nOfsted confirms outstanding rating\n\nOfsted has "
            "confirmed that children's services in Sunderland remain outstanding.\n\nHarriet Ormsby, our chief "
            "executive, said: \"This is a tribute to our staff.\"\n")
    assert ("Harriet Ormsby", "chief executive", "together-for-children") in members(extract(text))
    # look-alike: a council's own page that mentions a trust further down
    text = ("Sunderland City Council\nHome | News\n\nOfsted confirms outstanding rating\n\nThe council's children's "
            "services remain outstanding.\n\nJo Bell, our director of children's services, said she was proud of "
            "Together for Children, which runs the services.\n\nLatest news\n- Bin collections over Christmas\n")
    assert ("Jo Bell", "director of children's services", "together-for-children") not in members(extract(text))


@pytest.mark.parametrize("text, want", [
    # a portfolio that is a list of its own, before a name the statistical model may miss
    ("The council's corporate director for children, young people and education, Nadia Fairweather, told staff "
     "the plan would work.", ("Nadia Fairweather", "corporate director for children, young people and education",
                              "E10000016")),
    ("Kent's director of education, skills and families, Ottilie Grange, said the plan would work.",
     ("Ottilie Grange", "director of education, skills and families", "E10000016")),
    # a post told before its holder, who "will take up the post"
    ("Kent County Council has appointed an interim director of children's services.\n\nGillian Rathbone will take "
     "up the post on 1 October.", ("Gillian Rathbone", "interim director of children's services", "E10000016")),
    ("Kent County Council has appointed a new director of children's services.\n\nPeregrine Oduya takes over the "
     "role next month.", ("Peregrine Oduya", "director of children's services", "E10000016")),
])
def test_portfolio_lists_and_posts_taken_up(extract, text, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + text)
    assert want in members(af)


def test_a_list_of_praise_before_a_name_is_no_portfolio(extract):
    # look-alike: commas between lower-case words that are no role's portfolio, and a body taking up a task
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\nThe report praised "
                 "schools, carers and families, Ottilie Grange said.\n\nKent Youth Services will take up the role "
                 "in spring.")
    assert not [m for m in members(af) if m[0] == "Ottilie Grange" and m[1]] and \
        not [m for m in members(af) if "Youth" in m[0]]


@pytest.mark.parametrize("sentence, want", [
    # a name the statistical model may miss, holding a post by a copula
    ("Nadia Okafor had been Kent County Council's director of children's services for five months when inspectors "
     "arrived.", ("Nadia Okafor", "director of children's services", "E10000016")),
    ("Peregrine Oduya is Kent County Council's director of children's services.",
     ("Peregrine Oduya", "director of children's services", "E10000016")),
])
def test_a_name_holding_a_post_by_a_copula(extract, sentence, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + sentence)
    assert want in members(af)


def test_a_building_or_a_possessive_after_a_copula_is_no_name(extract):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\nMaidstone Town Hall is "
                 "the director's office. The new Family Hub is the director's pride.")
    assert not members(af)


@pytest.mark.parametrize("sentence, want", [
    # a body no table lists, named in the possessive before the role
    ("Harbourfield Care's operations director, Karl Whitmore, said lessons had been learned.",
     ("Karl Whitmore", "operations director", "harbourfield-care")),
    # a surname joined to a place's name
    ("Kent's corporate director of children's services, Fiona Lacey-Brent, said the report was fair.",
     ("Fiona Lacey-Brent", "corporate director of children's services", "E10000016")),
])
def test_bodies_named_in_the_possessive_and_place_names_in_surnames(extract, sentence, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + sentence)
    assert want in members(af)


@pytest.mark.parametrize("sentence, want", [
    # a councillor's post that names no body is on the council
    ("Councillor Maureen Tilsley-Vane, executive lead for children's services, said she was pleased.",
     ("Maureen Tilsley-Vane", "executive lead for children's services", "E06000027")),
    ("Chair of the board Cllr Geraldine Hough asked when caseloads would come down.",
     ("Geraldine Hough", "chair of the board", "E06000027")),
    # look-alike: the same post held by no councillor names no body
    ("Chair of the board Geraldine Hough asked when caseloads would come down.",
     ("Geraldine Hough", "chair of the board", None)),
])
def test_a_councillors_post_naming_no_body_is_on_the_council(extract, sentence, want):
    assert want in members(extract("Torbay Council's children's services were praised by Ofsted.\n\n" + sentence))


@pytest.mark.parametrize("sentence, want", [
    # a modifier joined to the head by a hyphen, written as it is
    ("Sally Penrose, co-chair of Bristol Parent Carer Forum, said parents were exhausted.",
     ("Sally Penrose", "co-chair", "bristol-parent-carer-forum")),
    ("Jo Bell, vice-chair of the council's scrutiny committee, said it was worrying.",
     ("Jo Bell", "vice-chair", "E06000023")),
])
def test_a_hyphenated_role(extract, sentence, want):
    assert want in members(extract("Bristol City Council's children's services were praised by Ofsted.\n\n" + sentence))


@pytest.mark.parametrize("name", ["Ann-Marie Kilby", "Jo-Anne Fairweather"])
def test_a_hyphenated_first_name_the_model_takes_for_a_body(extract, name):
    af = extract("North Lincolnshire Council's children's services remain outstanding, Ofsted has said.\n\nCouncil "
                 "leader Cllr Graham Westoby said: \"I want to thank every social worker, family support worker and "
                 "foster carer in North Lincolnshire. Keeping an outstanding rating is even harder than getting one in "
                 "the first place.\"\n\n" + name + ", the council's director of children and families, added: \"We "
                 "will look closely at what inspectors said about return home interviews and act on it straight away.\"")
    assert (name, "director of children and families", "E06000013") in members(af)


def test_a_persons_possessive_or_a_council_after_a_hyphen_is_no_body(extract):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\nJo Bell's deputy "
                 "director, Sam Reed, said the plan would work. The Lacey-Brent Council report was read.")
    assert not [m for m in members(af) if m[2] and "bell" in m[2]]


@pytest.mark.parametrize("sentence, want", [
    # a body no table lists, told by its kind or named in full after "of the"
    ("Dominic Hewitt, chief executive of the charity Safer Streets Notts, said the voluntary sector had helped.",
     ("Dominic Hewitt", "chief executive", "safer-streets-notts")),
    ("Lindsay Forshaw is the chief executive of the Margate-based charity Streetwise Coast.",
     ("Lindsay Forshaw", "chief executive", "streetwise-coast")),
    ("Mick O'Halloran, secretary of the Kent branch of Unison, said morale was low.",
     ("Mick O'Halloran", "secretary", "unison")),
    ("Professor Daniel Fairweather, chair of the Foundation for Family Futures, said the report was fair.",
     ("Daniel Fairweather", "chair", "foundation-for-family-futures")),
    ("Marisol Adebayo, chief executive of the Cornerstone Care Leavers' Trust, said the report was fair.",
     ("Marisol Adebayo", "chief executive", "cornerstone-care-leavers-trust")),
    # (a kind told in several words, a name of small or capital words)
    ("Rhian Pryce, a spokeswoman for the campaign group Homes Not Profits, said the home should close.",
     ("Rhian Pryce", "spokeswoman", "homes-not-profits")),
    ("Emma Whitfield, who founded the parents' group SEND Action Kent, said families were angry.",
     ("Emma Whitfield", "founder", "send-action-kent")),
    ("Lucy Tranter, who founded the parent support group Families Together, said families noticed the difference.",
     ("Lucy Tranter", "founder", "families-together")),
    # (a kind told with its place and whom it serves, after "of the")
    ("Sarah Benning, chief executive of the West Yorkshire children's charity Family Bridges, said it was great.",
     ("Sarah Benning", "chief executive", "family-bridges")),
    ("Sarah Benning, chief executive of the children's charity Family Bridges, said it was great.",
     ("Sarah Benning", "chief executive", "family-bridges")),
])
def test_a_body_told_by_its_kind_or_named_after_of_the(extract, sentence, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + sentence)
    assert want in members(af)


@pytest.mark.parametrize("sentence, want", [
    # look-alikes: a portfolio, a region and a council's name after "of the"
    ("Jo Bell, head of the Children and Families Service, said the report was fair.",
     ("Jo Bell", "head of the children and families service", "E10000016")),
    ("Jo Bell, director for the South East, said the report was fair.",
     ("Jo Bell", "director for the south east", "E10000016")),
    ("I have written to John Osman, leader of the Conservative County Council, about it.",
     ("John Osman", "leader of the conservative county council", "E10000016")),
])
def test_portfolios_regions_and_councils_after_of_the_are_no_body(extract, sentence, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + sentence)
    assert want in members(af)


@pytest.mark.parametrize("text, want", [
    # a second role past the body of the first
    ("Ruth Nwachukwu, president of the Association of Directors of Children's Services and director of children's "
     "services at Wakefield Council, said the report was fair.",
     ("Ruth Nwachukwu", "director of children's services", "E08000036")),
    # a role, its body, then the copula and the name
    ("The inspection's lead inspector for Ofsted was Gareth Pryce.", ("Gareth Pryce", "lead inspector", "ofsted")),
    # the post someone holds now where they come from, the subject named by surname
    ("Tom Gillespie is the new director. Gillespie joins from Walsall Council, where he is director of children's "
     "social care.", ("Tom Gillespie", "director of children's social care", "E08000030")),
    # a post taken with no body named is at the body of the post the sentence names
    ("Bradford Children and Families Trust runs the city's services. The trust's director of practice, Nadia Rahman, "
     "will step up as interim chief executive.",
     ("Nadia Rahman", "interim chief executive", "bradford-children-and-families-trust")),
])
def test_second_roles_copulas_where_they_are_and_posts_taken_at_the_same_body(extract, text, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + text)
    assert want in members(af)


def test_a_former_post_where_they_were_is_no_fact(extract):
    # look-alike: "where he was" is a post elsewhere before
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\nTom Gillespie is the new "
                 "director. Gillespie joins from Walsall Council, where he was director of children's social care.")
    assert not [m for m in members(af) if m[2] == "E08000030"]


@pytest.mark.parametrize("sentence", [
    "Our director of children and community resilience, Ian Weatherill, said the partnership was working.",
    "Ian Weatherill, director of children and community resilience, said the partnership was working.",
])
def test_a_portfolio_of_several_words_names_the_role_whole(extract, sentence):
    af = extract("Council news\n\nPublished 2 June 2025\n\nHalton Borough Council's children's services were rated "
                 "inadequate. " + sentence, url="https://www.halton.gov.uk/news/x")
    assert members(af) == {("Ian Weatherill", "director of children and community resilience", "E06000006")}


@pytest.mark.parametrize("sentence, role", [
    ("The executive board portfolio holder for children and young people is Councillor Tom Whelan.",
     "executive board portfolio holder for children and young people"),
    ("The lead member for children is Cllr Tom Whelan.", "lead member for children"),
])
def test_a_role_then_a_copula_then_a_titled_name(extract, sentence, role):
    af = extract("Council news\n\nPublished 2 June 2025\n\nHalton Borough Council's children's services were rated "
                 "inadequate. " + sentence)
    assert members(af) == {("Tom Whelan", role, "E06000006")}


def test_a_place_in_brackets_after_a_role_is_not_its_body(extract):
    text = ("Council news\n\nPublished 2 June 2025\n\nGateshead Council's children's services were rated good. Joanne "
            "Lister, Director of Nursing (Gateshead) at the North East and North Cumbria Integrated Care Board, said "
            "the work mattered.")
    assert {(p, role) for p, role, org in members(extract(text)) if org and org.startswith("E0")} == set()
    # look-alike: the place in brackets and no body after it: the council, by default
    alone = extract("Council news\n\nPublished 2 June 2025\n\nGateshead Council's children's services were rated "
                    "good. Joanne Lister, Director of Nursing (Gateshead), said the work mattered.")
    assert members(alone) == {("Joanne Lister", "director of nursing", "E08000037")}


def test_a_body_no_table_lists_named_after_a_role_and_of(extract):
    text = ("Home rated inadequate\n\nPublished 2 June 2025\n\nHarbourside House, run by Harbourside Care Ltd, was rated "
            "inadequate. Neil Grayson, operations director of Harbourside Care, said the home would improve.")
    assert members(extract(text)) == {("Neil Grayson", "operations director", "harbourside-care")}
    # look-alike: a portfolio in capitals is no body
    text = ("News\n\nPublished 2 June 2025\n\nKent County Council was rated good. Sam Reed, cabinet member for "
            "Vulnerable Children and Families, agreed.")
    assert members(extract(text)) == {("Sam Reed", "cabinet member for vulnerable children and families", "E10000016")}


def test_a_college_principal_and_the_leaving_care_service(extract):
    # "leaving care" is the field's term, no departure: the principal is no inspector for having spoken next
    text = ("College rated outstanding\n\nPublished 5 June 2024\n\nNorthfield College in Barnsley has been rated "
            "outstanding.\n\nInspectors praised the college's team, which works with Barnsley Council's leaving care "
            "service.\n\nPrincipal Andrew Kettlewell said: \"This is the result of years of work.\"")
    assert members(extract(text)) == {("Andrew Kettlewell", "principal", "northfield-college")}


def test_a_body_role_in_a_sentence_that_speaks_of_the_company(extract):
    text = ("Company hands back control\n\nPublished 1 October 2024\n\nWorcestershire Children First ran children's "
            "services for Worcestershire County Council from 2019. Outgoing managing director Sally Prentice said the "
            "company had done what it was set up to do.")
    assert members(extract(text)) == {("Sally Prentice", "managing director", "worcestershire-children-first")}


def test_a_regions_name_holding_of_in_a_portfolio(extract):
    text = ("News\n\nPublished 2 June 2025\n\nPeterborough City Council was rated inadequate. Ofsted's regional director "
            "for the East of England, Colin Adeyemi, said leaders now needed focus.")
    assert members(extract(text)) == {("Colin Adeyemi", "regional director for the east of england", "ofsted")}


def test_a_leaving_with_a_subject_of_its_own_is_no_departure_of_the_post(extract):
    text = ("Oldham rated good\n\nPublished 2 June 2025\n\nOldham Council's children's services were rated good. "
            "Inspectors said that return home interviews do not always explore why children left.\n\nCllr Maryam "
            "Fairhurst, cabinet member for children, said: \"This is a fantastic result.\"")
    assert members(extract(text)) == {("Maryam Fairhurst", "cabinet member for children", "E08000004")}
    # look-alike: the post's own leaving
    text = ("Oldham news\n\nPublished 2 June 2025\n\nOldham Council's director of children's services is to leave. "
            "Jo Bell, who joined in 2019, will go in March.")
    assert ("Jo Bell", "director of children's services", "E08000004") in members(extract(text))


def test_a_council_named_only_in_what_someone_says_is_not_their_councils(extract):
    text = ("News\n\nPublished 2 June 2025\n\nHerefordshire Council was rated good. Council leader Cllr Gareth Pryce said: "
            "\"Our staff and our partners in Telford and Wrekin have worked tirelessly.\"")
    assert members(extract(text)) == {("Gareth Pryce", "council leader", "E06000019")}
    # look-alike: the council named outside the quotation
    text = ("News\n\nPublished 2 June 2025\n\nHerefordshire Council was rated good. Telford and Wrekin Council's leader "
            "Gareth Pryce said: \"We are pleased for our neighbours.\"")
    assert members(extract(text)) == {("Gareth Pryce", "leader", "E06000020")}


@pytest.mark.parametrize("sentence,want", [
    # a body no table lists, named in full after a role, with "'s" or "of" inside its name
    ("Marcus Penhale, chief executive of the Independent Children's Homes Association, said the bill was flawed.",
     ("Marcus Penhale", "chief executive", "independent-childrens-homes-association")),
    ("Rachel Oduya, chair of the West Midlands Association of Directors of Children's Services, said the pact worked.",
     ("Rachel Oduya", "chair", "west-midlands-association-of-directors-of-childrens-services")),
])
def test_a_body_named_in_full_after_a_role(extract, sentence, want):
    assert want in members(extract("Ofsted rated Kent inadequate. " + sentence))


def test_a_board_of_a_body_is_no_body_of_its_own(extract):
    got = members(extract("Ofsted rated Kent inadequate. Eileen Marsh, chair of the Trust Board, said she was proud."))
    assert not {org for _, _, org in got if org and "board" in org}


@pytest.mark.parametrize("sentence,org", [
    ("Mark Hollins, chief executive of the Bradford trust, said staff were proud.", "bradford-children-and-families-trust"),
    ("The Bradford trust's chief executive, Mark Hollins, said staff were proud.", "bradford-children-and-families-trust"),
])
def test_the_place_trust_is_the_named_trust_serving_it(extract, sentence, org):
    af = extract("Bradford Children and Families Trust was rated good by Ofsted. " + sentence)
    assert ("Mark Hollins", "chief executive", org) in members(af)


def test_the_place_trust_with_no_trust_named_is_no_provider(extract):
    af = extract("Ofsted rated Bradford good. Mark Hollins, chief executive of the Bradford trust, said staff were proud.")
    assert not {org for _, _, org in members(af) if org == "bradford-children-and-families-trust"}


@pytest.mark.parametrize("sentence, want", [
    ("Derbyshire County Council has named Femi Adeyemi as its next executive director for children's services.",
     ("Femi Adeyemi", "executive director for children's services", "E10000007")),
    ("Ofsted's deputy director for multi-agency inspection, Anil Rao, said the areas were improving.",
     ("Anil Rao", "deputy director for multi-agency inspection", "ofsted")),
    ("Anil Rao, Ofsted's deputy director for multi-agency inspection, said the areas were improving.",
     ("Anil Rao", "deputy director for multi-agency inspection", "ofsted")),
    ("Tameside Council was rated inadequate. Cllr Jacqueline Hoyle, the town hall's executive member for children "
     "and families, said the council was improving.",
     ("Jacqueline Hoyle", "executive member for children and families", "E08000008")),
])
def test_next_post_hyphened_portfolio_and_the_town_halls_member(extract, sentence, want):
    af = extract("Council news\n\nPublished 2 March 2024\n\n" + sentence + "\n")
    assert want in {(m.person.label, m.role, m.org.key if m.org else None) for m in af.facts if isinstance(m, Membership)}


def test_a_hyphen_between_other_words_ends_the_portfolio(extract):
    # look-alike: "director for children - Anil Rao": a dash with spaces, not a joined word
    af = extract("Council news\n\nPublished 2 March 2024\n\nThe deputy director for inspection - and there are "
                 "several - Anil Rao, said the areas were improving.\n")
    assert not any(m.role.endswith("-") or "and there" in m.role for m in af.facts if isinstance(m, Membership))


@pytest.mark.parametrize("sentence, want", [
    ("Yvonne Stanford, national director for social care, praised Leeds City Council.",
     ("Yvonne Stanford", "national director for social care", "ofsted")),
    ("Cheshire East Council set up a new improvement board chaired by Dr Lorraine Ashby.",
     ("Lorraine Ashby", "chair", "E06000049")),
    ("Bradford Children and Families Trust took over in April. The new trust is chaired by Eileen Harcourt, a former "
     "chief constable.", ("Eileen Harcourt", "chair", "bradford-children-and-families-trust")),
])
def test_a_national_director_is_ofsteds_and_a_board_is_chaired_by_its_chair(extract, sentence, want):
    assert want in members(extract("Council news\n\nPublished 2 March 2024\n\n" + sentence + "\n"))


@pytest.mark.parametrize("sentence", ["The review, chaired by Jo Bell, found delays at Kent County Council.",
                                      "The meeting at Kent County Council was chaired by Jo Bell."])
def test_a_review_or_meeting_chaired_is_no_bodys_post(extract, sentence):
    # look-alike: what is chaired is no board of the council
    assert not {m for m in members(extract("Council news\n\nPublished 2 March 2024\n\n" + sentence + "\n"))
                if m[1] == "chair"}


@pytest.mark.parametrize("verb", ["has chosen", "has selected"])
def test_a_post_chosen_for_someone_past_their_earlier_one_is_their_new_post(extract, verb):
    af = extract(f"Westmorland and Furness Council {verb} Daniel Ashworth, previously its assistant director for "
                 "children's social care, as its first permanent director of children's services.")
    roles = {role for _, role, _ in members(af)}
    assert "permanent director of children's services" in roles
    assert "former permanent director of children's services" not in roles
    # look-alike: only the earlier post, told as such
    af = extract(f"Westmorland and Furness Council {verb} Daniel Ashworth, previously its assistant director for "
                 "children's social care.")
    assert {role for _, role, _ in members(af)} == {"former assistant director for children's social care"}


@pytest.mark.parametrize("verb", ["She succeeds", "She replaces"])
def test_the_holder_replaced_held_the_post_appointed_to_not_the_newcomers_current_one(extract, verb):
    text = ("Sunderland City Council has confirmed the appointment of Simone Achterberg as chief executive of Together "
            "for Children. Ms Achterberg, currently director of operations at the company, will take up the post in "
            f"November. {verb} Graham Tolland, who is retiring.")
    assert ("Graham Tolland", "chief executive", "together-for-children") in members(extract(text))
    # look-alike: with no appointment told, the post the newcomer holds is the one
    text = text.replace("has confirmed the appointment of Simone Achterberg as chief executive of Together for "
                        "Children", "has praised Simone Achterberg")
    assert ("Graham Tolland", "director of operations") in {(p, role) for p, role, _ in members(extract(text))}


@pytest.mark.parametrize("words", ["replaces interim boss Keith Ormerod", "replaces the interim boss, Keith Ormerod"])
def test_the_holder_replaced_may_be_named_after_words_on_them(extract, words):
    text = ("Northamptonshire Children's Trust has named Maria Dunstable as its new chief executive. Ms Dunstable, "
            f"currently deputy chief executive of the trust, {words}, who has led the organisation since last summer.")
    assert ("Keith Ormerod", "interim chief executive", "northamptonshire-childrens-trust") in members(extract(text))
    # look-alike: a verb between, which makes the name someone else's news
    text = text.replace(words, "replaces an interim boss who thanked Keith Ormerod")
    assert not any(p == "Keith Ormerod" for p, _, _ in members(extract(text)))


@pytest.mark.parametrize("verb", ["will succeed", "will replace"])
def test_a_newcomer_named_by_first_name_succeeds_the_holder_of_the_post(extract, verb):
    text = ("The board of Achieving for Children has appointed Tanvir Siddiqui as its next chief executive. "
            f"Tanvir {verb} Martin Waterhouse, who will step down in April.")
    assert ("Martin Waterhouse", "chief executive", "achieving-for-children") in members(extract(text))
    # look-alike: a first name no one earlier bears
    text = text.replace(f"Tanvir {verb}", f"Priya {verb}")
    assert not any(p == "Martin Waterhouse" and role == "chief executive" for p, role, _ in members(extract(text)))


@pytest.mark.parametrize("before, org", [
    ("Sunderland's services have been delivered since 2017 by Together for Children, a company owned by Sunderland "
     "City Council.", "together-for-children"),
    ("The academy is part of the Severn Valley Learning Trust, which runs eight schools across Shropshire and "
     "Telford.", "severn-valley-learning-trust"),
])
def test_its_role_is_the_bodys_a_clause_describes_not_a_body_named_in_that_clause(extract, before, org):
    af = extract(before + " Its chief executive, Andrea Kirkland, said the result was a credit to staff.")
    assert {o for p, role, o in members(af) if p == "Andrea Kirkland"} == {org}
    # look-alike: the body named last, in no describing clause, is the one
    af = extract("The academy is part of a trust. Telford & Wrekin Council helped it. Its chief executive, Andrea "
                 "Kirkland, said the result was a credit to staff.")
    assert {o for p, role, o in members(af) if p == "Andrea Kirkland"} == {"E06000020"}


@pytest.mark.parametrize("text, want", [
    ("\"It will shape policy,\" said Professor Ruth Ellery, a social policy academic at the University of Leeds.",
     ("Ruth Ellery", "social policy academic", "university-of-leeds")),
    ("Dr Sam Reed, a researcher at the Institute of Health Visiting, said the figures were stark.",
     ("Sam Reed", "researcher", "institute-of-health-visiting")),
])
def test_an_academic_or_researcher_is_a_post_at_their_body(extract, text, want):
    assert want in members(extract(text))


@pytest.mark.parametrize("title", ["Ms", "Mrs", "Dr"])
def test_a_courtesy_title_and_surname_is_the_person_named_before(extract, title):
    text = ("Somerset director retires\n\nPublished 28 March 2024\n\nMargaret Lydgate joined Somerset County Council in "
            "2010. In 2023 the county council was replaced by Somerset Council, a single unitary authority, and "
            f"{title} Lydgate became its first director of children's services.\n")
    assert ("Margaret Lydgate", "director of children's services", "E06000066") in members(extract(text))
    # look-alike: a surname no one named before is nobody's
    text = text.replace(f"{title} Lydgate became", f"{title} Harwood became")
    assert not any(m[1] == "director of children's services" for m in members(extract(text)))


def test_a_person_named_as_a_possessor_is_not_the_speaker(extract):
    text = ("Herefordshire report\n\nPublished 2 June 2025\n\nJesse Norman said the report was disturbing.\n\nMr Norman's "
            "colleague, MP Bill Wiggin, said: \"Herefordshire Council is running out of excuses for its failings.\"\n")
    speakers = {q.speaker.label for q in extract(text).facts if isinstance(q, Quotation) and "excuses" in q.text}
    assert speakers == {"Bill Wiggin"}
    # look-alike: two people named for themselves leave the speaker undecided
    text = text.replace("Mr Norman's colleague, MP Bill Wiggin, said", "A statement from Mr Norman and MP Bill Wiggin said")
    assert not {q for q in extract(text).facts if isinstance(q, Quotation) and "excuses" in q.text}


@pytest.mark.parametrize("words", ["who was her head of service and is now", "who had been her head of service and now is"])
def test_a_post_held_before_and_one_held_now_gives_the_one_now(extract, words):
    text = ("Doncaster obituary\n\nPublished 9 February 2026\n\n\"She was wonderful,\" said Daniel Okwu, " + words +
            " director of children's services at City of Doncaster Council.\n")
    assert members(extract(text)) == {("Daniel Okwu", "director of children's services", "E08000017")}
    # look-alike: two posts held now, the first kept
    text = text.replace(words, "who is her head of service and")
    assert ("Daniel Okwu", "head of service", "E08000017") in members(extract(text))


COMMITTEE = ("Somerset Council\n\nScrutiny Committee - 12 June 2024\n\n"
             "Report title: Ofsted focused visit findings\n\n"
             "Lead Officer: Rowan Pike, Executive Director - Children and Families\n"
             "{line}\n"
             "Date of publication: 4 June 2024\n\n"
             "1. Summary\n\nThis report sets out the findings of Ofsted's focused visit to the council's children's "
             "services in April 2024.")


@pytest.mark.parametrize("line,member", [
    ("Author: Dan Hale, Service Director - Children's Social Care", ("Dan Hale", "service director", "E06000066")),
    ("Author: Mo Pike, Strategic Manager, Quality Assurance", ("Mo Pike", "strategic manager", "E06000066")),
])
def test_a_committee_reports_author_line_gives_the_officers_post(extract, line, member):
    af = extract(COMMITTEE.format(line=line), url="https://democracy.somerset.gov.uk/documents/s1/report.pdf")
    assert member in members(af)


def test_a_reporters_byline_gives_no_post(extract):
    af = extract("Ofsted visit to Somerset\n\nBy Dan Hale, Chief Reporter\n\n4 June 2024\n\n"
                 "Ofsted's focused visit to Somerset Council's children's services found progress.")
    assert [a.label for a in af.authors] == ["Dan Hale"]
    assert not any(name == "Dan Hale" for name, _, _ in members(af))


def test_a_body_in_brackets_after_a_post_is_that_posts(extract):
    text = ("Royal Borough of Windsor and Maidenhead\n\nReport Title: Achieving for Children contract review\n"
            "Responsible Officer(s): Andrew Dane, Chief Executive; Clare Penn, Director of Children's Services "
            "(Achieving for Children)\n\n"
            "1. Achieving for Children has delivered the Royal Borough's children's services since 2017.")
    got = members(extract(text, url="https://www.rbwm.gov.uk/sites/default/files/cabinet-report.pdf"))
    assert ("Andrew Dane", "chief executive", "E06000040") in got
    assert ("Clare Penn", "director of children's services", "achieving-for-children") in got


@pytest.mark.parametrize("line,member", [
    ("Priya Vale – Chair, Bradford Children and Families Trust",
     ("Priya Vale", "chair", "bradford-children-and-families-trust")),
    ("Kate Oyel – Director of Practice, Bradford Children and Families Trust (Chair)",
     ("Kate Oyel", "director of practice", "bradford-children-and-families-trust")),
    ("Mark Hale – Interim Strategic Director, Children's Services, Bradford Council",
     ("Mark Hale", "interim strategic director", "E08000032")),
])
def test_a_list_lines_closing_body_is_the_posts(extract, line, member):
    text = ("Bradford Children's Services Improvement Board\n\nMinutes of the meeting held on 12 September 2024\n\n"
            f"Present\n{line}\nJo Dent – Democratic Services (minutes)\n\n"
            "1. The board discussed Ofsted's monitoring visit to Bradford's children's services.")
    assert member in members(extract(text))


@pytest.mark.parametrize("line,member", [
    ("Alan Gray, HM Chief Inspector of Probation, said the service was well led.",
     ("Alan Gray", "hm chief inspector of probation", "hm-inspectorate-of-probation")),
    ("Martyn Ode, HM Chief Inspector, said councils must act.", ("Martyn Ode", "hm chief inspector", "ofsted")),
])
def test_his_majestys_inspectors_and_their_inspectorate(extract, line, member):
    assert member in members(extract("Youth justice service rated good by probation inspectors\n\n" + line))


def test_a_portfolios_capitalised_words_are_no_person(extract):
    af = extract("Slough People Scrutiny Panel\n\nLead Member: Councillor Kamal Sahota, Lead Member for Children's "
                 "Services, Lifelong Learning and Skills\n\nThe panel discussed Ofsted's visit to Slough's children's "
                 "services.")
    assert {name for name, _, _ in members(af)} == {"Kamal Sahota"}


@pytest.mark.parametrize("sentence,herefordshire", [
    ("Niall Cutteridge, currently director of children's services at Shropshire Council, will take up the same role "
     "at Herefordshire Council in February.", True),
    # (a role at one body only: "the same day" is no post)
    ("Niall Cutteridge, currently director of children's services at Shropshire Council, spoke at Herefordshire "
     "Council the same day.", False),
])
def test_the_same_role_at_another_body(extract, sentence, herefordshire):
    af = extract("Herefordshire appoints new children's director\n\nPublished 3 November 2023\n\n" + sentence
                 + " He replaces interim director Fiona Laing, who has led the department since the spring.")
    assert (("Niall Cutteridge", "director of children's services", "E06000019") in members(af)) == herefordshire
    assert ("Niall Cutteridge", "director of children's services", "E06000051") in members(af)
    # (whom he replaces held the post he takes up, not the one he leaves)
    if herefordshire:
        assert {org for name, _, org in members(af) if name == "Fiona Laing"} == {"E06000019"}


@pytest.mark.parametrize("sentence, want", [
    ("Sasha Lund, who joined the council as director of children's services in January after seven years at "
     "Lancashire County Council, said the review was welcome.", ("Sasha Lund", "director of children's services",
                                                                  "E10000016")),
    ("Sasha Lund, who was made director of children's services in March after a decade at Essex County Council, said "
     "the review was welcome.", ("Sasha Lund", "director of children's services", "E10000016")),
    # (look-alike: the body right after the role)
    ("Sasha Lund, director of children's services at Essex County Council, said the review was welcome.",
     ("Sasha Lund", "director of children's services", "E10000012")),
])
def test_a_body_past_a_turn_in_someones_story_is_not_the_roles(extract, sentence, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\n" + sentence)
    assert want in members(af)


@pytest.mark.parametrize("role, want", [
    ("the government-appointed children's commissioner for Kent", ("Jo Bell", "children's commissioner", "E10000016")),
    ("the minister-appointed commissioner", ("Jo Bell", "commissioner", "E10000016")),
])
def test_who_appointed_someone_is_no_part_of_their_role(extract, role, want):
    af = extract("Kent County Council's children's services were rated inadequate by Ofsted.\n\nJo Bell, " + role +
                 ", said the council must improve.")
    assert want in members(af)


@pytest.mark.parametrize("role, want", [
    ("the children and families minister", ("Jo Bell", "children and families minister", "department-for-education")),
    ("the education and skills director", ("Jo Bell", "education and skills director", "E10000016")),
    # (look-alike: a portfolio of one word is a modifier as before)
    ("the council's director", ("Jo Bell", "director", "E10000016")),
])
def test_a_portfolio_joined_by_and_before_the_head_is_the_roles(extract, role, want):
    af = extract("Kent County Council's children's services were rated inadequate by Ofsted.\n\nJo Bell, " + role +
                 ", said the council must improve.")
    assert want in members(af)


@pytest.mark.parametrize("text, want", [
    ("Det Supt Mark Heywood, of Lancashire Constabulary, said the force had changed its briefings.",
     ("Mark Heywood", "detective superintendent")),
    ("Police response criticised\n\nDet Supt Ann Royle said officers would attend every strategy meeting in Lancashire.",
     ("Ann Royle", "detective superintendent")),
    ("Det Ch Supt Amara Quinn, of Lancashire Constabulary, said the force had changed its briefings.",
     ("Amara Quinn", "detective chief superintendent")),
])
def test_a_police_rank_written_short_is_the_rank(extract, text, want):
    got = {(m[0], m[1]) for m in members(extract("Ofsted inspected Lancashire County Council. " + text))}
    assert want in got


@pytest.mark.parametrize("body, key", [
    ("the Greater Manchester Combined Authority's", "greater-manchester-combined-authority"),
    ("the West Yorkshire Combined Authority's", "west-yorkshire-combined-authority"),
])
def test_a_combined_authoritys_post_is_not_a_councils(extract, body, key):
    af = extract(f"Bolton Council and Stockport Council agreed the cap. Councillor Mark Sutcliffe, {body} lead for "
                 "children and young people, said the cap would help.")
    got = {(m.role, m.org.key if m.org else None) for m in af.facts if isinstance(m, Membership)}
    assert ("lead for children and young people", key) in got
    assert not any(org == "E08000001" for _, org in got)


@pytest.mark.parametrize("appositive, role", [
    ("managing director of a specialist social care recruitment agency", "managing director"),
    ("chief executive of a children's charity", "chief executive"),
])
def test_a_post_at_a_body_the_text_does_not_name_is_held_at_no_named_body(extract, appositive, role):
    af = extract(f"Bolton Council agreed the cap. Darren Keogh, {appositive}, said the cap would push workers out.")
    got = {(m.role, m.org) for m in af.facts if isinstance(m, Membership) and m.person.label == "Darren Keogh"}
    assert got == {(role, None)}
    # look-alikes: a part of the council described ("a department facing debts"), or a post told in the verb, is none
    af = extract("Cheshire East Council is in debt. Deborah Woodcock, executive director of a department facing "
                 "huge debts, has resigned. Jo Bell took a new post as chief executive of a children's charity.")
    assert not [m for m in af.facts if isinstance(m, Membership)]


@pytest.mark.parametrize("sentence, role", [
    ("Elaine has been interim Director of Children's Services since September 2019.",
     "interim director of children's services"),
    ("Elaine was previously interim director of children's services.", "former interim director of children's services"),
])
def test_a_first_name_alone_after_the_full_name_is_that_person(extract, sentence, role):
    af = extract("Wirral appoints director\n\nWirral Council has appointed Elaine Carroway as its permanent Director "
                 "of Children's Services. May Lee, its leader, welcomed her.\n\n" + sentence + "\n\nMay has been a "
                 "busy month for the service.")
    got = members(af)
    assert ("Elaine Carroway", role, "E08000015") in got
    # look-alike: a first name that opens no clause as its subject ("May has been a busy month") adds no role
    assert {m for m in got if m[0] == "May Lee"} == {("May Lee", "leader", "E08000015")}


def test_a_role_in_brackets_before_the_next_name_is_the_first_names(extract):
    af = extract("Kirklees panel\n\nPresent: Councillor Aisha Mahmood (Chair), Councillor Peter Lumb\n\nThe meeting was "
                 "on Kirklees Council's inspection.")
    got = members(af)
    assert ("Aisha Mahmood", "chair", "E08000034") in got
    assert ("Aisha Mahmood", "councillor", "E08000034") not in got
    # look-alike: a bracket holding no role (a party) is passed over to the role after it
    af = extract("Kirklees\n\nCllr Jo Bell (Labour), cabinet member for children, said Kirklees Council was pleased.")
    assert ("Jo Bell", "cabinet member for children", "E08000034") in members(af)


@pytest.mark.parametrize("body, key", [
    ("NHS West Yorkshire Integrated Care Board", "nhs-west-yorkshire-integrated-care-board"),
    ("West Yorkshire Police", "west-yorkshire-police"),
])
def test_a_body_closing_the_bracket_a_role_is_in_is_its_body(extract, body, key):
    af = extract(f"Kirklees panel\n\nNadia Pearce (Designated Nurse for Safeguarding, {body}) said Kirklees Council had "
                 "improved.")
    assert ("Nadia Pearce", "designated nurse for safeguarding", key) in members(af)


@pytest.mark.parametrize("line, want", [
    ("Cabinet Member: Councillor Brenda Tolley", ("Brenda Tolley", "cabinet member", "E06000026")),
    ("Lead Member for Children: Cllr Sam Reed", ("Sam Reed", "lead member for children", "E06000026")),
])
def test_a_header_line_labelling_a_name_with_its_post(extract, line, want):
    af = extract(f"Report to Cabinet\n\nPLYMOUTH CITY COUNCIL\n\n{line}\n\nOfsted rated Plymouth City Council requires "
                 "improvement.")
    assert want in members(af)
    # look-alike: a colon in a sentence that is no post's label gives no role
    af = extract("Report\n\nThe council said this: Jo Bell will lead.\n\nOfsted rated Plymouth City Council requires "
                 "improvement.")
    assert not {m for m in members(af) if m[0] == "Jo Bell"}


def test_co_founded_is_a_co_founders_role(extract):
    af = extract("Hertfordshire SEND\n\nHarriet Moore, who co-founded the parent group SEND Justice Herts, said "
                 "Hertfordshire County Council must act.")
    assert ("Harriet Moore", "co-founder", "send-justice-herts") in members(af)


@pytest.mark.parametrize("clause, key", [
    ("who researches the social work workforce at the University of Wolverhampton", "university-of-wolverhampton"),
    ("who teaches social work at the University of Leeds", "university-of-leeds"),
])
def test_a_titled_names_body_in_its_relative_clause(extract, clause, key):
    af = extract(f"Agency\n\nProfessor Anita Ghosh, {clause}, said Walsall Council had done well.")
    assert ("Anita Ghosh", "professor", key) in members(af)
    # look-alike: a council where someone once worked is no body of their title
    af = extract("Agency\n\nProfessor Anita Ghosh, who worked at Walsall Council for years, said Walsall Council had "
                 "done well.")
    assert ("Anita Ghosh", "professor", "E08000030") not in members(af)


@pytest.mark.parametrize("text, want", [
    ("Borders\n\nMorag Tennant, Scottish Borders Council's chief social work officer, said the report was welcome.",
     ("Morag Tennant", "chief social work officer", "scottish-borders-council")),
    ("Powys improves\n\nCouncillor Sian Probert, Powys County Council's cabinet member for a caring Powys, said it had "
     "come far.", ("Sian Probert", "cabinet member for a caring powys", "powys-county-council")),
])
def test_a_post_at_a_welsh_or_scottish_council_is_that_bodys(extract, text, want):
    got = members(extract(text))
    assert any(m[0] == want[0] and m[2] == want[2] for m in got), got


@pytest.mark.parametrize("appositive, want", [
    ("22, a campaigner with the Care Leavers Alliance", ("Jordan Mills", "campaigner", "care-leavers-alliance")),
    ("a care leaver and campaigner with the Care Leavers Alliance",
     ("Jordan Mills", "campaigner", "care-leavers-alliance")),
    ("a mother and campaigner with the Care Leavers Alliance", ("Jordan Mills", "campaigner", "care-leavers-alliance")),
    ("a senior practitioner in the council's Selby team", ("Jordan Mills", "senior practitioner", "E10000016")),
])
def test_a_role_past_an_age_or_what_someone_is_and_its_body_after_with_the(extract, appositive, want):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\nJordan Mills, " + appositive +
                 ", said children were listened to.")
    assert want in members(af)


@pytest.mark.parametrize("appositive", ["a mother and grandmother", "22, a care leaver", "a care leaver and student"])
def test_no_role_past_an_age_or_what_someone_is_when_none_is_named(extract, appositive):
    af = extract("Kent County Council's children's services were rated good by Ofsted.\n\nJordan Mills, " + appositive +
                 ", said children were listened to.")
    assert not any(isinstance(m, Membership) for m in af.facts)


@pytest.mark.parametrize("post,both", [
    ("will become director of children's services for both councils from June", True),
    ("will become director of children's services for the two councils from June", True),
    # look-alike: one council's post
    ("will become director of children's services at Medway Council from June", False),
])
def test_a_post_for_both_councils_is_each_councils(extract, post, both):
    af = extract("Kent and Medway to share a director\n\nKent County Council and Medway Council have agreed to share a "
                 "director of children's services.\n\nJo Bell, who has led Medway's children's services since 2018, "
                 + post + ".")
    got = {org for name, role, org in members(af) if name == "Jo Bell" and role == "director of children's services"}
    assert got == ({"E10000016", "E06000035"} if both else {"E06000035"})


@pytest.mark.parametrize("clause,want", [
    ("who has fostered for the city council for 14 years", ("Tony Blackwell", "foster carer", "E06000018")),
    ("who fosters for the council", ("Tony Blackwell", "foster carer", "E06000018")),
])
def test_someone_who_fosters_for_the_council_is_a_foster_carer(extract, clause, want):
    af = extract("Nottingham City Council's children's services were rated requires improvement by Ofsted.\n\n"
                 f"Tony Blackwell, {clause}, said the changes were felt at home.")
    assert want in members(af)


def test_someone_who_was_fostered_is_no_foster_carer(extract):
    af = extract("Nottingham City Council's children's services were rated requires improvement by Ofsted.\n\n"
                 "Tony Blackwell, who was fostered as a child, said the changes were felt at home.")
    assert not any(role == "foster carer" for _, role, _ in members(af))


@pytest.mark.parametrize("sentence", [
    "Wendy Castleton has been the shared director of children's services for Peterborough City Council and "
    "Cambridgeshire County Council since 2017.",
    "Wendy Castleton, the shared director of children's services for Peterborough City Council and Cambridgeshire "
    "County Council, said the report was fair.",
])
def test_a_shared_director_is_each_councils(extract, sentence):
    af = extract("Peterborough rated inadequate\n\nPeterborough City Council's children's services have been rated "
                 "inadequate by Ofsted.\n\n" + sentence)
    got = {org for name, role, org in members(af) if name == "Wendy Castleton" and "director" in role}
    assert got == {"E06000031", "E10000003"}


@pytest.mark.parametrize("taking_up", ["would take over as chief executive on 1 October",
                                       "will become chief executive on 1 October"])
def test_the_holder_replaced_held_the_post_the_newcomer_takes_over(extract, taking_up):
    text = ("Sandwell Children's Trust names new boss\n\nSandwell Children's Trust said Rukhsana Begum " + taking_up +
            ".\n\nMs Begum is currently the trust's director of operations. She replaces Philip Stanway, who is retiring.")
    assert ("Philip Stanway", "chief executive", "sandwell-childrens-trust") in members(extract(text))


@pytest.mark.parametrize("sentence,want", [
    ("Elaine Ruddock, previously director of children's social care at Swindon Borough Council, has been appointed "
     "interim corporate director for children's services.",
     {("Elaine Ruddock", "interim corporate director for children's services", "E06000058")}),
    ("Elaine Ruddock, formerly director of children's social care at Swindon Borough Council, is the new interim "
     "director.", {("Elaine Ruddock", "interim director", "E06000058")}),
    # look-alike: only the former post, at another council: no fact
    ("Elaine Ruddock, previously director of children's social care at Swindon Borough Council, said it was sad.",
     set()),
])
def test_past_a_former_post_at_another_council_the_verb_gives_the_new_one(extract, sentence, want):
    af = extract("BCP Council director leaves\n\nBournemouth, Christchurch and Poole Council's children's services were "
                 "rated inadequate by Ofsted.\n\n" + sentence)
    assert {m for m in members(af) if m[0] == "Elaine Ruddock"} == want


def test_a_set_named_later_in_someones_sentence_is_not_their_posts(extract):
    af = extract("Kingston and Richmond keep outstanding grade\n\nKingston and Richmond councils' children's services, run "
                 "jointly by Achieving for Children, were rated outstanding by Ofsted.\n\nCouncillor Diane Whitlock, "
                 "Kingston's lead member for children's services, said the result was \"a great day for both "
                 "boroughs\".")
    assert {org for name, _, org in members(af) if name == "Diane Whitlock"} == {"E09000021"}


@pytest.mark.parametrize("post,want", [
    ("its first permanent director of children's services", "permanent director of children's services"),
    ("its first director of children's services", "director of children's services"),
    ("a new director of children's services", "director of children's services"),
])
def test_a_first_post_appointed_before_the_name_is_the_next_named(extract, post, want):
    af = extract("Westmorland and Furness Council has appointed " + post + " since the authority was created in "
                 "April 2023. Sian Holroyd, currently deputy director of children's social care at Lancashire County "
                 "Council, will start in June.")
    assert ("Sian Holroyd", want, "E06000064") in members(af)


@pytest.mark.parametrize("name", ["Dr Elowen Carne", "Elowen Carne"])
def test_a_post_told_as_a_subject_is_the_next_named_past_a_courtesy_title(extract, name):
    af = extract("Cornwall Council's new strategic director for children's services has started work this week.\n\n"
                 + name + ", previously director of children's services at Plymouth City Council, took up her post "
                 "on Monday.")
    assert ("Elowen Carne", "strategic director for children's services", "E06000052") in members(af)


@pytest.mark.parametrize("before,want", [
    ("Lancashire County Council's children's services were rated good by Ofsted in 2022.", "E10000017"),
    ("Lancashire County Council was judged inadequate by Ofsted last year.", "E10000017"),
    # look-alike: no agent, the body named last is the one
    ("Lancashire County Council works with the Severn Valley Learning Trust.", "severn-valley-learning-trust"),
])
def test_its_post_is_not_the_grading_agents(extract, before, want):
    af = extract("Coroner criticises placements\n\n" + before + " Its chief executive, Sonia Farraday, said the "
                 "council deeply regretted it.")
    assert {org for name, _, org in members(af) if name == "Sonia Farraday"} == {want}


@pytest.mark.parametrize("post,want", [
    ("independent chair of the safeguarding board", "walsall-safeguarding-children-board"),
    ("chair of the safeguarding children board", "walsall-safeguarding-children-board"),
    # look-alike: a board named by words the earlier body's name does not hold
    ("chair of the adoption board", None),
])
def test_a_post_of_a_body_named_earlier_in_full_is_that_bodys(extract, post, want):
    af = extract("Serious case review criticises Walsall\n\nWalsall Council's children's services were rated good by "
                 "Ofsted in 2017.\n\nThe review was commissioned by the Walsall Safeguarding Children Board.\n\n"
                 f"Margaret Ellery, {post}, said lessons had been learned.")
    got = {org for name, _, org in members(af) if name == "Margaret Ellery"}
    assert (want in got) if want else not (got & {"walsall-safeguarding-children-board"})


@pytest.mark.parametrize("sentence, want", [
    # the model may take the comma after a name into the name: the role after it is still the person's
    ("Bryony Sawyer, Suffolk County Council's cabinet member for children's services, said she was delighted.",
     ("Bryony Sawyer", "cabinet member for children's services", "E10000029")),
    ("Councillor Bryony Sawyer, Suffolk County Council's cabinet member for children's services, said: \"We are "
     "delighted.\"", ("Bryony Sawyer", "cabinet member for children's services", "E10000029")),
])
def test_a_comma_the_model_put_in_a_name_still_opens_the_role(extract, sentence, want):
    af = extract("Suffolk children's services rated good\n\nSuffolk County Council's children's services were rated "
                 "good by Ofsted.\n\n" + sentence)
    assert want in members(af)
    assert all(" ," not in m.person.label and not m.person.label.endswith(",") for m in af.facts
               if isinstance(m, Membership))


@pytest.mark.parametrize("clause, org", [
    ("Anne Cheevers, who was the county council's director of children's services at the time of the 2019 inspection, "
     "left later that year.", "E10000021"),
    ("Frances Nicholl, the county council's cabinet member for children from 2013 until 2017, died last week.",
     "E10000021"),
    # look-alike: a post held now, at the council abolished before the article, is its successor's
    ("Frances Nicholl, the county council's cabinet member for children, said the new council would do better.",
     "E06000062"),
])
def test_a_post_told_as_held_before_a_reorganisation_stays_at_the_abolished_council(extract, clause, org):
    af = extract("West Northamptonshire rated good\n\nPublished 12 June 2025\n\nChildren's services in West "
                 "Northamptonshire have been rated good by Ofsted. In 2019 inspectors rated the children's services of "
                 "the former Northamptonshire County Council inadequate.\n\n" + clause)
    assert {m[2] for m in members(af)} == {org}


def test_the_department_in_an_article_that_never_names_the_dfe_is_the_councils(extract):
    text = ("Rotherham names interim director\n\nRotherham Council's children's services were rated outstanding by "
            "Ofsted in 2022.\n\nIts interim director, Simon Talbot, was previously an assistant director in the "
            "department.\n")
    assert {m[2] for m in members(extract(text))} == {"E08000018"}
    # look-alike: in an article about the DfE, "the department" is the DfE
    text = ("DfE names adviser\n\nThe Department for Education has named a new adviser. Jo Bell, the department's "
            "chief social worker, said she was pleased.\n")
    assert ("Jo Bell", "chief social worker", "department-for-education") in members(extract(text))


@pytest.mark.parametrize("clause", ["who was promoted to director of children's services last year",
                                    "who was promoted from assistant director to director of children's services "
                                    "last year"])
def test_a_post_someone_was_promoted_to_is_theirs(extract, clause):
    text = ("Tameside children's services\n\nTameside Council's children's services were rated inadequate by Ofsted "
            "in 2023.\n\nAnita Bessell, " + clause + ", said the council was improving.\n")
    assert ("Anita Bessell", "director of children's services", "E08000008") in members(extract(text))
    # look-alike: a promotion promised to others is no post of hers
    text = text.replace(clause, "who wants more social workers promoted to senior posts")
    assert not {m for m in members(extract(text)) if m[0] == "Anita Bessell"}


def test_hmi_after_a_name_is_no_part_of_it(extract):
    af = extract("Stockport news\n\nStockport Council's children's services were rated outstanding by Ofsted. Ofsted's "
                 "lead inspector, Rosalind Dyer HMI, wrote that leaders were ambitious.\n")
    assert ("Rosalind Dyer", "lead inspector", "ofsted") in members(af)


@pytest.mark.parametrize("sentence, want", [
    ("Sharon Adeyemi, who founded the campaign group Sandwell Parents' Voice, said families felt ignored.",
     ("Sharon Adeyemi", "founder", "sandwell-parents-voice")),
    ("Aiden Price, 21, a member of the Stockport Care Leavers' Forum, said he felt listened to.",
     ("Aiden Price", "member", "stockport-care-leavers-forum")),
])
def test_a_group_named_by_its_place_is_no_council(extract, sentence, want):
    af = extract("Council news\n\nThe council's children's services were rated good by Ofsted. " + sentence + "\n")
    assert want in members(af)
    # look-alike: the council itself, named before a role, is the council
    af = extract("Council news\n\nThe council's children's services were rated good by Ofsted. Jo Bell, Sandwell "
                 "Council's cabinet member for children, said families felt listened to.\n")
    assert ("Jo Bell", "cabinet member for children", "E08000028") in members(af)


@pytest.mark.parametrize("sentence", ["Jo Bell, a social worker at the council, said staff were proud.",
                                      "Jo Bell, a 45-year-old social worker at the council, said staff were proud."])
def test_a_role_past_an_age_with_its_body(extract, sentence):
    af = extract("Wigan rated good\n\nWigan Council's children's services were rated good by Ofsted. " + sentence + "\n")
    assert ("Jo Bell", "social worker", "E08000010") in members(af)
    # look-alike: an age with no role after it gives none
    af = extract("Wigan rated good\n\nWigan Council's children's services were rated good by Ofsted. Jo Bell, a "
                 "45-year-old mother, said the council had helped.\n")
    assert not {m for m in members(af) if m[0] == "Jo Bell"}


def test_a_services_name_of_numbers_is_no_person(extract):
    af = extract("Wigan news\n\nWigan Council's children's services were rated good. Sixteen Plus, the council's care "
                 "leaver service, said care leavers were well supported.\n")
    assert not [m for m in af.mentions if m.kind == "person"]
    # look-alike: a person's name in the same place is a person's
    af = extract("Wigan news\n\nWigan Council's children's services were rated good. Jo Bell, the council's care "
                 "leaver service manager, said care leavers were well supported.\n")
    assert [m for m in af.mentions if m.kind == "person"]
