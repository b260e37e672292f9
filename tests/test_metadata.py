"""Article metadata from every input format: several authors, publication dates in their written forms,
identity keys without diacritics, and web pages whose main text is furniture."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.articles import Problems, read_articles
from kg.cli import EXIT_FATAL, EXIT_SKIPPED, main
from kg.dates import StatedDate, parse_date, parse_published, url_date
from kg.extract.metadata import split_authors
from kg.reference import slug

BODY = ("Ofsted has rated Kent County Council's children's services good after a full inspection.\n\n"
        "Inspectors praised a stable workforce and manageable caseloads.\n")


def read(paths):
    problems = Problems()
    return list(read_articles([str(p) for p in paths], problems)), [str(p) for p in problems.items]


# -- authors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value,names", [
    ("Priya Kaur and Daniel Okoro", ("Priya Kaur", "Daniel Okoro")),
    ("Priya Kaur; Daniel Okoro", ("Priya Kaur", "Daniel Okoro")),
    ("Priya Kaur, Daniel Okoro", ("Priya Kaur", "Daniel Okoro")),
    ("Priya Kaur, Daniel Okoro and Sam Lee", ("Priya Kaur", "Daniel Okoro", "Sam Lee")),
    ("Priya Kaur & Daniel Okoro", ("Priya Kaur", "Daniel Okoro")),
    ("By Priya Kaur", ("Priya Kaur",)),
    (["Priya Kaur", "Daniel Okoro"], ("Priya Kaur", "Daniel Okoro")),
    ([{"@type": "Person", "name": "Priya Kaur"}, {"name": "Daniel Okoro"}], ("Priya Kaur", "Daniel Okoro")),
    ("Kaur, Priya", ("Kaur, Priya",)),                       # one name written surname first
    ("Priya Kaur, Senior Reporter", ("Priya Kaur",)),
    ("Priya Kaur; Priya Kaur", ("Priya Kaur",)),
    ("Staff Writer", ()),
    (None, ()), (42, ()), ("", ()),
])
def test_split_authors(value, names):
    assert split_authors(value) == names


@pytest.mark.parametrize("header", [
    "By Priya Kaur and Daniel Okoro",
    "By Priya Kaur, Daniel Okoro",
    "Priya Kaur and Daniel Okoro 12 March 2024",
    "Posted on 12 March 2024 by Priya Kaur & Daniel Okoro",
])
def test_bylines_with_several_authors(extract, header):
    af = extract(f"Kent praised by Ofsted\n{header}\n\nOfsted praised Kent County Council for its work with care leavers.")
    assert [a.key for a in af.authors] == ["priya-kaur", "daniel-okoro"]
    assert af.title == "Kent praised by Ofsted"


@pytest.mark.parametrize("desk", ["BBC News, Essex", "Essex Live", "Local Democracy Reporting Service, Essex"])
def test_the_desk_under_a_byline_is_not_a_place_of_the_story(extract, desk):
    """A regional newsroom's line under the byline names its patch, not the council the story is about."""
    af = extract(f"Council makes slow progress, say inspectors\n\n3 March 2025\n\nHannah Lowther\n{desk}\n\n"
                 "Ofsted carried out its second monitoring visit to Thurrock Council in January. Inspectors said "
                 "caseloads in the assessment teams were too high and supervision was inconsistent.")
    assert [a.key for a in af.authors] == ["hannah-lowther"]
    assert {m.key for m in af.mentions if m.kind == "council"} == {"E06000034"}
    assert {f.about.key for f in af.facts if getattr(f, "about", None)} == {"E06000034"}


