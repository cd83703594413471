#!/usr/bin/env python3
"""Render the seventh held-out evaluation set in samples/heldout7/ (dev-only; never imported by the product).

The first six held-out sets (samples/heldout/ to samples/heldout6/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This seventh set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the six
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py or make_heldout.py to make_heldout6.py): other agents (A8001-A8006) with their own
openings (号为您服务, 员工号, 接线员, 客服编号, 我是座席, 服务工号), other verification routes (the last
credit to the account, last month's pension, the employer on file, the anti-phishing greeting set
in mobile banking (预留信息), the last statement's amount, the residential compound on file, the
term of the mortgage, the month of the last wealth purchase, the card's expiry date), other hold
and closing phrasings, topics the earlier sets did not use (a gold-linked structured deposit, an
elderly customer booking a large cash withdrawal for a grandson's wedding, renting a safe-deposit
box, a postnatal-care centre's fee, moving a credit card's statement date, money credited by
mistake, a paid-off mortgage's settlement letter and release of the mortgage, rent for a daughter
studying in Japan, a refund for a returned fridge, a housing-provident-fund withdrawal for a down
payment, a fake shopping-platform "service" scam already reported, a cash-management product, a
fake flight-cancellation compensation scam, a SIM-swap theft, a credit line not restored after
repayment, binding a debit card to a payment app with an old phone number, buying a second-hand
piano, an elderly customer opening mobile banking, refunding a gold card's annual fee, whether a
new credit card works at once), dialect-flavoured customers (Henan, Hubei and Shaanxi flavour) and
hard negatives (steps done in unusual words, steps not required in that situation, a figure right
for another product, large transfers with a warning, a scam the agent describes as advice). It is
for measuring, never for tuning. Rendering is make_samples.py's, unchanged (same voice, band,
codec, truth and metadata formats); only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout7.py
    /work/tts-venv/bin/python tools/make_heldout7.py --only q13_flight_compensation_scam_no_warning
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
#   number may be said as "NNNN号为您服务", "我的员工号NNNN", "接线员NNNN", "客服编号NNNN",
#   "我是座席NNNN" or "服务工号NNNN". q08 greets, names the bank and offers help with no number
#   (staff_id_missing); "在，你说。" (q07) and "哎，什么事？" (q17) are no greeting at all (both
#   labels; the customer names the bank and the agent only confirms);
# - identity: a check before any account data or account action. ID digits + the last credit to
#   the account (q01), + last month's pension (q02), + the employer on file (q04), + the last
#   statement's amount (q05), + the residential compound on file (q06), + the mortgage's term
#   (q07), + the anti-phishing greeting set in mobile banking, 预留信息 (q08, q11, q13, q16, q17),
#   + the phone tail (q09 after the slip), + the card's expiry date (q15, q19), + the month of the
#   last wealth purchase (q12), + the opening branch (q18), or the name + ID digits (q14) all count.
#   identity.not_verified = each agent turn that discloses account data before a check: q09 (the
#   refund's date, amount and card tail, the check comes after the customer objects: one turn),
#   q10 (a provident-fund credit's date, amount and payer, then the balance, no check at all: two
#   turns). General information (q03: renting a safe-deposit box; q20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (q12: "like a current
#   account", "nobody has ever had a problem"), a fraud script the customer describes left without
#   an anti-fraud warning while the agent helps the money out (q13). A disclosure in the agent's
#   own words counts (q01: 收益不固定, 可能比定期还低, 中途不能提前取出, 最高收益不能当成承诺). Large
#   transfers carry a warning in the agent's own words (q04: check the account against the contract,
#   a message changing the payee is a trap; q08: check the account with the daughter by video or
#   phone, not a chat message; q10: the developer's account from the contract only; q17: check
#   the friend's account in person);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (q13: "compensation" for a cancelled flight,
#   19,000 to a "claims officer's" personal account to "verify the flow"). q11 twice (被骗; 报警
#   电话), q14 twice (三万块被人转走; 报了案). Money credited by mistake (q06) is a scam the agent
#   describes as advice, not a customer alert;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (q18: a
#   71-year-old opening mobile banking for the first time). The other elderly call (q02) carries it
#   (someone claiming to be police or court, or that the grandson is in trouble, is a swindler);
# - emotion.customer_negative: a customer turn of anger or complaint (q14 twice: 到底怎么回事…连个
#   电话都不打; 不给我个交代…投诉). A frightened scam victim (q11) or a customer pressed for time (q15)
#   or repeating a question (q19) is not labelled;
# - etiquette.jargon: a turn of unexplained banking terms (q12: 七日年化, 万份收益, 交易日加零确认,
#   摊余成本法, 快赎; q18: 客户端, 实名认证, 绑定设备, 短信动态口令, 人脸核验, 转账白名单).
#   forbidden_phrase and agent_negative: a turn that rebuffs the customer (q15: 你急也没用…我这儿变
#   不出来; q16: 那是微信的毛病，跟我们没关系，你去找他们; both labels on each);
# - hold: announcing a hold in any words counts (q04: 麻烦您别挂机，我放一段音乐给您, thanked with
#   让您多等了一会儿，谢谢; q14: 您先拿着电话别挂，我操作一下, thanked with 让您等着了，谢谢). In q16 the music
#   starts straight after the customer's question with no word from the agent: hold.no_notice
#   (thanked afterwards, so only the notice is missing);
# - etiquette.dead_air: q18, 10 s of silence after the elderly customer says he understood nothing;
# - closing: the agent thanks and says goodbye, and asks for other needs. Goodbyes and thanks in
#   other words count (回头见, 感谢您一直以来的信任, 辛苦您跑一趟, 您辛苦了, 让您操心了, 感谢您这通电话,
#   感谢您第一时间告诉我们, 谢谢您找我们, 多谢大爷信得过我们). q11 ends with "嗯，去吧。": closing.missing; q19 and q20 end without any closing;
# - answer.wrong_fact: q08 (跨境汇款到账得五到七个工作日; the KB says one to three) and q17
#   (手机银行单笔最多能转十万; the KB says 五万). Figures that are right stay unlabelled, including
#   ones for another product: q05's 普卡年费一百元 next to the gold card's 一年年费交三百元 (both right), q05's
#   新卡寄到一般七个工作日 for a card that expires (right, said of renewal, not loss); q04's 单笔最多
#   只能五万 and 一天累计不超过二十万, q10's 每笔最多可以转五万 and 一天累计不超过二十万, q13's 单笔五万, q19's
#   金卡年费是三百元 (all right);
# - etiquette.interruption: the overlap where the agent starts while the customer is mid-sentence
#   (q15, 1.2 s and 1.0 s);
# - resolution.repeated_question: the same question asked a third time, unanswered (q19: whether
#   the 300 annual fee can be refunded), located at the third asking;
# - closing.abnormal_hangup: q19 ends just after the customer's third question;
# - handling.time_standard: a card call under the 20 s minimum (q20); every other call is longer;
# - etiquette.speech_rate: the agent at 1.6x (q09);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A8001": {"team": "一线R组", "staff_no": "五二六一"},
    "A8002": {"team": "一线R组", "staff_no": "三九零七"},
    "A8003": {"team": "一线S组", "staff_no": "八一四二"},
    "A8004": {"team": "一线S组", "staff_no": "六零三五"},
    "A8005": {"team": "一线S组", "staff_no": "一七八六"},
    "A8006": {"team": "二线H组", "staff_no": "四四七三"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A8001": "您好，恒通银行，五二六一号为您服务，您想了解点什么？",
    "A8002": "您好，恒通银行来电中心，我的员工号三九零七，请问需要什么帮助？",
    "A8003": "您好，恒通银行接线员八一四二在线，请问您今天遇到了什么问题？",
    "A8004": "您好，您已接通恒通银行，客服编号六零三五，请问我可以为您做点什么？",
    "A8005": "您好，恒通银行服务台，我是座席一七八六，请问您要办理什么？",
    "A8006": "您好，恒通银行贵宾服务专线，服务工号四四七三，请说说您的情况。",
}

HELDOUT7_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "q01_structured_deposit_gold_linked_clean",
        "title": "贵宾客户想把二十万放进挂钩金价的结构性存款，以证件尾号加最近一笔进账金额核身，用自己的话讲清收益不固定、可能低于定期、中途不能取、最高收益不是承诺，完整合规",
        "business_type": "wealth", "agent_id": "A8006", "customer_tier": "VIP",
        "started_at": "2027-04-01T09:41:07", "agent_channel": 0,
        "turns": [
            A(OPENING["A8006"]),
            C("你好，我有三十万活期，理财经理上次提过一款结构性存款，说到期收益能比定期多一些，我想再问问细节。"),
            A("好的。要看您名下能买的产品，得先验明身份：请告诉我证件号码末四位，以及这张卡最近一笔进账大概是多少。"),
            C("末四位是七一八五，最近一笔进账是上周收的房租，四千八。"),
            A("核对无误。这款结构性存款期限六个月，收益跟黄金价格挂钩，年化在百分之一点五到百分之三点二之间浮动。"),
            C("那最少能拿多少？会不会连本金都少了？"),
            A("本金这部分是有保障的，但收益不固定：金价走得不好，就只能拿最低那一档百分之一点五，比半年定期还低。"
              "中途也不能提前取出。宣传的三点二是最理想的情况，不能当成承诺，这半年可能要用钱的话，就别全部放进去。"),
            C("那我留十万备用，放二十万进去。"),
            A("可以。下单时手机银行会先弹出产品说明书和风险揭示书，您看完勾选确认才能成交，认购期到本周五为止。"
              "今天还有哪件事需要我顺手办的吗？"),
            C("没有啦。"),
            A("好的，感谢您一直以来的信任，祝您这个周末过得舒心，回头见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q02_elderly_henan_large_cash_booking_clean",
        "title": "老年客户（河南口音）要取五万现金给孙子办婚事，以身份证尾号加上月退休金金额核身，帮其预约大额取现，提醒家人陪同、冒充公安法院或说孙子出事要钱的都是骗子，完整合规",
        "business_type": "account", "agent_id": "A8002", "customer_tier": "elderly",
        "started_at": "2027-04-01T14:16:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A8002"]),
            C("闺女，俺想问问，俺下礼拜要从卡里取五万块现钱，给俺孙子娶媳妇用，听说得先跟你们打招呼，是这个理儿不？"),
            A("大爷您好，是这样的，取五万以上的现金得提前一天预约。我先对一对您的身份，您说一下身份证最末尾的四个数，"
              "再说说上个月退休金到账是多少钱。"),
            C("末尾四个是三零六四，退休金上个月到了三千二百多。"),
            A("对得上。我现在就给您约，您想在哪个网点、哪一天去取？"),
            C("就俺家门口那个建设路网点，下礼拜二上午中不中？"),
            A("中，下周二上午给您约好了，到时候身份证和这张卡都揣上就行。"),
            C("中，中。那钱拿回家要注意点啥不？"),
            A("您问得好。取这么多现金，最好让家里人陪着去。还有一条要记牢：要是有人打电话自称公安、法院，"
              "或者说您孙子出了事让您取钱送过去、存到别的卡上，那都是骗人的，您先给孙子本人打个电话问清楚。"),
            C("俺记住了，谁打电话俺都先问俺孙子。"),
            A("对，就这么办。您还有别的要问的没有？"),
            C("没了没了，谢谢闺女。"),
            A("大爷不用客气，多谢您特意打这个电话，祝您家里喜事顺顺利利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q03_safe_deposit_box_info_clean",
        "title": "客户咨询租用保管箱的收费、押金、可存放物品和钥匙遗失（一般业务介绍，不涉及账户，无需核身），完整合规",
        "business_type": "account", "agent_id": "A8001", "customer_tier": "standard",
        "started_at": "2027-04-02T10:33:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A8001"]),
            C("你好，我想租个保险箱放些证件和首饰，你们那儿怎么收费？我还没决定，先打听打听。"),
            A("好的，这个属于一般性的业务介绍，不用查您的账户。保管箱分大中小三种，小号一年租金几百元，"
              "具体价钱各网点不一样，以网点公示为准。"),
            C("要交押金吗？"),
            A("要的，开箱时交一笔钥匙押金，退租时把钥匙交回来，押金原数退给您。"),
            C("那什么东西不能放？"),
            A("现金、易燃易爆、违禁物品都不能放；证件、首饰、合同、字画这类是可以的。箱子里放了什么银行不查看，"
              "所以特别贵重的东西建议您自己另外买份保险。"),
            C("钥匙丢了怎么办？"),
            A("得您本人带身份证去网点办钥匙挂失，要请专业人员开箱换锁，费用由您承担，所以钥匙一定收好。"),
            C("哪些网点有这个？"),
            A("不是每个网点都有，手机银行里查网点时勾上保管箱服务就能筛出来，去之前先打电话问问有没有空箱。"),
            C("明白了，我先去看看。"),
            A("好的，其他方面还有疑问吗？"),
            C("眼下没了。"),
            A("好的，谢谢您专门打来咨询，祝您事事称心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q04_postnatal_centre_fee_transfer_hold_clean",
        "title": "给月子中心转九万八房费报错，以身份证尾号加登记的工作单位核身，告知后播放等待音乐并致谢；单笔五万、日累计二十万都说对，用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A8003", "customer_tier": "standard",
        "started_at": "2027-04-02T15:08:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A8003"]),
            C("你好，我爱人下个月生孩子，订了月子中心，要转九万八的房费过去，手机银行一直报错转不过去。"),
            A("恭喜您！查记录之前要验证身份：请说身份证末四位和您在我们这儿登记的工作单位。"),
            C("末四位八二五三，单位是市第三建筑公司。"),
            A("信息吻合。我调一下今天的转账记录，麻烦您别挂机，我放一段音乐给您。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("让您多等了一会儿，谢谢。报错是因为您一次填了九万八，手机银行单笔最多只能五万，您分两笔转就可以；"
              "一天累计不超过二十万，今天没问题。"),
            C("怪不得。收款的是月子中心的公司账户，没问题吧？"),
            A("转公司账户可以。提醒您一下，金额这么大，收款账户最好跟合同上写的再核对一遍；要是有人私下发消息说换了收款账户、"
              "让您转到个人卡上，先打月子中心前台的电话确认。"),
            C("合同上写的就是公司对公账户，我对过了。"),
            A("那就放心转。还有别的需要帮您看一下的吗？"),
            C("没了，谢谢啊。"),
            A("不客气，谢谢您信赖，祝母子平安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q05_card_statement_date_change_clean",
        "title": "信用卡账单日与发薪日错开想改账单日，以身份证尾号加上期账单金额核身；顺带问到期换卡寄送时间（七个工作日，正确）和年费（普卡一百元、金卡三百元，均正确），完整合规",
        "business_type": "card", "agent_id": "A8004", "customer_tier": "standard",
        "started_at": "2027-04-06T11:25:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A8004"]),
            C("你好，我的信用卡账单日是每月五号，可我工资二十号才发，每次还款都紧巴巴的，能不能改账单日？"),
            A("可以改的。先确认持卡人身份：请说一下身份证末四位，再说一下上一期账单大概要还多少。"),
            C("末四位四零七二，上期账单大概两千六。"),
            A("信息一致。账单日一年能改一次，可以改成每月十五号，这样还款日就到了下个月初，正好在您发工资之后。"),
            C("好，就改十五号。对了，我这张卡下个月到期，新卡什么时候寄过来？"),
            A("到期换卡会提前一个月寄出，新卡寄到一般七个工作日左右，卡号不变，新卡激活之前旧卡还可以继续刷。"),
            C("还有，我朋友说他的卡一年只要一百块年费，我这张金卡怎么要三百？"),
            A("您朋友那张应该是普卡，普卡年费一百元；您的是金卡，一年年费交三百元，一年刷满六次就能免掉下一年的。"),
            C("明白，那我多刷几次。"),
            A("账单日已经帮您改好了，下个月开始生效，到时短信告诉您。您还有什么别的事吗？"),
            C("就这些了。"),
            A("好的，谢谢您用我们的信用卡，祝您天天好心情，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q06_hubei_money_credited_by_mistake_clean",
        "title": "客户（湖北口音）卡里多了一笔不明来源的八千元想退回，以身份证尾号加登记的居住小区核身，说明应原路退回，坐席主动提醒有人来电让转到另一张卡可能是设局（坐席的提醒，不是客户报警），完整合规",
        "business_type": "account", "agent_id": "A8005", "customer_tier": "standard",
        "started_at": "2027-04-07T16:40:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A8005"]),
            C("喂，你好，我卡里今天莫名其妙多了八千块，不晓得是哪个转的，我想退回去，么样弄？"),
            A("您先别动这笔钱，我这就查。核对下您本人的信息：请说身份证末四位，还有您开户时登记的居住小区。"),
            C("末四位五九一六，住在南湖花园。"),
            A("核实好了。这笔八千是今天中午从外地一个个人账户转进来的，附言是空的。"),
            C("那我直接转回给他不就行了？"),
            A("不建议您自己转。转错的钱要原路退回：让转款人去他的开户银行申请，两家银行核实以后，我们联系您确认再退。"
              "要是有人打电话说是他转错了、叫您转到另一张卡上，不要理，那可能是设局，您的卡也会受牵连。"),
            C("原来还有这种名堂，幸好我没乱转。"),
            A("是的，您做得对。这笔钱先放着别用，我这边已经记下了，一般两个工作日内会有专人给您回电。"),
            C("好，那我就等你们电话。"),
            A("好的，您看还有哪里需要帮忙的？"),
            C("冇得了，谢谢你啊。"),
            A("应该的，谢谢您这么细心，祝您生活顺利，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "q07_no_greeting_mortgage_release_letter",
        "title": "房贷已还清要办结清证明和解押，坐席以“在，你说。”接起，无问候、行名、工号；以身份证尾号加贷款年限核身，其余流程合规",
        "business_type": "loan", "agent_id": "A8001", "customer_tier": "standard",
        "started_at": "2027-04-08T10:12:40", "agent_channel": 0,
        "turns": [
            A("在，你说。"),
            C("你好，是恒通银行吗？我的房贷上个月全部还完了，想问问结清证明和解押手续怎么办。"),
            A("是的。办这个要先确认您是借款人本人，请说一下身份证末四位，还有当初贷款的年限是几年。"),
            C("末四位一九四七，贷的是十五年。"),
            A("对上了。您的房贷已经显示结清，结清证明可以在手机银行贷款页面申请电子版，也可以去放款的网点打纸质的。"),
            C("电子版那边不动产登记中心认吗？"),
            A("多数地方认，保险起见您先问一下当地登记中心；要纸质的话，网点当天就能打，记得带身份证。"),
            C("那解押呢？"),
            A("解押得您和网点的信贷员约个时间，一起去不动产登记中心办，带上不动产权证、结清证明和身份证，办完抵押就注销了。"),
            C("要交钱吗？"),
            A("银行这边不收费，登记中心那边以他们的规定为准。"),
            C("好，我明天先去网点。"),
            A("行，网点电话我发到您手机上。另外还有什么想问的？"),
            C("没有了。"),
            A("好的，辛苦您跑一趟，多谢来电，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了在，你说。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "q08_no_staff_number_japan_rent_wrong_arrival",
        "title": "给在日本读研的女儿汇房租，开场白有问候、行名和服务用语但不报工号；以身份证尾号加预留信息核身；把跨境汇款到账时间说成五到七个工作日（知识库为一到三个工作日），做了跨境汇款提醒",
        "business_type": "transfer", "agent_id": "A8002", "customer_tier": "standard",
        "started_at": "2027-04-09T13:47:21", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行来电中心，请问需要什么帮助？"),
            C("你好，我女儿在日本读研，房东要她这个月底前交三个月房租，我想从这边给她汇过去，大概四十万日元。"),
            A("可以办。汇款需要核对身份，请您说一下身份证末四位，以及您给手机银行设置的预留信息。"),
            C("末四位六二三八，预留信息是平安是福。"),
            A("核对通过。您在手机银行的跨境汇款里填上女儿的姓名、日本那边银行的名称、分行和账号，用途选留学生活费就行。"),
            C("那多久能到？月底前来得及吗？"),
            A("跨境汇款到账得五到七个工作日，您最好这两天就汇。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账应为一到三个工作日（知识库），坐席说成五到七个工作日")]),
            C("行，我今天下午就去汇。"),
            A("汇之前提醒您两点：收款账号一定跟女儿本人视频或者电话核对，不要只看聊天软件里发来的；"
              "要是有人冒充房东或者中介说换了收款账户，先别急着汇。另外每人每年购汇有额度，这笔在额度以内。"),
            C("账号是女儿昨天电话里念给我的，没问题。"),
            A("那就好。还需要我帮您办点别的吗？"),
            C("没了，谢谢。"),
            A("好的，您辛苦了，祝您女儿学业顺利，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "q09_fast_agent_fridge_refund_before_check",
        "title": "坐席语速过快（约一点六倍）；网购退货冰箱的退款到没到，坐席未核身就报出退款日期、金额和卡尾号，客户质疑后才核身",
        "business_type": "account", "agent_id": "A8003", "customer_tier": "standard",
        "started_at": "2027-04-10T09:58:03", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A8003"]),
            C("你好，我上周在网上退了一台冰箱，商家说钱已经退了，可我没看到，想问下退到卡里没有。"),
            A("您说的是四月三号那笔四千二百九十九元的退款吧，已经在昨天下午退回您尾号五五零二的卡上了。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退款日期、金额和卡尾号")]),
            C("诶，你们都不问问我是谁的吗？"),
            A("是我疏忽了，补一下核实：请说身份证末四位和卡上预留手机号的末四位。"),
            C("身份证二七三一，手机尾号六零五九。"),
            A("核实通过。退款是退回原卡的，您在手机银行收支明细里筛选退款这一类就能看到。"),
            C("我看短信里没有提醒啊。"),
            A("退款入账有时候不发短信，以明细为准。想要入账提醒的话，可以在手机银行的消息设置里打开。"),
            C("好的，我看到了，确实退回来了。"),
            A("那就好，另外还有需要办理的吗？"),
            C("没有了。"),
            A("好的，让您操心了，感谢来电，祝您顺心，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "q10_provident_fund_credit_no_identity",
        "title": "提取的住房公积金到账没有，坐席未做任何身份核验即说出到账日期、金额、付款方和卡内余额（坐席在声道一）；其后的大额转账有提醒，限额说对",
        "business_type": "account", "agent_id": "A8004", "customer_tier": "standard",
        "started_at": "2027-04-13T17:22:36", "agent_channel": 1,
        "turns": [
            A(OPENING["A8004"]),
            C("你好，我前几天申请提取住房公积金，说是打到我在你们这儿的工资卡上，到了没有？"),
            A("到了，四月十一号到账三万六千四百元，付款方是市住房公积金管理中心。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出到账日期、金额和付款方")]),
            C("太好了。那卡里现在一共有多少？我要交首付。"),
            A("现在卡里一共十二万三千零八十元五角。",
              marks=[mark("identity.not_verified", "未核验身份即告知账户余额")]),
            C("首付要转给开发商十八万，不够的我从另一张卡转过来，怎么操作？"),
            A("在手机银行用他行卡转入，把另一张卡的钱归集到这张卡，再转给开发商的监管账户。收款账户以购房合同上写的为准，"
              "别人发来的账号一律先核对。"),
            C("十八万能一次转过去吗？"),
            A("手机银行每笔最多可以转五万，一天累计不超过二十万，您分四笔转；要一次转完的话可以去柜台办。"),
            C("好，那我分几笔转。"),
            A("行，别的还有要问的吗？"),
            C("没了。"),
            A("好的，感谢您这通电话，祝您早日住进新家，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q11_fake_service_scam_reported_no_closing",
        "title": "客户被冒充购物平台客服以关闭“百万保障”为由骗走一万五、已打报警电话；坐席核身、暂停转账、指导报案止付并做防骗提醒，但最后只说“嗯，去吧。”，无致谢道别",
        "business_type": "account", "agent_id": "A8005", "customer_tier": "standard",
        "started_at": "2027-04-14T20:05:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A8005"]),
            C("你好，我刚刚被骗了！有个人说是购物平台的客服，说我开了什么百万保障，不关掉每个月要扣钱，"
              "让我在手机银行里操作，我转了一万五出去。",
              marks=[mark("risk.keyword_alert", "被骗：客户报告被冒充客服诈骗转出一万五")]),
            A("您先别慌，我马上替您处理。先把身份对一下：身份证末四位和您手机银行的预留信息。"),
            C("末四位零九七三，预留信息是一帆风顺。"),
            A("核实了。这笔一万五是二十分钟前转出的，收款是外地一个个人账户。我先把您手机银行的转账功能暂停，防止再被转走。"),
            C("好好好。钱还能追回来吗？我已经打了报警电话，警察让我联系银行。",
              marks=[mark("risk.keyword_alert", "报警：客户已向警方报案")]),
            A("我这边已经记录，会配合警方出具交易流水。您尽快去派出所做笔录，拿到受案回执，反诈中心能对收款账户紧急止付，越快越好。"
              "以后凡是自称客服要您转账、开屏幕共享的，一律别理。"),
            C("对方让我下的那个会议软件要删掉吗？"),
            A("要删，删之前先把聊天记录和转账页面截图留好，给警察看。"),
            C("那我现在就去派出所。"),
            A("嗯，去吧。"),
        ],
        "violations": [mark("closing.missing", "坐席只说嗯，去吧，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "q12_cash_management_product_jargon_no_disclosure",
        "title": "客户想把十万放进随取随用的理财，坐席满口术语（七日年化、万份收益、交易日加零确认、摊余成本法、快赎）；客户问会不会亏，坐席说跟活期差不多、从来没出过问题，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A8006", "customer_tier": "standard",
        "started_at": "2027-04-15T10:48:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A8006"]),
            C("你好，我有十万块想放个灵活点的理财，随时要用随时能取，你们有啥好推荐？"),
            A("涉及给您推荐产品，先要核对您的身份，劳驾说一下证件号码末四位和您上一次购买理财产品的月份。"),
            C("末四位三六四九，去年十二月买过一次。"),
            A("核对通过。推荐您这款现金管理类产品，七日年化百分之二点一，万份收益每天披露，申购赎回都是交易日加零确认，"
              "采用摊余成本法估值，快赎单日上限一万。",
              marks=[mark("etiquette.jargon", "七日年化、万份收益、交易日加零确认、摊余成本法、快赎，未向客户解释")]),
            C("你说的我没太听明白，反正就是随时能取对吧？"),
            A("对，随时能取，跟活期存款差不多，收益比活期高不少，放心买。"),
            C("那会不会亏钱啊？"),
            A("这款您不用担心，我们这儿买的人很多，从来没出过问题。"),
            C("行，那我买十万。"),
            A("好的，我把购买页面推到您手机上，您点一下确认就行。"),
            C("点好了。", gap=3.0),
            A("已经买好了。您另外还要办什么吗？"),
            C("没了。"),
            A("好的，感谢您的认可，祝您收益满满，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "当场购买十万元理财产品，客户问会不会亏时坐席说跟活期差不多、从来没出过问题，未做任何风险揭示")],
    },
    {
        "call_id": "q13_flight_compensation_scam_no_warning",
        "title": "客户收到航班取消短信，“理赔专员”要他先转一万九到个人账户“验证流水”再连本带赔退回，坐席核身后只说限额够、来得及，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A8001", "customer_tier": "standard",
        "started_at": "2027-04-16T14:31:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A8001"]),
            C("你好，我收到短信说我订的航班取消了，我打了短信上的电话，那边的理赔专员说能赔我八百，"
              "但要我先转一万九千元到他们指定的账户验证流水，验证完连本带赔一起退回来。",
              marks=[mark("risk.keyword_alert", "航班取消理赔、先转一万九到指定账户验证流水、连本带赔退回：冒充航空公司理赔诈骗话术")]),
            A("好的，转账前需要核实身份，请说一下身份证末四位和您这张卡的预留信息。"),
            C("末四位八四一零，预留信息是家和万事兴。"),
            A("核实通过。一万九没超过单笔五万的限额，手机银行直接转就行。"),
            C("他们说对方账户是个人的名字，这个没关系吧？"),
            A("转个人账户也可以，收款人姓名和账号填对就能到账。"),
            C("他们催得很急，说半小时内不转理赔就作废了。"),
            A("手机银行转账通常很快到账，来得及。"),
            C("好，那我挂了去转。"),
            A("好的，还有别的需要了解吗？"),
            C("没了。"),
            A("好，谢谢您，祝您出行顺利，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出冒充航空公司理赔、先转一万九到个人账户验证流水的诈骗话术，坐席反而说来得及，未做任何防诈骗提示")],
    },
    {
        "call_id": "q14_sim_swap_theft_complaint",
        "title": "手机卡被人补办后银行卡被转走三万，客户愤怒、已报案并扬言投诉；坐席共情担责、核身，告知后静音保留并致谢，暂停线上交易，提交紧急处理半小时内回电",
        "business_type": "complaint", "agent_id": "A8006", "customer_tier": "standard",
        "started_at": "2027-04-17T19:26:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A8006"]),
            C("你们银行到底怎么回事！我手机突然没信号，去营业厅才知道卡被人补办了，银行卡里三万块被人转走了，你们连个电话都不打？",
              marks=[mark("emotion.customer_negative", "你们银行到底怎么回事、连个电话都不打：愤怒、不满"),
                     mark("risk.keyword_alert", "三万块被人转走：资金被盗报告")]),
            A("出了这样的事您生气是应该的，这件事我来负责跟进，先把损失拦住，请告诉我您的全名和身份证末四位。"),
            C("刘建国，末四位二六五七。我已经报了案，你们要是不给我个交代，我就去监管部门投诉！",
              marks=[mark("risk.keyword_alert", "报了案：已向警方报案"),
                     mark("emotion.customer_negative", "不给我个交代就去投诉：投诉、不满")]),
            A("刘先生，核实了。我现在把这张卡的线上交易全部暂停，大概需要二十秒，您先拿着电话别挂，我操作一下。"),
            {"silence": 7.0, "kind": "hold"},
            A("刘先生，让您等着了，谢谢。线上交易已经全停了。昨晚到今天凌晨一共转出五笔，合计三万元。"),
            C("那这钱怎么办？"),
            A("我马上提交紧急处理，连同报案回执报给反诈中心止付对方账户，半小时内专员给您回电说进度。"),
            C("好吧，我等你们电话，半小时内必须打过来。"),
            A("一定准时回电。这件事让您受了损失，真的很抱歉。现在还有哪些需要我一起办的？"),
            C("先这样吧。"),
            A("好的，感谢您第一时间告诉我们，我们会一直跟进到底，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q15_credit_line_not_restored_interrupt_rebuff",
        "title": "跨行还清信用卡后额度未恢复、下午急用，坐席两次在客户陈述未完时插话，并以“你急也没用，我这儿变不出来”顶撞客户，最后才给出临时额度等办法",
        "business_type": "card", "agent_id": "A8002", "customer_tier": "standard",
        "started_at": "2027-04-20T12:14:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A8002"]),
            C("你好，我昨天晚上就把信用卡欠的一万二全还了，可今天额度还是显示用完了，我下午要在商场付款，"
              "这样根本刷不了，你们是不是没收到我的还款"),
            A("您先别着急，我知道了。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("我是用别的银行的卡还的，转账记录上显示成功了，钱也扣了，那为什么额度"),
            A("您报一下身份证末四位和信用卡的有效期。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一秒")]),
            C("末四位七三二八，有效期到二零二八年三月。"),
            A("核对无误。您是用跨行转账还的款，到账要一到两天，额度恢复也要等款项入账以后。"),
            C("可我下午就要用，能不能现在就帮我恢复？"),
            A("你急也没用，钱没到就是没到，我这儿变不出来。",
              marks=[mark("etiquette.forbidden_phrase", "你急也没用、我这儿变不出来：顶撞、推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("那我下午怎么办？"),
            A("您可以先用借记卡付款，或者在手机银行申请一笔临时额度，审批通过马上能用。以后用我们行的卡或者手机银行的还款功能还，当天就能恢复额度。"),
            C("好，我去申请临时额度试试。"),
            A("好的，还有哪里不清楚的吗？"),
            C("没了。"),
            A("好，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q16_payment_app_binding_hold_no_notice_rebuff",
        "title": "借记卡绑定微信支付提示预留手机号不一致，客户请坐席查卡上留的号码后直接进入九秒等待音乐、坐席未告知，之后致谢；坐席以“那是微信的毛病，跟我们没关系”推诿，最后才说明改预留手机号的办法",
        "business_type": "account", "agent_id": "A8003", "customer_tier": "standard",
        "started_at": "2027-04-21T15:53:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A8003"]),
            C("你好，我想把你们的借记卡绑到微信支付上，一直提示预留手机号不一致，可我用的一直是这个号码啊。"),
            A("办之前要核对身份，请说一下身份证末四位和您在手机银行设置的预留信息。"),
            C("末四位四八零五，预留信息是天天向上。"),
            A("核对通过。"),
            C("你能帮我看看卡上留的到底是哪个号码吗？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("多谢您稍等。卡上预留的是您以前的旧号码，尾号三一二二，所以对不上。"),
            C("那我怎么改成新号码？微信那边说让我找银行。"),
            A("那是微信的毛病，跟我们没关系，你去找他们。",
              marks=[mark("etiquette.forbidden_phrase", "那是微信的毛病，跟我们没关系，你去找他们：推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、消极回应")]),
            C("可号码是你们银行登记的，我总得先改过来吧？"),
            A("改预留手机号可以在手机银行的安全中心刷脸办理，或者带身份证去网点改，改好以后再去绑定就行。"),
            C("行，我晚上在手机银行上改。"),
            A("好的，您还有别的事要办吗？"),
            C("没有了。"),
            A("好的，谢谢您，祝您用得顺手，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "q17_no_greeting_secondhand_piano_wrong_limit",
        "title": "向老同学买二手钢琴要转八万，坐席以“哎，什么事？”接起，无问候、行名、工号；以身份证尾号加预留信息核身；把手机银行单笔限额说成十万（知识库为五万），做了核对账号的提醒",
        "business_type": "transfer", "agent_id": "A8004", "customer_tier": "standard",
        "started_at": "2027-04-22T11:02:57", "agent_channel": 0,
        "turns": [
            A("哎，什么事？"),
            C("你好，恒通银行是吧？我从老同学那儿买了一台二手钢琴，八万块，想用手机银行一次转给他，能转吗？"),
            A("是。您先说下身份证末四位，还有这张卡的预留信息。"),
            C("末四位九零三六，预留信息是知足常乐。"),
            A("核对通过。手机银行单笔最多能转十万，八万一笔就能转过去。",
              marks=[mark("answer.wrong_fact", "手机银行单笔限额应为五万元（知识库），坐席说成十万")]),
            C("那就好，今天下午他就要来搬琴。对方是别的银行的卡，有影响吗？"),
            A("跨行也一样，很快到账，手机银行转账不收手续费。"),
            C("行。"),
            A("转之前您再当面或者打电话跟同学确认一下账号，别只认聊天记录里发来的，最近冒充熟人换账号的挺多。"),
            C("是我当面问他要的账号，没问题。"),
            A("那就好。还有什么要问的吗？"),
            C("没有了，谢谢。"),
            A("好的，谢谢您找我们，祝您弹琴愉快，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了哎，什么事？：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "q18_elderly_shaanxi_mobile_banking_jargon_dead_air",
        "title": "七十一岁老年客户（陕西口音）第一次开通手机银行，以身份证尾号加开户网点核身；坐席一串术语（客户端、实名认证、绑定设备、短信动态口令、人脸核验、转账白名单），客户说听不懂后双方无声十秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A8005", "customer_tier": "elderly",
        "started_at": "2027-04-23T10:20:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A8005"]),
            C("女子，额今年七十一了，娃给额买了个智能手机，叫额开个手机银行，额不知道咋弄。"),
            A("大爷您好，我得先核一核您的身份，请您说一下身份证末四位，还有您这张卡是在哪个网点开的。"),
            C("末四位一五八三，在钟楼那个网点开的。"),
            A("信息对上了。开通手机银行需要先下载客户端，完成实名认证后绑定设备，设置登录密码和交易密码，"
              "再开通短信动态口令，大额转账还要做人脸核验，转账白名单可以后续维护。",
              marks=[mark("etiquette.jargon", "客户端、实名认证、绑定设备、短信动态口令、人脸核验、转账白名单，未向老年客户解释")]),
            C("你说的这些额一句都没听懂，额到底先弄啥？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户说听不懂并提问后双方无声十秒，坐席未作任何告知")]},
            A("您让家里人陪着，带上身份证和卡到网点，柜员会帮您一步一步装好开通。"),
            C("开了以后，额那退休金能在手机上看见不？"),
            A("能看见，每个月到账了在手机上一点就能查到余额和明细。"),
            C("那成，额明天叫娃带额去。"),
            A("大爷，别的还有想问的没？"),
            C("没啥了。"),
            A("好的，多谢大爷信得过我们，祝您身体健健康康，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "七十一岁老年客户第一次开通手机银行，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "q19_annual_fee_refund_runaround_hangup",
        "title": "金卡被扣三百元年费，客户认为去年刷满六次，三次问年费能不能退，坐席始终答非所问，客户第三次问后通话随即结束；金卡年费三百元（正确）",
        "business_type": "card", "agent_id": "A8001", "customer_tier": "standard",
        "started_at": "2027-04-24T13:38:16", "agent_channel": 0,
        "turns": [
            A(OPENING["A8001"]),
            C("你好，我的金卡信用卡这个月被扣了三百块年费，可我去年明明刷了不止六次。"),
            A("我帮您查查，先报一下身份证末四位和卡片的有效期。"),
            C("末四位五二一九，有效期二零二九年一月。"),
            A("核对无误。金卡年费是三百元，刷满六次免下一年年费，您去年的记录上是五次。"),
            C("不可能，我去年十二月底还刷过一笔，那笔算了没有？这三百能不能退给我？"),
            A("年费是每年系统自动收取的，您今年可以多刷几次。"),
            C("我问的是这三百块能不能退？"),
            A("刷卡次数是按入账日期统计的，系统就是这么算的。"),
            C("我再问最后一遍，这三百块年费到底退不退？",
              marks=[mark("resolution.repeated_question", "年费能不能退问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "q20_short_new_card_use_call",
        "title": "新信用卡激活后能否马上刷，坐席一句话带过，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A8002", "customer_tier": "standard",
        "started_at": "2027-04-26T18:11:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A8002"]),
            C("你好，新信用卡激活了马上能刷吗？"),
            A("马上能刷。"),
            C("好。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT7_SEED = 20270412
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT7_CALLS, agents=AGENTS, default_out=Path("samples/heldout7"),
                  seed=HELDOUT7_SEED, description=__doc__))
