#!/usr/bin/env python3
"""Render the sixth held-out evaluation set in samples/heldout6/ (dev-only; never imported by the product).

The first five held-out sets (samples/heldout/ to samples/heldout5/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This sixth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the five
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py, make_heldout.py, make_heldout2.py, make_heldout3.py, make_heldout4.py or
make_heldout5.py): other agents (A7001-A7006) with their own openings (服务号, 号坐席为您效劳, 工牌号,
坐席代码, 号客服小潘, 工作编码), other verification routes (the last counter visit, the amount of a
fixed deposit, the bank branch where the card was opened, the expiry month of the main card, the
month a notice deposit was placed, the loan purpose on the contract, the year the card was opened,
the branch where a pension is usually collected, the month a certificate of deposit was bought),
other hold and closing phrasings, topics the earlier sets did not use (a personal pension account
and a target-date fund, partial early withdrawal of a fixed deposit, a student loan's grace period,
a sister's surgery deposit over two days, a supplementary credit card for a spouse, a stamped
statement for a visa, paying off a consumer loan, a seven-day notice deposit, a debit card snapped
in a car door, a standing order to a father, a restaurant's business loan, a cross-border (QDII) US-equity fund,
a stock-tip group selling "pre-IPO shares", quick-pay theft after a lost phone, a rejected credit
card application, a new account's non-counter limit, selling a large certificate of deposit on to
another customer, a daughter collecting a hospitalised father's pension, a late-payment penalty on
a mortgage, card-spend SMS alerts), dialect-flavoured customers (Northeast, Shanghai and Cantonese
flavour) and hard negatives (steps done in unusual words, steps not required in that situation,
figures right for another product, large transfers with a warning). It is for measuring, never
for tuning. Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata
formats); only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout6.py
    /work/tts-venv/bin/python tools/make_heldout6.py --only p13_stock_tip_group_scam_no_warning
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order; the staff
#   number may be said as "我的服务号是NNNN", "NNNN号坐席为您效劳", "我的工牌号NNNN",
#   "坐席代码NNNN", "我是NNNN号客服小潘" or "工作编码NNNN". p08 and p09 greet, name the bank and
#   offer help with no number (staff_id_missing); "嗯？说吧。" (p07) and "喂，哪位？" (p17) are no
#   greeting at all (both labels; in p17 the customer names the bank and the agent only confirms);
# - identity: a check before any account data or account action. The last counter visit + ID
#   digits (p01), ID digits + the amount of the fixed deposit (p02), the opening branch + ID digits
#   (p04), the main card's expiry month + ID digits (p05), ID digits + phone tail (p06, p09, p16
#   after the interruption), ID digits + the loan purpose on the contract (p07), ID digits + the
#   month the notice deposit was placed (p08), ID digits + the year the card was opened (p12), ID
#   digits + the branch where the pension is usually collected (p18), ID digits + the month the
#   certificate of deposit was bought (p17), ID digits + the repayment card tail (p19), or ID
#   digits alone (p13, p14 with the name, p15) all count. identity.not_verified = each agent turn
#   that discloses account data before a check: p10 (a standing order's date, amount, payee and
#   card tail, then the balance, no check at all: two turns), p11 (the business loan's next
#   instalment read out, the check comes one turn later: one turn). General information (p03: a
#   student loan's rules, the customer asks not to have the account looked at; p20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (p12: only last
#   year's return and a risk-profile match), a fraud script the customer describes left without
#   an anti-fraud warning while the agent helps the money out (p13). A disclosure in the agent's
#   own words counts (p01: 不保本, 名字里带养老不代表不会亏, 账面会出现亏损, 过往业绩不能当成以后的收益,
#   盈亏都由您自己承担). Large transfers carry a warning in the agent's own words (p04: pay the
#   hospital directly or confirm by video, don't pay a "doctor" or "carer"; p08: the receiving card
#   must be in your own name, never a "safe account");
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (p13: a stock-tip "teacher" selling pre-IPO
#   shares, 80,000 to an assistant's personal account before 3 pm) and a theft plus a police
#   report (p14: 盗刷, then 报警). No call puts a risk word in a harmless sentence (p17 says the
#   certificate is 锁定 while listed, not frozen); a scam the agent describes as advice (p02) is
#   not a customer alert;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (p18: a
#   hospitalised pensioner arranging for his daughter to withdraw 20,000). The other elderly call
#   (p02) carries it (a call offering higher interest or a "safe account" is a scam);
# - emotion.customer_negative: a customer turn of anger or complaint (p14 twice: 非常不满, 干什么吃的;
#   不然我就去投诉你们). A customer pressed for time (p16) or repeating a question (p15, p19) is
#   not labelled;
# - etiquette.jargon: a turn of unexplained banking terms (p12: 合格境内机构投资者, 申赎, 交易日加二,
#   前端申购费率, 汇率敞口, 净值; p17: 挂单, 转让价, 受让方, 持有期收益, 份额锁定, 撤单 — p17's
#   next turn explains them plainly and is not labelled); forbidden_phrase and agent_negative: a
#   turn that rebuffs the customer (p15: 问多少遍都一样…你问我也白问; p16: 这是规定，跟我说没用，你自己
#   想办法; both labels on each); a curt but factual answer (p15: 结果就是没通过) is not labelled;
# - hold: announcing a hold in any words counts (p04: 您稍候半分钟，电话保持着别断, thanked with
#   您久等了，谢谢耐心; p14: 请您先别挂，稍候片刻, thanked with 让您等了，谢谢). In p18 the music
#   starts straight after the customer's question with no word from the agent: hold.no_notice
#   (thanked afterwards, so only the notice is missing);
# - etiquette.dead_air: p12, 11 s of silence after the customer says he does not understand;
# - closing: the agent thanks and says goodbye, and asks for other needs unless the customer has
#   already said there are none (p06: 就问这些; p11's customer says 就这些 too, but the agent's
#   "那先这样。" has no thanks and no goodbye: closing.missing). Goodbyes and thanks in other words
#   count (再会, 谢谢您抽空打来, 感谢您信得过我们, 劳您打这一趟, 谢谢您致电, 谢谢您及时告诉
#   我们). p19 and p20 end without any closing;
# - answer.wrong_fact: p08 (柜台跨行转账手续费是百分之一; the KB says 百分之零点五) and p09 (新卡寄到
#   大概三个工作日; the KB says 七个工作日). Figures that are right stay unlabelled, including ones
#   for another product: p05's 附属卡本身不收年费 next to the gold main card's 三百元 (right); p04's
#   一天加起来最多转二十万 and 单笔最多五万 (right); p08's 一天最多转二十万 (right); p13's
#   每笔最多转五万 (right);
# - etiquette.interruption: the overlap where the agent starts while the customer is mid-sentence
#   (p16, 1.1 s and 1.0 s);
# - resolution.repeated_question: the same question asked a third time, unanswered (p15: why the
#   application was refused; p19: whether the penalty can be waived), located at the third asking;
# - closing.abnormal_hangup: p19 ends 0.8 s after the customer's third question;
# - handling.time_standard: a card call under the 20 s minimum (p20); every other call lies
#   between 56 and 95 s;
# - etiquette.speech_rate: the agent at 1.6x (p08);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A7001": {"team": "一线N组", "staff_no": "七三零六"},
    "A7002": {"team": "一线N组", "staff_no": "四八一五"},
    "A7003": {"team": "一线P组", "staff_no": "九二四七"},
    "A7004": {"team": "一线P组", "staff_no": "二零六八"},
    "A7005": {"team": "一线P组", "staff_no": "七一五九"},
    "A7006": {"team": "二线G组", "staff_no": "三零八四"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A7001": "您好，恒通银行为您接线，我的服务号是七三零六，有什么需要您尽管说。",
    "A7002": "您好，欢迎拨进恒通银行，四八一五号坐席为您效劳，您想办理哪项业务？",
    "A7003": "您好！恒通银行，我的工牌号九二四七，今天由我来帮您处理，您请说。",
    "A7004": "您好，恒通银行服务线路，坐席代码二零六八，很乐意帮忙，您遇到什么情况了？",
    "A7005": "您好，感谢拨打恒通银行，我是七一五九号客服小潘，您需要咨询哪些内容？",
    "A7006": "您好，恒通银行个人金融专席，工作编码三零八四，请问有什么能为您做的？",
}

HELDOUT6_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "p01_pension_account_target_fund_clean",
        "title": "个人养老金账户今年的一万二想买养老目标基金，以最近一次柜台业务加证件尾号核身，用自己的话讲清不保本、会亏、持有期不能取、盈亏自担，先测评再下单，完整合规",
        "business_type": "wealth", "agent_id": "A7006", "customer_tier": "VIP",
        "started_at": "2027-03-01T10:05:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A7006"]),
            C("你好，我去年开了个人养老金账户，今年的一万二还没存，听说里面能买养老目标基金，想问问清楚。"),
            A("可以买的。涉及您的账户，先请您确认下身份：证件号码倒数四位是多少？您最近一次到我们网点柜台办的是什么业务？"),
            C("倒数四位是五零三九，上个月去柜台换了张新卡。"),
            A("两项都吻合。您先把一万二缴进养老金账户，能抵个税，然后在账户里挑产品。"),
            C("那个养老目标基金是保本的吧？毕竟是养老的钱。"),
            A("不保本，这点得跟您说明白。名字里带养老，不代表不会亏；它有一部分买股票，行情差的时候账面会出现亏损，"
              "持有期内还不能随便取出来，过往业绩也不能当成以后的收益。"),
            C("那亏了谁兜底？"),
            A("没有人兜底，盈亏都由您自己承担。所以下单前手机银行会让您先做风险评估，再看产品的风险提示，签了确认才能买。"
              "求稳的话，账户里也能放储蓄存款。"),
            C("懂了，那我一半存定期，一半买基金。"),
            A("这样分开放挺稳妥。入口在手机银行首页的养老金专区。还有哪些我能帮上忙的？"),
            C("眼下没别的了。"),
            A("好的，谢谢您抽空打来，愿您诸事顺心，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p02_elderly_dongbei_partial_early_withdrawal_clean",
        "title": "老年客户（东北口音）三年定期未到期想先取两万给孙子交学费，以身份证尾号加存款金额核身，说明部分提前支取按活期计息、须本人到柜台，提醒“帮您提高利息”“安全账户”是骗局，完整合规",
        "business_type": "deposit", "agent_id": "A7002", "customer_tier": "elderly",
        "started_at": "2027-03-01T15:32:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A7002"]),
            C("哎呀老妹儿，我跟你打听个事儿，我那三年的定期还差半年才到期，孙子上大学等钱用，能先取一部分出来不？"),
            A("大娘您好，能取。我先跟您核对一下身份，您把身份证最后四个数念一下，再说说这笔定期存的是多少钱。"),
            C("最后四个是八三一二，存的是五万。"),
            A("都对得上。定期能部分提前支取一次，取出来的那部分按活期算利息，剩下的钱还按原来的利率存到期。"),
            C("那我取两万，剩下三万不动。搁电话里能办不？"),
            A("提前支取得您本人带上身份证和存单去网点柜台办，别人替您办不了。"),
            C("行，明儿个让孙子陪我去。"),
            A("好的大娘。再多嘱咐您一句：要是有人打电话说能帮您把定期利息弄高点，或者让您把钱挪到啥安全账户，"
              "那都是坑人的，您直接撂电话，拿不准就让孙子帮您瞅瞅。"),
            C("嗯呐，我记住了。"),
            A("您还有啥想问的不？"),
            C("没啦，谢谢你啊老妹儿。"),
            A("哪里的话，大娘，多谢您打这个电话，祝您身子骨硬朗，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p03_student_loan_grace_info_clean",
        "title": "应届毕业生咨询国家助学贷款毕业后怎么还、能否提前还清（一般规定，客户不要求查本人账户，无需核身），完整合规",
        "business_type": "loan", "agent_id": "A7001", "customer_tier": "standard",
        "started_at": "2027-03-02T11:18:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A7001"]),
            C("你好，我今年六月毕业，想先了解一下国家助学贷款毕业以后是怎么还的，不用查我自己的账户。"),
            A("好的，那我讲一下通用的规定。毕业后有一段只还利息的宽限期，宽限期过了才开始还本金，具体多长以您合同上写的为准。"),
            C("利息是按多少算的？"),
            A("利率在签合同时就定了，不同年份签的不一样，不查您个人账户的话，建议您翻到合同里写利率的那一栏看。"),
            C("行。那我要是想提前还清呢？要赔违约金吗？"),
            A("助学贷款提前还清没有违约金，在手机银行的贷款页面就能申请，去网点柜台也能办。"),
            C("那我工作以后换了城市，要不要通知你们？"),
            A("要的，换了手机号或者单位，记得在手机银行里更新联系方式，免得还款提醒收不到。以后想查您自己的欠款明细，"
              "再打过来就行，到时候会先确认是不是您本人。"),
            C("明白了，今天就先了解这些。"),
            A("好的。还有什么不清楚的地方吗？"),
            C("没有了，谢谢。"),
            A("不用谢，感谢您专程打来，祝您毕业顺利，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p04_sister_surgery_transfer_hold_clean",
        "title": "给住院做手术的妹妹转十二万交押金，手机银行提示额度不够，以开户支行加身份证尾号核身，告知后播放等待音乐并致谢；日累计二十万、单笔五万都说对，用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A7003", "customer_tier": "standard",
        "started_at": "2027-03-02T16:44:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A7003"]),
            C("你好，我妹妹在省医院做手术，我要给她转十二万交押金，手机银行提示今天的额度不够，怎么回事？"),
            A("这就帮您查。先做个身份确认：您这张卡是在哪个支行开的？身份证末尾四个数字也说一下。"),
            C("东湖支行开的，末尾是二九五零。"),
            A("身份没问题。我查一下您今天的转账记录，您稍候半分钟，电话保持着别断。"),
            {"silence": 7.0, "kind": "hold_music"},
            A("您久等了，谢谢耐心。您今天上午已经转出去十万，手机银行一天加起来最多转二十万，单笔最多五万，"
              "所以今天还能再转十万，分两笔。"),
            C("那我先转十万，剩下两万怎么办？"),
            A("剩下的明天再转，或者今天带身份证去柜台办。转之前跟您提个醒：这么大一笔钱，最好直接交到医院的缴费账户，"
              "或者跟妹妹视频确认一下卡号；要是有人自称医生、护工让您转到别的账户，千万先别转。"),
            C("是转我妹妹自己的卡，刚跟她视频过。"),
            A("那就没问题了。祝您妹妹手术顺利。还有要我帮您查的吗？"),
            C("没有了，谢谢你。"),
            A("客气了，感谢您信得过我们，一切都会好起来的，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p05_supplementary_card_annual_fee_clean",
        "title": "金卡持卡人想给没有收入的妻子办附属卡，以主卡有效期加身份证尾号核身；金卡主卡年费三百元（正确）与附属卡不收年费（另一产品的正确说法），完整合规",
        "business_type": "card", "agent_id": "A7004", "customer_tier": "standard",
        "started_at": "2027-03-03T10:26:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A7004"]),
            C("你好，我有一张你们的金卡信用卡，想给我老婆办一张附属卡，她自己没有收入。"),
            A("可以办。涉及您的信用卡，先对一下您的信息：主卡有效期是哪年哪月到期？再报一下身份证后四位。"),
            C("二零二九年十月到期，身份证后四位是六七零三。"),
            A("信息正确。附属卡跟主卡共用额度，您能给她设一个每月最多刷多少的上限，她刷的钱都记在您的账单上，由您来还。"),
            C("年费怎么收？我这张主卡好像一年要交三百。"),
            A("没错，您的金卡主卡年费是三百元，一年里刷够六次，第二年就免了。附属卡本身不收年费。"),
            C("申请要她本人去吗？"),
            A("不用，您在手机银行的信用卡页面点附属卡申请，填上她的身份证信息，审核通过后卡寄到您的账单地址，她拿到后自己激活。"),
            C("好的，那我今晚就申请。"),
            A("行。附属卡刷的每一笔都会发短信到您手机上，上限也能随时调。还有需要了解的吗？"),
            C("就这些。"),
            A("好的，多谢您选我们的卡，祝您家庭和美，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p06_shanghai_visa_statement_clean",
        "title": "客户（上海口音）去法国旅游签证要盖章的三个月流水，以身份证尾号加手机尾号核身，说明柜台打印盖章或电子签章两种办法；客户自己说只问这些，无需再问其他需求，完整合规",
        "business_type": "account", "agent_id": "A7005", "customer_tier": "standard",
        "started_at": "2027-03-03T14:09:35", "agent_channel": 0,
        "turns": [
            A(OPENING["A7005"]),
            C("侬好，我下个月要去法国旅游，签证那边要三个月的银行流水，还要盖章的，你们能开伐？"),
            A("能开的。要查您的账户流水，按规矩要验明是您本人，请说一下身份证最后四位，还有开户时留的手机号码末四位。"),
            C("身份证是一四八七，手机末四位是二二零九。"),
            A("核对无误。盖章的流水有两种办法：一是到任意网点柜台打印，当场盖章；二是在手机银行申请电子版，带电子签章。"),
            C("电子版签证那边收伐？我怕弄错。"),
            A("多数签证中心收，但各国要求不一样，最稳妥是看一下签证中心官网的材料清单，写明要纸质原件的就去柜台打。"),
            C("好额，那我还是去柜台打，要带啥？"),
            A("带上身份证和这张卡就行，三个月流水加盖业务章，几分钟就能拿到，不收费。签证有时还要存款证明，也能一起办。"),
            C("晓得了，就问这些，谢谢侬。"),
            A("不客气，谢谢您特地打来，祝您在法国玩得开心，再会。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "p07_no_greeting_consumer_loan_payoff",
        "title": "消费贷剩四万多想一次还清，以身份证尾号加合同借款用途核身；坐席以“嗯？说吧。”接起，无问候、行名、工号",
        "business_type": "loan", "agent_id": "A7001", "customer_tier": "standard",
        "started_at": "2027-03-04T09:47:16", "agent_channel": 0,
        "turns": [
            A("嗯？说吧。"),
            C("喂，你好，我前年在你们这儿借了一笔消费贷，还剩四万多，手上有闲钱了，想一次性还清。"),
            A("行，那先验证一下是不是您本人，身份证号后四位和贷款合同上写的借款用途报一下。"),
            C("身份证是三七六一，用途写的是装修。"),
            A("核对一致。您这笔消费贷剩余本金四万二千三百元，按合同提前结清没有违约金，只算到还款当天的利息。"),
            C("那我怎么还？"),
            A("在手机银行贷款页面点提前还款，选全部结清，保证还款卡里余额够，当天就能结清。"),
            C("结清以后要不要开什么证明？"),
            A("能在手机银行申请结清证明，几天内生成电子版，要纸质的就去网点打。"),
            C("好的，谢谢。"),
            A("您还有没有别的要办？"),
            C("没了。"),
            A("好的，谢谢您的支持，祝您日子越过越好，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯？说吧。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "p08_fast_agent_notice_deposit_wrong_counter_fee",
        "title": "坐席语速过快（约一点六倍），开场白有问候、行名和服务用语但不报工号；七天通知存款三十万要取出转他行，把柜台跨行转账手续费说成百分之一（知识库为百分之零点五）；日累计二十万正确，做了转账提醒",
        "business_type": "deposit", "agent_id": "A7002", "customer_tier": "standard",
        "started_at": "2027-03-05T13:55:08", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A("您好，恒通银行，欢迎您来电，请问今天想办点什么？"),
            C("你好，我有三十万存的是七天通知存款，想取出来转到我在别的银行的卡上，要提前通知吗？"),
            A("要的，七天通知存款得提前七天预约取款，没预约就取的话那部分按活期算利息。我先核实身份，请说身份证后四位和这笔钱存入的月份。"),
            C("后四位四零二六，是去年九月存的。"),
            A("对上了。您现在在手机银行就能预约，选好取款日期和金额，到日子钱自动转回活期。"),
            C("取出来以后我去柜台转到别的银行，手续费收几个点？"),
            A("柜台跨行转账手续费是转账金额的百分之一，三十万就是三千元。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之一")]),
            C("这么贵啊，那用手机银行转呢？"),
            A("手机银行转他行免费，不过一天最多转二十万，您分两天转。收款卡一定要是您自己名下的，有人让您转到什么安全账户，一律别信。"),
            C("好，那我改在手机上转。"),
            A("好的，别的还有需要吗？"),
            C("没了，谢谢。"),
            A("不客气，多谢您来问，祝您万事如意，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号"),
                       mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "p09_no_staff_number_snapped_card_wrong_time",
        "title": "借记卡被车门压断要换卡，开场白有问候、行名和服务用语但不报工号；以身份证尾号加手机尾号核身；把新卡寄到时间说成三个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A7003", "customer_tier": "standard",
        "started_at": "2027-03-08T10:40:22", "agent_channel": 0,
        "turns": [
            A("您好！恒通银行，今天由我来帮您处理，您请说。"),
            C("你好，我的借记卡夹在钱包里被车门压断了，断成两截，还能用吗？"),
            A("断了的卡芯片读不出来，只能换新卡。先核对一下是不是您本人：身份证后四位和开户时留的手机号后四位，劳驾您讲下。"),
            C("身份证七零五八，手机尾号四六三二。"),
            A("核实通过。借记卡坏了换卡不用挂失，卡号也不变，您能在手机银行申请邮寄补卡，也能去网点当场换。"),
            C("我这几天没空去网点，寄过来要多久？"),
            A("申请补卡以后，新卡寄到您家大概三个工作日。",
              marks=[mark("answer.wrong_fact", "补卡新卡寄到应为七个工作日（知识库），坐席说成三个工作日")]),
            C("那这几天工资进来能用吗？"),
            A("钱在账户里不受影响，您照样能用手机银行转账、扫码付款，要现金的话可以用手机银行的无卡取款。"),
            C("好，那我现在就在手机上申请。"),
            A("好的，收到新卡后在手机银行里激活，旧卡剪碎扔掉就行。您这边还有什么事吗？"),
            C("没有了。"),
            A("好的，谢谢您，祝您这周过得顺当，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "p10_standing_order_to_father_no_identity",
        "title": "每月给父亲的预约转账这个月转了没有，坐席未做任何身份核验即说出转账时间、金额、收款人、卡尾号和卡内余额（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A7004", "customer_tier": "standard",
        "started_at": "2027-03-12T18:03:44", "agent_channel": 1,
        "turns": [
            A(OPENING["A7004"]),
            C("你好，我在手机银行设了每个月十号自动给我爸转生活费，这个月的转过去没有？"),
            A("转过去了，三月十号上午九点转出两千元，收款人孙德厚，尾号八八一七的卡，已经入账。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出转账时间、金额、收款人姓名和卡尾号")]),
            C("那就好。我这张卡余额还有多少？下个月房贷要扣。"),
            A("现在余额是一万零五百六十元三角，够扣房贷。",
              marks=[mark("identity.not_verified", "未核验身份即告知账户余额")]),
            C("我想把每个月两千改成两千五，怎么改？"),
            A("在手机银行转账页面找到预约转账，点进这条计划，改好金额后确认，下个月起生效。"),
            C("我爸那边要不要签什么？"),
            A("不用，收款人那边什么都不用做。"),
            C("行，我知道了。"),
            A("另外还有要办的吗？"),
            C("没了。"),
            A("好，劳您打这一趟，谢谢，祝您家里一切都好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p11_restaurant_business_loan_before_check_no_closing",
        "title": "饭馆老板问经营贷这个月扣多少，坐席先报出扣款日和金额再核身；客户说就这些，坐席只说“那先这样。”，无致谢道别",
        "business_type": "loan", "agent_id": "A7006", "customer_tier": "standard",
        "started_at": "2027-03-15T14:21:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A7006"]),
            C("你好，我是开饭馆的，在你们这儿有笔经营贷，想问下这个月哪天扣款、扣多少，我好往卡里存钱。"),
            A("您这笔经营贷每月二十号扣，这个月要扣一万一千八百四十元，本金利息都在里面。",
              marks=[mark("identity.not_verified", "核身之前就说出经营贷扣款日和本期金额")]),
            C("噢，怎么比上个月多了？"),
            A("我得先问一句，您是借款人本人吧？身份证最后四位报一下。"),
            C("是我，身份证后四位是九一三三。"),
            A("好的。这个月多是因为贷款利率年初调整了，从这期开始每期都是这个数。"),
            C("那如果下个月我想先还一部分本金，可以吗？"),
            A("可以，提前还一部分本金要提前五个工作日在手机银行预约，还完以后每期的月供会相应减少。"),
            C("行，我知道了，就这些。"),
            A("那先这样。"),
        ],
        "violations": [mark("closing.missing", "客户说就这些，坐席只说那先这样，没有致谢和道别")],
    },
    {
        "call_id": "p12_qdii_fund_jargon_dead_air_no_disclosure",
        "title": "客户想买五万投美国股票的基金，坐席满口术语（合格境内机构投资者、申赎、交易日加二确认、前端申购费率、汇率敞口）；客户说听不懂后双方无声十一秒；坐席只讲去年收益和测评等级即下单，未做任何风险揭示",
        "business_type": "wealth", "agent_id": "A7005", "customer_tier": "standard",
        "started_at": "2027-03-16T11:12:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A7005"]),
            C("你好，我看你们手机银行有个投美国股票的基金，去年涨了不少，我想买五万，靠谱吗？"),
            A("好的，先核身，麻烦您讲一下身份证后四位，还有这张卡是哪一年办的。"),
            C("后四位二五七四，二零一八年办的卡。"),
            A("核对通过。这只是合格境内机构投资者基金，申赎按交易日加二确认，前端申购费率百分之一点二，另外有汇率敞口，净值按美元资产折算。",
              marks=[mark("etiquette.jargon", "合格境内机构投资者、申赎、交易日加二确认、前端申购费率、汇率敞口、净值，未向客户解释")]),
            C("你说的这些我不太懂，我就想知道买了能不能赚钱？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户说听不懂并提问后双方无声十一秒，坐席未作任何告知")]},
            A("这只基金去年收益百分之十八，今年到现在也是涨的，您的风险测评是进取型，可以买。"),
            C("那就买五万吧。"),
            A("好的，我把购买链接推到您手机银行，您点确认就下单了，钱明天扣。"),
            C("收到了，我点了。", gap=3.0),
            A("已经下单成功。还有别的要我帮您办的吗？"),
            C("没了。"),
            A("好的，感谢您的支持，祝您一切顺遂，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "当场购买五万元投资美股的基金，只讲去年收益和测评等级，未做任何风险揭示（可能亏损、汇率波动等）")],
    },
    {
        "call_id": "p13_stock_tip_group_scam_no_warning",
        "title": "炒股群“老师”称有内部原始股明天上市翻倍，要客户下午三点前把八万转到助理个人账户占额度，坐席核身后只教他分两笔转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A7003", "customer_tier": "standard",
        "started_at": "2027-03-17T13:36:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A7003"]),
            C("你好，我在一个炒股的群里跟着老师学了两个月，老师说有一批内部原始股，明天上市就翻倍，"
              "让我今天把八万块转给他助理的个人账户先占个额度。",
              marks=[mark("risk.keyword_alert", "炒股群老师、内部原始股、上市翻倍、转到助理个人账户占额度：荐股诈骗话术")]),
            A("好的，转账前要确认是您本人，身份证号末四位请报一下。"),
            C("六二四一。"),
            A("是本人。您这张卡手机银行每笔最多转五万，八万要分两笔，今天之内转完没问题。"),
            C("助理说要在下午三点前转过去，不然名额就给别人了。"),
            A("来得及，手机银行转账一般几分钟到账，收款人写助理的名字，账号核对清楚就行。"),
            C("好，我这就去转。"),
            A("好的，转完您会收到短信。另外还需要办什么吗？"),
            C("没有了。"),
            A("好，感谢您来问，祝您顺利，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出荐股群老师推内部原始股、限时把八万转到助理个人账户的诈骗话术，坐席反而教他怎么转，未做任何防诈骗提示")],
    },
    {
        "call_id": "p14_lost_phone_quickpay_theft_complaint",
        "title": "手机丢失后卡上被快捷支付盗刷六千二，客户愤怒、已报警并扬言投诉；坐席共情担责、核身，告知后静音保留并致谢，关闭快捷支付、临时止付，提交争议一小时内回电",
        "business_type": "complaint", "agent_id": "A7004", "customer_tier": "standard",
        "started_at": "2027-03-18T20:14:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A7004"]),
            C("我对你们非常不满！我手机前天丢了，今天一看卡里少了六千多，全是快捷支付扣的，这就是盗刷！你们的风控是干什么吃的？",
              marks=[mark("emotion.customer_negative", "非常不满、干什么吃的：愤怒、不满"),
                     mark("risk.keyword_alert", "盗刷：资金被盗报告")]),
            A("钱莫名其妙少了，搁谁都着急，这事我来跟进，先帮您止损。请报一下姓名和身份证后四位。"),
            C("郑丽华，一五零七。我已经报警了，派出所给了回执，你们银行总得给个说法，不然我就去投诉你们！",
              marks=[mark("risk.keyword_alert", "报警：已向警方报案"),
                     mark("emotion.customer_negative", "不然我就去投诉你们：投诉、不满")]),
            A("核实了，郑女士。我先关掉这张卡的快捷支付并临时止付，大约要三十秒，请您先别挂，稍候片刻。"),
            {"silence": 8.0, "kind": "hold"},
            A("让您等了，谢谢。快捷支付关了，卡也暂停交易，不会再被扣。前天晚上共四笔，六千二百元，都付给了一个游戏充值平台。"),
            C("那钱能追回来吗？"),
            A("我现在给您提交争议，您把报警回执拍照传到手机银行，专员一个小时内联系您追款。"
              "手机号也尽快去营业厅挂失，免得验证码被别人收到。"),
            C("好吧，一个小时内一定要给我打电话。"),
            A("一定。让您受惊了，实在抱歉。还有需要我一起处理的吗？"),
            C("暂时没了。"),
            A("好的，谢谢您及时告诉我们，有进展马上通知您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p15_rejected_card_application_rebuff",
        "title": "信用卡申请被拒想知道原因，同一问题问到第三遍；坐席一次顶撞客户（问多少遍都一样、你问我也白问），最后才说出常见原因和建议",
        "business_type": "card", "agent_id": "A7001", "customer_tier": "standard",
        "started_at": "2027-03-19T10:51:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A7001"]),
            C("你好，我上周申请了你们的信用卡，今天短信说没通过，我想知道是什么原因。"),
            A("您先把身份证后四位告诉我，我核一下。"),
            C("三八零九。"),
            A("好的。您的申请是综合评估以后没通过。"),
            C("综合评估是什么意思？到底是哪里不符合？"),
            A("审批是信用卡中心做的，结果就是没通过，我这边只能看到结论。"),
            C("我就想知道原因，是收入不够还是征信有问题？"),
            A("问多少遍都一样，我这儿看不到，你问我也白问。",
              marks=[mark("etiquette.forbidden_phrase", "问多少遍都一样、你问我也白问：搪塞、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("这都第三次问你了，总得告诉我是什么原因吧，我下次申请要注意什么？",
              marks=[mark("resolution.repeated_question", "被拒原因问了三遍仍未得到解答，并说这都第三次问你了")]),
            A("具体原因审批部门不对外说明，一般是收入材料不足、负债偏高或者近期查征信太多。您过三个月再申请，把工作和收入信息填完整。"),
            C("行吧。"),
            A("另外还有需要的吗？"),
            C("没了。"),
            A("好，谢谢您致电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p16_new_account_limit_interrupt_rebuff",
        "title": "新开的卡非柜面转账一天限五千，客户要付一万房租，坐席两次在客户陈述未完时插话，并以“这是规定，跟我说没用”顶撞客户，最后才给出分两天转或去柜台的办法",
        "business_type": "account", "agent_id": "A7005", "customer_tier": "standard",
        "started_at": "2027-03-22T12:28:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A7005"]),
            C("你好，我上个月刚开的卡，今天想用手机银行转一万块房租，提示超过非柜面限额，一天只能转五千，"
              "可我开卡的时候没人跟我说过这个，租房合同都签了，房东一直在催"),
            A("这个我清楚，新开的卡都有限额。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("那我怎么才能把限额提上去？我这周之内就得把钱"),
            A("您先报下身份证后四位和手机尾号。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一秒")]),
            C("身份证五一六三，手机尾号八二七零。"),
            A("核实了。要提额得您本人带身份证和租房合同去开户网点，柜员评估后调整。"),
            C("我上班走不开，电话里不能办吗？"),
            A("这是规定，跟我说没用，你自己想办法抽空去。",
              marks=[mark("etiquette.forbidden_phrase", "这是规定，跟我说没用，你自己想办法：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、消极回应")]),
            C("那这周的房租怎么办？"),
            A("今天能先用手机银行转五千，明天再转五千；或者去柜台直接转一万，柜台不受这个限额。"),
            C("那我明天再转剩下的。"),
            A("好的，还有其他要咨询的吗？"),
            C("没有了。"),
            A("好的，谢谢您打这通电话，祝您顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "p17_no_greeting_cd_resale_jargon",
        "title": "大额存单还有一年半到期想转让给别人，坐席以“喂，哪位？”接起，无问候、行名、工号；以身份证尾号加购买月份核身；一段术语（挂单、转让价、受让方、持有期收益、份额锁定、撤单）后经客户追问才用白话解释",
        "business_type": "deposit", "agent_id": "A7002", "customer_tier": "standard",
        "started_at": "2027-03-23T15:07:02", "agent_channel": 0,
        "turns": [
            A("喂，哪位？"),
            C("你好，是恒通银行吧？我买了一张二十万的大额存单，还有一年半才到期，这阵子等钱用，听说能转让给别人？"),
            A("对，是恒通。您得先过个身份核对，身份证后四位和这张存单是哪个月买的？"),
            C("后四位零八八六，前年九月买的。"),
            A("对上了。您这张能挂单转让，转让价您自定，受让方承接后按持有期收益结算，挂单期间份额锁定，不成交可以撤单。",
              marks=[mark("etiquette.jargon", "挂单、转让价、受让方、持有期收益、份额锁定、撤单，未向客户解释")]),
            C("你说的我听不太明白，简单讲就是能卖给别人对吧？"),
            A("对，简单说就是把这张存单卖给别的客户。您在手机银行里定个价钱挂出去，有人买下，钱当天就到您卡上，"
              "已经存的这段时间的利息也能拿到。没人买的话随时能撤回来，不损失。"),
            C("那要是一直没人买，我又急用钱呢？"),
            A("也可以到柜台提前支取，不过整张按活期算利息，损失大一些，建议先挂出去试试。"),
            C("好，我先试试挂出去。"),
            A("好的，还有需要帮忙的吗？"),
            C("没了，谢谢。"),
            A("好，谢谢您，祝您顺顺当当，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，哪位？：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "p18_elderly_cantonese_daughter_pension_hold_no_notice",
        "title": "住院的老年客户（粤语口音）想让女儿代取两万退休金，以身份证尾号加平时领退休金的网点核身；客户问卡里够不够后直接进入九秒等待音乐、坐席未告知，之后致谢；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A7003", "customer_tier": "elderly",
        "started_at": "2027-03-24T09:33:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A7003"]),
            C("靓女啊，我住院了，想让我女儿帮我去银行取退休金，得不得啊？"),
            A("阿伯您好，我先确认下是不是您本人，请说一下身份证最后四位，还有您平常是在哪个网点领退休金。"),
            C("最后四位系四九零一，平时在荔湾那个网点。"),
            A("核对好了。您女儿可以代您取，要带上您的身份证、她自己的身份证、您的卡，还有医院开的住院证明。"),
            C("我想取两万出来交住院费，你帮我看看卡里够不够？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("多谢您等我。您卡上的钱够取两万，让您女儿带齐刚才说的材料去办就行。"),
            C("好啊，唔该晒。那我叫她明天去。"),
            A("好的阿伯，还有别的要问吗？"),
            C("冇了冇了。"),
            A("好的，谢谢阿伯打来，祝您早日康复，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "住院的老年客户要托女儿代取两万退休金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "p19_mortgage_penalty_runaround_hangup",
        "title": "换卡当天房贷没扣成产生罚息，客户三次问罚息能不能免，坐席始终答非所问，客户第三次问后通话随即结束",
        "business_type": "loan", "agent_id": "A7001", "customer_tier": "standard",
        "started_at": "2027-03-25T16:48:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A7001"]),
            C("你好，我房贷这个月没扣成功，说产生了罚息，可我卡里明明有钱。"),
            A("我查查看，您先把身份证后四位和贷款的还款卡尾号告诉我。"),
            C("身份证二二四六，还款卡尾号七三零八。"),
            A("核实了。这个月扣款那天您的卡正在换新卡，状态不正常，那天扣款失败了，第二天补扣了，产生了一天的罚息，十二块六。"),
            C("那是你们换卡的问题，这十二块六能不能免掉？"),
            A("您以后可以把还款卡设成常用卡，换卡的时候记得先更新还款账户。"),
            C("我问的是这次的罚息能不能免？"),
            A("罚息是系统自动算的，每个月都按合同执行。"),
            C("我已经问第三遍了，这笔罚息到底能不能退？",
              marks=[mark("resolution.repeated_question", "罚息能不能免问了三遍，并说我已经问第三遍了"),
                     mark("closing.abnormal_hangup", "客户提问后不到一秒通话结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "p20_short_card_sms_alert_call",
        "title": "信用卡每刷一笔能否发短信，坐席一句话带过，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A7002", "customer_tier": "standard",
        "started_at": "2027-03-26T17:52:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A7002"]),
            C("你好，信用卡每刷一笔能发短信吗？"),
            A("能，手机银行里设。"),
            C("哦。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT6_SEED = 20270317
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT6_CALLS, agents=AGENTS, default_out=Path("samples/heldout6"),
                  seed=HELDOUT6_SEED, description=__doc__))
