"""Page furniture is blanked out, reporting is kept, and offsets do not move."""
from __future__ import annotations

import pytest

from kg.boilerplate import layout

PAGE = """Kent children's services rated 'good'
Photo: A. Photographer
Ofsted praised Kent for its work with care leavers.
Read more: Surrey rated inadequate by Ofsted
Inspectors said caseloads were manageable.
Family Support Worker
Essex County Council
£30,000 - £34,000
Support families across the county.
SIGN UP
For your free daily news bulletin
Norfolk County Council advert
"""


def furniture(text):
    lay = layout(text)
    return [ln.text for ln, f in zip(lay.lines, lay.furniture) if f and ln.text.strip()]


def test_kinds_of_furniture():
    out = furniture(PAGE)
    assert "Photo: A. Photographer" in out
    assert "Read more: Surrey rated inadequate by Ofsted" in out
    assert {"Essex County Council", "£30,000 - £34,000", "Family Support Worker"} <= set(out)
    assert "Norfolk County Council advert" in out          # after the sign-up box everything is furniture
    assert "Ofsted praised Kent for its work with care leavers." not in out
    assert "Inspectors said caseloads were manageable." not in out


def test_masking_keeps_offsets():
    lay = layout(PAGE)
    masked = lay.masked(PAGE)
    assert len(masked) == len(PAGE)
    i = PAGE.index("Inspectors said")
    assert masked[i:i + 15] == "Inspectors said"
    assert "Essex" not in masked and "Surrey" not in masked


def test_comment_thread_after_reporting():
    text = ("Ofsted rated Leeds 'outstanding'.\nInspectors praised leaders.\n"
            "Jane Smith August 28, 2019 at 10:04 am\nI think this is wrong about Bradford.\n")
    out = furniture(text)
    assert out == ["Jane Smith August 28, 2019 at 10:04 am", "I think this is wrong about Bradford."]


def test_repeated_paragraphs_end_the_reporting():
    para = "Inspectors found that caseloads remain too high in the assessment teams of the council. " * 2
    text = f"{para}\nLeaders are committed.\n{para}\nWhat a great article, I think Kent is next.\n"
    out = furniture(text)
    assert out[0] == para.strip() or out[0] == para
    assert out[-1].startswith("What a great article")


def test_a_long_headline_repeated_under_the_title_is_no_end_of_the_reporting():
    head = "Joint inspection finds Calderdale agencies 'work well together' to protect children from abuse at home"
    text = (f"{head}\n\nHalifax Courier\n\n{head}\n\nAgencies in Calderdale work well together, a joint "
            "inspection has found.\nInspectors said strategy discussions are timely.\n")
    out = furniture(text)
    assert out == [head]   # the repeat only
    # the look-alike: a long paragraph of reporting repeated (pull quotes, then comments) still ends it
    para = "Inspectors found that caseloads remain far too high in the assessment and child protection teams of the council."
    out = furniture(f"{head}\n{para}\nLeaders are committed to improving.\n{para}\nWhat a great article.\n")
    assert out == [para, "What a great article."]


@pytest.mark.parametrize("heading", ["Also in the news", "More news", "Latest headlines", "Elsewhere on DevonLive",
                                     "More On", "TRENDING", "MORE ABOUT", "MORE IN BLACK COUNTRY"])
def test_a_rail_of_other_headlines_after_the_story_is_furniture(heading):
    page = ("Devon children's services still inadequate\n"
            "Ofsted said Devon County Council had made progress in its monitoring visit.\n"
            "Inspectors said caseloads were now manageable in most teams.\n"
            f"{heading}\nPlymouth City Council's children's services 'require improvement', says Ofsted\n")
    assert "Plymouth City Council's children's services 'require improvement', says Ofsted" in furniture(page)


def test_more_in_a_sentence_is_no_rail():
    """the look-alike: "more in" opening a line of reporting"""
    page = ("Devon children's services still inadequate\n"
            "Ofsted said Devon County Council had made progress in its monitoring visit.\n"
            "More in the county's teams now have manageable caseloads, inspectors said.\n")
    assert furniture(page) == []


def test_the_tail_of_a_news_page_is_furniture():
    """'Related topics' and 'More on this story' end the reporting: the headlines under them are links."""
    page = ("Harrow children's services rated inadequate\n"
            "Ofsted rated Harrow Council's children's services inadequate.\n"
            "Inspectors said children waited too long.\n"
            "Related topics\nHarrow London Borough Council\n"
            "More on this story\nHavering children's services 'inadequate', watchdog says\n")
    out = furniture(page)
    assert "Havering children's services 'inadequate', watchdog says" in out
    assert "Harrow London Borough Council" in out
    assert "Inspectors said children waited too long." not in out


