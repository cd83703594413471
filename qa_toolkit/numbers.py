"""Quantities an agent states in Chinese: amounts, rates and durations (五十万, 5万, 50000元,
三百元, 0.5%, 百分之零点五, 三个工作日), parsed from a transcript's own text.

Works on the turn's text as transcribed, not on the normalised text: normalising drops the
decimal point and the percent sign, which a rate needs. Digits are read with the same table
as ``textnorm`` (两 = 2, 幺 = 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from qa_toolkit.textnorm import ZH_DIGITS

_DIGITS = {**ZH_DIGITS, **dict(zip("壹贰叁肆伍陆柒捌玖", "123456789"))}
"""Spoken digits and the financial capitals written in fee schedules (叁佰元)."""
_MAGNITUDES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_SECTIONS = {"万": 10_000, "亿": 100_000_000}
_ZH_NUM = "".join(_DIGITS) + "十拾百佰千仟万亿"
VALUE_CHARS = frozenset(_ZH_NUM + "0123456789０１２３４５６７８９.．点")
"""The characters that carry a figure's value; the rest of a quantity (元, 个工作日) is its unit."""

UNIT_GROUPS = {
    "元": ("块钱", "人民币", "元", "块"),
    # 一个点 is one per cent in the trade's speech (收一个点的手续费): 个 keeps it off the clock.
    "%": ("%", "％", "个点"),
    # 个工作 alone is 个工作日 with its last syllable misheard (八个工作室, 七个工作人员). Staff
    # counted (两个工作人员) read so too, but only a time topic's figure is ever compared in days.
    "工作日": ("个工作日", "工作日", "个自然日", "自然日", "个工作", "天", "日"),
    "小时": ("个小时", "个钟头", "小时", "钟头"),
    "分钟": ("分钟",),
    # Counts and spans are never a fee or a limit: 刷满六次, 近一年的记录上是五次, 分十二期.
    "次": ("次", "遍", "回"),
    "笔": ("笔",),
    # How many digits (身份证后四位, 第七位): a count of places, never a fee's or a limit's figure.
    "位": ("位",),
    "期": ("期",),
    "月": ("个月", "月"),
    # A span in weeks (两个礼拜, 一周): 周 after a figure is never a weekday (周三 puts it first).
    "周": ("个礼拜", "个星期", "礼拜", "星期", "周"),
    "年": ("年",),
    # Money in another currency (三百万日元, 五千美元) is neither a sum in 元 nor a span: 日元's 日
    # is no day, and a limit in 元 is not stated by a sum in dollars.
    "外币": ("日元", "美元", "美金", "欧元", "英镑", "港币", "港元", "澳元", "加元", "韩元", "新元", "卢布", "瑞郎", "泰铢"),
}
"""Base unit → the words said for it (longest first, so 个工作日 wins over 日)."""

_NEXT_STARTS_WITH_YI = re.compile(r"[，,、]\s*[十百千]")
"""A comma, then a number begun with its magnitude: the 一 before the comma starts it (一十八万)."""

_MEASURE_THEN_PAUSE = re.compile(r"个[，,、]\s*")
"""个 and the ASR's comma for a pause before the span it measures (十一个，工作日)."""

_SPAN_NAMED_FIRST = re.compile(r"工作日(?:要|得|需要|需|还要|还得)?(?:数够|数满|等够|等满|够|满|过|算)?$")
"""工作日 and what counts it, right before a figure said with 个 alone (工作日要数够十四个)."""
_COUNTED_AFTER = re.compile(r"个(?:$|[^\u4e00-\u9fff]|[就才后以左上多])")
"""个 ending the figure: the clause ends, or the wait goes on (十四个才拿得到, 七个左右)."""

_SPANS = {"工作日", "小时", "分钟", "次", "笔", "期", "月", "周", "年"}
"""Units that a lone 一/两 may count (一天, 一笔, 两年) right after a round amount."""

_UNIT_WORDS = sorted(((w, base) for base, words in UNIT_GROUPS.items() for w in words),
                     key=lambda item: -len(item[0]))
_QUANTITY = re.compile(
    r"(?P<percent>百分之|千分之|万分之)?"
    r"(?P<number>[0-9０-９](?:[,，]?[0-9０-９])*(?:[.．] ?[0-9０-９]+)?|[" + _ZH_NUM + r"]+(?:点[" + "".join(_DIGITS) + r"]+)?)"
    r"(?P<scale>(?:个(?=[万亿]))?[十拾百佰千仟]?[万亿]?)")
