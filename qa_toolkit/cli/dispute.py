"""``qa-toolkit dispute``: an agent contests a deduction, QA decides, the trail stays."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import echo, fail, inline
from qa_toolkit.cli.ingest import DbOption, history
from qa_toolkit.pii import mask_text

app = typer.Typer(help="Dispute a deduction and resolve it; every step is kept with who, "
                       "when and why.\n\n"
                       "Example: qa-toolkit dispute open c06_interrupt_jargon-stereo etiquette.jargon --reason '...'",
                  no_args_is_help=True)


@app.command("open")
def open_(
    call_id: Annotated[str, typer.Argument(help="The call.", show_default=False)],
    rule_id: Annotated[str, typer.Argument(help="The rule whose deduction is contested.",
                                           show_default=False)],
    reason: Annotated[str, typer.Option(help="Why the deduction is wrong.", show_default=False)],
    by: Annotated[Optional[str], typer.Option(
        help="Who opens it (default: the login name).")] = None,
    db: DbOption = None,
) -> None:
    """Open a dispute on every hit of RULE_ID in CALL_ID.

    Example: qa-toolkit dispute open c03_no_identity-stereo identity.not_verified --reason "核验在02:10"
    """
    with history(db) as store:
        dispute_id = store.open_dispute(call_id, rule_id, reason, by=by)
    echo(f"dispute #{dispute_id} opened on {call_id} {rule_id}")


@app.command("resolve")
def resolve(
    dispute_id: Annotated[int, typer.Argument(help="The dispute number.", show_default=False)],
    by: Annotated[str, typer.Option(help="Who decides.", show_default=False)],
    note: Annotated[str, typer.Option(help="Why.", show_default=False)],
    accept: Annotated[Optional[bool], typer.Option(
        "--accept/--reject", help="Accept (the deduction goes, scores are recomputed) or "
                                  "reject.", show_default=False)] = None,
    db: DbOption = None,
) -> None:
    """Accept or reject an open dispute.

    Example: qa-toolkit dispute resolve 7 --accept --by 王质检 --note "录音02:10处已核验身份"
    """
    if accept is None:
        fail("say --accept or --reject")
    with history(db) as store:
        store.resolve_dispute(dispute_id, accept, by, note)
        call_id = store.conn.execute("SELECT call_id FROM disputes WHERE dispute_id = ?",
                                     (dispute_id,)).fetchone()[0]
        score = store.calls_frame().filter(call_id=call_id)["score"][0] if accept else None
    echo(f"dispute #{dispute_id} {'accepted' if accept else 'rejected'}"
               + (f"; {call_id} now scores {score:g}" if accept else ""))


@app.command("list")
def list_(
    status: Annotated[Optional[str], typer.Option(
        help="open | accept | reject (default: all).")] = None,
    call: Annotated[Optional[str], typer.Option(
        help="Show this call's full trail instead (who, when, why).")] = None,
    db: DbOption = None,
) -> None:
    """List disputes, or the full change trail of one call.

    Example: qa-toolkit dispute list --status open
    """
    if status not in (None, "open", "accept", "reject"):
        fail(f"--status {status!r}: expected open, accept or reject")
    with history(db) as store:
        df = store.trail(call) if call else store.disputes_frame(status)
    # One line per entry, so the list survives a narrow terminal, a pipe and grep. What
    # people typed is shown escaped (no escape codes, no line of its own) and masked (rows
    # stored before typed text was masked).
    def typed(value: object) -> str:
        return inline(mask_text(value) if isinstance(value, str) else value)

    if call:
        for r in df.iter_rows(named=True):
            echo(f"{r['at']}  {typed(r['by'])}  {r['what']}  {typed(r['value'])}  "
                 f"— {typed(r['why'])}")
    else:
        for r in df.iter_rows(named=True):
            decided = (f" | {r['status']}ed by {typed(r['resolved_by'])} at {r['resolved_at']}: "
                       f"{typed(r['note'])}" if r["status"] != "open" else "")
            echo(f"#{r['dispute_id']} {r['status']}  {inline(r['call_id'])} {inline(r['rule_id'])}"
                 f"  opened by {typed(r['opened_by'])} at {r['opened_at']}: "
                 f"{typed(r['reason'])}{decided}")
    if df.height == 0:
        echo(f"no history for call {call}" if call else "no disputes")