def test_a_rail_under_a_bare_related_heading_is_furniture():
    page = ("Blackburn children's services rated good\n"
            "Ofsted rated Blackburn with Darwen Borough Council's children's services good.\n"
            "Related\nBlackpool Council sets out plan to recruit 40 new foster carers\n")
    assert "Blackpool Council sets out plan to recruit 40 new foster carers" in furniture(page)


def test_a_caption_printed_twice_does_not_end_the_article():
    from kg.boilerplate import layout
    cap = "In 2012, services at Lambeth were rated 'outstanding' by inspectors in their report. Picture: Lambeth Council"
    text = f"Headline\n\nFirst paragraph of the story.\n\n{cap}\n{cap}\n\nThe story goes on after the picture."
    lay = layout(text)
    kept = [ln.text for ln in lay.reporting_lines()]
    assert "The story goes on after the picture." in kept and cap not in kept


@pytest.mark.parametrize("note", [
    "Correction: an earlier version of this article wrongly said Kent's services were rated inadequate.",
    "An earlier version of this story said Kent had been rated 'inadequate'. It was rated 'requires improvement'.",
    "This article was amended on 3 March 2024 to correct Kent's rating.",
])
def test_a_correction_note_gives_no_fact(extract, note):
    from kg.facts import Judgement
    af = extract(f"Kent council praised for care leavers\n\nInspectors praised Kent's work with care leavers.\n\n{note}")
    assert not [f for f in af.facts if isinstance(f, Judgement)]


def test_an_embedded_post_is_not_the_articles_reporting(extract):
    from kg.facts import Judgement
    text = ("Kent council praised for care leavers\n\nInspectors praised Kent's work with care leavers.\n\n"
            "Surrey's children's services are rated 'inadequate' and nobody cares. pic.twitter.com/AbC123\n"
            "— Jo Bell (@jobell) March 3, 2024\n\nThe report was published on Tuesday.")
    af = extract(text)
    assert not [f for f in af.facts if isinstance(f, Judgement)]
    assert "The report was published on Tuesday." not in furniture(text)


def test_a_paragraph_that_mentions_an_update_in_passing_is_reporting():
    text = "Kent council update\n\nInspectors said Kent would receive an update: the report is due in May."
    assert "Inspectors said Kent would receive an update: the report is due in May." not in furniture(text)


def test_someone_who_worked_as_a_social_worker_is_no_reader_comment():
    text = ("Trust names new chief executive\n\nThe trust has appointed Dawn Okafor.\n\nShe joins from Wolverhampton, "
            "and before that worked as a social worker and team manager in Coventry.\n\nOfsted rated the trust's "
            "services good in 2023.")
    assert "Ofsted rated the trust's services good in 2023." not in furniture(text)


def test_a_reader_speaking_as_a_social_worker_is_a_comment():
    text = ("Council rated good\n\nOfsted rated the council's services good.\n\nAs a social worker, I find this "
            "hard to believe.\n\nGreat news for everyone.")
    assert "As a social worker, I find this hard to believe." in furniture(text)


@pytest.mark.parametrize("marker", ["RELATED NEWS:", "Comments", "Recommended stories"])
def test_a_box_of_links_in_the_middle_of_a_story_does_not_end_it(marker):
    text = ("Kent rated good\n\nOfsted has rated Kent County Council's children's services good after a "
            f"three-week inspection in May.\n\n{marker}\nSurrey council rated inadequate\nEssex praised for care leavers\n\n"
            "Inspectors said leaders knew their services well and had acted quickly on concerns.\n\n"
            "The council's director said staff had worked hard to improve the experiences of children in care.")
    out = furniture(text)
    assert marker in out and "Surrey council rated inadequate" in out
    assert "Inspectors said leaders knew their services well and had acted quickly on concerns." not in out


def test_related_stories_at_the_end_still_end_the_story():
    text = ("Kent rated good\n\nOfsted has rated Kent County Council's children's services good after a "
            "three-week inspection in May.\n\nRelated stories\nSurrey council rated inadequate\n"
            "Essex praised for care leavers\nHull improves to good")
    assert {"Surrey council rated inadequate", "Hull improves to good"} <= set(furniture(text))


