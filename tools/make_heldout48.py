#!/usr/bin/env python3
"""Render the forty-eighth held-out evaluation set in samples/heldout48/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs, /work/wt or .venv, never read
samples/heldout47/ or tools/make_heldout47.py (another writer's set, written at the same time), never
looked at any file's history, diff or commit messages and never ran qa-toolkit or
tools/oracle_transcripts.py. It read DOMAIN.md, samples/README.md, the READMEs of heldout42-44 (most of
them), the topics, regions, wrong-fact lines and id/label columns of heldout45-46, grep counts of
candidate city names over the READMEs of heldout23-46, parts of make_heldout42.py (the machinery copied)
and make_samples.py (the CALLS format), the head of clause_overlap.py, and of rules/bank_zh.kb.yaml only
each topic's title and its facts' values, units, items and effective dates (to keep stated figures
right and plant two wrong ones, with values no earlier set planted).
Every script step is worded differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any other make_*.py):
other agents (A13101-A13106) with their own openings, other verification routes, other hold, warning,
disclosure, fraud-advice and closing phrasings, topics the earlier sets did not use and
dialect-flavoured customers from cities none of heldout23-46 used.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words aimed at a third party, figures right in other forms, a fraud
stopped by the agent, a customer who starts before the agent has finished, short but complete closings,
announced and thanked silent and music holds.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout48.py
    /work/tts-venv/bin/python tools/make_heldout48.py --only bh03_elderly_haimen_grandma_fake_teacher_grandson_fight_medical_fee_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# Labels follow the call-flow standard (DOMAIN.md), not what a rule engine might find. The
# per-call list is in samples/heldout48/README.md.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A13101": {"team": "一线甲组", "staff_no": "五八一四"},
    "A13102": {"team": "一线甲组", "staff_no": "二零七三"},
    "A13103": {"team": "一线乙组", "staff_no": "六四二九"},
    "A13104": {"team": "一线乙组", "staff_no": "三一八六"},
    "A13105": {"team": "一线乙组", "staff_no": "九五零二"},
    "A13106": {"team": "二线投顾", "staff_no": "四七三五"},
}

OPENING = {
    "A13101": "恒通银行五八一四号为您效劳，您好，哪桩事情要办请讲给我听听。",
    "A13102": "您好，恒通银行坐席二零七三在这头替您分忧，请开口。",
    "A13103": "恒通银行六四二九号客服把线接起来了，您好，哪件事需要我出把力？",
    "A13104": "您好，恒通银行来接您的是三一八六号，您今天哪里要帮衬？",
    "A13105": "恒通银行，您好，九五零二号服务专员陪您通话，来意请讲一讲。",
    "A13106": "您好，恒通银行这头是投资顾问四七三五，家里的钱怎么摆布咱们一块合计。",
}

HELDOUT48_CALLS = [
    {
        "call_id": "bh01_shouguang_greenhouse_grower_insulation_quilt_payment_warning_ch1_clean",
        "title": "寿光种大棚菜的客户要用手机给保温被厂家付十二万；以身份证号码第十五到第十八位加每年冬天扣的取暖费核身；限额以另一种说法讲对、拆三笔；用自己的话提醒只认订货单上的厂家公户；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A13101", "customer_tier": "standard",
        "started_at": "2030-11-01T09:12:40", "agent_channel": 1,
        "turns": [
            A(OPENING["A13101"]),
            C("哎，俺是寿光的，家里种大棚菜。天冷了俺订了一批大棚保温被，厂家要十二万，俺寻思用手机把钱打过去。"),
            A("您是要在手机上付保温被的十二万货款。动钱前先认一认本人：身份证号码从第十五位数到第十八位，麻烦念给我听，另外这张卡每年冬天扣的取暖费是多少？"),
            C("第十五到十八位是三九零七，取暖费一冬扣两千二。"),
            A("两样全都吻合，确定是您本人。手机上每一笔顶到头是五万块，同一天里累计凑够二十万就停，十二万得拆成三笔，比方五万、五万再加两万。"),
            C("中，拆三回就拆三回。"),
            A("再多啰嗦一句：钱只往订货单上盖了章的厂家公户里打，半路要是冒出个人说收款换成私人卡了，您先拨厂里销售经理原先那个号码问明白，问清楚了再动手。"),
            C("俺明白，不会瞎打。"),
            A("那还有哪块需要我帮着瞅瞅？"),
            C("没啥了。"),
            A("好嘞，难为您特地拨过来，大棚菜卖上好价钱，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh02_no_greeting_pingdu_grape_grower_locked_card_after_wrong_pins",
        "title": "开场只说“嗯，哪位？”，没有问候、行名和工号；平度种葡萄的客户密码连错三次卡被锁；以身份证号码第九位至第十二位加每月代扣的幼儿园保育费核身；说明到柜台重置；完整收尾",
        "business_type": "account", "agent_id": "A13102", "customer_tier": "standard",
        "started_at": "2030-11-02T10:05:18", "agent_channel": 0,
        "turns": [
            A("嗯，哪位？"),
            C("喂？这是不是恒通银行的电话？俺是平度的，种葡萄的，刚才在取款机上密码连着按岔了三回，卡就取不出钱了。"),
            A("对，恒通这边。看卡上的情况之前要对一下是不是您：身份证号码第九位至第十二位是哪几个数，这张卡每月代扣的幼儿园保育费是多少？"),
            C("第九到十二位是零六一三，保育费一个月扣八百五。"),
            A("核对一致。卡是因为密码连着错了三回被锁住了，钱都还在，一分没少。您带着身份证和这张卡到柜台，当面重新设个密码就能用。"),
            C("那俺明天一早去镇上。新密码设啥好？"),
            A("别用出生日子、门牌号、手机尾号这类人家一猜就中的，自己记得住就行。"),
            C("知道了，这回可得记牢。"),
            A("其余还有哪样要问？"),
            C("没了没了。"),
            A("行，电话打得正是时候，谢谢，葡萄好收成，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，哪位：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "开场没有报工号")],
    },
    {
        "call_id": "bh03_elderly_haimen_grandma_fake_teacher_grandson_fight_medical_fee_stopped",
        "title": "八十一岁老年客户（海门）接到自称孙子班主任的电话，说孙子在学校打伤同学，要她先把六千八医药费转到老师个人卡上、别告诉孩子爸妈（未用风险词的冒充老师诈骗），来问怎么转；坐席识破并劝阻；不涉及账户数据，不需核身（坐席说明）；客户在坐席说完前零点五秒接话；用自己的话给老人防骗提醒；完整收尾",
        "business_type": "transfer", "agent_id": "A13103", "customer_tier": "elderly",
        "started_at": "2030-11-03T08:47:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A13103"]),
            C("喂，我是海门的老太，虚岁八十一了。刚刚有个男的打电话来，说是我孙子的班主任，讲孙子在学堂里跟人家打相打，把同学头打破了，叫我先拿六千八的医药费打到他自家卡上，还关照不要告诉伲儿子媳妇，我不会弄，你教教我。",
              marks=[mark("risk.keyword_alert", "冒充班主任称孙子打伤同学、要老人把医药费转到个人卡并瞒着孩子父母的诈骗情形（未用风险词）")]),
            A("奶奶，这笔钱千万先别打。学校老师不会叫家里老人往他自己卡上打医药费，更不会交代您瞒着孩子爸妈，这是有人冒名顶替，专门拿孩子吓唬老人掏钱。"),
            C("那我孙子到底有没有出事体啊？", overlap=0.5),
            A("电话一挂，您就给儿子或者媳妇打过去，让他们直接问学校，问一声就水落石出。今天这件事不碰您卡里的账，您的身份这回就不核了。"),
            C("好的好的，我马上叫儿子问。"),
            A("以后凡是陌生电话说家里人出了事、催着您打钱、还不许跟家里讲的，您一概不要理，先挂掉，跟儿女们合计过，要么上网点来当面问问我们。"),
            C("晓得了，交关谢谢你。"),
            A("您还有别的心事要我帮着理一理吗？"),
            C("没有了。"),
            A("那奶奶您把身子顾好，谢谢您肯先打来问一声，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh04_tonglu_pen_factory_fake_supplier_account_change_email_swindled_displeased_no_closing",
        "title": "桐庐做圆珠笔的厂老板收到冒充笔芯供应商的邮件说收款账户改了，把两万三货款打进一个个人账户，真供应商没收到；客户自述被骗并对银行表示不满；以身份证号码排在末段的四个数字加每月扣的货车挂靠费核身；坐席查到收款为个人账户，报反诈中心、劝报案；结尾没有询问其他需求、致谢和道别",
        "business_type": "complaint", "agent_id": "A13104", "customer_tier": "standard",
        "started_at": "2030-11-04T16:20:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A13104"]),
            C("喂，我是桐庐的，分水镇做圆珠笔的。上礼拜收到笔芯厂的邮件，讲他们收钱的账户变了，我就把两万三货款打到新账户上了，今朝笔芯厂打电话来催款，说根本没收到，我这回是着了人家的道被骗了呀。",
              marks=[mark("risk.keyword_alert", "被骗：冒充供应商邮件谎称更换收款账户，两万三货款被骗")]),
            A("您先稳住，这两万三流到谁手里，我即刻给您查。查账前按规定确认本人：身份证号码排在末段的四个数字是多少，这张卡每月扣的货车挂靠费是多少？"),
            C("末段四个数是二八六四，挂靠费一个月一千二。"),
            A("信息相符。上周三下午转出两万三千元，收款方是外省一个个人名下的账户，不是公司户。"),
            C("个人账户你们也不拦一下，转账的时候一句提醒都没有，我对你们银行意见大得很，很不满！",
              marks=[mark("emotion.customer_negative", "客户表达对银行的不满")]),
            A("这种事落到谁头上都憋屈，您心里急我是听出来了。这个收钱的户头我这会儿就上报反诈中心，请那边赶紧出手拦；您把那封邮件、转账回单带上，到派出所立个案，追回多少要看警方侦查的进展。"),
            C("好，这就动身去。"),
            A("嗯，材料带齐，您去吧。"),
        ],
        "violations": [mark("closing.missing", "结尾没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "bh05_short_yongchun_credit_card_temporary_limit_raise",
        "title": "永春客户问信用卡能不能临时提额，不到二十秒；简短完整问候、一般咨询不需核身、询问其他需求并致谢道别",
        "business_type": "card", "agent_id": "A13105", "customer_tier": "standard",
        "started_at": "2030-11-05T11:31:02", "agent_channel": 0,
        "turns": [
            A("恒通银行九五零二，您好，请讲需要。"),
            C("信用卡能临时提额吗？"),
            A("能，手机银行额度页面自己申请。还有吗？"),
            C("没了，多谢。"),
            A("谢谢，再会。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "bh06_wudalianchi_mineral_water_shop_fake_credit_record_repair_safe_account_music_no_notice_ch1",
        "title": "五大连池卖矿泉水的店主接到冒充征信中心的电话，说助学贷款记录有问题要“修复征信”，叫他把四万二转到“核验账户”；自述上当；以身份证号码最后一位连着前面三个数加每月扣的公积金贷款核身；客户回答后直接播放音乐保留、事先没有告知（事后致谢）；止付解释；报反诈中心、劝报案；完整收尾（坐席在声道一）",
        "business_type": "complaint", "agent_id": "A13101", "customer_tier": "standard",
        "started_at": "2030-11-06T18:42:09", "agent_channel": 1,
        "turns": [
            A(OPENING["A13101"]),
            C("喂，我是五大连池的，卖矿泉水的。下午有人打电话说是征信中心的，讲我上大学那会儿的助学贷款记录有毛病，要修复征信，叫我把卡里四万二转到他们的核验账户走一圈，说完就退回来，到现在也没退，我八成是上当了。",
              marks=[mark("risk.keyword_alert", "上当：冒充征信中心以修复征信为名骗转四万二")]),
            A("您别着急，这事我马上接过来。先得确认电话这头是您：身份证号码最后一位连着它前面三个数，一共四个，还有这张卡每月扣的公积金贷款是多少？"),
            C("是七零五二，公积金贷款一个月扣两千一百六。"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "进入保留（播放等待音乐）前没有告知客户")]},
            A("候了这半晌辛苦您了，谢谢。这张卡替您做了止付，止付的意思是卡里剩下的钱先冻在原地，谁都挪不动。那四万二打去的账户我报到反诈中心那边了。"),
            C("那我接下来咋整？"),
            A("今晚就带着手机和通话记录到派出所立个案。征信有问题只能本人去人民银行的查询网点查，没有哪个部门会叫您转钱去修复。"),
            C("嗯哪，记住了。"),
            A("您看还有旁的事情要办吗？"),
            C("没了。"),
            A("好，今天辛苦您了，路上慢点，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh07_rugao_bonsai_grower_japan_buyer_usd_arrival_no_staff_number_line_dropped",
        "title": "如皋做盆景的客户问日本买家汇来的美元多久能到；开场有问候、行名和服务用语但没有报工号；到账时间以另一种说法讲对（一到三个工作日）；一般咨询不需核身（坐席说明）；客户追问后通话随即中断",
        "business_type": "transfer", "agent_id": "A13103", "customer_tier": "standard",
        "started_at": "2030-11-07T14:09:44", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行接电话了，遇上的难处您尽管往外倒。"),
            C("哎，我是如皋的，做盆景生意。日本有个买家订了一批五针松，说这两天把美元汇过来，一般要多长时间能到我卡上？"),
            A("打外国汇进来的钱，快的话转天就到，慢的话也就三个工作日以内，碰上周末和两边的节假日要往后顺延。问这个用不着核对您的身份。"),
            C("那到了以后要兑成人民币，是自动换的还是要我自己去柜台弄？",
              marks=[mark("closing.abnormal_hangup", "客户发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "bh08_huazhou_pomelo_peel_shop_fair_pos_settlement_fast_agent_music_no_notice",
        "title": "化州卖化橘红的店主查展销会三天刷卡收款结算到没到；坐席全程约一点六倍语速；以身份证号码最后那一小节四个数加每月扣的商铺财产保险核身；客户说完要查的日子后直接播放音乐保留、事先没有告知（事后致谢）；完整收尾",
        "business_type": "account", "agent_id": "A13102", "customer_tier": "standard",
        "started_at": "2030-11-08T13:26:37", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A13102"]),
            C("喂，我系化州嘅，卖化橘红嘅。上个礼拜去广州展销会摆咗三日档，刷卡机收嘅钱，我想睇下结算返我张卡未。"),
            A("您想查展销会那三天刷卡的钱有没有结到卡上，是吧？照规矩先核对您：身份证号码最后那一小节四个数，还有这张卡每月扣的商铺财产保险是多少？"),
            C("最后四个系三一九六，保险每个月扣一百二十蚊。"),
            A("核对过了，是您。"),
            C("麻烦你睇下，系上个礼拜五、六、日嗰三日。"),
            {"silence": 11.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "进入保留（播放等待音乐）前没有告知客户")]},
            A("让您干听了一阵曲子，谢谢耐心。三天的都结过来了，礼拜五是九千四百元，礼拜六一万二千六百元，礼拜天八千八百元，都是第二天一早到的。"),
            C("啱晒，咁就放心啦。"),
            A("另外还有要查的不？"),
            C("冇喇，唔该晒。"),
            A("不用客气，谢谢您，拜拜。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "bh09_meixian_pomelo_cooperative_nine_month_product_disclosure_music_hold_clean",
        "title": "梅县金柚合作社的贵宾客户有二十五万想放九个月；以身份证号码里出生年份后两位加出生月份，再加去年那张定期存单的金额核身；告知后播放音乐保留并致谢；业绩比较基准与开放期当场解释；用自己的话做完整风险揭示；只买十五万；完整合规",
        "business_type": "wealth", "agent_id": "A13106", "customer_tier": "vip",
        "started_at": "2030-11-11T10:14:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A13106"]),
            C("你好，涯系梅县嘅，搞金柚合作社。今年柚子卖得好，攒下了二十五万，九个月内唔使用，想搵个地方放下。"),
            A("二十五万放九个月，咱们先把本人核实了：身份证号码里出生年份的后两位再加出生的月份，一共四个数，另外去年您在我们这存的那张定期存单是多少钱？"),
            C("系六八一零，定期存单系十万。"),
            A("对上了。我去翻一下合适的产品清单，二十秒上下就回来，电话里会放一小段音乐，您别挂线。"),
            {"silence": 12.0, "kind": "hold_music"},
            A("听音乐等了这一会儿，谢谢您。有一款九个月开放一次的净值型产品，业绩比较基准写的是年化二点九，这个数只是产品设计时的参考目标，不等于一定能拿到；开放期就是每九个月开一次门，只有那几天能买能卖。"),
            C("咁佢保唔保本？涯要心中有数。"),
            A("把丑话摆在前头：这一款算不得存款，出了事存款保险不管它，本钱收益银行两头都不兜着，到期拿回来的钱可能比本钱少，往年赚得多不等于往后还这样。您做过的风险测评是平衡型，跟这款中低风险的等级是配得上的。"),
            C("咁涯先放十五万试下，剩下嘅存定期。"),
            A("好的，下单前那份说明书和风险揭示书请您逐条看过，看懂了再签字。还有哪块想再问问？"),
            C("冇了，你讲得好清楚。"),
            A("八十万托付过来，感激不尽，祝柚子年年红火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh10_liquan_griddle_noodle_shop_gold_card_fee_wrong_interrupt",
        "title": "礼泉开烙面馆的客户想办信用卡金卡，问年费；客户还在讲自己每月刷卡进面粉时坐席插话（重叠约一点二秒）；坐席说金卡年费四百五十元（知识库为三百元）；一般咨询不需核身（坐席说明）；完整收尾",
        "business_type": "card", "agent_id": "A13104", "customer_tier": "standard",
        "started_at": "2030-11-12T15:48:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A13104"]),
            C("喂，额是礼泉的，开烙面馆的。每个月进面粉、进菜籽油都得刷好几万，想在你们这儿办一张金卡，就是额想先弄清楚一年下来"),
            A("您是打听金卡，对吧？我给您说道说道。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("对，金卡一年年费要交多少？"),
            A("金卡的年费一年是四百五十块，刷满一定次数能减免。光打听这个，不需要核您的身份。",
              marks=[mark("answer.wrong_fact", "信用卡金卡年费为三百元（知识库），坐席说成四百五十元")]),
            C("嘹咋咧，那额明天去网点申请。"),
            A("申请时带上身份证和店里的营业执照，批下来会短信告诉您。费用之外还想打听啥？"),
            C("没咧。"),
            A("好，感激您挑中我们恒通，生意越做越旺，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh11_elderly_xinbin_grandpa_nursing_home_yearly_fee_silent_hold_fraud_advice_ch1_clean",
        "title": "八十四岁老年客户（新宾）要给养老院转一年的费用一万五；以身份证号码收口的四个数加每年交的城乡居民养老保险核身；告知后静音保留并致谢；用自己的话提醒核对养老院对公账户；给老人防骗提醒；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A13105", "customer_tier": "elderly",
        "started_at": "2030-11-13T09:06:51", "agent_channel": 1,
        "turns": [
            A(OPENING["A13105"]),
            C("喂，姑娘，我是新宾的，八十四了。我打算开春住进县里的养老院，人家叫我先把一年的钱一万五打过去，我想问问咋转。"),
            A("大爷，您要给养老院转一万五。先要把您这个人认准：身份证号码收口的四个数，再说说这张卡每年交的城乡居民养老保险是多少钱？"),
            C("收口是五三二八，养老保险一年交五百。"),
            A("都对得上。我查一下您这张卡柜台转账的额度，您把电话贴着耳朵等我一小会儿，不用挂。"),
            {"silence": 6.0, "kind": "hold"},
            A("谢谢大爷等我。一万五没问题，让家里晚辈陪着去网点办最稳当。收款只认养老院合同上印的单位账户，要是有人说改成院长或者谁的个人卡，您先别打，叫孩子当面去院里问。"),
            C("嗯哪，我叫大孙子陪我去。"),
            A("还有一样您记着：但凡有人来电自称是银行的、公安的，要您报卡上的数字、手机里蹦出来的验证码，或者叫您把钱挪到哪个账户，您都甭搭理，直接挂了，先跟孩子们念叨一声。"),
            C("记下了，你们想得挺周到。"),
            A("还想问点别的不？"),
            C("没有了。"),
            A("大爷，打这个电话您费心了，谢谢您，腰板一直硬朗，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh12_elderly_jurong_grandpa_cash_for_wife_dental_implants_dead_air_no_fraud_advice",
        "title": "七十八岁老年客户（句容）要取四万现金给老伴种牙；以身份证号码排在最末位置的四个数加每年村集体分的红利核身；客户问能不能让女儿代取后双方无声十秒；道歉；预约取现；全程没有给防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A13101", "customer_tier": "elderly",
        "started_at": "2030-11-14T08:33:17", "agent_channel": 0,
        "turns": [
            A(OPENING["A13101"]),
            C("喂，我是句容的，七十八岁的人了。老太婆牙齿掉得差不多了，医生讲要种牙，一共四万块，我想取现钱去医院交。"),
            A("您要取四万现金给老伴种牙。先得确认电话这头是您：身份证号码排在最末位置的四个数，还有这张卡每年村集体分的红利是多少？"),
            C("队尾四个是六零九一，红利去年分了一千八。"),
            A("核对无误。四万现金要提前一天约，我给您约在后天上午，带身份证和卡去镇上网点。"),
            C("我腿脚不大灵光，叫我女儿帮我去取行不行？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？小姑娘，你那头还听得见吗？"),
            A("听得见，刚才半天没吭声，这是我的错，向您赔不是。代取要带您和您女儿两个人的身份证，再加您签字的委托书，数额大的话网点可能还要给您打电话确认。"),
            C("噢，那还是我自己去算了。"),
            A("那后天上午网点等您。您还有要办的事吗？"),
            C("没有了。"),
            A("好的，老人家，电话里说清楚了，谢谢您，祝老伴早点装上新牙，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十八岁老年客户要取四万现金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "bh13_jingjiang_pork_jerky_shop_milk_tea_franchise_deposit_agent_personal_card_interrupt_no_warning_no_closing",
        "title": "靖江卖猪肉脯的店主要把六万奶茶加盟保证金转到区域代理的个人卡上，合同还没签；客户还在讲代理的说法时坐席插话（重叠约一点一秒）；以身份证号码尾部那一串里的后四个加每月扣的房贷核身；只讲限额（对）并拆两笔，没有任何风险提示；结尾没有询问其他需求、致谢和道别",
        "business_type": "transfer", "agent_id": "A13102", "customer_tier": "standard",
        "started_at": "2030-11-15T11:52:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A13102"]),
            C("你好，我是靖江的，开了爿猪肉脯店。想再加盟一个奶茶牌子，区域代理讲先交六万保证金占名额，打到他自己卡上，合同等总部审完了再寄给我，他讲名额就剩两个了"),
            A("您要转六万到对方个人卡上，是吧？", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("对的，手机上转。"),
            A("先把您是不是本人核一核：身份证号码尾部那一串里的后四个，还有这张卡每月扣的房贷是多少？"),
            C("后四个是一四七三，房贷一个月三千九。"),
            A("核对上了。手机转账每笔封顶五万，六万拆成五万加一万两笔，一天之内二十万以内都行。"),
            C("晓得了，我就拆两笔转。"),
            A("好，那您转吧，转成功了手机里会蹦出一条短信。"),
        ],
        "violations": [mark("risk.disclosure_missing", "合同未签即向个人卡转六万加盟保证金，坐席只讲限额，没有任何风险提示"),
                       mark("closing.missing", "结尾没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "bh14_emei_homestay_guest_payment_disputed_jargon_asked_thrice",
        "title": "峨眉山开民宿的老板问一笔客人的房费为啥被扣回；以身份证号码靠末的四个号加每月还的装修贷核身；坐席用拒付、调单、清分、T加一、差错退单等术语且不解释；钱什么时候能回两次被绕开，客户第三次追问后才答清；完整收尾",
        "business_type": "account", "agent_id": "A13105", "customer_tier": "standard",
        "started_at": "2030-11-18T17:14:20", "agent_channel": 0,
        "turns": [
            A(OPENING["A13105"]),
            C("喂，我是峨眉山的，开民宿的。上个月有个客人刷卡住了三晚，一千六百八，昨天卡里又被扣回去了，这是啥子情况嘛？"),
            A("我帮您查，先把本人确认一下：身份证号码靠末的四个号，还有这张卡每月还的装修贷是多少？"),
            C("靠末的是八二五零，装修贷一个月还两千四。"),
            A("对上了。这笔是发卡行那边发起了拒付，收单这边走了调单，清分的时候按差错退单处理，所以从您的结算款里扣回去了。",
              marks=[mark("etiquette.jargon", "拒付、收单、调单、清分、差错退单，未作解释")]),
            C("你讲的那一串我半句也没听明白，我只想搞明白那钱还回得来不？"),
            A("要看您这边补交的材料，材料到了再走一遍流程，T加一以后会有结果。"),
            C("我问的是钱啥子时候能回来，你还是没说嘛。"),
            A("调单材料审核过了就能重新入账。"),
            C("我第三遍问了哈：这一千六百八，到底哪天能回到我卡上？",
              marks=[mark("resolution.repeated_question", "同一问题（钱何时回来）第三次追问")]),
            A("对不住，我刚才净绕弯子了。是客人跟他的银行说没住过，您把入住登记和客人签字的单子拍照发到我们短信里的地址，五个工作日内审核，通过了钱就退回您卡上，下周三我打电话告诉您结果。"),
            C("这么说就明白了，要得。"),
            A("还有其他要我办的吗？"),
            C("没得了。"),
            A("好，谢谢您，民宿生意红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh15_fujin_fish_skin_craft_shop_mobile_single_limit_wrong_rebuff",
        "title": "富锦做鱼皮画的客户要给收鱼皮的合作社转七万；以身份证号码结尾一组四个数加每月扣的学生午餐费核身；坐席说手机银行单笔限额八万（知识库为五万）；客户再问时坐席使用服务禁语并顶撞；给出收款提醒；简短完整收尾",
        "business_type": "transfer", "agent_id": "A13103", "customer_tier": "standard",
        "started_at": "2030-11-19T10:38:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A13103"]),
            C("你好，我是富锦的，做鱼皮画的。要给江边收鱼皮的合作社转七万，手机上一把能转过去不？"),
            A("涉及您账户得先核身：身份证号码结尾一组四个数，还有这张卡每月扣的学生午餐费是多少？"),
            C("结尾四个是四六零八，午餐费一个月三百二。"),
            A("核对好了。手机银行一笔最多能转八万，七万一次就过去了。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额为五万元（知识库），坐席说成八万")]),
            C("不对吧，我上回转六万就没转成，到底是八万还是不到六万？"),
            A("我都说了八万，你听不懂人话吗？转不过去那是你自己的事。",
              marks=[mark("etiquette.forbidden_phrase", "你听不懂人话吗"),
                     mark("emotion.agent_negative", "顶撞客户，语气生硬")]),
            C("你这咋说话呢？"),
            A("抱歉，是我态度不对。钱怎么走我再嘱咐您，钱只打到合作社的对公账户，有人临时说换成个人卡的，先打合作社办公室电话问清楚。除此以外心里还挂着哪桩事？"),
            C("没了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh16_shishi_garment_wholesaler_counter_interbank_fee_right_third_party_gripe_clean",
        "title": "石狮做服装批发的客户问到柜台给外行的布厂转六万手续费多少，顺口抱怨物流公司压货（不针对银行）；手续费以千分之五、六万收三百讲对；大额支付系统当场解释；一般咨询不需核身（坐席说明）；用自己的话提醒核对布厂账户；完整合规",
        "business_type": "transfer", "agent_id": "A13104", "customer_tier": "standard",
        "started_at": "2030-11-20T14:27:39", "agent_channel": 0,
        "turns": [
            A(OPENING["A13104"]),
            C("喂，我系石狮的，做服装批发。那个物流公司真是气死人，货压了一个礼拜才送到，客人都跑了。算了不讲他，我想问下，到你们柜台给别家银行的布厂转六万，手续费要几多？"),
            A("物流耽误了生意，确实闹心。在柜台上往外行打钱，手续费按转账金额的千分之五收，六万块就是三百块。问费率不用核对您的身份。"),
            C("那钱要多久到布厂那边？"),
            A("白天柜台办的，一般走大额支付系统，也就是人民银行搭的那条跨行通道，正常当天就能到。"),
            C("好，那我明天带卡去。"),
            A("再顺嘴嘱咐一声：转之前拿合同上写的布厂户名和账号对一对，对方临时发个新账号过来的，先打布厂老板电话确认。这之外还有想问的没？"),
            C("冇了，谢谢。"),
            A("不客气，谢谢您特意问到这儿，生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh17_huadian_forest_frog_oil_shop_loan_interest_and_principal_no_check",
        "title": "桦甸卖林蛙油的店主问经营贷这季度利息扣了多少、还剩多少本金；坐席没有任何核身就报出扣息金额和剩余本金；之后说明还款日；完整收尾",
        "business_type": "account", "agent_id": "A13101", "customer_tier": "standard",
        "started_at": "2030-11-21T10:55:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A13101"]),
            C("你好，我是桦甸的，卖林蛙油的。我在你们这贷了一笔经营贷，想问问这季度的利息扣了没有，扣了多少？"),
            A("我看一下，九月二十一号已经扣了，一共是三千八百二十五元。",
              marks=[mark("identity.not_verified", "未核身即报出贷款扣息日期和金额")]),
            C("扣了就行。那本金还剩多少没还？"),
            A("剩余本金是二十一万六千元。",
              marks=[mark("identity.not_verified", "未核身即报出剩余贷款本金")]),
            C("嗯哪，下一回啥时候扣？"),
            A("下次扣息在十二月二十一号，前一天把钱存够在卡里就行。"),
            C("知道了，谢谢啊。"),
            A("还要打听点啥不？"),
            C("没了。"),
            A("好的，账目都给您报齐了，谢谢，冬天卖货顺当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "bh18_chibi_brick_tea_factory_convertible_bond_fund_jargon_no_disclosure",
        "title": "赤壁做青砖茶的贵宾客户有八十万，投资顾问推荐可转债基金，用转股溢价率、纯债价值、久期、下修条款、回售等术语且不解释；以身份证号码第三位到第八位加开户时留的紧急联系人姓氏核身；没有任何风险揭示即下单四十万；完整收尾",
        "business_type": "wealth", "agent_id": "A13106", "customer_tier": "vip",
        "started_at": "2030-11-22T15:03:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A13106"]),
            C("你好，我是赤壁的，做青砖茶的厂子。今年茶卖到了蒙古那边，手上有八十万，想找个比存定期来钱快的。"),
            A("下单前按规矩核实：身份证号码第三位到第八位，再说一下您开户时留的紧急联系人姓什么？"),
            C("第三到第八位是零二一九六五，紧急联系人姓胡。"),
            A("核实好了。给您推荐一只可转债基金，现在持仓的转股溢价率压得低，纯债价值托底，组合的久期压在两年上下，好几只券还有下修条款和回售保护。",
              marks=[mark("etiquette.jargon", "可转债、转股溢价率、纯债价值、久期、下修条款、回售，未作解释")]),
            C("你讲的这些我听着稀里糊涂，就问一句去年赚了多少？"),
            A("去年赚了百分之九，今年买的人多得排队。"),
            C("那我先买四十万。"),
            A("四十万给您下单了，份额转天确认。另外还有要交代的吗？"),
            C("冇得了。"),
            A("好，谢谢您这么信我们，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "四十万购买可转债基金，只讲去年收益和买的人多，没有任何风险揭示")],
    },
    {
        "call_id": "bh19_dongfang_melon_farm_two_accounts_statement_app_mismatch_displeased_long_hold",
        "title": "东方种哈密瓜的农场主抱怨手机银行上两个账户的余额对不上，表示不满；道歉；以身份证号码最后半截里的末四位加预留手机号的最后三位核身；告知后静音保留约一百七十秒并致谢；余额查询超过三分钟标准；完整收尾",
        "business_type": "balance", "agent_id": "A13104", "customer_tier": "standard",
        "started_at": "2030-11-26T13:40:28", "agent_channel": 0,
        "turns": [
            A(OPENING["A13104"]),
            C("喂，我是东方的，种哈密瓜的农场。你们那个手机银行，两个账户的余额一会儿一个样，今天看了三遍三个数，我对你们一肚子不满意，搞得我工钱都不敢发。",
              marks=[mark("emotion.customer_negative", "客户表达对银行服务的不满")]),
            A("给您添了这么大麻烦，真对不起。今天我把两个账户一笔一笔核清楚，保证给您一个准数。"),
            C("一个是农场收瓜款的，一个是发工人工钱的，你都帮我查一下。"),
            A("好，两个一起查。先要核对您是本人：身份证号码最后半截里的末四位，还有卡上预留手机号的最后三位是多少？"),
            C("末四位是三七一五，手机最后三个是二零八。"),
            A("核对过了。两个账户的流水我要一笔一笔对，前后得耗三分钟上下，这当中线上没有声音，电话您攥在手里候着，别挂断。"),
            {"silence": 170.0, "kind": "hold"},
            A("害您白白候了这么长，对不起，也谢谢您的耐心。收瓜款的账户可用余额是十八万四千二百元，发工钱的是三万六千五百元；页面上多出来的那个数是一笔还在途的瓜款，明天到账后就一致了。"),
            C("哦，这么一说就对上了。"),
            A("您还有哪件事要我跟进吗？"),
            C("没有了。"),
            A("好的，耽误您这么长时间，非常感谢，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "bh20_elderly_ledu_garlic_grandpa_balance_before_check_cash_for_grandson_truck_no_fraud_advice",
        "title": "七十六岁老年客户（乐都，种紫皮大蒜）问卡里还有多少钱，坐席核身前就报出余额；之后以身份证号码垫底的四个数加每年冬天领的燃煤补贴核身；要取三万五现金给孙子买货车；全程没有给防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A13103", "customer_tier": "elderly",
        "started_at": "2030-11-28T09:21:35", "agent_channel": 0,
        "turns": [
            A(OPENING["A13103"]),
            C("喂，我是乐都的，种紫皮大蒜的，七十六了。尕孙子想置办个小货车拉货挣钱，我想给他拿三万五，你看我卡里还有多少钱着？"),
            A("您这张卡现在有五万一千三百元。",
              marks=[mark("identity.not_verified", "核身前即报出账户余额")]),
            C("够着呢够着呢，那我过两天去取三万五。"),
            A("取之前要核您本人：身份证号码垫底的四个数，还有您每年冬天领的燃煤补贴是多少？"),
            C("垫底的是二七四三，燃煤补贴一年九百。"),
            A("核对上了。三万五现金给您约在后天上午，拿上身份证和卡到乡上的网点就行。"),
            C("好，麻烦你了。"),
            A("您这之外还有要办的没？"),
            C("没有了。"),
            A("阿爷，谢谢您拨进这通电话，身体健康，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十六岁老年客户要取三万五现金，坐席全程未给任何防诈骗提醒")],
    },
]

HELDOUT48_SEED = 20300104
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT48_CALLS, agents=AGENTS, default_out=Path("samples/heldout48"),
                  seed=HELDOUT48_SEED, description=__doc__))
