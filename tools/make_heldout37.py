#!/usr/bin/env python3
"""Render the thirty-seventh held-out evaluation set in samples/heldout37/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never read
samples/heldout38/ or tools/make_heldout38.py (another writer's set, written at the same time), never
looked at another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, tools/README.md,
the READMEs of heldout35 and heldout36, of heldout23-34 only the passages naming their topics and
regions (and the tables of calls of heldout34-36, for the label positions to avoid; a first, too
broad extraction also showed parts of the call tables of heldout23, 24 and 33), make_heldout36.py (the
machinery copied), make_samples.py, telephone.py's opening docstring, clause_overlap.py, and of
rules/bank_zh.kb.yaml only each topic's title and facts (to keep stated figures right and plant two
wrong ones, on the two topics no earlier set's wrong figure touched: the counter inter-bank fee and the
documents needed to open an account). Every script step is worded differently from samples/ and the
other held-out generators (no clause of five characters or more is shared, in either direction, with
make_samples.py or any make_heldout*.py): other agents (A12001-A12006) with their own openings, other
verification routes (the monthly water bill, the last cash-machine withdrawal, the branch where the
account was opened, the credit-card limit, the name of the insurance policy the card pays, the day the
loan instalment is taken, last month's credit-card repayment, the payee of the last transfer; the ID
digits asked in new words), other hold, warning, disclosure and closing phrasings, topics the
heldout23-36 sets did not use and dialect-flavoured customers from cities none of them used (Xuchang
(Yuzhou), Zhangjiajie, Huainan, Zhoukou (Xihua), Yichun (Jiangxi), Xinyu (Fenyi), Pingliang (Jingning),
Wuzhong (Yanchi), Yiyang (Anhua), Manzhouli, Shaoyang (Wugang), Qujing (Xuanwei), Guigang, Bozhou,
Longnan (Wudu), Langfang (Xianghe), Lu'an (Huoshan), Hechi (Bama), Qinhuangdao (Changli); the
Zhangjiajie, Huainan, Shaoyang, Bama and Changli customers are elderly).
The layout is not heldout34-36's: no violation sits at a call number where one of those sets had the
same one; three calls are clean (aw10, aw18, aw20) and two only alert (aw15, aw19: frauds the agent
stops), the agent is on channel 1 in aw06, aw10 and aw15, and the risky situations are two strangers
in "bank uniforms" who took an old man's card and PIN at his door for a "chip upgrade", a fake
farm-subsidy text link that emptied a card, a matchmaker's bride price to her own card for a woman seen twice on video, a buyer's fake transfer
screenshot with an "overpayment" to refund, a SIM card reissued by someone else and the card emptied,
and a fake procurator's "safe account".
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms, frauds stopped by the agent,
customers who start before the agent has finished, short but complete closings.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout37.py
    /work/tts-venv/bin/python tools/make_heldout37.py --only aw19_elderly_bama_fake_procurator_safe_account_stopped
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
#   order. aw04 opens with a bare grunt (greeting.missing and staff_id_missing); aw06 greets, names
#   the bank and offers help with no number (staff_id_missing);
# - identity: a check (ID digits + one more fact on file) before any account data or account action.
#   identity.not_verified = each agent turn that discloses account data before a check: aw01 (a
#   payment read out at once; the check follows before the balance: one label), aw13 (a payment and
#   then the balance, no check ever: two labels). aw04, aw08, aw14, aw19 and aw20 touch no account
#   data (aw19 and aw20 say so);
# - risk.disclosure_missing: aw08 (68,000 of bride price to a matchmaker's own card for a woman seen
#   twice on video, nothing but fees and limits), aw09 (300,000 into an eighteen-month closed product
#   sold on last year's return, the customer's April need cut off, no disclosure at all). Warnings and
#   disclosures in the agent's own words count (aw18 wealth, aw10 remittance abroad, aw03, aw07, aw15
#   and aw19 frauds);
# - risk.keyword_alert: aw03 (a card and PIN taken at the door, no risk word), aw07 (被骗, 报警),
#   aw15 (a fake transfer screenshot and an "overpayment" to refund, no risk word), aw17 (a SIM card
#   reissued by someone else, money moved, 报警), aw19 (a fake procurator's safe account);
# - risk.elderly_fraud_advice: aw02 (79, 70,000 in cash to keep at home), aw11 (77, 50,000 in cash for
#   a grandson's car): no advice. aw03 (81), aw19 (86) and aw20 (80) carry it in the agent's words;
# - emotion.customer_negative: aw02 (不满意, a late pension), aw07 (非常不满, 要投诉). aw15's 俺这人疑心重,
#   aw18's 我最烦那些说稳赚不赔的 and aw12's 我又没急 are not labelled;
# - emotion.agent_negative: aw05 (snaps at a customer who asks a figure again, no taboo phrase), aw12
#   (with forbidden phrases); etiquette.forbidden_phrase: aw12 (不归我管, 冲我急也没有用);
# - etiquette.jargon: aw16 (loan terms), aw17 (dispute terms), never explained; aw10's 中间行 and
#   aw18's 净值型 / 申购费 are explained on the spot;
# - etiquette.interruption: aw02 (1.0 s), aw09 (1.1 s). In aw10, aw15, aw18 and aw19 the customer
#   starts before the agent has finished;
# - etiquette.dead_air: aw01 (10 s), aw06 (10 s);
# - hold: announced holds in other words count (aw05 a long music one, aw10 silent, aw18 music; all
#   thanked). aw03 and aw16: music straight after the customer's words, no notice (both thanked);
# - answer.wrong_fact: aw04 (a copy of the ID card and the wife's mobile are enough to open an account;
#   the facts say the customer's own valid ID and own mobile), aw08 (the counter's inter-bank fee
#   百分之二; the facts say 0.5 %). Right figures stay unlabelled (aw08's 五万 / 二十万, aw10's 最慢三个工作日,
#   aw20's 千分之五 and 一万块收五十块, aw20's own ID and own mobile);
# - resolution.repeated_question: aw12 (the early-repayment fee, asked a third time);
# - closing: aw01 ends with 行，就这样 (closing.missing); aw13 ends when the line drops right after the
#   customer's question (closing.abnormal_hangup, closing.missing); short but complete closings
#   elsewhere (aw04, aw12, aw14);
# - handling.time_standard: aw05 (a balance enquiry over the 3-minute standard: a long announced
#   music hold), aw14 (a card call under the 20 s minimum);
# - etiquette.speech_rate: the agent at 1.6x (aw11);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A12001": {"team": "一线东片", "staff_no": "七二五八"},
    "A12002": {"team": "一线东片", "staff_no": "四零九六"},
    "A12003": {"team": "一线西片", "staff_no": "一六三七"},
    "A12004": {"team": "一线西片", "staff_no": "八三四一"},
    "A12005": {"team": "一线西片", "staff_no": "二九七四"},
    "A12006": {"team": "二线理财东席", "staff_no": "五六一三"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A12001": "恒通银行，您好，七二五八号客服给您接的线，有什么难处您跟我说？",
    "A12002": "您好您好，恒通银行，我的工牌是四零九六，有啥需要帮忙，您只管提。",
    "A12003": "恒通银行热线一六三七号，您好，今天是我值班，您有哪桩事要处理？",
    "A12004": "您好，恒通银行，八三四一号坐席，您请讲。",
    "A12005": "恒通银行，您好，这一通由二九七四号来服务，您的需求是？",
    "A12006": "您好，恒通银行理财咨询线，理财顾问五六一三，手头的资金想怎么规划，说来听听？",
}

HELDOUT37_CALLS = [
    {
        "call_id": "aw01_xuchang_yuzhou_jun_porcelain_kiln_payment_read_before_check_dead_air_no_closing",
        "title": "许昌禹州烧钧瓷的客户问郑州艺术品公司的三万六货款到没到；坐席未核身即报出到账时间、金额、付款方和备注；之后以身份证号码结尾的四个数字加每月代扣水费核身再报余额；客户问能否开通每笔进出短信提醒、收不收费后双方无声十秒；结尾只有“嗯，行，就这样”，没有询问其他需求、致谢和道别",
        "business_type": "account", "agent_id": "A12001", "customer_tier": "standard",
        "started_at": "2029-12-03T09:21:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A12001"]),
            C("喂，俺是许昌禹州的，家里烧钧瓷。前几天给郑州一家艺术品公司发了一批花瓶，说好打三万六的货款，恁帮俺瞅瞅到了木有？"),
            A("到了，昨天下午四点二十，郑州那家艺术品公司打进来三万六千块，备注写的是钧瓷货款。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出到账时间、金额、付款方和备注")]),
            C("中中。那俺卡里现在统共还有多少？"),
            A("余额这块得先认准是卡主本人。劳驾报一下身份证号码结尾的四个数字，再说说这张卡每个月代扣的水费大概多少。"),
            C("结尾是五二八三，水费一个月六七十块，上个月扣了六十八。"),
            A("对得上。卡里现在一共十二万四千五百元。"),
            C("好。俺往后想每进一笔钱都收个短信，这个能弄不？收钱不收钱？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？喂？线上还有人没？"),
            A("有。短信提醒能开，一个月两块钱，我这边已经替您开通，明天起每笔进出都发短信。"),
            C("中。"),
            A("嗯，行，就这样。"),
        ],
        "violations": [mark("closing.missing", "结尾只有“嗯，行，就这样”，没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "aw02_elderly_zhangjiajie_pension_late_displeased_cash_at_home_interrupt_no_fraud_advice",
        "title": "七十九岁老年客户（张家界口音）因养老金过了日子没看到而不满意；坐席共情后以身份证号码末尾四个数加每月水费核身，告知十五号逢周六、今天已到三千二百六十元；老人说要把七万存款全取出来放家里木箱子，话未说完坐席插话（重叠约一秒）只讲预约取现；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12002", "customer_tier": "elderly",
        "started_at": "2029-12-04T10:05:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A12002"]),
            C("喂，我是张家界的，属老虎，七十九。我的养老金每个月十五号到，今天都十七号了还冇看到，你们银行搞么子名堂？我对你们很不满意！",
              marks=[mark("emotion.customer_negative", "很不满意")]),
            A("奶奶，钱没按日子进来，搁谁都要急，这我能体会。这就给您查。查您的卡，要先弄准是奶奶您自己：身份证号码拖在后头的四个数，再讲讲这张卡每个月扣的水费是多少。"),
            C("拖在后头四个是零四一六，水费一个月三十来块。"),
            A("对上了，奶奶。这个月十五号碰上礼拜六，社保那边周末不打款，今天上午已经进来了，三千二百六十元，一分不少。"),
            C("到了就好。我跟你讲，我想把存着的七万块钱全部取出来放屋里，放在银行我不放心。我屋里有个老木箱子，锁起来，我孙崽讲"),
            A("七万块现金要提前一天打电话约好，拿着身份证跟卡去柜台取。", overlap=1.0,
              marks=[mark("etiquette.interruption", "老人还在陈述时坐席开口，重叠约一秒")]),
            C("那我明朝打过去约，后天去拿。"),
            A("可以的。奶奶另外还有事要问吗？"),
            C("冇得了。"),
            A("好，谢谢奶奶打过来，您注意身体，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十九岁老年客户要取七万现金放在家中，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "aw03_elderly_huainan_fake_bank_staff_took_card_and_pin_at_door_music_no_notice",
        "title": "八十一岁老年客户（淮南口音）说上午两个穿制服自称银行的年轻人上门，以老卡换芯片卡为由拿走银行卡并让他把密码写在纸条上（未用风险词的冒充银行上门诈骗）；坐席识破；以身份证最末尾那四位数加每月代扣水费核身；客户问钱还在不在后坐席未作任何告知即播放等待音乐（回来后致谢）；卡已冻结、五万三千二百元未动；劝其报案并用自己的话给出防诈骗提醒；完整收尾",
        "business_type": "card", "agent_id": "A12003", "customer_tier": "elderly",
        "started_at": "2029-12-05T15:42:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A12003"]),
            C("喂，俺是淮南的，八十一了。今天上午来了两个穿制服的年轻人，说是恁们银行的，讲俺那张老卡得换成新的芯片卡，就把卡拿走了，还叫俺把密码写在纸条上给他们，说三天以后把新卡送上门。俺儿媳妇下班回来一听，叫俺赶紧打电话问问。",
              marks=[mark("risk.keyword_alert", "自称银行人员上门拿走银行卡并索要密码的诈骗情形（未用风险词）")]),
            A("大爷，您先别慌。我们银行从来不派人上门收卡，更不会叫您写密码，这两个人十有八九是冒充的，得马上把这张卡冻住。冻卡前先核对一下您本人：身份证最末尾那四位数，还有这张卡每个月代扣的水费大概多少钱。"),
            C("末尾是三九零七，水费一个月四十多块。"),
            A("核对上了。"),
            C("那卡里的钱还在不在？俺一辈子就攒了那五万多。"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("让您候了这一会儿，谢谢。这张卡眼下已经冻结，谁拿着都取不出来，卡里的五万三千二百元一分没动。"),
            C("哎呀，还好还好。"),
            A("大爷，这事您让儿媳妇陪着去派出所报个案，把那两个人的长相、穿的衣服都讲给警察听。往后再有人上门说是银行的，要收卡、问密码、叫您转钱，一律别开门，直接打一一零，或者拨这条热线问问。新卡您带着身份证到网点补办。"),
            C("中，俺记住了。"),
            A("大爷，别的还有想问的吗？"),
            C("没了，谢谢闺女。"),
            A("不客气，多亏您及时打过来，您多保重，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw04_no_greeting_zhoukou_hulatang_shop_second_card_documents_wrong",
        "title": "周口西华逍遥镇开胡辣汤店的客户想再办一张卡专收店里扫码的钱，问要带什么、手机号能否留媳妇的；坐席以“嗯？说，啥事儿。”接起，无问候、行名、工号（客户问了才确认是恒通）；坐席说带身份证复印件、手机号留媳妇的也可以（知识库：本人有效身份证件和本人手机）；一般咨询，无需核身；简短但完整收尾",
        "business_type": "account", "agent_id": "A12004", "customer_tier": "standard",
        "started_at": "2029-12-06T07:58:42", "agent_channel": 0,
        "turns": [
            A("嗯？说，啥事儿。"),
            C("喂？俺拨的是恒通不？"),
            A("是。您说。"),
            C("俺是周口西华的，在逍遥镇开胡辣汤店。俺想再办张卡，专门收店里扫码的钱，去办的时候得带啥？手机号留俺媳妇的中不中？俺那个手机老掉线。"),
            A("身份证复印件带一份就行，手机号留您媳妇的也可以。",
              marks=[mark("answer.wrong_fact", "开户需本人有效身份证件和本人手机（知识库），坐席说身份证复印件即可、手机号可留家人的")]),
            C("中，那俺明儿个收了摊就去。礼拜六网点开门不？"),
            A("礼拜六上午开，下午关。还有别的不？"),
            C("没了。"),
            A("谢谢，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了“嗯？说，啥事儿。”：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "aw05_yichun_selenium_rice_mill_two_cards_supermarket_payments_long_music_hold_snapped",
        "title": "江西宜春开富硒米厂的客户年底对账，查两张卡余额和四家超市本月打来的米钱（余额查询）；以身份证号码最后那四个数加最近一次取款机取现金额核身；告知后播放约一百七十秒等待音乐并致谢，余额查询超过三分钟标准；客户没记住南昌那家的金额再问，坐席不耐烦（我刚刚不是念过了吗……不可能一笔一笔反复给您念）；完整收尾",
        "business_type": "balance", "agent_id": "A12005", "customer_tier": "standard",
        "started_at": "2029-12-07T16:12:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A12005"]),
            C("喂，你好，我是江西宜春的，开了个富硒米的米厂。年底要对账，想查一下厂里那两张卡一共还剩好多钱，还有这个月四家超市打过来的米钱到齐了冇。"),
            A("两张卡的钱数您都要看，再加上这个月四家超市打来的款，对吧？查账之前先做一下本人确认：身份证上号码最后一截的四个数，还有您最近一回在取款机上取了多少钱。"),
            C("最后那四个是七三五一，上个礼拜在取款机取了两千。"),
            A("对上了。两张卡要分开查，四家超市的款还要一笔一笔对，差不多得三分钟。这段时间电话里放着音乐，您别挂，我查完立刻接回来。"),
            {"silence": 170.0, "kind": "hold_music"},
            A("让您陪着音乐等了三分钟，多谢您的耐心。两张卡一共二十一万三千八百元。这个月四家超市都打了：南昌那家四万二，萍乡那家两万六，新余那家一万九，宜春本地那家三万三。"),
            C("南昌那家是好多来着？我刚才冇记住。"),
            A("我刚刚不是念过了吗，您拿支笔记一下行不行，我这边不可能一笔一笔反复给您念。四万二。",
              marks=[mark("emotion.agent_negative", "客户再问一个数字时坐席不耐烦、语气生硬")]),
            C("哦，四万二，记下了。"),
            A("账对完了，还查别的不？"),
            C("冇了。"),
            A("感谢致电，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "aw06_xinyu_fenyi_ramie_cloth_trade_fair_card_declined_no_staff_number_dead_air_ch1",
        "title": "新余分宜织夏布的客户在广州展会用信用卡付两万八展位费刷不过；开场白有问候、行名和服务用语但不报工号；以身份证号码最右边四个数字加信用卡额度核身；原因是客户自己在手机银行设了单笔两万上限；客户问能否电话里调高后双方无声十秒；调到五万；完整收尾（坐席在声道一）",
        "business_type": "card", "agent_id": "A12001", "customer_tier": "standard",
        "started_at": "2029-12-10T11:33:26", "agent_channel": 1,
        "turns": [
            A("您好，恒通银行，有事您请说。"),
            C("喂，你好，我是新余分宜的，家里织夏布。我在广州参加展会，刚才想用信用卡付两万八的展位费，刷了两回都冇成功，是么子原因？"),
            A("信用卡付两万八的展位费刷不过去，我来看一下。看卡之前，请先报一下身份证号码最右边四个数字，再说说这张信用卡的额度是多少。"),
            C("最右边四个是二零六九，额度五万块。"),
            A("核对好了。这张卡您之前在手机银行里给自己设了单笔消费上限，一笔最多两万，所以两万八刷不过去，卡本身没有问题。"),
            C("哦，原来是我自己设的。那你现在能不能在电话里帮我调高一点？展会那边还等着我付钱。"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？还听得到不？"),
            A("听得到。可以调，我帮您把单笔上限改成五万了，您现在再刷一次试试。"),
            C("好，我马上去刷。"),
            A("还刷不过的话，随时拨回来。另外还要问啥不？"),
            C("冇了，谢谢啊。"),
            A("不客气，谢谢来电，祝展会顺利，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "aw07_pingliang_jingning_apple_farmer_fake_farm_subsidy_link_card_emptied_complaint",
        "title": "平凉静宁种苹果的客户点了冒充农业补贴的短信链接，填了卡号、密码和验证码，卡里两万三被转走（被骗、已报警）；以身份证号码尾上的四个数加开户网点核身；卡已冻结，两笔转出进了网上支付账户；客户怪银行不拦，非常不满、要投诉；坐席共情、担责、报反诈中心、一小时内专人回电，用自己的话提醒补贴不用点链接领；完整收尾",
        "business_type": "complaint", "agent_id": "A12002", "customer_tier": "standard",
        "started_at": "2029-12-11T09:14:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A12002"]),
            C("喂，额是平凉静宁的，种苹果的。昨天手机上来了个短信，说额的农业补贴到了，点链接就能领。额点进去，填了卡号、密码，还有个验证码，今儿早上额一瞅，卡里两万三没了！额这是被骗了，上午已经到派出所报警了。",
              marks=[mark("risk.keyword_alert", "被骗、报警：点击冒充农业补贴的链接后卡内两万三被转走")]),
            A("钱没了，您肯定急坏了。我先帮您把卡控制住，免得钱再往外跑。您先报一下身份证号码尾上的四个数，再讲一下您这张卡是在哪个网点开的户。"),
            C("尾上四个数是一一八五，在静宁县城的那个网点开的。"),
            A("核对通过，您这张卡我已经冻结上了。昨晚十一点多，有两笔转出，一笔一万五，一笔八千，都转进了一个网上支付账户。"),
            C("你们银行咋不拦一下？半夜转走两万三都没人管！额对你们银行非常不满，额要投诉！",
              marks=[mark("emotion.customer_negative", "非常不满、要投诉")]),
            A("您这么想一点不怪您，半夜里大额转走，搁谁身上都窝心。这件事我跟到底：头一条，那两个收钱的户头，我这就报到反诈中心，请他们尽快止付；第二，您的投诉我登记上了，一个小时之内会有专人给您回电话；第三，派出所开的回执，您好好留着，后面追款要用。往后凡是短信里叫您点链接领补贴、填密码和验证码的，都别信，补贴都是直接打到卡上的，用不着您去领。"),
            C("好吧，额等你们电话。"),
            A("好的。眼前还有啥要我做的？"),
            C("没了。"),
            A("谢谢您，一小时内留意电话，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw08_wuzhong_yanchi_tan_sheep_farmer_matchmaker_bride_price_wrong_interbank_fee_no_warning",
        "title": "吴忠盐池养滩羊的三十八岁客户要把六万八彩礼转到媒人自己在他行的卡上，姑娘只在视频里见过两回；坐席说柜台跨行转账按百分之二收费（知识库为百分之零点五）；手机单笔五万、一天二十万以内（正确）；一般咨询，无需核身；全程没有任何风险提示",
        "business_type": "transfer", "agent_id": "A12003", "customer_tier": "standard",
        "started_at": "2029-12-12T19:06:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A12003"]),
            C("喂，我是吴忠盐池的，养滩羊。我三十八了还没成家，媒人给我说了个外省的姑娘，视频上见了两回。媒人说先把六万八的彩礼转到她自己的卡上，姑娘下个月就过来。她那卡是别的银行的，我想去柜台转，问一下柜台转给别的银行手续费咋收撒？"),
            A("柜台往别的银行转，按转账金额的百分之二收手续费。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之二")]),
            C("百分之二，那六万八要一千多块钱呢。手机上转要不要钱？"),
            A("手机上转分文不收。不过手机上一笔最多五万，六万八您分两笔转就行，一天加起来不超过二十万都没问题。"),
            C("那我就手机上转吧，分两笔，今天晚上就转给媒人。"),
            A("行，您自己操作就可以。另外有啥要办不？"),
            C("没了，谢谢。"),
            A("不客气，多谢您拨过来，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "六万八彩礼转到媒人个人卡、姑娘只在视频见过，坐席只讲手续费和限额，全程没有任何风险提示")],
    },
    {
        "call_id": "aw09_yiyang_anhua_dark_tea_merchant_closed_product_interrupt_no_disclosure",
        "title": "益阳安化做黑茶生意的客户有四十来万闲钱想买收益高的理财；以身份证号码最后面四个数加卡上每年扣的保险名称核身；推荐一款封闭十八个月的产品只讲去年百分之六点八；客户正说明年四月收春茶要用钱时坐席插话（重叠约一点一秒）称到期一分不少连本带利；客户下单三十万，没有任何风险揭示",
        "business_type": "wealth", "agent_id": "A12006", "customer_tier": "VIP",
        "started_at": "2029-12-13T14:27:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A12006"]),
            C("喂，你好，我是益阳安化的，做黑茶生意。茶叶今年走得俏，手上有四十来万闲钱，想放进理财里头，挑个收益好些的。"),
            A("四十万想找收益好一点的，明白。买产品前要核实本人：身份证号码靠后的四个数字，另外请讲一下您卡上每年扣的那份保险叫什么名字。"),
            C("最后面四个是四六二零，保险是一份叫安康福的重疾险。"),
            A("核实好了。有一款封闭十八个月的产品，去年做到百分之六点八，很多老客户都在买。"),
            C("十八个月咯。我明年四月份要收春茶，到时候要用一大笔钱，要是钱放进去了，到时候能不能"),
            A("您放心，这款产品收益很可观，到了期，本钱利钱一块儿回您卡上，稳稳当当。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在讲用钱时间时坐席开口，重叠约一点一秒")]),
            C("那我先买三十万。"),
            A("好，三十万的单子给您下好了，手机银行里点个确认就行。您还有别的打算要聊吗？"),
            C("冇得了，谢谢。"),
            A("不客气，谢谢您看重我们，祝黑茶生意兴隆，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "三十万买封闭十八个月的产品，只讲去年收益、称到期一分不少，未揭示风险、未回应客户四月用钱")],
    },
    {
        "call_id": "aw10_manzhouli_russian_goods_shop_remittance_supplier_silent_hold_agent_ch1_clean",
        "title": "满洲里口岸开俄罗斯商品店的客户要给俄罗斯供货商汇十二万人民币货款；以身份证号码的最后四位加最近一次取款机取现金额核身；告知后静音保留并致谢；最慢三个工作日到（正确）；当场解释中间行（非术语违规）；客户在坐席说完前零点五秒接话（非坐席插话）；用自己的话提醒只认合同上的公司账户、改账号先打电话问；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12004", "customer_tier": "standard",
        "started_at": "2029-12-14T10:48:17", "agent_channel": 1,
        "turns": [
            A(OPENING["A12004"]),
            C("喂，你好，我是满洲里的，在口岸开了个俄罗斯商品店，卖巧克力、套娃这些。要给俄罗斯那边的供货商付一笔货款，十二万人民币，从你们行汇过去，咋操作？"),
            A("您要把十二万人民币汇给俄罗斯的供货商，对吧？这要动您的账户，得先落实电话这头是卡主：身份证号码从倒数第四位数到最后，再讲一下您最近一回在取款机上取的钱数。"),
            C("最后四位三三零八，前天在取款机取了一千五。"),
            A("对上了。我把您账户的跨境汇款权限查一下，也就二十秒上下，这期间电话里没声音，您别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("感谢您稍候。权限是开着的，手机银行里就能汇。收款人写供货商公司的全称，账号和开户行照着合同填。钱一般最慢三个工作日到，路上可能经过一两家转手的银行，这种叫中间行，它们有时会扣一点手续费，所以到对方手里可能略少一点。"),
            C("哦，就是路上过手的银行。", overlap=0.5),
            A("对。另外提个醒：收款账户只认合同上那个公司账户。要是突然有邮件或者微信说对方换了账号，先打电话给供货商本人问清楚，汇款一到了国外，再往回追可就费劲了。"),
            C("明白，去年我们这条街就有人碰上过。"),
            A("那就好，您看还有哪样要办？"),
            C("没了，斯巴西巴，谢谢你。"),
            A("不客气，多谢来电，生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw11_elderly_shaoyang_wugang_braised_tofu_seller_cash_for_grandson_car_fast_agent_no_fraud_advice",
        "title": "七十七岁老年客户（邵阳武冈口音，街上卖卤豆腐）说孙子回来讲买车差五万首付，要取五万现金送去，问卡里够不够、怎么取；坐席全程以约一点六倍语速说话；以身份证号码最后四个数加开户网点核身；余额六万七千四百元，提前一天预约；老人说没听清，坐席仍快速重复；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12005", "customer_tier": "elderly",
        "started_at": "2029-12-17T08:36:44", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A12005"]),
            C("喂，妹子，我是邵阳武冈的，七十七了，在街上卖卤豆腐。我孙崽前天回来讲要买车，差五万块首付，叫我取现金给他送过去。我卡里够不够五万？要怎么取？"),
            A("好的奶奶，查余额前要先对一下您是不是本人，请您讲一下身份证号码最后四个数，再讲讲这张卡当初在哪家网点办的。"),
            C("最后四个是八八一二，在武冈城里那个网点开的。"),
            A("核对通过，卡里一共六万七千四百元，够五万。五万块的现金，得前一天先电话约上，隔天带着身份证和卡去柜台取。"),
            C("你讲得好快咯，我冇听清，要提前几天？"),
            A("头一天电话约，隔天拿身份证和卡到柜台。"),
            C("晓得了，提前一天。"),
            A("奶奶另外有事没有？"),
            C("冇得了。"),
            A("好的，多谢奶奶打这个电话，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.elderly_fraud_advice", "七十七岁老年客户要取五万现金给孙子买车，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "aw12_qujing_xuanwei_ham_workshop_instalment_early_payoff_fee_asked_thrice_rebuff",
        "title": "曲靖宣威做火腿的客户去年用信用卡分二十四期买烤房设备，想一把还干净，问提前还要收多少钱；以身份证号码最后那四个数字加信用卡额度核身；坐席两次含糊（点提前结清就行、合同上都有写），客户第三次问；坐席说“我又不是管收费的，这个不归我管，你冲我急也没有用”；客户平静，坐席才说八百四十元；简短但完整收尾",
        "business_type": "card", "agent_id": "A12001", "customer_tier": "standard",
        "started_at": "2029-12-18T13:52:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A12001"]),
            C("喂，你好，我是曲靖宣威的，做火腿的。去年用信用卡分二十四期买了台烤房的设备，今年火腿卖得好，手上有余钱了，想一把还干净，提前还要收好多钱？"),
            A("提前结清分期这事，先把您的身份对上号：身份证上十八位号码里最后四位，还有这张信用卡的额度。"),
            C("最后那四个是六二四七，额度八万。"),
            A("核好了。提前还是可以的，在手机银行分期那一栏里点提前结清就行。"),
            C("那提前结清要收好多钱嘛？"),
            A("费用的事，合同上都有写。"),
            C("合同我找不着了。这是我第三回问你了，提前还到底要收好多钱？",
              marks=[mark("resolution.repeated_question", "提前结清的费用问到第三遍仍没有答复")]),
            A("我又不是管收费的，收费这摊子轮不到我管，你冲我急也没有用。",
              marks=[mark("etiquette.forbidden_phrase", "不归我管、你冲我急也没有用"),
                     mark("emotion.agent_negative", "生硬推诿，语气不耐烦")]),
            C("我又没急，只想要个准数。"),
            A("剩下还没摊的分期手续费一次收完，一共是八百四十元，跟本金一起扣。"),
            C("八百四就八百四，我今天就整。"),
            A("嗯。别的呢？"),
            C("没得了。"),
            A("谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw13_guigang_lotus_root_grower_payment_and_balance_no_check_line_dropped",
        "title": "贵港种莲藕的客户问南宁批发市场老板转的藕钱到没到、卡里共有多少，坐席从头到尾未做任何身份核验，先报出到账时间、金额和付款方，又报出余额；客户接着问明天能不能在镇上柜员机取两万，通话随即结束，坐席没有作答也没有结束语",
        "business_type": "account", "agent_id": "A12003", "customer_tier": "standard",
        "started_at": "2029-12-19T17:25:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A12003"]),
            C("喂，你好，我系贵港嘅，种莲藕。南宁批发市场有个老板讲前日已经转咗藕钱畀我，我想问下到咗未，到咗几多？"),
            A("到了，前天夜里八点零五分，南宁一家农产品公司转进来两万六千四百元。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出到账时间、金额和付款方")]),
            C("好。咁我卡里而家总共几多钱？"),
            A("现在卡里一共五万一千零三十元。",
              marks=[mark("identity.not_verified", "未核验即说出余额")]),
            C("咁我听日可唔可以喺镇上嘅柜员机取两万？",
              marks=[mark("closing.abnormal_hangup", "客户发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "aw14_short_credit_card_auto_full_repayment_question",
        "title": "客户问信用卡能否设自动全额还款，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；开场白完整；一般咨询，无需核身",
        "business_type": "card", "agent_id": "A12004", "customer_tier": "standard",
        "started_at": "2029-12-20T12:04:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A12004"]),
            C("信用卡能设成自动全额还款吗？"),
            A("能，在手机银行上开。还有吗？"),
            C("没了。"),
            A("谢谢您，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "aw15_bozhou_herb_trader_fake_transfer_screenshot_overpayment_refund_stopped_ch1",
        "title": "亳州药材市场卖白芍的客户说广东买家发来三万八的转账截图、称多打两万要她先退到另一个账户（未用风险词的假截图退多付款诈骗）；以身份证号码尾号那四位加最近一次转账收款人核身；坐席查明没有任何款项进来或在途，识破并劝阻（不退不发货、向九六一一零反映、以实际到账为准）；客户在坐席说完前零点五秒接话（非坐席插话）；客户自己说“俺这人疑心重”；完整收尾（坐席在声道一）",
        "business_type": "account", "agent_id": "A12005", "customer_tier": "standard",
        "started_at": "2029-12-21T15:17:36", "agent_channel": 1,
        "turns": [
            A(OPENING["A12005"]),
            C("喂，俺是亳州的，在药材市场卖白芍。有个广东的老板跟俺订了一万八的白芍片，刚给俺发了个转账截图，上面写的是三万八。他说手一抖多打了两万，叫俺先把多的两万退到他公司另一个账户上，还说跨行到账慢，钱晚一点就到俺卡上。俺卡上还没见着钱，想问问这三万八是不是在路上了？",
              marks=[mark("risk.keyword_alert", "假转账截图、称多付要求先退款的诈骗情形（未用风险词）")]),
            A("这得翻您的卡，先对一下是不是您本人在打：身份证号码尾号那四位，再说说您最近一次转账是转给谁的。"),
            C("尾号四位是二五九一，最近一回是转给俺弟弟的，叫刘长顺。"),
            A("对上了。我看了，今天没有任何一笔钱打进您的卡，也没有哪笔钱在途中。跨行转账现在基本都是实时到，不存在晚到半天的事。这种先发截图、再说多打了叫您退钱的，专门冲着做生意的人来，截图是假的。两万千万别退，货也先别发。"),
            C("哎哟，俺就说咋恁巧呢。", overlap=0.5),
            C("那他再催俺咋弄？"),
            A("就说钱到账了再说。他那个电话和那个退款账户，您可以打九六一一零反映一下。以后做生意，一律以自己卡上实际到的钱为准，截图不算数。"),
            C("中，俺记住了。俺这人疑心重，不是不信恁，就是想弄个清楚。"),
            A("问得对。另外还有事要我办不？"),
            C("没了，谢谢恁。"),
            A("应该的，亏得您先来核实一下，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw16_longnan_wudu_olive_oil_workshop_business_loan_early_repay_music_no_notice_jargon",
        "title": "陇南武都开榨橄榄油小作坊的客户想提前还一部分三十万经营贷；以身份证号码最后四位加每月还贷扣款日核身；客户问怎么办手续后坐席未作任何告知即播放等待音乐（回来后致谢）；坐席满口贷款术语（按月付息到期还本、贷款市场报价利率加六十个基点、提前还款申请审批、借据、违约金、重新生成还款计划）不解释，客户说听得糊里糊涂；完整收尾",
        "business_type": "account", "agent_id": "A12002", "customer_tier": "standard",
        "started_at": "2029-12-24T10:09:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A12002"]),
            C("喂，你好，我是陇南武都的，开了个榨橄榄油的小作坊。前年在你们行贷了三十万的经营贷，今年油卖得不错，想提前还掉一部分，咋办呢？"),
            A("您想提前还一部分经营贷，我给您捋一捋。先验一下是本人在打电话：身份证号码从第十五位数到末位，再报一下您每个月还贷扣款的日子。"),
            C("最后四位七五零三，每个月二十号扣。"),
            A("对上了。"),
            C("那我提前还，要咋个办手续？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("谢谢您稍等。您这笔是按月付息、到期还本，执行利率是贷款市场报价利率加六十个基点，提前还本要先发起提前还款申请，审批通过后按借据约定计收违约金，剩余本金重新生成还款计划。",
              marks=[mark("etiquette.jargon", "按月付息到期还本、贷款市场报价利率、基点、提前还款申请审批、借据、违约金、还款计划，未向客户解释")]),
            C("你说的啥基点、借据，我听得糊里糊涂的。那到底要不要多掏钱？"),
            A("看合同约定。您带身份证到网点柜台，说办提前还款就行。"),
            C("哦，那我哪天去网点问吧。"),
            A("好。还剩啥要办不？"),
            C("没了。"),
            A("感谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw17_langfang_xianghe_furniture_seller_sim_swap_card_emptied_police_jargon",
        "title": "廊坊香河家具城卖沙发的客户手机突然没信号，营业厅说有人用假身份证在外地补办了他的手机卡，卡里四万八被转走（已报警）；坐席因手机号不安全不发验证码，改以身份证号码最后四位加最近一次转账对象和金额核身；坐席报出三笔快捷支付转出并满口处置术语（止付、快捷支付协议解约、调单、争议交易、协查函、对手账户）不解释，客户说一句也没听明白；完整收尾",
        "business_type": "account", "agent_id": "A12001", "customer_tier": "standard",
        "started_at": "2029-12-26T09:03:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A12001"]),
            C("喂，我是廊坊香河的，在家具城卖沙发。昨儿夜里手机一下子没了信号，今天一早去营业厅才知道，有人拿假身份证在外地把我的手机卡补办走了。刚才我一查，卡里四万八让人转走了！警我也报了。",
              marks=[mark("risk.keyword_alert", "手机卡被他人补办、卡内四万八被转走、已报警")]),
            A("您先稳住。您的手机号眼下不安全，我不往上面发验证码，换个法子核对本人：身份证号码最后四个号儿，再说说您最近一次转账是给谁转的、转了多少。"),
            C("最后四位零六三八，最近一回是上礼拜给我表哥转了三千。"),
            A("核对好了。今天凌晨一点到两点，您卡上通过快捷支付转出去三笔，一共四万八。我这边先给您做止付，解除快捷支付协议，后续给您调单，走争议交易流程，等公安出具协查函以后配合冻结对手账户。",
              marks=[mark("etiquette.jargon", "止付、快捷支付协议、调单、争议交易流程、协查函、对手账户，未向客户解释")]),
            C("你说的啥止付、调单、协查函，我一句也没听明白。那我的钱到底能不能回来？"),
            A("您按流程等通知就行，有进展会联系您。"),
            C("那这张卡往后还能刷不？"),
            A("这张卡已经止付了，暂时不能用。手机卡您先去营业厅挂失补回来。"),
            C("行，那我先去营业厅。"),
            A("好的。别的方面还用我做点啥？"),
            C("没了。"),
            A("这趟麻烦您了，谢谢，祝您顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw18_luan_huoshan_dendrobium_grower_net_value_product_music_hold_clean",
        "title": "六安霍山种石斛的客户卖鲜条攒了二十五万想买理财，先说最烦说稳赚不赔的（非负面情绪）；以身份证号码最末四个数加上月信用卡还款额核身；告知后播放等待音乐并致谢；客户在坐席说完前零点五秒接话问申购费（非坐席插话）；当场解释净值型和申购费（非术语违规）；用自己的话讲清不是存款、不受存款保险保障、本金收益不保、可能少于投入、以前收益不代表以后、风险等级与测评相符，建议先放十万并读完说明书和风险揭示书；完整合规",
        "business_type": "wealth", "agent_id": "A12006", "customer_tier": "VIP",
        "started_at": "2029-12-27T14:40:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A12006"]),
            C("你好，我是六安霍山的，种石斛的。今年卖鲜条落下二十五万，想拿一部分买理财。先说好，我最烦那些说稳赚不赔的，你给我讲实在话。"),
            A("好，讲实在的。动您账户前，先请您过一下本人核对：身份证号码压在队尾的四个数，还有上个月您的信用卡还了多少钱。"),
            C("最末四个是一三七九，上个月信用卡还了四千二。"),
            A("对上了。我在系统里给您挑两款合适的，要不了半分钟，这会儿您会听到一段音乐，听筒您拿着。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("音乐停下了，多谢您等。有一款中低风险的净值型产品，净值型就是它每天的价格跟着市场涨跌，每周可以赎回一次，申购费是零，"),
            C("申购费是啥意思？", overlap=0.5),
            A("申购费就是买进去时收的手续费，这款不收。我得跟您交底：理财和存款不是一回事，不在存款保险的范围里，本金和收益都不保证，碰上市场往下走，赎回来的钱可能比投进去的少。以前挣多少，只算以前的账，往后是往后。这款评的是二级风险，跟您去年做的测评结果匹配。我的意思是头一回先投十万，余下的十五万放活期备用，买之前把产品说明书和风险揭示书仔细看完。"),
            C("你这样讲我反而放心。那就先放十万。"),
            A("好的，手机银行上看完两份文件再点购买就行。资金的事还有别的想商量吗？"),
            C("没了，谢谢你。"),
            A("不客气，谢谢您把钱交给我们打理，祝石斛丰收，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw19_elderly_bama_fake_procurator_safe_account_stopped",
        "title": "八十六岁老年客户（河池巴马口音）说有人自称检察院来电，称她的卡涉及洗钱案，不许告诉任何人，要把九万转到安全账户核查，下午三点再打来教她转（冒充公检法安全账户诈骗，客户来问怎么转）；坐席识破并劝阻，说明不用动卡也不用查账；客户在坐席说完前零点四秒接话（非坐席插话）；用自己的话给出防诈骗提醒（告诉儿女、挂断、一一零）；完整收尾",
        "business_type": "transfer", "agent_id": "A12004", "customer_tier": "elderly",
        "started_at": "2029-12-28T09:31:25", "agent_channel": 0,
        "turns": [
            A(OPENING["A12004"]),
            C("喂，姑娘，我是河池巴马的，今年八十六了。今天上午有个男的打电话来，讲他是检察院的，讲我的银行卡跟一个洗钱的案子有牵连，叫我不要跟任何人讲，要把卡里九万块钱转到一个安全账户上去查一查，查清楚了再退回来。他讲下午三点再打来教我转。我不会转，想问问你们要怎么转。",
              marks=[mark("risk.keyword_alert", "冒充检察院要求把存款转入安全账户的诈骗情形")]),
            A("奶奶，这个钱一分都不能转。检察院、公安局从来不会打电话叫人转钱，也根本没有什么安全账户，打电话的人是冒充的骗子。这件事用不着动您的卡，我也不用查您的账。"),
            C("那他下午还要打来。", overlap=0.4),
            A("他再打来，您什么都别说，直接把电话挂了。他叫您别跟人讲，正是怕您去问，这件事您一定跟儿女说一声。要是他还缠着您，拨一一零报警。"),
            C("好，我这就打电话给我儿子。"),
            A("对。往后凡是电话里叫您转钱、报卡号、说验证码的，不管他讲自己是哪里的，都先别理，问过家里人或者我们再说。"),
            C("晓得了，谢谢你姑娘。"),
            A("奶奶，还有啥不放心的？"),
            C("冇得了。"),
            A("好，谢谢奶奶先打来问，祝奶奶长寿安康，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aw20_elderly_qinhuangdao_changli_grape_grower_new_card_documents_fee_clean",
        "title": "八十岁老年客户（秦皇岛昌黎口音，种葡萄）想再开一张卡专收酒厂的葡萄钱，问要带什么、他行转来收不收手续费；坐席说本人身份证原件加本人名下手机（正确），柜台跨行千分之五、一万块收五十块（正确），说明是问规矩不涉及账户、不用核身；用自己的话给出防诈骗提醒；完整合规",
        "business_type": "account", "agent_id": "A12002", "customer_tier": "elderly",
        "started_at": "2029-12-28T15:50:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A12002"]),
            C("喂，闺女，俺是秦皇岛昌黎的，八十了，种葡萄。俺想再开一张卡，专门收酒厂给的葡萄钱。开卡得带嘛东西？"),
            A("大爷，开卡得您本人带上身份证原件，再带上您自己名下的手机，开卡时要往这个手机上发短信。您这是问办事的规矩，不涉及您的账，不必验您的身份。"),
            C("俺那手机是俺自己的，中。还有，酒厂要是在柜台给俺转，从别的银行转过来，要不要扣手续费？"),
            A("收手续费的是汇款的那一方。柜台上往外行转，费率千分之五，一万块收五十块。酒厂那边转给您，您这边收钱不花钱。"),
            C("那还行。"),
            A("大爷，再叮嘱您一句：开了新卡，卡和密码都自己收好，不管谁打电话说是银行的、酒厂的，叫您报密码、念手机里收到的那串数，或者叫您先交钱，都别信，拿不准就让孩子帮着问一下。"),
            C("中，俺记着了。"),
            A("大爷，还有啥要跟我打听的？"),
            C("没了，谢谢闺女。"),
            A("不客气，谢谢大爷打电话来，您保重，再见。"),
        ],
        "violations": [],
    },
]

HELDOUT37_SEED = 20290523
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT37_CALLS, agents=AGENTS, default_out=Path("samples/heldout37"),
                  seed=HELDOUT37_SEED, description=__doc__))
