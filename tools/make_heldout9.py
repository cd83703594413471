#!/usr/bin/env python3
"""Render the ninth held-out evaluation set in samples/heldout9/ (dev-only; never imported by the product).

The first eight held-out sets (samples/heldout/ to samples/heldout8/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This ninth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the eight
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py or make_heldout.py to make_heldout8.py): other agents (A9101-A9106) with their own
openings (客服专员, 服务人员为您接线, 岗位号, 服务代码…的坐席, 服务编码, 理财经理), other
verification routes (how many of the bank's cards the customer holds, the issuing authority printed
on the ID card, the credit card's statement day, the card's expiry month, the surname of the last
payee, roughly how much is in the passbook), other hold and closing phrasings, topics the earlier
sets did not use (a US-dollar wealth product for money earned abroad, booking new banknotes for New
Year red envelopes, opening an account for a deaf relative, paying a tea cooperative for the spring
harvest, repaying ringgit spent abroad on a dual-currency card, a traffic fine paid but not shown
as paid, a failed phone top-up, the transfer fee for a breakfast shop, an insurance claim payout,
demolition compensation, a video call faked with a nephew's face and voice, an infrastructure REIT,
a fake credit-limit raising fee, an account frozen by a court over a guarantee the customer never
signed, a gym that closed down, art-school fees paid at the counter, an expired ID card on file,
swapping a passbook for a card, a credit-limit cut, paying with a watch), dialect-flavoured
customers (Guizhou, Hangzhou and Hefei flavour; two of them elderly) and hard negatives (steps done
in unusual words, steps not required in that situation, harmless mentions of traffic police, of a
police bureau on an ID card, of verification codes and of a fear of card theft, figures right for
another product or channel, large transfers with a warning, a deposit that needs no risk
disclosure, a customer who starts before the agent has finished). It is for measuring, never for
tuning. Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata
formats); only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout9.py
    /work/tts-venv/bin/python tools/make_heldout9.py --only t13_fake_limit_raise_fee_no_warning
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
#   number may be said as "客服专员NNNN接听", "由NNNN号服务人员为您接线", "我的岗位号NNNN",
#   "服务代码NNNN的坐席接听", "服务编码NNNN" or "理财经理NNNN". t08 greets, names the bank and
#   offers help with no number (staff_id_missing); "喂，接着了，你说事。" (t07) and
#   "嗯，快说吧，什么事。" (t17) are no greeting at all (both labels; the customer names the bank
#   and the agent only confirms);
# - identity: a check before any account data or account action. ID digits + how many of the
#   bank's cards the customer holds (t01, t04, t09 after the slip, t12, t13, t16), + the issuing
#   authority printed on the ID card (t06), + the credit card's statement day (t05, t15, t19), + the
#   card's expiry month (t07, t11, t17), + the surname of the last payee (t08), + roughly how much
#   is in the passbook (t18), + the number of the bank's cards in an elderly customer's own words
#   (t02), or the full name + ID digits (t14) all count.
#   identity.not_verified = each agent turn that discloses account data before a check: t09 (an
#   insurance claim payout's date, amount, payer and card tail; the check comes after the customer
#   objects: one turn), t10 (demolition compensation's date, amount, payer and memo, then the
#   balance, no check at all: two turns). General information (t03: opening an account for a deaf
#   relative; t20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (t12: "it pays out every
#   year, the principal cannot run away"), a fraud script the customer describes left without an
#   anti-fraud warning while the agent helps the money out (t13). A disclosure in the agent's own
#   words counts (t01: 不保本, 到期拿回来的美元可能比投进去的少, 百分之四只是测算出来的，不是银行承诺给您的,
#   六个月里不能提前取, 换成人民币也可能少拿).
#   Large transfers carry a warning in the agent's own words (t04: call the cooperative's landline
#   to check name and number, a changed account sent through a chat app is not to be paid; t08:
#   a written transfer agreement, pay only the shop owner, never a middleman). A large-sum
#   certificate of deposit (t10) is a deposit and needs no wealth disclosure;
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (t13: a "credit-card centre manager" on a chat
#   app who will raise the limit to 200,000 for a 9,800 fee paid to his personal card). t11 twice
#   (被骗; 在手机上报警了), t14 twice (被法院冻结了; 去公安局立案). Traffic police and a fine (t06),
#   the police bureau printed on an ID card (t06), a verification code that may not arrive (t03)
#   and a fear of card theft with nothing stolen (t05: 怕卡号让人偷偷记下去盗刷) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (t18: a
#   76-year-old swapping a passbook for a card, who is even promised a home visit). The other
#   elderly call (t02) carries it (the bank never brings money to the door nor asks for a
#   password on the phone; whoever asks for a "deposit" first is playing a crook's trick);
# - emotion.customer_negative: a customer turn of anger or complaint (t14 twice: 你们银行怎么搞的…
#   凭什么说冻就冻; 今天不给我讲清楚…去投诉你们; t19 once: 绕来绕去我真的很恼火). A scam victim (t11),
#   a customer told off by the agent (t15, t17) is not labelled;
# - etiquette.jargon: a turn of unexplained banking terms (t12: 公募不动产投资信托基金, 底层资产, 特许经营权,
#   可供分配金额, 现金分派率, 二级市场溢价, 扩募, 残值; t16: 大额实时支付系统, 联行号, 清算行号, 贷记往来,
#   超级网银汇路, 直连). forbidden_phrase and agent_negative: a turn that rebuffs the customer
#   (t15: 健身房跑路是健身房的事…你跟我这儿说理有什么用，我也管不着; t17: 短信里写得清清楚楚，自己不看就打过来问，
#   我这边还一堆电话排着呢; both labels on each);
# - hold: announcing a hold in any words counts (t04: 您请拿着电话稍等大约十秒钟，我给您接段音乐, 8 s
#   music, thanked with 劳您在线上等了一阵，谢谢; t14: 要个二十来秒，电话您拿着别放，我很快回来, 8 s silent,
#   thanked with 我查到了，谢谢您耐心等我). In t16 the music (10 s) starts straight after the customer's question with no
#   word from the agent: hold.no_notice (thanked afterwards with 多谢您等了一会儿, so only the notice
#   is missing);
# - etiquette.dead_air: t18, 12 s of silence after the elderly customer asks about the fee and a
#   home visit;
# - closing: the agent thanks and says goodbye, and asks for other needs unless the customer has
#   already said there is nothing else (t05). Goodbyes and thanks in other words count (咱们回头见,
#   再会了, 感谢您抽空打进来, 谢谢您替弟弟打来问, 感激您选了我们, 谢谢您信得过我们, 多谢来电，晚安,
#   多谢您查询, 谢谢您老打这个电话, 谢谢您这么信得过). t11 ends with
#   "行，那你先去吧。": closing.missing; t19 and t20 end without any closing;
# - answer.wrong_fact: t08 (每天累计最多能转三十万; the KB says 二十万) and t16 (柜台跨行转账手续费 百分之零点八;
#   the KB says 0.5%). Figures that are right stay unlabelled, including ones for another product
#   or channel: t04's 一笔最多五万元 and 一天加起来最多二十万元 (right) next to 取款机每天最多能取两万 (cash,
#   not transfers); t05's 金卡一年是三百元年费 (right); t08's 一笔最多转五万 (right); t10's 大额存单二十万起存
#   (a deposit's minimum, not a limit); t16's mobile-banking inter-bank transfers without fee (another
#   channel);
# - etiquette.interruption: the overlap where the agent starts while the customer is mid-sentence
#   (t15, 1.2 s and 0.9 s). In t01 the customer starts 0.5 s before the agent has finished: not an
#   agent interruption;
# - resolution.repeated_question: the same question asked a third time, unanswered (t19: why the
#   credit limit was cut from 50,000 to 20,000), located at the third asking;
# - closing.abnormal_hangup: t19 ends just after the customer's third question;
# - handling.time_standard: a card call under the 20 s minimum (t20); every other call is longer;
# - etiquette.speech_rate: the agent at 1.6x (t17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9101": {"team": "一线V组", "staff_no": "五八四二"},
    "A9102": {"team": "一线V组", "staff_no": "一三六七"},
    "A9103": {"team": "一线W组", "staff_no": "八零九五"},
    "A9104": {"team": "一线W组", "staff_no": "二七一三"},
    "A9105": {"team": "一线W组", "staff_no": "六四五八"},
    "A9106": {"team": "二线M组", "staff_no": "九一三七"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9101": "您好，您拨通的是恒通银行，客服专员五八四二接听，今天有什么事要我帮您办？",
    "A9102": "您好，恒通银行一三六七号服务人员为您接线，您想问哪件事？",
    "A9103": "您好，恒通银行客户中心，我的岗位号八零九五，您有什么要办的尽管讲。",
    "A9104": "您好，恒通银行，这通电话由服务代码二七一三的坐席接听，看看能帮您做点什么？",
    "A9105": "您好，恒通银行远程柜台，我叫小宁，服务编码六四五八，您遇到啥事了请说。",
    "A9106": "您好，恒通银行财富服务专线，理财经理九一三七，能接到您的电话很开心，今天想聊哪方面的打算？",
}

HELDOUT9_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "t01_dollar_wealth_from_work_abroad_clean",
        "title": "贵宾客户在国外打工攒下三万美元，想买美元理财，以身份证尾号加名下卡片张数核身，用自己的话讲清不保本、换回人民币有汇率损失、六个月内取不出、预期收益只是测算；客户在坐席说完前零点五秒开口（非坐席插话），完整合规",
        "business_type": "wealth", "agent_id": "A9106", "customer_tier": "VIP",
        "started_at": "2027-06-01T10:08:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A9106"]),
            C("你好，我在迪拜做了四年工程，攒下三万美元，刚存进你们这儿。我听说有美元理财，比美元定期收益高，想打听打听。"),
            A("您是想把这三万美元放进美元理财，希望比美元定期多挣一点，我理解得对吗？要看您名下的外币资产，"
              "得先对一对身份：请说出证件号码末尾四个数字，再告诉我您在我行一共有几张卡。"),
            C("末尾四个是六三八一，我有两张卡，一张工资卡一张信用卡。"),
            A("信息一致，是您本人。有一款六个月期的美元理财，主要投美元债券和存款，测算的年化收益大约百分之四。"),
            C("四个点比人民币高不少啊，那这个钱稳吗？"),
            A("这一点先跟您说清楚：它不保本，债券价格往下走的时候，到期拿回来的美元可能比投进去的少；"
              "百分之四只是测算出来的，不是银行承诺给您的。还有，六个月里不能提前取，急用钱也拿不出来。"),
            C("我以后肯定要换回人民币在老家盖房子的。"),
            A("那还有一层要想到：美元换回人民币那天，要是美元跌了，就算理财本身赚了，换成人民币也可能少拿。"
              "所以我建议您留一万美元放活期备用，两万买这款。"),
            C("行，两万买，一万放着。", overlap=0.5),
            A("好的。您的风险评估是稳健型，可以买这款。下单前页面上会弹出风险揭示书，您看完签了字才会扣款。"
              "您还有别的打算想一起聊聊吗？"),
            C("眼下就这件事。"),
            A("好的，谢谢您今天抽时间听我讲这么多，祝您的房子早日盖起来，咱们回头见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t02_elderly_guizhou_new_notes_booking_clean",
        "title": "八十一岁老年客户（贵州口音）过年要给重孙发红包，想从卡上取五千元新钞，以身份证尾号加名下卡片张数核身，帮其预约网点领取，提醒冒充银行送钱上门、先要押金或问密码的都是骗子，完整合规",
        "business_type": "account", "agent_id": "A9103", "customer_tier": "elderly",
        "started_at": "2027-06-02T09:41:20", "agent_channel": 0,
        "turns": [
            A(OPENING["A9103"]),
            C("喂，妹崽，我是贵阳的，今年八十一咯。过年要给重孙发红包，想从我卡上取五千块新票子，你们那里要搞哪样手续嘛？"),
            A("老人家好，您是想从卡上取五千元崭新的钞票，过年给重孙包红包，我听得对不对？动您卡上的钱，先要确认是您本人："
              "您念一下身份证末了四位，再讲讲您手里一共有几张我们行的卡。"),
            C("末了四位是零七二九，卡就一张，另外还有一本存折。"),
            A("对得上，是您本人。新钞要提前预约，我现在帮您在离家最近的网点约上，您想哪天去拿？"),
            C("礼拜四上午嘛，我孙子那天得空，送我过去。"),
            A("好的，给您约在本周四上午，到时候带上身份证和这张卡，柜台直接给您五千元新钞，不另外收钱。"),
            C("晓得咯，莫得问题。"),
            A("老人家，还有件事跟您念叨念叨：过年前后骗子多，有人冒充银行打电话，说能把新钱送到家里、要您先转一笔押金，"
              "或者问您卡上的密码，统统是骗子的把戏。我们银行从来不上门送钱，电话里也绝不会问密码。"),
            C("哦哟，那我听到这种电话就挂。"),
            A("对头，挂了以后再跟孙子商量。您还有哪样要问的不？"),
            C("莫得了，谢谢妹崽。"),
            A("不用谢，老人家慢慢走，祝您新年身子骨硬朗，再见咯。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t03_deaf_relative_account_opening_info_clean",
        "title": "客户咨询替听障的弟弟开工资卡（一般业务咨询，不查账户，无需核身）；开户须本人到场、本人身份证、本人名下手机（与知识库一致）；手语服务预约、刷脸确认代替短信验证码（无害提及），完整合规",
        "business_type": "account", "agent_id": "A9101", "customer_tier": "standard",
        "started_at": "2027-06-03T14:12:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A9101"]),
            C("你好，我弟弟耳朵听不见，也不太会说话，厂里要他在你们那儿开张卡发工资，我能不能替他去办？"),
            A("您是想帮听障的弟弟开一张发工资用的卡，想知道能不能代办，对吗？这是开户规定方面的咨询，不查具体账户，"
              "所以不用核对您的信息。开户得他本人到场，带上他自己的身份证，再带一部登记在他本人名下的手机。"),
            C("他本人去没问题，可他没法跟柜员说话啊。"),
            A("这个您放心，我们有几家网点配了会手语的员工，您提前一天在手机银行里预约无障碍服务，勾上手语，网点就会安排好。"
              "您也可以陪他一起进去，帮着沟通。"),
            C("那柜台要他签很多字吗？他写字没问题。"),
            A("要签几处名，都得他本人签，柜员会把每张单子指给他看，开完当场就能用。"),
            C("以后他转账取钱，手机上的验证码他收得到，可银行打来的电话他接不了，这怎么办？"),
            A("可以给他开通手机银行的刷脸确认，转账时对着摄像头看一眼就行，不靠接电话。"),
            C("太好了，谢谢你想得这么周到。"),
            A("应该的。还有哪一点您觉得我没讲明白？"),
            C("都清楚了。"),
            A("好，谢谢您替弟弟打来问，祝他上班顺顺当当，再会了。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t04_tea_cooperative_payment_hold_clean",
        "title": "茶商今天要给福建茶叶合作社付十五万春茶货款，以身份证尾号加名下卡片张数核身，告知后播放等待音乐并致谢；一笔五万、一天二十万说对，取款机每天取现两万（另一产品，正确），用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A9104", "customer_tier": "standard",
        "started_at": "2027-06-04T11:25:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A9104"]),
            C("你好，我是做茶叶买卖的，今年的春茶要从福建一个茶叶合作社收一批，货款十五万，想今天用手机银行付过去。"),
            A("您要今天给福建的茶叶合作社付十五万春茶货款，对吧？付款前请您配合验个身份，请讲身份证号最后四位，再说一下您在我们行名下有几张卡。"),
            C("最后四位八二六零，我有三张卡。"),
            A("没错，是您本人。我查一下您这张卡今天能转多少，您请拿着电话稍等大约十秒钟，我给您接段音乐。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("劳您在线上等了一阵，谢谢。您今天还没有转出过钱，手机银行一笔最多五万元，一天加起来最多二十万元，十五万分三笔就能付完。"),
            C("那我顺便取两万现金给采茶的工人发工钱，取款机上一天最多取得了多少？"),
            A("取款机每天最多能取两万，刚好够；这是取现金的额度，跟转账的额度分开算。"),
            C("好。"),
            A("还有一点要提醒您：这么大一笔货款，付之前请打合作社的座机，跟负责人把收款户名和账号核对一遍；"
              "要是有人在聊天软件上说合作社换了收款账户，先别付，打电话或者当面问清楚再说。"),
            C("这个合作社我跟了五年，账号一直没变过，我还是会打电话再对一遍。"),
            A("这样最保险。请问您这边还有要一起办的事吗？"),
            C("没有了。"),
            A("好的，感谢您今天打过来问，祝您今年的茶卖个好价钱，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t05_ringgit_spend_dual_currency_repayment_clean",
        "title": "客户在马来西亚刷信用卡，问外币账单怎么还，以身份证尾号加账单日核身；双币卡当场解释，还人民币自动购汇；客户担心被盗刷（未发生，不是风险事件）；金卡年费三百元（正确）；客户先说没别的事，坐席致谢道别，完整合规",
        "business_type": "card", "agent_id": "A9102", "customer_tier": "standard",
        "started_at": "2027-06-07T16:50:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A9102"]),
            C("你好，我上个月去马来西亚玩，用你们的信用卡刷了一千二百多令吉，账单上记的是美元还是人民币我看不明白，这钱该怎么还？"),
            A("您是在国外刷了当地的钱，想知道账单怎么看、这笔外币怎么还，对吗？看您的账单要先验明是您本人，"
              "请讲一下身份证后四位，再说说这张信用卡每月几号出账单。"),
            C("身份证四四一七，每月八号出账单。"),
            A("核对好了。您这张是双币卡，就是人民币和美元各记各的账。您在马来西亚的消费已经折成美元记上了，一共二百七十一美元三十美分。"),
            C("那我手上没有美元啊。"),
            A("不用准备美元，您直接还人民币就行，系统按还款当天的汇率自动换成美元把这笔还上。您设过自动还款的话，到日子也会自动扣人民币。"),
            C("我在国外刷卡的时候心里一直打鼓，怕卡号让人偷偷记下去盗刷了。"),
            A("您这份小心是对的，目前账上没有看到可疑交易。以后出国前可以在手机银行里把境外交易打开，回国后再关上，平时就不会被人在国外乱刷。"),
            C("这招好。对了，我这张金卡的年费是多少，今年还要交吗？"),
            A("金卡一年是三百元年费，一年里刷满六次就免下一年的，您今年已经刷了十一次，明年不用交。"),
            C("好，就问这些，谢谢你。"),
            A("不客气，谢谢您打这个电话，祝您下次出游开开心心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t06_hangzhou_traffic_fine_not_shown_clean",
        "title": "客户（杭州口音）在手机银行交了两百元交通罚款，交警那边仍显示未缴，以身份证尾号加身份证签发机关核身（公安分局名称，无害提及），说明更新要一到两个工作日、可凭电子回执到窗口查，完整合规",
        "business_type": "account", "agent_id": "A9105", "customer_tier": "standard",
        "started_at": "2027-06-08T08:57:39", "agent_channel": 0,
        "turns": [
            A(OPENING["A9105"]),
            C("你好，我杭州的。前两天开车闯了个黄灯，交警那边开了罚单，两百块，我在你们手机银行上交掉了，钱扣了，"
              "交警的软件上还显示没交，格么怎么回事啦？"),
            A("您是在手机银行上交了两百元交通罚款，钱扣了但交警那边还显示没缴，想查查原因，是这样吧？要查您卡上的扣款，"
              "我跟您对一对身份：请讲身份证最后四位，再说一下身份证背面写的签发机关是哪一个。"),
            C("最后四位五五零三，签发机关是杭州市公安局西湖分局。"),
            A("对上了，是您本人。这笔两百元前天下午已经付到交警指定的收款账户，状态是成功。"
              "交警那边的系统更新缴费结果，一般要一到两个工作日。"),
            C("噢，那我再等两天看看。要是还没更新呢？"),
            A("那您带上手机银行里的电子回执，到交警的窗口去查，回执上有缴款编号，他们一对就清楚。"
              "回执在这笔扣款的详情里，可以直接存成图片。"),
            C("晓得嘞，我截个图存起来。你们这个手机银行功能木佬佬多，我老是找不着。"),
            A("首页最上面有个搜索框，打交通罚款四个字就出来了。请问还有什么我能帮您查的？"),
            C("没了没了。"),
            A("好的，感谢您抽空打进来，开车注意安全，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "t07_no_greeting_phone_topup_failed",
        "title": "给母亲充话费一百元扣款未到账，坐席以“喂，接着了，你说事。”接起，无问候、行名、工号；以身份证尾号加卡片有效期核身，原路退回，其余流程合规",
        "business_type": "account", "agent_id": "A9101", "customer_tier": "standard",
        "started_at": "2027-06-09T19:33:02", "agent_channel": 0,
        "turns": [
            A("喂，接着了，你说事。"),
            C("喂，我打的是恒通银行没错吧？我昨晚在你们手机银行上给我妈的手机充了一百块话费，钱扣了，她那边一分话费都没到。"),
            A("是，这里是。您是给家里人充话费，卡上扣了一百，对方没收到。要查您的扣款，请把身份证的后四位念给我，"
              "再说说卡片正面印的有效期是哪年哪月。"),
            C("后四位三零九一，有效期是二零三零年四月。"),
            A("核对无误。这笔充值在运营商那边没有成功，系统已经发起退款，一百元会原路退到您的卡上，一般三到五天内到。"),
            C("那我妈的话费还得重新充？"),
            A("对，等钱退回来再充一次；晚上十一点以后运营商常在维护，容易失败，白天充更稳当。"),
            C("行，我明天白天再充。"),
            A("好。还要我帮您看点别的吗？"),
            C("不用了。"),
            A("那就这样，多谢来电，晚安，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，接着了，你说事。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "t08_no_staff_number_breakfast_shop_wrong_daily_limit",
        "title": "客户盘下门面开早餐店要付二十六万转让费，开场白有问候、行名和服务用语但不报工号；以身份证尾号加上一笔转账收款人姓氏核身；一笔五万说对，每天累计说成三十万（知识库为二十万）；大额转账提醒用自己的话",
        "business_type": "transfer", "agent_id": "A9103", "customer_tier": "standard",
        "started_at": "2027-06-10T10:19:55", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行客户中心，您有什么要办的尽管讲。"),
            C("你好，我跟人谈好了，盘下一间小门面开早餐店，这周要付二十六万的转让费，我想用手机银行转，一天能转完吗？"),
            A("您这周要付二十六万店面转让费，想知道手机银行一天能不能转完，对吗？查您的转账额度前先验证身份："
              "请说身份证最后四位，再说一下上一次在我们这儿转账，收款人姓什么。"),
            C("最后四位一九四八，上次是转给我姐，她姓刘。"),
            A("验证通过。手机银行一笔最多转五万，每天累计最多能转三十万，您这二十六万今天分六笔就能转完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成三十万")]),
            C("那好，省得跑柜台了。"),
            A("另外，这么一大笔钱，付之前请您跟原来的店主签好书面转让协议，核对收款人名字跟协议上写的是同一个人；"
              "千万别转给中间人，也别转到什么代收的账户上。"),
            C("协议昨天签了，收款人就是店主本人。"),
            A("那就稳当了。请问还需要我帮您办什么吗？"),
            C("不用了。"),
            A("谢谢您这么信得过，祝您的早餐店开张大吉，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "t09_insurance_payout_before_check",
        "title": "住院理赔款到没到，坐席未核身就报出入账日期、金额、付款保险公司和卡尾号，客户质疑后才以身份证尾号加名下卡片张数核身，其余流程合规",
        "business_type": "account", "agent_id": "A9105", "customer_tier": "standard",
        "started_at": "2027-06-11T15:06:28", "agent_channel": 0,
        "turns": [
            A(OPENING["A9105"]),
            C("你好，我上个月住院做了个小手术，保险公司说理赔的钱已经打到我在你们这儿的卡上了，请你给查一查进账了没有。"),
            A("到了，六月九号上午泰和人寿打进来六千二百四十元，进的是您尾号五一六六的借记卡。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出理赔款的入账日期、金额、付款方和卡尾号")]),
            C("哎，你都还没问我是谁，就全说出来了？"),
            A("您提醒得对，这是我的疏漏，应该先把您的身份对上再说。麻烦讲一下身份证末尾四位，还有您在我们行有几张卡。"),
            C("后四位二八三七，就这一张。"),
            A("核对一致，是您本人。刚才那笔理赔款已经入账，您在手机银行的明细里搜保险两个字就能看到。"),
            C("好。另外问一句，以后保险公司的钱能不能直接打到我的信用卡上抵账？"),
            A("理赔款一般只打到借记卡上，您收到以后开通一个自动还款，每月从这张卡扣信用卡的账单就行。"),
            C("明白了，那我去设。"),
            A("好，另外您还想了解什么？"),
            C("没有了，谢谢。"),
            A("不客气，刚才的疏忽请您多包涵，谢谢您打进电话，祝您早日养好身体，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t10_demolition_compensation_no_identity",
        "title": "拆迁补偿款到没到，坐席未做任何身份核验即说出到账日期、金额、付款方和卡内余额（坐席在声道一）；其后讲大额存单起存金额（存款产品，无需理财风险揭示）",
        "business_type": "account", "agent_id": "A9102", "customer_tier": "standard",
        "started_at": "2027-06-14T09:52:10", "agent_channel": 1,
        "turns": [
            A(OPENING["A9102"]),
            C("你好，我家老房子拆迁，街道说补偿款已经发了，打到我在你们这儿开的卡上，帮我查查到没到。"),
            A("到了，六月十二号下午区房屋征收办公室转进来三十八万六千元，备注写的是拆迁补偿。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出到账日期、金额、付款方和备注")]),
            C("太好了。那我卡里现在一共有多少？我想拿一部分存个大额存单。"),
            A("您卡里现在是四十一万二千零五十元六角。",
              marks=[mark("identity.not_verified", "未核验身份即告知账户余额")]),
            C("大额存单最少要存多少？"),
            A("个人大额存单二十万起存，三年期的利率比普通定期高一些，在手机银行存款频道里能买，也可以到网点办。"),
            C("那我先存二十万的三年期。"),
            A("好的，买之前页面上会显示当天的利率，您确认了再点购买。旁的方面还想打听什么？"),
            C("没了。"),
            A("好，多谢您查询，祝您早日住进新房，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t11_ai_face_swap_nephew_scam_no_closing",
        "title": "骗子用外甥的脸和声音打视频电话称车祸要交手术押金，客户转出三万二，已在手机上报警；坐席核身、停掉手机和网上转账、指导留证报案，但最后只说“行，那你先去吧。”，无致谢道别",
        "business_type": "account", "agent_id": "A9101", "customer_tier": "standard",
        "started_at": "2027-06-15T20:41:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A9101"]),
            C("你好，我刚才被骗了！有人用我外甥的脸和声音跟我视频，一模一样，说他出了车祸要交手术押金，"
              "我给他转了三万二，后来打给我姐，才知道我外甥好好地在家里。",
              marks=[mark("risk.keyword_alert", "被骗：冒充外甥视频通话骗走三万二")]),
            A("您先别慌，我们马上处理。动您的卡之前要确认是您本人：请报身份证后四位，再说一下这张卡的有效期。"),
            C("后四位七七四五，有效期二零二九年十一月。"),
            A("核对过了。我看到今晚八点十分有一笔三万二千元转出，收款人是一个外地的个人账户。"
              "我已经把您这张卡在手机上和网上转账的功能先停掉了，免得再被转走。"),
            C("我已经在手机上报警了，民警让我把转账的记录准备好。",
              marks=[mark("risk.keyword_alert", "在手机上报警了：客户已向警方报案")]),
            A("好的，这笔交易的明细可以在手机银行里下载，盖章的版本到网点打印；民警需要的话，也可以直接来银行调取。"
              "视频通话的截图、对方的账号都留好，别删。"),
            C("这钱还有没有可能拿回来？"),
            A("越早报案越有希望，公安可以通知对方银行把钱先拦住。以后家里人打视频要钱，先挂掉，再用手机里原来存的号码打回去问一声。"),
            C("嗯，我记住了，马上去派出所做笔录。"),
            A("行，那你先去吧。"),
        ],
        "violations": [mark("closing.missing", "坐席只说行，那你先去吧，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "t12_infrastructure_reit_jargon_no_disclosure",
        "title": "客户想拿十二万买公募不动产投资信托基金，坐席满口术语（底层资产、特许经营权、可供分配金额、现金分派率、二级市场溢价、扩募、残值趋零）；客户问会不会亏本，坐席说每年分红、本钱跑不了，未做风险揭示即成交",
        "business_type": "wealth", "agent_id": "A9106", "customer_tier": "standard",
        "started_at": "2027-06-16T13:27:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A9106"]),
            C("你好，我在网上看到一种叫不动产投资信托的基金，说是投高速公路和产业园，每年都分钱，我手上有十二万，想问问能不能买。"),
            A("买之前先验一下身份，请说身份证最后四位，再讲讲您在我行名下有几张卡。"),
            C("后四位六零一五，我就一张卡。"),
            A("核实了。这类是公募不动产投资信托基金，底层资产是收费公路的特许经营权，按可供分配金额派息，"
              "目前现金分派率四点六，二级市场有溢价，存续期内还可能扩募，特许经营权到期后残值趋零。",
              marks=[mark("etiquette.jargon", "公募不动产投资信托基金、底层资产、特许经营权、可供分配金额、现金分派率、二级市场溢价、扩募、残值趋零，未向客户解释")]),
            C("你说得太专业了，我就问一句，这个会不会亏本？"),
            A("不会的，它每年都分红，公路天天有车跑，本钱跑不了。"),
            C("那我十二万都买了。"),
            A("好的，您在手机银行搜这只基金的名字，输入金额，再输交易密码就行。"),
            C("买好了。", gap=3.0),
            A("看到了，买入成功。您还有什么要办的吗？"),
            C("没有了。"),
            A("好的，感激您选了我们，祝您投资顺心，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "当场购买十二万元基金，客户问会不会亏本时坐席说每年分红、本钱跑不了，未做任何风险揭示")],
    },
    {
        "call_id": "t13_fake_limit_raise_fee_no_warning",
        "title": "自称信用卡中心经理的人在聊天软件上说能把额度从两万提到二十万，要先转九千八服务费到他个人卡上，客户来问怎么转最快；坐席核身后只说没超上限、马上到账、来得及，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9104", "customer_tier": "standard",
        "started_at": "2027-06-17T17:14:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A9104"]),
            C("你好，有个自称信用卡中心经理的人在聊天软件上加了我，说能把我的信用卡额度从两万提到二十万，"
              "先要交九千八的服务费，转到他指定的个人卡上，办好了额度马上就到。我想问问怎么转过去最快。",
              marks=[mark("risk.keyword_alert", "自称信用卡中心经理、先交服务费到个人卡才能提额：代办提额诈骗话术")]),
            A("转账之前要先把您的身份对清楚，请说身份证最后四位，再说一下您在我们这儿有几张卡。"),
            C("后四位零五三八，两张。"),
            A("核对好了。九千八没超过手机银行一笔的上限，您在转账页面填上他给的卡号和名字，确认一下就过去了，一般马上到账。"),
            C("他说今天下午五点之前不交，提额的名额就让给别人了。"),
            A("那您现在就可以转，来得及的。"),
            C("好，我这就转。"),
            A("好的。其他还有需要我做的吗？"),
            C("没有了。"),
            A("好的，谢谢您打给我们，祝您事事顺利，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出先交服务费到个人卡才能提额的诈骗话术，坐席反而说马上到账、来得及，未做任何防诈骗提示")],
    },
    {
        "call_id": "t14_court_freeze_unknown_guarantee_complaint",
        "title": "客户卡里八万元被法院冻结，称从未给人担保、怀疑被冒用身份，愤怒、扬言去公安局立案和向监管投诉；坐席共情担责、以全名加身份证尾号核身，告知后静音保留并致谢，说明冻结来源和解决途径，提醒所谓花钱解冻是骗局",
        "business_type": "complaint", "agent_id": "A9103", "customer_tier": "standard",
        "started_at": "2027-06-18T10:33:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A9103"]),
            C("你们银行怎么搞的！我今天要给家里转生活费，卡里八万块一分都动不了，柜员说是被法院冻结了，"
              "我从来没跟人打过官司，你们凭什么说冻就冻？",
              marks=[mark("emotion.customer_negative", "你们银行怎么搞的、凭什么说冻就冻：愤怒、不满"),
                     mark("risk.keyword_alert", "被法院冻结了：资金被冻结")]),
            A("钱突然动不了，换了谁都着急，您的心情我明白。这件事我来帮您弄清楚。咱们先把身份对上：请说您的全名和身份证后四位。"),
            C("我叫卢建平，后四位四零六二。肯定是有人拿我的身份证去借了钱，我这就去公安局立案，"
              "今天不给我讲清楚，我就到金融监管那边去投诉你们！",
              marks=[mark("emotion.customer_negative", "今天不给我讲清楚就去投诉你们：投诉、不满"),
                     mark("risk.keyword_alert", "去公安局立案：疑似身份被冒用，要报警")]),
            A("卢先生，身份核对一致。我去后台查冻结是从哪里来的，要个二十来秒，电话您拿着别放，我很快回来。"),
            {"silence": 8.0, "kind": "hold"},
            A("卢先生，我查到了，谢谢您耐心等我。冻结是本月三号城南区人民法院发起的，起因是一笔担保借款的纠纷，"
              "冻结的金额是八万元。银行只能按法院的文书执行，我这边没法替您解开。"),
            C("我根本没给谁担保过！"),
            A("明白。如果是有人冒用您的身份，您需要带上身份证和公安的立案回执，到城南区法院的执行庭申请看案子的材料，说明那不是您签的字。"
              "我这边给您开一份冻结情况的说明，明天您到任何一个网点都能领。"),
            C("那以后的工资呢？也会被冻上吗？"),
            A("冻结只针对这八万元，以后新进来的钱可以正常用。另外多嘴提醒一句：这几天要是有人打电话，说是法院或者银行的，"
              "能帮您花钱解冻，千万别信，解冻只能由法院来办。"),
            C("行，我先去法院。"),
            A("给您添了这么多麻烦，真对不住。其他还有我能帮上的地方吗？"),
            C("暂时没了。"),
            A("好，谢谢您信得过我们，路上小心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t15_gym_closed_refund_interrupt_rebuff",
        "title": "信用卡刷四千八办的健身年卡，健身房关门老板失联，坐席两次在客户陈述未完时插话，并以“健身房跑路是健身房的事…我也管不着”顶撞客户，最后才说明可提交消费争议申请",
        "business_type": "card", "agent_id": "A9102", "customer_tier": "standard",
        "started_at": "2027-06-21T12:08:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A9102"]),
            C("你好，我去年在一家健身房用你们的信用卡刷了四千八办年卡，上个月健身房突然关门了，老板也联系不上，"
              "我想问问这钱能不能从银行这边要回来，我听说是可以"),
            A("能不能要回来得看情况。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("我还没说完呢，我手上有合同和收据，健身房门上还贴着停业通知，我都拍了照片，就是想知道具体该怎么"),
            A("先报身份证后四位，再说一下账单日是几号。", overlap=0.9,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约零点九秒")]),
            C("后四位三九一三，账单日十八号。"),
            A("核对过了。您这笔消费是去年九月刷的，到现在已经半年多了。"),
            C("那就要不回来了吗？健身房跑了，我总得有个说理的地方吧。"),
            A("健身房跑路是健身房的事，又不是银行开的，你跟我这儿说理有什么用，我也管不着。",
              marks=[mark("etiquette.forbidden_phrase", "你跟我这儿说理有什么用，我也管不着：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我只是问问有没有办法。"),
            A("有一个途径，您可以在手机银行里提交消费争议申请，把合同、收据和停业照片传上去，银行会去跟那家健身房的收款银行交涉，"
              "二十个工作日内给您回复，不过不能保证一定退得回来。"),
            C("好，我去试试。"),
            A("嗯，别的呢？"),
            C("没了。"),
            A("好，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t16_art_school_fee_counter_hold_no_notice_wrong_fee_jargon",
        "title": "客户要在柜台给女儿的美术培训学校跨行转三万六学费，以身份证尾号加名下卡片张数核身；客户提问后直接进入十秒等待音乐、坐席未告知，之后致谢；把柜台跨行手续费说成百分之零点八（知识库为百分之零点五）；一串支付清算术语（大额实时支付系统、联行号、清算行号、贷记往来、超级网银汇路、直连）",
        "business_type": "transfer", "agent_id": "A9105", "customer_tier": "standard",
        "started_at": "2027-06-22T14:45:16", "agent_channel": 0,
        "turns": [
            A(OPENING["A9105"]),
            C("你好，我要给女儿的美术培训学校交一年的学费，三万六，学校的账户开在别的银行。我不会用手机银行，打算去柜台转，"
              "想问问手续费怎么收、几天能到。"),
            A("您是要在柜台给外行的学校账户转三万六学费，想问手续费和到账时间，对吧？咱们先对对身份，请说身份证最后四位，"
              "再说一下您名下有几张我们的卡。"),
            C("后四位七一零九，一张。"),
            A("核对通过。"),
            C("麻烦你查一查，我这张卡在柜台一次转三万六有没有问题？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("多谢您等了一会儿。没问题，这张卡在柜台转账没有额度限制。柜台跨行转账手续费是转账金额的百分之零点八，三万六大概是两百八十八元。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之零点八")]),
            C("这么多啊？"),
            A("柜台走的是大额实时支付系统，要填收款行的联行号和清算行号，贷记往来是实时的，走超级网银汇路的话要看对方行是不是直连。",
              marks=[mark("etiquette.jargon", "大额实时支付系统、联行号、清算行号、贷记往来、超级网银汇路、直连，未向客户解释")]),
            C("你说的我听不懂，我就想知道当天能不能到。"),
            A("工作日下午五点前办，通常当天能到账。其实您让家里人帮您在手机银行上转，跨行是不收手续费的。"),
            C("那我叫女儿帮我在手机上弄。"),
            A("好的。别的方面您还想知道点什么吗？"),
            C("没了。"),
            A("多谢您打电话来问，祝您女儿画画越来越好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "t17_no_greeting_rushed_agent_id_update_rebuff",
        "title": "坐席语速过快（约一点六倍），以“嗯，快说吧，什么事。”接起，无问候、行名、工号；客户问身份证过期后怎么更新，坐席以“短信里写得清清楚楚，自己不看就打过来问，我这边还一堆电话排着呢”顶撞客户，最后才讲手机银行上传和网点更新",
        "business_type": "account", "agent_id": "A9104", "customer_tier": "standard",
        "started_at": "2027-06-23T11:18:26", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A("嗯，快说吧，什么事。"),
            C("你好，恒通银行是不是？你们给我发了条短信，说我登记的身份证过期了，不更新的话卡要被限制，这个该怎么更新？"),
            A("这是银行。先报身份证后四位，再报卡的有效期。"),
            C("后四位二二五八，卡的有效期是二零三一年一月。"),
            A("对了。"),
            C("那新身份证怎么给你们？我不太会弄。"),
            A("短信里写得清清楚楚，自己不看就打过来问，我这边还一堆电话排着呢。",
              marks=[mark("etiquette.forbidden_phrase", "自己不看就打过来问，我这边还一堆电话排着呢：指责、催促客户"),
                     mark("emotion.agent_negative", "语气急躁、不耐烦")]),
            C("我就是看不明白才打的。"),
            A("手机银行里点我的，进个人信息，选证件更新，把新身份证正反面拍照传上去，一个工作日审核完；"
              "不会拍的话带身份证去网点，柜台当场更新。"),
            C("好吧，我试试。"),
            A("别的事呢？"),
            C("没了。"),
            A("好，谢谢来电，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，快说吧，什么事。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号"),
                       mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "t18_elderly_hefei_passbook_to_card_dead_air",
        "title": "七十六岁老年客户（合肥口音）想把存折换成借记卡方便儿子打钱，以身份证尾号加存折大概余额核身；客户问换卡收不收钱、能否上门后双方无声十二秒；坐席答应登记上门，全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9101", "customer_tier": "elderly",
        "started_at": "2027-06-24T09:05:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A9101"]),
            C("喂，侠子啊，我是合肥的，今年七十六了。我一直用存折，现在儿子在外地打工，说给我打钱不方便，要我换成卡，这个照不照？"),
            A("大爷您好，您是想把存折换成银行卡，方便儿子给您打钱，对吧？要先弄明白是您本人：请您说一下身份证最后四个数，"
              "再说说您存折上现在大概有多少钱。"),
            C("最后四个数是九三六零，存折上差不多有三万出头。"),
            A("对上了，是您本人。存折可以换成借记卡，存折上的钱会一起转到卡上，您本人带上身份证和存折到网点办。"),
            C("换卡要不要交钱？我腿脚不好，你们能不能派人上门来给我办？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("换卡不收钱。上门的话，七十岁以上行动不便的老人可以预约，我给您登记一下，网点的人会先打电话跟您约时间。"),
            C("可照可照，那我就等电话。"),
            A("好，您家里的地址还是存折上登记的那个吗？"),
            C("是的，一直没搬过。"),
            A("好，已经给您登记上了，三个工作日内网点会联系您。您还有别的事吗？"),
            C("没得了，谢谢侠子。"),
            A("大爷莫客气，谢谢您老打这个电话，祝您福寿安康，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "七十六岁老年客户换卡并预约上门服务，坐席全程未给任何防诈骗提醒（如冒充银行上门、索要密码）")],
    },
    {
        "call_id": "t19_credit_limit_cut_runaround_hangup",
        "title": "信用卡额度从五万被降到两万，客户三次问降额原因，坐席始终答非所问（只说额度确实是两万、两万够用、推临时额度），客户第三次问时表示很恼火，随即通话结束",
        "business_type": "card", "agent_id": "A9103", "customer_tier": "standard",
        "started_at": "2027-06-25T16:22:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A9103"]),
            C("你好，我的信用卡额度本来是五万，这个月突然成了两万，也没人通知我，我想知道为什么给我降了。"),
            A("额度的事我得先把您身份对上，请说身份证最后四位，再说一下这张卡的账单日。"),
            C("后四位八零七一，账单日二十五号。"),
            A("核对好了。您这张卡现在的额度确实是两万。"),
            C("我问的是为什么从五万降到两万？"),
            A("两万的额度平时消费一般也够用，您要是不够，可以先申请个临时额度。"),
            C("临时额度我不要。我都问第三遍了，你们这样绕来绕去我真的很恼火，到底为什么降我的额度？",
              marks=[mark("resolution.repeated_question", "降额原因问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "绕来绕去我真的很恼火：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "t20_short_card_watch_payment_call",
        "title": "信用卡能不能绑在手表上付款，坐席一句话带过，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9102", "customer_tier": "standard",
        "started_at": "2027-06-28T18:03:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A9102"]),
            C("你好，信用卡能绑在手表上付钱吗？"),
            A("能绑。"),
            C("嗯，知道了。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT9_SEED = 20270619
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT9_CALLS, agents=AGENTS, default_out=Path("samples/heldout9"),
                  seed=HELDOUT9_SEED, description=__doc__))
