#!/usr/bin/env python3
"""Render the hundred-and-sixth held-out evaluation set in samples/heldout106/ (dev-only; never imported by the product).

Written blind from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that never read
the rule pack, the rule engine, its tests, docs or bench, never read any truth folder of another set,
never read the paired writer's set (samples/heldout105/, tools/make_heldout105.py), never ran any git
command and never ran qa-toolkit or any product code. What it read is listed in samples/heldout106/README.md.
Every script step is worded differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any other make_*.py).
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout106.py
    /work/tts-venv/bin/python tools/make_heldout106.py --only dn07_short_yongan_gold_card_fee_question
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

AGENTS = {
    "A18901": {"team": "一线芦苇组", "staff_no": "八五一四"},
    "A18902": {"team": "一线芦苇组", "staff_no": "六三二七"},
    "A18903": {"team": "一线玉簪组", "staff_no": "一六七零"},
    "A18904": {"team": "一线玉簪组", "staff_no": "四零九二"},
    "A18905": {"team": "一线玉簪组", "staff_no": "零七四六"},
    "A18906": {"team": "二线守益席", "staff_no": "三九五一"},
}

OPENING = {
    "A18901": "恒通银行，您好，八五一四号替您接听，要办的事请您摆出来。",
    "A18902": "您好，恒通银行热线这里，员工号六三二七，哪一桩事情，我帮您理顺。",
    "A18903": "喂您好，恒通银行，一六七零号正听着，来意您慢慢道。",
    "A18904": "您好您好，恒通银行，客服编号四零九二，碰着哪些麻烦了？",
    "A18905": "恒通银行，跟您问好，服务编号零七四六，这通电话我全程陪您办。",
    "A18906": "您好，恒通银行，二线财富专员三九五一，闲钱怎么打理，咱们细谈。",
}


def call(cid, title, btype, agent, tier, day, clock, turns, violations=(), ch=0, **kw):
    return {"call_id": cid, "title": title, "business_type": btype, "agent_id": agent,
            "customer_tier": tier, "started_at": f"2035-09-{day:02d}T{clock}", "agent_channel": ch,
            "turns": turns, "violations": list(violations), **kw}


HELDOUT106_CALLS = [
    call("dn01_yaan_dark_tea_factory_interbank_cd_index_fund_jargon_no_disclosure",
         "雅安藏茶厂贵宾客户买同业存单指数基金，术语不解释，没有任何风险揭示", "wealth", "A18906", "vip", 1, "09:21:14", [
        A(OPENING["A18906"]),
        C("你好噻，我是雅安做藏茶的，年底收了一笔货款，三十万，想放你们那里生点利息。"),
        A("买产品得核对是您本人：身份证那串号，左起第十一数至第十三，另外您上回做的风险测评是哪一级？"),
        C("那三位是五八二，测评好像是稳健型。"),
        A("与档案相符，是您本人。给您推一只同业存单指数基金，按摊余成本法来估值，跟踪误差很小，申购份额次个交易日确认，赎回可以走快赎通道，组合的久期控制得短。",
          marks=[mark("etiquette.jargon", "同业存单指数、按摊余成本法来估值、跟踪误差、份额确认、快赎通道、组合久期，均未解释")]),
        C("这一串我是半句也没懂，反正比定期多一点嘛？"),
        A("多一些，老板们抢着下单，抢手得很。"),
        C("要得，三十万都买上。"),
        A("三十万已经帮您下了单，明天份额就出来。还要我帮您弄点别的不？"),
        C("没得了。"),
        A("好嘞，承您看重，谢谢您，回见。"),
    ], [mark("risk.disclosure_missing", "三十万买基金，只说收益多、买的人多，没有任何风险揭示")]),

    call("dn02_no_greeting_chuzhou_chrysanthemum_grower_credit_card_bill_query",
         "滁州种滁菊的客户查信用卡本期账单；坐席开口只说“喂，哪位？”，既无问候行名也无工号；核身后报账单；完整收尾", "card", "A18901", "standard", 2, "10:05:37", [
        A("喂，哪位？"),
        C("呃，你那边恒通银行不？我是滁州种菊花的，想问问我信用卡这个月该还多少。"),
        A("对，这儿就是恒通银行。查账单前先认一认您：身份证那串号，自第七起数至第十，还有您这张卡每月几号是最后还款日？"),
        C("那四位一九六八，每月十八号是还款日。"),
        A("比对无误。这一期账单合计四千三百二十元，最低还四百三十二元。"),
        C("晓得了，我下礼拜卖完菊花就还上。"),
        A("别的还有要查的事没有？"),
        C("没有了，谢谢啊。"),
        A("您来电我也道声谢，滁菊卖出好价钱，再会。"),
    ], [mark("greeting.missing", "开场只说“喂，哪位？”，没有问候、行名和服务用语"),
        mark("greeting.staff_id_missing", "开场没有报工号")]),

    call("dn03_elderly_guangyuan_tofu_shop_grandpa_rent_transfer_warning_silent_hold_ch1_clean",
         "广元七十八岁做豆腐的老大爷给孙女转六万房租；核身；告知后静音等候并致谢；限额讲对；收款核实提醒与防诈提醒用自己的话；完整收尾（坐席在声道一）", "transfer", "A18903", "elderly", 3, "08:47:02", [
        A(OPENING["A18903"]),
        C("喂，姑娘，我是广元剑门关底下打豆腐的，七十八了。孙女在成都租房子，我想给她打六万块房租过去。"),
        A("大爷，您本人咱先验一验：身份证那串号，自第十二起数至第十五，再说说您开户是在我们哪个网点？"),
        C("那四位是三零五七，开户在剑阁县城那个网点。"),
        A("我调一下您的账户记录，电话先拿着莫挂，线上要静一会儿，一会儿我就回来。"),
        {"silence": 6.0, "kind": "hold"},
        A("害您空等，多谢耐心。您手机上转账一次最多五万元，六万可以分成两次转。"),
        C("那好，我分两回。"),
        A("转之前您先给孙女打个电话，问准了房东的收款账户再转。谁要是打电话说孙女出事了、让您赶紧汇钱，全是骗局，您一个子儿都别动，先打给孙女本人问。"),
        C("晓得了，我记到心上。"),
        A("大爷，这一趟还有其他要我办的么？"),
        C("莫得了。"),
        A("那感谢您特意打来，腰腿都硬朗，再见。"),
    ], ch=1),

    call("dn04_huaian_tea_sanzi_shop_wholesaler_payment_fast_agent_music_no_notice",
         "淮安做茶馓的客户查批发商货款到账；坐席全程语速过快；核身后不打招呼直接放等待音乐（事后致谢）；完整收尾", "account", "A18904", "standard", 4, "14:12:50", [
        A(OPENING["A18904"]),
        C("你好，我是淮安炸茶馓的，南京一个批发商说昨天打了货款给我，帮我瞅瞅进账没。"),
        A("好的查进账前得先把本人核一核请报身份证那串号打头仨数还有您当初开卡时选的卡面是哪一款图案？"),
        C("开头三位是三二零，卡面选的是荷花那款。"),
        {"silence": 9.0, "kind": "hold_music",
         "marks": [mark("hold.no_notice", "核身后直接播放等待音乐，事先没有告知客户要等候")]},
        A("多谢您候一阵信息相符货款昨天下午四点到的合计两万六千八百元已经在您卡上了。"),
        C("乖乖，你讲得太快，两万几？"),
        A("两万六千八百元您要是还想看明细手机银行里也能查到。"),
        C("好，晓得了。"),
        A("旁的您还有事要办不有的话直接讲。"),
        C("没了。"),
        A("好的谢谢您来电生意兴隆再见。"),
    ], [mark("etiquette.speech_rate", "坐席全程语速约为正常的一点六倍，客户听不清需要再问")],
         agent_speed=1.6),

    call("dn05_jinggangshan_red_rice_mill_yen_remittance_for_polisher_wrong_arrival_time",
         "井冈山红米加工厂汇日元给日本精米机厂家；核身；坐席把跨境汇款到账时间说成四到六个工作日（知识库为一到三个工作日）；给了汇款风险提示；客户骂的是拖延发货的中间商（第三方）；完整收尾", "transfer", "A18902", "standard", 5, "11:33:08", [
        A(OPENING["A18902"]),
        C("你好，我是井冈山碾红米的，要给日本那个做精米机的厂子汇一笔配件钱，日元一百二十个万，几天能到？"),
        A("办汇款前先认您本人：身份证那串号，压尾三个数，还有您手机银行里自己设的预留信息是哪几个字？"),
        C("最后三位是四一叉……哦，是四一九，预留信息是红米饭香。"),
        A("查验通过。汇到日本，一般要四到六个工作日才能到他们账上。",
          marks=[mark("answer.wrong_fact", "跨境汇款到账时间说成四到六个工作日；知识库为一到三个工作日")]),
        C("这么久啊，都怪那个中间商，拖了两个月不发货，真是个滑头，我再也不找他了。"),
        A("理解您。汇之前有一句要交代：收款账户要跟厂家盖章的合同对一遍，如果有邮件说换了收款账户，先打电话给厂家核实，钱汇出去很难追回来。"),
        C("好，我跟合同对一对。"),
        A("还有没有另外的事要我跟进？"),
        C("没得了，谢谢你。"),
        A("不客气，这通电话费您心了，谢谢，祝机器早日修好，再见。"),
    ]),

    call("dn06_ezhou_bream_fish_farm_dealer_payment_balance_no_check_dead_air",
         "鄂州养武昌鱼的客户问鱼贩子的货款和余额；坐席未核身就报出到账金额和余额；客户问能否设到账提醒后双方无声十一秒；致歉；完整收尾", "account", "A18905", "standard", 6, "16:40:21", [
        A(OPENING["A18905"]),
        C("喂，我是鄂州梁子湖边上养鱼的，武汉那个鱼贩子说把鱼钱打过来了，到了冇？"),
        A("到了，今天上午进来三万四千五百元。",
          marks=[mark("identity.not_verified", "未做任何身份核验即告知入账金额")]),
        C("那我卡里一共还有好多钱？"),
        A("一共是九万一千二百六十元。",
          marks=[mark("identity.not_verified", "未做任何身份核验即告知账户余额")]),
        C("蛮好。那往后有钱打进来，能不能给我手机发个信息提醒一下？"),
        {"silence": 11.0, "kind": "dead_air",
         "marks": [mark("etiquette.dead_air", "客户问能否开到账提醒后，双方无声十一秒，坐席未作任何告知")]},
        A("不好意思方才没吭声。进账短信能开通，手机银行里自己点开就行，不收费。"),
        C("哦，那我回屋自个弄。"),
        A("此外另有要问的吗？"),
        C("冇得了。"),
        A("好，谢谢您，鱼价卖得高，再见。"),
    ]),

    call("dn07_short_yongan_gold_card_fee_question",
         "永安客户只问金卡年费，很短；一般咨询不需核身；年费讲对（三百块）；简短完整收尾；信用卡来电不足二十秒", "card", "A18903", "standard", 7, "12:02:45", [
        A("恒通银行，您好，一六七零，请您讲。"),
        C("你好，永安打来的，问下金卡的年费一年多少？"),
        A("三百块一年，单问价钱，不用核身。别的呢？"),
        C("没了，谢谢。"),
        A("谢谢，再见。"),
    ], [mark("handling.time_standard", "信用卡业务通话不足二十秒的最短标准")]),

    call("dn08_elderly_luan_handmade_noodle_grandma_cash_for_roof_interrupt_no_fraud_advice",
         "六安八十一岁做手工挂面的老奶奶要取三万现金修屋顶；核身；客户说话时被坐席打断；全程没有防诈提醒；完整收尾", "account", "A18901", "elderly", 8, "09:58:33", [
        A(OPENING["A18901"]),
        C("喂，我是六安晒挂面的，年纪八十一。我屋顶漏雨，有个人说帮我翻修，我想明天取三万块钱给他，你看我要带么事东西去，还有那个人他说要先给钱才"),
        A("您要取三万现金对吧？我先核对您身份。", overlap=1.3,
          marks=[mark("etiquette.interruption", "客户还在讲修屋顶要先给钱的情况，坐席抢话打断，重叠约一点三秒")]),
        C("哦，好。"),
        A("身份证那串号，自第二起数至第五是多少，您登记的紧急联系人跟您是么关系？"),
        C("第二到第五是四二七一，联系人是我儿子。"),
        A("都对上了。三万现金定在明早取，带身份证和卡去网点就行。"),
        C("那好，我明天去。"),
        A("奶奶，旁的事，还问不？"),
        C("没了。"),
        A("奶奶，谢谢您了，当心身体，再见。"),
    ], [mark("risk.elderly_fraud_advice", "八十一岁客户要取三万现金先付给上门修屋顶的人，坐席全程没有给防诈骗提醒")]),

    call("dn09_no_staff_number_yizhou_mulberry_wine_maker_daughter_account_docs_line_dropped",
         "宜州酿桑葚酒的客户问女儿开户要带什么；开场有问候、行名、服务用语但无工号；开户证件讲对（另一种说法）；一般咨询不需核身（已说明）；客户追问后通话随即中断", "account", "A18902", "standard", 9, "15:27:19", [
        A("您好，恒通银行，您有啥子要问的，尽管说。"),
        C("你好，我是宜州泡桑葚酒的，我女儿要在你们那里开张卡，得备齐哪样东西？"),
        A("得您闺女本人来，带上她自个儿有效身份证件，加一部用她名字登记的手机。光打听这些，无须核身份。"),
        C("她在南宁读书，我能不能帮她拿户口本去办，她那边放假要",
          marks=[mark("closing.abnormal_hangup", "客户还在追问，通话随即结束，坐席没有作答也没有结束语")]),
    ], [mark("greeting.staff_id_missing", "开场有问候、行名和服务用语，没有报工号"),
        mark("closing.missing", "坐席没有询问其他需求、致谢或道别")]),

    call("dn10_dujiangyan_chuanxiong_herb_grower_fixed_term_bond_product_disclosure_music_hold_ch1_clean",
         "都江堰种川芎的贵宾客户买定期开放债券理财；核身；封闭期解释了；告知后放音乐等候并致谢；风险揭示用自己的话；完整收尾（坐席在声道一）", "wealth", "A18906", "vip", 10, "10:44:56", [
        A(OPENING["A18906"]),
        C("你好，我是都江堰种川芎的，药材卖了二十万，想寻个稳一点的理财。"),
        A("好，本人核验得先做：身份证那串号，自第五起数至第九，还有您在我们这儿上一张定期存单存了多少钱？"),
        C("第五到第九是一零三八六，上一张存单存的八万。"),
        A("合上了。合适的产品我查一查，这会儿电话里放一小段音乐，劳您候着莫挂。"),
        {"silence": 10.0, "kind": "hold_music"},
        A("您候得辛苦。有一款定期开放的债券理财，封闭期六个月，封闭期的意思是这六个月里钱拿不出来，到期才开放赎回。"),
        C("半年不用，没得问题。本钱亏不亏？"),
        A("这得说清楚：本金不打包票，收益也没准数，债券价格跌了，到期拿回的钱可能比本金少。您要是接受得了，再决定买不买。"),
        C("晓得了，亏一点我也认，先买十万。"),
        A("十万已经买好。您看还有哪件事我能帮的？"),
        C("莫得了，巴适。"),
        A("感谢您这样信得过，祝药材年年好收成，再见。"),
    ], ch=1),

    call("dn11_kangding_tibetan_furniture_shop_card_replacement_wrong_time_rebuff",
         "康定做藏式家具的客户卡丢了问补卡要多久；核身挂失；坐席把补卡时间说成二十四天（知识库为七个工作日）；客户嫌慢，坐席语气生硬并说禁语；完整收尾", "card", "A18904", "standard", 11, "13:18:40", [
        A(OPENING["A18904"]),
        C("喂，我是康定做藏式家具的，借记卡昨天搬货的时候弄丢了，要挂失，补新卡得多久？"),
        A("验明本人要两样：身份证那串号，自第六起数至第十，再说一下您家燃气户号最后三位。"),
        C("第六到第十是一二零五三，燃气户号最后是七四八。"),
        A("一模一样，是您本人。这卡已锁住挂失。补新卡得等二十四天。",
          marks=[mark("answer.wrong_fact", "挂失补卡时间说成二十四天；知识库为七个工作日")]),
        C("二十四天？那么久，我这边货款还等着收呢，有没有快些的法子？"),
        A("催也没用，条文定死了，你爱咋办咋办。",
          marks=[mark("etiquette.forbidden_phrase", "你爱咋办咋办"),
                 mark("emotion.agent_negative", "催也没用、你爱咋办咋办，语气生硬，推开客户")]),
        C("好嘛，那我等着。"),
        A("其他呢？"),
        C("没得了。"),
        A("谢谢来电，再见。"),
    ]),

    call("dn12_qamdo_incense_shop_fake_charter_bus_deposit_swindled_complaint_no_closing",
         "昌都卖藏香的客户付了假包车定金被骗；核身；客户对银行止付慢不满要投诉；坐席处理后没有收尾就结束", "complaint", "A18905", "standard", 12, "17:05:12", [
        A(OPENING["A18905"]),
        C("喂，我是昌都卖藏香的。前几天网上有人说能给我们店里组团包车去拉萨，我打了八千包车定金，如今联系不上人了，我遭人骗了。",
          marks=[mark("risk.keyword_alert", "被骗：假包车定金，转走八千元")]),
        A("您别急，请您本人过一道核验：身份证那串号，自第九起数至第十一，还有给这张卡自动还款绑的那张卡尾号是多少？"),
        C("那三位是六零二，绑的卡尾号三一八八。"),
        A("两项吻合。您的转账记录我调出来了，收款账户我这边提交可疑账户上报。"),
        C("我昨天打过一次，说让等，等到现在钱早被转走了。你们这样我很不满，我要投诉。",
          marks=[mark("emotion.customer_negative", "客户对银行处理慢表示很不满并要投诉")]),
        A("让您白等一天，怪我们这头没跟上，这次我直接给您登记投诉，加急转给专人，一个小时以内回电话。您同时去派出所报案，把聊天记录带上。"),
        C("好吧，我就守着电话。"),
        A("嗯，专人会打您这个号码。"),
    ], [mark("closing.missing", "坐席没有询问其他需求、致谢或道别就结束了通话")]),

    call("dn13_qiandongnan_reed_pipe_workshop_card_skimmed_overnight_music_no_notice",
         "黔东南做芦笙的作坊主卡半夜被盗刷；核身；核身后不打招呼放等待音乐（事后致谢）；冻结卡片发起争议；完整收尾", "complaint", "A18903", "standard", 13, "07:52:27", [
        A(OPENING["A18903"]),
        C("喂，我是黔东南做芦笙的，早上起来看手机，卡半夜在外地刷了三笔，一共五千九，卡还在我身上，这不是遭盗刷了嘛！",
          marks=[mark("risk.keyword_alert", "盗刷：卡在身边，半夜异地被刷三笔共五千九")]),
        A("您先莫慌，本人核验走一遍：身份证那串号，自第三起数至第六，还有您开户时登记的工作单位在哪个镇？"),
        C("第三到第六是二六一四，单位在雷山县西江镇。"),
        {"silence": 9.0, "kind": "hold_music",
         "marks": [mark("hold.no_notice", "进入等待音乐前没有告知客户")]},
        A("多谢您候了这一阵子。卡已经替您冻结了，三笔交易我发起了争议，结果出来会发短信给您。"),
        C("要得，钱还能回来嘛？"),
        A("查清确实不是您本人刷的，钱给您退回原卡。新卡您可以到网点申请，记得以后收到陌生链接不要点。"),
        C("要得，晓得了。"),
        A("眼下还有哪样要我帮忙？"),
        C("没得了。"),
        A("好，您察觉得快，谢谢，再见。"),
    ]),

    call("dn14_yanan_waist_drum_maker_pos_settlement_short_jargon_asked_thrice",
         "延安做腰鼓的客户问收款机结算咋就少了钱；核身；坐席满口术语，客户三次追问，才说明白", "account", "A18904", "standard", 14, "11:10:03", [
        A(OPENING["A18904"]),
        C("你好，额在延安做腰鼓，店里刷卡机昨天收了一万二，到账怎么才一万一千九百多，钱少在哪儿了？"),
        A("您本人得先对一对：身份证那串号，自第十三起数至第十七，还有收款机登记的商户名称是啥？"),
        C("第十三到第十七是零八二四六，商户名叫安塞腰鼓坊。"),
        A("核对上了。这是收单扣率按交易类型分档，贷记卡交易走清算行轧账，次日批量入账，差额里还有一笔退单冲抵。",
          marks=[mark("etiquette.jargon", "收单扣率、清算行轧账、批量入账、退单冲抵，未作解释")]),
        C("额听不懂，你就说少的那些钱到底去了哪儿？"),
        A("按扣率规则扣掉了，是正常差额，您放心。"),
        C("那到底是扣了啥钱？额问你三回了！",
          marks=[mark("resolution.repeated_question", "客户第三次追问少的钱去了哪里，之前两次都没得到明白答复")]),
        A("不好意思，我说白一点：别人刷信用卡付钱，银行按规矩收一点刷卡手续费，一万二扣了六十多块，就是这个差。"),
        C("哦，这回弄明白了。"),
        A("剩下还有不明白的吗？"),
        C("没了，谢谢。"),
        A("劳您耐心听完，生意红火，再见。"),
    ]),

    call("dn15_yongan_bamboo_chopstick_factory_mobile_limits_general_info_early_start_ch1_clean",
         "永安竹筷厂客户问手机转账限额；一般咨询不需核身（已说明）；限额讲对（另一种说法）；客户在坐席说完前就开口（不是坐席打断）；完整收尾（坐席在声道一）", "transfer", "A18902", "standard", 15, "10:29:48", [
        A(OPENING["A18902"]),
        C("你好，我是永安做竹筷子的，想问一下，用手机给供货的竹林老板转钱，每回最多能划过去几个钱？"),
        A("打听规矩，核身份免了。手机划账，单回最多五个万，当天几回凑一块，不过二十个万，超出的话，可以第二天再转，或者"),
        C("二十万够了够了。", overlap=0.5),
        A("好的。转账时对方账户名字要核一遍，别转错了人。"),
        C("明白。"),
        A("另外还有要打听的没有？"),
        C("没有了。"),
        A("多谢多谢，祝厂里顺当，再见。"),
    ], ch=1),

    call("dn16_dujiangyan_farmhouse_restaurant_counter_interbank_contractor_no_warning_dead_air_no_closing",
         "都江堰经营农家乐客户要在柜台跨行给装修包工头私人账户转九万；核身；手续费讲对（千分之五）；客户问能否撤回后无声十一秒；没有风险提示；没有收尾", "transfer", "A18901", "standard", 16, "15:55:31", [
        A(OPENING["A18901"]),
        C("喂，我是都江堰经营农家乐，装修的包工头叫我把九万块打到他私人卡上，开在外行的，我到柜台去办，要收好多钱的费？"),
        A("先过本人核验：身份证那串号，自第四起数至第七，再报一下开户时留的座机号后三位。"),
        C("第四到第七是一九七五，座机后三位是六三零。"),
        A("没错，是您本人。柜台跨行按转的金额收千分之五，九万就是四百五十元。"),
        C("那转过去了，万一他不干活，钱还能撤回来不？"),
        {"silence": 11.0, "kind": "dead_air",
         "marks": [mark("etiquette.dead_air", "客户问能否撤回后，双方无声十一秒，坐席未作任何告知")]},
        A("跨行转出去就撤不回了。"),
        C("哦，那我明天去柜台转。"),
        A("行，带上身份证就能办。"),
    ], [mark("risk.disclosure_missing", "九万大额转给包工头私人账户，坐席没有任何风险提示"),
        mark("closing.missing", "坐席没有询问其他需求、致谢或道别")]),

    call("dn17_elderly_yanan_grandpa_balance_before_check_cash_for_cave_house_no_fraud_advice",
         "延安八十三岁老大爷问余额，坐席核身前就报了余额；之后核身；要取五万修窑；全程没有防诈提醒；完整收尾", "account", "A18903", "elderly", 17, "09:03:15", [
        A(OPENING["A18903"]),
        C("喂，额住延安，是个老汉，八十三了。额存折里还有多少钱？额想取五万块把窑洞箍一箍。"),
        A("您账上现在有十一万七千三百元。",
          marks=[mark("identity.not_verified", "核身前即报出账户余额")]),
        C("够了够了。"),
        A("取钱得先认您本人：身份证那串号，起头四个数，还有存折上登记的住址是哪个村？"),
        C("前四位是六一零六，住在枣园村。"),
        A("核对无误。五万现金给您约好后天上午，带身份证和存折去网点。"),
        C("好，额记下了。"),
        A("大爷，旁的事要不要办？"),
        C("没了。"),
        A("那谢谢您，慢慢走，再见。"),
    ], [mark("risk.elderly_fraud_advice", "八十三岁客户要取五万现金，坐席全程没有给防诈骗提醒")]),

    call("dn18_elderly_ezhou_grandpa_fake_stamp_buyer_appraisal_fee_stopped",
         "鄂州七十九岁老大爷要给自称高价收老邮票的人转鉴定保证金，客户话里没有风险词；坐席识破并拦下；防诈提醒用自己的话；核身；完整收尾", "transfer", "A18905", "elderly", 18, "14:36:09", [
        A(OPENING["A18905"]),
        C("喂，我是鄂州的，七十九了。有个人打电话说我那套老邮票值二十万，他要收，叫我先转三千块鉴定保证金到他账上，东西鉴定完连本带钱一起给我。",
          marks=[mark("risk.keyword_alert", "客户讲述冒充收藏公司高价回收邮票、先交鉴定保证金的诈骗（客户话里没有风险词）")]),
        A("大爷，这钱您一分也莫汇。先收钱再说收东西的，都是骗局，正经收藏的人不会先找您要钱。"),
        C("啊？他说得有鼻子有眼的。"),
        A("骗子就靠说得好听。您本人我先核一核：身份证那串号，自第十起数至第十三，还有您这张卡有效期到哪年哪月？"),
        C("第十到第十三是零三二九，卡到二零三八年五月。"),
        A("都相符。您这张卡今天没有转出去的钱，放心。那号码要是再打过来，直接挂掉，若是吃不准，就给儿女或者我们打电话问。"),
        C("好，我不转了，亏得问了你们。"),
        A("大爷，还问啥子？"),
        C("不问了。"),
        A("谢谢您拿不准先问我们，保重身体，再见。"),
    ]),

    call("dn19_qiandongnan_rice_fish_farmer_three_accounts_long_silent_hold_displeased",
         "黔东南稻田养鱼的客户查三个账户余额；对热线难打通表示不满；核身；告知后静音等候一百七十秒并致谢；余额查询超三分钟标准；完整收尾", "balance", "A18906", "standard", 19, "16:22:44", [
        A(OPENING["A18906"]),
        C("你们这个电话打了四回才打进来，我心里非常不满。我是黔东南稻田养鱼的，三个账户的钱你帮我都查一下。",
          marks=[mark("emotion.customer_negative", "客户对热线难打通表示非常不满")]),
        A("叫您等了这么久，实在抱歉。请您本人过一道核验：身份证那串号，自第八起数至第十一，还有家里电费代扣的户主叫什么名字？"),
        C("第八到第十一是三七零九，户主是杨老三。"),
        A("信息相符。三个账户要一个个调，耗时要久些，电话会静一阵，您别挂，查完了立刻回到线上。"),
        {"silence": 170.0, "kind": "hold"},
        A("多亏您这样耐心候着。活期卡里是四万二千一百元，两张定期存单，一张五万，一张三万。"),
        C("好，我晓得了。"),
        A("您看别的还有什么要查？"),
        C("没得了。"),
        A("谢谢来电，鱼肥稻香，再见。"),
    ], [mark("handling.time_standard", "余额查询通话超出三分钟的处理标准")]),

    call("dn20_huaian_cattail_vegetable_seller_cold_chain_payment_interrupt",
         "淮安卖蒲菜的客户用手机给冷链物流公司转四万五；核身；坐席在客户讲话时打断；限额讲对（另一种说法）；提醒核对收款方；客户骂的是物流公司（第三方）；完整收尾", "transfer", "A18902", "standard", 20, "13:49:26", [
        A(OPENING["A18902"]),
        C("你好，我是淮安卖蒲菜的，要给冷链物流公司转四万五的运费，他们那边上回把我的菜捂坏了一车，真是气人，这回我想先转一半，剩下的等"),
        A("您就说转多少吧，我这边先核身。", overlap=1.2,
          marks=[mark("etiquette.interruption", "客户还在讲付款安排，坐席抢话打断，重叠约一点二秒")]),
        C("那就先转四万五全款吧。"),
        A("请报身份证那串号，自第十五起数至第十八，再说说您最近一次在柜台办业务是几月份？"),
        C("那四位是二八六叉，上回去柜台是六月份。"),
        A("都对得上。手机一次转五万块以内，四万五一次就能过去。转前把物流公司合同上的对公账户核一遍，有人发消息说换了账户，打个电话给厂家问明。"),
        C("好，我对一下再转。"),
        A("还有要我帮忙的不？"),
        C("没了，谢谢。"),
        A("谢谢，蒲菜卖得俏，再见。"),
    ]),
]

HELDOUT106_SEED = 20320330
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT106_CALLS, agents=AGENTS, default_out=Path("samples/heldout106"),
                  seed=HELDOUT106_SEED, description=__doc__))
