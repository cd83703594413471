"""The review console's web application (Starlette): pages over the history store.

Each request opens the store in a worker thread (SQLite connections are per thread) and
closes it; writes take SQLite's write lock (BEGIN IMMEDIATE), so concurrent reviewers are
serialised by the database, not by the server. Who may do what:

- qa: read every call, decide hits and review outcomes, export;
- supervisor: as qa, and resolve disputes;
- agent: read and dispute the hits of their own calls only (another agent's call: 403);
- compliance: read every call and the queue, export; no form that changes anything.
"""

from __future__ import annotations

import logging
import time
import urllib.parse
from pathlib import Path
from typing import Any, Callable, Optional

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from qa_toolkit import console_calibration as calib
from qa_toolkit import console_store as cs
from qa_toolkit import console_users as users
from qa_toolkit import resources
from qa_toolkit.console_schema import DECISIONS
from qa_toolkit.report.geometry import trend_chart
from qa_toolkit.report.evidence import localise_evidence
from qa_toolkit.report.i18n import business_labeller, rule_labeller, translator
from qa_toolkit.report.media import mime_type
from qa_toolkit.report.render import _fmt
from qa_toolkit.report.values import clock
from qa_toolkit.scoring import SEVERITIES
from qa_toolkit.serve.security import SecurityHeaders, Sessions, csrf_ok
from qa_toolkit.store import Store, StoreError

log = logging.getLogger(__name__)

STATIC = {"report.css": "report.css", "console.css": "console/console.css",
          "console.js": "console/console.js"}
"""The only files served from the template folder."""
REFRESH_SECONDS = 60.0
"""How often the console catches up with ingests: indexes new transcripts (before a search)
and reads the filters' choices again (a full scan of calls and hits)."""
EXPORTS = ("hits", "calls", "agents", "matrix")
EXPORT_FORMATS = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "csv": "text/csv; charset=utf-8"}

MAY = {"decide": {"qa", "supervisor"}, "resolve": {"supervisor"}, "dispute": {"agent"},
       "calibrate": {"qa", "supervisor"}, "calibration_admin": {"supervisor"},
       "queue": {"qa", "supervisor", "compliance"},
       "export": {"qa", "supervisor", "compliance"}}


class Forbidden(Exception):
    """The user may not do this (403)."""


class NotFound(Exception):
    """No such call, recording or file (404)."""


class SignedOut(Exception):
    """A page that needs a user, asked for without one: the login page instead."""


