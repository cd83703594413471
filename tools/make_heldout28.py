#!/usr/bin/env python3
"""Render the twenty-eighth held-out evaluation set in samples/heldout28/ (dev-only; never imported by the product).

The earlier held-out sets may have been looked at, so none of them can be trusted to measure
generalisation on its own. This set was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or
its docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It words
every script step differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A11101-A11106) with their own openings, other verification routes (the branch where
the account was opened, the last four digits of the mobile number on file, the expiry date printed
on the card, the birthday, the employer on file, the mother's surname), other hold and closing
phrasings, topics the earlier sets did not use and dialect-flavoured customers (Jiamusi, Jinhua,
Yingkou, Bengbu, Zhaoqing, Xiangyang, Lijiang, Ganzhou, Quanzhou, Yueyang, Tianshui; the Jiamusi,
Bengbu and Tianshui customers are elderly), with hard negatives (steps done in unusual words, steps
not required in that situation, harmless mentions of swindlers and of the police, figures right for
another channel or card tier, large transfers and a remittance abroad with a warning, a fraud
stopped by the agent, a customer who starts before the agent has finished). It is for measuring,
never for tuning. Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and
metadata formats); only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout28.py
    /work/tts-venv/bin/python tools/make_heldout28.py --only an13_fake_customs_parcel_safe_account_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order. an09 greets,
#   names the bank and offers help with no number (staff_id_missing); an08 opens with a bare
#   "哎，听着呢，说。" (both greeting labels);
# - identity: a check before any account data or account action (ID digits + one more fact on
#   file). identity.not_verified = each agent turn that discloses account data before a check:
#   an10 (a gym-card refund, then the balance and a supermarket purchase: two turns). General
#   information (an05; an20) needs none; an13 stops a fraud before any account data;
# - risk.disclosure_missing: an11 (a fund sold as 稳赚不赔), an18 (120,000 deposit for a used
#   excavator to a stranger's personal card, no warning). Warnings in the agent's own words count;
# - risk.keyword_alert: an12 twice (cash taken in another city with the card in the wallet;
#   police report), an13 once (a fake customs officer's "safe account", no risk word), an14 once
#   (account frozen). Harmless mentions of swindlers and police (an05, an07) are not alerts;
# - risk.elderly_fraud_advice: an17 (82, 60,000 cash, no advice). an01 and an04 carry it;
# - emotion.customer_negative: an14 twice. etiquette.jargon: an11. forbidden_phrase and
#   agent_negative: an15 (both labels);
# - hold: announced holds in other words count (an02 music, an04 silent, an14 silent; all
#   thanked). an16: music straight after the question, no word first: hold.no_notice;
# - etiquette.dead_air: an17, 11 s after the elderly customer asks how to take the cash;
# - closing: other words count; an12 ends with "嗯，先这样。": closing.missing; an19 and an20
#   end with no closing;
# - answer.wrong_fact: an09 (单笔最多只能转八万; KB 五万) and an16 (补发新卡得十五个工作日; KB seven).
#   Right figures stay unlabelled (an03 五万 / 二十万, the cash machine's 两万 and the counter's
#   千分之五; an18 五万 / 二十万; an09 二十万; an12 七个工作日; an06 三个工作日以内; an07 金卡 三百);
# - etiquette.interruption: an15 (1.2 s), an18 (1.0 s). In an03 the customer starts 0.6 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: an19; handling.time_standard: an20;
#   etiquette.speech_rate: the agent at 1.6x (an18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11101": {"team": "一线甲班", "staff_no": "六一九四"},
    "A11102": {"team": "一线甲班", "staff_no": "八三五七"},
    "A11103": {"team": "一线乙班", "staff_no": "二零七六"},
    "A11104": {"team": "一线乙班", "staff_no": "五九一三"},
    "A11105": {"team": "一线乙班", "staff_no": "七二八零"},
    "A11106": {"team": "二线丙班", "staff_no": "三九四一"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11101": "恒通银行，您好，话务员六一九四给您接听，想办点什么尽管开口。",
    "A11102": "您好，恒通银行，这头接起了，我的员工编码八三五七，哪件事需要我搭把手？",
    "A11103": "喂您好，恒通银行热线这头，值守员二零七六，您的事交给我来办。",
    "A11104": "您好，恒通银行很高兴接到您电话，接线编号五九一三，想咨询点啥您请讲。",
    "A11105": "恒通银行向您道声好，本人工牌号七二八零，您碰上啥情况了？",
    "A11106": "您好，恒通银行私人财富热线，顾问编号三九四一，资产怎么规划我陪您梳理。",
}

HELDOUT28_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "an01_elderly_jiamusi_soybean_farmer_passbook_to_card_clean",
        "title": "七十九岁老年客户（佳木斯口音）种了一辈子大豆，存折记满了想换成卡，以身份证号尾巴上四位加开户网点核身；坐席说明带存折和身份证到网点换卡，并用自己的话给出防诈骗提醒，完整合规",
        "business_type": "account", "agent_id": "A11101", "customer_tier": "elderly",
        "started_at": "2029-03-01T09:12:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11101"]),
            C("哎，老妹儿，我佳木斯的，七十九啦，种了一辈子大豆。那存折都记满了，柜上让我换成卡，咋整啊？"),
            A("大爷好，您那本存折记满了页，想换成一张卡用，大爷是这么想的吧？"
              "动您账上的东西之前，我得先认准人：您把身份证号最尾巴那四个数念给我，再说说这存折当初在哪个网点开的。"),
            C("尾巴上四位是三八一六，存折在向阳区那个网点开的。"),
            A("都对上了，确是大爷本人。换卡不用花钱，您揣着存折和身份证去网点，柜员当场给您把存折里的钱转到新卡上，密码您自己按。"),
            C("那贼好，我明儿个让老伴陪我去。"),
            A("大爷，顺嘴跟您唠两句：往后要有人打电话说您新卡有问题，要您念卡号、念短信里的数字，或者叫您往别的卡里挪钱，那一准是骗子；"
              "银行的人从不跟您要密码，拿不准就撂下电话，找孩子或者上网点问。"),
            C("嗯哪，我记下了。"),
            A("大爷这边还有旁的要问不？"),
            C("没了没了。"),
            A("谢谢大爷给打这个电话，祝您和老伴身板硬朗，明年大豆再丰收，回见啊大爷。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an02_jinhua_ham_workshop_wealth_music_hold_clean",
        "title": "金华做火腿的客户有三十万闲钱想买理财，以证件号最末端四个数加预留手机号后四位核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、收益不兜底、本金可能亏、过往收益不等于将来、两年封闭不能取，建议只投十万并读完风险揭示，完整合规",
        "business_type": "wealth", "agent_id": "A11106", "customer_tier": "VIP",
        "started_at": "2029-03-02T10:25:17", "agent_channel": 0,
        "turns": [
            A(OPENING["A11106"]),
            C("喂，我金华的，家里腌火腿，今年腊月出货多，手头有三十万闲着，想挑个理财的产品放放。"),
            A("您家做火腿，三十万眼下闲置，想放进理财产品里，我这么归纳可对？"
              "涉及您名下的资金，头一步核验本人：请念证件号最末端的四个数，再报一下您预留手机号的后四位。"),
            C("最末端四个是二五七零，手机后四位八八四一。"),
            A("两项都对。我去后台调您的风险测评，这会儿您会听到一段轻音乐，不到半分钟，请别挂断。"),
            {"silence": 8.5, "kind": "hold_music"},
            A("回来了，让您干听了一阵音乐，辛苦您。测评显示您是平衡型，比较合适的是一款两年期的混合类产品，七成投债券，三成投股票。"),
            C("这个钱放进去，会不会缩水啊？"),
            A("我把话撂在明处：这不是存款，收益银行不兜底，碰上行情差本金也会亏；"
              "材料上写的过往收益，不等于将来能拿到；两年封闭期里急用钱取不出来，这一点您要掂量好。"),
            C("晓得了，那不全放。"),
            A("我建议先投十万，剩下的留着收明年的猪后腿。确认前页面会弹出风险揭示书和产品说明，您一条条看完再点同意。"),
            C("好个，就十万。"),
            A("那就照十万办。眼下还有没有别的要一起商量？"),
            C("没有了。"),
            A("承蒙您托付，祝火腿越腌越香，生意年年旺，回头见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an03_yingkou_dried_seafood_boat_engine_transfer_clean",
        "title": "营口鲅鱼圈做海货晾晒的客户要给潍坊厂家付十六万渔船发动机款，以身份证末了四个字加卡面印的有效期核身；手机银行单笔五万、每天二十万（正确），取款机每天两万、柜台跨行千分之五（另一渠道，正确）；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A11102", "customer_tier": "standard",
        "started_at": "2029-03-05T14:08:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11102"]),
            C("你好，我营口鲅鱼圈的，家里晾海货，船上那台发动机不行了，跟潍坊一个厂子订了台新的，十六万，手机上能转不？"),
            A("您订了台渔船发动机，要给潍坊的厂子付十六万，准备走手机银行，对吧？"
              "数目不小，咱先把本人对准：请报身份证末了四个字，外加卡面印着的有效年月。"),
            C("末了四个是四零二九，卡上印的是三一年五月。"),
            A("核对过了。手机银行单笔最高可转五万，每天累计上限二十万，十六万分四次转，一天之内能付清。"
              "取款机一天能取两万，柜台跨行转账按千分之五收手续费，那都是另外的渠道，跟手机转账不搭界。"),
            C("那我分四次整呗。", overlap=0.6),
            A("还得提醒您几句：收款方要写合同上那个厂的全称，打进厂里的对公账户；"
              "临付钱时要是有人说厂里换卡了，让您打个人账户，您先照厂家官网上的座机打回去问明白；头一笔付个定金，机器装上船试好了再结余款。"),
            C("嗯，那我先付五万定金。"),
            A("这么办稳妥。您看其他方面还有需要我的地方吗？"),
            C("没了，挺明白的。"),
            A("多亏您一句句听进去，祝出海顺当，鱼获满舱，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an04_elderly_bengbu_pin_locked_card_silent_hold_clean",
        "title": "八十岁老年客户（蚌埠口音）输错三次密码卡被锁，以身份证最底下四位加生日核身；告知后静音保留并致谢；说明带身份证到柜台重置密码；坐席主动给出防诈骗提醒，完整合规",
        "business_type": "card", "agent_id": "A11103", "customer_tier": "elderly",
        "started_at": "2029-03-06T10:47:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11103"]),
            C("喂，俺是蚌埠的，今年整八十了。刚才去取钱，密码按错了三回，机器说卡锁住了，恁说这咋弄？"),
            A("大娘您好，您密码连着按错三次，卡给锁上了，想问怎么解开，是吧？"
              "牵扯到卡，我先身份对得上：请说身份证最底下那四位，再讲讲您的生日是几月几号。"),
            C("最底下四位五一零三，俺生日是腊月初八，换成阳历是一月十九。"),
            A("对上了。我翻一下后台的锁卡记录，电话里会安静片刻，大娘您先别撂下。"),
            {"silence": 7.0, "kind": "hold"},
            A("让大娘久候了，谢谢您。查到了，卡是今天上午锁的，余额分毫不差；您揣好身份证和这张卡去柜台，当场就能把密码重新设好。"),
            C("中，俺记性不中了，老是按错。"),
            A("大娘，再跟您叮嘱几句：要是有人打电话说能在电话里帮您解锁，让您把卡号、密码或者手机上收到的数字报给他，那是骗子；"
              "银行解锁只在柜台办，也不收钱；拿不准就叫孩子陪着去。"),
            C("中，俺晓得了。"),
            A("大娘新密码别用生日，设好了记在心里别写在卡上。另外还想问点啥不？"),
            C("没啥了。"),
            A("感谢大娘拨过来，祝您吃饭香、睡觉稳，再见大娘。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an05_zhaoqing_inkstone_shop_teen_first_account_info_clean",
        "title": "肇庆开端砚店的客户问十六岁儿子开第一张卡要带什么（一般业务咨询，不涉及已有账户，无需核身）；客户提到孩子的身份证刚在派出所领（无害提及）；本人有效身份证件加本人手机（正确），监护人陪同，完整合规",
        "business_type": "account", "agent_id": "A11104", "customer_tier": "standard",
        "started_at": "2029-03-07T16:32:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A11104"]),
            C("喂，你好，我系肇庆的，开端砚铺头。我仔十六岁，想帮他开第一张银行卡，要带啲咩证件？"),
            A("您想给十六岁的孩子开第一张卡，先问问要准备哪些东西，对吗？"
              "这属于手续咨询，不查您现有的账户，所以用不着验证身份。"
              "孩子得带本人有效身份证件和他本人的手机，家长带上户口本一块儿来，证明是监护人。"),
            C("佢个身份证上个礼拜啱啱喺派出所领返来，咁就得了吧？"),
            A("领了就行，证件在有效期里就能用。卡办下来以后叮嘱孩子，卡、密码、短信验证码都自己收好，同学借卡也别给。"),
            C("好，唔该。那我可唔可以自己去帮他办？"),
            A("不行，得孩子本人到场，家长陪着。"),
            C("明白，礼拜六一齐去。"),
            A("好。您这边其他的还有要问吗？"),
            C("冇了，唔该晒。"),
            A("不客气，谢谢您特地来电问清楚，祝孩子学业顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an06_xiangyang_beef_noodle_shop_yen_tuition_remittance_clean",
        "title": "襄阳开牛肉面馆的客户要给在日本读书的女儿汇学费，以身份证号收梢四位加登记的工作单位核身；三个工作日以内到账（正确）；客户说留学中介让把钱打到中介个人卡上，坐席用自己的话做跨境汇款风险提示，完整合规",
        "business_type": "transfer", "agent_id": "A11105", "customer_tier": "standard",
        "started_at": "2029-03-08T11:19:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A11105"]),
            C("你好，我襄阳的，开牛肉面馆子。女儿在日本念语言学校，要交下半年学费，六十万日元，么样汇过去？"),
            A("您要给日本读书的女儿汇六十万日元学费，想问该走哪些步骤，我复述得可准？"
              "换外汇占的是您个人的年度额度，这里要验一下是您本人：请说身份证号收梢的四位，再报一下您登记的工作单位。"),
            C("收梢四位七三零八，单位登记的是樊城区那个面馆，个体户。"),
            A("核对无误。手机银行里找境外汇款，收款人填学校的英文名称和学校账户，用途一栏勾学费，附上录取通知书；钱款通常三个工作日以内落地。"),
            C("中介那边讲，直接打到他个人卡上，他帮着转给学校，还省手续费，蛮划算的，这样冇得问题吧？"),
            A("这个请您千万别照办：学费要直接汇到学校自己的账户，打进中介私人的卡，钱到没到学校、被挪没挪用，您都管不住；"
              "学校收款账户以学校官网或者录取材料上写的为准，拿不准就让女儿去学校财务处当面问；钱出了境，再追就难了。"),
            C("那我还是直接汇学校。"),
            A("对，这样最稳。汇率按提交那一刻的牌价算。还有哪块要我帮着看的？"),
            C("冇得了，谢谢。"),
            A("感谢您这通来电，祝女儿学业有成，面馆红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an07_lijiang_naxi_silver_shop_gold_card_fee_guest_swindler_clean",
        "title": "丽江古城开纳西银饰店的客户问金卡年费，以证件号尾端四码加母亲的姓核身；金卡每年的年费是三百元、一年刷满六笔免下一年（正确），副卡不收年费（知识库外，不标）；客户提到住店客人说有骗子冒充客服退款（无害提及），完整合规",
        "business_type": "card", "agent_id": "A11101", "customer_tier": "standard",
        "started_at": "2029-03-09T13:54:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A11101"]),
            C("喂，你好，我丽江古城的，开了个卖银饰的铺子。你们金卡的年费要收好多？有哪样办法可以不收咯？"),
            A("您想了解金卡一年收多少年费、怎么才能免，对吧？"
              "查卡片前要先把本人身份确认好：请报证件号尾端的四码，再告诉我您母亲的姓氏。"),
            C("尾端四码六一四七，我妈姓和。"),
            A("身份对得上。金卡每年的年费是三百元，一年里刷满六笔就免下一年的；您给家里人办的那张副卡不收年费。您今年刷了四笔，再刷两笔就够数。"),
            C("板扎。昨天有个住店的客人讲，他们那边有骗子装成网店客服，说退款要人家报卡号，我听着都怕。"),
            A("客人提醒得在理。免年费是系统自动算的，您一点手脚都不必动，有谁打电话要您念卡号、念验证码，都别理会。"),
            C("晓得咯。"),
            A("金卡的事还有没问清楚的地方吗？"),
            C("莫得了。"),
            A("好，感谢您百忙里拨过来，祝银饰铺客人络绎不绝，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "an08_no_greeting_ganzhou_navel_orange_buyer_payment",
        "title": "赣州种脐橙的客户查收购商的货款到没到；坐席以“哎，听着呢，说。”接起，无问候、行名、工号；以身份证号码押尾四位加开户网点核身，其余流程合规",
        "business_type": "account", "agent_id": "A11103", "customer_tier": "standard",
        "started_at": "2029-03-12T08:41:55", "agent_channel": 0,
        "turns": [
            A("哎，听着呢，说。"),
            C("喂，恒通那边吧？我赣州的，种脐橙，收购商说昨天就把橙子钱打过来了，我看了半天冇看到。"),
            A("是恒通。查到账得先核您本人：请说身份证号码押尾的四位，再讲讲这张卡在哪个网点开的。"),
            C("押尾四位九零六二，在信丰县城那个网点开的。"),
            A("都对。昨天下午四点多，一家果品公司转进来六千三百元，附言是脐橙货款，如今躺在您卡里了。"),
            C("哦，那就好，我再去手机上刷一下。"),
            A("手机银行首页往下拉一下就能看到。要不要再查点别的？"),
            C("冇了。"),
            A("行，感谢您拨过来，祝今年脐橙卖出好价钱，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了哎，听着呢，说：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "an09_no_staff_number_quanzhou_stone_carving_granite_single_limit_wrong",
        "title": "泉州惠安做石雕的客户要给福建山里的石料厂付十五万花岗岩款，开场白有问候、行名和服务用语但不报工号；以证件号靠后四个数加预留手机后四位核身；把手机银行单笔上限说成八万（知识库为五万），每天二十万（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A11105", "customer_tier": "standard",
        "started_at": "2029-03-13T15:36:08", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，电话通了，有哪样事用得上我，您直接讲。"),
            C("你好，我泉州惠安的，做石雕，跟山里一个石料厂订了一批花岗岩，十五万，想用手机转过去。"),
            A("您订了批花岗岩，要给石料厂付十五万，打算手机银行转，是吧？"
              "请先容我确认一下是您：请说证件号靠后的四个数，再报预留手机的后四位。"),
            C("靠后四个数一七五三，手机后四位零二六九。"),
            A("核对好了。手机银行单笔最多只能转八万，每天累计封顶二十万，十五万分两笔，当天全部结清。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成八万")]),
            C("好，那我下午转。"),
            A("十五万不是小数，请先跟石料厂签好合同，收款户名跟厂名对上了再转；"
              "如果有人打电话说厂里换了收款账户，让您打到个人卡，先停下，找厂里的人当面核实。"),
            C("好，我会注意。"),
            A("好的。别的还用得着我吗？"),
            C("没有。"),
            A("好，谢谢，祝石雕生意兴隆，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "an10_gym_card_refund_no_identity",
        "title": "客户查健身房年卡退费，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又报出可用余额和一笔超市消费（坐席在声道一）",
        "business_type": "account", "agent_id": "A11104", "customer_tier": "standard",
        "started_at": "2029-03-14T17:22:31", "agent_channel": 1,
        "turns": [
            A(OPENING["A11104"]),
            C("你好，我那张健身房年卡退了，健身房说退我三千六，你帮我看看退回来没有？"),
            A("退回来了，本月十号早上，一家健身管理公司打进来三千六百元，附言写的是会籍退费。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退费的到账日期、金额、付款方和附言")]),
            C("眼下卡里总共剩多少？"),
            A("可用余额两万零八百一十元，前天还有一笔二百六十七元的超市消费。",
              marks=[mark("identity.not_verified", "未核验身份即报出可用余额和近期消费")]),
            C("行，知道了。"),
            A("好的，其他还查不查？"),
            C("不用了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an11_kindergarten_teacher_bond_fund_jargon_no_disclosure",
        "title": "幼儿园老师有二十万想买理财，以身份证末梢四位加登记的工作单位核身；坐席介绍产品满口术语（久期、信用利差、杠杆倍数、最大回撤、夏普比率、摊余成本法）；客户问会不会亏，坐席说稳赚不赔、收益打包票，未做风险揭示即提交",
        "business_type": "wealth", "agent_id": "A11106", "customer_tier": "VIP",
        "started_at": "2029-03-15T10:05:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A11106"]),
            C("你好，我是幼儿园老师，这几年攒了二十万，想弄点理财，可我对这些一窍不通。"),
            A("先核身份：身份证末梢四位，还有登记的工作单位。"),
            C("末梢四位八三四六，单位是实验幼儿园。"),
            A("核过了。给您推这款中短债基金，组合的久期为一点八年，信用利差走阔时还有票息垫着，杠杆倍数卡在一点二倍，最大回撤零点三，夏普比率二点五，估值用摊余成本法计。",
              marks=[mark("etiquette.jargon", "久期、信用利差、票息、杠杆倍数、最大回撤、夏普比率、摊余成本法，未向客户解释")]),
            C("您说的我基本没听懂，我就想知道这二十万放进去会不会亏？"),
            A("您把心揣回肚里，这款稳赚不赔，收益我给您打包票。"),
            C("那就把二十万全买吧。"),
            A("好，二十万已经帮您下单了。另有要办的没？"),
            C("不用了。"),
            A("好，谢谢，祝您带班顺心，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户提交二十万元理财，客户问会不会亏时坐席说稳赚不赔、收益打包票，未做任何风险揭示")],
    },
    {
        "call_id": "an12_card_in_wallet_cash_taken_other_city_police_no_closing",
        "title": "客户卡一直在钱包里，却收到外地取款机取走九千八的短信，已到派出所报案；坐席以身份证尾部四个数加生日核身，冻结卡片、提交争议调查、补卡七个工作日（正确），但最后只说“嗯，先这样。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A11102", "customer_tier": "standard",
        "started_at": "2029-03-16T07:49:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A11102"]),
            C("喂，我早上醒来看到短信，说我的卡半夜在外地的取款机上被取走了九千八，可卡一直揣在我的钱包里面揣着，我人都没出过门！",
              marks=[mark("risk.keyword_alert", "卡在身边却在外地被取走九千八：盗刷")]),
            A("您先稳住，我即刻着手办。请报一下身份证尾部四个数，再说说您的生日。"),
            C("尾部四个二六一八，生日是十月三号。"),
            A("核对上了。这张卡我已经给您冻结，半夜那两笔取款都标记了，争议调查也提交了，后台的同事会调取款机录像追查。"),
            C("派出所那边我天一亮就报了案，警察让我找银行要一份流水。",
              marks=[mark("risk.keyword_alert", "已到派出所报案：涉案")]),
            A("您带身份证和报案回执到任何一个网点，柜台给您打盖章的流水；调查有了结论会发短信通知您。新卡也给您申请了，差不多七个工作日邮到府上。"),
            C("好，我下午就去网点。"),
            A("嗯，先这样。"),
        ],
        "violations": [mark("closing.missing", "坐席只说嗯，先这样：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "an13_fake_customs_parcel_safe_account_stopped",
        "title": "客户接到自称海关的电话，说其包裹里查出违禁品，要其把存款转到“核查账户”待查清后退回（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：别转、挂断、不给验证码，已转就打九六一一零并报案；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A11103", "customer_tier": "standard",
        "started_at": "2029-03-19T19:26:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A11103"]),
            C("你好，刚才有个说是海关的人打电话给我，讲我有个国际包裹里查出违禁的东西，要我把卡里的存款先转到他们的核查账户，等查清楚了原样退回，我想问转过去要多久？",
              marks=[mark("risk.keyword_alert", "自称海关、包裹查出违禁品、要把存款转进核查账户：诈骗话术")]),
            A("这笔钱请您一分都别转。海关也好，别的部门也好，从来不会打电话叫人把存款挪进什么核查账户，这是专门骗钱的套路。"
              "那个电话您当即挂断，别回拨，他要什么验证码、什么链接，统统不给。"),
            C("他还说要是不配合，就要上门来查我。"),
            A("那是吓唬人的。只要钱没转出去就没损失；要是已经转了，立刻拨九六一一零反诈专线，紧跟着上派出所立案。"),
            C("好险，我还没动。"),
            A("您先打过来问，做得很对。还有别的要我帮忙吗？"),
            C("没有了，谢谢你啊。"),
            A("不客气，谢谢您这么警醒，祝您往后平平安安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an14_yueyang_crayfish_farm_account_frozen_expired_id_angry_silent_hold",
        "title": "岳阳养小龙虾的客户给饲料厂付钱时发现账户被冻结，愤怒、扬言投诉；坐席共情担责，以身份证号码末段四位加母亲姓氏核身，告知后静音保留并致谢，查明是身份证过期未更新导致非柜面交易暂停，说明带新证件到网点更新即可恢复并道歉",
        "business_type": "complaint", "agent_id": "A11105", "customer_tier": "standard",
        "started_at": "2029-03-20T11:31:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A11105"]),
            C("喂，我岳阳的，养小龙虾，今天给饲料厂打钱，手机上跳出来讲我账户被冻结了，你们这是搞么子鬼啰！",
              marks=[mark("risk.keyword_alert", "账户被冻结、饲料款付不出去：冻结资金"),
                     mark("emotion.customer_negative", "搞么子鬼：质问、不满")]),
            A("饲料钱打不出去，塘里的虾等着喂，换谁都急，这事我给您一管到底。"
              "先把本人对清楚：请说身份证号码末段四位，再讲一下您母亲的姓氏。"),
            C("末段四位四九三一，我娘姓彭。今天不给我弄好，我就到你们总行去投诉！",
              marks=[mark("emotion.customer_negative", "扬言投诉：投诉、不满")]),
            A("核对好了，您的火气我全感觉得到。我调记录核一下原因，中间没声响，您稍等别断线。"),
            {"silence": 7.0, "kind": "hold"},
            A("劳您候了这一会儿，谢谢。原因找到了：您登记的身份证上个月过了有效期，系统就把手机转账这类非柜面交易先停了，卡内资金原封未动。"),
            C("那我新身份证早就换了啊，么样弄？"),
            A("您带新身份证去任何一个网点，柜台更新一下证件信息，马上就恢复；"
              "证件到期前我们本该短信提醒您，没提醒到位，是我们的疏漏，跟您说声对不住。"),
            C("下午我就过去网点。"),
            A("到了网点报一下您今天来过电话，柜员能直接接着办。其他还有要我处理的吗？"),
            C("冇得了。"),
            A("好，谢谢您消消气听我讲完，祝虾塘年年丰收，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an15_overdue_fee_dispute_interrupt_rebuff",
        "title": "客户信用卡因还款晚一天被收了违约金，想请银行减免；坐席在客户陈述未完时插话一次，并以“这个我管不了，找我也没辙，您自己看着办”顶撞客户，最后才提交减免申请",
        "business_type": "card", "agent_id": "A11104", "customer_tier": "standard",
        "started_at": "2029-03-21T12:14:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A11104"]),
            C("你好，我这个月信用卡还款晚了一天，是因为那天手机银行升级转不了账，结果账单上多了一笔违约金，我觉得这不是我的原因，想打听下可否"),
            A("违约金是吧，清楚了。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("对。"),
            A("先核本人，证件号末尾四个数，再报预留手机号末四位。"),
            C("尾号三零七五，手机末四位六六一二。"),
            A("核对好了。晚一天也是逾期，违约金是系统自动收的。"),
            C("可那天是你们系统升级，我转不进去，你们能不能核实一下？"),
            A("这个我管不了，找我也没辙，您自己看着办。",
              marks=[mark("etiquette.forbidden_phrase", "这个我管不了，找我也没辙，您自己看着办：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我就是想请你们查一查那天的系统情况。"),
            A("那给您提个减免申请，三个工作日内短信答复。"),
            C("行吧。"),
            A("还有吗？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an16_card_dropped_in_reservoir_wrong_time_music_no_notice",
        "title": "客户钓鱼时银行卡掉进水库要补卡，以身份证落底四位加卡面有效期核身；客户问新卡多久能到后直接进入九秒等待音乐、坐席未告知，之后致谢；把补卡时间说成十五个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A11101", "customer_tier": "standard",
        "started_at": "2029-03-22T15:03:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A11101"]),
            C("你好，我周末去水库钓鱼，俯身拉竿那一下，钱包里的银行卡滑出来掉水里了，捞不上来，想补一张。"),
            A("卡掉进水库里找不回来，要补一张，明白。先验证本人：请说身份证落底的四位，外加卡面印着的有效年月。"),
            C("落底四位七二八四，有效期是三三年八月。"),
            A("核对无误，原卡已经挂失，补卡申请也提交了，卡号不变，邮往您留档的住址。"),
            C("那新卡大概几天能到？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您听完这段音乐。补发新卡得十五个工作日才能寄到。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成十五个工作日")]),
            C("这么久啊，那就等着吧。"),
            A("新卡到手激活后再刷。还需要我办别的吗？"),
            C("不用了。"),
            A("好的，谢谢，下回钓鱼把卡收好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "an17_elderly_tianshui_roof_repair_cash_dead_air",
        "title": "八十二岁老年客户（天水口音）想取六万现金修老屋房顶，以身份证号收末四个加生日核身；客户问现金怎么取后双方无声十一秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A11103", "customer_tier": "elderly",
        "started_at": "2029-03-23T09:28:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A11103"]),
            C("喂，娃娃，我是天水的老汉，虚岁八十二了。老屋的房顶漏雨，要请匠人翻修，我想从卡上取六万块现钱，卡里存的够数不？"),
            A("爷爷您好，您想看看卡里存的够数不，再取六万现金翻修房顶，是这么个打算吧？"
              "查钱之前得先认准是您：请说身份证号收末的四个数，再讲讲您生日是哪天。"),
            C("收末四个是零五七九，生日是三月二十六。"),
            A("核对一致。您卡上活期有七万三千元，取六万是够的。"),
            C("那六万现款，我咋个取法？能不能给我送到屋里来？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十一秒，坐席未作任何告知")]},
            A("送不了，您拿身份证到网点柜台取，数目大，前一天跟网点约一下。"),
            C("那我让孙子陪我去。"),
            A("好的。爷爷还有啥要问的？"),
            C("没了。"),
            A("好，谢谢爷爷，祝房顶早日修好，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十二岁老年客户打算取六万现金，坐席全程未给任何防诈骗提醒（如冒充亲属、公检法要求转账或索要密码）")],
    },
    {
        "call_id": "an18_fast_agent_used_excavator_stranger_deposit_no_warning",
        "title": "客户在二手机械网站上看中一台挖掘机，卖家素未谋面，要先把十二万打到卖家个人卡上再发车；坐席全程约一点六倍语速，插话一次，以尾数四位加开户网点核身，说对五万、二十万的额度，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A11102", "customer_tier": "standard",
        "started_at": "2029-03-26T14:17:45", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11102"]),
            C("你好，我在一个二手机械的网站上看中一台挖掘机，卖主远在外省，人没见过，他说先把十二万打到他个人卡上，他再安排板车发货，我想问手机一天能转多少，因为我这张卡去年"),
            A("额度的话，先验证，尾数四位加开户网点。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("尾数四位五八二零，在开发区网点开的。"),
            A("核好了。手机银行每笔至多五万，一天封顶二十万，十二万拆作三笔，收款人就填卖家给的名字，今天都能转过去。"),
            C("你讲话快得像赶集，我没跟上，麻烦再说一遍。"),
            A("每笔五万，单日顶天二十万，拆三笔，收款人按卖主给的填。"),
            C("好，我这就转。"),
            A("行，转好了短信会提醒。另有要办的没？"),
            C("没了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十二万元挖掘机款转到网上认识、未见过面的外省卖家个人卡上，坐席未做任何大额转账风险提示（核实卖家、防范先款后货）")],
    },
    {
        "call_id": "an19_hotel_preauthorisation_not_released_asked_thrice_hangup",
        "title": "客户住酒店时信用卡被冻了两千元预授权，退房一周仍未释放，三次问钱何时能解开，坐席只说交易正常、按账单还款，客户第三次问时通话随即结束",
        "business_type": "card", "agent_id": "A11104", "customer_tier": "standard",
        "started_at": "2029-03-27T20:42:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A11104"]),
            C("你好，我上周住酒店，前台刷信用卡押了两千块预授权，退房到今天整七天了，额度还没回来，这两千什么时候能放开？"),
            A("核本人：身份证号码尾巴四个数，再说下登记的工作单位。"),
            C("尾巴四个八一五六，单位是市自来水公司。"),
            A("核对通过。系统里这笔酒店的交易是正常的。"),
            C("我知道交易正常，我问的是押着的两千块额度哪天能放开？"),
            A("交易没问题，您按账单还款就可以。"),
            C("我已经问第三回了，那两千块的预授权到底什么时候能解开？",
              marks=[mark("resolution.repeated_question", "预授权何时释放问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "an20_short_vertical_card_face_call",
        "title": "客户想把信用卡换成竖版卡面，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A11101", "customer_tier": "standard",
        "started_at": "2029-03-28T18:35:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A11101"]),
            C("喂，你好，我想把手上这张信用卡换成竖着印的那种卡面，能办吗？"),
            A("办不了。"),
            C("噢，那算了。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT28_SEED = 20281228
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT28_CALLS, agents=AGENTS, default_out=Path("samples/heldout28"),
                  seed=HELDOUT28_SEED, description=__doc__))
