"""`kg review`: a local web page over a built graph where a person checks its facts, each shown in its
sentence, and records verdicts in the corrections file (kg.corrections) that every build replays.

It listens on 127.0.0.1 only. Reads (GET) need the request's Host to be this server (a web page of another
site that rebinds its name to 127.0.0.1 gets nothing); writes (POST) also need the page's per-run token in
the X-Caregraph-Token header and an Origin of this server, so that another site open in the same browser
cannot change the corrections through it. The page (kg/data/review/page.html) needs no network.

Its data: the build's caregraph.db (the facts and their evidence offsets), the build store (each article's
text, kg.store ARTICLE, read-only) and the corrections file (DIR/corrections.yaml unless given).
"""
from __future__ import annotations

import datetime as _dt
import getpass
import hmac
import json
import secrets
import sqlite3
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg import corrections as corr
from kg.export.database import DATABASE
from kg.reference import data_path, reference

PAGE = "review/page.html"
MAX_BODY = 1 << 20


class ReviewError(Exception):
    """A problem the user can fix (no build in the folder, a bad corrections file, a port in use)."""


class Review:
    """The data behind the page: one build folder and its corrections file."""

    def __init__(self, graph_dir: str | Path, corrections: str | Path | None = None, reviewer: str | None = None,
                 today=None):
        self.dir = Path(graph_dir)
        self.db_path = self.dir / DATABASE
        if not self.db_path.is_file():
            raise ReviewError(f"{self.db_path}: no such file (run `kg build` with --out {graph_dir} first)")
        self.corrections = Path(corrections) if corrections else self.dir / corr.FILE
        try:
            corr.load(self.corrections)   # a file the page cannot read is said now, not at the first click
        except corr.CorrectionsError as exc:
            raise ReviewError(str(exc)) from None
        self.reviewer = (reviewer or _user()).strip() or "reviewer"
        self.today = today or (lambda: _dt.date.today().isoformat())
        self.lock = threading.Lock()

    # -- reading -----------------------------------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        db = sqlite3.connect(f"{self.db_path.resolve().as_uri()}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        return db

    def articles(self) -> list[dict]:
        decided = corr.by_article(corr.load(self.corrections))
        with self._db() as db:
            rows = [dict(r) for r in db.execute("select id, title, published, url from articles order by id")]
            counts = {r[0]: r[1] for r in db.execute("select article, count(distinct fact) from evidence group by article")}
            councils: dict[str, set] = {}
            for table in ("judgements", "findings", "inspections"):
                for a, name in db.execute(f"select distinct t.article, c.name from {table} t "
                                          f"join councils c on c.gss_code = t.council where t.article is not null"):
                    councils.setdefault(a, set()).add(name)
        for r in rows:
            r["facts"] = counts.get(r["id"], 0)
            r["councils"] = sorted(councils.get(r["id"], ()))
            r["decisions"] = len(decided.get(r["id"], []))
        return rows

    def text(self, article_id: str) -> str | None:
        """The article's text as the build read it (the build store keeps it; read each time, read-only, so
        a `kg build` while the page is open is seen and not blocked)."""
        import pyoxigraph as ox

        from kg.model import article_iri
        from kg.store import ARTICLE, META
        try:
            store = ox.Store.read_only(str(self.dir / "store"))
        except (OSError, RuntimeError) as exc:
            raise ReviewError(f"{self.dir / 'store'}: cannot be read ({exc})") from None
        quads = list(store.quads_for_pattern(ox.NamedNode(str(article_iri(article_id))), ARTICLE, None, META))
        del store
        return json.loads(quads[0].object.value)["text"] if quads else None

    def article(self, article_id: str) -> dict | None:
        with self._db() as db:
            found = db.execute("select * from articles where id = ?", (article_id,)).fetchone()
            if found is None:
                return None
            facts = self._facts(db, article_id)
            names = dict(db.execute("select gss_code, name from councils").fetchall())
            subjects = [{"gss_code": g, "name": names.get(g, g)} for g in (found["about"] or "").split(";") if g]
        text = self.text(article_id)
        if text is None:
            raise ReviewError(f"{article_id}: its text is not in the build store (build it again)")
        decisions = [c for c in corr.load(self.corrections) if c.article == article_id]
        for f in facts:
            f["decision"] = next((c.decision for c in reversed(decisions)
                                  if c.fact and c.decision in ("confirm", "reject")
                                  and f["fact"] and corr.fact_id(c.fact) == corr.fact_id(f["fact"])), None)
        return {**dict(found), "text": text, "segments": segments(text, facts), "facts": facts,
                "subjects": subjects, "decisions": [_entry_json(c) for c in decisions]}

    def _facts(self, db, article_id: str) -> list[dict]:
        spans: dict[str, list] = {}
        for r in db.execute("select fact, kind, start, end from evidence where article = ? order by start, fact",
                            (article_id,)):
            spans.setdefault(r["fact"], []).append([r["start"], r["end"]])
        out = []
        names = {r["gss_code"]: r["name"] for r in db.execute("select gss_code, name from councils")}

        def council(gss):
            return f"{names.get(gss, gss)} ({gss})" if gss else "the sector"

        for j in db.execute("select * from judgements where article = ? and source = 'news'", (article_id,)):
            fact = {"kind": "judgement", "council": j["council"], "rating": j["rating"]}
            if j["area"]:
                fact["area"] = j["area"]
            state = {1: "current", 0: "previous"}.get(j["current"], "")
            label = f"{council(j['council'])}: {j['rating']}" + (f" ({j['area']})" if j["area"] else f" ({state})")
            out.append(_fact(j, "judgement", fact if j["council"] else None, label, verdict=j["verdict"]))
        for i in db.execute("select * from inspections where article = ? and source = 'news'", (article_id,)):
            fact = {"kind": "inspection", "council": i["council"], "type": i["type"]}
            out.append(_fact(i, "inspection", fact if i["council"] else None, f"{council(i['council'])}: {i['type']} inspection"))
        for f in db.execute("select * from findings where article = ?", (article_id,)):
            fact = {"kind": "finding", "council": f["council"], "issue": f["issue"], "polarity": f["polarity"]}
            out.append(_fact(f, "finding", fact, f"{council(f['council'])}: {f['polarity']}, {f['issue_label'] or f['issue']}",
                             polarity=f["polarity"]))
        for m in db.execute("select m.*, p.name from memberships m join people p on p.id = m.person where m.article = ?",
                            (article_id,)):
            org = m["council"] or m["organisation"]
            fact = {"kind": "person", "name": m["name"], "role": m["role"], "organisation": org}
            out.append(_fact(m, "person", fact, f"{m['name']}: {m['role']}" + (f", {m['organisation']}" if m["organisation"] else "")))
        for a in db.execute("select a.*, p.name from arrangements a join providers p on p.id = a.provider "
                            "where a.article = ?", (article_id,)):
            fact = {"kind": "arrangement", "provider": a["provider"], "council": a["council"]}
            out.append(_fact(a, "arrangement", fact, f"{a['name']} runs services for {council(a['council'])}"))
        for q in db.execute("select q.*, p.name from quotes q left join people p on p.id = q.speaker where q.article = ?",
                            (article_id,)):
            out.append(_fact(q, "quote", None, f"{q['name'] or 'someone'}: “{q['text']}”"))
        for f in out:
            f["spans"] = spans.get(f["id"], [])
        out.sort(key=lambda f: (min((s[0] for s in f["spans"]), default=10**9), f["kind"], f["id"]))
        return out

    def vocabulary(self) -> dict:
        ref = reference()
        return {
            "kinds": {k: list(v) for k, v in corr.FIELDS.items()},
            "councils": sorted(({"gss": g, "name": c.name} for g, c in ref.councils.items()), key=lambda c: c["name"]),
            "providers": sorted(({"key": k, "name": p.name} for k, p in ref.providers.items()), key=lambda p: p["name"]),
            "ratings": list(corr.RATINGS), "types": list(corr.INSPECTION_TYPES), "polarities": list(corr.POLARITIES),
            "issues": [{"key": k, "label": k.replace("-", " ")} for k in corr.issues()],
            "reviewer": self.reviewer, "corrections": str(self.corrections),
        }

    # -- writing -----------------------------------------------------------------------------------
    def decide(self, body: dict) -> list[dict]:
        """Record one decision from the page (its by and date are this run's reviewer and today)."""
        entry = {k: body[k] for k in ("article", "decision", "fact", "councils", "evidence", "reason")
                 if body.get(k) not in (None, "", [])}
        entry.update(by=self.reviewer, date=self.today())
        c = corr.parse_entry(entry, 0, self.corrections)
        # said now rather than as a stale note at the next build
        with self._db() as db:
            if db.execute("select 1 from articles where id = ?", (c.article,)).fetchone() is None:
                raise ReviewError(f"no article {c.article} in this build")
            facts = [f for f in self._facts(db, c.article) if f["fact"]]
            stated = {corr.fact_id(f["fact"]) for f in facts}
            added_only = {corr.fact_id(f["fact"]) for f in facts if f["reviewed"] == "added"}
        if c.decision == "add":
            text = self.text(c.article) or ""
            found = corr.find_sentence(text, c.evidence or "")
            if found is None:
                raise ReviewError("the quoted text is not in the article")
            c.evidence = corr.sentence_around(text, found).text   # a part of a sentence stands for all of it
            if corr.fact_id(c.fact) in stated:
                c.decision, c.evidence = "confirm", None           # the graph has it already: a confirmation
        with self.lock:
            decided = corr.load(self.corrections)
            if c.decision in ("confirm", "reject") and corr.fact_id(c.fact) not in stated \
                    and not any(c.same_target(x) for x in decided):
                raise ReviewError("the article's graph has no such fact")
            added = corr.Correction(c.article, "add", c.by, c.date, fact=c.fact, evidence="-")
            if c.decision == "reject" and corr.fact_id(c.fact) in added_only \
                    and any(x.decision == "add" and added.same_target(x) for x in decided):
                # a fact a person's addition put in the graph: rejecting it takes the addition back
                after = corr.withdraw(self.corrections, added)
            else:
                after = corr.record(self.corrections, c)
            return [_entry_json(x) for x in after if x.article == c.article]

    def withdraw(self, body: dict) -> list[dict]:
        """Take back a decision (the page's Undo)."""
        entry = {k: body[k] for k in ("article", "decision", "fact", "councils") if body.get(k) not in (None, "", [])}
        if entry.get("decision") == "add" and "evidence" not in entry:
            entry["evidence"] = body.get("evidence") or "-"
        entry.update(by=self.reviewer, date=self.today())
        c = corr.parse_entry(entry, 0, self.corrections)
        with self.lock:
            return [_entry_json(x) for x in corr.withdraw(self.corrections, c) if x.article == c.article]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def _fact(row, kind: str, fact: dict | None, label: str, **extra) -> dict:
    return {"id": row["id"], "kind": kind, "fact": fact, "label": label, "sentence": row["sentence"],
            "reviewed": row["reviewed"] if "reviewed" in row.keys() else None, **extra}