def _environment(lang: str) -> Environment:
    env = Environment(loader=FileSystemLoader(str(resources.templates_dir())), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(clock=clock, fmt=_fmt,
                       quote=lambda value: urllib.parse.quote(str(value), safe=""),
                       evidence=pass_context(lambda context, text: localise_evidence(
                           text or "", lang, context.get("business_label"))))
    env.globals.update(t=translator(lang), rule_label=rule_labeller(lang), lang=lang,
                       severities=SEVERITIES, decisions=DECISIONS, states=cs.STATES,
                       exports=EXPORTS, export_formats=tuple(EXPORT_FORMATS))
    return env


class Console:
    """The application's state: the store's path, the session signer, the templates."""

    def __init__(self, db: Path, lang: str = "zh", secret: Optional[bytes] = None):
        self.db = Path(db)
        self.sessions = Sessions(secret)
        self.env = _environment(lang)
        self.lang = lang
        self.t = translator(lang)
        self._labels: tuple[float, Callable[[str], str], Callable[[Optional[str]], str]] = (
            0.0, rule_labeller(lang), business_labeller())
        self._next_index = time.monotonic() + REFRESH_SECONDS
        self._choices: tuple[float, dict[str, list[str]]] = (0.0, {})
        self._with_store(cs.index_transcripts)

    # --- plumbing ------------------------------------------------------------------------

    def _with_store(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with Store(self.db) as store:
            return fn(store, *args, **kwargs)

    async def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await run_in_threadpool(self._with_store, fn, *args, **kwargs)

    async def choices(self) -> dict[str, list[str]]:
        """The filters' drop-down values, read again every ``REFRESH_SECONDS``."""
        if time.monotonic() >= self._choices[0]:
            self._choices = (time.monotonic() + REFRESH_SECONDS,
                             await self.run(cs.filter_choices))
        return self._choices[1]

    def labels(self) -> tuple[Callable[[str], str], Callable[[Optional[str]], str]]:
        """Rules and business types named by the titles of the packs the stored calls were
        judged with, read again every ``REFRESH_SECONDS`` (calls of a new pack may have been
        ingested)."""
        if time.monotonic() >= self._labels[0]:
            from qa_toolkit.rules.pack import business_type_titles, rule_titles

            packs = self._with_store(lambda store: store.rule_packs())
            self._labels = (time.monotonic() + REFRESH_SECONDS,
                            rule_labeller(self.lang, rule_titles(packs, self.lang)),
                            business_labeller(business_type_titles(packs, self.lang)))
        return self._labels[1], self._labels[2]

    async def user(self, request: Request) -> tuple[Optional[users.User], Optional[dict[str, Any]]]:
        session = self.sessions.read(request)
        if not session or not session.get("user"):
            return None, session
        return await self.run(users.get_user, session["user"]), session

    async def signed_in(self, request: Request) -> tuple[users.User, Optional[dict[str, Any]]]:
        """The request's user and session; ``SignedOut`` (→ the login page) without one."""
        user, session = await self.user(request)
        if user is None:
            raise SignedOut()
        return user, session

    def page(self, request: Request, template: str, session: Optional[dict[str, Any]],
             user: Optional[users.User], status: int = 200, **context: Any) -> HTMLResponse:
        fresh = session is None
        session = session or self.sessions.new(None)
        rule_label, business_label = self.labels()
        html = self.env.get_template(f"console/{template}").render(
            user=user, csrf=session["csrf"], may=_permissions(user),
            rule_label=rule_label, business_label=business_label, **context)
        response = HTMLResponse(html, status_code=status)
        if fresh:
            self.sessions.write(request, response, session)
        return response

    def error(self, request: Request, session: Optional[dict[str, Any]],
              user: Optional[users.User], status: int, message: str) -> HTMLResponse:
        return self.page(request, "error.html.j2", session, user, status=status,
                         status_code=status, message=message)

    async def form(self, request: Request) -> tuple[users.User, dict[str, str]]:
        """A POST's user and form, once its CSRF token and the user's session are checked."""
        user, session = await self.user(request)
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        if not csrf_ok(session, form.get("csrf")):
            raise Forbidden(self.t("console.error.csrf"))
        if user is None:
            raise Forbidden(self.t("console.error.login"))
        return user, form

    def require(self, user: users.User, action: str) -> None:
        if user.role not in MAY[action]:
            raise Forbidden(self.t("console.error.role"))

    async def visible_call(self, user: users.User, call_id: str) -> dict[str, Any]:
        """The call's record, if this user may see it (an agent: only their own calls)."""
        call = await self.run(cs.call_record, call_id)
        if call is None:
            raise NotFound(call_id)
        if user.role == "agent" and call["agent_id"] != user.agent_id:
            raise Forbidden(self.t("console.error.not_yours"))
        return call

    # --- pages ---------------------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        user, session = await self.user(request)
        if user is not None:
            return RedirectResponse("/calls", status_code=303)
        return self.page(request, "login.html.j2", session, None, message="")

    async def login(self, request: Request) -> Response:
        session = self.sessions.read(request)
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        if not csrf_ok(session, form.get("csrf")):
            return self.error(request, session, None, 403, self.t("console.error.csrf"))
        name, password = form.get("name", "").strip(), form.get("password", "")
        client = request.client.host if request.client else "unknown"
        try:
            user = await self.run(users.login, name, password, client)
        except users.LockedOut:
            return self.page(request, "login.html.j2", session, None, status=429,
                             message=self.t("console.login.locked"))
        if user is None:
            return self.page(request, "login.html.j2", session, None, status=401,
                             message=self.t("console.login.wrong"))
        response = RedirectResponse("/calls", status_code=303)
        self.sessions.write(request, response, self.sessions.new(user.name))  # a new token
        return response

    async def logout(self, request: Request) -> Response:
        await self.form(request)
        response = RedirectResponse("/login", status_code=303)
        self.sessions.write(request, response, self.sessions.new(None))
        return response

    async def calls(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        q = request.query_params
        f = cs.CallFilter(q=q.get("q", "").strip(), agent=q.get("agent", "").strip(),
                          team=q.get("team", ""), date_from=q.get("from", ""),
                          date_to=q.get("to", ""), business=q.get("business", ""),
                          rule=q.get("rule", ""), min_score=_number(q.get("min")),
                          max_score=_number(q.get("max")),
                          state=q.get("state", "") if q.get("state") in cs.STATES else "",
                          after=q.get("after", ""))
        if user.role == "agent":
            f.agent = user.agent_id or ""
        if f.q and time.monotonic() >= self._next_index:
            self._next_index = time.monotonic() + REFRESH_SECONDS
            await self.run(cs.index_transcripts)
        rows, cursor = await self.run(cs.list_calls, f)
        choices = await self.choices()
        kept = {k: v for k, v in q.items() if k != "after" and v}
        next_url = ("/calls?" + urllib.parse.urlencode({**kept, "after": cursor})
                    if cursor else None)
        return self.page(request, "calls.html.j2", session, user, rows=rows, f=f,
                         choices=choices, next_url=next_url,
                         first_url="/calls?" + urllib.parse.urlencode(kept) if f.after else None)

    async def call(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        call = await self.visible_call(user, request.query_params.get("id", ""))
        saved = await self.run(cs.read_indexed_call, call["call_id"])
        turns = cs.masked_turns(saved) if saved else []
        audio = await self.run(cs.audio_file, call["call_id"])
        return self.page(request, "call.html.j2", session, user, call=call, turns=turns,
                         has_audio=audio is not None,
                         own=user.role == "agent" and call["agent_id"] == user.agent_id)

    async def audio(self, request: Request) -> Response:
        user, _ = await self.user(request)
        if user is None:
            raise Forbidden(self.t("console.error.login"))
        call = await self.visible_call(user, request.query_params.get("id", ""))
        path = await self.run(cs.audio_file, call["call_id"])
        if path is None:
            raise NotFound(call["call_id"])
        return FileResponse(path, media_type=mime_type(path))

    async def decide(self, request: Request) -> Response:
        user, form = await self.form(request)
        self.require(user, "decide")
        call_id = form.get("call_id", "")
        await self.visible_call(user, call_id)
        await self.run(cs.decide, call_id, form.get("target", ""), _int(form.get("seq")),
                       form.get("decision", ""), form.get("note", ""), user.name,
                       severity=form.get("severity") or None)
        return _back_to(call_id, f"{form.get('target')}-{form.get('seq')}")

    async def dispute(self, request: Request) -> Response:
        user, form = await self.form(request)
        self.require(user, "dispute")
        call = await self.visible_call(user, form.get("call_id", ""))
        seq = _int(form.get("seq"))
        rule = next((h["rule_id"] for h in call["hits"] if h["seq"] == seq), None)
        if rule is None:
            raise StoreError(f"call {call['call_id']!r} has no hit #{seq}")
        await self.run(lambda store: store.open_dispute(call["call_id"], rule,
                                                        form.get("note", ""), by=user.name,
                                                        seq=seq))
        return _back_to(call["call_id"], f"hit-{seq}")

    async def resolve(self, request: Request) -> Response:
        user, form = await self.form(request)
        self.require(user, "resolve")
        dispute_id = _int(form.get("dispute_id"))
        if form.get("outcome") not in ("accept", "reject"):
            raise StoreError("say accept or reject")

        def resolve(store: Store) -> Optional[str]:
            store.resolve_dispute(dispute_id, form["outcome"] == "accept", user.name,
                                  form.get("note", ""))
            row = store.conn.execute("SELECT call_id FROM disputes WHERE dispute_id = ?",
                                     (dispute_id,)).fetchone()
            return row[0] if row else None

        call_id = await self.run(resolve)
        return _back_to(call_id or "", f"dispute-{dispute_id}")

    async def trends(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        q = request.query_params
        agent = (user.agent_id or "") if user.role == "agent" else q.get("agent", "").strip()
        team, rule = q.get("team", ""), q.get("rule", "")
        months = await self.run(cs.trend, agent=agent, team=team, rule=rule)
        points, line, threshold_y, width, height = trend_chart(
            [(m["month"], m["score"], m["calls"]) for m in months])
        return self.page(request, "trends.html.j2", session, user, months=months,
                         points=points, line=line, threshold_y=threshold_y, width=width,
                         height=height, agent=agent, team=team, rule=rule,
                         choices=await self.choices())

    async def calibrations(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        self.require(user, "calibrate")
        # A new session's form starts with the ten newest calls, to edit.
        suggested, _ = await self.run(cs.list_calls, cs.CallFilter(), limit=10)
        return self.page(request, "calibrations.html.j2", session, user,
                         sessions=await self.run(calib.calibrations),
                         suggested="\n".join(r["call_id"] for r in suggested))

    async def calibration_new(self, request: Request) -> Response:
        user, form = await self.form(request)
        self.require(user, "calibration_admin")
        calibration_id = await self.run(calib.create_calibration, form.get("name", ""),
                                        form.get("calls", "").splitlines(), user.name)
        return RedirectResponse(f"/calibration/session?id={calibration_id}", status_code=303)

    async def calibration(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        self.require(user, "calibrate")
        calibration_id = _int(request.query_params.get("id"))
        found = await self.run(calib.calibration, calibration_id, user.name)
        if found is None:
            raise NotFound(calibration_id)
        # Blind: only the supervisor sees the others' verdicts and the agreement.
        results = (await self.run(calib.calibration_results, calibration_id)
                   if user.role in MAY["calibration_admin"] else None)
        return self.page(request, "calibration.html.j2", session, user, calibration=found,
                         results=results)

    async def calibration_score(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        self.require(user, "calibrate")
        calibration_id = _int(request.query_params.get("id"))
        call = await self.visible_call(user, request.query_params.get("call", ""))
        found = await self.run(calib.calibration, calibration_id, user.name)
        if found is None or call["call_id"] not in {c["call_id"] for c in found["calls"]}:
            raise NotFound(calibration_id)
        saved = await self.run(cs.read_indexed_call, call["call_id"])
        return self.page(
            request, "calibration_score.html.j2", session, user, calibration_id=calibration_id,
            call=call, turns=cs.masked_turns(saved) if saved else [],
            has_audio=await self.run(cs.audio_file, call["call_id"]) is not None,
            rules=await self.run(calib.calibration_rules),
            mine=await self.run(calib.my_marks, calibration_id, call["call_id"], user.name))

    async def calibration_mark(self, request: Request) -> Response:
        user, form = await self.form(request)
        self.require(user, "calibrate")
        calibration_id = _int(form.get("id"))
        hits = {v for k, v in (await request.form()).multi_items()
                if k == "hit" and isinstance(v, str)}
        await self.run(calib.mark, calibration_id, form.get("call_id", ""), user.name, hits)
        return RedirectResponse(f"/calibration/session?id={calibration_id}", status_code=303)

    async def queue(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        self.require(user, "queue")
        return self.page(request, "queue.html.j2", session, user,
                         items=await self.run(cs.review_queue))

    async def export_page(self, request: Request) -> Response:
        user, session = await self.signed_in(request)
        self.require(user, "export")
        return self.page(request, "export.html.j2", session, user)

    async def export(self, request: Request) -> Response:
        user, _ = await self.user(request)
        if user is None:
            raise Forbidden(self.t("console.error.login"))
        self.require(user, "export")
        q = request.query_params
        what, fmt = q.get("what", ""), q.get("format", "xlsx")
        if what not in EXPORTS or fmt not in EXPORT_FORMATS:
            raise StoreError(f"export {what!r} as {fmt!r}: expected one of "
                             f"{', '.join(EXPORTS)} as {' or '.join(EXPORT_FORMATS)}")
        blob, name = await self.run(cs.export_bytes, what, q.get("by") or None,
                                    q.get("period") or None, fmt)
        log.info("export %s by %s", name, user.name)
        return Response(blob, media_type=EXPORT_FORMATS[fmt], headers={
            "content-disposition": f"attachment; filename*=UTF-8''{urllib.parse.quote(name)}"})

    async def static(self, request: Request) -> Response:
        name = STATIC.get(request.path_params["name"])
        if name is None:
            raise NotFound(request.path_params["name"])
        path = resources.templates_dir() / name
        return FileResponse(path, media_type="text/css" if name.endswith(".css")
                            else "text/javascript")

    # --- errors --------------------------------------------------------------------------

    async def handle(self, request: Request, exc: Exception) -> Response:
        user, session = await self.user(request)
        if isinstance(exc, Forbidden):
            return self.error(request, session, user, 403, str(exc))
        if isinstance(exc, NotFound):
            return self.error(request, session, user, 404, self.t("console.error.not_found"))
        return self.error(request, session, user, 400, str(exc))


def _permissions(user: Optional[users.User]) -> dict[str, bool]:
    return {action: user is not None and user.role in roles for action, roles in MAY.items()}


def _number(text: Optional[str]) -> Optional[float]:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _int(text: Optional[str]) -> int:
    try:
        return int(text or "")
    except ValueError:
        raise StoreError(f"{text!r} is not a number") from None


def _back_to(call_id: str, anchor: str) -> Response:
    return RedirectResponse(f"/call?id={urllib.parse.quote(call_id, safe='')}#{anchor}",
                            status_code=303)


def create_app(db: Path, lang: str = "zh", secret: Optional[bytes] = None) -> Starlette:
    """The ASGI application over the history store at ``db``."""
    console = Console(db, lang, secret)
    routes = [
        Route("/", lambda request: RedirectResponse("/calls", status_code=303)),
        Route("/login", console.login_page, methods=["GET"]),
        Route("/login", console.login, methods=["POST"]),
        Route("/logout", console.logout, methods=["POST"]),
        Route("/calls", console.calls),
        Route("/call", console.call),
        Route("/call/audio", console.audio),
        Route("/call/decide", console.decide, methods=["POST"]),
        Route("/call/dispute", console.dispute, methods=["POST"]),
        Route("/dispute/resolve", console.resolve, methods=["POST"]),
        Route("/queue", console.queue),
        Route("/trends", console.trends),
        Route("/calibration", console.calibrations),
        Route("/calibration/new", console.calibration_new, methods=["POST"]),
        Route("/calibration/session", console.calibration),
        Route("/calibration/score", console.calibration_score),
        Route("/calibration/mark", console.calibration_mark, methods=["POST"]),
        Route("/export", console.export_page),
        Route("/export/download", console.export),
        Route("/static/{name}", console.static),
    ]
    # ValueError: StoreError, ExportError, MatrixError — a request the store refused, in one
    # line (a missing note, a closed dispute, a bad period).
    handlers: dict[Any, Any] = {exc: console.handle for exc in (Forbidden, NotFound, ValueError)}
    handlers[SignedOut] = lambda request, exc: RedirectResponse("/login", status_code=303)
    app = Starlette(routes=routes, exception_handlers=handlers)  # type: ignore[arg-type]
    app.add_middleware(SecurityHeaders)
    return app

