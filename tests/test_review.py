"""Review and correct (kg.corrections, kg.review): decisions in a corrections file are replayed by every
build (fresh or incremental, the same bytes), stale ones are said in one line each, the page's HTTP API
refuses writes from anywhere but its own page, and the page itself works in a real browser (Debian's
Chromium through Playwright; skipped with the reason where it cannot start)."""
from __future__ import annotations

import http.client
import json
import shutil
import sqlite3
import threading

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner

from kg import corrections as corr
from kg.build import build
from kg.cli import main
from kg.review import Review, make_server
from tests.conftest import SEEDS

EXPORTS = ("graph.ttl", "graph.nq", "graph.graphml", "graph.gexf", "caregraph.db")
W = "001_c66dfc39aa2bc9bf"      # Worcestershire
T = "004_c76fbb4aff01f110"      # Torbay
TORBAY_SENTENCE = ("Due to the serious and widespread child protection concerns identified in the January 2019 "
                   "monitoring visit, inspectors revisited")
PREFIXES = ("PREFIX cg: <https://w3id.org/caregraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX schema: <https://schema.org/> ")


def graph(out) -> ox.Store:
    store = ox.Store()
    with open(out / "graph.nq", "rb") as fh:
        store.bulk_load(fh, format=ox.RdfFormat.N_QUADS)
    return store


def ask(out, query) -> bool:
    return bool(graph(out).query(PREFIXES + "ASK { " + query + " }", use_default_graph_as_union=True))


def exports(out) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in EXPORTS}


def write(path, entries):
    path.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")


REJECT = {"article": W, "decision": "reject", "by": "a.reviewer", "date": "2026-12-05", "reason": "not so",
          "fact": {"kind": "finding", "council": "E10000034", "issue": "caseloads", "polarity": "concern"}}
ADD = {"article": T, "decision": "add", "by": "a.reviewer", "date": "2026-12-05", "evidence": TORBAY_SENTENCE,
       "fact": {"kind": "judgement", "council": "E06000027", "rating": "inadequate"}}
CONFIRM = {"article": W, "decision": "confirm", "by": "b.reviewer", "date": "2026-12-04",
           "fact": {"kind": "judgement", "council": "E10000034", "rating": "inadequate"}}
SUBJECT = {"article": "000_fa70c2aaf7c187c4", "decision": "subject", "councils": ["E06000027"], "by": "a.reviewer",
           "date": "2026-12-05"}

CASELOADS = "?f a cg:Finding ; cg:about <https://w3id.org/caregraph/id/council/E10000034> ; cg:issue ?i . ?i skos:notation 'caseloads'"
ADDED = ("?j a cg:Judgement ; cg:about <https://w3id.org/caregraph/id/council/E06000027> ; cg:reviewStatus 'added' ; "
         "cg:evidence ?s ; cg:evidenceSpan ?span ; prov:wasAttributedTo/rdfs:label 'a.reviewer' ; prov:generatedAtTime ?t . "
         "FILTER(STRSTARTS(?s, 'Due to the serious'))")


def test_decisions_are_replayed_by_fresh_and_incremental_builds_to_the_same_bytes(nlp, tmp_path):
    out = tmp_path / "out"
    build([str(SEEDS)], out, nlp=nlp)
    assert ask(out, CASELOADS) and not ask(out, ADDED)
    write(out / "corrections.yaml", [REJECT, ADD, CONFIRM, SUBJECT])
    report = build([str(SEEDS)], out, nlp=nlp)                          # incremental: the decided articles again
    assert report.parsed == 3 and report.notes == []
    assert not ask(out, CASELOADS) and ask(out, ADDED)
    assert ask(out, "?j a cg:Judgement ; cg:reviewStatus 'confirmed' ; prov:wasAttributedTo/rdfs:label 'b.reviewer'")
    assert ask(out, "?a schema:about <https://w3id.org/caregraph/id/council/E06000027> ; cg:subjectReview ?r . "
                    "?r cg:reviewStatus 'subject'")
    listed = CliRunner().invoke(main, ["query", "reviewed", "--graph", str(out), "--format", "csv"])
    assert sorted(line.split(",")[0] for line in listed.output.splitlines()[1:]) == ["added", "confirmed", "subject"]
    stats = CliRunner().invoke(main, ["stats", "--graph", str(out)]).output
    import re
    assert re.search(r"cg:Judgement +added +1\n", stats) and re.search(r"cg:Judgement +confirmed +1\n", stats)
    fresh = tmp_path / "fresh"
    build([str(SEEDS)], fresh, nlp=nlp, corrections=out / "corrections.yaml")
    assert exports(fresh) == exports(out)
    # the added judgement's evidence is the sentence's place in the article's text
    with sqlite3.connect(out / "caregraph.db") as db:
        (start, end, sentence), = db.execute(
            "select e.start, e.end, e.sentence from judgements j join evidence e on e.fact = j.id "
            "where j.council = 'E06000027' and j.reviewed = 'added'")
    assert (SEEDS / f"{T}.txt").read_text(encoding="utf-8")[start:end] == sentence == TORBAY_SENTENCE
    # taking a decision back restores the graph as extracted
    write(out / "corrections.yaml", [])
    build([str(SEEDS)], out, nlp=nlp)
    plain = tmp_path / "plain"
    build([str(SEEDS)], plain, nlp=nlp)
    assert exports(out) == exports(plain)


