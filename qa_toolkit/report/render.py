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
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from qa_toolkit import resources
from qa_toolkit.report import viewmodels as vm
from qa_toolkit.report.i18n import LANGUAGES, rule_labeller, translator

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

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown report language {self.lang!r} "
                             f"(choose from {', '.join(LANGUAGES)})")
        if self.template_dir is not None:
            self.template_dir = Path(self.template_dir)
            if not self.template_dir.is_dir():
                raise ValueError(f"{self.template_dir}: template folder does not exist")


def _fmt(value: Any, digits: int = 1) -> str:
    n = vm._num(value)
    if n is None:
        return "—"
    return f"{n:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{n:.0f}"


def _pct(value: Any) -> str:
    n = vm._num(value)
    return "—" if n is None else f"{100 * n:.1f}%"


@lru_cache(maxsize=8)
def _environment(template_dir: Optional[Path], lang: str) -> Environment:
    search = [str(template_dir)] if template_dir else []
    search.append(str(resources.templates_dir()))
    env = Environment(loader=FileSystemLoader(search), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters.update(clock=vm.clock, fmt=_fmt, pct=_pct)
    env.globals.update(t=translator(lang), rule_label=rule_labeller(lang), lang=lang)
    # The script is rendered once per environment so that its CSP hash matches exactly. It and
    # the stylesheet are our own template files, never data: Markup keeps them unescaped.
    script = env.get_template(SCRIPT_TEMPLATE).render()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    env.globals.update(script=Markup(script), script_hash=f"sha256-{digest}",
                       style=Markup(env.get_template(STYLE_TEMPLATE).render()))
    return env


def environment(options: ReportOptions) -> Environment:
    """The Jinja environment for ``options`` (cached: templates are parsed once per run)."""
    return _environment(options.template_dir, options.lang)


def _write(path: Path, text: str) -> Path:
    """Write atomically: a reader (or a crash) never sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A plain open() (not mkstemp) so that the page gets the user's umask, not mode 0600.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def render_call_page(call: dict[str, Any], out_dir: Path,
                     options: Optional[ReportOptions] = None) -> Path:
    """Write ``out_dir/calls/<call_id>.html`` for one call JSON dict; return its path."""
    options = options or ReportOptions()
    path = Path(out_dir) / "calls" / f"{vm.page_name(str(call.get('call_id') or ''))}.html"
    view = vm.build_call_view(call, path.parent, options.embed_audio)
    html = environment(options).get_template("call.html.j2").render(call=view, root="../")
    return _write(path, html)


def render_index(out_dir: Path, calls: list[dict[str, Any]], errors: list[dict[str, Any]],
                 options: Optional[ReportOptions] = None) -> Path:
    """Write the team dashboard ``out_dir/index.html`` and the pages it links to.

    ``errors`` rows are ``{file, stage, reason}``. The agent pages (``agents/<id>.html``) and
    ``compliance.html`` are written too, from the same calls, so that no link is dangling.
    """
    options = options or ReportOptions()
    out_dir = Path(out_dir)
    env = environment(options)
    by_agent: dict[str, list[dict[str, Any]]] = {}
    for call in calls:
        if call.get("agent_id"):
            by_agent.setdefault(str(call["agent_id"]), []).append(call)
    for agent_id, agent_calls in by_agent.items():
        render_agent_page(agent_id, agent_calls, out_dir, options)
    compliance = vm.build_compliance_view(calls, out_dir)
    _write(out_dir / "compliance.html",
           env.get_template("compliance.html.j2").render(report=compliance, root=""))
    view = vm.build_index_view(calls, errors)
    html = env.get_template("index.html.j2").render(index=view, root="")
    return _write(out_dir / "index.html", html)


def render_agent_page(agent_id: str, calls: list[dict[str, Any]], out_dir: Path,
                      options: Optional[ReportOptions] = None,
                      period: Optional[str] = None) -> Path:
    """Write ``out_dir/agents/<agent_id>.html`` for one agent's calls and period (YYYY-MM)."""
    options = options or ReportOptions()
    view = vm.build_agent_view(agent_id, calls, period)
    path = Path(out_dir) / "agents" / f"{vm.page_name(agent_id)}.html"
    return _write(path, environment(options).get_template("agent.html.j2").render(
        agent=view, root="../"))


def render_out_dir(out_dir: Path, options: Optional[ReportOptions] = None) -> list[Path]:
    """Re-render every page of an OUT folder from its ``calls/*.json`` and ``errors.csv``."""
    options = options or ReportOptions()
    calls, errors = read_out_dir(out_dir)
    pages = [render_call_page(call, out_dir, options) for call in calls]
    pages.append(render_index(out_dir, calls, errors, options))
    return pages


def read_out_dir(out_dir: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The call JSON dicts and error rows of an OUT folder (``calls/*.json``, ``errors.csv``)."""
    import csv

    out_dir = Path(out_dir)
    calls = []
    for path in sorted((out_dir / "calls").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: not a readable call JSON ({exc})") from None
        if not isinstance(data, dict) or "call_id" not in data:
            raise ValueError(f"{path}: not a call JSON (no call_id)")
        calls.append(data)
    errors: list[dict[str, Any]] = []
    errors_csv = out_dir / "errors.csv"
    if errors_csv.is_file():
        with errors_csv.open(encoding="utf-8", newline="") as f:
            errors = [dict(row) for row in csv.DictReader(f)]
    return calls, errors
