#!/usr/bin/env python3
"""Render the fourteenth held-out evaluation set in samples/heldout14/ (dev-only; never imported by the product).

The first thirteen held-out sets (samples/heldout/ to samples/heldout13/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This fourteenth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the
thirteen earlier held-out sets (no clause of five characters or more is shared, in either direction,
with make_samples.py or make_heldout.py to make_heldout13.py): other agents (A9601-A9606) with their
own openings (话务专员, 热线顾问, 来电承接员, 坐席编码, 服务工位, 投资顾问), other verification routes
(the education level recorded at account opening, where the last cash withdrawal was made, the last
four digits of the home landline on file, the city of the employer given on the card application,
the shop of the latest card purchase), other hold and closing phrasings, topics the earlier sets did
not use (a six-month minimum-holding wealth product for a guesthouse's winter money, an elderly
woman's maturing deposit drawn in another city for a grandson's wedding, a banknote chewed by a dog,
a second-hand combine harvester bought from Hebei, US-dollar payment for Chilean cherries, a
temporary limit for a wedding banquet, a card dropped into a reservoir while fishing, marathon prize
money, a refunded postgraduate-exam fee, a short-term bond fund, a fake customs call about a parcel,
a loan "company" that wants turnover money first, a card frozen after an unusual login, a
hotel-deposit pre-authorisation not released, a card snapped in a car door, a fixed deposit broken
early, a village's Double-Ninth gift money, a 24-hour delayed-arrival setting, card points against
the annual fee), dialect-flavoured customers (Dalian, Zunyi in Guizhou, Baotou in Inner Mongolia,
Qiqihar in Heilongjiang and the Ganzhou countryside in Jiangxi; the Dalian and Ganzhou customers are
elderly) and hard negatives (steps done in unusual words, steps not required in that situation,
harmless mentions of the police, of verification codes and of freezing, figures right for another
channel or card, large transfers and a remittance abroad with a warning, a customer who starts
before the agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout14.py
    /work/tts-venv/bin/python tools/make_heldout14.py --only y13_loan_turnover_deposit_no_warning
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
#   number may be said as "话务专员NNNN", "热线顾问NNNN", "来电承接员NNNN", "坐席编码NNNN",
#   "服务工位NNNN" or "投资顾问NNNN". y09 greets, names the bank and offers help with no number
#   (staff_id_missing); "嗯哼，接着说。" (y08) is no greeting at all (both labels);
# - identity: a check before any account data or account action. ID digits + the education level
#   recorded at opening (y01, y08, y11), + where the last cash withdrawal was made (y05, y12, y18),
#   + the last four digits of the home landline on file (y02, y07, y14, y19), + the city of the
#   employer on the card application (y06, y16, y17), + the shop of the latest card
#   purchase (y04, y09, y13, y15). identity.not_verified = each agent turn that discloses account data
#   before a check: y10 (a refunded exam fee's date, amount and payer, then the balance, no check at
#   all: two turns). General information (y03: a chewed banknote; y20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (y11: a short-term bond
#   fund "that never loses"), a fraud script the customer describes left without an anti-fraud
#   warning while the agent helps the money out (y13). A disclosure in the agent's own words counts
#   (y01). Large transfers carry a warning in the agent's own words (y04, y09), the remittance abroad
#   too (y05);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (y13: a loan "company" wants 30,000 of turnover
#   first). y12 twice (我上当受骗了…六万八; 派出所给了我一张受案回执), y14 once (这卡被冻住了，一分钱都取不出来).
#   A joke about calling the police on a dog and a question about codes (y03), the agent's own
#   "freeze" on a lost card and the customer's "no need to call the police" (y07), the elderly
#   customer's grandson's warning about codes (y02) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (y18: an
#   80-year-old asking after the village's Double-Ninth gift money). The other elderly call (y02)
#   carries it;
# - emotion.customer_negative: y14 three times, y19 once. etiquette.jargon: y11.
#   forbidden_phrase and agent_negative: y15, y17 (both labels on each);
# - hold: announced holds in other words count (y04 silent, y07 music, y14 silent; all thanked).
#   In y16 the music (11 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: y18, 12 s after the elderly customer asks where to collect the money;
# - closing: thanks and goodbye in other words count; y12 ends with "那就这么着。": closing.missing;
#   y19 and y20 end without any closing;
# - answer.wrong_fact: y09 (手机银行每笔最多能转十万; the KB says 五万) and y16 (补卡三个工作日就能寄到;
#   the KB says 七个工作日). Right figures stay unlabelled (y04's 五万 / 二十万 and the counter's
#   inter-bank fee 百分之零点五, y05's 三个工作日, y06's 金卡 fee of 三百元 beside the 普卡, y07's
#   七个工作日);
# - etiquette.interruption: y15, 1.1 s and 1.3 s. In y06 the customer starts 0.4 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: y19; handling.time_standard: y20;
#   etiquette.speech_rate: the agent at 1.6x (y17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9601": {"team": "一线Q组", "staff_no": "零三八五"},
    "A9602": {"team": "一线Q组", "staff_no": "六九一二"},
    "A9603": {"team": "一线V组", "staff_no": "一四七三"},
    "A9604": {"team": "一线V组", "staff_no": "八二零六"},
    "A9605": {"team": "一线V组", "staff_no": "五五四九"},
    "A9606": {"team": "二线K组", "staff_no": "二九零七"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9601": "恒通银行来电接听，话务专员零三八五给您请安，您有啥想问的尽管开口。",
    "A9602": "您好您好，恒通银行热线顾问六九一二在线，哪件事让您拨了这个号码？",
    "A9603": "喂您好，恒通银行，来电承接员一四七三，请把碰上的情况讲给我听。",
    "A9604": "恒通银行向您致意，本线路由坐席编码八二零六接待，您打算了解点什么？",
    "A9605": "您好，恒通银行，客服中心服务工位五五四九，您的事交给我来跟进。",
    "A9606": "您好，恒通银行投资顾问二九零七，今天想聊聊哪一类产品呢？",
}

HELDOUT14_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "y01_guesthouse_winter_money_six_month_product_clean",
        "title": "海边民宿老板冬天歇业，有三十万闲钱想放半年，以身份证尾号加开户时登记的学历核身；推荐六个月最短持有期产品，坐席用自己的话讲清不保本、净值会跌、持有期内不能赎回、非存款，建议留出开春装修的钱，完整合规",
        "business_type": "wealth", "agent_id": "A9606", "customer_tier": "VIP",
        "started_at": "2027-12-06T10:22:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A9606"]),
            C("你好，我在海边开了个民宿，冬天没客人就歇业了，账上有三十万暂时用不上，开春前想找个半年左右的东西放一放。"),
            A("民宿冬季歇业，三十万大约空闲半年，想找个期限差不多的产品，我这么理解没走样吧？"
              "推荐产品前要先确认来电的是账户本人：麻烦讲一下身份证号码最靠后的四个数字，再讲讲开户那会儿登记的学历。"),
            C("靠后四个是四零七六，学历填的是大专。"),
            A("您报的两项跟记录一致。有一款六个月最短持有期的固收增强产品，风险评级属于二级，过往半年的年化大致在二点五上下。"),
            C("半年以后肯定能拿回三十万加利息吧？"),
            A("这个我没法打包票，有几句实话得先交底：过往的数字只说明过去，不等于往后也这样；它的净值天天有涨有跌，"
              "碰上债市不好，半年后拿回来的可能不到三十万；买进后头六个月赎不出来；另外它跟存款不是一回事，出了亏损没有存款保险兜底。"),
            C("哦，原来也会少。那开春我还要翻修几间客房。"),
            A("那更要留足。您的风险测评是稳健型，跟二级产品对得上。我建议投二十万，另外十万放活期，装修付款随取随用。"),
            C("行，那就二十万。"),
            A("您在手机银行里下单那一步，系统会先弹出产品说明书和风险揭示书，您逐页看完、点了确认才会扣款。另外还需要我搭把手吗？"),
            C("没有了，说得实在。"),
            A("好的老板，谢谢您耐着性子听完这些，祝来年旺季客房天天订满，下回聊。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y02_elderly_dalian_deposit_for_grandson_wedding_clean",
        "title": "七十八岁老年客户（辽宁大连口音）下周定期到期，想到女儿所在城市的网点取六万给孙子办婚事，以身份证尾号加家中座机后四位核身；提到孙子让她别给人念验证码（无害提及）；坐席说明异地网点可取、多取提前预约，并提醒冒充孙子急用钱、冒充银行的骗局，完整合规",
        "business_type": "account", "agent_id": "A9603", "customer_tier": "elderly",
        "started_at": "2027-12-07T09:12:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A9603"]),
            C("闺女啊，我大连的，都七十八岁啦。我有一笔定期下礼拜到期，那时候我在闺女家住，离这老远，在她那边的银行能把钱取出来不？孙子要结婚了，我想给他六万。"),
            A("奶奶您好，先恭喜您家要办喜事！您是说定期下周到期，到时候人在女儿那个城市，想在当地网点取六万给孙子，对不对？"
              "动您的存款得先认准是您本人：请您念一下身份证最末尾的四个数，再报一下家里座机电话的最后四位。"),
            C("末尾四个是一二五三，家里座机最后是八零六四。"),
            A("对上了，是您本人。咱们恒通银行的网点全国都能取，您带着身份证和那张存单或者卡去就行。取的钱多，最好头一天打网点电话约一下，让他们备好现金。"),
            C("那好。我孙子还老跟我唠，手机上收到啥码都别给人念，我都记着呢。"),
            A("您孙子这话一点不假，我再给您补两句：要是有人打电话说是您孙子，讲他出了事、急着要钱，叫您把钱汇到某个账户，"
              "您先别慌，挂了电话直接打给孙子本人问；还有自称银行的人让您转钱或者念数字，全是骗子，银行从来不会这么要。"),
            C("嗯呢，我记下了，回头让闺女陪我去取。"),
            A("有女儿陪着最放心。存单到期那天利息会自动算进去，您不用多跑一趟。还有哪儿没弄明白的吗？"),
            C("没啦，闺女说得挺透亮。"),
            A("好嘞奶奶，谢谢您特意打电话来问，提前祝孙子新婚快乐，您老身子骨多注意，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y03_dog_chewed_banknote_info_clean",
        "title": "客户家的狗把一张一百元咬掉一角，问能不能换（一般业务咨询，不涉及账户，无需核身）；开玩笑说狗要是人就报警了、担心会不会要报手机验证码（均为无害提及）；坐席讲清残缺币按剩余面积全额或半额兑换，完整合规",
        "business_type": "account", "agent_id": "A9601", "customer_tier": "standard",
        "started_at": "2027-12-08T15:41:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A9601"]),
            C("你好，说出来有点丢人，我家狗把一张一百块咬掉了一个角，剩下的还粘着口水，这张钱还能花吗？"),
            A("您家狗狗把一百元咬缺了一角，想问问这张钱还能不能用、能不能换，对吧？"
              "这属于一般咨询，您的账户不牵扯进来，所以身份就不必核了。被咬缺的钱商家多半不收，不过可以拿到我们任意一个网点去兑换。"),
            C("那能换回一百吗？还是只给一半？"),
            A("要看剩下的有多大：能认出是真币、剩下的不少于原来的四分之三，就照一百换；剩下一半到四分之三之间，换五十；剩的不足一半就换不了了。"),
            C("只缺了一个小角，那应该能换一百。这狗要是个人，我早就报警抓它了。"),
            A("哈哈，那它可逃不掉。您换之前把钱晾干、压平，千万别拿胶带去粘，柜员更好辨认。"),
            C("行。去了柜台会不会让我报手机上的验证码？"),
            A("不会，换残缺币不用验证码，也不用带卡，带着这张钱去就成，当场就能换给您。"),
            C("好嘞，明白了。"),
            A("您另外还有哪桩事要问？"),
            C("没有了，谢谢你。"),
            A("客气，谢谢您跟我分享这么逗的事，替我摸摸那只小狗，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y04_baotou_used_harvester_transfer_hold_clean",
        "title": "内蒙古包头农户从河北卖家手里买二手联合收割机，货款十六万，以身份证尾号加最近一笔刷卡消费的店名核身；告知后静音保留并致谢；每笔五万、一天二十万说对，柜台跨行手续费百分之零点五（另一渠道，正确）；用自己的话做大额转账提醒（先看机器、合同、户名一致、别全款预付），完整合规",
        "business_type": "transfer", "agent_id": "A9604", "customer_tier": "standard",
        "started_at": "2027-12-09T11:03:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A9604"]),
            C("喂，你好，我包头种地的，看上河北一个人手里的二手联合收割机，谈好了十六万，想从手机上把钱打给他，一回能打多少哩？"),
            A("您要买一台河北卖家的二手收割机，十六万想通过手机银行付，问一次能转多少，我复述得准不准？"
              "涉及转钱，先核准卡主：请报身份证号末了四个数，再说说您这张卡最近一次刷卡消费是在哪家店。"),
            C("最后四个是五九三八，最近一回刷卡是在农资店买化肥。"),
            A("您说的两样都没错。我调一下这张卡今天的转账余量，大概十五秒，这段时间电话里没声音，您别挂。"),
            {"silence": 6.5, "kind": "hold"},
            A("辛苦您在线上干等，多谢了。手机银行单笔封顶是五万，一天加总的上限二十万，十六万拆成四回转，当天就能全部付清。"),
            C("那我要是上柜台去转呢？"),
            A("去柜台同样能转，只是转到外行的卡要收手续费，柜台跨行转账手续费是百分之零点五，十六万就是八百块。"),
            C("那还是手机上转划算。"),
            A("转之前我得多叮嘱几句：十六万不是小数目，最好先到河北亲眼看看机器、试着开一圈；买卖合同写明机器型号和出厂编号；"
              "收钱的户名要和卖家身份证上的名字一样；别一下子全款打过去，先付定金，机器拉回来没毛病再付剩下的。"),
            C("成，我先过去看车，看好了再转。"),
            A("这么安排最保险。还有什么想打听的不？"),
            C("没了，挺好。"),
            A("好的，感谢您对我们这么放心，祝明年收成满仓，再会了您。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y05_chile_cherry_importer_usd_remittance_clean",
        "title": "烟台水果批发商给智利果园付四万美元车厘子货款，以身份证尾号加最近一次取现地点核身；坐席用自己的话做跨境汇款风险提示（邮箱被盗改账户、核对合同上的账户、汇出难追回），到账一般三个工作日（正确），完整合规",
        "business_type": "transfer", "agent_id": "A9602", "customer_tier": "standard",
        "started_at": "2027-12-10T14:17:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A9602"]),
            C("你好，我在烟台做水果批发，春节前要进一批智利车厘子，得给那边果园付四万美元，想问从你们这儿汇要怎么办。"),
            A("您要给智利的果园汇四万美元车厘子货款，想知道办理的路子，是这样吧？这笔要走购汇，先把身份验一验："
              "劳驾报一下身份证号码尾部四位数字，再讲讲您上一次取现金是在哪儿取的。"),
            C("最后四个是三六一九，上回取现是在码头边上那台取款机。"),
            A("核实无误。这是货物贸易付款，把跟果园签的合同和形式发票准备好，网银或者柜台都能提交，一般三个工作日到对方账上。"),
            C("果园那边昨天发邮件说换了个收款银行，让我按新账户汇，这个要紧不？"),
            A("这个非常要紧：跨境货款里，骗子黑进卖家邮箱、冒充卖家通知改账户，是最多见的一种手法。"
              "您先别按邮件汇，用合同上留的电话或者您一直联系的那个人的视频核实；账户没核清之前一分钱也别出去，钱汇到国外，再想要回来就比登天还难。"),
            C("明白，我今晚跟他们老板视频对一下。"),
            A("好。另外美元的汇率随时在变，扣多少人民币按您提交那一刻的牌价算。别的还想了解点啥？"),
            C("没了，多谢提醒。"),
            A("不客气，也谢谢您肯多问一句，祝车厘子卖个好价钱，再见啦。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y06_zunyi_wedding_banquet_temp_limit_clean",
        "title": "客户（贵州遵义口音）下月办婚宴，想给金卡临时调高额度，以身份证尾号加申请信用卡时填写的单位所在城市核身；金卡年费三百元（正确），普卡年费另算（另一产品）；客户在坐席说完前零点四秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A9605", "customer_tier": "standard",
        "started_at": "2027-12-13T16:35:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A9605"]),
            C("你好嘛，我遵义的，下个月要摆酒结婚，酒席钱要刷卡，我这张卡额度不够，想问下能不能临时搞高点？"),
            A("您下个月办喜酒，想用信用卡付酒席钱，现在额度不够，想临时往上调一调，我没理解偏吧？先道一声恭喜！"
              "调额度要先核身份：麻烦说一下身份证号码最末四位，再说说您申请这张卡时填的工作单位在哪个城市。"),
            C("最末四位二七四零，单位在贵阳。"),
            A("核对通过。我这边看到您的卡能申请临时额度，一般有效一个月，在手机银行的额度管理里提交，几分钟就有结果。"),
            C("那调高了，年费会不会跟着涨？"),
            A("不会涨。您手里这张属金卡，年费按三百元收，一年刷够六次就免了下一年的；普卡的年费是另一个标准，跟您这张不相干。临时额度本身不收钱。"),
            C("要得，那酒席那天刷卡不会被拒嘛？"),
            A("临时额度到期前一次刷完都可以，只是到期后超出的部分要在账单里一次还上，不能分期。"),
            C("晓得了，谢谢你哈！", overlap=0.4),
            A("不客气的。还有别的需要一起弄的吗？"),
            C("没得了。"),
            A("好的，谢谢您这么信任我们，祝您和新娘子百年好合，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y07_card_dropped_in_reservoir_replacement_clean",
        "title": "客户钓鱼时银行卡掉进水库，以身份证尾号加家中座机后四位核身；坐席告知后播放等待音乐并致谢，先把卡挂失冻住（坐席无害提及），客户问不用报警吧（无害提及）；补卡约七个工作日（正确），完整合规",
        "business_type": "card", "agent_id": "A9601", "customer_tier": "standard",
        "started_at": "2027-12-14T08:56:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A9601"]),
            C("你好，我昨天去水库钓鱼，弯腰收竿的时候钱包滑下去了，银行卡跟着沉到水底了，这怎么办？"),
            A("您钓鱼时钱包连卡一起掉进了水库，想问后面该怎么处理，是吧？动卡片状态之前，先要验明是您本人："
              "请讲身份证号码最后四位，再讲一下您家里座机号码的后四位。"),
            C("最后四位七一零六，家里座机后四位是二三五八。"),
            A("全部核验吻合。我先查一下这张卡昨天以后有没有动静，最多二十秒，您先别挂，我这边给您放一小段音乐听。"),
            {"silence": 8.5, "kind": "hold_music"},
            A("让您听了这么一会儿音乐，感谢您一直没挂。昨天以后卡上没有任何交易。稳妥起见，我现在就给这张卡办挂失，把它冻住，谁捡到也用不了。"),
            C("不是被人偷的，是我自己掉水里的，不用去报警吧？"),
            A("不用报警，自己遗失的挂失就够了。我同时给您申请一张新卡，补卡要七个工作日上下，寄到您登记的地址，新卡的卡号会变。"),
            C("那绑在手机支付上的要重新弄吗？"),
            A("要的，新卡到手激活以后，在各个支付软件里换绑一下就好。您还有什么要我一起办的？"),
            C("没了，下回钓鱼不揣钱包了。"),
            A("好主意。谢谢您来电说明，祝您下次满载而归，回见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "y08_no_greeting_marathon_prize_money",
        "title": "客户问城市马拉松组委会的奖金到账没有；坐席以“嗯哼，接着说。”接起，无问候、行名、工号；以身份证尾号加开户时登记的学历核身，其余流程合规",
        "business_type": "account", "agent_id": "A9602", "customer_tier": "standard",
        "started_at": "2027-12-15T13:28:06", "agent_channel": 0,
        "turns": [
            A("嗯哼，接着说。"),
            C("啊？这是恒通那家银行的热线不？我上个月跑了全程马拉松拿了个名次，组委会说奖金打到卡上了，想瞅瞅到账没。"),
            A("没错，这是恒通。您想查马拉松组委会发的奖金。查之前先核身份：报一下身份证号最尾端四位，以及开户时登记的学历。"),
            C("尾端四位九零二一，学历是本科。"),
            A("信息一致。前天上午进来一笔三千元，付款方是市马拉松组委会，备注写的是赛事奖金。"),
            C("太好了，这钱要我自己去报税吗？"),
            A("组委会发奖金时一般会代扣个税，您到手的是税后的数，具体可以问组委会要一张完税证明。其余还需要查点别的吗？"),
            C("不用了，谢谢。"),
            A("好的，也谢谢您跑来的好消息，祝下一场再破纪录，再会。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯哼，接着说。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "y09_no_staff_number_flower_wholesale_wrong_single_limit",
        "title": "花店老板要给昆明鲜花基地付八万货款，开场白有问候、行名和服务用语但不报工号；以身份证尾号加最近一笔刷卡消费的店名核身；手机银行单笔限额说成十万（知识库为五万）；大额转账提醒用自己的话",
        "business_type": "transfer", "agent_id": "A9604", "customer_tier": "standard",
        "started_at": "2027-12-16T10:47:33", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行听您吩咐，有什么要办的您只管说。"),
            C("你好，我开花店的，春节前要从昆明的鲜花基地进一批玫瑰和百合，货款八万，想用手机银行付过去。"),
            A("您要给昆明的鲜花基地付八万块货款，准备在手机银行上转，对吧？转账前核一下身份："
              "身份证号最末端四个数字报给我，再说一下这张卡最近一回刷卡是在哪个店。"),
            C("最末端是六四八二，最近一回刷卡在超市买菜。"),
            A("身份验证过关。手机银行转账单笔的上限是十万，您这八万块一次性就能付清。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十万")]),
            C("那挺方便，我这就转。"),
            A("稍等，先提醒您几点：八万块算大额，收款的最好是基地的公司账户，您跟基地有没有签供货协议？"
              "要是对方临时在微信上让您换个人账户收款，先打基地的办公电话问个明白；头一回合作可以先付一半，花到了验完再付。"),
            C("签了协议的，我先付一半吧。"),
            A("好。您另外还有事要办吗？"),
            C("没有了。"),
            A("好的，多谢您照顾我们的生意，祝您的花店节前卖断货，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "y10_postgrad_exam_fee_refund_no_identity",
        "title": "考研报名费退款到没到卡上，坐席未做任何身份核验即说出退款日期、金额、付款方，以及卡内余额（坐席在声道一）；其后讲退款注意事项",
        "business_type": "account", "agent_id": "A9603", "customer_tier": "standard",
        "started_at": "2027-12-17T19:05:21", "agent_channel": 1,
        "turns": [
            A(OPENING["A9603"]),
            C("你好，我报考研究生交重了一次报名费，考试院说多交的那笔会原路退回，你能帮我看看退回来没有吗？"),
            A("退了，十二月十四号下午，省教育考试院退回来一百八十元，摘要是报名费退费。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退款的日期、金额、付款方和摘要")]),
            C("那太好了，我卡里现在一共还剩多少？"),
            A("目前可用余额是六千三百零二元七角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内余额")]),
            C("嗯，够我买复习资料了。以后还会有别的退款吗？"),
            A("只退重复的那一笔，别的不会再有。如果有人打电话自称考试院，说要帮您办加分或者退更多的钱、先让您交钱，那是骗人的。您还有想问的吗？"),
            C("没了。"),
            A("好的，谢谢您，复习加油，考个好成绩，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y11_short_bond_fund_jargon_no_disclosure",
        "title": "客户想拿五十万买短债基金，坐席满口术语（骑乘效应、杠杆率、信用下沉、中债估值偏离、申赎T加一、久期控制在一年内）；客户问会不会亏，坐席说债基哪有亏的道理、放一百个心，未做风险揭示即登记申购",
        "business_type": "wealth", "agent_id": "A9606", "customer_tier": "VIP",
        "started_at": "2027-12-20T14:52:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A9606"]),
            C("你好，我表姐说你们有个短债基金收益挺稳，我有五十万定期刚到期，想听你讲讲。"),
            A("身份得先过一遍：身份证最后面的四个数报一下，还有开户时登记的学历。"),
            C("最后面的四个是八三一五，学历是硕士。"),
            A("核好了。这只短债基金主打骑乘效应，杠杆率压在一百二以内，不做信用下沉，中债估值偏离度很小，申赎T加一，组合久期控制在一年内。",
              marks=[mark("etiquette.jargon", "骑乘效应、杠杆率、信用下沉、中债估值偏离度、申赎T加一、组合久期，未向客户解释")]),
            C("你说的这些我一个字也没听懂，我只关心本钱会不会折。"),
            A("债券基金哪有亏的道理，比定期还稳当，您放一百个心。"),
            C("那就买五十万吧。"),
            A("好，五十万的申购我给您登记上了，今天下午三点前确认，明天起算收益。还有要我办的吗？"),
            C("没了。"),
            A("好的，谢谢您这么痛快，到时候收益出来您就知道选对了，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户登记五十万元短债基金申购，客户问会不会亏本时坐席说债基哪有亏的道理、放一百个心，未做任何风险揭示")],
    },
    {
        "call_id": "y12_fake_customs_parcel_fraud_no_closing",
        "title": "冒充海关称客户的国际包裹夹带违禁品，要把资金转入“清查账户”配合调查，卡里六万八被转走，客户已到派出所报案；坐席核身、紧急止付、查出去向、指导开流水，但最后只说“那就这么着。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A9601", "customer_tier": "standard",
        "started_at": "2027-12-21T17:39:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A9601"]),
            C("你好，我上当受骗了！有人打电话说是海关的，说我一个国际包裹里夹着违禁品，要查我的钱干不干净，让我把钱转到什么清查账户，六万八就这么转出去了！",
              marks=[mark("risk.keyword_alert", "上当受骗、六万八被转走：冒充海关诈骗")]),
            A("您先稳住，保住剩下的钱最要紧，我们马上办。为确认您是卡主，请讲身份证号码最末四位，还有您上一回取现金是在哪个地点。"),
            C("最末四位是五二六三，上回取现在单位楼下的取款机。"),
            A("核对无误。我已经给这张卡做了紧急止付，现在谁也动不了。查到是四十分钟前分三笔转出的，合计六万八千元，去了两个外省的个人账户。"),
            C("我已经去过派出所了，派出所给了我一张受案回执，让我来银行调转账记录。",
              marks=[mark("risk.keyword_alert", "已到派出所报案：涉案资金")]),
            A("请您带着身份证和受案回执到就近的网点，打印这三笔的明细并加盖公章，递交给经办的民警；收款账户要靠公安出具协查手续去冻结，我们全力配合。对方让您装过的远程软件请立刻卸载。"),
            C("好，我马上动身去网点。"),
            A("那就这么着。"),
        ],
        "violations": [mark("closing.missing", "坐席只说那就这么着，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "y13_loan_turnover_deposit_no_warning",
        "title": "客户在网上申请贷款，“贷款公司”说其银行流水不够、要先往指定账户转三万做流水证明还款能力，放款时一并退回（未用风险词的诈骗话术）；坐席核身后只讲怎么转、抓紧转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9604", "customer_tier": "standard",
        "started_at": "2027-12-22T21:46:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A9604"]),
            C("你好，我在网上申请了一笔二十万的装修贷款，贷款公司说审批过了，就是我的流水不够，要我先往他们指定的账户转三万做个流水，证明我有还款能力，放款的时候连这三万一起打给我，我想问怎么转快。",
              marks=[mark("risk.keyword_alert", "贷款前要求先转三万做流水、放款时退回：诈骗话术")]),
            A("动账之前核一下是不是卡主：身份证号码最后四位说一下，再说说这张卡最近一笔刷卡是在哪家店。"),
            C("最后四位一七八九，最近刷卡是在加油站。"),
            A("核对通过。三万可以拆成一笔两万五、一笔五千，在手机银行里把对方给的卡号和户名填上就行。"),
            C("他们说今晚十点前不转，审批就作废了。"),
            A("那您抓点紧，手机银行实时到账，十点之前来得及。"),
            C("好，那我挂了就转。"),
            A("嗯，还有其他的没？"),
            C("没有了。"),
            A("好，谢谢您，祝装修顺顺利利，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出贷款前先转钱做流水、放款时退回的诈骗话术，坐席反而教其拆分转账、催其抓紧，未做任何防诈骗提示")],
    },
    {
        "call_id": "y14_qiqihar_card_frozen_wages_complaint_hold",
        "title": "客户（黑龙江齐齐哈尔口音）工资卡被冻结、工资取不出来，愤怒、说要打市长热线；坐席共情担责、以身份证尾号加家中座机后四位核身，告知后静音保留并致谢，查明是异地异常登录触发的保护性止付，核身后当场解除",
        "business_type": "complaint", "agent_id": "A9602", "customer_tier": "standard",
        "started_at": "2027-12-23T07:58:35", "agent_channel": 0,
        "turns": [
            A(OPENING["A9602"]),
            C("我齐齐哈尔的！今儿早上去取工资，取款机说我这卡被冻住了，一分钱都取不出来！我全家一个月就靠这几个钱过日子，你们银行这是要干哈呀？",
              marks=[mark("risk.keyword_alert", "工资卡被冻结、资金取不出：冻结"),
                     mark("emotion.customer_negative", "你们银行这是要干哈呀：愤怒、质问")]),
            A("一大早工资取不出来，搁谁身上都得急，这事我来负责给您捋清楚。先对一下是否您本人：请报身份证最末四位，再报一下家里座机的后四位。"),
            C("最末四位零三九七，座机后四位六一一二。你们要是今天整不明白，我就打市长热线，挨个告你们，太欺负人了！",
              marks=[mark("emotion.customer_negative", "打市长热线、挨个告你们、太欺负人了：投诉、愤怒")]),
            A("核对一致，您的火气我能理解，今天一定给您一个结果。我现在调这张卡的止付记录，估摸二十秒上下，线路会静下来，您把听筒贴着耳朵再候一小会儿。"),
            {"silence": 7.0, "kind": "hold"},
            A("感谢您耐心候着。查到了：昨晚十一点有人在外省尝试登录您的手机银行，密码连续输错，系统为了保护资金自动暂停了这张卡。您账上的钱一个子儿都没动。"),
            C("那你们倒是提前告诉我一声啊，害得我大冷天在取款机前面干站半天，真是闹心！",
              marks=[mark("emotion.customer_negative", "害得我干站半天、真是闹心：不满")]),
            A("确实应该更早通知您，害您白跑了这一回，真是抱歉得很。刚才已经核实了您的身份，我这就把暂停解除，您现在就能取钱。建议您今天改一下手机银行的登录密码。"),
            C("行吧，那我改一下。"),
            A("改完以后，以后再有异地登录，您手机上会收到提醒。还有哪件事要我马上办？"),
            C("没了。"),
            A("好，给您添了这么大的堵，再次抱歉，也谢谢您愿意听我解释，您路上慢点，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y15_hotel_preauth_not_released_interrupt_lecture",
        "title": "客户住酒店刷了两千押金预授权，退房一周了额度还没恢复，坐席两次在客户陈述未完时插话，并以“预授权是您自己在前台点头的，这会儿倒埋怨起银行来了，讲不讲道理”说教推诿，最后才讲怎么处理",
        "business_type": "card", "agent_id": "A9603", "customer_tier": "standard",
        "started_at": "2027-12-24T12:14:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A9603"]),
            C("你好，我上礼拜出差住酒店，前台用信用卡给我刷了两千块押金，退房都一个礼拜了，额度到现在还没回来，我想弄清楚是不是"),
            A("那是预授权。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("我知道叫预授权，可我退房的时候前台说当天就撤销，现在七天了还占着我两千额度，我下礼拜还要"),
            A("证件尾号四位，最近刷卡的店。", overlap=1.3,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点三秒")]),
            C("尾号二六零八，最近刷卡在酒店楼下的咖啡店。"),
            A("核对好了。上周二确实有一笔两千元的预授权，到现在还挂着，酒店没做撤销。"),
            C("那你们银行能不能直接给我解开？"),
            A("预授权是您自己在前台点头的，这会儿倒埋怨起银行来了，讲不讲道理。",
              marks=[mark("etiquette.forbidden_phrase", "预授权是您自己在前台点头的，这会儿倒埋怨起银行来了，讲不讲道理：说教、推诿、指责客户"),
                     mark("emotion.agent_negative", "语气生硬、说教、推卸责任")]),
            C("我没埋怨谁，我就是想把额度要回来。"),
            A("您让酒店前台在机器上做预授权撤销，当场就能恢复；酒店不做的话，一般三十天后会自动释放。"),
            C("行，我打给酒店。"),
            A("嗯，其他呢？"),
            C("没其他的。"),
            A("那成，谢了，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y16_card_snapped_in_car_door_hold_no_notice_wrong_replacement",
        "title": "客户的借记卡被车门夹断，想补卡，以身份证尾号加申请卡片时填写的单位所在城市核身；客户提问后直接进入十一秒等待音乐、坐席未告知，之后致谢；补卡说成三个工作日就能寄到（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A9605", "customer_tier": "standard",
        "started_at": "2027-12-27T15:31:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A9605"]),
            C("你好，我把卡夹在车门边上，一关门啪的一声断成两截了，这卡还能补吗？"),
            A("您的卡被车门夹成了两半，打算重办一张，对吧？补卡前先认证身份：请说身份证尾端四个数字，还有您办这张卡时填的工作单位在哪个城市。"),
            C("尾端四个是四九三一，单位在开封……不对，在郑州。"),
            A("郑州对得上，认证通过。"),
            C("那补一张要多少钱？多少天能到手？"),
            {"silence": 11.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您在电话那头候着。断了的卡补办不收工本费，补卡三个工作日就能寄到您家。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成三个工作日")]),
            C("旧卡那两截怎么处理？"),
            A("剪碎芯片扔掉就行，新卡卡号不变，绑定的缴费不用重新弄。"),
            C("好的。"),
            A("还剩啥疑问没有？"),
            C("没了。"),
            A("好的，多谢您来这通电话，开关车门小心手，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "y17_fast_agent_early_withdrawal_fixed_deposit_sarcasm",
        "title": "坐席语速过快（约一点六倍）；客户女儿出嫁要用钱，想提前支取三年定期，问利息怎么算，以身份证尾号加申请卡片时单位所在城市核身；客户问能不能按定期利息算，坐席以“合同上的字您要是肯早读两行，也用不着这会儿来找我补课”挖苦，最后才讲按活期计息",
        "business_type": "account", "agent_id": "A9605", "customer_tier": "standard",
        "started_at": "2027-12-28T11:08:59", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9605"]),
            C("你好，我闺女下个月出嫁，我存了一笔三年的定期，离到期还剩半年，想先取出来用。"),
            A("提前取是允许的。先核身份，报身份证尾四位，再报您单位在哪个城市。"),
            C("尾四位五零八三，单位在烟台。"),
            A("核对正确。提前支取要本人带身份证和存单来网点办。"),
            C("那利息还能按三年定期的利率算吗？差半年，不能都不给吧？"),
            A("合同上的字您要是肯早读两行，也用不着这会儿来找我补课。",
              marks=[mark("etiquette.forbidden_phrase", "合同上的字您要是肯早读两行，也用不着这会儿来找我补课：挖苦、说教客户"),
                     mark("emotion.agent_negative", "语气挖苦、不耐烦")]),
            C("我就是问问怎么算。"),
            A("提前支取的部分按取款当天的活期利率算，没取的部分还按原来的定期走。"),
            C("好吧。"),
            A("还问别的不？"),
            C("不问了。"),
            A("行，谢谢，拜拜。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "y18_elderly_ganzhou_double_ninth_gift_money_dead_air",
        "title": "八十岁老年客户（江西赣州乡下口音）问村里重阳节发的慰问金到卡上没有、去哪里取，以身份证尾号加最近一次取现地点核身；客户问去哪里取后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9604", "customer_tier": "elderly",
        "started_at": "2027-12-29T08:37:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A9604"]),
            C("喂，老妹子，我是赣州乡下的，活到八十岁喽。村里讲重阳节发的慰问金打到我卡上了，我不晓得有冇进来，你帮我望一下嘞。"),
            A("阿公您好，您是想看看村里重阳节发的慰问金到卡上没有，对吧？"
              "看您卡里的钱要先认人：请讲一下身份证最后四个数，还有上一回取钱是在哪里取的。"),
            C("最后四个是零八五二，上回是在圩镇上那个银行门口的机器上取的。"),
            A("对得上，是您本人。上个礼拜进来一笔五百元，是村委会打过来的，备注写着重阳慰问。"),
            C("那我要拿出来，是去圩上取，还是村里有地方取嘞？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("圩镇上那台机器就能取，村里的便民服务点也能取，都不要钱。"),
            C("那好嘞，过两日赶圩顺带取了。"),
            A("好的阿公。还有哪样事情想晓得的？"),
            C("冇嘞冇嘞。"),
            A("好，阿公，谢谢您，您慢点，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十岁老年客户查问并准备取出慰问金，坐席全程未给任何防诈骗提醒（如冒充银行或村干部要密码、要转账）")],
    },
    {
        "call_id": "y19_delayed_arrival_setting_asked_thrice_hangup",
        "title": "客户转账总要二十四小时后才到账，三次问这个延时到账是谁设置的，坐席只讲延时到账是保护措施、推说能改，客户第三次问时骂坐席像复读机，随即通话结束",
        "business_type": "transfer", "agent_id": "A9602", "customer_tier": "standard",
        "started_at": "2027-12-30T20:24:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A9602"]),
            C("你好，我最近往外转钱，对方都说要隔一天才收到，我查了查是设了二十四小时延时到账，这个是谁给我设上的？"),
            A("先核对卡主，请报身份证号码倒数四位，以及家里座机号的末四位。"),
            C("倒数四位七二六四，座机末四位三零九一。"),
            A("核对好了。您的转账确实是二十四小时延时到账，这是为了防止被骗后钱追不回来的一种保护。"),
            C("我知道是保护，我问的是谁给我设的，我自己从来没设过。"),
            A("延时到账是可以改的，您在手机银行转账设置里就能改成实时。"),
            C("你是复读机吗？我问了三回了，你就不肯说，太窝火了，到底是谁给我设上的？",
              marks=[mark("resolution.repeated_question", "延时到账是谁设置的问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "你是复读机吗、太窝火了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "y20_short_card_points_for_annual_fee_call",
        "title": "信用卡积分能不能抵年费，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9603", "customer_tier": "standard",
        "started_at": "2027-12-31T18:02:16", "agent_channel": 0,
        "turns": [
            A(OPENING["A9603"]),
            C("喂，卡上的积分能拿来抵年费吗？"),
            A("抵不了。"),
            C("哦，好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT14_SEED = 20271231
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT14_CALLS, agents=AGENTS, default_out=Path("samples/heldout14"),
                  seed=HELDOUT14_SEED, description=__doc__))