def test_decisions_replay_on_articles_whose_files_are_not_read_again(nlp, tmp_path):
    """An article kept from an earlier build (not among this run's inputs) is replayed from the store."""
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    build([str(src)], out, nlp=nlp)
    write(out / "corrections.yaml", [REJECT])
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("Ofsted rated Torbay Council's children's services good in May 2024.", encoding="utf-8")
    report = build([str(other)], out, nlp=nlp)      # W's file is not among the inputs
    assert report.parsed == 2 and not ask(out, CASELOADS)


def test_stale_decisions_are_said_in_one_line_each_and_the_build_succeeds(nlp, tmp_path):
    out = tmp_path / "out"
    build([str(SEEDS)], out, nlp=nlp)
    stale_fact = dict(REJECT, fact={**REJECT["fact"], "issue": "funding"})
    gone = dict(SUBJECT, article="pruned_article")
    bad_quote = dict(ADD, evidence="A sentence no article has.")
    write(out / "corrections.yaml", [REJECT, stale_fact, gone, bad_quote])
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "no longer applies" in line]
    path = out / "corrections.yaml"
    assert notes == [
        f"kg: note: {path}: entry 2 (reject finding E10000034 funding concern in {W}) no longer applies: "
        "no such fact is extracted",
        f"kg: note: {path}: entry 3 (subject E06000027 of pruned_article) no longer applies: the article is not in the graph",
        f"kg: note: {path}: entry 4 (add judgement E06000027 inadequate in {T}) no longer applies: "
        "the sentence it quotes is not in the article"]
    again = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out)])   # nothing parsed: said again
    assert [line for line in again.output.splitlines() if "no longer applies" in line] == notes
    assert not ask(out, CASELOADS)


def test_a_bad_corrections_file_stops_the_build_in_one_line_before_anything_is_written(tmp_path):
    (tmp_path / "c.yaml").write_text("- article: x\n  decision: maybe\n  by: me\n  date: 2026-12-05\n")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "out"),
                                       "--corrections", str(tmp_path / "c.yaml")])
    assert result.exit_code == 1 and not (tmp_path / "out").exists()
    assert result.output.strip() == (f"kg: {tmp_path / 'c.yaml'}: entry 1: decision must be one of confirm, reject, "
                                     "add, subject, not 'maybe'; nothing built")


def test_the_file_round_trips_in_its_documented_shape(tmp_path):
    path = tmp_path / "corrections.yaml"
    entries = [corr.parse_entry(e, i) for i, e in enumerate([REJECT, ADD, SUBJECT], 1)]
    corr.save(path, entries)
    text = path.read_text(encoding="utf-8")
    assert "  fact: {kind: finding, council: E10000034, issue: caseloads, polarity: concern}\n" in text
    assert "  councils: [E06000027]\n" in text
    assert [c.as_dict() for c in corr.load(path)] == [c.as_dict() for c in entries]
    # a later decision on the same fact replaces the earlier one; other decisions stay
    assert not (tmp_path / "corrections.yaml.bak").exists()
    corr.record(path, corr.parse_entry(dict(REJECT, decision="confirm", reason=None)))
    assert [c.decision for c in corr.load(path)] == ["confirm", "add", "subject"]     # in its place
    assert (tmp_path / "corrections.yaml.bak").read_text(encoding="utf-8") == text     # the file it replaced


