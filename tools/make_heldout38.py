#!/usr/bin/env python3
"""Render the thirty-eighth held-out evaluation set in samples/heldout38/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never read
samples/heldout37/ or tools/make_heldout37.py (another writer's set, written at the same time), never
looked at another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, tools/README.md,
the whole READMEs of heldout35 and heldout36, of heldout23-34 only the passages naming their topics and
regions (and heldout34's table of calls, for the label positions to avoid), make_heldout36.py (the
machinery copied), make_samples.py, clause_overlap.py, and of rules/bank_zh.kb.yaml only each topic's
title and facts (to keep stated figures right and plant two wrong ones, on the two topics no earlier
wrong fact of heldout23-36 touched: the counter inter-bank fee and the documents to open an account).
Every script step is worded differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A12101-A12106) with their own openings, other verification routes (last month's water
bill, the monthly shop rent received, the last cash taken at a counter, the monthly mortgage debit, the
monthly insurance premium, the reserved greeting shown at online-banking login, the city of the last
cash-machine withdrawal, the year of retirement, the last cash-machine deposit, last month's electricity
bill, the monthly standing transfer to parents, the passport's last four digits, last year's crop
insurance payout, last year's fishing-boat fuel subsidy; the ID digits asked in new words), other hold,
warning, disclosure and closing phrasings, topics the heldout23-36 sets did not use and
dialect-flavoured customers from cities none of them used (Zhenjiang, Qingtian (Lishui), Rongcheng
(Weihai), Wuyishan (Nanping), Gaozhou (Maoming), Ya'an, Wanzhou (Chongqing), Ankang, Golmud, Jixi,
Baishan, Benxi, Xiaogan, Danzhou, Yangjiang, Luqiao (Taizhou), Mingxi (Sanming), Hailun (Suihua), Daye
(Huangshi), Tanmen (Qionghai); the Wuyishan, Benxi and Mingxi customers are elderly).
The layout is not heldout34-36's: no violation sits at a call number where one of those sets had the
same one; four calls are clean and one only alerts (ax05), the agent is on channel 1 in ax05, ax11 and
ax17, and the risky situations are a "bead-stringing home job" that wants a materials deposit, a mobile
number taken over by a forged SIM replacement and the card emptied, a corgi puppy bought online with fee
after fee, a study-abroad agency that wants its fee on its head's personal card, and a fake
medical-insurance office handing over to a fake policeman's "safe account".
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms, a fraud stopped by the agent,
customers who start before the agent has finished, short but complete closings.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout38.py
    /work/tts-venv/bin/python tools/make_heldout38.py --only ax05_gaozhou_young_mother_bead_home_job_materials_deposit_stopped_ch1
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
#   order. ax03 opens with a bare "喂，这头接着呢，说吧。" (greeting.missing and staff_id_missing);
#   ax16 greets, names the bank and offers help with no number (staff_id_missing);
# - identity: a check (ID or passport digits + one more fact on file) before any account data or
#   account action. identity.not_verified = each agent turn that discloses account data before a
#   check: ax07 (the salary, then the balance, no check ever: two labels), ax18 (the subsidy, then
#   the balance; the check comes only before the transfer: two labels). ax02, ax05, ax11, ax13 and
#   ax19 are general information (ax05 and ax13 say so);
# - risk.disclosure_missing: ax08 (200,000 into a bond-plus product, no disclosure at all), ax16
#   (150,000 to a study-abroad agency's head's personal card, nothing but the limits). Warnings and
#   disclosures in the agent's own words count (ax09 wealth, ax02 and ax18 transfers, ax17
#   remittance, ax05, ax10, ax15 and ax20 frauds);
# - risk.keyword_alert: ax05 (a home job's materials deposit, no risk word), ax10 (盗刷 after a
#   forged SIM replacement), ax15 (被骗咗, 报咗警), ax20 (30,000 already sent to a fake
#   policeman's "safe account", told with no risk word);
# - risk.elderly_fraud_advice: ax12 (81, 60,000 in cash for a grandson's car): no advice. ax04
#   (78) and ax17 (73) carry it;
# - emotion.customer_negative: ax01 (很不满意, about the fast agent). ax13's 我不是嫌麻烦 and ax18's
#   俺记性不好 are not labelled;
# - emotion.agent_negative: ax06 (with forbidden phrases), ax18 (impatient, no taboo phrase);
#   etiquette.forbidden_phrase: ax06 (规定又不是我定的, 跟我说也白搭, 您爱去不去);
# - etiquette.jargon: ax08 (fund terms), ax15 (freeze-procedure terms), never explained; ax09's
#   净值型, ax10's 止付, ax13's 大额现金登记 and ax17's 中间行扣费 are explained on the spot;
# - etiquette.interruption: ax06 (1.2 s), ax19 (1.1 s). In ax04 and ax05 the customer starts
#   before the agent has finished;
# - etiquette.dead_air: ax07 (10 s), ax20 (10 s);
# - hold: announced holds in other words count (ax04 silent, ax09 music, ax12 a long music one;
#   all thanked). ax02 and ax10: music straight after the customer's words, no notice (both
#   thanked afterwards);
# - answer.wrong_fact: ax02 (the counter's inter-bank fee 百分之一; the facts say 0.5 %), ax19
#   (an account opened by the father with the son's ID and the father's mobile; the facts say the
#   holder's own valid ID and own mobile). Right figures stay unlabelled (ax02's 五万 / 二十万 for
#   mobile transfers, ax16's 五万 / 二十万, ax17's 一到三个工作日);
# - resolution.repeated_question: ax14 (whether the credit card was approved, asked a third time);
# - closing: ax03 ends with 行了，弄好了 (closing.missing); ax14 ends when the line drops right after
#   the customer's question (closing.abnormal_hangup, closing.missing); short but complete closings
#   elsewhere (ax11, ax13, ax19);
# - handling.time_standard: ax11 (a card call under the 20 s minimum), ax12 (a balance enquiry over
#   the 3-minute standard: a long announced music hold);
# - etiquette.speech_rate: the agent at 1.6x (ax01);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A12101": {"team": "一线东组", "staff_no": "七二五三"},
    "A12102": {"team": "一线东组", "staff_no": "一六八四"},
    "A12103": {"team": "一线西组", "staff_no": "四零九七"},
    "A12104": {"team": "一线西组", "staff_no": "八三一二"},
    "A12105": {"team": "一线西组", "staff_no": "二九六五"},
    "A12106": {"team": "二线理财顾问组", "staff_no": "五八零六"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A12101": "您好，恒通银行热线七二五三号为您效劳，您碰着啥难处了？",
    "A12102": "恒通银行，您好，接线员一六八四在岗，您今儿个想办点什么？",
    "A12103": "您好，恒通银行，四零九七号客服代表接听，您要办哪样请只管讲。",
    "A12104": "您好呀，恒通银行接您电话的是八三一二号，您找我们是为哪桩事？",
    "A12105": "您好，恒通银行二九六五号话务员接线，您有什么需要尽管提。",
    "A12106": "您好，恒通银行私行财富专席，顾问五八零六，在资金打理上我能帮您什么？",
}

HELDOUT38_CALLS = [
    {
        "call_id": "ax01_zhenjiang_vinegar_shop_credit_card_bill_instalment_fast_agent_customer_displeased",
        "title": "镇江西津渡卖香醋的客户想把一万二的信用卡账单分期；坐席全程以约一点六倍语速说话；以身份证号码垫后的四位加上月从卡上交的水费核身；客户说讲得太快一句没听清、很不满意；坐席道歉后仍快速讲完分十二期的办法；完整收尾",
        "business_type": "card", "agent_id": "A12102", "customer_tier": "standard",
        "started_at": "2030-01-02T10:16:34", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A12102"]),
            C("喂，你好，我镇江的，在西津渡边上开了个卖香醋的店。上个月进货刷了信用卡，账单一万二，一下子还不上，想问问阿是能分期？"),
            A("想把一万二的账单分期，可以办。分期之前先把您本人对上：身份证号码垫后的四位，再报一下上个月从这张卡上交的水费是多少。"),
            C("垫后四位是四一六九，水费上个月交了八十六块。"),
            A("对上了。这期账单一万二千元能分三期、六期、十二期，手续费按期收，分十二期每个月还本金一千元，外加手续费八十四元，确认后从下期账单开始扣，最低还款额也跟着变。"),
            C("哎哎，你港得太快了，我一句都没听清爽。你们这个服务，我真的很不满意！",
              marks=[mark("emotion.customer_negative", "很不满意（嫌坐席讲得太快）")]),
            A("对不起，我再说一遍：分十二期的话，每个月还一千块本金，另加八十四块手续费，下个月开始扣。"),
            C("哦，一个月一千零八十四。那就分成十二个月还。"),
            A("好，十二期替您办妥了，手机上会收到短信。另外还有要我经手的吗？"),
            C("没得了。"),
            A("多谢您拨这一趟，祝香醋生意兴隆，再会。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ax02_qingtian_stone_carver_counter_interbank_fee_wrong_music_no_notice",
        "title": "丽水青田刻石雕的客户明天要到柜台给福建石料厂他行账户转八万，问柜台手续费；一般咨询不动账户，无需核身；客户问完坐席未作任何告知即播放等待音乐（回来后致谢）；坐席说柜台跨行按百分之一收（知识库为百分之零点五）；手机一笔五万、一天二十万（正确）；用自己的话提醒按合同上的座机核对户名账号、换账户的消息先别信；完整收尾",
        "business_type": "transfer", "agent_id": "A12103", "customer_tier": "standard",
        "started_at": "2030-01-03T14:41:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A12103"]),
            C("喂，你好，我丽水青田的，刻石雕的。有个石料厂在福建，渠的账户开在别家银行，我想明朝去你们柜台转八万块过去，柜台上转要收几多手续费？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户问完坐席未作任何告知即播放等待音乐")]},
            A("多谢您耐着性子候着。柜台上转到别家银行，照转出金额收百分之一，八万块就是八百。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之一")]),
            C("八百？介贵啊。那手机上转呢？"),
            A("手机银行转他行不收手续费，不过一笔最多五万，一天合计不超过二十万，八万分两笔转就行。"),
            C("那我手机上分两笔转。"),
            A("转之前建议您照合同上的座机给石料厂打个电话，把户名、账号再对一遍；万一有人发消息说换了收款账户，先别转。"),
            C("有数了，我打电话问问渠。"),
            A("您看还有哪样要问的？"),
            C("没了，谢谢。"),
            A("别客气，也谢谢您肯打过来，祝石雕卖个好价，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax03_no_greeting_rongcheng_kelp_farmer_monthly_transfer_to_daughter_no_closing",
        "title": "威海荣成养海带的客户要给在济南上大学的女儿设每月三千的定期转账；坐席以“喂，这头接着呢，说吧。”接起，无问候、行名、工号（客户问了才确认是恒通）；以身份证号码最末一截的四位加每月收的门面房租核身；设置成功；结尾只有“行了，弄好了。”，没有询问其他需求、致谢和道别",
        "business_type": "transfer", "agent_id": "A12101", "customer_tier": "standard",
        "started_at": "2030-01-04T08:57:22", "agent_channel": 0,
        "turns": [
            A("喂，这头接着呢，说吧。"),
            C("喂？恒通银行的热线对吧？俺威海荣成的，在海边养海带。"),
            A("是恒通。您要办啥？"),
            C("俺闺女在济南上大学，俺想每个月一号从俺卡上自动给她转三千块生活费，省得俺每回都得惦记着，能弄不？"),
            A("能设定期转账。给卡设这个之前，先核一下是本人：身份证号码最末一截的四位，再说说您每个月收的门面房租是多少。"),
            C("最末一截是二零八三，门面房租一个月四千五。"),
            A("对上了。收款的是哪一位？"),
            C("她叫于晓彤，卡也是你们行的，俺手机银行里存过她的卡。"),
            A("我看到了，收款人于晓彤，卡号尾巴是七七一零，是她吧？"),
            C("对，就是她。"),
            A("每月一号转三千，从下个月开始，转之前一天会发短信提醒您。"),
            C("中，杠好。那俺挂了啊。"),
            A("行了，弄好了。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，这头接着呢，说吧：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号"),
                       mark("closing.missing", "结尾只有行了，弄好了：没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "ax04_elderly_wuyishan_tea_grandmother_tea_leaf_money_cash_for_pickers_silent_hold_clean",
        "title": "七十八岁老年客户（南平武夷山口音，种岩茶）问茶厂的茶青款到没到、想取五千现金发给采茶工；以身份证号码末段的四个号加上一回在柜台取现的金额核身；告知后静音保留并致谢；一万七千九百五十元已到；坐席用自己的话提醒冒充茶厂或银行说钱打多了要退的骗局、谁叫转钱都别转、拿不准问儿子；客户在坐席说完前零点四秒接话（非坐席插话）；完整合规",
        "business_type": "account", "agent_id": "A12104", "customer_tier": "elderly",
        "started_at": "2030-01-07T09:32:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A12104"]),
            C("喂，姑娘，我武夷山的，七十八了，家里种岩茶。茶厂讲茶青的钱打到我卡上了，想问问进账没，进了我想取五千块现钱，给采茶工结工钱。"),
            A("老人家好，您是问茶厂的茶青款到没到，到了要取五千块现金发工钱，对吧？问卡里的账，得先认一认是不是您自己：身份证号码末段的四个号，再说说您上一回在柜台取现金，取了多少。"),
            C("末段四个号是五五二一，上回在柜台取了三千。"),
            A("对上了。我去系统里调这张卡的进账，要静音一小会儿，十几二十秒的样子，您那边会没有声音，电话别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("谢谢您老人家陪我等着。茶厂的钱前天到了，一万七千九百五十元。五千块现钞，带上身份证和卡到镇上网点就能取，不用提前约。"),
            C("好哩，好哩，到了就放心了。"),
            A("还有一件事跟您讲：最近有人冒充茶厂或者银行打电话，说钱打多了，叫您退到另一个账户，这都是骗人的，不管谁叫您转钱都别转，拿不准就问问儿子。"),
            C("晓得晓得，我不会转的。", overlap=0.4),
            A("那就好。发工钱的现金取出来，路上收好。老人家，别的事还想问问不？"),
            C("无有了，谢谢姑娘。"),
            A("不客气，劳您打来这一趟，您老人家身子骨要紧，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax05_gaozhou_young_mother_bead_home_job_materials_deposit_stopped_ch1",
        "title": "茂名高州在家带孩子的客户看到“在家串珠子、月入四五千”的招工广告，对方要她先转两千九百八十元材料押金到个人账户（未用风险词的兼职押金诈骗），来问怎么转他行个人卡；坐席识破并劝阻；不涉及账户数据，无需核身（坐席说明）；客户在坐席说完前零点五秒接话（非坐席插话）；建议拨反诈热线或到派出所反映；完整收尾（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12105", "customer_tier": "standard",
        "started_at": "2030-01-08T15:20:13", "agent_channel": 1,
        "turns": [
            A(OPENING["A12105"]),
            C("喂，你好，我系茂名高州嘅，喺屋企带细路。我喺网上见到一个招人做手工嘅广告，话喺屋企串珠仔，一个月有四五千。佢话要先交两千九百八十蚊材料押金，交货就退，叫我转去一个私人账户。我想问下点样转去别家银行嘅个人卡？",
              marks=[mark("risk.keyword_alert", "兼职手工先交材料押金到个人账户的诈骗情形（未用风险词）")]),
            A("先别转。凡是在家做手工、先要交押金或者材料费的，差不多都是设好的圈套：押金一到账，对方就不理您了，那些珠子也根本不会寄过来。"),
            C("唔系啊？佢话公司有营业执照喔。"),
            A("执照截个图谁都能弄出来。正经招工的，不会叫工人先往私人卡上打钱。"),
            C("咁我唔转住。", overlap=0.5),
            A("对，一分钱也甭打过去。这事不用查您的账，我也就不核对您的身份了。对方的聊天记录和收款账号您留好，可以拨九六一一零举报，也可以到附近派出所反映。"),
            C("好，唔该你提醒我。"),
            A("应该的。您还有什么要问的没有？"),
            C("冇啦，唔该。"),
            A("感谢您打来问一声，带孩子辛苦，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax06_yaan_ya_fish_restaurant_phone_lost_in_river_rebind_interrupt_rebuff",
        "title": "雅安开雅鱼馆子的客户手机掉进青衣江、补了新号，想把卡绑定的手机号改到新号上；客户还在讲手机怎么掉、原来的号怎样时坐席插话（重叠约一点二秒）；以身份证号码尾巴上那四个字加每月房贷扣款核身；坐席说要本人带身份证到网点办，客户问电话里能否通融，坐席回“规定又不是我定的，跟我说也白搭，您爱去不去”（服务禁语、语气生硬）；客户平静；完整收尾",
        "business_type": "account", "agent_id": "A12103", "customer_tier": "standard",
        "started_at": "2030-01-09T11:05:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A12103"]),
            C("喂，我雅安的，在雨城区开了个雅鱼馆子。前天在青衣江边上杀鱼，手机一滑掉进江里了，捞都捞不起来，后来我只好去营业厅补了个新号，结果原来那个号绑的东西"),
            A("您是要把卡上绑的手机号改成新号，对吧？改之前先过一道身份核对：身份证号码尾巴上那四个字，再说一下您每个月房贷扣多少。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("尾数四个是零三五八，房贷一个月扣三千二。"),
            A("核对通过。换绑手机号，得本人带身份证去网点柜台办。"),
            C("电话里头办不了啊？我馆子里走不开，能不能行个方便？"),
            A("规定又不是我定的，跟我说也白搭，您爱去不去。",
              marks=[mark("etiquette.forbidden_phrase", "规定又不是我定的、跟我说也白搭、您爱去不去"),
                     mark("emotion.agent_negative", "生硬推诿，语气不耐烦")]),
            C("我也就随口一问嘛。那好，明朝抽空跑一趟。"),
            A("嗯。旁的还有事没？"),
            C("莫得了。"),
            A("谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax07_wanzhou_cruise_ship_cook_salary_balance_no_check_dead_air",
        "title": "重庆万州在长江游轮上当厨师的客户问这个月工资到没到、卡上还剩多少；坐席从头到尾未做任何身份核验，先报出工资到账日期、金额和付款方，又报出余额；客户问能否设每月工资一到就自动转两千给母亲后双方无声十秒，客户追问；坐席道歉后说明要在手机银行或柜台自己设；完整收尾",
        "business_type": "account", "agent_id": "A12104", "customer_tier": "standard",
        "started_at": "2030-01-10T19:48:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A12104"]),
            C("喂，你好，我万州的，在长江游轮上当厨师，船上信号不好。我想问下，这个月的工资打到卡上没得？"),
            A("打了，一月十号进来一笔八千四百元，付款方是一家长江游轮公司。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出工资到账日期、金额和付款方")]),
            C("那卡上现在一共还有好多钱？"),
            A("现在余额是两万三千六百五十元。",
              marks=[mark("identity.not_verified", "未核验即说出余额")]),
            C("要得。那能不能帮我设一下，以后每个月工资一到，就自动转两千给我妈？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？喂？你还在不在哦？"),
            A("在的，真过意不去，叫您白等这么半天。自动转账要您自己在手机银行上设置，或者下船以后带身份证到柜台办，电话里没法替您设。"),
            C("那我下船了去柜台。"),
            A("好的，除了这个您还想了解啥？"),
            C("莫得了，谢谢。"),
            A("不客气，船上忙，注意休息，谢谢您抽空拨这一通，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax08_ankang_konjac_factory_bond_plus_product_jargon_no_disclosure",
        "title": "安康做魔芋的厂老板（贵宾）有四十万想买比定期高的理财；以身份证号码收束的四个数字加每月从卡上扣的保险费核身；坐席满口术语（二级债基打底、打新增强、久期、最大回撤、夏普比率、次日净值确认份额）不解释，客户说一个都听不懂；只讲去年百分之六点八、好多客户在买；客户下单二十万，没有任何风险揭示",
        "business_type": "wealth", "agent_id": "A12106", "customer_tier": "VIP",
        "started_at": "2030-01-11T10:22:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A12106"]),
            C("你好，我安康的，开了个做魔芋的厂子。手上攒了四十万没处用，存定期利息太低了，想买个收益高些的理财。"),
            A("好的，四十万想找收益高一些的。推荐以前，请您报几样东西让我核个身份：身份证号码收束的四个数字，再说说您这张卡每个月扣的保险费是多少。"),
            C("收束四个是六零九二，保险每个月扣六百五。"),
            A("核对无误。推荐您一款二级债基打底、加打新增强的产品，久期控制在两年以内，最大回撤不到百分之三，夏普比率在同类里靠前，申购按次日净值确认份额。",
              marks=[mark("etiquette.jargon", "二级债基、打新增强、久期、最大回撤、夏普比率、净值确认份额，未向客户解释")]),
            C("你讲的这些啥子久期、回撤，我一个也没弄懂。就问你，收益咋样？"),
            A("去年做到了百分之六点八，比定期强多了，现在好多客户都在买。"),
            C("六点八，那还可以。就先认购二十万。"),
            A("好，二十万的单子给您下好了，手机银行里点确认就行。"),
            C("要得。"),
            A("理财上还有什么想了解的吗？"),
            C("眼下莫得了，谢谢。"),
            A("不客气，祝魔芋厂越办越红火，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "二十万买债基打底加打新的理财，只讲去年收益和买的人多，没有任何风险揭示")],
    },
    {
        "call_id": "ax09_golmud_potash_trucking_fleet_net_value_short_bond_music_hold_clean",
        "title": "格尔木跑钾肥运输的车队老板（贵宾）有二十五万想放得稳一点；以身份证号码最底端四位加网银登录页的预留信息核身；告知后播放等待音乐并致谢；当场解释净值型（非术语违规）；用自己的话讲清不是存款、银行不保本不保收益、可能少于投入、不受存款保险保护、去年收益不等于今年、风险等级与测评匹配，建议先放十万、读完说明书和风险揭示书；完整合规",
        "business_type": "wealth", "agent_id": "A12106", "customer_tier": "VIP",
        "started_at": "2030-01-14T15:36:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A12106"]),
            C("你好，我格尔木的，车队跑钾肥运输。年底运费结回来，有二十五万暂时不用，想找个比活期好点、又不太冒险的地方放一放。"),
            A("明白，二十五万想放得稳一点、比活期强一点。请先协助我核验本人：身份证号码最底端四位，还有您登录网上银行时，页面上显示的那句预留信息是什么。"),
            C("最底端四位是一三四六，预留信息是昆仑山下跑运输。"),
            A("核验通过。我把眼下适合您的产品对比一下，要半分钟上下，这段时间您会听到等候音乐，请拿着电话别挂。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("谢谢您听着音乐等我。有一款净值型的短债理财，属于二级风险，近一年年化大约百分之二点八。"),
            C("净值型是啥意思？"),
            A("净值型就是每天算一次产品值多少钱，涨了您就多拿，跌了账面就少，不是固定给您一个利息。"),
            C("本金会不会折损？"),
            A("会有这种可能，我跟您说实话：这是理财，不是存款，本钱银行不兜底，收益银行也不担保，行情差的时候拿回来的钱可能比投进去的少；它也不受存款保险保护；去年赚的百分之二点八，不等于今年还能赚这么多。"
              "它是二级风险，跟您做过的风险测评结果是匹配的。依我看头一回放十万，余下那部分手边备着，买之前把产品说明书和风险揭示书都看完。"),
            C("行，那先放十万，文件我回去仔细看。"),
            A("好，您在手机银行里读完两份文件再下单。资金上还有要商量的吗？"),
            C("没有了，谢谢你。"),
            A("也多谢您肯让我参谋，冬天跑车路滑，一路平安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax10_jixi_coal_miner_sim_card_hijacked_card_emptied_music_no_notice",
        "title": "鸡西在煤矿上班的客户手机突然没信号，营业厅说有人拿假身份证冒名补办了他的手机卡，随后卡上少了一万九，说被盗刷了；以身份证号押底的四个数码加上一趟在取款机取钱所在的城市核身后，坐席查出两笔转出并已止付（当场解释止付）；客户问钱转到哪后坐席未作任何告知即播放等待音乐（回来后致谢）；报反诈中心、劝报案、作废补办的手机卡、不打包票；完整收尾",
        "business_type": "account", "agent_id": "A12101", "customer_tier": "standard",
        "started_at": "2030-01-15T13:11:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A12101"]),
            C("喂，我鸡西的，在煤矿上班。昨天下午我手机突然一点信号都没了，今天去营业厅一问，说有人拿假身份证把我的手机卡补办走了。刚才在网上一查，我卡里少了一万九，肯定是被盗刷了，这可咋整啊！",
              marks=[mark("risk.keyword_alert", "盗刷：手机卡被冒名补办后卡内资金被转走")]),
            A("您先别慌，这就给您翻记录。翻之前对一下本人：身份证号押底的四个数码，再讲讲您上一趟在自动取款机取钱，人在哪座城市。"),
            C("押底四个是八五零三，上回取钱人在哈尔滨。"),
            A("对上了。昨天晚上九点多，从您卡上转出去两笔，一笔一万，一笔九千，都是从手机银行转的。我已经先把这张卡止付了，就是暂停一切转出和消费，卡里余下的钱就原地不动，哪个都转不出去。"),
            C("那这钱转哪去了？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("谢谢您在线上等着。两笔都转到了外省一个个人账户上，我已经把这个账户报给反诈中心，请他们协助拦截。"),
            C("那我现在还得干啥？"),
            A("三件事：先去派出所报案，带上身份证和营业厅开的证明；再让营业厅把那张补办的手机卡作废；最后带上报案回执到网点，把手机银行的登录密码和绑定手机重新弄。追不追得回要看公安的调查，这个我没法给您打保票。"),
            C("行，我这就去派出所。"),
            A("好，还有别的放心不下的没？"),
            C("没了，谢谢你啊。"),
            A("不客气，钱的事您抓紧办，辛苦您打这通电话，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax11_short_baishan_credit_card_daily_spending_cap_ch1",
        "title": "白山客户问信用卡能不能设每天刷卡的上限，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；开场白完整；一般咨询，无需核身；坐席在声道一",
        "business_type": "card", "agent_id": "A12105", "customer_tier": "standard",
        "started_at": "2030-01-16T12:03:17", "agent_channel": 1,
        "turns": [
            A("您好，恒通银行二九六五号，您请讲。"),
            C("信用卡能设个每天刷卡的上限不？"),
            A("能，手机银行卡片管理里自己设。还有吗？"),
            C("没了。"),
            A("谢谢您，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "ax12_elderly_benxi_retired_steelworker_two_accounts_long_music_hold_cash_for_grandson_car_no_fraud_advice",
        "title": "八十一岁老年客户（本溪口音，本钢退休）查养老金卡和拆迁补偿存折两个账户的余额，想明天取六万现金给孙子买车（余额查询）；以身份证号码排在最后头的四个数加退休年份核身；告知后播放约一百七十秒等待音乐并致谢，余额查询超过三分钟标准；告知余额和五万以上取现要预约；全程没有防诈骗提醒；完整收尾",
        "business_type": "balance", "agent_id": "A12102", "customer_tier": "elderly",
        "started_at": "2030-01-17T09:44:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A12102"]),
            C("喂，闺女，俺本溪的，虚岁八十二喽，以前在本钢炼钢。俺有张养老金卡，还有个拆迁时候给的存折，想问问这两个里头一共有多少钱，孙子要买车，俺想明天取六万现钱给他。"),
            A("大爷您好。您要查养老金卡和存折两个账户的余额，明天想取六万现金，是吧？先把您本人认一认：身份证号码排在最后头的四个数，还有您是哪一年退休的。"),
            C("最后头四个是零六一七，俺是一九九九年退的。"),
            A("对上了。存折是老账户，得去档案里调，两个账户一起查要三分钟左右。我这边先放一段音乐，您听着音乐就是还连着线，千万别撂电话，查好了我马上跟您说。"),
            {"silence": 170.0, "kind": "hold_music"},
            A("大爷，这三分钟谢谢您一直陪着音乐等。养老金卡上是三万八千二百元，存折上是十二万五千元，两个加起来十六万三千二。"),
            C("那就够了。明天俺去取六万，直接去就行？"),
            A("取超过五万块的现钞，得头一天跟网点约好，您今天下午打个电话，明天带上身份证和存折去取就行。"),
            C("中，俺让孙子帮俺打。"),
            A("好嘞。大爷还有别的要问的不？"),
            C("没了，闺女，谢谢你。"),
            A("不用谢，大爷，天冷路滑，出门慢点，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟"),
                       mark("risk.elderly_fraud_advice", "八十一岁老年客户要取六万现金交给孙子买车，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "ax13_xiaogan_rice_wine_workshop_large_cash_deposit_rules_info_clean",
        "title": "孝感做米酒的作坊老板娘问年底八万多现金货款存进卡要不要预约、带什么；一般咨询不动账户，无需核身（坐席说明）；当场解释大额现金登记（非术语违规）；客户自己说“我不是嫌麻烦”（非负面情绪）；简短但完整收尾",
        "business_type": "account", "agent_id": "A12101", "customer_tier": "standard",
        "started_at": "2030-01-18T16:27:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A12101"]),
            C("喂，你好，我孝感的，屋里做米酒。年底好多小店给的都是现钱，攒了八万多块，打算存进卡里，要不要先约？要带么事？"),
            A("您是想把八万多现金存进卡，问要不要预约、带什么，对吧？您只是问办法，不查账也不动账，我就不核对您的身份了。"),
            C("嗯，光问问。"),
            A("存现金不用预约，揣上卡跟身份证到柜台办就成。超过五万块的现钞，柜员会请您填一张大额现金登记，就是写一下钱是哪来的，比如做生意的货款，这是规定的手续，并非信不过您。"),
            C("哦，那就好。我不是嫌麻烦，就怕去了白跑一趟。"),
            A("不会白跑。钱多的话，去之前点一点捆好，柜台上数得快些。"),
            C("蛮好，晓得了。"),
            A("旁的还有吗？"),
            C("冇得了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax14_danzhou_rubber_tapper_credit_card_approval_asked_thrice_line_dropped",
        "title": "儋州在农场割胶的客户问上个月申请的信用卡批下来没有；以身份证号码第十五到第十八位加上一次在存款机存的金额核身；坐席两次只说在审核流程里，客户第三次问（我都问第三遍了）后才答已批、额度一万、卡已寄出；客户接着问寄到哪个地址（去年搬过家），通话随即结束，坐席没有作答也没有结束语",
        "business_type": "card", "agent_id": "A12105", "customer_tier": "standard",
        "started_at": "2030-01-21T17:09:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A12105"]),
            C("喂，我儋州的，在农场割胶。上个月在你们网点申请了一张信用卡，到现在都无消息，想问问批下来无有。"),
            A("查申请进度得先弄清是您自己：身份证号码第十五到第十八位，再讲一下您上一次在存款机上存了多少钱。"),
            C("十五到十八位是三二九四，上回在存款机存了两千。"),
            A("对上了。您的申请目前在审核流程里。"),
            C("审核流程里是么意思？批了还是没批？"),
            A("审核这边还在走流程，您再多候些日子。"),
            C("这都第三回问你了，你就给句实话，到底批下来了无有？",
              marks=[mark("resolution.repeated_question", "信用卡批没批问到第三遍仍没有答复")]),
            A("不好意思，刚才没讲明白。批下来了，额度一万，卡前天已经寄出去了。"),
            C("那卡寄到哪个地址去了？我去年搬过一次家。",
              marks=[mark("closing.abnormal_hangup", "客户发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ax15_yangjiang_corgi_puppy_online_seller_fee_after_fee_swindled_police_jargon",
        "title": "阳江客户网上买柯基狗仔，先后转了狗钱、空运费、疫苗证明费共三千六，对方又要两千保价笼押金，才知被骗、已报警；以身份证号末尾一节的四个号码加上月从卡上交的电费核身；坐席查出三笔转出后满口术语（涉案账户紧急止付、调单、协查函、冻结流程、司法划扣）不解释，客户说听不明；坐席用自己的话提醒网上买活物别私下转钱；完整收尾",
        "business_type": "transfer", "agent_id": "A12103", "customer_tier": "standard",
        "started_at": "2030-01-22T20:14:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A12103"]),
            C("喂，我阳江嘅。我喺网上睇中一只柯基狗仔，先转咗一千八狗钱，佢话要空运，又转咗六百运费，之后话要疫苗证明，又转咗一千二。而家又话要两千蚊保价笼押金，我先知道系被骗咗，啱啱去派出所报咗警。",
              marks=[mark("risk.keyword_alert", "被骗、报警：网上买狗被连续收费")]),
            A("您在网上买狗被骗了，报过警了，对吧？我帮您查这几笔，您本人这一关先过一下：身份证号末尾一节的四个号码，再说一下您上个月从卡上交的电费是多少。"),
            C("末尾四个系七二零九，电费上个月交咗二百一十三蚊。"),
            A("核对通过。这三笔我看到了，上周四到周六，一千八、六百、一千二，一共三千六，收款的是同一个外省个人账户。"),
            C("咁点算？钱仲拎唔拎得返？"),
            A("我这边对涉案账户提交紧急止付，同步做调单，后续等公安出具协查函，走冻结流程，资金返还要等司法划扣。",
              marks=[mark("etiquette.jargon", "涉案账户紧急止付、调单、协查函、冻结流程、司法划扣，未向客户解释")]),
            C("你讲乜嘢我都听唔明。"),
            A("警您已经报了，后面就等警察那边通知您。往后网上买活物，别在平台外头私下转钱，对方一次次加收费用的，就别再付了。"),
            C("咁好啦。"),
            A("这事以外还要我做点啥？"),
            C("冇啦。"),
            A("多谢您信得过打来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax16_luqiao_car_parts_shop_study_abroad_agency_personal_card_no_staff_number_no_warning",
        "title": "台州路桥开汽配店的客户要给儿子出国留学的中介付十五万服务费，中介说打到负责人个人卡上可便宜开票；开场白有问候、行名和服务用语但不报工号；以身份证号码结尾处的四个数加每月给父母的定时转账核身；坐席只讲一笔五万、一天二十万（正确）和分三笔转，全程没有任何风险提示",
        "business_type": "transfer", "agent_id": "A12102", "customer_tier": "standard",
        "started_at": "2030-01-23T11:38:52", "agent_channel": 0,
        "turns": [
            A("恒通银行，您好，今天想办点什么业务？"),
            C("喂，我台州路桥的，开汽配店。儿子明年要出国读书，找了个留学中介，服务费十五万，中介的老师讲打到他们负责人个人的卡上，开票能便宜点。我想今天拿手机转过去，转得了吗？"),
            A("要用手机转十五万给中介负责人的个人卡，是吧？转账前先验一下身份：身份证号码结尾处的四个数，再说说您每个月定时转给父母的钱是多少。"),
            C("结尾四个数是三七五一，每个月给爸妈转两千。"),
            A("对上了。手机上每笔封顶五万，一天一共能转二十万，十五万拆成三回转。"),
            C("三笔，好的。收款人写负责人的名字就行？"),
            A("对，户名和卡号填对就能转，当天就到。"),
            C("晓得了，那我回头就转。"),
            A("转账以外还有要办的没有？"),
            C("没了，谢谢。"),
            A("好的，感谢您，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号"),
                       mark("risk.disclosure_missing", "十五万服务费打到留学中介负责人的个人卡上，坐席只讲限额，全程没有任何风险提示")],
    },
    {
        "call_id": "ax17_elderly_mingxi_grandmother_euro_rent_to_grandson_budapest_fee_explained_ch1_clean",
        "title": "七十三岁老年客户（三明明溪口音，侨乡）要给在布达佩斯读书的孙子汇八千欧元房租；以护照号码后四位加身份证号码最末后的四个数核身；当场解释中间行扣费（非术语违规）；一到三个工作日（正确）；用自己的话提醒有人冒充孙子、学校或房东要改账户时先和孙子视频确认；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12104", "customer_tier": "elderly",
        "started_at": "2030-01-24T10:50:14", "agent_channel": 1,
        "turns": [
            A(OPENING["A12104"]),
            C("喂，姑娘，我三明明溪的，七十三岁啰。我孙子在匈牙利布达佩斯读书，要交房租，我想从你们这里给他汇八千欧元过去，要怎么弄？"),
            A("阿姨您好，您想给在布达佩斯读书的孙子汇八千欧元交房租，是吧？往国外汇钱要核实是您本人：您护照号码的后四位，再加身份证号码最末后的四个数。"),
            C("护照后四位是六一零八，身份证最后四个是四二三七。"),
            A("都对上了。八千欧元在您的额度以内，您带上护照、身份证和孙子的收款信息去网点办，孙子那边要给您户名、账号和他那家银行的国际代码。"),
            C("钱到那边会不会少一点？"),
            A("可能会少一点点：钱在路上要经过一两家中间的银行转手，它们会扣一小笔转账费，这就叫中间行扣费，一般几十欧元以内。"),
            C("那要几天才到？"),
            A("一般一到三个工作日到孙子的账户。再叮嘱您一声：往后若有人来电或发信息，说是孙子、学校或者房东，叫您把钱改汇到别的账户，先跟孙子视频说上话再讲，不要照着改。"),
            C("晓得了，我先问孙子。"),
            A("汇款以外阿姨还想问啥？"),
            C("没有了，谢谢姑娘。"),
            A("不客气，阿姨，祝孙子学业顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax18_hailun_soybean_farmer_subsidy_balance_read_before_check_impatient_agent",
        "title": "绥化海伦种大豆的客户问耕地地力补贴到没到、卡里有多少；坐席未核身即报出补贴到账日期、金额和付款方，又报出余额；客户要给种子站转三万时坐席才以身份证号最后头那一截四位加去年农业保险赔款核身，并用自己的话提醒核对种子站户名；客户再问补贴金额时坐席不耐烦（刚才不都跟您说了吗、咋还问呢、您拿笔记一下行不行）；客户自己说“俺记性不好”；完整收尾",
        "business_type": "account", "agent_id": "A12101", "customer_tier": "standard",
        "started_at": "2030-01-25T14:02:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A12101"]),
            C("喂，你好，俺绥化海伦的，种大豆。听说今年的地力补贴发了，俺想问问到俺卡上没有，还有卡里现在有多少钱。"),
            A("到了，一月八号进来一笔三千九百七十元，是海伦市财政局打的。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出补贴到账日期、金额和付款方")]),
            C("那卡里一共多少？"),
            A("一共五万一千六百元。",
              marks=[mark("identity.not_verified", "未核验即说出余额")]),
            C("行。俺还想给种子站转三万，订开春的种子。"),
            A("转账得先对一对本人：身份证号最后头那一截四位，再说说您去年农业保险赔了多少钱。"),
            C("最后四位是一五八六，去年保险赔了两千七。"),
            A("对上了。您在手机银行转就行，一笔五万以内。转之前把种子站的户名跟站里的人当面或者打座机对一下。"),
            C("嗯哪。对了，那补贴是多少来着？"),
            A("哎呀，刚才不都跟您说了吗，咋还问呢，您拿笔记一下行不行，三千九百七十。",
              marks=[mark("emotion.agent_negative", "客户再问一次时不耐烦、数落客户")]),
            C("哦，俺记性不好。那没事了。"),
            A("还有别的没？"),
            C("没了。"),
            A("那行，劳您打来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax19_daye_bronze_ware_shop_son_account_opened_by_father_wrong_documents_interrupt",
        "title": "黄石大冶卖青铜工艺品的客户想替在深圳上班、过年不回的儿子在老家开张卡；一般咨询不涉及账户，无需核身；客户还在讲儿子情况时坐席插话（重叠约一点一秒）；坐席说带儿子的身份证和户口本由父亲代办、手机号留父亲的也行（知识库为本人有效身份证件和本人手机）；简短但完整收尾",
        "business_type": "account", "agent_id": "A12105", "customer_tier": "standard",
        "started_at": "2030-01-28T09:15:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A12105"]),
            C("喂，你好，我黄石大冶的，开了个卖青铜工艺品的店。我儿子在深圳上班，过年不回来，他想在老家这边开张卡，方便往屋里打钱，他人又回不来，所以我想"),
            A("您是想帮儿子在老家开张卡，对吧？这个好办。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("对，那要带么事去？"),
            A("带上他的身份证和户口本，您拿着去网点替他办就行，手机号留您自己的也可以。",
              marks=[mark("answer.wrong_fact", "开户须本人有效身份证件和本人手机（知识库），坐席说父亲带儿子证件代办、留父亲手机号即可")]),
            C("那蛮方便，明朝我就跑一趟。"),
            A("开卡以外还有要打听的吗？"),
            C("冇得了，谢谢。"),
            A("不客气，谢谢您费心打来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ax20_tanmen_fisherman_fake_medical_insurance_police_safe_account_swindled_dead_air",
        "title": "琼海潭门的渔民接到自称医保局的电话说他的医保卡在外地被乱用，又被转给自称公安的人说他涉嫌洗钱、要把钱转到安全账户审查，转了三万后越想越不对、问是不是着了道（未用“被骗”等风险词）；以身份证号码尾部那一截四位加去年领的渔船燃油补贴核身；坐席查出转账并报反诈中心；客户问钱能否追回、还要做什么后双方无声十秒，客户追问；坐席道歉、不打包票、劝报案并提醒公安医保不会叫转安全账户；完整收尾",
        "business_type": "transfer", "agent_id": "A12103", "customer_tier": "standard",
        "started_at": "2030-01-29T11:33:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A12103"]),
            C("喂，我琼海潭门的，打鱼的。上午有个人打电话，讲是医保局的，讲我医保卡在外地被人乱用了，又把电话转给一个讲是公安的，讲我的卡跟一个洗钱的案子有关，叫我把钱转到一个安全账户去审查，审查完退给我。我转了三万过去，现在越想越不对，我这是着了人家的道了吧？",
              marks=[mark("risk.keyword_alert", "冒充医保局和公安骗转三万到所谓安全账户，客户自述上当（未用风险词）")]),
            A("您这是遇上冒充医保和公安的骗子了。我先帮您看那笔钱，本人这一关先过：身份证号码尾部那一截四位，再讲一下您去年领的渔船燃油补贴是多少。"),
            C("尾部四位是零九八一，燃油补贴去年领了一万六。"),
            A("对上了。今天上午十点二十，您手机银行转出三万元，收款是外省的个人账户。这个账户我马上报给反诈中心，请他们紧急拦截。"),
            C("那这三万还拿得回来无？我还要做什么？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？汝还在无？讲话啊？"),
            A("在，在，对不住，刚才把您晾在线上了。能追回几成，要看公安查得怎么样，这个我不敢跟您拍胸脯。您现在带着身份证和转账记录去派出所报案。记住，真的公安、医保都不会叫您往什么安全账户转钱，再有人这么讲，马上挂电话。"),
            C("好，我这就去派出所。"),
            A("这桩之外，还要我帮您做什么？"),
            C("无了。"),
            A("多亏您打得早，赶紧上派出所，再见。"),
        ],
        "violations": [],
    },
]

HELDOUT38_SEED = 20290614
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT38_CALLS, agents=AGENTS, default_out=Path("samples/heldout38"),
                  seed=HELDOUT38_SEED, description=__doc__))
