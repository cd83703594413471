#!/usr/bin/env python3
"""Render the eleventh held-out evaluation set in samples/heldout11/ (dev-only; never imported by the product).

The first ten held-out sets (samples/heldout/ to samples/heldout10/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This eleventh set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the ten
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py or make_heldout.py to make_heldout10.py): other agents (A9301-A9306) with their own
openings (值班坐席, 服务编号, 话务员, 编号…的客服小温, 坐席员, 理财顾问), other verification routes (the
employer that pays the salary, the branch where the account or passbook was opened, the place of the
last cash-machine withdrawal, the surname of the last transfer's payee, the card's credit limit, the
amount of the latest utility direct debit, the year the card was opened), other hold and closing
phrasings, topics the earlier sets did not use (a pension target-date fund, changing the phone
number on an elderly customer's passbook, banknotes chewed by a dog, a second-hand excavator, a
deposit for a Thai durian orchard, upgrading to a gold card for airport lounges, a forgotten
mobile-banking login password, a gym-membership refund, a grand piano, a car-insurance claim payout,
a gold accumulation plan, a card frozen after selling an old phone, a caller posing as a court, a
card skimmed abroad, a double motorway toll, a gold-card fee not waived, a deposit certificate for a
visa, collecting a pension near a new home, a cancelled hotel refund, instalments on a card bill),
dialect-flavoured customers (Xi'an, Bijie in Guizhou, Tianjin and Changsha flavour; two of them
elderly) and hard negatives (steps done in unusual words, steps not required in that situation,
harmless mentions of a cousin who is an auxiliary police officer and of verification codes, figures
right for another card, large transfers and a remittance abroad with a warning, a customer who
starts before the agent has finished). It is for measuring, never for tuning. Rendering is
make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats); only the
dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout11.py
    /work/tts-venv/bin/python tools/make_heldout11.py --only v13_court_impostor_check_account_no_warning
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
#   number may be said as "值班坐席NNNN", "服务编号NNNN", "话务员NNNN", "编号NNNN的客服小温", "坐席员NNNN"
#   or "理财顾问NNNN". v09 greets, names the bank and offers help with no number
#   (staff_id_missing); "嗯，哪位，说。" (v08) is no greeting at all (both labels; the customer
#   names the bank and the agent only confirms);
# - identity: a check before any account data or account action. ID digits + the employer that
#   pays the salary (v01, v08, v11, v17), + the branch where the passbook or card was opened (v02,
#   v18), + the place of the last cash-machine withdrawal (v04), + the surname of the last
#   transfer's payee (v05, v12), + the card's credit limit (v06, v14, v15, v16, v19), + the latest
#   utility direct debit (v07), + the year the card was opened (v09, v13). identity.not_verified =
#   each agent turn that discloses account data before a check: v10 (a car-insurance payout's date,
#   amount, payer and memo, then the balance, no check at all: two turns). General information
#   (v03: exchanging chewed banknotes; v20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (v11: gold "only goes
#   up", "a sure gain"), a fraud script the customer describes left without an anti-fraud warning
#   while the agent helps the money out (v13). A disclosure in the agent's own words counts (v01).
#   Large transfers carry a warning in the agent's own words (v04, v09), the remittance abroad too
#   (v05);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (v13: a caller posing as a court wants the
#   money moved to a "check account"). v12 twice (卡被冻结了; 派出所…让我明天过去做笔录), v14 once
#   (the card in the wallet, three charges abroad at night). A cousin who is an auxiliary police
#   officer and verification codes (v03), a verification code sent by the bank (v07) and a car
#   accident claim (v10) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (v18: a
#   76-year-old asking about collecting a pension near a new home and about the yearly pension
#   check). The other elderly call (v02) carries it;
# - emotion.customer_negative: v14 twice, v19 once. etiquette.jargon: v11.
#   forbidden_phrase and agent_negative: v15, v17 (both labels on each);
# - hold: announced holds in other words count (v04 music, v07 silent, v14 music; all thanked).
#   In v16 the music (11 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: v18, 12 s after the elderly customer asks about the yearly check;
# - closing: thanks and goodbye in other words count; v12 ends with "就这样吧。": closing.missing;
#   v19 and v20 end without any closing;
# - answer.wrong_fact: v09 (一天最多能转五十万; the KB says 二十万) and v16 (金卡的年费标准是六百元; the KB
#   says 三百元). Right figures stay unlabelled (v04's 五万 / 二十万, v06's 普卡 fee of 一百 and 金卡 fee of
#   三百, v14's 七个工作日, v05's 两个工作日, v13's 每笔五万);
# - etiquette.interruption: v15, 1.0 s and 0.9 s. In v01 the customer starts 0.5 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: v19; handling.time_standard: v20;
#   etiquette.speech_rate: the agent at 1.6x (v17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9301": {"team": "一线P组", "staff_no": "三八六五"},
    "A9302": {"team": "一线P组", "staff_no": "五二零九"},
    "A9303": {"team": "一线Q组", "staff_no": "九一四六"},
    "A9304": {"team": "一线Q组", "staff_no": "二六八三"},
    "A9305": {"team": "一线Q组", "staff_no": "七零五二"},
    "A9306": {"team": "二线M组", "staff_no": "一九三七"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9301": "您好，恒通银行全天热线，值班坐席三八六五为您接通，您碰上什么事了？",
    "A9302": "恒通银行，服务编号五二零九正为您效劳，请讲您的需要。",
    "A9303": "您好您好，恒通银行，话务员九一四六当班，有啥能帮上您的？",
    "A9304": "恒通银行，您好！编号二六八三的客服小温接线，请把您的事讲给我听。",
    "A9305": "您好，恒通银行，坐席员七零五二，哪方面的问题都可以问我。",
    "A9306": "您好，恒通银行私人理财专线，理财顾问一九三七，这边能帮您参谋什么？",
}

HELDOUT11_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "v01_pension_target_fund_clean",
        "title": "贵宾客户五十一岁，想拿二十万闲钱买养老目标日期基金，以身份证尾号加代发工资单位核身，用自己的话讲清会亏、三年后可能少于本金、过往收益不代表将来、持有满三年才能卖；客户在坐席说完前零点五秒开口（非坐席插话），完整合规",
        "business_type": "wealth", "agent_id": "A9306", "customer_tier": "VIP",
        "started_at": "2027-08-02T10:05:41", "agent_channel": 0,
        "turns": [
            A(OPENING["A9306"]),
            C("你好，我今年五十一，想给自己攒点养老的钱。看到你们在卖养老目标基金，手上有二十万闲钱，想听听合不合适。"),
            A("您想把二十万闲钱投进养老目标基金，给退休做准备，先听听适不适合您，我这么理解对吗？"
              "查您名下能买哪些，得先核实身份：劳驾报一下身份证号码的末四个数，还有给您代发工资的单位叫什么名字。"),
            C("末四个是六零三九，工资是市自来水公司发的。"),
            A("两项都跟记录吻合，身份无误。这一只是二零四零年目标日期的养老基金，持有满三年才能卖出，"
              "越靠近目标年份，股票的比例越往下调。"),
            C("那它亏不亏本？"),
            A("坦白地说，它会亏。基金净值随着股市债市上下浮动，三年期满拿回的钱，有可能低于您投入的二十万；"
              "宣传页上过往的收益数字，也代表不了往后能挣多少。"),
            C("三年动不了，这点我得琢磨琢磨。"),
            A("所以不主张您把二十万一次投进去。您的测评结果是稳健型，跟这只基金的等级相符，可以分几个月慢慢买，"
              "也留些应急的钱在手边，您看呢？"),
            C("那我先拿八万试试水，其余的放着。", overlap=0.5),
            A("好的。下单页面会把基金合同和风险揭示书一页页给您看，您确认读完、签了名才扣款。另外还有什么想一并问问的？"),
            C("暂时没了。"),
            A("好，辛苦您听我讲了这么多，提前祝您退休后过得舒坦，咱们回头再联系，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v02_elderly_xian_passbook_phone_number_clean",
        "title": "八十二岁老年客户（西安口音）存折上留的还是旧手机号，想换成儿子新办的号，以身份证尾号加存折开户网点核身；告知须本人带证件到柜台、不能代办；提醒自称银行要短信数字或叫挪钱的都是骗子、银行不要密码，完整合规",
        "business_type": "account", "agent_id": "A9303", "customer_tier": "elderly",
        "started_at": "2027-08-03T09:18:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A9303"]),
            C("喂，女子，额是西安的，今年八十二咧。额儿给额换了个新手机号，存折上绑的还是老号，收不到短信，这咋弄呢？"),
            A("大爷您好，您是说存折上留的还是以前的手机号，儿子给您换了新号，现在收不着短信，想把号码改过来，是吧？"
              "改号码要动您的账户，得先弄清楚是不是您本人：请讲一讲身份证上末尾的四个数，再说说这个存折是在哪个网点开的。"),
            C("末尾四个是二九一七，存折是在钟楼跟前那个网点开的。"),
            A("对着哩，是您本人。换预留手机号，得您本人拿上身份证和存折，到随便哪个网点的柜台办，新手机也带上，柜员要往新号上发条短信核一下。"),
            C("额儿说他替额去办，能成不？"),
            A("这个得您亲自去，旁人代办不了，怕的就是别人冒名把您的号换走。您腿脚要是不利索，可以叫儿子陪着一搭去。"),
            C("嘹咋咧，那额明早叫上他。"),
            A("大爷，还有一句您记着：往后有人打电话说是银行的，说您存折出了毛病，让您念手机上收到的那几个数，或者叫您把钱挪到别的账上，"
              "那全是骗子在捣鬼，直接挂掉，再打我们这个号问。银行绝不会找您要密码和短信里的数字。"),
            C("记下了，记下了。"),
            A("您看还有没有别的事？"),
            C("没了，没了。"),
            A("好嘞大爷，谢过您了，出门慢些走，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v03_dog_chewed_banknotes_exchange_info_clean",
        "title": "家里的狗把一沓百元钞票咬烂，问能不能兑换（残缺钞票兑换规定咨询，不查账户，无需核身）；提到表弟在派出所当辅警、问会不会发验证码（均为无害提及），完整合规",
        "business_type": "account", "agent_id": "A9301", "customer_tier": "standard",
        "started_at": "2027-08-04T14:42:16", "agent_channel": 0,
        "turns": [
            A(OPENING["A9301"]),
            C("你好，我家狗把我放桌上的一沓百元钞票咬烂了，有的缺了一角，有的碎成好几片，这还能换成新钱吗？"),
            A("您家狗把一沓百元钞票咬坏了，有缺角的，也有碎成几片的，想问能不能换新的，对吧？"
              "这是残缺钞票兑换的规定咨询，跟您的账户不相干，用不着核对身份。能换多少要看剩下的面积："
              "一张剩四分之三以上，按全额换；剩一半到四分之三，按半额换；不到一半的，就换不了。"),
            C("碎片我都捡起来了，拼一拼能凑整张。"),
            A("碎片别拿胶带粘，装进一个信封里带过来就行，柜员会在专门的台子上帮您拼、帮您量，当着您的面确认。"),
            C("换钱要收手续费不？我表弟在派出所当辅警，他说好像得先开个证明。"),
            A("兑换是免费的，也不用去派出所开什么证明，您本人带着钞票直接到网点就行。"),
            C("那要不要带卡？网点会不会给我发个验证码之类的？"),
            A("现钞换现钞，不用带卡，也没有验证码这一步。要是想换完直接存进卡里，那就带上卡和身份证。"),
            C("明白了，谢谢。"),
            A("不客气，别的还有想打听的没有？"),
            C("没有了。"),
            A("好，谢谢您来电咨询，祝您和狗狗都开开心心，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v04_guizhou_used_excavator_transfer_hold_clean",
        "title": "贵州毕节挖机师傅要给隔壁县卖家付十二万买二手挖掘机，以身份证尾号加上次取款机取钱地点核身，告知后播放等待音乐并致谢；每笔五万、一天二十万说对；用自己的话做大额转账提醒（看车试车、核对发票合格证与收款人、临时换卡先别转），完整合规",
        "business_type": "transfer", "agent_id": "A9304", "customer_tier": "standard",
        "started_at": "2027-08-05T11:27:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A9304"]),
            C("喂，你好，我是贵州毕节的，在工地上开挖机。看好了一台二手挖掘机，十二万，卖家在隔壁县，我打算今天拿手机银行把钱打给他，得行不？"),
            A("您想今天在手机银行上给隔壁县的卖家付十二万，买一台二手挖掘机，是这样吧？动账之前先把身份核一下："
              "请讲一下身份证号的末四位，再讲讲您上一次在取款机上取钱是在哪个地方。"),
            C("末四位八三五二，上礼拜在镇上信用社旁边那台机子取的。"),
            A("信息吻合，是您本人。我帮您看一眼这张卡今天还能转多少，大约要十来秒，麻烦举着手机别撂，中间会有段音乐。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("劳您久等，谢谢。手机银行每笔最多五万，一天加起来最高二十万，十二万分三笔转，今天转得完。"),
            C("要得，那我分三回转。"),
            A("付钱前再提醒您几句：一定要先到现场看过挖机、试过车，看一下购机发票和合格证，卖家名字要和收款人对得上；"
              "要是对方催您先付定金、又不让看车，或者临时换了收款卡，就先别转。"),
            C("晓得了，我明天跟他当面交接，看完车再付。"),
            A("那再好不过了。还需要我帮您查点哪样？"),
            C("不用了，谢了哈。"),
            A("不客气，谢谢您肯信我们，祝您开工大吉，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v05_thai_durian_orchard_usd_deposit_clean",
        "title": "水果进口商要给泰国榴莲园汇一万五千美元定金，以身份证尾号加上次转账收款人姓氏核身；收款户是园主个人账户，坐席用自己的话做跨境汇款风险提示（视频核对、请当地代理实地看、催款就缓一缓、出境难追回），到账两个工作日左右（正确），提醒汇率变动，完整合规",
        "business_type": "transfer", "agent_id": "A9302", "customer_tier": "standard",
        "started_at": "2027-08-06T15:33:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A9302"]),
            C("你好，我做水果进口，明年要包泰国一个榴莲园的果子，对方让先付一万五千美元定金，我想问从你们这儿怎么汇过去。"),
            A("您要给泰国的榴莲园汇一万五千美元定金，想问怎么汇，对吗？要查您的购汇额度和账户，我先核一核身份："
              "报一下证件号最末的四位数，再讲讲您上一次转账，收钱那个人姓啥。"),
            C("最末四位四零六一，上回转给一个姓陈的供货商。"),
            A("都对得上。定金属于货物贸易，您准备好购销合同，在网银上提交或者到网点柜台办都可以，汇出后一般两个工作日左右对方就能收到。"),
            C("对方说他们的账户在曼谷一家银行，户名是园主个人的名字，这有问题吗？"),
            A("这一点请您多留个心：生意上的定金汇到个人户头，风险比汇到公司账户大得多。建议您先跟园主视频通话，核对营业执照和合同上的收款信息，"
              "最好请当地合作过的代理人去果园看一眼；对方要是一再催款、又说不清为什么用个人账户，就缓一缓。钱汇出国境，再往回追就费劲了。"),
            C("好，我让那边的代理先去看看。"),
            A("还有一点，美元的牌价天天在变，实际扣的人民币可能和您估算的有出入。别的还想了解些什么？"),
            C("没有了，谢谢。"),
            A("客气了，辛苦您专程来问一趟，祝您生意顺风顺水，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v06_tianjin_lounge_gold_card_upgrade_clean",
        "title": "客户（天津口音）常出差，想把普卡升成能进机场贵宾厅的金卡，以身份证尾号加信用额度核身；普卡年费一百元（另一产品，正确），金卡年费三百元、刷满六次免次年（正确）；换卡号、自动扣费随迁，完整合规",
        "business_type": "card", "agent_id": "A9305", "customer_tier": "standard",
        "started_at": "2027-08-09T16:14:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A9305"]),
            C("您好，我天津的，介个，我老出差，说是你们金卡带机场贵宾休息室，我现在拿的是普卡，想升一下，年费嘛价？"),
            A("您常出差，想把手里的普卡升成金卡，好用机场贵宾厅，问年费多少，对吧？升卡要看您的账户，先做个身份核实："
              "请说一下身份证号结尾的四位，再说说您这张卡现在的信用额度。"),
            C("结尾四位五七零三，额度是两万。"),
            A("核实无误。您眼下这张普卡，年费每年一百元；升成金卡以后，年费是三百元一年，一年里刷卡满六次，第二年的就给您免了。金卡每年送六次贵宾厅。"),
            C("倍儿好。那升完卡号换不换？"),
            A("升级要换一张新卡，卡号会变，您收到以后激活就行，旧卡的额度和欠款都会挪到新卡上。"),
            C("您猜怎么着，我就怕绑着自动扣的话费断了。"),
            A("原来绑着的自动还款和话费代扣，我们会一并迁到新卡，您不用重新设。需要我现在替您提交升级申请吗？"),
            C("提交吧。"),
            A("已经帮您提交了，审核通过会有短信。还有别的要办的没有？"),
            C("没了，谢谢您嘞。"),
            A("不客气，感谢您一直用我们的卡，出差一路顺当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v07_forgot_mobile_login_password_reset_clean",
        "title": "忘了手机银行登录密码、已错两次，按密码重置流程以身份证尾号加最近一次水电费代扣金额核身；动态验证码只填在页面上、不念给坐席（无害提及）；告知后静音保留并致谢，完整合规",
        "business_type": "account", "agent_id": "A9301", "customer_tier": "standard",
        "started_at": "2027-08-10T19:51:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A9301"]),
            C("你好，手机银行登录那个密码我给忘干净了，试了两次没对，怕再错就被锁了，想问怎么重新设。"),
            A("您是忘了手机银行的登录密码，已经错了两次，想重新设置，是吗？重设密码要走专门的流程，先确认您是本人："
              "请报一下身份证号码最尾巴的四个数，再说一下您最近一次自动扣的水电费是多少钱。"),
            C("最尾四位三八四六，上个月扣了电费一百二十几。"),
            A("对上了。接下来会给您绑定的手机发一条动态验证码，您只填在手机银行的重置页面上，不用念给我听。"
              "我在这边给您开通重置，要二十秒上下，劳您握着听筒，别撂下。"),
            {"silence": 7.0, "kind": "hold"},
            A("多谢您耐心守着。重置已经打开了，您现在退出再登录，点忘记密码，填上收到的那串数字，然后设一个新的登录密码。"),
            C("好，验证码收到了，填好了。新密码也设了，能进去了。"),
            A("那就好。新密码别和取款密码一样，也别用生日。还有别的我能帮上忙的吗？"),
            C("没了，挺快的。"),
            A("谢谢您配合，祝您一天顺顺利利，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "v08_no_greeting_gym_membership_refund",
        "title": "健身房关门后退回的三千二到没到卡上；坐席以“嗯，哪位，说。”接起，无问候、行名、工号；以身份证尾号加代发工资单位核身，其余流程合规",
        "business_type": "account", "agent_id": "A9302", "customer_tier": "standard",
        "started_at": "2027-08-11T12:08:44", "agent_channel": 0,
        "turns": [
            A("嗯，哪位，说。"),
            C("喂，恒通的人工吗？我办健身卡的那家店关门了，店里说把剩下的三千二退到我卡上，我想看看退了没有。"),
            A("是恒通这边。您是想查健身房退的那三千二到没到卡上。查之前先对一下身份：身份证号码末四位是多少？再说说给您发工资的是哪家单位。"),
            C("末四位七一二八，工资是一家物流公司发的。"),
            A("都核上了。前天下午有一笔三千二百元进来，付款方就是那家健身俱乐部，备注写的退费。"),
            C("太好了，我还以为要打水漂了。"),
            A("钱已经在您卡上，随时能用。以后预付卡别一次充太多，店家关门要钱很费劲。还有要我看的吗？"),
            C("没了没了。"),
            A("好，感激您特意核一下，祝您锻炼愉快，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，哪位，说。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "v09_no_staff_number_grand_piano_wrong_daily_limit",
        "title": "给女儿买三角钢琴要付琴行十八万，开场白有问候、行名和服务用语但不报工号；以身份证尾号加开卡年份核身；手机银行日累计说成五十万（知识库为二十万）；大额转账提醒用自己的话（转对公账户、与合同户名一致、店员个人卡别转）",
        "business_type": "transfer", "agent_id": "A9305", "customer_tier": "standard",
        "started_at": "2027-08-12T10:36:19", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，这边能为您做点什么？"),
            C("你好，我给女儿订了一架三角钢琴，琴行要十八万，今天付清，我想在手机银行转，一天之内转得完不？"),
            A("您今天要在手机银行给琴行付十八万的钢琴款，想问一天能不能转完，对吗？我先把身份核一下："
              "身份证末尾四位请您告诉我，再说一下您这张卡是哪一年开的。"),
            C("末尾四位六一四五，是二零一九年开的。"),
            A("核对正确。手机银行每笔最多五万，一天最多能转五十万，十八万分四笔转，一天轻松转完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成五十万")]),
            C("那我这就转。"),
            A("转账前跟您提个醒：款子要转到琴行的对公账户，跟购琴合同上的户名一致；如果店员让您转到他个人卡上，说是能便宜点，千万别转。"),
            C("合同上是琴行公司的账户，我照着转。"),
            A("这样稳妥。您还有其他事吗？"),
            C("没有了。"),
            A("好的，谢谢您选我们办这笔款，祝孩子琴练得越来越好，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "v10_car_insurance_payout_no_identity",
        "title": "车险理赔款到没到卡上，坐席未做任何身份核验即说出到账日期、金额、付款方和摘要，以及卡内余额（坐席在声道一）；其后讲修车付款注意事项",
        "business_type": "account", "agent_id": "A9303", "customer_tier": "standard",
        "started_at": "2027-08-13T09:47:30", "agent_channel": 1,
        "turns": [
            A(OPENING["A9303"]),
            C("你好，我上个月车被人追尾了，保险公司说理赔款打到我卡上了，你帮我瞅一眼到了没有？"),
            A("到了，八月九号上午，一家财产保险公司转进来六千七百五十元，摘要是车险理赔。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出理赔款的到账日期、金额、付款方和摘要")]),
            C("好。那我卡上现在还剩多少？"),
            A("现在余额是两万一千零八十元三角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内余额")]),
            C("行，那修车钱够了。修理厂让我直接转给他们，转账有什么要注意的？"),
            A("修理厂有对公账户就转对公，拿到维修发票再付尾款。要是有人打电话说理赔得先垫一笔手续钱，别理他。还有别的想问吗？"),
            C("没了。"),
            A("好的，多谢，开车当心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v11_gold_accumulation_jargon_no_disclosure",
        "title": "客户想每月三千买积存金，坐席满口术语（克重计价、上金所现货基准价、主动积存、定投积存、点差、日内回转、实物提取）；客户问会不会亏，坐席说黄金只涨不跌、稳赚，未做风险揭示即设好定投",
        "business_type": "wealth", "agent_id": "A9306", "customer_tier": "standard",
        "started_at": "2027-08-16T13:22:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A9306"]),
            C("你好，最近金价涨得厉害，我想每个月拿三千块存点黄金，听说你们有个积存金，这个怎么弄？"),
            A("购买前得核实身份：请报身份证号最后四位，再说一下代发您工资的单位名称。"),
            C("最后四位一九八零，工资是区里一所中学发的。"),
            A("核实好了。积存金按克重计价，挂钩上金所现货基准价，分主动积存和定投积存，买卖收点差，支持日内回转，攒满克数可以申请实物提取。",
              marks=[mark("etiquette.jargon", "克重计价、上金所现货基准价、主动积存、定投积存、点差、日内回转、实物提取，未向客户解释")]),
            C("说得太快了，你就跟我讲一句，存黄金会不会亏？"),
            A("黄金是硬通货，只会越来越值钱，放几年稳赚，这个您不用担心。"),
            C("那就每个月三千，从这个月开始。"),
            A("好，我帮您设好了，每月八号从卡上扣三千元买入。还需要什么帮助？"),
            C("没了。"),
            A("好的，感谢您对我们的信任，祝您日子越过越宽裕，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户设置每月三千元积存金定投，客户问会不会亏时坐席说只会越来越值钱、稳赚，未做任何风险揭示")],
    },
    {
        "call_id": "v12_card_frozen_after_selling_phone_no_closing",
        "title": "网上卖旧手机收到一万零五百后卡被外地公安冻结，派出所通知去做笔录；坐席核身、说明冻结金额和原因、指导带聊天记录配合警方，但最后只说“就这样吧。”，无致谢道别",
        "business_type": "account", "agent_id": "A9301", "customer_tier": "standard",
        "started_at": "2027-08-17T17:04:13", "agent_channel": 0,
        "turns": [
            A(OPENING["A9301"]),
            C("你好，我今天去取钱，柜员说我的卡被冻结了，一个子儿都取不了，我啥也没干啊！",
              marks=[mark("risk.keyword_alert", "卡被冻结：资金冻结")]),
            A("您先别急，我陪您一块儿捋一捋。要查冻结的原因，得先确认打电话的是卡主：身份证号码末尾四位是多少，再说一下您最近一回转账转给了哪个姓的人。"),
            C("末尾四位零五三三，上回转给我房东，姓黄。"),
            A("核对一致。您这张卡是被外地一家公安机关冻结的，冻结金额一万零五百元，系统里写的原因是涉案资金。"),
            C("我上周在网上把旧手机卖了，买家打来一万零五百，会不会是这笔钱？今天还接到派出所电话，让我明天过去做笔录。",
              marks=[mark("risk.keyword_alert", "派出所通知去做笔录：客户卷入警方调查")]),
            A("很可能就是这笔款来路不正。您明天带上卖手机的聊天记录和发货单去做笔录，说清楚交易经过，配合警方核查，解冻要由办案单位通知我们。"),
            C("那我卡里别的钱也取不了吗？"),
            A("冻的是一万零五百这部分，多出来的余额还可以正常用。"),
            C("好，我明天就过去。"),
            A("就这样吧。"),
        ],
        "violations": [mark("closing.missing", "坐席只说就这样吧，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "v13_court_impostor_check_account_no_warning",
        "title": "自称法院的人来电说客户名下卡涉案，要把八万转到“核查账户”、查清退回，客户来问怎么转最快（未用风险词的诈骗话术）；坐席核身后只说分两笔、五点前来得及、抓紧转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9304", "customer_tier": "standard",
        "started_at": "2027-08-18T15:49:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A9304"]),
            C("你好，刚才有个自称法院的人打电话，说我名下一张卡牵扯进一起案子，要我把卡里的八万转到他们给的核查账户，查清了就退回来，我想问转账怎么操作最快。",
              marks=[mark("risk.keyword_alert", "自称法院要求把钱转到核查账户、查清退回：冒充公检法诈骗话术")]),
            A("动钱前得确认您是户主，您说一下身份证号末四位，再讲讲这张卡是哪年开的。"),
            C("末四位三二七九，二零一五年开的。"),
            A("核对通过。八万元超过了每笔五万，拆成两回转就行，填上对方给的账号和户名，一会儿就到。"),
            C("他们说今天下午五点前必须转完，过了点就来不及了。"),
            A("那您抓紧时间转吧，五点前肯定来得及。"),
            C("那我挂了就去弄。"),
            A("嗯，别的没啥了吧？"),
            C("没了。"),
            A("好的，多谢配合，祝您顺遂，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出自称法院要求转入核查账户的诈骗话术，坐席反而催其抓紧转账，未做任何防诈骗提示")],
    },
    {
        "call_id": "v14_card_skimmed_abroad_complaint_hold",
        "title": "卡在钱包里却在凌晨被境外网站连刷三笔共一万四，客户气愤、扬言投诉；坐席共情担责、以身份证尾号加信用额度核身，告知后播放等待音乐并致谢，停卡、提交争议交易、新卡七个工作日寄到（正确）",
        "business_type": "complaint", "agent_id": "A9302", "customer_tier": "standard",
        "started_at": "2027-08-19T08:26:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A9302"]),
            C("气得我手都抖了！卡一直在我钱包里，今天凌晨却在国外连刷了三笔，一共一万四，你们这个卡到底安不安全？",
              marks=[mark("emotion.customer_negative", "气得我手都抖了、你们这个卡到底安不安全：愤怒、不满"),
                     mark("risk.keyword_alert", "卡在身边却在境外被刷三笔一万四：银行卡被盗刷")]),
            A("卡在自己身上，钱却被境外刷走一万四，换了谁都会着急上火，这事我来负责跟进。身份这块先过一道：请报身份证号尾号四位，再说一下您这张卡的信用额度是多少。"),
            C("尾号二六四八，额度五万。要是今天不给我处理，我一定打电话投诉你们，这事没完！",
              marks=[mark("emotion.customer_negative", "今天不处理就投诉、这事没完：投诉、不满")]),
            A("核实通过，您放心，今天一定给您办。我现在先把卡停掉，再调一下那三笔交易的详情，用不了半分钟，电话您先别放下，这边给您放段音乐。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("谢谢您等这一会儿。卡已经停用了，不能再刷了。三笔都是凌晨两点多在境外网站上刷的，争议交易申请我这边递上去了，调查期间这一万四您先不用还。"),
            C("那要多久能有结果？钱能退回来吗？"),
            A("一般四十五天左右会有调查结论，确认不是您本人交易的，款项会退回。新卡大约七个工作日寄到，到时候记得改一个新密码，网购也开一下交易提醒。"),
            C("行吧，我等你们消息。"),
            A("这回害您担惊受怕，实在抱歉。您看还有别的需要我处理吗？"),
            C("没有了。"),
            A("好，谢谢您第一时间打来，有进展会短信告诉您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v15_motorway_toll_double_charge_interrupt_rebuff",
        "title": "信用卡绑定的高速通行卡同一天同一段被扣两次八十五，坐席两次在客户陈述未完时插话，并以“您自己不去找他们，老打来问我有什么用，我又不管高速”顶撞客户，最后才帮提交争议",
        "business_type": "card", "agent_id": "A9303", "customer_tier": "standard",
        "started_at": "2027-08-20T11:55:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A9303"]),
            C("你好，我的信用卡绑了高速的通行卡，这个月账单上同一天同一段高速扣了两回，一回八十五，我想问问是不是重复扣了，这八十五块还能不能"),
            A("扣几回是高速公司的事。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一秒")]),
            C("你别急着下结论，我查了行车记录，那天我只走了一趟，两笔时间只差了三分钟，明明就是系统出了"),
            A("报一下身份证尾四位和卡的额度。", overlap=0.9,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约零点九秒")]),
            C("尾四位九三一六，额度三万。"),
            A("核对过了。两笔都是通行扣费公司发起的。"),
            C("那你们能不能帮我查一下到底哪一笔是多扣的？"),
            A("都跟您说了是高速那边扣的，您自己不去找他们，老打来问我有什么用，我又不管高速。",
              marks=[mark("etiquette.forbidden_phrase", "老打来问我有什么用，我又不管高速：推诿、指责客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我就是想知道该找谁。"),
            A("您可以在账单里对这笔发起争议，我这边也能帮您提交，核实是重复扣费的，八十五会退回卡上。"),
            C("那你帮我提交吧。"),
            A("提交了。还有吗？"),
            C("没了。"),
            A("行，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v16_gold_card_fee_not_waived_hold_no_notice_wrong_fee",
        "title": "金卡被扣年费，问为什么没免，以身份证尾号加信用额度核身；客户提问后直接进入十一秒等待音乐、坐席未告知，之后致谢；金卡年费说成六百元（知识库为三百元）",
        "business_type": "card", "agent_id": "A9305", "customer_tier": "standard",
        "started_at": "2027-08-23T14:11:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A9305"]),
            C("你好，我这个月账单上多了一笔年费，我记得金卡不是刷够次数就免吗？"),
            A("您是看到账单里扣了年费，想知道金卡刷够次数为什么没免，对吧？查之前我得确认是卡主本人在打：身份证号最末四个码是几？再说一下您这张卡现在的额度。"),
            C("尾号二零四一，额度八万。"),
            A("核实完毕。"),
            C("那年费扣了多少？我去年到底刷了几次？"),
            {"silence": 11.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您候着。金卡的年费标准是六百元，您去年只刷了四次，没达到六次，所以今年没免。",
              marks=[mark("answer.wrong_fact", "金卡年费应为三百元（知识库），坐席说成六百元")]),
            C("好吧，那能不能补刷几次再退？"),
            A("扣了的年费退不了，不过今年刷满六次，明年就能免。"),
            C("知道了。"),
            A("您还需要别的帮助吗？"),
            C("不用了。"),
            A("好的，耽误您这会儿工夫了，谢谢，祝您顺心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "v17_fast_agent_visa_deposit_certificate_rebuff",
        "title": "坐席语速过快（约一点六倍）；客户要开五万以上存款证明办签证，以身份证尾号加代发工资单位核身；客户问锁定是什么意思，坐席以“字面意思还听不懂吗，您自己先想明白再打来”顶撞，最后才讲到期解锁、收费二十元",
        "business_type": "account", "agent_id": "A9301", "customer_tier": "standard",
        "started_at": "2027-08-24T10:58:33", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9301"]),
            C("你好，我要办出国签证，领事馆要一份存款证明，起码得有五万，你们这个怎么开？"),
            A("您要开存款证明去办签证，是吧？开证明前我得认一认人，身份证末四个号，再说说您工资是哪个单位发的。"),
            C("末四位四七零二，工资是一家设计院发的。"),
            A("核对好了。存款证明要本人带身份证到柜台开，开的时候那部分钱会被锁定，证明到期才解开。"),
            C("锁定是什么意思？我这钱到时候还能用吗？"),
            A("刚说完您又问，锁定就是锁定，字面意思还听不懂吗，您自己先想明白再打来。",
              marks=[mark("etiquette.forbidden_phrase", "字面意思还听不懂吗，您自己先想明白再打来：嘲讽、打发客户"),
                     mark("emotion.agent_negative", "语气急躁、不耐烦")]),
            C("我就是想确认出行前能不能动用。"),
            A("证明到期前那笔钱动不了，到期后自动解开。想提前用，要先把证明原件交回网点。开一份收二十元。"),
            C("知道了。"),
            A("其他还要问啥？"),
            C("没有。"),
            A("好，感谢来电，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "v18_elderly_changsha_pension_new_branch_dead_air",
        "title": "七十六岁老年客户（长沙口音）搬到儿子家住，问养老金卡在新住处网点能不能取、养老金年审要不要跑网点，以身份证尾号加开卡网点核身；客户问年审后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9304", "customer_tier": "elderly",
        "started_at": "2027-08-26T09:31:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A9304"]),
            C("喂，妹子啊，我是长沙的，我七十六岁哒。我搬到崽屋里住了，养老金还是打到原来那张卡上，我想问问在新地方的网点也能取么子？"),
            A("老人家，您好哇。您搬到儿子家住了，想知道养老金打到原来那张卡上，在新住处附近的网点能不能取，是吧？"
              "说到您的卡，先得认准是您本人在打：请讲身份证顶末尾那四个数，再讲讲这张卡是在哪个网点开的。"),
            C("最后四个是七七零五，卡是在五一广场那个网点开的。"),
            A("核对对上了，是您本人。我们行在全国的网点都能取，取款机也能取，一分钱费用都不扣。"),
            C("那我每年要不要去那边签个字，证明我还在世咯？养老金那边港要年审。"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("养老金资格认证是社保那边管的，现在可以在手机上刷脸认证，不用跑网点。"),
            C("手机我玩不转，要得要得，我让崽帮我弄。"),
            A("好的。老人家，还有啥子要问的啵？"),
            C("没得哒。"),
            A("好，老人家，承您专门问这一声，谢谢，保重身体，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "七十六岁老年客户询问养老金领取和手机刷脸认证，坐席全程未给任何防诈骗提醒（如冒充社保或银行索要验证码、刷脸代办）")],
    },
    {
        "call_id": "v19_hotel_refund_asked_thrice_hangup",
        "title": "取消的酒店订单退款一千三百八迟迟不见，客户三次问哪天到，坐席只报消费记录、推给商户，客户第三次问时表示窝火，随即通话结束",
        "business_type": "card", "agent_id": "A9305", "customer_tier": "standard",
        "started_at": "2027-08-30T20:17:24", "agent_channel": 0,
        "turns": [
            A(OPENING["A9305"]),
            C("你好，我上个月用信用卡订的酒店取消了，酒店说已经退了一千三百八，可我账单上一直没看到，这钱什么时候能退回来？"),
            A("得先弄准您是卡主，报一报身份证号最后四个码，再讲讲卡的额度。"),
            C("尾号五二八九，额度四万。"),
            A("核实好了。您这张卡上个月在那家酒店消费了一千三百八。"),
            C("消费我知道，我问的是退款哪天能回来？"),
            A("退款是商户那边发起的，我们这边只能看到消费记录。"),
            C("我问了三遍了，你就一直绕圈子，太让人窝火了，退款到底什么时候能退回卡上？",
              marks=[mark("resolution.repeated_question", "退款何时到账问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "一直绕圈子，太让人窝火了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "v20_short_card_bill_instalment_call",
        "title": "信用卡账单能不能分期，坐席一句话带过，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9302", "customer_tier": "standard",
        "started_at": "2027-09-02T18:40:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A9302"]),
            C("你好，信用卡账单能分期吗？"),
            A("能分。"),
            C("好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT11_SEED = 20270823
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT11_CALLS, agents=AGENTS, default_out=Path("samples/heldout11"),
                  seed=HELDOUT11_SEED, description=__doc__))
