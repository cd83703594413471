#!/usr/bin/env python3
"""Render the twenty-fourth held-out evaluation set in samples/heldout24/ (dev-only; never imported by the product).

The earlier held-out sets may have been looked at, so none of them can be trusted to measure
generalisation on its own. This set was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or
its docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It words
every script step differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A10701-A10706) with their own openings (接线员, 电话柜台…号在听, 员工号, 客服代表,
本席编码, 财富顾问热线…顾问工号), other verification routes (the name of the residential compound on
file, the emergency contact on file, the expiry date printed on the card, the amount of the last
deposit, the work unit on file, the credit-card statement day; the ID digits asked as 收梢的四位,
垫底的四个数, 结尾的四个阿拉伯数字, 殿后的四位, 最末一段那四个数字, 结尾四个, 尾部那一小段四位, 尾端那四码, 压轴的四位,
末段四个, 尾巴尖上的四位, 尾数四个, 末四个字符, 尾数四位), other hold and closing phrasings, topics
the earlier sets did not use (a Qingdao brewery retiree's time deposit renewal, a Dalian sea-cucumber
processor's wealth product, a Yinchuan goji farm's drip irrigation, a Xining yak-wool shop's expiring
card, a Guilin student's scholarship account, a Zhuhai yacht-parts dealer's US-dollar remittance to
Singapore, a Xiamen tea shop's gold-card fee, a Baotou steelworker's mid-year bonus, a Datong haulier's
used semi-trailer, a kindergarten fee refund, a piano teacher's multi-asset product, a card skimmed at
a petrol station, a fake customs officer's "clearing account", a Wenzhou shoe wholesaler's card
stopped for an expired ID, a late credit-card payment penalty, a card bent in a washing machine, a
Lanzhou grandfather's cash for a wedding, a used car from a seller met online, a double ETC toll, a
supplementary card for a mother), dialect-flavoured customers (Qingdao, Dalian, Yinchuan, Xining,
Guilin, Zhuhai, Xiamen, Baotou, Datong, Wenzhou, Lanzhou; the Qingdao, Xining and Lanzhou customers
are elderly) and hard negatives (steps done in unusual words, steps not required in that situation,
harmless mentions of swindlers and of the police, figures right for another channel, large transfers
and a remittance abroad with a warning, a fraud stopped by the agent, a customer who starts before the
agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout24.py
    /work/tts-venv/bin/python tools/make_heldout24.py --only aj13_fake_customs_parcel_clearing_account_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order. aj09 greets,
#   names the bank and offers help with no number (staff_id_missing); "在呢，说事儿。" (aj08) is no
#   greeting at all (both);
# - identity: a check before any account data or account action (ID digits + one more fact on
#   file). identity.not_verified = each agent turn that discloses account data before a check:
#   aj10 (a kindergarten fee refund, then recent transactions: two turns). General information
#   (aj05; aj20) needs none; aj13 stops a fraud before any account data;
# - risk.disclosure_missing: aj11 (a wealth product sold as 稳赚不赔), aj18 (120,000 to the
#   personal card of a used-car seller met online, no warning). Warnings in the agent's own words
#   count (aj02 wealth; aj03, aj09 large transfers; aj06 remittance abroad; aj13 fraud stopped);
# - risk.keyword_alert: aj12 twice (card skimmed, cash taken elsewhere; police report), aj13 once
#   (a fake customs officer's script told with no risk word), aj14 once (card frozen). The
#   community anti-fraud talk (aj01), the campus police talk (aj05), the cousin at the anti-fraud
#   centre (aj07) and the agent's own warnings are not alerts;
# - risk.elderly_fraud_advice: aj17 (83, 50,000 cash, no advice). aj01 and aj04 carry it;
# - emotion.customer_negative: aj14 twice. etiquette.jargon: aj11. forbidden_phrase and
#   agent_negative: aj15 (both labels);
# - hold: announced holds in other words count (aj02 music, aj04 silent, aj14 silent; all thanked).
#   aj16: music straight after the question, no word first: hold.no_notice (thanked after);
# - etiquette.dead_air: aj17, 12 s after the elderly customer asks how to take the cash;
# - closing: other words count; aj12 ends with "行，先这么着。": closing.missing; aj19 and aj20 end
#   with no closing;
# - answer.wrong_fact: aj09 (手机银行每一笔最多能转十五万; KB 五万) and aj16 (补办一张新卡得要十个工作日;
#   KB seven). Right figures stay unlabelled (aj03, aj18 五万 / 二十万; aj09 二十万; aj04, aj12 七个工作日;
#   aj06 三个工作日以内; aj07 金卡 三百元, six swipes);
# - etiquette.interruption: aj15 (1.1 s), aj18 (1.0 s). In aj03 the customer starts 0.6 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: aj19; handling.time_standard: aj20;
#   etiquette.speech_rate: the agent at 1.6x (aj18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10701": {"team": "一线壬组", "staff_no": "四七三五"},
    "A10702": {"team": "一线壬组", "staff_no": "九零二六"},
    "A10703": {"team": "一线癸组", "staff_no": "一五八四"},
    "A10704": {"team": "一线癸组", "staff_no": "三零九七"},
    "A10705": {"team": "一线癸组", "staff_no": "六八一二"},
    "A10706": {"team": "二线己组", "staff_no": "二五四九"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10701": "恒通银行给您请安了，您好，接线员四七三五在这头候着，说说看今天怎么帮衬到您。",
    "A10702": "您好您好，恒通银行电话柜台这边，九零二六号在听，您有什么事需要我出力？",
    "A10703": "恒通银行电话服务窗口向您致意，您好，我的员工号一五八四，今天您想落实点什么？",
    "A10704": "您好啊，恒通银行，三零九七号客服代表接待您，把您的需要原原本本告诉我吧。",
    "A10705": "您好，恒通银行给您问个好，本席编码六八一二，有哪方面能替您分忧？",
    "A10706": "您好，这是恒通银行的财富顾问热线，顾问工号二五四九，资产打理上有何想法，请尽管提。",
}

HELDOUT24_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "aj01_elderly_qingdao_brewery_retiree_deposit_renewal_clean",
        "title": "七十九岁老年客户（青岛口音）啤酒厂退休，问三年定期到期会不会自动转存，以身份证号收梢四位加登记住址小区核身；客户提到社区防诈骗讲座（无害提及）；坐席说明自动转存并用自己的话给出防诈骗提醒，完整合规",
        "business_type": "account", "agent_id": "A10701", "customer_tier": "elderly",
        "started_at": "2028-11-01T09:20:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A10701"]),
            C("喂，嫚儿，俺家住青岛，虚岁七十九，原先在啤酒厂灌装车间干了一辈子。俺存折上有笔三年的定期，八万块，下月十六就满期，俺想问问到了日子它自个儿能接着往下存不？"),
            A("大爷您好，您是想知道那笔八万的三年定期到期以后会不会自己续上，对吧？"
              "动您账户的信息之前，得先认准是大爷本人：请念一下身份证号收梢的四位，再说说咱系统里登记的住址是哪个小区。"),
            C("收梢四位是三九零八，住在台东那边的啤酒城小区。"),
            A("两头都吻合，确认是您。您那笔定期当初选了到期自动续存，下个月十六号到日子，本金连同利息按那时候的利率再存三年，您啥也不用跑。"),
            C("那敢情好。前两天社区里开了个防诈骗的讲座，讲得俺心里直打鼓，说骗子专挑俺们这岁数的下手。"),
            A("社区讲得在理，大爷记住这几条：有人来电自称银行职员，要给您换个利息更高的存法，让您把钱挪到一个新账户，那是假的；"
              "有人上门卖保健品，说买了还能返钱，也是圈套；密码、短信上那串数，谁来要都不给。"
              "拿不准的时候，先问问闺女，或者拄着拐棍到网点当面问。"),
            C("妥了，俺都记下了。"),
            A("大爷，定期的事弄明白了，旁的还有要打听的没有？"),
            C("没了没了，你这嫚儿说话真中听。"),
            A("谢谢大爷夸奖，也谢谢您专门拨过来问，祝大爷身板结实，天天喝上新鲜扎啤，再见了大爷。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj02_dalian_sea_cucumber_processor_wealth_music_hold_clean",
        "title": "大连做海参加工的客户有二十五万想买理财，以身份证号垫底四个数加登记的紧急联系人核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、不保本、净值会跌可能亏本、过去收益不代表将来、一年内不能赎回、存款保险不覆盖，建议只投八万并读完风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10706", "customer_tier": "VIP",
        "started_at": "2028-11-02T10:05:42", "agent_channel": 0,
        "turns": [
            A(OPENING["A10706"]),
            C("喂你好，俺大连的，家里做海参加工，今年行情好，攒下老鼻子钱了，二十五万搁活期里嘎哈也不干，想整点理财。"),
            A("您家做海参加工，手头二十五万放在活期里闲着，想挑一款理财让它动起来，我这么听对吧？"
              "讲产品之前得先认准是您本人：请说身份证号垫底的四个数，再说说您当初登记的紧急联系人叫什么。"),
            C("垫底四个是七四一六，联系人填的俺媳妇，姓于。"),
            A("对上了。我把您的风险测评结果调出来对照产品，中间给您放段音乐，大概十秒，电话您握着别放。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("音乐放完了，白白耽搁您一阵，谢谢。您的测评是平衡型，我可以介绍一款一年期、风险等级中等偏低的产品，钱主要买债券，少量买股票。"),
            C("那玩意儿能赔不？"),
            A("得跟您把丑话说在前头：这款产品不是存款，本钱不打包票，里头那一小块股票跌的时候，净值会往下走，最后拿回来的有可能比投进去的少；"
              "宣传单上过去一年的收益只代表过去，不代表明年；一年之内中途赎不出来；万一亏了，存款保险也不管这一块。"),
            C("嗯呐，听明白了，海了的风险俺可受不住。"),
            A("那就别一把全放进去。我建议先投八万，剩下的留着周转收海参的货款。"
              "确认之前手机上会弹出风险揭示书和产品说明书，您从头到尾看完再签字，哪句看不懂就再拨过来找我。"),
            C("行，先整八万。"),
            A("八万这笔按您的意思来。理财之外，您还有别的想一块儿商量的吗？"),
            C("没啥了，你讲得挺透亮。"),
            A("那就不多占您时间了，谢谢您肯把钱交给我们打理，祝海参生意一年比一年红火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj03_yinchuan_goji_farm_drip_irrigation_transfer_clean",
        "title": "银川种枸杞的客户要给山东厂家付十六万滴灌设备款，以身份证号结尾四个数字加卡面有效期核身；手机银行单笔上限五万、每日累计二十万说对；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A10702", "customer_tier": "standard",
        "started_at": "2028-11-03T14:31:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A10702"]),
            C("喂，你好，我银川的，家里种枸杞，今年要换一套滴灌的管子，山东那边的厂子报价十六万，我想拿手机转过去，咋转呢撒？"),
            A("您家枸杞地要换滴灌设备，给山东的厂家付十六万，想用手机银行转账，是这么个事吧？"
              "钱数不小，先确认操作的是您：请报一下身份证号结尾的四个阿拉伯数字，再看看您卡面上印的有效期是哪年哪月。"),
            C("结尾四个是二五七三，卡面上印的是二零三一年五月。"),
            A("都对得上。手机银行每单笔上限五万，每日累计最多二十万，十六万分四回转，赶在今儿个全转过去。"),
            C("四回就四回，不嫌麻烦。", overlap=0.6),
            A("另外有几句要紧话：钱要转进合同上那个厂子的对公账户，户名要跟合同一字不差；"
              "如果有人打电话或者发消息说厂家换了收款账号，您先照厂子官网上的座机打过去问清楚；"
              "头一笔只付定金，管子到货试过水再补齐余款。"),
            C("尕娃他爸也这么说，那我先转五万定金，剩下的等货到了再给。"),
            A("这么安排最稳当。还有别的事需要我帮您盯着吗？"),
            C("没有了，亮豁得很。"),
            A("好嘞，多谢您把提醒听全了，祝枸杞红透、滴灌顺溜，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj04_elderly_xining_yak_wool_shop_expiring_card_silent_hold_clean",
        "title": "七十二岁老年客户（西宁口音）开牦牛绒小铺，卡片下月到期要换卡，以身份证号码殿后四位加最近一笔存款金额核身；告知后静音保留并致谢；新卡七个工作日（正确）；坐席主动给出防诈骗提醒，完整合规",
        "business_type": "card", "agent_id": "A10703", "customer_tier": "elderly",
        "started_at": "2028-11-06T11:12:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A10703"]),
            C("喂，丫头，我西宁的，七十二了，在大十字那边开了个卖牦牛绒的小铺子。我这个卡上写着下个月就到期了，阿么办才好？"),
            A("阿姨您好，您这张卡下个月就到有效期了，想问怎么换一张接着用，对吧？"
              "换卡要先确认是卡主本人：请讲一讲身份证号码殿后的四位，再说说您最近一回往卡里存了多少钱，大概数就行。"),
            C("殿后四位六零二九，上个礼拜存了三千五。"),
            A("没麻达，是您本人。我在系统里给您下一张到期换卡的单子，要翻几页，电话里会静上七八秒，您把话筒拿好别放下。"),
            {"silence": 6.5, "kind": "hold"},
            A("谢谢阿姨一直候着。单子下好了，新卡号码跟旧卡一样，一张新卡做好寄到要七个工作日，旧卡在新卡到手以前照常能用。"),
            C("好得很，那我就在铺子里等着。"),
            A("阿姨，还有一句要叮嘱：换卡这些天，要是有人打电话说您的卡到期要先交钱激活，或者叫您把卡号、密码、短信上那串数报给他，千万别理；"
              "咱们银行换卡分文不取，也从来不在电话里要密码；心里犯嘀咕就去网点找柜员，或者叫孩子帮着看看。"),
            C("晓得了，我记下了。"),
            A("新卡收到以后在取款机上用密码查一回余额就算启用了。别的还有要我帮忙的没？"),
            C("没有了，丫头你费心了。"),
            A("不费心，谢谢阿姨打来，祝铺子里的牦牛绒卖得俏，再见阿姨。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj05_guilin_student_scholarship_account_info_clean",
        "title": "桂林籍大学生问开新账户收奖学金要带什么（一般业务咨询，不涉及已有账户，无需核身）；客户提到学校保卫处的警察宣讲过（无害提及）；本人有效身份证件加本人手机（正确），须本人到网点，完整合规",
        "business_type": "account", "agent_id": "A10704", "customer_tier": "standard",
        "started_at": "2028-11-07T16:44:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A10704"]),
            C("喂，你好，我是桂林的学生，在南宁读大学，学校讲奖学金要打到一张新开的卡上，开户要带哪样东西？"),
            A("您是在读的大学生，学校要求用新开的账户收奖学金，想先问开户需要备哪些材料，是吧？"
              "这只是打听手续，不涉及您名下已有的账户，用不着先查验您是谁。"
              "您准备好本人的有效身份证件，再带上您本人常用的手机，柜台会往这个号码发短信验证。"),
            C("我们学校保卫处的警察上个月来宣讲过，讲有人收大学生的卡拿去洗钱，我有点怕。"),
            A("保卫处讲的是实情。卡开出来只给自己用，别人出多少钱都不要租、不要借、不要卖，验证码和密码也不告诉任何人，这样就出不了事。"),
            C("好嘛，那我能不能让室友帮我去办？"),
            A("室友替不了，开户要您本人带证件亲自到网点来。"),
            C("晓得了，我周末自己去。"),
            A("好的。您这边还有哪样想问的？"),
            C("冇有了。"),
            A("好，谢谢同学肯先打电话问清楚，祝学业顺利，奖学金年年拿，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj06_zhuhai_yacht_parts_usd_remittance_singapore_clean",
        "title": "珠海做游艇配件的客户要汇两万四千美元到新加坡买螺旋桨，以身份证号码最末一段四个数字加登记的工作单位核身；三个工作日以内到账（正确）；客户说代理在微信上发来新账号，坐席用自己的话做跨境汇款风险提示，完整合规",
        "business_type": "transfer", "agent_id": "A10705", "customer_tier": "standard",
        "started_at": "2028-11-08T10:27:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A10705"]),
            C("喂，你好呀，我系珠海的，做游艇配件生意，要汇两万四千美金去新加坡一间公司买螺旋桨，点样汇先得？"),
            A("您在珠海做游艇配件，要给新加坡那家公司汇两万四千美元买螺旋桨，想问具体怎么操作，对吗？"
              "购汇用的是您本人的额度，先要确认身份：请说身份证号码最末一段那四个数字，再说说您在我们这儿登记的工作单位。"),
            C("最末一段四个系八一三零，工作单位系香洲区一间船舶配件行。"),
            A("核对相符。境外汇款的入口就在手机银行首页，您点进去，按合同填收款公司全称、账号和对方银行的国际代码，用途选货款。一般情况下汇款三个工作日以内到账。"),
            C("对方有个代理在微信上发了个新账号给我，话之前那个唔用得，我照着填得唔得？"),
            A("这一下要特别留神：聊天软件里突然说换了账号，是往国外汇钱时最常见的骗局。"
              "货款只汇到卖方公司名下的账户，户名要和合同上的公司一致；新账号一定要打那家公司官网上的电话直接问清楚，代理转来的不算数；"
              "钱过了境，往回追几乎没门。"),
            C("唔该晒，咁我先打电话去新加坡问清楚先。"),
            A("这么办最靠谱。美元的价钱按您确认那一刻的牌价折算人民币。还有什么要我顺手帮您查的吗？"),
            C("冇了，多谢。"),
            A("多谢您这么细心，也多谢来电，祝螺旋桨早日装上船，一路顺风，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj07_xiamen_tea_shop_gold_card_fee_cousin_police_clean",
        "title": "厦门开茶叶店的客户问金卡年费和免年费办法，以身份证号码结尾四个加信用卡账单日核身；金卡年费是三百块、刷满六次免下一年（正确）；客户提到表哥是反诈中心的警察（无害提及），完整合规",
        "business_type": "card", "agent_id": "A10701", "customer_tier": "standard",
        "started_at": "2028-11-09T13:58:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A10701"]),
            C("你好，我厦门的，在曾厝垵开茶叶店，上个月办了你们的金卡，想问年费是多少，有没有办法免掉？"),
            A("您上个月办了金卡，想弄清楚年费怎样计、能不能免，对吧？"
              "查卡片的情况前先对一对您是不是本人：请讲身份证号码的结尾四个，再说说这张信用卡每个月的账单日是几号。"),
            C("结尾四个四八六一，账单日是每月八号。"),
            A("核对过了。您这张金卡年费是三百块，一年当中刷卡够六回，下一年的年费就免了；您到现在已经刷了四次，再刷两回就达标了。"),
            C("足好，我表哥是反诈中心的警察，他讲有人假装是银行来电说帮忙免年费，要我报验证码，我都没理。"),
            A("您表哥提醒得对。免年费不用您做任何操作，刷够次数系统自己就免，谁打电话来要验证码或者让您点链接，都不是我们。"),
            C("好，无要紧，我晓得了。"),
            A("您看这张金卡还有哪里需要我说明一下吗？"),
            C("没有了。"),
            A("那就好，茶叶店忙还抽空打电话，谢谢您，祝茶叶店香飘满街，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "aj08_no_greeting_baotou_steelworker_bonus_arrival",
        "title": "包头钢厂工人查年中奖到账；坐席以“在呢，说事儿。”接起，无问候、行名、工号；以身份证号码尾端四码加登记的工作单位核身，其余流程合规",
        "business_type": "account", "agent_id": "A10703", "customer_tier": "standard",
        "started_at": "2028-11-10T08:46:29", "agent_channel": 0,
        "turns": [
            A("在呢，说事儿。"),
            C("喂，这是恒通银行不？我包头的，在钢厂上班，厂里说年中奖发了，我这卡上咋没见着？日怪了。"),
            A("没错，恒通的。查到账先得把身份对一对：请说身份证号码尾端那四码，再说说您登记的工作单位叫甚。"),
            C("尾端四码零七五二，单位是包头钢铁的轨梁厂。"),
            A("核对一致。昨天下午有一笔九千六百元从轨梁厂打进来，附言写的是年中奖，已经到账了，您看的可能是前天的余额。"),
            C("哦，那可以了哇，我再刷新一下。"),
            A("好，手机银行往下拉一拉就能看到。还需要查点别的不？"),
            C("不用了。"),
            A("那好，劳您费心打过来，祝您在厂里一切顺心，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了在呢，说事儿：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "aj09_no_staff_number_datong_used_semitrailer_single_limit_wrong",
        "title": "大同跑煤运输的客户要给卖家付十九万买二手半挂车，开场白有问候、行名和服务用语但不报工号；以身份证号压轴四位加卡面有效期核身；把手机银行单笔上限说成十五万（知识库为五万），每天二十万（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A10705", "customer_tier": "standard",
        "started_at": "2028-11-13T15:09:55", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，很荣幸接您这通电话，有什么需要请告诉我。"),
            C("你好，我大同的，跑煤运输，夜来看中一辆二手的半挂车，十九万，想拿手机给卖家转过去，能行不？"),
            A("您相中一辆二手半挂车，十九万，打算用手机银行付给卖家，对吧？"
              "先把身份对准：身份证号压轴的四位是甚，再说说您卡面上印着的有效期。"),
            C("压轴四位五五一八，卡面上是二零三零年九月。"),
            A("核对一致。手机银行每一笔最多能转十五万，一天里加起来封顶二十万，十九万分两笔今天就能转清。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十五万")]),
            C("那好，后晌就转。"),
            A("数目这么大，您务必先到场验车，把车辆登记证书上的车主和卖家本人对上，合同签妥了再付款；"
              "对方要是催您先打一笔定金到别人的私人卡上，说先付了才给您留车，千万别信。"),
            C("对，我先去看车，手续办利索了再转。"),
            A("那就妥了。另外还有啥想问的？"),
            C("没了。"),
            A("好的，多谢，祝您跑车顺顺当当，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "aj10_kindergarten_fee_refund_no_identity",
        "title": "客户查幼儿园退回的托费，坐席未做任何身份核验即说出到账日期、金额、付款方和备注，又报出近期几笔交易（坐席在声道一）",
        "business_type": "account", "agent_id": "A10704", "customer_tier": "standard",
        "started_at": "2028-11-14T17:52:08", "agent_channel": 1,
        "turns": [
            A(OPENING["A10704"]),
            C("你好，我孩子那个幼儿园说多收了半个月的托费，要退给我，一千四百五，你帮我看下退了没有？"),
            A("退了，十一月九号上午，一家幼儿园打进来一千四百五十元，备注是托费退款。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出托费退款的到账日期、金额、付款方和备注")]),
            C("那我这卡最近还有哪几笔进出？"),
            A("除了这笔，前天有一笔两百三十元的超市消费，再往前是十一月五号转给一个姓顾的人八百元。",
              marks=[mark("identity.not_verified", "未核验身份即报出近期交易明细和收款人")]),
            C("好，知道了。"),
            A("好的，另有想查的没？"),
            C("没了。"),
            A("好嘞，多谢您，孩子开开心心上学，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj11_piano_teacher_multi_asset_jargon_no_disclosure",
        "title": "钢琴老师有三十万想买理财，以身份证号码末段四个加登记的紧急联系人核身；坐席介绍产品满口术语（夏普比率、最大回撤、年化波动率、申赎费率、摊余成本法、T加一确认）；客户问会不会少，坐席说稳赚不赔，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A10706", "customer_tier": "VIP",
        "started_at": "2028-11-15T10:38:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A10706"]),
            C("你好，我在少年宫教钢琴，手上有三十万积蓄，想买点理财，我不太懂这些。"),
            A("先核身份：身份证号码的末段四个，还有您登记的紧急联系人姓名。"),
            C("末段四个一三七九，紧急联系人是我妹妹，姓蒋。"),
            A("核对好了。推荐这款多资产配置产品，夏普比率达到一点六，最大回撤控制在百分之三以内，年化波动率四个点，申购赎回费率零点一五，估值走摊余成本法，按T加一规则确权。",
              marks=[mark("etiquette.jargon", "夏普比率、最大回撤、年化波动率、申赎费率、摊余成本法、T加一确认，未向客户解释")]),
            C("你讲的这一串名词我全没听明白，我只想弄明白一件事，这三十万放进去会不会少？"),
            A("您把心揣回肚子里，这款产品稳赚不赔，到期本金利息一分不会少。"),
            C("那三十万全买了吧。"),
            A("好的，三十万已经替您下单。另外还想办什么？"),
            C("没有了。"),
            A("好的，多谢您，祝您教琴顺利，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单三十万元理财产品，客户问会不会少时坐席说稳赚不赔，未做任何风险揭示")],
    },
    {
        "call_id": "aj12_petrol_station_card_skimmed_police_report_no_closing",
        "title": "客户的卡在加油站刷过后被人在外地取走九千二（卡还在身上），已去派出所报警；坐席以身份证号码尾巴尖上四位加卡面有效期核身，冻结卡片、提交争议调查、说明补卡七个工作日（正确），但最后只说“行，先这么着。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A10702", "customer_tier": "standard",
        "started_at": "2028-11-16T08:15:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A10702"]),
            C("喂，我的卡昨晚在一个加油站刷过，今天一早连收三条短信，卡里被人在外地取走了九千二，卡明明还在我兜里！",
              marks=[mark("risk.keyword_alert", "卡在身上却被人在外地取走九千二：盗刷")]),
            A("先别着急，这事我马上处理。请讲一下身份证号码尾巴尖上的四位，再看一眼卡面上的有效期。"),
            C("尾巴尖上四位是三一四六，有效期二零二九年二月。"),
            A("对上了。这张卡我已经给您冻上了，外地那三笔取现都记下了，给您提交了争议交易调查，也转给风险部门跟进。"),
            C("我在来上班的路上已经去派出所报了警，民警叫我把银行的材料准备好。",
              marks=[mark("risk.keyword_alert", "已到派出所报警：涉案")]),
            A("您揣着身份证和报警回执到任意一个网点，柜台给您打印交易流水并盖章，调查有了结果会第一时间短信通知您。"
              "新卡我这边也给您申请了，补卡大概七个工作日。"),
            C("行，我下午去网点。"),
            A("行，先这么着。"),
        ],
        "violations": [mark("closing.missing", "坐席只说行，先这么着：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "aj13_fake_customs_parcel_clearing_account_stopped",
        "title": "客户接到自称海关的电话，说国际包裹查出违禁品，要把卡里的钱转到清查专用账户、不许告诉家人（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：挂断、不回拨、不点链接、不报验证码，已转钱就打反诈专线并报案；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A10703", "customer_tier": "standard",
        "started_at": "2028-11-17T19:33:20", "agent_channel": 0,
        "turns": [
            A(OPENING["A10703"]),
            C("你好，刚才有个自称海关的人打给我，说我有个国际包裹里查出违禁的东西，要我把卡里的钱先转到一个清查专用的账户，核查完就退给我，还不让我跟家里人讲，我想问转到那个账户要多久能到？",
              marks=[mark("risk.keyword_alert", "自称海关、包裹查出违禁品、把钱转到清查账户、不许告诉家人：诈骗话术")]),
            A("请您先停下，千万别转。海关也好，公安也好，从来不会让人把钱转到什么清查账户，更不会让您瞒着家里人，这是一套骗钱的说辞。"
              "您现在就挂掉那个电话，不要回拨，他发的链接别点，手机上的验证码不告诉任何人。"),
            C("他还加了我微信，给我发了张盖着红章的通知书。"),
            A("那张通知书是伪造的。您把他微信拉黑，钱一分没动就好；要是钱已经出去了，马上拨反诈专线九六一一零，再到派出所报案。"),
            C("还没转，好险，差一点就信了。"),
            A("您先打来问，这一步走对了。还有没有别的我能帮您的？"),
            C("没有了，太谢谢你了。"),
            A("不用谢，多谢您留个心眼先来问，祝您往后都安安稳稳，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj14_wenzhou_shoe_wholesaler_card_stopped_expired_id_angry_hold",
        "title": "温州做鞋子批发的客户进货付款时卡被提示冻结，愤怒、扬言投诉；坐席共情担责，以身份证号码末段四个数加登记的工作单位核身，告知后静音保留并致谢，查明是身份证过期被暂停交易，说明线上更新证件恢复的办法并道歉",
        "business_type": "complaint", "agent_id": "A10705", "customer_tier": "standard",
        "started_at": "2028-11-20T11:21:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A10705"]),
            C("喂，我温州的，做鞋子批发，今天进货付钱卡刷不出，提示账户冻结了，我货车都在门口等着，你们银行到底搞什么名堂！",
              marks=[mark("risk.keyword_alert", "账户被冻结、货款付不出去：冻结资金"),
                     mark("emotion.customer_negative", "你们银行到底搞什么名堂：质问、不满")]),
            A("货车在门口等着，钱却付不出去，换成谁都急，这事算在我身上，查到底。"
              "先麻烦您过一道身份核对：请讲身份证号码的末段四个数，再说说您登记的工作单位。"),
            C("末段四个二零八三，单位是我自己的鞋业商行。你们要是今天解决不了，我直接找监管部门投诉你们！",
              marks=[mark("emotion.customer_negative", "扬言去监管部门投诉：投诉、不满")]),
            A("核对通过，您冒的这股火我能体谅。我现在调一下冻结的原因，约莫二十来秒，电话里会没声音，麻烦您别挂断。"),
            {"silence": 7.0, "kind": "hold"},
            A("辛苦您在线上等着，原因查到了。您登记的身份证上个月过期了，系统按规定暂停了这张卡的交易，钱都好好地在卡里。"),
            C("证件到期了？那我现在怎么办，货车可等不起。"),
            A("您在手机银行里拍一下新身份证的正反面，再做一次人脸识别，提交以后一般半小时左右就能恢复；先跟司机说一声，货款稍后就能付。"
              "证件到期前没有及时提醒您，怪我们这边疏漏，对不住。"),
            C("行吧，我这就去拍证件。"),
            A("要是半小时以后还刷不出，您直接回拨，报这通电话的时间，我们马上接着处理。还有别的需要我做的吗？"),
            C("先这样。"),
            A("好，多谢您忍着火听我讲完，祝生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj15_late_card_payment_penalty_interrupt_rebuff",
        "title": "客户信用卡晚还两天被收违约金，想请求减免；坐席在客户陈述未完时插话一次，并以“条款写死了的，您跟我说再多也是白搭”顶撞客户，最后才提交减免申请",
        "business_type": "card", "agent_id": "A10704", "customer_tier": "standard",
        "started_at": "2028-11-21T12:40:16", "agent_channel": 0,
        "turns": [
            A(OPENING["A10704"]),
            C("你好，我上个月信用卡晚还了两天，这个月账单上多了一笔违约金，还有利息，我当时是因为出差在外地忘了，能不能通融一下把违约金"),
            A("违约金的事是吧，我清楚了。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("嗯。"),
            A("咱们先走个验身环节，身份证号码的尾数四个，再讲下账单日是几号。"),
            C("尾数四个九零四二，账单日十五号。"),
            A("核对过了。您上个月到期还款日晚了两天，所以收了违约金和两天的利息。"),
            C("我就晚了两天，以前从来没逾期过，这都不能商量吗？"),
            A("条款写死了的，您跟我说再多也是白搭，晚还了就得认。",
              marks=[mark("etiquette.forbidden_phrase", "条款写死了的，您跟我说再多也是白搭：顶撞、推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我只是问问能不能减免。"),
            A("减免要看系统审批，我这边帮您提交一个申请，三天内短信告诉您结果。"),
            C("那好吧。"),
            A("旁的还有没有？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj16_washing_machine_bent_card_wrong_time_music_no_notice",
        "title": "客户的卡和脏衣服一块儿被洗衣机搅了弯了要换卡，以身份证号码最末一段四个数字加最近一笔存款金额核身；客户问新卡多久寄到后直接进入九秒等待音乐、坐席未告知，之后致谢；把补卡时间说成十个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A10701", "customer_tier": "standard",
        "started_at": "2028-11-22T15:03:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A10701"]),
            C("你好，我把卡忘在裤兜里，和脏衣服一块儿被洗衣机搅了，拿出来整张都弯了，插进机器里读不了，想换一张。"),
            A("卡洗坏了需要换新的，明白。先把您本人认准：请讲身份证号码尾部那一小段四位，再说说您最近一笔存进来的钱大概多少。"),
            C("最末一段四个六三五一，上礼拜存了两千。"),
            A("核对无误，换卡申请已经提交，卡号不变，邮寄到您留存的住址。"),
            C("那新卡大概多久能寄到我手上？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您听完这段曲子。补办一张新卡得要十个工作日左右。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成十个工作日")]),
            C("十来天啊，那也行。"),
            A("新卡到了先激活再用，旧卡剪碎处理掉。顺带还要办点啥不？"),
            C("没有了。"),
            A("好，这通电话辛苦您了，谢谢，以后洗衣服前先掏掏兜，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aj17_elderly_lanzhou_grandson_wedding_cash_dead_air",
        "title": "八十三岁老年客户（兰州口音）想取五万现金给孙子当彩礼，以身份证号码末四个字符加登记住址小区核身；客户问现金怎么取后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10703", "customer_tier": "elderly",
        "started_at": "2028-11-23T09:26:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A10703"]),
            C("喂，丫头，我兰州的老汉，八十三了。孙娃下月要成亲，我想从卡上取五万块现钱给他当彩礼，卡里那点钱凑得齐不？"),
            A("爷爷您好，您想看看卡里的钱够不够，再取五万现金给孙子办喜事，爷爷是这打算吧？"
              "查账以前得先认人：请说身份证号码的末四个字符，再说说您住的小区叫个啥。"),
            C("末四个是二八四六，小区是七里河那边的铁路家属院。"),
            A("核对一致。您卡里活期一共六万三千元，取五万是够的。"),
            C("那五万块现钱，我咋取呢？能不能让银行给我送过来？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("送不了，大额现金要提前一天打电话跟网点预约，第二天带身份证去柜台拿。"),
            C("那我让儿子陪着我去。"),
            A("好的。爷爷旁的还想问啥？"),
            C("没了。"),
            A("好，祝小两口和和美美，再见爷爷。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十三岁老年客户打算取五万现金，坐席全程未给任何防诈骗提醒（如冒充亲属、公检法要求转账或索要密码）")],
    },
    {
        "call_id": "aj18_fast_agent_used_car_online_seller_no_warning",
        "title": "坐席语速过快（约一点六倍）；客户要把十二万车款转到网上认识、人在外地的二手车卖家个人卡上；坐席在客户陈述未完时插话一次；以身份证号码尾数四位加卡面有效期核身；单笔五万、每天二十万（正确）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A10702", "customer_tier": "standard",
        "started_at": "2028-11-24T14:17:09", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10702"]),
            C("你好，我在二手车网站上看中一辆车，卖家在外地，说先把十二万车款打到他个人卡上，他就把车托运过来，我想问手机上一回最多转得了多少，因为我之前"),
            A("手机转账额度是吧，先核身份，身份证号码的尾数四位，还有卡面的有效期。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("尾数四位三七零五，卡上印的二零三二年一月。"),
            A("核对好了。手机银行单笔封顶五万，一天合计最多二十万，十二万切作三笔，户名账号照卖家给的填，今儿就能付清。"),
            C("你语速太快了，能再说一遍吗？"),
            A("单笔五万，一天二十万，分三笔，照卖家给的填。"),
            C("好，那我马上动手转。"),
            A("好的，转完有短信。顺手还有啥要弄？"),
            C("没了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十二万元车款转到网上认识、未见面的外地卖家个人卡上，坐席未做任何大额转账风险提示（先看车验车、核实卖家、防范先款后货）")],
    },
    {
        "call_id": "aj19_etc_toll_double_deduction_asked_thrice_hangup",
        "title": "客户信用卡绑定ETC，同一收费站被扣两次，三次问为什么扣两次，坐席只确认有两笔、让按时还款，客户第三次问时通话随即结束",
        "business_type": "card", "agent_id": "A10704", "customer_tier": "standard",
        "started_at": "2028-11-27T20:05:41", "agent_channel": 0,
        "turns": [
            A(OPENING["A10704"]),
            C("你好，我信用卡绑了高速的ETC，上周走了一趟高速，账单上同一个收费站扣了两次一百二十元，是咋回事呀？"),
            A("核身份：身份证号码的尾数四个，还有账单日是哪天。"),
            C("尾数四个五二六八，账单日二十号。"),
            A("核对通过。账单上确实有两笔一百二十元，都是同一个收费站。"),
            C("我知道有两笔，我问的是同一趟为什么会扣两次？"),
            A("两笔扣款都已经入账了，您按时还款就行。"),
            C("我这已经是第三遍问了，同一趟高速为什么会扣两回？",
              marks=[mark("resolution.repeated_question", "为什么同一趟扣两次问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "aj20_short_supplementary_card_call",
        "title": "客户想给母亲办信用卡副卡，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10701", "customer_tier": "standard",
        "started_at": "2028-11-29T18:36:24", "agent_channel": 0,
        "turns": [
            A(OPENING["A10701"]),
            C("喂，信用卡能给我妈办张副卡吗？"),
            A("办不了。"),
            C("哦，那算了。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT24_SEED = 20281124
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT24_CALLS, agents=AGENTS, default_out=Path("samples/heldout24"),
                  seed=HELDOUT24_SEED, description=__doc__))
