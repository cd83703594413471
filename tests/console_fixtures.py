"""A real review console for the console tests: a history store ingested from real call
JSONs, users made by the real CLI and library, and `qa-toolkit serve` in a subprocess on a
free port, spoken to over HTTP (``Client``: cookies by hand, redirects not followed)."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from conftest import CLI, ROOT, run_cli
from history_fixtures import FLAT_SCORECARD, PIPELINE_CALLS
from report_fixtures import make_call, write_wav

PASSWORD = "correct horse 9"
XSS_TEAM = '<img src=x onerror="alert(2)">'
SQL_PHRASE = "50%_off' OR '1'='1\" --"
"""Said by a customer in call m-sql: LIKE wildcards, quotes and an SQL comment."""
USERS = {"wang": "qa", "li": "qa", "zhao": "supervisor", "A01": "agent", "A02": "agent",
         "he": "compliance", "lockme": "qa"}


def build_store(root: Path) -> Path:
    """OUT/calls with the 12 real pipeline calls and the report fixtures' calls (agents
    A01/A02, a hostile one, one with SQL metacharacters), ingested with the flat scorecard
    (every hit 5 points) into ``root/history.sqlite``; users added."""
    from qa_toolkit.console_users import add_user
    from qa_toolkit.scoring import scorecard_from_dict
    from qa_toolkit.store import Store

    calls_dir = root / "out" / "calls"
    calls_dir.mkdir(parents=True)
    for path in sorted(PIPELINE_CALLS.glob("*.json")):
        shutil.copy(path, calls_dir / path.name)
    made = [make_call("m-a01-1", agent_id="A01", source=write_wav(root / "rec" / "a.wav"),
                      started_at="2026-11-05T10:00:00"),
            make_call("m-a01-2", agent_id="A01", started_at="2026-11-06T10:00:00"),
            make_call("m-a01-0", agent_id="A01", started_at="2026-10-20T10:00:00"),
            make_call("m-a02-1", agent_id="A02", started_at="2026-11-07T10:00:00"),
            make_call("m-evil", hostile=True, team=XSS_TEAM, started_at="2026-11-08T10:00:00"),
            make_call("m-sql", agent_id="A02", started_at="2026-11-09T10:00:00")]
    made[-1]["turns"].append({"speaker": "S1", "role": "customer", "start": 36.0, "end": 38.0,
                              "text": SQL_PHRASE, "words": []})
    for call in made:
        (calls_dir / f"{call['call_id']}.json").write_text(json.dumps(call, ensure_ascii=False),
                                                          encoding="utf-8")
    db = root / "history.sqlite"
    with Store(db, workers=1) as store:
        store.ingest(root / "out", scorecard=scorecard_from_dict(FLAT_SCORECARD, "flat"))
    # One user through the real command line (password piped on stdin), the rest directly.
    result = run_cli("users", "add", "wang", "--role", "qa", "--db", db, input=PASSWORD + "\n",
                     timeout=120)
    assert result.returncode == 0, result.stderr
    with Store(db) as store:
        for name, role in USERS.items():
            if name != "wang":
                add_user(store, name, role, PASSWORD)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path, host: str = "127.0.0.1", lang: str = "zh"
            ) -> Iterator[tuple[int, subprocess.Popen]]:
    """`qa-toolkit serve` on a free port until the block ends."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([*CLI, "serve", "--db", str(db), "--host", host, "--port",
                             str(port), "--lang", lang], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not start: {proc.stderr.read()[-2000:]}")
                time.sleep(0.1)
        yield port, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    cookies: list[str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class Client:
    """One browser's worth of session: keeps the console's cookie, follows no redirect."""

    def __init__(self, port: int):
        self.port = port
        self.cookie: Optional[str] = None

    def request(self, method: str, path: str,
                form: Optional[dict[str, str] | list[tuple[str, str]]] = None,
                headers: Optional[dict[str, str]] = None) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        sent = dict(headers or {})
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookie:
            sent["Cookie"] = f"qa_console={self.cookie}"
        conn.request(method, path.split("#", 1)[0], body=body, headers=sent)  # as browsers do
        response = conn.getresponse()
        data = response.read()
        cookies = [v for k, v in response.getheaders() if k.lower() == "set-cookie"]
        for cookie in cookies:
            if cookie.startswith("qa_console="):
                self.cookie = cookie.split(";", 1)[0].split("=", 1)[1]
        conn.close()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()},
                     cookies, data)

    def get(self, path: str, **kw) -> Reply:
        return self.request("GET", path, **kw)

    def post(self, path: str, form: dict[str, str] | list[tuple[str, str]], **kw) -> Reply:
        """A form POST; a list of pairs repeats a field (several ticked boxes)."""
        return self.request("POST", path, form=form, **kw)

    def token(self, path: str = "/login") -> str:
        match = re.search(r'name="csrf" value="([^"]+)"', self.get(path).text)
        assert match, f"no CSRF token on {path}"
        return match.group(1)

    def login(self, name: str, password: str = PASSWORD) -> Reply:
        return self.post("/login", {"csrf": self.token(), "name": name, "password": password})

    def logged_in(self, name: str) -> "Client":
        reply = self.login(name)
        assert reply.status == 303, reply.text
        return self


def call_url(call_id: str) -> str:
    return "/call?id=" + urllib.parse.quote(call_id, safe="")


def score_on(page: str) -> float:
    return float(re.search(r'id="score">([^<]+)<', page).group(1))


def call_ids_listed(page: str) -> list[str]:
    import html

    return [html.unescape(m) for m in re.findall(r'class="call-link">([^<]*)<', page)]

