"""qa-toolkit.toml: parsing, one-line errors with file and line, lookup order, CLI precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_toolkit.config import (ConfigError, ReportSection, RunConfig, RunSection, find_config,
                               load_config, merge)
from qa_toolkit.sampling import RiskWeights

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "qa-toolkit.toml"


def write(tmp_path: Path, text: str, name: str = "qa-toolkit.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_example_parses_with_its_documented_values():
    config = load_config(EXAMPLE)
    assert config.source == EXAMPLE
    assert config.run.out == Path("/srv/qa/out")
    assert (config.run.workers, config.run.threads, config.run.agent_channel) == (2, 1, 0)
    assert config.run.timeout_s == 1800.0 and config.run.quiet is True
    assert config.run.engine == "local" and config.run.rules == "bank_zh"
    assert (config.sample.plan, config.sample.n, config.sample.per_agent) == ("risk", 600, 2)
    assert config.sample.always_tags == ["complaint"]
    assert config.sample.risk.tags == {"complaint": 5.0, "transfer": 2.0}
    assert config.sample.risk.new_agent == 3.0 and config.sample.risk.long_call == 2.0
    assert config.store.db == Path("/srv/qa/history.sqlite")
    assert config.to_dict()["store"]["db"] == "/srv/qa/history.sqlite"


def test_every_section_and_type(tmp_path: Path):
    path = write(tmp_path, """
[run]
recordings = "/data/day"
metadata = "sample.csv"
model = "/opt/models/large-v3-ct2"
language = "auto"
diarization = "channel"
workers = 4
threads = 2
engine = "ray"
ray_address = "ray://head:10001"
timeout_s = 600
force = true

[sample]
plan = "stratified"
fraction = 0.1
per_agent = 3
period = "week"
seed = 42

