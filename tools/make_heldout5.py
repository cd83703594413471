#!/usr/bin/env python3
"""Render the fifth held-out evaluation set in samples/heldout5/ (dev-only; never imported by the product).

The first four held-out sets (samples/heldout/ to samples/heldout4/) have been looked at, so none of
them measures generalisation on its own any more. This fifth set takes over that job: it was
written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that never read
the rule pack, the rule engine, its tests or its docs and never ran qa-toolkit (only the bank's
facts, rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It
words every script step differently from samples/ and the four earlier held-out sets (no clause of
five characters or more is shared, in either direction, with make_samples.py, make_heldout.py,
make_heldout2.py, make_heldout3.py or make_heldout4.py): other agents (A6001-A6006) with their own
openings (话务员, 专员, 员工编号, 接线员, 编号…的小罗, 理财顾问), other verification routes (the employer
of the last salary credit, the residential compound given at account opening, the former name +
ID last six + registered e-mail, the phone tail + opening branch, the last pension credit, the
emergency contact, the last card purchase, the birth month, the year the foreign-currency account
was opened, the city where the card was issued), other hold and closing phrasings, topics the
earlier sets did not use (a net-value "fixed income plus" product, gas-bill direct debit, a
child's first bank card, a name changed at the police station, a transfer to one's own account
at another bank, SMS alerts going to an old number, a credit-card overpayment, a used-car
payment, a wedding-banquet temporary limit, a resident medical-insurance debit, a landlord's
rent, a mixed fund pushed by phone, a payment to an Italian supplier, a "campus-loan
cancellation" scam, a card frozen after lending it out, debt collectors calling the family, an
expired online-banking key, an elderly customer on a new phone, paper statements, cancelling a
credit card), dialect-flavoured elderly customers (Tianjin, Shanxi and Minnan flavour), and hard
negatives (steps done in unusual words, steps not required in that situation, figures right for
another channel or product, a police station mentioned for paperwork). It is for measuring,
never for tuning. Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and
metadata formats); only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout5.py
    /work/tts-venv/bin/python tools/make_heldout5.py --only n14_campus_loan_scam_no_warning
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
#   number may be said as "NNNN号话务员接听", "由NNNN号专员为您服务", "员工编号NNNN",
#   "我是接线员NNNN", "编号NNNN的小罗" or "NNNN号理财顾问在线". "我是今天的值班客服" (n08) is
#   not a staff number; "来了来了，要问什么？" (n07) is no greeting at all (both labels);
# - identity: a check before any account data or account action. The employer of the last
#   salary credit + ID digits (n01), the residential compound given at opening + ID digits (n02),
#   the former name + ID last six + registered e-mail (n04), phone tail + opening branch (n05),
#   the last pension credit + ID digits (n06), the emergency contact + phone tail (n07), the last
#   card purchase + ID digits (n08), ID last six + birth month (n12), the year the
#   foreign-currency account was opened + ID digits (n13), the account name + ID digits (n17),
#   ID digits + the city where the card was issued (n18), or ID / phone digits all count.
#   identity.not_verified = each agent turn that discloses account data or performs an account
#   action before a check: n09 (credit line told and a temporary limit raised, the check comes
#   after), n10 (no check at all), n11 (both checks failed, the agent gives up checking and reads
#   out the credit). General information (n03: a child's card; n19 is too short to matter) needs
#   no check;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (n12), a cross-border
#   remittance without a warning (n13), a fraud script the customer describes left without an
#   anti-fraud warning while the agent helps the money out (n14). A warning in the agent's own
#   words counts (n01: 净值每天会上下走, 拿回来的可能比投进去的少, 不受存款保险赔付; n08: 确认车主和
#   收款人是同一个人, 钱一出去就很难要回). 8,000 to the customer's own account at another bank
#   (n05) is neither large nor to a third party: no warning needed;
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told in the customer's own words without a risk word (n14: a
#   "regulator" cancelling a campus-loan account, money to a designated account; n16: a fake
#   collector asking for repayment into a personal account), and a frozen card flagged as
#   suspected telecom fraud (n15). DOMAIN lists 被骗, 冻结, 盗刷, 报警 as risk words with no
#   exception, so no call puts them in a harmless sentence; the harmless mentions are a police
#   station issuing a name-change certificate (n04: 派出所, 民警) and a grandson's advice that
#   the bank never asks for a password (n02): neither reports fraud, theft, frozen funds or a
#   police case, so neither is labelled;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (n18, who
#   is walked through an SMS code and never told to keep it to herself). The other elderly calls
#   (n02, n06) carry it;
# - emotion.customer_negative: a customer turn of anger or complaint (n16). Worry (n15) and a
#   calm third asking (n20) are not labelled;
# - etiquette.jargon: a turn of unexplained banking or technical terms (n17); forbidden_phrase and
#   agent_negative: a turn that belittles or rebuffs the customer (n17, both labels on each);
# - hold: announcing a hold in any words counts (n05: 请您别挂，给我十来秒; n16: 您别挂，先听一会儿
#   音乐); n11's "嗯。" before ten seconds of music is no notice;
# - closing: the agent thanks and says goodbye, and asks for other needs unless the customer has
#   already said there are none (n06). Goodbyes in other words count (回见, 拜拜, 再见了您).
#   "好嘞。" after the customer's "没别的了" (n13) and "就这样。" (n19) are no closing;
# - answer.wrong_fact: n08 (手机银行一天累计最多五十万; the KB says 二十万) and n13 (跨境汇款
#   五到七个工作日; the KB says one to three). Figures that are right stay unlabelled, including
#   ones for another channel or product: n05's 手机银行跨行不收手续费 (the KB's 0.5% is the
#   counter fee, which n05 also states correctly) and 取款机每天最多取两万 (cash, not transfers);
#   n03's debit card with no annual fee (the KB's 三百元 is the gold credit card's) and a child's
#   documents (户口本 + a parent's ID: the KB's list is for an adult opening in person); 单笔 /
#   一次最多五万 (n08, n14) agrees with the KB;
# - a customer turn that starts before the agent's ends (n05, 0.5 s) is not an agent
#   interruption;
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A6001": {"team": "一线L组", "staff_no": "五二八三"},
    "A6002": {"team": "一线L组", "staff_no": "一七四九"},
    "A6003": {"team": "一线M组", "staff_no": "八六零一"},
    "A6004": {"team": "一线M组", "staff_no": "三九二五"},
    "A6005": {"team": "一线L组", "staff_no": "六零三七"},
    "A6006": {"team": "二线E组", "staff_no": "二四一八"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A6001": "您好，恒通银行电话服务台，五二八三号话务员接听，您想咨询点什么？",
    "A6002": "您好呀，恒通银行专线，本次由一七四九号专员为您服务，您请讲。",
    "A6003": "恒通银行，您好，员工编号八六零一，您这次打来是想办什么？",
    "A6004": "您好，这是恒通银行的服务电话，我是接线员三九二五，您想了解哪方面？",
    "A6005": "您好，恒通银行服务中心，编号六零三七的小罗为您接听，请问需要办什么？",
    "A6006": "您好，恒通银行贵宾理财专线，二四一八号理财顾问在线，请问有何吩咐？",
}

HELDOUT5_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "n01_netvalue_fund_salary_employer_clean",
        "title": "定期到期转买净值型固收增强理财，以最近一笔代发工资的单位加身份证尾号核身，用自己的话讲清净值会跌、可能亏本、不受存款保险赔付，先做风险测评，完整合规",
        "business_type": "wealth", "agent_id": "A6006", "customer_tier": "VIP",
        "started_at": "2027-02-01T10:12:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A6006"]),
            C("你好，我有二十万定期刚到期，想转去买你们那个固收增强的理财。"),
            A("好的，办之前得先确认是您本人。您最近一笔代发工资是哪个单位发的？再报一下身份证最末四个数字。"),
            C("是华景物流发的，身份证最后是四零七二。"),
            A("两项都对上了。您说的这款是净值型产品，持有满九十天才能赎回，过去一年折成年化大约百分之三。"),
            C("那就是稳赚的喽，跟定期差不多？"),
            A("不一样，这点我得跟您讲透。它主要投债券，再配一小部分股票，净值每天会上下走，碰上行情不好，"
              "拿回来的可能比投进去的少；它也不是存款，亏了不受存款保险赔付，那个百分之三只是过去的成绩。"),
            C("嗯，明白了，就是有可能亏一点。"),
            A("对。另外您的风险测评去年过期了，我把题目推到您手机银行，测出来平衡型或者更高才能买这款。"),
            C("做完了，显示是平衡型。", gap=3.0),
            A("收到了，等级匹配。说明书和风险揭示书也发到您手机银行了，看完没问题再点认购。您看还有哪里需要我跟进的吗？"),
            C("目前就这一件。"),
            A("好的，多谢您一直照顾我们，有事随时打这条专线，回见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n02_elderly_tianjin_gas_debit_clean",
        "title": "老年客户（天津口音）想用养老金卡代缴燃气费，以身份证尾号加开户时登记的小区核身，说明带燃气卡去网点签约，提醒冒充燃气公司发链接收钱的骗局；客户转述孙子说银行不会要密码（不是风险报告），完整合规",
        "business_type": "account", "agent_id": "A6004", "customer_tier": "elderly",
        "started_at": "2027-02-02T09:18:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A6004"]),
            C("哎，姑娘，我介个燃气费老得跑营业厅交，听说能从银行卡上自个儿扣，嘛手续啊？"),
            A("大爷，能办，这叫燃气代缴。我先跟您对对身份，您说下身份证最后四位，还有开卡时登记住的是哪个小区。"),
            C("最后四位是六二零九，住红桥区的永乐小区。"),
            A("对上了。您这张养老金卡能签燃气代缴，得您带着燃气卡和身份证去附近网点签个约，当场就开通。"),
            C("那以后每个月它就自个儿扣了？卡里钱不够嘛样？"),
            A("燃气公司每月出账以后自动扣，余额不够就扣不成，会给您发短信，您存上钱下个月一块扣。"),
            C("倍儿好。我孙子跟我说过，银行的人不会打电话跟我要密码，我记着呢。"),
            A("您孙子说得在理。还有一种您得留神：有人冒充燃气公司发短信，说您家要停气，让您点链接交钱，"
              "那链接是假的，别点，拿不准就打燃气营业厅或者我们这个号问问。"),
            C("好嘞，我记住了。"),
            A("大爷，别的还有需要我帮您的吗？"),
            C("没了没了，谢谢姑娘。"),
            A("不客气，谢谢您老打来，天冷多穿点，再见了您。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n03_child_first_card_info_clean",
        "title": "家长咨询给十二岁孩子办第一张借记卡要带什么（一般信息，无需核身）；未成年人开户的材料和借记卡不收年费是另一情形、另一产品的正确说法，完整合规",
        "business_type": "account", "agent_id": "A6002", "customer_tier": "standard",
        "started_at": "2027-02-02T15:06:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A6002"]),
            C("你好，我女儿十二岁了，学校食堂要充钱，想给她办张她自己名下的银行卡，都得带些啥？"),
            A("能办的。孩子不满十六周岁，要父母陪着去网点，带上户口本和孩子的身份证，孩子没办身份证的话户口本就行，再带上您自己的身份证。"),
            C("孩子本人也得去吗？"),
            A("要的，孩子和您都得到场，柜员要当面核对。"),
            C("那卡上能设个限制吗？怕她乱花。"),
            A("可以，您能给这张卡设一个每天消费的上限，比如一百元，超过了就付不了。"),
            C("挺好。办卡要交钱吗？"),
            A("开卡免费，这种借记卡没有年费。"),
            C("行，那我周六带她去。周六网点开门吗？"),
            A("大部分网点周六上午九点到下午五点营业，出门前在手机银行的网点查询里看一眼那家的时间更稳妥。"),
            C("好的，明白了。"),
            A("好的，您这边还有想问的吗？"),
            C("没了，谢谢你。"),
            A("不客气，多谢您的信任，祝孩子学习进步，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n04_name_changed_police_station_clean",
        "title": "客户在派出所改了名字，问借记卡和信用卡户名怎么改（提到派出所和民警，不是风险报告），以原名加身份证后六位加预留邮箱核身，完整合规",
        "business_type": "account", "agent_id": "A6003", "customer_tier": "standard",
        "started_at": "2027-02-03T11:40:13", "agent_channel": 0,
        "turns": [
            A(OPENING["A6003"]),
            C("你好，我上个月去派出所把名字改了，身份证也换了新的，可你们卡上还是老名字，怎么改过来？"),
            A("这个能改。我先核一下您的身份：请说一下账户上登记的原名、身份证上末尾六位数，还有您留在我们这里的电子邮箱。"),
            C("原来叫刘春燕，身份证后六位是二一零四三八，邮箱是春燕两个字的拼音加上一九八八。"),
            A("三项都吻合。改户名要您本人带新身份证，还有派出所开的姓名变更证明，到任意网点柜台办，借记卡当场就改好。"),
            C("派出所的民警给我开了一张户籍证明，上面写着曾用名，是这个吧？"),
            A("对，就是那张，写着曾用名和现用名的证明，带原件就行。"),
            C("那信用卡呢？也在柜台一起改？"),
            A("信用卡要另填一份申请，柜台可以代收，转给信用卡中心处理，改好后会按新名字给您重新制卡，卡号不变。"),
            C("这中间卡还能正常用吗？"),
            A("能用，改名这段时间借记卡和信用卡都照常刷，不受影响。"),
            C("好，那我明天请个假去办。"),
            A("好的，别的还有要我解答的吗？"),
            C("没有了。"),
            A("好，感谢您特意打来问，改名的事祝您顺当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n05_own_account_interbank_hold_clean",
        "title": "往本人他行账户转八千元问手续费，以手机尾号加开户网点核身，告知后静音保留并致谢；手机银行跨行免费、柜台跨行百分之零点五、取款机每天最多取两万（另一渠道、另一业务的正确数字）；客户在坐席话尾前开口不算坐席打断；小额转本人账户无需风险提示，完整合规",
        "business_type": "transfer", "agent_id": "A6001", "customer_tier": "standard",
        "started_at": "2027-02-03T16:22:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A6001"]),
            C("你好，我想把工资卡里的八千块转到我自己在别家银行的卡上，要收手续费吗？"),
            A("这个能查。咱们先对一下身份，请报一下您预留手机号的后四位，以及这张卡是在哪个网点开的。"),
            C("尾号三一五七，在滨江支行开的。"),
            A("核对上了。我调一下您这张卡的收费套餐，请您别挂，给我十来秒。"),
            {"silence": 6.0, "kind": "hold"},
            A("让您久候了，多谢。用手机银行转到他行，金额多少都不收手续费；要是到柜台办跨行转账，按百分之零点五收。"),
            C("那我就用手机转。", overlap=0.5),
            A("好的，八千块在手机银行一笔就能转完，几分钟就到。"),
            C("对了，我顺便想取点现金，取款机一天能取多少？"),
            A("借记卡在取款机上每天最多取两万，每次最多取两千五。"),
            C("够用了，谢谢。"),
            A("那您还有别的事需要我处理吗？"),
            C("没有了。"),
            A("行，多谢您这通电话，祝您顺顺利利，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n06_elderly_shanxi_sms_old_number_clean",
        "title": "老年客户（山西口音）收不到动账短信，以身份证尾号加这个月养老金入账金额核身，发现短信发往旧手机号，说明本人到网点改号，提醒冒充银行发“卡要过期”链接的骗局，客户先说没别的事，完整合规",
        "business_type": "account", "agent_id": "A6005", "customer_tier": "elderly",
        "started_at": "2027-02-04T10:03:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A6005"]),
            C("闺女，我问个事。我这卡以前一进钱出钱都有短信，这半年甚也收不到了，咋回事？"),
            A("大爷，您慢慢说。我先确认下是您本人：身份证号尾巴上那四个数是几？再说说这个月养老金进来是多少钱。"),
            C("最后四位是三八六一，养老金是两千九百八十。"),
            A("都对。我这边看，短信一直在发，发到的是您以前那个尾号零五二二的手机号。"),
            C("噢，那个号早不用了，去年我换了个新号。"),
            A("那就对上了。预留手机号得您本人拿身份证和卡去网点柜台改，改完当天就能收到短信。"),
            C("我腿脚还行，明天就去。"),
            A("好的。还得叮嘱您一句：要是收到短信说您的卡快过期了，或者积分要清零，让您点链接填卡号和密码，"
              "那都是骗钱的，咱们银行不会这么发，您别点也别回。"),
            C("嗯，记下了。我就问这一桩，谢谢闺女。"),
            A("大爷您客气了，难为您专门打来，路上慢点，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "n07_no_greeting_card_overpayment",
        "title": "信用卡多还了三千元想退回借记卡（溢缴款），以紧急联系人加手机尾号核身，坐席以“来了来了，要问什么？”接起，无问候、行名和工号",
        "business_type": "card", "agent_id": "A6005", "customer_tier": "standard",
        "started_at": "2027-02-04T14:47:09", "agent_channel": 0,
        "turns": [
            A("来了来了，要问什么？"),
            C("呃，你好，我信用卡这个月本来只欠八百，手一抖还了三千八，多出来的三千能退回来吗？"),
            A("能退，多还的那部分叫溢缴款。我先验证一下您本人，您办卡时填的紧急联系人叫什么？再说一下预留手机号的后四位。"),
            C("紧急联系人是我爱人，叫孙立伟，手机尾号是八零四六。"),
            A("核对通过。您这张卡现在确实多出三千元，可以转回您本人名下的借记卡，也可以留着下个月自动抵账单。"),
            C("还是转回来吧，转到尾号二二七三那张借记卡。"),
            A("好的，已经给您提交了，一到两个工作日到账，转回本人借记卡不收费。"),
            C("好的，那就好。"),
            A("您要是常这样手误，可以在手机银行设个自动还款，按账单全额扣，就不会多还了。"),
            C("这主意不错，我回头设一下。"),
            A("好，另外还有要问的吗？"),
            C("没有了。"),
            A("好的，多谢您打这一趟电话，祝您顺利，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了来了来了，要问什么？：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "n08_no_staff_number_used_car_wrong_daily_limit",
        "title": "买二手车要给卖家转十八万，开场白有问候、行名和服务用语但只说“值班客服”不报工号；以身份证尾号加最近一笔消费核身；用自己的话做了大额转账提醒，但把手机银行每天累计限额说成五十万（知识库为二十万）；每一笔五万是正确的",
        "business_type": "transfer", "agent_id": "A6003", "customer_tier": "standard",
        "started_at": "2027-02-05T10:31:56", "agent_channel": 0,
        "turns": [
            A("恒通银行，您好，我是今天的值班客服，请问碰上什么难处了？"),
            C("你好，我在二手车市场看中一辆车，要给卖家转十八万，手机银行一下转十八万，提示超过额度了。"),
            A("我来查一下。先要确认您是本人，请说出身份证最后四位，还有这张卡最近一笔刷卡消费大概花了多少。"),
            C("身份证是五九一三，最近一笔是前天加油，三百出头。"),
            A("信息一致。手机银行每一笔最多转五万，所以得拆成几笔，一天累计最多能转五十万，十八万分四笔今天就能转完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成一天累计最多五十万")]),
            C("哦，那我分四笔转。卖家是个人，我们约好在车管所当面办过户。"),
            A("好的。有句话我得说在前头，十八万不是小数目：转之前把车辆登记证书和卖家身份证对一下，确认车主和收款人是同一个人；"
              "别听人说先付定金再看车，钱一出去就很难要回。"),
            C("放心，车和人我都见过了，手续也一起办。"),
            A("那就好。每转一笔都会有短信，您留意核对一下。还有别的需要吗？"),
            C("没了，谢谢。"),
            A("好的，感谢您的电话，祝您提车顺利，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，只说自己是值班客服，没有报工号")],
    },
    {
        "call_id": "n09_wedding_temp_limit_before_check",
        "title": "婚宴要刷卡付八万，客户要求临时提额，坐席先报出额度和可用额度、直接调高临时额度，之后才核身",
        "business_type": "card", "agent_id": "A6001", "customer_tier": "standard",
        "started_at": "2027-02-08T13:15:20", "agent_channel": 0,
        "turns": [
            A(OPENING["A6001"]),
            C("你好，我下周六办婚宴，酒店要刷卡付八万块，我怕信用卡额度不够，能临时提一下吗？"),
            A("恭喜您！我看了一下，您这张卡总额度五万，目前还能用四万一千二。",
              marks=[mark("identity.not_verified", "核身之前就报出信用卡总额度和可用额度")]),
            C("那肯定不够啊。"),
            A("我直接给您把临时额度调到十万，有效期一个月，现在已经生效了。",
              marks=[mark("identity.not_verified", "核身之前就为客户调高临时额度（账户操作）")]),
            C("这么快？太好了。"),
            A("对了，按流程还要核对一下，您身份证最后那四个数字报一下？"),
            C("七七零五。"),
            A("好的，对上了。临时额度到期自动恢复原额度，这一个月里多用的部分要在账单日一次还清，不能分期。"),
            C("明白，婚宴办完就还。"),
            A("刷这么大的金额，酒店可能让您输密码或者签字，刷之前看一眼商户名称是不是那家酒店。您还有其他事要办吗？"),
            C("没有了，谢谢啊。"),
            A("不客气，提前祝您新婚快乐，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n10_medical_insurance_debit_no_identity",
        "title": "城乡居民医保代扣是否成功，坐席未做任何身份核验即说出扣款日期、金额、收款方和卡内余额（坐席在声道一）",
        "business_type": "account", "agent_id": "A6004", "customer_tier": "standard",
        "started_at": "2027-02-08T16:41:03", "agent_channel": 1,
        "turns": [
            A(OPENING["A6004"]),
            C("你好，社区通知说今年的居民医保从银行卡里代扣，我想问问扣了没有。"),
            A("扣了，本月五号扣的，三百八十元，收款方是市医保中心，状态显示扣款成功。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出扣款日期、金额和收款方")]),
            C("哦，那还好。卡里还剩多少？"),
            A("扣完以后余额是六千四百二十一元五角。",
              marks=[mark("identity.not_verified", "未核验身份即告知账户余额")]),
            C("好的。我爸妈的医保也能从我这张卡里扣吗？"),
            A("可以，要到社区或者医保窗口填一张代扣授权书，写上您这张卡的卡号，下一年起就从您这里扣。"),
            C("那他们卡上以前签的代扣要不要取消？"),
            A("新的授权生效以后，旧的会自动停掉，不会重复扣。"),
            C("好，明白了。"),
            A("还有问题吗？"),
            C("没有了。"),
            A("好，谢谢来电，祝您一家健康，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n11_landlord_rent_failed_check_hold_no_notice",
        "title": "房东问租客的房租到没到，身份证和手机尾号两项都答不上，坐席说“不用核了”，只说“嗯”就进入十秒等待音乐，之后说出到账金额、付款人姓名和附言",
        "business_type": "account", "agent_id": "A6002", "customer_tier": "standard",
        "started_at": "2027-02-09T10:22:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A6002"]),
            C("你好，我有套房子出租，租客说昨天把这个季度的房租转给我了，我想确认一下到没到。"),
            A("好的，为了安全先核对一下，请说一下您身份证的最后四位。"),
            C("一九六，哎，我这身份证是新换的，后面记不太清了。"),
            A("那您预留的手机号后四位呢？"),
            C("那是好几年前留的号，早就换了，想不起来了。"),
            A("那就算了，不用核了。"),
            C("那你能帮我看看到没到吗？"),
            A("嗯。"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "进入保留（播放等待音乐）前只说了嗯，没有告知客户稍候")]},
            A("谢谢您耐着性子等。昨天下午三点多进来一笔一万三千五，付款人叫周海鹏，附言写的是一季度房租。",
              marks=[mark("identity.not_verified", "身份证和手机号两项核验都未通过，坐席仍说出到账金额、付款人姓名和附言")]),
            C("对，就是他，到了就好。"),
            A("另外您的预留手机号最好去网点改成现在用的，不然进账短信您也收不到。"),
            C("行，我抽空去一趟。"),
            A("好，还需要问别的吗？"),
            C("不用了，谢谢。"),
            A("好的，这通电话多谢了，祝您万事顺遂，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n12_fast_agent_mixed_fund_no_disclosure",
        "title": "坐席语速过快（约一点六倍），推荐新发的混合类理财并当场认购十二万，只讲过往收益，称一年后本金收益一起回卡，未做任何风险揭示",
        "business_type": "wealth", "agent_id": "A6006", "customer_tier": "VIP",
        "started_at": "2027-02-09T15:30:44", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A6006"]),
            C("你好，我收到你们的短信，说有一款新发的混合类理财，想问问详细情况。"),
            A("是的，这款是我们这个月主推的，投资期一年，以往同类产品的年化收益在百分之五到七之间，比定期高出不少。"),
            C("我卡里有十二万闲钱，能买吗？"),
            A("可以的。我先验证您的身份，请您说一下证件号码的最后六位，再说一下您的出生年月。"),
            C("三零五一二六，一九七九年四月。"),
            A("核对一致。您的风险测评还在有效期内，是成长型，能买这个等级的产品。我现在就帮您提交十二万的认购，您说一声就确认。"),
            C("那就买吧。"),
            A("好的，已经提交了，明天开始计息，一年后本金和收益一起回到您卡上，中间什么都不用管。"),
            C("好的。"),
            A("您还有别的想了解的吗？"),
            C("没有了。"),
            A("好的，谢谢您对我们的信赖，祝您财运亨通，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "当场认购十二万混合类理财，只讲过往收益并称本金收益一起回卡，未做任何风险揭示"),
                       mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "n13_italy_supplier_remittance_no_warning",
        "title": "进口商给意大利供应商汇一万二千欧元货款，以身份证尾号加外币账户开户年份核身，坐席未做任何跨境汇款风险提示，把到账时间说成五到七个工作日（知识库为一到三个），客户说没别的了坐席只回“好嘞”",
        "business_type": "transfer", "agent_id": "A6001", "customer_tier": "standard",
        "started_at": "2027-02-10T11:05:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A6001"]),
            C("你好，我做进口生意，要给意大利一家供应商汇一万二千欧元货款，手机银行能直接汇吗？"),
            A("能汇。汇款之前要先验明身份，您身份证最末四个数字是？您这个外币账户是哪一年开的？"),
            C("身份证是二六八四，外币账户好像是二零二一年开的。"),
            A("都没问题。在手机银行里选跨境汇款，填上对方的英文户名、收款银行的国际代码和账号，用途选货物贸易就行。"),
            C("那钱多久能到对方手上？"),
            A("跨境汇款到账一般要五到七个工作日，中间要经过一家代理行。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成五到七个工作日")]),
            C("手续费怎么算？"),
            A("每笔收一百五十元人民币手续费，另加八十元电报费，对方银行可能还会再扣一点。"),
            C("行，我今天下午就汇。就这些，没别的了。"),
            A("好嘞。"),
        ],
        "violations": [mark("risk.disclosure_missing", "一万二千欧元跨境汇款，坐席未做任何风险提示（核对收款账户、汇出难追回等）"),
                       mark("closing.missing", "客户说没别的了，坐席只说好嘞，没有致谢和道别")],
    },
    {
        "call_id": "n14_campus_loan_scam_no_warning",
        "title": "自称金融监管局的人说客户大学时的校园贷账户要注销、否则影响征信，要他先把三万转进指定账户“清零”，坐席核身后只教他怎么转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A6003", "customer_tier": "standard",
        "started_at": "2027-02-10T19:42:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A6003"]),
            C("你好，刚才有个自称金融监管局的人打电话，说我大学时开过校园贷账户，现在要统一注销，不然影响征信，"
              "让我先把三万块转到他们指定的账户里清零，过后再退给我。",
              marks=[mark("risk.keyword_alert", "自称金融监管局、注销校园贷、影响征信、先把钱转入指定账户：冒充监管注销校园贷的诈骗话术")]),
            A("嗯，我看看。转账之前要验一下身份，请说一下身份证末尾四位。"),
            C("一三零八。"),
            A("好的，是您本人。您这张卡的余额够三万，手机银行一次最多转五万，这笔一次就能转过去。"),
            C("对方说要在半小时之内转，收款的是个人名字，没关系吧？"),
            A("收款方是个人也能转，户名和账号填准就行，一般几分钟就到。"),
            C("好，那我现在就转。"),
            A("好的，转完会有短信通知。还有别的需要吗？"),
            C("没了。"),
            A("好，感谢这通来电，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出冒充监管注销校园贷、限时把三万转到指定个人账户的诈骗话术，坐席反而告诉他怎么转，未做任何防诈骗提示")],
    },
    {
        "call_id": "n15_frozen_lent_card_interrupt",
        "title": "客户把卡借给朋友收钱后卡被冻结、被告知涉嫌电信诈骗，坐席两次在客户陈述未完时插话；核身后说明找冻结机关，提醒不要出租出借银行卡",
        "business_type": "account", "agent_id": "A6005", "customer_tier": "standard",
        "started_at": "2027-02-11T09:36:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A6005"]),
            C("你好，我这张卡今天突然用不了，到网点一问说被冻结了，说是涉嫌电信诈骗，可我什么也没干啊，"
              "就是上个月有个朋友说他的卡被限额了，借我的卡收了几笔生意上的钱，然后",
              marks=[mark("risk.keyword_alert", "卡被冻结、涉嫌电信诈骗：冻结资金与涉诈风险报告")]),
            A("好，情况我大概知道了，先验一下是不是您本人，把身份证末四位告诉我。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("四四七零。"),
            A("核实了。您这张卡是被公安机关冻结的，冻结的原因和期限我们这边看不到，也没有权限解冻。"),
            C("那我该找谁？那个朋友现在电话也打不通了，我担心我的工资也取不出来，下个月还要交房租，我一个月就指着这点"),
            A("工资的事您得去找冻结机关。网点给您的冻结回执上有办案单位的名称和电话，身份证原件和这几笔收款的说明一并带过去。",
              overlap=1.0, marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一秒")]),
            C("那这个冻结要多久？"),
            A("公安机关冻结一般是六个月，到期还可能续。以后千万别把卡借给别人用，也别帮人收钱转钱，出租出借银行卡是违法的，卡主要担责任。"),
            C("唉，我知道了，以后再也不借了。"),
            A("好的，这件事您还有哪点想弄清楚的？"),
            C("就这些，没了。"),
            A("好，谢谢您跟我们说明情况，您先去办案单位问清楚，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n16_collectors_called_family_complaint",
        "title": "信用卡逾期后催收电话打到客户母亲和单位，客户愤怒投诉，又说有人冒充催收让她把欠款转到个人账户；坐席共情、担责、核身，当即识破假催收，告知后播放等待音乐并致谢，停止联系第三方，登记投诉四小时内回电",
        "business_type": "complaint", "agent_id": "A6002", "customer_tier": "standard",
        "started_at": "2027-02-11T18:20:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A6002"]),
            C("我要投诉！我信用卡就晚还了几天，你们催收的电话打到我妈那儿，还打到我单位，现在全单位都知道我欠钱了，你们太过分了！",
              marks=[mark("emotion.customer_negative", "我要投诉、你们太过分了：愤怒、投诉")]),
            A("让您在家人同事面前这么难堪，换我也会生气，真对不起，这事我负责到底。先麻烦您报个姓名和身份证最后四位。"),
            C("高雅琴，二五八三。还有更气人的，昨天有人自称你们的催收，让我把欠款转到他的个人账户，说能免利息！",
              marks=[mark("emotion.customer_negative", "更气人的：愤怒、不满"),
                     mark("risk.keyword_alert", "自称银行催收、要求把欠款转到个人账户：冒充催收的诈骗话术")]),
            A("核实了，高女士。那个电话一定不是我们打的，我们只会让您还进自己的信用卡，千万别转，那是冒充催收的骗子。打到您家人和单位的事，我调一下催收记录，估计要二十来秒，您别挂，先听一会儿音乐。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("辛苦您等了，谢谢。上周外包催收员联系了您登记的联系人，这不合我们的规定，我已经要求马上停止联系第三方。您的投诉也登记了，四个小时之内投诉专员给您回电话，商量免掉这次的违约金，也可以帮您申请分几期还。"),
            C("行吧，我等电话。"),
            A("今天这事给您添堵了，实在抱歉。还有别的要我一并处理的吗？"),
            C("没了。"),
            A("谢谢您的体谅，晚上早点休息，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n17_online_key_jargon_rebuff",
        "title": "个体店主的网银盾提示证书过期付不了款，坐席满口术语（介质、数字证书、签名控件、根证书、驱动、签名验证），客户说听不懂后两次顶撞客户，最后才讲清步骤",
        "business_type": "account", "agent_id": "A6004", "customer_tier": "standard",
        "started_at": "2027-02-12T14:10:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A6004"]),
            C("你好，我用你们的网银盾给供货商付款，电脑上提示证书过期了，钱付不出去。"),
            A("先对一下是不是本人，报一下账户户名和身份证后四位。"),
            C("王建军，零六九二。"),
            A("好的。您这是介质里的数字证书到期了，得先升级签名控件，再做证书更新，把新证书写进介质。",
              marks=[mark("etiquette.jargon", "介质、数字证书、签名控件、证书更新，未向客户解释")]),
            C("什么介质、控件的？我就想知道怎么才能把钱付出去。"),
            A("跟你讲了你也弄不明白，照着做就是了。",
              marks=[mark("etiquette.forbidden_phrase", "跟你讲了你也弄不明白：贬低、搪塞客户"),
                     mark("emotion.agent_negative", "语气轻慢、不耐烦")]),
            C("你这么说话什么意思？我是真不懂电脑。"),
            A("不懂电脑就找个懂的人来弄，别在电话里耽误工夫。",
              marks=[mark("etiquette.forbidden_phrase", "找个懂的人来弄，别在电话里耽误工夫：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "消极回应、不耐烦")]),
            C("你就不能说简单点吗？"),
            A("那您先装网银助手，修复一下根证书和驱动，再到证书管理里点更新，最后用网银盾做一次签名验证。",
              marks=[mark("etiquette.jargon", "根证书、驱动、证书管理、签名验证，客户已说听不懂仍未解释")]),
            C("还是没听懂。"),
            A("这么说吧：您在电脑上打开我们的官网，下载一个叫网银助手的软件，装好后点一键修复，"
              "再把网银盾插上，点更新证书，按提示输两遍网银盾的密码，就能付款了。"),
            C("这样我就明白了。"),
            A("别的还要问什么不？"),
            C("没了。"),
            A("那就这样，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "n18_elderly_minnan_new_phone_dead_air",
        "title": "老年客户（闽南口音）换新手机登不上手机银行，以身份证尾号加办卡城市核身；客户问验证码几位、输在哪后双方无声十二秒；坐席教她收验证码登录，全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A6005", "customer_tier": "elderly",
        "started_at": "2027-02-19T10:08:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A6005"]),
            C("小姐，歹势厚，我新买了个手机，你们银行那个软件按怎都登不进去啦。"),
            A("阿嬷您别急，我帮您瞧瞧。先说一下您的身份证最后四位，还有这张卡是在哪个城市办的。"),
            C("最后四个数是七一二六，卡是在泉州办的。"),
            A("核对好了。换了手机第一次登录，要先收一条短信验证码，输对了才能在新手机上用。"),
            C("那个验证码是几个数字？要输在哪一格？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("验证码是六位数字，短信来了以后，在登录页面中间那一格输进去就行，五分钟之内有效。"),
            C("好，我试试看。有了有了，登进去了。", gap=3.0),
            A("好的，登进去就行了。以后换手机都是这样操作。"),
            C("多谢你啦，小姐。"),
            A("不客气，阿嬷还有别的事吗？"),
            C("没有了啦。"),
            A("好的，谢谢阿嬷打来，祝您健康长寿，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "老年客户在新手机上收短信验证码登录手机银行，坐席全程未给任何防诈骗提醒（如验证码不可告诉任何人）")],
    },
    {
        "call_id": "n19_short_paper_statement_call",
        "title": "信用卡纸质账单怎么没寄来，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A6003", "customer_tier": "standard",
        "started_at": "2027-02-23T17:55:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A6003"]),
            C("我信用卡的纸质账单这个月怎么没寄来？"),
            A("都改电子的了。"),
            C("啊？"),
            A("就这样。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "n20_cancel_card_retention_runaround_hangup",
        "title": "想注销一张不用的信用卡，核身后坐席一味劝留、推权益，始终不说怎么注销，客户第三次问后通话随即结束",
        "business_type": "card", "agent_id": "A6004", "customer_tier": "standard",
        "started_at": "2027-02-26T11:28:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A6004"]),
            C("你好，我有一张你们的信用卡好久不用了，想把它注销掉。"),
            A("好的，得先验明是您本人，请说一下身份证后四位和预留手机尾号。"),
            C("身份证八二四一，手机尾号六零零三。"),
            A("核对通过。这张卡现在有免年费的权益，留着也不花钱，您确定要注销吗？"),
            C("确定，我就想知道注销要怎么办。"),
            A("您再考虑考虑，这个月刷满五笔还能换一张电影票呢。"),
            C("我不要电影票，你就告诉我注销在哪里办？"),
            A("很多客户注销以后又后悔，再办卡还要重新审批。"),
            C("这是我第三次问了，注销到底在哪里办？",
              marks=[mark("resolution.repeated_question", "怎么注销问了三遍，并说这是我第三次问了"),
                     mark("closing.abnormal_hangup", "客户提问后不到一秒通话结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT5_SEED = 20270214
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT5_CALLS, agents=AGENTS, default_out=Path("samples/heldout5"),
                  seed=HELDOUT5_SEED, description=__doc__))
