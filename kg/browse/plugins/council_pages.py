"""caregraph's Datasette plugin: the home page's councils and a page per council (/council/<GSS code>,
template kg/data/browse/templates/pages/council/{gss}.html) telling its story from caregraph.db: its ratings
over time as an SVG chart (news judgements and Ofsted's official ones on one time axis, each mark a link
to its article or report), its providers, its concerns and strengths with the sentences behind them, its
people and every article about it.

Self-contained (Datasette, markupsafe and the standard library only), so that `datasette publish
--plugins-dir kg/browse/plugins` can ship it without caregraph; `kg browse` registers it."""


import sqlite3
from dataclasses import dataclass, field
from html import escape

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup

RATINGS = ("outstanding", "good", "requires-improvement", "inadequate")
RATING_LABELS = {"outstanding": "Outstanding", "good": "Good", "requires-improvement": "Requires improvement",
                 "inadequate": "Inadequate"}


@dataclass
class Mark:
    """One rating on the chart."""
    date: str | None        # ISO (a year, a month or a day); None: undated, listed but not drawn
    rating: str
    source: str             # news | ofsted
    href: str
    title: str
    current: int | None = None
    verdict: str | None = None
    official_date: str | None = None
    official_report: str | None = None
    article_title: str | None = None
    sentence: str | None = None
    id: str = ""
    reviewed: str | None = None       # a person's decision on it: confirmed or added (by whom)
    undated: bool = False             # a news rating of an undated article, drawn at its report's date


