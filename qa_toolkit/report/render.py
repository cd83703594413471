"""Render the HTML audit pages of an OUT folder with Jinja2.

Every page is one self-contained file (inline CSS, JS and SVG; no fonts, CDN or network) so
that it opens from ``file://`` on a locked-down desktop. Autoescaping is on for every
template and no template marks data ``|safe``: transcripts and metadata are hostile input.
A Content-Security-Policy additionally allows only the page's own script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from qa_toolkit import resources
from qa_toolkit.matrix import parse_period
from qa_toolkit.report.agent_page import build_agent_view
from qa_toolkit.report.audited import AuditedCall
from qa_toolkit.report.batch_pages import CallRow, build_index_view
from qa_toolkit.report.call_page import build_call_view
from qa_toolkit.report.compliance_page import build_compliance_view
from qa_toolkit.report.history import History, load_history
from qa_toolkit.report.i18n import (LANGUAGES, business_labeller, coverage_labeller, rule_labeller,
                                   translator)
from qa_toolkit.report.names import page_name
from qa_toolkit.report.values import clock, month_of, number
from qa_toolkit.runfolder import atomic_write, read_calls, read_errors
from qa_toolkit.types import Call
from qa_toolkit.scoring import (Scorecard, ScorecardError, default_scorecard_path,
                                load_scorecard)

log = logging.getLogger(__name__)

SCRIPT_TEMPLATE = "report.js"
STYLE_TEMPLATE = "report.css"


@dataclass
class ReportOptions:
    """How the HTML pages are rendered."""

    lang: str = "zh"
    """UI language: ``"zh"`` (Simplified Chinese, the default) or ``"en"``."""
    template_dir: Optional[Path] = None
    """A folder searched before the shipped templates: a file there overrides the shipped
    file of the same name (e.g. a centre's own ``base.html.j2`` with its logo and colours)."""
    embed_audio: bool = False
    """Put the recording into each per-call page as a ``data:`` URI (Ogg/Opus when it needs
    re-encoding) instead of a relative link, so the page still plays when mailed alone."""
    db: Optional[Path] = None
    """History store (SQLite, see ``store/``) to take agent period scores, matrix outcomes,
    trends, disputes and post-dispute call scores from. None: agent pages show the
    recording-QA component computed from this batch's calls only."""
    period: Optional[str] = None
    """Period of the agent pages: ``YYYY-MM``, ``YYYY-Qn`` or ``YYYY``. None: the latest month
    among the batch's calls."""

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown report language {self.lang!r} "
                             f"(choose from {', '.join(LANGUAGES)})")
        if self.template_dir is not None:
            self.template_dir = Path(self.template_dir)
            if not self.template_dir.is_dir():
                raise ValueError(f"{self.template_dir}: template folder does not exist")
        if self.db is not None:
            self.db = Path(self.db)
            if not self.db.is_file():
                raise ValueError(f"{self.db}: history database not found")
        if self.period is not None:
            parse_period(self.period)  # raises a one-line MatrixError (a ValueError)


def _fmt(value: Any, digits: int = 1) -> str:
    n = number(value)
    if n is None:
        return "—"
    return f"{n:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{n:.0f}"


def _pct(value: Any) -> str:
    n = number(value)
    return "—" if n is None else f"{100 * n:.1f}%"


