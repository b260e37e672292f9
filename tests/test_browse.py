"""`kg browse` (kg.browse): Datasette over caregraph.db with caregraph's metadata, home page, council pages
and canned queries, through Datasette's own test client; one council page in a real headless browser
(Debian's Chromium, driven by Playwright), which skips with its reason where the browser cannot start."""
from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.browse import datasette_app, metadata
from kg.cli import main
from tests.conftest import answer, free_port

QUERIES = ("council_timeline", "inadequate_concerns", "issues_by_rating", "contradicted_judgements")


def fetch(out, *paths):
    ds = datasette_app(out)

    async def run():
        await ds.invoke_startup()
        return [await ds.client.get(p) for p in paths]
    return asyncio.run(run())


def test_a_council_page_shows_its_chart_ratings_checked_and_every_finding_with_its_sentence(seeds_build):
    import sqlite3
    out, _ = seeds_build
    (page,) = fetch(out, "/council/E10000034")
    assert page.status_code == 200
    html = page.text
    assert "Worcestershire County Council" in html
    marks = re.findall(r'<(circle|rect) class="mark (news|official)"[^>]*data-rating="([^"]+)"[^>]*data-date="([^"]+)"', html)
    assert ("circle", "news", "inadequate") in {m[:3] for m in marks}
    assert any(m[1] == "official" and m[2] == "inadequate" and m[3].startswith("2017") for m in marks)
    assert re.search(r"Inadequate \(current rating, news[^<]*corroborated by Ofsted&#x27;s report of 2017", html)
    with sqlite3.connect(out / "caregraph.db") as db:
        sentences = {s for (s,) in db.execute(
            "select e.sentence from findings f join evidence e on e.fact = f.id where f.council = 'E10000034'")}
    assert sentences
    shown = {re.sub(r"<[^>]+>", "", s) for s in re.findall(r'<li><q>(.*?)</q>', html, re.S)}
    from html import unescape
    assert {unescape(s) for s in shown} >= sentences


def test_sunderlands_page_names_together_for_children(seeds_build):
    out, _ = seeds_build
    (page,) = fetch(out, "/council/E08000024")
    assert page.status_code == 200 and "Together for Children" in page.text


def test_an_unknown_council_is_a_404_that_says_so(seeds_build):
    out, _ = seeds_build
    (page,) = fetch(out, "/council/E99999999")
    assert page.status_code == 404 and "no council with the GSS code E99999999" in page.text


def test_the_home_page_lists_councils_with_links_to_their_pages(seeds_build):
    out, _ = seeds_build
    (page,) = fetch(out, "/")
    assert page.status_code == 200
    assert '<a href="/council/E10000034">Worcestershire County Council</a>' in page.text


def test_tables_carry_their_descriptions_facets_and_search(seeds_build):
    out, _ = seeds_build
    findings, councils, search, meta = fetch(
        out, "/caregraph/findings.json?_facet=issue&_facet=polarity&_extra=facet_results",
        "/caregraph/councils?region=West+Midlands", "/caregraph/evidence.json?_search=caseloads", "/-/metadata.json")
    assert findings.status_code == 200
    facets = findings.json()["facet_results"]
    assert {"issue", "polarity"} <= set(facets if isinstance(facets, dict) else facets.get("results", {}))
    assert councils.status_code == 200 and "Worcestershire County Council" in councils.text
    assert search.status_code == 200 and search.json()["rows"]
    tables = meta.json()["databases"]["caregraph"]["tables"]
    assert tables["findings"]["facets"] == ["issue", "polarity", "year"]
    assert tables["judgements"]["columns"]["verdict"].startswith("A news judgement against the record")


def test_every_table_and_column_is_described():
    tables = metadata()["databases"]["caregraph"]["tables"]
    from kg.export.tabular import table_schemas
    for t in table_schemas():
        assert tables[t.name]["description"] and all(tables[t.name]["columns"][c] for c in t.column_names)


@pytest.mark.parametrize("query", QUERIES)
def test_every_canned_query_answers_on_the_seeds(seeds_build, query):
    out, _ = seeds_build
    (page,) = fetch(out, f"/caregraph/{query}.json?council=E10000034&_shape=objects")
    assert page.status_code == 200, page.text[:300]


@pytest.mark.parametrize("query", QUERIES)
def test_every_canned_query_returns_rows_on_the_development_set(dev_build, query):
    (page,) = fetch(dev_build, f"/caregraph/{query}.json?council=E10000034&_shape=objects")
    assert page.status_code == 200
    rows = page.json()["rows"]
    assert rows
    if query == "contradicted_judgements":
        assert all(r["news_rating"] != r["official_rating"] for r in rows)
    if query == "council_timeline":
        assert {r["source"] for r in rows} == {"news", "ofsted"}


def test_a_running_browser_shows_the_database_a_build_put_in_place(seeds_build, tmp_path):
    """kg build renames a new caregraph.db over the old one: the next request reads the new file."""
    import sqlite3
    out, _ = seeds_build
    shutil.copytree(out, tmp_path / "out", ignore=shutil.ignore_patterns("store"))
    db = tmp_path / "out" / "caregraph.db"
    ds = datasette_app(tmp_path / "out")

    async def run():
        await ds.invoke_startup()
        before = (await ds.client.get("/caregraph/findings.json?_size=0")).json()["filtered_table_rows_count"]
        new = tmp_path / "new.db"
        shutil.copy(db, new)
        with sqlite3.connect(new) as conn:
            conn.execute("delete from findings where id in (select id from findings limit 3)")
        new.replace(db)
        after = (await ds.client.get("/caregraph/findings.json?_size=0")).json()["filtered_table_rows_count"]
        return before, after
    before, after = asyncio.run(run())
    assert after == before - 3


def test_browse_of_a_folder_without_a_database_says_so_in_one_line(tmp_path):
    result = CliRunner().invoke(main, ["browse", "--graph", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"kg: {tmp_path / 'caregraph.db'}: no such file (run `kg build` with --out {tmp_path} first)"]


# -- in a real browser ---------------------------------------------------------------------------------

@pytest.fixture
def browsing(seeds_build):
    out, _ = seeds_build
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "browse", "--graph", str(out), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        answer(url + "/-/versions.json", proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_council_page_renders_in_a_real_browser(browsing, chromium, tmp_path):
    errors = []
    for width in (1280, 390):   # a laptop's width and a phone's
        page = chromium.new_page(viewport={"width": width, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(browsing + "/council/E10000034")
        chart = page.locator("svg.rating-chart")
        assert chart.is_visible() and chart.bounding_box()["width"] > 300
        assert page.locator("svg.rating-chart .mark.news[data-rating=inadequate]").count() >= 1
        assert page.locator("svg.rating-chart .mark.official").count() >= 1
        assert page.locator("ol.evidence li").count() >= 5
        assert page.locator("ol.evidence li").first.is_visible()
        page.screenshot(path=str(tmp_path / f"council-{width}.png"), full_page=True)
        assert (tmp_path / f"council-{width}.png").stat().st_size > 10_000
    assert errors == []