@pytest.mark.parametrize("header, author", [
    ("By Philippa Crowhurst, Sussex Express", "Philippa Crowhurst"),
    ("By Philippa Crowhurst, Brighton Argus", "Philippa Crowhurst"),
    ("Imogen Brathwaite Social affairs correspondent", "Imogen Brathwaite"),
    ("Tom Dare Chief political correspondent", "Tom Dare"),
])
def test_a_byline_with_the_paper_or_a_sentence_case_job(extract, header, author):
    """The publication after a byline's name is not a second author, nor a reason to drop the line; a job
    written in sentence case after the name is a job."""
    af = extract(f"East Sussex keeps outstanding rating\n\n2 December 2024\n{header}\n\n"
                 "East Sussex County Council's children's services have been rated outstanding by Ofsted.")
    assert [a.label for a in af.authors] == [author]
    assert af.title == "East Sussex keeps outstanding rating"


@pytest.mark.parametrize("header, author", [
    ("By Local Democracy Reporter Callum Reid", "Callum Reid"),
    ("Chief Reporter Jane Smith", "Jane Smith"),
    ("- Tom Dare Council Correspondent", "Tom Dare"),
])
def test_a_byline_with_the_job_before_or_after_the_name(extract, header, author):
    af = extract(f"Stoke council praised\n\n27 February 2025\n{header}\n\n"
                 "Stoke-on-Trent City Council's children's services have been rated good by Ofsted.")
    assert [a.label for a in af.authors] == [author]
    assert af.title == "Stoke council praised"


def test_a_papers_name_above_the_headline_is_not_its_author(extract):
    af = extract("Wigan Today\n\nSubscribe | Sign in\n\nEDUCATION\n\nWigan council praised by Ofsted\n\n"
                 "By Callum Ashurst\nPublished 27th Jan 2025, 16:42 GMT\n\n"
                 "Wigan Council's children's services have been rated good by Ofsted.")
    assert [a.label for a in af.authors] == ["Callum Ashurst"]


SCRAPED_NAV = "Skip to main content\nThe Daily Courier\nNews | Sport | Jobs\nNews\nWigan\nCrime\nPolitics\n\n"
STANDFIRST = ("Inspectors found that children had been left without the help they needed, with a reliance on agency "
              "staff and high caseloads undermining social work across the whole of the borough")


@pytest.mark.parametrize("head, author, published", [
    # a byline under a page's navigation, lower than a bare name would count
    (SCRAPED_NAV + "Wigan council praised by Ofsted\n\nBy Callum Ashurst\n10:13, 14 OCT 2023\n\n", "Callum Ashurst",
     "2023-10-14"),
    # ... under a long standfirst with no full stop
    ("Wigan council praised by Ofsted\n\n" + STANDFIRST + "\n\nBy Callum Ashurst Local Democracy Reporter\n"
     "15:42, 13 FEB 2024\n\n", "Callum Ashurst", "2024-02-13"),
    # ... under a section's name that looks like one
    ("News\nBradford District\n\nWigan council praised by Ofsted\n\nBy Callum Ashurst\nChief Reporter\n\n"
     "Published: 19th June 2024\n\n", "Callum Ashurst", "2024-06-19"),
    # a name beside the date, between bars
    ("Eastern Daily Press\nNews | Norwich\n\nWigan council praised by Ofsted\n\nCallum Ashurst | PUBLISHED: "
     "17:00 14 March 2019 | UPDATED: 17:12 14 March 2019\n\n", "Callum Ashurst", "2019-03-14"),
    ("Medway > News\n\nWigan council praised by Ofsted\n\nby Callum Ashurst | Published: 12:00, 27 November "
     "2013 | Updated: 14:35, 27 November 2013\n\n", "Callum Ashurst", "2013-11-27"),
    ("Wigan council praised by Ofsted\n\nBy Callum Ashurst | Local Government Chronicle | 12 June 2025\n\n",
     "Callum Ashurst", "2025-06-12"),
])
def test_bylines_where_scraped_pages_put_them(extract, head, author, published):
    af = extract(head + "Wigan Council's children's services have been rated good by Ofsted.")
    assert [a.label for a in af.authors] == [author]
    assert af.published.iso() == published


