"""The embedded model is assembled offline, verified, and safe against concurrent first runs."""

import os
import subprocess
import sys

import pytest

from qa_toolkit import models

ASSEMBLE = "from qa_toolkit import models; print(models.assemble_embedded())"


def test_two_processes_assembling_at_once_give_one_verified_model(tmp_path):
    env = dict(os.environ, QA_TOOLKIT_CACHE=str(tmp_path))
    procs = [subprocess.Popen([sys.executable, "-c", ASSEMBLE], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    folders = {o[0].strip() for o in outs}
    assert len(folders) == 1
    folder = folders.pop()
    assert sorted(os.listdir(folder)) == ["config.json", "manifest.json", "model.bin",
                                          "tokenizer.json", "vocabulary.json"]
    assert models.sha256_file(models.Path(folder) / "model.bin") == models.EMBEDDED_SHA256
    # No staging folders are left behind.
    assert os.listdir(tmp_path / "models") == [os.path.basename(folder)]


def test_a_damaged_cache_is_detected_and_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_TOOLKIT_CACHE", str(tmp_path))
    folder = models.assemble_embedded()
    with open(folder / "model.bin", "r+b") as f:
        f.truncate(1000)
    assert not models.verify_embedded()
    assert models.resolve(None).path == str(models.assemble_embedded())
    assert models.verify_embedded()


def test_resolve_folder_and_names(tmp_path):
    with pytest.raises(models.ModelError, match="no model.bin"):
        models.resolve(str(tmp_path))
    ref = models.resolve("large-v3")
    assert ref.path == "large-v3" and not ref.local