"""A figure's magnitude words after its digits only grow (5千万, 20万): in 20万十六万 the 十 begins
the next figure (the ASR dropped the comma), it does not make 20万 two million."""
# Spoken 五个万 / 二十个万 is 五万 / 二十万 (a measure word before the magnitude, said in the north
# and south-west): the 个 belongs to the figure.


@dataclass(frozen=True)
class Quantity:
    """A number said with its unit, at characters [start, end) of the text it was found in."""

    value: float
    unit: Optional[str]
    """A key of ``UNIT_GROUPS``, or None when no unit word followed (限额是五万)."""
    start: int
    end: int
    text: str


def _zh_integer(text: str) -> Optional[int]:
    """五十万 → 500000, 一万二千 → 12000, 三百 → 300, 二零二六 → 2026; None if not a number."""
    if not text:
        return None
    if all(c in _DIGITS for c in text):
        return int("".join(_DIGITS[c] for c in text))
    total, section, digit, last = 0, 0, None, 1
    for char in text:
        if char in _DIGITS:
            digit = int(_DIGITS[char])
        elif char in _MAGNITUDES:
            last = _MAGNITUDES[char]
            section += (1 if digit is None else digit) * last
            digit = None
        elif char in _SECTIONS:
            last = _SECTIONS[char]
            section += digit or 0
            if section == 0:
                return None
            total += section * last
            section, digit = 0, None
        else:
            return None
    if digit is not None and last >= 100 and text[-2] not in "零〇○":
        # 一万二 is 12000 and 三百五 is 350: a last digit right after a magnitude counts
        # in the next lower one.
        digit *= last // 10
    return total + section + (digit or 0)


def _first_figure(raw: str) -> int:
    """Length of the first figure in a run of Chinese numerals: a section word (万, 亿) no
    larger than one already passed begins another figure (二十万十六万 is 二十万 and 十六万,
    the ASR's lost comma, not 360000); so does a magnitude (十, 百, 千) no smaller than one
    passed in the same section, with the digit before it (五十六十 is 五十 and 六十)."""
    passed = None
    magnitude = None
    for i, char in enumerate(raw):
        if char in _SECTIONS:
            if passed is not None and _SECTIONS[char] >= _SECTIONS[raw[passed]]:
                return passed + 1
            passed, magnitude = i, None
        elif char in _MAGNITUDES:
            if magnitude is not None and _MAGNITUDES[char] >= magnitude:
                return i - 1 if i > 0 and raw[i - 1] in _DIGITS else i
            magnitude = _MAGNITUDES[char]
        elif char == "点":
            break
    return len(raw)


def _number(text: str) -> Optional[float]:
    # Whisper writes 0.5% as "0. 5%" (the pattern lets one space follow the point).
    text = text.translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,")).replace(",", "")
    text = text.replace(" ", "")
    if text[0].isdigit():
        try:
            return float(text)
        except ValueError:
            return None
    whole, _, fraction = text.partition("点")
    value = _zh_integer(whole)
    if value is None:
        return None
    if fraction:
        if not all(c in _DIGITS for c in fraction):
            return None
        return float(f"{value}.{''.join(_DIGITS[c] for c in fraction)}")
    return float(value)


def _scale(text: str) -> Optional[int]:
    factor = 1
    for char in text:
        if char != "个":
            factor *= _MAGNITUDES.get(char) or _SECTIONS[char]
    return factor


def quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with the unit word after it, in order.

    A lone 一 or 两 without a unit (一下, 两个) is a word, not a number, and is skipped.
    """
    found: list[Quantity] = []
    pos = 0
    while (m := _QUANTITY.search(text, pos)) is not None:
        cut = _first_figure(m.group("number"))
        if cut < len(m.group("number")):
            if m.group("number")[:cut] == "十" and not m.group("percent"):
                # A bare 十 run into a figure (十三百元) is 是 misheard (金卡那档年费是三百元).
                pos = m.start("number") + cut
                continue
            m = _QUANTITY.match(text, m.start(), m.start("number") + cut)
        if m.group("percent") and m.group("scale"):
            # A share has no magnitude: in 百分之零点五十万 the ASR dropped the comma, and 十万
            # begins the next figure (the sum the share is taken of).
            m = _QUANTITY.match(text, m.start(), m.start("scale"))
        pos = m.end()
        raw = m.group("number")
        if _weekday(text, m.start(), raw):
            continue
        if not m.group("percent") and text.endswith("分之", 0, m.start()):
            # A share whose base the ASR misheard (千分之五 heard 先分之五): what it is a
            # share of is lost, so it is no figure to check.
            continue
        value = _number(raw)
        if value is None:
            continue
        scale = m.group("scale")
        if scale:
            value *= _scale(scale)
        end = m.end()
        unit = "%" if m.group("percent") else None
        if m.group("percent") == "千分之":
            value /= 10  # 千分之八 is 0.8 %
        elif m.group("percent") == "万分之":
            value /= 100  # 万分之五 is 0.05 %
        if unit is None:
            for word, base in _UNIT_WORDS:
                if text.startswith(word, end):
                    unit, end = base, end + len(word)
                    break
        if unit is None and (pause := _MEASURE_THEN_PAUSE.match(text, end)):
            # A pause the ASR wrote as a comma between the measure word and its span (十一个，
            # 工作日): the span is still the figure's unit.
            for word, base in _UNIT_WORDS:
                if "个" + word in UNIT_GROUPS[base] and text.startswith(word, pause.end()):
                    unit, end = base, pause.end() + len(word)
                    break
        if unit is None and _COUNTED_AFTER.match(text, end) and _SPAN_NAMED_FIRST.search(
                text, max(0, m.start() - 8), m.start()):
            # The span named first and counted after it (工作日要数够十四个, 到账工作日得满十个):
            # the 个 counts working days, if it counts nothing else (工作日两个人值班).
            unit, end = "工作日", end + 1
        if unit is None and len(m.group(0)) == 1 and m.group(0) in "一两二":
            continue
        if unit == "元" and m.group(0) == "一" and text.startswith("块儿", end - 1):
            continue  # 一块儿 is together (加在一块儿), no sum of money
        upper = _approximate(raw)
        if upper is not None and (scale or unit is not None) and not m.group("percent"):
            # 两三个工作日 is two or three days, not twenty-three: the larger is what is promised.
            value = float(upper * (_scale(scale) if scale else 1))
        whole = m.group(0)
        if not scale and len(whole) >= 3 and whole[-2] in "万千百" and (
                (unit in _SPANS and whole[-1] in "一两")
                or (unit is None and whole[-1] == "一" and _NEXT_STARTS_WITH_YI.match(text, end))):
            # A last 一/两 after a magnitude counts in it (一万二 is 12000) unless what follows
            # claims it: a span or count (五万一天 is 五万 and 一天), or, after the ASR's comma, a
            # number begun with its magnitude (二十万一，十八万: the comma fell inside 一十八万).
            head = _number(whole[:-1])
            if head is not None:
                cut = m.start() + len(whole) - 1
                found.append(Quantity(head, None, m.start(), cut, text[m.start():cut]))
                if unit is not None:
                    found.append(Quantity(float(_DIGITS[whole[-1]]), unit, cut, end,
                                          text[cut:end]))
                continue
        found.append(Quantity(value, unit, m.start(), end, text[m.start():end]))
    return found


def _approximate(raw: str) -> Optional[int]:
    """The larger of two neighbouring digits said together as an estimate (一两, 两三, 七八),
    or None. Said with a unit or a magnitude (两三个工作日, 三四万) they are a range, not the
    digits of one number; alone (尾号三四) they may be digits read out."""
    if len(raw) != 2 or raw[0] not in _DIGITS or raw[1] not in _DIGITS:
        return None
    low, high = int(_DIGITS[raw[0]]), int(_DIGITS[raw[1]])
    return high if low >= 1 and high == low + 1 else None


_WEEK = ("礼拜", "星期", "周")


def _weekday(text: str, start: int, raw: str) -> bool:
    """Whether the figure names a day of the week (上礼拜四, 星期三, 周五): a date, no amount."""
    return len(raw) == 1 and raw in "一二三四五六七日天1234567" and any(
        text.endswith(word, 0, start) for word in _WEEK)


def same_value(a: float, b: float) -> bool:
    """Equal as stated amounts (0.1 + 0.2 said as 0.3 is the same rate)."""
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