def test_a_name_low_in_the_head_without_by_is_no_byline(extract):
    # the look-alike: a bare name counts only near the top
    af = extract(SCRAPED_NAV + "Wigan council praised by Ofsted\n\nStandfirst line here\n\nSam Reed\n\n"
                 "Wigan Council's children's services have been rated good by Ofsted.")
    assert af.authors == []


def test_json_author_list_and_string(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "a", "author": ["Priya Kaur", "Daniel Okoro"], "text": BODY},
        {"id": "b", "author": "Priya Kaur and Daniel Okoro", "text": BODY.replace("Kent", "Surrey")},
        {"id": "c", "author": {"name": "Priya Kaur"}, "text": BODY.replace("Kent", "Devon")}]), encoding="utf-8")
    articles, problems = read([path])
    assert problems == []
    assert [a.authors for a in articles] == [("Priya Kaur", "Daniel Okoro")] * 2 + [("Priya Kaur",)]


@pytest.mark.parametrize("content", ["Priya Kaur; Daniel Okoro", "Priya Kaur, Daniel Okoro", "Priya Kaur and Daniel Okoro"])
def test_html_meta_author_with_several_people(tmp_path, content):
    page = tmp_path / "page.html"
    page.write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kent rated good</title>
<meta name="author" content="{content}"></head><body><article><h1>Kent rated good</h1>
<p>{BODY.splitlines()[0]}</p><p>{BODY.splitlines()[2]}</p></article></body></html>""", encoding="utf-8")
    [a], problems = read([page])
    assert problems == [] and a.authors == ("Priya Kaur", "Daniel Okoro")


# -- identity keys -----------------------------------------------------------------------------------

def test_identity_keys_fold_diacritics():
    assert slug("Zoë Kovač") == slug("Zoe Kovac") == "zoe-kovac"
    assert slug("Siobhán O’Neill") == slug("Siobhan O'Neill") == "siobhan-oneill"
    assert slug("Jürgen Strauß") == "jurgen-strauss"
    assert slug("Zo\u00ade Smith") == "zoe-smith"


def test_one_person_with_and_without_diacritics(extract):
    af = extract("Zoë Kovač, director of children's services at Kent County Council, said staff were proud.\n\n"
                 "Zoe Kovac said the council would keep improving.")
    people = {m.key for m in af.mentions if m.kind == "person"}
    assert people == {"zoe-kovac"}


# -- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value,expected", [
    ("2024-03-12T09:00:00Z", StatedDate(2024, 3, 12)),
    ("2024-03-12T23:30:00-05:00", StatedDate(2024, 3, 12)),   # the date as stated, not moved to UTC
    ("2024-03-12 09:00", StatedDate(2024, 3, 12)),
    ("12th of March 2024", StatedDate(2024, 3, 12)),
    ("12-03-2024", StatedDate(2024, 3, 12)),
    ("12/03/2024", StatedDate(2024, 3, 12)),
    ("Tuesday 12 March 2024, 9:00am", StatedDate(2024, 3, 12)),
    ("March 12, 2024", StatedDate(2024, 3, 12)),
    ("March 2024", StatedDate(2024, 3)),                     # the precision the field states
    ("2024", StatedDate(2024)),
    ("Published: 12 March 2024", StatedDate(2024, 3, 12)),
    ("12 March", None),                                      # no year: not a date of its own
    ("yesterday", None),                                     # relative dates would change by the day
    ("1710230400", None),
    ("not a date", None),
    ("2024-02-30", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ofsted visited on 12th of March 2024.", StatedDate(2024, 3, 12)),
    ("Updated 2024-03-12T09:00:00Z", StatedDate(2024, 3, 12)),
    ("the report of 12-03-2024", StatedDate(2024, 3, 12)),
    ("caseloads of 5-10-15 children", None),
])
def test_dates_in_text(text, expected):
    assert parse_date(text, allow_year=False) == expected


@pytest.mark.parametrize("header", ["12th of March 2024", "2024-03-12T09:00:00Z", "12-03-2024"])
def test_header_dates(extract, header):
    af = extract(f"Kent rated good\nBy Jo Smith\n{header}\n\nOfsted has rated Kent County Council good.")
    assert af.published == StatedDate(2024, 3, 12)


def test_latest_judgement_goes_by_the_stated_date_whatever_its_form(nlp, tmp_path):
    from kg.build import build
    from kg.query import resolve_query, run_query
    path = tmp_path / "feed.jsonl"
    text = "Ofsted has rated Sunderland City Council's children's services {}. Inspectors visited in {}."
    path.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "older", "published": "10 May 2022", "text": text.format("inadequate", "April")},
        {"id": "newer", "published": "Tuesday, 12th of March 2024 at 09:00 GMT", "text": text.format("good", "February")},
    ]), encoding="utf-8")
    build([str(path)], tmp_path / "out", nlp=nlp)
    result = run_query(resolve_query("latest-judgement"), tmp_path / "out")
    rows = [dict(zip(result.variables, (t.value if t is not None else None for t in r))) for r in result.rows]
    assert [(r["gss"], r["rating"], r["article"]) for r in rows] == [("E08000024", "good", "newer")]


# -- web pages whose main text is furniture ----------------------------------------------------------

NAV_ONLY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Children's services</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/c">Contact us</a></li></ul></nav>
<main><h1>Children's services</h1><ul><li><a href="/a">Fostering and adoption</a></li>
<li><a href="/b">Early help for families</a></li><li><a href="/c">Report a concern about a child</a></li>
<li><a href="/d">Ofsted inspection reports</a></li></ul></main></body></html>"""

