"""The report UI's words in Chinese (default) and English: one small catalogue, no gettext.

Both languages must have the same keys (a test checks); a missing key is an error at render
time rather than a silently empty label.
"""

from __future__ import annotations

import re
from typing import Callable

LANGUAGES = ("zh", "en")

_ZH: dict[str, str] = {
    "html_lang": "zh-CN",
    "app": "qa-toolkit 质检报告",
    "nav.index": "质检总览",
    "nav.compliance": "合规报表",
    "nav.agents": "坐席",
    # per-call page
    "call.title": "通话质检",
    "call.agent": "坐席",
    "call.team": "班组",
    "call.time": "通话时间",
    "call.duration": "时长",
    "call.score": "得分",
    "call.deductions": "扣分合计",
    "call.red_line": "红线违规",
    "call.pipeline_score": "申诉前",
    "call.rule_pack": "规则包",
    "call.model": "识别模型",
    "call.business": "业务类型",
    "call.tier": "客户等级",
    "call.diarization": "说话人分离",
    "call.role_confidence": "角色置信度",
    "call.low_confidence": "角色置信度低，需人工复核",
    "call.flags": "标记",
    "call.no_flags": "无",
    "call.timeline": "时间轴",
    "call.transcript": "转写文本",
    "call.audio": "录音",
    "call.audio_missing": "录音文件不在此处，无法播放：",
    "call.audio_hint": "点击任一发言或违规项可跳转到对应位置播放。",
    "call.deduction_table": "扣分明细",
    "call.arithmetic": "得分计算",
    "call.step.start": "起始分",
    "call.step.hits": "各违规项扣分之和",
    "call.step.covered": "同一句话重复扣分，免扣：{0} 已由 {1} 扣分",
    "call.step.cap_rule": "单项封顶：{0} 最多扣 {1} 分",
    "call.step.cap_category": "类别封顶：{0} 类最多扣 {1} 分",
    "call.step.deductions": "扣分合计",
    "call.step.bonus": "加分",
    "call.step.red_line": "触犯红线，本通得分记为最低分：",
    "call.step.score": "得分",
    "call.step.disputes": "申诉成立后的得分",
    "call.covered_by": "已由 {0} 扣分",
    "call.no_hits": "未发现违规。",
    "call.review": "无法判定（需人工复核）",
    "call.no_review": "无需人工复核的项目。",
    "call.unplaced": "无具体时间点的违规（如缺少某项话术）",
    "call.disputes": "申诉状态",
    "call.no_disputes": "无申诉",
    "call.metrics": "通话指标",
    "call.legend.silence": "静音",
    "call.legend.overlap": "抢话/重叠",
    "call.legend.interruption": "打断",
    "call.legend.hit": "违规",
    # columns
    "col.rule": "规则",
    "col.severity": "严重程度",
    "col.points": "扣分",
    "col.time": "时间",
    "col.role": "角色",
    "col.message": "说明",
    "col.evidence": "证据",
    "col.reason": "原因",
    "col.status": "状态",
    "col.dispute": "申诉",
    "col.by": "处理人",
    "col.note": "备注",
    "col.when": "日期",
    "col.call": "通话",
    "col.agent": "坐席",
    "col.team": "班组",
    "col.calls": "通话数",
    "col.mean": "平均分",
    "col.min": "最低分",
    "col.hits_per_call": "每通违规数",
    "col.review_calls": "待复核",
    "col.score": "得分",
    "col.duration": "时长",
    "col.started": "通话时间",
    "col.hits": "违规数",
    "col.why": "复核原因",
    "col.file": "文件",
    "col.stage": "环节",
    "col.error": "错误原因",
    "col.calls_hit": "命中通话",
    "col.rate": "命中率",
    "col.trend": "趋势",
    "col.period": "期间",
    "col.metric": "指标",
    "col.value": "数值",
    "col.per100": "每百通",
    "col.coverage": "覆盖率",
    "col.business": "业务类型",
    "col.component": "分项",
    "col.weight": "权重",
    "col.coaching": "辅导主题",
    "col.count": "次数",
    "col.link": "链接",
    "col.outcome": "奖惩结果",
    "role.agent": "坐席",
    "role.customer": "客户",
    "role.unknown": "未知",
    "severity.critical": "红线",
    "severity.major": "严重",
    "severity.minor": "一般",
    "severity.info": "提示",
    "dispute.open": "申诉中",
    "dispute.accepted": "申诉成立",
    "dispute.rejected": "申诉驳回",
    # index
    "index.title": "团队质检总览",
    "index.population": "可抽样通话",
    "index.sampled": "抽检通话",
    "index.processed": "已质检",
    "index.failed": "处理失败",
    "index.mean": "平均分",
    "index.median": "中位数",
    "index.distribution": "得分分布",
    "index.rule_rates": "规则命中率",
    "index.agents": "坐席列表",
    "index.sort_hint": "点击表头排序。",
    "index.needs_review": "需人工复核的通话",
    "index.none_review": "没有需要人工复核的通话。",
    "index.calls": "全部通话",
    "index.errors": "处理失败的录音",
    "index.no_errors": "没有失败的录音。",
    "index.no_hits": "本批次无违规。",
    "index.filter": "筛选通话…",
    "index.noscript": "此列表需要启用 JavaScript；也可直接打开 calls/ 目录中的页面。",
    "pager.prev": "上一页",
    "pager.next": "下一页",
    # agent
    "agent.title": "坐席质检报告",
    "agent.period": "期间",
    "agent.composite": "综合得分",
    "agent.components": "分项得分",
    "agent.missing": "缺失",
    "agent.trend": "月度趋势",
    "agent.outcome": "奖惩结果",
    "agent.no_outcome": "暂无",
    "agent.withheld": "数据不足，暂不处理",
    "agent.issues": "高频问题与辅导主题",
    "agent.no_issues": "无重复出现的问题。",
    "agent.worst": "得分最低的通话",
    "agent.best": "得分最高的通话",
    "agent.threshold": "80 分线",
    "agent.few_calls": "样本不足，不参与排名",
    "agent.source_store": "数据来源：历史库与奖惩矩阵",
    "agent.source_calls": "数据来源：本批次通话（录音质检分项）",
    "component.recording_qa": "录音质检",
    "component.mystery_shopper": "神秘访客",
    "component.csat": "客户满意度",
    "component.peer": "同事互评",
    # compliance
    "compliance.title": "合规统计",
    "compliance.by_rule": "各规则命中统计（按班组、月份）",
    "compliance.coverage": "必备披露与核验覆盖率",
    "compliance.passed": "未出现「{0}」的通话占比",
    "compliance.filter": "筛选规则…",
    "compliance.coverage_hint": "覆盖率 = 没有该规则违规的通话 ÷ 通话数（与 qa-toolkit export calls 口径一致）；括号内为机器无法判定、需人工复核的通话数。",
    "compliance.exports": "导出文件",
    "compliance.no_exports": "本目录暂无导出文件；可运行 qa-toolkit export 生成。",
    "compliance.all_teams": "全部班组",
    "compliance.no_mandated": "规则包的评分表未列出必备披露项（mandated）。",
    "compliance.unknown_period": "未知",
    "print": "打印",
}

