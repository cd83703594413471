"""``qa-toolkit.toml``: the settings of a nightly job, so cron lines stay short.

Lookup: an explicit ``--config FILE``, else ``./qa-toolkit.toml``, else built-in defaults.
Command-line flags win over the file: ``merge(config.run, workers=cli_workers, ...)`` keeps
the file's value wherever the flag was not given (None). Relative paths in the file are
taken from the working directory, like paths on the command line (nightly jobs set it, e.g.
systemd ``WorkingDirectory=``, or use absolute paths).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import sys
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, Optional, TypeVar

from qa_toolkit.sampling import RiskWeights

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 needs the backport
    import tomli as tomllib

CONFIG_NAME = "qa-toolkit.toml"


class ConfigError(ValueError):
    """A config file that cannot be used; the message is one line naming the file."""


@dataclass
class RunSection:
    """``[run]``: what ``qa-toolkit run`` processes and how."""

    recordings: list[Path] = field(default_factory=list, metadata={"argument": True})
    """Recording files or folders, searched recursively (in TOML a string or an array of
    strings). May be omitted when the metadata CSV lists the files (a sample manifest)."""
    out: Path = field(default=Path("out"), metadata={"flags": ("--out", "-o")})
    """Run folder for results (calls/, reports, ledger, errors.csv)."""
    metadata: Optional[Path] = None
    """Metadata CSV, one row a call: call_id, file, agent_id, team, started_at,
    business_type, customer_tier, agent_channel (extra columns optional; README: Metadata
    CSV), e.g. the sample manifest written by ``qa-toolkit sample``."""
    rules: str = "bank_zh"
    """Rule pack: a shipped pack name or a YAML path."""
    scorecard: Optional[Path] = None
    """Scorecard YAML (None: the one next to the rule pack)."""
    model: str = "whisper-base"
    """whisper-base (embedded), a faster-whisper model name, or a model folder."""
    language: str = "zh"
    """Call language (Whisper language code), or auto."""
    diarization: Literal["auto", "channel", "embedded", "pyannote"] = "auto"
    """Who spoke when: auto (stereo: channels, mono: embedded), channel, embedded, pyannote."""
    pyannote_pipeline: Optional[str] = None
    """With diarization = "pyannote": a local pipeline folder or hub id."""
    agent_channel: Optional[int] = None
    """For stereo recordings: the agent's channel (0 or 1); a metadata row overrides it."""
    workers: int = 1
    """Worker processes, each loading the model once."""
    threads: int = 0
    """CPU threads per worker (0: cores / workers)."""
    engine: Literal["local", "ray"] = "local"
    """local: worker processes on this machine; ray: actors on a Ray cluster (pip install
    'qa-toolkit[ray]')."""
    ray_address: Optional[str] = None
    """Ray cluster address (``ray://host:10001`` or ``auto``); None starts a local Ray."""
    timeout_s: Optional[float] = field(default=None, metadata={"flags": ("--timeout",)})
    """Per-call time limit in seconds; a call over it is recorded as failed (errors.csv).
    None: 300 s + 4 × the recording's duration (runner.batch.call_timeout)."""
    force: bool = field(default=False, metadata={"flags": ("--force/--no-force",)})
    """Re-process calls the ledger already has as done."""
    keep_pii: bool = field(default=False, metadata={"flags": ("--keep-pii/--mask-pii",)})
    """Keep customer card/ID/phone numbers unmasked in the run folder's JSON."""
    hotwords: bool = field(default=False, metadata={"flags": ("--hotwords/--no-hotwords",)})
    """Bias the ASR towards the pack's asr.hotwords (off: measured, they leak into quiet
    audio as words nobody said)."""
    redecode: bool = field(default=True, metadata={"flags": ("--redecode/--no-redecode",)})
    """Decode speech that came out without words, or as a loop, a second time on its own."""
    embed_audio: bool = field(default=False,
                              metadata={"flags": ("--embed-audio/--link-audio",)})
    """Embed compressed audio in each call page (bigger pages, no external file). Off: each
    recording is hard-linked (else copied) into OUT/audio/ and its page links it there, so
    the run folder plays wherever it is copied."""
    quiet: bool = field(default=False, metadata={"flags": ("--quiet/--progress", "-q")})
    """No progress bar, only warnings and the summary (for cron)."""


@dataclass
class SampleSection:
    """``[sample]``: defaults of ``qa-toolkit sample``."""

    plan: Literal["random", "stratified", "risk"] = "random"
    """Sampling plan: random, stratified (per agent) or risk (weighted)."""
    n: Optional[int] = None
    """Calls to sample per manifest."""
    fraction: Optional[float] = None
    """Share of the manifest's calls to sample, in (0, 1] (instead of n)."""
    per_agent: Optional[int] = None
    """Minimum calls per agent and period."""
    period: Literal["day", "week"] = "day"
    """Period of the per-agent minimum: day or week."""
    always_tags: list[str] = field(default_factory=list)
    """Calls with any of these tags are always sampled, e.g. ["complaint"]."""
    seed: Optional[int] = None
    """Seed; None draws a fresh one each night (recorded in the plan sidecar)."""
    risk: RiskWeights = field(default_factory=RiskWeights)
    """``[sample.risk]``: risk factor weights of the risk plan."""