CONSENT_ONLY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kent rated good</title></head>
<body><div class="consent-modal"><h2>We value your privacy</h2>
<p>We and our partners use cookies and similar technologies to store and access information on your device,
to personalise content and adverts and to analyse our traffic.</p>
<p>By clicking Accept all you consent to the processing of your data by us and our partners.</p>
<button>Accept all</button></div></body></html>"""


@pytest.mark.parametrize("page,reason", [(NAV_ONLY, "only headings and links"),
                                         (CONSENT_ONLY, "a cookie-consent notice")])
def test_a_page_of_furniture_is_skipped_with_a_reason(tmp_path, page, reason):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    articles, problems = read([path])
    assert articles == []
    assert problems == [f"{path}: skipped: no article text found (the main text is {reason})"]
    result = CliRunner().invoke(main, ["build", str(path), "--out", str(tmp_path / "out")])
    # no article was read: said so, non-zero, and no output folder holding an empty graph
    assert result.exit_code == EXIT_FATAL
    assert "skipped: no article text found" in result.output
    assert not (tmp_path / "out").exists()


def test_page_furniture_rules():
    from kg.boilerplate import page_furniture
    assert page_furniture(["Home", "News", "Children's services", "Contact us"]) == "only headings and links"
    assert page_furniture(["We value your privacy", "We and our partners use cookies to personalise content "
                           "and adverts.", "Accept all"]) == "a cookie-consent notice"
    assert page_furniture(["Kent rated good", "Ofsted has rated Kent County Council's children's services good.",
                           "The council's cookie policy is on its website."]) is None


def test_a_long_header_sentence_is_not_tried_as_every_possible_list_of_names(extract):
    # one regular expression for a list of names (case-insensitive, names joined by ',' or 'and')
    # backtracked for minutes on a line like this one; each part is now matched on its own
    standfirst = ("Inspectors acknowledged considerable improvements and family-based services remained "
                  "stretched, with managers and the new team delivering consistent support where families "
                  "and children were seen.")
    assert len(standfirst) < 200  # a header line
    af = extract(f"Kent rated good\n{standfirst}\nBy Priya Kaur and Daniel Okoro\n\n"
                 "Ofsted praised Kent County Council's work.")
    assert af.title == "Kent rated good"
    assert [a.key for a in af.authors] == ["priya-kaur", "daniel-okoro"]


@pytest.mark.parametrize("header, author", [
    ("By Luke Abernethy-Stone Published 13th Dec 2022, 16:45 BST", "Luke Abernethy-Stone"),
    ("By Joel Penhaligon 08:00, 23 JUN 2023", "Joel Penhaligon"),
    ("by Tamsin Okereke-Lowe Friday, March 8, 2024", "Tamsin Okereke-Lowe"),
    ("By Ann Marie Lee", "Ann Marie Lee"),   # the look-alike: a three-word name is all name
])
def test_a_byline_running_into_its_date(extract, header, author):
    af = extract(f"Stoke council praised\n\n{header}\n\n"
                 "Stoke-on-Trent City Council's children's services have been rated good by Ofsted.")
    assert [a.label for a in af.authors] == [author]


@pytest.mark.parametrize("header, author", [
    ("by Priya Lindqvist June 14, 2022 in Children, Leaving care", "Priya Lindqvist"),
    ("Daniel Ashworth, BBC News, Yorkshire", "Daniel Ashworth"),
    ("Clemency Ward, Social Affairs Correspondent", "Clemency Ward"),
])
def test_a_byline_with_its_section_newsroom_or_job_after_a_comma(extract, header, author):
    af = extract(f"Stoke council praised\n\n{header}\n\n"
                 "Stoke-on-Trent City Council's children's services have been rated good by Ofsted.")
    assert [a.label for a in af.authors] == [author]


def test_a_councils_name_and_town_is_no_byline(extract):
    af = extract("Stoke council praised\n\nKent County Council, Maidstone\n\n"
                 "Stoke-on-Trent City Council's children's services have been rated good by Ofsted.")
    assert not af.authors


NAV = "Skip to main content\nHull Live\nNews | Sport | Jobs\nSign in\n\n"
STORY = ("Ofsted praised Hull City Council's children's services for the help it gives families, and inspectors "
         "said social workers knew the children they work with well and that managers oversee their work closely.")


@pytest.mark.parametrize("text, date", [
    (NAV + "Hull praised by Ofsted\n\nThe city has turned a corner\n\nBy Jo Bell\nLocal Democracy Reporter\n"
     "18:02, 18 May 2026\n\n" + STORY, StatedDate(2026, 5, 18)),
    ("Hull praised by Ofsted\n\n" + STORY + "\n\nCouncil House. Picture: Ravi Sandhu\n\nPublished: 18th August 2023\n\n"
     "MOST READ", StatedDate(2023, 8, 18)),
    ("Hull praised by Ofsted\n\n" + STORY + "\n\nComments: 6\n\nTuesday 19 November 2024 | 4 min read",
     StatedDate(2024, 11, 19)),
])
def test_a_date_line_wherever_a_scraped_page_put_it(extract, text, date):
    assert extract(text).published == date


@pytest.mark.parametrize("rail", ["More on this story", "Related", "Read more:"])
def test_a_date_under_a_linked_story_is_no_page_date(extract, rail):
    """a rail of links to other stories dates each of them ("Published 25 November 2022"): not the page's date"""
    af = extract("Hull praised by Ofsted\n\n" + STORY + f"\n\n{rail}\nTrust 'improving' children's services, says "
                 "Ofsted\nPublished 25 November 2022\n")
    assert af.published is None