@dataclass
class Story:
    council: dict
    marks: list[Mark] = field(default_factory=list)
    providers: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)    # one per (polarity, issue): count, sentences
    people: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    inspections: list[dict] = field(default_factory=list)

    @property
    def chart(self) -> str:
        return rating_chart(self.marks)


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def council_story(conn: sqlite3.Connection, gss: str, row_url=lambda table, key: f"/caregraph/{table}/{key}") -> Story | None:
    """The story of council `gss` in caregraph.db (`row_url(table, key)`: the page of a row), None when
    the database does not know it."""
    found = _rows(conn, "select * from councils where gss_code = ?", (gss,))
    if not found:
        return None
    story = Story(found[0])
    articles = {a["id"]: a for a in _rows(conn, """
        select * from articles where id in (
          select article from judgements where council = :c union select article from inspections where council = :c
          union select article from findings where council = :c union select article from memberships where council = :c
          union select article from arrangements where council = :c)""", {"c": gss})}

    def article_href(aid):
        a = articles.get(aid) or {}
        return a.get("url") or row_url("articles", aid)

    judgements = _rows(conn, "select * from judgements where council = ? and area is null and rating is not null "
                             "order by date, id", (gss,))
    by_id = {j["id"]: j for j in judgements}
    for j in judgements:
        label = RATING_LABELS.get(j["rating"], j["rating"])
        if j["source"] == "ofsted":
            title = f"{label}: Ofsted's report published {j['date']}" + (f" ({j['framework']})" if j["framework"] else "")
            story.marks.append(Mark(j["date"], j["rating"], "ofsted", j["report"] or row_url("judgements", j["id"]),
                                    title, id=j["id"], official_report=j["report"]))
            continue
        official = by_id.get(j["official"]) or {}
        date = j["date"] or official.get("date")
        article = articles.get(j["article"]) or {}
        state = {1: "current", 0: "previous"}.get(j["current"], "")
        title = f"{label} ({state + ' rating, ' if state else ''}news{', ' + j['date'] if j['date'] else ', undated article'})"
        if j["verdict"] == "corroborated":
            title += f"; corroborated by Ofsted's report of {official.get('date')}"
        elif j["verdict"] == "contradicted":
            title += f"; contradicted by Ofsted's report of {official.get('date')} ({official.get('rating')})"
        elif j["verdict"] == "unmatched":
            title += "; not found in Ofsted's record"
        if j.get("reviewed"):
            title += f"; {j['reviewed']} by {j.get('reviewed_by')}"
        story.marks.append(Mark(date, j["rating"], "news", article_href(j["article"]), title, current=j["current"],
                                verdict=j["verdict"], official_date=official.get("date"),
                                official_report=official.get("report"), article_title=article.get("title") or j["article"],
                                sentence=j["sentence"], id=j["id"],
                                reviewed=f"{j['reviewed']} by {j.get('reviewed_by')}" if j.get("reviewed") else None,
                                undated=not j["date"]))
    story.marks.sort(key=lambda m: (m.date or "9999", m.source, m.id))

    provider_ids = set()
    for p in _rows(conn, "select * from providers where ';' || councils || ';' like ? or id in "
                         "(select provider from arrangements where council = ?) order by name", (f"%;{gss};%", gss)):
        p["arrangements"] = _rows(conn, "select * from arrangements where provider = ? and council = ? order by article",
                                  (p["id"], gss))
        for a in p["arrangements"]:
            a["href"] = article_href(a["article"])
            a["review"] = f"{a['reviewed']} by {a['reviewed_by']}" if a.get("reviewed") else None
        p["href"] = row_url("providers", p["id"])
        story.providers.append(p)
        provider_ids.add(p["id"])

    groups: dict[tuple, dict] = {}
    for f in _rows(conn, """
        select f.id, f.issue, f.issue_label, f.polarity, f.article, coalesce(e.sentence, f.sentence) as sentence,
               f.reviewed, f.reviewed_by
          from findings f left join evidence e on e.fact = f.id
         where f.council = ? order by f.article, e.start, f.id""", (gss,)):
        g = groups.setdefault((f["polarity"], f["issue"]), {"polarity": f["polarity"], "issue": f["issue"],
                                                             "label": f["issue_label"] or f["issue"],
                                                             "findings": set(), "sentences": []})
        g["findings"].add(f["id"])
        a = articles.get(f["article"]) or {}
        g["sentences"].append({"sentence": f["sentence"], "article": f["article"], "href": article_href(f["article"]),
                               "title": a.get("title") or f["article"], "published": a.get("published"),
                               "reviewed": f"{f['reviewed']} by {f['reviewed_by']}" if f["reviewed"] else None})
    for g in groups.values():
        g["count"] = len(g["findings"])
        g["articles"] = len({s["article"] for s in g["sentences"]})
        g["findings"] = sorted(g["findings"])
    story.findings = sorted(groups.values(), key=lambda g: (g["polarity"] != "concern", -g["count"], g["label"]))

    params = [gss] + sorted(provider_ids)
    marks = ",".join("?" * len(provider_ids)) or "null"
    story.people = _rows(conn, f"""
        select m.person, p.name, m.role, m.organisation, m.article, m.sentence from memberships m
          join people p on p.id = m.person
         where m.council = ? or m.provider in ({marks}) order by p.name, m.role, m.article""", params)
    for m in story.people:
        m["href"] = article_href(m["article"])
        m["person_href"] = row_url("people", m["person"])
    story.inspections = _rows(conn, "select * from inspections where council = ? order by date, id", (gss,))
    for i in story.inspections:
        i["href"] = i["report"] or (article_href(i["article"]) if i["article"] else row_url("inspections", i["id"]))
    story.articles = sorted(articles.values(), key=lambda a: (a.get("published") or "", a["id"]), reverse=True)
    for a in story.articles:
        a["href"] = a.get("url") or row_url("articles", a["id"])
        a["row_href"] = row_url("articles", a["id"])
    return story