def test_an_author_writing_as_i_is_no_reader_commenting():
    """A councillor's blog: 'what I think' in its first paragraph is the page's own voice, and the rest of it
    stays reporting; a reader's 'I think' under a reported story is still a comment."""
    text = ("Another Ofsted visit\n\nPosted on 9 June 2024 by Ann Lee\n\nI sit on the scrutiny committee, so I want "
            "to say what I think of the latest letter.\n\nInspectors were back in Bradford in April.\n\n"
            "Caseloads have come down.")
    assert furniture(text) == []
    assert "I think this is wrong." in furniture("Ofsted rated Leeds good.\n\nInspectors praised leaders.\n\n"
                                                 "I think this is wrong.")


def test_a_job_pages_own_pay_line_leaves_its_text():
    """A pay line under a job page's headline is furniture alone; one inside a story takes its neighbours."""
    page = ("Advanced Practitioner\n\nSalary: £46,000 to £49,000 | Permanent\n\n"
            "Birmingham Children's Trust provides children's social care on behalf of Birmingham City Council.\n\n"
            "We are looking for an experienced social worker.")
    assert furniture(page) == ["Salary: £46,000 to £49,000 | Permanent"]
    story = ("Ofsted rated Leeds good.\n\nInspectors praised leaders.\n\nSocial Worker, Leeds\n\n"
             "£46,000 to £49,000\n\nApply now for this role.")
    assert "Apply now for this role." in furniture(story)


def test_a_bare_read_more_heading_starts_a_rail():
    text = ("Ofsted rated Leeds City Council's children's services good.\n\nInspectors praised its leaders and its "
            "social workers.\n\nRead more\n\n"
            "Ofsted: Latest children's services focused visits\n\nCouncils' spending rises by £1bn")
    assert furniture(text) == ["Read more", "Ofsted: Latest children's services focused visits",
                               "Councils' spending rises by £1bn"]


@pytest.mark.parametrize("heading", ["Read more:", "See also:", "Related -"])
def test_a_rail_heading_with_a_colon_or_dash_starts_a_rail(heading):
    text = ("Ofsted rated Leeds City Council's children's services good.\n\nInspectors praised its leaders and its "
            f"social workers.\n\n{heading}\n\nWakefield children's services rated good by Ofsted\n\n"
            "Council tax: what Leeds residents will pay")
    assert furniture(text) == [heading, "Wakefield children's services rated good by Ofsted",
                               "Council tax: what Leeds residents will pay"]
    # the look-alike: a link written inline is furniture on its own; the reporting after it stays
    inline = ("Ofsted rated Leeds City Council's children's services good.\n\nRead more: Wakefield rated good\n\n"
              "Inspectors praised its leaders.")
    assert furniture(inline) == ["Read more: Wakefield rated good"]


def test_prose_straight_under_a_comments_heading_is_readers_comments():
    page = ("Kent children's services rated 'good'\n"
            "Ofsted praised Kent for its work with care leavers and its stable workforce.\n"
            "Comments\n"
            "KentMum: About time. Surrey has been rated outstanding for years and it is right next door.\n"
            "Dad77: Medway was in a worse state than us once and now it is rated good. No excuses.\n")
    out = furniture(page)
    assert any(line.startswith("Dad77") for line in out)
    assert not any(line.startswith("Ofsted praised") for line in out)


def test_a_comment_thread_with_its_controls_is_readers_comments():
    # "Comments", the thread's "Show oldest first", then readers by handle: not a box with the story going on
    page = ("Kent children's services rated 'good'\n"
            "Ofsted praised Kent for its work with care leavers and its stable workforce.\n"
            "Comments\n"
            "Show oldest first\n"
            "TorquayTerrier: Plymouth manages to keep its head above water, why can't Devon do the same?\n"
            "exeterlass: Cornwall was rated outstanding a few years back and they have half the same problems.\n")
    out = furniture(page)
    assert any(line.startswith("exeterlass") for line in out)
    assert not any(line.startswith("Ofsted praised") for line in out)


def test_a_rail_of_links_under_a_heading_in_the_middle_leaves_the_story_going_on():
    # look-alike: the heading is over headlines, and the story's paragraphs go on after them
    page = ("Kent children's services rated 'good'\n"
            "Ofsted praised Kent for its work with care leavers and its stable workforce this week.\n"
            "Related\n"
            "Surrey rated inadequate\n"
            "Medway improves\n"
            "Inspectors said caseloads were manageable and managers knew their teams and their children well.\n"
            "The council's director said she was proud of social workers across the whole of the county.\n")
    out = furniture(page)
    assert "Inspectors said caseloads were manageable and managers knew their teams and their children well." not in out