def test_a_date_inside_a_line_of_reporting_is_no_date_line(extract):
    """the look-alike: a short line stating a meeting's date is no page date"""
    af = extract("Hull praised by Ofsted\n\n" + STORY + "\n\nMeeting: Cabinet, 16 October 2024\n\nMore to follow.")
    assert af.published is None


@pytest.mark.parametrize("head, title", [
    # past a masthead, a line of sections and a skip link
    ("Eastern Daily Press\nNews | Norwich | Norfolk | Sport\nNews\n\nCouncil-run children's home rated "
     "'inadequate' by Ofsted\n\nJo Bell | PUBLISHED: 17:00 14 March 2019\n\n",
     "Council-run children's home rated 'inadequate' by Ofsted"),
    ("Skip to main content\nHull Live\n\nHull children's services rated good\n\nBy Jo Bell\n\n",
     "Hull children's services rated good"),
    # look-alike: a short headline that is no masthead
    ("Croydon rated inadequate\n\nBy Jo Bell\n\n", "Croydon rated inadequate"),
    # a provider's or a paper's name with its small words, then the site's menu
    ("Achieving for Children\nAbout us | Our services | News | Contact\n\nOfsted confirms Windsor and Maidenhead "
     "services are good\n\nPosted 19 November 2024\n\n", "Ofsted confirms Windsor and Maidenhead services are good"),
    ("Voice of the North\n\nTrust praised for its support of care leavers\n\nBy Jo Bell\n\n",
     "Trust praised for its support of care leavers"),
])
def test_the_headline_past_a_pages_masthead_and_sections(extract, head, title):
    af = extract(head + "Ofsted inspected the service in May and published its report this week.")
    assert af.title == title


