#!/usr/bin/env python3
"""Render the third held-out evaluation set in samples/heldout3/ (dev-only; never imported by the product).

The first two held-out sets (samples/heldout/, samples/heldout2/) were looked at during
development, so neither measures generalisation on its own any more. This third set takes over
that job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by someone
who had not seen the rule pack or the rule engine, and words every script step differently from
samples/, samples/heldout/ and samples/heldout2/ (no clause of five characters or more is shared
with make_samples.py, make_heldout.py or make_heldout2.py): other agents (A4001-A4006) with their
own openings, other verification routes (a query password keyed in, name + date of birth + the
opening branch, the card's expiry date, the last purchase), other hold and closing phrasings,
topics the earlier sets did not use (a phone with the banking app left in a taxi, face login on a
new phone, gold accumulation, insurance sold at a branch, credit-card cash advance, foreign cash
at a branch, mortgage and car-loan prepayment, a fake courier refund, a fake loan app asking for
an "unfreezing fee"), dialect-flavoured and elderly customers (Wuhan, Hunan, Cantonese and
Shaanxi flavour), and hard negatives (a step done in unusual words, a case where the step is not
required, a risk word that reports nothing). It is for measuring, never for tuning. Rendering is
make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats); only the
dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout3.py
    /work/tts-venv/bin/python tools/make_heldout3.py --only k12_fake_loan_app_no_warning
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
#   number may be said as "NNNN号坐席", "本人工号NNNN", "员工号NNNN", "编号NNNN的客服",
#   "我是NNNN号" or 工号NNNN (a name alone, 小周, is not a staff number: k09);
# - identity: a check before any account data or account action; a query password keyed in on
#   the phone, name + date of birth + opening branch, name + card expiry, the last purchase +
#   phone digits, or ID / phone digits all count; general information (fees, rates, limits,
#   procedures, documents) needs none (k03, k08, k10, k23);
# - risk.disclosure_missing: a wealth product sold without risk disclosure, a cross-border
#   remittance or a large transfer without a warning, a fraud script the customer describes
#   left without an anti-fraud warning; a small transfer to family with no fraud signal needs
#   none (k05);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police,
#   including a fraud script told in the customer's own words; a risk word that reports
#   nothing (the agent freezing app login in k02, a deposit certificate "frozen" on purpose in
#   k10, a worry about a card being misused if lost in k13) is not one;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (k16);
# - emotion.customer_negative: a customer turn of anger or complaint;
# - closing: the agent thanks and says goodbye, and asks for other needs unless the customer
#   has already said there are none (k05).
# Elderly customers get fraud-prevention advice in every call not labelled otherwise.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A4001": {"team": "一线G组", "staff_no": "五零八三"},
    "A4002": {"team": "一线G组", "staff_no": "二七四六"},
    "A4003": {"team": "一线H组", "staff_no": "八一三九"},
    "A4004": {"team": "一线H组", "staff_no": "四六零二"},
    "A4005": {"team": "一线G组", "staff_no": "六九二四"},
    "A4006": {"team": "二线C组", "staff_no": "一五七零"},
}

# Each agent opens in their own words; none is an opening of samples/, heldout/ or heldout2/.
OPENING = {
    "A4001": "您好，恒通银行，五零八三号坐席为您服务，您请讲，需要办点什么？",
    "A4002": "喂您好，这边是恒通银行客户服务中心，本人工号二七四六，请问您遇到什么问题了？",
    "A4003": "您好，恒通银行电话银行，我是员工号八一三九的小周，今天有什么需要我做的？",
    "A4004": "恒通银行您好，编号四六零二的客服为您接听，您想咨询或者办理哪方面？",
    "A4005": "您好呀，恒通银行，我是六九二四号，您慢慢说，看我能帮上什么忙。",
    "A4006": "您好，恒通银行私人银行服务专线，工号一五七零，今天想了解点什么呢？",
}

HELDOUT3_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "k01_gold_accumulation_clean",
        "title": "开通积存金定投，按键输入查询密码核身，以口语化措辞讲明金价波动和不受存款保险保障，完整合规",
        "business_type": "wealth", "agent_id": "A4006", "customer_tier": "VIP",
        "started_at": "2026-12-15T10:12:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A4006"]),
            C("你好，手机银行上那个积存金，每月能自动买点黄金的，我想开一个。"),
            A("可以开。这是在您名下签约，得先核个身，麻烦在电话键盘上按您的六位查询密码，再加一个井号。"),
            C("好了，按完了。", gap=2.0),
            A("校验通过。积存金一克起买，能设成每月定投，比方每月八号扣一千块，按当天金价折成克数。"),
            C("黄金总归是保值的，应该不会亏吧？"),
            A("这个真不好打包票。金价上上下下很正常，高买低卖是会赔钱的；积存金也不是存款，不受存款保险保障，"
              "建议拿闲钱慢慢攒。"),
            C("明白，我本来就打算放个三五年。"),
            A("那挺合适。开通链接推到您手机银行消息里了，先做个风险测评再设金额。您还有什么想了解的吗？"),
            C("没有了。"),
            A("好嘞，多谢您打进来，祝您一切顺心，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k02_lost_phone_app_clean",
        "title": "装有手机银行的手机落在出租车上，姓名、出生日期加开户网点核身，坐席冻结手机银行登录，告知后静音保留并致谢，完整合规",
        "business_type": "account", "agent_id": "A4002", "customer_tier": "standard",
        "started_at": "2026-12-15T21:03:10", "agent_channel": 0,
        "turns": [
            A(OPENING["A4002"]),
            C("你好，我手机落在出租车上了，里面装着你们的手机银行，我怕卡里的钱出事。"),
            A("您先别慌，咱们先把手机银行的登录停掉。先对几项信息，您的姓名和出生年月日是？"),
            C("郑晓岚，一九九零年四月十七号。"),
            A("您这张卡当初是在哪个网点开的？"),
            C("开发区那个支行，挨着体育馆。"),
            A("都对上了。暂停登录要半分钟左右，您拿着电话别挂机，弄好了我马上告诉您。"),
            {"silence": 7.0, "kind": "hold"},
            A("久等啦，谢谢您。手机银行的登录已经临时冻结，卡照常能用。找回手机以后，拿身份证去网点，或者在新手机上刷脸重新绑定，就能解开。"),
            C("好，那手机号我也去挂失一下吧？"),
            A("对，尽快挂，免得有人拿它收短信里的数字。还有什么需要我这边处理的吗？"),
            C("没了，多亏你了。"),
            A("应该的，谢谢您打进来，早点休息，拜拜。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k03_fx_cash_branch_info_clean",
        "title": "去网点换日元现钞要准备什么（一般信息，无需核身），完整合规",
        "business_type": "fx", "agent_id": "A4003", "customer_tier": "standard",
        "started_at": "2026-12-16T11:20:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A4003"]),
            C("你好，我下个月去日本玩，想去你们网点换点日元现钞，得带些啥吗？"),
            A("带上本人身份证就行。金额过了一万块人民币的，最好提前一天给网点打电话预约，不然现钞可能不够。"),
            C("一个人一年最多能换多少？"),
            A("个人购汇每年有等值五万美元的便利化额度，旅游完全够用。"),
            C("网点的汇率跟手机上一样吗？"),
            A("一样，都按我行当时挂出来的现钞卖出价。您也可以先在手机银行买好，再去网点提成现钞，价格当场就锁住了。"),
            C("这个办法好，那我先在手机上买。"),
            A("可以的。您看还有哪里不清楚？"),
            C("都清楚了，谢谢。"),
            A("不用客气，感谢您打来咨询，祝您玩得开心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k04_elderly_atm_swallowed_clean",
        "title": "老年客户（武汉口音）取款机吞卡，核身后告知次日凭身份证到网点领卡，提醒机器上贴的假电话，完整合规",
        "business_type": "card", "agent_id": "A4005", "customer_tier": "elderly",
        "started_at": "2026-12-16T09:15:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A4005"]),
            C("喂，姑娘啊，菜场门口那个取款机把我的卡吞进去了，么样搞啊？钱也冇取出来。"),
            A("爹爹您莫急，卡就在机器里头，丢不了。我先帮您看看，您是卡的主人吧？把身份证号码末尾四个数念给我听听。"),
            C("是我的，末尾是五九零三。"),
            A("好，对上了。刚才那笔没出钞，不扣钱。明天上午网点一开门，您揣上身份证去柜台，核对一下就把卡还给您。"),
            C("那就好，我还以为被哪个搞了鬼。"),
            A("再跟您讲个事，有的骗子在取款机上贴张条子，写着吞卡了打某某电话，那都是假的，千万莫打，"
              "也莫跟生人讲密码。"),
            C("晓得了晓得了，我不得上当。"),
            A("您看还有哪样事要我帮忙的？"),
            C("冇得了，谢谢姑娘。"),
            A("不客气爹爹，谢谢您打电话来，路上慢点，再见啊。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k05_wife_rent_transfer_clean",
        "title": "给妻子转两千元房租因户名写错被退（小额、亲属、无诈骗迹象，无需风险提示），以最近一笔消费加手机尾号核身，客户先说没别的事，完整合规",
        "business_type": "transfer", "agent_id": "A4001", "customer_tier": "standard",
        "started_at": "2026-12-17T19:40:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A4001"]),
            C("你好，我给我老婆转两千块交房租，手机银行老提示户名和账号不一致，转不过去。"),
            A("是哪里对不上，咱们查查。先核对下身份，这张卡最近一笔花销大概多少钱、花在哪儿？"),
            C("昨天晚上在超市，好像是一百三十多块。"),
            A("对得上。再报一下预留手机号最末尾的四位。"),
            C("六二七一。"),
            A("信息无误。退回的原因是收款人名字跟对方卡上登记的不一样，您看看您爱人的名字，是不是打成同音字了。"),
            C("哎呀，她是茉莉的莉，我打成美丽的丽了。改过来就行了吧？"),
            A("对，改对了再转，两千块一次就过去了，手机银行一次最多能转五万，够用。"),
            C("好，我现在就改。那没别的了，谢了啊。"),
            A("不客气，谢谢您来电话，祝您晚上愉快，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k06_mortgage_prepay_hold_clean",
        "title": "房贷部分提前还款，复述确认需求，身份证末六位核身，以“电话先别放下”告知后播放等待音乐并致谢，客户抢话不算坐席打断，完整合规",
        "business_type": "loan", "agent_id": "A4004", "customer_tier": "standard",
        "started_at": "2026-12-17T14:30:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A4004"]),
            C("你好，我年底发了笔奖金，想提前还十万房贷，不知道怎么弄。"),
            A("我先复述一遍，您是打算拿十万块提前归还一部分房贷本金，对吧？"),
            C("对，就是这个意思。"),
            A("好的。您是借款人吧？请报一下身份证号最末六位。"),
            C("是我，最末六位是二一零九三六。"),
            A("核对好了。我得翻一下合同条款，可能要十几秒，电话先别放下。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("谢谢您耐心等候。您的房贷还满三年了，提前还款不用交违约金。还完可以选月供不变、年限缩短，也可以选年限不变、月供减少。"),
            # The customer starts before the agent has finished: not an agent interruption.
            C("那哪种利息省得多？", overlap=0.4),
            A("缩短年限省得多。定好以后在手机银行贷款页面预约，下个扣款日一起扣。您看还有什么要问的？"),
            C("没有了，谢谢。"),
            A("好嘞，多谢您的电话，祝您新年快乐，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k07_elderly_insurance_cooling_off_clean",
        "title": "老年客户（湖南口音）在网点被当成存款买了保险，犹豫期内退保，坐席当场解释犹豫期并做防诈骗提醒，完整合规",
        "business_type": "wealth", "agent_id": "A4005", "customer_tier": "elderly",
        "started_at": "2026-12-18T10:05:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A4005"]),
            C("喂，妹子，我前几天在你们网点签了个利息高的产品，我崽讲那是保险，不是存款，我想退掉咯。"),
            A("阿姨您莫着急，我先帮您查。您是投保人本人吧？把身份证最后四位报给我。"),
            C("是我本人，七一六八。"),
            A("核对过了。您是本月十二号买的一份五万块的分红险，还在犹豫期里。犹豫期就是买了以后十五天之内可以反悔，"
              "现在退，钱一分不少全退回来。"),
            C("那我么子办？要跑网点吗？"),
            A("要的，身份证、保险合同，还有扣钱的那张卡，您一起带上，去原来那个网点办退保，十个工作日左右钱回到卡上。"),
            C("好，那明早我就过去。"),
            A("阿姨再提醒您，要是有人打电话讲帮您办退保、要先交手续费，那是骗子，我们退保一分钱都不要您转。"),
            C("晓得了，妹子讲得好清楚。"),
            A("阿姨，还有别的事我能帮您的吗？"),
            C("冇得了，谢谢你啊。"),
            A("应该的阿姨，多谢您打来，祝您身体安康，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k08_cash_advance_info_clean",
        "title": "信用卡取现手续费、利息和额度咨询（一般信息，无需核身），金卡年费的正确答复换了说法，完整合规",
        "business_type": "card", "agent_id": "A4002", "customer_tier": "standard",
        "started_at": "2026-12-18T15:44:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A4002"]),
            C("你好，打听个事，信用卡能直接取现金吗？要收多少手续费？"),
            A("能取，取现手续费是取出金额的百分之一，最低十块钱。"),
            C("那利息呢？跟刷卡一样有免息期吗？"),
            A("取现没有免息期，从取出来那天就按每天万分之五算利息，一直算到还上为止，所以只适合救急。"),
            C("那能取多少？"),
            A("取现额度一般是信用额度的一半左右，您在手机银行信用卡那一栏点开额度就能看到。"),
            C("行。对了，我这张是金卡，年费是不是三百？"),
            A("对，金卡每年三百块，一年里刷满六回就免下一年的。您这边还有别的要咨询的吗？"),
            C("没有了。"),
            A("好的，谢谢您的咨询，祝您工作顺心，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "k09_no_staff_number_face_login",
        "title": "换新手机后手机银行刷脸登录失败，开场白有问候、行名和姓名但未报工号",
        "business_type": "account", "agent_id": "A4003", "customer_tier": "standard",
        "started_at": "2026-12-19T09:50:55", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行电话银行，我是小周，今天有什么需要我做的？"),
            C("你好，我换了新手机，手机银行登录一直让刷脸，刷了好几遍都不通过。"),
            A("新设备要重新认证。咱们先核身，您的全名怎么称呼？身份证号末尾四位是多少？"),
            C("何志远，末尾是一二四七。"),
            A("核对通过。您今天刷脸已经连着失败五次，当天的次数用完了，应该是光线太暗。"),
            C("那今天就登不上了？"),
            A("可以换成短信登录：在登录页点其他方式，选短信验证，输入预留手机收到的数字就行。"),
            C("我试试。哎，进去了。", gap=3.0),
            A("那就好。下回刷脸找个亮堂点的地方，把眼镜摘了。您还有其他要我协助的地方吗？"),
            C("没了，谢谢。"),
            A("好，谢谢您这么耐心，祝您一天顺利，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名、姓名和服务用语，但没有报工号")],
    },
    {
        "call_id": "k10_no_greeting_deposit_proof",
        "title": "开存款证明办签证（一般信息，无需核身；客户问冻结期限不是风险报告），坐席以“喂，在呢，啥事”接起，无问候、行名和工号",
        "business_type": "deposit", "agent_id": "A4004", "customer_tier": "standard",
        "started_at": "2026-12-19T16:22:08", "agent_channel": 0,
        "turns": [
            A("喂，在呢，啥事？"),
            C("呃，你好，我女儿办出国签证，使馆要一份存款证明，怎么开？"),
            A("本人去网点开，带上身份证和存钱的那张卡。开了以后这笔钱会冻结到您定的日期，这期间取不出来。"),
            C("那冻结多久合适？使馆说要三个月以上。"),
            A("定到签证办完以后就行，比如四个月，到期自动解冻。"),
            C("开一份要收钱吗？"),
            A("每份二十元，当天就能拿到。定期活期都能开。"),
            C("好，明白了，那我周六去。"),
            A("还有要问的没有？"),
            C("没有了。"),
            A("行，多谢，祝您女儿签证顺利，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，在呢，啥事：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "k11_fake_courier_refund_scam",
        "title": "冒充快递客服以理赔退款为由诱导信用卡借款转账，客户已转出八千，坐席立即制止、以姓名加卡片有效期核身、停用借款转账、建议报警并安排专员回电",
        "business_type": "card", "agent_id": "A4001", "customer_tier": "standard",
        "started_at": "2026-12-20T13:05:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A4001"]),
            C("你好，刚才有个自称快递客服的打电话，说我包裹丢了要理赔，让我打开信用卡借款，把借的钱先转到他给的账户走个流程。",
              marks=[mark("risk.keyword_alert", "冒充快递客服理赔退款、让客户借款再转账：典型诈骗话术")]),
            A("您先停一下，千万别再照他说的做！正规理赔不会让您借钱转账，这是冒充客服的骗局。您转过钱了吗？"),
            C("转了八千，刚转出去十分钟，他还催我再借两万。",
              marks=[mark("risk.keyword_alert", "已按骗子要求借款转出八千元：诈骗受损")]),
            A("好，这就给您处理。先验个身份，请报一下您的全名，还有这张信用卡正面印的有效期。"),
            C("孙佳怡，有效期二八年九月。"),
            A("核实无误。这张卡的借款和转账我已经临时停掉了。您马上打一一零报警，拿到回执，我们配合警方请对方银行把那笔钱先拦下来。"),
            C("好好，我挂了就打。"),
            A("记住，银行和快递都不会让您借钱转账，也不会要验证码。反诈专员二十分钟内给您回电话跟进。还有别的要我办的吗？"),
            C("没有了，我赶紧去。"),
            A("好，谢谢您及时打过来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k12_fake_loan_app_no_warning",
        "title": "客户在贷款软件上被要求先交五千元“解冻金”才放款，转账被拦，坐席只教其用短信确认后照转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A4003", "customer_tier": "standard",
        "started_at": "2026-12-20T20:33:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A4003"]),
            C("你好，我在一个借钱的软件上申请了五万贷款，它说我卡号填错了，贷款被冻结了，要先转五千块解冻金才能放款，可我转不出去。",
              marks=[mark("risk.keyword_alert", "贷款被冻结、先交解冻金才放款：虚假贷款诈骗话术，含冻结")]),
            A("转账的问题我帮您看下。您叫什么名字？身份证最后那四位数字呢？"),
            C("钱磊，三八零五。"),
            A("核对一致。您第一次往这个个人账户转，系统出于安全拦了一下。在手机银行重新发起，用短信验证码确认一下就能过。"),
            C("用短信验证码确认就行是吧？那我重新转一次。"),
            A("对，五千块在您的额度以内，确认以后马上到账。"),
            C("那他们那边就能放款了吧？"),
            A("放款进度得看那个平台，我这边查不到。其他还有要办的没有？"),
            C("没有了。"),
            A("好，谢谢您打来，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出贷款被冻结、先交解冻金才放款的虚假贷款诈骗话术，坐席反而指引其完成转账，未做任何防诈骗提示")],
    },
    {
        "call_id": "k13_etc_tolls_no_identity",
        "title": "信用卡高速通行费核对，未做任何身份核验即说出扣费明细，并直接关闭小额免密（坐席在声道一）",
        "business_type": "card", "agent_id": "A4002", "customer_tier": "standard",
        "started_at": "2026-12-21T11:48:30", "agent_channel": 1,
        "turns": [
            A(OPENING["A4002"]),
            C("你好，我信用卡绑了高速的通行卡，这个月好像扣了好多过路费，想对一对账。"),
            A("系统里显示，本月一共扣了九笔通行费，合计六百四十二块，最大的一笔是十二号的一百八十八块。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出本月扣费笔数、合计金额和单笔明细")]),
            C("一百八十八？那天我就跑了一趟省城。"),
            A("通行费按里程和车型算，来回两段有时会合在一起扣，具体路段在高速公司的小程序上能查到。"),
            C("哦，那就是来回的。你顺便帮我把这张卡的小额免密关掉吧，我老担心卡丢了被人乱花。"),
            A("好的，已经帮您关掉了，以后每笔消费都要输密码或者签字。",
              marks=[mark("identity.not_verified", "未核验身份即为客户关闭小额免密（账户操作）")]),
            C("那太好了。"),
            A("还有其他要帮您看的吗？"),
            C("没有了，谢谢。"),
            A("不客气，多谢来电，祝您一路平安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k14_short_cash_advance_call",
        "title": "信用卡取现额度在哪看，坐席一句带过即结束，不到二十秒（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A4004", "customer_tier": "standard",
        "started_at": "2026-12-21T17:55:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A4004"]),
            C("信用卡取现额度在哪儿看？"),
            A("账单上有。"),
            C("噢，行。"),
            A("嗯，好。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "k15_singapore_hospital_remittance",
        "title": "给新加坡医院汇六万新加坡元医药费，出生日期加手机尾号核身，坐席答错跨境汇款到账时间，全程未做跨境汇款风险提示",
        "business_type": "transfer", "agent_id": "A4006", "customer_tier": "VIP",
        "started_at": "2026-12-22T10:40:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A4006"]),
            C("你好，我母亲在新加坡住院，我要给医院汇六万新加坡元医药费。"),
            A("明白，是往新加坡的医院账户汇六万新元，对吧？这属于境外汇款，先做个身份验证，麻烦报一下您的出生日期和绑定手机的尾号。"),
            C("对。一九七五年十一月三号，尾号八四一九。"),
            A("都对上了。您准备好医院的缴费单，上面有收款账户和银行代码，在手机银行的境外汇款里照着填就行。"),
            C("那手续费呢？"),
            A("按金额的千分之一收，最少五十，最多二百六十，另外每笔八十元电报费。"),
            C("钱大概多久能到医院账上？"),
            A("境外汇款到账一般要七到十个工作日，中间转手的银行多还会更久。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成七到十个工作日")]),
            C("这么久啊，那我今天就汇。"),
            A("好的，我帮您盯着进度。您这边还有其他要办的吗？"),
            C("没有了，谢谢。"),
            A("不客气，谢谢您的信任，祝您母亲早日康复，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "六万新加坡元跨境汇款，全程没有提示核实收款账户、防范冒充或汇出难以追回等风险")],
    },
    {
        "call_id": "k16_elderly_phone_change_no_advice",
        "title": "老年客户（粤语口音）更换预留手机号，核身并复述新号码后办好，全程无防诈骗提醒，以“那行，就这么着”结束",
        "business_type": "account", "agent_id": "A4005", "customer_tier": "elderly",
        "started_at": "2026-12-22T09:08:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A4005"]),
            C("喂，你好啊，我儿子帮我换了个新的手机号码啦，银行留的旧号码要改一下的，是不是一定要去银行的啊？"),
            A("阿伯您好，电话里就能改。先确认下您的身份，账户是您本人的吧？身份证后面四个数字是多少？"),
            C("是我本人啦，二二八六。"),
            A("好的，核对过了。新号码是多少，您慢慢讲。"),
            C("一三五，零七七二，八四六三。"),
            A("我重复一遍，一三五零七七二八四六三，对不对？"),
            C("对的对的，唔该晒。"),
            A("已经改好了，以后银行的短信都发到新号码上，旧号码不再收了。"),
            C("好啦，知道了。"),
            A("那行，就这么着。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "老年客户更换预留手机号，坐席全程未给任何防诈骗提醒"),
                       mark("closing.missing", "没有询问其他需求、没有致谢和道别，只说了那行，就这么着")],
    },
    {
        "call_id": "k17_interrupt_autopay_late_fee",
        "title": "信用卡自动还款绑定已注销的卡导致逾期，坐席两次在客户陈述未完时插话",
        "business_type": "card", "agent_id": "A4001", "customer_tier": "standard",
        "started_at": "2026-12-23T14:12:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A4001"]),
            C("你好，我设了信用卡自动还款，这个月还是收到逾期短信，还扣了一笔滞纳金，我看储蓄卡里明明有钱，"),
            A("明白，自动还款没扣成功，您是持卡本人吧？报一下证件号最后四位。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("是，零六三九。"),
            A("核对好了。自动还款协议绑的是您以前那张已经注销的卡，所以没扣成。"),
            C("那张卡是注销了，可注销的时候柜台也没提这个事，所以我想问问这笔滞纳金能不能"),
            A("滞纳金我帮您申请退回，三个工作日内退到信用卡上，自动还款现在就给您改绑到新卡。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户提问未说完坐席即插话，重叠约一秒")]),
            C("那行，退回来就好。"),
            A("下个账单开始从新卡扣，还款日前一天短信提醒您。您还有哪里要我帮忙的吗？"),
            C("没有了。"),
            A("好的，谢谢您打进来，祝您顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k18_jargon_car_loan_payoff",
        "title": "车贷提前结清，坐席连用等额本息、锁定期、摊销、解押、绿本、贷后等术语，客户说没听懂后仍不解释",
        "business_type": "loan", "agent_id": "A4004", "customer_tier": "standard",
        "started_at": "2026-12-23T10:25:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A4004"]),
            C("你好，我车贷还有一年多，手上有点钱，想一次还清，该怎么办？"),
            A("可以办。车贷是您本人借的吧？请说一下贷款时留的手机号后四位。"),
            C("是我本人，五零五七。"),
            A("核对无误。您这笔是等额本息，已过锁定期，可以申请结清，系统按未到期本金重新摊销，出具结清证明。",
              marks=[mark("etiquette.jargon", "等额本息、锁定期、摊销，未向客户解释")]),
            C("你讲的我没太听懂，是要交违约金吗？"),
            A("按合同是剩余本金的百分之一，结清后再办解押，绿本由贷后那边寄给您。",
              marks=[mark("etiquette.jargon", "解押、绿本、贷后，客户已说没听懂仍未解释")]),
            C("什么绿本？反正就是先交钱，再等你们寄东西给我是吧？"),
            A("对，在手机银行贷款页面点提前结清，交完我们把车辆登记证书寄给您，您拿去车管所办手续。"),
            C("好吧，我试试。"),
            A("您这边还有哪里不明白的吗？"),
            C("没有了。"),
            A("好，感谢您打这个电话，祝您开车平安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k19_forbidden_wrong_account_transfer",
        "title": "手机银行转错账三千元，坐席两次指责、推诿客户，语气生硬，之后才给出差错查询办法",
        "business_type": "transfer", "agent_id": "A4002", "customer_tier": "standard",
        "started_at": "2026-12-24T16:40:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A4002"]),
            C("你好，我刚才转账把账号输错了一位，三千块转给一个不认识的人了，能帮我追回来吗？"),
            A("您先把姓名跟身份证尾数四位报一下，我核对身份。"),
            C("冯涛，四四一零。"),
            A("好的。转出去的钱银行不能直接扣回，得对方同意退。"),
            C("那你们帮我联系一下对方不行吗？"),
            A("谁让你自己把账号输错的，我们也不能随便联系别人。",
              marks=[mark("etiquette.forbidden_phrase", "谁让你自己把账号输错的：指责客户"),
                     mark("emotion.agent_negative", "语气生硬、责怪客户")]),
            C("我知道是我输错了，那现在到底该怎么办呢？"),
            A("这是你们两个人之间的事，你自己去找他要吧。",
              marks=[mark("etiquette.forbidden_phrase", "这是你们两个人之间的事，你自己去找他要：推诿"),
                     mark("emotion.agent_negative", "推诿、消极回应")]),
            C("我找不到他人啊，有没有别的办法？"),
            A("到网点填一张差错查询申请，我们联系收款行请对方协助退回，一般十五个工作日内有结果。还有别的吗？"),
            C("没了。"),
            A("好，谢谢您打来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k20_dead_air_insurance_surrender",
        "title": "网点代销分红险退保能拿回多少，客户提问后双方无声十二秒",
        "business_type": "wealth", "agent_id": "A4006", "customer_tier": "standard",
        "started_at": "2026-12-24T11:02:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A4006"]),
            C("你好，我三年前在你们网点买了份分红险，现在急用钱，想问问退了能拿回多少。"),
            A("这个要查您的保单。您是投保人本人吧？证件号码最末尾六位数字报给我一下。"),
            C("是我，一五零三二八。"),
            A("核对过了。您这份保单交了三年，一共十五万。"),
            C("那现在退保能退多少？会亏吗？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("现在退按现金价值算，大约十二万八，比交进去的少两万多。"),
            C("亏这么多啊，有没有不退保又能拿到钱的办法？"),
            A("可以用保单借款，最多借现金价值的八成，保单照样有效，比退保划算。您还有别的要了解的吗？"),
            C("没有了，我琢磨琢磨。"),
            A("行，多谢您打过来，祝您顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k21_elderly_redemption_hold_no_notice",
        "title": "老年客户（陕西口音）理财赎回款未到账，坐席只说“好”即进入十一秒保留音乐，之后答复并做防诈骗提醒",
        "business_type": "wealth", "agent_id": "A4001", "customer_tier": "elderly",
        "started_at": "2026-12-26T09:30:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A4001"]),
            C("喂，娃呀，我前两天在手机上把理财赎回了，到现在钱还没到卡里，咋回事嘛？"),
            A("大妈您好，您先跟我说下您的名字，还有身份证最后四个数。"),
            C("马桂英，六一九二。"),
            A("好。"),
            {"silence": 11.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "进入保留（播放等待音乐）前没有告知客户稍候，只说了好")]},
            A("查到了大妈，您的赎回申请是周五下午交的，赶上周末，要到周二才到账，一共五万零三百二十块。"),
            C("哦，是周末耽搁了，我还以为钱没了。"),
            A("钱在的。大妈再多说一句，有人打电话说您理财出了问题，叫您把钱转到啥安全账户，那都是骗子。"),
            C("嫽得很，我记下了。"),
            A("您还有别的想问的吗？"),
            C("没了，没了。"),
            A("好嘞大妈，谢谢您来问，您保重身体，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k22_branch_fx_wait_complaint",
        "title": "客户在网点排队两小时换美元被告知没有现钞、柜员态度差，愤怒投诉，坐席共情、核身登记、承诺四小时内回电并预约现钞",
        "business_type": "complaint", "agent_id": "A4006", "customer_tier": "VIP",
        "started_at": "2026-12-26T15:18:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A4006"]),
            C("我要反映个情况！今天去你们滨河路网点换美元，排了两个小时，轮到我才说美元现钞没了，白白浪费我一上午！",
              marks=[mark("emotion.customer_negative", "排两小时白跑一趟，愤怒反映")]),
            A("非常抱歉让您白跑一趟，换谁都会窝火。您慢慢说，我都记下来。"),
            C("柜员态度还特别差，问什么时候有，就一句不知道，你们这服务太差劲了！",
              marks=[mark("emotion.customer_negative", "你们这服务太差劲了：不满、抱怨")]),
            A("这确实是我们做得不到位。为了把这件事登记在您名下，得先验证身份，请说一下您的姓名和身份证后四位。"),
            C("周海峰，零九七七。"),
            A("好的周先生，已经核实。投诉我登记好了，网点负责人四小时内给您回电话。您要换多少美元？我帮您把现钞约好。"),
            C("三千美元，下周一要用。"),
            A("给您约在这周五上午，到了直接找大堂经理，不用排号。再次跟您说声对不起，您看还有没有别的需要我跟进的？"),
            C("没有了。"),
            A("谢谢您的理解和反馈，我们一定改进，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "k23_fast_agent_pension_account",
        "title": "个人养老金账户咨询（一般信息，无需核身），坐席语速过快（约一点六倍）",
        "business_type": "account", "agent_id": "A4003", "customer_tier": "standard",
        "started_at": "2026-12-27T10:45:50", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A4003"]),
            C("你好，听说现在能开个人养老金账户，存进去还能少交点个税，是真的吗？"),
            A("是真的，个人养老金每年最多可以存一万二，存进去的钱可以在当年的个税里面扣除，按您的税率能省一部分税。"),
            C("那存进去以后，什么时候能取？"),
            A("一般要到退休年龄才能领，中途不能随便取，所以建议用长期不用的钱来存。"),
            C("开户要去网点吗？"),
            A("不用，手机银行上就能开，准备好本人身份证，用本人的手机操作，跟着页面拍照、刷脸，几分钟就开好了。"),
            C("存进去有利息吗？"),
            A("钱可以买储蓄、理财、基金和保险，收益看您选的产品，基金和理财会有波动，挑之前看清风险等级；不买的话按活期算利息。"),
            C("明白了，回头在手机上开一个。"),
            A("好的，还有其他问题我能帮您解答吗？"),
            C("没有了，谢谢。"),
            A("不客气，谢谢您打进来，祝您生活顺遂，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "k24_instalment_payoff_runaround_hangup",
        "title": "信用卡分期想一次还清，坐席始终不说在哪操作，客户第四次追问后通话随即结束",
        "business_type": "card", "agent_id": "A4005", "customer_tier": "standard",
        "started_at": "2026-12-28T14:50:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A4005"]),
            C("你好，我有一笔信用卡消费分了十二期，现在想一次性把剩下的还清，怎么操作？"),
            A("好的，核身需要您报一下留给银行的手机号码，最后四个数字。"),
            C("三七七五。"),
            A("好，对上了。分期提前还清是可以的，不过情况要具体看。"),
            C("那我具体要在哪里操作？"),
            A("有些可以在手机上办，有些不行。"),
            C("我这一笔能不能在手机上办？到底在哪里点？"),
            A("这个嘛，您可以自己在手机银行里找一找。"),
            C("我就是找不到才打电话的，你一直没说清楚，到底要在哪里点才能提前还清？",
              marks=[mark("resolution.repeated_question", "怎么提前还清问了四遍，并说你一直没说清楚"),
                     mark("closing.abnormal_hangup", "客户提问后不到一秒通话结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT3_SEED = 20261205
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT3_CALLS, agents=AGENTS, default_out=Path("samples/heldout3"),
                  seed=HELDOUT3_SEED, description=__doc__))
