"""Render a samples folder through telephone conditions: a harder test set with the same truth.

    python tools/telephone.py samples --level moderate --out /tmp/tel-moderate [--seed 7]

Every call of the folder (one truth file each, `{stereo,mono,truth}/` + `metadata.csv`, as in
`samples/`) goes through what real recordings suffer, in the order it happens on a call:

1. noise at the talker: office babble (other calls of the set, several at once) on the
   agent's line, street noise (brown + pink + traffic rumble + horns and knocks) or babble on
   the customer's, scaled to an SNR measured against that party's active speech (its truth
   turns);
2. clipping: the loudest samples cut at one threshold (an overdriven microphone stage);
3. levels: the agent's line at -20 dBFS active level, the customer's 6-9 dB quieter;
4. line echo: a delayed, dispersed, band-limited copy of the other party's line into each;
5. G.711 at 8 kHz, mu-law or A-law, encoded and decoded with the ITU-T reference algorithm;
6. packet loss: 20 ms frames dropped in short bursts, concealed by the codec's silence or by
   repeating the previous frame.

Stereo keeps one party per line; mono is the sum of the two degraded lines. Every parameter is
drawn per call from the level's ranges with an RNG seeded by (--seed, call id, level), so the
output is the same byte for byte on every run. The output folder has the input's layout: the
same relative paths with `.wav` (8 kHz G.711 WAV), truth files copied with their `files`
entries pointing at them, metadata.csv rewritten with the same call ids, and
`conditions.json` listing every call's drawn and measured conditions.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr
from scipy import signal

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from qa_toolkit.audio import AudioError, decode  # noqa: E402

RATE = 8000
FRAME = RATE // 50
"""One 20 ms packet of G.711."""
AGENT_ACTIVE_DBFS = -20.0
EXIT_SOME_FAILED, EXIT_USAGE = 1, 2
"""As the product's CLI (qa_toolkit/cli/common.py), without importing typer into a tool."""


@dataclass(frozen=True)
class Level:
    """Ranges a call's conditions are drawn from (uniformly, per call)."""
    customer_offset_db: tuple[float, float]
    """How much quieter the customer's active speech is than the agent's."""
    snr_db: tuple[float, float]
    echo_db: tuple[float, float]
    """Echo of the other party relative to that party's own active level."""
    echo_delay_ms: tuple[float, float]
    loss_pct: tuple[float, float]
    clip_pct: tuple[float, float]


# The ranges (offset 6-9 dB, SNR 12-20 dB, echo -24 to -30 dB, loss 1-1.5 %): moderate
# takes the milder half, harsh the worse half, with more loss and clipping than moderate. The
# offset is drawn 0.25 dB inside 6-9: echo, codec and lost packets move the level in the file
# by up to 0.1 dB.
LEVELS = {
    "moderate": Level(customer_offset_db=(6.25, 7.5), snr_db=(16.0, 20.0),
                      echo_db=(-30.0, -27.0), echo_delay_ms=(20.0, 60.0),
                      loss_pct=(1.0, 1.5), clip_pct=(0.05, 0.2)),
    "harsh": Level(customer_offset_db=(7.5, 8.75), snr_db=(12.0, 16.0),
                   echo_db=(-27.0, -24.0), echo_delay_ms=(60.0, 120.0),
                   loss_pct=(2.0, 3.0), clip_pct=(0.5, 1.5)),
}
BABBLE_TALKERS = 6
"""Enough voices at once that no single one is intelligible (real babble, no stray words)."""


class RenderError(ValueError):
    """A call that cannot be rendered; the message is one line naming the problem."""


# ---- G.711 (the ITU-T reference algorithm, Sun's g711.c, vectorised) --------------------

_ULAW_SEG_END = np.array([0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF])
_ALAW_SEG_END = np.array([0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF])


def _to_pcm16(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x * 32768.0), -32768, 32767).astype(np.int32)


def ulaw_encode(x: np.ndarray) -> np.ndarray:
    pcm = _to_pcm16(x) >> 2
    mask = np.where(pcm < 0, 0x7F, 0xFF)
    magnitude = np.minimum(np.abs(pcm), 8159) + 33
    seg = np.searchsorted(_ULAW_SEG_END, magnitude)
    code = np.where(seg >= 8, 0x7F, (seg << 4) | ((magnitude >> (seg + 1)) & 0xF))
    return (code ^ mask).astype(np.uint8)


def ulaw_decode(code: np.ndarray) -> np.ndarray:
    u = ~code.astype(np.int32) & 0xFF
    t = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4)
    return (np.where(u & 0x80, 0x84 - t, t - 0x84) / 32768.0).astype(np.float32)