def test_a_childrens_home_headline_under_a_masthead_puts_the_article_out_of_scope(extract):
    af = extract("Eastern Daily Press\nNews | Norwich | Norfolk | Sport\nNews\n\nCouncil-run children's home rated "
                 "'inadequate' after inspectors find staff shortages\n\nJo Bell | PUBLISHED: 17:00 14 March 2019\n\n"
                 "A children's home run by Norfolk County Council has been rated 'inadequate' by Ofsted. Inspectors "
                 "found staff shortages and weak management oversight.")
    assert [f for f in af.facts if type(f).__name__ in ("Judgement", "Finding", "Inspection")] == []


MENU = "Skip to content\nThe Courier\n" + "\n".join(["Home", "News", "Sport", "Weather", "Business", "Politics",
                                                    "Culture", "England", "Local News", "Wiltshire", "Society",
                                                    "Children's social care", "Analysis"]) + "\n"


@pytest.mark.parametrize("head, author", [
    # bylines a site's menu, written out a line an item, pushes down the page
    (MENU + "Swindon children's services rated 'inadequate' by Ofsted\n11 September 2023\nShare\n"
     "By Harriet Oke\nBBC News, Wiltshire\n\n", "Harriet Oke"),
    (MENU + "Swindon children's services rated 'inadequate' by Ofsted\nThe pressures are felt across England\n"
     "Imogen Tarrant-Fyfe Social affairs correspondent\nMon 11 Sep 2023 06.00 BST\n\n", "Imogen Tarrant-Fyfe"),
    # a masthead above the headline is no author when a byline follows
    ("Warwickshire World\n\nSwindon children's services rated 'inadequate' by Ofsted\n\nBy Jack Ash, Politics and "
     "council reporter\nPublished 11th Sep 2023, 06:00 BST\n\n", "Jack Ash"),
    ("Bedford Independent\n\nSwindon children's services rated 'inadequate' by Ofsted\n\nPosted on 11 September "
     "2023 by Zara Whit\n\n", "Zara Whit"),
    ("Rochdale Online\n\nSwindon children's services rated 'inadequate' by Ofsted\n\nReporter: Dominic Salt\n"
     "Date published: 11 September 2023\n\n", "Dominic Salt"),
])
def test_bylines_under_a_menu_or_a_masthead(extract, head, author):
    af = extract(head + "Children's services in Swindon have been rated inadequate by the education watchdog.")
    assert [a.label for a in af.authors] == [author]
    assert af.title == "Swindon children's services rated 'inadequate' by Ofsted"
    assert af.published.iso() == "2023-09-11"


