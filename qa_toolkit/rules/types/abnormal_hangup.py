"""Abnormal hang-up: the call ends on the customer, not with the agent's closing.

Separate from a missing closing script (``closing.missing``): this is about how the call
stopped. Without the agent's closing in the last ``closing_window_s`` seconds, a hit when
the customer was still talking as the call ended (cut off mid-turn), when the call ended
within ``question_gap_s`` of a customer question or within ``unanswered_s`` of customer
words that do not sign off, or when the agent said nothing for the last ``agent_silent_s``
seconds while the customer did. The timing is the evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa_toolkit import textnorm
from qa_toolkit.pii import mask_text
from qa_toolkit.rules.base import EvalContext, Param, Rule, first_match_time, fmt_time
from qa_toolkit.types import Outcome

# A-not-A (退不退, 行不行, 到没到; Cantonese 可唔可, which the ASR also writes 可无可) and 为啥 / 咋
# ask as surely as 吗, and the ASR writes them with a full stop. So do Cantonese's question
# words: 几多 (how much), 几耐 (how long), 点样 / 点算 (how, what now), 边度 / 边个 (where, who), 乜嘢 (what).
_QUESTION = re.compile(r"[?？]|[吗呢吧咩][。.]?$|怎么|什么|多少|几多|几耐|点样|点算|边度|边个|乜嘢|可不可以|哪|谁|为啥|啥|咋|([^\W不没唔无冇])[不没唔无冇]\1"
                       # A verb or modal then a final 不 asks too (能开不, 来得及不, 中不): the
                       # north's and south-west's yes-no question. After a verb the ASR also
                       # writes the 不 by its sound (能开部, 来得及步, 开捕, 还照原样算捕); a
                       # noun's 部 (总部, 全部) or 步 (一步) is no question. (销: 没卡能销不, heard 销捕.)
                       r"|[^\W不没也都还并就别可我你他她]不[。.]?$"
                       # 这也不行 at the end challenges what was just said (这也不行？ with its
                       # mark lost): it waits for an answer as a question does.
                       r"|[也都]不(?:行|中|成|能|可以)[。.]?$"
                       r"|[开来去行能会要办转取存收成中够及用算退换扣给补领销][部步布捕卜埠簿][。.]?$"
                       # …or after a modal or a potential complement further back (赶得上下个月不,
                       # heard 下个月步; 还得跑网点不, heard 网点步).
                       r"|(?:得上|得及|得了|得到|得成|能|会|可以|还得|还要)[^，,。？?]{0,6}"
                       r"[^\W总全分内本一两几这那每进初局干外东西南北乐务][部步布捕卜埠簿][。.]?$"
                       # Either-or (是自动换的还是要我去柜台, 是去柜台汇，还是…; 能换不，还是要跑县城), not 还是
                       # alone (我还是想转).
                       # Its 是 heard by sound at a clause's start (那事按月扣还是…); mid-clause
                       # (这事还是得办) 事 is a noun before a plain 还是.
                       r"|(?:是|(?:^|(?<=[，,。那]))[事市式试世示])[^，,。？?]{1,12}[，,]?还是|不[，,]?还是"
                       # Two ways of doing one thing, the verb said on both sides (用中文还是用
                       # 拼音, 去柜台还是去自助机); 还是 before anything else (去了还是没办成) is
                       # "still".
                       r"|(?:要|用|写|填|去|在|走|选|办|拿|带|找|交|存|取|转|汇)[^，,。？?]{1,10}还是"
                       r"(?:要|用|写|填|去|在|走|选|办|拿|带|找|交|存|取|转|汇)"
                       # …or a comma between and a must after 还是 (在镇上办，还是得跑到县里去);
                       # a first clause done (去了网点，还是要交钱) makes it "still".
                       r"|(?:要|用|写|填|去|在|走|选|办|拿|带|找|交|存|取|转|汇)[^，,。？?了过]{1,10}[，,]"
                       r"还是(?:得|要|能|可以)?(?:用|写|填|去|在|走|选|办|拿|带|找|交|存|取|转|汇|跑|到)"
                       # A final 嘛 after a modal asks (要全部回来才能办嘛, 刷卡不会被拒嘛); elsewhere
                       # it also closes statements and requests (我就是问一句嘛, 你给我说说嘛).
                       r"|(?:能|会|可以)[^，,。？?]{0,8}嘛[。.]?$"
                       # How many (要几天, 几点开门), not a few (这几天, 好几次, 十几个).
                       r"|(?<![好这那前后头十二三四五六七八九])几(?:天|个|点|号|时|次|块|分钟|年|月|周|趟|遍|笔|张)")
# 好吧, 行吧, 那就这样吧 as the last words accept what was said, whatever mark the ASR put;
# the 哦 before them is often heard as 我 (我那行吧, 我好吧). So does the south-west's 好嘛,
# which the ASR writes 好吗: alone, it asks nothing.
_ACCEPTS = re.compile(r"(?:^|[，,。.!！?？\s])(?:我|那|嗯|哦|噢|唔){0,2}"
                      r"(?:(?:好|行|成|算了|也行|那好|就这样)[吧嘛]|(?:好|行|那好)吗)[。.!！?？]?$")


# The caller signing off anywhere in the last turn (谢谢, 好的，我知道了…, 没得了, 再会) ends the call as
# a customer may; words of another kind in the last second of the call were cut short or left
# unanswered (让我帮她取钱成不成, heard 成部子: the ASR loses what made them a question as often
# as not).
_SIGNS_OFF = re.compile(r"谢|再见|再会|回见|回头见|拜拜|好的|晓得了|知道了|明白了|记下了|行了|好了|没了|没有了|没得了|没事了"
                        # …or an answer awaited (行，那我等你电话). Not a yes alone (好，那回单在哪找？).
                        r"|等(?:你|您)的?(?:电话|消息|回话|回信)")

_SENTENCE_ENDS = "。！？!?；;"

_NOT = "不没"
_NOT_AFTER = frozenset("不没也都还并就别可我你他她")
"""Words a 不 after which negates a verb (也不, 都没): no A-not-A, whatever follows."""


@lru_cache(maxsize=1)
def _how() -> str:
    """咋个 (how, in the south-west) by its sounds: the ASR writes it 杂歌, 砸个. Encoded on
    first use, not at import (the first encoding builds textnorm's tables: 0.16 s)."""
    return textnorm.encode("咋个")


def _asks_by_sound(sentence: str) -> bool:
    """A-not-A with its two sides alike only by sound: the ASR wrote one of them as a
    homophone (认不认 heard 人不认, 行不行 heard 型不行), which ``_QUESTION``'s same-character
    test misses. Not before 是: 这事不是我办的 says what is not so (是不是 itself is one
    character twice). Or 咋个 by its sounds (咋个办 heard 杂歌版): 咋 alone by sound is also
    杂 (学杂费), so only with its 个."""
    norm = textnorm.normalize(sentence)
    enc = textnorm.encode(norm)
    if _how() in enc:
        return True
    return any(c in _NOT and norm[i - 1] != norm[i + 1] and norm[i - 1] not in _NOT_AFTER
               and textnorm.is_han(norm[i - 1]) and textnorm.is_han(norm[i + 1])
               and norm[i + 1] != "是" and enc[i - 1] == enc[i + 1]
               for i, c in enumerate(norm[1:-1], start=1))


def _last_sentence(text: str) -> str:
    """The turn's last sentence with its own mark: a question earlier in a long turn was
    answered within it (the mono mix can merge a whole short call into one turn: 哪一天？…
    可以查。好的，谢谢，不客气。)."""
    text = text.strip()
    body = text.rstrip(_SENTENCE_ENDS + "…. ")
    return text[max(body.rfind(c) for c in _SENTENCE_ENDS) + 1:]


LOST_SPEECH_S = 0.3
"""Speech this long after the customer's last words, with no words of its own, is a turn
Whisper lost (挪不了 and 哦那算了 at the end of a 14-second call), not noise."""


def _unworded_speech_after(ctx: EvalContext, t: float) -> "tuple[float, float, str] | None":
    """The first stretch of audio speech starting after ``t`` that no turn covers."""
    if ctx.speech_source() != "audio":
        return None
    turns = [(x.start, x.end) for x in ctx.turns]
    for s, e, role in ctx.speech():
        if s <= t or e - s < LOST_SPEECH_S:
            continue
        covered = sum(max(0.0, min(e, te) - max(s, ts)) for ts, te in turns)
        if covered < 0.5 * (e - s):
            return s, e, role
    return None


class AbnormalHangup(Rule):
    type_name = "abnormal_hangup"
    roles = ("agent",)
    summary = ("The call ends on the customer (cut off mid-turn, right after a question, or "
               "after the agent fell silent) without the agent's closing.")
    params = {
        "closing": Param("phrases", help="The agent's closing; said near the end → a normal end."),
        "closing_window_s": Param("float", 20.0),
        "cut_off_s": Param("float", 0.5, help="Customer speech ending this close to the call's end was cut off."),
        "question_gap_s": Param("float", 4.0),
        "agent_silent_s": Param("float", 10.0),
        "unanswered_s": Param("float", 1.5, help="Customer words of some length (not an "
                              "acceptance or a thanks) ending this close to the call's end went "
                              "unanswered, whether or not the ASR kept what made them a question."),
        "unanswered_units": Param("int", 8, help="The least length of such words (characters)."),
    }

    # As closing.missing's: a two-syllable goodbye near-matched is another word as often as
    # not (之间 ≈ 再见 at 0.86 in 一半到四分之三之间), which would pass a call that was cut off.
    min_fuzzy_syllables = 3

    def setup(self) -> None:
        self.closing = self.phrases("closing")

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        customer = ctx.stream("customer")
        agent = ctx.stream("agent")
        if not customer.turns or not agent.turns:
            return [self.passed(role="agent")]
        end = ctx.end_of_call
        if first_match_time(agent, self.closing, after=end - float(self.p["closing_window_s"])):
            return [self.passed(role="agent")]
        last = customer.turns[-1]
        agent_end = max(agent.ends)
        said = f"「{mask_text(last.text)}」"
        if last.end <= agent_end:
            return [self.passed(role="agent")]
        gap = end - last.end
        if gap <= float(self.p["cut_off_s"]):
            why = (f"the call ended at {fmt_time(end)} while the customer was still talking "
                   f"({fmt_time(last.start)}–{fmt_time(last.end)} {said})")
        elif gap <= float(self.p["question_gap_s"]) and not _ACCEPTS.search(last.text.strip()) \
                and (_QUESTION.search(_last_sentence(last.text))
                     or _asks_by_sound(_last_sentence(last.text))):
            why = (f"the call ended {gap:.1f} s after the customer's question at "
                   f"{fmt_time(last.start)} {said}, with no closing")
        elif gap <= float(self.p["unanswered_s"]) and not _ACCEPTS.search(last.text.strip()) \
                and not _SIGNS_OFF.search(last.text) \
                and self.lang.units(last.text) >= int(self.p["unanswered_units"]):
            why = (f"the call ended {gap:.1f} s after the customer's words at "
                   f"{fmt_time(last.start)} {said}, unanswered, with no closing")
        elif end - agent_end >= float(self.p["agent_silent_s"]):
            why = (f"the agent said nothing for the last {end - agent_end:.1f} s "
                   f"(from {fmt_time(agent_end)}) while the customer spoke; last: {said}")
        else:
            return [self.passed(role="agent")]
        lost = _unworded_speech_after(ctx, last.end)
        if lost is not None:
            # The recording goes on with speech that has no words: what ended the call (an
            # answer, a goodbye) was said but not heard, so the end cannot be judged.
            s, e, role = lost
            return [self.review(f"{role} speech at {fmt_time(s)}–{fmt_time(e)} after the "
                                f"customer's last words has no words (Whisper lost it): "
                                f"how the call ended is unknown", role="agent",
                                start=last.start, end=end, evidence=why)]
        return [self.hit(start=last.start, end=end, role="agent", evidence=why,
                         agent_last_s=round(agent_end, 2), customer_last_s=round(last.end, 2),
                         call_end_s=round(end, 2))]