_EN: dict[str, str] = {
    "html_lang": "en",
    "app": "qa-toolkit audit report",
    "nav.index": "Overview",
    "nav.compliance": "Compliance",
    "nav.agents": "Agents",
    "call.title": "Call audit",
    "call.agent": "Agent",
    "call.team": "Team",
    "call.time": "Started",
    "call.duration": "Duration",
    "call.score": "Score",
    "call.deductions": "Deducted",
    "call.red_line": "Red-line violation",
    "call.pipeline_score": "before disputes",
    "call.rule_pack": "Rule pack",
    "call.model": "Model",
    "call.business": "Business type",
    "call.tier": "Customer tier",
    "call.diarization": "Diarization",
    "call.role_confidence": "Role confidence",
    "call.low_confidence": "Low speaker-role confidence: needs human review",
    "call.flags": "Flags",
    "call.no_flags": "none",
    "call.timeline": "Timeline",
    "call.transcript": "Transcript",
    "call.audio": "Recording",
    "call.audio_missing": "The recording is not here, so it cannot be played: ",
    "call.audio_hint": "Click a turn or a finding to play from there.",
    "call.deduction_table": "Deductions",
    "call.arithmetic": "How the score adds up",
    "call.step.start": "Start",
    "call.step.hits": "Points of all findings",
    "call.step.covered": "Same words charged once: {0} is covered by {1}",
    "call.step.cap_rule": "Rule cap: {0} costs at most {1}",
    "call.step.cap_category": "Category cap: {0} costs at most {1}",
    "call.step.deductions": "Deducted",
    "call.step.bonus": "Bonus",
    "call.step.red_line": "Red line hit, the call scores the floor: ",
    "call.step.score": "Score",
    "call.step.disputes": "Score after accepted disputes",
    "call.covered_by": "covered by {0}",
    "call.no_hits": "No findings.",
    "call.review": "Cannot assess (human review)",
    "call.no_review": "Nothing needs human review.",
    "call.unplaced": "Findings without a time (e.g. a missing statement)",
    "call.disputes": "Disputes",
    "call.no_disputes": "No dispute",
    "call.metrics": "Call metrics",
    "call.legend.silence": "silence",
    "call.legend.overlap": "overlap",
    "call.legend.interruption": "interruption",
    "call.legend.hit": "finding",
    "col.rule": "Rule",
    "col.severity": "Severity",
    "col.points": "Points",
    "col.time": "Time",
    "col.role": "Role",
    "col.message": "Message",
    "col.evidence": "Evidence",
    "col.reason": "Reason",
    "col.status": "Status",
    "col.dispute": "Dispute",
    "col.by": "By",
    "col.note": "Note",
    "col.when": "Date",
    "col.call": "Call",
    "col.agent": "Agent",
    "col.team": "Team",
    "col.calls": "Calls",
    "col.mean": "Mean score",
    "col.min": "Lowest",
    "col.hits_per_call": "Findings per call",
    "col.review_calls": "To review",
    "col.score": "Score",
    "col.duration": "Duration",
    "col.started": "Started",
    "col.hits": "Findings",
    "col.why": "Why review",
    "col.file": "File",
    "col.stage": "Stage",
    "col.error": "Reason",
    "col.calls_hit": "Calls hit",
    "col.rate": "Hit rate",
    "col.trend": "Trend",
    "col.period": "Period",
    "col.metric": "Metric",
    "col.value": "Value",
    "col.per100": "Per 100 calls",
    "col.coverage": "Coverage",
    "col.business": "Business type",
    "col.component": "Component",
    "col.weight": "Weight",
    "col.coaching": "Coaching topic",
    "col.count": "Count",
    "col.link": "Link",
    "col.outcome": "Outcome",
    "role.agent": "agent",
    "role.customer": "customer",
    "role.unknown": "unknown",
    "severity.critical": "red line",
    "severity.major": "major",
    "severity.minor": "minor",
    "severity.info": "info",
    "dispute.open": "disputed",
    "dispute.accepted": "dispute accepted",
    "dispute.rejected": "dispute rejected",
    "index.title": "Team QA overview",
    "index.population": "Calls recorded",
    "index.sampled": "Calls sampled",
    "index.processed": "Processed",
    "index.failed": "Failed",
    "index.mean": "Mean score",
    "index.median": "Median",
    "index.distribution": "Score distribution",
    "index.rule_rates": "Rule hit rates",
    "index.agents": "Agents",
    "index.sort_hint": "Click a column header to sort.",
    "index.needs_review": "Calls that need human review",
    "index.none_review": "No call needs human review.",
    "index.calls": "All calls",
    "index.errors": "Recordings that failed",
    "index.no_errors": "No recording failed.",
    "index.no_hits": "No findings in this batch.",
    "index.filter": "Filter calls…",
    "index.noscript": "This list needs JavaScript; the pages are also in the calls/ folder.",
    "pager.prev": "Previous",
    "pager.next": "Next",
    "agent.title": "Agent QA report",
    "agent.period": "Period",
    "agent.composite": "Composite score",
    "agent.components": "Components",
    "agent.missing": "missing",
    "agent.trend": "Monthly trend",
    "agent.outcome": "Matrix outcome",
    "agent.no_outcome": "none yet",
    "agent.withheld": "Withheld, too little data",
    "agent.issues": "Top recurring issues and coaching topics",
    "agent.no_issues": "No recurring issue.",
    "agent.worst": "Lowest-scoring calls",
    "agent.best": "Highest-scoring calls",
    "agent.threshold": "80-point line",
    "agent.few_calls": "Too few calls: not ranked",
    "agent.source_store": "Source: history store and reward-and-penalty matrix",
    "agent.source_calls": "Source: calls of this batch (recording-QA component)",
    "component.recording_qa": "Recording QA",
    "component.mystery_shopper": "Mystery shopper",
    "component.csat": "Customer satisfaction",
    "component.peer": "Peer review",
    "compliance.title": "Compliance statistics",
    "compliance.by_rule": "Rule hits by team and month",
    "compliance.coverage": "Mandated disclosure and check coverage",
    "compliance.passed": "Calls without “{0}”",
    "compliance.filter": "Filter rules…",
    "compliance.coverage_hint": "Coverage = calls without a standing hit of the rule ÷ calls (as qa-toolkit export calls counts it); in brackets, calls the machine could not judge (human review).",
    "compliance.exports": "Exports",
    "compliance.no_exports": "No export files in this folder yet; run qa-toolkit export.",
    "compliance.all_teams": "All teams",
    "compliance.no_mandated": "The rule pack's scorecard lists no mandated disclosures.",
    "compliance.unknown_period": "unknown",
    "print": "Print",
}

