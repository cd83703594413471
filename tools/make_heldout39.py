#!/usr/bin/env python3
"""Render the thirty-ninth held-out evaluation set in samples/heldout39/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never read
samples/heldout40/ or tools/make_heldout40.py (another writer's set, written at the same time), never
looked at another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, tools/README.md,
the whole READMEs of heldout37 and heldout38, of heldout23-36 only the passages naming their topics and
regions (and of heldout36 the label column of its table of calls, for the label positions to avoid),
make_heldout38.py (the machinery copied), make_samples.py, clause_overlap.py, and of
rules/bank_zh.kb.yaml only each topic's title and its facts' values, units, items and effective dates
(to keep stated figures right and plant two wrong ones, with values no earlier set planted).
Every script step is worded differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A12201-A12206) with their own openings, other verification routes (the monthly property
fee, last winter's heating fee, the last phone top-up, the month the card was opened, the monthly car-loan
instalment, the emergency contact on file, last week's motorway toll, the kindergarten fee, the home
street on file, a six-digit texted number, the social-insurance contribution, the last large-sum
certificate, last year's rural medical-insurance premium, last month's gas bill, the safe-deposit box fee;
the ID digits asked in new words), other hold, warning, disclosure and closing phrasings, topics the
heldout23-38 sets did not use and dialect-flavoured customers from cities none of them used (Rizhao,
Shuyang (Suqian), Yongkang (Jinhua), Liaoyang, Shaoguan, Zhongshan, Dazu (Chongqing), Shangluo, Menyuan
(Haibei), Hegang, Baicheng, Zhongxiang (Jingmen), Neijiang, Tianmen, Wanning, Jinjiang (Quanzhou),
Dongying, Tongchuan, Jiangjin (Chongqing), Panzhihua; the Liaoyang, Shangluo, Tianmen and Jiangjin
customers are elderly).
The layout is not heldout36-38's: no violation sits at a call number where one of those sets had the
same one; three calls are clean (ay14, ay18, ay20) and one only alerts (ay02), the agent is on channel 1
in ay02, ay14 and ay17, and the risky situations are a face-and-voice-faked video call from a "son" who
needs money for a crash, a card swapped at a cash machine by a "helpful" young man, a builder who wants
his wages in advance on his wife's personal card, a fake labour-export agency's visa fees, and a fake
tax office's "fine" to a "tax account".
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms, a fraud stopped by the agent,
customers who start before the agent has finished, short but complete closings.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout39.py
    /work/tts-venv/bin/python tools/make_heldout39.py --only ay02_shuyang_nursery_mother_faked_video_son_crash_money_stopped_ch1
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
#   order. ay13 opens with a bare "嗯，讲。" (greeting.missing and staff_id_missing); ay01 greets,
#   names the bank and offers help with no number (staff_id_missing);
# - identity: a check (ID digits or a texted number + one more fact on file) before any account data
#   or account action. identity.not_verified = each agent turn that discloses account data before a
#   check: ay08 (the walnut money read before the check: one label), ay11 (the payment, then the
#   balance, no check ever: two labels). ay01, ay02, ay10 and ay13 are general information (ay01 and
#   ay02 say so);
# - risk.disclosure_missing: ay05 (96,000 in advance to a builder's wife's personal card, nothing but
#   the limits), ay17 (200,000 into a fixed-income product, no disclosure at all). Warnings and
#   disclosures in the agent's own words count (ay20 wealth, ay01, ay06 and ay18 transfers, ay02, ay04,
#   ay12 and ay16 frauds);
# - risk.keyword_alert: ay02 (a faked video call from the "son", no risk word), ay04 (the card swapped
#   at a cash machine, 20,000 taken), ay12 (被骗: a fake labour-export agency), ay16 (被骗: a fake tax
#   office);
# - risk.elderly_fraud_advice: ay08 (82, 30,000 in cash), ay19 (76, 40,000 from a time deposit in
#   cash): no advice. ay04 (79) and ay14 (81) carry it;
# - emotion.customer_negative: ay16 (非常有意见, 要投诉), ay17 (很不满意, about last year's product).
#   ay14's 我老糊涂了 and ay18's 额不是不放心人家 are not labelled;
# - emotion.agent_negative: ay04 (blames the victim, no taboo phrase), ay10 (with a taboo phrase);
#   etiquette.forbidden_phrase: ay10 (你问我，我问谁去);
# - etiquette.jargon: ay07 (auto-debit terms), ay09 (balance terms), never explained; ay06's 换汇额度,
#   ay14's 助农取款点 and ay20's 开放式, 赎回 and 净值型 are explained on the spot;
# - etiquette.interruption: ay03 (1.0 s), ay12 (1.1 s). In ay02 and ay18 the customer starts before
#   the agent has finished;
# - etiquette.dead_air: ay05 (10 s), ay19 (10 s);
# - hold: announced holds in other words count (ay09 a long music one, ay14 silent, ay20 music; all
#   thanked). ay11 and ay15: music straight after the customer's words, no notice (both thanked);
# - answer.wrong_fact: ay01 (the mobile daily total 十五万; the facts say 200,000), ay06 (money to the
#   Czech Republic 五到七个工作日; the facts say one to three). Right figures stay unlabelled (ay01's
#   一笔不能超过五万, ay03's 七个工作日上下, ay18's 千分之五 / 每一千块收五块 / 一回最多五万 / 二十万封顶);
# - resolution.repeated_question: ay07 (how to stop a monthly debit, asked a third time);
# - closing: ay06 ends with 那好，就这么着 (closing.missing); ay15 ends when the line drops right after
#   the customer's question (closing.abnormal_hangup, closing.missing); short but complete closings
#   elsewhere (ay10, ay13);
# - handling.time_standard: ay09 (a balance enquiry over the 3-minute standard: a long announced music
#   hold), ay13 (a card call under the 20 s minimum);
# - etiquette.speech_rate: the agent at 1.6x (ay03);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A12201": {"team": "一线南组", "staff_no": "三五一九"},
    "A12202": {"team": "一线南组", "staff_no": "六二四八"},
    "A12203": {"team": "一线北组", "staff_no": "九一七五"},
    "A12204": {"team": "一线北组", "staff_no": "二八零三"},
    "A12205": {"team": "一线北组", "staff_no": "五零六一"},
    "A12206": {"team": "二线财富规划席", "staff_no": "七四三六"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A12201": "恒通银行，您好，三五一九号在线上听您吩咐，请说说您的事情。",
    "A12202": "您好，恒通银行六二四八号为您接听，有什么要办的您直接说。",
    "A12203": "恒通银行九一七五号接通，您好，请问今天想咨询哪方面？",
    "A12204": "喂您好，恒通银行，服务编号二八零三，有什么用得着我的？",
    "A12205": "您好，恒通银行，工作号五零六一在线，您有什么事交给我就行。",
    "A12206": "您好，恒通银行私人财富部，理财经理七四三六，关于资产配置您想聊些什么？",
}

HELDOUT39_CALLS = [
    {
        "call_id": "ay01_rizhao_green_tea_garden_pickers_wages_wrong_daily_total_no_staff_number",
        "title": "日照山上种绿茶的客户年前要用手机给二十来个帮工转工钱共十六万，问手机一天最多转多少；开场白有行名、问候和服务用语但不报工号；一般咨询，无需核身（坐席说明）；坐席说一笔不超过五万（正确）、一天累计十五万封顶（知识库为二十万）；用自己的话提醒核对帮工户名卡号；完整收尾",
        "business_type": "transfer", "agent_id": "A12201", "customer_tier": "standard",
        "started_at": "2030-02-01T09:26:14", "agent_channel": 0,
        "turns": [
            A("恒通银行，您好，请说说您的事情。"),
            C("喂，你好，俺日照的，在山上有片绿茶园。年根底下了，茶园里二十来个帮工的工钱得在过年前结清，加一块儿十六万。俺想用手机一个个转过去，一天里头手机上满打满算能转出去多少？"),
            A("您是想年前用手机把二十来位帮工的工钱转完，十六万整，问一天能转多少，对吧？您这是打听规矩，跟您账上的钱不沾边，身份就不用对了。"),
            C("对，就问问。"),
            A("手机银行一笔不能超过五万，一天累计十五万封顶，多出来的得等第二天再转。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成十五万")]),
            C("十五万？那还差一万转不完啊，工人都等着拿钱回家过年呢。"),
            A("剩下那一万，您明天一早再转，或者今天到网点柜台办。"),
            C("木有别的法子了？那俺先转十五万，剩下的明天再说。"),
            A("行。顺带提个醒：给帮工转钱，户名跟卡号照他们本人给的核一遍，要是有人发消息说换了卡号，当面问清了再转。"),
            C("中，都是一个庄的乡亲，俺都认得。"),
            A("另外您还想问点别的吗？"),
            C("拉倒吧，就这些。谢谢恁。"),
            A("不客气，专程来电，谢谢您了，愿茶园开春出好茶，再会。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有行名、问候和服务用语，没有报工号")],
    },
    {
        "call_id": "ay02_shuyang_nursery_mother_faked_video_son_crash_money_stopped_ch1",
        "title": "宿迁沭阳种花木的客户说儿子打视频称在南京开车撞了人家的车、要私了四万八、叫马上打到对方卡上且别告诉他爸，视频十来秒就挂、后来只打字（未用风险词的换脸冒充亲人诈骗），来问怎么往外地他行卡上快转；坐席识破并劝阻，让她用原来的号码给儿子打电话；不涉及账户数据，无需核身（坐席说明）；客户在坐席说完前零点四秒接话（非坐席插话）；完整收尾（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12202", "customer_tier": "standard",
        "started_at": "2030-02-02T16:12:40", "agent_channel": 1,
        "turns": [
            A(OPENING["A12202"]),
            C("喂，你好，俺宿迁沭阳的，家里种花木。刚才俺儿子跟俺打了个视频，脸是他的脸，声音也是他的声音，说他在南京开车把人家车撞了，人家要私了，要四万八，叫俺马上打到对方的卡上，还说别告诉他爸。视频就说了十来秒，讲信号不好就挂了，后来都是打字。俺想问问，往外地别家银行的卡上转四万八，咋转最快？",
              marks=[mark("risk.keyword_alert", "冒充儿子视频要钱私了车祸的诈骗情形（未用风险词）")]),
            A("阿姨，先别转。这事我听着不对劲：现在有人能用电脑合成别人的脸和声音，装成孩子打视频，说几句就挂，然后催着打钱、还不让跟家里人讲，这是骗子常用的路数。"),
            C("乖乖，那脸跟俺儿子一模一样啊。"),
            A("正因为像才更要当心。您先挂了这边，用手机里原来存的号码给儿子打过去，或者打给他单位、他的同学，问清他人到底在哪。"),
            C("那俺这就打他原来的号。", overlap=0.4),
            A("对。这件事跟您卡里的账没关系，我这边就不验您的身份了。要是对方再催，一分钱也别转，可以打九六一一零反诈专线说一声。"),
            C("好，好，幸好问了你，俺差一点就转了。"),
            A("您还有别的要我办的没有？"),
            C("没了没了，俺赶紧打电话去。"),
            A("好的，感谢您转钱前先来问，愿您一家平平安安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay03_yongkang_thermos_cup_workshop_card_crushed_in_press_replacement_fast_agent_interrupt",
        "title": "金华永康开保温杯小作坊的客户的卡掉进冲压机压坏了，想补卡；坐席全程以约一点六倍语速说话；客户还在讲卡怎么压坏时坐席插话（重叠约一点零秒）；以身份证号码的末四码加每月从卡上扣的物业费核身；补卡七个工作日上下（正确）；客户请坐席慢点讲，坐席仍快速作答；完整收尾",
        "business_type": "card", "agent_id": "A12203", "customer_tier": "standard",
        "started_at": "2030-02-04T10:48:03", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A12203"]),
            C("喂，侬好，我永康的，开个做保温杯的小作坊。昨天我把卡放在工作服口袋里，弯腰去弄冲压机，一不小心卡掉进去了，压得弯弯扭扭，芯片那块也裂开了，我是想问问"),
            A("卡压坏了要补一张，是吧？补之前先核个身份：身份证号码的末四码，加上每个月从这张卡上扣的物业费是多少。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点零秒")]),
            C("哦，末四码是七三零五，物业费一个月三百二十块。"),
            A("核对好了。压坏的那张作废，新卡到您开户的网点领，新卡做好要七个工作日上下，差不多一个多礼拜，做好了发短信通知您。"),
            C("你讲慢一点好伐，我没记牢，几天能拿？"),
            A("得等七个工作日的样子，去领的时候带上身份证和那张压坏的卡。"),
            C("晓得了。那卡里的钱会不会有问题？"),
            A("钱都在账户里，卡坏了不碍事，新卡一到照常用。补卡以外，还剩别的事不？"),
            C("没了，谢谢。"),
            A("不客气，作坊里当心机器，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ay04_elderly_liaoyang_retiree_card_swapped_at_cash_machine_agent_blames_him",
        "title": "七十九岁老年客户（辽阳口音）在街口取款机取钱时卡像被卡住，旁边小伙子过来帮忙按键，回家发现兜里的卡不是自己的，随后两万被取走；以身份证上最后边那四个数加去年冬天交的取暖费核身；坐席挂失并报出两笔取现，随即数落老人太大意（语气消极，无禁语）；劝报案、说明有录像可调、用自己的话给出以后取钱的防骗提醒；完整收尾",
        "business_type": "card", "agent_id": "A12204", "customer_tier": "elderly",
        "started_at": "2030-02-05T14:35:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A12204"]),
            C("喂，老闺女，俺辽阳的，七十九了。上午俺在街口那台取款机取钱，卡好像卡住了，旁边一个小伙子挺热心，过来帮俺按了几下，说机器坏了让俺明天再来。回家一看，兜里那张卡压根不是俺的，刚才手机上来了短信，卡上被人取走两万块。这可怎么弄啊？",
              marks=[mark("risk.keyword_alert", "取款机旁银行卡被人调包、两万元被取走")]),
            A("大爷，您先稳住，我先帮您把卡停了。停之前得确认是您本人：身份证上最后边那四个数，再说说您去年冬天从卡上交的取暖费是多少。"),
            C("最后边四个是五八二六，取暖费交了两千五百八。"),
            A("对上了。这张卡我已经替您挂失了，里面剩下的钱谁也取不走了。今天上午十点四十，在另一台取款机上分两次取走一万和一万。"),
            C("那小伙子看着挺实在的，俺哪知道他是干这个的。"),
            A("唉，大爷，您也太大意了，卡哪能随手交给不认识的人呢，密码还让人家在边上看着按，这种事我们天天提醒，您就是不往心里去。",
              marks=[mark("emotion.agent_negative", "数落受害老人太大意、不听提醒，语气消极")]),
            C("俺也是着急嘛。那钱还能回来不？"),
            A("追不追得回来要看公安，您揣上身份证去派出所报个案，取款机那儿有录像，警察能调出来。往后取钱时要是有人凑过来，您就把卡拔了走开，谁说帮忙，卡都别让外人沾手。"),
            C("嗯，俺记住了。"),
            A("大爷，另外还要我帮点啥？"),
            C("没了，谢谢闺女。"),
            A("不用谢，您赶紧去报案，路上慢点，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay05_shaoguan_old_house_builder_wages_in_advance_wife_personal_card_no_warning_dead_air",
        "title": "韶关乡下种菜的客户翻新老屋，施工队老板要先收九万六工钱，叫转到老板老婆的私人卡上；以身份证号临尾的四位加上一回手机充的话费核身；坐席只讲一笔五万、分两笔转，全程没有任何风险提示；客户问几时到账后双方无声十秒，客户追问；坐席道歉后作答；完整收尾",
        "business_type": "transfer", "agent_id": "A12205", "customer_tier": "standard",
        "started_at": "2030-02-06T11:07:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A12205"]),
            C("喂，你好，我系韶关嘅，喺乡下种菜。屋企老屋要翻新，施工队嘅老板话要先收齐九万六工钱先至开工，叫我转去佢老婆嘅私人卡。我想问下九万六点样转过去？"),
            A("您要把九万六转到施工队老板爱人的卡上，是吧？转账前我得验验身份：身份证号临尾的四位，再讲讲您上一回给手机充了多少话费。"),
            C("临尾四位系三一四七，上次充咗一百蚊。"),
            A("对上了。用手机转，单笔封到五万，九万六您分两笔转，头一笔五万，第二笔四万六，填上对方的户名和卡号就行。"),
            C("咁转过去几时到佢卡上？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？喂？有冇人听紧啊？"),
            A("在的，真是抱歉，害您白等半天。同一家银行的马上到，转到别家银行的一般也就几分钟。"),
            C("好，咁我今日就转。"),
            A("好。转账以外还有要办的吗？"),
            C("冇啦，唔该。"),
            A("不客气，辛苦您跑这通电话，多谢，祝老屋翻得漂漂亮亮，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "九万六工钱预付到施工队老板老婆的私人卡上，坐席只讲限额和分笔，全程没有任何风险提示")],
    },
    {
        "call_id": "ay06_zhongshan_guzhen_lighting_shop_crystal_beads_czech_remittance_wrong_arrival_no_closing",
        "title": "中山古镇开灯饰铺的客户要给捷克水晶珠厂汇三万美元货款，问今年换汇额度还剩多少、几天到；以身份证号码倒数的四位加开卡年月核身；当场解释换汇额度（非术语违规）；坐席说一般要五到七个工作日到（知识库为一到三个工作日）；用自己的话提醒邮件说换账号先别汇；结尾只有“那好，就这么着。”，没有询问其他需求、致谢和道别",
        "business_type": "transfer", "agent_id": "A12201", "customer_tier": "standard",
        "started_at": "2030-02-07T15:21:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A12201"]),
            C("喂，你好，我系中山古镇嘅，开灯饰铺。我要畀捷克一间水晶珠厂汇三万美金货款，想问下我今年嘅换汇额度仲有几多，钱汇过去几耐先到佢哋手？"),
            A("查额度得先认人：请报身份证号码倒数的四位，再说一下这张卡是哪年哪月开的。"),
            C("四位系零七九二，卡系二零一八年三月开嘅。"),
            A("核对无误。换汇额度就是每个人一年里能用人民币换外币的上限，一年五万美元。您今年还一分没用，三万美元在额度以内。"),
            C("咁汇过去要几耐？"),
            A("从这边汇出去到捷克，一般要五到七个工作日才能到对方账上。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成五到七个工作日")]),
            C("哦，咁都几耐。"),
            A("汇之前请先打电话跟水晶珠厂对一下收款账户，要是邮件里说换了银行账号，先别汇，这种多半是有人冒名；等钱到了国外，想追回来就难了。"),
            C("明白，我打电话问清楚先。"),
            A("那好，就这么着。"),
        ],
        "violations": [mark("closing.missing", "结尾只有那好，就这么着：没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "ay07_dazu_stone_carving_souvenir_shop_monthly_debit_stop_asked_thrice_jargon",
        "title": "重庆大足在宝顶山脚下卖石刻小摆件的客户卡上每月被扣三十元会员费，想停掉；以身份证号码搁在最后的四个数加车贷月供核身；坐席用免密代扣、签约渠道、解约、商户端、快捷支付协议作答不解释，再答一句按流程走；客户第三次问（这都第三遍了）后坐席才讲明白并直接关掉；完整收尾",
        "business_type": "account", "agent_id": "A12202", "customer_tier": "standard",
        "started_at": "2030-02-08T10:19:42", "agent_channel": 0,
        "turns": [
            A(OPENING["A12202"]),
            C("喂，你好，我大足的，在宝顶山脚下卖石刻小摆件。我卡上每个月都被扣三十块钱，说是啥子会员费，我都不晓得啥时候开的，想问问咋个把它停了？"),
            A("每个月扣三十块会员费，想停掉，是吧？我替您查一查，动手之前对个身份：身份证号码搁在最后的四个数，再说一下您每个月的车贷月供是多少。"),
            C("落尾四个数是六六一三，车贷一个月两千一。"),
            A("核对通过。这笔是第三方平台的免密代扣，需要您在签约渠道发起解约，或者在商户端解绑快捷支付协议。",
              marks=[mark("etiquette.jargon", "免密代扣、签约渠道、解约、商户端、快捷支付协议，未向客户解释")]),
            C("你说的这一串我一句都没听懂，我就问咋个停？"),
            A("这个按流程走就行，流程走完就不扣了。"),
            C("啥子流程嘛？我都问你三道了，你莫绕弯弯，到底咋个才能不扣我的钱？",
              marks=[mark("resolution.repeated_question", "怎么停掉每月扣款问到第三遍仍没有答复")]),
            A("对不起，是我没讲明白。说白了：这三十块是一个看视频的软件每个月自己扣的，您打开那个软件，在设置里把自动续费关了就行；要是软件里寻不着，我这边也能直接替您把这个自动扣款关掉。"),
            C("那你直接帮我关了嘛。"),
            A("好，已经关掉了，从下个月起不会再扣。还有哪点没弄清楚的？"),
            C("莫得了，谢谢你哈。"),
            A("不客气，耽误您这么久，祝小店客人多多，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay08_elderly_shangluo_walnut_grandfather_money_read_before_check_cash_for_grandson_no_fraud_advice",
        "title": "八十二岁老年客户（商洛口音，种核桃）问年前卖核桃的钱到没到；坐席未核身即报出到账日期、金额和付款方；客户要取三万现金给孙子在西安开烧饼摊当本钱时才以身份证后面最末的四个号加卡上留的紧急联系人核身；告知余额和取现办法；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12203", "customer_tier": "elderly",
        "started_at": "2030-02-10T09:52:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A12203"]),
            C("喂，女子，额是商洛的，八十二了，种核桃。年前核桃卖的款，收购站说打到额卡上了，额想问问进账了没有。"),
            A("到了，一月二十六号进来一笔四万三千五百元，是镇上的核桃收购站打过来的。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出到账日期、金额和付款方")]),
            C("那就好。额还想取三万现钱，额孙子在西安要开个烧饼摊，给他当本钱。"),
            A("要取现钞，先对一对是不是大爷您自个：身份证后面最末的四个号，还有您卡上留的紧急联系人叫啥名字。"),
            C("最末四个号是四零八一，紧急联系人是额儿子，叫王建军。"),
            A("对上了。卡上现在一共有六万一千二百元，要三万现钞，您拿上身份证和卡到镇上网点就能取，当天去当天取。"),
            C("好，额明天就去取。"),
            A("大爷，您还有别的事要问吗？"),
            C("没了，谢谢女子。"),
            A("不客气，大爷，天冷添件衣裳，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "八十二岁老年客户要取三万现金交给孙子，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "ay09_menyuan_rapeseed_grower_three_cards_long_music_hold_balance_jargon",
        "title": "海北门源种油菜的客户要查名下三张卡的余额（余额查询）；以身份证号码末梢的四位加上周高速过路费扣款核身；告知后播放约一百七十秒等待音乐并致谢，余额查询超过三分钟标准；坐席报余额时用在途资金、日终轧账、圈存冻结等术语，客户说听不明白，坐席只说明天就正常（未解释）；完整收尾",
        "business_type": "balance", "agent_id": "A12204", "customer_tier": "standard",
        "started_at": "2030-02-11T13:40:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A12204"]),
            C("喂，你好，我门源的，种油菜。我名下有三张卡，一张收菜籽钱，一张给帮工发钱，一张存着不动，想把三张卡的余额都查一下。"),
            A("三张卡的余额都要查，对吧？先验明您是本人：身份证号码末梢的四位，再说一下上个礼拜卡上自动扣了多少高速过路费。"),
            C("末梢四位是二九一四，上个礼拜高速费扣了八十七块。"),
            A("对上了。三张卡不在一个系统里，要一张一张调，前后得三分钟上下。这阵子我给您放着音乐，音乐响着就说明线没断，您耐心等一下，别挂。"),
            {"silence": 170.0, "kind": "hold_music"},
            A("让您听了三分钟音乐，辛苦了，谢谢。收菜籽钱的那张，账面余额二十一万四千元，可用余额十九万四千元，差的两万是在途资金，日终轧账前做了圈存冻结；发钱的那张是三万零五百元；存着的那张是十五万元。",
              marks=[mark("etiquette.jargon", "在途资金、日终轧账、圈存冻结，未向客户解释")]),
            C("你说的这个在途、圈存是啥？家里的尕娃都比我懂，我听不明白。"),
            A("就是系统里头的处理，明天就正常了。"),
            C("那行吧，明天再看。"),
            A("还有别的需要查的吗？"),
            C("没有了，谢谢。"),
            A("多谢您等这么久，高原上冷，保重，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "ay10_hegang_graphite_plant_cook_close_old_card_rebuff",
        "title": "鹤岗在萝北石墨厂食堂做饭的客户想销掉十来年前在哈尔滨办的老卡；一般咨询，无需核身；客户问在鹤岗网点能不能销，坐席回“你问我，我问谁去？自己上网点问去。”（服务禁语、语气生硬）；客户平静；简短但完整收尾",
        "business_type": "account", "agent_id": "A12205", "customer_tier": "standard",
        "started_at": "2030-02-12T17:03:25", "agent_channel": 0,
        "turns": [
            A(OPENING["A12205"]),
            C("喂，你好，俺鹤岗的，在萝北石墨厂食堂做饭。俺手里有张十来年前办的老卡，早就不用了，想把它销了，咋整？"),
            A("销户要您本人带身份证和卡去网点。"),
            C("俺这卡是在哈尔滨办的，在鹤岗这边的网点能销不？俺怕白跑一趟。"),
            A("你问我，我问谁去？自己上网点问去。",
              marks=[mark("etiquette.forbidden_phrase", "你问我，我问谁去"),
                     mark("emotion.agent_negative", "顶撞客户，语气生硬")]),
            C("那，那俺自己去问问吧。"),
            A("嗯。还有啥？"),
            C("没了。"),
            A("谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay11_baicheng_mung_bean_dealer_buyer_payment_balance_no_check_music_no_notice",
        "title": "白城倒腾绿豆的客户问广东老客户的货款到没到、卡上一共多少；坐席从头到尾未做任何身份核验，先报出到账时间、金额和付款方，又报出余额；客户问能否给对方开进账凭证后坐席未作任何告知即播放等待音乐（回来后致谢）；告知电子回单；完整收尾",
        "business_type": "account", "agent_id": "A12201", "customer_tier": "standard",
        "started_at": "2030-02-13T10:31:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A12201"]),
            C("喂，你好，俺白城的，倒腾绿豆的。广东那边的老客户说昨天把货款打过来了，你帮俺瞅瞅到了没？"),
            A("到了，昨天下午三点多进来一笔六万八千元，付款方是广州一家干货商行。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出到账时间、金额和付款方")]),
            C("嗯哪，那卡上现在一共多少钱？"),
            A("现在余额是十二万九千三百元。",
              marks=[mark("identity.not_verified", "未核验即说出余额")]),
            C("行。那俺要给这个老客户开个收据，你们能给打个进账的凭证不？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("多谢您在电话那头候着。进账凭证您在手机银行交易明细里点开那一笔，就能下载电子回单，也可以到网点柜台打印盖章的。"),
            C("那俺手机上自己弄。"),
            A("好的，货款以外还有啥要问的？"),
            C("没了，谢谢啊。"),
            A("不客气，祝绿豆卖上好价钱，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay12_zhongxiang_young_mother_fake_japan_labour_agency_visa_fees_swindled_interrupt",
        "title": "荆门钟祥的客户在网上看到去日本食品厂做工的出国劳务广告，先后转了两万二签证费和体检费，对方失联，说自己被骗了；她还在讲时坐席插话（重叠约一点一秒）；以身份证收口的四个数加每月代扣的幼儿园学费核身；查出三笔转出并报反诈中心；不打包票、劝报案、用自己的话提醒正规劳务公司不会叫钱打到个人卡；完整收尾",
        "business_type": "transfer", "agent_id": "A12202", "customer_tier": "standard",
        "started_at": "2030-02-14T15:58:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A12202"]),
            C("喂，你好，我荆门钟祥的。去年年底在网上看到一个出国劳务的广告，说去日本食品厂做工，一个月能挣一万多。那边的人叫我先交签证费和体检费，我前后转了两万二，现在那个人的电话一直关机，微信也把我删了，我这回怕是被人骗了，我想问下这钱",
              marks=[mark("risk.keyword_alert", "被骗：假出国劳务中介收签证费、体检费后失联")]),
            A("好的，我明白了，您是转了钱找不着人了，这几笔转账我马上调出来。查之前对一下身份：身份证收口的四个数，再说一下您孩子幼儿园每个月从卡上代扣多少学费。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("收口四个是一九六八，幼儿园每个月扣一千二。"),
            A("核对通过。我看到了，去年十二月您分三次转出，一万、八千、四千，收款的是同一个外地的个人账户。我现在就把这个账户报给反诈中心。"),
            C("那我的钱还能要回来吗？"),
            A("能追回多少要看公安那边的侦查，我不能跟您打包票。您今天就带着身份证、转账记录和聊天截图去派出所报案。往后再看到出国打工要先交钱的，记着正规的劳务公司都有资质可查，也不会叫您把钱打到个人卡上。"),
            C("好，我现在就往派出所跑。"),
            A("眼下还要我帮您弄点啥？"),
            C("没有了，谢谢。"),
            A("不客气，报完案有消息随时打过来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay13_short_neijiang_credit_card_points_to_air_miles_no_greeting",
        "title": "内江客户问信用卡积分能否换航空里程，坐席以“嗯，讲。”接起（无问候、行名、工号），一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；一般咨询，无需核身",
        "business_type": "card", "agent_id": "A12203", "customer_tier": "standard",
        "started_at": "2030-02-15T12:14:06", "agent_channel": 0,
        "turns": [
            A("嗯，讲。"),
            C("信用卡积分能换飞机里程不嘛？"),
            A("能换，手机银行积分商城里换。还要问啥？"),
            C("莫得了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，讲：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号"),
                       mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "ay14_elderly_tianmen_grandmother_old_age_allowance_village_cash_point_silent_hold_ch1_clean",
        "title": "八十一岁老年客户（天门口音）问这个月的高龄补贴到没到、能否在村里取钱；以身份证号码顶末尾的四个字加卡上留的家庭住址核身；告知后静音保留并致谢；三百元已到；当场解释助农取款点（非术语违规）；客户自己说“我老糊涂了”（非负面情绪）；坐席用自己的话提醒不管谁来电要卡号、密码、手机上的数字都别说；完整合规（坐席在声道一）",
        "business_type": "account", "agent_id": "A12204", "customer_tier": "elderly",
        "started_at": "2030-02-17T09:08:45", "agent_channel": 1,
        "turns": [
            A(OPENING["A12204"]),
            C("喂，伢，我是天门的，人都八十一了。听说这个月的高龄补贴发了，我想问下到了我卡上冇？到了我想在村里取点钱。"),
            A("奶奶好。您想问高龄补贴到没到，到了在村里取点现钱，对吧？查卡里的账，得先弄准是奶奶您自个：身份证号码顶末尾的四个字，再说说您卡上留的家庭住址是哪条路。"),
            C("顶末尾四个是零二五九，住址是竟陵西湖路。"),
            A("对上了。我到系统里翻一下这个月的进账，估摸着十几秒，这会儿电话里会很安静，您别挂断。"),
            {"silence": 7.0, "kind": "hold"},
            A("奶奶，让您等了一小会儿，谢谢您。高龄补贴二月十号到了，三百元。村里小卖部那个助农取款点就能取，助农取款点就是商店里放着刷卡机子、替银行付点小额现金的地方，带上卡就行。"),
            C("哦，就是小卖部那个机子啊，我晓得了。我老糊涂了，总记不住这些。"),
            A("您一点都不糊涂。还有个事要跟您念叨：不管是谁打电话，嘴上讲是银行的、民政的还是社保的，问您讨卡号、密码、手机收到的几位数，您一概别说，直接挂了，再问问家里的伢们。"),
            C("晓得了，我记到了。"),
            A("奶奶，您还想问点什么吗？"),
            C("冇得了，谢谢你伢。"),
            A("不谢，奶奶，您多保重，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay15_wanning_surf_school_tourist_refund_music_no_notice_line_dropped",
        "title": "万宁日月湾开冲浪学校的客户给退课游客转了两千四，对方说没收到，来查；以手机收到的六位数字加证件号的最后四码核身；告知已转出、已入账；客户问是不是卡号填错后坐席未作任何告知即播放等待音乐（回来后致谢）；客户接着问电子回单在手机上哪里找，通话随即结束，坐席没有作答也没有结束语",
        "business_type": "account", "agent_id": "A12205", "customer_tier": "standard",
        "started_at": "2030-02-18T16:44:10", "agent_channel": 0,
        "turns": [
            A(OPENING["A12205"]),
            C("喂，你好，我万宁的，在日月湾开了个冲浪学校。上礼拜有个游客退课，我从卡上给他退了两千四，他说到现在没收到，我想查一下这笔钱退出去没有。"),
            A("好的，帮您查退给游客的那笔两千四。我先往您手机上发一串六位的数字，麻烦您念给我；再报一下证件号的最后四码。"),
            C("数字是三八一七零六，证件最后四码是七四五二。"),
            A("核对无误。这笔是上周四下午转出的，两千四，对方是外地一家银行的账户，显示已经入账成功。"),
            C("那他怎么说没收到？是不是我卡号填错了？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("谢谢您听着音乐耐心等。户名和账号都对得上，钱确实进了对方的账户。您可以把转账的电子回单发给他，请他查一查那张卡的明细。"),
            C("好，那电子回单在手机上哪里找？我找了半天没找着。",
              marks=[mark("closing.abnormal_hangup", "客户发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ay16_jinjiang_shoe_factory_wife_fake_tax_office_fine_swindled_complaint",
        "title": "泉州晋江开鞋厂的客户接到自称税务局的电话说发票有问题要交两万六罚款，转到所谓税务专用账户后才知道被骗；以身份证号码靠末的四个数字加上月交的社保费核身；坐席查出转出并报反诈中心；客户说银行也不拦、非常有意见、要投诉；坐席共情、如实记录、两个工作日内专人回电、劝报案、不打包票、用自己的话提醒；完整收尾",
        "business_type": "transfer", "agent_id": "A12201", "customer_tier": "standard",
        "started_at": "2030-02-19T11:26:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A12201"]),
            C("喂，我晋江的，家里开鞋厂。前天有人打电话，说是税务局的，讲我们厂的发票有问题，要交两万六的罚款，不交就要封厂，叫我转到一个税务专用账户。我转了，今天去税务局一问，根本没这回事，我被骗了！",
              marks=[mark("risk.keyword_alert", "被骗：冒充税务局骗转两万六")]),
            A("您先别急，这事我立马给您办。先得对一对您是不是本人：身份证号码靠末的四个数字，再说说上个月从这张卡上交的社保费是多少。"),
            C("靠末四个是八三零六，社保上个月交了一千一百四。"),
            A("对上了。前天傍晚四点来钟，您从手机银行转出两万六，钱进了外省一个私人的账户，我已经把它报给反诈中心，请他们拦截。"),
            C("两万六说转就转出去了，你们银行也不拦一下，我对你们非常有意见，这回我一定要投诉！",
              marks=[mark("emotion.customer_negative", "非常有意见、要投诉")]),
            A("我理解您的心情，碰上这种事谁都着急，换了我也一样。转账是您自己操作的，系统当时没能识别出来，这点我会如实记下，您的意见也会交上去，两个工作日内有专人给您回电话。眼下最要紧的是报案：带上身份证和转账记录去派出所，能追回多少要看公安，我不能给您打保票。"),
            C("好吧，报案要紧。"),
            A("往后不管对方说是税务、公安还是法院，叫您往什么账户打钱，都先挂掉，再打官方电话核实。还有什么需要我做的吗？"),
            C("没有了。"),
            A("感谢您把情况告诉我们，回访电话请留意接听，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay17_dongying_yellow_river_crab_farmer_displeased_new_fixed_income_no_disclosure_ch1",
        "title": "东营黄河口养大闸蟹的客户（贵宾）说去年推荐的理财到期少了几千，很不满意；坐席道歉；客户有三十万想找稳当的；以证件号码最后的一组四位加最近一次买的大额存单金额核身；坐席只讲去年百分之四点二、很稳，客户下单二十万，没有任何风险揭示；完整收尾（坐席在声道一）",
        "business_type": "wealth", "agent_id": "A12206", "customer_tier": "VIP",
        "started_at": "2030-02-20T10:05:17", "agent_channel": 1,
        "turns": [
            A(OPENING["A12206"]),
            C("你好，俺东营的，在黄河口养大闸蟹。去年你们推给俺的那个理财，到期少了好几千，俺到现在还窝着火，对你们那回的推荐很不满意。",
              marks=[mark("emotion.customer_negative", "很不满意（去年推荐的理财亏了钱）")]),
            A("真对不起，让您心里不痛快了。上回的事我记下了。您这回来电，是想再看看别的吗？"),
            C("蟹卖完了手里有三十万，存定期又嫌利息低，你给俺推个稳当点的，别再亏了。"),
            A("明白。推荐之前先核个身份：证件号码最后的一组四位，再说说您最近一次买的大额存单是多少钱。"),
            C("最后四位是五一七九，大额存单买的是二十万。"),
            A("核对通过。给您推荐一款一年期的固收产品，钱大多买了债券，去年年化百分之四点二，定期可比不了，这回您放心，很稳。"),
            C("稳就行，给俺来二十万。"),
            A("好的，二十万的申购已经替您提交，您在手机银行里确认一下就成。"),
            C("中，俺这就点。"),
            A("理财上您还有什么想问的？"),
            C("没了。"),
            A("谢谢您还肯信我们，祝蟹塘来年个个肥，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "二十万买固收理财，只讲去年收益和很稳，没有任何风险揭示")],
    },
    {
        "call_id": "ay18_tongchuan_yaozhou_porcelain_kiln_clay_payment_counter_vs_mobile_fees_right_clean",
        "title": "铜川烧耀州瓷的客户要给富平他行账户的瓷土厂付十八万，问柜台转和手机转哪个划算；以身份证号尾端四位加去年交的城乡医保核身；柜台跨行千分之五、每一千块收五块（正确），手机一回最多五万、一天二十万封顶（正确）；客户在坐席说完前零点五秒接话（非坐席插话）；用自己的话提醒按合同座机核对户名账号、说换账户先别转；客户自己说“额不是不放心人家”；完整合规",
        "business_type": "transfer", "agent_id": "A12203", "customer_tier": "standard",
        "started_at": "2030-02-21T14:17:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A12203"]),
            C("喂，你好，额是铜川的，家里烧耀州瓷。年后开窑要进瓷土，得给富平一个瓷土厂付十八万，他们的账户在别家银行。额想问问，是去柜台转划算，还是拿手机转？"),
            A("您要给别家银行的瓷土厂付十八万，想比一比柜台和手机哪样合适，对吧？麻烦您配合验个身份，我好帮您看卡上的限额：身份证号尾端四位，再说说您去年交的城乡医保是多少钱。"),
            C("尾端四位是三六二八，医保去年交了三百八十块。"),
            A("对上了。到柜台往别家银行转，按千分之五抽手续费，每一千块收五块，十八万就是九百块。手机银行转不收手续费，不过一回最多五万，一天加起来二十万封顶，十八万您今天分四回就能转完。"),
            C("那额就手机上转，省下九百块。", overlap=0.5),
            A("可以。转之前，麻烦照合同上瓷土厂的座机打过去，把户名和账号对一遍；要是有人发信息、打电话说收款账户换了，先别转，拨座机核实了再说。"),
            C("额不是不放心人家，就是怕出岔子，额打电话问问。"),
            A("稳妥些好。今天还有别的要交代吗？"),
            C("没有了，谢谢。"),
            A("也谢谢您，开窑顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ay19_elderly_jiangjin_sichuan_pepper_grandmother_time_deposit_early_cash_dead_air_no_fraud_advice",
        "title": "七十六岁老年客户（重庆江津口音，种花椒）想把五万定期提前取四万现金，给开学的孙儿孙女交学费、添零花；以身份证号的末位四个数加上月燃气费核身；说明提前支取按活期计息；客户问少多少利息、要不要孙儿陪着去后双方无声十秒，客户追问；坐席道歉后作答；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12204", "customer_tier": "elderly",
        "started_at": "2030-02-24T10:37:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A12204"]),
            C("喂，妹儿，我江津的，七十六了，屋头种花椒。我有一笔五万的定期，明年才到期，孙儿孙女马上开学要交学费，我想提前取四万现钱出来，给他们交学费、添点零花。"),
            A("婆婆好，您是想把五万的定期提前取四万现金，是吧？这单我得先对一对是婆婆本人：身份证号的末位四个数，再说说上个月从卡上交的燃气费是多少。"),
            C("末位四个数是一一七三，燃气费上个月交了九十六块。"),
            A("对上了。提前动定期的话，提前动的那四万按活期给息，剩下的一万可以接着按原来的定期存着。"),
            C("按活期算要少好多利息哦？我取钱是自己去，还是喊孙儿陪我去？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？妹儿？你还在没得？"),
            A("在的，婆婆，真是对不起，让您干等着了。四万按活期算，利息大概少一百来块。您自个拿着身份证和存单去就行，孙儿陪着也可以。"),
            C("晓得了，那我明天去取。"),
            A("好的，婆婆，您还有想打听的不？"),
            C("莫得了，谢谢妹儿。"),
            A("不客气，婆婆，祝孙儿孙女读书用功，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十六岁老年客户要提前支取四万现金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "ay20_panzhihua_mango_grower_open_ended_net_value_product_music_hold_disclosure_clean",
        "title": "攀枝花种芒果的客户（贵宾）有三十多万想找稳一点的理财；以身份证上号码的末端四个数加保管箱年费核身；告知后播放等待音乐并致谢；当场解释开放式、赎回、净值型（非术语违规）；用自己的话讲清不等于存款、不在存款保险里、不保本不保收益、可能少于投入、过去收益不代表以后、风险等级与测评对得上，建议先放十万、读完说明书和风险揭示书；客户自己说“亏钱的买卖我可不干”；完整合规",
        "business_type": "wealth", "agent_id": "A12206", "customer_tier": "VIP",
        "started_at": "2030-02-26T15:02:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A12206"]),
            C("你好，我攀枝花的，种芒果。去年芒果行情好，手里有三十多万闲着，想找个稳一点的理财，不过亏钱的买卖我可不干。"),
            A("明白，三十多万想稳稳地放一放。先帮您核一下身份：身份证上号码的末端四个数，再说一下您在我们这里租的保管箱每年的租金是多少。"),
            C("尾四位是八八四零，保管箱一年交四百五。"),
            A("核对好了。我比一比适合您风险测评结果的几款产品，用时二十秒出头，这中间您会听到一段音乐，请别挂机。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("多谢您听完这段音乐。有一款开放式净值型的固收理财，风险定在二级，一个礼拜能赎回一次，近一年年化大约百分之三。"),
            C("开放式、赎回是啥子意思？"),
            A("开放式就是不锁死期限，赎回就是您把钱从产品里取回来，每个礼拜都能申请一次，一般两三天回到卡上。净值型是说产品的价值天天在变，不是固定给利息。"),
            C("那本钱会不会折进去？"),
            A("有可能，我不瞒您：理财不等于存款，存款保险赔不到它头上，银行不承诺保本，也不承诺收益，行情差的时候取回来的可能比投进去的少；过去一年的百分之三，也不代表往后。它的风险等级跟您去年做的测评结果对得上。"
              "建议您头一次先放十万，其余的留着备用，下单前把产品说明书和风险揭示书从头到尾读一遍。"),
            C("要得，头一回就投十万，说明书我晚上看。"),
            A("好，您在手机银行里读完两份文件再确认购买。还有什么要商量的吗？"),
            C("没得了，谢谢你。"),
            A("不客气，感谢您这份信任，祝芒果挂满枝头，再见。"),
        ],
        "violations": [],
    },
]

HELDOUT39_SEED = 20290705
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT39_CALLS, agents=AGENTS, default_out=Path("samples/heldout39"),
                  seed=HELDOUT39_SEED, description=__doc__))