[report]
lang = "en"
template_dir = "tpl"
""")
    config = load_config(path)
    run = config.run
    assert run.recordings == [Path("/data/day")] and run.metadata == Path("sample.csv")
    assert (run.workers, run.threads, run.engine, run.ray_address) == (4, 2, "ray",
                                                                       "ray://head:10001")
    assert run.timeout_s == 600.0 and isinstance(run.timeout_s, float) and run.force is True
    assert (run.language, run.diarization) == ("auto", "channel")
    assert (config.sample.plan, config.sample.fraction, config.sample.period) == \
        ("stratified", 0.1, "week")
    assert config.sample.seed == 42 and config.sample.risk == RiskWeights()
    assert (config.report.lang, config.report.template_dir) == ("en", Path("tpl"))
    assert config.store.db is None  # absent section: defaults


@pytest.mark.parametrize("text, message", [
    ("[run]\nworkers = 2\nwokers = 3\n",
     ":3: unknown key 'wokers' in [run] (did you mean 'workers'?)"),
    ("# nightly\n\n[reprot]\nlang = 'en'\n",
     ":3: unknown section [reprot] (did you mean 'report'?)"),
    ("[sample.risk]\nlong_call = 2\nvip = 3\n", ":3: unknown key 'vip' in [sample.risk]"),
    ("[run]\nworkers = \"two\"\n", ":2: [run] workers must be an integer, got 'two'"),
    ("[run]\n\nworkers = 0\n", ":3: [run] workers must be an integer >= 1, got 0"),
    ("[run]\nengine = \"spark\"\n", ":2: [run] engine must be one of local, ray, got 'spark'"),
    ("[run]\nforce = \"yes\"\n", ":2: [run] force must be true or false"),
    ("[run]\nagent_channel = 2\n", ":2: [run] agent_channel must be 0 or 1"),
    ("[sample]\nn = 10\nfraction = 0.1\n", ":3: [sample] fraction must be absent when n is set"),
    ("[sample]\nalways_tags = \"complaint\"\n", ":2: [sample] always_tags must be an array"),
    ("[sample.risk]\ntags = { complaint = \"high\" }\n",
     ":2: [sample.risk] tags must be a table of numbers"),
    ("[sample.risk]\nlong_quantile = 1.5\n", ":2: [sample.risk] long_quantile must be a number in"),
    ("[run\nworkers = 2\n", ": invalid TOML (Expected ']'"),
])
def test_errors_are_one_line_naming_file_line_and_key(tmp_path: Path, text: str, message: str):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    line = str(err.value)
    assert "\n" not in line
    assert line.startswith(str(path)) and message in line, line


def test_lookup_order_explicit_then_working_directory_then_defaults(tmp_path: Path,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert find_config() is None
    assert load_config() == RunConfig()

    write(tmp_path, "[run]\nworkers = 3\n")
    assert find_config() == tmp_path / "qa-toolkit.toml"
    assert load_config().run.workers == 3

    other = write(tmp_path, "[run]\nworkers = 5\n", name="night.toml")
    assert load_config(other).run.workers == 5
    with pytest.raises(ConfigError, match=r"missing\.toml: no such config file"):
        load_config(tmp_path / "missing.toml")


def test_merge_keeps_the_file_where_a_flag_was_not_given(tmp_path: Path):
    config = load_config(write(tmp_path, "[run]\nworkers = 3\nout = \"/night\"\nforce = true\n"
                                         "[sample]\nseed = 9\nplan = \"risk\"\n"))
    run = merge(config.run, workers=None, out=Path("here"), force=None, recordings=[],
                threads=None)
    assert (run.workers, run.out, run.force, run.recordings) == (3, Path("here"), True, [])
    assert merge(config.run, force=False).force is False  # --no-force beats the file
    assert config.run.out == Path("/night")  # merge returns a copy

    # On the whole config each flag goes to the section that owns it.
    merged = merge(config, workers=8, seed=None, lang="en", db=Path("h.sqlite"))
    assert merged.run.workers == 8 and merged.sample.seed == 9
    assert merged.report.lang == "en" and merged.store.db == Path("h.sqlite")
    assert merged.sample.plan == "risk" and merged.source == config.source

    with pytest.raises(TypeError, match="wrkers"):
        merge(RunSection(), wrkers=2)


# --- one declaration: the [run]/[report] fields are the run command's flags -------------

def _run_params():
    import click
    import typer.main

    from qa_toolkit.cli.app import app

    command = typer.main.get_command(app)
    return {p.name: p for p in command.commands["run"].params}, click


@pytest.mark.parametrize("section, cls", [("run", RunSection), ("report", ReportSection)])
def test_every_config_field_is_a_run_flag_whose_help_is_its_docstring(tmp_path, section, cls):
    from dataclasses import fields

    from qa_toolkit.config import field_docs

    params, click = _run_params()
    docs = field_docs(cls)
    for f in fields(cls):
        assert f.name in params, f"[{section}] {f.name} has no flag on `qa-toolkit run`"
        help_text = params[f.name].help if isinstance(params[f.name], click.Option) else \
            getattr(params[f.name], "help", "")
        assert docs[f.name] and help_text.replace("\\[", "[").startswith(docs[f.name]), f.name
        # and a TOML key: the file's value arrives where the flag's would
        default = getattr(cls(), f.name)
        if isinstance(default, bool):
            path = write(tmp_path, f"[{section}]\n{f.name} = {str(not default).lower()}\n")
            assert getattr(getattr(load_config(path), section), f.name) is (not default)


@pytest.mark.parametrize("flag, value, key, toml_value, what", [
    ("--workers", "0", "workers", "0", "must be an integer >= 1, got 0"),
    ("--engine", "spark", "engine", '"spark"', "must be one of local, ray, got 'spark'"),
    ("--agent-channel", "2", "agent_channel", "2", "must be 0 or 1, got 2"),
    ("--timeout", "-5", "timeout_s", "-5.0", "must be a number > 0, got -5.0"),
    ("--diarization", "magic", "diarization", '"magic"',
     "must be one of auto, channel, embedded, pyannote, got 'magic'"),
])
def test_a_bad_value_gets_the_same_check_from_the_flag_and_from_the_file(
        tmp_path, flag, value, key, toml_value, what):
    from conftest import invoke_cli

    result = invoke_cli("run", str(tmp_path), "--out", str(tmp_path / "out"), flag, value)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {flag} {what}", result.stderr
    path = write(tmp_path, f"[run]\n{key} = {toml_value}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}:2: [run] {key} {what}"
