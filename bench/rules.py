"""Rule-engine throughput: calls per second per core on synthetic 10-minute transcripts.

    .venv/bin/python bench/rules.py [--pack bank_zh] [--calls 40] [--minutes 10] [--rounds 5]
    .venv/bin/python bench/rules.py --check 1000 [--minutes 5]

Builds realistic calls (opening, identity check, free talk assembled from fragments, the odd
hold, interruption, taboo phrase or upset customer in a minority of calls, closing; a word per
character with Whisper-like probabilities; audio speech segments), then times ``pack.evaluate``
on them the way the product calls it: on the call as its JSON reads back (the pipeline judges
``as_saved(call)``; ``check`` and ``verify`` read the JSON) and keeping hits and reviews only
(``pass_evidence=False``). Every evaluation re-normalises and re-encodes the text; only
per-character and per-word tables are warm, as in a worker after its first call. Prints
calls/s on this one core (the engine is single-threaded), ms per call, characters per call and
the share of time per rule; then, for comparison, the same calls as fresh in-memory objects
with every pass's evidence: the engine first copies such a call at the published precision
(``Call.at_published_precision``, a new Word per word), which dominates that figure. Target:
≥ 500 calls/s/core.

With ``--check N`` it instead writes N synthetic calls as a run folder (call JSON as a run
saves it) and times ``qa-toolkit check OUT --rules PACK`` on it, end to end (target: seconds
for 1,000 calls).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import timeit
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_toolkit.provenance import as_saved  # noqa: E402
from qa_toolkit.rules import load_pack  # noqa: E402
from qa_toolkit.rules.base import EvalContext  # noqa: E402
from qa_toolkit.types import Call, CallMeta, SpeakerSegment, Turn, Word  # noqa: E402

GREETING = "您好，恒通银行，工号{staff}，很高兴为您服务，请问有什么可以帮您？"
VERIFY = ["好的，为了保障您的账户安全，请问您是持卡人本人吗？", "请您提供一下身份证后四位。"]
CLOSING = ["请问还有其他可以帮您的吗？", "感谢您的来电，祝您生活愉快，再见。"]
NEEDS = ["你好，我想查一下我储蓄卡的余额，还有这个月的工资到账没有。",
         "你好，我前天给别人转了两千块钱，对方说一直没收到。",
         "我想把信用卡额度提高一点，现在的额度不太够用。",
         "我换了手机号，想把银行预留的手机号改一下。", "我的银行卡找不到了，想办一下挂失。"]
# Free talk is built from fragments so that no two calls read alike.
SUBJECTS = ["您这笔交易", "您的信用卡", "这个业务", "您的储蓄账户", "手机银行", "网点", "这张卡",
            "您的房贷", "自动还款", "短信提醒", "这个申请", "您的额度", "境外消费", "分期"]
PREDICATES = ["一般三个工作日内处理完成", "需要您本人携带身份证办理", "可以在手机银行里直接操作",
              "会在扣款前一天短信通知您", "目前的状态是正常", "已经帮您登记好了", "每个月二十号扣款",
              "需要提供相关的材料", "可以随时查询办理进度", "办理成功后会有短信提醒",
              "最快当天就可以完成", "不收取额外的手续费"]
TAILS = ["", "，您看可以吗？", "，请您放心。", "，您还有什么不清楚的可以问我。", "，具体以短信为准。"]
CUSTOMER = ["好的，明白了。", "那大概要多久？", "是的，是我本人。", "三五一二。", "嗯。", "对。",
            "那我需要带什么材料？", "手机银行上在哪里操作？", "好的，那我明天去网点。",
            "那会不会收手续费？", "我上个月也办过一次，当时说可以的。", "没有了，谢谢。"]
# Violations, each planted in a small share of calls.
SLIPS = ["这个不归我管，", "对方行头寸不足，", "系统已经做了冲正，", "我也没办法，"]
UPSET = ["我对这个处理很不满，能不能快一点？", "我要投诉你们！", "我的卡是不是被盗刷了？"]


def _free_talk(rng: random.Random) -> str:
    return rng.choice(SUBJECTS) + rng.choice(PREDICATES) + rng.choice(TAILS)


def synthetic_call(index: int, minutes: float, rng: random.Random) -> Call:
    """A scripted call of ``minutes``: opening, identity check, free talk with the odd hold,
    interruption or slip (each in a minority of calls), closing; a word per character."""
    script = [("agent", GREETING.format(staff=rng.choice(["八零二七", "六一五三", "3390"]))),
              ("customer", rng.choice(NEEDS)), ("agent", VERIFY[0]), ("customer", "是的。"),
              ("agent", VERIFY[1]), ("customer", rng.choice(["三五一二。", "一六八零。"]))]
    slip = rng.random() < 0.3
    upset = rng.random() < 0.2
    turns, speech, t = [], [], 0.5
    end_of_call = minutes * 60.0 - 12.0
    i = 0
    while True:
        if i < len(script):
            role, text = script[i]
        elif t >= end_of_call:
            break
        elif i % 2 == 0:
            role, text = "agent", _free_talk(rng)
            if slip and rng.random() < 0.05:
                text = rng.choice(SLIPS) + text
            if rng.random() < 0.03:
                t = _say(turns, speech, role, "请您稍等，我帮您查询一下。", t, rng)
                text = "感谢您的耐心等待。" + _free_talk(rng)
        else:
            role = "customer"
            text = rng.choice(UPSET) if upset and rng.random() < 0.05 else rng.choice(CUSTOMER)
        i += 1
        t = _say(turns, speech, role, text, t, rng)
    if rng.random() < 0.8:
        t = _say(turns, speech, "agent", "请注意防范电信诈骗，不要向任何人透露验证码。", t, rng)
    for text in CLOSING:
        t = _say(turns, speech, "agent", text, t, rng)
    return Call(call_id=f"bench{index:04d}", source="synthetic", duration_s=t + 0.5, channels=2,
                sample_rate=8000, model="synthetic", language="zh", rule_pack={}, turns=turns,
                meta=CallMeta(call_id=f"bench{index:04d}", business_type="account"),
                diarization={"role_confidence": 0.95}, speech=speech)


def _say(turns: list, speech: list, role: str, text: str, t: float, rng: random.Random) -> float:
    rate = rng.uniform(3.8, 5.2)  # characters per second
    dur = len(text) / rate
    step = dur / len(text)
    words = [Word(t + i * step, t + (i + 1) * step, c, round(rng.uniform(0.6, 0.99), 3),
                  speaker=role) for i, c in enumerate(text)]
    turns.append(Turn(speaker=role, role=role, start=t, end=t + dur, text=text, words=words))
    speech.append(SpeakerSegment(start=t, end=t + dur, speaker=role, role=role))
    if text.startswith("请您稍等"):
        return t + dur + rng.uniform(8.0, 20.0)  # a hold
    if rng.random() < 0.02:
        return t + dur - 0.8  # the next speaker talks over this one
    return t + dur + rng.uniform(0.3, 1.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", default="bank_zh")
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--check", type=int, default=0, metavar="N",
                        help="time `qa-toolkit check` on a run folder of N synthetic calls")
    args = parser.parse_args()

    pack = load_pack(args.pack)
    if args.check:
        bench_check(pack, args.check, args.minutes)
        return
    rng = random.Random(20261130)
    fresh = [synthetic_call(i, args.minutes, rng) for i in range(args.calls)]
    calls = [as_saved(call) for call in fresh]  # as the pipeline hands them to the engine
    chars = sum(len(t.text) for c in calls for t in c.turns) / len(calls)
    turns = sum(len(c.turns) for c in calls) / len(calls)
    for call in calls[:3]:
        pack.evaluate(call)  # warm the per-character tables (one-off per process)

    def best_per_call(batch: list, **options) -> tuple[float, int]:
        best, hits = float("inf"), 0
        for _ in range(args.rounds):
            start = time.process_time()
            hits = 0
            for call in batch:
                hits += sum(o.status == "hit" for o in pack.evaluate(call, **options))
            best = min(best, time.process_time() - start)
        return best / len(batch), hits

    per_call, hits = best_per_call(calls, pass_evidence=False)
    full_per_call, _ = best_per_call(fresh, pass_evidence=True)

    # Where the time goes: building the text (normalise + encode) vs each rule.
    per_rule: dict[str, float] = defaultdict(float)
    for call in calls:
        t0 = time.process_time()
        ctx = EvalContext(call, pack.lang, pack.thresholds, pass_evidence=False)
        per_rule["(call text: normalise, encode)"] += time.process_time() - t0
        for rule in pack.rules:
            t0 = time.process_time()
            ctx.outcomes[rule.id] = rule.evaluate(ctx)
            per_rule[rule.id] += time.process_time() - t0
    total = sum(per_rule.values())

    print(f"pack {pack.id} {pack.version}: {len(pack.rules)} rules")
    print(f"synthetic calls: {len(calls)} x {args.minutes:g} min, {turns:.0f} turns, "
          f"{chars:.0f} characters each; {hits / len(calls):.1f} hits/call")
    print(f"CPU time per call: {per_call * 1000:.2f} ms (best of {args.rounds} rounds)")
    print(f"throughput: {1 / per_call:.0f} calls/s per core (target >= 500); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while measuring")
    print(f"for comparison, fresh in-memory calls with every pass's evidence: "
          f"{full_per_call * 1000:.2f} ms per call, {1 / full_per_call:.0f} calls/s per core")
    reference = min(timeit.repeat("sum(range(100))", number=100_000, repeat=5)) / 100_000
    print(f"machine speed, for comparing numbers across machines: sum(range(100)) takes "
          f"{reference * 1e6:.2f} µs")
    for name, seconds in sorted(per_rule.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {name:<30} {seconds / total:6.1%}")


def bench_check(pack, n: int, minutes: float) -> None:
    from qa_toolkit.runfolder import call_json_bytes, call_path, atomic_write

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        size = 0
        for i in range(n):
            call = synthetic_call(i, minutes, rng)
            call.rule_pack = {"id": pack.id, "version": pack.version, "sha256": pack.sha256}
            outcomes = pack.evaluate(call)
            call.hits = [o for o in outcomes if o.status == "hit"]
            call.review = [o for o in outcomes if o.status == "review"]
            data = call_json_bytes(call.to_dict())
            size += len(data)
            atomic_write(call_path(out, call.call_id), data)
        start = time.perf_counter()
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = subprocess.run([sys.executable, "-m", "qa_toolkit.cli.app", "check", str(out),
                                 "--rules", pack.path], capture_output=True, text=True)
        wall = time.perf_counter() - start
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    if result.returncode != 0:
        sys.exit(f"check failed: {result.stderr}")
    print(f"check on {n} calls of {minutes:g} min ({size / 1e6:.0f} MB of call JSON): "
          f"{wall:.1f} s wall, {cpu:.1f} s CPU in all processes (incl. start-up and pack "
          f"load); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(result.stdout.splitlines()[-1])


if __name__ == "__main__":
    main()