def test_a_name_over_a_desk_line_is_the_byline(extract):
    # the look-alike: "Local Democracy Reporter" under the name is a desk, not a name with a job
    af = extract("Havering children's services make some progress\n\nEllis March\nLocal Democracy Reporter\n\n"
                 "Inspectors who returned to Havering last month found the services starting to improve.")
    assert [a.label for a in af.authors] == ["Ellis March"]


@pytest.mark.parametrize("url,want", [
    ("https://www.communitycare.co.uk/2024/10/11/childrens-trust-progress/", "2024-10-11"),
    ("https://www.theguardian.com/society/2013/oct/15/birmingham-child-protection", "2013-10-15"),
    ("https://expressandstar.com/news/local-hubs/sandwell/2022/02/16/optimism-over", "2022-02-16"),
    ("https://example.org/news/2022/02/30/no-such-day", None),      # no such day
    ("https://example.org/news/2022/02/monthly-roundup", None),     # a month is no day of publication
    ("https://www.kent.gov.uk/news/ofsted-report", None),
    (None, None),
])
def test_url_date(url, want):
    got = url_date(url)
    assert (got.iso() if got else None) == want


@pytest.mark.parametrize("url,want", [
    ("https://example.org/news/2022/02/monthly-roundup", "2022-02"),
    ("https://www.dorsetforyou.com/news/2011/06/inspectors-praise-services", "2011-06"),
    ("https://www.communitycare.co.uk/2024/10/11/childrens-trust-progress/", "2024-10-11"),
    ("https://example.org/news/2022/13/no-such-month", None),
    ("https://example.org/archive/2022/02/", None),    # a folder of the month, no page in it
])
def test_url_month_dates_the_page(url, want):
    got = url_date(url, month_only=True)
    assert (got.iso() if got else None) == want


def test_a_page_dated_by_its_address_month_speaks_of_its_time(extract):
    text = ("dorsetforyou.com\n\nNews: Inspectors praise services for Dorset's children\n\nDorset County Council's "
            "services for children are good, according to a new report by Ofsted.\n\nInspectors said the council's "
            "leadership was strong.\n")
    af = extract(text, url="https://www.dorsetforyou.com/news/2011/06/inspectors-praise-services")
    assert af.published is None
    assert {(j.about.key, j.rating) for j in af.facts if type(j).__name__ == "Judgement"} == {("E10000009", "good")}
def test_a_dated_address_gives_the_publication_date_a_byline_does_not(extract):
    url = "https://www.communitycare.co.uk/2024/10/11/trust-progress/"
    af = extract("Bradford's trust is making progress, Ofsted said.", url=url)
    assert af.published.iso() == "2024-10-11"
    # the page's own dateline is read first
    af = extract("By Jo Bell\n3 October 2024\n\nBradford's trust is making progress, Ofsted said.", url=url)
    assert af.published.iso() == "2024-10-03"


def test_a_bare_name_over_a_bbc_desk_line_is_the_byline(extract):
    """"Ellis Marwood" / "BBC News, Hereford and Worcester" under a page's masthead and menu, however low; the
    broadcaster's own name on the masthead is no author, nor its menu written as words the headline"""
    af = extract("Skip to content\nBritish Broadcasting Corporation\nHome News Sport Weather iPlayer Sounds\n\n"
                 "Herefordshire children's services rated good\n\n12 January 2026\nShare\nSave\n\nEllis Marwood\n"
                 "BBC News, Hereford and Worcester\n\nHerefordshire Council's children's services have been rated "
                 "good by Ofsted.")
    assert [a.label for a in af.authors] == ["Ellis Marwood"]
    assert af.title == "Herefordshire children's services rated good"


