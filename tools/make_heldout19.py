#!/usr/bin/env python3
"""Render the nineteenth held-out evaluation set in samples/heldout19/ (dev-only; never imported by the product).

The earlier held-out sets (samples/heldout/ to samples/heldout17/) may have been looked at, so none
of them can be trusted to measure generalisation on its own. This nineteenth set was written from the
bank's standard call flow (/work/shared/DOMAIN.md) by a helper that never read the rule pack, the
rule engine, its tests or its docs, never read any truth folder and never ran qa-toolkit (only the
bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong
ones). It words every script step differently from samples/ and the earlier held-out sets (no clause
of five characters or more is shared, in either direction, with make_samples.py or make_heldout.py
to make_heldout17.py): other agents (A10101-A10106) with their own openings (接线号码, 号码牌,
在为您值守这条线路, 客服人员…号, 人员编号, 持证理财师), other verification routes (the amount of the
last cash-machine withdrawal, the bank the last outgoing transfer went to, the make of the phone
last used to log in to mobile banking, the card's monthly repayment day, how many time-deposit
certificates the customer holds; the ID digits asked as 最末一段的四个数字, 第十五到第十八位,
收尾的那四个数, 靠最后的四位, 结尾四位), other hold and closing phrasings, topics the earlier sets
did not use (a retired lighthouse keeper's savings in a closed-end wealth product, an old Henan-opera
drummer's teaching fee from a senior college, the documents for a first wage card at a bike-share
depot, a gas kiln from a kiln builder, a pocket watch restored in Geneva, a gold card reaching its
expiry, a card whose chip has worn out, a wedding photographer's balance payment, a school canteen's
vegetable bill paid across banks at the counter, a photography prize, a managed-futures product, a
fake credit-record repair agency, a kitten seller's "live-animal transport insurance", a phone left
overnight at a repair shop, a cash machine that kept the cash, a night nurse's card fee, the
threshold of balance-change text alerts, an old man's garage sale, a two-yuan charge nobody
explains, a credit card for a schoolboy), dialect-flavoured customers (Kaifeng in Henan, Jingdezhen
in Jiangxi, Datong in Shanxi, Zigong in Sichuan and Mudanjiang in Heilongjiang; the Kaifeng and
Mudanjiang customers are elderly) and hard negatives (steps done in unusual words, steps not required
in that situation, harmless mentions of swindlers and of the police, figures right for another card
or channel, large transfers and a remittance abroad with a warning, a customer who starts before the
agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout19.py
    /work/tts-venv/bin/python tools/make_heldout19.py --only ad13_kitten_seller_transport_insurance_no_warning
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
#   number may be said as "接线号码NNNN", "号码牌NNNN", "NNNN在为您值守这条线路", "客服人员NNNN号",
#   "人员编号是NNNN" or "持证理财师NNNN". ad09 greets, names the bank and offers help with no number
#   (staff_id_missing); "在的，你讲。" (ad08) is no greeting at all (both labels);
# - identity: a check before any account data or account action. ID digits + the amount of the
#   last cash-machine withdrawal (ad02, ad08, ad14, ad19), + the bank the last outgoing transfer
#   went to (ad04, ad13, ad15), + the make of the phone last used for mobile banking (ad05, ad12,
#   ad17), + the card's monthly repayment day (ad06, ad07, ad16), + how many time-deposit
#   certificates the customer holds (ad01, ad11, ad18). identity.not_verified = each agent turn
#   that discloses account data before a check: ad10 (a photography prize's date, amount, payer and
#   memo, then the balance, no check at all: two turns). General information (ad03: documents for
#   a first wage card; ad09: the counter's inter-bank fee; ad20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (ad11: a managed-futures
#   product "whose principal is underwritten"), a fraud script the customer describes left without
#   an anti-fraud warning while the agent helps the money out (ad13). A disclosure in the agent's own
#   words counts (ad01). Large transfers carry a warning in the agent's own words (ad04), the
#   remittance abroad too (ad05); ad09's small counter transfer gets a short payee check anyway;
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (ad13: a kitten "already on the plane" that
#   needs 1,800 of transport insurance first). ad12 twice (我上了个大当…; 我到派出所做了笔录…), ad14
#   once (the card spent three times through the phone left at a repair shop). The students' talk
#   of phone swindlers (ad02) and the agent's own warnings (ad02, ad12) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (ad18: an
#   82-year-old checking the money for his garage and asking how to put it on deposit). The other
#   elderly call (ad02) carries it;
# - emotion.customer_negative: ad14 three times, ad19 once. etiquette.jargon: ad11.
#   forbidden_phrase and agent_negative: ad15, ad17 (both labels on each);
# - hold: announced holds in other words count (ad04 silent, ad07 music, ad14 silent; all thanked).
#   In ad16 the music (9 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: ad18, 12 s after the elderly customer asks where to put the money on deposit;
# - closing: thanks and goodbye in other words count; ad12 ends with "嗯，先这样吧。":
#   closing.missing; ad19 and ad20 end without any closing;
# - answer.wrong_fact: ad09 (柜台跨行转账按百分之一点五收; the KB says 百分之零点五) and ad16
#   (金卡的年费是每年三百八十元; the KB says 三百元). Right figures stay unlabelled (ad04's 五万 /
#   二十万; ad05's 三个工作日之内; ad06's 金卡 三百元 beside the 普卡 一百元; ad07's and ad14's
#   七个工作日);
# - etiquette.interruption: ad15, 1.2 s and 1.0 s. In ad06 the customer starts 0.7 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ad19; handling.time_standard: ad20;
#   etiquette.speech_rate: the agent at 1.6x (ad17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10101": {"team": "一线甲组", "staff_no": "六三一九"},
    "A10102": {"team": "一线甲组", "staff_no": "二八五七"},
    "A10103": {"team": "一线乙组", "staff_no": "九零四二"},
    "A10104": {"team": "一线乙组", "staff_no": "四一六零"},
    "A10105": {"team": "一线乙组", "staff_no": "七八三一"},
    "A10106": {"team": "二线甲组", "staff_no": "五零七三"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10101": "您好呀，恒通银行，我的接线号码六三一九，您今天有啥需要我搭把手的？",
    "A10102": "恒通银行服务电话，您好，我叫小葛，号码牌二八五七，您有什么疑问我来解答。",
    "A10103": "您好，恒通银行，九零四二在为您值守这条线路，请说说您的需求。",
    "A10104": "您好！恒通银行，客服人员四一六零号接的电话，您找我们是为了哪件事？",
    "A10105": "恒通银行向您问候，我的人员编号是七八三一，您打进来想办点什么？",
    "A10106": "您好，恒通银行私人财富中心，持证理财师五零七三，您这笔钱打算怎么安排，我们一起盘算盘算。",
}

HELDOUT19_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "ad01_retired_lighthouse_keeper_closed_wealth_clean",
        "title": "在海岛守了二十八年灯塔的退休客户有四十万，想找比定期强一点的去处，以身份证最末一段四个数字加名下定期存单张数核身；坐席用自己的话讲明主要投债券但不等于不会亏、预期收益只是测算不是保证、一年内锁定取不出、不是存款不受存款保险保障，按谨慎型测评建议只放十五万、看病钱留活期，下单前逐页看产品说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10106", "customer_tier": "VIP",
        "started_at": "2028-05-02T10:17:43", "agent_channel": 0,
        "turns": [
            A(OPENING["A10106"]),
            C("你好，我在海岛上守了二十八年灯塔，今年退下来了，单位发的一笔钱加上自己攒的，一共四十万，想找个比存定期强一点的去处。"),
            A("您守了快三十年灯塔，退休后手里有四十万，想找个收益比定期高些的地方放，我这么概括您看行不行？"
              "聊产品之前，您的身份得先落到实处：请报一下身份证号码最末一段的四个数字，再告诉我您名下眼下有几张定期存单。"),
            C("末尾那四个数是二七零五，定期存单有两张，一张三年的，一张五年的。"),
            A("两样都吻合，是您本人。我们这边有一款一年期的封闭式理财，它的风险评级是二级，属于中低风险。"),
            C("二级是啥意思？会不会亏？"),
            A("我用大白话跟您讲：它的钱多半买了债券，起伏比股票小，可并不等于不会亏；"
              "页面上写的预期收益是个测算，不是保证能拿到的数；这一年当中钱锁在里头，急用也取不出来；"
              "再一条，这东西不算存款，真有损失，存款保险是不管赔的。"),
            C("那我心里有个数了。我老伴身体不太好，药钱得留着。"),
            A("那咱们就不把鸡蛋放进一个篮子。您的风险测评是谨慎型，我建议先拿十五万试一年，"
              "另外二十五万接着存定期，看病的钱放在活期里随用随取。"),
            C("那就放十五万吧。"),
            A("您在手机银行下单前，会先让您阅读说明书和风险揭示书两份文件，务必从头看到尾，"
              "有一句不明白就先别点确认，随时打回来问我。您这边还有没有别的事要一块儿处理？"),
            C("没啦，你讲得明白。"),
            A("好的师傅，谢谢您这么有耐心听我讲完，祝您和老伴身体硬朗，有空常回海边看看灯塔，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad02_elderly_kaifeng_opera_drummer_senior_college_fee_clean",
        "title": "七十八岁老年客户（河南开封口音）年轻时在豫剧团敲板鼓，如今在老年大学教打鼓，问这学期课时费到没到，以身份证收尾四个数加最近一次取款机取款金额核身；客户转述学生说电话骗子多（无害提及）；坐席说明已到账，并用自己的话提醒冒充学校、社保或银行要手续费、转安全账户、问密码和短信数字的骗局，完整合规",
        "business_type": "account", "agent_id": "A10103", "customer_tier": "elderly",
        "started_at": "2028-05-03T09:06:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A10103"]),
            C("喂，妮儿，俺是开封的，七十八了，年轻时候在豫剧团敲板鼓。如今在老年大学教人敲鼓，学校说这学期的课时费打到俺卡上了，俺想问问到了没。"),
            A("老师傅您好，您在老年大学教打鼓，学校说这学期的课酬已经打给您，您想确认一下有没有到，是这么回事吧？"
              "查您卡里的进账之前，得先弄清楚电话这头是您老人家自己：麻烦您说一下身份证号收尾的那四个数，再说说您最近一回在取款机上取了多少钱。"),
            C("收尾是四四八一，上礼拜在取款机取了五百块，买菜用。"),
            A("对得上，是您本人。前天上午进来一笔一千二百元，付款单位是开封的一所老年大学，备注写的是课时费。"),
            C("可中，到了就得劲。俺那些学生老说，现在电话里骗人的可多，俺这心里也发毛。"),
            A("您那些学生说得在理，我也跟您交个底：要是有人打电话自称是老年大学、社保或者银行的，"
              "说要给您补发课时费、得先交一笔手续费，或者说您的卡有风险、叫您把钱转进一个所谓安全的账户，一概是诈骗；"
              "银行的人绝不会问您要卡的密码，也不会让您把手机短信里那几个数念给他听。碰上这种电话，直接挂掉，回头拨我们热线问一声。"),
            C("俺记下了，挂掉再问。"),
            A("对喽。这钱您要取，带着卡到近处的网点，柜台上备着老花镜，慢慢弄不着急。"),
            C("好，好。"),
            A("老师傅，您还有啥要打听的不？"),
            C("没了，妮儿，恁忙吧。"),
            A("好嘞，难为您这么大岁数还惦着教学生，祝您鼓点越敲越响，身子骨一直硬朗，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad03_bike_share_depot_first_wage_card_documents_info_clean",
        "title": "刚毕业在共享单车维修站上班的客户问办工资卡要带什么（一般业务咨询，不涉及已有账户，无需核身）；本人有效身份证件加本人手机（正确），临时身份证可用，必须本人到网点，完整合规",
        "business_type": "account", "agent_id": "A10101", "customer_tier": "standard",
        "started_at": "2028-05-04T17:42:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A10101"]),
            C("你好，我刚毕业，在共享单车的维修站找了份活，公司让我们自己去办一张工资卡，我想问问去了得带点啥。"),
            A("您刚参加工作，单位让自己办一张收工资用的卡，想先问清楚需要备齐哪些东西，对吧？"
              "这是打听办事手续，碰不到您已有的账户，所以用不着核对您的身份信息。"
              "开户要带上您本人的有效身份证件，再带上您本人在用的手机，办的时候要收一条短信。"),
            C("我身份证在老家补办，用临时身份证行不行？"),
            A("临时身份证在有效期里就能用。要是证件还没下来，也可以等拿到了再办，不差这几天。"),
            C("那我妈能不能拿着我的证件替我去？我白天要上班。"),
            A("这个不行，开户必须您本人到网点，要当面拍照、签字。不少网点礼拜六也开门，您可以挑休息日过去。"),
            C("礼拜六开门就好办了。办完了能马上用手机银行吗？"),
            A("当天就能开通，柜台的同事会帮您在手机上装好。您还想了解哪方面？"),
            C("没了，谢谢哈。"),
            A("不客气，您上班头一个月就把这些想周全了，真不简单，祝您工作顺顺利利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad04_jingdezhen_gas_kiln_builder_transfer_hold_clean",
        "title": "江西景德镇陶瓷作坊主要给宜兴砌窑师傅付十四万换燃气窑，以身份证第十五到第十八位加最近一笔转出去的银行核身；告知后静音保留并致谢；手机银行单笔五万、一天累计二十万说对；用自己的话做大额转账提醒（对公账户、户名与合同一致、打到个人卡要当面或视频确认、改账户先打师傅本人电话、先付定金试烧后付尾款），完整合规",
        "business_type": "transfer", "agent_id": "A10102", "customer_tier": "standard",
        "started_at": "2028-05-05T11:23:54", "agent_channel": 0,
        "turns": [
            A(OPENING["A10102"]),
            C("喂，你好，我是景德镇做瓷器个，自己开了个小作坊，想换一座新个燃气窑，跟宜兴一个砌窑个师傅谈好了，十四万，用手机转过去要得啵？"),
            A("您在景德镇开陶瓷作坊，要给宜兴的砌窑师傅付十四万，换一座燃气窑，打算在手机上把钱转给他，您是这个打算不？"
              "钱数不小，得先落实是您本人在办：请讲一下身份证号码的第十五到第十八位，再讲讲您最近一笔转出去的钱，是转进了哪家银行。"),
            C("十五到十八位是零六三二，上回是转到农商银行，给泥料厂付货款。"),
            A("核实无误。我来查查这张卡今天还能转多少，要费点工夫，大概十来秒，这段时间电话里是安静的，您拿着别放下。"),
            {"silence": 7.0, "kind": "hold"},
            A("叫您久等，谢谢您这么沉得住气。走手机银行的话，单笔最高是五万，一天累计的上限是二十万，您今天还一分没转，十四万分三笔，今天之内三笔都能走完。"),
            C("那师傅讲先打到他自家个卡上，窑砌好了再开票，要得啵？"),
            A("这一点您要多掂量：这么大的货款，最好打到对方工作室或公司的对公账户，户名要跟合同上的一致；"
              "要是非打个人卡不可，至少跟师傅本人视频或者当面把卡号和名字对一遍；"
              "中途有谁发消息讲换了收款账户，先打师傅本人的电话问清楚；最稳当的是先付一部分定金，窑砌好、试烧过了再付尾款。"),
            C("晓得哩，我先打五万定金，试烧完了再付九万。"),
            A("这么安排很稳妥。您那边还有什么需要我帮着看的？"),
            C("冇得哩。"),
            A("好的老板，谢谢您陪我把这些一样一样对完，祝新窑烧出来的件件都是精品，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad05_geneva_pocket_watch_restoration_chf_remittance_clean",
        "title": "客户爷爷留下的怀表在瑞士日内瓦一家工坊修好，要汇三千二百瑞士法郎修理费，以身份证靠最后四位加上次登录手机银行的手机品牌核身；三个工作日之内到账（正确）；坐席用自己的话做跨境汇款风险提示（收款人与发票一致、任何改账户的消息先打工坊官网电话核实、不借别人额度拆分购汇、汇出后极难追回），完整合规",
        "business_type": "transfer", "agent_id": "A10105", "customer_tier": "standard",
        "started_at": "2028-05-08T14:31:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A10105"]),
            C("你好，我爷爷留下一块老怀表，寄到瑞士日内瓦一家修表的工坊去修，人家修好了，让我付三千二百瑞士法郎，不晓得在你们这边该怎么汇。"),
            A("您爷爷的怀表在日内瓦的工坊修好了，要付三千二百瑞士法郎的修理费，想知道怎么从我们这里汇出去，我这么说对得上吧？"
              "往境外汇钱要占用您本人的购汇额度，要先把您的身份确认下来：请您报一报身份证号码靠最后的四位，再说说您上一次登录手机银行，用的是什么牌子的手机。"),
            C("最后四位是九一五六，手机是华为的。"),
            A("核对相符。您可以在手机银行的境外汇款里办，也可以带上工坊开的发票到柜台办，发票上有收款人名称、账号和对方银行的代码。"
              "钱汇出去以后，通常三个工作日之内到对方账上。"),
            C("我表弟说他也有额度，我能不能一半用我的、一半用他的凑一凑？"),
            A("这个可不行，借别人的额度拆开购汇是违反外汇规定的，这笔钱就用您自己的额度一次汇。"
              "另外有几句要紧的话：收款人名称必须跟发票上工坊的名字一模一样；"
              "要是后面收到什么邮件或消息，说工坊换了收款账户，一律先别动，找出工坊官网上的电话打过去核实；"
              "钱一旦汇到境外，想再追回来难上加难。"),
            C("好，我照发票上的汇，有变动先打电话问。"),
            A("这么做最稳当。瑞士法郎的牌价每天在变，扣多少人民币以提交那一刻为准。还有什么我能帮着解答的吗？"),
            C("就这一桩，多谢。"),
            A("不用谢，您为爷爷的老物件这么上心，很难得，祝怀表早日回到您手上，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad06_datong_noodle_shop_gold_card_expiry_renewal_clean",
        "title": "山西大同刀削面馆老板的金卡下月到期，问怎么换新卡、年费怎么算，以身份证结尾四位加每月还款日核身；到期自动寄新卡；金卡一年三百元、刷满六次免（正确），普卡一百元（另一卡种）；客户在坐席说完前零点七秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A10104", "customer_tier": "standard",
        "started_at": "2028-05-09T19:48:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A10104"]),
            C("你好，我大同的，开刀削面馆。我那张金卡下个月就到期了，我解不下是得去网点换，还是你们给寄过来，换了新卡年费咋算？"),
            A("您的金卡下个月到期，想知道新卡是自己去网点换还是寄给您，还有换卡以后年费又怎么算，对吧？"
              "要查您的卡片信息，先请您配合核个身份：请说说身份证号码的结尾四位，再说一说这张卡每个月几号还款。"),
            C("结尾四位是三三七六，每月十二号还。"),
            A("核对一致。到期前一个月左右，系统会自动把新卡寄到您留的地址上，卡号不变，有效期和背面那三位数会变。"
              "年费跟原来一样，金卡那档年费是三百元，一年里刷满六次就能免；普卡才是一百元一年，那是别的卡种的价。"),
            C("夜儿个我刚刷了一回买面粉，这算不算？", overlap=0.7),
            A("算的，只要是在这个年度里刷的，都算进那六次。您今年已经刷了九次，明年的年费免了。"),
            C("不赖。新卡寄到了我咋弄？"),
            A("收到新卡后在手机银行或者打这个电话激活，旧卡一激活就作废，剪开扔掉就行。您还有哪点没弄明白？"),
            C("就这些了。"),
            A("好的老板，谢谢您提前打来问，祝您的面馆天天满座，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad07_worn_chip_credit_card_replacement_music_hold_clean",
        "title": "信用卡芯片磨损、超市刷不出，客户想换卡，以身份证最末一段四个数字加每月还款日核身；坐席告知后播放等待音乐并致谢；免费换新卡约七个工作日寄到（正确），完整合规",
        "business_type": "card", "agent_id": "A10101", "customer_tier": "standard",
        "started_at": "2028-05-10T08:55:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A10101"]),
            C("你好，我这张信用卡用了好几年，芯片那一块磨得发白了，这两天在超市老是刷不出来，收银员说让我去换一张。"),
            A("您的信用卡芯片磨坏了，超市刷不出来，想重新换一张，我听明白了。"
              "动卡片之前要过一道核对：请说身份证号码最末一段的四个数字，再说说这张卡每个月几号还款。"),
            C("最末四个数是七零九三，每个月十八号还款。"),
            A("对上了。我查一下这张卡的制卡记录和寄送地址，得花个二十秒左右，中间给您放一小段音乐，您别挂断。"),
            {"silence": 8.5, "kind": "hold_music"},
            A("曲子放完了，劳您久候。您这张卡可以免费换一张新的，卡号和有效期都会变，新卡做好寄出，前后七个工作日左右能到您预留的收件地址。"),
            C("那我绑在外卖软件上的自动扣款呢？"),
            A("等新卡开通了，到那些软件里把卡号改成新的就行；旧卡在新卡激活前还能照常用，实在刷不出来可以先用手机付款。"),
            C("明白了。"),
            A("好的，您看还有别的需要我顺手办的吗？"),
            C("没有了。"),
            A("好，多谢您这么爱惜这张卡，新卡到了别忘把旧卡剪掉，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "ad08_no_greeting_wedding_photographer_balance_in",
        "title": "婚纱摄影师查新人付的尾款是否到账；坐席以“在的，你讲。”接起，无问候、行名、工号；以身份证结尾四位加最近一次取款金额核身，其余流程合规",
        "business_type": "account", "agent_id": "A10102", "customer_tier": "standard",
        "started_at": "2028-05-11T13:12:05", "agent_channel": 0,
        "turns": [
            A("在的，你讲。"),
            C("喂？我打的是恒通银行不？我是拍婚纱照的，一对新人说把尾款转给我了，我想查查进来没有。"),
            A("嗯，恒通的。查进账要先核对，讲一下身份证号码的结尾四位，还有最近一次在取款机上取了多少。"),
            C("结尾四位三八零九，最近一回取了两千。"),
            A("是本人。昨晚八点多进来一笔六千八百元，付款人姓杨，附言写的是婚纱照尾款。"),
            C("对对，就是他们。"),
            A("您以后要是想一进账就收到提醒，可以在手机银行里打开动账通知。还有别的账要查吗？"),
            C("没有了，谢了。"),
            A("不客气，劳您自己打来查一趟，祝您生意红火，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了在的，你讲。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ad09_no_staff_number_school_canteen_counter_interbank_fee_wrong",
        "title": "承包学校食堂的客户要去柜台给别家银行的蔬菜批发商转八千元，问柜台跨行转账手续费（一般收费咨询，无需核身）；开场白有问候、行名和服务用语但不报工号；手续费说成百分之一点五、八千收一百二十元（知识库为百分之零点五）；坐席仍提醒先与批发商本人核对户名卡号",
        "business_type": "transfer", "agent_id": "A10103", "customer_tier": "standard",
        "started_at": "2028-05-12T10:39:18", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行接起来了，有什么事情您尽管吩咐。"),
            C("你好，我在学校承包食堂，要给一个蔬菜批发商付八千块菜钱，他的卡是别的银行的。我不太会用手机，想去柜台办，问问在柜台转到别家银行，手续费是个什么价。"),
            A("您要去柜台给别家银行的蔬菜批发商转八千块菜款，想先知道手续费怎么收，是吧？"
              "这只是问收费标准，不涉及您账户里的信息，不需要核对身份。在柜台往别家银行转，手续费按转账金额的百分之一点五收，八千块就是一百二十元。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之一点五")]),
            C("一百二这么多？那我还是学着用手机转吧。"),
            A("手机银行跨行转账是不收手续费的，您可以让家里年轻人教一下。"
              "不管用哪种方式转，都先跟批发商本人当面或打电话核对一遍户名和卡号，别照着陌生短信里的账号转。"),
            C("好，我让我儿子教我。"),
            A("好的。您还想打听别的吗？"),
            C("没有了。"),
            A("那好，难得您问得这么细，祝食堂的饭菜天天合孩子们的口味，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ad10_photography_contest_prize_no_identity",
        "title": "摄影比赛三等奖奖金到没到，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又说出卡内可用余额（坐席在声道一）",
        "business_type": "account", "agent_id": "A10104", "customer_tier": "standard",
        "started_at": "2028-05-15T20:26:39", "agent_channel": 1,
        "turns": [
            A(OPENING["A10104"]),
            C("你好，我参加了一个摄影比赛，拿了个三等奖，主办方说奖金已经打到我卡上了，能帮我看看到了没有吗？"),
            A("到了，五月十一号下午，一家文化传媒公司转进来一千五百元，附言是摄影大赛奖金。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出奖金的到账日期、金额、付款方和附言")]),
            C("太好了。那我卡上眼下总共还有几个钱？"),
            A("目前可用余额是两万三千零八十六元四角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内可用余额")]),
            C("好的，下回比赛的报名费我也从这张卡出。"),
            A("可以的。您那边还有要处理的事情吗？"),
            C("没有了。"),
            A("好的，谢谢您对我们这么放心，祝您下回捧个一等奖回来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad11_managed_futures_product_jargon_no_disclosure",
        "title": "做建材生意的客户有一百万闲钱，想买跟期货有关的理财，坐席满口术语（商品期货管理策略、趋势跟踪、多空双向、保证金占用、夏普比率、最大回撤、开放日申赎）；客户问会不会亏，坐席说本金兜底、到期一分不少，未做风险揭示即提交申购",
        "business_type": "wealth", "agent_id": "A10106", "customer_tier": "VIP",
        "started_at": "2028-05-16T15:04:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A10106"]),
            C("你好，我是做建材生意的，账上有一百万暂时用不着，听说你们有个跟期货挂钩的理财，收益能上两位数，想了解了解。"),
            A("先核身份：身份证号码收尾四个数，另外您名下有几张定期存单。"),
            C("收尾四个是零九六六，存单有三张。"),
            A("对上了。这款是商品期货管理策略，趋势跟踪、多空双向，保证金占用控制在三成以内，历史夏普比率一点八，最大回撤百分之六，每月开放日申赎。",
              marks=[mark("etiquette.jargon", "商品期货管理策略、趋势跟踪、多空双向、保证金占用、夏普比率、最大回撤、开放日申赎，未向客户解释")]),
            C("你说的这一串我一句没听懂，我就想知道这一百万放进去会不会亏。"),
            A("这个您放宽心，本金是兜底的，到期一分不少。"),
            C("那行，一百万都买了。"),
            A("好的，一百万的申购已经替您提交了，下个开放日确认份额。其他方面还用我办吗？"),
            C("没有。"),
            A("好嘞，谢谢您对我们的信任，就等着好消息吧，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户提交一百万元期货策略产品申购，客户问会不会亏时坐席说本金兜底、到期一分不少，未做任何风险揭示")],
    },
    {
        "call_id": "ad12_fake_credit_record_repair_agency_scam_no_closing",
        "title": "客户被网上自称能修复征信、删除逾期记录的公司骗走八千六，已到派出所做笔录；坐席以身份证收尾四个数加上次登录手机银行的手机品牌核身，暂停网上支付和转账、查出四笔转出去向、指导打印流水交办案警官，并提醒征信记录花钱删不掉，但最后只说“嗯，先这样吧。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A10105", "customer_tier": "standard",
        "started_at": "2028-05-17T18:37:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A10105"]),
            C("你好，我上了个大当！网上有个自称能修复征信的公司，说能把我信用卡逾期的记录删掉，前前后后收了我八千六，现在电话打不通，人也找不着了！",
              marks=[mark("risk.keyword_alert", "上了个大当、被收走八千六后对方失联：征信修复诈骗")]),
            A("您先稳住，咱们抓紧时间处理。卡主的身份得先落实：报一下身份证号收尾的四个数，再说说上一次登录手机银行用的是什么手机。"),
            C("收尾是七二四三，用的是小米手机。"),
            A("身份确认了。我已经先把这张卡的网上支付和转账暂停了，防止再有钱被转走。"
              "看到上礼拜五和这礼拜一一共四笔转出，合计八千六百元，收款的是一个外省的个人账户和一家公司的账户。"),
            C("我到派出所做了笔录，警察同志叫我来银行把这几笔的流水打出来。",
              marks=[mark("risk.keyword_alert", "已到派出所做笔录、警察介入：涉案资金")]),
            A("好的，这几笔的流水您可以带身份证到任何一家网点打印，让柜员盖上业务章，交给办案的警官；对方的账户由公安去止付，银行这头会配合到底。"
              "最后再交代您一句，征信上的记录哪家公司都没法花钱删掉，往后再有人这么说，一律别信。"),
            C("好，我明早就去网点。"),
            A("嗯，先这样吧。"),
        ],
        "violations": [mark("closing.missing", "坐席只说嗯，先这样吧：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ad13_kitten_seller_transport_insurance_no_warning",
        "title": "客户网上买布偶猫，卖家说猫已托运上飞机，要再交一千八百元活体运输保险、猫到后原路退回、半小时内不交航空公司不放猫（未用风险词的诈骗话术）；坐席以证件号码靠最后四位加最近一笔转出的银行核身后只讲怎么转、催客户马上转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A10101", "customer_tier": "standard",
        "started_at": "2028-05-18T21:09:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A10101"]),
            C("你好，我在网上看中一只布偶猫，猫钱已经付了，卖家说猫托运上了飞机，现在要我再交一千八的活体运输保险，说猫到了就原路退给我，不交的话航空公司不放猫，我想赶紧转过去，哪种法子转过去最快？",
              marks=[mark("risk.keyword_alert", "卖家以猫已上飞机为由追加活体运输保险、承诺退还、限时催款：诈骗话术")]),
            A("转之前得把身份对清楚：说一下证件号码靠最后的四位，再说一下最近一笔转出的钱转到了哪家银行。"),
            C("最后四位是五五二零，上一笔是转到建设银行，给卖家付的猫钱。"),
            A("核实好了。一千八百元用手机银行转，眨眼工夫就进对方账户，把卖家给的户名和卡号输准就行。"),
            C("卖家说半小时内不交，猫就要被退回去了，我有点急。"),
            A("那您现在就转，手机转账是实时到的，半小时绰绰有余。"),
            C("好，我这就转。"),
            A("还有什么要问我的吗？"),
            C("没了。"),
            A("好的，谢谢您，祝小猫平平安安到家，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出卖家以猫已托运为由追加运输保险、限时半小时的诈骗话术，坐席反而教其转账、催其马上转，未做任何防诈骗提示")],
    },
    {
        "call_id": "ad14_zigong_phone_repair_shop_wallet_spending_complaint_hold",
        "title": "客户（四川自贡口音）手机在修手机的店里放了一夜，手机上绑的卡被人刷了三笔共九千四，愤怒、要找管事的投诉；坐席共情担责、以身份证第十五到第十八位加最近一次取款金额核身，告知后静音保留并致谢，查明交易、止付并解除手机支付、发起争议、建议报案，新卡七个工作日左右（正确）",
        "business_type": "complaint", "agent_id": "A10102", "customer_tier": "standard",
        "started_at": "2028-05-19T07:58:21", "agent_channel": 0,
        "turns": [
            A(OPENING["A10102"]),
            C("喂，我自贡的！我手机前天放在修手机的店里过了一夜，今天一看，绑在手机上的那张卡被人偷偷刷了三笔，九千四！勒个事情硬是恼火，你们银行是咋个把关的嘛？",
              marks=[mark("risk.keyword_alert", "手机放在维修店一夜，绑定的卡被人偷偷刷走九千四：盗刷"),
                     mark("emotion.customer_negative", "硬是恼火、你们银行是咋个把关的：质问、不满")]),
            A("手机离开您一个晚上，卡里就少了九千多，搁谁身上都要急，这事交给我，我一直跟着。"
              "身份这一步还得走：请讲讲身份证号码的第十五到第十八位，再讲讲最近一次在取款机上取了多少钱。"),
            C("零八一七，取了一千。一天到黑只晓得核这个核那个，钱都遭人刷走了，我非得找你们管事的投诉不可！",
              marks=[mark("emotion.customer_negative", "非得找你们管事的投诉不可：投诉、愤怒")]),
            A("核对无误，您冒火是应该的。我把这三笔交易的明细调出来，大概要二十秒，这段时间电话里没有声音，麻烦您先别挂。"),
            {"silence": 7.5, "kind": "hold"},
            A("让您干等了，谢谢。查清楚了：前天夜里十一点到十二点之间，用手机上的支付功能付了三笔，合计九千四百元，收款方是三家外地的电子产品商户。"
              "我已经把这张卡临时止付，手机上绑的支付也一并解除了，后面谁也刷不动它了。"),
            C("修个手机钱就没得了，你们连个短信提醒都不发，我气得脑壳都痛！",
              marks=[mark("emotion.customer_negative", "气得脑壳都痛：不满")]),
            A("没有及时提醒到您，是我们这边的疏漏，我向您道歉。这三笔我现在就给您提交争议申请，调查期间不影响您的征信；"
              "也建议您尽快去派出所报案，把修手机那家店的情况一起讲清楚，拿到报案材料拍照发给我们，处理会快很多。新卡七个工作日左右寄到您家。"),
            C("要得，吃了午饭我就去报案。"),
            A("等新卡到手，手机的锁屏密码和支付密码都换一个。您还需要我帮忙办点别的吗？"),
            C("暂时没得了。"),
            A("好，让您一大早碰上这种糟心事，我们心里有愧，多亏您一路配合着，您先喝口水消消气，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad15_subway_cash_machine_kept_cash_interrupt_rebuff",
        "title": "客户在地铁站取款机取一千元，机器未出钞却扣了款，坐席两次在客户陈述未完时插话，并以“机器吐没吐钱我这儿又看不见，您当时就该打机器上贴的电话，现在跑来问我，我上哪儿给您变出一千块来”推诿、指责客户，最后才登记差错处理",
        "business_type": "account", "agent_id": "A10103", "customer_tier": "standard",
        "started_at": "2028-05-22T12:44:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A10103"]),
            C("你好，我昨晚在地铁站的取款机取一千块，机器咔咔响了半天，钱一张也没出来，可卡里的钱扣了，我想问问这笔钱"),
            A("没出钞对吧，知道了。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("对，屏幕上还显示交易成功，我当时就拍了照片，我想知道这一千块什么时候能"),
            A("身份先过一下，身份证号结尾四位，外加最近一笔转账转去了哪家银行。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("结尾四位是六一三八，上一笔转到了招商银行，交房租的。"),
            A("对上了。昨晚九点四十二分，确实有一笔一千元的取款记录。"),
            C("可钱真的没出来，这一千块能退给我吗？"),
            A("机器吐没吐钱我这儿又看不见，您当时就该打机器上贴的电话，现在跑来问我，我上哪儿给您变出一千块来。",
              marks=[mark("etiquette.forbidden_phrase", "机器吐没吐钱我这儿又看不见…我上哪儿给您变出一千块来：推诿、指责客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦、推卸责任")]),
            C("我当时打了，没人接，所以才打你们的热线。"),
            A("行吧，我给您登记一个取款没出钞的差错处理，等网点清点完那台机器的现金，核实多出一千块，就原路退回您卡里。"),
            C("大概要多久？"),
            A("几个工作日吧。您那边还剩什么事？"),
            C("没了。"),
            A("嗯，谢谢，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad16_night_nurse_gold_card_fee_wrong_music_no_notice",
        "title": "上夜班的护士看到信用卡账单扣了年费，问金卡一年收多少、怎么免，以身份证收尾四个数加每月还款日核身；客户追问后直接进入九秒等待音乐、坐席未告知，之后致谢；金卡年费说成每年四百二十元（知识库为三百元）",
        "business_type": "card", "agent_id": "A10104", "customer_tier": "standard",
        "started_at": "2028-05-23T16:18:49", "agent_channel": 0,
        "turns": [
            A(OPENING["A10104"]),
            C("你好，我是医院上夜班的护士，刚看到信用卡账单里扣了一笔年费，我想问问我这张金卡一年到底收多少，怎么才能不收。"),
            A("您在账单上看到扣了年费，想知道金卡一年收多少、怎样能免掉，是吧？麻烦您先过一道身份确认：说一下身份证号收尾的四个数，再说说这张卡每月几号还款。"),
            C("收尾是二九零三，每个月二十五号还。"),
            A("核对通过，是您本人。这笔年费是这个月五号扣走的。"),
            C("那这个年费到底是多少，还能不能退？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("刚才那段曲子放得久了点，劳您候着。您这张金卡的年费是每年四百二十元，一年之内凑满六笔消费，第二年就不收。",
              marks=[mark("answer.wrong_fact", "金卡年费应为三百元（知识库），坐席说成四百二十元")]),
            C("我去年只刷了四次，难怪扣了。"),
            A("是的，这笔退不了，今年您刷满六次，明年就不会再扣。另外还有要了解的没有？"),
            C("没有了。"),
            A("好的，夜班熬人，辛苦您下了班还打这个电话，祝您好好补个觉，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ad17_fast_agent_balance_alert_threshold_sarcasm",
        "title": "坐席语速过快（约一点六倍）；客户嫌动账短信太多，想设成一百元以上才提醒，以证件号码靠最后四位加上次登录手机银行的手机品牌核身；客户请坐席一步步讲时，坐席以“这点事手机上拨一下开关就完了，还专门打热线来问，真够闲的”挖苦，最后才讲设置路径",
        "business_type": "account", "agent_id": "A10105", "customer_tier": "standard",
        "started_at": "2028-05-24T11:51:37", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10105"]),
            C("你好，我这张卡买个早饭、坐个公交都来一条短信，一天十几条，太烦了，能不能设成一百块以上才提醒我？"),
            A("先核身份，证件号码靠最后的四位，加上上一次登录手机银行用的什么手机。"),
            C("最后四位是四七七一，上回用的是旧的苹果手机。"),
            A("对上了，您这张卡现在是每笔变动都发短信。"),
            C("那我该怎么改？您一步一步跟我讲讲行吗？"),
            A("这点事手机上拨一下开关就完了，还专门打热线来问，真够闲的。",
              marks=[mark("etiquette.forbidden_phrase", "这点事手机上拨一下开关就完了，还专门打热线来问，真够闲的：挖苦、轻视客户"),
                     mark("emotion.agent_negative", "语气挖苦、不耐烦")]),
            C("我是真不会弄才打的。"),
            A("登录手机银行，进消息提醒，找到动账通知，把起始金额改成一百元，保存。"),
            C("好吧。"),
            A("别的呢？"),
            C("没了。"),
            A("好了，多谢，拜拜。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ad18_elderly_mudanjiang_garage_sale_money_dead_air",
        "title": "八十二岁老年客户（黑龙江牡丹江口音）把车库卖给邻居，问四万六到没到，想存定期，以身份证最末一段四个数字加名下定期存单张数核身；客户问去哪儿存定期后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10104", "customer_tier": "elderly",
        "started_at": "2028-05-25T09:33:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A10104"]),
            C("喂，姑娘啊，我牡丹江的，今年八十二了。我把楼下那个车库卖给邻居了，人家说钱打我卡上了，四万六，我眼神不济，你给我看看到没到，别整岔劈了。"),
            A("大爷您好，您把车库卖给了邻居，对方说四万六打到您卡上了，您想确认一下，是这么回事吧？"
              "看账之前，得先认一认是不是大爷本人：请您说说身份证号码最末一段的四个数字，再说说您名下现在有几张定期存单。"),
            C("最后四个是一一九二，存单有一张，搁柜子里锁着呢。"),
            A("对上了，是您本人。昨天中午进来一笔四万六千元，付款人姓于，备注写的是车库款。"),
            C("那就对了，老于办事不磨叽。这钱我寻思存个定期，是得上你们那儿去办，还是电话里就能给我整？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("电话里办不了，您带着身份证和卡到网点，柜台就能给您存成定期。"),
            C("行，那我礼拜天叫我儿媳妇陪我去。"),
            A("好的。大爷您那边还惦记着啥事不？"),
            C("没啦。"),
            A("好嘞大爷，您这么大岁数还自己打电话来核对，真仔细，天凉多穿点，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十二岁老年客户查卖车库的四万六并打算存定期，坐席全程未给任何防诈骗提醒（如冒充银行、公安或亲属要求转账、索要密码）")],
    },
    {
        "call_id": "ad19_two_yuan_charge_asked_thrice_hangup",
        "title": "客户储蓄卡本月被扣两元，三次问这两块钱是什么费，坐席只说确实扣了、让去手机银行自己看，客户第三次问时说坐席不正面回答、真是火大，随即通话结束",
        "business_type": "account", "agent_id": "A10101", "customer_tier": "standard",
        "started_at": "2028-05-26T20:14:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A10101"]),
            C("你好，我这张储蓄卡这个月被扣了两块钱，短信上也没讲清楚，这两块钱到底是什么钱？"),
            A("核对身份需要两样：身份证号码的结尾四位，还有最近一次在取款机上取了多少。"),
            C("结尾四位八零四四，最近一次取了三百。"),
            A("核实通过。本月三号您这张卡确实扣了两元。"),
            C("扣了我知道，我问的是这两块钱是什么名目，你给我讲清楚。"),
            A("扣费明细在手机银行的账户明细里都能查到，您可以自己点进去看。"),
            C("这是我第三次问你了，你就是不正面回答，我真是火大，这两块到底是什么费？",
              marks=[mark("resolution.repeated_question", "这两块钱是什么费问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "不正面回答、真是火大：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ad20_short_card_for_schoolboy_son_call",
        "title": "客户想给读高中的儿子办信用卡，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10102", "customer_tier": "standard",
        "started_at": "2028-05-29T18:03:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A10102"]),
            C("喂，给我读高中的儿子办张信用卡，能办吗？"),
            A("办不了。"),
            C("哦，行吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT19_SEED = 20280531
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT19_CALLS, agents=AGENTS, default_out=Path("samples/heldout19"),
                  seed=HELDOUT19_SEED, description=__doc__))
