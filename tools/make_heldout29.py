#!/usr/bin/env python3
"""Render the twenty-ninth held-out evaluation set in samples/heldout29/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or its
docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). Every script
step is worded differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A11201-A11206) with their own openings, other verification routes (the validity
printed on the ID card, the surname of the account manager, the tail of the car plate tied to the
card, the monthly insurance premium debited, the name of a wealth product already held, the alias
given to the card in the app, the surname of whoever paid in last, the monthly mortgage debit, the
monthly amount of an instalment saving; the ID digits asked in new words, once as the first six
digits and once as the fifteenth to the last), other hold, warning, disclosure and closing
phrasings, topics the heldout23-28 sets did not use and dialect-flavoured customers from regions
none of them used (Meizhou, Yiwu, Zhangye, Chifeng, Shangrao, Heze, Enshi, Siping, Nanyang, Jinzhou,
Shiyan, Jieyang, Jiuquan, Panjin; the Meizhou, Siping and Jiuquan customers are elderly), and hard
negatives (steps done in unusual words, steps not required in that situation, a third party's
brush with swindlers, figures right for another channel or card tier, large transfers and a
remittance abroad with a warning, a fraud stopped by the agent, a customer who starts before the
agent has finished, a lost wallet that is no theft report, a short call that still closes properly).
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout29.py
    /work/tts-venv/bin/python tools/make_heldout29.py --only ao13_fake_toll_pass_expiry_text_link_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number (any word for it), offer help, in any
#   order. ao09 greets, names the bank and offers help with no number (staff_id_missing); ao04 opens
#   with a bare "在呢，你说。" (greeting.missing and staff_id_missing);
# - identity: a check (ID digits + one more fact on file) before any account data or account action.
#   identity.not_verified = each agent turn that discloses account data before a check: ao05 (the
#   statement read out first, the check comes later for the instalment), ao10 (a refund, then the
#   balance and a purchase). General information (ao15, ao20) needs none; ao13 stops a fraud and
#   touches no account data;
# - risk.disclosure_missing: ao11 (an index fund sold as 不会亏的 with no disclosure), ao18 (130,000
#   money-first to the personal card of a crab-seedling seller met in a chat group, no warning).
#   Warnings in the agent's own words count (ao02 wealth; ao03, ao09 large transfers; ao06
#   remittance abroad; ao13 fraud stopped);
# - risk.keyword_alert: ao12 (cheated by a parking-refund code, 26,000 gone, police called: one
#   turn), ao13 (a fake toll-pass text, told with no risk word), ao14 (account shown as frozen). A
#   villager's brush with a fee-waiver caller (ao07), a lost wallet (ao16) and the agents' own
#   warnings are not alerts;
# - risk.elderly_fraud_advice: ao08 (81, pension, cash to keep at home, no advice), ao17 (83,
#   48,000 in cash, no advice). ao01 carries it;
# - emotion.customer_negative: ao14 (threat to complain), ao15 (rebuffed, threat to complain);
# - etiquette.jargon: ao05 (card-statement terms), ao11 (index-fund terms), never explained;
# - forbidden_phrase and agent_negative: ao15 (both labels);
# - hold: announced holds in other words count (ao02 music, ao08 a long silent one, ao14 silent;
#   all thanked). ao10 and ao16: music straight after the question, no word first: hold.no_notice
#   (thanked after, so only the notice is missing);
# - etiquette.dead_air: ao05 (10.5 s after the confused customer's question), ao17 (11 s after the
#   elderly customer asks how to take the cash);
# - closing: other words count; ao12 ends with a follow-up promise only: closing.missing; ao19 ends
#   with no closing; ao20 is short but closes (asked, thanked, goodbye);
# - answer.wrong_fact: ao09 (counter inter-bank fee 百分之一; KB 0.5 %) and ao16 (a new card in
#   三个工作日; KB seven). Right figures stay unlabelled (ao03 五万 / 二十万 and the counter's 千分之五;
#   ao09 五万 / 二十万; ao18 五万 / 二十万; ao06 三个工作日之内 abroad; ao07 金卡 三百元, 普卡 一百元;
#   ao12 七个工作日左右; ao17 the cash machine's 两万);
# - etiquette.interruption: ao15 (1.2 s), ao18 (1.0 s). In ao03 the customer starts 0.5 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ao19;
# - handling.time_standard: ao08 (a balance enquiry over the 3-minute standard: a 150 s announced
#   hold) and ao20 (a card call under the 20 s minimum);
# - etiquette.speech_rate: the agent at 1.6x (ao18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11201": {"team": "一线松组", "staff_no": "五一八三"},
    "A11202": {"team": "一线松组", "staff_no": "七二六四"},
    "A11203": {"team": "一线柏组", "staff_no": "二九零五"},
    "A11204": {"team": "一线柏组", "staff_no": "八六四一"},
    "A11205": {"team": "一线柏组", "staff_no": "三零七八"},
    "A11206": {"team": "二线竹组", "staff_no": "六五二九"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11201": "您好，恒通银行，五一八三号客服在线上候着您呢，今天遇到什么事，说给我听听。",
    "A11202": "恒通银行给您问好，我是七二六四号服务专员，您要打听的、要办的，都可以跟我讲。",
    "A11203": "您好，恒通银行服务线接通了，工作号二九零五为您效劳，您请说需要帮什么忙。",
    "A11204": "喂，您好，恒通银行，客服八六四一在听，您今天想了解哪件事？",
    "A11205": "您好，恒通银行，坐席员三零七八接起了您的电话，您碰到啥难处，我陪您捋一捋。",
    "A11206": "您好，恒通银行财富顾问专席，我的顾问号六五二九，手头的钱想怎么打理，咱们可以慢慢商量。",
}

HELDOUT29_CALLS = [
    {
        "call_id": "ao01_elderly_meizhou_pomelo_grower_granddaughter_instalment_saving_clean",
        "title": "八十岁老年客户（梅州客家口音）种金柚，想每月给孙女存一笔读大学的钱，坐席建议零存整取；以身份证号码尾头四个数加身份证有效期（长期）核身；用自己的话给出防诈骗提醒，完整合规",
        "business_type": "account", "agent_id": "A11201", "customer_tier": "elderly",
        "started_at": "2029-04-02T09:21:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A11201"]),
            C("喂，细妹子，涯系梅州大埔人，虚岁八十咯，屋背种了几十棵金柚。涯想帮阿孙女每个月存一点钱，等她考大学用，有么个办法？"),
            A("阿婆您好，您想每个月给孙女存一点，攒着将来念大学用，我这么理解没偏吧？"
              "这种按月存的，可以开一个零存整取。户头要落在您名下，得先核实是阿婆本人：请报一下身份证号码尾头的四个数，再讲讲您身份证背面有效期写到哪一年。"),
            C("尾头四个系三八零六，有效期那里写着长期两个字，冇年份。"),
            A("核对无误，写着长期的证件一样有效。零存整取每个月固定存一笔，可以选一年、三年或者五年，到期连本带息一次拿出来。"),
            C("涯每个月卖柚子有五百块零用，就存五百，存三年，存到阿孙女十八岁。"),
            A("好，每月五百、存三年，我替您登记好了，您下回到网点带上身份证签个字就开起来。"
              "阿婆，我再多讲两句：要是有人打电话说帮您孙女办助学金、要您先垫一笔什么手续费，或者叫您把存的钱挪去别的卡，统统是骗人的；"
              "银行的人不会在电话里问您密码和短信里的数字；拿不准就先打给您儿子，或者直接去网点问。"),
            C("晓得咯，涯记住了。"),
            A("阿婆您还有么个想问的，我都在。"),
            C("冇了冇了，多谢细妹子。"),
            A("不客气阿婆，多谢阿婆这通电话，祝您柚子年年结满树，腰腿硬硬实实，再见啦。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao02_yiwu_christmas_ornament_exporter_wealth_music_hold_clean",
        "title": "义乌做圣诞饰品外贸的客户有三十六万回款想买理财，以身份证号码最后排四个数加现持有理财产品名称核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、不保本不保收益、净值会跌、本金可能少、过往收益不代表以后、一年内不能赎回、不在存款保险范围，建议只投十二万并看完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A11206", "customer_tier": "VIP",
        "started_at": "2029-04-03T10:12:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A11206"]),
            C("你好，我是义乌做圣诞饰品外贸的，今年订单回款回得早，手上有三十六万闲着，想找个理财放一放，半年到一年都用不着。"),
            A("您做圣诞饰品出口，回款有三十六万，大半年用不上，想挑个理财放一放，是这样吧？"
              "要调您的账户和持仓，劳驾先对一对身份：请报身份证号码最后排的四个数，再说说您现在手上持有的那款理财叫什么名字。"),
            C("最后排四个是七五二一，手上那个叫恒通季季盈。"),
            A("都对上了。我把您的测评结果和在售的产品对一对，这中间给您放一小段等候的乐曲，拢共十秒出头，请您把电话留在耳边。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("乐曲停了，让您久等，谢谢您。测下来您属于平衡型，比较合适的是一款一年期的混合类产品，七成左右投债券，三成左右投股票。"),
            C("这个产品稳不稳？会不会赔进去本钱？"),
            A("我跟您交个底：这是理财产品，不是存款，不保本也不保收益；股票那一块行情差的时候，净值会往下掉一截，最坏的情况本金会少一部分；"
              "页面上写的过往收益，过去那几年赚多少，跟以后赚多少是两码事；一年之内不能提前赎回；存款保险那道保障也轮不到它。"),
            C("蛮好，讲得实在。那我不全放进去。"),
            A("我的建议是先投十二万，剩下的留着明年备货周转。确认之前，手机银行会弹出产品说明书和风险揭示书，您一条一条读完再点确认。"),
            C("好个，就先投十二万。"),
            A("好的，按十二万来。除了理财这块，您还有别的要一起问的吗？"),
            C("没了。"),
            A("谢谢您这份信任，祝您订单源源不断，圣诞旺季卖个满堂红，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao03_zhangye_seed_corn_coop_grain_dryer_transfer_clean",
        "title": "张掖玉米制种合作社要付山东厂家十九万买粮食烘干机，以身份证号码后面四个加客户经理姓氏核身；手机银行单笔最高五万、一天累计二十万（正确），柜台跨行千分之五（另一渠道，正确）；客户在坐席说完前零点五秒接话（非坐席插话）；坐席用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A11202", "customer_tier": "standard",
        "started_at": "2029-04-04T14:05:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A11202"]),
            C("喂，你好，我是张掖的，搞玉米制种的合作社，要给山东一家厂子付十九万，买一台粮食烘干机，手机上咋转呢？"),
            A("您这边是张掖的制种合作社，要付山东厂家十九万买烘干机，打算拿手机银行付，我复述得没走样吧？"
              "金额大，咱们先把本人核一核：请说身份证号码后面四个，再讲讲负责您这个账户的客户经理姓什么。"),
            C("后面四个是四四一九，客户经理姓马。"),
            A("核对通过。手机银行转账每一笔五万封顶，一天之内合计不过二十万，十九万分四笔，当天就能付完。"
              "要是去柜台办跨行转账，手续费是千分之五，十九万就得九百五十元。"),
            C("对对，那就手机上分四笔转。", overlap=0.5),
            A("转之前我多叮嘱几句：收款户名一定要和合同上的厂家全称一字不差，打到厂家的对公账户上；"
              "如果有人发消息说厂家换了收款账号，先打合同上的座机问清楚再动钱；稳妥的做法是先付订金，机器到了调试好再把余款付清。"),
            C("中，干散得很，我先付订金五万，烘干机到了再付剩下的。"),
            A("这样稳妥。您看还有别的要我帮着办的吗？"),
            C("莫有了。"),
            A("好，谢谢您听我絮叨完，祝合作社今年制种大丰收，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao04_no_greeting_chifeng_beef_jerky_shop_buyer_payment",
        "title": "赤峰开牛肉干铺子的客户查广州客户一万二货款是否到账；坐席以“在呢，你说。”接起，无问候、行名、工号、服务用语；以身份证号码临尾四个数加卡片绑定的车牌尾号核身，其余流程合规",
        "business_type": "account", "agent_id": "A11203", "customer_tier": "standard",
        "started_at": "2029-04-05T08:47:09", "agent_channel": 0,
        "turns": [
            A("在呢，你说。"),
            C("喂，你那是恒通不？我赤峰的，开了个牛肉干铺子，广州一个客户说昨天给我打了一万二的货款，我这咋还没瞅见呢？"),
            A("对，恒通。要查进账，您得报两样东西：身份证号码临尾的四个数，还有您这张卡绑着的那辆车，车牌尾号是多少。"),
            C("临尾四个是零六二八，车牌尾号三五七。"),
            A("核对上了。昨天下午四点零五分，有一笔一万二千元从广州一家贸易公司打进来，附言写的是牛肉干货款，钱已经进了您的卡，可能您手机没刷新。"),
            C("嗯呐，那贼好，我再整整手机瞅瞅。"),
            A("往下拉一下就刷新了。还有别的要查的不？"),
            C("没了，就这事儿。"),
            A("行，谢谢您专门打来一趟，祝铺子生意越来越旺，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了在呢，你说：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ao05_shangrao_honey_seller_card_statement_before_check_jargon_dead_air",
        "title": "上饶婺源在景区卖蜂蜜的客户看不懂信用卡账单；坐席未核身即报出应还金额、最低还款和还款日；解释时满口术语（循环利息、全额罚息、溢缴款、容差还款）不解释；客户再问最少还多少后双方无声十秒半；客户要办分期时才以身份证号码末后四个加每月扣缴的保险费核身",
        "business_type": "card", "agent_id": "A11204", "customer_tier": "standard",
        "started_at": "2029-04-06T11:33:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A11204"]),
            C("你好，我是上饶婺源的，在景区卖油菜花蜂蜜，信用卡这个月的账单我看不太懂，上面那些数冇搞明白。"),
            A("您这期账单应还六千四百三十元，最低还款六百四十三元，到期还款日是本月二十号。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出本期应还金额、最低还款额和到期还款日")]),
            C("哦，那我要是只还一部分，会么样？"),
            A("只还最低的话，剩余部分不享受免息，按日计收循环利息，全额罚息口径下已还部分也要计息，溢缴款不冲抵，超出容差还款范围就算逾期。",
              marks=[mark("etiquette.jargon", "循环利息、全额罚息口径、溢缴款、容差还款，未向客户解释")]),
            C("你讲的这些我一句都冇听懂，那我这个月到底最少要还好多钱？"),
            {"silence": 10.5, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户追问后双方无声十秒半，坐席未作任何告知")]},
            A("最低六百四十三。"),
            C("那我想把这六千多分几期还，行不行？"),
            A("可以办账单分期，办之前要核一下本人：请报一下身份证号码末后那四个，再说一下您每个月自动扣的那笔保险费是多少钱。"),
            C("末后四个二七七三，保险每个月扣一百二十八。"),
            A("核对无误。六千四百三十元可以分六期，也能分十二期，每期按本金的百分之零点六收手续费，我先帮您把分六期的申请提交了，稍后短信会发确认。"),
            C("好，六期就六期。"),
            A("提交好了。别的还有需要问的没有？"),
            C("冇了。"),
            A("那就先这样，谢谢您为账单专门来问，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao06_heze_wig_workshop_usd_remittance_india_raw_hair_clean",
        "title": "菏泽开假发作坊的客户要汇两万六千美元到印度买原料发，以身份证号码开头六位加客户经理姓氏核身；三个工作日之内到账（正确）；坐席主动用自己的话做跨境汇款风险提示（临时改账户、私人账户、第三国账户），完整合规",
        "business_type": "transfer", "agent_id": "A11205", "customer_tier": "standard",
        "started_at": "2029-04-09T10:24:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11205"]),
            C("喂，你好，俺是菏泽的，俺家开了个做假发的作坊，要从印度进一批原料头发，得汇两万六千美元过去，咋弄？"),
            A("您家做假发，要给印度的供货商汇两万六千美元买原料发，想弄明白汇款的路子，对吧？"
              "买外汇用的是您个人的年度额度，先核身份：请说身份证号码开头的六位，再说说负责您的客户经理姓啥。"),
            C("开头六位三七一七零二，客户经理姓孔。"),
            A("对上了。跨境汇款在手机银行首页就能找到，照合同把收款公司的英文名、账号、收款行的国际代码填好，汇款用途勾货物贸易那一项。"),
            C("那钱汇过去，印度那边多咱能收着？"),
            A("一般三个工作日之内到账。另外得跟您提个醒：钱往外国汇，最怕临付款时对方说换了账户，特别是叫您打到某个人的私人账户，或者换到第三个国家的账户；"
              "碰上这种情况先停手，用合同上留的电话打过去核实，别信聊天软件里发来的新账号；钱过了境，想拿回来难上加难。"),
            C("中，俺记住了，就照合同上的公司账户汇。"),
            A("汇率以您提交那一刻的牌价为准。您看另外还有要问的没？"),
            C("木有了，谢谢恁。"),
            A("不客气，谢谢您特地打进来问，祝您家的假发卖到全世界，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao07_enshi_selenium_tea_shop_gold_card_fee_clean",
        "title": "恩施卖富硒茶的客户问金卡年费和免年费办法，以身份证号码最后一小截四个数加手机银行里给卡设的备注名核身；金卡年费三百元、一年刷满六次免次年（正确），普卡一百元（另一卡种，正确）；客户讲寨子里老表接到冒充免年费的电话没上当（他人经历，无害提及），完整合规",
        "business_type": "card", "agent_id": "A11201", "customer_tier": "standard",
        "started_at": "2029-04-10T13:48:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A11201"]),
            C("喂，你好，我是恩施的，开了个卖富硒茶的铺子，手上有张你们行的金卡，想问哈年费收好多，有么子办法不交？"),
            A("您想问金卡的年费和免年费的办法，对吧？要看您卡片的刷卡记录，先验明一下身份：请讲身份证号码最后一小截的四个数，再说一下您在手机银行里给这张卡起的备注名。"),
            C("最后四个是九零四七，备注名叫茶铺进货卡。"),
            A("核对好了。金卡每年的年费收三百元，一年之内刷卡满六次，第二年的年费就免了；一百元一年的那种是普卡，跟金卡不是一回事。您这一年已经刷了四次，再刷上两回就凑满了。"),
            C("要得，那我进茶叶的时候多刷两回。我们寨子里有个老表接到电话，说能帮他免年费，要他报卡号，他冇理那个人。"),
            A("您老表做得对。免年费是系统按刷卡次数自动算的，用不着谁来帮着办，凡是电话里要卡号、要验证码的，一准是冒充的。"),
            C("晓得了。"),
            A("金卡这边您还有哪里不清楚的？"),
            C("冇得了。"),
            A("好的，感谢您打电话来问，祝茶铺生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao08_elderly_siping_pension_rise_long_hold_no_fraud_advice",
        "title": "八十一岁老年客户（四平口音）查养老金是否到账、涨了多少，以身份证号码尾四位加最近一笔转入款付款人姓氏核身；告知后静音保留一百五十秒并致谢（余额查询超过三分钟标准）；客户说要把钱取出放家里，坐席全程无防诈骗提醒",
        "business_type": "balance", "agent_id": "A11202", "customer_tier": "elderly",
        "started_at": "2029-04-11T09:02:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A11202"]),
            C("喂，老闺女啊，我是四平的，八十一了，拖拉机厂退休的。听说今年养老金涨了，我这个月的钱到了没有，涨了多少，你给我查查呗。"),
            A("大爷您好，您想查这个月养老金到没到、涨了多少，是吧？核对账户前，先要对一对是不是您本人：请说一下身份证号码的尾四位，再说说最近一笔转进来的钱，是谁给您打的，姓什么。"),
            C("尾四位一五八二，最近一笔是我老儿子打的，姓田。"),
            A("核对通过。养老金这个月分了两个批次发放，我得到后台一笔一笔核一下，系统这会儿有点慢，可能要两三分钟，线上会安安静静的，您把话筒贴着耳朵别撂下，查清楚就回到线上。"),
            {"silence": 150.0, "kind": "hold"},
            A("大爷，让您等了这么长时间，真不好意思，谢谢您一直在线上。查到了：这个月的养老金四月十号到的账，三千八百六十元，比上个月多了一百一十五元。"),
            C("哎呀，涨了一百一十五，挺好。那我明儿个去把钱都取出来，搁家里踏实。"),
            A("可以的，您带着卡和身份证到网点取就行，这个数目不用预约。"),
            C("行，那就照你说的办。"),
            A("大爷还有别的要我查的吗？"),
            C("没啥了，唠了半天，谢谢你啊老闺女。"),
            A("不客气，感谢大爷打进来，祝您身体棒棒的，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额（养老金到账）查询超过三分钟标准"),
                       mark("risk.elderly_fraud_advice", "八十一岁老年客户查养老金并打算把钱全取出来放在家里，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "ao09_no_staff_number_nanyang_jade_carver_counter_fee_wrong",
        "title": "南阳镇平做玉雕的客户要给新疆玉料公司跨行付十一万，开场白有问候、行名和服务用语但不报工号；以身份证号码最末了四个数加每月房贷扣款金额核身；把柜台跨行转账手续费说成百分之一（知识库为百分之零点五），手机银行单笔五万、一天二十万（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A11205", "customer_tier": "standard",
        "started_at": "2029-04-12T15:16:33", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，有啥事需要帮忙，您尽管讲。"),
            C("你好，俺是南阳镇平的，做玉雕的，要给新疆一个卖玉料的公司付十一万，他们用的是别家银行，俺想去柜台转，恁那手续费咋收？"),
            A("您要在柜台给新疆的玉料公司跨行付十一万，想先问手续费，对吧？要办转账，头一步核本人：请讲身份证号码最末了四个数，再说说您每个月房贷扣多少钱。"),
            C("最末了四个六三三一，房贷一个月扣两千九。"),
            A("核对通过。柜台跨行转账的手续费是按转账金额的百分之一收，十一万就是一千一百元。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之一")]),
            C("乖乖，一千一，恁贵啊。"),
            A("您也可以用手机银行转，每一笔顶到五万，一天里合计最多二十万，分三笔转完。"),
            C("中，那俺用手机转。"),
            A("转之前您再跟玉料公司核对一遍：收款户名得是那家公司的全称，账户要是对公的；万一有人说临时换了收款卡、让打到个人名下，先打公司座机问明白；"
              "头一回打交道的话，先垫上一部分，料子到了验过货再付清。"),
            C("中，俺先付一半。"),
            A("这样稳当。旁的还想问点啥？"),
            C("没了。"),
            A("好嘞，谢谢您这一通电话，祝玉雕卖个好价钱，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ao10_study_camp_refund_no_identity_music_no_notice",
        "title": "客户查孩子暑期研学营取消后的退费，坐席未做任何身份核验即说出到账日期、金额、付款方和附言；客户问余额后直接进入等待音乐、坐席未告知（之后致谢），又报出可用余额和一笔超市消费（坐席在声道一）",
        "business_type": "account", "agent_id": "A11203", "customer_tier": "standard",
        "started_at": "2029-04-13T17:29:45", "agent_channel": 1,
        "turns": [
            A(OPENING["A11203"]),
            C("你好，孩子报了个暑期研学营，后来取消了，机构说把三千二百块退回来了，你看看我卡里进来没有？"),
            A("进来了，四月八号上午，一家研学旅行社打过来三千二百元，附言写的是研学营退费。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退费的到账日期、金额、付款方和附言")]),
            C("好，那我现在卡里一共还有多少？"),
            {"silence": 8.5, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("多谢您听着音乐等我。卡上可用余额是两万一千零五十元，前天还有一笔四百六十元的超市购物。",
              marks=[mark("identity.not_verified", "未核验身份即报出可用余额和近期消费")]),
            C("行，清楚了。"),
            A("还有别的想查的吗？"),
            C("没了，谢谢。"),
            A("好的，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao11_train_attendant_enhanced_index_fund_jargon_no_disclosure",
        "title": "高铁乘务员有二十八万想买理财，以身份证号码第十五位到最后一位加现持有理财产品名称核身；坐席介绍指数增强基金满口术语（多因子模型、跟踪误差、信息比率、超额阿尔法、风格暴露、换手率）；客户问会不会亏，坐席说不会亏、收益肯定比存款高，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A11206", "customer_tier": "VIP",
        "started_at": "2029-04-16T10:41:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A11206"]),
            C("你好，我是跑高铁的乘务员，平时顾不上打理钱，存了二十八万，想投个理财产品，最好省心一点的。"),
            A("好，开始之前，我核核您的身份：身份证号码的第十五位到最后一位，还有您目前持有的理财产品名称。"),
            C("是八二六零，我手上有一个恒通月月鑫。"),
            A("核对无误。给您推荐这只中证一千指数增强基金，多因子模型选股，年化跟踪误差控制在百分之六以内，信息比率一点五，超额阿尔法稳定，风格暴露中性，换手率适中。",
              marks=[mark("etiquette.jargon", "多因子模型、跟踪误差、信息比率、超额阿尔法、风格暴露、换手率，未向客户解释")]),
            C("你刚讲的那一串，什么误差、阿尔法，我一个都听不明白，我只想问一件事，钱放进去会不会亏？"),
            A("这个您尽可放心，这只基金走势一直往上，不会亏的，放上一年收益肯定比存款高得多。"),
            C("那行，二十八万都买了吧。"),
            A("好的，二十八万已经帮您下单了。别的还要办点啥？"),
            C("没了。"),
            A("好，谢谢，祝您出乘平安，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单二十八万元基金，客户问会不会亏时坐席说不会亏、收益肯定比存款高，未做任何风险揭示")],
    },
    {
        "call_id": "ao12_jinzhou_parking_refund_qr_code_money_taken_police_no_closing",
        "title": "锦州客户在停车场扫了退停车费的二维码，填了卡号和验证码，两万六被转走，已报警；坐席以身份证号码收脚四位加卡片备注名核身，止付冻结、登记去向、配合警方、补卡七个工作日左右（正确），最后只说“行，回头有信儿给您打电话。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A11204", "customer_tier": "standard",
        "started_at": "2029-04-17T08:14:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A11204"]),
            C("喂，我是锦州的，出大事了！我在停车场扫了个二维码说退停车费，填了卡号和验证码，卡里两万六一下子被转走了，我被骗了，刚刚报了警！",
              marks=[mark("risk.keyword_alert", "扫码退费被骗，两万六被转走，已报警：被骗、报警")]),
            A("您先稳住，我这就着手给您办。先核对是不是您本人：请讲身份证号码收脚的四位，再说一下手机银行里这张卡您设的备注名。"),
            C("收脚四位五零九三，备注叫工资卡。"),
            A("核对一致。这张卡我现在就给您止付了，剩下的钱转不出去；那笔两万六的去向我已经登记，风险核查的同事会配合警方调取流水。"),
            C("那钱还能要回来不？"),
            A("能不能追回，要看警方那边的调查，我们会把交易明细全部提供过去；您手上的回执保存好，明天带身份证到网点打一份盖章的流水。"
              "新卡我同时替您申请，大约七个工作日能寄到家。"),
            C("嗯呐，明早天一亮就去网点。"),
            A("行，回头有信儿给您打电话。"),
        ],
        "violations": [mark("closing.missing", "坐席只说回头有信儿给您打电话：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ao13_fake_toll_pass_expiry_text_link_stopped",
        "title": "客户收到短信称高速通行卡认证过期要点链接重新认证，已填卡号、正要填验证码，来电问填了多久能恢复（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：别填验证码、关页面删短信、调低网上支付额度，少了钱打九六一一零并报案；未涉及账户数据，无需核身",
        "business_type": "card", "agent_id": "A11202", "customer_tier": "standard",
        "started_at": "2029-04-18T19:37:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A11202"]),
            C("你好，我收到一条短信，说我的高速通行卡认证过期了，马上要停用，让我点链接重新认证。我点进去填了银行卡号，现在页面叫我输手机上收到的验证码，我琢磨着先问一嘴，这个码填进去以后多久能恢复？",
              marks=[mark("risk.keyword_alert", "短信称通行卡过期、点链接重新认证、索要卡号和验证码：诈骗话术")]),
            A("您先停一停手，验证码千万别填。这条短信是冒充的，真正的高速通行卡不会发链接让您重新认证，那个页面就是专门套卡号和验证码的；验证码一填进去，卡里的钱就可能被转走。"),
            C("啊？那我已经把卡号填进去了，要不要紧？"),
            A("光有卡号转不走钱，只要验证码和密码不给出去就不要紧。您把那个页面关掉，短信删了；保险起见，可以到手机银行里把这张卡的网上支付额度先调低；"
              "万一发现钱少了，赶紧拨九六一一零反诈专线，并且去派出所报案。"),
            C("好险好险，幸亏我先打了这个电话。"),
            A("您这一步问得太及时了。旁的还有要我帮忙看看的吗？"),
            C("没有了，谢谢你。"),
            A("不客气，您这份小心很难得，祝您出行顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao14_shiyan_car_parts_shop_dormant_card_restricted_angry_silent_hold",
        "title": "十堰开汽车配件店的客户付货款时手机银行提示账户被冻结，扬言投诉；坐席共情担责，以身份证号码后边四个数加身份证有效期截止年份核身，告知后静音保留并致谢，查明是一年多未用的长期不动户被暂停非柜面付款，说明带身份证到网点恢复并道歉",
        "business_type": "complaint", "agent_id": "A11205", "customer_tier": "standard",
        "started_at": "2029-04-19T11:52:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A11205"]),
            C("喂，我是十堰的，开了个汽车配件店，今天给厂里付货款，手机银行提示我的账户被冻结了，一个子儿也转不动，这是么样回事？",
              marks=[mark("risk.keyword_alert", "账户被冻结、货款付不出去：冻结资金")]),
            A("货款付不出去，您肯定着急，这件事我来帮您查到底。先让我核实本人：请报身份证号码后边四个数儿，再讲一下您身份证上的有效期截止到哪一年。"),
            C("后边四个数七七一零，有效期到二零三一年。你们银行到底么样搞的，招呼都不打就把我的卡封了，耽误我进货，我非投诉你们不可！",
              marks=[mark("emotion.customer_negative", "质问银行、扬言投诉：不满、投诉")]),
            A("核对好了，这口气换成谁都咽不下，是我们没做到位。我去后台查一下限制的原因，估计三十秒上下，这期间听筒里会很安静，您别挂，查到就回来跟您讲。"),
            {"silence": 7.5, "kind": "hold"},
            A("辛苦您候着了，谢谢。查清楚了：这张卡之前一年多没有任何交易，系统按长期不动户处理，暂停了手机和网上的付款，卡里的钱一分都没少。"),
            C("这张卡是老早开的，平常确实冇得么用，那现在么样弄？"),
            A("您把身份证带齐，去任意一家网点，柜台核实一下就能当场恢复，恢复以后手机银行就能正常付款。事先没有短信提醒您，是我们这头疏忽了，真是抱歉。"),
            C("那好吧，我下午抽空去网点。"),
            A("到了网点报一下今天来电的时间，柜员能直接查到记录。还有什么要我帮着办的吗？"),
            C("冇得了。"),
            A("好的，谢谢您消消气听我说完，祝您店里生意红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao15_deposit_certificate_for_visa_interrupt_rebuff",
        "title": "客户为出国探亲签证要开存款证明，问能否电话办理寄送（一般业务咨询，无需核身）；坐席在客户陈述未完时插话一次，又以“这不是我能管的事，我也没别的办法，您自己想办法去网点吧”推诿，客户不满并扬言投诉，坐席才说明可由女婿代办",
        "business_type": "account", "agent_id": "A11203", "customer_tier": "standard",
        "started_at": "2029-04-20T12:08:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A11203"]),
            C("你好，我下个月要去国外看女儿，签证那边要银行开一份存款证明，我想问问能不能在电话里办好了直接寄给我，因为我住的地方离网点有四十多里路，腿脚又不太"),
            A("存款证明电话上开不了，也寄不了，得去网点。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("可我腿不好，能不能想想别的办法，比如让我女婿替我去？"),
            A("这不是我能管的事，我也没别的办法，您自己想办法去网点吧。",
              marks=[mark("etiquette.forbidden_phrase", "这不是我能管的事，我也没别的办法，您自己想办法：推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("你这是什么态度？我好好问你，你就这么打发我，我要去投诉你！",
              marks=[mark("emotion.customer_negative", "质问坐席态度、扬言投诉：不满、投诉")]),
            A("那行吧，我给您讲讲：代办的话，您女婿带上您的身份证、他自己的身份证和您写的授权委托书去网点，柜台核实以后可以替您开。"),
            C("这还差不多。"),
            A("别的还有事没有？"),
            C("没了。"),
            A("嗯，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao16_jieyang_wallet_lost_on_train_wrong_time_music_no_notice",
        "title": "揭阳客户旅游途中在火车上丢了钱包（卡在里面，非盗刷报案），要挂失补卡；以身份证号码末处四位加最近一笔转入款付款人姓氏核身；客户问新卡几时拿到后直接进入九秒半等待音乐、坐席未告知，之后致谢；把补卡时间说成三个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A11201", "customer_tier": "standard",
        "started_at": "2029-04-23T16:21:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A11201"]),
            C("喂，我是揭阳的，出去旅游，在火车上把钱包弄丢了，卡也夹在里头，我要挂失，再补一张。"),
            A("您旅游途中钱包丢了，卡在里面，要挂失再补办，明白。先得验明本人：请报一下身份证号码末处的四位，再说说最近一笔转进来的钱是谁转的、姓什么。"),
            C("末处四位三九六五，最近一笔是我阿兄转来的，姓林。"),
            A("核对通过，卡已经给您挂失了，现在谁拿着这张卡都用不了。"),
            C("那补的新卡，几时能拿到？"),
            {"silence": 9.5, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("多谢您耐心等。给您补的那张新卡，三个工作日就能寄到您手上。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成三个工作日")]),
            C("那还算快，我回到家应该就收到了。"),
            A("收到新卡先激活再用。另外还有要帮忙的吗？"),
            C("无了，多谢。"),
            A("不客气，多谢您旅途里还抽空打来，一路当心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ao17_elderly_jiuquan_grandson_truck_cash_dead_air",
        "title": "八十三岁老年客户（酒泉口音）想取四万八现金给孙子买小货车，以身份证号码最后那四格数加零存整取每月存额核身；客户问现金怎么取后双方无声十一秒；取款机每天两万（另一渠道，正确）；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A11201", "customer_tier": "elderly",
        "started_at": "2029-04-24T09:44:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A11201"]),
            C("喂，丫头，我是酒泉的，八十三了，尕孙子要买个小货车跑运输，还差四万八，我想从卡里取现钱给他，卡上的钱凑得齐不？"),
            A("奶奶您好，您要查卡里的钱够不够，再取四万八现金给孙子买小货车，我听着是这么个事？查之前先认一认是您：请说一下身份证号最后那四格数，再讲讲您的零存整取每个月存多少。"),
            C("最后四格是二零五八，零存整取每个月存三百。"),
            A("核对上了。您这张卡活期一共五万六千元，取四万八是够的。"),
            C("那这四万八的现钱，我咋个取呢？我腿脚慢，能在家门口的取款机上取不？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十一秒，坐席未作任何告知")]},
            A("取款机每天顶多吐两万，四万八得去柜台取，钱多，最好前一天给网点打电话预约一下。"),
            C("那我叫尕孙子陪我一块去。"),
            A("好的。奶奶还有旁的要打听不？"),
            C("没了，丫头。"),
            A("那好，谢谢奶奶来电，祝奶奶身板硬朗，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十三岁老年客户打算取四万八现金，坐席全程未给任何防诈骗提醒（如冒充亲属、陌生人索要转账或密码）")],
    },
    {
        "call_id": "ao18_fast_agent_panjin_crab_seedlings_stranger_no_warning",
        "title": "坐席语速过快（约一点六倍）；盘锦养河蟹的客户要把十三万蟹苗款先打到聊天群里认识、人在外省的卖家个人卡上；坐席在客户陈述未完时插话一次；以身份证号码尾上四个加每月扣缴的保险费核身；一笔五万、一天二十万（正确）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A11202", "customer_tier": "standard",
        "started_at": "2029-04-25T14:37:21", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11202"]),
            C("你好，我是盘锦养河蟹的，在一个聊天群里认识了个卖蟹苗的，人在外省，说要先把十三万打到他个人卡上，他再发苗，我想打听手机上一趟能转多少，我上回转账的时候"),
            A("额度嘛，先验身份，身份证号码尾上四个和每个月自动扣的保险费。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("尾上四个九一三六，保险一个月扣两百一。"),
            A("核对好了。手机上一笔顶多五万，一天合起来二十万封顶，十三万拆三笔，收款人照卖家给的卡号填，今天就能全转过去。"),
            C("你讲得忒快，我没跟上，能再说一遍不？"),
            A("一笔五万，每天二十万到顶，拆三笔，照他给的卡号填就行。"),
            C("嗯呐，那我现在就去转。"),
            A("好，转完会有短信提醒。另外的呢？"),
            C("没了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十三万元蟹苗款先款后货打到聊天群里认识、未见面的外省卖家个人卡上，坐席未做任何大额转账风险提示（核实卖家、防范先款后货）")],
    },
    {
        "call_id": "ao19_mall_cashback_asked_thrice_hangup",
        "title": "客户参加信用卡商场刷满两千返两百活动，返现一直没到，三次问返现何时到，坐席只说消费已入账、按账单还款；以身份证号码靠末尾四个加每月扣缴的保险费核身；客户第三次问时通话随即结束",
        "business_type": "card", "agent_id": "A11205", "customer_tier": "standard",
        "started_at": "2029-04-26T20:03:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A11205"]),
            C("你好，上个月你们搞信用卡活动，说在商场刷满两千返两百，我刷了两千三，到现在两百块还没返，啥时候能返到卡上？"),
            A("核个身份：请说证件号码靠末尾的四个，再说说您每个月扣的保险费。"),
            C("四个是零四七二，保险每个月一百零五。"),
            A("核对通过。您上个月在商场有一笔两千三百元的消费，已经记上账了。"),
            C("那笔消费我清楚，我问的是返的那两百块什么时候到？"),
            A("这笔消费入账正常，照账单上的数还上就行了。"),
            C("我问了第三回了，那两百块返现到底什么时候能返给我？",
              marks=[mark("resolution.repeated_question", "返现何时到账问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ao20_short_card_delivery_address_call",
        "title": "客户问信用卡能否寄到单位，坐席一句答复后简短收尾（问还有无其他需要、致谢、道别），通话不足二十秒（信用卡业务标准下限）",
        "business_type": "card", "agent_id": "A11204", "customer_tier": "standard",
        "started_at": "2029-04-27T18:52:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A11204"]),
            C("信用卡能寄到我单位吗？"),
            A("只能寄到登记的住址。您还有旁的事不？"),
            C("没了。"),
            A("谢谢来电，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
]

HELDOUT29_SEED = 20281229
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT29_CALLS, agents=AGENTS, default_out=Path("samples/heldout29"),
                  seed=HELDOUT29_SEED, description=__doc__))
