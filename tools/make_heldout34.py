#!/usr/bin/env python3
"""Render the thirty-fourth held-out evaluation set in samples/heldout34/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never looked at
another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, the READMEs of
heldout31 and heldout32 (and of heldout23-30 only the passage naming their topics and regions),
tools/README.md, make_heldout32.py (the machinery copied), make_samples.py, telephone.py,
clause_overlap.py, and of rules/bank_zh.kb.yaml only the titles and facts (to keep stated figures right
and plant two wrong ones). Every script step is worded differently from samples/ and the other held-out
generators (no clause of five characters or more is shared, in either direction, with make_samples.py
or any make_heldout*.py): other agents (A11701-A11706) with their own openings, other verification
routes (the town of the last cash-machine withdrawal, last month's electricity direct debit, how many
cards the customer holds with the bank, the last six digits of the card number, the office landline
given on the credit-card application, a security question set in the app, a one-time code keyed in on
the phone pad, the monthly mortgage debit, the village written on the ID card, the mobile-banking login
name, the home landline, the name of the last wealth product bought, this month's credit-card bill, the
picture printed on the card face, the country of the last incoming remittance, the education level on
file; the ID digits asked in new words, once as the third to sixth digits), other hold, warning,
disclosure and closing phrasings, topics the heldout23-32 sets did not use and dialect-flavoured
customers from regions none of them used (Longyan (Hakka), Wuzhou, Zhoushan, Changde, Changzhou, Anji
(Huzhou), Leshan, Baise, Wuhu, Yancheng, Ji'an, Sanya, Xianning, Tongren, Qingyuan, Nanchong, Pu'er,
Suizhou, Ma'anshan; the Longyan, Ji'an and Xianning customers are elderly). The layout is not the
earlier sets': the violations sit at other call numbers and in other combinations, three calls are
clean and two only alert (at04, at09), the agent is on channel 1 in at05 and at16, and the risky situations are a
"like videos for rebates" task scam, a fake boss on a new chat account, a stranger's "mistaken" transfer
to be returned to another account, a homestay-brand franchise fee to an agent's personal card and a
wealth product sold as if it were a deposit.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms, a fraud stopped by the agent,
customers who start before the agent has finished, terse but complete closings.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout34.py
    /work/tts-venv/bin/python tools/make_heldout34.py --only at09_wuhu_hardware_bookkeeper_fake_boss_new_chat_account_stopped
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
#   order. at05 opens with a bare "喂，什么事？" (greeting.missing and staff_id_missing); at15 greets,
#   names the bank and offers help with no number (staff_id_missing);
# - identity: a check (ID digits + one more fact on file, or a code keyed in) before any account data
#   or account action. identity.not_verified = each agent turn that discloses account data before a
#   check: at02 (the supermarket payment read out at once; the check comes only before the balance:
#   one label), at17 (a buyer's payment and then the balance, no check ever: two labels). General
#   information (at07 opening a second account, at19 binding a card to a wallet app) needs none; at09
#   stops a fraud and touches no account data;
# - risk.disclosure_missing: at06 (a one-year wealth product sold as 跟存定期差不多, no disclosure at
#   all), at12 (100,000 franchise fee to a "regional agent's" personal card, nothing but how to
#   transfer). Warnings and disclosures in the agent's own words count (at03 abroad, at14 wealth, at04,
#   at09 and at16 frauds);
# - risk.keyword_alert: at04 (被骗 after a task scam), at09 (a fake boss on a new chat account, no risk
#   word), at16 (a stranger's "mistaken" transfer and a threat to report her to the police);
# - risk.elderly_fraud_advice: at01 (81, takes 60,000 in cash home), at13 (84, moves 80,000 by mobile):
#   no advice. at11 (77) carries it;
# - emotion.customer_negative: at08 (投诉 over the agent's manner), at10 (投诉 over a cash-deposit
#   machine). at14's 我也没去投诉 and at11's 我也没得办法 are the customers' calm words: not labelled;
# - emotion.agent_negative: at08 (with a forbidden phrase), at20 (impatient, no taboo phrase);
#   etiquette.forbidden_phrase: at08 (我哪管得着, 要闹你随便闹);
# - etiquette.jargon: at03 (remittance terms), at18 (foreign-exchange terms), never explained; at07's
#   二类户 and at14's 净值 / 持有期 are explained on the spot: not jargon;
# - etiquette.interruption: at10 (1.0 s, the angry customer mid-sentence), at12 (1.1 s). at09 and at16:
#   the customer starts before the agent has finished;
# - etiquette.dead_air: at02 (10 s after the question about a second payment), at16 (10 s);
# - hold: announced holds in other words count (at11 silent, at12 silent, at14 music, at18 a long music
#   one; all thanked). at01 and at15: music straight after the customer's words, no notice
#   (hold.no_notice; both thanked afterwards);
# - answer.wrong_fact: at03 (abroad 十个工作日; the facts say one to three working days), at13 (mobile
#   一笔最多十万; the facts say 50,000; the same turn's 二十万 a day is right). Right figures stay
#   unlabelled (at05's 三百元, at09's 五万块 / 二十万元, at12's 五万, at13's 二十万);
# - resolution.repeated_question: at20 (when the refund comes back, asked a third time);
# - closing: at10 ends with a follow-up promise (closing.missing); at20 ends when the line drops right
#   after the customer's question (closing.abnormal_hangup, closing.missing); terse but complete
#   closings elsewhere (at05, at08, at15, at19);
# - handling.time_standard: at18 (a balance enquiry over the 3-minute standard: a long announced music
#   hold) and at19 (a card call under the 20 s minimum);
# - etiquette.speech_rate: the agent at 1.6x (at06);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11701": {"team": "一线东组", "staff_no": "六三零八"},
    "A11702": {"team": "一线东组", "staff_no": "一九四五"},
    "A11703": {"team": "一线西组", "staff_no": "八二六七"},
    "A11704": {"team": "一线西组", "staff_no": "四零五一"},
    "A11705": {"team": "一线西组", "staff_no": "二八三九"},
    "A11706": {"team": "二线财管专席", "staff_no": "九五七二"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11701": "您好，恒通银行，接听人六三零八号，您遇到啥情况，慢慢讲来？",
    "A11702": "恒通银行，您好！一九四五号客服正在线上，今天要办哪一项？",
    "A11703": "您好，这是恒通银行的电话坐席八二六七，您请说说需求。",
    "A11704": "恒通银行应答席，您好，四零五一号接起，您这边什么情况？",
    "A11705": "您好呀，恒通银行，我是客服二八三九，需要点什么帮助，您直说就好。",
    "A11706": "您好，恒通银行私行财富席位，理财师九五七二接的电话，今天想了解哪方面的打算？",
}

HELDOUT34_CALLS = [
    {
        "call_id": "at01_elderly_longyan_hakka_land_compensation_cash_music_no_notice_no_fraud_advice",
        "title": "八十一岁老年客户（龙岩客家口音，住土楼）查村里修路的征地补偿款九万六到账没有，打算取六万现金放家里；以身份证号码最尾上四个号加最近一次取款的取款机所在镇核身；客户问能否一次取完后坐席未作任何告知即播放等待音乐（回来后致谢）；全程没有防诈骗提醒",
        "business_type": "account", "agent_id": "A11701", "customer_tier": "elderly",
        "started_at": "2029-09-03T09:06:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A11701"]),
            C("喂，妹子，涯系龙岩的，涯八十一岁啰，住在土楼里头。村里修公路，征了涯屋家两亩田，讲补偿款打到涯卡上了，涯想问问到了冇。"),
            A("阿公好，您是想看看修路征地的补偿款进账没有，是吧？这是您卡上的事，得先确认是阿公本人：身份证号码最尾上四个号念给我听，再讲讲您最近一回是在哪个镇上的取款机取的钱。"),
            C("最尾上四个号系三七一五，上个月在湖坑镇取的。"),
            A("对得上，谢谢阿公。补偿款前天到的，一共九万六千元，付款的是镇上的财政所。"),
            C("到了就好。涯想拿六万块现钱放屋家，过年分给几个孙子，一次取得完冇？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户问完坐席未作任何告知即播放等待音乐")]},
            A("阿公，让您干等，谢谢。我刚问了，六万块一次取得了，不过要先打电话给网点约好，隔一天揣着身份证跟卡去柜台拿。"),
            C("好，叫涯孙子骑摩托车载涯去。"),
            A("行的。阿公，旁的事还有冇？"),
            C("冇了冇了。"),
            A("好，多谢阿公来电话，祝阿公福气满满，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "八十一岁老年客户要取六万现金放家里，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "at02_wuzhou_guiling_jelly_workshop_supermarket_payment_read_before_check_dead_air",
        "title": "梧州开龟苓膏作坊的客户问广州连锁超市的货款到了没有：坐席未核身即报出到账时间、金额和付款方；客户再问余额时才以身份证号码排在最后的四个数加上月代扣电费核身；客户问另一笔货款后双方无声十秒；其余合规",
        "business_type": "account", "agent_id": "A11702", "customer_tier": "standard",
        "started_at": "2029-09-04T10:22:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A11702"]),
            C("喂，你好，我系梧州嘅，屋企开龟苓膏作坊。广州一家连锁超市话昨日已经打咗货款过来，你帮我睇下到咗未？"),
            A("我看看，到了，昨天下午三点进来一笔三万六千八百元，付款方是广州那家超市的公司账户。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出到账时间、金额和付款方")]),
            C("好彩到咗。咁卡里而家一共有几多钱？"),
            A("报总数前要把身份对清楚：身份证号码排在最后的四个数，另外讲一下上个月从这张卡代扣的电费是多少。"),
            C("最后四个系零八五二，电费系四百三十几蚊。"),
            A("核对无误。卡里现在一共五万二千一百一十元。"),
            C("咁仲有一笔，佢话上个月那批货都会一齐打过来，系咪冇到？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？仲喺度吗？"),
            A("在的。上个月那批没看到进账，只有昨天这一笔，建议您跟超市的财务对一对付款日期。"),
            C("好，我问下佢。"),
            A("可以的。今天另外还有要我查的吗？"),
            C("冇啦，唔该。"),
            A("不客气，劳烦您打这个电话，谢谢，祝龟苓膏越卖越旺，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at03_zhoushan_squid_boat_usd_fish_finder_japan_jargon_wrong_arrival_time",
        "title": "舟山有条鱿钓船的客户要汇两万六千美元给日本厂家买探鱼仪；以身份证号码最后那一小撮四个数加名下在本行的卡数核身；坐席满口汇款术语（环球同业电文、中间行、全额到账、国际收支申报、交易编码）不解释，客户说听不懂；把到账时间说成十个工作日（知识库为一至三个工作日）；跨境汇款风险提示用自己的话讲到",
        "business_type": "transfer", "agent_id": "A11703", "customer_tier": "standard",
        "started_at": "2029-09-05T14:31:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A11703"]),
            C("喂，侬好，阿拉舟山的，屋里有条钓鱿鱼的船。想从日本一家厂里买台探鱼仪，两万六千美金，合同已经落笔了，钞票要汇到伊拉公司账户，哪能汇法？"),
            A("您要给日本的厂家汇两万六千美元买探鱼仪，收款的是他们公司的账户，对吧？动手汇之前，先请您报两样东西验身份：身份证号码最后那一小撮四个数，再说说您名下在我们行一共有几张卡。"),
            C("最后四个数六零四九，卡么两张，一张储蓄卡一张信用卡。"),
            A("核对过了。手机银行首页找跨境汇款那一栏，收款人填厂家的英文全称和账号，收款行填它开户银行的名字和代码。"
              "这笔走环球同业电文，中间行可能扣费，要全额到账就选我方付费，国际收支申报的交易编码选货物贸易项下。",
              marks=[mark("etiquette.jargon", "环球同业电文、中间行、全额到账、国际收支申报、交易编码，未向客户解释")]),
            C("侬讲的这些阿拉一句也没听懂，反正照页面上填是伐？"),
            A("对，照着页面一项项往下填。"),
            C("噢。那钞票几天到日本？"),
            A("外汇过去，差不多得十个工作日才落到日本那边。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一至三个工作日（知识库），坐席说成十个工作日")]),
            C("要半个月啊，好好，阿拉等得起。"),
            A("汇之前再叮嘱您：收款账户一定要是这家厂自己的公司账户，名字跟合同上一个字都不能差；要是对方突然发邮件讲换了账户，先照合同上的电话打过去问清楚。钱汇到了海外，追讨起来费劲得很。"),
            C("晓得了，阿拉先打电话问一问。"),
            A("好。其他方面还有想问的吗？"),
            C("没了，谢谢侬。"),
            A("不客气，多谢来电，祝您出海满舱，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at04_changde_nail_technician_video_like_rebate_task_scam_swindled",
        "title": "常德做美甲的客户被“点赞返现”刷单群骗：先给小额返利，后以“联单任务”为由让她往三个个人账户转了一万二千六，现在又要她再交两万才能“解单”（被骗）；以身份证号码最后面四个字码加卡号最后六位核身；坐席核对三笔转账、报反诈中心、劝她别再交钱并立即报警，完整合规",
        "business_type": "transfer", "agent_id": "A11705", "customer_tier": "standard",
        "started_at": "2029-09-06T19:12:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11705"]),
            C("喂，我常德的，做美甲的。我好像被骗了！一个群里讲给视频点赞一个给五块钱，头几回真的返了钱，后来讲要做联单任务，要先垫钱，我往三个人的卡上一共转了一万二千六，现在又讲我操作错了，要再交两万才能把钱退给我。",
              marks=[mark("risk.keyword_alert", "被骗：点赞返现刷单诈骗，已转出一万二千六")]),
            A("您先别慌，那两万千万别再交。您是在一个点赞返钱的群里，先尝了甜头，后来垫了一万二千六，现在对方又要两万，对吧？"
              "我先把这几笔转账找出来，要确认一下是您本人：身份证号码最后面四个字码，还有这张卡卡号的最后六位。"),
            C("最后四个是四一零八，卡号最后六位是六六二零三九。"),
            A("核对好了。我看到三笔：前天晚上两千六，昨天中午四千，昨天晚上六千，收款的是三个不同名字的个人账户。"),
            C("就是这三笔，那还追得回来冇得？"),
            A("我现在就把这三个收款账户报给反诈中心，请他们尽快拦截，但追不追得回，得看公安那边查得怎么样，我不敢给您打包票。"
              "您挂了电话马上打一一零，或者直接去派出所，把对话截图、转账截图都带上。那个群先别退，也别再跟对方讲您已经报警。"),
            C("好，我晓得了，我等下就去派出所。"),
            A("往后凡是讲点个赞、做个任务就能赚钱，又要您先垫钱的，一律是骗局，一分都不要转。您还有什么要我办的吗？"),
            C("冇得了，谢谢你啊。"),
            A("不用谢，报警报得及时，幸好您打来得早，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at05_no_greeting_changzhou_dinosaur_costume_maker_gold_card_fee_agent_ch1",
        "title": "常州恐龙园旁边做恐龙服装的客户问金卡为什么扣了年费；坐席以“喂，什么事？”接起，无问候、行名、工号、服务用语（客户问了才确认是恒通）；以身份证号码第三到第六位加办卡时填的单位座机后四位核身；年费一年三百元（正确），去年刷卡次数不够所以照扣；简短但完整收尾（坐席在声道一）",
        "business_type": "card", "agent_id": "A11704", "customer_tier": "standard",
        "started_at": "2029-09-07T11:45:52", "agent_channel": 1,
        "turns": [
            A("喂，什么事？"),
            C("喂，是恒通银行伐？我常州的，在恐龙园旁边做恐龙的演出服装。我这张金卡这个月扣了年费，我去年刷了蛮多回的，这是啥个讲法？"),
            A("嗯，是恒通。年费要看您的账，先核一下：身份证号码的第三到第六位，还有办卡时填的单位座机最后四个数。"),
            C("第三到第六位零四零二，单位座机最后四个八八一六。"),
            A("核对通过。金卡每年收三百元的年费，一年里刷满十二次，来年年费自动减免。您去年一共刷了九次，差三次，所以这回照常扣了。"),
            C("噢，差三回啊，那今年我多刷刷。"),
            A("对，今年刷满十二次，明年这三百块就不用交了。别的还要我看吗？"),
            C("不用了，谢谢。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，什么事：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "at06_anji_white_tea_grower_fixed_income_plus_product_fast_agent_no_disclosure",
        "title": "湖州安吉种白茶的客户有四十万闲钱想买收益高的产品；坐席全程以约一点六倍语速说话；以身份证号的殿后四位加手机银行安全问题（最爱吃的菜）核身；推荐一年封闭的固收增强理财，只讲收益，说“跟存定期差不多”，没有任何风险揭示，客户下单三十万",
        "business_type": "wealth", "agent_id": "A11706", "customer_tier": "VIP",
        "started_at": "2029-09-10T10:03:26", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11706"]),
            C("你好，我湖州安吉的，种白茶的。今年茶叶卖得好，手上有四十万闲着，想放点收益高一点的，你帮我推荐推荐。"),
            A("好的，四十万想找收益高些的。下单前过一遍身份：身份证号的殿后四位，再答一下您在手机银行设的安全问题，您最爱吃的一道菜。"),
            C("殿后四位是二三零七，最爱吃的是笋干老鸭煲。"),
            A("核对通过。给您推荐一款固收增强的理财，去年做到了百分之五点八，比定期高出一大截，封闭一年，一万块起投。"),
            C("百分之五点八，那蛮好。这个跟存定期一样稳当的吧？"),
            A("差不多的，您就当存一年定期，利息多一点。放三十万的话，一年能多拿好几千。"),
            C("那好个，我就放三十万。"),
            A("好，我这边给您下单三十万，您在手机上按个确认。还想了解别的吗？"),
            C("没有了。"),
            A("好，多谢您捧场，祝茶园年年丰收，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "理财产品说成跟存定期差不多，没有任何风险揭示，客户下单三十万")],
    },
    {
        "call_id": "at07_leshan_bobo_chicken_stall_second_account_documents_clean",
        "title": "乐山卖钵钵鸡的客户想再开一张卡专收摊位的钱，问要带什么：本人有效身份证件加本人名下的手机（正确）；一般咨询，坐席说明不涉及账户无需核身；当场解释二类户（非术语违规）；完整合规",
        "business_type": "account", "agent_id": "A11701", "customer_tier": "standard",
        "started_at": "2029-09-11T15:18:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11701"]),
            C("喂，你好，我乐山的，在嘉州长卷那边卖钵钵鸡。想再开张卡专门收摊子上的钱，要带些啥子？"),
            A("新办一张卡，您本人有效的身份证件拿上，再带一部登记在您本人名下的手机就够了，哪个网点都能办。这只是办理须知，跟您账上的钱不搭边，用不着对身份。"),
            C("那柜员会不会讲我卡太多了不给开？"),
            A("您已经有我们行的卡，新开的一般是二类户。二类户您可以把它想成一个副账户，收钱、转账都能用，就是每天往外付钱有个上限，不像主卡那样放得开。"),
            C("哦，懂了，收摊子的钱够用了。开卡要不要钱？"),
            A("开户不收钱。"),
            C("巴适。那我明早就跑一趟。"),
            A("好的，东西带齐就行。别的还要问不？"),
            C("莫得了，谢谢。"),
            A("不用谢，谢谢您问过来，祝摊子红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at08_baise_mango_grower_other_bank_atm_fee_rebuff_customer_complains",
        "title": "百色种芒果的客户问在乡里别家银行的取款机取钱每次扣两块能不能免；以身份证号码靠尾巴的四位加按键输入的短信动态码核身；坐席生硬推诿（我哪管得着……要闹你随便闹）；客户不满要投诉；坐席登记投诉后简短收尾",
        "business_type": "account", "agent_id": "A11703", "customer_tier": "standard",
        "started_at": "2029-09-12T16:27:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11703"]),
            C("喂，你好，我是百色的，在田东种芒果。我们乡里冇有你们恒通的机子，我只能去别家银行的取款机取钱，一回扣两块，一个月扣了十几块，这个能不能免掉？"),
            A("查之前把人对准：身份证号码靠尾巴的四位，然后我给您预留的手机发一条六位的动态码，您别念出来，直接在电话键盘上按进去。"),
            C("靠尾巴四位是五九三一。好，码我按完了。"),
            A("通过了。您这个月在外行取款机取了七回，每回两元，一共十四元。"),
            C("对嘛，乡里就那一台机子，能不能给我免了？"),
            A("收多少是上头定的，我哪管得着？嫌贵就别去那儿取，要闹你随便闹。",
              marks=[mark("etiquette.forbidden_phrase", "我哪管得着、要闹你随便闹"),
                     mark("emotion.agent_negative", "生硬推诿，语气不耐烦，没有给出任何办法")]),
            C("你这是么子讲话？我们乡下人就该多掏钱？你这个态度我很不满意，我要打投诉！",
              marks=[mark("emotion.customer_negative", "很不满意、要投诉")]),
            A("您要投诉，我这边给您登记上，会有人回您电话。"),
            C("你记上就好。"),
            A("别的事呢？"),
            C("冇有了。"),
            A("嗯，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at09_wuhu_hardware_bookkeeper_fake_boss_new_chat_account_stopped",
        "title": "芜湖五金厂的会计说“老板”用新的聊天号加她，称正在跟客户开会接不了电话，让她先用自己的卡转十八万定金给合作方、晚上报销（未用任何风险词的冒充领导诈骗），她来问手机上能不能一次转十八万；坐席识破并劝阻（打老板原来的电话、找同事当面核实），客户当场用座机打给老板证实是假；一笔五万块、一天二十万元（正确）；客户在坐席说完前零点五秒接话（非坐席插话）；不涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A11702", "customer_tier": "standard",
        "started_at": "2029-09-13T09:41:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A11702"]),
            C("喂，你好，我芜湖的，在一家做家具五金的厂里管账。我们老板刚刚换了个新号加我，头像还是他本人，讲他在跟客户开会，电话接不了，叫我先用自己的卡转十八万定金给合作方，晚上回来给我报。我想问手机上能不能一次转十八万？",
              marks=[mark("risk.keyword_alert", "冒充老板的诈骗情形：新聊天号、开会接不了电话、让会计先用私卡转十八万（未用风险词）")]),
            A("这钱您先按住，别急着转。新号加您、说接不了电话、叫您先拿自己的卡垫大钱，这几样凑在一起，正是冒充老板骗财务的老套路。"
              "限额倒是其次，手机上一笔封顶五万块，当天总额封在二十万元。要紧的是先拿他原来存在您手机里的号码打过去，或者找个同事当面问问老板在哪。"),
            C("乖乖，我这就用厂里座机打给他，你等一下。", overlap=0.5),
            C("打通了！老板讲他就在车间里，根本没换过号，也没叫我转钱。乖乖，差点上了当。", gap=5.0),
            A("多亏您先问了一嘴。那个新号请别删，对话截图留着，可以拨九六一一零反诈专线讲一下，也提醒厂里其他同事，别再搭理这个号。"),
            C("好，我这就去跟老板讲。"),
            A("还有哪桩要问？"),
            C("冇了，谢谢你啊。"),
            A("不客气，钱没出门就好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at10_yancheng_breakfast_stall_deposit_machine_kept_cash_angry_interrupt_no_closing",
        "title": "盐城摆早点摊的客户昨晚在存取款一体机存三千元，机器显示交易失败但钱没退出也没进卡；客户不满要投诉；以身份证号码最底下四位加每月自动扣的房贷金额核身；客户还在讲昨晚经过时坐席插话（重叠约一秒）；说明待清机核对，承诺回电，结尾只有跟进承诺，没有询问其他需求、致谢和道别",
        "business_type": "account", "agent_id": "A11704", "customer_tier": "standard",
        "started_at": "2029-09-14T08:36:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A11704"]),
            C("喂，我盐城的！昨天夜里我在你们网点门口那台机子上存三千块，机子讲交易失败，钱也不吐出来，卡里也没进，你们这是搞什么名堂？我很不满意，今天非投诉不可！",
              marks=[mark("emotion.customer_negative", "很不满意、要投诉")]),
            A("三千块存进去没到账，换成是谁都着急。我马上帮您查，查之前先把身份落实：身份证号码最底下四位，再讲一下这张卡每个月自动扣的房贷是多少。"),
            C("最底下四位七二四六，房贷一个月扣三千一百五。"),
            A("核对过了。我看到昨晚九点十四分有一笔三千元的存款记录，状态是待清机核对，钱还在机器里。"),
            C("我就讲嘛，昨晚我在机子跟前站了半个钟头，打你们电话一直占线，早上我还特地跟人换了班，摊子都没出，你们要是再拖下去我这个"),
            A("您放心，清机的时候机器里多出来的钱会对出来，对上了就原数补进您卡里。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一秒")]),
            C("那要等到什么时候？"),
            A("网点一般当天就清机，您的投诉我也一并记下了。我给您加急，核对完我第一时间打电话告诉您。"),
            C("行，那我等你电话。"),
        ],
        "violations": [mark("closing.missing", "只有跟进承诺，没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "at11_elderly_jian_retired_teacher_card_expiring_pension_silent_hold_clean",
        "title": "七十七岁老年客户（吉安口音，退休乡村教师）的储蓄卡下月到期，问养老金还进不进得来、怎么换卡；以身份证号的末四码加身份证住址上的村名核身；告知后静音保留并致谢；换卡卡号不变、养老金照常进账、网点换卡不收钱；坐席用自己的话提醒冒充银行说卡要过期要升级的骗局；客户自己说“我也没得办法”（非坐席禁语），完整合规",
        "business_type": "card", "agent_id": "A11705", "customer_tier": "elderly",
        "started_at": "2029-09-17T10:12:28", "agent_channel": 0,
        "turns": [
            A(OPENING["A11705"]),
            C("喂，妹子，我是吉安的，七十七了，以前在乡里教书。我这张卡上印着有效期到下个月，我的退休金都打在这张卡上，卡一过期，钱还进不进得来？"),
            A("老师您好，您是担心卡到期以后退休金进不来，想问问怎么换卡，对吧？先确认是老师本人：身份证号的末四码，再讲一下身份证住址上写的是哪个村。"),
            C("末四码八零三三，住址写的是钓源村。"),
            A("对上了。我把您这张卡的情况调出来，差不离二十秒，中间电话里没声音，您拿好电话稍等。"),
            {"silence": 7.0, "kind": "hold"},
            A("老师，我回来了，多谢老师候着。您这张卡下个月底到期，换卡以后卡号不变，退休金照样进来。身份证和旧卡一起带去网点，柜台上立等可取，不收钱。"),
            C("那好。手机上这些新名堂我也没得办法，我就去网点。"),
            A("去网点最稳当。老师，再跟您讲一句：要是有人打电话说您的卡要过期了、要升级，让您念卡号、念手机上收到的那串码，或者发个链接让您点，全是设的套。"
              "换卡只在网点办，拿不准就问问家里人，或者打我们这个电话。"),
            C("晓得了，我不理他们。"),
            A("好的。老师还有哪里要问的吗？"),
            C("冇了，谢谢妹子。"),
            A("不客气，谢谢老师打来，祝老师天天舒坦，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at12_sanya_homestay_brand_franchise_fee_agent_personal_card_interrupt_no_warning",
        "title": "三亚海棠湾开民宿的客户要把十万加盟费转到某民宿品牌“区域代理”的个人卡上，合同还没见过；以身份证号尾数那四个加手机银行登录名核身；告知后静音保留并致谢；客户还在讲代理怎么说时坐席插话（重叠约一点一秒）；只讲怎么转（一次五万，正确），全程没有任何风险提示",
        "business_type": "transfer", "agent_id": "A11701", "customer_tier": "standard",
        "started_at": "2029-09-18T13:50:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A11701"]),
            C("你好，我在三亚海棠湾开民宿。有个挺有名的民宿品牌，他们的区域代理加了我，说交十万加盟费，就能挂他们的牌子，平台上给我推流量。我想今天把钱转过去。"),
            A("您要转十万加盟费，对吧？转之前把本人认一认：身份证号尾数那四个，再说一下您手机银行的登录名。"),
            C("尾数四个是一五八六，登录名是海棠湾小屋。"),
            A("核对通过。我查一下您今天还能转多少，十来秒，这会儿电话里静一静，您别挂。"),
            {"silence": 6.0, "kind": "hold"},
            A("辛苦您候了一会儿，谢谢。今天额度是够的。"),
            C("好。那个代理说钱要打到他个人卡上，说公司账户走流程太慢，合同等钱到了再寄给我，他还说这个月名额只剩两个，我就想着早点"),
            A("明白，手机银行里进转账页面，填上他的姓名、卡号、哪家银行开的户。一次能走五万，分两趟过去。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("行，分两回。"),
            A("好的，到账会有短信。还要我帮什么忙？"),
            C("没有了，谢谢。"),
            A("不客气，也谢谢您，祝民宿天天满房，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "十万加盟费在未见合同的情况下转入代理个人卡，全程没有任何风险或防诈骗提示")],
    },
    {
        "call_id": "at13_elderly_xianning_osmanthus_grandmother_mobile_transfer_wrong_single_limit_no_fraud_advice",
        "title": "八十四岁老年客户（咸宁口音，种桂花树）要用手机把八万转给在武汉买房的孙子；以身份证号码落在最后的四个加家里座机后四位核身；坐席说手机一笔最多能转十万（知识库为五万），一天二十万（正确）；全程没有防诈骗提醒",
        "business_type": "transfer", "agent_id": "A11702", "customer_tier": "elderly",
        "started_at": "2029-09-19T09:25:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A11702"]),
            C("喂，我是咸宁的，八十四了，屋后头种了几十棵桂花树。我孙伢在武汉买房子，我想帮他八万块。过年他回来给我手机上装了你们那个银行软件，我想问问，八万块一回转得过去不？"),
            A("奶奶好，您要用手机给孙子转八万块，想知道一次能不能转完，对吧？我们先把奶奶的身份对一对：身份证号码落在最后的四个，再讲一下您家里座机的后四位。"),
            C("最后四个是五二一九，座机后四位是三三八零。"),
            A("对上了。手机上一笔最多能转十万，一整天不超过二十万就行，您八万块一笔就转过去了。",
              marks=[mark("answer.wrong_fact", "手机银行单笔限额应为五万元（知识库），坐席说成一笔最多十万")]),
            C("一笔就行啊，那好，那好。我等下就转。"),
            A("好，转的时候把孙子的卡号和名字填对就行。奶奶旁的还要问么？"),
            C("冇得了，谢谢伢。"),
            A("不客气，多谢奶奶来问，祝奶奶桂花年年香，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "八十四岁老年客户用手机转出八万，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "at14_tongren_fanjingshan_homestay_net_value_product_music_hold_clean",
        "title": "铜仁梵净山脚下开民宿的客户有二十来万想找地方放；以身份证号码的末位四字加上回买的理财名称核身；告知后播放等待音乐并致谢；当场解释净值和持有期（已解释，非术语违规）；用自己的话讲清不是存款、本金收益不担保、可能少于本金、以前的收益不代表以后、不在存款保险范围，建议先放十万并看完风险揭示书；客户自己说“我也没去投诉”（非负面情绪），完整合规",
        "business_type": "wealth", "agent_id": "A11706", "customer_tier": "VIP",
        "started_at": "2029-09-20T14:08:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A11706"]),
            C("你好，我铜仁的，在梵净山脚下开民宿。今年旅游季生意好，手头存下二十来万，想找个地方放着生点钱。上回在别家买的亏了两千，我也没去投诉，认了，这回想找个稳一点的。"),
            A("手头二十来万，想找风险低一些的产品，是吧？头一步是核准身份：身份证号码的末位四字，再说说您上回在我们行买的那款理财叫什么名字。"),
            C("末位四字是九零七四，上回买的叫安盈九十天。"),
            A("都对上了。我把合适的几款找出来，三十秒以内，这中间线上会放一段曲子，劳您听着，线别断。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("曲子停了，多谢您耐心听着。有一款一年持有期的净值型理财比较稳。净值的意思是它没有固定利息，价格每天跟着市场涨落；持有期一年，就是买进去以后满一年才能赎回来。"),
            C("那它会不会也亏？"),
            A("会有可能。先把话说在前面：这东西跟存款是两回事，本金和收益银行都不担保，市场不好的时候，到期手里的钱可能少于本金；以前的收益只说明过去，往后怎样谁也说不准；它也不在存款保险的保障里。"
              "您可以先放十万，另外十万留在手边备用。下单前页面上有风险揭示书，您一条条读过，觉得能接受再签。"),
            C("要得，那就先投十万，到家再细看。"),
            A("好，想清楚了再点确认。钱上面还有别的打算要商量吗？"),
            C("没得了，谢谢。"),
            A("不客气，谢谢您信任，祝民宿客满，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at15_qingyuan_chicken_farmer_credit_card_autopay_failed_no_staff_no_music_no_notice",
        "title": "清远养鸡的客户信用卡本月自动还款没扣成；开场白有问候、行名和服务用语但不报工号；以身份证号后面四个数加本期账单金额核身；客户问为什么没扣后坐席未作告知即播放等待音乐（回来后致谢）；原因是扣款日储蓄卡余额不足；简短但完整收尾",
        "business_type": "card", "agent_id": "A11702", "customer_tier": "standard",
        "started_at": "2029-09-21T17:33:02", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，今天要办哪项业务，您请讲。"),
            C("喂，我系清远嘅，养走地鸡。我张信用卡设咗自动还款，今朝收到短信话冇扣到，点解会咁？"),
            A("头一桩对身份：身份证号后面四个数，还有这一期账单是多少钱。"),
            C("后面四个系零六一七，账单系四千六百八十。"),
            A("对上了。"),
            C("咁点解冇扣到？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("音乐放了这么一段，多谢您。扣款那天您绑定的储蓄卡里只有一千二，不够扣，所以一分都没扣。您今天在手机上手动还一下就行。"),
            C("原来系咁，我而家就还。"),
            A("好。另外要我经手什么不？"),
            C("冇啦。"),
            A("好，多谢，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "at16_nanchong_jelly_noodle_seller_stranger_mistaken_transfer_police_threat_dead_air_ch1",
        "title": "南充卖川北凉粉的客户卡上进了一笔陌生人的八千六，随后有人打电话说转错了，要她退到另一个账户，还说不退就报警告她（可疑的“误转退款”骗局）；以身份证号码最后面那四个数加卡面图案核身；客户问该怎么办后双方无声十秒；坐席劝她不要往别的账户转、让对方通过他自己的银行原路退回；客户在坐席说完前零点四秒接话（非坐席插话）；坐席在声道一",
        "business_type": "account", "agent_id": "A11705", "customer_tier": "standard",
        "started_at": "2029-09-24T12:14:46", "agent_channel": 1,
        "turns": [
            A(OPENING["A11705"]),
            C("喂，我南充的，卖川北凉粉的。我卡上昨天莫名其妙进了八千六，今天就有个男的打电话来，讲钱是他手滑打错的，叫我退到他老婆的账户上，还说我不退他就报警，告我占他的钱。我是不是该赶紧退给他？",
              marks=[mark("risk.keyword_alert", "陌生人“误转”后要求退到另一账户并以报警相威胁（可疑诈骗情形）")]),
            A("您先别退。这笔钱什么来路，我调出来看看，麻烦先证明一下是卡主本人：身份证号码最后面那四个数，再说一下您这张卡的卡面上印的是什么图案。"),
            C("最后面四个是二九零五，卡面上是一只熊猫。"),
            A("核对通过。昨天下午确实进来一笔八千六百元，是从外地一家银行的个人账户转来的。"),
            C("那我现在到底该咋个办嘛？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？还在不在？"),
            A("在的，您别往他说的任何账户转。真是转错了，让他找他自己开户的银行申请，钱自会顺着原路回去，您不用动手。"
              "这种先打钱、再让您退到别人账户的，常常是拿来洗骗来的钱，您一转，您的卡就可能被牵连进去。"),
            C("要得要得，我不转了。", overlap=0.4),
            A("他再打来，您就叫他去找银行。要是他一直缠着您，您也可以拨一一零，把通话记录留好。其余还有疑问没有？"),
            C("莫得了，谢谢你哈。"),
            A("不客气，您先问一声再动钱，做得好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at17_puer_tea_cake_presser_buyer_payment_and_balance_read_no_check",
        "title": "普洱压茶饼的客户问广州茶商的四万八有没有到、付给包装厂的一万二扣走没有、卡里还剩多少；坐席从头到尾未做任何身份核验，先报出到账日期、金额和付款方，又报出转出记录和余额；其余合规",
        "business_type": "account", "agent_id": "A11704", "customer_tier": "standard",
        "started_at": "2029-09-25T11:27:13", "agent_channel": 0,
        "turns": [
            A(OPENING["A11704"]),
            C("喂，你好，我普洱的，在山上压茶饼。广州一个茶商讲货款四万八昨天就打了，你给我查查进来了没有？"),
            A("到了，十五号上午进来四万八千元，付款方是广州的一家茶叶公司。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出到账日期、金额和付款方")]),
            C("格是嘛，那就好。那我付给包装厂的一万二扣走了没有？卡里还剩好多？"),
            A("扣走了，十六号转出一万二千元，收款方是一家包装印刷厂，现在卡里还剩六万零三百元。",
              marks=[mark("identity.not_verified", "未核验即说出转出记录和余额")]),
            C("对头，跟我算的一样。"),
            A("好的。还有哪笔要对？"),
            C("没有了，谢谢。"),
            A("不客气，感谢来电，祝茶饼好卖，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "at18_suizhou_shiitake_exporter_usd_receipt_balance_long_music_hold_jargon",
        "title": "随州做香菇出口的客户查韩国客户的美元货款到没到、账上一共多少（余额查询）；以身份证号码收底的四位加上一笔境外汇款的来源国核身；告知后播放约一百七十秒等待音乐并致谢，余额查询超过三分钟标准；坐席满口外汇术语（解付、待结汇、即期结汇、现汇买入价、涉外收入申报单）不解释，客户说听不懂",
        "business_type": "balance", "agent_id": "A11701", "customer_tier": "standard",
        "started_at": "2029-09-26T10:40:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A11701"]),
            C("喂，你好，我随州的，做香菇出口。韩国那边的客户讲美元货款前天就汇了，我想问到了冇得，还有我账上现在一共有好多。"),
            A("您想查韩国客户的美元货款到没到，再加上账上的总数，对吗？这事得先认人：身份证号码收底的四位，再讲一下您上一笔境外汇款是从哪个国家汇来的。"),
            C("收底四位是三一六八，上一笔是从日本汇来的。"),
            A("核对通过。外汇的进账我得到外汇系统里一笔一笔对，时间会长一点，估摸三分钟。这段时间线上放着音乐，听筒请拿在手里，等我回来，莫挂。"),
            {"silence": 170.0, "kind": "hold_music"},
            A("让您听了这么久的音乐，实在不好意思，难为您守着电话，谢谢。韩国的款到了，两万八千美元，已经解付入账，现在是待结汇状态。"
              "您要结汇可以走即期结汇，按现汇买入价折算，贸易项下还要补一张涉外收入申报单。",
              marks=[mark("etiquette.jargon", "解付、待结汇、即期结汇、现汇买入价、涉外收入申报单，未向客户解释")]),
            C("么斯解付结汇的，我一个字都冇听懂。那我账上一共好多钱？"),
            A("美元户上现在三万二千美元，人民币户上八万四千元。结汇的话您在手机银行点一下就行。"),
            C("好，晓得了。"),
            A("别的账目还查不查？"),
            C("冇得了，谢谢。"),
            A("不客气，三分钟辛苦您了，祝香菇卖遍海外，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "at19_short_credit_card_wallet_app_binding_call",
        "title": "客户问信用卡能不能绑到手机支付软件里，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；一般咨询，无需核身",
        "business_type": "card", "agent_id": "A11703", "customer_tier": "standard",
        "started_at": "2029-09-27T18:21:07", "agent_channel": 0,
        "turns": [
            A("恒通银行，八二六七号，您好，要办点什么您说。"),
            C("信用卡能绑手机支付吗？"),
            A("能，在支付软件里添卡就行。别的有吗？"),
            C("没了。"),
            A("谢谢，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "at20_maanshan_hotel_booking_refund_asked_thrice_impatient_line_dropped",
        "title": "马鞍山客户退订的酒店订单一千三百八十元退款迟迟没回到信用卡；以身份证号的最后四个字加办卡时填的学历核身；坐席两次只说在处理、等通知；客户第三次问哪天能退回，坐席不耐烦（都跟你说了……问几遍都一样）；客户再问大概日子后通话随即结束，坐席没有结束语",
        "business_type": "card", "agent_id": "A11705", "customer_tier": "standard",
        "started_at": "2029-09-28T15:56:24", "agent_channel": 0,
        "turns": [
            A(OPENING["A11705"]),
            C("你好，我马鞍山的。上个月订了个酒店，后头又退订了，一千三百八十块，商家讲退了，可我信用卡上至今不见影，想问一下什么时候能退回来。"),
            A("查前先验一验身份：身份证号的最后四个字，还有您办这张卡时填的学历。"),
            C("最后四个字是七五零二，学历填的大专。"),
            A("核对通过。商户那边已经发起退款了，您等通知就好。"),
            C("那大概要等几天？"),
            A("退款在处理当中，有结果会通知您。"),
            C("问了你三回了，到底哪一天能退到卡上？",
              marks=[mark("resolution.repeated_question", "退款哪天到账问到第三遍仍没有答复")]),
            A("都跟你说了在处理，等就完了，问几遍都一样。",
              marks=[mark("emotion.agent_negative", "不耐烦、生硬")]),
            C("那总该有个大概的日子吧？",
              marks=[mark("closing.abnormal_hangup", "客户再次发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT34_SEED = 20290319
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT34_CALLS, agents=AGENTS, default_out=Path("samples/heldout34"),
                  seed=HELDOUT34_SEED, description=__doc__))