_RULES_ZH = {
    "greeting.missing": "缺少开场问候",
    "greeting.staff_id_missing": "未报工号",
    "identity.not_verified": "未做身份核验",
    "risk.disclosure_missing": "未做风险提示",
    "closing.missing": "缺少结束语",
    "etiquette.interruption": "打断客户",
    "etiquette.jargon": "过度使用专业术语",
    "etiquette.forbidden_phrase": "服务禁语",
    "etiquette.dead_air": "长时间静默",
    "hold.no_notice": "未告知等待",
    "etiquette.speech_rate": "语速不当",
    "emotion.agent_negative": "坐席语气生硬或消极",
    "emotion.customer_negative": "客户负面情绪",
    "risk.keyword_alert": "风险关键词",
    "risk.guaranteed_return": "承诺保本保收益",
    "risk.elderly_fraud_advice": "未向老年客户做防诈骗提示",
    "flow.out_of_order": "服务流程顺序颠倒",
    "answer.wrong_fact": "业务解答错误",
    "resolution.repeated_question": "客户重复提问（问题未解决）",
    "closing.abnormal_hangup": "异常挂机",
    "handling.time_standard": "通话时长超出标准",
    # call flags (pipeline.py)
    "low_role_confidence": "角色置信度低",
    "needs_review": "需人工复核",
}