def _year_fraction(iso: str) -> float:
    parts = [int(p) for p in iso.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 7          # a year alone: its middle
    day = parts[2] if len(parts) > 2 else 15
    return year + (month - 1) / 12 + (day - 1) / 365


def rating_chart(marks: list[Mark], width: int = 760) -> str:
    """An inline SVG of `marks` on one time axis, a lane per rating (outstanding at the top): news as
    circles (in the upper half of the lane), Ofsted's record as squares (the lower half), each a link with its description as a tooltip."""
    dated = [m for m in marks if m.date]
    left, right, top, lane = 170, 20, 16, 38
    height = top + lane * len(RATINGS) + 34
    if not dated:
        return (f'<svg class="rating-chart" role="img" viewBox="0 0 {width} 60" width="100%">'
                '<title>No dated ratings</title><text x="10" y="34">No dated ratings.</text></svg>')
    xs = [_year_fraction(m.date) for m in dated]
    lo, hi = int(min(xs) - 0.1), int(max(xs) + 0.1) + 1     # no mark on the axis's ends
    if hi - lo < 3:
        lo, hi = lo - 1, hi + 1

    def x(v):
        return left + (v - lo) / (hi - lo) * (width - left - right)

    def y(rating):
        return top + lane * RATINGS.index(rating) + lane / 2

    out = [f'<svg class="rating-chart" role="img" aria-label="Ratings over time" viewBox="0 0 {width} {height}" '
           f'width="100%" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
           "<title>Ratings over time: news (circles) and Ofsted's record (squares)</title>"]
    fills = {"outstanding": "#e6f4ea", "good": "#eef6ff", "requires-improvement": "#fff6e0", "inadequate": "#fdecea"}
    for r in RATINGS:
        out.append(f'<rect x="{left}" y="{y(r) - lane / 2:.1f}" width="{width - left - right}" height="{lane}" '
                   f'fill="{fills[r]}"/>')
        out.append(f'<text x="{left - 8}" y="{y(r) + 4:.1f}" text-anchor="end">{RATING_LABELS[r]}</text>')
    axis = top + lane * len(RATINGS)
    step = max(1, (hi - lo) // 10)
    for yr in range(lo, hi + 1, step):
        out.append(f'<line x1="{x(yr):.1f}" y1="{top}" x2="{x(yr):.1f}" y2="{axis + 4}" stroke="#bbb" stroke-width="0.5"/>')
        out.append(f'<text x="{x(yr):.1f}" y="{axis + 18}" text-anchor="middle">{yr}</text>')
    for m in dated:
        if m.rating not in RATINGS:
            continue
        cx, cy = x(_year_fraction(m.date)), y(m.rating)
        cy += 8 if m.source == "ofsted" else -8   # news above the record in its lane: the same date shows both
        title = f"<title>{escape(m.title)}</title>"
        if m.source == "ofsted":
            shape = (f'<rect class="mark official" x="{cx - 7:.1f}" y="{cy - 7:.1f}" width="14" height="14" '
                     f'fill="#1d3557" data-rating="{m.rating}" data-date="{m.date}">{title}</rect>')
        else:
            colour = {"corroborated": "#2a9d8f", "contradicted": "#e63946"}.get(m.verdict or "", "#f4a261")
            shape = (f'<circle class="mark news" cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="none" stroke="{colour}" '
                     f'stroke-width="3" data-rating="{m.rating}" data-date="{m.date}" '
                     f'data-verdict="{m.verdict or ""}">{title}</circle>')
        out.append(f'<a href="{escape(m.href)}">{shape}</a>')
    out.append("</svg>")
    return "".join(out)


# -- the hooks ----------------------------------------------------------------------------------------

@hookimpl
def asgi_wrapper(datasette):
    """`kg build` replaces caregraph.db by renaming a new file over it: open the new file when that has
    happened, so a running browser shows the latest build without a restart."""
    import os

    def wrap(app):
        seen = {}

        async def reopen(scope, receive, send):
            db = datasette.databases.get(DATABASE)
            if db is not None and db.path:
                try:
                    st = os.stat(db.path)
                    now = (st.st_ino, st.st_mtime_ns, st.st_size)
                except OSError:
                    now = None
                if DATABASE in seen and now is not None and seen[DATABASE] != now:
                    from datasette.database import Database
                    datasette.remove_database(DATABASE)
                    datasette.add_database(Database(datasette, path=db.path, is_mutable=db.is_mutable), name=DATABASE)
                if now is not None:
                    seen[DATABASE] = now
            await app(scope, receive, send)
        return reopen
    return wrap

DATABASE = "caregraph"


def _home(conn):
    cur = conn.execute("select gss_code, name, region, latest_news_rating, latest_news_date, "
                       "latest_official_rating, latest_official_date from councils order by name, gss_code")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


@hookimpl
def extra_template_vars(template, request, datasette):
    if DATABASE not in datasette.databases or request is None:
        return {}
    db = datasette.get_database(DATABASE)

    def row_url(table, key):
        return datasette.urls.row(DATABASE, table, tilde_encode(key))

    async def home():
        return {"councils": await db.execute_fn(_home), "rating_labels": RATING_LABELS}

    async def council():
        gss = request.path.rstrip("/").rsplit("/", 1)[-1]
        story = await db.execute_fn(lambda conn: council_story(conn, gss, row_url))
        return {"story": story, "chart": Markup(story.chart) if story else "", "rating_labels": RATING_LABELS,
                "timeline_url": datasette.urls.path(f"/{DATABASE}/council_timeline?council={gss}")}

    if template == "index.html":
        return home
    if template.startswith("pages/council/"):
        return council
    return {}