@dataclass
class ReportSection:
    """``[report]``: audit report rendering."""

    lang: Literal["zh", "en"] = "zh"
    """Language of report labels: zh or en."""
    template_dir: Optional[Path] = None
    """A folder of Jinja templates overriding the shipped ones."""


@dataclass
class StoreSection:
    """``[store]``: the SQLite history of calls, hits, scores and disputes."""

    db: Optional[Path] = None
    """Path of the history database."""


@dataclass
class RunConfig:
    """The whole ``qa-toolkit.toml``; every section has defaults."""

    run: RunSection = field(default_factory=RunSection)
    """``[run]``."""
    sample: SampleSection = field(default_factory=SampleSection)
    """``[sample]``."""
    report: ReportSection = field(default_factory=ReportSection)
    """``[report]``."""
    store: StoreSection = field(default_factory=StoreSection)
    """``[store]``."""
    source: Optional[Path] = None
    """The file these settings came from (None: defaults only)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (paths as strings), e.g. for recording a run's settings."""
        return _plain(dataclasses.asdict(self))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, Path) else value


def find_config(explicit: Optional[Path] = None) -> Optional[Path]:
    """The config file to use: ``explicit`` (must exist), else ./qa-toolkit.toml, else None."""
    if explicit is not None:
        explicit = Path(explicit)
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such config file")
        return explicit
    local = Path.cwd() / CONFIG_NAME
    return local if local.is_file() else None


def load_config(path: Optional[Path] = None) -> RunConfig:
    """Read ``path`` (or the file ``find_config`` finds); defaults when there is none."""
    path = find_config(path)
    if path is None:
        return RunConfig()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError(f"{path}: cannot read config ({reason})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    where = _Locator(path, text)
    config = RunConfig(source=path)
    for section, values in data.items():
        if section not in _SECTIONS:
            raise ConfigError(where.unknown(section, (), _SECTIONS))
        if not isinstance(values, dict):
            raise ConfigError(f"{where.at((), section)}: {section} must be a table [{section}]")
        setattr(config, section, _build(_SECTIONS[section], values, (section,), where))
    return config


_SECTIONS: dict[str, type] = {"run": RunSection, "sample": SampleSection,
                              "report": ReportSection, "store": StoreSection}


def _build(cls: type, values: dict[str, Any], table: tuple[str, ...], where: _Locator) -> Any:
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    kwargs = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(where.unknown(key, table, known))
        hint = hints[key]
        if dataclasses.is_dataclass(hint):
            if not isinstance(value, dict):
                raise ConfigError(f"{where.at(table, key)}: [{'.'.join(table)}] {key} must be "
                                  f"a table [{'.'.join(table + (key,))}]")
            kwargs[key] = _build(hint, value, table + (key,), where)
        else:
            kwargs[key] = _coerce(value, hint, lambda what: ConfigError(
                f"{where.at(table, key)}: [{'.'.join(table)}] {key} must be {what}, "
                f"got {value!r}"))
    obj = cls(**kwargs)
    _check(obj, lambda key, what: ConfigError(
        f"{where.at(table, key)}: [{'.'.join(table)}] {key} must be {what}, "
        f"got {getattr(obj, key)!r}"))
    return obj


def _coerce(value: Any, hint: Any, error) -> Any:
    """Check one TOML value against a field's type hint and convert it (paths)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union:  # Optional[X]; TOML has no null, so the value is an X
        return _coerce(value, next(a for a in args if a is not type(None)), error)
    if origin is Literal:
        if value not in args:
            raise error("one of " + ", ".join(map(str, args)))
        return value
    if origin is list:
        (item,) = args
        items = [value] if item is Path and isinstance(value, str) else value
        if not isinstance(items, list):
            raise error(f"an array of {_name(item)}")
        return [_coerce(v, item, lambda _: error(f"an array of {_name(item)}")) for v in items]
    if origin is dict:
        if not isinstance(value, dict):
            raise error("a table")
        return {str(k): _coerce(v, args[1], lambda _: error(f"a table of {_name(args[1])}"))
                for k, v in value.items()}
    if hint is bool:
        if not isinstance(value, bool):
            raise error("true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise error("an integer")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise error("a number")
        return float(value)
    if hint is Path and isinstance(value, Path):  # a command-line value
        return value
    if hint in (str, Path):
        if not isinstance(value, str) or not value.strip():
            raise error("a non-empty string")
        return Path(value) if hint is Path else value
    raise TypeError(f"unsupported config field type {hint!r}")  # a bug in this module


def _name(hint: Any) -> str:
    return {Path: "paths", str: "strings", int: "integers", float: "numbers"}.get(hint, "values")


def _check(obj: Any, error) -> None:
    """Range checks that a type alone cannot express."""
    limits = {"workers": (1, "an integer >= 1"), "threads": (0, "an integer >= 0"),
              "n": (0, "an integer >= 0"), "per_agent": (0, "an integer >= 0")}
    for key, (low, what) in limits.items():
        value = getattr(obj, key, None)
        if value is not None and value < low:
            raise error(key, what)
    if getattr(obj, "timeout_s", None) is not None and obj.timeout_s <= 0:
        raise error("timeout_s", "a number > 0")
    if getattr(obj, "agent_channel", None) not in (None, 0, 1):
        raise error("agent_channel", "0 or 1")
    fraction = getattr(obj, "fraction", None)
    if fraction is not None and not 0 < fraction <= 1:
        raise error("fraction", "a number in (0, 1]")
    if isinstance(obj, SampleSection) and obj.n is not None and obj.fraction is not None:
        raise error("fraction", "absent when n is set (give one of them)")
    if isinstance(obj, RiskWeights):
        for f in fields(obj):
            value = getattr(obj, f.name)
            if f.name.endswith("_quantile") and not 0 < value < 1:
                raise error(f.name, "a number in (0, 1)")
            if f.name == "tags" and any(v <= 0 for v in value.values()):
                raise error(f.name, "a table of positive weights")
            if isinstance(value, float) and value <= 0:
                raise error(f.name, "a number > 0")


class _Locator:
    """Line numbers of tables and keys (tomllib gives none), for messages like ``file:12:``."""

    _TABLE = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
    _KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-]+)\s*=""")

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        for number, line in enumerate(text.splitlines(), start=1):
            if m := self._TABLE.match(line):
                table = tuple(p.strip().strip("\"'") for p in m.group(1).split("."))
                self.lines.setdefault(table, number)
            elif m := self._KEY.match(line):
                key = tuple(p.strip().strip("\"'") for p in m.group(1).split("."))
                self.lines.setdefault(table + key, number)

    def at(self, table: tuple[str, ...], key: str) -> str:
        line = self.lines.get(table + (key,))
        return f"{self.path}:{line}" if line else str(self.path)

    def unknown(self, key: str, table: tuple[str, ...], known) -> str:
        what = f"key {key!r} in [{'.'.join(table)}]" if table else f"section [{key}]"
        hint = difflib.get_close_matches(key, list(known), n=1)
        tail = f"did you mean {hint[0]!r}?" if hint else "known: " + ", ".join(sorted(known))
        return f"{self.at(table, key)}: unknown {what} ({tail})"