_RULES_EN = {
    "greeting.missing": "Greeting missing",
    "greeting.staff_id_missing": "Staff ID not given",
    "identity.not_verified": "Identity not verified",
    "risk.disclosure_missing": "Risk disclosure missing",
    "closing.missing": "Closing missing",
    "etiquette.interruption": "Interrupted the customer",
    "etiquette.jargon": "Jargon",
    "etiquette.forbidden_phrase": "Forbidden phrase",
    "etiquette.dead_air": "Dead air",
    "hold.no_notice": "Hold without notice",
    "etiquette.speech_rate": "Speech rate",
    "emotion.agent_negative": "Agent negative tone",
    "emotion.customer_negative": "Customer negative emotion",
    "risk.keyword_alert": "Risk keyword",
    "risk.guaranteed_return": "Guaranteed return promised",
    "risk.elderly_fraud_advice": "No fraud advice to an elderly customer",
    "flow.out_of_order": "Call flow out of order",
    "answer.wrong_fact": "Wrong answer (contradicts the knowledge base)",
    "resolution.repeated_question": "Customer repeated the question (unresolved)",
    "closing.abnormal_hangup": "Abnormal hang-up",
    "handling.time_standard": "Handling time outside the standard",
    "low_role_confidence": "Low role confidence",
    "needs_review": "Needs review",
}

_COVERAGE_ZH = {
    "greeting.missing": "开场问候完成率",
    "greeting.staff_id_missing": "报工号完成率",
    "identity.not_verified": "身份核验完成率",
    "risk.disclosure_missing": "风险提示完成率",
    "risk.elderly_fraud_advice": "老年客户防诈提示完成率",
    "closing.missing": "结束语完成率",
}
_COVERAGE_EN = {
    "greeting.missing": "Greeting given",
    "greeting.staff_id_missing": "Staff ID given",
    "identity.not_verified": "Identity verified",
    "risk.disclosure_missing": "Risk disclosure given",
    "risk.elderly_fraud_advice": "Fraud advice to the elderly given",
    "closing.missing": "Closing given",
}
"""A mandated rule's coverage column is named after the step that passes, not the violation
("身份核验完成率", not "未做身份核验" above the share of calls that did verify)."""

CATALOGUE: dict[str, dict[str, str]] = {"zh": _ZH, "en": _EN}
COVERAGE_LABELS: dict[str, dict[str, str]] = {"zh": _COVERAGE_ZH, "en": _COVERAGE_EN}
RULE_LABELS: dict[str, dict[str, str]] = {"zh": _RULES_ZH, "en": _RULES_EN}


def translator(lang: str) -> Callable[[str], str]:
    """``t(key)`` for templates; an unknown key raises so that a typo fails the tests."""
    if lang not in CATALOGUE:
        raise ValueError(f"unknown report language {lang!r} (choose from {', '.join(LANGUAGES)})")
    messages = CATALOGUE[lang]

    def t(key: str) -> str:
        return messages[key]

    return t


