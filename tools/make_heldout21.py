#!/usr/bin/env python3
"""Render the twenty-first held-out evaluation set in samples/heldout21/ (dev-only; never imported by the product).

The earlier held-out sets (samples/heldout/ to samples/heldout20/) may have been looked at, so none of
them can be trusted to measure generalisation on its own. This twenty-first set was written from the
bank's standard call flow (/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule
engine, its tests or its docs, never read any truth folder and never ran qa-toolkit (only the bank's
facts, rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It
words every script step differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any
make_heldout*.py): other agents (A10401-A10406) with their own openings (值班客服…工牌号码,
服务代表…为您接通, 话务编号, …号话务员, 服务编号…今天由我来帮您, 理财服务专席…执业编号), other
verification routes (the road of the branch where a deposit was opened, the monthly property fee
taken by standing order, the greeting phrase reserved for online banking, the city where the card was
issued, the shop of the last card purchase, the current credit line, the last four digits of the
mobile number on file; the ID digits asked in new words), other hold and closing phrasings, topics the
earlier sets did not use (a retired Shanghai tram conductor's rolled-over time deposit, a Tianjin
pancake stall owner's bond product, a Xi'an print shop's bookbinding machine, a card swallowed by a
cash machine in Guiyang, a Qingdao fisherman's daughter opening her first account, a Changsha
violinist's repair paid to Cremona in euros, a dance teacher's gold-card upgrade, a tax refund on a
salary card, a rent deposit returned by a landlord, a kitchen refit paid to a decorator, an insurance
claim payout, a shipping bond fund, a "stock mentor's" teacher account, card details stolen through a
fake parking-fine text, an early mortgage repayment fee, a snapped card, a Xi'an pensioner's cash for a
village roof, a change of the mobile number on file, a transfer to a sister returned by her bank, a card
with one's own photo), dialect-flavoured customers (Shanghai, Tianjin, Xi'an in Shaanxi, Guiyang in
Guizhou, Qingdao in Shandong and Changsha in Hunan; the Shanghai and one Xi'an customer are elderly)
and hard negatives (steps done in unusual words, steps not required in that situation, harmless
mentions of swindlers and of the police, figures right for another card or channel, a large transfer
and a remittance abroad with a warning, a customer who starts before the agent has finished). It is
for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout21.py
    /work/tts-venv/bin/python tools/make_heldout21.py --only ag13_stock_mentor_teacher_account_no_warning
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order. ag10 greets,
#   names the bank and offers help with no number (staff_id_missing); "喂？这边听着呢。" (ag09) is
#   no greeting at all (both);
# - identity: a check before any account data or account action. identity.not_verified = each
#   agent turn that discloses account data before a check: ag11 (an insurance payout, then the
#   balance: two turns). General information (ag05: documents to open an account; ag20) needs none;
# - risk.disclosure_missing: ag13 (a "stock mentor's" teacher account, 60,000 helped out with no
#   warning). Disclosures in the agent's own words count (ag02, ag12 wealth; ag03 and ag10 large
#   transfers; ag06 remittance abroad);
# - risk.keyword_alert: ag13 (a fraud script told with no risk word), ag14 twice (card details
#   stolen through a fake parking-fine link; the police report). The TV programme about swindlers
#   (ag01), the neighbour who is a police officer (ag05) and the agent's own advice are not alerts;
# - risk.elderly_fraud_advice: ag17 (an 81-year-old taking 30,000 in cash). ag01 carries it;
# - emotion.customer_negative: ag14 twice, ag19 once. etiquette.jargon: ag12 (disclosure given).
#   forbidden_phrase and agent_negative: ag15 (both labels);
# - hold: announced holds in other words count (ag02 music, ag04 silent, ag14 silent; all
#   thanked). ag16: music straight after the customer's question: hold.no_notice (thanked after);
# - etiquette.dead_air: ag17, 12 s after the elderly customer asks how to take the cash;
# - closing: thanks and goodbye in other words count (ag01 ends with 再会); ag11 ends with
#   "嗯，就这样。": closing.missing; ag19 and ag20 end without any closing;
# - answer.wrong_fact: ag10 (手机银行一笔最多十万; the KB says 五万) and ag16 (补新卡要十五个工作日; the
#   KB says 七). Right figures stay unlabelled (ag03's 五万 / 二十万; ag10's daily 二十万 and the
#   counter's 百分之零点五; ag04's 七个工作日 beside the cash machine's 两万; ag06's 一到三个工作日;
#   ag07's 普卡 一百元 beside 金卡 三百元; ag14's 七个工作日);
# - etiquette.interruption: ag15 (1.2 s). In ag03 the customer starts 0.6 s before the agent has
#   finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ag19; handling.time_standard: ag20;
#   etiquette.speech_rate: the agent at 1.6x (ag18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10401": {"team": "一线庚组", "staff_no": "五二八六"},
    "A10402": {"team": "一线庚组", "staff_no": "三九一四"},
    "A10403": {"team": "一线辛组", "staff_no": "六零七二"},
    "A10404": {"team": "一线辛组", "staff_no": "八一四五"},
    "A10405": {"team": "一线辛组", "staff_no": "二六三八"},
    "A10406": {"team": "二线戊组", "staff_no": "七四零九"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10401": "您好，恒通银行，今天坐值班席的我工牌号码五二八六，您要办的事请讲给我听。",
    "A10402": "恒通银行，您好呀，服务代表三九一四为您接通，碰上什么难处您直说。",
    "A10403": "您好，恒通银行，话务编号六零七二接起了您的电话，乐意替您把事情理顺，您是哪方面的问题？",
    "A10404": "您好，恒通银行，线路这头的八一四五号话务员向您问好，您这趟来电想问些什么？",
    "A10405": "您好，恒通银行，二六三八号服务员在线上，今儿个由我来搭手，有事尽管开口。",
    "A10406": "您好，恒通银行理财服务专席，理财经理执业编号七四零九，想跟您一起把手头的资金规划规划。",
}

HELDOUT21_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "ag01_elderly_shanghai_tram_conductor_time_deposit_clean",
        "title": "七十八岁老年客户（上海口音）退休前在电车上卖票，问三年定期是否到期，以身份证号码尾巴上四个字加当初开定期的网点所在马路核身；客户提到电视节目讲骗子骗老人（无害提及）；坐席说明已自动转存并用自己的话提醒冒充银行高息转账、保健品返钱、索要密码和短信数字都是骗局，以再会道别，完整合规",
        "business_type": "account", "agent_id": "A10401", "customer_tier": "elderly",
        "started_at": "2028-08-01T09:24:13", "agent_channel": 0,
        "turns": [
            A(OPENING["A10401"]),
            C("喂，小姑娘，阿拉是上海人，今年七十八岁了，退休前在电车上卖票。我有一笔三年的定期，好像这个月到期，侬帮我看看到底到了伐？"),
            A("老伯伯侬好，您想弄清楚那笔三年定期是不是这个月满期，对伐？"
              "查存款之前要认认是不是侬本人：请您报一报身份证号码顶末尾巴上那四个字，再讲讲这笔定期当初是在哪条马路上的网点开的。"),
            C("尾巴上四个是五零一七，当时在淮海路那个网点存的。"),
            A("都对上了，是老伯伯本人。这笔定期本月十二号满期，按您当初签的约定又自动转存了三年，本金六万元一分没少，利息打进了您的活期。"),
            C("老好额，老好额。昨天电视里放一个节目，讲骗子专门盯牢阿拉这种老头子，看得我心里毛毛的。"),
            A("节目讲得在理，老伯伯有几桩事体要记牢：有人打电话自称银行的，讲有高息存款要侬把钱挪到新账户，全是设好的圈套；"
              "上门推销保健品、讲买了还能返钱的，勿要相信；"
              "不管啥人问侬讨银行卡密码，或者叫侬念手机短信里那串数字，统统勿要讲，拿不准先问问女儿，或者直接到网点来问。"),
            C("晓得了，我女儿也老是关照我。"),
            A("女儿关照得好。利息要用的话，带好存折和身份证去网点，柜台同事会帮侬取出来。"),
            C("好额好额。"),
            A("老伯伯，今朝还有啥想打听的伐？"),
            C("呒没了，谢谢侬噢，小姑娘。"),
            A("勿客气，老伯伯自己把账管得清清爽爽，真灵光，祝侬身体硬朗，天天开心，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag02_tianjin_clay_figurine_maker_bond_product_music_hold_clean",
        "title": "天津捏泥人的手艺人有四十万想买理财，以证件号码最后那一截四个数加每月代扣的物业费金额核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、银行不保本、净值会上下走可能亏本、以往收益不代表以后、半年内赎不出来、不受存款保险保障，建议先投十万并请读完风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10406", "customer_tier": "VIP",
        "started_at": "2028-08-02T10:37:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A10406"]),
            C("您好，我天津的，捏了三十年泥人儿，介些年攒下四十来万，搁活期里倍儿亏得慌，您给我说道说道有嘛理财。"),
            A("您捏泥人儿攒了四十来万，嫌活期利息薄，想找个收益厚些的地方放，我这么理解没跑偏吧？"
              "介绍哪款产品都得先认准是您本人：请报一下证件号码最后那一截的四个数，再说说您每个月让我们代扣的物业费是多少钱。"),
            C("最后那一截是二六四八，物业费每月一百八十七块五。"),
            A("两样都和档案里的一样。我要把您上回做的风险评估翻出来，得半分钟上下，这当中电话里给您放一小段曲子，您甭挂。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("曲子停了，难为您听完了一整段，谢谢您不嫌烦。您的评估结果是稳健型，跟一款期限半年、以债券为主的产品对得上，风险评级落在二级。"),
            C("那您给句实在话，介玩意儿会赔钱吗？"),
            A("实在话是这样的：这东西跟存单是两码事，银行不给保本，净值每天都会上上下下，行情差的时候到期拿回的钱可能比投进去的少；"
              "宣传单上印的往年收益，那只是从前的成绩单，往后未必照样；钱投进去半年之内赎不出来；"
              "存款保险也管不到它头上。"),
            C("哦，那我明白了，还得留着钱进胶泥和颜料呢。"),
            A("对，流水钱一定留够。我建议头一回先放十万，剩下的存定期和活期。"
              "签约的时候页面会弹出产品说明书和风险揭示书，您一条一条看完了再点确认，看不懂的地方随时打来问我。"),
            C("行，那就先来十万，您说得倍儿明白。"),
            A("好，这笔手续办完了，您手头还有别的盘算要一块儿捋捋吗？"),
            C("没了没了，够哏儿的。"),
            A("那就不耽误您干活儿了，您肯把这么些血汗钱交给我们打理，多谢，祝您捏的泥人儿个个活灵活现，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag03_xian_print_shop_bookbinding_machine_transfer_clean",
        "title": "西安开打印店的客户要给温州一家机械厂付十八万装订机货款，以身份证最后四个数加网银里设的预留验证语核身；单笔最多五万、一天加起来最多二十万说对；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒（厂家对公账户、户名和合同一致、说换账号先打厂里座机、验机后付尾款），完整合规",
        "business_type": "transfer", "agent_id": "A10402", "customer_tier": "standard",
        "started_at": "2028-08-03T14:12:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A10402"]),
            C("喂，你好，额屋里在西安城墙根底下，开了个打印店，跟温州一个机械厂订了台胶装机，十八万，想用手机把钱付过去，得是能行？"),
            A("您给打印店订了台胶装机，十八万，打算在手机上付给温州的厂家，我这么归纳您看准不准？"
              "这么大一笔要先确认是您本人在办：请讲一下身份证号码收口处那四个数，再讲讲您在网银里设的那句预留验证语。"),
            C("收口四个数七二零三，预留的那句是钟楼下面吃泡馍。"),
            A("核对无误。走手机银行这条路每一单笔最多走五万出去，一天里头合起来的上限二十万，这十八万拆作四回转，今儿个之内能全部付完。"),
            C("四笔就四笔，额不嫌麻烦。", overlap=0.6),
            A("另外有几句要叮嘱您：货款转到机械厂的对公账户，户名得和合同上盖章的厂名一字不差；"
              "要是有人打电话或发消息说厂里换了收款账号，您先拨厂里的座机核实了再转；"
              "最好先付一部分，机器运到店里调试好了，再把剩下的结清。"),
            C("嫑说了，额本来想一口气打完，那额先付八万，机器到了再付十万，美得很。"),
            A("这么分两步走，心里就有底了。还有哪样需要我帮您跟进的？"),
            C("没有了，谢谢你啊。"),
            A("不用谢，谢谢您愿意听我多唠叨几句，祝打印店生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag04_guiyang_sour_soup_restaurant_card_swallowed_hold_clean",
        "title": "贵阳开酸汤鱼馆的客户借记卡被取款机吞了，以证件号最后四位数加发卡城市核身；告知后静音保留并致谢；吞卡按规定销毁、补办新卡七个工作日（正确），取款机每天最多取两万（另一渠道），完整合规",
        "business_type": "card", "agent_id": "A10403", "customer_tier": "standard",
        "started_at": "2028-08-04T16:45:32", "agent_channel": 0,
        "turns": [
            A(OPENING["A10403"]),
            C("喂，我贵阳的，开了家酸汤鱼馆，刚才在花果园那台取款机取钱，卡咔一下就被吞进去了，这是搞哪样嘛？"),
            A("您在花果园的取款机上取钱，卡给吞进去了没吐出来，想晓得接下来怎么办，我讲得对头吧？"
              "处理这张卡之前先核对一下：请讲证件号末端的四位数，再说说这张卡当初是在哪座城市领的。"),
            C("末端四位是八三五一，卡是在遵义办的，后来才搬到贵阳。"),
            A("核对过了。我查一下那台机器吞卡的记录，差不多要十几秒钟的工夫，这中间电话里没有声音，话筒请别撂下。"),
            {"silence": 7.0, "kind": "hold"},
            A("多等了这么一阵，谢谢您守在线上。记录查到了，卡是因为密码连输错三次被机器收走的，卡里的钱一分没动。"),
            C("老火哦，我是记错了密码。那卡还拿得回来不？"),
            A("被吞的卡按规矩要销毁，没法取回来，我给您补办一张新卡，大约七个工作日寄到您留的地址。"
              "新卡寄到前急着用现金，带身份证到柜台就能取。"),
            C("那等新卡拿到手，在取款机上一天最多能取好多？"),
            A("在自助取款机上提现金，每天封顶两万，跟转账那边的额度各算各的。"),
            C("晓得了，莫得别的了。"),
            A("好，这张新卡我盯着给您办，谢谢您这么快打过来，祝酸汤鱼馆天天满座，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag05_qingdao_fisherman_daughter_first_account_info_clean",
        "title": "青岛渔民问十六岁女儿暑假打工要开第一张卡带什么（一般业务咨询，不涉及已有账户，无需核身）；客户提到邻居是派出所民警，提醒别把卡借人（无害提及）；本人有效身份证件加本人手机（正确），须本人到场，完整合规",
        "business_type": "account", "agent_id": "A10405", "customer_tier": "standard",
        "started_at": "2028-08-07T11:20:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A10405"]),
            C("喂，你好，俺是青岛跑船打鱼的，俺闺女十六了，暑假去饭店端盘子，老板说工资得打到她自己的卡上，开张卡得准备点啥？"),
            A("您闺女暑假打工，要开她自己的第一张卡收工资，您想先问问该准备些什么，对吧？"
              "这是打听开户手续，不碰您家现有的账户，这一步无需报您的证件号码。"
              "让闺女带上她本人的有效身份证件，再带上她自己平时用的手机，开户时要往这个号码发验证短信。"),
            C("俺邻居是派出所的民警，他跟俺说，孩子的卡千万别借给同学用，说是血危险。"),
            A("您邻居说得一点不差，银行卡借给别人或者卖给别人用，可能被拿去走不干净的钱，卡主也要担责任，卡和密码只能自己拿着。"),
            C("那俺替她去办行不行？她出海跟俺爹去了。"),
            A("这个真不行，得您闺女本人到网点，十六岁有自己的身份证就能办，您可以陪着一起来。"),
            C("杠赛，那等她回来俺领着她去。"),
            A("好的。这件事还有哪儿没讲明白的吗？"),
            C("没了，你说得血清楚。"),
            A("好嘞，难得您替闺女想得这么周到，祝她暑假打工顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag06_changsha_violinist_cremona_euro_remittance_clean",
        "title": "长沙乐团小提琴手要给意大利克雷莫纳的制琴师汇三千八百欧元修琴费，以身份证末尾四个数字加最近一次刷卡的店名核身；一到三个工作日到账（正确）；坐席用自己的话做跨境汇款提示（汇到制琴工作室自己的账户、核对发票和官网、说换账户先直接打电话问、钱出境难追回），完整合规",
        "business_type": "transfer", "agent_id": "A10404", "customer_tier": "standard",
        "started_at": "2028-08-08T15:03:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A10404"]),
            C("你好咯，我长沙的，在乐团拉小提琴，琴送到意大利克雷莫纳一个制琴师那里修，要付三千八百欧元，往国外打钱我是头一回，蛮紧张。"),
            A("您把小提琴送去意大利修，要付给制琴师三千八百欧元，这是第一次往境外汇钱，我这样归纳您看准不准？"
              "汇出去要用您本人的购汇额度，所以要先把身份落实：请报身份证末尾的四个数字，再讲讲您最近一次刷这张卡是在哪家店。"),
            C("末尾四个数字三八零六，最近是在五一广场一家琴行刷的，买了两套琴弦。"),
            A("和系统里的记录相符。您在手机银行菜单里点进境外汇款那一栏，照制琴师开的发票填收款人全称、账号和对方银行代码，用途选服务费。"
              "正常情况下一到三个工作日款子能落到制琴师账上。"),
            C("制琴师的账号是一个代购在微信上发给我的，我照着填冇问题吧？"),
            A("这一点要格外当心：钱要汇到制琴工作室自己名下的账户，户名跟发票上的抬头一致，不要汇到代购的私人户头；"
              "账号最好拿去跟工作室官网或者发票原件对一下；"
              "要是有人说对方改了收款账户，您直接打电话或发邮件给工作室问清楚；钱一汇出境，错了就极难追回来。"),
            C("要得，我去翻一下发票原件。"),
            A("拿原件对过就不怕了。欧元的牌价每天在变，卡里最终划走多少人民币，按您最后点确认那一刻的价格算。关于这笔汇款，您还有哪一处心里没底的？"),
            C("冇得了，多谢你咯。"),
            A("不客气，谢谢您一步一步问得这么细，祝您的琴修好以后声音更亮，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag07_dance_teacher_gold_card_upgrade_fee_clean",
        "title": "舞蹈老师想把信用卡从普卡升成金卡，以身份证最末四个号码加当前信用额度核身；普卡一百元（另一卡种）、金卡三百元、刷满六次免次年年费（正确），完整合规",
        "business_type": "card", "agent_id": "A10402", "customer_tier": "standard",
        "started_at": "2028-08-09T13:28:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A10402"]),
            C("你好，我在少儿舞蹈班教课，现在用的是你们的普通信用卡，学员家长说金卡权益多，我想升一下，先问问年费要多少。"),
            A("您想把手上这张信用卡升成金卡，升之前先把年费问清，对吧？"
              "升级要动您的卡，得先核一下：请告诉我身份证最末的四个号码，还有您这张卡现在的信用额度是多少。"),
            C("最末四个号码是九一六零，卡上额度两万整。"),
            A("没有问题，是您本人。您现在这张普卡，一年年费一百元；换到金卡那一档，金卡的年费是三百元，一年当中刷够六回，第二年的年费就给您免掉。"),
            C("一年刷六次很容易，我买舞鞋练功服都刷卡。"),
            A("那您基本不用掏年费。金卡还带机场贵宾厅和航空意外险，具体权益升级成功后短信会发给您。"),
            C("好，那就帮我升吧。"),
            A("升级申请已经提交，审核通过会发短信告诉您，新卡寄到以后旧卡剪掉就好。还有要问我的吗？"),
            C("没有了，谢谢。"),
            A("好的，多谢您这么痛快，祝您的舞蹈班越办越好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag08_salary_card_tax_refund_arrival_clean",
        "title": "客户问个税汇算的退税是否到了工资卡，以身份证最后四码加预留手机号后四位核身；坐席告知已到账，客户提到听说有人冒充税务局发链接（无害提及），坐席顺带提醒退税不用点链接，完整合规",
        "business_type": "account", "agent_id": "A10404", "customer_tier": "standard",
        "started_at": "2028-08-10T19:06:25", "agent_channel": 0,
        "turns": [
            A(OPENING["A10404"]),
            C("你好，我在手机上做了个税汇算，显示退税一千三百多，说是退到工资卡，我想确认到没到。"),
            A("您做完个税汇算，有一笔退税应该进工资卡，想确认一下到账没有，是吧？"
              "查卡里的进账之前得核对一下：请说身份证号末尾那四个码，再说一下您在我们这儿预留的手机号后四位。"),
            C("末尾四个码零五九二，手机后四位是六六一八。"),
            A("核对通过。昨天下午进来一笔一千三百二十六元，付款方是国家金库，就是您的退税。"),
            C("好，心里这块石头落地了。同事说有人冒充税务局发短信，让点链接领退税。"),
            A("您同事提醒得对，正规退税是您自己在个税软件里申请、直接打进卡里，不需要点任何短信链接，也不用告诉谁验证码。"),
            C("明白了，我不会乱点的。"),
            A("好的，还有需要我查的吗？"),
            C("没有了，谢谢啊。"),
            A("不客气，您自己做汇算又自己来核对，真细心，祝您这笔退税花得开心，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "ag09_no_greeting_landlord_rent_deposit_returned",
        "title": "客户查房东退回的押金是否到账；坐席以“喂？这边听着呢。”接起，无问候、行名、工号；以身份证最后四个字加预留手机号后四位核身，其余流程合规",
        "business_type": "account", "agent_id": "A10401", "customer_tier": "standard",
        "started_at": "2028-08-11T12:41:08", "agent_channel": 0,
        "turns": [
            A("喂？这边听着呢。"),
            C("喂，恒通的客服是打这个号吧？我退租了，房东说押金三千已经打回给我，我看看到没到账。"),
            A("对，是恒通的。查进账前得把身份对上，请报身份证号码最末端四个字，还有您留在我们这儿的手机号后四位。"),
            C("末端四个字四零八三，手机后四位二九一五。"),
            A("对上了。今天上午有一笔三千元转进来，转账人姓付，附言是退押金。"),
            C("对，房东就姓付，那就好。"),
            A("押金回来了就安心了。还有什么要查的吗？"),
            C("没有了。"),
            A("好，多谢您自己来问这一趟，祝您搬新家顺顺利利，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂？这边听着呢。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ag10_no_staff_number_kitchen_refit_single_limit_wrong",
        "title": "客户要给装修公司付九万厨房翻新款，开场白有问候、行名和服务用语但不报工号；以身份证最后四位数加发卡城市核身；把手机银行单笔上限说成十万（知识库为五万），一天二十万（正确），柜台跨行百分之零点五（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A10405", "customer_tier": "standard",
        "started_at": "2028-08-14T10:15:59", "agent_channel": 0,
        "turns": [
            A("您好呀，恒通银行，您有什么想办的，跟我讲讲。"),
            C("你好，我家厨房翻新，装修公司要收九万，打算在手机上一回就把钱打给他们，行得通吗？"),
            A("您要把九万厨房翻新款用手机付给装修公司，想一回付清，我说得在理吧？"
              "动钱之前照例对一对您的身份：请说一下身份证号码最靠后的四位数，还有这张卡是在哪座城市领的。"),
            C("靠后四位一五七四，卡是在南昌办的。"),
            A("核对一致。手机银行一笔最多能转十万，一天最多二十万，九万一笔就能转过去。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十万")]),
            C("那要是去柜台转，装修公司是别家银行的，要不要另外交手续费？"),
            A("柜台跨行转账的手续费是转账金额的百分之零点五，手机上转不收钱。"
              "另外这么大一笔，您先核对装修合同上的公司名称，钱转进公司的对公账户，别转到业务员个人卡上；按工程进度分期付，别一下子全付。"),
            C("有道理，那我先付一半。"),
            A("付一半留一半，主动权在您手上。您还有什么想问的吗？"),
            C("没了，谢谢。"),
            A("好的，谢谢您，祝新厨房用着舒心，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ag11_insurance_claim_payout_no_identity_no_closing",
        "title": "客户查商业保险理赔款是否到账，坐席未做任何身份核验即说出到账日期、金额和付款方，又报出卡内余额；最后只说“嗯，就这样。”，无致谢道别（坐席在声道一）",
        "business_type": "account", "agent_id": "A10403", "customer_tier": "standard",
        "started_at": "2028-08-15T17:33:40", "agent_channel": 1,
        "turns": [
            A(OPENING["A10403"]),
            C("你好，我住院的医疗险理赔批下来了，保险公司说钱打到我卡上，七千多，你帮我看下到了没？"),
            A("到了，八月十三号下午，一家人寿保险公司转进来七千四百八十元，附言是理赔款。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出理赔款的到账日期、金额和付款方")]),
            C("那我卡上现在一共还有多少钱？"),
            A("加上这笔，现在可用余额是一万九千六百零三元。",
              marks=[mark("identity.not_verified", "未核验身份即报出卡内余额")]),
            C("行，知道了。"),
            A("嗯，就这样。"),
        ],
        "violations": [mark("closing.missing", "坐席只说嗯，就这样：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ag12_shipping_bond_fund_jargon_disclosure_given",
        "title": "客户有三十万想买债券基金，以证件号码最后四位加每月代扣的物业费金额核身；坐席介绍产品满口术语（久期、信用利差、票息再投资、质押回购加杠杆、业绩比较基准、估值波动），客户听不懂后才用白话解释；风险揭示用自己的话做了",
        "business_type": "wealth", "agent_id": "A10406", "customer_tier": "VIP",
        "started_at": "2028-08-16T09:50:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A10406"]),
            C("你好，我在港口做船代，手上闲着三十万，朋友推荐了你们一款债券基金，想听您讲讲它到底怎么回事。"),
            A("好的，讲产品前要把您的身份对一对：证件号码末梢上四位，还有每个月我们代扣您的物业费是多少钱。"),
            C("末梢四位六零四九，物业费每月两百一十元。"),
            A("核对好了。这只产品组合久期控制在两年左右，赚的是信用利差，票息再投资，适度做质押回购加杠杆，业绩比较基准年化三个点上下，估值波动不大。",
              marks=[mark("etiquette.jargon", "久期、信用利差、票息再投资、质押回购加杠杆、业绩比较基准、估值波动，未向客户解释")]),
            C("你这一长串词儿我是半句都没整明白，能换成大白话吗？"),
            A("抱歉，我说得太专业了。简单讲，它主要买国家和大公司发的债，靠收利息赚钱，价格也会随市场起伏。"
              "所以它跟存折上的钱不是一回事，没有人保证本金，行情不好时可能亏钱；三个点是参考，不是承诺；存款保险也不管它。"),
            C("那我先放十万试试。"),
            A("可以。下单时页面会弹出产品说明书和风险揭示书，请您读完再确认。还有别的要商量吗？"),
            C("没有了。"),
            A("好，多谢您耐心听我讲，祝您船代生意一帆风顺，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag13_stock_mentor_teacher_account_no_warning",
        "title": "客户在炒股群里被“导师”带着，要把六万转到“老师指定账户”买内部额度、一周保证三成收益、让他别声张（未用风险词的诈骗话术）；坐席以身份证最后那四个数加最近一次刷卡店名核身后只讲怎么分两笔转、催客户抓紧，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A10405", "customer_tier": "standard",
        "started_at": "2028-08-17T20:08:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A10405"]),
            C("你好，我进了个炒股群，群里的导师带我们买内部额度，说一周保证赚三成，让我把六万块转到老师指定的账户，名额今晚就截止，还叫我别跟家里人说，手机上要怎么转？",
              marks=[mark("risk.keyword_alert", "炒股群导师、内部额度、保证收益、转到老师指定账户、限时、不让告诉家人：投资诈骗话术")]),
            A("转账之前照规矩对一下身份：请说身份证号码最后头那四个数，再说说您最近一次是在哪家店刷的卡。"),
            C("四个数是二七三九，最近在楼下便利店刷的。"),
            A("核对过了。手机上一次单笔最高走五万，六万您拆成一笔五万一笔一万，把老师给的户名和账号填进去就行。"),
            C("导师讲九点钟一过，这个位子就让给群里别人。"),
            A("来得及，这会儿转过去几秒钟就进账，您抓紧时间操作吧。"),
            C("好，我这就转。"),
            A("今晚还要我帮啥忙不？"),
            C("没有了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出导师、内部额度、保证收益、老师指定账户、不让告诉家人的诈骗话术，坐席反而教其分笔转账、催其抓紧，未做任何防诈骗提示")],
    },
    {
        "call_id": "ag14_changsha_fake_parking_fine_link_card_stolen_complaint_hold",
        "title": "长沙客户点了冒充交警的停车罚款短信链接，卡里被划走一万二千八，愤怒、骂银行没提醒、扬言投诉；已到派出所报案；坐席共情担责，以身份证最后四个号加发卡城市核身，告知后静音保留并致谢，冻结卡、发起争议、补卡七个工作日（正确）",
        "business_type": "complaint", "agent_id": "A10404", "customer_tier": "standard",
        "started_at": "2028-08-18T08:39:54", "agent_channel": 0,
        "turns": [
            A(OPENING["A10404"]),
            C("喂，我昨晚收到一条短信，讲我车子违停要交罚款，我点进去填了卡号，结果卡里一下子被人划走一万二千八！",
              marks=[mark("risk.keyword_alert", "点了冒充交警的罚款链接、填了卡号后被划走一万二千八：被骗、盗刷")]),
            C("你们银行搞么子鬼，一万多块一下子出去，连个拦的都冇得，气死我哒！",
              marks=[mark("emotion.customer_negative", "你们银行搞么子鬼、气死我哒：指责、愤怒")]),
            A("一晚上丢了一万多，搁哪个身上都要急得冒火，这事我来负责跟到底。"
              "照流程我得先认定您是卡的主人：请讲身份证号码最尾巴四个号，再讲讲这张卡是在哪座城市开的。"),
            C("尾巴四个号五二六七，卡是在岳阳开的。我一早就去派出所报了案，民警给了我一张回执。",
              marks=[mark("risk.keyword_alert", "已到派出所报案：涉案")]),
            A("核对通过，回执您收好，后面用得上。我马上调那几笔交易，约莫二十秒上下的工夫，中间线路是静音的，您千万别挂。"),
            {"silence": 7.5, "kind": "hold"},
            A("让您等了这一会儿，谢谢您。钱是分四笔在网上的游戏平台花掉的，时间都在昨晚十一点以后，我已经先把这张卡冻住了，谁也用不了。"),
            C("冻住有么子用，钱都冇得了！你们再拖拖拉拉，我就打电话投诉你们！",
              marks=[mark("emotion.customer_negative", "冻住有么子用、再拖拉就投诉：不满、投诉")]),
            A("您这口气憋着，我听得出来。我现在就给您提交交易争议，把报案回执拍照发给我们，能加快核查；"
              "新卡我给您补办，大约七个工作日寄到您家里。以后凡是短信里让填卡号和验证码的链接，都别点。"),
            C("那好吧，你们快点搞。"),
            A("一定尽快，每往前走一步我们都发短信给您。这之外您还有哪样要我一并办的？"),
            C("暂时冇得了。"),
            A("好，这回让您受累了，真是对不住，多谢您一路陪着我把手续走完，往后收到陌生链接多留个心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag15_early_mortgage_repayment_fee_interrupt_rebuff",
        "title": "客户问提前还房贷要不要违约金，坐席在客户陈述未完时插话一次，并以“合同是您自己签的，现在找我有什么用”顶撞客户，最后才说明按合同条款收取",
        "business_type": "account", "agent_id": "A10402", "customer_tier": "standard",
        "started_at": "2028-08-21T13:16:28", "agent_channel": 0,
        "turns": [
            A(OPENING["A10402"]),
            C("你好，我手头宽裕了点，想把房贷提前还掉十万，听说提前还要交违约金，我想问问具体是按什么算的，另外"),
            A("要提前还掉一截房贷，明白。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("嗯。"),
            A("对对身份，说一下身份证号码靠尾那四个数字，还有这张卡是在哪座城市领的。"),
            C("靠尾四个八四一零，在合肥办的。"),
            A("对上了。您这笔房贷还欠四十三万。"),
            C("那提前还十万到底要交多少违约金？能不能少交点，我之前签的时候没人跟我讲过。"),
            A("合同是您自己签的，现在找我有什么用，我又改不了。",
              marks=[mark("etiquette.forbidden_phrase", "合同是您自己签的，现在找我有什么用，我又改不了：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦、顶撞客户")]),
            C("我不过想知道要掏多少。"),
            A("违约金按合同里的条款收，您到贷款网点提交申请时会算给您。"),
            C("好吧。"),
            A("别的还有没？"),
            C("没有。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag16_snapped_card_replacement_wrong_music_no_notice",
        "title": "客户的借记卡被孩子掰断了，以身份证最后四位加最近一次刷卡店名核身；客户问新卡多久后直接进入九秒等待音乐、坐席未告知，之后致谢；补新卡说成十五个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A10403", "customer_tier": "standard",
        "started_at": "2028-08-22T10:52:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A10403"]),
            C("你好，我家小孩拿我的银行卡玩，给掰成两截了，卡还能用吗？要怎么换？"),
            A("卡被掰断了，芯片肯定读不出来了，得换一张新的。换卡前对一下身份：请讲身份证号码末端四个数码，再说说您最近一次在哪家店刷的卡。"),
            C("末端四个数码三一九五，最近在一家母婴店刷的，买的奶粉。"),
            A("核对通过。我给您把旧卡作废，重新申请一张，卡号会变，绑定的自动扣款要重新设。"),
            C("好的。那新卡大概多久能拿到？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("刚才那段曲子让您久听了，谢谢。补办一张新卡要十五个工作日左右才能寄到。",
              marks=[mark("answer.wrong_fact", "挂失补卡办理时间应为七个工作日（知识库），坐席说成十五个工作日")]),
            C("这么久啊，那这期间我怎么取钱？"),
            A("带上身份证到柜台可以取。还有什么需要我办的吗？"),
            C("没了。"),
            A("好的，谢谢您，卡片放好别让孩子再拿到，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ag17_elderly_xian_village_roof_cash_dead_air",
        "title": "八十一岁老年客户（西安口音）要取三万现金给老家修房顶，以身份证最后四个数加发卡城市核身；客户问取现怎么办后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10405", "customer_tier": "elderly",
        "started_at": "2028-08-24T09:31:46", "agent_channel": 0,
        "turns": [
            A(OPENING["A10405"]),
            C("喂，女子，额屋在西安灞桥，今年八十一咧。老家屋顶漏雨，侄子叫人给额修，额想取三万块现钱，卡里钱够不够？"),
            A("大爷您好，您想取三万块现金回老家修屋顶，先看看卡里钱够不够，对吧？"
              "查之前核一下是不是您本人：请说身份证号尾巴上四个数，还有这张卡是在哪座城市领的。"),
            C("尾巴上四个数零三八六，就在西安领的。"),
            A("是您本人。卡里现在有五万二千多，取三万够。"),
            C("那就好。三万现钱额咋取？在电话上能给额弄好不？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("现金这东西电话里没法给您送出去，三万要去网点柜台，最好提前一天打电话约一下。"),
            C("中，额叫孙子陪额去。"),
            A("好的，大爷还有啥要问的？"),
            C("没了。"),
            A("好，大爷，祝您房子修得结结实实，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十一岁老年客户打算取三万现金，坐席全程未给任何防诈骗提醒（如冒充亲属、冒充工作人员索要钱款或密码）")],
    },
    {
        "call_id": "ag18_fast_agent_reserved_mobile_number_change",
        "title": "坐席语速过快（约一点六倍）；客户换了手机号，想改银行卡预留手机号，以身份证最后四位加当前信用额度核身，其余流程合规",
        "business_type": "card", "agent_id": "A10401", "customer_tier": "standard",
        "started_at": "2028-08-25T15:44:21", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10401"]),
            C("你好，我原来的手机号不用了，手机号换成了一个新的，信用卡上预留的号码要怎么改？"),
            A("您要把信用卡的预留手机号改成新号码，改之前对一下身份，证件号码最尾上的四个数，加上您这张卡现在的额度。"),
            C("最尾上四个数七七零二，额度三万。"),
            A("核对通过。您登进手机银行以后，在信用卡设置里选修改预留手机号，先用人脸识别，再输入新号码收到的验证码，提交就改好了。"),
            C("慢点说，我没跟上。"),
            A("手机银行，信用卡设置，修改预留手机号，刷脸，输新号的验证码，提交。"),
            C("好，我记下了。"),
            A("改好以后账单提醒都发新号。此外还想办点什么？"),
            C("没了。"),
            A("好，多谢您换了号马上想着来改，祝您新号码用得顺手，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ag19_sister_transfer_returned_asked_thrice_hangup",
        "title": "客户转给妹妹的钱被退回，三次问为什么退，坐席只说确实退回了、让再转一次，客户第三次发问时恼火，通话随即结束",
        "business_type": "transfer", "agent_id": "A10403", "customer_tier": "standard",
        "started_at": "2028-08-28T18:27:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A10403"]),
            C("你好，我前天给我妹妹转了五千，今天钱又退回我卡上了，为什么会退回来？"),
            A("对下身份，请说身份证号码收尾那一节四位数，还有您最近一次刷卡的店名。"),
            C("收尾四位二零五八，最近在一家加油站刷的。"),
            A("核对通过。这笔五千元确实被退回来了，今天早上到的账。"),
            C("钱退回来这事我晓得，我问的是为什么退，是我填错了还是她那边出问题了？"),
            A("那五千又回到您卡里了，您可以重新再转一次。"),
            C("同一句话我已经问到第三回了，到底为什么会退回？你这是答非所问，我听着就来气！",
              marks=[mark("resolution.repeated_question", "为什么被退回问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "答非所问、听着就来气：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ag20_short_photo_card_call",
        "title": "客户问信用卡能不能印自己的照片，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10404", "customer_tier": "standard",
        "started_at": "2028-08-29T17:58:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A10404"]),
            C("喂，信用卡能印我自己的照片吗？"),
            A("不能印。"),
            C("哦，那行吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT21_SEED = 20280921
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT21_CALLS, agents=AGENTS, default_out=Path("samples/heldout21"),
                  seed=HELDOUT21_SEED, description=__doc__))
