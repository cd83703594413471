"""The review console (`qa-toolkit serve`) over HTTP: a real server in a subprocess, a real
history store ingested from real call JSONs, real users. No mocks."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import threading
import urllib.parse
from pathlib import Path

import openpyxl
import pytest

from conftest import invoke_cli, run_cli
from console_fixtures import (PASSWORD, SQL_PHRASE, XSS_TEAM, Client, build_store,
                              call_ids_listed, call_url, score_on, serving)
from history_fixtures import FLAT_SCORECARD
from qa_toolkit.console_store import CallFilter, list_calls
from qa_toolkit.console_store import decide as record_decision
from qa_toolkit.console_users import LOCKOUT_FAILURES
from qa_toolkit.scoring import scorecard_from_dict
from qa_toolkit.store import Store
from report_fixtures import SCRIPT


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("console"))


@pytest.fixture(scope="module")
def port(store_path):
    with serving(store_path) as (port, _):
        yield port


def rows(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def decide(client, call_id, seq, decision, note, target="hit", severity=""):
    return client.post("/call/decide", {
        "csrf": client.token(call_url(call_id)), "call_id": call_id, "target": target,
        "seq": str(seq), "decision": decision, "severity": severity, "note": note})


# --- users -----------------------------------------------------------------------------------

def test_users_add_refuses_bad_input_in_one_line(store_path):
    for args, stdin, expected in [
            (("users", "add", "x1", "--role", "boss"), PASSWORD, "role 'boss'"),
            (("users", "add", "x2", "--role", "qa"), "short", "at least 8 characters"),
            (("users", "add", "wang", "--role", "qa"), PASSWORD, "already exists")]:
        result = invoke_cli(*args, "--db", store_path, input=stdin + "\n")
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and expected in result.stderr
    stored = rows(store_path, "SELECT password_hash FROM users WHERE name = 'wang'")[0][0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


# --- logging in ------------------------------------------------------------------------------

def test_login_sets_a_strict_httponly_session_and_logs_the_attempt(port, store_path):
    client = Client(port)
    assert client.get("/calls").status == 303  # not logged in: to the login page
    reply = client.login("zhao")
    assert reply.status == 303 and reply.headers["location"] == "/calls"
    cookie = reply.cookies[0].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "secure" not in cookie
    assert "zhao" in client.get("/calls").text
    assert ("zhao", "ok") in rows(store_path, "SELECT name, outcome FROM login_attempts")
    # Behind a TLS proxy (X-Forwarded-Proto from loopback) the cookie is also Secure.
    proxied = Client(port)
    token = proxied.token()
    reply = proxied.post("/login", {"csrf": token, "name": "zhao", "password": PASSWORD},
                         headers={"X-Forwarded-Proto": "https"})
    assert "secure" in reply.cookies[0].lower()
    # Logging out replaces the session: the old cookie's pages are gone.
    assert client.post("/logout", {"csrf": client.token("/calls")}).status == 303
    assert client.get("/calls").status == 303


def test_wrong_passwords_lock_the_name_out(port, store_path):
    client = Client(port)
    for _ in range(LOCKOUT_FAILURES):
        assert client.login("lockme", "wrong password").status == 401
    # Locked: even the right password is not checked now.
    reply = client.login("lockme", PASSWORD)
    assert reply.status == 429
    assert client.get("/calls").status == 303
    outcomes = [r[0] for r in rows(store_path, "SELECT outcome FROM login_attempts WHERE "
                                               "name = 'lockme' ORDER BY attempt_id")]
    assert outcomes == ["wrong"] * LOCKOUT_FAILURES + ["locked"]
    # Another name from the same address still logs in.
    assert Client(port).login("li").status == 303


def test_forms_without_the_right_csrf_token_are_refused(port, store_path):
    client = Client(port).logged_in("wang")
    form = {"call_id": "m-a01-1", "target": "hit", "seq": "0", "decision": "overturn",
            "note": "csrf test"}
    assert client.post("/call/decide", form).status == 403
    assert client.post("/call/decide", {**form, "csrf": "forged"}).status == 403
    # A token of another session is wrong too.
    other = Client(port).logged_in("li").token("/calls")
    assert client.post("/call/decide", {**form, "csrf": other}).status == 403
    assert client.post("/login", {"name": "wang", "password": PASSWORD}).status == 403
    assert rows(store_path, "SELECT count(*) FROM hit_decisions WHERE note = 'csrf test'") \
        == [(0,)]


# --- searching -------------------------------------------------------------------------------

def _phrase_only_in(store_path, call_id: str) -> str:
    """Four characters said in ``call_id`` and in no other call."""
    texts = dict(rows(store_path, "SELECT call_id, body FROM transcripts"))
    mine = texts.pop(call_id)
    for i in range(len(mine) - 4):
        phrase = mine[i:i + 4]
        if re.fullmatch(r"[\u4e00-\u9fff]{4}", phrase) and not any(
                phrase in t for t in texts.values()):
            return phrase
    raise AssertionError(f"{call_id}: no phrase of its own")


def test_search_finds_a_chinese_transcript_phrase(port, store_path):
    client = Client(port).logged_in("wang")
    phrase = _phrase_only_in(store_path, "c08_upset_customer-stereo")
    page = client.get("/calls?q=" + urllib.parse.quote(phrase))
    assert page.status == 200
    assert call_ids_listed(page.text) == ["c08_upset_customer-stereo"]
    # Two characters (below the trigram index) are searched too.
    two = client.get("/calls?q=" + urllib.parse.quote(phrase[:2])).text
    assert "c08_upset_customer-stereo" in call_ids_listed(two)


def test_sql_metacharacters_in_search_are_data(port, store_path):
    client = Client(port).logged_in("wang")
    assert call_ids_listed(client.get("/calls?q=" + urllib.parse.quote(SQL_PHRASE)).text) \
        == ["m-sql"]
    # Wildcards match only themselves: % and _ are said in m-sql alone.
    for query in ["' OR 1=1 --", '" OR ""="', "%", "_", "'; DROP TABLE calls; --", "NEAR(a b)",
                  "a*", "\\", "1'='1"]:
        page = client.get("/calls?q=" + urllib.parse.quote(query))
        assert page.status == 200, query
        assert call_ids_listed(page.text) == (["m-sql"] if query in SQL_PHRASE else []), query
    assert rows(store_path, "SELECT count(*) FROM calls") == [(18,)]


def test_filters_and_agents_see_only_their_calls(port):
    qa = Client(port).logged_in("wang")
    listed = call_ids_listed(qa.get("/calls?agent=A01").text)
    assert listed == ["m-a01-2", "m-a01-1", "m-a01-0"]
    assert call_ids_listed(qa.get("/calls?from=2026-11-07&to=2026-11-08").text) == [
        "m-evil", "m-a02-1"]
    assert "m-sql" in call_ids_listed(qa.get("/calls?rule=etiquette.forbidden_phrase").text)
    # Review state: the report fixtures' calls carry an undecided review outcome, the
    # pipeline's calls none.
    needing = call_ids_listed(qa.get("/calls?state=review").text)
    assert "m-a01-0" in needing and not any(c.startswith("c") for c in needing)
    assert call_ids_listed(qa.get("/calls?min=89.5&max=90.5&agent=A01").text)[-1] == "m-a01-0"
    agent = Client(port).logged_in("A01")
    mine = ["m-a01-2", "m-a01-1", "m-a01-0"]
    assert call_ids_listed(agent.get("/calls").text) == mine
    # The agent filter of the URL is ignored for an agent.
    assert call_ids_listed(agent.get("/calls?agent=A02").text) == mine


def test_business_types_are_named_by_the_pack(port):
    """The list and its filter name a business type as the pack titles it (银行卡), while
    the filter still sends the key the calls are stored under (card)."""
    qa = Client(port).logged_in("wang")
    page = qa.get("/calls").text
    assert '<option value="card">银行卡</option>' in page
    assert "<td>银行卡</td>" in page and "<td>card</td>" not in page
    assert "c02_no_staff_id-stereo" in call_ids_listed(qa.get("/calls?business=card").text)


def test_keyset_pages_cover_every_call_once(store_path):
    with Store(store_path) as store:
        everything, _ = list_calls(store, CallFilter(), limit=100)
        seen, cursor = [], ""
        while True:
            page, cursor = list_calls(store, CallFilter(after=cursor or ""), limit=4)
            seen += [r["call_id"] for r in page]
            if cursor is None:
                break
    assert seen == [r["call_id"] for r in everything] and len(seen) == 18


def test_trends_per_month_of_an_agent_and_a_rule(port):
    qa = Client(port).logged_in("wang")
    page = qa.get("/trends?agent=A01&rule=etiquette.forbidden_phrase").text
    table = re.findall(r"<tr><td>(\d{4}-\d\d)</td><td class=\"num\">(\d+)</td>"
                       r"<td class=\"num\">([^<]+)</td><td class=\"num\">([^<]+)</td>", page)
    assert [m for m, *_ in table] == ["2026-10", "2026-11"]
    assert table[0][1:] == ("1", "90", "100")  # one call, two 5-point hits, one forbidden phrase
    assert table[1][1] == "2"
    assert len(re.search(r'<polyline class="trend" points="([^"]+)"', page).group(1).split()) == 2
    # An agent's trend is their own, whatever the URL asks for.
    agent = Client(port).logged_in("A02").get("/trends?agent=A01").text
    assert re.findall(r"<tr><td>(\d{4}-\d\d)</td><td class=\"num\">(\d+)</td>", agent) == [
        ("2026-11", "2")]


# --- roles -----------------------------------------------------------------------------------

def test_an_agent_gets_403_on_another_agents_call(port):
    agent = Client(port).logged_in("A02")
    assert agent.get(call_url("m-a01-1")).status == 403
    assert agent.get("/call/audio?id=m-a01-1").status == 403
    assert agent.get(call_url("m-a02-1")).status == 200
    assert agent.get("/queue").status == 403
    assert agent.get("/export/download?what=hits&format=xlsx").status == 403
    own = Client(port).logged_in("A01")
    audio = own.get("/call/audio?id=m-a01-1")
    assert audio.status == 200 and audio.body[:4] == b"RIFF"


def test_compliance_reads_and_downloads_the_same_xlsx_as_export(port, store_path, tmp_path):
    client = Client(port).logged_in("he")
    assert client.get(call_url("m-a01-1")).status == 200
    assert "/call/decide" not in client.get(call_url("m-a01-1")).text
    assert decide(client, "m-a01-1", 0, "overturn", "compliance may not").status == 403
    reply = client.get("/export/download?what=hits&by=rule&format=xlsx")
    assert reply.status == 200 and "attachment" in reply.headers["content-disposition"]
    served = openpyxl.load_workbook(io.BytesIO(reply.body)).active
    cli = invoke_cli("export", "hits", "--by", "rule", "--format", "xlsx", "--out",
                     tmp_path / "hits.xlsx", "--db", store_path)
    assert cli.returncode == 0, cli.stderr
    written = openpyxl.load_workbook(tmp_path / "hits.xlsx").active
    assert list(served.values) == list(written.values) and served.max_row > 1


# --- deciding --------------------------------------------------------------------------------

def test_overturning_a_hit_with_a_note_changes_the_score(port, store_path):
    client = Client(port).logged_in("wang")
    before = score_on(client.get(call_url("m-a02-1")).text)
    assert before == 90  # two hits, 5 points each (flat scorecard)
    assert decide(client, "m-a02-1", 1, "overturn", "").status == 400  # a note is required
    reply = decide(client, "m-a02-1", 1, "overturn", "禁语为客户原话复述")
    assert reply.status == 303
    page = client.get(reply.headers["location"]).text
    assert score_on(page) == 95
    assert "禁语为客户原话复述" in page
    assert rows(store_path, "SELECT by, decision, note FROM hit_decisions WHERE call_id = "
                            "'m-a02-1'") == [("wang", "overturn", "禁语为客户原话复述")]
    # Confirming a review outcome makes it a deduction; change of severity re-rates it.
    decide(client, "m-a02-1", 0, "confirm", "客户确有不满", target="review")
    assert score_on(client.get(call_url("m-a02-1")).text) == 90
    # The export counts the overturned hit out, as for an accepted dispute.
    with Store(store_path) as store:
        hits = store.hits_frame().filter(call_id="m-a02-1")
    assert hits["overturned"].to_list() == [False, True]


def test_cli_dispute_resolve_and_console_decisions_share_one_rescoring(port, store_path):
    """An overturn from the console, then a whole-rule dispute accepted on the command line:
    the CLI's re-score keeps the console's decision (one code path, Store._rescore)."""
    client = Client(port).logged_in("wang")
    assert decide(client, "m-sql", 0, "overturn", "开场已报工号").status == 303
    assert score_on(client.get(call_url("m-sql")).text) == 95
    opened = invoke_cli("dispute", "open", "m-sql", "etiquette.forbidden_phrase", "--reason",
                        "客户原话", "--by", "A02", "--db", store_path)
    assert opened.returncode == 0, opened.stderr
    dispute_id = re.search(r"#(\d+)", opened.stdout).group(1)
    resolved = invoke_cli("dispute", "resolve", dispute_id, "--accept", "--by", "zhao", "--note",
                          "核实", "--db", store_path)
    assert resolved.returncode == 0, resolved.stderr
    assert "now scores 100" in resolved.stdout
    assert score_on(client.get(call_url("m-sql")).text) == 100


def test_agent_disputes_one_hit_and_the_supervisor_resolves_it(port, store_path):
    agent = Client(port).logged_in("A01")
    page = agent.get(call_url("m-a01-2")).text
    assert score_on(page) == 90
    reply = agent.post("/call/dispute", {"csrf": agent.token(call_url("m-a01-2")),
                                         "call_id": "m-a01-2", "seq": "1",
                                         "note": "客户先说的这句话"})
    assert reply.status == 303
    # An agent may not decide, and not dispute another agent's call.
    assert decide(agent, "m-a01-2", 1, "overturn", "self-service").status == 403
    other = agent.post("/call/dispute", {"csrf": agent.token("/calls"), "call_id": "m-a02-1",
                                         "seq": "0", "note": "x"})
    assert other.status == 403
    (dispute_id, seq, status), = rows(store_path, "SELECT dispute_id, seq, status FROM "
                                                  "dispute_status WHERE call_id = 'm-a01-2'")
    assert (seq, status) == (1, "open")
    supervisor = Client(port).logged_in("zhao")
    queue = supervisor.get("/queue").text
    assert f"dispute-{dispute_id}" in queue
    # QA may not resolve; the supervisor may.
    qa = Client(port).logged_in("wang")
    form = {"dispute_id": str(dispute_id), "outcome": "accept", "note": "录音核实"}
    assert qa.post("/dispute/resolve", {**form, "csrf": qa.token("/calls")}).status == 403
    reply = supervisor.post("/dispute/resolve", {**form, "csrf": supervisor.token("/calls")})
    assert reply.status == 303
    assert score_on(supervisor.get(call_url("m-a01-2")).text) == 95
    assert rows(store_path, "SELECT decision, dispute_id, by FROM hit_decisions WHERE "
                            "call_id = 'm-a01-2'") == [("overturn", dispute_id, "zhao")]
    assert f"dispute-{dispute_id}" not in supervisor.get("/queue").text


def test_two_reviewers_at_once_both_decisions_kept_the_last_counts(port, store_path):
    clients = [Client(port).logged_in(n) for n in ("wang", "li")]
    tokens = [c.token(call_url("m-a01-1")) for c in clients]
    def post(i, decision, note, barrier, replies):
        barrier.wait()  # both requests leave at once
        replies[i] = clients[i].post("/call/decide", {
            "csrf": tokens[i], "call_id": "m-a01-1", "target": "hit", "seq": "0",
            "decision": decision, "note": note, "severity": ""})

    for round_ in range(3):
        barrier, replies = threading.Barrier(2), [None, None]
        threads = [threading.Thread(target=post, args=(i, decision, f"round {round_} by {i}",
                                                       barrier, replies))
                   for i, decision in enumerate(("overturn", "confirm"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert [r.status for r in replies] == [303, 303]
        decisions = rows(store_path, "SELECT decision, note FROM hit_decisions WHERE "
                                     "call_id = 'm-a01-1' ORDER BY decision_id")
        assert len(decisions) == 2 * (round_ + 1)
        assert {n for _, n in decisions[-2:]} == {f"round {round_} by 0", f"round {round_} by 1"}
        last = decisions[-1][0]
        (score,), = rows(store_path, "SELECT score FROM call_scores WHERE call_id = 'm-a01-1'")
        assert score == (95 if last == "overturn" else 90)
        # Every decision re-scored the call: one revision each, in the same order.
        causes = [c for (c,) in rows(store_path, "SELECT cause FROM scores WHERE call_id = "
                                                 "'m-a01-1' AND cause LIKE 'decision%' "
                                                 "ORDER BY rev")]
        assert [c.split(": ")[1].split()[0] for c in causes] == [d for d, _ in decisions]


def test_calibration_blind_scores_and_kappa_per_rule(port, store_path):
    calls = ["c01_clean-stereo", "c02_no_staff_id-stereo", "c03_no_identity-stereo",
             "c05_no_closing-stereo"]
    supervisor = Client(port).logged_in("zhao")
    reply = supervisor.post("/calibration/new", {"csrf": supervisor.token("/calibration"),
                                                 "name": "11月校准", "calls": "\n".join(calls)})
    assert reply.status == 303
    calibration_id = int(reply.headers["location"].rsplit("=", 1)[1])
    machine = {"c01_clean-stereo": ["hold.no_notice"],
               "c02_no_staff_id-stereo": ["greeting.staff_id_missing"],
               "c03_no_identity-stereo": ["identity.not_verified"],
               "c05_no_closing-stereo": ["closing.missing"]}
    # wang agrees with the machine everywhere; li also marks c03's greeting.
    verdicts = {"wang": machine,
                "li": {**machine, "c03_no_identity-stereo": ["identity.not_verified",
                                                              "greeting.staff_id_missing"]}}
    for name, marks in verdicts.items():
        client = Client(port).logged_in(name)
        for call_id, hits in marks.items():
            path = f"/calibration/score?id={calibration_id}&call={call_id}"
            page = client.get(path).text
            assert 'id="score"' not in page and "/call/decide" not in page  # blind
            form = [("csrf", client.token(path)), ("id", str(calibration_id)),
                    ("call_id", call_id)] + [("hit", h) for h in hits]
            assert client.post("/calibration/mark", form).status == 303
        # A reviewer sees their own progress, not the others' verdicts.
        own = client.get(f"/calibration/session?id={calibration_id}").text
        assert own.count("✓") == 4 and 'id="agreement"' not in own
    page = supervisor.get(f"/calibration/session?id={calibration_id}").text
    row = re.search(r'<tr data-rule="greeting.staff_id_missing">(.*?)</tr>', page, re.S).group(1)
    assert "li~wang: κ 0.5 (4)" in row
    assert "li: κ 0.5 (4)" in row and "wang: κ 1 (4)" in row
    differences = re.search(r'<table id="differences">(.*?)</table>', page, re.S).group(1)
    assert differences.count("<tr><td>") == 1 and "c03_no_identity-stereo" in differences
    assert Client(port).logged_in("A01").get("/calibration").status == 403


# --- hostile input ---------------------------------------------------------------------------

def test_script_in_metadata_and_transcript_is_inert(port):
    client = Client(port).logged_in("wang")
    for path in (call_url("m-evil"), "/calls?q=" + urllib.parse.quote("alert")):
        reply = client.get(path)
        assert reply.status == 200
        assert SCRIPT not in reply.text and XSS_TEAM not in reply.text
        assert "script-src 'self'" in reply.headers["content-security-policy"]
    page = client.get(call_url("m-evil")).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in page
    # The card number the customer read out is masked in the transcript and evidence.
    assert "6222021234567890128" not in page


def test_serve_warns_when_bound_beyond_loopback(store_path):
    with serving(store_path, host="0.0.0.0") as (_, proc):
        proc.terminate()
        _, stderr = proc.communicate(timeout=20)
    assert "warning: listening on 0.0.0.0, not loopback" in stderr


def test_serve_refuses_a_busy_port_or_missing_store_in_one_line(store_path, tmp_path):
    import socket

    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = run_cli("serve", "--db", store_path, "--port", port, timeout=120)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: 127.0.0.1:{port}: cannot listen")
    missing = run_cli("serve", "--db", tmp_path / "nothing.sqlite", timeout=120)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "no history database" in missing.stderr


def test_decisions_survive_a_reingest_of_the_call(store_path, tmp_path):
    """A changed JSON of a decided call is ingested with the decisions still applied."""
    with Store(store_path) as store:
        record_decision(store, "m-a02-1", "hit", 0, "overturn", "开场已报工号", "wang")
        out = tmp_path / "again"
        (out / "calls").mkdir(parents=True)
        run_dir = store.conn.execute("SELECT out_dir FROM runs r JOIN calls c USING (run_id) "
                                     "WHERE call_id = 'm-a02-1'").fetchone()[0]
        call = json.loads((Path(run_dir) / "calls" / "m-a02-1.json").read_text("utf-8"))
        call["flags"] = ["changed"]
        (out / "calls" / "m-a02-1.json").write_text(json.dumps(call, ensure_ascii=False),
                                                    encoding="utf-8")
        before = store.conn.execute("SELECT score FROM call_scores WHERE call_id = "
                                    "'m-a02-1'").fetchone()[0]
        result = store.ingest(out, scorecard=scorecard_from_dict(FLAT_SCORECARD, "flat"))
        assert result.updated == 1
        after = store.conn.execute("SELECT score, cause FROM call_scores WHERE call_id = "
                                   "'m-a02-1'").fetchone()
    assert after == (before, "ingest (decisions applied)")


def test_a_decision_stays_with_its_rule_when_a_reingest_reorders_the_hits(store_path,
                                                                           tmp_path):
    with Store(store_path) as store:
        record_decision(store, "m-a01-0", "hit", 0, "overturn", "开场已报工号", "wang")
        assert store.conn.execute("SELECT score FROM call_scores WHERE call_id = "
                                  "'m-a01-0'").fetchone()[0] == 95
        run_dir = store.conn.execute("SELECT out_dir FROM runs r JOIN calls c USING (run_id) "
                                     "WHERE call_id = 'm-a01-0'").fetchone()[0]
        call = json.loads((Path(run_dir) / "calls" / "m-a01-0.json").read_text("utf-8"))
        call["hits"] = call["hits"][::-1]  # hit #0 is now the forbidden phrase
        (tmp_path / "calls").mkdir()
        (tmp_path / "calls" / "m-a01-0.json").write_text(json.dumps(call, ensure_ascii=False),
                                                         encoding="utf-8")
        store.ingest(tmp_path, scorecard=scorecard_from_dict(FLAT_SCORECARD, "flat"))
        overturned = store.hits_frame().filter(call_id="m-a01-0").select(
            "seq", "rule_id", "overturned").rows()
        score = store.conn.execute("SELECT score FROM call_scores WHERE call_id = "
                                   "'m-a01-0'").fetchone()[0]
    # The greeting hit moved to #1: the overturn of "#0, greeting" no longer matches any hit,
    # and the forbidden phrase now at #0 is not overturned by it.
    assert overturned == [(0, "etiquette.forbidden_phrase", False),
                          (1, "greeting.staff_id_missing", False)]
    assert score == 90