def test_decisions_about_people_are_kept_and_replayed(nlp, tmp_path):
    out = tmp_path / "out"
    build([str(SEEDS)], out, nlp=nlp)
    person = {"kind": "person", "name": "Amanda Spielman", "role": "chief inspector", "organisation": "Ofsted"}
    write(out / "corrections.yaml", [
        {"article": "000_fa70c2aaf7c187c4", "decision": "confirm", "fact": person, "by": "a", "date": "2026-12-05"},
        {"article": "002_545c80bf5d6745d5", "decision": "reject", "by": "a", "date": "2026-12-05",
         "fact": {"kind": "person", "name": "Chris Spencer", "role": "director of children's services",
                  "org": "E10000013"}}])                               # the gold format's "org" is accepted
    report = build([str(SEEDS)], out, nlp=nlp)
    assert report.notes == []
    assert ask(out, "?m a <http://www.w3.org/ns/org#Membership> ; cg:reviewStatus 'confirmed'")
    assert not ask(out, "?m <http://www.w3.org/ns/org#member> <https://w3id.org/caregraph/id/person/chris-spencer>")


def test_a_decision_added_to_the_file_keeps_a_persons_comments(tmp_path):
    path = tmp_path / "corrections.yaml"
    path.write_text("# our team's decisions\n- article: a1  # the Torbay piece\n  decision: subject\n"
                    "  councils: [E06000027]\n  by: me\n  date: 2026-12-01\n", encoding="utf-8")
    corr.record(path, corr.parse_entry(REJECT))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# our team's decisions\n- article: a1  # the Torbay piece\n")
    assert [c.decision for c in corr.load(path)] == ["subject", "reject"]


def test_a_selection_stands_for_its_whole_sentence():
    text = "First point. A significant strength in Torbay is its early help offer. Last point.\nNext line."
    part = corr.find_sentence(text, "strength in Torbay")
    assert corr.sentence_around(text, part).text == "A significant strength in Torbay is its early help offer."
    two = corr.find_sentence(text, "offer. Last")
    assert corr.sentence_around(text, two).text == "A significant strength in Torbay is its early help offer. Last point."
    assert corr.sentence_around(text, corr.find_sentence(text, "Next")).text == "Next line."


# -- the page's HTTP API --------------------------------------------------------------------------------

@pytest.fixture
def served(nlp, tmp_path):
    out = tmp_path / "out"
    build([str(SEEDS)], out, nlp=nlp)
    server = make_server(Review(out, reviewer="a.reviewer", today=lambda: "2026-12-05"), 0, token="t0ken")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield out, server.server_address[1]
    server.shutdown()
    server.server_close()


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    data = json.dumps(body).encode() if body is not None else None
    h = {"Host": f"127.0.0.1:{port}", **({"Content-Type": "application/json"} if data else {}), **(headers or {})}
    conn.request(method, path, body=data, headers=h)
    r = conn.getresponse()
    return r.status, json.loads(r.read() or b"null") if r.getheader("Content-Type", "").startswith("application/json") else None


DECISION = {"article": W, "decision": "reject", "fact": REJECT["fact"], "reason": "wrong council"}


