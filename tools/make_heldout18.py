#!/usr/bin/env python3
"""Render the eighteenth held-out evaluation set in samples/heldout18/ (dev-only; never imported by the product).

The earlier held-out sets (samples/heldout/ to samples/heldout17/, and samples/heldout19/) may have
been looked at, so none of them can be trusted to measure generalisation on its own. This eighteenth
set was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that never
read the rule pack, the rule engine, its tests or its docs, never read any truth folder and never ran
qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts right and
plant two wrong ones). It words every script step differently from samples/ and the other held-out
generators (no clause of five characters or more is shared, in either direction, with make_samples.py
or any make_heldout*.py): other agents (A10201-A10206) with their own openings (陪您把事情理顺,
服务工牌, 号话务员给您接通了, 值班专员, 工作证号…的小郑, 理财经理证号), other verification routes
(the year the customer's first account was opened, the district of the branch where the card was
opened, the shop of the last card purchase, the middle four digits of the mobile number on file, the
residential compound the card statements are posted to; the ID digits asked as 从后往前数的四位数,
尾巴上那四位, 最右边的四个数字, 压尾的四位, 最尾端四位, 收口的四位, 最后边四个数, 末端四位数字,
最后那截四位, 结末四位, 最靠后的四个数字, 最后那一组四位), other hold and closing
phrasings, topics the earlier sets did not use (a retired piano tuner's nine-month pension product, a
retired tram driver's heating allowance, a migratory beekeeper opening an account, a fishing-boat
engine, violin-making tuition in Cremona, a clay-figurine seller's card upgrade, a cancelled homestay's
refund, a paomo restaurant's mutton supplier paid at the counter, a rent deposit returned by a
landlord, a tea-garden owner's "fixed income plus" product, a fake boss on WeChat asking for an advance payment, a stock-tips group's
"tax deposit", overseas spending on a card in the owner's pocket, an early car-loan repayment, a card
lost at a marathon, a new mobile number, a Luosifen shop's rent, a transfer to a daughter that came
back, a wedding-banquet credit limit, a durian-orchard lease deposit abroad), dialect-flavoured
customers (Tianjin, Changsha in Hunan, Qingdao in Shandong, Wuxi in Jiangsu, Xi'an in Shaanxi, Wenzhou
in Zhejiang and Liuzhou in Guangxi; the Tianjin and Liuzhou customers are elderly) and hard negatives
(steps done in unusual words, steps not required in that situation, harmless mentions of swindlers and
of the police, figures right for another card or channel, a large transfer and a remittance abroad
with a warning, a customer who starts before the agent has finished). It is for measuring, never for
tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout18.py
    /work/tts-venv/bin/python tools/make_heldout18.py --only ae12_stock_group_tax_deposit_no_warning
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
#   number may be said as "坐席NNNN陪您把事情理顺", "服务工牌NNNN", "NNNN号话务员给您接通了",
#   "值班专员NNNN", "工作证号NNNN的小郑" or "理财经理证号NNNN". ae08 greets, names the bank and
#   offers help with no number (staff_id_missing); "哎，说吧。" (ae07) is no greeting at all (both);
# - identity: a check before any account data or account action. ID digits + the year the first
#   account was opened (ae01, ae10, ae14, ae16), + the district of the opening branch (ae04, ae15,
#   ae18), + the shop of the last card purchase (ae02, ae12, ae17), + the middle four digits of the
#   mobile number on file (ae05, ae11, ae13, ae20), + the compound the statements are posted to
#   (ae06); ae07 uses the year too. identity.not_verified = each agent turn that discloses account
#   data before a check: ae09 (a rent deposit's date, amount, payer and memo, then the balance, no
#   check at all: two turns). General information (ae03: documents to open an account; ae08: the
#   counter's inter-bank fee; ae19) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (ae10: "保本保收益"), a
#   fraud script the customer describes left without an anti-fraud warning while the agent helps
#   the money out (ae12), a 30,000 USD remittance abroad with no warning at all (ae20). A disclosure
#   in the agent's own words counts (ae01). The large transfer carries a warning in the agent's own
#   words (ae04), the tuition remittance too (ae05);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (ae12: a stock group's "tax deposit" before the
#   profit can be withdrawn). ae11 twice (我好像让人坑了…; 我今早去派出所报了案…), ae13 once (spent
#   abroad while the card is in the owner's pocket). The TV programmes about police catching
#   swindlers (ae02) and the agent's own warnings and advice (ae02, ae05, ae11, ae13) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (ae17: an
#   80-year-old checking his shop rent and asking where to deposit it). The other elderly call (ae02)
#   carries it;
# - emotion.customer_negative: ae13 twice, ae18 once. etiquette.jargon: ae10.
#   forbidden_phrase and agent_negative: ae14, ae16 (both labels on each);
# - hold: announced holds in other words count (ae04 silent, ae13 silent; both thanked). In ae15 the
#   music (9 s) starts straight after the customer's question: hold.no_notice (thanked after);
# - etiquette.dead_air: ae17, 11 s after the elderly customer asks where to deposit the rent;
# - closing: thanks and goodbye in other words count; ae11 ends with "行，就这样。": closing.missing;
#   ae18 and ae19 end without any closing;
# - answer.wrong_fact: ae08 (柜台跨行转账按金额的百分之一收; the KB says 百分之零点五) and ae15
#   (补办新卡大概要十五个工作日; the KB says 七个工作日). Right figures stay unlabelled (ae04's 五万 /
#   二十万; ae05's 三个工作日之内; ae20's 两个工作日; ae06's 金卡 三百元 beside the 普卡 一百元;
#   ae13's 七个工作日; ae08's free mobile inter-bank transfer, another channel);
# - etiquette.interruption: ae14, 1.1 s and 1.0 s. In ae06 the customer starts 0.6 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ae18; handling.time_standard: ae19;
#   etiquette.speech_rate: the agent at 1.6x (ae16);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10201": {"team": "一线丙组", "staff_no": "三七四八"},
    "A10202": {"team": "一线丙组", "staff_no": "五二九六"},
    "A10203": {"team": "一线丁组", "staff_no": "八一零五"},
    "A10204": {"team": "一线丁组", "staff_no": "二六三七"},
    "A10205": {"team": "一线丁组", "staff_no": "九四一八"},
    "A10206": {"team": "二线丙组", "staff_no": "六零八二"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10201": "您好，今天由恒通银行坐席三七四八陪您把事情理顺，您请讲。",
    "A10202": "您好，恒通银行服务工牌五二九六，您碰上什么难处了？",
    "A10203": "您好，八一零五号话务员代表恒通银行给您接通了，您想咨询点啥？",
    "A10204": "您好，电话打到恒通银行了，值班专员二六三七，愿意听您说说情况。",
    "A10205": "恒通银行，您好呀，工作证号九四一八的小郑在线，哪方面我能出点力？",
    "A10206": "您好，恒通银行的贵宾理财线上，理财经理证号六零八二，您的资金规划我来帮您参谋。",
}

HELDOUT18_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "ae01_retired_piano_tuner_pension_product_clean",
        "title": "调了三十多年钢琴的客户把工作室交给徒弟，手上三十万想找比定期好的去处，以身份证从后往前数四位加第一个账户开户年份核身；坐席用自己的话讲明主要投债券和存单但会有波动可能亏、业绩比较基准只是参考、九个月内不能提前取、不是存款不受存款保险保障，按稳健型建议先放十万，下单前读完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10206", "customer_tier": "VIP",
        "started_at": "2028-06-01T10:08:21", "agent_channel": 0,
        "turns": [
            A(OPENING["A10206"]),
            C("您好，我给人调了三十多年钢琴，前阵子把工作室转给徒弟了，手里头有三十万，存定期嫌利息薄，想看看有没有靠谱点的理财。"),
            A("您把调琴的工作室交给了徒弟，三十万想找个比定期收益好些的地方，我理解得没偏吧？"
              "说到具体哪款之前，我得先弄准电话这头是不是您：请念一下身份证号码从后往前数的四位数，再讲一下您在我们行开第一个账户是哪一年。"),
            C("倒数那四位是三零六八，头一个账户是一九九八年开的，那年我刚进琴行当学徒。"),
            A("信息相符，是您本人。我们有一款九个月期的养老理财，它的风险档位排在二级，算中低风险。"),
            C("中低风险，那就是稳赚的吧？"),
            A("这个得跟您说实话：它大部分钱投在债券和存单上，价格晃得不厉害，可晃就意味着有可能往下走，亏钱的时候不多但不是没有；"
              "说明书上那个业绩比较基准只是个参考，到期拿多少要看实际运作；九个月之内不能提前取出来；"
              "还有这东西和存款不一样，存款保险也兜不到它。"),
            C("哦，那跟存银行还真不一样。我还有个读研的孙女要帮衬。"),
            A("那我们别一口吃成胖子。您上回做的测评落在稳健型，我建议先放十万试试水，剩下二十万一半存定期，一半留活期，孙女要用钱随时能拿。"),
            C("行，就先十万。"),
            A("下单时系统会弹出产品说明书和风险揭示书，请您一字一句读完再签，读到哪句拿不准，就停下来给我打电话。"
              "除了这笔，您还有要一起商量的事情吗？"),
            C("眼下没了，你讲得细。"),
            A("那就不耽误您了，多谢您把这么要紧的钱交给我们参谋，祝您的琴声和日子一样顺耳，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae02_elderly_tianjin_tram_driver_heating_allowance_clean",
        "title": "八十一岁老年客户（天津口音）原是电车司机，老单位补发取暖费，问到没到，以身份证尾巴上四位加最近一次刷卡的商户核身；客户提到电视上警察抓骗子（无害提及）；坐席说明已到账，并用自己的话提醒发补贴先交钱、挪钱到别的账户保管、要密码和短信数字都是骗局，完整合规",
        "business_type": "account", "agent_id": "A10203", "customer_tier": "elderly",
        "started_at": "2028-06-02T09:14:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A10203"]),
            C("喂，闺女，我天津的，八十一了，早先在公交公司开电车。老单位说给我们退休的补了一笔取暖费，打卡里了，介是真的假的，我想问问到了没有。"),
            A("大爷您好，您原来的单位说给退休职工补发了取暖费，您想确认卡里有没有进来这笔钱，对吧？"
              "查您的卡之前，得先认准电话那头是您本人：请您说一下身份证号尾巴上那四位，再说说您最近一回刷这张卡是在哪家店买的东西。"),
            C("尾巴上是七七零四，最近一回刷卡是在楼下那个大药房，买了点降压药。"),
            A("对得上，是您本人。昨天下午进账八百六十元，付款方是天津一家公交集团，摘要写的是取暖补贴。"),
            C("倍儿好，到了就踏实了。我那老伴天天看电视，上边老播警察逮骗子，说骗子专盯我们这岁数的，我也跟着犯嘀咕。"),
            A("电视上讲的一点不假，大爷，您记住几条：凡是打电话说给您发补贴、退医保、涨养老金，可得先交点钱的，都是假的；"
              "说您卡出了毛病，叫您把钱挪到别的账户去保管的，也是假的；银行员工绝不会问您要密码，也不会要您手机上收到的那串数字。"
              "听着不对劲就挂，挂了打我们这个号码问。"),
            C("好嘞，记住喽，不对劲就挂。"),
            A("没错。想提现金的话，拿着卡去附近网点，让大堂经理陪着您在柜台办。"),
            C("得嘞。"),
            A("大爷，您还有想问的没有？"),
            C("没嘞，闺女你忙你的。"),
            A("好的大爷，您八十多了还把账目盯得这么紧，真让人佩服，祝您冬天屋里暖暖和和，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae03_changsha_migratory_beekeeper_account_documents_info_clean",
        "title": "长沙口音的转场养蜂人想开户收蜂蜜货款，问要带什么（一般业务咨询，不涉及已有账户，无需核身）；本人有效身份证件加本人手机（正确），户口本不能替代身份证，全国任一网点可开，完整合规",
        "business_type": "account", "agent_id": "A10201", "customer_tier": "standard",
        "started_at": "2028-06-05T15:26:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A10201"]),
            C("喂，你好咯，我长沙人咯，一年到头带着蜂箱追着花期跑，现在想在你们这里开个户头收蜂蜜的货款，要带么子东西去咯？"),
            A("您常年带着蜂群跟着花期转场，想在我们行开一个账户收卖蜂蜜的钱，想先摸清楚得备齐哪些东西，对不对？"
              "您问的是开户的手续，还没动到哪个已有的账户，所以这回不用核对您的身份信息。"
              "去的时候带上您本人的有效身份证件，还有您本人平时用的手机，办理时要往这个号码发验证短信。"),
            C("我户口本带在身上，身份证放老家了，户口本要得不？"),
            A("户口本替代不了，非身份证不可。可以请家里人把身份证寄给您，或者先到当地派出所问问补领的事。"),
            C("我下个月在云南追油菜花，在那边网点开要得吗？"),
            A("要得，全国任何一个我们的网点都能开，不限您户籍在哪里。开好户顺手把手机银行也装上，货款进来一看就晓得。"
              "还有哪一块我能帮您讲讲？"),
            C("蛮好，冇得别的了。"),
            A("好的，跟着花期四处奔波不容易，谢谢您专门打来问，祝今年的蜂蜜又甜又好卖，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae04_qingdao_fishing_boat_engine_transfer_hold_clean",
        "title": "青岛渔船船主要给潍坊船机厂付十八万换发动机，以身份证最右边四个数字加开卡网点所在区核身；告知后静音保留并致谢；手机银行一笔最高五万、一天加起来封顶二十万说对；用自己的话做大额转账提醒（对公账户、户名与合同一致、业务员要求打私人卡先打厂里座机核实、改账号先打电话、先付定金试航后结清），完整合规",
        "business_type": "transfer", "agent_id": "A10202", "customer_tier": "standard",
        "started_at": "2028-06-06T11:42:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A10202"]),
            C("你好，俺是青岛的，在沙子口有条渔船，发动机老掉牙了，跟潍坊一家船机厂谈好换台新的，十八万，想用手机转给他们，行不行啊？"),
            A("您要给潍坊的船机厂付十八万，给沙子口那条渔船换发动机，想在手机上把钱转过去，是这么个意思不？"
              "钱数这么大，先得确认操作的是您本人：请告诉我身份证最右边的四个数字，再讲讲您这张卡当初是在青岛哪个区的网点开的。"),
            C("最右边四个是四一九九，在崂山区开的。"),
            A("两样都吻得上。我这边调一下这张卡今天的转账额度，得一小会儿，估计十秒上下，这当口听筒里静悄悄的，您稍候着别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("劳您多等了几秒。手机银行一笔最高能转五万，一天加起来封顶二十万，十八万拆成四回，当天就能全部走完。"),
            C("厂里那个业务员说先打到他个人卡上，他再交给厂里，省事儿，杠赛来。"),
            A("这个地方您得留个心眼：十几万的货款，最稳的是打到船机厂的对公账户，收款户名跟合同上盖章的公司一模一样；"
              "业务员要您打私人卡，您先打厂里座机找财务核一遍；要是有人发消息说账号改了，一律打厂里电话问清楚再说；"
              "能分开付就分开付，头一笔少付点，机器装上船试过了再结清。"),
            C("明白了，俺先打五万定金，剩下的装好试了航再给。"),
            A("这么安排稳稳当当。您还有别的要我帮着查的吗？"),
            C("没了没了。"),
            A("好的船老大，谢谢您耐着性子听我唠叨这么多，祝新机器一开出海满舱而归，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae05_cremona_violin_making_tuition_euro_remittance_clean",
        "title": "女儿在意大利克雷莫纳学制琴，客户要汇四千五百欧元学费，以证件号码倒数四位加预留手机号中间四位核身；三个工作日之内到账（正确）；坐席用自己的话做跨境汇款风险提示（汇到学校自己的账户、账号与官网或正式通知核对、别只认微信截图、改账户先到财务处当面问、汇出后很难追回），完整合规",
        "business_type": "transfer", "agent_id": "A10205", "customer_tier": "standard",
        "started_at": "2028-06-07T14:03:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A10205"]),
            C("你好，我女儿在意大利克雷莫纳学做小提琴，学校让交下学期学费，四千五百欧元，我第一次往国外汇钱，不知道从哪儿下手。"),
            A("您女儿在克雷莫纳学制琴，要交四千五百欧元的学费，您头一回办境外汇款，想问问怎么操作，是这样吧？"
              "汇款会用到您本人的年度购汇额度，所以得先验明正身：请报一下身份证号码压尾的四位，再报一下您在我们行预留的手机号中间那四位。"),
            C("倒数四位二二六五，手机中间四位是八三零七。"),
            A("都吻合。您在手机银行找到境外汇款这一项，照着学校发的缴费通知填收款学校的全称、账号和银行代码就行，用途选留学学费。"
              "钱汇出后，一般三个工作日之内到学校的账上。"),
            C("那学校的账号是我女儿微信发给我的，我照着填就行了吧？"),
            A("这一点要多一道手续：学费一定汇到学校自己的账户，户名是学校全称，不是哪个老师或者中介的个人名字；"
              "账号最好跟学校官网或正式缴费通知对一对，别只认微信里转来的截图；万一有人说学校换了收款账户，先让女儿去学校财务处当面问；"
              "钱出了国门，汇错了想追回来要费很大周折，往往追不回来。"),
            C("有道理，我让闺女去财务处拍一张正式通知。"),
            A("这样最踏实。欧元汇率天天变，最后折多少人民币，以您点确认的那一刻为准。其他方面还有什么想弄清楚的吗？"),
            C("没有了，谢谢。"),
            A("不客气，孩子在外求学，您在家里把关这么细，真是有心，祝她早日做出一把好琴，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae06_wuxi_clay_figurine_seller_gold_card_upgrade_fee_clean",
        "title": "无锡惠山古镇捏泥人的客户被劝把普卡升金卡，问年费，以身份证最靠后四个数字加账单寄送小区核身；普卡一百元（另一卡种），金卡三百元、一年刷满六次免次年（正确）；客户在坐席说完前零点六秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A10204", "customer_tier": "standard",
        "started_at": "2028-06-08T16:51:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A10204"]),
            C("喂，侬好，我无锡的，在惠山古镇捏泥人卖。伲手上是张普卡，柜台小姑娘劝我升金卡，我想问问升了以后年费是啥个价钿。"),
            A("您在惠山古镇做泥人，手上这张是普卡，有人推荐您升金卡，想先摸清年费的价码，对吧？"
              "查您的卡要先核对一下：请说说身份证号最靠后的四个数字，再说说您的信用卡账单寄到哪个小区。"),
            C("最后四个是五零八三，账单寄到梁溪区的清名小区。"),
            A("核对相符，是您本人。您手里这张普卡，一年交一百元；要是换成金卡，年费收三百元一年，不过一年里刷满六次，转过年来就免收。"),
            C("那我一年刷个几十趟总归有的，勿要紧。", overlap=0.6),
            A("是的，照您的刷卡次数，金卡年费基本不用花钱。升级后额度也会往上调，卡号换新，新卡寄到账单地址。"),
            C("蛮好，那我就升吧。"),
            A("我给您提交升级申请了，审核通过会发短信通知。另外还要办点啥不？"),
            C("没了呀。"),
            A("好的，多亏您看得起我们，祝您的泥人越卖越好，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "ae07_no_greeting_homestay_refund_check",
        "title": "客户查退掉的民宿订单押金是否退回；坐席以“哎，说吧。”接起，无问候、行名、工号；以身份证最右边四个数字加开卡年份核身，其余流程合规",
        "business_type": "account", "agent_id": "A10201", "customer_tier": "standard",
        "started_at": "2028-06-09T12:20:48", "agent_channel": 0,
        "turns": [
            A("哎，说吧。"),
            C("你好，这是恒通那家银行不？我前几天退了一家民宿的订单，平台说押金原路退回了，想瞧瞧钱落没落到卡里。"),
            A("是。查退款得先对下身份，身份证号最右边四个数字，还有这张卡是哪一年开的。"),
            C("四个数是九六二一，二零一五年那会儿办的。"),
            A("对上了。今天上午有一笔九百元退到您卡上，对方是一家旅游平台，摘要是订单退款。"),
            C("好嘞，收到了就行。"),
            A("往后这类退款一般一到三天到，不用着急。您看还要查别的吗？"),
            C("不用了。"),
            A("好，多亏您打过来问，出门玩得开心，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了哎，说吧。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ae08_no_staff_number_xian_paomo_counter_interbank_fee_wrong",
        "title": "西安回民街泡馍馆老板要去柜台给别家银行的羊肉供货商转两万元，问柜台跨行手续费（一般收费咨询，无需核身）；开场白有问候、行名和服务用语但不报工号；手续费说成百分之一、两万收两百元（知识库为百分之零点五）；手机银行跨行免费（另一渠道）；坐席仍提醒先与供货商核对户名卡号",
        "business_type": "transfer", "agent_id": "A10203", "customer_tier": "standard",
        "started_at": "2028-06-12T10:35:26", "agent_channel": 0,
        "turns": [
            A("喂您好，恒通银行，有什么要办的您跟我说说。"),
            C("喂，额西安人，在回民街开泡馍馆子，要给羊肉供货的老板付两万块，他是别的银行的卡，额不会弄手机，想到柜台去转，问一下柜台跨行收多少钱。"),
            A("您要到柜台给另一家银行的羊肉供货商转两万块，想先问清楚手续费，是吧？"
              "这属于打听价目，碰不着您账上的钱，核身份这步就省了。在窗口往外行转，跨行手续费按金额的百分之一收，两万块就是两百元。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之一")]),
            C("两百块？那不少咧。"),
            A("手机银行转到别家银行是免手续费的，您要是有孩子在身边，可以让他帮着操作。转之前记得打电话给供货老板，把户名和卡号念一遍对上。"),
            C("嗯，额让娃教额。"),
            A("好。另外还想打听啥不？"),
            C("没了，嘹咋咧。"),
            A("那行，多谢您专门打来问价，祝泡馍馆子天天排长队，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ae09_landlord_rent_deposit_refund_no_identity",
        "title": "客户查房东退回的押金，坐席未做任何身份核验即说出到账日期、金额、付款人和附言，又说出卡内可用余额（坐席在声道一）",
        "business_type": "account", "agent_id": "A10204", "customer_tier": "standard",
        "started_at": "2028-06-13T19:07:33", "agent_channel": 1,
        "turns": [
            A(OPENING["A10204"]),
            C("你好，我刚搬家，房东说把押金退给我了，三千二，您帮我看看退回来没有？"),
            A("退回来了，六月十一号傍晚，一个姓罗的个人转入三千二百元，附言写着押金。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出押金的到账日期、金额、付款人和附言")]),
            C("好的。那我现在卡里总共还剩多少？"),
            A("可用余额一万八千四百一十二元六角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内可用余额")]),
            C("行，够交新房子的房租了。"),
            A("好的。另外还有要我经手的没有？"),
            C("没有。"),
            A("好嘞，谢谢您，祝您新家住得舒心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae10_tea_garden_fixed_income_plus_jargon_no_disclosure",
        "title": "武夷山茶园主有八十万闲钱，坐席介绍产品满口术语（固收加、信用下沉、久期、杠杆套息、可转债增厚、业绩比较基准、T加一确认）；客户问会不会少，坐席说保本保收益，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A10206", "customer_tier": "VIP",
        "started_at": "2028-06-14T15:18:04", "agent_channel": 0,
        "turns": [
            A(OPENING["A10206"]),
            C("你好，我在武夷山有片茶园，今年茶卖得好，有八十万想找个地方放，听朋友说你们有个收益不错的固定收益类产品。"),
            A("身份得先对一对：证件号最尾端四位，还有您第一次在我们行开户是哪一年。"),
            C("倒数四位零四五七，二零零九年开的户。"),
            A("核对好了。这款走固收加策略，底仓做信用下沉，组合久期两年左右，叠一点杠杆套息，再拿可转债增厚，业绩比较基准年化四点二，T加一确认份额。",
              marks=[mark("etiquette.jargon", "固收加、信用下沉、久期、杠杆套息、可转债增厚、业绩比较基准、T加一确认，未向客户解释")]),
            C("你这些词我一个都听不懂，我光想知道，这八十万放进去会不会少？"),
            A("不会的，这个产品保本保收益，您尽管放心。"),
            C("那就都买了吧。"),
            A("好的，八十万已经给您下单了。还有别的需要办理的吗？"),
            C("没了。"),
            A("好嘞，谢谢您，等着收益进账吧，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单八十万元固收加产品，客户问会不会少时坐席说保本保收益，未做任何风险揭示")],
    },
    {
        "call_id": "ae11_fake_boss_wechat_advance_payment_no_closing",
        "title": "客户被微信上冒充老板的人以给客户打款为由骗垫付一万二，已到派出所报案；坐席以证件号码倒数四位加预留手机号中间四位核身，暂停网上转出、查出转出去向、指导打凭证交民警并提醒微信上让垫钱打款先打电话确认，但最后只说“行，就这样。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A10205", "customer_tier": "standard",
        "started_at": "2028-06-15T17:44:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A10205"]),
            C("你好，我好像让人坑了！昨天有个人加我微信，头像名字都跟我们老板一模一样，说急着给客户打一笔款，让我先垫上，我转了一万二，今天当面问老板，他压根不知道这回事！",
              marks=[mark("risk.keyword_alert", "冒充老板让垫付给客户的款、转走一万二后发现是假冒：诈骗")]),
            A("您先别慌，我们一起抓紧处理。卡主是不是您得先落实：请报证件号收口的四位，再报一下预留手机号中间那四位。"),
            C("倒数四位是六三一七，中间四位是五五零二。"),
            A("对上了，是您本人。我已经先给这张卡加了保护，暂停网上转出。您昨天下午两点多转出一万二千元，收款方是一个外地的个人账户。"),
            C("我今早去派出所报了案，民警让我找银行要转账凭证。",
              marks=[mark("risk.keyword_alert", "已到派出所报案、民警介入：涉案资金")]),
            A("转账凭证您带着身份证到网点柜台就能打，盖上章交给民警；对方账户能不能拦下来，由公安那边发函处理，我们这头一定跟上。"
              "往后凡是微信上让您垫钱打款的，哪怕头像是老板，也先打他电话当面确认。"),
            C("知道了，那我下半天就过去。"),
            A("行，就这样。"),
        ],
        "violations": [mark("closing.missing", "坐席只说行，就这样：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ae12_stock_group_tax_deposit_no_warning",
        "title": "客户跟着炒股群“老师”操作，平台显示赚了六万，客服要先交一万八“个人所得税保证金”才能提现、五点前不交账户作废（未用风险词的诈骗话术）；坐席以身份证尾巴上四位加最近一次刷卡商户核身后只讲怎么转、催客户马上转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A10202", "customer_tier": "standard",
        "started_at": "2028-06-16T13:29:17", "agent_channel": 0,
        "turns": [
            A(OPENING["A10202"]),
            C("你好，我在一个炒股群里跟着老师操作，平台上显示我赚了六万，想提出来，客服说要先交一万八的个人所得税保证金，交完连本带利一起到账，今天下午五点前不交账户就作废，我想问手机上怎么转最快。",
              marks=[mark("risk.keyword_alert", "炒股群老师带单、提现前先交所得税保证金、限时作废：诈骗话术")]),
            A("转账之前先核身份：身份证号尾巴上那四位，加上您最近一次刷卡是在哪家店。"),
            C("尾巴上是三四八八，最近刷卡是在一家加油站加油。"),
            A("核对过了。进手机银行转过去，输好对方给的户名和账号，一万八千元马上就到。"),
            C("五点前必须交，我怕来不及。"),
            A("来得及，手机转账是实时到账的，您现在转就行。"),
            C("好，我马上转。"),
            A("还有哪件要问的？"),
            C("没有了。"),
            A("好，谢谢您，祝您顺利，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出提现前先交所得税保证金、限时作废的诈骗话术，坐席反而教其转账、催其马上转，未做任何防诈骗提示")],
    },
    {
        "call_id": "ae13_wenzhou_shoe_factory_overseas_card_spending_complaint_hold",
        "title": "温州鞋厂老板卡在自己口袋里，却在国外被刷四笔共一万六千二，愤怒、扬言一路告到总行；坐席共情担责、以证件号码倒数四位加预留手机号中间四位核身，告知后静音保留并致谢，查明交易、止付并关闭境外交易、提交拒付、建议报案，新卡七个工作日左右（正确）",
        "business_type": "complaint", "agent_id": "A10203", "customer_tier": "standard",
        "started_at": "2028-06-19T08:12:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A10203"]),
            C("喂，我温州的，开鞋厂的。我人一直在温州，卡也在我口袋里，结果昨晚半夜在国外被人刷了四笔，一万六千多！你们这卡是纸糊的啊，气死我了！",
              marks=[mark("risk.keyword_alert", "卡在本人身上却在国外被刷四笔：盗刷"),
                     mark("emotion.customer_negative", "你们这卡是纸糊的啊、气死我了：质问、愤怒")]),
            A("卡明明揣在您身上，却在国外被人刷走一万多，换作谁都火冒三丈，这件事我来负责跟到底。"
              "按规矩得先核对：请说证件号最后边四个数，再说一下预留手机号中间四位。"),
            C("五九三零，中间四位一二八八。你们天天只会核对来核对去，出了事一个管用的都没有，我要一路告到你们总行去！",
              marks=[mark("emotion.customer_negative", "一个管用的都没有、要一路告到你们总行去：投诉、不满")]),
            A("核对无误，您生气完全能理解。我把这四笔的交易明细拉出来看看，前后二十来秒，这中间电话里会很安静，请您别挂。"),
            {"silence": 8.0, "kind": "hold"},
            A("叫您干候了小半分钟。四笔都是昨晚一点到两点之间在境外网站上的消费，加起来一万六千二，您人在国内、卡也在手，属于卡片信息被盗用。"
              "我已经把卡临时止付，并关掉了境外交易的功能。"),
            C("那这一万六能回来吗？"),
            A("我现在就替您提交拒付申请，调查期间这笔钱不会算您逾期；您方便的话去派出所做个报案登记，把回执拍给我们，会加快处理。"
              "新卡七个工作日左右寄到您厂里的地址。"),
            C("好吧，吃完中饭我就跑一趟派出所。"),
            A("等新卡寄到了，网上购物尽量只绑一张卡，再把交易提醒开着。您还需要我办什么吗？"),
            C("先这样。"),
            A("好，给您添了这么大的麻烦，实在过意不去，谢谢您一直配合我，忙生意之余也保重身体，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae14_car_loan_early_repayment_interrupt_rebuff",
        "title": "客户想提前还清车贷、问违约金，坐席两次在客户陈述未完时插话，并以“这种账您问我有什么用，合同上白纸黑字写着，自己翻出来看不就完了，别什么都打电话来问”推诿、指责客户，最后才登记提前还款预约",
        "business_type": "account", "agent_id": "A10201", "customer_tier": "standard",
        "started_at": "2028-06-20T11:56:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A10201"]),
            C("你好，我前年在你们这里贷款买了辆车，如今手上松快了想提前还清，我打听了一下好像要提前预约，我想知道"),
            A("提前还贷是吧，我知道了。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("对，还有就是提前还的话利息怎么算，会不会收违约金，我问了几个朋友说法都"),
            A("先核下身份，证件号末端四位数字，还有您在我们这开第一张卡是哪一年。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("倒数四位是七八五二，第一张卡是二零一二年办的。"),
            A("对上了。您这笔车贷还剩四万三千元没还。"),
            C("那违约金到底收不收？能不能您帮我算一下？"),
            A("这种账您问我有什么用，合同上白纸黑字写着，自己翻出来看不就完了，别什么都打电话来问。",
              marks=[mark("etiquette.forbidden_phrase", "这种账您问我有什么用…别什么都打电话来问：推诿、指责客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦、推卸责任")]),
            C("我合同找不到了，才打电话问的。"),
            A("那行，我给您登记一个提前还款预约，客户经理过几天联系您，违约金多少他会跟您讲。"),
            C("好吧。"),
            A("旁的还要我弄啥？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae15_marathon_lost_card_replacement_wrong_music_no_notice",
        "title": "客户跑马拉松存包时丢了钱包，信用卡要挂失补办，以身份证最后一组四位加开卡网点所在区核身；客户问补卡多久后直接进入九秒等待音乐、坐席未告知，之后致谢；补卡时间说成十五个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A10202", "customer_tier": "standard",
        "started_at": "2028-06-21T18:33:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A10202"]),
            C("你好，我周末去跑马拉松，存包的时候把钱包弄丢了，里面有张你们的信用卡，想先挂失再补一张。"),
            A("您跑马拉松时钱包丢了，里面有我们的信用卡，要挂失并补办，明白了。"
              "动卡之前请配合核对：身份证号码最后那一组四位是多少，这张卡又是在哪个区的网点开的。"),
            C("最后四位是一六零九，开卡是在滨江区的网点。"),
            A("核对通过。这张卡我已经给您挂失了，丢了以后没有新的交易。"),
            C("那补的卡多久能到我手里？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("曲子放了这么久，谢谢您攥着电话没撂。补办新卡大概要十五个工作日才能寄到您手上。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成十五个工作日")]),
            C("那么久啊，这段时间我只能用手机付了。"),
            A("手机上绑的如果是这张卡，也已经一起停了，新卡到了重新绑一下就好。还有要帮您办的吗？"),
            C("没有了。"),
            A("好的，您丢了卡马上就来挂，处理得及时，祝您下回跑出好成绩，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ae16_fast_agent_new_mobile_number_scorn",
        "title": "坐席语速过快（约一点六倍）；客户换了手机号收不到验证码，想改预留号码，以证件号码倒数四位加开卡年份核身；客户请坐席慢点讲时，坐席以“这也要我慢慢讲？您自己多少也动动脑子，三岁小孩都会的事”轻视客户，最后才说去柜台改",
        "business_type": "account", "agent_id": "A10205", "customer_tier": "standard",
        "started_at": "2028-06-22T10:48:15", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10205"]),
            C("你好，我新办了个手机号，原来那个号停了，收不到你们的验证码，想问问怎么把银行卡上的号码改过来。"),
            A("核身份，证件号最后那截四位，还有这张卡当初是哪一年开的。"),
            C("倒数四位是八零一三，二零一八年开的。"),
            A("核对好了，您这张卡预留的还是旧号码。"),
            C("那我在手机上能改吗？您慢点说，我怕记不住。"),
            A("这也要我慢慢讲？您自己多少也动动脑子，三岁小孩都会的事。",
              marks=[mark("etiquette.forbidden_phrase", "这也要我慢慢讲？您自己多少也动动脑子，三岁小孩都会的事：轻视、嘲讽客户"),
                     mark("emotion.agent_negative", "语气轻蔑、不耐烦")]),
            C("我是真的不太会用。"),
            A("旧号码停了手机上改不了，带身份证和卡去网点柜台改，十分钟办完。"),
            C("好吧。"),
            A("其他还有吗？"),
            C("没了。"),
            A("行，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ae17_elderly_liuzhou_luosifen_shop_rent_dead_air",
        "title": "八十岁老年客户（广西柳州口音）的老铺面租给人卖螺蛳粉，问半年租金一万二到没到，想存起来，以身份证尾巴上四位加最近一次刷卡商户核身；客户问电话里能不能办后双方无声十一秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10204", "customer_tier": "elderly",
        "started_at": "2028-06-23T09:21:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A10204"]),
            C("喂，妹仔，我柳州的，今年八十了。我那间老铺面租给人家卖螺蛳粉，租客讲半年租金一万二打到我卡上了，我眼睛花了，你帮我看下到冇到。"),
            A("阿公您好，您的铺面租给人卖螺蛳粉，租客说半年的租金一万二已经打到卡上，您想落实一下，对吧？"
              "查账前先要认一认是不是阿公本人：请讲下身份证号尾巴上那四位，再讲下您最近一次拿这张卡刷卡是在哪里买的东西。"),
            C("尾巴上四位是二五七八，上个礼拜在超市刷卡买了米和油。"),
            A("对上了，是您本人。前天上午进来一笔一万二千元，付款人姓韦，附言写的是铺面租金。"),
            C("到了就好。这笔钱我想放起来吃点利息，是在电话里给我弄，还是要我跑一趟？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十一秒，坐席未作任何告知")]},
            A("这个靠电话办不成，您揣上身份证和卡去网点，柜台帮您存。"),
            C("得，那我等孙子得闲了陪我去。"),
            A("好的。阿公还有哪样要问的吗？"),
            C("冇了。"),
            A("好嘞阿公，您这么大年纪还亲自打来核账，真细心，天热记得多喝水，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十岁老年客户查一万二租金并打算存起来，坐席全程未给任何防诈骗提醒（如冒充银行、公安或亲属要求转账、索要密码）")],
    },
    {
        "call_id": "ae18_daughter_transfer_returned_asked_thrice_hangup",
        "title": "客户给女儿转的五千元被退回，三次问为什么会退，坐席只说确实退回、让再转一次，客户第三次问时说坐席一直绕开不讲、烦死了，随即通话结束",
        "business_type": "transfer", "agent_id": "A10201", "customer_tier": "standard",
        "started_at": "2028-06-26T20:05:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A10201"]),
            C("你好，我前天给我女儿转了五千块，今天钱又退回到我卡上了，这是怎么回事？"),
            A("核对身份：身份证最右边四个数字，还有开户网点在哪个区。"),
            C("四个数是零三三六，开户在江北区。"),
            A("核对通过。前天那笔五千元今天上午确实退回了您的账户。"),
            C("退回来我看见了，我要问的是为什么会退，到底哪里出了问题？"),
            A("退回的钱已经原路到账了，您可以再转一次试试。"),
            C("我都问你三遍了，你一直绕开不讲，烦死了，这钱为什么会被退回来？",
              marks=[mark("resolution.repeated_question", "为什么会被退回问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "一直绕开不讲、烦死了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ae19_short_wedding_banquet_credit_limit_call",
        "title": "客户下月办婚宴想临时调高信用卡额度，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10203", "customer_tier": "standard",
        "started_at": "2028-06-27T18:40:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A10203"]),
            C("喂，下个月办婚宴，想把信用卡额度临时调高点。"),
            A("现在调不了。"),
            C("噢，好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ae20_durian_orchard_lease_usd_remittance_no_warning",
        "title": "客户要往马来西亚一家公司汇三万美元作榴莲园租金定金，以证件号码倒数四位加预留手机号中间四位核身；坐席只讲汇款操作、两个工作日到账（正确）和额度，未做任何跨境汇款风险提示",
        "business_type": "transfer", "agent_id": "A10202", "customer_tier": "standard",
        "started_at": "2028-06-28T14:16:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A10202"]),
            C("你好，我在马来西亚跟人合伙租了一片榴莲园，要往那边公司账上汇三万美元的租金定金，想问问怎么汇。"),
            A("您要给马来西亚的公司汇三万美元，作为榴莲园的租金定金，对吧？身份这关先过一下：请说身份证号码结末四位，以及预留手机号中间四位。"),
            C("倒数四位四零二六，中间四位六六一九。"),
            A("核对一致。您在手机银行的境外汇款里填好对方公司的名称、账号和银行代码，汇款用途照实填租金，一般两个工作日到账。"),
            C("我每年购汇额度是五万美元，这次三万够用吧？"),
            A("够用，三万美元在您的额度之内，一次就能汇完，汇率按提交时的牌价算。"),
            C("好，那我今晚就汇。"),
            A("好的，还有什么能帮您的吗？"),
            C("没有了。"),
            A("好，多谢您，祝榴莲园大丰收，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "三万美元境外汇款，坐席未做任何跨境汇款风险提示（核实收款方、防范冒充改账户、汇出难追回）")],
    },
]

HELDOUT18_SEED = 20280701
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT18_CALLS, agents=AGENTS, default_out=Path("samples/heldout18"),
                  seed=HELDOUT18_SEED, description=__doc__))