def coverage_labeller(lang: str) -> Callable[[str], str]:
    """The coverage column of a mandated rule: the step done; for a rule without one, the
    share of calls without the violation, said as such."""
    labels, rule_label, t = COVERAGE_LABELS[lang], rule_labeller(lang), translator(lang)
    return lambda rule_id: labels.get(rule_id) or t("compliance.passed").format(
        rule_label(rule_id))


def rule_labeller(lang: str) -> Callable[[str], str]:
    """The display name of a rule id or a call flag; unknown ones (a custom pack's rules)
    fall back to the id itself."""
    labels = RULE_LABELS[lang]
    return lambda rule_id: labels.get(rule_id, rule_id)


# --- rule evidence and review reasons --------------------------------------------------------
# The rule engine words its evidence in English (the call JSON's language-neutral record);
# a Chinese page shows it through these patterns, one per evidence template of
# qa_toolkit/rules/ (a test renders every sample call and fails on an English word left).
# Transcript quotes (「…」, 【…】, after "agent:") pass through untouched.

_ROLE_ZH = {"agent": "坐席", "customer": "客户", "unknown": "未知说话人"}
_KIND_ZH = {"exact": "原文", "homophone": "同音", "fuzzy": "近音"}
_SPAN = r"(\d+:\d\d(?:\.\d)?–\d+:\d\d(?:\.\d)?)"
_NUM = r"(\d+(?:\.\d+)?%?)"
_ROLE = r"(agent|customer|unknown)"


def _role(m: "re.Match[str]", group: int) -> str:
    return _ROLE_ZH.get(m.group(group), m.group(group))


_EVIDENCE_ZH: list[tuple[str, Callable[["re.Match[str]"], str]]] = [
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
    (rf"hold of {_NUM} s, ", lambda m: f"等待 {m.group(1)} 秒，"),
    (r"no notice before \(e\.g\. (「[^」]*」)\)", lambda m: f"等待前未告知（如{m.group(1)}）"),
    (r"no thanks after \(e\.g\. (「[^」]*」)\)", lambda m: f"等待后未致谢（如{m.group(1)}）"),
    (rf"{_ROLE} starts while {_ROLE} speaks \({_SPAN}\), overlap {_NUM} s",
     lambda m: f"{_role(m, 1)}在{_role(m, 2)}讲话时（{m.group(3)}）开口，重叠 {m.group(4)} 秒"),
    (r"(\d+) unexplained term\(s\)", lambda m: f"{m.group(1)} 个未解释的专业术语"),
    (r"unexplained term\(s\) ", lambda m: "未解释的专业术语 "),
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
    (rf"{_NUM} s of {_ROLE} speech in {_SPAN} but only (\d+) (characters|words) "
     r"\(Whisper lost words\)",
     lambda m: f"{m.group(3)} 内{_role(m, 2)}讲话 {m.group(1)} 秒，只识别出 {m.group(4)} 个"
               f"{'字' if m.group(5) == 'characters' else '词'}（识别模型漏字）"),
    (rf"{_NUM} of {_SPAN} is overlapping speech",
     lambda m: f"{m.group(2)} 内 {m.group(1)} 为双方同时讲话"),
    (r"only near matches \((exact|homophone|fuzzy), similarity (\d\.\d+)\) on words of mean "
     rf"probability {_NUM}",
     lambda m: f"只有近似匹配（{_KIND_ZH[m.group(1)]}，相似度 {m.group(2)}），"
               f"且所在词的平均置信度仅 {m.group(3)}"),
    (rf"no speech attributed to {_ROLE}", lambda m: f"没有判定为{_role(m, 1)}的讲话"),
    (rf"(\d+:\d\d(?:\.\d)?(?:–\d+:\d\d(?:\.\d)?)?) {_ROLE}: ",
     lambda m: f"{m.group(1)} {_role(m, 2)}："),
    (rf"; {_ROLE} ", lambda m: f"；{_role(m, 1)} "),
    (rf": {_ROLE} 【", lambda m: f"：{_role(m, 1)} 【"),
]
_EVIDENCE_PATTERNS = [(re.compile(p), f) for p, f in _EVIDENCE_ZH]


def localise_evidence(text: str, lang: str) -> str:
    """Rule evidence or a review reason in the page's language (the rules write English)."""
    if lang != "zh" or not text:
        return text
    for pattern, replace in _EVIDENCE_PATTERNS:
        text = pattern.sub(replace, text)
    return text