def test_writes_without_the_token_or_from_another_origin_or_host_are_refused(served):
    out, port = served
    own = {"Origin": f"http://127.0.0.1:{port}", "X-Caregraph-Token": "t0ken"}
    for headers in ({"Origin": own["Origin"]},                                     # no token
                    {**own, "X-Caregraph-Token": "guess"},                         # wrong token
                    {**own, "Origin": "http://evil.example"},                      # another site's page
                    {"X-Caregraph-Token": "t0ken"},                                # no Origin
                    {**own, "Host": "evil.example:80"},                            # DNS rebinding
                    {**own, "Host": f"evil.example:{port}"}):
        status, _ = request(port, "POST", "/api/decisions", DECISION, headers)
        assert status == 403, headers
        assert not (out / "corrections.yaml").exists()
    assert request(port, "GET", "/api/articles", headers={"Host": "evil.example"})[0] == 403
    status, data = request(port, "POST", "/api/decisions", DECISION, own)
    assert status == 200 and [d["decision"] for d in data["decisions"]] == ["reject"]
    assert [c.as_dict() for c in corr.load(out / "corrections.yaml")] == [
        {"article": W, "decision": "reject", "fact": REJECT["fact"], "reason": "wrong council", "by": "a.reviewer",
         "date": "2026-12-05"}]
    status, data = request(port, "POST", "/api/decisions", {"article": W, "decision": "reject",
                                                           "fact": {"kind": "finding", "issue": "nonsense"}}, own)
    assert status == 422 and "council" in data["error"]
    # what could never apply is refused now, not found stale at the next build
    status, data = request(port, "POST", "/api/decisions", dict(DECISION, article="no_such_article"), own)
    assert status == 422 and data["error"] == "no article no_such_article in this build"
    status, data = request(port, "POST", "/api/decisions", {"article": T, "decision": "add", "fact": ADD["fact"],
                                                           "evidence": "Words that are not in it."}, own)
    assert status == 422 and data["error"] == "the quoted text is not in the article"
    assert len(corr.load(out / "corrections.yaml")) == 1


def test_the_api_keeps_whole_sentences_confirms_what_is_there_and_refuses_what_is_not(served):
    out, port = served
    own = {"Origin": f"http://127.0.0.1:{port}", "X-Caregraph-Token": "t0ken"}
    # a part of a sentence is kept as the whole sentence
    status, data = request(port, "POST", "/api/decisions", {"article": T, "decision": "add", "fact": ADD["fact"],
                                                           "evidence": "serious and widespread child protection"}, own)
    assert status == 200
    (added,) = [c for c in corr.load(out / "corrections.yaml") if c.decision == "add"]
    assert added.evidence.startswith("Due to the serious and widespread") and added.evidence.endswith(".")
    # adding what the graph already holds is a confirmation of it
    status, data = request(port, "POST", "/api/decisions", {"article": W, "decision": "add", "fact": REJECT["fact"],
                                                           "evidence": "Caseloads of social workers"}, own)
    assert status == 200 and [d["decision"] for d in data["decisions"]] == ["confirm"]
    # a person (no council) is decided like any fact
    person = {"kind": "person", "name": "Amanda Spielman", "role": "chief inspector", "organisation": "Ofsted"}
    status, data = request(port, "POST", "/api/decisions", {"article": "000_fa70c2aaf7c187c4", "decision": "reject",
                                                           "fact": person}, own)
    assert status == 200, data
    # a fact the article's graph does not hold cannot be confirmed
    status, data = request(port, "POST", "/api/decisions", {"article": W, "decision": "confirm",
                                                           "fact": {"kind": "judgement", "council": "E10000034",
                                                                    "rating": "good"}}, own)
    assert status == 422 and data["error"] == "the article's graph has no such fact"
    # text fields are text
    status, data = request(port, "POST", "/api/decisions", dict(DECISION, reason={"a": [1]}), own)
    assert status == 422 and data["error"] == "reason must be text"


def test_rejecting_a_fact_a_person_added_takes_the_addition_back(nlp, tmp_path):
    out = tmp_path / "out"
    build([str(SEEDS)], out, nlp=nlp)
    write(out / "corrections.yaml", [ADD])
    build([str(SEEDS)], out, nlp=nlp)
    review = Review(out, reviewer="a.reviewer", today=lambda: "2026-12-05")
    left = review.decide({"article": T, "decision": "reject", "fact": ADD["fact"]})
    assert left == [] and corr.load(out / "corrections.yaml") == []
    build([str(SEEDS)], out, nlp=nlp)
    assert not ask(out, ADDED)


def test_the_api_shows_an_articles_text_with_its_facts_spans(served):
    out, port = served
    status, page = request(port, "GET", f"/api/article?id={W}")
    assert status == 200
    assert "".join(piece for piece, _ in page["segments"]) == page["text"]
    finding = next(f for f in page["facts"] if f["fact"] == REJECT["fact"])
    start, end = finding["spans"][0]
    assert page["text"][start:end] == finding["sentence"] or finding["sentence"] in [
        page["text"][s:e] for s, e in finding["spans"]]
    assert any(finding["id"] in ids for _, ids in page["segments"])
    status, articles = request(port, "GET", "/api/articles")
    assert {a["id"] for a in articles} >= {W, T}
    assert request(port, "GET", "/api/article?id=nothing")[0] == 404


