#!/usr/bin/env python3
"""Render the fourth held-out evaluation set in samples/heldout4/ (dev-only; never imported by the product).

The first three held-out sets (samples/heldout/, samples/heldout2/, samples/heldout3/) were looked
at during development, so none of them measures generalisation on its own any more. This fourth
set takes over that job: it was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by someone who had not seen the rule pack or the rule engine, and words
every script step differently from samples/ and the three earlier held-out sets (no clause of five
characters or more is shared with make_samples.py, make_heldout.py, make_heldout2.py or
make_heldout3.py): other agents (A5001-A5006) with their own openings (one gives the staff number
last), other verification routes (a confirmation pushed to the banking app and tapped, the term and
year of a deposit, the last repayment, the social-security card number, the business name on a
licence), other hold and closing phrasings, topics the earlier sets did not use (a fund savings
plan, a pension paid a day late, banknotes through a washing machine, a house deposit into an
escrow account, a card declined abroad, a deposit rolling over, a boss impersonated on a chat app,
a digital-yuan wallet, a social-security card, a transfer receipt, an online "investment" friend, a
lost passbook, a credit-report dispute, a demagnetised card, a noodle shop's payment code, a
deceased father's account, a deposit machine that kept the cash, large-sum certificates of deposit,
a video-membership auto-renewal), dialect-flavoured and elderly customers (Sichuan, Shandong and
Northeastern flavour), and hard negatives (a step done in unusual words, a case where the step is
not required, a fact that is right for another product). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout4.py
    /work/tts-venv/bin/python tools/make_heldout4.py --only m11_online_friend_platform_no_warning
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
#   number may be said as "NNNN号客服代表", "NNNN为您效劳", "我的工号是NNNN", "坐席号NNNN",
#   "工牌号是NNNN" (at the end of the opening) or "NNNN号客户经理" (a name alone, 小唐, is not a
#   staff number: m08);
# - identity: a check before any account data or account action; a confirmation pushed to the
#   banking app and tapped (m01), the year and term of the deposit + ID digits (m06), the last
#   repayment + phone digits (m05), the social-security card number (m09), the business name +
#   ID digits (m16), or ID / phone digits all count; general information (m03, m07, m19) needs
#   none, and an agent who refuses to give a non-holder account data (m17) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure, a cross-border
#   remittance or a large transfer without a warning, a fraud script the customer describes left
#   without an anti-fraud warning (m11);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police, including
#   a fraud script told in the customer's own words (m07, m11); a deposit machine keeping cash
#   (m18) and clothes through a washing machine (m03) are not fraud reports;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (m13);
# - emotion.customer_negative: a customer turn of anger or complaint;
# - closing: the agent thanks and says goodbye, and asks for other needs unless the customer
#   has already said there are none (m05).
# Elderly customers get fraud-prevention advice in every call not labelled otherwise.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A5001": {"team": "一线J组", "staff_no": "三一六四"},
    "A5002": {"team": "一线J组", "staff_no": "九二零五"},
    "A5003": {"team": "一线K组", "staff_no": "四八七一"},
    "A5004": {"team": "一线K组", "staff_no": "七三五六"},
    "A5005": {"team": "一线J组", "staff_no": "二零九八"},
    "A5006": {"team": "二线D组", "staff_no": "六五四二"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A5001": "您好，这边恒通银行，我是三一六四号客服代表，请问今天想办理什么业务？",
    "A5002": "恒通银行热线服务，您好，九二零五为您效劳，您有什么需要尽管开口。",
    "A5003": "您好，恒通银行为您接通，我的工号是四八七一，请问碰到什么情况了？",
    "A5004": "您好您好，恒通银行来电受理，坐席号七三五六，您看要办点什么？",
    "A5005": "您好，恒通银行，我姓钱，有事您尽管说，我的工牌号是二零九八。",
    "A5006": "您好，恒通银行高端客户服务中心，我是六五四二号客户经理，今天有什么需要您尽管吩咐。",
}

HELDOUT4_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "m01_fund_plan_app_confirm_clean",
        "title": "电话里签约指数基金定投，以手机银行推送确认核身，用自己的话讲明净值波动、不保本、不是存款，完整合规",
        "business_type": "wealth", "agent_id": "A5006", "customer_tier": "VIP",
        "started_at": "2027-01-04T10:05:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A5006"]),
            C("你好，我想每个月拿两千块定投一只你们代销的指数基金，电话里能帮我弄吗？"),
            A("能办。这涉及您名下的签约，我先往您的手机银行推一条身份确认，您打开点一下同意。"),
            C("嗯，弹出来了，我点了同意。", gap=2.5),
            A("收到确认了。定投可以选每月一个扣款日，比如每月十号从您的工资卡里自动扣两千。"),
            C("听说指数基金长期拿着肯定赚，是吧？"),
            A("这个我不能跟您这么讲。基金净值天天在变，跌的时候本金也会缩水，它不保本，更不等于存款；"
              "以前涨得好不代表以后还会涨，定投只是把成本摊平，并不能保证不亏。"),
            C("懂了，亏点我也能接受，反正放着不动。"),
            A("那您先在手机银行做一下风险承受能力评估，评估结果跟这只基金的风险等级对得上才能签约，产品说明书我也发到您消息里了。"),
            C("好，我晚上看一下。"),
            A("行，今天还有别的要我帮您看的吗？"),
            C("眼下没有了。"),
            A("好的，感激您对我们的信赖，有问题随时找我，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m02_elderly_pension_late_sichuan_clean",
        "title": "老年客户（四川口音）养老金晚到一天，身份证尾数核身，说明周日顺延，提醒冒充医保局的骗局，完整合规",
        "business_type": "account", "agent_id": "A5005", "customer_tier": "elderly",
        "started_at": "2027-01-11T09:20:41", "agent_channel": 0,
        "turns": [
            A(OPENING["A5005"]),
            C("喂，妹儿，我是退休的，每个月养老金都是十号到，今天都十一号了咋个还没看到嘛？"),
            A("嬢嬢您莫慌，我给您查查。这是您本人的卡吧？麻烦把身份证号码最后那几位念一下，四个数就行。"),
            C("卡是我的，尾巴是八三零六。"),
            A("对上了。您这个月的养老金今天上午九点多到的，三千四百一十五块，已经在卡上了。"),
            C("哦，到了就好，我还以为出了啥子问题。"),
            A("这个月十号刚好是星期天，社保那边顺延了一天才发。"),
            C("要得要得。"),
            A("嬢嬢还要提醒您一句，最近有人冒充医保局打电话，说您的医保卡在外地乱开药，要您把钱转出去配合调查，"
              "全是骗人的，直接挂断，再打我们这个号码问。"),
            C("晓得了，我不得理他们。"),
            A("您还有啥子事要我帮忙不？"),
            C("没得了，谢谢妹儿哈。"),
            A("不客气嬢嬢，多亏您打这个电话，愿您身体硬硬朗朗，再见哈。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m03_washed_banknotes_info_clean",
        "title": "现金随衣服进了洗衣机，残缺钞票怎么兑换（一般信息，无需核身；洗烂不是风险报告），完整合规",
        "business_type": "account", "agent_id": "A5002", "customer_tier": "standard",
        "started_at": "2027-01-05T14:12:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A5002"]),
            C("你好，我把两千块现金忘在裤兜里，跟衣服一起进了洗衣机，现在皱巴巴的还烂了几张，还能换吗？"),
            A("别着急，一般都能换。只要看得出是真币，图案和号码还在，都可以拿到任意网点免费兑换。"),
            C("有一张缺了一个角，还有一张差不多断成两截了。"),
            A("缺一角的，剩下的部分有原来四分之三以上，按全额换；断成两截的，拼起来完整也能全额换，只剩一半左右的按半额换。"),
            C("那我去的时候得拿些啥？要不要先晾干？"),
            A("晾干抚平再带过去，断开的别用胶带粘，夹在本子里就行。柜台会当着您的面鉴别。"),
            C("换的时候要收钱吗？"),
            A("不收任何费用。"),
            C("好的，那我周末去一趟。"),
            A("好的，您这边还有别的疑问吗？"),
            C("没有了，谢谢你。"),
            A("不客气，承蒙您来电，周末过得开心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m04_house_deposit_escrow_hold_clean",
        "title": "给开发商监管账户转三十万首付超限额，姓名加身份证末六位核身，以“您拿着电话稍候”告知后静音保留并致谢，大额转账风险提示用自己的话，完整合规",
        "business_type": "transfer", "agent_id": "A5003", "customer_tier": "VIP",
        "started_at": "2027-01-05T10:48:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A5003"]),
            C("你好，我买房要给开发商的监管账户转三十万首付，手机银行提示超限额了，怎么办？"),
            A("我来帮您看。因为要查您的账户，得先对一对您的身份，请说一下您的全名和身份证最后六位。"),
            C("林淑华，三零二七一五。"),
            A("核实好了。我调一下您的限额设置，大概二十秒，您拿着电话稍候。"),
            {"silence": 8.0, "kind": "hold"},
            A("等久了吧，谢谢您。手机银行一天最多转二十万，三十万得分两天转，或者带上身份证去柜台一次办完。"),
            C("那我明天去柜台吧。"),
            A("可以。多说一句，转之前一定打售楼处的座机，核对监管账户的户名和账号；要是有人临时发消息说账户换了，"
              "那十有八九是骗子，钱转错了很难追回来。"),
            C("对，我听说过这种事，我会当面核对的。"),
            A("好的。您还有什么要咨询的吗？"),
            C("没有了。"),
            A("好，这通电话谢谢您了，预祝乔迁顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m05_card_declined_abroad_clean",
        "title": "在泰国刷信用卡被拒，以上次还款金额加手机尾号核身，开通境外交易，客户先说没别的事，完整合规",
        "business_type": "card", "agent_id": "A5001", "customer_tier": "standard",
        "started_at": "2027-01-06T16:30:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A5001"]),
            C("你好，我现在在泰国，刷信用卡买东西一直被拒，国内用得好好的。"),
            A("先别急，我看看是什么原因。先对个身份，您上一次还信用卡还了多少钱？"),
            C("上个月还了四千六百多。"),
            A("对得上。再报一下预留手机号最后四位。"),
            C("九零五八。"),
            A("核实通过。您这张卡之前没开境外交易，系统碰到境外消费就自动拦了，卡本身没问题。我现在就给您开通，十分钟以内生效。"),
            C("好的。那在国外刷卡要多收钱吗？"),
            A("刷外币会收一点货币转换费，大概是消费金额的百分之一点五，账单上会单独列一行。"),
            C("行，我知道了，其他没啥了，谢谢啊。"),
            A("不客气，谢谢您从国外打回来，玩得尽兴，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m06_elderly_deposit_rollover_shandong_clean",
        "title": "老年客户（山东口音）定期存单下周到期不想跑网点，以存入年份和期限加身份证尾数核身，告知后播放等待音乐并致谢，提醒索要密码验证码的骗局，完整合规",
        "business_type": "deposit", "agent_id": "A5004", "customer_tier": "elderly",
        "started_at": "2027-01-07T09:02:17", "agent_channel": 0,
        "turns": [
            A(OPENING["A5004"]),
            C("喂，同志啊，俺有张五万块的定期，下个礼拜就到期了，俺这腿不利索，不想跑银行，恁说咋弄？"),
            A("大爷您别急，不跑也行。先对一下信息，这张定期是哪一年存的？当时存的是几年期？"),
            C("二零二四年存的，存了三年。"),
            A("对，跟记录一样。再麻烦您说一下身份证最后四位。"),
            C("五五一七。"),
            A("核好了。我查一下这张存单设没设自动转存，您别挂，稍候一会儿。"),
            {"silence": 7.0, "kind": "hold_music"},
            A("大爷等着急了吧，谢谢您。这张当初就设了到期自动转存，到期那天本金和利息会自动再存三年，您啥也不用办。"),
            C("杠好杠好，那俺就不用去了。"),
            A("对。还有，要是有人打电话说您存单到期要换新的，要您报密码或者验证码，那准是骗子，银行从来不在电话里要这些。"),
            C("俺记住了，俺不跟他们拉呱。"),
            A("大爷，还有别的事要我帮您办吗？"),
            C("没了没了。"),
            A("好嘞，谢谢大爷来电，您多保重，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "m07_boss_impersonation_alert",
        "title": "客户称“老板”用新微信号催转八万货款，坐席当即识别冒充领导诈骗并劝阻（一般信息，无需核身），仅有风险关键词告警",
        "business_type": "transfer", "agent_id": "A5002", "customer_tier": "standard",
        "started_at": "2027-01-08T11:15:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A5002"]),
            C("你好，我们老板刚才用一个新微信号加我，说在开会不方便接电话，让我马上给一个供应商账户转八万块货款，我觉得有点怪，想先问问你们。",
              marks=[mark("risk.keyword_alert", "新微信号自称老板、不便接电话、催转八万给陌生账户：冒充领导诈骗话术")]),
            A("您先别转，您的直觉是对的。用新号加好友、说自己不方便接电话、催着往陌生账户打钱，这是冒充领导的典型骗局。"),
            C("可他的头像和名字跟我们老板一模一样。"),
            A("头像和名字谁都能照搬。您打老板原来的手机号，或者当面问一下，确认之前一分钱都别转。"),
            C("好，我这就给老板打电话。那要是他真让转，八万块当天能到吗？"),
            A("本行之间基本是实时的，跨行大额一般也是当天到。转之前再核对一遍收款户名。"),
            C("明白了。"),
            A("万一已经转出去了，马上拨打一一零，再打我们这个电话申请紧急止付。还有别的事要我帮忙吗？"),
            C("没了，幸亏问了一下。"),
            A("是啊，多留个心眼总没错。谢谢您先来问一声，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m08_no_staff_number_digital_yuan",
        "title": "数字人民币钱包付款上限太低想升级，开场白有问候、行名和姓名但未报工号；钱包限额是另一产品的正确数字",
        "business_type": "account", "agent_id": "A5001", "customer_tier": "standard",
        "started_at": "2027-01-08T15:40:02", "agent_channel": 0,
        "turns": [
            A("您好，这边恒通银行，我是客服代表小唐，请问今天想办理什么业务？"),
            C("你好，我开了个数字人民币钱包，绑了你们的卡，现在一次只能付两千，想把额度提上去。"),
            A("额度跟钱包的等级有关。先核对身份，请告诉我您的姓名、证件类型，还有证件号最后四位。"),
            C("方晓东，身份证，一九二四。"),
            A("核对无误。您现在是四类钱包，只用手机号开的，所以一笔最多两千，一天加起来五千。"),
            C("那怎么升级？"),
            A("在数字人民币软件里点钱包升级，绑定我们的借记卡，做一次实名认证，就能升到二类，一笔能付五万，一天加起来十万。"),
            C("升级要收钱吗？"),
            A("不收费，升完付款上限马上就变。"),
            C("好，我现在就去弄。"),
            A("好的，还有哪里需要我帮忙的吗？"),
            C("没有了，谢谢。"),
            A("好，谢谢您这通电话，升级顺顺当当，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名、姓名和服务用语，但没有报工号")],
    },
    {
        "call_id": "m09_no_greeting_social_security_card",
        "title": "新领社保卡激活金融功能，以社保卡号尾数核身，坐席以“嗯，哪位？说吧”接起，无问候、行名和工号",
        "business_type": "card", "agent_id": "A5004", "customer_tier": "standard",
        "started_at": "2027-01-11T13:25:36", "agent_channel": 0,
        "turns": [
            A("嗯，哪位？说吧。"),
            C("呃，你好，我刚领了新的社保卡，上面有你们银行的标志，金融功能要怎么开？"),
            A("社保卡的金融账户得先激活。您是卡上的本人吧？请报一下姓名和社保卡背面卡号的最后四位。"),
            C("是我本人，韩立新，卡号尾数零三八二。"),
            A("对上了。您这张卡的金融功能现在还没激活，可以去任意网点，带上社保卡和身份证，设个六位密码就行。"),
            C("手机上能激活吗？"),
            A("在我们手机银行里搜社保卡，刷脸认证也能激活，效果一样。"),
            C("激活了以后医保的钱也打到这张卡上吗？"),
            A("医保个人账户那部分归社保部门管，金融账户里放的是您自己存的钱和领的养老金，两个分开算。"),
            C("哦，明白了。"),
            A("您这边另外还有事没有？"),
            C("没了。"),
            A("好，谢谢来电，祝您顺利，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，哪位？说吧：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "m10_transfer_receipt_no_identity",
        "title": "装修款转账要电子回单，坐席未做任何身份核验即说出收款方、金额和账户余额（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A5005", "customer_tier": "standard",
        "started_at": "2027-01-12T10:10:28", "agent_channel": 1,
        "turns": [
            A(OPENING["A5005"]),
            C("你好，我上礼拜给装修公司转了一笔钱，他们说要回单才能开票，我不知道在哪弄。"),
            A("我看到了，上周三您转给装修公司的是四万八千元，收款户名是安居装饰工程有限公司，已经成功了。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出转账日期、金额和收款户名")]),
            C("对，就是这笔。顺便问问，卡上现在还有多少钱？"),
            A("目前可用余额是一万零六百三十二元。",
              marks=[mark("identity.not_verified", "未核验身份即告知账户余额")]),
            C("好。那回单怎么弄？"),
            A("手机银行的转账记录里点开这笔，右上角有电子回单，可以直接下载或者发到邮箱，上面盖了电子章，跟纸质的效力一样。"),
            C("要是他们一定要纸的呢？"),
            A("那就带身份证到网点柜台打印，免费的。"),
            C("好的，谢谢。"),
            A("还有其他事情吗？"),
            C("没有了。"),
            A("好，感谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m11_online_friend_platform_no_warning",
        "title": "网上认识的朋友带着在“投资平台”赚钱，提现要先交十五万保证金，坐席核身后只教分笔转账，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A5001", "customer_tier": "standard",
        "started_at": "2027-01-12T20:05:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A5001"]),
            C("你好，我在网上认识个朋友，他带我在一个投资平台上赚了不少，现在要提现得先交十五万保证金，可我手机银行转不了那么多。",
              marks=[mark("risk.keyword_alert", "网友带着投资、提现前先交十五万保证金：杀猪盘诈骗话术")]),
            A("这个我来看看。您是这张卡的本人吧？请讲一下身份证最后四位。"),
            C("是我，六六四零。"),
            A("好的，核对过了。您手机银行的单笔限额是五万，十五万可以分三笔转，或者到柜台一次办。"),
            C("那分三笔转会不会被拦？"),
            A("给同一个新账户连着转大额，系统可能会弹个提醒，您确认是本人操作就行。"),
            C("好，那我现在就分三次转。"),
            A("可以，转完每笔都会有短信。其他还有要办的吗？"),
            C("没有了，谢谢。"),
            A("好的，电话就到这儿，谢谢您，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出网友带投资、提现先交保证金的诈骗话术，要转十五万，坐席反而教其分笔转出，未做任何防诈骗提示")],
    },
    {
        "call_id": "m12_short_repayment_date_call",
        "title": "信用卡还款日是几号，坐席一句带过即结束，不到二十秒（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A5004", "customer_tier": "standard",
        "started_at": "2027-01-13T17:48:10", "agent_channel": 0,
        "turns": [
            A(OPENING["A5004"]),
            C("信用卡还款日是几号？"),
            A("短信里有。"),
            C("噢。"),
            A("嗯，行。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "m13_elderly_lost_passbook_hold_no_notice",
        "title": "老年客户（东北口音）存折找不到，坐席只说“行”即进入十二秒保留音乐，之后办口头挂失，全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A5003", "customer_tier": "elderly",
        "started_at": "2027-01-14T08:55:23", "agent_channel": 0,
        "turns": [
            A(OPENING["A5003"]),
            C("喂，大兄弟啊，俺家存折找不着了，翻箱倒柜整了两天也没整着，里头还有两万多块呢，这可咋整？"),
            A("大娘您别着急，我这就给您瞧瞧。存折是您本人的吧？身份证号末尾那四位说一下。"),
            C("是俺的，四七二九。"),
            A("行。"),
            {"silence": 12.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "进入保留（播放等待音乐）前没有告知客户稍候，只说了行")]},
            A("大娘，查到了，您这本存折的钱都在，这两天没有任何取款，也没人动过。"),
            C("哎呀那可太好了，那存折丢了咋整？"),
            A("我现在先给您办口头挂失，五天之内您拿着身份证去开户的网点，办正式挂失，再补一本新的。"),
            C("行行，那俺明天就去。"),
            A("好的，挂失已经办好了，这几天谁拿着存折也取不出钱。"),
            C("那就放心了，谢谢你啊大兄弟。"),
            A("不客气大娘，还有啥要办的吗？"),
            C("没啦。"),
            A("好嘞，谢谢大娘，您多注意身体，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "老年客户存折丢失，坐席办了挂失但全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "m14_credit_report_dispute_dead_air",
        "title": "房贷被拒因征信有一次信用卡逾期，客户问能否删除后双方无声十二秒，之后说明五年保留和异议申请",
        "business_type": "loan", "agent_id": "A5002", "customer_tier": "standard",
        "started_at": "2027-01-14T15:33:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A5002"]),
            C("你好，我申请房贷被拒了，说我征信上有你们信用卡的一次逾期，我怎么不知道？"),
            A("我来给您查查记录。请您说一下姓名，还有绑定手机号的最后四位。"),
            C("邓晓雯，二八一六。"),
            A("核对通过。记录显示您去年六月的账单晚还了四天，当时欠款一千二百元，这次逾期报送了征信。"),
            C("就晚了四天也算？能不能帮我删掉？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("真实发生的逾期记录银行不能删除，会保留五年，从您还清那天算起。"),
            C("可我当时在出差，根本没收到提醒短信啊。"),
            A("如果能证明是银行这边没有发提醒，可以提交征信异议申请，我们会在二十天内核查并答复您。"),
            C("那我先申请异议吧。"),
            A("好的，已经给您登记了，核查的结果我们发短信告诉您。还有别的需要帮助的吗？"),
            C("没有了。"),
            A("好，谢谢邓女士，祝您房贷顺利批下来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m15_demagnetised_card_interrupt_wrong_time",
        "title": "借记卡消磁读不出来，坐席两次在客户陈述未完时插话，并答错补卡所需时间",
        "business_type": "card", "agent_id": "A5005", "customer_tier": "standard",
        "started_at": "2027-01-15T11:02:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A5005"]),
            C("你好，我这张借记卡在取款机上插了好几次都读不出来，柜台说可能是消磁了，然后我又去另一个网点试了一下也不行，"),
            A("明白，是卡片读不出来了。您是卡主本人吧？身份证尾数四位报给我一下。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("是本人，零七一三。"),
            A("核对完毕。卡片消磁或者芯片坏了，都得换一张新卡，卡号可以保持不变。"),
            C("卡号不变就好，我绑了好多自动扣费，像水电燃气、手机话费，还有一个每月的保险扣款，我担心换卡以后这些会"),
            A("卡号不变，这些扣费都不受影响。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一秒")]),
            C("那新卡多久能拿到？要不要钱？"),
            A("补卡一般三个工作日就寄到家，换卡不收工本费。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成三个工作日")]),
            C("好的，那我在手机上申请吗？"),
            A("对，手机银行的卡片管理里点换卡申请，填好收件地址就行。还有什么要我帮您的吗？"),
            C("没有了，谢谢。"),
            A("好，谢谢您的电话，新卡到了记得激活，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m16_jargon_noodle_shop_payment_code",
        "title": "面馆收款码昨天的营业款未到账，以商户名称加经营者身份证尾数核身，坐席连用收单、清分、结算周期、商户类别码、风控、调单等术语，客户说听不懂后才说人话",
        "business_type": "account", "agent_id": "A5003", "customer_tier": "standard",
        "started_at": "2027-01-18T14:20:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A5003"]),
            C("你好，我开了个小面馆，用你们的收款码收钱，可是昨天的营业款今天还没到账，怎么回事？"),
            A("我帮您查。先核一下身份，请说一下营业执照上的商户名称，还有经营者身份证最后四位。"),
            C("老周牛肉面馆，身份证尾号三三六一。"),
            A("名称和尾号都对。您这个码走的是个体商户收单，昨天的交易在清分批次里，按结算周期隔日入账，今晚会进结算账户。",
              marks=[mark("etiquette.jargon", "收单、清分批次、结算周期、结算账户，未向客户解释")]),
            C("你这一串词我一个都没听明白，反正今天能到是吧？"),
            A("能到。另外您这个码的商户类别码报的是餐饮，大额交易触发风控的话会被调单。",
              marks=[mark("etiquette.jargon", "商户类别码、风控、调单，客户已说听不懂仍未解释")]),
            C("什么调单？我就是想知道钱什么时候到。"),
            A("今晚八点前会到您绑定的那张卡上，到了有短信。要是哪笔收款特别大，银行可能打电话请您补个交易凭证，比如小票。"),
            C("哦，那没问题。"),
            A("好的，还有其他想了解的没有？"),
            C("没有了。"),
            A("好，谢谢周老板，生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m17_forbidden_deceased_father_account",
        "title": "父亲去世后家属取存款，坐席正确拒绝电话透露账户情况（非持卡人，无需核身），但两次推诿呛声，最后才说清继承手续",
        "business_type": "account", "agent_id": "A5002", "customer_tier": "standard",
        "started_at": "2027-01-19T10:36:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A5002"]),
            C("你好，我父亲上个月去世了，他在你们银行有张卡，家里人想把里面的钱取出来，该怎么办？"),
            A("请您节哀。账户里的具体情况按规定不能在电话里告诉您，我跟您说一下办理的流程。"),
            C("好，那要准备些什么？"),
            A("这种事你问我我问谁，每家情况都不一样。",
              marks=[mark("etiquette.forbidden_phrase", "你问我我问谁：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("你们总该有个规定吧？我们第一次碰到这种事，真的不懂。"),
            A("规定就是要做继承公证，办不下来那是你们自己的事。",
              marks=[mark("etiquette.forbidden_phrase", "办不下来那是你们自己的事：推卸责任"),
                     mark("emotion.agent_negative", "消极回应、推诿")]),
            C("那公证怎么弄？没有简单点的办法吗？"),
            A("带上死亡证明、亲属关系证明和所有继承人的身份证去公证处办继承公证；金额不高的话，有的网点可以走小额简化流程，所有继承人一起到场签字就行。"),
            C("好吧，那我们先去网点问问。"),
            A("还有事吗？"),
            C("没了。"),
            A("那谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m18_deposit_machine_kept_cash_complaint",
        "title": "存款机吞了一万元未入账，客户愤怒、扬言向监管部门投诉，坐席共情、担责、核身，以“请您不要挂断”告知后播放等待音乐并致谢，登记紧急工单并承诺次日入账",
        "business_type": "complaint", "agent_id": "A5006", "customer_tier": "VIP",
        "started_at": "2027-01-20T19:12:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A5006"]),
            C("我真是气死了！昨天晚上在你们的存款机存了一万块，机器把钱吞了，屏幕一黑，到现在账上一分都没有！",
              marks=[mark("emotion.customer_negative", "气死了：愤怒")]),
            A("一万块存进去没到账，换了谁都会急，您的火气我理解，这件事我负责跟到底。先请您说下姓名和身份证最后四位。"),
            C("谭志明，八零五一。你们这什么破机器，打了三次网点电话都没人接，我要去监管部门告你们！",
              marks=[mark("emotion.customer_negative", "破机器、要去监管部门告：不满、投诉")]),
            A("核实了谭先生。网点电话没人接，是我们的失职，真对不起。我马上调机器记录，大约半分钟，请您不要挂断。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("劳您久等，谢谢。那台机器昨晚九点零五分卡钞，一万元暂存在机器里，没有入账。明天上午网点清机核对后，下午五点前存回您的卡里。"),
            C("明天下午？那要是到时候还没到呢？"),
            A("已经给您登记成紧急工单，网点负责人一小时内回电话确认；明天五点还没到，您直接打我这条专线。给您添麻烦了，实在抱歉。"),
            C("行吧，那我等电话。"),
            A("好的，还有什么需要我一并处理的吗？"),
            C("没了。"),
            A("谢谢您的耐心和体谅，晚上好好休息，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "m19_fast_agent_large_cd_info",
        "title": "大额存单起存金额、期限、提前支取和转让咨询（一般信息，无需核身），坐席语速过快（约一点六倍）",
        "business_type": "deposit", "agent_id": "A5003", "customer_tier": "standard",
        "started_at": "2027-01-21T10:44:19", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A5003"]),
            C("你好，我想了解一下你们的大额存单，多少钱起存？"),
            A("大额存单个人起存金额是二十万元，有一个月、三个月、六个月、一年、两年、三年几个期限，期限越长利率越高。"),
            C("要是中途急用钱，能提前取吗？"),
            A("能提前支取，但提前取的部分按活期利率算利息；另外它可以在手机银行上转让给别人，转让的话利息按您持有的天数算给您。"),
            C("转让要收费吗？"),
            A("转让本身不收手续费，不过得有人愿意接手，不一定马上能成交。"),
            C("存大额存单安全吗？"),
            A("大额存单是存款，在存款保险的保障范围里，同一家银行本金加利息五十万以内全额赔付。"),
            C("好的，我再比较一下。"),
            A("好的，您看还想了解点啥？"),
            C("没有了，谢谢。"),
            A("不客气，感谢您的咨询电话，万事顺意，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "m20_membership_autorenew_runaround_hangup",
        "title": "信用卡每月被视频会员自动扣费想关掉，坐席始终不说在哪关，客户第四次追问后通话随即结束",
        "business_type": "card", "agent_id": "A5001", "customer_tier": "standard",
        "started_at": "2027-01-22T14:05:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A5001"]),
            C("你好，我信用卡每个月都被一个视频会员自动扣二十五块，我想把这个自动扣款关掉。"),
            A("好的，先做个身份核对，请报一下预留手机的最后四位。"),
            C("七一九零。"),
            A("核对通过。这类扣款是商户那边发起的，关掉的方法有好几种。"),
            C("那我具体要怎么关？"),
            A("看您当初是在哪里开通的。"),
            C("我不记得在哪开的，你就告诉我在你们手机银行里怎么关，行不行？"),
            A("这个各个商户都不一样。"),
            C("我都问了好几遍了，你就说一句，到底去哪里关？",
              marks=[mark("resolution.repeated_question", "怎么关掉自动扣款问了四遍，并说我都问了好几遍了"),
                     mark("closing.abnormal_hangup", "客户提问后不到一秒通话结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT4_SEED = 20261206
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT4_CALLS, agents=AGENTS, default_out=Path("samples/heldout4"),
                  seed=HELDOUT4_SEED, description=__doc__))
