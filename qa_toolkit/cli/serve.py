"""``qa-toolkit serve``: the review console over the history store, in the browser."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from typing import Annotated

import typer

from qa_toolkit.cli.common import echo, fail
from qa_toolkit.cli.ingest import DbOption, history


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(
        help="Address to listen on. Anything but loopback exposes the console to the "
             "network: put a TLS proxy in front.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    lang: Annotated[str, typer.Option(help="Page language: zh | en.")] = "zh",
) -> None:
    """Serve the review console: search and filter calls, review hits and review outcomes,
    dispute and resolve, export. Users log in (create them with `qa-toolkit users add`).

    Example: qa-toolkit serve --db history.sqlite --port 8765
    """
    try:
        import uvicorn

        from qa_toolkit.serve.app import create_app
    except ImportError as exc:
        fail(f"the console needs its extra: pip install 'qa-toolkit[console]' ({exc.name} "
             f"is missing)")
    if lang not in ("zh", "en"):
        fail(f"--lang {lang!r}: expected zh or en")
    with history(db) as store:
        path = Path(store.path)
        users = store.conn.execute("SELECT count(*) FROM users").fetchone()[0]
    if not users:
        echo(f"warning: {path} has no users yet; add one with `qa-toolkit users add NAME "
             f"--role qa --db {path}`", err=True)
    if not is_loopback(host):
        echo(f"warning: listening on {host}, not loopback: the console is reachable from the "
             f"network over plain HTTP (passwords and session cookies in clear). Put a TLS "
             f"proxy in front and let it set X-Forwarded-Proto: https.", err=True)
    try:  # uvicorn would log a traceback-like line and exit 1: say it in one line, exit 2
        socket.getaddrinfo(host, port)
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        fail(f"{host}:{port}: cannot listen ({exc.strerror or exc})")
    echo(f"review console on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(create_app(path, lang), host=host, port=port, log_level="warning",
                proxy_headers=True, server_header=False)