def _entry_json(c: corr.Correction) -> dict:
    return {**c.as_dict(), "index": c.index, "describe": c.describe()}


def segments(text: str, facts: list[dict]) -> list[list]:
    """The text cut where any evidence span starts or ends: [piece, [fact ids covering it]], so the page
    highlights without counting characters itself (JavaScript counts UTF-16 units, Python code points)."""
    bounds = {0, len(text)}
    for f in facts:
        for s, e in f["spans"]:
            bounds.update((max(0, min(s, len(text))), max(0, min(e, len(text)))))
    cuts = sorted(bounds)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        ids = [f["id"] for f in facts if any(s <= a and b <= e for s, e in f["spans"])]
        out.append([text[a:b], ids])
    return out


# -- HTTP -----------------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    server_version = "caregraph-review"
    review: Review
    token: str
    port: int

    def log_message(self, *args):   # quiet: the terminal is the user's
        pass

    def _allowed_hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; "
                         "style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _refuse(self, why: str) -> None:
        self._json(HTTPStatus.FORBIDDEN, {"error": why})

    def do_GET(self):
        if self.headers.get("Host") not in self._allowed_hosts():
            return self._refuse("wrong Host: kg review answers only requests to 127.0.0.1 or localhost")
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        try:
            if url.path == "/":
                page = data_path(PAGE).read_text(encoding="utf-8").replace("{{TOKEN}}", self.token)
                return self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8")
            if url.path == "/favicon.ico":
                return self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
            if url.path == "/api/articles":
                return self._json(HTTPStatus.OK, self.review.articles())
            if url.path == "/api/vocabulary":
                return self._json(HTTPStatus.OK, self.review.vocabulary())
            if url.path == "/api/article":
                found = self.review.article((query.get("id") or [""])[0])
                if found is None:
                    return self._json(HTTPStatus.NOT_FOUND, {"error": "no such article in this build"})
                return self._json(HTTPStatus.OK, found)
        except (ReviewError, corr.CorrectionsError) as exc:
            return self._json(HTTPStatus.CONFLICT, {"error": str(exc)})
        self._json(HTTPStatus.NOT_FOUND, {"error": "no such page"})

    def do_POST(self):
        # a write comes only from this server's own page: its Host, its Origin and its token
        if self.headers.get("Host") not in self._allowed_hosts():
            return self._refuse("wrong Host")
        if self.headers.get("Origin") not in {f"http://{h}" for h in self._allowed_hosts()}:
            return self._refuse("writes are accepted only from kg review's own page (Origin)")
        if not hmac.compare_digest(self.headers.get("X-Caregraph-Token", ""), self.token):
            return self._refuse("writes need the page's token (reload the page: each run has its own)")
        url = urlsplit(self.path)
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if not 0 < length <= MAX_BODY or "application/json" not in (self.headers.get("Content-Type") or ""):
                return self._json(HTTPStatus.BAD_REQUEST, {"error": "send one JSON object"})
            body = json.loads(self.rfile.read(length))
            if not isinstance(body, dict):
                return self._json(HTTPStatus.BAD_REQUEST, {"error": "send one JSON object"})
            if url.path == "/api/decisions":
                return self._json(HTTPStatus.OK, {"decisions": self.review.decide(body)})
            if url.path == "/api/withdraw":
                return self._json(HTTPStatus.OK, {"decisions": self.review.withdraw(body)})
        except (ValueError, UnicodeDecodeError, RecursionError):
            return self._json(HTTPStatus.BAD_REQUEST, {"error": "send one JSON object"})
        except corr.CorrectionsError as exc:
            return self._json(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": str(exc).split(": ", 2)[-1]})
        except ReviewError as exc:
            return self._json(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": str(exc)})
        except OSError as exc:
            return self._json(HTTPStatus.CONFLICT, {"error": f"{self.review.corrections}: cannot be written "
                                                             f"({exc.strerror or exc})"})
        self._json(HTTPStatus.NOT_FOUND, {"error": "no such action"})


def make_server(review: Review, port: int = 8002, token: str | None = None) -> ThreadingHTTPServer:
    """The page's HTTP server on 127.0.0.1:`port` (0: any free port), not yet serving."""
    handler = type("Handler", (_Handler,), {"review": review, "token": token or secrets.token_urlsafe(32)})
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise ReviewError(f"127.0.0.1:{port}: cannot listen ({exc.strerror or exc})") from None
    handler.port = server.server_address[1]
    server.daemon_threads = True
    return server


def review(graph_dir: str | Path, port: int = 8002, corrections: str | Path | None = None,
           reviewer: str | None = None) -> None:
    """Serve the review page for `graph_dir` on 127.0.0.1:`port` until interrupted."""
    server = make_server(Review(graph_dir, corrections, reviewer), port)
    print(f"kg: reviewing {graph_dir} at http://127.0.0.1:{server.server_address[1]}/ as "
          f"{server.RequestHandlerClass.review.reviewer}; decisions go to "
          f"{server.RequestHandlerClass.review.corrections} (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