@lru_cache(maxsize=8)
def _environment(template_dir: Optional[Path], lang: str,
                 titles: tuple[tuple[str, str], ...] = (),
                 business_titles: tuple[tuple[str, str], ...] = ()) -> Environment:
    search = [str(template_dir)] if template_dir else []
    search.append(str(resources.templates_dir()))
    env = Environment(loader=FileSystemLoader(search), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters.update(clock=clock, fmt=_fmt, pct=_pct)
    env.globals.update(t=translator(lang), rule_label=rule_labeller(lang, dict(titles)),
                       coverage_label=coverage_labeller(lang, dict(titles)),
                       business_label=business_labeller(dict(business_titles)), lang=lang)
    # The script is rendered once per environment so that its CSP hash matches exactly. It and
    # the stylesheet are our own template files, never data: Markup keeps them unescaped.
    script = env.get_template(SCRIPT_TEMPLATE).render()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    env.globals.update(script=Markup(script), script_hash=f"sha256-{digest}",
                       style=Markup(env.get_template(STYLE_TEMPLATE).render()))
    return env


def environment(options: ReportOptions, calls: Iterable[Call] = ()) -> Environment:
    """The Jinja environment for ``options``, naming rules and business types by the titles
    in the packs ``calls`` were judged with (cached: templates are parsed once per run)."""
    # The rule engine, only when rules are named.
    from qa_toolkit.rules.pack import business_type_titles, rule_titles

    packs = [pack_record(c) for c in calls]
    titles = rule_titles(packs, options.lang)
    business = business_type_titles(packs, options.lang)
    return _environment(options.template_dir, options.lang, tuple(sorted(titles.items())),
                        tuple(sorted(business.items())))


def pack_record(call: Call) -> dict[str, Any]:
    """The call's pack: its provenance record (which has the pack's path) or its summary."""
    return call.provenance.get("rule_pack") or call.rule_pack


def _write(path: Path, text: str) -> Path:
    """Write a page atomically (a reader, or a crash, never sees half a page)."""
    atomic_write(path, text)
    return path


def render_call_page(call: Union[Call, AuditedCall], out_dir: Path,
                     options: Optional[ReportOptions] = None) -> Path:
    """Write ``out_dir/calls/<call_id>.html`` for one call; return its path."""
    options = options or ReportOptions()
    audited = call if isinstance(call, AuditedCall) else AuditedCall.of(call)
    path = Path(out_dir) / "calls" / f"{page_name(audited.call.call_id)}.html"
    env = environment(options, [audited.call])
    view = build_call_view(audited, path.parent, options.embed_audio, options.lang,
                           env.globals["business_label"])
    html = env.get_template("call.html.j2").render(call=view, root="../")
    return _write(path, html)


def _fmt_or_blank(value: Optional[float]) -> dict[str, Any]:
    return {"t": _fmt(value), "v": value if value is not None else ""}


def call_table_rows(rows: list[CallRow], rule_label: Any,
                    reasons: bool = False) -> list[dict[str, Any]]:
    """Rows of a dashboard call list as data for the page script (``h``: link, ``c``: cells).

    Thousands of calls are too many DOM rows to lay out again on every sort, so the big lists
    travel as JSON and the script shows them a page at a time. A cell is text, ``{"t", "v"}``
    (display text and sort value) or ``{"b": [...]}`` (badges).
    """
    out = []
    for r in rows:
        cells: list[Any] = [r.call_id, r.agent_id]
        if reasons:
            cells += [_fmt_or_blank(r.score), {"b": [rule_label(x) for x in r.reasons]}]
        else:
            cells += [r.team, r.started_at, {"t": clock(r.duration_s), "v": r.duration_s},
                      _fmt_or_blank(r.score), {"t": str(r.hits), "v": r.hits}]
        out.append({"h": r.page, "c": cells})
    return out


def render_index(out_dir: Path, calls: list[Call], errors: list[dict[str, Any]],
                 options: Optional[ReportOptions] = None) -> Path:
    """Write the team dashboard ``out_dir/index.html`` and the pages it links to.

    ``errors`` rows are ``{file, stage, reason}``. The agent pages (``agents/<id>.html``) and
    ``compliance.html`` are written too, from the same calls, so that no link is dangling.
    """
    options = options or ReportOptions()
    out_dir = Path(out_dir)
    card = _scorecard(calls)
    history = _history(out_dir, calls, options, card)
    return _render_batch(out_dir, _audited(calls, history), errors, options, card, history)


def _audited(calls: list[Call], history: Optional[History]) -> list[AuditedCall]:
    if history is None:
        return [AuditedCall.of(c) for c in calls]
    return [AuditedCall.of(c, history.scores.get(c.call_id), history.disputes.get(c.call_id),
                           in_store=True) for c in calls]


def _scorecard(calls: list[Call]) -> Optional[Scorecard]:
    """The scorecard of the batch's rule pack (mandated rules, coaching topics), if shipped."""
    packs = Counter(str(c.rule_pack.get("id") or "") for c in calls)
    pack = packs.most_common(1)[0][0] if packs else ""
    path = default_scorecard_path(pack) if pack else None
    try:
        return load_scorecard(path if path and path.is_file() else None)
    except ScorecardError as exc:
        log.warning("no scorecard for the report (%s): no mandated rules or coaching", exc)
        return None


def _sample_plan(out_dir: Path) -> Optional[dict[str, Any]]:
    """The sampling plan the run used (``qa-toolkit sample`` → ``run`` copies it into OUT)."""
    path = out_dir / "sample.plan.json"
    try:
        plan = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("%s: unreadable sampling plan, ignored (%s)", path, exc)
        return None
    return plan if isinstance(plan, dict) else None


def _period(calls: list[Call], options: ReportOptions) -> Optional[str]:
    months = sorted({m for c in calls if (m := month_of(c.meta.started_at))})
    return options.period or (months[-1] if months else None)


def _history(out_dir: Path, calls: list[Call], options: ReportOptions,
             card: Optional[Scorecard]) -> Optional[History]:
    period = _period(calls, options)
    if options.db is None or period is None:
        return None
    agents = {c.meta.agent_id for c in calls if c.meta.agent_id}
    return load_history(options.db, out_dir, period, agents, card)


def _render_batch(out_dir: Path, calls: list[AuditedCall], errors: list[dict[str, Any]],
                  options: ReportOptions, card: Optional[Scorecard],
                  history: Optional[History]) -> Path:
    env = environment(options, [c.call for c in calls])
    agents = list(dict.fromkeys(c.call.meta.agent_id for c in calls if c.call.meta.agent_id))
    coaching = {} if card is None else {
        h.rule_id: card.coaching_topic(h.rule_id) for c in calls for h in c.call.hits}
    agent_template = env.get_template("agent.html.j2")
    for agent_id in agents:
        view = (history.agents[agent_id] if history is not None else
                build_agent_view(agent_id, calls, options.period, coaching))
        _write(out_dir / "agents" / f"{page_name(agent_id)}.html",
               agent_template.render(agent=view, root="../"))
    compliance = build_compliance_view([c.call for c in calls], out_dir,
                                       card.mandated if card else [])
    _write(out_dir / "compliance.html",
           env.get_template("compliance.html.j2").render(report=compliance, root=""))
    view = build_index_view(calls, errors, _sample_plan(out_dir))
    label = env.globals["rule_label"]
    html = env.get_template("index.html.j2").render(
        index=view, root="", calls_data=call_table_rows(view.calls, label),
        review_data=call_table_rows(view.needs_review, label, reasons=True))
    return _write(out_dir / "index.html", html)


def render_out_dir(out_dir: Path, options: Optional[ReportOptions] = None) -> list[Path]:
    """Re-render every page of an OUT folder from its ``calls/*.json`` and ``errors.csv``.

    With ``options.db``, every page uses the store's current (post-dispute) call scores, and
    call pages show the disputes and the pipeline's original score.
    """
    options = options or ReportOptions()
    out_dir = Path(out_dir)
    calls, errors = read_calls(out_dir), read_errors(out_dir)
    card = _scorecard(calls)
    history = _history(out_dir, calls, options, card)
    audited = _audited(calls, history)
    pages = [render_call_page(call, out_dir, options) for call in audited]
    pages.append(_render_batch(out_dir, audited, errors, options, card, history))
    return pages
