#!/usr/bin/env python3
"""Render the sixteenth held-out evaluation set in samples/heldout16/ (dev-only; never imported by the product).

The first fifteen held-out sets (samples/heldout/ to samples/heldout15/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This sixteenth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the
fifteen earlier held-out sets (no clause of five characters or more is shared, in either direction,
with make_samples.py or make_heldout.py to make_heldout15.py): other agents (A9801-A9806) with their
own openings (胸牌上的号码, 岗位编码, 职员序号, 服务代号, 坐席标识, 值守顾问登记号), other verification routes (the phrase set as
the mobile-banking anti-phishing message, the issuing authority on the back of the ID card, the
answer to the security question set (a primary-school head teacher's surname), the automatic debit
signed on the card, the payee most often transferred to, a six-digit text code sent to the phone on
file; the ID digits asked as 末四码, 最后一段, 第十五到十八位), other hold and closing phrasings, topics the
earlier sets did not use (a beekeeper's honey money in a gold accumulation plan, dollars sent by a
nephew in the Philippines to an elderly man, a night-shift police officer opening a salary account,
a second-hand boat engine, green coffee bought from a Kenyan cooperative, a standard card upgraded
to gold, a card chewed by the family dog, piano-lesson fees coming in, a second-hand tractor, a
cancelled concert's refund, a convertible-bond fund of funds, a fake customs officer's "safe
account", a second-hand piano "buyer" whose platform wants a deposit, a roommate who took the card
from a drawer during a hospital stay, a motorway toll taken twice, a renovation firm's final payment
at the counter, points for kindergarten fees, navel-orange money and a card for the wife, a
first-swipe suitcase gift that never came, a statement date that cannot move), dialect-flavoured
customers (Quanzhou in Fujian, Zhoushan in Zhejiang, Tianshui in Gansu, Zunyi in Guizhou and Ganzhou
in Jiangxi; the Quanzhou and Ganzhou customers are elderly) and hard negatives (steps done in
unusual words, steps not required in that situation, harmless mentions of the police, of swindlers
and of verification codes, figures right for another channel or card, large transfers and a
remittance abroad with a warning, a customer who starts before the agent has finished). It is for
measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout16.py
    /work/tts-venv/bin/python tools/make_heldout16.py --only aa13_used_piano_buyer_platform_deposit_no_warning
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
#   number may be said as "胸牌上的号码是NNNN", "岗位编码NNNN", "职员序号NNNN", "服务代号NNNN",
#   "坐席标识NNNN" or "值守顾问登记号NNNN". aa09 greets, names the bank and offers help with no
#   number (staff_id_missing); "嗯，讲。" (aa08) is no greeting at all (both labels);
# - identity: a check before any account data or account action. ID digits + the mobile-banking
#   anti-phishing message (aa01, aa04, aa11), + the issuing authority on the back of the ID card (aa02,
#   aa18), + the security question's answer, a primary-school head teacher's surname (aa06, aa13,
#   aa15, aa19), + the automatic debit signed on the card (aa08, aa12, aa16, aa17), + the payee most
#   often transferred to (aa05, aa09, aa14), + a six-digit text code sent to the phone on file (aa07).
#   identity.not_verified = each agent turn that discloses account data before a check: aa10 (a
#   concert refund's date, amount and payer, then the last three spendings, no check at all: two
#   turns). General information (aa03: what to bring to open an account; aa20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (aa11: a convertible-bond
#   fund of funds "that cannot lose"), a fraud script the customer describes left without an
#   anti-fraud warning while the agent helps the money out (aa13). A disclosure in the agent's own
#   words counts (aa01). Large transfers carry a warning in the agent's own words (aa04, aa09, aa16),
#   the remittance abroad too (aa05);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (aa13: a second-hand platform's "customer
#   service" wants a 20,000 deposit from the seller first, refunded with the price). aa12 twice
#   (我刚被骗了两万八; 我已经打了反诈热线，民警叫我…), aa14 once (a roommate took the card
#   from a drawer and withdrew 7,200). The customer who is a police officer and the code question (aa03), the
#   grandson's word about swindlers (aa02), the dog and the police joke (aa07) and the agents' own warnings
#   (aa04, aa10) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (aa18: a
#   76-year-old checking navel-orange money and asking about a card for his wife). The other
#   elderly call (aa02) carries it;
# - emotion.customer_negative: aa14 three times, aa19 once. etiquette.jargon: aa11.
#   forbidden_phrase and agent_negative: aa15, aa17 (both labels on each);
# - hold: announced holds in other words count (aa04 silent, aa07 music, aa14 silent; all thanked).
#   In aa16 the music (10 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: aa18, 11 s after the elderly customer asks how his wife can get a card;
# - closing: thanks and goodbye in other words count; aa12 ends with "就先这样吧。":
#   closing.missing; aa19 and aa20 end without any closing;
# - answer.wrong_fact: aa09 (手机银行一笔封顶八万; the KB says 五万) and aa16
#   (柜台跨行转账按转账金额的千分之八收手续费; the KB says 百分之零点五). Right figures stay
#   unlabelled (aa04's 五万 / 二十万 and the cash machine's 两万 a day, another channel; aa05's
#   一到三个工作日; aa06's 普卡 一百元 beside the 金卡 三百元; aa07's 七个工作日; aa09's daily 二十万);
# - etiquette.interruption: aa15, 1.2 s and 1.0 s. In aa06 the customer starts 0.5 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: aa19; handling.time_standard: aa20;
#   etiquette.speech_rate: the agent at 1.6x (aa17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9801": {"team": "一线G组", "staff_no": "二六五八"},
    "A9802": {"team": "一线G组", "staff_no": "九一四七"},
    "A9803": {"team": "一线H组", "staff_no": "三八零五"},
    "A9804": {"team": "一线H组", "staff_no": "六零三九"},
    "A9805": {"team": "一线H组", "staff_no": "四七一二"},
    "A9806": {"team": "二线E组", "staff_no": "一八六三"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9801": "您好，恒通银行，我胸牌上的号码是二六五八，您碰到了哪桩事，只管吩咐。",
    "A9802": "恒通银行来电服务台，岗位编码九一四七，您好，今天打算办理哪一项？",
    "A9803": "您好呀，恒通银行，职员序号三八零五正在线上，遇到什么难处您慢慢讲。",
    "A9804": "您好，恒通银行，服务代号六零三九替您接听，需要帮您料理点什么呢？",
    "A9805": "您好，多谢致电恒通银行，我的坐席标识是四七一二，想了解什么请告诉我。",
    "A9806": "您好，恒通银行理财专线，值守顾问登记号一八六三，您手头的钱想怎么安排，我陪您一块儿参谋。",
}

HELDOUT16_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "aa01_beekeeper_honey_money_gold_accumulation_clean",
        "title": "养蜂人追着花期卖蜂蜜攒下二十六万，想试试积存金，以身份证末段四位加手机银行预留信息核身；坐席用自己的话讲明金价会跌、过去涨得多不代表以后、买卖有差价和手续费、不是存款不受存款保险保障，建议只拿五万分十个月定投、留出开春买蜂王的钱，开通前先看协议和风险提示，完整合规",
        "business_type": "wealth", "agent_id": "A9806", "customer_tier": "VIP",
        "started_at": "2028-02-01T10:12:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A9806"]),
            C("你好，我是放蜂的，今年追着花期从云南一路赶到青海，卖蜂蜜落下二十六万，冬天蜂箱都进了窝，听人讲买点黄金能保值，想问问你们那个积存金。"),
            A("您卖蜂蜜攒下二十六万，想拿一部分试试积存金，看能不能保值，我听得没走样吧？"
              "讲这类产品以前，得先弄清接电话的是户主本人：请报一下身份证号最后一段的四个数字，再念一下您给手机银行设置的那句预留信息。"),
            C("最后一段是四四零七，预留信息是蜜蜂嗡嗡。"),
            A("跟系统里的记录吻合。积存金就是按克攒黄金，可以一次买，也可以每月定投，一克起步，价格跟着国际金价走。"),
            C("那黄金总归只涨不跌吧？"),
            A("这个我真不敢打保票，几桩事要先摆到桌面上：金价一天到晚都在变，前几年涨得多不代表往后还涨，"
              "跌起来一年亏掉一两成也出现过；买进卖出都有点差价和手续费，短进短出容易亏；它算不上存款，不在存款保险的赔付范围里。"),
            C("这么讲还是有风险的。开春我还要买新蜂王、添蜂箱，得花钱。"),
            A("那买蜂王添蜂箱的钱先单独留着。您做过的风险评估结果是稳健型，积存金放一小部分可以，不宜太多。"
              "我建议拿五万出来，分十个月定投，每月五千，剩下的放活期，开春随用随取。"),
            C("好，就照这个来，每个月五千。"),
            A("您在手机银行开通积存金的时候，页面会先列出业务协议和风险提示，您一条条看过、勾选同意，定投才会生效。"
              "另外还有什么想顺带了解的？"),
            C("没有了，听明白了。"),
            A("好的师傅，多谢您这么信得过我们，祝明年花开得旺、蜜打得多，咱们下回再聊，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa02_elderly_quanzhou_nephew_philippines_dollars_clean",
        "title": "七十九岁老年客户（福建泉州口音）问在菲律宾的侄子汇来的两千美元到没到、怎么换人民币，以身份证末四位加身份证背面的签发机关核身；提到孙子说骗子多、叫他别乱接电话（无害提及）；坐席说明已到账和结汇办法，并用自己的话提醒冒充银行、海关、公安说外汇有问题要转账或索要密码和短信数字的骗局，完整合规",
        "business_type": "account", "agent_id": "A9803", "customer_tier": "elderly",
        "started_at": "2028-02-02T09:26:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A9803"]),
            C("喂，小妹，阮是泉州人，今年七十九了，耳朵有点背，歹势啊。阮侄子在菲律宾做生意，讲上礼拜给阮汇了两千美金过来，阮想问问到了没有，要怎么换成人民币。"),
            A("阿公您好，您侄子从菲律宾给您汇了两千美元，您想知道到账没有、怎么换成人民币，是不是？"
              "动您的账户以前要认准是您：请讲一下身份证号码最末一截的四个数，再讲讲身份证背面签发机关那一栏写的是哪里。"),
            C("最末四个是二零五一，背面写的是泉州市公安局丰泽分局。"),
            A("没错，是您本人。这笔钱前天已经进了您卡上的美元户头，两千美元整，汇款人的名字跟您侄子对得上。"
              "要换成人民币，带上身份证到丰泽的网点，柜员帮您结汇，按当天的牌价算。"),
            C("有影哦。阮孙子讲这阵子骗子真多，叫阮不要乱接电话，阮才直接打你们这个号码。"),
            A("您孙子讲得在理，打我们这个号码最稳当。我再跟您交代几句：不管谁打电话来，说自己是银行、海关还是公安，"
              "讲这笔外汇有问题、要您转到别的账户配合检查，统统是骗子设的局；银行的人不会问您要密码，"
              "也不会叫您念手机上收到的数字。碰到拿不准的，先挂掉，找孙子商量，或者到网点当面问。"),
            C("好好好，阮记牢了。换钱要不要收费？"),
            A("结汇本身不单独收费用，按牌价换就是了。网点那里有专门照顾老人家的窗口，用不着排长队。"),
            C("那阮过两天叫孙子陪阮去。真多谢。"),
            A("阿公，这边还有什么能帮上您的没有？"),
            C("没了没了。"),
            A("好的阿公，感谢您打过来，天气转凉留意身体，祝您长命百岁，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa03_night_shift_police_officer_salary_account_info_clean",
        "title": "值夜班的民警想开工资户，问周末网点能不能办、要带什么（一般业务咨询，不涉及本人账户，无需核身）；问警官证能否代替身份证、柜台发的验证码要不要念出来、说自己平时给街坊讲防骗（均为无害提及）；坐席讲明带本人有效身份证件和本人手机，完整合规",
        "business_type": "account", "agent_id": "A9801", "customer_tier": "standard",
        "started_at": "2028-02-03T15:48:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A9801"]),
            C("你好，我在派出所上班，是值夜班的民警，白天基本都在补觉，单位让我在你们这儿开个户发工资，周末网点能办吗？要带些什么？"),
            A("您要开一个收工资的户头，白天得补觉，所以想问周末能不能办、要带哪些东西，我理解得可对？"
              "这属于办事规矩，不碰您的账户，核对身份这一步就免了。开户请带上本人有效身份证件，再带上本人的手机，当场要收短信。"),
            C("警官证能顶替身份证吗？"),
            A("警官证顶替不了，还得是身份证。不少网点周六上午照常营业，哪一家开门，您在手机银行的网点查询里一搜就知道。"),
            C("那开户时柜员让我手机收的验证码，我是念给她听，还是自己输？"),
            A("那串码您自己在柜台的密码键盘上按进去就行，不必念出来。"),
            C("行，那我这礼拜六上午去。哈哈，平常都是我给街坊讲防骗，今天倒轮到我来请教银行了。"),
            A("那您可是行家。户开好以后把卡号报给单位财务，下个月工资就能打进来。还需要我交代点别的吗？"),
            C("不用了，挺明白的。"),
            A("好嘞，感谢您打进来，值夜班辛苦了，祝您周末睡个好觉，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa04_zhoushan_boat_engine_transfer_hold_clean",
        "title": "浙江舟山渔民在宁波船厂买二手船用柴油机十二万八，以身份证末四码加手机银行预留信息核身；告知后静音保留并致谢；手机银行单笔五万、一天二十万说对，取款机每天两万（另一渠道，正确）；用自己的话做大额转账提醒（对公账户、冒充船厂改账户先打座机、试机后付尾款），完整合规",
        "business_type": "transfer", "agent_id": "A9802", "customer_tier": "standard",
        "started_at": "2028-02-04T11:05:49", "agent_channel": 0,
        "turns": [
            A(OPENING["A9802"]),
            C("喂，侬好，阿拉是舟山打鱼的，船上那台柴油机坏掉了，在宁波一家船厂买了台二手的，十二万八，想问问用手机转账一趟能转过去伐？"),
            A("您买二手船用柴油机，要付给宁波的船厂十二万八，想知道手机银行能不能一次付清，我理解对吧？"
              "这笔数目不小，先核实是您本人：请说一下身份证号码末四码，再念一念您手机银行登录页上的预留信息。"),
            C("末四码三一六九，预留信息是平安归港。"),
            A("核实无误。我查一下您这张卡今天还剩多少转账额度，请您在线上候个十来秒，这中间听筒里没声音属于正常。"),
            {"silence": 7.0, "kind": "hold"},
            A("久等了，感谢您守着电话。手机银行一笔顶多五万，一天加在一块儿不超过二十万，今天的额度一点没用，十二万八分三笔，今天之内办得完。"),
            C("那我还想去取款机取点现钞给船老大付运费，那台机器一天最多给取多少现金？"),
            A("自助取款机取现一天封顶两万，和手机转账各算各的，不会互相占用。"),
            C("晓得了，交关清爽。"),
            A("付款以前还要提醒您：钱最好打到船厂的公司账户，跟合同上的户名对一遍；要是有人冒充船厂的人，"
              "打电话说账户换了、叫您转进个人卡，先拨船厂座机问清楚；能等机器装上试过再付尾款最好。"),
            C("阿拉先付一半，机器装上船试过了再付另一半。"),
            A("这样很稳妥。手机上收到的动态码，您自己输进去就行，谁来打听都别讲。您那边另外还要办点啥？"),
            C("没有了。"),
            A("好的，谢谢您一路配合，祝您出海顺风、满舱而归，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa05_cafe_kenya_green_coffee_usd_remittance_clean",
        "title": "咖啡馆老板自己烘豆，要给肯尼亚一家咖啡合作社付九千美元生豆款，以身份证第十五到十八位加最常转账的收款人核身；坐席用自己的话做跨境汇款风险提示（有人冒充卖方称换了收款账户是常见骗局、用原有电话核实、收款人名称与合同一致、汇出后难追回）；一到三个工作日到账（正确），完整合规",
        "business_type": "transfer", "agent_id": "A9805", "customer_tier": "standard",
        "started_at": "2028-02-07T14:31:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A9805"]),
            C("你好，我开了家小咖啡馆，豆子是自己烘的，这回从肯尼亚一家咖啡合作社订了六袋生豆，要付九千美元，头一次往非洲打钱，想知道怎么办。"),
            A("您要给肯尼亚的咖啡合作社付九千美元生豆款，头一回往那边汇，想弄明白办理步骤，对吧？"
              "这要动用您名下的购汇额度，身份先验一验：请报身份证号码的第十五到第十八位，再说说这张卡最常转账的收款人是谁。"),
            C("第十五到十八位是七七二零，最常转给我店里的烘焙师，叫许文博。"),
            A("信息相符。您把采购合同和合作社开的形式发票备好，在网银上传或者到柜台办都行。汇出以后，一般一到三个工作日合作社就能收到。"),
            C("合作社说可以先付六成，豆子装船拿到提单再付剩下的，这样要注意点什么？"),
            A("分两次付挺好。有一点务必留神：跨国买货最常见的一种骗局，是有人冒充卖方发邮件或者消息，声称换了新的收款账户。"
              "碰到这种情况别光看文字，用您原先存的电话直接打给合作社核实，收款人名称必须跟合同一模一样；钱一出国门，再想要回来几乎没指望。"),
            C("好，账户有变动我先打电话问合作社。"),
            A("另外美元牌价每天都在变，扣多少人民币按您提交那一刻的价格算。您还有什么需要我解释的？"),
            C("没有了，挺有帮助。"),
            A("好的，谢谢您选我们来办，祝小店的咖啡越烘越香，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa06_tianshui_standard_card_upgrade_fee_clean",
        "title": "甘肃天水客户想把用了三年的普卡换成金卡，问年费差多少、今年刷了几次，以身份证末四码加预设安全问题（小学班主任的姓）核身；普卡年费一百元、金卡三百元、刷满六次免（均正确，另一卡种并列）；客户在坐席说完前零点五秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A9804", "customer_tier": "standard",
        "started_at": "2028-02-08T16:19:53", "agent_channel": 0,
        "turns": [
            A(OPENING["A9804"]),
            C("喂，你好，我天水的，我手上这张尕普卡用了三年了，想换张金卡，年费得是要贵些？我今年刷了多少回你也帮我瞅一下。"),
            A("您想把用了三年的普卡升成金卡，先问年费差多少，再看看今年刷了几回，是吧？"
              "看刷卡记录要先核实身份：请告诉我身份证号码末四码，再回答一下您设的安全问题：小学班主任姓什么。"),
            C("末四码零九三八，班主任姓冯。"),
            A("核对上了。普卡这一档一年收一百元，金卡贵一些，一年三百元，不过一样是一年刷够六次就免。"
              "今年您已经刷了九回，换了金卡照这个习惯用，年费也是免的。"),
            C("那就换，嫑犹豫了，咋个弄？", overlap=0.5),
            A("在手机银行的卡片服务里提交升级申请，审核过了新卡会寄到家里，您收到新卡激活以后，旧卡随之作废。额度也会跟着调。"),
            C("好，我晚上回屋就弄。"),
            A("行。您看还有啥要我一并办的？"),
            C("没了，谢谢。"),
            A("不客气，也谢谢您耐着性子听我讲完，祝您一家都平平安安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa07_dog_chewed_card_sms_code_music_hold_clean",
        "title": "客户家的狗把信用卡芯片咬坏，以身份证末四码加发往预留手机的六位短信码核身；坐席告知后播放等待乐曲并致谢；换卡约七个工作日（正确）；客户开玩笑说总不能去派出所告狗、问要不要冻结（无害提及），完整合规",
        "business_type": "card", "agent_id": "A9801", "customer_tier": "standard",
        "started_at": "2028-02-09T08:53:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A9801"]),
            C("你好，说起来怪难为情的，我家狗把我的信用卡叼去啃了，芯片那一块都咬烂了，到哪儿都刷不出来。"),
            A("您的信用卡让家里的狗咬坏了，芯片毁了用不了，想换一张新的，对吗？"
              "换卡前要确认您的身份：请先说身份证号码末四码，我同时往您预留的手机发一条六位的短信码，您收到后念给我。"),
            C("末四码五二八四。短信到了，是八一三零六七。"),
            A("两项都验证通过。我调一下这张卡的资料，大概二十来秒，中间会放一小段乐曲，请您别挂断。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("乐曲停了，感谢您的等候。卡片状态正常，最近也没有异常交易。"
              "我这就给您申请换一张新卡，制卡加上邮寄，前后差不多七个工作日，卡号保持不变。"),
            C("那这张咬坏的卡要不要先冻上？总不能去派出所告我家狗吧。"),
            A("哈哈，用不着报案。坏卡的芯片已经读不出来了，新卡一激活，旧卡自动作废，不必另外冻结。"),
            C("好，那我就等新卡。"),
            A("新卡到手后在手机银行里激活就能用，绑在外卖和打车软件上的卡号不用改。顺便问一句，还有其他要办的没有？"),
            C("没有啦。"),
            A("好的，多亏您想着打过来，替我摸摸那只调皮的狗，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "aa08_no_greeting_piano_lesson_fees_in",
        "title": "钢琴老师查三位学生家长转来的学费是否到账；坐席以“嗯，讲。”接起，无问候、行名、工号；以身份证末四码加卡上签约的自动代扣项目核身，其余流程合规",
        "business_type": "account", "agent_id": "A9802", "customer_tier": "standard",
        "started_at": "2028-02-10T13:42:35", "agent_channel": 0,
        "turns": [
            A("嗯，讲。"),
            C("呃，你好，请问这是恒通银行的热线吗？我是教钢琴的，有三个学生家长说这个月的学费转给我了，我想查查是不是都到了。"),
            A("对，恒通。查收款要先核实身份，报一下身份证末四码，还有这张卡签了哪一项自动代扣。"),
            C("末四码六七一五，签的是代扣电费。"),
            A("对上了。这个月一号到现在，您卡上进了三笔，每笔一千六百元，付款人分别姓刘、姓周、姓何。"),
            C("对，就是这三家，都到了就好。"),
            A("需要的话，您可以在手机银行里把这三笔的电子回单转发给家长。另外还有要查的吗？"),
            C("没有了，谢谢。"),
            A("不客气，谢谢您专程来核对，祝您的学生个个考级顺利，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，讲。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "aa09_no_staff_number_used_tractor_wrong_single_limit",
        "title": "承包两百亩地的客户要给黑龙江农机合作社付九万买二手拖拉机，开场白有问候、行名和服务用语但不报工号；以身份证第十五到十八位加最常转账的收款人核身；手机银行单笔限额说成八万（知识库为五万），日累计二十万说对；大额转账提醒用自己的话",
        "business_type": "transfer", "agent_id": "A9803", "customer_tier": "standard",
        "started_at": "2028-02-11T10:37:08", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，这边接通了，要办的事尽管开口。"),
            C("你好，我在村里承包了两百亩地，在网上看中一台二手拖拉机，卖家是黑龙江一个农机合作社，九万块，想用手机把钱转过去。"),
            A("您要用手机银行给黑龙江的农机合作社付九万块，买一台二手拖拉机，我复述得没毛病吧？"
              "转账之前先把身份对上：请说身份证号码的第十五到十八位，再说一下这张卡最常转账的收款人叫什么。"),
            C("十五到十八位是二三九一，最常转给我儿子，叫韩子昂。"),
            A("核对无误。手机银行一笔封顶八万，一天合起来二十万以内，九万得分两笔付。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成八万")]),
            C("那我马上去手机上付过去。"),
            A("先别急，九万块不是小数目，我得多嘱咐几句：您没亲眼见过这台拖拉机，网上的图片和视频都可能是拿别人的；"
              "最好请当地熟人或者自己跑一趟看看车；钱打到合作社的对公账户，别打给所谓业务员的个人卡；可以先付一部分定金，车到了验过再付余款。"),
            C("我表哥在那边，让他先去看一眼再说。"),
            A("这样好。您还有哪里不明白的吗？"),
            C("没了。"),
            A("好的，谢谢您听我唠叨这么多，祝今年收成好，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "aa10_cancelled_concert_refund_no_identity",
        "title": "演唱会取消后票务平台的退款到没到，坐席未做任何身份核验即说出退款日期、金额、付款方，又说出最近三笔支出（坐席在声道一）；其后自己提醒冒充票务客服的骗局",
        "business_type": "account", "agent_id": "A9804", "customer_tier": "standard",
        "started_at": "2028-02-14T21:16:40", "agent_channel": 1,
        "turns": [
            A(OPENING["A9804"]),
            C("你好，我买了一场演唱会的票，歌手生病演出取消了，票务平台说退款已经原路退回，你帮我看看到了没有？"),
            A("到了，二月十四号晚上八点多，一家票务公司退回来一千二百八十元，附言是演出取消退款。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退款的日期、金额、付款方和附言")]),
            C("那顺便帮我看看最近还有哪几笔支出，我怕还有别的扣款。"),
            A("最近三笔支出，一笔是超市二百一十六元，一笔是加油三百元，还有一笔是话费充值一百元，没有别的扣款。",
              marks=[mark("identity.not_verified", "未核验身份即告知最近三笔支出")]),
            C("好的，这下踏实了。那补演的票什么时候开卖你知道吗？"),
            A("补演怎么安排要看票务平台的通知，我们银行这边查不到。提个醒：要是有人打电话自称票务客服，"
              "说能帮您加急退票，让您开屏幕共享或者念短信里的验证数字，那是诈骗，直接挂断。您这边还有什么要我办的？"),
            C("没有了。"),
            A("好的，劳您跑这一趟电话，祝您下回看演出玩得尽兴，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa11_convertible_bond_fund_of_funds_jargon_no_disclosure",
        "title": "客户想拿四十万买可转债基金中基金，坐席满口术语（基金中的基金、双低策略、打新、组合久期、转股溢价率、夏普比率、最大回撤）；客户问会不会亏，坐席说亏不了、比定期还靠得住，未做风险揭示即提交申购",
        "business_type": "wealth", "agent_id": "A9806", "customer_tier": "VIP",
        "started_at": "2028-02-15T14:58:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A9806"]),
            C("你好，我朋友说你们有一只投可转债的基金最近涨得不错，我有四十万闲着，你给我介绍介绍。"),
            A("先核实您是账户本人：请报身份证末四码，再念一下您手机银行的预留信息。"),
            C("末四码二七八四，预留信息是稳字当头。"),
            A("核对过了。这只是基金中的基金，主做可转债的双低策略兼带打新，组合久期一点八，转股溢价率压在百分之二十以内，夏普比率一点五，最大回撤控制在两个点。",
              marks=[mark("etiquette.jargon", "基金中的基金、双低策略、打新、组合久期、转股溢价率、夏普比率、最大回撤，未向客户解释")]),
            C("你说的这些我一句都没听懂，我只想知道四十万会不会亏。"),
            A("亏不了的，这个稳稳当当，比放定期还靠得住。"),
            C("那就四十万全买了。"),
            A("好，四十万的申购我给您提交了，明天确认份额。还有什么要一并处理的？"),
            C("没了。"),
            A("好的，多谢您这么爽快，过阵子您就知道这笔买得值，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户提交四十万元基金申购，客户问会不会亏时坐席说亏不了、比定期还靠得住，未做任何风险揭示")],
    },
    {
        "call_id": "aa12_fake_customs_officer_safe_account_no_closing",
        "title": "自称海关的人说客户的国际包裹查出违禁品，让其把钱转到“安全账户”配合调查，客户转出两万八后醒悟，已打反诈热线；坐席核身、紧急止付、查出去向、指导打印流水交民警，但最后只说“就先这样吧。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A9805", "customer_tier": "standard",
        "started_at": "2028-02-16T17:24:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A9805"]),
            C("你好，我刚被骗了两万八！下午有个自称海关的人打电话，说我有个国际包裹里查出了违禁品，要我配合调查，让我把卡里的钱转进什么安全账户核查，我就转了，刚才越想越不对劲！",
              marks=[mark("risk.keyword_alert", "刚被骗了两万八：冒充海关诈骗")]),
            A("您先稳住，咱们抢时间，能保住多少保多少。请您先证明是卡主本人：身份证号码末四码报一下，再说说这张卡签了哪项自动扣款。"),
            C("末四码一七五六，签了自动扣燃气费。"),
            A("核实无误。我已经对您的卡做了紧急止付，此刻这张卡一分钱都转不出去了。查到下午三点二十分有一笔转出，两万八千元，进了一个外地的个人账户。"),
            C("我已经打了反诈热线，民警叫我马上来找银行把对方账户拦住。",
              marks=[mark("risk.keyword_alert", "已打反诈热线、民警介入：涉案资金")]),
            A("对方账户的冻结要由公安机关出手续，银行这边尽力协助。请您拿上身份证到就近的网点打一份这笔转账的明细，盖好章交给办案民警；"
              "那个自称海关的号码也一并告诉民警。"),
            C("好，我这就过去。"),
            A("就先这样吧。"),
        ],
        "violations": [mark("closing.missing", "坐席只说就先这样吧，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "aa13_used_piano_buyer_platform_deposit_no_warning",
        "title": "客户在二手平台卖旧钢琴，“平台客服”说卖家账户未开通收款、要先交两万保证金、开通后连琴款一起退回（未用风险词的诈骗话术）；坐席核身后只讲怎么转、催客户赶在半小时内转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9801", "customer_tier": "standard",
        "started_at": "2028-02-17T19:47:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A9801"]),
            C("你好，我在二手平台上卖一架旧钢琴，有个买家说已经拍下付了款，可平台客服告诉我，我这个卖家账户还没开通收款，要先交两万块保证金才能开通，开通以后保证金连着琴钱一起打回来，我想问两万块怎么转最快。",
              marks=[mark("risk.keyword_alert", "卖家须先交两万保证金开通收款、之后连货款退回：诈骗话术")]),
            A("转账之前先确认卡主本人：请报一下身份证号码末四码，再答一下您设的安全问题，小学班主任姓什么。"),
            C("末四码四零二九，班主任姓谭。"),
            A("核对上了。两万元在手机银行一笔就能转过去，您把平台客服发来的账号和户名填准就行。"),
            C("客服说半小时之内不交的话，买家的订单就自动取消了。"),
            A("那您抓紧，手机上转过去即时到账，半小时肯定来得及。"),
            C("好，那我这会儿就去转。"),
            A("嗯，还有其他的事吗？"),
            C("没有了。"),
            A("好的，谢谢，祝您的钢琴顺利卖出去，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出卖家须先交保证金开通收款、之后连货款一起退回的诈骗话术，坐席反而教其转账、催其赶在半小时内转，未做任何防诈骗提示")],
    },
    {
        "call_id": "aa14_zunyi_roommate_took_card_cash_complaint_hold",
        "title": "客户（贵州遵义口音）住院期间合租室友翻出银行卡、用知道的密码在取款机取走七千二，愤怒、说要找电视台曝光；坐席共情担责、以身份证末四码加最常转账的收款人核身，告知后静音保留并致谢，查明四次取现，已挂失、建议报案并配合调取录像",
        "business_type": "complaint", "agent_id": "A9802", "customer_tier": "standard",
        "started_at": "2028-02-18T07:38:04", "agent_channel": 0,
        "turns": [
            A(OPENING["A9802"]),
            C("哦豁，我遵义的，前几天我住院，合租的室友从我抽屉里翻出银行卡，密码他晓得，跑去取款机取走了七千二！你们那个机器认卡不认人，取这么多都不拦一下？",
              marks=[mark("risk.keyword_alert", "室友偷拿银行卡取走七千二：资金被盗"),
                     mark("emotion.customer_negative", "机器认卡不认人、取这么多都不拦一下：质问、不满")]),
            A("住院期间钱被人取走，换谁心里都窝火，这件事由我盯到底。先走一道身份核对：请报身份证号码末四码，再说一下这张卡最常转账的收款人叫什么。"),
            C("末四码八五零三，最常转给我妈，叫罗桂芬。我跟你讲，今天不给个交代，我就打到电视台去曝光你们！",
              marks=[mark("emotion.customer_negative", "打到电视台去曝光你们：投诉、愤怒")]),
            A("核对通过，您的火气我能体会，今天一定帮您把这几笔取款理清楚。我调一下这张卡最近的取款记录，要二十秒左右，这段时间电话里安安静静的，您先别挂。"),
            {"silence": 7.5, "kind": "hold"},
            A("感谢您在那头耐心候着。查到了：本月九号晚上在城南一台取款机分四次取了七千二，用的是实体卡和正确的密码。"
              "我已经先把这张卡挂失，任何人拿着它都取不出钱了。"),
            C("密码对了就给取，那还要你们银行做啥子？半夜连取四次都不打个电话问一声，气得我伤口都疼！",
              marks=[mark("emotion.customer_negative", "那还要你们银行做啥子、气得伤口都疼：不满")]),
            A("没能及时提醒您，让您受了这份罪，我很抱歉。取款机旁边都有摄像头，请您马上到派出所报案，"
              "民警出具调取手续后，我们把那几次取款的录像和记录交给警方。补发的新卡我顺手帮您申请上。"),
            C("那好嘛，我下午就去派出所。"),
            A("另外新卡的密码别再用生日，也别让旁人知道。还有哪件事需要我马上替您办？"),
            C("莫得了。"),
            A("好，这回让您糟了这么大的心，真是过意不去，谢谢您耐心听完，好好养伤，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa15_motorway_toll_taken_twice_interrupt_blame",
        "title": "客户的信用卡在同一收费站被扣了两次过路费，坐席两次在客户陈述未完时插话，并以“重复扣费是高速那边的系统出的错，您该去找他们，别什么都往银行身上推”推诿、指责客户，最后才发起争议退款",
        "business_type": "card", "agent_id": "A9803", "customer_tier": "standard",
        "started_at": "2028-02-21T12:11:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A9803"]),
            C("你好，我上周末开车走高速，回来一看信用卡上同一个收费站扣了两次过路费，一次八十五，我就想弄清楚"),
            A("高速重复扣费是吧。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("对，而且我打高速的电话一直打不通，他们让我找发卡行，我就想知道多扣的这八十五能不能"),
            A("先核身份，末四码，班主任姓啥。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("末四码五五九零，班主任姓邱。"),
            A("对上了。上周六下午，同一个收费站确实有两笔八十五元的扣款，中间只隔了四分钟。"),
            C("那你们能不能先把多扣的退给我？"),
            A("重复扣费是高速那边的系统出的错，您该去找他们，别什么都往银行身上推。",
              marks=[mark("etiquette.forbidden_phrase", "重复扣费是高速那边的系统出的错，您该去找他们，别什么都往银行身上推：推诿、指责客户"),
                     mark("emotion.agent_negative", "语气生硬、推卸责任、指责客户")]),
            C("我没有推给谁，是高速那边叫我来找你们的。"),
            A("那我们这边给您发起一笔争议退款，一般两周内处理完，多扣的钱会退回到信用卡上。"),
            C("好吧，那我等着。"),
            A("还有事不？"),
            C("没了。"),
            A("嗯，谢了，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa16_renovation_final_payment_counter_wrong_fee_hold_no_notice",
        "title": "客户要到柜台给别家银行的装修公司账户付六万尾款，以身份证末四码加卡上签约的自动代扣项目核身；坐席做了大额转账提醒；客户问跨行手续费后直接进入十秒等待音乐、坐席未告知，之后致谢；柜台跨行手续费说成千分之八（知识库为百分之零点五）",
        "business_type": "transfer", "agent_id": "A9804", "customer_tier": "standard",
        "started_at": "2028-02-22T15:05:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A9804"]),
            C("你好，我家房子装修完了，要给装修公司付六万尾款，他们的账户开在别的银行，我打算去柜台办。"),
            A("您要给装修公司付六万元尾款，对方是别家银行的账户，准备到柜台转，是这样吧？"
              "先确认您的身份：请说一下身份证号码末四码，再说说这张卡签了哪项自动代扣。"),
            C("末四码三八二七，签了代扣物业费。"),
            A("核对一致。付尾款之前提醒您几句：钱要打到装修合同上写明的公司账户，别转给工长或设计师个人；"
              "要是有人发消息说公司账户变了，先打公司座机核实；最好验收完、拿到发票再付。"),
            C("好的，验收已经做过了。那在柜台跨行转，要扣多少手续费？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("不好意思让您听了一会儿音乐，多谢您等着。柜台跨行转账按转账金额的千分之八收手续费，六万块要收四百八。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为转账金额的百分之零点五（知识库），坐席说成千分之八")]),
            C("那也不少，我再琢磨琢磨。"),
            A("都可以，您看哪种方便。还有哪儿需要我讲的？"),
            C("没有了。"),
            A("好的，感谢您信任我们，祝您住进新房舒舒服服，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aa17_fast_agent_kindergarten_fee_points_sarcasm",
        "title": "坐席语速过快（约一点六倍）；客户问用信用卡交幼儿园学费能不能积分、现有多少积分，以身份证末四码加卡上签约的自动代扣项目核身；客户追问能拿多少积分时，坐席以“积分那点东西也值得您专门打个电话来算，换个杯子都费劲”挖苦，最后才讲教育类缴费不计积分",
        "business_type": "card", "agent_id": "A9805", "customer_tier": "standard",
        "started_at": "2028-02-23T11:29:16", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9805"]),
            C("你好，我想用信用卡给孩子交幼儿园的学费，八千多，想问问这样能积分吗？我现在有多少积分了？"),
            A("查积分先核身份，身份证末四码，再说签约的代扣项目。"),
            C("末四码二六四三，代扣的是水费。"),
            A("对上了。您现在积分一万二千四百分。"),
            C("那交学费能拿多少积分？能换点什么？"),
            A("积分那点东西也值得您专门打个电话来算，换个杯子都费劲。",
              marks=[mark("etiquette.forbidden_phrase", "积分那点东西也值得您专门打个电话来算，换个杯子都费劲：挖苦、轻视客户"),
                     mark("emotion.agent_negative", "语气挖苦、不耐烦")]),
            C("问一问还不行啦？"),
            A("教育类的缴费不计积分，不过可以正常刷卡付，也不额外收费。"),
            C("知道了。"),
            A("还要问别的吗？"),
            C("不用了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "aa18_elderly_ganzhou_navel_orange_money_dead_air",
        "title": "七十六岁老年客户（江西赣州口音）问收脐橙的老板打来的货款到没到、老伴想办卡要什么手续，以身份证末四位加身份证背面的签发机关核身；客户问老伴办卡后双方无声十一秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9803", "customer_tier": "elderly",
        "started_at": "2028-02-24T08:46:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A9803"]),
            C("喂，老妹啊，我係赣州的，活到七十六喽，屋里种了几亩脐橙。收橙子的老板讲昨天把货款打到我卡上了，不晓得进来冇，你帮我看一下子。"),
            A("老人家好，您想查一查收橙子的老板打来的货款到没到，对吧？"
              "查之前先确认是您本人：请您讲一下身份证号码最末四个数，再讲讲身份证背面签发机关写的是哪里。"),
            C("最末四个是一一零七，写的是赣州市公安局章贡分局。"),
            A("对得上，是您本人。昨天下午进来一笔一万八千六百元，付款方是一家果品公司。"),
            C("那就好。我老伴冇得银行卡，以后卖橙子的钱想让她也有张卡，要办么个手续？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十一秒，坐席未作任何告知")]},
            A("让您老伴本人带上身份证和手机到网点，当场就能开卡。"),
            C("那好，过两天我带她去。"),
            A("好的。您还想了解点别的不？"),
            C("冇了。"),
            A("好的老人家，难为您亲自打过来，天冷多添件衣裳，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "七十六岁老年客户查货款并打算给老伴办卡，坐席全程未给任何防诈骗提醒（如冒充银行或公安要求转账、索要密码）")],
    },
    {
        "call_id": "aa19_first_swipe_suitcase_gift_asked_thrice_hangup",
        "title": "客户办信用卡时承诺首刷送行李箱，刷卡三个月仍未收到，三次问箱子什么时候寄，坐席只说有资格、让去积分商城看看，客户第三次问时说坐席绕着不说、太气人，随即通话结束",
        "business_type": "card", "agent_id": "A9802", "customer_tier": "standard",
        "started_at": "2028-02-25T20:14:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A9802"]),
            C("你好，我去年办你们信用卡的时候，说首刷满一笔就送一个行李箱，我三个月前就刷了，箱子到现在也没收到，箱子到底什么时候寄？"),
            A("身份先验一验，请报身份证号码末四码，再答一下您设的安全问题，小学班主任姓什么。"),
            C("末四码七零四二，班主任姓龚。"),
            A("核对通过。您的卡确实在十一月五号完成了首刷，活动资格是有的。"),
            C("资格我知道有，我问的是箱子什么时候寄，我都等了三个月了。"),
            A("您可以在手机银行的积分商城里看看，积分也能换不少礼品。"),
            C("我都问了三遍了，你就是绕着不说，太气人了，我的箱子到底什么时候寄？",
              marks=[mark("resolution.repeated_question", "箱子什么时候寄问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "绕着不说、太气人了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "aa20_short_card_statement_date_change_call",
        "title": "信用卡账单日能不能往后挪，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9804", "customer_tier": "standard",
        "started_at": "2028-02-28T18:52:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A9804"]),
            C("喂，信用卡账单日能往后挪吗？"),
            A("挪不了。"),
            C("哦，好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT16_SEED = 20280229
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT16_CALLS, agents=AGENTS, default_out=Path("samples/heldout16"),
                  seed=HELDOUT16_SEED, description=__doc__))