def test_a_blogs_comment_count_and_labels_end_the_reporting():
    page = ("Scrutiny panel write-up\n"
            "The panel heard that caseloads in Kent remain too high and that staff turnover is a worry for members.\n"
            "Labels: children's services, Ofsted, scrutiny\n"
            "3 comments:\n"
            "Pauline R said...\n"
            "Surrey managed to stay good at their last inspection, so it can be done.\n")
    out = furniture(page)
    assert "Surrey managed to stay good at their last inspection, so it can be done." in out
    assert not any(line.startswith("The panel heard") for line in out)


def test_a_blogs_thread_of_thoughts_ends_the_reporting():
    page = ("Outstanding! Well done to Dorset's children's services\n\nPosted on 12 May 2025 by Ruth Ambrose\n\n"
            "Ofsted published its report on Dorset Council's services on Friday, and the verdict is outstanding.\n\n"
            "Tags: Ofsted, children's services\n\n"
            '3 thoughts on "Outstanding! Well done to Dorset\'s children\'s services"\n\n'
            "Graham T says:\n12 May 2025 at 7:41 pm\n"
            "Brilliant news. Shame BCP can't say the same, they were rated inadequate only a few years back.\n\n"
            "Sue P says:\n13 May 2025 at 9:15 am\n"
            "As a foster carer I can say the support we get from our social worker is second to none.\n")
    out = furniture(page)
    assert any(line.startswith("Brilliant news") for line in out)
    assert not any("the verdict is outstanding" in line for line in out)


@pytest.mark.parametrize("menu", ["News | Derby | Derbyshire | Crime | Sport | Whats On",
                                  "Home • News • Children • Adults • Jobs",
                                  "News   Derby News   Derbyshire   Sport   What's On"])
def test_a_sites_menu_is_furniture(menu):
    out = furniture("Derbyshire Live\n" + menu + "\n\nOfsted praised the county's work.\n")
    assert menu in out and "Ofsted praised the county's work." not in out


def test_a_sentence_with_double_spaces_is_no_menu():
    # look-alike: a sentence typed with two spaces after its full stops
    text = "Ofsted praised the county.  Inspectors said leaders were strong.  Caseloads were low.\n"
    assert furniture("Derbyshire Live\n\n" + text) == []


@pytest.mark.parametrize("line", ["Recommended: Staffordshire children's services keep 'good' grade",
                                  "Milton Keynes children's services 'require improvement' - read the full story"])
def test_a_link_to_another_story_is_furniture(line):
    out = furniture("Stoke children's services still require improvement\n" + line +
                    "\n\nOfsted said the city council's services still require improvement.\n")
    assert line in out and not any("still require improvement." in ln for ln in out)


def test_a_table_row_is_no_menu():
    # look-alike: rows of a table written with bars, one after another (read by kg.extract.tables)
    rows = "Council | Rating | Published\nDerby | Good | May 2024\nDerbyshire | Good | June 2024"
    assert furniture("How councils are rated\n\n" + rows + "\n\nMore on the ratings.\n") == []


@pytest.mark.parametrize("heading", ["Elsewhere in the region", "Elsewhere in Yorkshire", "Previous round-ups", "MORE INTERVIEWS",
                                     "Earlier editions"])
def test_a_rail_of_stories_from_around_ends_the_reporting(heading):
    out = furniture("York children's services rated good\n\nOfsted praised the council's work.\n\n" + heading +
                    "\nCity of York Council children's services 'require improvement'\n")
    assert heading in out and "City of York Council children's services 'require improvement'" in out


def test_a_sentence_opening_elsewhere_in_is_reporting():
    # look-alike: a paragraph of the story that opens with the words
    text = "York children's services rated good\n\nOfsted praised the council's work.\n\nElsewhere in the county, " \
           "inspectors found delays in assessments.\n"
    assert "Elsewhere in the county, inspectors found delays in assessments." not in furniture(text)


def test_a_rail_of_the_latest_grades_ends_the_reporting():
    out = furniture("Ofsted annual report\n\nOfsted said councils were improving.\n\nLatest inspection outcomes\n"
                    "- Suffolk downgraded to 'requires improvement'\n- Telford and Wrekin keeps 'outstanding' rating\n")
    assert "- Suffolk downgraded to 'requires improvement'" in out


def test_a_round_ups_own_section_on_the_latest_outcomes_is_reporting():
    # look-alike: the heading over paragraphs of the story itself (a rail in the middle is only its headlines)
    text = ("Ofsted round-up\n\nOfsted has published four reports this month.\n\nLatest inspection outcomes\n\n"
            "Suffolk County Council was rated requires improvement after an inspection in May. Inspectors found "
            "caseloads were too high.\n\nWarwickshire County Council was rated good. Inspectors praised its early help.\n")
    out = furniture(text)
    assert not any("Inspectors found caseloads were too high" in line for line in out)


