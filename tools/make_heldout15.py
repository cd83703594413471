#!/usr/bin/env python3
"""Render the fifteenth held-out evaluation set in samples/heldout15/ (dev-only; never imported by the product).

The first fourteen held-out sets (samples/heldout/ to samples/heldout14/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This fifteenth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the
fourteen earlier held-out sets (no clause of five characters or more is shared, in either direction,
with make_samples.py or make_heldout.py to make_heldout14.py): other agents (A9701-A9706) with their
own openings (接听员, 工作证号码, 员工代码, 客服号, 服务专号, 财富顾问), other verification routes
(the postcode of the mailing address on file, the ethnic group recorded at account opening, the
marital status recorded at account opening, what the largest spending of last month was for, the
Chinese zodiac animal), other hold and closing phrasings, topics the earlier sets did not use (a ski
instructor's summer money in a closed-end product, an elderly man's pension certification, cash
paid in at the counter for a son studying elsewhere, flight-school tuition, Portuguese wall tiles
paid in euros, gold-card fee waiver swipes counted, a card left in a shared-bike basket, a cancelled
wedding-photo deposit, a tombstone from a stone-carving town, a phone-screen insurance payout, a
"shark-fin" structured product, a fake head teacher in a parents' group, an antique vase "auction"
that wants fees first, pineapple money taken after a text-message link, a shop terminal that said
"failed" but charged, a stamp bought at a London auction, a son repaying his mother's card, an
old-age allowance, an instalment fee nobody asked for, two phone numbers on one card),
dialect-flavoured customers (Yuncheng in Shanxi, Yanji in Jilin, Changde in Hunan, Zhanjiang in
Guangdong and Anqing in Anhui; the Yuncheng and Anqing customers are elderly) and hard negatives
(steps done in unusual words, steps not required in that situation, harmless mentions of the
police, of verification codes and of freezing, figures right for another channel or card, large
transfers and a remittance abroad with a warning, a customer who starts before the agent has
finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout15.py
    /work/tts-venv/bin/python tools/make_heldout15.py --only z13_antique_vase_auction_fees_no_warning
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
#   number may be said as "接听员NNNN", "工作证号码NNNN", "员工代码NNNN", "客服号NNNN",
#   "服务专号NNNN" or "财富顾问NNNN". z09 greets, names the bank and offers help with no number
#   (staff_id_missing); "喂，有事说事。" (z08) is no greeting at all (both labels);
# - identity: a check before any account data or account action. ID digits + the postcode of the
#   mailing address on file (z01, z07, z12, z17), + the ethnic group recorded at opening (z04, z08,
#   z11), + the marital status recorded at opening (z05, z14, z16), + what the largest spending of
#   last month was for (z06, z09, z13, z15, z19), + the zodiac animal (z02, z18).
#   identity.not_verified = each agent turn that discloses account data before a check: z10 (a
#   phone-screen insurance payout's date, amount and payer, then the balance, no check at all: two
#   turns). General information (z03: paying cash in for someone else; z20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (z11: a "shark-fin"
#   structured product "whose capital cannot shrink"), a fraud script the customer describes left
#   without an anti-fraud warning while the agent helps the money out (z13). A disclosure in the
#   agent's own words counts (z01). Large transfers carry a warning in the agent's own words (z04,
#   z09), the remittances abroad too (z05, z16);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (z13: an "auction house" wants 30,000 of
#   appraisal and margin money first). z12 twice (我被人骗走了三万六; 派出所那边已经做完笔录了), z14 once
#   (我卖菠萝收回来三万二…全部被人偷偷划走了). The son's "police" joke and the question about codes (z03), the
#   village loudspeaker about swindlers (z02), the agent's own "freeze" of a lost card and the
#   customer's "do I need a police certificate" (z07) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (z18: an
#   84-year-old asking after her old-age allowance). The other elderly call (z02) carries it;
# - emotion.customer_negative: z14 three times, z19 once. etiquette.jargon: z11.
#   forbidden_phrase and agent_negative: z15, z17 (both labels on each);
# - hold: announced holds in other words count (z04 silent, z07 music, z14 silent; all thanked).
#   In z16 the music (10 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: z18, 12 s after the elderly customer asks who may collect for her;
# - closing: thanks and goodbye in other words count; z12 ends with "得，先照这么弄。":
#   closing.missing; z19 and z20 end without any closing;
# - answer.wrong_fact: z09 (一天累计能转五十万; the KB says 二十万) and z16 (这笔汇款到账要七个工作日;
#   the KB says one to three). Right figures stay unlabelled (z04's 五万 / 二十万 and the counter's
#   inter-bank fee 百分之零点五, z05's 两个工作日, z06's 金卡 fee of 三百元 beside the 白金卡, z07's
#   七个工作日, z09's single limit 五万);
# - etiquette.interruption: z15, 1.2 s and 1.0 s. In z06 the customer starts 0.5 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: z19; handling.time_standard: z20;
#   etiquette.speech_rate: the agent at 1.6x (z17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9701": {"team": "一线E组", "staff_no": "四零六二"},
    "A9702": {"team": "一线E组", "staff_no": "七一八三"},
    "A9703": {"team": "一线F组", "staff_no": "五二四零"},
    "A9704": {"team": "一线F组", "staff_no": "三零九六"},
    "A9705": {"team": "一线F组", "staff_no": "八五一七"},
    "A9706": {"team": "二线D组", "staff_no": "六二八九"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9701": "恒通银行，接听员四零六二向您问好，今天碰上什么情况了，请说说看。",
    "A9702": "您好，这边是恒通银行的电话服务中心，本人工作证号码七一八三，您的事请尽管交代。",
    "A9703": "恒通银行问候您，员工代码五二四零在岗，您想打听哪方面，说来听听。",
    "A9704": "您好，恒通银行，客服号三零九六给您接通了，这趟来电您准备办点啥？",
    "A9705": "喂，您好，恒通银行服务专号八五一七，有难处直接摆出来，我来想办法。",
    "A9706": "您好，恒通银行财富顾问六二八九，很乐意陪您盘算手头这笔资金。",
}

HELDOUT15_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "z01_ski_instructor_summer_money_closed_product_clean",
        "title": "滑雪教练雪季结束，有二十五万收入到十一月前用不上，以身份证尾号加账单寄送地址的邮编核身；推荐七个月封闭期净值型产品，坐席用自己的话讲明净值可能跌破本金、封闭期内拿不出、以往业绩只是参考、不属于存款，建议留出秋季进修的钱，完整合规",
        "business_type": "wealth", "agent_id": "A9706", "customer_tier": "VIP",
        "started_at": "2028-01-04T10:18:42", "agent_channel": 0,
        "turns": [
            A(OPENING["A9706"]),
            C("你好，我是教滑雪的，雪季一过就闲下来了，这一季挣了二十五万，到十一月开板之前都用不上，想找个地方搁七八个月。"),
            A("您这二十五万是雪季的收入，空档大约七八个月，想配一个期限吻合的产品，我这样归纳没偏吧？"
              "谈具体产品之前要确认电话那头是账户主人：请念一下身份证号码收尾的四位，再说一下账单寄送地址的邮编。"),
            C("收尾四位六二零九，邮编是一三三零零零。"),
            A("这两样跟档案里一模一样。有一款封闭期七个月的净值型产品，风险评级排在二级，它过去几期的年化大概落在二点七左右。"),
            C("到期能保证拿回二十五万吧？"),
            A("保证我给不了，几句丑话要摆在前头：过去几期的数字只能当参考，不代表下一期；它的净值随市场上下走，"
              "行情差的时候到期可能比二十五万少；封闭的七个月里中途拿不出来；而且它不算存款，亏了没有存款保险来兜。"),
            C("噢，还真可能少一点。那我秋天还得去进修考个高级证。"),
            A("那这笔学费要另外留好。您测评结果是平衡型，二级产品在范围内。我的建议是放十八万进去，七万留在活期，交学费随时能动。"),
            C("行，照你说的，十八万。"),
            A("在手机银行下单时会先跳出产品说明书和风险揭示书，您逐条读完、点了同意，钱才会划走。还有别的想一并问问吗？"),
            C("没了，讲得挺透。"),
            A("好的教练，谢谢您肯花工夫听这么细，祝您下个雪季学员排成长队，改天聊。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z02_elderly_yuncheng_pension_certification_clean",
        "title": "八十一岁老年客户（山西运城口音）问这个月养老金到了没有、每年的领取资格认证是不是要到银行办，以身份证尾号加属相核身；提到村里喇叭天天喊防骗（无害提及）；坐席说明认证免费、可在手机上或社区办，并提醒冒充社保、银行收费或要数字的骗局，完整合规",
        "business_type": "account", "agent_id": "A9703", "customer_tier": "elderly",
        "started_at": "2028-01-05T09:03:17", "agent_channel": 0,
        "turns": [
            A(OPENING["A9703"]),
            C("女子，额是运城的，活了八十一岁喽。额想问问这个月的养老钱来了没有，还有那个每年一回的认证，是不是非得跑到你们银行去弄？"),
            A("大爷您好，您想问两件事：这个月养老金到账没有，还有一年一次的领取资格认证要去哪儿办，对吧？"
              "查您的账要先认准是您：麻烦您念一下身份证号码顶末尾的四个数，再告诉我您属什么。"),
            C("末尾四个是三八一五，额属狗。"),
            A("对得上，是您本人。这个月的养老金前天已经进来了，跟上个月一样多。认证这事不归银行办，也不收一分钱，"
              "您让家里年轻人在手机上刷个脸就成，不会弄就去村里或者社区的服务站，人家帮您弄。"),
            C("噢，不要钱啊。村里喇叭天天喊，叫防着骗子哩，额也听不太明白。"),
            A("喇叭里喊的是真事，我给您说得直白些：要是有人打电话说是社保上的、银行里的，讲认证要交钱，"
              "或者叫您把手机上收到的几个数念给他、叫您往哪个卡上打钱，那就是骗子，您甭理他，直接挂了，再给儿女打个电话说一声。"),
            C("中，额记下了。"),
            A("往后养老金每个月都是这个日子前后进来，您不用天天去看。还有甚不清楚的不？"),
            C("没了没了，女子说得清清楚楚。"),
            A("好的大爷，谢谢您专门打这通电话，天冷了出门多穿点，您保重，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z03_cash_in_for_son_studying_elsewhere_info_clean",
        "title": "客户想在柜台往外地读书的儿子卡里存现金，问能不能替人存、要带什么（一般业务咨询，不涉及本人账户查询，无需核身）；开玩笑说存多了会不会被当成洗钱叫警察、问柜员会不会要她手机上的码（均为无害提及）；坐席讲清只要卡号和户名、超过一定金额要登记本人证件，完整合规",
        "business_type": "account", "agent_id": "A9701", "customer_tier": "standard",
        "started_at": "2028-01-06T14:36:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A9701"]),
            C("你好，我儿子在外地念大学，卡在他身上，我想去你们柜台往他卡里存两千块生活费，我能替他存吗？"),
            A("您打算去网点往儿子的卡里放两千现金，想知道能不能代他存，对不对？"
              "这个属于一般的办理规矩，不查您也不查他的账，身份这一步就省了。替别人存是可以的，您把他的卡号和名字写准就行。"),
            C("那我要不要带他的身份证？"),
            A("两千块用不着，填好卡号、户名就能存。要是一次存的现金数额很大，柜员会请您出示您自己的身份证登记一下，这是规定，不是怀疑您。"),
            C("哈哈，我还以为存多了会被当成洗钱的，叫警察来把我带走呢。"),
            A("不至于，您放心，给孩子存生活费再正常不过了。"),
            C("还有，柜员会不会让我把手机上收到的那串码报给他？"),
            A("不会，代存现金不需要您手机上的任何数字。存完了，钱马上就到您儿子卡上，他那边会收到入账提醒。"),
            C("好，那我下午就去。"),
            A("您另外还有想打听的事没有？"),
            C("没有了，多谢。"),
            A("客气啦，也谢谢您问得这么仔细，祝您儿子学业顺当，拜了您嘞。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z04_yanji_flight_school_tuition_transfer_hold_clean",
        "title": "吉林延吉客户给儿子交飞行学校学费二十二万，以身份证尾号加开户时登记的民族核身；告知后静音保留并致谢；单笔五万、一天二十万说对，柜台跨行手续费百分之零点五（另一渠道，正确）；用自己的话做大额转账提醒（到官网核对对公账户、不转招生老师个人卡、签合同），完整合规",
        "business_type": "transfer", "agent_id": "A9704", "customer_tier": "standard",
        "started_at": "2028-01-07T11:24:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A9704"]),
            C("哎你好，我延吉的，我儿子考上一个飞行学校，要学开飞机，学费二十二万，我想用手机把这钱打过去，咋整能快点？"),
            A("您要给儿子交飞行学校的学费二十二万，打算在手机银行上付，想知道怎么转最快，我复述得没错吧？"
              "这是大额转出，先认准您是这张卡的主人：请报身份证号码压尾的四个数，再说一下开户那时登记的民族。"),
            C("压尾四个是七三零八，民族登记的是朝鲜族。"),
            A("核对一致。我去看一眼您这张卡今天还能转多少，大概要十几秒，线上会安静一阵，您拿着电话别放下。"),
            {"silence": 7.0, "kind": "hold"},
            A("多谢您在线上等这一小会儿。手机银行每一笔封在五万以内，一天加起来顶到二十万，二十二万得分两天转完。"),
            C("那我去柜台能一回交了不？"),
            A("柜台一次能办完，不过对方要是别的银行，柜台跨行转账手续费按转账金额的百分之零点五计，二十二万要收一千一。"),
            C("那我还是分两天用手机转吧。"),
            A("转之前有几句嘱咐：学费最好打进学校的对公账户，账号到学校官网或者录取通知书上去核对；"
              "要是有所谓招生老师让您转到他个人卡上，说能保过、能插班，千万别信；先签好培训合同再付钱，收据留着。"),
            C("明白了，我照录取通知书上的账号转。"),
            A("这样最稳妥。还有要我帮着查的吗？"),
            C("没了，挺好。"),
            A("好嘞，感谢您一步步配合着来，祝您儿子早日飞上蓝天，回头见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z05_tile_shop_portugal_euro_remittance_clean",
        "title": "瓷砖店老板给葡萄牙的瓷砖厂付两万欧元货款，以身份证尾号加开户时登记的婚姻状况核身；坐席用自己的话做跨境汇款风险提示（陌生货代要求代收货款是骗局、收款人名称须与合同一致、汇出后难以撤回），到账一般两个工作日左右（正确），完整合规",
        "business_type": "transfer", "agent_id": "A9702", "customer_tier": "standard",
        "started_at": "2028-01-10T15:42:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A9702"]),
            C("你好，我开了家瓷砖店，从葡萄牙一家瓷砖厂订了一批手绘花砖，要付两万欧元，想了解一下从你们这里怎么汇。"),
            A("您要给葡萄牙的瓷砖厂付两万欧元的花砖货款，想知道办理流程，我理解得对吧？"
              "这要用到购汇额度，先把身份核清楚：请您说出身份证号码倒着数头四个数字，再讲一下开户时登记的婚姻状况。"),
            C("倒着数头四个是五一四六，婚姻状况是已婚。"),
            A("核验通过。货物贸易的付款，您把合同和对方开的发票准备好，网银上传或者带到柜台都行，正常两个工作日左右能到对方账户。"),
            C("有个货代今天加我微信，说他们可以代收货款，手续费便宜一半，让我把钱先打给他，这样行吗？"),
            A("这一点您一定留神：自称货代、要替厂家代收货款的，很多就是骗局，钱进了他的口袋，厂家那边一分收不到。"
              "收款人的名称要跟合同上的厂名一字不差，有变动就打厂家官网上的电话核实；钱一旦汇出国境，想撤回来非常难。"),
            C("那我不理他，还是直接汇给厂里。"),
            A("对。另外欧元牌价时时在动，扣多少人民币按您提交那一刻算。别的还有需要我解答的吗？"),
            C("没有了，谢谢你提醒。"),
            A("应该的，感激您把这笔生意托给我们，祝花砖早日到店、卖得红火，再见了。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z06_changde_gold_card_fee_waiver_swipes_clean",
        "title": "客户（湖南常德口音）想知道金卡今年还差几次刷卡能免年费，以身份证尾号加上个月最大一笔支出的用途核身；金卡年费三百元（正确），白金卡年费另算（另一产品）；客户在坐席说完前零点五秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A9705", "customer_tier": "standard",
        "started_at": "2028-01-11T16:07:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A9705"]),
            C("喂，你好，我常德的，我这张信用卡年底要扣年费了，我想问下我今年刷了几回，还差几回就不要交了？"),
            A("您想弄清楚这张信用卡今年已经刷了几笔，还差几笔能免掉明年的年费，我没会错意吧？"
              "查刷卡次数要先核身份：请报一下身份证号码最靠后的四位，再说说您上个月花得最多的那一笔是用在什么上。"),
            C("最靠后四位九零七二，上个月最大一笔是给屋里买冰箱。"),
            A("核对好了。您手上是金卡，每年收三百元年费，一年刷满六次就免了；您今年到现在刷了四次，再刷两次就够。"),
            C("哦，那我换成白金卡是不是更划算咯？"),
            A("白金卡的年费是另一套标准，比金卡高不少，权益也多些，要看您出差多不多。您刷金卡买菜加油就够用了。"),
            C("要得，那我这个月随便买点么子刷两回就行了嘛。", overlap=0.5),
            A("对的，金额不限，一块钱也算一次，只要不是取现。还有别的事要我帮忙看看吗？"),
            C("冒得了。"),
            A("好的，多谢您专程来核对，祝您新年顺顺当当，再见咯。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z07_card_left_in_shared_bike_basket_clean",
        "title": "客户把装银行卡的卡套忘在共享单车车筐里，以身份证尾号加账单寄送地址的邮编核身；坐席告知后播放等待音乐并致谢，先挂失冻住卡（坐席无害提及），客户问要不要去派出所开证明（无害提及）；补卡约七个工作日（正确），完整合规",
        "business_type": "card", "agent_id": "A9701", "customer_tier": "standard",
        "started_at": "2028-01-12T08:41:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A9701"]),
            C("你好，我早上骑共享单车上班，把装卡的卡套顺手搁在车筐里，到了公司才想起来，回去找车早被人骑走了。"),
            A("您的卡套落在共享单车的车筐里，车已经被别人骑走，想知道接下来怎么办，对吧？动卡的状态之前先确认是您本人："
              "请讲身份证号码结尾的四位，再讲一下账单寄送地址的邮编。"),
            C("结尾四位二四六一，邮编五一零零六零。"),
            A("全对。我先翻一下今早以后这张卡有没有动过，顶多半分钟，这段时间给您放点轻音乐，您别挂线。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("音乐听完了，谢谢您一直守着。今早以后卡上一笔交易都没有。保险起见我现在就给它办挂失，把卡冻上，谁捡去都刷不了。"),
            C("那我要不要去派出所开个丢失证明？"),
            A("不需要，自己弄丢的，电话挂失就算数了。新卡我同步给您申请，补卡大约七个工作日，邮寄到您留在我们这儿的地址，卡号会换一个。"),
            C("卡套里还有张公交卡，那个就算了。"),
            A("好的。新卡到了激活以后，记得在缴费和支付的软件里把卡号更新一下。还有别的要一起办的吗？"),
            C("没有了，谢谢你。"),
            A("不客气，多谢您及时打来，下回卡套记得揣兜里，祝您今儿个事事顺，再会。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "z08_no_greeting_wedding_photo_deposit_refund",
        "title": "婚礼取消后影楼答应退回的八千定金到账没有；坐席以“喂，有事说事。”接起，无问候、行名、工号；以身份证尾号加开户时登记的民族核身，其余流程合规",
        "business_type": "account", "agent_id": "A9704", "customer_tier": "standard",
        "started_at": "2028-01-13T13:16:48", "agent_channel": 0,
        "turns": [
            A("喂，有事说事。"),
            C("呃，请问是恒通那个银行吗？我在婚纱影楼订了婚礼跟拍，后来婚礼取消了，影楼说八千定金退到我卡上，我想看看退回来没有。"),
            A("是恒通。您要查影楼退的定金。查账之前核下身份：身份证号码收尾四位报一下，还有开户时登记的民族。"),
            C("收尾四位四八三七，民族是汉族。"),
            A("信息相符。昨儿午后到账一笔八千元，付款方是一家婚纱摄影工作室，附言写的是定金退还。"),
            C("那就好，本来还怕他们赖账。"),
            A("这笔钱已经躺在您卡里了，随时能用。您要是需要退款凭证，手机银行的交易明细里能下载回单。另外还要办点什么吗？"),
            C("不用了，谢谢。"),
            A("好的，也多亏您打进来问，往后的日子一切顺心，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，有事说事。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "z09_no_staff_number_tombstone_wrong_daily_limit",
        "title": "客户要给河北曲阳的石雕厂付七万墓碑款，开场白有问候、行名和服务用语但不报工号；以身份证尾号加上个月最大一笔支出的用途核身；单笔五万说对，日累计限额说成五十万（知识库为二十万）；大额转账提醒用自己的话",
        "business_type": "transfer", "agent_id": "A9701", "customer_tier": "standard",
        "started_at": "2028-01-14T10:52:14", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行在这头听着，要办哪样事您开口，我照着办。"),
            C("你好，清明前要给家里老人立块碑，在河北曲阳一个石雕厂订的，一共七万，想用手机银行把钱付过去。"),
            A("您给家里老人订了墓碑，要通过手机银行付曲阳石雕厂七万，对吧？付款前先核身份："
              "请说身份证号码靠后的四位，再说一下您上个月最大一笔开销是花在哪儿了。"),
            C("靠后四位一五九三，上个月最大一笔是交孩子的补课费。"),
            A("身份确认无误。手机银行单次转出最多五万，一天累计能转五十万，七万分两笔，今天就能付完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成五十万")]),
            C("好，那我马上去付。"),
            A("先等一下，几点要跟您说：七万不算小钱，最好打到石雕厂的公司账户上；您去厂里看过样碑没有？"
              "要是有人自称厂里业务员，让您改转到他自己名下的卡，先打厂里的座机问清楚；可以先付定金，碑刻好验过字再付尾款。"),
            C("我去看过样子，那我先付三万定金。"),
            A("好的。还需要别的帮忙吗？"),
            C("不用了。"),
            A("好的，辛苦您专门打过来，愿老人家安息，您多保重，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "z10_phone_screen_insurance_payout_no_identity",
        "title": "手机碎屏险的理赔款到没到卡上，坐席未做任何身份核验即说出入账日期、金额、付款方，以及卡内余额（坐席在声道一）；其后讲理赔注意事项",
        "business_type": "account", "agent_id": "A9704", "customer_tier": "standard",
        "started_at": "2028-01-17T19:28:37", "agent_channel": 1,
        "turns": [
            A(OPENING["A9704"]),
            C("你好，我手机屏幕摔裂了，买过碎屏险，保险公司说理赔款打到我这张卡里了，你能帮我瞧瞧到了没有吗？"),
            A("到了，一月十五日早上，一家财产保险公司打进来六百四十元，备注是碎屏理赔。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出理赔款的日期、金额、付款方和备注")]),
            C("好的，那我卡上现在总共还有多少钱？"),
            A("现在能用的余额是一万一千零七十五元四角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内余额")]),
            C("嗯，够换个新屏了。保险那边还会再打钱过来吗？"),
            A("这一单就赔这么多，不会再有第二笔。要是有人打电话说是保险公司、要给您追加赔付，先让您交手续费或者开什么共享屏幕，全是骗局。您另有想问的吗？"),
            C("没有了。"),
            A("好的，谢谢您，新屏幕换好了记得贴个膜，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z11_shark_fin_structured_product_jargon_no_disclosure",
        "title": "客户想拿三十万买挂钩沪深三百的“鲨鱼鳍”结构性产品，坐席满口术语（鲨鱼鳍、敲出价、参与率、障碍观察日、期初价格、保底年化）；客户问会不会亏本，坐席说本金铁定少不了、比存银行还踏实，未做风险揭示即登记认购",
        "business_type": "wealth", "agent_id": "A9706", "customer_tier": "VIP",
        "started_at": "2028-01-18T14:09:21", "agent_channel": 0,
        "turns": [
            A(OPENING["A9706"]),
            C("你好，我同事说你们有个叫鲨鱼鳍的产品收益不错，我有三十万想放一放，你给我讲讲。"),
            A("先做身份验证：身份证号码尾巴上的四位说一下，以及开户时登记的民族。"),
            C("尾巴上四位二七八四，民族汉族。"),
            A("验证过了。这款鲨鱼鳍挂钩沪深三百，敲出价设在期初价格的一百一十，参与率百分之五十，每个障碍观察日盯一次，没敲出的话保底年化一点五。",
              marks=[mark("etiquette.jargon", "鲨鱼鳍、敲出价、期初价格、参与率、障碍观察日、保底年化，未向客户解释")]),
            C("你说的这一串我完全听不懂，我就想知道三十万会不会变少。"),
            A("本金铁定少不了，比存在银行里还踏实，您把心搁肚子里。"),
            C("那就三十万都买了吧。"),
            A("好，三十万的认购我给您登记好了，募集期结束就开始计息。还有别的要办吗？"),
            C("没了。"),
            A("好的，难得您这么干脆，到期您就知道这笔买得值，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户登记三十万元结构性产品认购，客户问会不会变少时坐席说本金铁定少不了、比存银行还踏实，未做任何风险揭示")],
    },
    {
        "call_id": "z12_fake_head_teacher_parent_group_no_closing",
        "title": "家长群里有人冒充班主任，以研学费名义让家委会财务把三万六班费转到“学校指定账户”，客户转出后发现被骗，已到派出所做笔录；坐席核身、紧急止付、查出去向、指导打印流水，但最后只说“得，先照这么弄。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A9703", "customer_tier": "standard",
        "started_at": "2028-01-19T17:51:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A9703"]),
            C("你好，我被人骗走了三万六！我是孩子班上家委会管账的，家长群里有个人顶着班主任的头像和名字，说寒假研学的费用要今天交齐，让我把班费转到学校指定的账户，我就转了，结果真的班主任说她根本没发过！",
              marks=[mark("risk.keyword_alert", "被人骗走三万六：冒充班主任诈骗")]),
            A("您先别慌，抓紧保住还能保的，我们马上动手。请先让我认准您是卡主：报一下身份证号码末端四位，再说一下账单寄送地址的邮编。"),
            C("末端四位六零三一，邮编四三零零七一。"),
            A("核对一致。我已经把这张卡紧急止付了，眼下任何人都转不走钱。查到是一小时前一笔转出的，三万六千元，进了一个外省的个人账户。"),
            C("派出所那边已经做完笔录了，民警叫我来银行要一份转账的凭证。",
              marks=[mark("risk.keyword_alert", "已到派出所做笔录：涉案资金")]),
            A("请您揣上身份证和派出所给的材料，到最近的网点把这笔转账的明细打出来，盖上章交给办案民警；对方账户能不能冻住要靠公安出手续，我们这边配合到底。另外在家长群里提醒一下其他家长，别再往那个账户转。"),
            C("好，我马上奔网点去，顺便在群里说一声。"),
            A("得，先照这么弄。"),
        ],
        "violations": [mark("closing.missing", "坐席只说得，先照这么弄，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "z13_antique_vase_auction_fees_no_warning",
        "title": "客户家里有只老花瓶，“拍卖公司”说能拍到两百万，要先往指定账户交三万鉴定费和上拍保证金，拍出后一并退还（未用风险词的诈骗话术）；坐席核身后只讲怎么转、催客户赶在截止前转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9705", "customer_tier": "standard",
        "started_at": "2028-01-20T20:33:46", "agent_channel": 0,
        "turns": [
            A(OPENING["A9705"]),
            C("你好，我家传下来一只青花瓶，有家拍卖公司看了照片，说下个月的春拍能拍到两百万，就是要我先往他们指定的账户交三万块鉴定费和上拍保证金，拍出去以后连本带佣金一起退给我，我想问这钱怎么转最快。",
              marks=[mark("risk.keyword_alert", "拍卖前要求先交三万鉴定费和保证金、拍出后退还：诈骗话术")]),
            A("转钱前核一下是不是卡主本人：身份证号码最后边的四位报一下，再说说上个月最大的一笔开销花在了什么上。"),
            C("最后边四位八二六零，上个月最大一笔是给车子做保养。"),
            A("核对通过。三万可以分成一笔两万、一笔一万，在手机银行里把对方发来的账号和户名录进去就好。"),
            C("他们说明天中午十二点以前不交，就排不上这一场了。"),
            A("那您今天就转掉，手机银行秒到，明天中午前肯定赶得上。"),
            C("行，挂了我就去转。"),
            A("嗯，另外还有事吗？"),
            C("没了。"),
            A("好嘞，谢谢您，祝花瓶拍个好价钱，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出拍卖前先交鉴定费和保证金、拍出后退还的诈骗话术，坐席反而教其拆分转账、催其赶在截止前转，未做任何防诈骗提示")],
    },
    {
        "call_id": "z14_zhanjiang_pineapple_money_taken_complaint_hold",
        "title": "客户（广东湛江口音）卖菠萝收的三万二被人偷偷转走，愤怒、说要到分行门口拉横幅；坐席共情担责、以身份证尾号加开户时登记的婚姻状况核身，告知后静音保留并致谢，查明是点了冒充积分兑换的短信链接后被新设备登录转走，已止付并指导报案",
        "business_type": "complaint", "agent_id": "A9702", "customer_tier": "standard",
        "started_at": "2028-01-21T07:46:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A9702"]),
            C("喂！我湛江的，我卖菠萝收回来三万二，放在卡里一分都冇动过，今朝一看，全部被人偷偷划走了！你们银行系点样看住客人的钱的？",
              marks=[mark("risk.keyword_alert", "卡里三万二被人偷偷划走：资金被盗"),
                     mark("emotion.customer_negative", "你们银行系点样看住客人的钱的：愤怒、质问")]),
            A("辛辛苦苦卖菠萝的钱不见了，换谁都会着急，这事由我盯着办到底。身份这关咱们先走一遍：请报身份证号码最后那四个数，再说一下开户时登记的婚姻状况。"),
            C("最后四个是一九四八，已婚。你们今日唔给我讲清楚，我就去你们分行门口拉横幅，叫全镇的人都知道！",
              marks=[mark("emotion.customer_negative", "去分行门口拉横幅、叫全镇的人都知道：投诉、愤怒")]),
            A("核对无误，您的着急我完全明白，今天一定给您查个水落石出。我把这张卡近两天的登录和转账记录调出来，大约二十几秒钟，电话里会没有声音，您耐心拿着听筒。"),
            {"silence": 7.5, "kind": "hold"},
            A("谢谢您在电话那头等着。查清楚了：前天晚上您手机收过一条讲积分快要清零、点链接兑换的短信，之后有一部新手机登录了您的手机银行，昨晚分四笔把三万二转走了。"),
            C("那条短信我是点过，可是你们连个电话都冇打给我，转走这么多都冇人拦，真系气死人！",
              marks=[mark("emotion.customer_negative", "连个电话都冇打、真系气死人：不满")]),
            A("这么大的数目没有拦下来、也没及时联系您，确实是我们做得不够，我在这儿向您赔个不是。卡我已经止付了，新手机的登录也踢掉了；请您带身份证去派出所报案，拿回执到网点打转账明细，我们配合公安追款。"),
            C("好啦，我听你讲的去办。"),
            A("另外把手机银行的登录密码改掉，那种讲积分兑换的链接以后别点。还有哪样需要我马上帮您弄？"),
            C("冇了。"),
            A("好，让您受了这么大的委屈，再说一声抱歉，谢谢您肯听我讲完，路上注意安全，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z15_shop_terminal_failed_but_charged_interrupt_selfpity",
        "title": "客户在商场刷卡，收款机显示交易失败却扣了一千二，坐席两次在客户陈述未完时插话，并以“我一天要接三百来个电话，个个都跟您一样不等我说完就追着问，我还干不干活了”抱怨、推给客户，最后才讲处理办法",
        "business_type": "card", "agent_id": "A9703", "customer_tier": "standard",
        "started_at": "2028-01-24T12:27:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A9703"]),
            C("你好，我昨天在商场买羽绒服刷卡，收款机上打出来交易失败，我就用手机另外付了，结果今天一看卡上也扣了一千二，我想问问"),
            A("那叫单边账。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("我不懂什么单边不单边，我就是想知道这一千二什么时候能退，商场那边说他们没收到，让我"),
            A("证号收梢四位，上月大头开销。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("尾四位三七五九，上个月最大一笔是交房租。"),
            A("对上了。昨天下午有一笔一千二百元的消费，状态是已扣款，商户那边没有入账。"),
            C("那你们能不能先把钱给我退回来？"),
            A("我一天要接三百来个电话，个个都跟您一样不等我说完就追着问，我还干不干活了。",
              marks=[mark("etiquette.forbidden_phrase", "我一天要接三百来个电话，个个都跟您一样不等我说完就追着问，我还干不干活了：抱怨、指责客户"),
                     mark("emotion.agent_negative", "语气不耐烦、抱怨、把责任推给客户")]),
            C("我没追着问，我就想知道钱怎么拿回来。"),
            A("这种扣款系统一般三到五天自动冲回去；过了五天还没回来，您再打来，我们发起差错处理。"),
            C("行，我等几天。"),
            A("嗯，还有没？"),
            C("没了。"),
            A("那好，谢啦，拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z16_stamp_auction_gbp_remittance_hold_no_notice_wrong_arrival",
        "title": "集邮爱好者在伦敦拍卖行拍下一枚邮票，要汇三千英镑，以身份证尾号加开户时登记的婚姻状况核身；坐席做了跨境汇款提示；客户问多久到账后直接进入十秒等待音乐、坐席未告知，之后致谢；到账时间说成七个工作日（知识库为一到三个工作日）",
        "business_type": "transfer", "agent_id": "A9702", "customer_tier": "standard",
        "started_at": "2028-01-25T15:13:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A9702"]),
            C("你好，我喜欢集邮，前几天在伦敦一家拍卖行网拍了一枚老邮票，要付三千英镑，拍卖行给了我他们的银行账户，我该怎么汇？"),
            A("您在伦敦的拍卖行拍到一枚邮票，要汇三千英镑过去，对吧？汇款要动您的购汇额度，先做个身份比对："
              "请讲身份证号码最末梢的四位，再讲一下开户时登记的婚姻状况。"),
            C("最末梢四位零六二八，婚姻状况未婚。"),
            A("验证通过。您拿到拍卖行的成交确认单和付款通知，对照上面的收款行和账号填汇款申请就行。"
              "提醒一句：付款账号一定以拍卖行官网或成交单为准，有人另发邮件说账户换了，先打拍卖行电话确认，钱出了境很难追回。"),
            C("好的，那这笔钱多久能到他们那边？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("劳您在线上听了一阵音乐，谢谢。这笔汇款到账要七个工作日，拍卖行那边一般也会给这么长的付款期。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成七个工作日")]),
            C("汇费怎么收？"),
            A("按笔收电报费和手续费，提交前页面上会列出来，您确认了才扣。"),
            C("好的。"),
            A("还剩什么没弄明白的吗？"),
            C("没有了。"),
            A("好的，难为您特地来问这一趟，祝您的藏品越攒越精，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "z17_fast_agent_son_repays_mother_card_sarcasm",
        "title": "坐席语速过快（约一点六倍）；客户问儿子能不能用他自己的卡替她还信用卡，以身份证尾号加账单寄送地址的邮编核身；客户追问别人替还会不会算违规，坐席以“这种事您随便拦个路人都问得出来，还值当专门打一趟热线”挖苦，最后才讲可以替还",
        "business_type": "card", "agent_id": "A9705", "customer_tier": "standard",
        "started_at": "2028-01-26T11:38:05", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9705"]),
            C("你好，我这个月信用卡要还四千多，我儿子说用他自己的卡帮我还，这样可以吗？"),
            A("先核身份，报身份证后面四个数，再报账单寄送的邮编。"),
            C("后面四个数六四一零，邮编二一五零零零。"),
            A("核对好了。您这个月账单四千三百二十元，二十号前还上就行。"),
            C("那别人替我还，会不会算违规？以后会不会查到他头上？"),
            A("这种事您随便拦个路人都问得出来，还值当专门打一趟热线。",
              marks=[mark("etiquette.forbidden_phrase", "这种事您随便拦个路人都问得出来，还值当专门打一趟热线：挖苦、轻视客户"),
                     mark("emotion.agent_negative", "语气挖苦、不耐烦")]),
            C("我就是怕出问题才问的。"),
            A("谁的卡还进来都算数，不违规，也不会查到您儿子。"),
            C("那好。"),
            A("其余还问吗？"),
            C("不问了。"),
            A("嗯，谢谢，再会。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "z18_elderly_anqing_longevity_allowance_dead_air",
        "title": "八十四岁老年客户（安徽安庆口音）问高龄津贴到卡上没有、能不能让孙伢代取，以身份证尾号加属相核身；客户问能否让孙子代取后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9703", "customer_tier": "elderly",
        "started_at": "2028-01-27T08:22:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A9703"]),
            C("喂，姑娘啊，我是安庆的，今年八十四了。街道讲高龄津贴打到卡上了，我也不晓得到冇到，你帮我瞄一下子咯。"),
            A("奶奶好，您想看看街道发的高龄津贴进卡了没有，是不是？"
              "看卡里的钱先要认准人：请您讲一下身份证最后那四个数，再讲讲您是属么事的。"),
            C("最后四个是五七零三，我属猪。"),
            A("对上了，是您本人。这个月十号进来一笔三百元，是街道办打过来的，备注写的高龄津贴。"),
            C("我这两条腿不中用了，走不动，叫我孙伢拿我的卡去帮我取，行不行啊？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("可以的，让孙子带上您的卡去机器上取，密码您当面告诉他就行。"),
            C("那蛮好，叫他礼拜天去。"),
            A("好的奶奶。还有么事要问的不？"),
            C("冇得了。"),
            A("好，奶奶，谢谢您，您慢慢的，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十四岁老年客户查问并准备让人代取高龄津贴，坐席全程未给任何防诈骗提醒（如冒充街道或银行要密码、要转账）")],
    },
    {
        "call_id": "z19_unknown_instalment_fee_asked_thrice_hangup",
        "title": "客户信用卡每月多出一笔分期手续费，三次问自己从没办过分期、这笔分期是怎么来的，坐席只讲分期可以提前结清，客户第三次问时说坐席像在念稿子，随即通话结束",
        "business_type": "card", "agent_id": "A9701", "customer_tier": "standard",
        "started_at": "2028-01-28T20:05:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A9701"]),
            C("你好，我信用卡账单上每个月都多出一笔几十块的分期手续费，可我从来没办过什么分期，这笔分期是哪来的？"),
            A("先认一认卡主，请报身份证号码最后面四位，再说说您上个月最大一笔开销是花在什么上。"),
            C("最后面四位八零一六，上个月最大一笔是买机票。"),
            A("核对好了。您的卡确实有一笔账单分期，一共拆成十二个月，每期收六十八元手续费。"),
            C("我知道有分期，我问的是这笔分期怎么来的，我自己从没点过。"),
            A("分期是可以提前结清的，您在手机银行的分期管理里一次还完，剩下的手续费就不收了。"),
            C("你是在念稿子吧？这都第三遍了，你还是一句不答，真叫人恼火，这分期到底是怎么办上的？",
              marks=[mark("resolution.repeated_question", "这笔分期是怎么办上的问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "你是在念稿子吧、真叫人恼火：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "z20_short_card_two_phone_numbers_call",
        "title": "一张信用卡能不能绑两个手机号，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9704", "customer_tier": "standard",
        "started_at": "2028-01-31T18:44:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A9704"]),
            C("喂，一张信用卡能绑两个手机号吗？"),
            A("不能。"),
            C("噢，那算了。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT15_SEED = 20280131
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT15_CALLS, agents=AGENTS, default_out=Path("samples/heldout15"),
                  seed=HELDOUT15_SEED, description=__doc__))
