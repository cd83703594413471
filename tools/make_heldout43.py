#!/usr/bin/env python3
"""Render the forty-third held-out evaluation set in samples/heldout43/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never read
samples/heldout44/ or tools/make_heldout44.py (another writer's set, written at the same time), never
looked at any file's history, diff or commit messages and never ran qa-toolkit or
tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, the READMEs of heldout41 and
heldout42, the id and label columns of heldout40's per-call table, grep counts of candidate city names
over the READMEs of heldout23-42, parts of make_heldout42.py (the machinery copied) and make_samples.py
(the CALLS format and main), the head of clause_overlap.py, and of rules/bank_zh.kb.yaml only each
topic's title and its facts' values, units, items and effective dates (to keep stated figures right and
plant two wrong ones, with values no earlier set planted).
Every script step is worded differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A12601-A12606) with their own openings, other verification routes, other hold, warning,
disclosure and closing phrasings, topics the earlier sets did not use and dialect-flavoured customers
from cities none of heldout23-42 used.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words aimed at a third party, figures right in other forms, frauds stopped
by the agent, a customer who starts before the agent has finished, short but complete closings, silent
and music holds that are announced and thanked.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout43.py
    /work/tts-venv/bin/python tools/make_heldout43.py --only bc05_elderly_xixia_mushroom_grandma_late_husband_policy_payout_fee_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# Labels follow the call-flow standard (DOMAIN.md), not what a rule engine might find. The
# per-call list is in samples/heldout43/README.md.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A12601": {"team": "一线南组", "staff_no": "四三七二"},
    "A12602": {"team": "一线南组", "staff_no": "九二一五"},
    "A12603": {"team": "一线北组", "staff_no": "六八零四"},
    "A12604": {"team": "一线北组", "staff_no": "一五三七"},
    "A12605": {"team": "一线北组", "staff_no": "八六四一"},
    "A12606": {"team": "二线财富", "staff_no": "二九七三"},
}

OPENING = {
    "A12601": "您好，恒通银行，服务台编号四三七二的坐席接起了您的电话，要办的事请讲来。",
    "A12602": "恒通银行，您好，九二一五号话员听着呢，您碰上哪桩事了？",
    "A12603": "您好，恒通银行，当班的是六八零四号，有需要您只管开口。",
    "A12604": "恒通银行，您好啊，员工号一五三七在线，您想打听哪一块？",
    "A12605": "您好，恒通银行八六四一号客服代表接听，今天要咨询点啥？",
    "A12606": "您好，恒通银行财富线上，理财经理二九七三，关于资金规划您请讲。",
}

HELDOUT43_CALLS = [
    {
        "call_id": "bc01_anping_wire_mesh_factory_steel_wire_payment_warning_ch1_clean",
        "title": "安平丝网厂老板用手机给钢丝厂付九万料钱；以身份证号打头六位加开户登记的厂址核身；限额换说法讲对；用自己的话提醒只认合同上的对公户；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12601", "customer_tier": "standard",
        "started_at": "2030-06-03T09:21:40", "agent_channel": 1,
        "turns": [
            A(OPENING["A12601"]),
            C("喂，你好，俺在安平开个丝网厂，织护栏网的。要给邢台拉钢丝的厂家付九万块料钱，想用手机银行打过去，中不中？"),
            A("您是要用手机付九万的钢丝料钱，我这样复述，偏没偏？牵扯动钱，先摸清是不是您本人：您把身份证号打头的六位念一下，再讲讲开户时候登记的厂子在哪条街。"),
            C("打头是一三一一二五，厂子在安平县城的丝网大街上。"),
            A("厂址号码，一样不差。手机转账一次顶多转五万块，一整天合计封顶二十万，九万您拆成两次打，比方五万加四万。"),
            C("那中，分两回。"),
            A("另外多叮嘱一句：钱只往购销合同里写的那家钢丝厂对公户里打；哪天有人说厂家收款账号改了，您拿合同上的座机打过去跟他们老板亲口核实，核实不了就先压着别付。"),
            C("嗯，俺们跟他家打了好些年交道，晓得了。"),
            A("您这头可还有别的要办？"),
            C("没啦。"),
            A("好嘞，难为您拨进线来，厂里红红火火，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc02_qianxi_chestnut_roaster_daily_limit_wrong_interrupt",
        "title": "迁西炒板栗的客户问手机银行一天能转多少；客户还在讲上回在别家银行转账卡住时坐席插话（重叠约一点三秒）；坐席说日累计十万（知识库为二十万）；单笔五万讲对；一般咨询不需核身（坐席说明）；完整收尾",
        "business_type": "transfer", "agent_id": "A12602", "customer_tier": "standard",
        "started_at": "2030-06-04T10:07:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A12602"]),
            C("你好，我是迁西的，炒板栗卖的。入冬了要进一大批生栗子，老板让我先把货款打过去，我想问问手机上一天能转多少，因为我上回在别家银行转到一半就卡住了，那会儿"),
            A("您就是想问一天的总额对吧？", overlap=1.3,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点三秒")]),
            C("对，一天总共能转多少？"),
            A("手机银行一天累计最多十万块，超出去就得第二天或者来柜台。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额说成十万元（知识库为二十万元）")]),
            C("那一次呢？一次最多多少？"),
            A("一次顶天五万。您这只是问规定，不碰具体账户，身份就不必核对了。"),
            C("明白了，那我分两天转。"),
            A("旁的还有要咨询的不？"),
            C("没了没了。"),
            A("行，板栗的事您专程来问，多谢，板栗卖得好，再见喽。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc03_no_greeting_gushi_goose_farmer_online_payment_switch_off",
        "title": "坐席以“在呢，啥事？”开场，无问候、行名、工号（客户问了才确认是恒通银行）；固始养鹅户不在网上买东西，要把卡的网上支付功能关掉；以身份证上的出生年份加开户登记的住址核身；当场关闭并讲清以后怎么再开；完整收尾",
        "business_type": "account", "agent_id": "A12603", "customer_tier": "standard",
        "started_at": "2030-06-05T14:33:05", "agent_channel": 0,
        "turns": [
            A("在呢，啥事？"),
            C("喂？是不是恒通银行哪？我是固始的，家里养鹅。我从来不在网上买东西，听人讲卡上的网上支付开着不保险，想把它关了。"),
            A("对，这头就是恒通银行。关这个功能先得核实：您身份证上出生的是哪一年，开户那会儿您留的家庭住址是哪个村？"),
            C("一九七六年的，住址是固始县陈集乡的大湾村。"),
            A("对上了。您这张卡网上付钱的口子，我这边已经给您关掉了，往后网上任何地方都扣不了这张卡的钱，取钱、刷卡机刷卡照旧能用。"),
            C("那往后要是想用了咋弄？"),
            A("揣上身份证跟卡去网点，或者再打进来，核过身份就能重新打开。旁的还问不问？"),
            C("没了。"),
            A("好，谢谢来这通电话，回头见。"),
        ],
        "violations": [mark("greeting.missing", "开场只有“在呢，啥事？”，无问候、行名和服务用语"),
                       mark("greeting.staff_id_missing", "开场没有报工号")],
    },
    {
        "call_id": "bc04_elderly_huaiyuan_pomegranate_grandpa_cash_for_tricycle_dead_air_no_fraud_advice",
        "title": "七十八岁老年客户（怀远，种石榴）要取三万现金买电动三轮；以身份证号里生日的月日加每年交的新农合核身；客户问网点几点开门后双方无声十秒；道歉；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12604", "customer_tier": "elderly",
        "started_at": "2030-06-06T08:52:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A12604"]),
            C("喂，闺女，我是怀远的，种石榴的，今年都七十八啦。我想从卡里取三万块现钱，买个电动三轮，拉石榴上集用。"),
            A("大爷，取三万现金要提前约。得先弄准是您本人来电：您身份证号码里头，您生日的月份跟日子是哪四个数，再说说您每年在卡上交的新农合是多少钱？"),
            C("生日是零三一六，新农合一年交三百八。"),
            A("都对。您卡里钱够数，三万给您约在后天上午，到怀远县城的网点拿。"),
            C("后天上午？那我要是早上七点就去，人家开门了没有？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("闺女？你咋不吭声了？"),
            A("在呢大爷，刚刚没接上话，实在抱歉。网点八点半开门，您九点前后到就行，卡和身份证揣好。"),
            C("好，好。"),
            A("大爷，您还有哪样要打听？"),
            C("没有了。"),
            A("那大爷您慢走，劳动您，拨了这趟线，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十八岁老年客户要取三万现金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "bc05_elderly_xixia_mushroom_grandma_late_husband_policy_payout_fee_stopped",
        "title": "八十二岁老年客户（西峡，种香菇）接到自称保险公司的电话，说老伴生前的保单到期能领六万，要先交两千手续费到指定账户并报出短信里的数（未用风险词的冒充保险公司诈骗）；坐席识破劝阻，叫她让家里人拿保单去保险公司柜台当面问；不涉及账户数据，不需核身（坐席说明）；客户在坐席说完前零点五秒接话；用自己的话给老人防骗提醒；完整收尾",
        "business_type": "transfer", "agent_id": "A12605", "customer_tier": "elderly",
        "started_at": "2030-06-09T09:15:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A12605"]),
            C("喂，闺女，我是西峡的，种香菇的，八十二了。刚才来了个电话，说是保险公司的，讲我家老头子走之前买过一份保险，现在到期了能领六万块，得先交两千块手续费到他们给的一个账户上，钱才放得下来，还让我把手机上收到的数念给他听。我不会转，你给我弄弄。",
              marks=[mark("risk.keyword_alert", "冒充保险公司称亡夫保单到期可领钱、要求先交手续费到指定账户并报出短信验证码的诈骗情形（未用风险词）")]),
            A("奶奶，这两千一分也别交，那串数也千万别念。保险到期领钱，正规的保险公司从来不叫人先往别的账户里交手续费，也不会打电话要短信里的数，这是装成保险公司的人在设套骗您的钱。"),
            C("那老头子到底买没买过保险哪？", overlap=0.5),
            A("这个叫家里人领着您，拿上老伴的身份证明，到保险公司的柜台当面查，那里说了才算数。今天您没叫我查账，也没动账户，您的身份就不必核了。"),
            C("中，我叫儿子带我去。"),
            A("奶奶再记一句：往后不管谁打电话，只要一说让您转钱、让您报手机上那串数，您就把电话撂了，先给儿子打个电话商量。"),
            C("记下了，闺女你真好。"),
            A("奶奶，别的事还用我帮忙不？"),
            C("没了。"),
            A("好的奶奶，您打这一趟电话辛苦了，保重身体，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc06_ningguo_hickory_nut_roaster_one_year_product_disclosure_music_hold_clean",
        "title": "宁国做山核桃炒货的贵宾客户有三十万一年用不着想买理财；以身份证号码倒数第五到第八位加去年定期的存期核身；告知后放十秒音乐等待，回来致谢；解释业绩比较基准；用自己的话完整揭示风险并核对风险测评；买二十万；完整合规",
        "business_type": "wealth", "agent_id": "A12606", "customer_tier": "VIP",
        "started_at": "2030-06-10T15:04:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A12606"]),
            C("你好，我宁国的，做山核桃炒货的。年底回了一笔款，有三十万一年内用不着，想放你们这儿买点稳当的理财。"),
            A("买理财前先验明本人：请说一下身份证号码倒数第五到第八位，还有您去年在我们这儿存的那笔定期是存了几年？"),
            C("那四个是零八二七，定期存的两年。"),
            A("核对无误。我看下现在有哪几款一年期的，麻烦您在线上等我一会，大约十秒。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("耐心等这么一会，多谢。有一款一年期的固定收益类产品，业绩比较基准是年化三点二到三点六。业绩比较基准的意思是，这是产品设定的一个参照目标，不是承诺一定给您的收益。"),
            C("那就是说不保本？"),
            A("对，这一层必须跟您讲透：这是理财，不算存款，不在存款保险保障范围里，本钱和收益一样都不打包票，最差可能亏一点本金；过去赚得多，不代表往后照样赚。您上回做的风险测评是稳健型，这款是中低风险，对得上。"),
            C("明白了，我先拿二十万买，剩下十万放活期。"),
            A("二十万按您的意思下单了，产品说明书和风险揭示书会发到您手机银行里，请您看一遍。条款里，哪句还拿不准？"),
            C("没了，清楚了。"),
            A("好，承您信得过，生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc07_lipu_taro_wholesaler_monthly_rent_standing_order_fast_agent_music_no_notice",
        "title": "坐席全程约一点六倍语速；荔浦批发芋头的客户要给冷库设每月定时转租金；以身份证号开头六个数加每月扣的宽带费核身；客户问余额不够怎么办后直接放十秒音乐，事先无告知，回来致谢；完整收尾",
        "business_type": "account", "agent_id": "A12601", "customer_tier": "standard",
        "started_at": "2030-06-11T11:38:19", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A12601"]),
            C("喂，我系荔浦的，批发芋头的。每个月十号要给冷库交一万二的租金，老系忘记，想弄个每个月自动转。"),
            A("您要每月十号自动给冷库转一万二，对吧？弄之前本人得认一认：您身份证号开头那六个数，还有您这张卡上每个月扣的宽带费是多少？"),
            C("开头系四五零三三一，宽带每个月九十九。"),
            A("都对。定期转账在手机银行里就能设，收款方填冷库的账户，日期选每月十号，金额一万二。"),
            C("那要系哪个月卡里钱唔够，会点样？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接放等待音乐，事先没有请客户稍候")]},
            A("谢谢您等了一下。余额不够的那个月就不转，系统会发短信告诉您，下个月照常。"),
            C("好，明白晒。"),
            A("您还有其他事情需要问吗？"),
            C("冇了。"),
            A("好嘞，谢您拨来电话，芋头好卖，拜拜。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "bc08_zhangshu_herb_shop_fake_courier_compensation_swindled_displeased_no_closing",
        "title": "樟树开药材铺的客户被冒充快递理赔的人骗走一万五（被骗了）；以身份证号码第四到第七位加开户登记的铺面核身；止付当场解释；报反诈中心；客户不满昨晚电话排队没人接；道歉并让其报案；以“嗯，报案那头您先跑着。”结束，无询问、致谢、道别",
        "business_type": "complaint", "agent_id": "A12602", "customer_tier": "standard",
        "started_at": "2030-06-12T10:26:54", "agent_channel": 0,
        "turns": [
            A(OPENING["A12602"]),
            C("你好，我是樟树的，开药材铺的。昨天有个人打电话说是快递公司的，说我寄的一箱枳壳弄丢了，要双倍赔我，叫我下个软件开个什么备用金，再把钱转到他说的理赔账户，我前后转了一万五，眼下那人电话也打不通了，我算是掉进人家坑里头了，被骗了。",
              marks=[mark("risk.keyword_alert", "客户讲述冒充快递理赔被骗一万五（被骗了）")]),
            A("您先别急，这事我这就给您张罗。动您卡之前，本人得认准：请说身份证号码第四到第七位，再说下您开户时登记的铺面在哪个市场？"),
            C("第四到第七是一九八二，铺面在樟树的药材城里。"),
            A("对上了。那一万五是昨天下午两笔转出去的，收款方是外省的个人账户。我现在给您的卡办临时止付，就是先把卡上剩下的钱锁住，谁也划不走，再把这两笔报给反诈中心。"),
            C("我昨晚就打过你们电话，排了半个钟头没人接，要早接通也许还能拦下来。我对你们这个真的很不满意。",
              marks=[mark("emotion.customer_negative", "客户对热线排队无人接听表示很不满意")]),
            A("让您等那么久，是我们做得不好，对不起您。今天这两笔已经报上去了，您还得带着转账记录和聊天记录，去樟树的派出所报案，钱回不回得来，得看警方那边侦办。"),
            C("那我马上动身去派出所。"),
            A("嗯，报案那头您先跑着。"),
        ],
        "violations": [mark("closing.missing", "结束时没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "bc09_short_shannan_credit_card_old_card_after_renewal",
        "title": "山南客户问信用卡换了新卡后旧卡怎么处理，不足二十秒的信用卡来电；简短但完整的开场（行名、问候、工号、请讲）和收尾（询问、致谢、道别）；一般咨询不需核身",
        "business_type": "card", "agent_id": "A12603", "customer_tier": "standard",
        "started_at": "2030-06-13T16:12:08", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，六八零四，您说。"),
            C("扎西德勒，信用卡新卡到了，旧卡咋办？"),
            A("新卡激活那一刻旧卡就作废，把芯片剪碎扔掉，别的呢，还有没？"),
            C("没了，谢谢。"),
            A("谢谢来电，再会。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡来电不足二十秒，低于最短时长标准")],
    },
    {
        "call_id": "bc10_liling_porcelain_kiln_account_fee_charged_twice_jargon_asked_thrice",
        "title": "醴陵瓷窑老板问账户管理费为何一个月扣了两回；以身份证号中间八位生日数字加每月店面电费核身；坐席用批量计费、重复计提、差错冲销、跨期调账、手工挂账，未解释；两次答非所问，客户第三次问何时退回后才说明时间并承诺回电；完整收尾",
        "business_type": "account", "agent_id": "A12604", "customer_tier": "standard",
        "started_at": "2030-06-16T13:45:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A12604"]),
            C("喂，我是醴陵的，开瓷器窑的。这个月短信讲我卡上扣了两回账户管理费，一回三百，同一样钱扣两道，咯是么子回事？"),
            A("帮您查之前先对一下本人：您身份证号中间那段生日的八个数，还有这张卡每个月扣的店面电费大概多少？"),
            C("一九六九零五二一，电费每个月一千二左右。"),
            A("对上了。您这个是月末批量计费时重复计提了，要走差错冲销，还牵扯跨期调账，目前先做了手工挂账。",
              marks=[mark("etiquette.jargon", "批量计费、重复计提、差错冲销、跨期调账、手工挂账，未作解释")]),
            C("我脑壳听晕了咯，你就讲多扣的三百么子时候退？"),
            A("这个要等冲销那边处理完，我这边系统看不到更细的了。"),
            C("那到底么子时候退嘛？三百块也是我窑上一天的柴火钱。"),
            A("要看那边复核的进度，您再等等看。"),
            C("你讲了两遍都冒讲时间，我第三遍问你，好久退回来？",
              marks=[mark("resolution.repeated_question", "何时退回问到第三遍，前两次坐席都未正面回答")]),
            A("对不起，是我没讲清楚。多扣的三百明天下午五点以前退回您卡上，要是到时候没退，我明天傍晚打电话给您。"),
            C("那要得。"),
            A("您还有别的要问的事吗？"),
            C("冇得了。"),
            A("好，这通电话谢谢了，窑火兴旺，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc11_qinghe_cashmere_yarn_shop_credit_card_bill_no_check_no_staff_number",
        "title": "开场有问候、行名和服务用语但没有报工号；清河做羊绒线的客户问信用卡本期账单和可用额度；坐席未作任何核身先后报出账单金额、还款日和可用额度；完整收尾",
        "business_type": "card", "agent_id": "A12605", "customer_tier": "standard",
        "started_at": "2030-06-17T09:48:02", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，线路通着，您那边遇到什么事要搭把手？"),
            C("你好，我是清河的，做羊绒线的。想问问我这张信用卡这个月账单多少，哪天要还？"),
            A("这期账单是一万八千六百四十元，还款日是这个月二十五号。",
              marks=[mark("identity.not_verified", "未核身即报出信用卡账单金额和还款日")]),
            C("那眼下卡上还剩多少额度能刷？"),
            A("还能用的额度，三万一千三百六十元。",
              marks=[mark("identity.not_verified", "未核身即报出信用卡可用额度")]),
            C("中，够我进一批羊绒了。"),
            A("到期前记得还，免得出利息。此外您还有什么要咨询？"),
            C("没了。"),
            A("好，多承您拨这一通，愿您事事顺溜，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "bc12_elderly_meitan_tea_grandma_transfer_to_daughter_in_hospital_silent_hold_fraud_advice_ch1_clean",
        "title": "七十九岁老年客户（湄潭，种茶）给在贵阳住院的女儿转两万；以身份证号码最前面四个数加每年领的茶园管护补贴核身；告知后静音等待六秒核对收款人，回来致谢；限额换说法讲对；用自己的话给老人防骗提醒；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12601", "customer_tier": "elderly",
        "started_at": "2030-06-18T10:31:17", "agent_channel": 1,
        "turns": [
            A(OPENING["A12601"]),
            C("喂，我是湄潭的，种茶的，七十九喽。我幺女在贵阳住院，我想给她卡上打两万块，要得不？"),
            A("奶奶，转钱以前要确认是您本人：您身份证号码最前面那四个数，还有您每年在我们这儿领的茶园管护补贴是多少？"),
            C("最前面是五二零三，补贴一年八百块。"),
            A("对上了。我把您幺女的账户名字核一下，请您举着电话等上片刻，别挂断。"),
            {"silence": 6.0, "kind": "hold"},
            A("叫您干等，谢谢您。收款人是您幺女本人，户名吻合。两万没超过手机一次能转的五万，一天的二十万也够，今天就进她账上。"),
            C("那就好，你帮我转嘛。"),
            A("已经转过去了。奶奶再多讲两句：往后要是有人打电话，说幺女出事了要您赶紧打钱，您先给幺女本人打个电话问清楚，不要听陌生人一催就转。"),
            C("晓得了，我记到了。"),
            A("奶奶，还有哪样要帮您办的？"),
            C("没得了。"),
            A("那您保重，谢您拨来电话，再见喽。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc13_tacheng_accordion_repair_shop_pound_remittance_wrong_arrival_rebuff",
        "title": "塔城修手风琴的客户要给英国乐器行汇四千英镑买簧片，问多久到；以身份证号第十一到十四位加开户网点核身；坐席说境外汇款约十二个工作日到（知识库为一到三个工作日）；客户再问时坐席语气生硬并说“你爱信不信”；随后道歉并用自己的话给跨境汇款风险提示；简短完整收尾",
        "business_type": "transfer", "agent_id": "A12602", "customer_tier": "standard",
        "started_at": "2030-06-19T15:22:43", "agent_channel": 0,
        "turns": [
            A(OPENING["A12602"]),
            C("你好，我是塔城的，开了个修手风琴的铺子。要从英国一家乐器行买一批手风琴簧片，得汇四千英镑过去，想问问多久能到。"),
            A("办汇款得先认准本人：您身份证号码第十一位到第十四位，就是您生日的月和日，还有您在我们这儿开户用的是哪个网点？"),
            C("零九一二，开户在塔城市的和平街网点。"),
            A("核实了。境外汇款一般要十二个工作日左右，才进对方账上。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间说成约十二个工作日（知识库为一到三个工作日）")]),
            C("要十二个工作日那么久？你再帮我看看，是不是搞错了？"),
            A("该讲的我都讲过了，你爱信不信。",
              marks=[mark("emotion.agent_negative", "客户再次确认时坐席语气生硬"),
                     mark("etiquette.forbidden_phrase", "你爱信不信")]),
            C("哦……那行吧。"),
            A("刚才话说冲了，对不住。另有一桩叮嘱：汇之前跟英国那家乐器行打电话或者视频把收款账户核一遍，对方临时说换账户一定先停下来确认，钱汇到境外就很难追回。"),
            C("嗯，我会问清楚。"),
            A("汇款之外，还办啥？"),
            C("没有。"),
            A("谢您拨来电话，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc14_mile_wine_grape_grower_equity_product_jargon_no_disclosure",
        "title": "弥勒种酿酒葡萄的贵宾客户有四十万想买收益高的；以身份证号码倒数第二到第五位加每月车贷核身；坐席用权益仓位、封闭期、前端申购费、浮动管理费、业绩报酬计提，未解释；只讲去年收益和抢手，下单三十万，没有任何风险揭示；完整收尾",
        "business_type": "wealth", "agent_id": "A12606", "customer_tier": "VIP",
        "started_at": "2030-06-20T14:09:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A12606"]),
            C("你好，我是弥勒的，种葡萄供酒厂的。今年收了四十万，想买个收益高点的。"),
            A("下单前本人要对一对：您身份证号码倒数第二到第五位，以及您每月在我们这儿扣的车贷是多少？"),
            C("三四七二，车贷一个月四千一。"),
            A("核对一致。给您推一款权益类的，权益仓位八成往上，三年封闭期，前端申购费一点二，收浮动管理费，超过业绩基准的部分按两成计提业绩报酬。",
              marks=[mark("etiquette.jargon", "权益仓位、封闭期、前端申购费、浮动管理费、业绩报酬计提，未作解释")]),
            C("这些名堂我不懂，就问去年它赚了多少？"),
            A("去年这款做到了百分之十一，今年好多人都在抢。"),
            C("那我买三十万。"),
            A("好，三十万给您下单了，三年后到期自动回款。理财上，还想打听点啥？"),
            C("没了。"),
            A("这笔钱您放心搁我们这，多谢，丰收顺遂，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "三十万买权益类理财，只讲去年收益和抢手，没有任何风险揭示")],
    },
    {
        "call_id": "bc15_yanqi_chili_farmer_sunday_branch_cash_interrupt_line_dropped",
        "title": "焉耆种辣椒的客户问县城网点礼拜天开不开门；客户还在讲时坐席插话（重叠约一点一秒）；一般咨询不需核身；客户追问礼拜天取五万现金要不要预约后通话随即中断",
        "business_type": "account", "agent_id": "A12603", "customer_tier": "standard",
        "started_at": "2030-06-23T18:03:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A12603"]),
            C("喂，我是焉耆的，种辣椒的。想问问县城里你们那个网点礼拜天开不开门，我雇的摘椒工礼拜天下午要领工钱，他们都不要转账，只认现钱，所以我得"),
            A("礼拜天是吧？县城那个网点礼拜天上午开门。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("上午开就好。那我礼拜天一早去取五万现钱，要不要提前跟你们说一声？",
              marks=[mark("closing.abnormal_hangup", "客户发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "bc16_qingxu_vinegar_workshop_three_cards_callback_missed_displeased_long_hold",
        "title": "清徐醋坊老板开口就不满上回说好的回电五天没人回；道歉；以身份证号码第三到第六个数加醋坊每月排污费核身；告知后静音等待一百七十五秒，回来致谢；报出三张卡余额；余额查询超过三分钟标准；完整收尾",
        "business_type": "balance", "agent_id": "A12604", "customer_tier": "standard",
        "started_at": "2030-06-24T11:17:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A12604"]),
            C("你好，额清徐的，开醋坊的。上礼拜打来说要给额回电话，等了五天也没人理，额对你们这个做法太不满意了。",
              marks=[mark("emotion.customer_negative", "客户对承诺回电未兑现表示太不满意")]),
            A("让您白等了五天，是我们没把事办好，真对不起。这回我从头给您办到底。您想查什么？"),
            C("额名下三张卡，醋坊结账用一张，家里用两张，想一下子都查查还剩多少。"),
            A("好。查之前，得把您是谁坐实：您身份证号码里第三到第六个数，还有您醋坊每个月交的排污费是多少？"),
            C("第三到第六是零一二一，排污费一个月六百。"),
            A("对得上。三张卡要一张张调出来，得多耽搁一阵，话筒您先别撂，安安心心等我一阵，我查好了马上回来。"),
            {"silence": 175.0, "kind": "hold"},
            A("劳您等了这么久，谢谢您。醋坊那张还有二十六万四千元，家用的两张，一张八万二千元，一张一万零五百元。"),
            C("对，差不多。回电话那事以后可别再这样了。"),
            A("记下了，我会把这事反馈给负责回访的同事。哪张卡还想查不？"),
            C("没了。"),
            A("多亏您耐得住，醋坊生意红火，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询超过三分钟处理时长标准（长时间等待）")],
    },
    {
        "call_id": "bc17_bobai_rattan_workshop_export_middleman_deposit_personal_card_no_warning_no_closing",
        "title": "博白藤编作坊主要把七万“出口订单保证金”转到外贸中间人的个人卡上；以身份证号码最前头三个数加每年车险核身；坐席只讲限额（讲对）和分两笔，没有任何风险提示；以“好，那先这样。”结束，无询问、致谢、道别",
        "business_type": "transfer", "agent_id": "A12605", "customer_tier": "standard",
        "started_at": "2030-06-25T09:36:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A12605"]),
            C("喂，我系博白的，做藤编的。有个外贸中间人讲能帮我接一批出口欧洲的订单，要先交七万块保证金到他个人卡上，我想用手机转。"),
            A("转账前本人要认一认：您身份证号码最前头那三个数，还有您车子每年在我们这交的车险是多少？"),
            C("四五零，车险一年三千二。"),
            A("对上了。手机转账一回顶到五万，一天加总不过二十万，七万您分一笔五万一笔两万。"),
            C("好，我就这样转。"),
            A("好，那先这样。"),
        ],
        "violations": [mark("risk.disclosure_missing", "七万保证金转入中间人个人卡，坐席只讲限额，没有任何风险提示"),
                       mark("closing.missing", "结束时没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "bc18_heqing_silversmith_fake_buyer_platform_deposit_stopped_music_no_notice_ch1",
        "title": "鹤庆打银器的客户遇到假买家配合假平台客服，要先交八千保证金到“客服经理”个人卡才放货款（怕是遇到骗子了）；坐席劝阻；以身份证号码最后两个数加出生月份再加开卡年份核身；客户答完后直接放九秒音乐，事先无告知，回来致谢；账户无异常；提醒九六一一零；完整收尾（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12601", "customer_tier": "standard",
        "started_at": "2030-06-26T13:55:06", "agent_channel": 1,
        "turns": [
            A(OPENING["A12601"]),
            C("你好，我是鹤庆的，打银器的。网上有个买家要订二十个银碗，说货款已经付到平台上了，可平台发消息讲我得先交八千块保证金，才能把货款放给我，叫我转到一个客服经理的卡上。我心头有点打鼓，怕是遇到骗子了。",
              marks=[mark("risk.keyword_alert", "客户讲述假买家、假平台客服要求先交保证金到个人卡的诈骗情形（骗子）")]),
            A("您先别转。哪个正经平台也不会让卖家往私人卡里交保证金才放款，这是假买家配合假客服的套路。您账户那边我帮您看一眼有没有异样，先把您是谁坐实一下：您身份证号码排在最后的那两个数，加上您出生的月份，还有这张卡是哪一年在我们这开的？"),
            C("最后两个是三七，我是七月生的，卡是一五年办的。"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户答完核身信息后直接放等待音乐，事先没有请客户稍候")]},
            A("谢您候着我。您卡上最近没有转出去的，钱都在。那个买家和客服您都拉黑，订单以平台自己软件里显示的为准。"),
            C("那就好，幸好没转。"),
            A("以后碰到先交钱才放款的，一律别信，拿不准就打九六一一零问问。还有哪样需要我办？"),
            C("没得了。"),
            A("好的，谢谢来电，银器生意红红火火，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bc19_elderly_wannian_rice_grandpa_balance_before_check_cash_for_own_coffin_no_fraud_advice",
        "title": "七十七岁老年客户（万年，种稻）问卡上余额，坐席核身前就报出；之后以身份证号码最后一位前面的三个数加每年领的耕地地力补贴核身；要取三万现金给自己置办寿材；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12602", "customer_tier": "elderly",
        "started_at": "2030-06-27T08:44:23", "agent_channel": 0,
        "turns": [
            A(OPENING["A12602"]),
            C("喂，我是万年的，种谷子的，虚岁七十七喽。我想问问我这张卡上还有几多钱，想拿三万块给自己备副寿材，村里木匠等着回话。"),
            A("您卡上现在有四万七千二百元。",
              marks=[mark("identity.not_verified", "核身前即报出账户余额")]),
            C("够了够了，那我明个去拿三万现钱。"),
            A("取现要确认是您本人：您身份证号码最后一位前面紧挨着的三个数，还有您每年在卡上领的耕地地力补贴是多少？"),
            C("是二零五，补贴一年四百六。"),
            A("都对。三万现金给您约在明天上午，身份证跟卡揣好，到万年县城的网点取。"),
            C("好，我晓得了。"),
            A("老人家，余下还要问点啥？"),
            C("冇有了。"),
            A("好，难为您特意拨来，身体健旺，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十七岁老年客户要取三万现金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "bc20_minxian_angelica_dealer_unknown_phone_top_up_debits_reported",
        "title": "岷县贩当归的客户收到短信，卡上走了三笔给陌生号码充话费的快捷支付（盗刷）；以身份证号码开头两个数和末尾两个数加每月有线电视费核身；报出三笔交易；挂失当场解释；登记争议交易，让其报案后补卡（七个工作日，讲对）；客户骂的是盗刷的人；完整收尾",
        "business_type": "complaint", "agent_id": "A12603", "customer_tier": "standard",
        "started_at": "2030-06-28T17:11:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A12603"]),
            C("喂，我是岷县的，贩当归的。刚刚手机上蹦出来条短信，说我卡上走了三笔快捷支付，给好几个不认得的手机号充话费，一共九千多，我一笔也没弄过，这是叫人盗刷了。",
              marks=[mark("risk.keyword_alert", "客户报告银行卡被人用快捷支付充话费盗刷（盗刷）")]),
            A("您先别慌，我马上给您处理。先把来电的是不是您，核个准：您身份证号码开头那两个数跟末尾那两个数，再说一下您这张卡每个月代缴的有线电视费多少？"),
            C("开头是六二，末尾是一八，有线电视一个月二十五。"),
            A("对上了。我看到了，今天下午三笔快捷支付，都是充话费的，一共九千三百元。我现在就给您的卡办挂失，挂失就是把这张卡停掉，以后谁拿卡号都刷不了，快捷支付也一并关了。"),
            C("这些搞鬼的人真是缺德到家了，我辛辛苦苦挣的钱。"),
            A("这口气，搁谁都咽不下。三笔我已经登记成争议交易，另外您要去派出所报案，拿着报案回执到网点补办新卡，新卡从申请算起，七个工作日前后领。"),
            C("好，我马上往派出所跑。"),
            A("您还有哪桩要打听？"),
            C("没了。"),
            A("辛苦您，谢您拨来电话，早点把事办了，再见。"),
        ],
        "violations": [],
    },
]

HELDOUT43_SEED = 20290928
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT43_CALLS, agents=AGENTS, default_out=Path("samples/heldout43"),
                  seed=HELDOUT43_SEED, description=__doc__))
