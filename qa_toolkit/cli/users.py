"""``qa-toolkit users``: who may use the review console, and in which role."""

from __future__ import annotations

import getpass
import sys
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import echo, fail, inline
from qa_toolkit.cli.ingest import DbOption, history

app = typer.Typer(help="Users of the review console (`qa-toolkit serve`) and their roles.\n\n"
                       "Example: qa-toolkit users add 王质检 --role qa",
                  no_args_is_help=True)


def _password() -> str:
    """One line from stdin when it is piped (scripts), else typed twice at a prompt."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        fail("the two passwords differ")
    return first


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Login name.", show_default=False)],
    role: Annotated[str, typer.Option(
        help="qa | supervisor | agent | compliance.", show_default=False)],
    agent_id: Annotated[Optional[str], typer.Option(
        help="For an agent: the agent_id of their calls (default: NAME).")] = None,
    db: DbOption = None,
) -> None:
    """Add a user. The password is read from stdin when piped, else prompted for twice;
    only its argon2 hash is stored.

    Example: printf '%s\\n' "$PW" | qa-toolkit users add A1003 --role agent --db history.sqlite
    """
    from qa_toolkit.console_users import add_user
    from qa_toolkit.store import current_user

    password = _password()
    with history(db) as store:
        user = add_user(store, name, role, password, agent_id=agent_id, by=current_user())
    echo(f"user {inline(user.name)} added as {user.role}"
         + (f" (calls of agent {inline(user.agent_id)})" if user.agent_id else ""))


@app.command("list")
def list_(db: DbOption = None) -> None:
    """List the users, their roles and when they last logged in.

    Example: qa-toolkit users list --db history.sqlite
    """
    with history(db) as store:
        rows = store.conn.execute(
            "SELECT name, role, agent_id, created_at, (SELECT max(at) FROM login_attempts a "
            "WHERE a.name = u.name AND outcome = 'ok') FROM users u ORDER BY name").fetchall()
    for name, role, agent_id, created, last in rows:
        echo(f"{inline(name)}  {role}{'  agent ' + inline(agent_id) if agent_id else ''}  "
             f"added {created}  last login {last or 'never'}")
    if not rows:
        echo("no users")