def test_a_rail_that_leads_into_a_comments_heading_ends_the_story():
    """"Most read", a few headlines, then "Comments (3)" and readers by handle: the prose after it is readers'"""
    text = ("Kent rated good\n\nOfsted has rated Kent County Council's children's services good after a "
            "three-week inspection in May.\n\nInspectors said leaders knew their services well and had acted "
            "quickly.\n\nMost read\n1. Man charged after crash on the M20\n2. New bar opens in the town\n\n"
            "Comments (3)\n\nMaid_stone_Dave\nGood news for once and credit to the social workers who work so hard.\n\n"
            "Weald_watcher\nSurrey County Council's children's services were rated good a couple of years back too, "
            "so nothing new.\n")
    out = furniture(text)
    assert "Weald_watcher" in out and any(x.startswith("Surrey County Council's") for x in out)
    assert not any(x.startswith("Inspectors said leaders") for x in out)


def test_a_sentence_about_previous_roundups_is_reporting():
    # look-alike: the words opening a sentence of the story
    text = ("York children's services rated good\n\nOfsted praised the council's work.\n\nPrevious round-ups of "
            "inspections have shown York improving.\n")
    assert furniture(text) == []


@pytest.mark.parametrize("story", [
    'Council chief executive Deborah Lyle said: "Good is not the finish line. We will act on what inspectors found."',
    "Inspectors said the council had made steady progress since the last visit, with children seen more quickly "
    "and plans reviewed on time.",
])
def test_a_job_advert_takes_no_paragraph_of_the_story_beside_it(story):
    from kg.boilerplate import layout
    text = ("Luton rated good\n\nLuton Borough Council was rated good by Ofsted.\n\n" + story + "\n\nAdvertisement\n"
            "Social Worker | Bedford Borough Council | £38,220 - £44,711 | Apply now\n")
    kept = "".join(ln.text for ln in layout(text).reporting_lines())
    assert story in kept
    assert "Apply now" not in kept and "Advertisement" not in kept


@pytest.mark.parametrize("line", ["Previous post: Reading the Solihull monitoring letters in order",
                                  "Next post » What a focused visit looks at"])
def test_a_blogs_link_to_its_neighbouring_post_is_furniture(line):
    from kg.boilerplate import layout
    text = "A blog\n\nWarwickshire's visit letter was published last week, and it is worth reading.\n\n" + line + "\n"
    assert line not in "".join(ln.text for ln in layout(text).reporting_lines())


@pytest.mark.parametrize("line,is_furniture", [
    ("Get our award-winning daily news email featuring exclusive stories, opinion and expert analysis", True),
    ("I would like to be emailed about offers, events and updates from the Gazette.", True),
    ("Read our privacy notice.", True),
    # (look-alikes: reporting that speaks of e-mails and notices)
    ("Get the council to answer its e-mails, parents told inspectors.", False),
    ("Inspectors said they would like to be emailed the plans by May.", False),
])
def test_a_newsletter_boxs_lines_are_furniture(line, is_furniture):
    text = "Two boroughs rated outstanding\n\n" + line + "\n\nInspectors praised the two boroughs' social work.\n"
    assert (line in furniture(text)) == is_furniture


@pytest.mark.parametrize("thread", [
    "2 Responses to “Council still relies on agency workers, Ofsted finds”\n\nSandra K says: I worked as a locum in "
    "Oldham for two years and saw exactly the same churn in the teams.\n\nAnon says: Good luck to the new social "
    "workers, they will need it and more besides.",
    "One response on “Council still relies on agency workers, Ofsted finds”\n\nPaul says: I was a locum in Oldham "
    "and the churn there was worse than anything in this report.\n\nJen T says: Agency staff are not the problem here, "
    "the conditions in the teams are the problem.",
])
def test_a_thread_after_a_rail_of_related_headlines_is_no_story_going_on(thread):
    text = ("Tameside still relies on agency staff\n\nOfsted's monitoring visit to Tameside found a third of posts "
            "filled by agency staff.\n\nRelated articles\n\nOfsted praises Stockport early help offer\n\n"
            "Social workers in Cheshire West feel valued, inspectors say\n\n" + thread)
    out = furniture(text)
    assert any("Oldham" in line for line in out)
    # look-alike: the story going on after the rail, with a reporter's quote after "says:", is the story
    text = text.split("2 Responses")[0].split("One response")[0] + (
        "Inspectors said leaders had an accurate understanding of the weaknesses that remained.\n\n"
        "The director says: \"We have recruited twenty-four newly qualified social workers this year.\"")
    assert not any("recruited" in line or "accurate" in line for line in furniture(text))