# -- the page in a real browser ------------------------------------------------------------------------

SELECT_TEXT = """(sentence) => {
  const root = document.getElementById('text');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = []; let all = '';
  while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
  const start = all.indexOf(sentence), end = start + sentence.length;
  if (start < 0) return false;
  const at = (off) => { for (const [n, s] of nodes) if (off <= s + n.data.length) return [n, off - s]; };
  const r = document.createRange(); r.setStart(...at(start)); r.setEnd(...at(end));
  const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
  return true;
}"""


def test_the_review_page_in_a_real_browser(served, chromium, nlp, tmp_path):
    out, port = served
    errors = []
    page = chromium.new_page(viewport={"width": 1400, "height": 900})
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"http://127.0.0.1:{port}/")
    # reject one finding of Worcestershire's article
    page.click(f'.art[data-id="{W}"]')
    page.wait_for_selector("mark.k-finding")
    fact = page.locator(".fact[data-kind=finding]", has_text="caseloads")
    fact.locator("input.reason").fill("about another council")
    fact.locator("button.reject").click()
    page.wait_for_selector(".fact.d-reject")
    # add a judgement to Torbay's article by selecting its sentence
    page.click(f'.art[data-id="{T}"]')
    page.wait_for_selector("#text")
    page.wait_for_function(f"() => document.querySelector('#article').textContent.includes('{T}')")
    assert page.evaluate(SELECT_TEXT, TORBAY_SENTENCE)
    page.keyboard.press("a")
    page.select_option("#add-kind", "judgement")
    page.fill('#add-fields [data-field="council"]', "Torbay Council (E06000027)")
    page.select_option('#add-fields [data-field="rating"]', "inadequate")
    page.click("#add-save")
    page.locator("#decisions li", has_text="add judgement E06000027 inadequate").wait_for()
    # set the subject council of the first article
    page.click('.art[data-id="000_fa70c2aaf7c187c4"]')
    page.wait_for_function("() => document.querySelector('#article').textContent.includes('000_fa70c2aaf7c187c4')")
    page.fill("#subject-input", "Torbay Council (E06000027)")
    page.click("#subject-save")
    page.locator("#decisions li", has_text="subject E06000027").wait_for()
    # a decision is taken back from the list and made again
    page.locator("#decisions li", has_text="subject E06000027").locator("button.undo-decision").click()
    page.locator("#decisions li", has_text="none yet").wait_for()
    page.fill("#subject-input", "Richmond upon Thames")   # words of one council's name are enough
    page.click("#subject-save")
    page.locator("#decisions li", has_text="subject E09000027").wait_for()
    page.fill("#subject-input", "Torbay")                 # a changed mind replaces the decision
    page.click("#subject-save")
    page.locator("#decisions li", has_text="subject E06000027").wait_for()
    page.screenshot(path=str(tmp_path / "review.png"))
    assert errors == []
    got = [c.as_dict() for c in corr.load(out / "corrections.yaml")]
    text = (SEEDS / f"{T}.txt").read_text(encoding="utf-8")
    whole = corr.sentence_around(text, corr.find_sentence(text, TORBAY_SENTENCE)).text   # the selection's sentence
    assert whole.startswith(TORBAY_SENTENCE) and whole.endswith("(SAFS).")
    assert got == [
        {"article": W, "decision": "reject", "fact": REJECT["fact"], "reason": "about another council",
         "by": "a.reviewer", "date": "2026-12-05"},
        {"article": T, "decision": "add", "fact": ADD["fact"], "evidence": whole, "by": "a.reviewer",
         "date": "2026-12-05"},
        {"article": "000_fa70c2aaf7c187c4", "decision": "subject", "councils": ["E06000027"], "by": "a.reviewer",
         "date": "2026-12-05"}]
    build([str(SEEDS)], out, nlp=nlp)                                          # incremental
    fresh = tmp_path / "fresh"
    build([str(SEEDS)], fresh, nlp=nlp, corrections=out / "corrections.yaml")  # fresh
    assert exports(fresh) == exports(out)
    assert not ask(out, CASELOADS) and ask(out, ADDED)