@pytest.mark.parametrize("head,foot,want", [
    # a newsroom named before the writer after "By"
    ("By ITV News Central's Ben Ashworth-Cole\n\n", "", ["Ben Ashworth-Cole"]),
    ("By ITV News West Country reporter Ellie Trevaskis\n\n", "", ["Ellie Trevaskis"]),
    # "Report by", "Edited by" open a byline too
    ("Report by Helen Armitage, ITV Tyne Tees\n\n", "", ["Helen Armitage"]),
    ("Edited by Olivia Stanbridge and Kieran Doyle\n\n", "", ["Olivia Stanbridge", "Kieran Doyle"]),
    # a broadcaster's sign-off at the foot of the story, over an edition's name above the headline
    ("", "\n\nReport by Danny Okafor, ITV Granada Reports\n", ["Danny Okafor"]),
    ("", "\n\nKate Hollis, ITV Meridian\n", ["Kate Hollis"]),
    # look-alike: a bare "By ..." at the foot is another story's teaser
    ("", "\n\nChildren's services: what good looks like in Solihull\n\nBy Paul Johnson | 20 January 2026\n", None),
])
def test_broadcasters_bylines(extract, head, foot, want):
    text = ("ITV News\nMeridian East\nLatest | Regions | UK | World\n\nKent praised by inspectors\n\n" + head +
            "Young people leaving care in Kent get strong support from workers who know them well and never give up on "
            "them, according to Ofsted inspectors who visited the county council's service for two days in March and "
            "spoke to many of them.\n\nThe council said it was delighted with the letter." + foot)
    got = [a.label for a in extract(text).authors]
    assert got == want if want is not None else "Paul Johnson" not in got


@pytest.mark.parametrize("box, want", [
    # a page that names no writer: the one who signs its box of analysis
    ("Analysis by Gemma Holt - Political reporter, BBC Yorkshire", ["Gemma Holt"]),
    ("Analysis by Gemma Holt, Political reporter, BBC Yorkshire", ["Gemma Holt"]),
    # look-alike: a sentence on someone's analysis is no byline
    ("An analysis by Gemma Holt's team found caseloads had risen.", []),
])
def test_an_analysis_box_signs_a_page_with_no_byline(extract, box, want):
    text = ("Trust can be a fresh start, says chief executive\n\nThe new trust's chief executive said it would "
            "give Bradford's children's services a fresh start after years of failure, and promised staff more "
            "support.\n\n" + box + "\n\nThis move may sound extreme but comes after Ofsted found widespread "
            "failures.\n\nThe council said it welcomed the decision.")
    assert [a.label for a in extract(text).authors] == want


@pytest.mark.parametrize("weather, want", [
    ("Fri, 20\n13 °C\nSat, 21\n15 °C\nSun, 22\n12 °C\n\n", ["Lucy Hale"]),
    ("", ["Lucy Hale"]),
])
def test_a_widgets_crumbs_are_no_lines_of_the_head(extract, weather, want):
    text = (weather + "Royal Borough children's services 'require improvement', says Ofsted\n\nRoyal Borough "
            "children's services 'require improvement', says Ofsted\n\nLucy Hale\n\nImprovements in the "
            "effectiveness of children's services at the Royal Borough are needed, a report published by Ofsted "
            "today has found.")
    assert [a.label for a in extract(text).authors] == want


@pytest.mark.parametrize("line, published", [
    ("Posted on 9 November 2023 by Rachel Kaur, principal social worker, Walsall Children's Services", "2023-11-09"),
    ("Published 4 March 2024 by Jo Bell, assistant director for safeguarding and quality assurance, Kent", "2024-03-04"),
    # look-alike: a long sentence that holds a date is no byline
    ("On 9 November 2023 inspectors visited the council's front door teams, and found that managers knew them well.",
     None),
])
def test_a_long_posted_line_still_dates_the_page(extract, line, published):
    af = extract("Practice matters\n\n" + line + "\n\nOnce a month I spend a morning with one of our teams.\n")
    assert (af.published.iso() if af.published else None) == published