T = TypeVar("T")


def merge(config: T, **cli_values: Any) -> T:
    """A copy of a config section (or the whole ``RunConfig``) with the flags given on the
    command line; a flag whose value is None (or an empty list) was not given and keeps
    the file's value.

    On a ``RunConfig``, each flag goes to the one section that has a field of that name.
    Boolean flags must default to None (``--force/--no-force``) for the file to count.
    """
    if isinstance(config, RunConfig):
        routed: dict[str, dict[str, Any]] = {name: {} for name in _SECTIONS}
        for key, value in cli_values.items():
            owners = [name for name, cls in _SECTIONS.items()
                      if key in {f.name for f in fields(cls)}]
            if not owners:
                raise TypeError(f"no config field named {key!r}")
            routed[owners[0]][key] = value
        return dataclasses.replace(config, **{
            name: merge(getattr(config, name), **values) for name, values in routed.items()})
    known = {f.name for f in fields(config)}
    unknown = sorted(set(cli_values) - known)
    if unknown:
        raise TypeError(f"{type(config).__name__} has no field(s) {', '.join(unknown)}")
    # An empty list is what Typer gives for a list option that was not used.
    given = {k: v for k, v in cli_values.items() if v is not None and v != [] and v != ()}
    hints = typing.get_type_hints(type(config))
    for key, value in given.items():
        given[key] = _coerce(value, hints[key], lambda what, key=key, value=value: ConfigError(
            f"{flag_of(type(config), key)} must be {what}, got {value!r}"))
    merged = dataclasses.replace(config, **given)
    _check(merged, lambda key, what: ConfigError(
        f"{flag_of(type(config), key)} must be {what}, got {getattr(merged, key)!r}"))
    return merged


def flag_of(cls: type, name: str) -> str:
    """The command-line flag of a config field (``timeout_s`` → ``--timeout``)."""
    meta = next(f.metadata for f in fields(cls) if f.name == name)
    flags = meta.get("flags") or ("--" + name.replace("_", "-"),)
    return flags[0].split("/")[0]


def field_docs(cls: type) -> dict[str, str]:
    """Each field's docstring, as one line: the TOML key's documentation and the flag's
    help are the same text."""
    import ast
    import inspect
    import textwrap

    body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0].body  # type: ignore[attr-defined]
    docs = {}
    for node, after in zip(body, body[1:]):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) \
                and isinstance(after.value.value, str):
            docs[node.target.id] = " ".join(after.value.value.replace("``", "").split())
    return docs

