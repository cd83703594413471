"""Rule evidence and review reasons in the page's language.

The rule engine words its evidence in English (the call JSON's language-neutral record); a
Chinese page shows it through these patterns, one per evidence template of qa_toolkit/rules/
(a test renders every sample call and fails on an English word left). Transcript quotes
(「…」, 【…】, after "agent:") pass through untouched.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

_ROLE_ZH = {"agent": "坐席", "customer": "客户", "unknown": "未知说话人"}
_TIER_ZH = {"elderly": "老年客户", "vip": "贵宾客户", "normal": "普通客户", "regular": "普通客户"}
_TIME = r"(\d+:\d\d(?:\.\d)?)"
_KIND_ZH = {"exact": "原文", "homophone": "同音", "fuzzy": "近音"}
_SPAN = r"(\d+:\d\d(?:\.\d)?–\d+:\d\d(?:\.\d)?)"
_NUM = r"(\d+(?:\.\d+)?%?)"
_ROLE = r"(agent|customer|unknown)"


def _role(m: "re.Match[str]", group: int) -> str:
    return _ROLE_ZH.get(m.group(group), m.group(group))


BusinessNames = Callable[[Optional[str]], str]
"""A business type's display name (``i18n.business_labeller``): its title in the pack."""


def _source_zh(source: str) -> str:
    """``topics.Topic.describe()`` in Chinese."""
    cues = re.fullmatch(r"content \((\d+) cue word\(s\)\)", source)
    if cues:
        return f"依据通话内容，{cues.group(1)} 个提示词"
    return {"metadata": "依据元数据",
            "no business type in the metadata and no cue word said":
                "元数据无业务类型，通话中也没有提示词"}.get(source, source)


