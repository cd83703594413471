#!/usr/bin/env python3
"""Render the tenth held-out evaluation set in samples/heldout10/ (dev-only; never imported by the product).

The first nine held-out sets (samples/heldout/ to samples/heldout9/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This tenth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the nine
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py or make_heldout.py to make_heldout9.py): other agents (A9201-A9206) with their own
openings (代号, 接待员, 客服序号, 受理员, 我的号码是, 财富管家), other verification routes (the
occupation registered at account opening, the term of the customer's time deposit, the amount and
place of the last card purchase, the district the paper statement is mailed to, the country of the
last remittance abroad, the day the salary comes in, the size of the latest credit, the first three
digits of the registered mobile number), other hold and closing phrasings, topics the earlier sets
did not use (a green-bond wealth product for a year-end bonus, a card locked after three wrong PINs,
a bucket of coins from a self-service car wash, calves bought from a ranch in another province, a
furniture payment to a Vietnamese factory whose "new account" arrived by e-mail, flight-delay cover
on a gold card, a one-cent verification credit from a courier platform, a second-hand fishing boat,
a rent subsidy for recruited talent, a farmland subsidy on a farmers' card, concert tickets bought
on a second-hand platform, a convertible-bond fund, a fee to "erase" an overdue credit record, a
card taken by a renovation worker together with the PIN, a card declined at a hospital at night, a
debit card lost while hiking, a year of stamped statements for a mortgage elsewhere, a monthly
standing order to a care home, a quarter's lower deposit interest, paying school fees by credit
card), dialect-flavoured customers (Suzhou, Wenzhou, Zhoushan and Nanning flavour; two of them
elderly) and hard negatives (steps done in unusual words, steps not required in that situation,
harmless mentions of a police station next to a branch, of police handing out leaflets, of
verification codes, of a one-cent credit the customer fears is a trap, figures right for another
product or card, large transfers and a remittance abroad with a warning, a time deposit that needs
no risk disclosure, a customer who starts before the agent has finished). It is for measuring,
never for tuning. Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and
metadata formats); only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout10.py
    /work/tts-venv/bin/python tools/make_heldout10.py --only u13_credit_record_erasing_fee_no_warning
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
#   number may be said as "客服代号NNNN的小蒋接听", "接待员NNNN", "客服序号NNNN", "受理员NNNN", "我的号码是NNNN"
#   or "财富管家NNNN". u08 greets, names the bank and offers help with no number
#   (staff_id_missing); "喂喂，通了，啥情况？" (u07) and "行，讲吧，赶紧的。" (u17) are no greeting at
#   all (both labels; the customer names the bank and the agent only confirms);
# - identity: a check before any account data or account action. ID digits + the occupation
#   registered at opening (u01, u12), + the term of the time deposit (u02, u18), + the last card
#   purchase (u04, u13), + the country of the last remittance abroad (u05), + the district the
#   statement is mailed to (u06, u15), + the salary day or amount (u07, u11, u17), + the latest
#   credit (u08), + the first digits of the registered mobile (u09 after the slip, u14, u16, u19).
#   identity.not_verified = each agent turn that discloses account data before a check: u09 (a
#   rent subsidy's date, amount, payer, memo and card tail; the check comes after the customer
#   objects: one turn), u10 (a farmland subsidy's date, amount, payer and memo, then the balance,
#   no check at all: two turns). General information (u03: depositing coins; u20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (u12: "the bond floor
#   holds it up, buy without worry"), a fraud script the customer describes left without an
#   anti-fraud warning while the agent helps the money out (u13). A disclosure in the agent's own
#   words counts (u01). Large transfers carry a warning in the agent's own words (u04, u08), the
#   remittance abroad too (u05). u10's time deposit is a deposit and needs no wealth disclosure;
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (u13: a company that will delete an overdue
#   record for a 6,800 fee paid to its salesman's personal card). u11 twice (被骗; 去派出所报了案),
#   u14 twice (工人…把我的卡…拿走了…取了两万六; 我已经打了一一零报警). A police station next to a branch and
#   police handing out leaflets (u03), a one-cent credit the customer fears is a trap (u07) and
#   verification codes (u03, u09) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (u18: an
#   80-year-old in a care home setting up a standing order, promised a visit by branch staff). The
#   other elderly call (u02) carries it;
# - emotion.customer_negative: u14 twice, u19 once. etiquette.jargon: u12, u16.
#   forbidden_phrase and agent_negative: u15, u17 (both labels on each);
# - hold: announced holds in other words count (u04 music, u14 silent; both thanked). In u16 the
#   music (10 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: u18, 12 s after the elderly customer asks about a home visit;
# - closing: thanks and goodbye in other words count; u11 ends with "那就先这么着。":
#   closing.missing; u19 and u20 end without any closing;
# - answer.wrong_fact: u08 (手机银行一次最多能转十万; the KB says 五万) and u16 (补卡四个工作日; the KB
#   says 七个工作日). Right figures stay unlabelled (u04's 五万 / 二十万, u06's 金卡 fee of 三百 and the
#   fee-free supplementary card, u14's 七个工作日, u05's 一到三个工作日);
# - etiquette.interruption: u15, 1.1 s and 0.8 s. In u01 the customer starts 0.4 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: u19; handling.time_standard: u20;
#   etiquette.speech_rate: the agent at 1.6x (u17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9201": {"team": "一线X组", "staff_no": "三七二九"},
    "A9202": {"team": "一线X组", "staff_no": "六一零八"},
    "A9203": {"team": "一线Y组", "staff_no": "四九五三"},
    "A9204": {"team": "一线Y组", "staff_no": "八二零六"},
    "A9205": {"team": "一线Y组", "staff_no": "二四七一"},
    "A9206": {"team": "二线N组", "staff_no": "七五三一"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9201": "您好，恒通银行，客服代号三七二九的小蒋接听，您今天打来想解决点什么？",
    "A9202": "您好，恒通银行电话客服，接待员六一零八随时听您吩咐，您说说看是哪方面的事？",
    "A9203": "恒通银行，您好，客服序号四九五三，我能替您处理点什么？",
    "A9204": "您好，恒通银行受理员八二零六在听，您想了解的事请直说。",
    "A9205": "您好，您接通了恒通银行人工台，我的号码是二四七一，有什么要查的要办的请吩咐。",
    "A9206": "您好，恒通银行财富管理部，财富管家七五三一，今天想规划哪一笔资金？",
}

HELDOUT10_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "u01_green_bond_wealth_year_end_bonus_clean",
        "title": "贵宾客户想把十五万年终奖买投向风电光伏的绿色债券主题理财，以身份证尾号加开户登记职业核身，用自己的话讲清没有保本承诺、可能拿回少于本金、业绩基准只是参照、一年封闭；客户在坐席说完前零点四秒开口（非坐席插话），完整合规",
        "business_type": "wealth", "agent_id": "A9206", "customer_tier": "VIP",
        "started_at": "2027-07-01T10:14:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A9206"]),
            C("你好，公司年底给我分了十五万奖金，听说你们有投绿色环保项目的理财，风电光伏那一类，我挺感兴趣，想问个明白。"),
            A("您是想把这十五万年终奖放到投向风电、光伏这类绿色项目的理财里，先了解了解产品，我理解得没错吧？"
              "要调出您能买的产品，得先验明您的身份：请告诉我身份证号的最后四位，以及当初开户时登记的职业。"),
            C("最后四位是三五八二，职业填的是工程师。"),
            A("和系统里登记的一致，身份没有问题。这款绿色债券主题理财期限一年，钱主要买发电公司和环保企业发的债券，"
              "业绩比较基准是年化百分之三点二到三点六。"),
            C("基准高低我倒不在乎，我就想知道稳不稳当。"),
            A("实话跟您讲，它没有保本的承诺。债券价格会跟着市场利率起起落落，发债的企业也有还不上钱的可能，"
              "所以一年后拿回来的可能少于十五万；三点二到三点六只是一个参照，不等于您一定能拿到的数。"),
            C("那中途我要是急着用钱呢？"),
            A("这一年是封闭的，中间赎不出来。所以建议您别把十五万全放进去，手边留一部分随时能动的钱。"),
            C("那我放十万，剩下五万搁活期里。", overlap=0.4),
            A("这个分法比较稳妥。您上个月做的风险测评是平衡型，高于这款产品的风险等级，可以买。"
              "付款前手机上会跳出产品说明书和风险揭示的页面，您逐条看完、勾选确认以后才会成交。还有别的钱想一起规划吗？"),
            C("先这样，别的以后再说。"),
            A("好的，谢谢您今天肯花工夫听我细说，祝您工作上步步高升，下回再聊，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u02_elderly_suzhou_card_locked_wrong_pin_clean",
        "title": "七十九岁老年客户（苏州口音）在取款机上连输三次密码卡被锁，以身份证尾号加所存定期年限核身；告知须本人到网点解锁重设、电话里不能改密码；提醒密码别写在卡上、陌生人凑过来帮忙别让碰卡、自称银行要密码的一律挂掉，完整合规",
        "business_type": "account", "agent_id": "A9203", "customer_tier": "elderly",
        "started_at": "2027-07-02T09:26:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A9203"]),
            C("喂，小姑娘，我是苏州人，今年七十九岁哉。昨日在取款机上取铜钿，密码按错了三趟，卡就用不来了，伲哪能办？"),
            A("阿婆您好，您是说昨天在取款机上密码连着按错三次，卡现在用不了，想知道怎么弄，对伐？"
              "跟您的卡有关，我得先认一认是不是您本人：麻烦您念一下身份证最后四个数，再讲讲您在我们这里存的定期是几年的。"),
            C("最后四个是五一零六，定期是存的三年。"),
            A("对上了，是您本人。密码按错三次，卡会被锁起来，这是为了护住您的钱。"
              "解锁和重新设密码，都要您本人带身份证和这张卡到网点，电话里没办法替您改密码。"),
            C("晓得哉。那我卡里的铜钿会不会少脱？"),
            A("钱一分都不会少，锁住的只是取钱和刷卡，存在里面的钱好好的。您去网点的时候，柜员会请您在密码器上自己按两遍新密码。"),
            C("新密码我记不牢哪能办？写在卡背面好伐？"),
            A("阿婆，这个可千万不要。密码别写在卡上，也别跟卡放一块，挑一个您自己记得牢、外人猜不到的数。"
              "还有，在取款机旁边要是有陌生人主动凑过来说帮您弄，别让他碰卡；哪怕有人打电话自称是银行的、叫您说出密码，也一律挂掉，银行的人从来不问您密码。"),
            C("好个好个，我记牢哉。"),
            A("您还有啥别的要问伐？"),
            C("呒没哉，谢谢侬。"),
            A("阿婆不客气，多谢您打电话过来，去网点路上慢慢走，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u03_car_wash_coin_bucket_deposit_info_clean",
        "title": "自助洗车房老板想把一桶硬币存进卡里，问网点收不收、清点收不收钱（网点业务规定咨询，不查账户，无需核身）；提到派出所隔壁的网点、民警发过防骗传单、手机验证码（均为无害提及），完整合规",
        "business_type": "account", "agent_id": "A9201", "customer_tier": "standard",
        "started_at": "2027-07-05T14:38:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A9201"]),
            C("你好，我开了个洗车房，自助洗车机里攒了一大桶硬币，估计有三四千块，想存到卡上，你们网点收不收硬币？"),
            A("您是想把洗车机里攒的一桶硬币存进卡里，问网点能不能收，对吧？这属于网点业务规定的咨询，跟您的账户不沾边，"
              "所以不用核对身份。硬币网点可以收，数量大的话，建议先打网点电话约个时间，他们会备好清点机。"),
            C("清点要收钱吗？"),
            A("存硬币不收清点费。您最好按一元、五角、一角分开装，别混在一起，柜员点得快，您等的时间也短。"),
            C("行。我打算去派出所隔壁那个网点，上回那边的民警还到我店里发过防骗传单，离我近。"),
            A("那个网点周一到周五都能办硬币存款，周末只开半天，建议您挑工作日上午过去。"),
            C("存完能马上转到我老婆卡上吗？"),
            A("存进去当场入账，马上能转。转的时候手机银行会发一个验证码给您，您自己填上就行，别念给旁人听。"),
            C("明白了，谢谢啊。"),
            A("不客气。除了硬币这件事，还有别的想了解的没有？"),
            C("没了。"),
            A("好嘞，谢谢您专门问一趟，祝您洗车房生意兴隆，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u04_calves_from_ranch_payment_hold_clean",
        "title": "内蒙古养牛户今天要给外省牧场付十六万牛犊钱，以身份证尾号加最近一次刷卡金额和地点核身，告知后播放等待音乐并致谢；每笔五万、一天二十万说对，并算出再付八万草场租金会超日限额；用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A9204", "customer_tier": "standard",
        "started_at": "2027-07-06T11:02:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A9204"]),
            C("你好，我在内蒙古养牛，这回从外省一个牧场订了四十头小牛犊，对方要十六万，我想今天在手机上转过去。"),
            A("您要今天在手机银行上给外省牧场付十六万的牛犊钱，对吧？涉及您账户里的钱，先把身份对一对："
              "请把身份证号尾巴上的四个数字告诉我，再说说您最近一次刷卡大概花了多少、在什么地方。"),
            C("最后四位二零四七，前天在镇上饲料店刷了三千二。"),
            A("和档案里一致，是您本人。我得查一下您这张卡今天的转账额度还剩多少，耽误您十几秒，电话先别挂，我放点音乐给您听。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("让您听了会儿音乐，多谢。手机银行每一笔最多能转五万，一天合起来不能超过二十万，十六万今天分四笔转就行，额度够用。"),
            C("我卡里还有点钱，想顺手把明年的草场租金八万也付了，今天能一起转吗？"),
            A("十六万加八万就是二十四万，超过一天的上限了，草场租金您明天再转。"),
            C("也行，明天再说。"),
            A("再多叮嘱一句：付这样一大笔款子，转账前最好跟牧场老板打个视频，看一眼牛犊和围栏，再把收款人的名字跟你们签的买卖合同对一对；"
              "要是对方临时说换一个账户收钱，先停下来，不要转。"),
            C("合同上写的就是他们牧场的对公账户，我照着合同转。"),
            A("这样最稳当。您看还有别的要我搭把手的吗？"),
            C("没了没了。"),
            A("好的，感谢您拨进来，祝您的牛犊养得膘肥体壮，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u05_vietnam_furniture_usd_remittance_clean",
        "title": "家具进口商要给越南工厂汇两万美元货款，以身份证尾号加上次境外汇款的国家核身；对方发邮件称换了收款账户，坐席用自己的话做跨境汇款风险提示（用原存电话核实、确认不了就汇原账户），到账一到三个工作日（正确），提醒汇率变动，完整合规",
        "business_type": "transfer", "agent_id": "A9202", "customer_tier": "standard",
        "started_at": "2027-07-07T15:47:13", "agent_channel": 0,
        "turns": [
            A(OPENING["A9202"]),
            C("你好，我做家具进口生意，要给越南一家工厂付两万美元货款，以前都是会计办，这次我自己来，想问问该怎么汇。"),
            A("您要给越南的家具工厂汇两万美元货款，想知道怎么操作，是吗？要看您的外汇额度和账户，得先验一验身份："
              "证件号倒数四位是多少？再说一下您上一次往境外汇钱，汇到了哪个国家。"),
            C("尾数九一三八，上一次汇到泰国，也是付货款。"),
            A("核对无误。货款属于经常项目，您带上合同和形式发票到网点办，或者在网银上提交都可以。"
              "汇出以后，越南那边一般一到三个工作日能收到。"),
            C("对方昨天发邮件说，他们换了一个新的收款账户，让我汇到新账户上。"),
            A("这个您要格外当心。境外付款最常见的骗局，就是冒充供应商发邮件说换了账户。请您别回那封邮件，"
              "用您以前存的电话号码直接打给越南工厂的负责人，口头确认新账户；确认不了，就还汇到原来的账户。钱一旦出了境，追回来非常难。"),
            C("有道理，我先打电话问问他们老板。"),
            A("好。另外汇率每天都在变，您按付款当天的牌价购汇，金额可能跟估算的有点出入。还有想咨询的吗？"),
            C("就这些，谢了。"),
            A("不客气，承蒙您信任我们，祝生意越做越红火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u06_wenzhou_flight_delay_cover_gold_card_clean",
        "title": "客户（温州口音）用金卡买的机票延误五小时，问卡上的延误保障怎么赔，以身份证尾号加账单寄送的区核身；延误赔付三百元（另一权益，非年费）；金卡年费三百块已免、副卡不收年费（正确，另一产品），完整合规",
        "business_type": "card", "agent_id": "A9205", "customer_tier": "standard",
        "started_at": "2027-07-08T16:21:35", "agent_channel": 0,
        "turns": [
            A(OPENING["A9205"]),
            C("你好，我温州人，上礼拜用你们信用卡买的机票，飞成都的航班延误了五个钟头，听讲该个卡带延误险，恁样我能赔多少？"),
            A("您用我们的信用卡买了机票，航班晚了五个钟头，想问卡上带的延误保障能赔多少，是吗？"
              "查您这张卡的权益，我先跟您核实一下：身份证号码末端四个数是什么，再讲一下纸质账单寄到哪个区。"),
            C("后四位六六二零，账单寄到鹿城区。"),
            A("跟登记的一样。您这张金卡附带航班延误保障，晚点满四个小时，可以赔三百元。"),
            C("要准备啥材料？"),
            A("登机牌、航空公司开的延误证明、这张卡的付款记录，在手机银行的权益页面上传就行，十个工作日内审核完。"),
            C("那我该个卡年费交了没？老婆那张副卡也要交吗？"),
            A("您的金卡今年的年费三百块已经免掉了，刷卡次数够了；副卡本身不收年费。"),
            C("恁好，省了一笔。"),
            A("别的还有要查的吗？"),
            C("没了，我弄材料去了。"),
            A("好的，有劳您特意问一声，祝您下趟出门一路顺风，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "u07_no_greeting_one_cent_courier_platform_credit",
        "title": "卡上进了一分钱、备注跑腿平台，客户怀疑是圈套（非风险事件）；坐席以“喂喂，通了，啥情况？”接起，无问候、行名、工号；以身份证尾号加发薪日核身，说明是平台小额验证，其余流程合规",
        "business_type": "account", "agent_id": "A9201", "customer_tier": "standard",
        "started_at": "2027-07-09T19:12:58", "agent_channel": 0,
        "turns": [
            A("喂喂，通了，啥情况？"),
            C("喂，恒通银行的客服是吧？我卡上昨天进了一分钱，备注是一家跑腿平台的名字，我有点懵，是不是什么圈套？"),
            A("对，恒通银行。您是看到卡上进了一笔一分钱，付款方是跑腿平台，心里不踏实。要查这笔进账，得先核对您本人："
              "念一念身份证号最后那四个数字，再说说这张卡每个月几号进工资。"),
            C("后四位七三一五，工资每月十号进。"),
            A("核对过了。这一分钱是那家跑腿平台打的小额验证，您是不是在上面登记当骑手、绑了这张卡收钱？"),
            C("哦对，我前天注册了兼职骑手，填了卡号。"),
            A("那就说得通了，平台打一分钱进来，是核实这张卡是您本人的、能收款。这一分钱不用退，也不会扣您的钱。"),
            C("那就好，吓我一跳。"),
            A("以后要是有人打电话说打错了钱、让您退回一大笔，那才要小心。还有什么需要我查的吗？"),
            C("没有了。"),
            A("好，感谢您留了个心眼来问，跑单注意安全，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂喂，通了，啥情况？：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "u08_no_staff_number_fishing_boat_wrong_single_limit",
        "title": "舟山渔民要给船主转九万买二手渔船，开场白有问候、行名和服务用语但不报工号；以身份证尾号加最近一笔进账金额核身；手机银行单笔说成十万（知识库为五万）；大额转账提醒用自己的话（核对船舶所有权证书、不转给亲戚朋友账户）",
        "business_type": "transfer", "agent_id": "A9204", "customer_tier": "standard",
        "started_at": "2027-07-12T08:49:17", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，您想了解的事请直说。"),
            C("你好，我是舟山打鱼的，看中了一条二手渔船，九万块，船老大要我今天把钱打过去，打算在手机银行上操作，能一趟转完吗？"),
            A("您今天要用手机银行给船主转九万买二手渔船，想问能不能一笔转完，对吗？看您的额度之前先核身："
              "证件号末尾四位请报给我，再说一下您卡上最近进的一笔钱大概多少。"),
            C("后四位四八九零，最近一笔进账是卖鱼的一万三。"),
            A("核对上了。手机银行一次最多能转十万，您这九万一笔就能过去。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十万")]),
            C("那方便。"),
            A("转之前要提醒您：先请船主拿出船舶所有权证书，核对证书上的船主名字跟收款人是同一个人，当面看过船、签好买卖合同再付；"
              "船主说转到他亲戚或者朋友账上的，别转。"),
            C("证书我看过了，名字对得上，合同下午签。"),
            A("那等合同签完再转更踏实。您还想了解点啥不？"),
            C("没有了。"),
            A("好的，谢谢您这么配合，祝您出海平安、满舱而归，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "u09_talent_rent_subsidy_before_check",
        "title": "引进人才的租房补贴到没到，坐席未核身就报出入账日期、金额、付款单位、附言和卡尾号，客户质疑后才以身份证尾号加预留手机号前三位核身，其余流程合规",
        "business_type": "account", "agent_id": "A9205", "customer_tier": "standard",
        "started_at": "2027-07-13T15:33:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A9205"]),
            C("你好，我是今年引进的人才，区人社局说租房补贴已经发了，发到了我在贵行开的工资卡里，能帮我看看进来没有吗？"),
            A("进来了，七月五号下午区人力资源和社会保障局转入九千六百元，附言是人才租房补贴，入的是尾号三零七二那张卡。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出补贴的入账日期、金额、付款单位、附言和卡尾号")]),
            C("等一下，你还没确认我是谁吧？万一是别人打来问的呢？"),
            A("您说得完全在理，是我操作不规范，向您道歉。现在补上核身：身份证号最末四个数麻烦讲一下，再说一下这张卡绑定的手机号前三位。"),
            C("后四位一八五三，手机号是一三六开头的。"),
            A("核对一致，是您本人。刚刚说的那笔补贴已经在您卡上了，手机银行收支明细里可以看到。"),
            C("好的。以后每个月都会发吗？"),
            A("发不发、发几次要以人社局的通知为准，银行这边只管入账。平时收到验证码之类的短信，别转给任何人。"),
            C("明白，谢谢你。"),
            A("您看还有哪件事要我帮着弄？"),
            C("没了。"),
            A("好的，刚才的失误再跟您说声抱歉，谢谢您指出来，祝您在这边安家顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u10_farmland_subsidy_no_identity",
        "title": "耕地地力保护补贴到没到惠农卡，坐席未做任何身份核验即说出到账日期、金额、付款方和摘要，以及卡内余额（坐席在声道一）；其后讲定期存款年限（存款产品，无需理财风险揭示）",
        "business_type": "account", "agent_id": "A9203", "customer_tier": "standard",
        "started_at": "2027-07-14T09:17:05", "agent_channel": 1,
        "turns": [
            A(OPENING["A9203"]),
            C("喂，你好，我是种地的，村里说今年的耕地地力保护补贴发下来了，打到我的惠农卡上，你帮我查查到了没有。"),
            A("到了，七月三号县财政局给您打了两千一百六十元，摘要写的是耕地地力补贴。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出补贴的到账日期、金额、付款方和摘要")]),
            C("好好。那我这张卡上现在总共有多少钱？"),
            A("卡上一共有五万三千四百二十元八角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内余额")]),
            C("我想拿五万存个定期，存几年好？"),
            A("定期有一年、两年、三年和五年，年限越长利息越高，您要是这几年用不上，可以存三年。存款不是理财，到期本金和利息都照付。"),
            C("那我明天去镇上的网点存三年。"),
            A("行，记得揣上身份证跟惠农卡。还有别的想问的没？"),
            C("没了。"),
            A("好，感谢您特地打来问，祝今年庄稼大丰收，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u11_concert_ticket_resale_scam_no_closing",
        "title": "在二手平台买演唱会门票私下转账四千六后被卖家拉黑，客户已到派出所报案；坐席核身、说明撤不回、指导下载回单留证并提醒走平台担保交易，但最后只说“那就先这么着。”，无致谢道别",
        "business_type": "account", "agent_id": "A9201", "customer_tier": "standard",
        "started_at": "2027-07-15T20:06:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A9201"]),
            C("你好，我被骗了！我在二手平台上买了两张演唱会的票，四千六，卖家让我私下转账，转完就把我拉黑了。",
              marks=[mark("risk.keyword_alert", "被骗：二手平台买票私下转账后被拉黑")]),
            A("您别着急，我们一起想办法。要查这笔转账，得先确定电话这头是卡主本人：身份证末尾四个数字是多少？再讲讲这个月工资进了多少。"),
            C("后四位五九四四，这个月工资进了八千三。"),
            A("核对上了。我看到今天中午十二点二十有一笔四千六百元转到一个个人账户，已经是成功状态，银行这边撤不回来。"),
            C("我已经去派出所报了案，警察说要银行的转账凭证。",
              marks=[mark("risk.keyword_alert", "去派出所报了案：客户已向警方报案")]),
            A("转账凭证在手机银行这笔交易的详情里，可以直接下载电子回单；要盖章的纸质版，带身份证去网点打。卖家的聊天记录、收款账号也都截图存好。"),
            C("好，这笔钱还有指望要回来吗？"),
            A("警方立案以后可以通知对方银行冻结那个账户，越快越有希望。以后在二手平台买东西，一定走平台担保交易，叫您私下转账的，多半是设好的局。"),
            C("我知道了，我现在就去网点打回单。"),
            A("那就先这么着。"),
        ],
        "violations": [mark("closing.missing", "坐席只说那就先这么着，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "u12_convertible_bond_fund_jargon_no_disclosure",
        "title": "客户想拿十万买可转债基金，坐席满口术语（转股溢价率、纯债价值、偏股型转债、正股、下修条款、强赎、双低策略）；客户问会不会赔钱，坐席说有债底托着、放心买，未做风险揭示即成交",
        "business_type": "wealth", "agent_id": "A9206", "customer_tier": "standard",
        "started_at": "2027-07-16T13:55:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A9206"]),
            C("你好，我同事说买可转债基金赚了不少，我有十万想试试，这东西到底靠不靠谱？"),
            A("购买前要验明正身，您说说身份证号码尾部四位和当初开户留的职业。"),
            C("末四位七零八六，职业是教师。"),
            A("确认了。可转债基金主要看转股溢价率和纯债价值，偏股型转债跟正股联动强，发行人有下修条款兜底，"
              "触发强赎以后转股获利，我们这只走双低策略。",
              marks=[mark("etiquette.jargon", "转股溢价率、纯债价值、偏股型转债、正股、下修条款、强赎、双低策略，未向客户解释")]),
            C("听不太懂，你就告诉我会不会赔钱。"),
            A("不会赔的，转债有债底托着，跌也跌不到哪儿去，您放心买。"),
            C("那我十万全买。"),
            A("好的，在手机银行基金频道输入代码，填十万，确认付款就行。"),
            C("付好了。", gap=3.0),
            A("收到，已经确认成交。您还需要办别的吗？"),
            C("没了。"),
            A("好的，多谢您选我们这只产品，祝您投资有成，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "当场购买十万元可转债基金，客户问会不会赔钱时坐席说有债底托着、放心买，未做任何风险揭示")],
    },
    {
        "call_id": "u13_credit_record_erasing_fee_no_warning",
        "title": "网上有公司称能删除征信逾期记录，要先交六千八手续费到业务员个人卡上，客户来问怎么转最快；坐席核身后只说在额度以内、几秒到账、尽快转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9204", "customer_tier": "standard",
        "started_at": "2027-07-19T17:28:46", "agent_channel": 0,
        "turns": [
            A(OPENING["A9204"]),
            C("你好，我前几年有张信用卡逾期过，征信上有记录，现在想买房贷款。网上有个公司说能帮我把逾期记录删掉，"
              "收六千八手续费，让我转到他们业务员的个人卡上，我想问下怎么转最快。",
              marks=[mark("risk.keyword_alert", "先交手续费到业务员个人卡就能删除征信逾期记录：征信修复诈骗话术")]),
            A("要转账先核个身份，身份证号码最后四个数报一下，再说一下您最近一次刷卡花了多少。"),
            C("后四位三六零九，昨天加油刷了三百多。"),
            A("好的，核对通过。六千八在手机银行一笔的额度以内，填好对方卡号和户名就能转，几秒钟就到。"),
            C("他们说今天转了，明天就能把记录清掉。"),
            A("那您尽快转吧，到账很快的。"),
            C("好的，我马上去操作。"),
            A("好的，还有要办的事情吗？"),
            C("没了。"),
            A("行，感谢您今天来电相询，祝您顺心，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出先交手续费到个人卡就能删征信记录的诈骗话术，坐席反而催其尽快转账，未做任何防诈骗提示")],
    },
    {
        "call_id": "u14_renovation_worker_took_card_complaint",
        "title": "装修工人趁客户不在拿走银行卡和写着密码的纸条，一天内在取款机取走两万六，客户愤怒、已报警、扬言投诉到总部；坐席共情担责、以身份证尾号加预留手机号前三位核身，告知后静音保留并致谢，挂失、说明取款时间地点和监控调取，补卡七个工作日（正确）",
        "business_type": "complaint", "agent_id": "A9202", "customer_tier": "standard",
        "started_at": "2027-07-20T10:41:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A9202"]),
            C("你们银行干什么吃的！我家在装修，工人趁我不在把我的卡和写着密码的纸条拿走了，一天之内在取款机上取了两万六，你们一点都不拦！",
              marks=[mark("emotion.customer_negative", "你们银行干什么吃的、一点都不拦：愤怒、不满"),
                     mark("risk.keyword_alert", "装修工人拿走卡和密码、取走两万六：银行卡被盗用")]),
            A("卡被人拿走，钱一下子少了两万六，搁谁身上都窝火，我非常理解。这件事我负责帮您跟到底。"
              "身份这块要先过一下：身份证号最后四个数，再加上这张卡绑定的手机号前三位。"),
            C("后四位零二八八，手机一三九开头。我已经打了一一零报警，你们今天要是不给个说法，我就投诉到你们总行去！",
              marks=[mark("emotion.customer_negative", "不给个说法就投诉到总行：投诉、不满"),
                     mark("risk.keyword_alert", "我已经报警了：客户已报警")]),
            A("核对一致。我现在先把这张卡挂失，再调一下这几笔取款的时间和地点，大概十几秒钟，请您别挂机，我查完马上回来。"),
            {"silence": 8.0, "kind": "hold"},
            A("多谢您耐着性子等我。卡已经挂失了，剩下的钱谁也动不了。取款是昨天下午三点到四点之间，在城东两台取款机上分五次取的。"),
            C("这么多次你们系统也不提醒一下？"),
            A("每次取款都发了短信到您手机上，您那会儿可能没留意。取款机都有监控录像，警方可以凭立案材料到银行调取，认人很有帮助。"
              "补卡要七个工作日左右，新卡到手以后把密码换掉，密码千万别再写在纸上。"),
            C("行吧，我先等警察那边的消息。"),
            A("给您造成这么大的损失，实在对不住您。还有其他需要我帮您办的吗？"),
            C("没了。"),
            A("好的，谢谢您这么体谅，有进展我们会发短信告诉您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u15_hospital_card_declined_interrupt_rebuff",
        "title": "深夜在医院急诊用信用卡交费两次被拒，坐席两次在客户陈述未完时插话，并以“拦就是拦了，原因讲了您也弄不明白…何必跟我较这个真”顶撞客户，最后才说明是风控拦截、已解除",
        "business_type": "card", "agent_id": "A9202", "customer_tier": "standard",
        "started_at": "2027-07-21T12:16:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A9202"]),
            C("你好，我昨天晚上带孩子去医院看急诊，用你们的信用卡交费，连刷了两次都被拒了，最后是我爱人拿手机付的，"
              "我就想问为什么会被拒，明明额度还"),
            A("被拒一般是系统的原因。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("不是，你听我说完，我这张卡从来没逾期过，额度还剩三万多，偏偏在医院那么着急的时候刷不出来，我想搞清楚到底是"),
            A("先说身份证后四位，再说一下这张卡的账单寄到哪儿。", overlap=0.8,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约零点八秒")]),
            C("后四位八四一二，账单寄到单位。"),
            A("对上了。昨晚那两笔是被风控拦下的。"),
            C("风控是什么意思？为什么偏偏拦我？我又没做什么。"),
            A("拦就是拦了，原因讲了您也弄不明白，您换张卡刷不就完事了，何必跟我较这个真。",
              marks=[mark("etiquette.forbidden_phrase", "原因讲了您也弄不明白，何必跟我较这个真：轻视、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我只是想知道以后还会不会这样。"),
            A("昨晚是深夜在一家新商户连着大额刷卡，系统当成可疑交易先拦了。我这边已经给您解除了，以后再碰到，收到核实短信回复确认就能刷。"),
            C("好吧。"),
            A("嗯，还有吗？"),
            C("没有了。"),
            A("那好，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u16_debit_card_lost_hiking_hold_no_notice_wrong_time_jargon",
        "title": "借记卡爬山时丢失要补办，以身份证尾号加预留手机号前三位核身；客户提问后直接进入十秒等待音乐、坐席未告知，之后致谢；一串制卡术语（介质挂失、集中制卡、按批次出卡、卡介质、重灌密钥、换卡不换号）；补卡说成四个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A9203", "customer_tier": "standard",
        "started_at": "2027-07-22T14:03:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A9203"]),
            C("你好，我周末去爬山，借记卡掉在山上找不回来了，想补一张新的，要多久能拿到？"),
            A("您爬山时把借记卡弄丢了，想补办新卡，问多长时间能拿到，是这样吗？补卡前要验明身份："
              "证件号码末四位是多少？再说一下这张卡绑定的手机号前三位。"),
            C("最后四位六二九一，手机号一五八开头。"),
            A("核对无误，我已经先给这张卡做了临时挂失。"),
            C("那原来卡里的钱还在不在？新卡的卡号会不会变？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您刚才等着。钱都在，一分没少。这次属于介质挂失，新卡走集中制卡，按批次出卡，原卡介质作废，芯片重灌密钥，跟主账户做换卡不换号的关联。",
              marks=[mark("etiquette.jargon", "介质挂失、集中制卡、按批次出卡、卡介质、芯片重灌密钥、换卡不换号，未向客户解释")]),
            C("我听得稀里糊涂的，就想知道多久能拿到。"),
            A("补卡四个工作日就能好，做好了会发短信通知您到网点领。",
              marks=[mark("answer.wrong_fact", "补卡办理时间应为七个工作日（知识库），坐席说成四个工作日")]),
            C("那卡号呢？"),
            A("卡号不变，原来绑在这张卡上的扣费不用改。"),
            C("好，那我等短信。"),
            A("好的。别的方面还有疑问吗？"),
            C("没了。"),
            A("多谢您找我们补卡，爬山注意安全，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "u17_no_greeting_fast_stamped_statement_rebuff",
        "title": "坐席语速过快（约一点六倍），以“行，讲吧，赶紧的。”接起，无问候、行名、工号；客户要开近一年盖章工资流水去他行办房贷，坐席以“手机上点两下就有了，还专门打电话来占线，真是耽误工夫”顶撞客户，最后才讲手机银行和网点的开法",
        "business_type": "account", "agent_id": "A9204", "customer_tier": "standard",
        "started_at": "2027-07-23T11:37:14", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A("行，讲吧，赶紧的。"),
            C("你好，恒通银行的客服是这个号吧？我要去别的银行办房贷，他们要我近一年的工资流水，盖章的那种，我在手机上找不到在哪儿开。"),
            A("是恒通。身份证尾号四位，再报上个月工资哪天进的。"),
            C("后四位九零五七，工资是十五号进的。"),
            A("对了。"),
            C("那流水在哪里开？"),
            A("这种事手机上点两下就有了，还专门打电话来占线，真是耽误工夫。",
              marks=[mark("etiquette.forbidden_phrase", "还专门打电话来占线，真是耽误工夫：指责、嫌弃客户"),
                     mark("emotion.agent_negative", "语气急躁、不耐烦")]),
            C("我是真找不到才打的。"),
            A("首页搜流水，选近一年，勾上加盖电子章，填个邮箱就发过去了。要纸质的去网点打。"),
            C("好，我试试。"),
            A("还有吗？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了行，讲吧，赶紧的。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号"),
                       mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "u18_elderly_nanning_care_home_standing_order_dead_air",
        "title": "八十岁老年客户（南宁口音）住进养老院，想每月自动从卡上转三千八养老院费用，以身份证尾号加所存定期年限核身；客户问能否派人到养老院办理后双方无声十二秒；坐席登记上门服务，全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9202", "customer_tier": "elderly",
        "started_at": "2027-07-26T09:08:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A9202"]),
            C("喂，靓女啊，我是南宁的，今年八十岁了。我住进了养老院，每个月要交三千八的费用，想让卡上自己按月转过去，得不得？"),
            A("老人家好，您是想每个月从卡上自动给养老院转三千八，对吗？给您设这个要动卡，先确认您本人："
              "请念一下身份证最后四个数，再说说您存的定期是几年期的。"),
            C("最后四个是四四七三，定期存的是五年。"),
            A("对得上，是您本人。可以给您办一个按月自动转账，每个月固定一天转到养老院的账户上。"),
            C("那要去网点办吗？我这腿走不得远路。有人可以来养老院帮我办不？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("可以在电话里先登记。养老院的收款账户您手上有吗？"),
            C("有，院里给了我一张单子，上面写着账号。"),
            A("好，我给您登记上门服务，网点的同事过两天带着表格到养老院找您，您把那张单子和身份证准备好。"),
            C("好嘞好嘞，冇问题。"),
            A("老人家，还想问点什么不？"),
            C("冇了，多谢靓女。"),
            A("不用谢，您老多保重身体，多谢您打这通电话，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十岁老年客户设置按月自动转账并预约上门服务，坐席全程未给任何防诈骗提醒（如冒充银行上门、索要密码或验证码）")],
    },
    {
        "call_id": "u19_deposit_interest_lower_asked_thrice_hangup",
        "title": "存款利息这季度比上季度少，客户三次问原因，坐席只报利息金额、说系统自动算，客户第三次问时表示受够了，随即通话结束",
        "business_type": "account", "agent_id": "A9205", "customer_tier": "standard",
        "started_at": "2027-07-27T16:45:10", "agent_channel": 0,
        "turns": [
            A(OPENING["A9205"]),
            C("你好，我这季度存款结的利息比上季度少了一截，上季度一百八十多，这季度才一百二，为什么少了？"),
            A("查利息要先验身份，身份证号末尾四位请讲，再说一下这张卡绑定的手机号前三位。"),
            C("后四位二七三零，手机一八六开头。"),
            A("核对好了。您这季度的利息是一百二十元零四角，已经入账。"),
            C("我知道是一百二，我问的是为什么比上季度少？"),
            A("利息是系统自动算的，结多少就是多少，您可以在明细里看看。"),
            C("这都第三次问了，你老是答非所问，我真是受够了，到底为什么利息变少了？",
              marks=[mark("resolution.repeated_question", "利息变少的原因问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "你老是答非所问，我真是受够了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "u20_short_card_school_fee_call",
        "title": "信用卡能不能交孩子学费，坐席一句话带过，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9203", "customer_tier": "standard",
        "started_at": "2027-07-29T18:12:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A9203"]),
            C("你好，信用卡可以交孩子学费吗？"),
            A("可以交。"),
            C("哦，好。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT10_SEED = 20270719
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT10_CALLS, agents=AGENTS, default_out=Path("samples/heldout10"),
                  seed=HELDOUT10_SEED, description=__doc__))
