#!/usr/bin/env python3
"""Render the twelfth held-out evaluation set in samples/heldout12/ (dev-only; never imported by the product).

The first eleven held-out sets (samples/heldout/ to samples/heldout11/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This twelfth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the eleven
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py or make_heldout.py to make_heldout11.py): other agents (A9401-A9406) with their own
openings (热线员, 工作号, 服务代表, 服务专员, 今日当值的…号, 财富热线的客户经理), other verification routes
(the name of the estate on the home address on file, the amount of the latest repayment, the month a
time deposit matures, the occupation given when the account was opened, the day salary usually
arrives, the city where the card was applied for, the last purchase's merchant), other hold and
closing phrasings, topics the earlier sets did not use (a bond fund with the money from a sold shop,
a standing monthly transfer to an elderly man's brother, a suspected counterfeit note, buying a hot-pot
restaurant's lease, a euro payment to an Italian leather workshop, a temporary limit for a wedding
banquet, a locked USB security key, a publisher's royalty, a second-hand camper van, a grain-farming
subsidy, a quant private fund, a fake courier-refund screen-share, an online "boyfriend"'s
digital-currency platform, a stolen phone and an emptied account, a video-app auto-renewal charged
three times, the counter's inter-bank fee, cash for a betrothal gift, breaking a time deposit for a
grandson's wedding, a foreign-currency charge's exchange rate, binding a card to a payment app),
dialect-flavoured customers (Harbin, Leshan in Sichuan, Foshan Cantonese-flavoured and Weifang in
Shandong; the Harbin and Weifang customers are elderly) and hard negatives (steps done in unusual
words, steps not required in that situation, harmless mentions of the police and of verification
codes, figures right for another card, large transfers and a remittance abroad with a warning, a
customer who starts before the agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout12.py
    /work/tts-venv/bin/python tools/make_heldout12.py --only w13_online_boyfriend_crypto_platform_no_warning
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
#   number may be said as "热线员NNNN", "我的工作号是NNNN", "服务代表NNNN", "服务专员NNNN",
#   "今日当值的NNNN号" or "客户经理NNNN". w09 greets, names the bank and offers help with no
#   number (staff_id_missing); "说吧，啥事儿。" (w08) is no greeting at all (both labels);
# - identity: a check before any account data or account action. ID digits + the estate of the
#   home address on file (w01, w08, w17), + the latest repayment amount (w06, w19), + the month a
#   time deposit matures (w18), + the occupation given at account opening (w02, w11, w12), + the
#   day salary usually arrives (w04, w15), + the city where the card was applied for (w07, w09,
#   w13), + the last purchase's merchant (w05, w14, w16). identity.not_verified = each agent turn
#   that discloses account data before a check: w10 (a grain subsidy's date, amount, payer, then
#   the balance, no check at all: two turns). General information (w03: a suspected counterfeit
#   note; w20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (w11: a quant private
#   fund "never loses"), a fraud script the customer describes left without an anti-fraud warning
#   while the agent helps the money out (w13). A disclosure in the agent's own words counts (w01).
#   Large transfers carry a warning in the agent's own words (w04, w09), the remittance abroad too
#   (w05);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (w13: an online boyfriend's platform wants
#   50,000 more before a withdrawal). w12 twice (上了骗子的当, 三万二全被转走了; 派出所那边我已经
#   报过案了), w14 once (phone stolen, money moved out). A neighbourhood police officer and verification codes (w03), a code the bank sends
#   (w07) and police mentioned in passing (w02) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (w18: an
#   81-year-old breaking a time deposit for a grandson's wedding). The other elderly call (w02)
#   carries it;
# - emotion.customer_negative: w14 twice, w19 once. etiquette.jargon: w11.
#   forbidden_phrase and agent_negative: w15, w17 (both labels on each);
# - hold: announced holds in other words count (w04 silent, w07 music, w14 music; all thanked).
#   In w16 the music (10 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: w18, 12 s after the elderly customer asks how much interest is lost;
# - closing: thanks and goodbye in other words count; w12 ends with "先这样。": closing.missing;
#   w19 and w20 end without any closing;
# - answer.wrong_fact: w09 (每笔最多能转十万; the KB says 五万) and w16 (柜台跨行转账手续费是百分之二;
#   the KB says 0.5%). Right figures stay unlabelled (w04's 五万 / 二十万, w06's 普卡 fee of 一百 and
#   金卡 fee of 三百, w14's 七个工作日, w05's 三个工作日, w09's 二十万);
# - etiquette.interruption: w15, 1.1 s and 0.9 s. In w06 the customer starts 0.5 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: w19; handling.time_standard: w20;
#   etiquette.speech_rate: the agent at 1.6x (w17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9401": {"team": "一线R组", "staff_no": "四二七三"},
    "A9402": {"team": "一线R组", "staff_no": "八零六一"},
    "A9403": {"team": "一线S组", "staff_no": "三九一五"},
    "A9404": {"team": "一线S组", "staff_no": "六二四八"},
    "A9405": {"team": "一线S组", "staff_no": "一五八四"},
    "A9406": {"team": "二线N组", "staff_no": "九三零二"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9401": "恒通银行热线员四二七三跟您问好，您遇上啥情况，慢慢说给我听。",
    "A9402": "您好，您拨的是恒通银行，我的工作号是八零六一，您想办点什么？",
    "A9403": "您好，恒通银行的服务代表三九一五在线，今天要我帮忙的是哪桩事？",
    "A9404": "喂您好，恒通银行这头是六二四八号服务专员，听您吩咐，请说。",
    "A9405": "您好！恒通银行，今日当值的一五八四号接您这通电话，有事您只管开口。",
    "A9406": "您好，恒通银行财富热线，客户经理九三零二，您想聊聊哪类投资？",
}

HELDOUT12_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "w01_shop_sale_bond_fund_clean",
        "title": "五十八岁客户卖掉临街铺面得三十万，想买纯债类基金，以身份证尾号加预留住址小区核身；坐席用自己的话讲清债基也会跌、利率上行时净值回撤、不保本，建议分批并留足流动资金，完整合规",
        "business_type": "wealth", "agent_id": "A9406", "customer_tier": "VIP",
        "started_at": "2027-10-04T09:47:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A9406"]),
            C("你好，我把临街那间铺面卖了，到手三十万，年纪大了不想折腾股票，听说债券基金稳当，想请您给参谋参谋。"),
            A("卖铺面的三十万，想找个比股票省心的去处，看中了债券类的基金，我没听岔吧？"
              "给您挑产品前，要先对一对身份：身份证最后那四个数字麻烦讲一下，另外您登记的住址是哪个小区。"),
            C("最后四个是五八一六，住在桂花苑。"),
            A("两样都对得上，确认是您。我们代销的这只主要买国债和高评级的企业债，随时可以赎回，赎回后第二个工作日到账。"),
            C("债券基金总不会亏吧？"),
            A("这得跟您讲实话：它也会亏。碰上利率往上走，债券价格就往下掉，净值一两个月里回撤一两个点是常有的事；"
              "它不保本，说明书上写的往年收益，也担保不了明年。"),
            C("噢，那跟存银行还是不一样。"),
            A("对，本质上是投资，不是存款。您测评出来是稳健型，这只风险等级二级，两边是匹配的。"
              "我的建议是三十万别一口气全投，头一个月先放十万，剩下的留作家里的备用钱。"),
            C("行，我就先投十万看看。"),
            A("好，您在手机银行下单时，会弹出产品合同和风险揭示书，一条条看完勾了确认才会扣款。还有什么需要我顺手办的？"),
            C("没有，挺清楚的。"),
            A("那就不占用您时间了，多谢您耐着性子听完，祝您晚年安稳，回见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w02_elderly_harbin_standing_transfer_to_brother_clean",
        "title": "七十九岁老年客户（哈尔滨口音）想每月从养老金卡自动给老家弟弟转五百，以身份证尾号加开户时登记的职业核身；提到邻居家被骗、派出所来宣传过（无害提及）；说明要本人到网点设定时转账；坐席提醒冒充亲属借钱、冒充银行要验证码都是骗局，完整合规",
        "business_type": "transfer", "agent_id": "A9403", "customer_tier": "elderly",
        "started_at": "2027-10-05T08:52:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A9403"]),
            C("哎，老妹儿啊，我哈尔滨的，七十九了。我弟弟在老家身子骨不得劲儿，我寻思每个月从养老金里头给他打五百，能不能让银行自个儿按月转过去，咋整啊？"),
            A("大爷您好，您是想让银行每个月从养老金卡里，自动给老家的弟弟转五百块钱，省得每回自己跑，对不对？"
              "这事要动您的卡，我先认一认人：您把身份证末了那四位数念给我，再说说当年开户时候登记的是干啥工作的。"),
            C("末了四位是三零七四，我退休前在铁路上当扳道工。"),
            A("对上了，是您本人。这个叫按月定时转账，头一回得您本人带着身份证和养老金卡去网点设一下，"
              "转给谁、哪天转、每回多少，都跟柜员说清楚，往后每个月到日子自个儿就转了。"),
            C("嗯呐，那收钱的卡号我得带上是吧？前些天派出所的小伙子还上我们小区讲课来着，说啥都别往外说。"),
            A("弟弟的卡号和户名您抄在纸上带过去就成。派出所讲得在理，我这边也跟您唠叨几句："
              "要是有人打电话说是您弟弟换了号、急着用钱，或者自称是银行让您报手机上的数字，那保准是骗人的，您先挂了，给弟弟家里打个电话核一核。"),
            C("贼对，邻居老王家前年就叫人这么糊弄走两万。"),
            A("所以您多留个心眼。定时转账每回成功了，手机上会来条短信，您让家里人帮着看一眼。您还有别的事儿要问不？"),
            C("没了没了，整明白了。"),
            A("好嘞大爷，难为您大老远打这个电话，哈尔滨天凉了您添件衣裳，再见啦。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w03_suspected_counterfeit_note_info_clean",
        "title": "小卖部老板收到一张疑似假币，问拿到银行会怎样（鉴别与收缴规定咨询，不查账户，无需核身）；担心会不会被报警当嫌疑人、片警说过的话、会不会发验证码（均为无害提及），完整合规",
        "business_type": "account", "agent_id": "A9401", "customer_tier": "standard",
        "started_at": "2027-10-06T15:21:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A9401"]),
            C("你好，我开小卖部的，昨天收了一张一百的，摸着手感发滑，水印也模模糊糊，我怀疑是假的，拿到你们那儿会咋样？"),
            A("您是收到一张摸着发滑、水印发虚的百元钞，想知道拿到网点会怎么处理，是这意思吧？"
              "这属于钞票鉴别的规矩，跟您账户没关系，身份这步可以省掉。您拿过来，柜员会先上机器验，再人工看，真的就照常存取。"),
            C("那要是真是假的呢？会不会给我报警，把我当嫌疑人？"),
            A("一张两张的，不会把您当嫌疑人。确认是假币，柜员当着您的面收缴，盖上假币章，给您开一张收缴凭证；"
              "只有一次拿来很多张，才会按规定报告公安。"),
            C("我们片儿的民警上回来店里说，收到假钱别再花出去。"),
            A("民警说得对，再花出去就是违法了。您对凭证结果有异议，三个工作日内可以去申请重新鉴定。"),
            C("去的时候需要带卡吗？会不会给我手机发个验证码？"),
            A("鉴别不用带卡，也不会给您发验证码，带着那张钞票过来就行。以后收钱可以看看安全线，再对着光瞧瞧水印。"),
            C("好嘞，我明白了。"),
            A("别的还有要打听的吗？"),
            C("没啦。"),
            A("好的，您这么上心地来问，谢谢啦，生意兴隆，回头见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w04_leshan_hotpot_shop_lease_transfer_hold_clean",
        "title": "四川乐山客户要给原老板转十六万盘下一家火锅店，以身份证尾号加工资通常到账日核身；告知后静音保留并致谢；每笔五万、一天二十万说对；用自己的话做大额转账提醒（核对营业执照与租赁合同、房东在场、签了转让协议再付、对方催促就停），完整合规",
        "business_type": "transfer", "agent_id": "A9404", "customer_tier": "standard",
        "started_at": "2027-10-07T11:13:56", "agent_channel": 0,
        "turns": [
            A(OPENING["A9404"]),
            C("喂，你好嘛，我乐山的。我看上一家火锅店，原来的老板要转出去，转让费十六万，我想今天就在手机上把钱给他打过去，啷个弄嘛？"),
            A("您要盘下一家火锅店，今天想在手机银行上把十六万转让费付给原来的老板，是这个情况吧？"
              "付款之前，我得确认下电话这头是卡主：请说身份证上最后四位数，再说一下您的工资一般每个月几号进账。"),
            C("最后四位二四六九，工资每个月十号进来。"),
            A("都对，没问题。我帮您查一查这张卡今天的转账额度还剩多少，大约十几秒，您别挂，电话里会静一会儿。"),
            {"silence": 7.0, "kind": "hold"},
            A("这阵子让您干等，谢谢了。手机银行一笔顶多转五万，一天合起来最多二十万，十六万分四笔，今天能转完。"),
            C("巴适，那我马上转。"),
            A("转之前还有几句要紧话：盘店的钱数目不小，您先看原老板的营业执照、房东的租赁合同，最好约房东到场，"
              "三方签了转让协议再付钱；要是对方一直催着先打款、不让见房东，就先停下来。"),
            C("要得，我下午约房东一起喝个茶，签了字再转。"),
            A("您这样安排最踏实。您另外还想问点啥子不？"),
            C("莫得了，谢谢哈。"),
            A("客气啦，承蒙您看得起我们，祝火锅店红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w05_italian_leather_workshop_euro_payment_clean",
        "title": "皮具店主要给意大利的手工皮具作坊汇两万欧元货款，以身份证尾号加上一笔消费的商户核身；坐席用自己的话做跨境汇款风险提示（收款信息被改是常见骗局、电话回拨核实、别按邮件里新账户付），到账三个工作日左右（正确），提醒牌价变动，完整合规",
        "business_type": "transfer", "agent_id": "A9402", "customer_tier": "standard",
        "started_at": "2027-10-08T14:36:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A9402"]),
            C("你好，我开皮具店，在意大利订了一批手工包，作坊让付两万欧元货款，我想问怎么从你们这儿汇过去。"),
            A("您要给意大利的皮具作坊付两万欧元货款，想了解汇款怎么办，对吧？涉及您的购汇额度，我得先把身份对清楚："
              "请您说证件号码的最末四位，还有您卡上最近一笔消费是在哪家商户刷的。"),
            C("最末四位七三零八，上一笔是在一家加油站加的油。"),
            A("全部相符。货款属于货物贸易项下的汇款，您准备好采购合同和形式发票，网银提交、柜台办理都行，一般三个工作日左右到对方账户。"),
            C("对了，作坊昨天发邮件说他们换了收款账户，让我按新账户付，这个要紧吗？"),
            A("这一点您千万得当心：邮件里突然换收款账户，是跨境贸易里最常见的骗局，骗子黑进邮箱改个账号，钱就进了别人口袋。"
              "请您用以前存的电话打给作坊负责人当面确认，别用邮件里给的号码；核实清楚之前，先别按新账户付。钱一旦汇出境外，想追回来难上加难。"),
            C("好，我先给作坊老板打个电话。"),
            A("另外欧元牌价每天在变，实际扣多少人民币以办理那一刻为准。您还有想了解的吗？"),
            C("就这些，谢谢。"),
            A("好的，感谢您专门打来核实，祝您这批货卖得好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w06_foshan_wedding_banquet_temp_limit_clean",
        "title": "客户（佛山，粤语腔普通话）儿子摆酒要刷卡付酒楼两万八，想提临时额度，以身份证尾号加最近一次还款金额核身；普卡年费一百元（另一产品，正确），金卡年费三百元（正确）；客户在坐席说完前零点五秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A9405", "customer_tier": "standard",
        "started_at": "2027-10-11T16:05:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A9405"]),
            C("你好啊，我佛山的，我个仔下个月摆酒，酒楼那边要刷两万八，我张卡额度唔够，可不可以提高一下啊？"),
            A("您儿子下个月办喜酒，酒楼要刷两万八，现有额度不够，想临时提一提，对吧？先恭喜您！"
              "调额度前我要核对身份：请讲一讲身份证最后四位，再讲一下您最近还卡还了多少。"),
            C("最后四位六九二零，上次还咗四千三。"),
            A("核对无误。您这张是金卡，现在额度两万，我可以帮您申请临时调到三万五，有效期六十天，过了期限就回到原先的两万。"),
            C("系咪要另外收钱啊？"),
            A("临时额度不收钱。顺便跟您说一下，金卡的年费按三百元一年收，一年刷满六次就免掉下一年的；您要是换成普卡，一年收一百元年费，但额度会低些。"),
            C("唔使换，就咁办。"),
            A("好，临时额度已经调好了，短信马上到，摆酒那天直接刷就行，临时部分要在到期前一次还清。", ),
            C("好犀利，唔该晒你啊！", overlap=0.5),
            A("不客气。还有别的需要我帮您处理吗？"),
            C("冇啦。"),
            A("好的，多谢您一直用我们的卡，祝新人百年好合，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w07_usb_security_key_pin_locked_clean",
        "title": "U盾密码输错五次被锁，按密码重置流程以身份证尾号加办卡所在城市核身；说明须本人带U盾到柜台解锁，动态验证码只输在页面上、不念给坐席（无害提及）；告知后播放等待音乐并致谢，完整合规",
        "business_type": "account", "agent_id": "A9401", "customer_tier": "standard",
        "started_at": "2027-10-12T10:28:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A9401"]),
            C("你好，我们公司出纳请假了，我自己在电脑上用U盾付款，密码输错了五回，现在提示锁住了，急着付货款，咋办？"),
            A("您的U盾密码连错五次被锁了，正急着用它付货款，是吧？解锁要按密码重置的流程走，先确认是本人："
              "请讲身份证末尾四个数，再说一下您这张卡是在哪座城市申请的。"),
            C("末尾四个一一五九，卡是在苏州办的。"),
            A("对得上，是您本人。我查一下这个U盾现在的状态，半分钟以内，电话别放，这边先放一小段音乐给您听。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("让您听了半天音乐，谢谢。U盾确实是锁住了，电话里解不开，得您本人带着身份证和U盾去任何一个网点柜台重置，十来分钟就能办好。"),
            C("那今天的货款付不了了？"),
            A("今天急的话，可以先用手机银行转，转账时会给您手机发动态验证码，您填在页面上就行，不用告诉我，也别告诉任何人。"),
            C("行，验证码我自己输。"),
            A("对。新的U盾密码别跟登录密码设成一样的。还有什么要我帮忙看看的？"),
            C("没有了。"),
            A("好嘞，谢谢您的配合，祝您工作顺当，拜拜。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "w08_no_greeting_publisher_royalty",
        "title": "出版社说稿费已汇出，作者查到没到；坐席以“说吧，啥事儿。”接起，无问候、行名、工号；以身份证尾号加预留住址小区核身，其余流程合规",
        "business_type": "account", "agent_id": "A9402", "customer_tier": "standard",
        "started_at": "2027-10-13T13:41:52", "agent_channel": 0,
        "turns": [
            A("说吧，啥事儿。"),
            C("呃，打到恒通来了没错吧？我写了本书，出版社说稿费上周就打出来了，我想看看到了没有。"),
            A("对，恒通的。您要查出版社汇来的稿费。查前得验一验：身份证末四位报一下，再说说您家登记的是哪个小区。"),
            C("末四位四零八二，住在枫林湾。"),
            A("核上了。周四上午有一笔八千六百元进账，付款方是一家出版社，附言写的是稿酬。"),
            C("太好了，那税是不是已经扣过了？"),
            A("附言里写的是税后稿酬，出版社那边代扣过了，具体明细您可以找出版社要完税证明。还有别的要查吗？"),
            C("没有了，谢谢啊。"),
            A("好，多谢来电，祝您下一本书写得顺，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了说吧，啥事儿。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "w09_no_staff_number_camper_van_wrong_single_limit",
        "title": "退休夫妻要买二手房车付车行十六万，开场白有问候、行名和服务用语但不报工号；以身份证尾号加办卡城市核身；手机银行单笔限额说成十万（知识库为五万）；一天二十万正确；大额转账提醒用自己的话",
        "business_type": "transfer", "agent_id": "A9405", "customer_tier": "standard",
        "started_at": "2027-10-14T10:19:33", "agent_channel": 0,
        "turns": [
            A("您好呀，恒通银行，有什么要办理的您讲。"),
            C("你好，我跟老伴退休了，想开着房车到处转转，看中一辆二手房车，十六万，车行让今天转账，手机上一次能转多少？"),
            A("您要给车行付十六万买二手房车，想知道手机银行一次能转多少，对吧？动账前先验证一下身份："
              "身份证尾巴上那四位请您讲一下，另外这张卡是在哪个城市办的。"),
            C("尾巴四位八五七一，卡是在洛阳办的。"),
            A("验证通过。手机银行每笔最多能转十万，一天合计二十万，十六万分两笔就够了。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十万")]),
            C("那行，我分两笔转。"),
            A("付款前提醒您一声：房车要先过户验车，看看登记证书上的车主跟卖家是不是一个人，钱打到车行的对公账户；"
              "销售要是让您转到他私人卡上，说能省点税，那可不能转。"),
            C("放心，我们明天先去车管所验车，过完户再付钱。"),
            A("这样安心。您还有其他想了解的吗？"),
            C("就这些。"),
            A("好的，您二老挑我们办这笔钱，谢谢了，一路好风景，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "w10_grain_subsidy_no_identity",
        "title": "种粮补贴到没到卡上，坐席未做任何身份核验即说出到账日期、金额、付款方，以及卡内余额（坐席在声道一）；其后讲买化肥付款注意事项",
        "business_type": "account", "agent_id": "A9403", "customer_tier": "standard",
        "started_at": "2027-10-15T09:05:18", "agent_channel": 1,
        "turns": [
            A(OPENING["A9403"]),
            C("你好，村里说今年的种粮补贴发下来了，打到一卡通上，你给我看看到了没？"),
            A("到了，十月十二号下午，县财政那边打进来一千九百四十元，备注是耕地地力保护补贴。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出补贴的到账日期、金额、付款方和备注")]),
            C("好，那卡上眼下总共剩多少？"),
            A("目前可用余额是一万三千六百零五元七角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内余额")]),
            C("中，够买化肥了。农资店让我扫码付，有啥要注意的？"),
            A("扫码前看清收款方是不是那家店的名字，别扫陌生人发来的码。要是有人打电话说补贴还有一笔，得先交钱才能领，那是假的。还要问点别的吗？"),
            C("不问了。"),
            A("好的，谢谢您，地里忙活注意身体，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w11_quant_private_fund_jargon_no_disclosure",
        "title": "客户想拿一百万买量化私募，坐席满口术语（合格投资者、量化对冲、阿尔法、夏普比率、最大回撤、锁定期、超额收益计提）；客户问会不会亏，坐席说从来没亏过、放心买，未做风险揭示即预约认购",
        "business_type": "wealth", "agent_id": "A9406", "customer_tier": "VIP",
        "started_at": "2027-10-18T14:02:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A9406"]),
            C("你好，朋友说你们代销一个量化的私募，收益挺高，我手上有一百万，想买一点。"),
            A("买之前要验明本人：身份证号最末四个码报给我，另外开户时您登记的职业是什么？"),
            C("后四位零六三七，登记的是外科医生。"),
            A("核对好了。这只是量化对冲策略，需要先做合格投资者认定，追求绝对阿尔法，夏普比率两点一，历史最大回撤三个点，锁定期六个月，超额收益按两成计提。",
              marks=[mark("etiquette.jargon", "合格投资者认定、量化对冲、阿尔法、夏普比率、最大回撤、锁定期、超额收益计提，未向客户解释")]),
            C("你说的这些我一句也没听懂，就告诉我会不会亏钱？"),
            A("这只产品成立到现在从来没亏过，电脑自动交易，比人靠谱，您放心买就是了。"),
            C("那就买一百万。"),
            A("好，我帮您预约了下周一认购一百万，到时候从卡上划款。还要办别的不？"),
            C("没了。"),
            A("好的，感谢您对我们的认可，回头产品有消息我通知您，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户预约一百万元私募认购，客户问会不会亏时坐席说从来没亏过、放心买，未做任何风险揭示")],
    },
    {
        "call_id": "w12_fake_courier_refund_screen_share_no_closing",
        "title": "冒充快递客服说包裹丢了要理赔，诱导开视频会议共享屏幕，卡里三万二被转走，客户已报案；坐席核身、冻结账户、查出去向、指导补材料，但最后只说“先这样。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A9401", "customer_tier": "standard",
        "started_at": "2027-10-19T19:33:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A9401"]),
            C("你好，我刚刚上了骗子的当！有人说是快递客服，说我包裹弄丢了要赔我钱，让我下个会议软件开了共享，结果卡里三万二全被转走了！",
              marks=[mark("risk.keyword_alert", "被骗、卡里三万二被转走：电信诈骗")]),
            A("您先稳住，咱们一步步来，我先帮您把卡保住。为了确认是卡主本人，请讲身份证末四位，再说一下开户时登记的职业。"),
            C("末四位二二八五，我是小学老师。"),
            A("核对一致。我已经给您这张卡做了紧急止付，现在谁也转不出去了。查到二十分钟前分三笔转出，共三万二千元，收款方是外省的三个个人账户。"),
            C("派出所那边我已经报过案了，民警让我找银行开流水，还要什么？",
              marks=[mark("risk.keyword_alert", "已到派出所报案：涉案资金")]),
            A("您带身份证到网点打印这几笔的交易明细，盖上银行的章交给民警；收款账户的止付要由公安机关发函，我们配合。会议软件请马上卸载，手机银行密码也改掉。"),
            C("好，我这就去网点。"),
            A("先这样。"),
        ],
        "violations": [mark("closing.missing", "坐席只说先这样，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "w13_online_boyfriend_crypto_platform_no_warning",
        "title": "网上认识的“男朋友”带客户在一个数字货币平台投资，平台说要再充五万“保证金”才能提现，客户问怎么转最快（未用风险词的杀猪盘话术）；坐席核身后只讲分笔转、抓紧，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9404", "customer_tier": "standard",
        "started_at": "2027-10-20T21:08:39", "agent_channel": 0,
        "turns": [
            A(OPENING["A9404"]),
            C("你好，我在网上认识了一个男朋友，他带我在一个数字货币平台做投资，账面已经赚了二十多万，现在想提出来，平台说得先充五万保证金才能提现，我想问怎么转过去最快。",
              marks=[mark("risk.keyword_alert", "网友带着在平台投资、要先充保证金才能提现：杀猪盘诈骗话术")]),
            A("要动账户，得先验明是不是您，请讲身份证号后四位，再说一下卡是在哪个城市申请的。"),
            C("后四位九一零三，在合肥申请的。"),
            A("核实了。五万正好卡在单笔的顶上，一趟就转得过去，填上平台客服给的收款卡号和名字就行。"),
            C("他说今晚十二点前不充，账户就要被清零了。"),
            A("那您就赶紧转，现在转过去眨眼就到账，来得及。"),
            C("好，我挂了马上转。"),
            A("行，您那边还有啥事不？"),
            C("没有了。"),
            A("好的，谢过您深夜来电，晚安，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出网友带着投资、充保证金才能提现的杀猪盘话术，坐席反而催其赶紧转账，未做任何防诈骗提示")],
    },
    {
        "call_id": "w14_stolen_phone_account_emptied_complaint_hold",
        "title": "手机在地铁上被偷，第二天发现手机银行转出一万九，客户愤怒、扬言要去监管部门告；坐席共情担责、以身份证尾号加上一笔消费商户核身，告知后播放等待音乐并致谢，止付、挂失、提交调查，新卡七个工作日寄到（正确）",
        "business_type": "complaint", "agent_id": "A9402", "customer_tier": "standard",
        "started_at": "2027-10-21T07:56:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A9402"]),
            C("我简直要疯了！昨晚手机在地铁上被人偷了，今天一早发现手机银行里转出去一万九，你们的系统就这么让人随便转钱？",
              marks=[mark("emotion.customer_negative", "我简直要疯了、你们的系统就这么让人随便转钱：愤怒、不满"),
                     mark("risk.keyword_alert", "手机被偷、手机银行被转走一万九：盗用转账")]),
            A("手机丢了，钱又被转走，这种时候谁都急得不行，这件事我会一直跟到底。我先要核对您是卡主：请说证件尾巴上四位数，还有您被偷之前最后一次刷卡是在哪家店。"),
            C("尾号三七四六，最后一次在一家面馆吃的饭。你们今天要是解决不了，我就去银保监告你们，绝不罢休！",
              marks=[mark("emotion.customer_negative", "去监管部门告你们、绝不罢休：投诉、不满")]),
            A("核对正确，我明白您的心情，今天一定先把该做的都做了。我现在给您的卡和手机银行同时止付，再把那几笔转账调出来看，不超过半分钟，您别挂断，电话里会响一阵音乐。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("谢谢您陪我等着。卡和手机银行都已经停了。一万九分两笔，昨晚十一点四十转到两个外地账户，紧急调查单我这边递出去了，也建议您今天去派出所报案，拿回执给我们。"),
            C("那这钱能追回来吗？"),
            A("我们会配合警方冻结对方账户，追回多少要看调查结果，有进展会第一时间打给您。挂失后补的新卡七个工作日左右寄到您手上，手机卡也请马上去营业厅补办。"),
            C("唉，只能这样了。"),
            A("这回让您受惊吓了，真对不住。您看还有什么要我马上办的？"),
            C("没了。"),
            A("好，辛苦您一大早打来，我们保持联系，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w15_video_app_autorenew_interrupt_rebuff",
        "title": "储蓄卡被某视频会员自动续费连扣三个月，每次二十五，坐席两次在客户陈述未完时插话，并以“您自己手欠点了续费，还来问银行，我们又不是给您看账的”顶撞客户，最后才讲如何关免密",
        "business_type": "account", "agent_id": "A9403", "customer_tier": "standard",
        "started_at": "2027-10-22T12:47:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A9403"]),
            C("你好，我储蓄卡上连着三个月，每个月都被扣二十五块，我查了一下好像是一个视频软件的会员，可我根本记不得开过，能不能帮我查查到底是哪里"),
            A("那是您自己开通的。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("我说了我不记得开过，就算开过，也没人提醒我要续费，我就想知道能不能把这三笔要回来，还有以后"),
            A("证件尾四个数，工资几号到。", overlap=0.9,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约零点九秒")]),
            C("后四位七六八零，每月十五号发工资。"),
            A("核过了。三笔都是那家视频平台发起的免密代扣。"),
            C("那银行能不能帮我把钱退回来？"),
            A("您自己手欠点了续费，还来问银行，我们又不是给您看账的。",
              marks=[mark("etiquette.forbidden_phrase", "您自己手欠点了续费，我们又不是给您看账的：指责、推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、讥讽")]),
            C("我只是想弄明白怎么停掉。"),
            A("在手机银行的免密支付管理里，把那家平台关了，以后就不会再扣。退款要找平台客服申请。"),
            C("知道了。"),
            A("嗯，还有吗？"),
            C("没了。"),
            A("那行，谢谢，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w16_counter_interbank_fee_hold_no_notice_wrong_fee",
        "title": "客户在柜台跨行转账被收了手续费，问费率，以身份证尾号加上一笔消费商户核身；客户提问后直接进入十秒等待音乐、坐席未告知，之后致谢；柜台跨行转账手续费说成百分之二（知识库为百分之零点五）",
        "business_type": "transfer", "agent_id": "A9405", "customer_tier": "standard",
        "started_at": "2027-10-25T15:29:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A9405"]),
            C("你好，我前天在你们柜台给外地的侄子转了一万块学费，回来一看扣了手续费，我想问问这个费是怎么算的。"),
            A("您前天在柜台给侄子跨行转了一万块，被收了手续费，想弄清楚收费标准，是吗？查流水要先认证本人：身份证末四位是多少，再讲一下卡上最近一笔消费是哪家商户。"),
            C("末四位五一三九，最近在超市买了点菜。"),
            A("认证通过。"),
            C("那我那天到底被扣了多少？费率是多少？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("劳您候了这么一会儿，谢谢。柜台跨行转账手续费是百分之二，您那天转一万，扣了两百元。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之二")]),
            C("这么贵啊，那以后怎么转便宜？"),
            A("用手机银行转跨行是免费的，下次您在手机上转就行。"),
            C("好，明白了。"),
            A("您还有别的要咨询吗？"),
            C("没有了。"),
            A("好的，麻烦您专门来问，谢谢，祝您万事顺意，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "w17_fast_agent_betrothal_cash_rebuff",
        "title": "坐席语速过快（约一点六倍）；客户要取二十万现金做彩礼，问要不要预约，以身份证尾号加预留住址小区核身；客户问预约在哪弄，坐席以“这种事网上一搜一大把，别占着线浪费大家时间”顶撞，最后才讲提前一天预约",
        "business_type": "account", "agent_id": "A9401", "customer_tier": "standard",
        "started_at": "2027-10-26T11:17:45", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9401"]),
            C("你好，我弟弟下礼拜订婚，家里要准备二十万现金当彩礼，我想从卡里取出来，是不是得先跟网点说一声？"),
            A("您要取二十万现金，对吧？取之前得先验一验本人，报证件号末尾四码，再报一下登记住址的小区名。"),
            C("后四位三六一四，住在锦绣华庭。"),
            A("核对正确。五万以上的现金要提前预约，不预约网点当天可能没那么多现钞。"),
            C("那预约是在哪里弄？打电话还是去网点？"),
            A("这种事网上一搜一大把，别占着线浪费大家时间。",
              marks=[mark("etiquette.forbidden_phrase", "这种事网上一搜一大把，别占着线浪费大家时间：打发、指责客户"),
                     mark("emotion.agent_negative", "语气不耐烦、生硬")]),
            C("我只想晓得去哪约。"),
            A("手机银行首页搜大额取现预约，选网点和日期，提前一天约好，当天带身份证和卡去取。"),
            C("行吧。"),
            A("还有事吗？"),
            C("没有。"),
            A("好，谢谢来电，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "w18_elderly_weifang_break_deposit_grandson_wedding_dead_air",
        "title": "八十一岁老年客户（山东潍坊口音）想把还差半年到期的定期存款提前取出给孙子办婚事，以身份证尾号加存款到期月份核身；客户问损失多少利息后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9404", "customer_tier": "elderly",
        "started_at": "2027-10-28T09:24:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A9404"]),
            C("喂，闺女啊，俺是潍坊的，今年八十一了。俺孙子年底要娶媳妇，俺有一笔八万的存款，还得半年才到期，俺想先拿出来给他使，中不中啊？"),
            A("大爷您好，您是想把还差半年到期的八万块钱提前取出来，给孙子办婚事，是吧？"
              "这是您存款上的事，先得确认是您本人：请讲身份证最末尾四个数，再说说这笔存款是几月份到期。"),
            C("末尾是二八零六，明年四月里到期。"),
            A("对上了，是您本人。这笔钱能提前取，您本人带身份证和存单到网点就能办，也可以只取一部分，剩下的照旧存着。"),
            C("那提前拿出来，俺得少多少利息？会不会连本钱也亏了？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("本钱一分不少。提前取的那部分，利息按活期算，八万存了一年半，大概要少拿两千来块钱。"),
            C("哎呀，那俺先取五万，剩下三万等到期，杠好。"),
            A("好的大爷。还有啥要问的吗？"),
            C("没了，没了。"),
            A("好，大爷，给您道声谢，路上慢点儿，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十一岁老年客户要提前支取存款给孙子办婚事，坐席全程未给任何防诈骗提醒（如冒充亲属要钱、冒充银行索要验证码）")],
    },
    {
        "call_id": "w19_foreign_charge_rate_asked_thrice_hangup",
        "title": "信用卡账单上一笔日本网站消费折成人民币比预想多了三百多，客户三次问汇率怎么算，坐席只报入账金额、推给发卡组织，客户第三次问时表示受够了，随即通话结束",
        "business_type": "card", "agent_id": "A9405", "customer_tier": "standard",
        "started_at": "2027-10-29T20:42:16", "agent_channel": 0,
        "turns": [
            A(OPENING["A9405"]),
            C("你好，我在一个日本网站上买了台相机，账单上折成人民币比我算的多了三百多，这个汇率到底是怎么算出来的？"),
            A("要先确认卡主，请报身份证号后四位，还有上一次还款的金额。"),
            C("后四位零九四七，上次还了六千二。"),
            A("核实好了。这笔消费入账金额是八千九百六十元。"),
            C("金额我看得到，我是问汇率怎么算的？"),
            A("汇率是发卡组织那边定的，我们这边只显示入账金额。"),
            C("这都问到第三回了，你们就会推来推去，烦死人了，这个汇率到底怎么算的？",
              marks=[mark("resolution.repeated_question", "汇率怎么算问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "推来推去、烦死人了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "w20_short_card_payment_app_binding_call",
        "title": "信用卡能不能绑付款软件，坐席一句话带过，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9402", "customer_tier": "standard",
        "started_at": "2027-11-02T17:55:24", "agent_channel": 0,
        "turns": [
            A(OPENING["A9402"]),
            C("你好，信用卡绑付款软件行吗？"),
            A("行。"),
            C("哦。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT12_SEED = 20271026
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT12_CALLS, agents=AGENTS, default_out=Path("samples/heldout12"),
                  seed=HELDOUT12_SEED, description=__doc__))