def alaw_encode(x: np.ndarray) -> np.ndarray:
    pcm = _to_pcm16(x) >> 3
    mask = np.where(pcm >= 0, 0xD5, 0x55)
    magnitude = np.where(pcm >= 0, pcm, -pcm - 1)
    seg = np.searchsorted(_ALAW_SEG_END, magnitude)
    mantissa = np.where(seg < 2, magnitude >> 1, magnitude >> np.maximum(seg, 1)) & 0xF
    code = np.where(seg >= 8, 0x7F, (np.minimum(seg, 7) << 4) | mantissa)
    return (code ^ mask).astype(np.uint8)


def alaw_decode(code: np.ndarray) -> np.ndarray:
    a = code.astype(np.int32) ^ 0x55
    seg = (a & 0x70) >> 4
    t = ((a & 0x0F) << 4) + np.where(seg == 0, 8, 0x108)
    t = np.where(seg > 1, t << np.maximum(seg - 1, 0), t)
    return (np.where(a & 0x80, t, -t) / 32768.0).astype(np.float32)


CODECS = {"ULAW": (ulaw_encode, ulaw_decode), "ALAW": (alaw_encode, alaw_decode)}


def g711_round_trip(x: np.ndarray, law: str) -> np.ndarray:
    encode, decode_codes = CODECS[law]
    return decode_codes(encode(x))


# ---- measuring ----------------------------------------------------------------------------

def turn_mask(turns: list[dict], n: int, role: str | None = None) -> np.ndarray:
    """Samples inside the truth turns (of one role, or of anyone)."""
    mask = np.zeros(n, dtype=bool)
    for t in turns:
        if role is None or t["role"] == role:
            mask[int(round(t["start"] * RATE)):int(round(t["end"] * RATE))] = True
    return mask


def power(x: np.ndarray, mask: np.ndarray | None = None) -> float:
    part = x if mask is None else x[mask]
    return float(np.mean(np.square(part, dtype=np.float64))) if part.size else 0.0


def db(ratio: float) -> float:
    return float(10 * np.log10(max(ratio, 1e-20)))


# ---- noises ---------------------------------------------------------------------------------

_LINE_BAND = signal.butter(2, [200, 3400], btype="bandpass", fs=RATE, output="sos")
"""What a handset and the line let through; noise is scaled after it, so the SNR is in band."""


def _loop(source: np.ndarray, n: int, start: int) -> np.ndarray:
    return source[(start + np.arange(n)) % source.size]


def office_babble(pool: list[np.ndarray], n: int, rng: np.random.Generator) -> np.ndarray:
    """Several other calls' voices at once, at random offsets, heard from across a room."""
    babble = np.zeros(n)
    for _ in range(BABBLE_TALKERS):
        voice = pool[int(rng.integers(len(pool)))]
        talker = _loop(voice, n, int(rng.integers(voice.size)))
        babble += talker / np.sqrt(power(talker) + 1e-12) * 10 ** (rng.uniform(-3, 3) / 20)
    distance = signal.butter(2, 2500, btype="lowpass", fs=RATE, output="sos")
    return signal.sosfilt(distance, babble)


def _pink(n: int, rng: np.random.Generator) -> np.ndarray:
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.fft.rfftfreq(n, 1 / RATE)
    spectrum[1:] /= np.sqrt(freqs[1:])
    spectrum[0] = 0
    return np.fft.irfft(spectrum, n)


def street_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    """Brown and pink noise, traffic rumble that swells as vehicles pass, horns and knocks."""
    t = np.arange(n) / RATE
    brown = signal.lfilter([1.0], [1.0, -0.995], rng.standard_normal(n))
    pink = _pink(n, rng)
    rumble = signal.sosfilt(signal.butter(4, 250, btype="lowpass", fs=RATE, output="sos"),
                            rng.standard_normal(n))
    passing = np.full(n, 0.3)
    for centre in rng.uniform(0, t[-1], size=max(1, int(t[-1] / 15))):
        passing += np.exp(-0.5 * ((t - centre) / rng.uniform(2, 5)) ** 2)
    bed = (brown / np.std(brown) + 0.7 * pink / np.std(pink)
           + 1.5 * rumble / np.std(rumble) * passing)
    for start in rng.uniform(0, max(t[-1] - 1, 0), size=rng.poisson(t[-1] / 12)):
        i = int(start * RATE)
        if rng.random() < 0.4:  # a horn: a few harmonics, swelling and fading
            k = np.arange(int(rng.uniform(0.3, 0.7) * RATE))
            f0 = rng.uniform(350, 500)
            tone = sum(np.sin(2 * np.pi * f0 * h * k / RATE) / h for h in (1, 2, 3, 4))
            burst = tone * np.sin(np.pi * k / k.size) * rng.uniform(1.5, 3)
        else:  # a knock or clatter: a noise burst that dies in tens of ms
            k = np.arange(int(0.25 * RATE))
            burst = (rng.standard_normal(k.size) * np.exp(-k / (rng.uniform(0.03, 0.08) * RATE))
                     * rng.uniform(3, 6))
        end = min(n, i + burst.size)
        bed[i:end] += burst[:end - i]
    return bed