_BUSINESS_ZH: list[tuple[str, Callable[["re.Match[str]", BusinessNames], str]]] = [
    (rf"([a-z_]+) call \((.+?)\) lasted {_TIME}",
     lambda m, name: f"{name(m.group(1))}类通话（{_source_zh(m.group(2))}）时长 {m.group(3)}"),
    (rf", above the ([a-z_]+) standard {_TIME}",
     lambda m, name: f"，超过{name(m.group(1))}类标准 {m.group(2)}"),
    (rf", below the ([a-z_]+) minimum {_TIME} \(possible hang-up\)",
     lambda m, name: f"，低于{name(m.group(1))}类最短时长 {m.group(2)}（可能提前挂断）"),
    (r", within its standard", lambda m, name: "，在标准时长之内"),
    (r"no handling-time standard for (an unknown type|[a-z_]+) \((.+?)\)$",
     lambda m, name: (f"{'未知业务类型' if m.group(1) == 'an unknown type' else name(m.group(1)) + '类'}"
                      f"没有处理时长标准（{_source_zh(m.group(2))}）")),
    (r"business type ([a-z_]+)( \(from the call's words\))?",
     lambda m, name: f"业务类型 {name(m.group(1))}{'（依据通话内容）' if m.group(2) else ''}"),
    (r"customer tier ([A-Za-z_]+)",
     lambda m, name: f"客户等级 {_TIER_ZH.get(m.group(1).lower(), m.group(1))}"),
]
_EVIDENCE_ZH: list[tuple[str, Callable[["re.Match[str]"], str]]] = [
    (r"(「[^」]*」) is like (「[^」]*」) ", lambda m: f"{m.group(1)} 与 {m.group(2)} 相近"),
    (rf" but its words have mean probability {_NUM}",
     lambda m: f"，但这些词的平均置信度仅 {m.group(1)}"),
    (rf"(「[^」]*」) heard at {_TIME}: the step was said, but the ASR lost part of it",
     lambda m: f"{m.group(1)}（{m.group(2)}）：步骤已说出，但识别模型漏掉了其中一部分"),
    (rf"the {_ROLE} turn at {_TIME} has words of mean probability {_NUM} \(below {_NUM}\): "
     r"the step may be there, misheard",
     lambda m: f"{m.group(2)} 这段{_role(m, 1)}讲话的识别词平均置信度 {m.group(3)}（低于 "
               f"{m.group(4)}）：步骤可能说了，但被听错"),
    (rf" \(done only later, at {_TIME}\)", lambda m: f"（直到 {m.group(1)} 才完成）"),
    (rf"{_TIME} customer recited (.+?): the answer to a check whose question was not heard",
     lambda m: f"{m.group(1)} 客户报出了 {m.group(2)}：是对核验提问的回答（提问本身未识别出）"),
    (rf"no {_ROLE} words in the overlap: cannot tell a backchannel or noise",
     lambda m: f"重叠部分没有{_role(m, 1)}的识别文字：无法判断是附和还是噪声"),
    (rf"{_ROLE} \(no words\)", lambda m: f"{_role(m, 1)}（无识别文字）"),
    (r"the number (【[^】]*】) has words below probability (\d\.\d+) \((.+?)\): it may be "
     r"misheard",
     lambda m: f"数字{m.group(1)}中有识别置信度低于 {m.group(2)} 的字（{m.group(3)}）：可能听错"),
    (r"(【[^】]*】) is (\S+) as the KB has it if its 一 begins what follows \(一天, 一次\) or is "
     r"万一: the figure is unsure",
     lambda m: f"{m.group(1)} 末尾的“一”若属于后文（一天、一次）或是“万一”，数字就是知识库中的"
               f"{m.group(2)}：数字不确定"),
    (r" \(names the topic by example: intent [a-z_]+, similarity (\d\.\d+) to (「[^」]*」)\)",
     lambda m: f"（话题由示例句认定：与示例句{m.group(2)}相似度 {m.group(1)}）"),
    (rf" in reply to {_ROLE} at {_SPAN} (「[^」]*」)",
     lambda m: f"（答复{_role(m, 1)}在 {m.group(2)} 的提问{m.group(3)}）"),
    (r" states (\S+); KB (\S+) \((.+?), ([^,()]+)\): ",
     lambda m: f" 即 {m.group(1)}；知识库条目 {m.group(2)}（{m.group(3)}，{m.group(4)}）："),
    (rf" on the topic {_ROLE} named at {_SPAN} (「[^」]*」)",
     lambda m: f"（{_role(m, 1)}在 {m.group(2)} 提到该话题{m.group(3)}）"),
    (r" accepts (【[^】]*】) instead of the documents; KB (\S+) \((.+?), ([^,()]+)\): ",
     lambda m: f" 称{m.group(1)}，以此代替所需证件；知识库条目 {m.group(2)}（{m.group(3)}，"
               f"{m.group(4)}）："),
    (r" says (【[^】]*】): not needed; KB (\S+) \((.+?), ([^,()]+)\): ",
     lambda m: f" 称{m.group(1)}，即所需证件可以不带；知识库条目 {m.group(2)}（{m.group(3)}，"
               f"{m.group(4)}）："),
    (r" asks for (【[^】]*】) instead of the documents; KB (\S+) \((.+?), ([^,()]+)\): ",
     lambda m: f" 要求带{m.group(1)}，以此代替所需证件；知识库条目 {m.group(2)}（{m.group(3)}，"
               f"{m.group(4)}）："),
    (r", effective (\d{4}-\d\d-\d\d)", lambda m: f"，自 {m.group(1)} 起生效"),
    (r"asked (\d+) times: ", lambda m: f"同一问题问了 {m.group(1)} 次："),
    (rf"the call ended at {_TIME} while the customer was still talking \({_SPAN} ",
     lambda m: f"通话在 {m.group(1)} 结束时客户仍在讲话（{m.group(2)} "),
    (rf"the call ended {_NUM} s after the customer's question at {_TIME} (「[^」]*」), with no "
     r"closing",
     lambda m: f"客户在 {m.group(2)} 提问{m.group(3)}后 {m.group(1)} 秒通话即结束，没有结束语"),
    (rf"the call ended {_NUM} s after the customer's words at {_TIME} (「[^」]*」), unanswered, "
     r"with no closing",
     lambda m: f"客户在 {m.group(2)} 说{m.group(3)}后 {m.group(1)} 秒通话即结束，未获答复，没有结束语"),
    (rf"the agent said nothing for the last {_NUM} s \(from {_TIME}\) while the customer "
     r"spoke; last: ",
     lambda m: f"最后 {m.group(1)} 秒（自 {m.group(2)} 起）客户在讲话而坐席没有说话；最后一句："),
    (rf"the (first|last) {_NUM} s of {_ROLE} speech \({_SPAN}\)",
     lambda m: f"{_role(m, 3)}{'开头' if m.group(1) == 'first' else '最后'} {m.group(2)} 秒"
               f"（{m.group(4)}）"),
    (rf"the (first|last) (\d+) turn\(s\) of {_ROLE} speech \({_SPAN}\)",
     lambda m: f"{_role(m, 3)}{'开头' if m.group(1) == 'first' else '最后'} {m.group(2)} 段讲话"
               f"（{m.group(4)}）"),
    (rf"the (first|last) {_NUM} s \({_SPAN}\)",
     lambda m: f"{'开头' if m.group(1) == 'first' else '最后'} {m.group(2)} 秒（{m.group(3)}）"),
    (rf"the whole call \({_SPAN}\)", lambda m: f"整通电话（{m.group(1)}）"),
    (r"the call \(", lambda m: "整通电话（"),
    (r": none of (.+?) said", lambda m: f"：{m.group(1)} 均未说出"),
    (r"; said: ", lambda m: "；实际说的："),
    (rf"; no {_ROLE} words there", lambda m: f"；这段时间{_role(m, 1)}没有说话"),
    (rf"{_NUM} s without speech, not announced",
     lambda m: f"{m.group(1)} 秒无人说话，且未告知客户"),
    (rf"hold of {_NUM} s( with music)?, ",
     lambda m: f"等待 {m.group(1)} 秒{'（播放等待音乐）' if m.group(2) else ''}，"),
    (r"no notice before \(e\.g\. (「[^」]*」)\)", lambda m: f"等待前未告知（如{m.group(1)}）"),
    (r"no thanks after \(e\.g\. (「[^」]*」)\)", lambda m: f"等待后未致谢（如{m.group(1)}）"),
    (rf"{_ROLE} starts while {_ROLE} speaks \({_SPAN}\), overlap {_NUM} s(?:: {_ROLE} )?",
     lambda m: f"{_role(m, 1)}在{_role(m, 2)}讲话时（{m.group(3)}）开口，重叠 {m.group(4)} 秒"
               + (f"：{_role(m, 5)} " if m.group(5) else "")),
    (rf"; then {_ROLE} said (「[^」]*」) at {_TIME}: not understood",
     lambda m: f"；随后{_role(m, 1)}在 {m.group(3)} 说{m.group(2)}：没有听懂"),
    (r"(\d+) unexplained term\(s\)", lambda m: f"{m.group(1)} 个未解释的专业术语"),
    (r"unexplained term\(s\) ", lambda m: "未解释的专业术语 "),
    (r" ?\(intent ([a-z_]+), similarity (\d\.\d+)\)",
     lambda m: f"（与示例句相似度 {m.group(2)}）"),
    (r"only near matches \((exact|homophone|fuzzy), similarity (\d\.\d+)\) on words of mean "
     rf"probability {_NUM}",
     lambda m: f"只有近似匹配（{_KIND_ZH[m.group(1)]}，相似度 {m.group(2)}），"
               f"且所在词的平均置信度仅 {m.group(3)}"),
    (r" ?\((exact|homophone|fuzzy), similarity (\d\.\d+)\)",
     lambda m: f"（{_KIND_ZH[m.group(1)]}，相似度 {m.group(2)}）"),
    (rf"{_ROLE} speaks {_NUM} (chars|words)/min over {_NUM} s of talk",
     lambda m: f"{_role(m, 1)}语速每分钟 {m.group(2)} {'字' if m.group(3) == 'chars' else '词'}"
               f"（讲话 {m.group(4)} 秒）"),
    (rf"{_NUM} s of {_ROLE} talk: too little to judge",
     lambda m: f"{_role(m, 2)}只讲了 {m.group(1)} 秒，不足以判断"),
    (r" ?\(above ([^)]+)\)", lambda m: f"（高于 {m.group(1)}）"),
    (r" ?\(below ([^)]+)\)", lambda m: f"（低于 {m.group(1)}）"),
    (r"topic (.+?); ", lambda m: f"话题 {m.group(1)}；"),
    (r" answered (.+?) with no (「[^」]*」)-type step before it",
     lambda m: f" 回答了 {m.group(1)}，此前没有{m.group(2)}类步骤"),
    (rf"no (「[^」]*」)-type step by {_ROLE} in {_SPAN}",
     lambda m: f"{_role(m, 2)}在 {m.group(3)} 内没有{m.group(1)}类步骤"),
    (r"no answer given", lambda m: "未作答复"),
    (r"step (「[^」]*」) at (\d+:\d\d(?:\.\d)?) comes before step (「[^」]*」) at "
     r"(\d+:\d\d(?:\.\d)?)",
     lambda m: f"步骤{m.group(1)}（{m.group(2)}）出现在步骤{m.group(3)}（{m.group(4)}）之前"),
    (rf"step (「[^」]*」) never said by {_ROLE}", lambda m: f"{_role(m, 2)}没有说出步骤{m.group(1)}"),
    (r"no match for /(.+)/", lambda m: f"未匹配 /{m.group(1)}/"),
    (r"superseded by (.+)", lambda m: f"已由 {m.group(1)} 取代"),
    (r" \(\+(\d+) more\)", lambda m: f"（另有 {m.group(1)} 处）"),
    (rf"role confidence {_NUM} below {_NUM}",
     lambda m: f"角色置信度 {m.group(1)} 低于 {m.group(2)}"),
    (rf"{_NUM} of the speech in {_SPAN} has no role",
     lambda m: f"{m.group(2)} 内 {m.group(1)} 的讲话无法判断是谁"),
    (rf"words in {_SPAN} have mean probability {_NUM}",
     lambda m: f"{m.group(1)} 内识别词的平均置信度 {m.group(2)}"),
    (rf"{_NUM} of the words in {_SPAN} are below probability {_NUM}",
     lambda m: f"{m.group(2)} 内 {m.group(1)} 的识别词置信度低于 {m.group(3)}"),
    (rf"only {_NUM} s of the {_NUM} s of {_ROLE} speech in {_SPAN} has words "
     r"\(Whisper lost the rest\)",
     lambda m: f"{m.group(4)} 内{_role(m, 3)}讲话 {m.group(2)} 秒，只有 {m.group(1)} 秒识别出文字"
               f"（其余被识别模型漏掉）"),
    (rf"{_ROLE} speech at {_SPAN} after the customer's last words has no words "
     r"\(Whisper lost it\): how the call ended is unknown",
     lambda m: f"客户最后一句之后，{m.group(2)} 还有{_role(m, 1)}讲话但没有识别出文字（被识别模型漏掉），"
               f"无法判断通话如何结束"),
    (rf"{_NUM} s of {_ROLE} speech in {_SPAN} but only (\d+) (characters|words) "
     r"\(Whisper lost words\)",
     lambda m: f"{m.group(3)} 内{_role(m, 2)}讲话 {m.group(1)} 秒，只识别出 {m.group(4)} 个"
               f"{'字' if m.group(5) == 'characters' else '词'}（识别模型漏字）"),
    (rf"{_NUM} of {_SPAN} is overlapping speech",
     lambda m: f"{m.group(2)} 内 {m.group(1)} 为双方同时讲话"),
    (rf"the ASR repeated (「[^」]*」) three times at {_TIME}: what was said there is lost",
     lambda m: f"识别模型在 {m.group(2)} 把{m.group(1)}重复了三遍：那里实际说的内容已丢失"),
    (rf"no speech attributed to {_ROLE}", lambda m: f"没有判定为{_role(m, 1)}的讲话"),
    (rf"{_TIME} agent \(restating the need\): ", lambda m: f"{m.group(1)} 坐席（复述客户需求）："),
    (rf"(\d+:\d\d(?:\.\d)?(?:–\d+:\d\d(?:\.\d)?)?) {_ROLE}: ",
     lambda m: f"{m.group(1)} {_role(m, 2)}："),
    (rf"; {_ROLE} ", lambda m: f"；{_role(m, 1)} "),
    (rf": {_ROLE} 【", lambda m: f"：{_role(m, 1)} 【"),
    (rf"^{_ROLE} (?=同一问题|\d+:\d\d)", lambda m: f"{_role(m, 1)} "),
]
_EVIDENCE_PATTERNS = [(re.compile(p), f) for p, f in _EVIDENCE_ZH]
_BUSINESS_PATTERNS = [(re.compile(p), f) for p, f in _BUSINESS_ZH]


def localise_evidence(text: str, lang: str, business: Optional[BusinessNames] = None) -> str:
    """Rule evidence or a review reason in the page's language (the rules write English);
    ``business`` names a business type by its pack title (else its key is shown)."""
    if lang != "zh" or not text:
        return text
    name: BusinessNames = business or (lambda key: key or "—")
    for pattern, replace in _BUSINESS_PATTERNS:
        text = pattern.sub(lambda m, replace=replace: replace(m, name), text)
    for pattern, replace in _EVIDENCE_PATTERNS:
        text = pattern.sub(replace, text)
    return text
