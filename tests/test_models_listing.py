"""`qa-toolkit models` lists a site's own CTranslate2 folders with size and hash, and
`--model NAME` finds one copied into the site-models folder."""

from __future__ import annotations

import hashlib
import os

from conftest import invoke_cli
from qa_toolkit import models


def test_a_site_model_is_listed_with_size_and_hash_and_runs_by_name(tmp_path, monkeypatch):
    embedded = models.assemble_embedded()
    cache = tmp_path / "cache"
    site = cache / "site-models" / "base-site"
    site.mkdir(parents=True)
    for f in embedded.iterdir():
        if f.is_file():
            os.link(f, site / f.name)
    listing = invoke_cli("models", env={"QA_TOOLKIT_CACHE": str(cache)})
    assert listing.returncode == 0, listing.stderr
    digest = hashlib.sha256((embedded / "model.bin").read_bytes()).hexdigest()
    line = next(line for line in listing.stdout.splitlines() if line.startswith("base-site"))
    assert "MiB" in line and str(site) in line
    assert f"sha256: {digest}" in listing.stdout
    assert str(cache / "site-models") in listing.stdout

    monkeypatch.setenv("QA_TOOLKIT_CACHE", str(cache))
    ref = models.resolve("base-site")
    assert ref.local and ref.path == str(site)
