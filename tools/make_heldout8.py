#!/usr/bin/env python3
"""Render the eighth held-out evaluation set in samples/heldout8/ (dev-only; never imported by the product).

The first seven held-out sets (samples/heldout/ to samples/heldout7/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This eighth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the seven
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py or make_heldout.py to make_heldout7.py): other agents (A9001-A9006) with their own
openings (号专员, 话务员, 编号…的小顾, 本次服务由…号受理, 我的服务号, 专属顾问), other verification
routes (the occupation on file, where the last cash-machine withdrawal was made, the home landline's
last four digits, the street of the mailing address on file, the year and month the card was
issued), other hold and closing phrasings, topics the earlier sets did not use (a closed-period
fixed-income product for a child's tuition, an elderly customer switching mobile banking to its
large-print mode and checking an old-age allowance, booking commemorative coins, paying for a
parking space, a gold card's airport-lounge visits, a heating-fee direct debit, a study-tour fee
to New Zealand, a university freshman's first account, a personal-income-tax refund, a transfer
in from a securities account, a child tricked in a game into a face-scan payment, an
interbank-CD index fund, a work-from-home job's "deposit" scam, a contractor's account restricted
before wage day, a fuel cash-back promotion, upgrading a classic card to gold, a transfer receipt
for a landlord, an elderly customer asking for face payment, a monthly SMS-alert fee, repaying a
credit card through another app), dialect-flavoured customers (Yunnan, Lanzhou, Jiangxi and
Nanjing flavour) and hard negatives (steps done in unusual words, steps not required in that
situation, harmless mentions of verification codes and of a frozen water pipe, figures right for
another product or channel, large transfers with a warning). It is for measuring, never for
tuning. Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata
formats); only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout8.py
    /work/tts-venv/bin/python tools/make_heldout8.py --only r13_job_deposit_scam_no_warning
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
#   number may be said as "我是NNNN号专员", "话务员NNNN为您接听", "编号NNNN的小顾为您效劳",
#   "本次服务由NNNN号受理", "我的服务号NNNN" or "专属顾问NNNN". r08 greets, names the bank and
#   offers help with no number (staff_id_missing); "嗯，听着呢。" (r07) and "嗯，讲吧。" (r17) are no
#   greeting at all (both labels; the customer names the bank and the agent only confirms);
# - identity: a check before any account data or account action. ID digits + the occupation on
#   file (r01, r07, r09 after the slip, r12, r15, r16, r19), + where the last cash-machine
#   withdrawal was made (r02), + the home landline's last four (r04, r11), + the year and month the
#   card was issued (r05), + the year the card was opened (r18), + the street of the mailing address
#   on file (r06, r13, r17), or the full name + ID digits (r14) all count.
#   identity.not_verified = each agent turn that discloses account data before a check: r09 (a tax
#   refund's date, amount, payer and card tail; the check comes after the customer objects: one
#   turn), r10 (a securities transfer's time, amount and source, then the balance, no check at all:
#   two turns). General information (r03: booking commemorative coins; r08: what to bring to open an
#   account; r20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (r12: "the same as a
#   fixed deposit, steady"), a fraud script the customer describes left without an anti-fraud
#   warning while the agent helps the money out (r13). A disclosure in the agent's own words counts
#   (r01: 不保本, 净值会随市场起落, 拿回来的可能比十五万还少, 比较基准不是银行许下的收益, 十八个月里钱是锁住的).
#   Large transfers and the cross-border remittance carry a warning in the agent's own words (r04:
#   check the payee against the parking-space contract, a new account sent by someone else is to be
#   checked with the sales office's landline; r07: money sent abroad is hard to get back, an e-mail
#   saying the account changed is a common trick, check by phone first);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (r13: a work-from-home job's 13,800 "deposit
#   and training fee" to the HR person's personal card, refunded after a month). r11 twice (被骗;
#   打了一一零, 派出所), r14 twice (卡被冻结了; 我就去报警). A customer wary of verification codes
#   (r03: 我怕是骗人的) and a frozen water pipe (r06: 水管都冻住了) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (r18: a
#   73-year-old asking for face payment). The other elderly call (r02) carries it (the allowance
#   needs no re-certification, whoever asks for a link click or the digits on the phone is a crook);
# - emotion.customer_negative: a customer turn of anger or complaint (r14 twice: 你们搞么子名堂…;
#   再不给我解开…还要去告你们). A parent whose child was tricked (r11), a customer told off by the
#   agent (r15, r17) or one repeating a question (r19) is not labelled;
# - etiquette.jargon: a turn of unexplained banking terms (r12: 同业存单高等级指数, 久期, 信用利差,
#   超额, 赎回费, 交易日加一, 市价法估值; r18: 快捷支付协议, 生物识别信息采集, 小额免密阈值, 风控二次验证, 异地登录拦截).
#   forbidden_phrase and agent_negative: a turn that rebuffs the customer (r15: 活动规则写得明明白白，
#   自己不看仔细，现在来找我有什么用; r17: 这点小事还用得着打电话，手机上自己点点不就出来了; both labels
#   on each);
# - hold: announcing a hold in any words counts (r04: 需要十几秒，我先给您放段音乐，您别挂, 7 s music,
#   thanked with 让您等了十几秒，多谢; r14: 需要大概半分钟，电话请别放下，我先去后台看, 8 s silent,
#   thanked with 我回来了，谢谢您等着我). In r16 the music starts straight after the customer's question
#   with no word from the agent: hold.no_notice (thanked afterwards with 感谢您刚才等着, so only the
#   notice is missing);
# - etiquette.dead_air: r18, 11 s of silence after the elderly customer says he understood nothing;
# - closing: the agent thanks and says goodbye, and asks for other needs. Goodbyes and thanks in
#   other words count (我们下回再聊, 感谢您对我们的托付, 感谢老人家来电, 谢谢您找到我们, 谢谢您专程来电查,
#   谢谢您抽空打过来, 谢谢您拨过来, 谢谢您没挂电话听我说完, 路上慢点). r11 ends with "嗯，那先到这儿。": closing.missing; r19 and r20 end without any closing;
# - answer.wrong_fact: r08 (开户手机号留家长的也行; the KB asks for the customer's own ID and own
#   phone) and r16 (金卡一年年费是六百元; the KB says 三百元). Figures that are right stay unlabelled,
#   including ones for another product or channel: r04's 单笔上限是五万 and 一天累计上限是二十万 (right)
#   next to 柜台办就不受这个限制 (right, the counter, not mobile banking); r05's six lounge visits a
#   year (a benefit, not the fee-waiver count), 金卡年费三百元 and 新卡寄到手上一般是七个工作日 (right);
#   r07's 一般三个工作日以内到账 for the remittance (right);
# - etiquette.interruption: the overlap where the agent starts while the customer is mid-sentence
#   (r15, 1.1 s and 1.0 s);
# - resolution.repeated_question: the same question asked a third time, unanswered (r19: when and
#   by whom the SMS alert was switched on), located at the third asking;
# - closing.abnormal_hangup: r19 ends just after the customer's third question;
# - handling.time_standard: a card call under the 20 s minimum (r20); every other call is longer;
# - etiquette.speech_rate: the agent at 1.6x (r09);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9001": {"team": "一线T组", "staff_no": "七三零八"},
    "A9002": {"team": "一线T组", "staff_no": "二五九四"},
    "A9003": {"team": "一线U组", "staff_no": "九六一二"},
    "A9004": {"team": "一线U组", "staff_no": "四零八一"},
    "A9005": {"team": "一线U组", "staff_no": "六七四九"},
    "A9006": {"team": "二线K组", "staff_no": "三一五六"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9001": "您好，已为您转入恒通银行人工服务，我是七三零八号专员，您遇到什么事都可以跟我说。",
    "A9002": "您好呀，恒通银行话务员二五九四为您接听，请问您想咨询哪方面？",
    "A9003": "您好，恒通银行这边，编号九六一二的小顾为您效劳，请讲您的需求。",
    "A9004": "您好，恒通银行个人业务专线，本次服务由四零八一号受理，请问要办点什么？",
    "A9005": "您好，恒通银行呼叫中心，我的服务号六七四九，您有哪些要咨询的？",
    "A9006": "您好，恒通银行私人银行服务中心，专属顾问三一五六，很荣幸接听您的电话，您请讲。",
}

HELDOUT8_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "r01_education_fund_closed_wealth_clean",
        "title": "贵宾客户想为两年后上大学的孩子攒学费，以身份证尾号加登记职业核身，推荐十八个月封闭期固收增强理财，用自己的话讲清不保本、可能亏、比较基准不是承诺、封闭期内取不出，建议一半放定期，完整合规",
        "business_type": "wealth", "agent_id": "A9006", "customer_tier": "VIP",
        "started_at": "2027-05-06T09:27:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A9006"]),
            C("你好，孩子再过两年上大学，我想拿十五万出来，找个比定期收益高一点的，专门给他攒学费。"),
            A("明白，您是想为孩子准备一笔两年后要用的学费，希望收益比定期好些，对吗？涉及您名下的资产，"
              "我得先确认是您本人：麻烦报一下证件号码的后四个数字，再说说您在我们这里登记的职业。"),
            C("最后四个是五零二六，职业登记的是中学老师。"),
            A("确认过了，是您。有一款封闭期十八个月的固收增强型理财，钱大部分投在债券上，少量配股票，"
              "参考的年化收益区间是百分之二点八到三点五。"),
            C("听着不错，那到期肯定能拿到这么多吧？"),
            A("不一定，这点我得跟您说透：它不保本，净值会随市场起落，碰上股市债市一起跌，到期拿回来的可能比十五万还少。"
              "比较基准只是个参考目标，不是银行许下的收益。还有，十八个月里钱是锁住的，中间一分都取不出来。"),
            C("那万一孩子提前要用呢？"),
            A("所以我建议您别全押上。学费是一定要花的钱，可以一半放这款，另一半做两年定期，心里更踏实。"),
            C("行，那就各放七万五。"),
            A("好的。您去年做的风险评估还没过期，评的是稳健型，跟这款产品的等级对得上。购买前页面会弹出风险揭示书，"
              "需要您亲手签名确认。您看还有别的事需要我跟进吗？"),
            C("目前没别的了。"),
            A("好的，感谢您对我们的托付，预祝孩子金榜题名，我们下回再聊。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r02_elderly_yunnan_elder_mode_allowance_clean",
        "title": "七十八岁老年客户（云南口音）嫌手机银行字小、想查高龄补贴到账，以身份证尾号加最近一次取款机取款地点核身，教其切换长辈版，提醒补贴无需认证、让点链接或报手机数字的都是坏人，完整合规",
        "business_type": "account", "agent_id": "A9003", "customer_tier": "elderly",
        "started_at": "2027-05-06T15:02:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A9003"]),
            C("小姑娘，我是昆明这边的，今年七十八了，眼睛花得很，手机银行上的字小得看不清，咋个整嘛？"
              "还想问问我那个高龄补贴到了没有。"),
            A("老人家您好，您是想把手机银行的字调大些，再查一下高龄补贴有没有到账，我没理解错吧？查到账要先确认是您本人，"
              "您说一下身份证号码的最后四个数，再说说您最近一次在取款机上取钱是在哪里取的。"),
            C("最后四个数是八八一三，上个礼拜在翠湖边上那台机子取的。"),
            A("对上了，是您本人。高龄补贴这个月十号已经到了。字小的话，您进到手机银行里，首页左上角有“长辈版”三个字，"
              "点一下，字就变大了，按钮也少了，好认得多。"),
            C("哦哟，板扎，我孙女来了让她帮我点。"),
            A("好的。另外跟您提个醒：高龄补贴是政府直接打到卡上的，不用您做任何认证。要是有人打电话说补贴要重新认证、"
              "让您点链接或者报手机上收到的数字，那是坏人，您直接挂掉，再跟孙女讲一声。"),
            C("要得要得，我记到了。"),
            A("您还有哪样想问的吗？"),
            C("没得了，谢谢你嘛小姑娘。"),
            A("不客气，感谢老人家来电，祝您眼明身健，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r03_commemorative_coin_booking_info_clean",
        "title": "客户咨询生肖纪念币怎么预约、能否替家人约、兑换要不要钱（一般业务介绍，不涉及账户，无需核身）；客户担心验证码是骗局，坐席说明只在官方页面填写（无害提及），完整合规",
        "business_type": "account", "agent_id": "A9001", "customer_tier": "standard",
        "started_at": "2027-05-07T10:44:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A9001"]),
            C("你好，听说最近要发一套生肖纪念币，我想给家里每个人都换几枚，你们这儿怎么预约？"),
            A("这是个通用的业务咨询，不需要查您的账户。预约一般在发行前一周左右开放，在手机银行首页的活动入口或者官网都能约，"
              "每个身份证号能约的数量有上限，具体看当期公告。"),
            C("我能拿我爸妈的身份证帮他们约吗？"),
            A("可以替家人预约，不过兑换的时候，用谁的证件约的，就要带谁的证件原件，代人兑换还要带上您自己的证件。"),
            C("预约的时候会让我填什么验证码吗？我怕是骗人的。"),
            A("您小心是对的。在我们官方页面预约时，系统会给您手机发一条验证码，填在那个页面上就行；"
              "除此之外，任何人打电话找您要这串数字都别给。"),
            C("兑换要花钱吗？"),
            A("纪念币按面值兑换，十元面值就付十元，不收别的费用；可以付现金，也可以从卡里扣。"),
            C("那我到时候在手机上抢。"),
            A("好的，开放预约的时间我们会在公众号上提前发通知。还有其他方面想了解的吗？"),
            C("没了，谢谢你。"),
            A("不客气，谢谢您抽空打过来，祝您抢币顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r04_parking_space_transfer_hold_clean",
        "title": "给开发商转十六万车位款，以身份证尾号加家里座机后四位核身，告知后播放等待音乐并致谢；单笔五万、日累计二十万说对，柜台不受手机银行单笔限制（另一渠道，正确），用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A9004", "customer_tier": "standard",
        "started_at": "2027-05-07T16:19:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A9004"]),
            C("你好，我买了小区的一个地下车位，十六万，物业让我今天把钱转到开发商账上，我想问问手机银行上怎么转最快。"),
            A("您是要今天把十六万车位款转给开发商，对吧？要查您的卡和转账设置，得先验一验是不是您本人：请报身份证最后四位，"
              "再报一下您家里座机号码的后四位。"),
            C("身份证最后四位三七四零，座机后四位九二一八。"),
            A("两项都对。我看一下您这张卡今天的转账额度，需要十几秒，我先给您放段音乐，您别挂。"),
            {"silence": 7.0, "kind": "hold_music"},
            A("让您等了十几秒，多谢。您今天还没有转过账。手机银行单笔上限是五万，一天累计上限是二十万，"
              "十六万今天分四笔能转完，前三笔各五万，最后一笔一万。"),
            C("四笔有点麻烦，柜台能一次转吗？"),
            A("能，五万是手机银行的单笔上限，柜台办就不受这个限制，带上身份证和卡就行。"),
            C("那我还是在手机上转吧，省得跑一趟。"),
            A("好的。钱数不小，转之前请您拿着车位买卖合同，把收款单位名称和账号一个字一个字对一遍；"
              "要是有人另外发来一个账号，说开发商换了账户，一定先打售楼处的座机问清楚。"),
            C("合同在我手上，我对着转。"),
            A("那就稳妥了。今天还有什么需要我帮您办的吗？"),
            C("没有了。"),
            A("好的，辛苦您了，感谢来电，祝您停车方便，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r05_gold_card_airport_lounge_clean",
        "title": "出差前查金卡机场贵宾厅剩余次数，以身份证尾号加办卡年月核身；顺带问年费（金卡三百元，正确）和路上丢卡补卡时间（七个工作日，正确），每年六次贵宾厅是权益次数、不是免年费次数，完整合规",
        "business_type": "card", "agent_id": "A9002", "customer_tier": "standard",
        "started_at": "2027-05-10T11:36:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A9002"]),
            C("你好，下个月我得出差坐飞机，听说你们的金卡能进机场贵宾厅，我想问问我这张卡还能用几次。"),
            A("您是想查您这张金卡今年还剩几次机场贵宾厅，对吗？查卡片权益要先确认持卡人，请报一下身份证最后四位，"
              "再说一下这张卡是哪年哪月办下来的。"),
            C("身份证最后四位六一零九，卡是前年九月办的。"),
            A("确认无误。金卡每年有六次国内机场贵宾厅，您今年用了两次，还剩四次，到贵宾厅前台出示登机牌和这张卡就行。"),
            C("好的。我同事说他的卡也能进，他那是普卡。"),
            A("普卡没有这项权益，您同事那张也许是白金卡。"),
            C("哦。对了，这张卡年费多少来着？我忘了。"),
            A("金卡的年费是三百块，一年刷满六次就免下一年，您今年已经刷够了，明年不收。"),
            C("那要是出差路上卡丢了，补一张要多久？"),
            A("先打这个电话挂失，新卡寄到手上一般是七个工作日；路上急用的话，可以先用手机银行里的电子卡号付款。"),
            C("明白了，谢谢。"),
            A("不客气。还有哪块需要我查一下的吗？"),
            C("没了。"),
            A("好的，谢谢您专程来电查，祝您出差一路顺风，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r06_lanzhou_heating_fee_debit_clean",
        "title": "客户（兰州口音）想让暖气费从卡上自动扣，以身份证尾号加登记邮寄地址的街道核身，讲清供热户号、余额不足的处理；客户说水管冻住了（无害，不是冻结），完整合规",
        "business_type": "account", "agent_id": "A9005", "customer_tier": "standard",
        "started_at": "2027-05-11T19:08:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A9005"]),
            C("喂，你好，我是兰州的，我们这达冬天暖气费要交两千多，每年都跑热力公司排队，能不能从卡上直接扣？阿么弄呢？"),
            A("您是想把每年的暖气费改成从卡上自动扣，对吧？签代扣要先核对您的身份，请报一下身份证最后四位，"
              "再说一下您登记的邮寄地址是哪条街上的。"),
            C("最后四位二九五七，地址在城关区的庆阳路上。"),
            A("核对过了，是您本人。暖气费代扣在我们这儿能签，您在手机银行生活缴费里选供暖，填上供热户号，选这张卡，点开通就行。"),
            C("户号是啥？我不知道有这个东西。"),
            A("就是热力公司给您家的编号，印在去年的缴费单据上，一般是十来位数字，找不到的话打热力公司电话问也行。"),
            C("哦，单子上那个长长的数字，我寻着了。那扣钱的时候卡里钱不够咋办？"),
            A("扣款那天卡上钱不够，这一期就扣不成，热力公司会短信提醒您，您存进去以后他们下个周期再扣；"
              "开通以后每扣一次，手机都会收到短信。"),
            C("去年冬天冷得很，我家水管都冻住了，暖气可不能断。"),
            A("那您就在每年十月开栓之前，看一眼卡上的钱够不够两千多，就不会断了。"),
            C("好得很，那我今晚就弄。"),
            A("行，还要我帮您弄点别的吗？"),
            C("莫有了，谢谢。"),
            A("不客气，谢谢您找到我们，祝您冬天暖暖和和，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "r07_no_greeting_new_zealand_study_tour",
        "title": "给儿子汇新西兰游学团费，坐席以“嗯，听着呢。”接起，无问候、行名、工号；以身份证尾号加登记职业核身，到账三个工作日以内（正确），客户提到邮件说账号变了，坐席做了跨境汇款提醒，其余流程合规",
        "business_type": "transfer", "agent_id": "A9001", "customer_tier": "standard",
        "started_at": "2027-05-12T13:55:31", "agent_channel": 0,
        "turns": [
            A("嗯，听着呢。"),
            C("你好，是恒通银行的客服吧？我儿子暑假要去新西兰参加游学，机构让我汇四千新西兰元的团费到他们奥克兰的账户，"
              "我没汇过，想问问怎么弄。"),
            A("对，是我们。您是要往新西兰汇一笔游学团费。汇之前要核身份，请报一下身份证最后四位，还有您在我们这儿登记的职业。"),
            C("最后四位一三八二，职业是会计。"),
            A("核实了。手机银行首页进跨境汇款，收款人填机构的英文全称，再填他们的银行名称、银行国际代码、收款账号，用途选教育培训，"
              "一般三个工作日以内到账。"),
            C("他们还发了一个邮件，说账号最近变了，让按新的汇。"),
            A("这一点您要特别当心：出境的钱一旦汇走，想要回来就难了。说账户变了的邮件，常有人冒充机构来骗，"
              "您先打机构在国内的办公电话，或者直接问带队老师，确认新账号是真的再汇。"),
            C("好，我先打电话问清楚。"),
            A("对，问准了再操作。其余还有想问的没有？"),
            C("没了。"),
            A("好，多谢您信任我们，祝孩子游学开心，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，听着呢。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "r08_no_staff_number_freshman_account_wrong_documents",
        "title": "给刚考上大学的女儿开卡，开场白有问候、行名和服务用语但不报工号；一般业务咨询无需核身；坐席说开户手机号留家长的也行（知识库：本人有效身份证件加本人手机）",
        "business_type": "account", "agent_id": "A9005", "customer_tier": "standard",
        "started_at": "2027-05-13T10:12:09", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行呼叫中心，您有哪些要咨询的？"),
            C("你好，我女儿刚考上大学，开学前想给她在你们这儿开张卡，生活费好往里打，开卡得备些什么材料？"),
            A("您是想给女儿开一张新卡，方便打生活费，对吧？这属于一般业务咨询，不用查账户。开户请您女儿本人带上身份证去网点。"),
            C("她的手机号是新办的，还没用几天，能不能先留我的号码？"),
            A("可以的，手机号留家长的也行，到时候短信提醒都发到您手机上，您还好掌握她花钱的情况。",
              marks=[mark("answer.wrong_fact", "开户须本人有效身份证件和本人手机（知识库），坐席说手机号留家长的也行")]),
            C("那我陪她去，要不要带户口本？"),
            A("她已经满十八岁了，户口本不用带。"),
            C("那卡里的钱她能在学校那边的取款机取吗？"),
            A("能，全国的取款机都能取，用我们自己的机器不收手续费。"),
            C("好，那我们周末去。"),
            A("好的，网点周末也开门，建议上午去人少一些。您还需要了解别的吗？"),
            C("不用了，谢谢。"),
            A("不客气，感谢您来咨询，祝您女儿大学生活顺利，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "r09_fast_agent_tax_refund_before_check",
        "title": "坐席语速过快（约一点六倍）；个税退税到没到，坐席未核身就报出入账日期、金额、付款方和卡尾号，客户质疑后才核身",
        "business_type": "account", "agent_id": "A9003", "customer_tier": "standard",
        "started_at": "2027-05-14T09:31:44", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9003"]),
            C("你好，我在个税软件上申请了退税，显示已经退到你们银行的卡上，可卡上一直没见着，麻烦帮我看看。"),
            A("查到了，五月八号国家金库打进来一笔一千八百六十四元的退税，进的是您尾号二零七七的那张卡。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退税的入账日期、金额、付款方和卡尾号")]),
            C("等一下，你怎么没问我是谁就说了？"),
            A("抱歉，流程上应该先确认的。请报一下身份证最后四位，还有您登记的职业。"),
            C("身份证八五三零，职业是护士。"),
            A("好，是您本人没错。退税已经入账了，您在手机银行里点开这张卡的明细，搜退税两个字就能看到。"),
            C("找到了，钱到了。我还想问问，明年退税能不能退到另一张卡上？"),
            A("可以，在个税软件里把银行卡换成另一张就行，只要那张卡是您本人名下的。"),
            C("好的，谢谢。"),
            A("不客气，还有别的要帮忙的吗？"),
            C("没有了。"),
            A("好的，感谢您体谅，祝您诸事顺遂，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "r10_securities_transfer_in_no_identity",
        "title": "从证券账户银证转账到卡上的钱到没到，坐席未做任何身份核验即说出到账时间、金额、转出方和卡内余额（坐席在声道一）；其后讲提前还房贷的两种方式",
        "business_type": "account", "agent_id": "A9004", "customer_tier": "standard",
        "started_at": "2027-05-17T14:48:03", "agent_channel": 1,
        "turns": [
            A(OPENING["A9004"]),
            C("你好，我昨天下午从证券账户往你们这张卡上转了一笔钱，就是银证转账，到现在还没看到，能查查吗？"),
            A("到了，昨天下午三点二十转进来六万五千元，转出方是您在华信证券的资金账户。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出到账时间、金额和转出方")]),
            C("那就好。那现在卡里一共有多少钱？我想提前还一部分房贷。"),
            A("您卡里现在是九万一千四百三十元二角。",
              marks=[mark("identity.not_verified", "未核验身份即告知账户余额")]),
            C("够了。提前还款怎么申请？"),
            A("提前还款要在手机银行贷款页面提前一天申请，扣的就是这张卡。申请时会让您选是缩短年限还是减少月供。"),
            C("哪个划算？"),
            A("缩短年限总利息省得多，减少月供每个月压力小，看您自己更在意哪一头。"),
            C("那我选缩短年限。"),
            A("好的。您还有其他想问的吗？"),
            C("没了。"),
            A("好，谢谢您拨过来，祝您早日无债一身轻，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r11_child_game_face_scan_scam_no_closing",
        "title": "十二岁孩子玩游戏被人以送皮肤为由骗着用家长手机扫脸转走八千六，家长已打一一零；坐席核身、关闭网上支付和转账、指导报案留证，但最后只说“嗯，那先到这儿。”，无致谢道别",
        "business_type": "account", "agent_id": "A9002", "customer_tier": "standard",
        "started_at": "2027-05-18T17:26:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A9002"]),
            C("你好，出事了，我儿子才十二岁，玩游戏的时候有人说送他皮肤，让他用我的手机扫脸，"
              "结果从我卡里转出去八千六，我们被骗了！",
              marks=[mark("risk.keyword_alert", "被骗：孩子被游戏里的人诱导扫脸，从家长卡里转走八千六")]),
            A("您先稳住，我们一起处理。要马上动您的卡，先确认身份：请报身份证最后四位，还有您家里座机的后四位。"),
            C("最后四位四七二一，座机后四位零六三五。"),
            A("确认了。我看到今天下午四点有三笔转出，一共八千六百元，收款方是三个不同的个人账户。"
              "我已经先把您这张卡的网上支付和转账关掉了。"),
            C("我刚才已经打了一一零，派出所让我先来银行问问。",
              marks=[mark("risk.keyword_alert", "打了一一零、派出所：客户已向警方报案")]),
            A("您做得对。这三笔我这边都记下了，派出所要交易明细的话，您来网点打印，或者请民警直接来调取。"
              "带孩子去做笔录时，把游戏里的聊天记录也截图存好。"),
            C("那手机上的刷脸支付要不要关掉？"),
            A("要关，在手机设置里把付款用的人脸关掉，以后付款改成输密码，密码别让孩子知道。"),
            C("好，我这就带孩子去派出所。"),
            A("嗯，那先到这儿。"),
        ],
        "violations": [mark("closing.missing", "坐席只说嗯，那先到这儿，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "r12_interbank_cd_index_fund_jargon_no_disclosure",
        "title": "客户想把八万买同业存单指数基金，坐席满口术语（同业存单高等级指数、久期、信用利差、超额、赎回费、交易日加一、市价法估值）；客户问会不会亏本，坐席说跟存定期一个样、稳稳当当，未做风险揭示即成交",
        "business_type": "wealth", "agent_id": "A9006", "customer_tier": "standard",
        "started_at": "2027-05-19T10:05:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A9006"]),
            C("你好，我看手机银行上有个同业存单基金，说是比货币基金收益高一点，我有八万块，想问问适不适合我。"),
            A("买之前得验一验身份，劳您报证件号末尾四位，以及登记的职业。"),
            C("最后四位九三零八，职业是个体户。"),
            A("核对通过。这只是同业存单指数基金，跟踪中证同业存单高等级指数，组合久期在零点五年以内，信用利差收窄时有超额，"
              "持有满七天免赎回费，赎回是交易日加一到账，估值用市价法。",
              marks=[mark("etiquette.jargon", "同业存单高等级指数、久期、信用利差、超额、赎回费、交易日加一、市价法估值，未向客户解释")]),
            C("你说的这些我没弄懂，我就想知道会不会亏本？"),
            A("这种跟存定期一个样，稳稳当当的，您放心。"),
            C("那我八万全买了吧。"),
            A("好的，我把购买链接发到您手机上，您点进去输密码就能买。"),
            C("买好了。", gap=3.0),
            A("已经成交了。旁的还需要办什么吗？"),
            C("没了。"),
            A("好的，感谢您的信赖，祝您财源广进，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "当场购买八万元基金，客户问会不会亏本时坐席说跟存定期一个样、稳稳当当，未做任何风险揭示")],
    },
    {
        "call_id": "r13_job_deposit_scam_no_warning",
        "title": "客户找在家录入数据的兼职，对方“人事”要先转一万三千八入职保证金和培训费到个人卡、干满一个月连工资退回，坐席核身后只说没超限额、几分钟到账，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9001", "customer_tier": "standard",
        "started_at": "2027-05-20T20:13:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A9001"]),
            C("你好，我在网上找了份在家录入数据的兼职，对方人事说要先交一万三千八的入职保证金和培训费，转到她个人的卡上，"
              "干满一个月连工资一起退给我，我想问问转过去快不快。",
              marks=[mark("risk.keyword_alert", "兼职先交入职保证金和培训费、转到人事个人卡、干满一个月连工资退回：招聘收费诈骗话术")]),
            A("转账前要核身份，请报一下身份证最后四位，再说说您登记的邮寄地址在哪个街道。"),
            C("最后四位七零五二，地址在和平街。"),
            A("核实通过。一万三千八没超过手机银行的单笔上限，您在手机上转就好，一般转过去片刻就到。"),
            C("她说今天不交名额就给别人了，我挺急的。"),
            A("手机银行现在就能转，不耽误您的。"),
            C("好，那我现在转。"),
            A("行。另外还有什么需要的吗？"),
            C("没了。"),
            A("好的，谢谢您联系我们，祝您求职顺心，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出兼职先交保证金和培训费到个人卡的诈骗话术，坐席反而说几分钟就到、不耽误，未做任何防诈骗提示")],
    },
    {
        "call_id": "r14_contractor_account_restricted_complaint",
        "title": "包工头（江西口音）年前发工钱时卡被限制只进不出，愤怒、扬言报警和告银行；坐席共情担责、核身，告知后静音保留并致谢，说明是交易频繁触发的非柜面限制、带材料去网点当场解除，并提醒“帮解冻”要收费的是骗子",
        "business_type": "complaint", "agent_id": "A9004", "customer_tier": "standard",
        "started_at": "2027-05-21T11:40:25", "agent_channel": 0,
        "turns": [
            A(OPENING["A9004"]),
            C("你们搞么子名堂！我是包工头，过年前要给二十几个工人发工钱，今天一转账就说我的卡被冻结了，只能进不能出，"
              "工人都在我家门口等着！",
              marks=[mark("emotion.customer_negative", "你们搞么子名堂：愤怒、不满"),
                     mark("risk.keyword_alert", "卡被冻结了：资金被冻结、只能进不能出")]),
            A("工人等着拿钱，您心里着急，我能体会。这件事我负责帮您查到底。先确认身份：请报您的全名和身份证最后四位。"),
            C("我叫熊长根，最后四位三八零一。你们再不给我解开，我就去报警，说你们扣我的血汗钱，还要去告你们！",
              marks=[mark("emotion.customer_negative", "再不给我解开就去告你们：投诉、不满"),
                     mark("risk.keyword_alert", "我就去报警：扬言报警")]),
            A("熊先生，身份核对上了。我查一下限制的原因，需要大概半分钟，电话请别放下，我先去后台看。"),
            {"silence": 8.0, "kind": "hold"},
            A("熊先生，我回来了，谢谢您等着我。是系统发现您这张卡近一个月进出很频繁，自动把非柜面转账限制了，钱一分没少，只是暂时转不出去。"),
            C("那是工程款和工钱，进出当然多啊！"),
            A("明白，是正常经营。您今天带上身份证，再带上工地的承包合同或者工资表，到当初开户的网点，柜员当场核实后就能解除限制。"
              "我已经给网点留了言，您一进门就找大堂经理，不用排队。"),
            C("今天就能解开？"),
            A("材料齐全的话当场就能解。还有，这段时间要是有人打电话说能帮您解开、让您先交手续费，那是想骗您钱的人，解除限制只在网点办。"),
            C("晓得了。"),
            A("让您和工人们着急了，实在抱歉。您还有其他事要我一起处理吗？"),
            C("冇得了，我马上去网点。"),
            A("好的，谢谢您没挂电话听我说完，路上慢点，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r15_fuel_cashback_interrupt_rebuff",
        "title": "信用卡加油返现没到账，坐席两次在客户陈述未完时插话，并以“活动规则写得明明白白，自己不看仔细，现在来找我有什么用”顶撞客户，最后才说明便利店消费不算、可以申诉",
        "business_type": "card", "agent_id": "A9002", "customer_tier": "standard",
        "started_at": "2027-05-24T12:52:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A9002"]),
            C("你好，上个月你们搞的信用卡加油返现活动，说每笔满两百返二十，我加了三次油，一分钱都没返，活动页面上明明写着"),
            A("嗯，我知道那个活动。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("我每次都是用你们的信用卡在加油站付的，小票我也都留着，想请你们帮我查查到底是哪里出了"),
            A("先报一下身份证后四位，还有您登记的职业。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一秒")]),
            C("身份证六二四八，职业是司机。"),
            A("核实了。返现要在活动页面先点报名才算，您是在第二次加油以后才报的名，前面两笔不算。"),
            C("可我第三次加油是在报名以后啊，那一笔为什么也没返？"),
            A("活动规则写得明明白白，自己不看仔细，现在来找我有什么用。",
              marks=[mark("etiquette.forbidden_phrase", "自己不看仔细，现在来找我有什么用：指责、推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我就是想知道那一笔为什么没算。"),
            A("那一笔是在加油站的便利店里刷的，商户登记的不是加油，所以没算进去。您可以在手机银行里提交申诉，"
              "把小票拍照传上去，三个工作日内有答复。"),
            C("行，我去申诉。"),
            A("好的，还有哪一处没讲清楚的吗？"),
            C("没了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r16_card_upgrade_hold_no_notice_wrong_fee",
        "title": "普卡想升级金卡，客户请坐席看能否直接升后直接进入十秒等待音乐、坐席未告知，之后致谢；以身份证尾号加登记职业核身；把金卡年费说成六百元（知识库为三百元）",
        "business_type": "card", "agent_id": "A9003", "customer_tier": "standard",
        "started_at": "2027-05-25T15:34:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A9003"]),
            C("你好，我用你们的普卡两年了，额度有点不够用，听说可以升级成金卡，想问问怎么个升法。"),
            A("您是想把普卡升到金卡，对吗？要看您能不能升，先确认身份：请报身份证最后四位，还有您登记的职业。"),
            C("最后四位五七六零，职业是厨师。"),
            A("核对完毕。"),
            C("那你帮我看看，我现在这张卡能不能直接升？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("感谢您刚才等着。系统显示您这两年没有逾期，可以申请升级，升级后额度会重新评估。"),
            C("升了以后年费多少？"),
            A("金卡一年年费是六百元，刷满六次可以免掉下一年的。",
              marks=[mark("answer.wrong_fact", "金卡年费应为三百元（知识库），坐席说成六百元")]),
            C("那还行，我每年刷的次数多。卡号会变吗？"),
            A("升级会换一张新卡，卡号会变，新卡激活以后旧卡就停用了，绑在支付软件上的要重新绑一下。"),
            C("好，那帮我申请吧。"),
            A("申请我替您递上去了，审批结论会发短信告诉您。还有要了解的吗？"),
            C("没有了。"),
            A("好的，多谢您的支持，祝您日子红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "r17_no_greeting_transfer_receipt_rebuff",
        "title": "房东说没收到押金、客户要转账凭证，坐席以“嗯，讲吧。”接起，无问候、行名、工号；以身份证尾号加邮寄地址街道核身；以“这点小事还用得着打电话”顶撞客户，最后才讲电子回单和网点纸质回单",
        "business_type": "account", "agent_id": "A9005", "customer_tier": "standard",
        "started_at": "2027-05-26T18:21:06", "agent_channel": 0,
        "turns": [
            A("嗯，讲吧。"),
            C("喂？恒通银行的客服是不是？我上个月给房东转了押金，现在房东说没收到，要我拿个转账的凭证给他看，这个凭证去哪里弄？"),
            A("嗯。先报身份证最后四位，还有登记的邮寄地址在哪条街。"),
            C("最后四位零八四六，地址在解放大道。"),
            A("对上了。"),
            C("那凭证怎么弄？我对手机不太熟。"),
            A("这点小事还用得着打电话，手机上自己点点不就出来了。",
              marks=[mark("etiquette.forbidden_phrase", "这点小事还用得着打电话，手机上自己点点不就出来了：嘲讽、推诿客户"),
                     mark("emotion.agent_negative", "语气轻慢、不耐烦")]),
            C("我就是点不明白才问你的嘛。"),
            A("手机银行里打开转账记录，找到给房东的那一笔，点进去右上角有个电子回单，下载下来发给他就行；"
              "弄不好的话，带身份证去网点也能打纸质的，盖章的。"),
            C("好，我找到了。"),
            A("别的还有啥问题？"),
            C("没了。"),
            A("好，谢谢你打电话来，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，讲吧。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "r18_elderly_nanjing_face_payment_jargon_dead_air",
        "title": "七十三岁老年客户（南京口音）想在手机上开通刷脸付款买菜，以身份证尾号加办卡年份核身；坐席一串术语（快捷支付协议、生物识别信息采集、小额免密阈值、风控二次验证、异地登录拦截），客户说一个字都没听懂后双方无声十一秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9001", "customer_tier": "elderly",
        "started_at": "2027-05-27T09:16:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A9001"]),
            C("小伙子啊，我今年七十三了，阿是能在手机上弄个刷脸付钱？菜场里买菜老是要找零钱，麻烦得很。"),
            A("老先生您好，办这个要先确认身份，请您说一下身份证末尾那四个数，再说一下这张卡是哪一年办的。"),
            C("末了四个是二六一四，卡是二零一五年办的。"),
            A("核对好了。开通刷脸付要先签快捷支付协议，完成生物识别信息采集，再设置小额免密阈值，"
              "超过阈值会触发风控二次验证，异地登录还可能被拦截。",
              marks=[mark("etiquette.jargon", "快捷支付协议、生物识别信息采集、小额免密阈值、风控二次验证、异地登录拦截，未向老年客户解释")]),
            C("乖乖，你讲的这些我一个字都没听懂，我到底要按哪个键？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户说听不懂并提问后双方无声十一秒，坐席未作任何告知")]},
            A("那您让家里年轻人帮您在手机上弄，或者到网点来，我们的人手把手教您。"),
            C("那我下午叫我外孙来弄，多大事啊。"),
            A("好的。您另外还想问点啥吗？"),
            C("没得了。"),
            A("好，谢谢老先生，祝您买菜顺心，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "七十三岁老年客户要开通刷脸付款，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "r19_sms_alert_fee_runaround_hangup",
        "title": "借记卡每月被扣两元短信服务费，客户三次问这个提醒是什么时候、谁给开的，坐席始终答非所问（只讲怎么关、推荐消息推送），客户第三次问后通话随即结束",
        "business_type": "account", "agent_id": "A9003", "customer_tier": "standard",
        "started_at": "2027-05-28T13:03:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A9003"]),
            C("你好，我这张借记卡每个月被扣两块钱，明细上写的是短信服务费，我不记得开过这个。"),
            A("我替您查查，先报一下身份证最后四位，还有您登记的职业。"),
            C("最后四位四一九二，职业是快递员。"),
            A("核实了。您这张卡确实开着动账短信提醒，每个月收两元。"),
            C("我想知道，这个短信提醒是什么时候、谁给我开的？"),
            A("不想要的话，可以在手机银行设置里把动账提醒关掉，关了下个月就不扣了。"),
            C("关我会关，我问的是当初是谁给我开的？"),
            A("现在很多人都改用手机银行的消息推送，那个是免费的。"),
            C("我都问了三回了，这个短信到底是哪天开的？",
              marks=[mark("resolution.repeated_question", "短信提醒是什么时候、谁开的问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "r20_short_card_repay_other_app_call",
        "title": "信用卡能不能在别的软件上还，坐席一句话带过，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9005", "customer_tier": "standard",
        "started_at": "2027-05-31T17:45:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A9005"]),
            C("你好，信用卡能在别的软件上还吗？"),
            A("能还。"),
            C("哦，行。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT8_SEED = 20270515
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT8_CALLS, agents=AGENTS, default_out=Path("samples/heldout8"),
                  seed=HELDOUT8_SEED, description=__doc__))
