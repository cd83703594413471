"""``qa-toolkit report``: re-render the HTML pages of an OUT folder from its call JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import EXIT_USAGE, echo, fail


def report(
    out: Annotated[Path, typer.Argument(help="OUT folder of a run (holds calls/*.json).")],
    lang: Annotated[str, typer.Option("--lang", help="UI language: zh (default) or en.")] = "zh",
    template_dir: Annotated[Optional[Path], typer.Option(
        "--template-dir", help="Folder of templates that override the shipped ones by name.")
    ] = None,
    embed_audio: Annotated[bool, typer.Option(
        "--embed-audio", help="Put each recording into its call page (Ogg/Opus) instead of "
                              "linking to it.")] = False,
    db: Annotated[Optional[Path], typer.Option(
        "--db", help="History store: agent pages show composite scores, matrix outcomes and "
                     "trends; call pages show disputes and post-dispute scores.")] = None,
    period: Annotated[Optional[str], typer.Option(
        "--period", help="Period of the agent pages: YYYY-MM, YYYY-Qn or YYYY "
                         "(default: the latest month of the calls).")] = None,
) -> None:
    """Re-render every HTML page (calls, index, agents, compliance) of an OUT folder.

    Example: qa-toolkit report out/ --lang en --db ~/.local/share/qa-toolkit/history.sqlite
    """
    from jinja2 import TemplateError

    from qa_toolkit.report import ReportOptions, render_out_dir

    if not (out / "calls").is_dir():
        fail(f"{out}: not an OUT folder (no calls/ folder inside)", EXIT_USAGE)
    try:
        options = ReportOptions(lang=lang, template_dir=template_dir, embed_audio=embed_audio,
                                db=db, period=period)
        pages = render_out_dir(out, options)
    except TemplateError as exc:
        where = f"{exc.filename}:{exc.lineno}: " if getattr(exc, "filename", None) else ""
        fail(f"template error: {where}{exc.message or type(exc).__name__}", EXIT_USAGE)
    except (ValueError, OSError) as exc:
        fail(str(exc), EXIT_USAGE)
    echo(f"wrote {len(pages) - 1} call pages and the dashboard: {out / 'index.html'}")