# ---- the line ------------------------------------------------------------------------------

def line_echo(other: np.ndarray, delay_ms: float, rng: np.random.Generator) -> np.ndarray:
    """The other party as a hybrid returns it: delayed, dispersed over a few ms, band-limited."""
    delay = int(round(delay_ms * RATE / 1000))
    tail = np.arange(int(0.006 * RATE))
    path = rng.standard_normal(tail.size) * np.exp(-tail / (0.0015 * RATE))
    band = signal.butter(2, [300, 3000], btype="bandpass", fs=RATE, output="sos")
    echo = signal.sosfilt(band, signal.lfilter(path, [1.0], other))
    return np.concatenate([np.zeros(delay), echo[:other.size - delay]])


def packet_loss(x: np.ndarray, loss_pct: float, conceal: str,
                rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Drop 20 ms frames in short bursts (mean 1.5 frames); return the signal and lost frames."""
    frames = x.size // FRAME
    target = int(round(frames * loss_pct / 100))
    lost = np.zeros(frames, dtype=bool)
    while lost.sum() < target:
        burst = min(int(rng.geometric(1 / 1.5)), target - int(lost.sum()))
        start = int(rng.integers(1, frames - burst))
        lost[start:start + burst] = True
    out = x.copy()
    for f in np.flatnonzero(lost):
        frame = slice(f * FRAME, (f + 1) * FRAME)
        out[frame] = out[(f - 1) * FRAME:f * FRAME] if conceal == "repeat" else 0.0
    return out, lost


def clip(x: np.ndarray, clip_pct: float) -> tuple[np.ndarray, float]:
    """Cut the loudest clip_pct % of samples at one threshold (never above full scale)."""
    threshold = min(float(np.quantile(np.abs(x), 1 - clip_pct / 100)), 1.0)
    clipped = np.abs(x) >= threshold
    return np.clip(x, -threshold, threshold), 100 * float(clipped.mean())


@dataclass
class ChannelReport:
    role: str
    noise: str
    snr_db: float
    clip_pct: float
    active_dbfs: float
    echo_db: float | None = None
    echo_delay_ms: float | None = None
    loss_pct: float = 0.0
    conceal: str = ""


def talker_side(speech: np.ndarray, own: np.ndarray, noise: np.ndarray, noise_kind: str,
                role: str, target_dbfs: float, level: Level,
                rng: np.random.Generator) -> tuple[np.ndarray, ChannelReport]:
    """What leaves a party's handset: speech + room noise, clipped, at the line's level."""
    noise = signal.sosfilt(_LINE_BAND, noise)
    noise *= np.sqrt(power(speech, own) / 10 ** (rng.uniform(*level.snr_db) / 10) / power(noise))
    snr_db = db(power(speech, own) / power(noise))
    line, clip_pct = clip(speech + noise, rng.uniform(*level.clip_pct))
    # The level is set after the clipping (network and handset gain), so the customer's line is
    # as much quieter as drawn however hard either microphone clipped.
    line *= 10 ** (target_dbfs / 20) / np.sqrt(power(line, own))
    return line, ChannelReport(role=role, noise=noise_kind, snr_db=snr_db, clip_pct=clip_pct,
                               active_dbfs=db(power(line, own)))


def network_side(line: np.ndarray, other: np.ndarray | None, other_mask: np.ndarray | None,
                 report: ChannelReport, level: Level, law: str, conceal: str,
                 rng: np.random.Generator) -> np.ndarray:
    """What the recorder gets: the line + echo of the other party, G.711, packets lost."""
    line = line.copy()
    if other is not None:
        report.echo_delay_ms = float(rng.uniform(*level.echo_delay_ms))
        echo = line_echo(other, report.echo_delay_ms, rng)
        wanted = rng.uniform(*level.echo_db)
        echo *= np.sqrt(10 ** (wanted / 10) * power(other, other_mask) / power(echo, other_mask))
        report.echo_db = db(power(echo, other_mask) / power(other, other_mask))
        line += echo
    coded = g711_round_trip(line, law)
    coded, lost = packet_loss(coded, rng.uniform(*level.loss_pct), conceal, rng)
    report.loss_pct, report.conceal = 100 * float(lost.mean()), conceal
    # Concealed silence is the codec's own silence (A-law has no exact zero).
    return g711_round_trip(coded, law)


# ---- a call -------------------------------------------------------------------------------

@dataclass
class CallSource:
    call_id: str
    truth_path: Path
    truth: dict
    lines: np.ndarray
    """[channels, frames] at 8 kHz: the stereo recording, or the mono one if there is none."""
    agent_channel: int | None


def _read_8k(path: Path) -> np.ndarray:
    try:
        audio = decode(path)
    except AudioError as exc:
        raise RenderError(f"{path}: {exc}") from None
    samples = audio.samples.astype(np.float64)
    if audio.sample_rate != RATE:
        samples = soxr.resample(samples.T, audio.sample_rate, RATE, quality="HQ").T
    return samples


def render_call(src: CallSource, level: Level, pool: list[np.ndarray],
                rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, dict]:
    """The degraded lines [channels, frames] (agent where it was), their mono mix, the report."""
    law = "ALAW" if rng.random() < 0.5 else "ULAW"
    conceal = "zero" if rng.random() < 0.5 else "repeat"
    n = src.lines.shape[1]
    turns = src.truth.get("turns") or []
    if src.agent_channel is None:
        mask = turn_mask(turns, n)
        if not mask.any():
            raise RenderError(f"{src.truth_path}: no turn to set the level from")
        kind = "babble" if rng.random() < 0.5 else "street"
        noise = office_babble(pool, n, rng) if kind == "babble" else street_noise(n, rng)
        line, report = talker_side(src.lines[0], mask, noise, kind, "both", AGENT_ACTIVE_DBFS,
                                   level, rng)
        line = network_side(line, None, None, report, level, law, conceal, rng)
        return line[None, :], line, {"law": law, "lines": [asdict(report)]}
    agent = src.agent_channel
    customer = 1 - agent
    roles = {agent: "agent", customer: "customer"}
    masks = {ch: turn_mask(turns, n, role) for ch, role in roles.items()}
    for ch, role in roles.items():
        if not masks[ch].any():
            raise RenderError(f"{src.truth_path}: no {role} turn to set the level from")
    offset = rng.uniform(*level.customer_offset_db)
    target = {agent: AGENT_ACTIVE_DBFS, customer: AGENT_ACTIVE_DBFS - offset}
    customer_kind = "street" if rng.random() < 0.6 else "babble"
    kinds = {agent: "babble", customer: customer_kind}
    sent, reports = {}, {}
    for ch, role in roles.items():
        noise = (office_babble(pool, n, rng) if kinds[ch] == "babble"
                 else street_noise(n, rng))
        sent[ch], reports[ch] = talker_side(src.lines[ch], masks[ch], noise, kinds[ch], role,
                                            target[ch], level, rng)
    out = np.zeros((2, n), dtype=np.float32)
    for ch in roles:
        other = 1 - ch
        out[ch] = network_side(sent[ch], sent[other], masks[other], reports[ch], level, law,
                               conceal, rng)
    mono = out.sum(axis=0)
    peak = float(np.abs(mono).max())
    if peak > 0.98:  # a recorder's summing bus normalises rather than wraps
        mono *= 0.98 / peak
    for ch in roles:
        reports[ch].active_dbfs = db(power(out[ch], masks[ch]))
    return out, mono, {"law": law,
                       "customer_offset_db": reports[agent].active_dbfs
                       - reports[customer].active_dbfs,
                       "lines": [asdict(reports[agent]), asdict(reports[customer])]}


# ---- a folder -----------------------------------------------------------------------------

def read_metadata(folder: Path) -> tuple[list[str], list[dict[str, str]]]:
    path = folder / "metadata.csv"
    if not path.is_file():
        raise RenderError(f"{path}: no metadata.csv (expected the samples/ layout)")
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise RenderError(f"{path}: needs a header with a file column")
        return list(reader.fieldnames), list(reader)


def load_calls(folder: Path, rows: list[dict[str, str]]) -> tuple[list[CallSource], list[str]]:
    """One CallSource per truth file, read from its stereo file (or its mono one)."""
    truth_dir = folder / "truth"
    if not truth_dir.is_dir():
        raise RenderError(f"{truth_dir}: no truth folder (expected the samples/ layout)")
    channel_of = {r["file"]: r.get("agent_channel", "") for r in rows}
    calls, problems = [], []
    for path in sorted(truth_dir.glob("*.json")):
        try:
            truth = json.loads(path.read_text(encoding="utf-8"))
            files = truth.get("files") or {}
            if not files:
                raise RenderError(f"{path}: no files entry")
            stereo = files.get("stereo")
            file = stereo or next(iter(files.values()))
            lines = _read_8k(folder / file)
            agent_channel = None
            if lines.shape[0] == 2:
                value = channel_of.get(file) or str(truth.get("agent_channel", ""))
                if value not in ("0", "1"):
                    raise RenderError(f"{folder / file}: agent_channel must be 0 or 1 for a "
                                      f"stereo file, not {value!r}")
                agent_channel = int(value)
            elif lines.shape[0] != 1:
                raise RenderError(f"{folder / file}: {lines.shape[0]} channels (need 1 or 2)")
            calls.append(CallSource(str(truth.get("call_id") or path.stem), path, truth,
                                    lines, agent_channel))
        except (RenderError, json.JSONDecodeError, OSError) as exc:
            problems.append(str(exc) if isinstance(exc, RenderError) else f"{path}: {exc}")
    return calls, problems


def wav_path(relative: str) -> str:
    return str(Path(relative).with_suffix(".wav"))


def call_rng(seed: int, call_id: str, level_name: str) -> np.random.Generator:
    # zlib.crc32, not hash(): Python salts str hashes per process.
    return np.random.default_rng([seed, zlib.crc32(call_id.encode()),
                                  zlib.crc32(level_name.encode())])


def render_set(folder: Path, out: Path, level_name: str, seed: int) -> tuple[list[dict], list[str]]:
    """Render every call of `folder` into `out`; return per-call reports and problems."""
    level = LEVELS[level_name]
    fields, rows = read_metadata(folder)
    calls, problems = load_calls(folder, rows)
    written: set[str] = set()
    reports = []
    for src in calls:
        others = [c.lines for c in calls if c is not src] or [src.lines[:, ::-1]]
        # Time-reversed speech stands in when the set has no other call: babble, no words.
        pool = [line for lines in others for line in lines]
        try:
            lines, mono, report = render_call(src, level, pool,
                                              call_rng(seed, src.call_id, level_name))
        except RenderError as exc:
            problems.append(str(exc))
            continue
        files = dict(src.truth["files"])
        for variant, relative in files.items():
            target = out / wav_path(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            data = mono if variant == "mono" or src.agent_channel is None else lines.T
            sf.write(str(target), data, RATE, subtype=report["law"], format="WAV")
            written.add(relative)
            files[variant] = wav_path(relative)
        truth = dict(src.truth, files=files)
        (out / "truth").mkdir(parents=True, exist_ok=True)
        (out / "truth" / src.truth_path.name).write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        reports.append({"call_id": src.call_id, **report})
    kept = []
    for row in rows:
        if row["file"] in written:
            kept.append(dict(row, file=wav_path(row["file"])))
        else:
            problems.append(f"{folder / 'metadata.csv'}: {row['file']} not rendered "
                            "(no truth file lists it, or its call failed); row left out")
    out.mkdir(parents=True, exist_ok=True)
    with (out / "metadata.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    (out / "conditions.json").write_text(json.dumps(
        {"source": str(folder.resolve()), "level": level_name, "seed": seed,
         "ranges": asdict(level), "calls": reports}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    return reports, problems


def describe(report: dict) -> str:
    parts = [f"{report['call_id']:<24} {report['law']}"]
    if "customer_offset_db" in report:
        parts.append(f"customer -{report['customer_offset_db']:.1f} dB")
    for line in report["lines"]:
        echo = "" if line["echo_db"] is None else f" echo {line['echo_db']:.1f} dB"
        parts.append(f"{line['role']}: {line['noise']} SNR {line['snr_db']:.1f} dB{echo} "
                     f"loss {line['loss_pct']:.2f}% ({line['conceal']}) "
                     f"clip {line['clip_pct']:.2f}%")
    return " | ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT / "samples",
                        help="a folder with the samples/ layout (default: samples/)")
    parser.add_argument("--level", choices=sorted(LEVELS), required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.out.resolve() == args.folder.resolve():
        print(f"error: {args.out}: the output folder must not be the input folder",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        reports, problems = render_set(args.folder, args.out, args.level, args.seed)
    except RenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for report in reports:
        print(describe(report))
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    print(f"{len(reports)} calls rendered at {args.level} (seed {args.seed}) into {args.out}")
    if problems:
        return EXIT_USAGE if not reports else EXIT_SOME_FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main())
