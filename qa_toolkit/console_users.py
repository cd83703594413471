"""Users of the review console and their logins (tables ``users`` and ``login_attempts``).

Passwords are kept only as argon2id hashes; every login attempt is logged, and too many
wrong passwords for one name, or from one client, lock further attempts out for a while
without checking them.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from qa_toolkit.console_schema import ROLES
from qa_toolkit.pii import mask_text
from qa_toolkit.store import Store, StoreError, now_iso

log = logging.getLogger(__name__)

LOCKOUT_FAILURES = 5
"""Wrong passwords for one name within ``LOCKOUT_WINDOW`` before the console stops checking
passwords for it."""
LOCKOUT_CLIENT_FAILURES = 20
"""The same from one client address, over all names (guessing many names); higher, since a
whole office may reach the console through one proxy address."""
LOCKOUT_WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 8


@dataclass(frozen=True)
class User:
    name: str
    role: str
    agent_id: Optional[str]
    """The calls an agent user may see (``calls.agent_id``); None for other roles."""


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_user(store: Store, name: str, role: str, password: str,
             agent_id: Optional[str] = None, by: str = "cli") -> User:
    """Create a user; the password is kept only as its argon2id hash."""
    name = name.strip()
    if not name:
        raise StoreError("a user needs a name")
    if role not in ROLES:
        raise StoreError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise StoreError(f"the password must have at least {MIN_PASSWORD} characters")
    if agent_id is not None and role != "agent":
        raise StoreError("--agent-id is for agent users only")
    agent = (agent_id or name) if role == "agent" else None
    try:
        store.conn.execute(
            "INSERT INTO users (name, role, agent_id, password_hash, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (name, role, agent, _hasher().hash(password), now_iso(), by))
    except sqlite3.IntegrityError:  # the only constraint left to break: the name is taken
        raise StoreError(f"user {name!r} already exists") from None
    return User(name, role, agent)


def get_user(store: Store, name: str) -> Optional[User]:
    row = store.conn.execute("SELECT name, role, agent_id FROM users WHERE name = ?",
                             (name,)).fetchone()
    return User(*row) if row else None


class LockedOut(Exception):
    """Too many wrong passwords recently: the attempt was refused without checking."""


def login(store: Store, name: str, password: str, client: str) -> Optional[User]:
    """The user when the password is right, else None; every attempt is logged. Raises
    ``LockedOut`` after ``LOCKOUT_FAILURES`` wrong passwords for the name since its last
    good one, or ``LOCKOUT_CLIENT_FAILURES`` from the client, within ``LOCKOUT_WINDOW``."""
    since = (datetime.now(timezone.utc) - LOCKOUT_WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
    failures = store.conn.execute(
        "SELECT (SELECT count(*) FROM login_attempts WHERE name = ?1 AND at >= ?3 AND outcome "
        "!= 'ok' AND attempt_id > coalesce((SELECT max(attempt_id) FROM login_attempts "
        "WHERE name = ?1 AND outcome = 'ok'), 0)), "
        "(SELECT count(*) FROM login_attempts WHERE client = ?2 AND at >= ?3 "
        "AND outcome != 'ok')", (name, client, since)).fetchone()
    row = store.conn.execute("SELECT name, role, agent_id, password_hash FROM users "
                             "WHERE name = ?", (name,)).fetchone()
    if failures[0] >= LOCKOUT_FAILURES or failures[1] >= LOCKOUT_CLIENT_FAILURES:
        outcome = "locked"
    elif row is None:
        _hasher().hash(password)  # the same time as a wrong password: names are not probed
        outcome = "wrong"
    else:
        from argon2.exceptions import VerificationError

        try:
            _hasher().verify(row[3], password)
            outcome = "ok"
        except VerificationError:
            outcome = "wrong"
    store.conn.execute("INSERT INTO login_attempts (at, name, client, outcome) "
                       "VALUES (?, ?, ?, ?)", (now_iso(), mask_text(name), client, outcome))
    log.info("login %s: %s from %s", outcome, name, client)
    if outcome == "locked":
        raise LockedOut(name)
    return User(*row[:3]) if outcome == "ok" and row else None
