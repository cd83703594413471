#!/usr/bin/env python3
"""Render the thirty-third held-out evaluation set in samples/heldout33/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes (beyond its own brief), /work/runs or
/work/wt, never looked at another file's history, diff or commit messages (beyond `git log --oneline -3`)
and never ran qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, the
READMEs of heldout31 and heldout32 (and of heldout23-30 only the passage naming their topics and regions,
plus heldout30's table of labels per rule, for the layout), tools/README.md, make_heldout32.py (the
machinery copied), make_samples.py and clause_overlap.py, and of rules/bank_zh.kb.yaml only
the titles and facts (to keep stated figures right and plant two wrong ones). Every script step is worded
differently from samples/ and the other held-out generators (no clause of five characters or more is
shared, in either direction, with make_samples.py or any make_heldout*.py): other agents (A11601-A11606)
with their own openings, other verification routes (the security question set at account opening, the
street of the statement address, the unit that pays the pension, the landline left at opening, the city
of the last cash-machine withdrawal, the amount of the last wealth redemption, the surname of the
assigned customer manager, the ethnic group printed on the ID card, the credit-card statement day, the
ID card's validity, the payer of the last incoming payment, the maturity date of the time deposit, the
number of instalments being repaid, the last four digits of the mobile number on file, the foreign-
exchange quota used this year; the ID digits asked in new words, once as the seventh to tenth digits
(the birth year) and once as the first two and last two), other hold, warning, disclosure and closing
phrasings, topics the heldout23-32 sets did not use and dialect-flavoured customers from cities none of
them used (Yuncheng, Linyi, Xingtai (Pingxiang), Dezhou, Anyang, Zhongwei, Changzhi, Xilinhot (Mongol),
Qingyang, Fushun (Manchu), Hami, Dunhuang, Tonghua (Ji'an), Cangzhou, Xianyang, Haidong (Hualong),
Shizuishan, Aksu, Luohe; the Yuncheng, Anyang, Dunhuang and Cangzhou customers are elderly). The layout
is not the earlier sets': the violations sit at other call numbers and in other combinations, four calls
are clean, and the risky situations are a fake boss in a company chat group, a "like-and-earn" task
rebate scheme, a card lent out for a monthly fee and frozen by police, a fake army purchaser who wants
the shop to pay a "designated factory" first, and a prepayment abroad for second-hand machinery.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words (including 投诉 and 骗子 used without complaint or report), figures
right in other forms, two frauds stopped by the agent, customers who start before the agent has
finished, terse but complete closings, a password-reset request handled by the reset procedure.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout33.py
    /work/tts-venv/bin/python tools/make_heldout33.py --only as20_luohe_workwear_shop_fake_army_purchaser_sleeping_bags_stopped_wrong_limit_music_no_notice
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number (any word for it), offer help, in any
#   order. as15 greets, names the bank and offers help with no number (staff_id_missing); as04
#   opens with a bare "哎，听着呢，您说。" (greeting.missing and staff_id_missing);
# - identity: a check (ID digits + one more fact on file) before any account data or account
#   action. identity.not_verified = each agent turn that discloses account data before a check:
#   as03 (the loan's remaining principal and next interest, read at once; no check ever: one
#   label), as16 (the salary, then the balance, no check ever: two labels). General information
#   (as18 the gold-card fee) needs none; as02 and as20 stop a fraud and touch no account data;
# - risk.disclosure_missing: as09 (300,000 into a fund of funds, no disclosure at all), as19
#   (45,000 USD prepaid abroad for second-hand machinery, nothing but how to remit). Warnings in
#   the agent's own words count (as06 large transfer, as08 wealth, as02 and as20 frauds stopped,
#   as07 and as10 after the harm);
# - risk.keyword_alert: as02 (a fake boss in the company chat group, no risk word), as07 (被骗 +
#   报警), as10 (冻结), as20 (a fake army purchaser, no risk word);
# - risk.elderly_fraud_advice: as05 (78, takes 40,000 in cash out of a time deposit early), as12
#   (77, takes 50,000 in cash for a builder): no advice. as01 and as14 carry it;
# - emotion.customer_negative: as07 (失职, will complain), as11 (will complain about the agent);
# - emotion.agent_negative: as10 (with a forbidden phrase), as11 (cold, no taboo phrase);
#   etiquette.forbidden_phrase: as10 (我们管不着，这事儿不伺候，您自个儿兜着);
# - etiquette.jargon: as03 (loan terms), as09 (fund terms), never explained; as08's 净值型 and
#   开放期 are explained on the spot: not jargon;
# - etiquette.interruption: as07 (1.2 s, the angry customer mid-sentence), as13 (1.0 s, the
#   customer listing his buyers). as02 and as06: the customer starts 0.5 s before the agent ends;
# - etiquette.dead_air: as05 (11 s after the elderly customer's question), as16 (10 s);
# - hold: announced holds in other words count (as01 silent, as08 music, as13 a long music one,
#   as14 silent; all thanked). as12 and as20: music straight after the customer's words, no
#   notice (both thanked afterwards): hold.no_notice;
# - answer.wrong_fact: as19 (cross-border arrival 十个工作日左右; the facts say one to three working
#   days) and as20 (mobile single transfer 十万; the facts say 50,000). Right figures stay
#   unlabelled (as06's 一回顶格五万 / 一天加总不超过二十万, as15's 七个工作日, as18's 一年三百);
# - resolution.repeated_question: as11 (when the refund arrives, answered at the third asking);
# - closing: as04 ends with 嗯，就这么着 (closing.missing); as17 ends right after the customer's
#   question (closing.abnormal_hangup, closing.missing); terse but complete closings elsewhere
#   (as10, as18);
# - handling.time_standard: as13 (a balance enquiry over the 3-minute standard: a long announced
#   music hold) and as18 (a card call under the 20 s minimum);
# - etiquette.speech_rate: the agent at 1.6x (as15);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11601": {"team": "一线东组", "staff_no": "四一七三"},
    "A11602": {"team": "一线东组", "staff_no": "九零二六"},
    "A11603": {"team": "一线西组", "staff_no": "二五八四"},
    "A11604": {"team": "一线西组", "staff_no": "六三零九"},
    "A11605": {"team": "一线西组", "staff_no": "七八一五"},
    "A11606": {"team": "二线理财席", "staff_no": "三零六七"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11601": "您好，恒通银行，客服四一七三号接的线，您想打听点啥？",
    "A11602": "恒通银行，您好呀，九零二六号客服正给您接听，有什么事情您只管说。",
    "A11603": "您好，恒通银行，服务中心坐席二五八四，今天遇上了什么情况？",
    "A11604": "您好，恒通银行，六三零九号，您要办啥请讲。",
    "A11605": "您好，恒通银行，七八一五号话务员接起了您的电话，要办哪样业务您讲。",
    "A11606": "您好，恒通银行，财富顾问席理财顾问三零六七接听，手头的资金这回想怎么打理？",
}

HELDOUT33_CALLS = [
    {
        "call_id": "as01_elderly_yuncheng_salt_lake_retiree_app_login_locked_password_reset_silent_hold_clean",
        "title": "八十岁老年客户（运城口音，盐湖上退休的老职工）手机银行登录密码连续输错被锁；以身份证号码第七到第十位（出生年份）加开户时设的安全问题（母亲的姓）核身；告知后静音保留并致谢；按密码重置规程告知电话里不能改密码，可在手机上刷脸重置或带身份证到网点；坐席用自己的话提醒密码和短信里的数字谁要都不给、银行不会要、说帮解锁让打钱的是骗子；完整合规",
        "business_type": "account", "agent_id": "A11601", "customer_tier": "elderly",
        "started_at": "2029-08-01T09:12:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A11601"]),
            C("喂，闺女，我是运城的，今年刚满八十，以前在盐湖上晒盐。孙女给我手机上装了你们的银行软件，我今早登了几回，密码老是不对，后来干脆进不去了，这可咋弄呀？"),
            A("爷爷您好，您是手机银行登不进去了，密码试了几回都不对，是吧？账户那头是啥情况，我先替您瞧瞧。看之前得认准是爷爷本人：您身份证号码里第七到第十位，就是您出生那一年，念给我；"
              "再说一下当年开户时设的那个安全问题，您母亲娘家姓什么。"),
            C("一九四九，俺娘姓薛。"),
            A("谢谢爷爷，两项全吻合。我去系统里瞧一眼您这个登录的状态，前后十来秒，这会儿电话里没声儿，您拿稳了别撂下。"),
            {"silence": 6.0, "kind": "hold"},
            A("爷爷，看好了，劳您等这一小会儿，谢谢。是连着输错了五回，系统替您把手机登录先锁上了，卡里的钱一个子儿都没少，到柜台、取款机照样能用。"),
            C("哦，钱没事就好。那你在电话里给我把密码改了不就成了？"),
            A("这事打电话改不了密码，密码只能您本人来改，这是为了护着您的钱。有两个法子：一个是让孙女在登录页点忘了密码，对着摄像头刷一下脸，重新设一个；"
              "另一个是拿上身份证件到附近网点，柜台的同事当面给您重置。"),
            C("那我叫孙女星期天回来帮我弄。"),
            A("好。爷爷再叮嘱您两句：往后新设的密码，还有手机短信里收到的那几个数字，谁要都别给，银行的人也从来不会问您要；"
              "要是有人打电话说帮您解锁、叫您往哪个账户打钱，那是骗子没跑，直接挂掉，给孙女打个电话商量。"),
            C("记下了，谁问也不说。"),
            A("好嘞。这件办妥了，您另外有想打听的没有？"),
            C("没啦，麻烦你了闺女。"),
            A("不麻烦，多谢爷爷打这个电话，祝您身体硬硬朗朗，再见啦。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as02_linyi_logistics_accountant_fake_boss_wechat_deposit_stopped",
        "title": "临沂一家物流公司的女会计说老板在公司微信群里用新号让她马上给供货商打九万八定金、办完删聊天记录（未用任何风险词的冒充领导诈骗），坐席识破并劝阻（拨老板原来的号码或当面问、对公付款走审批流程、一一零和九六一一零）；不涉及账户数据，无需核身；客户两次在坐席说完前零点五秒接话（非坐席插话）；完整合规",
        "business_type": "transfer", "agent_id": "A11602", "customer_tier": "standard",
        "started_at": "2029-08-02T10:05:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A11602"]),
            C("你好，俺是临沂的，在一家物流公司当会计。刚才俺们老板在公司的微信群里拉了个新号，头像名字都是他，说他在外地开会不便接电话，叫俺马上给一个供货商打九万八的定金，"
              "还交代办完了把聊天的记录删干净。俺想问问用公司网银转，今天能不能到账？",
              marks=[mark("risk.keyword_alert", "冒充老板让财务紧急转账的诈骗情形：新拉的号、不便接电话、催着打钱、让删聊天记录（未用风险词）")]),
            A("先别转，这事得先弄清楚。新拉的号、说开会不便接您电话、催着马上打钱、还让您删聊天的记录，这几样凑一块，正是冒充老板骗财务的常见套路。"),
            C("可是头像跟名字都是俺们老板的呀。", overlap=0.5),
            A("头像和名字谁都能照着改，一分钱成本都不花。您拿手机拨老板平常用的那个号码，或者找个同事当面去问，他亲口说了才算数。"),
            C("那俺现在就给他打。要是真是老板让打的呢？"),
            A("要是真的，公司对公付款都有审批流程，合同、发票、审批单一样不少，补齐了再付也耽误不了。要是对方还一个劲儿催、不让您打电话核实，那就更不对劲，"
              "赶紧拨一一零，或者拨九六一一零找反诈专线。"),
            C("俺明白了，差点就给转过去了，幸亏先问了问。", overlap=0.5),
            A("您问这一嘴问得真是时候。还有啥要我帮您弄的吗？"),
            C("没有了，谢谢你啊。"),
            A("客气啦，多谢您肯拨这个号，祝您工作顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as03_xingtai_pingxiang_kids_bicycle_workshop_business_loan_no_check_jargon",
        "title": "邢台平乡做童车的客户问经营贷还欠多少、能不能提前还：坐席未做任何身份核验即报出剩余本金和下期扣息金额；讲提前还款时满口术语（先息后本、重定价日、贷款市场报价利率加点、基点、锁定期、违约金条款、宽限期），客户说听不懂也未解释；完整收尾",
        "business_type": "account", "agent_id": "A11603", "customer_tier": "standard",
        "started_at": "2029-08-03T14:20:10", "agent_channel": 0,
        "turns": [
            A(OPENING["A11603"]),
            C("喂，你好，俺是邢台平乡的，家里开个小作坊做童车。去年在你们这儿贷了三十万的经营贷，今年年底订单回款了，想问问俺还欠多少，能不能一下子提前还了。"),
            A("好的，您这笔经营贷现在还剩本金十八万六千元，下个月十五号要扣一期利息，两千一百元。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出贷款剩余本金和下期扣息金额")]),
            C("哦，还剩十八万多。那提前还，有啥说道没有？"),
            A("提前还款的话，先息后本的贷款要在重定价日之前申请，利率按贷款市场报价利率加点执行，加多少个基点看合同；还要看是不是还在锁定期，合同里的违约金条款和宽限期也要一并看。",
              marks=[mark("etiquette.jargon", "先息后本、重定价日、贷款市场报价利率加点、基点、锁定期、违约金条款、宽限期，未作解释")]),
            C("你叨叨的这一大串，俺一句也没听明白，俺就想知道能不能还。"),
            A("能还，提前一个月在手机上或者到网点预约，预约好了到日子从卡上一次扣走。"),
            C("中，那俺回头约一下。"),
            A("好的。您另外还有什么事吗？"),
            C("没了，谢谢啊。"),
            A("不客气，谢谢您拨进来，祝您童车卖得红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as04_no_greeting_dezhou_braised_chicken_stall_account_fee_no_closing",
        "title": "坐席以“哎，听着呢，您说。”接起，没有问候语、行名、工号和服务用语；德州火车站边卖扒鸡的客户问卡上为何扣了三块钱账户管理费；以身份证号码最尾巴上的四个数加对账单寄送地址所在的街道核身；坐席讲清扣费原因和免收办法；结尾只说“嗯，就这么着。”，没有询问其他需求、致谢和道别",
        "business_type": "account", "agent_id": "A11604", "customer_tier": "standard",
        "started_at": "2029-08-06T11:31:05", "agent_channel": 0,
        "turns": [
            A("哎，听着呢，您说。"),
            C("喂？是恒通吗？俺是德州的，在火车站边上卖扒鸡。俺这张卡上个礼拜莫名其妙扣了三块钱，写的是账户管理费，俺想问问这是扣的啥钱。"),
            A("是恒通。扣费这个得看您的账户，身份先对上：身份证号最靠尾巴的四个数，还有您对账单寄到哪条街上。"),
            C("四个数是八一五二，对账单寄到天衢路上。"),
            A("核对过了。这张卡是张老卡，日均余额不到一万，系统每个季度扣三块钱的管理费。"),
            C("那咋样能不扣？"),
            A("您把这张卡绑成代发工资的卡，或者日均存够一万，就不扣了；也可以把它设成您的主账户，这个在网点能办。"),
            C("那俺把它设成主账户，明儿个上网点去。"),
            A("嗯，就这么着。"),
        ],
        "violations": [mark("greeting.missing", "只说了哎，听着呢，您说：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号"),
                       mark("closing.missing", "只说了嗯，就这么着：没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "as05_elderly_anyang_grandmother_early_withdrawal_cash_for_grandson_shop_dead_air_no_fraud_advice",
        "title": "七十八岁老年客户（安阳口音）想把一张明年才到期的四万元定期提前取成现金，给孙子开修手机的小门面；以身份证号码后头那四位加养老金发放单位核身；客户问取现要带啥后双方无声十一秒；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A11605", "customer_tier": "elderly",
        "started_at": "2029-08-07T09:40:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A11605"]),
            C("喂，闺女，俺是安阳的，七十八了。俺有张四万块的定期，明年三月才到期，俺孙子要在城里开个修手机的小门面，俺想现在就取出来给他，中不中？"),
            A("奶奶您好，您是想把四万元的定期提前取出来给孙子开店用，对不对？这张存单在您名下，先对一对是不是奶奶本人：身份证号码后头那四位，再说一下您的养老金是哪个单位发的。"),
            C("后头四位是三七零六，养老金是纱厂发的，俺在纱厂干了一辈子。"),
            A("对上了。能提前取，就是提前取的这笔，利息只能按活期算，比到期少拿不少，您心里有个数。"),
            C("少就少点吧，孩子急用。那俺要取现钱，得带啥东西去？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "老年客户提问后双方无声十一秒，坐席未作任何告知")]},
            C("喂？闺女，还在不在？"),
            A("在呢，奶奶。带上存单和身份证，到存单上写的那个网点柜台，四万元现钱当场就能取。"),
            C("中，俺明儿个让孙子陪着去。"),
            A("好的，奶奶，旁的还有要打听的吗？"),
            C("没了，谢谢闺女。"),
            A("不客气，奶奶，多谢您惦记着打过来问，祝您出门顺顺利利，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十八岁老年客户要把四万元定期提前取成现金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "as06_zhongwei_selenium_sand_melon_grower_seedling_company_transfer_clean",
        "title": "中卫种硒砂瓜的客户要给河北一家种苗公司转十二万买嫁接苗；以身份证号码倒数的四个数加开户时留的座机号码后四位核身；手机一回顶格五万、一天加总不超过二十万（换了说法，正确）；坐席用自己的话做大额转账提醒；客户自己说“这年头骗子多”（不是报告受骗）；客户在坐席说完前零点五秒接话（非坐席插话）；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A11601", "customer_tier": "standard",
        "started_at": "2029-08-08T15:02:37", "agent_channel": 1,
        "turns": [
            A(OPENING["A11601"]),
            C("你好，我是中卫的，在沙坡头边上种硒砂瓜。明年开春的嫁接苗订了河北一家种苗公司的，总共是十二万块，合同签了，手机一转就过去，可这年头骗子多，我得先问明白了撒。"),
            A("您要给河北的种苗公司付十二万的苗钱，拿手机付，对吧？转账动的是您的账户，咱先把人对上号：身份证号倒过来数的头四位，还有开户时留的那个座机号码，座机尾巴那四个号。"),
            C("倒数四个是九一四八，座机后四位是三三六零。"),
            A("核好了，是您本人。手机上一回顶格能转五万，一天加总不超过二十万，十二万分三回转，当天就能转完。"),
            C("那就分三回，五万、五万、两万。", overlap=0.5),
            A("对。打款之前再啰嗦两句：收款的得是这家种苗公司的对公账户，户名和合同上的公章对得上；转账前给公司的座机打个电话，把账号再念一遍核对；"
              "要是有人临时说换了账户、让打到个人卡上，先停一停，别转。"),
            C("行，他们业务员上回也说是对公账户，我再打个电话确认一遍。"),
            A("这么办最稳当。别的还想问点啥不？"),
            C("没了，谢谢你撒。"),
            A("不用谢，沙坡头的瓜农打来的电话我最爱接，祝明年的瓜又甜又大，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as07_changzhi_young_mother_like_task_rebate_scam_swindled_police_angry_interrupt",
        "title": "长治的年轻妈妈在手机上做点赞返钱的刷单任务，先尝到几十块甜头，后被要求连做三单垫付两万三，对方拉黑（被骗+报警）；以身份证尾数四个加最近一次在取款机取钱的城市核身；客户怪银行不拦、说失职要投诉，坐席在她话没说完时插话（重叠约一点二秒）；坐席报反诈中心、登记投诉、讲明垫钱做任务都是骗局，完整收尾",
        "business_type": "complaint", "agent_id": "A11602", "customer_tier": "standard",
        "started_at": "2029-08-09T20:15:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A11602"]),
            C("喂！我是长治的，我被骗了！手机上有人拉我做点赞的任务，说点一个返几块钱，前几回真给了几十块，后来说要连做三单才能把钱提出来，我就垫了两万三进去，现在人把我拉黑了，警我已经报过了！",
              marks=[mark("risk.keyword_alert", "被骗、报警")]),
            A("您先别慌，我来帮您一起想办法。您是做点赞返钱的任务，前后垫进去两万三，对方已经把您拉黑，警也报了，对吧？我先查一下这几笔钱去了哪里，"
              "要先核实您本人：身份证尾数四个，再说一下您最近一回在取款机上取钱，是在哪个城市取的。"),
            C("尾数四个零二六七，上礼拜在长治取的。"),
            A("核实好了。您昨天晚上分三笔转出，一共两万三千元，收款的是两个个人账户。"),
            C("那你们银行咋不拦着？一晚上转出去三笔，一个电话都没给我打，你们就是失职，这个投诉我非打不可！那里头有一万多是我家孩子的奶粉钱，我现在连",
              marks=[mark("emotion.customer_negative", "指责银行失职、要投诉，表达不满")]),
            A("您听我说最要紧的一件：这两个收款账户我现在就报给反诈中心，让警方赶紧去止付，越早报，钱追回来的可能越大。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("那能追回来吗？"),
            A("追不追得回要看警方查得怎么样，我不敢跟您打包票。您着急上火，换了谁都窝火，投诉也给您记下了，两个工作日里，投诉专员会打您这个手机。"
              "往后凡是叫您先垫钱、做任务返佣金的，全是骗局，一分都别垫。"),
            C("唉，知道了，这回算是长记性了。"),
            A("您第一时间报了警，做得对。还有别的需要我办的吗？"),
            C("没有了。"),
            A("好，辛苦您跑这一趟电话，有消息我们马上联系您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as08_xilinhot_yurt_workshop_owner_wealth_product_music_hold_clean",
        "title": "锡林浩特做蒙古包的作坊主有二十万一两年不用想买理财；以身份证尾号的四位加上回赎回理财到账的金额核身；告知后播放等待音乐并致谢；坐席当场解释净值型和开放期（已解释，非术语违规）；用自己的话讲清不是存款、银行不保本不保收益、可能跌破买入价、过去的收益不代表以后、不在存款保险保障范围，风险等级与测评相配，建议先投十万并读完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A11606", "customer_tier": "VIP",
        "started_at": "2029-08-10T10:48:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A11606"]),
            C("赛音拜努，你好，我是锡林浩特的，家里做蒙古包，夏天旅游点订得多，攒下二十万，一两年用不上，想把它搁进理财里，你给参谋参谋。"),
            A("您手头二十万，一两年不动，想搁进个稳当点的理财里，您看是不是这么个意思？推荐之前，身份得先对上：身份证尾号的四位请说一下，再说说您上一回赎回理财，到账的是多少钱。"),
            C("尾号四位五零三一，上回赎回来的是十万零八百。"),
            A("两项都核对通过。我把跟您测评结果相配的产品筛一遍，顶多十几秒，这中间电话里会有一段音乐，您听着就好，不用挂。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("谢谢您陪着听了一阵子曲子。有一款净值型理财，净值型就是说它的价格每天跟着市场变，今天涨了明天可能跌；它每三个月有一个开放期，开放期就是允许您买进或者赎回的那几天，别的日子钱取不出来。"),
            C("那它会不会赔钱？"),
            A("有这个可能，我得把话说透：理财跟存款是两码事，银行不保证本金也不保证收益，行情不好时净值会跌破买入价；宣传页上往年的收益，说明不了明年后年；存款保险也不保它。"
              "它的风险等级是中低，跟您的测评结果相配。我建议您先放十万，剩下的留着机动，下单前手机上会弹出产品说明书和风险揭示书，每一页都看明白了再签。"),
            C("行嘞，那我先买十万，回家一页一页翻着看。"),
            A("好的。钱上面还有别的想商量的吗？"),
            C("没有了，巴雅尔拉。"),
            A("不客气，多谢您托付，祝蒙古包订单一年比一年多，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as09_qingyang_sachet_embroidery_cooperative_fund_of_funds_jargon_no_disclosure",
        "title": "庆阳香包刺绣合作社的负责人有三十万想买理财；以身份证号码前两位和末两位加专属客户经理的姓核身；坐席介绍产品满口术语（偏股混合母基金、股债配比、申购费率、赎回费、超出业绩基准计提业绩报酬）不解释；客户问稳不稳时坐席只说去年收益好、好多客户都买了；三十万全部下单，全程没有任何风险揭示",
        "business_type": "wealth", "agent_id": "A11606", "customer_tier": "VIP",
        "started_at": "2029-08-13T16:22:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A11606"]),
            C("你好，我是庆阳的，带着村里的婆姨们绣香包，办了个合作社。今年端午订单多，手里攒了三十万，想放点钱生生息，你看买啥好？"),
            A("您是合作社攒下三十万，想拿去买理财，对吗？身份先对一对：身份证号码的前两位和末两位，再说一下给您对接的专属客户经理姓什么。"),
            C("前两位六二，末两位一八，客户经理姓慕。"),
            A("对上了。给您推荐一款偏股混合的母基金，股债配比七比三，申购费率一点二，持有不满七天赎回费一点五，超过业绩基准的部分计提百分之二十的业绩报酬。",
              marks=[mark("etiquette.jargon", "偏股混合、母基金、股债配比、申购费率、赎回费、业绩基准、计提业绩报酬，未作解释")]),
            C("你说的这些我也听不太懂，就问一句，稳不稳当？"),
            A("您放心，这款去年收益很不错，好多客户都买了，一直卖得很好。"),
            C("那我三十万全买了吧。"),
            A("好的，我给您下单三十万，手机上按一下确认就成。还有哪样要办的不？"),
            C("没了，谢谢。"),
            A("谢谢您，祝合作社的香包卖到全国各地，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "三十万买入偏股混合基金，客户问稳不稳时只讲去年收益好，全程没有任何风险揭示")],
    },
    {
        "call_id": "as10_fushun_young_man_lent_card_for_commission_frozen_by_police_rebuff",
        "title": "抚顺的年轻客户说卡突然冻结、钱转不出去（冻结）；以身份证号码末四个加身份证上登记的民族核身；查明系外省公安因一笔涉案资金冻结；客户说卡借给朋友走账、一个月给三百块；坐席指责并推诿（这是您自己惹出来的麻烦，我们管不着，这事儿不伺候，您自个儿兜着）；客户保持平静、自认一时糊涂；坐席随后告知带身份证去冻结机关说明、出租出借银行卡违法；简短但完整收尾",
        "business_type": "account", "agent_id": "A11603", "customer_tier": "standard",
        "started_at": "2029-08-14T13:07:41", "agent_channel": 0,
        "turns": [
            A(OPENING["A11603"]),
            C("喂，你好，我抚顺的。我这卡今天突然冻结了，往外转钱转不出去，发的工钱也提不出来，这咋回事啊？",
              marks=[mark("risk.keyword_alert", "冻结")]),
            A("您先别急，冻住的原因我给您查个究竟。本人得先验明：身份证号码末四个是多少，再说一下您身份证上登记的是哪个民族。"),
            C("末四个六五零三，满族。"),
            A("核对上了。您这张卡是被外省一个公安局冻结的，原因是卡上前几天过了一笔涉案的钱。"),
            C("涉案？我自己没干啥呀。就是上个月有个朋友说借我的卡走走账，一个月给我三百块，我寻思没啥事就借给他了。"),
            A("卡借给别人走账换钱，这是您自己惹出来的麻烦，我们管不着，这事儿不伺候，您自个儿兜着。",
              marks=[mark("etiquette.forbidden_phrase", "我们管不着，这事儿不伺候，您自个儿兜着"),
                     mark("emotion.agent_negative", "指责客户、推诿、生硬")]),
            C("我也是一时糊涂，那我现在到底该咋整？"),
            A("拿上身份证件，到冻结您卡的那个公安局把情况讲清楚，解冻得他们说了算。另外出租出借银行卡犯法，朋友那边赶紧断了，别再帮人过钱。"),
            C("行，明天一早我就去。"),
            A("还有啥事儿要我办？"),
            C("没了，谢了。"),
            A("不客气，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as11_hami_melon_dryer_credit_card_refund_date_asked_thrice_cold_agent_complaint",
        "title": "哈密卖瓜干的客户用信用卡网购切瓜干的机器后退货，商户说三号已退款两千六百八但没到账；以身份证号码结束的四位加信用卡账单日核身；客户连问两次哪天能到，坐席只说按流程走，第二次冷冰冰地说问几遍都是这个答案；客户第三次追问并说要投诉；坐席随即道歉并给出最晚日期（问到第三遍才答复）；完整收尾",
        "business_type": "card", "agent_id": "A11604", "customer_tier": "standard",
        "started_at": "2029-08-15T17:26:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11604"]),
            C("你好，我是哈密的，卖瓜干的。上个月用信用卡在网上买了台切瓜干的机器，两千六百八，不好用退回去了，商家说三号就把钱退了，我到现在也没看见，想问问。"),
            A("您是网购的机器退了货，两千六百八的退款还没看到，对吧？查账之前先核一下：身份证号码结束的四位，还有您这张信用卡每个月几号出账单。"),
            C("结束的四位是七二一九，账单日是每个月五号。"),
            A("核对好了。商户那边的退款我这儿看到已经发起了，正在按流程走。"),
            C("发起了就好，那到底哪天能退回到我卡上？"),
            A("退款都要按流程走，您再耐心等等。"),
            C("我就想知道个日子，大概哪天能到，我好对账。"),
            A("这个问题您已经问过了，问几遍都是这个答案，按流程走。",
              marks=[mark("emotion.agent_negative", "冷淡、不耐烦，拒绝给出任何时间")]),
            C("你这人咋这样说话？我就问个日子，你推三阻四的，你报个工号，我投诉你去！我最后再问一回，退款究竟哪一天回到卡上？",
              marks=[mark("emotion.customer_negative", "不满坐席态度、要投诉"),
                     mark("resolution.repeated_question", "退款哪天到账问到第三遍才得到答复")]),
            A("实在对不起，刚才是我说话太冲了。退款一般在商户发起后七个工作日之内回到卡上，您这笔是三号发起的，最晚十二号能到；过了十二号还没看到，您再打过来，我们帮您去查。投诉我也如实给您登记上。"),
            C("好吧，那我等到十二号。"),
            A("难为您体谅。您另外还有想查的吗？"),
            C("没有了。"),
            A("好的，刚才冲您的那句，我收回，对不住您，谢谢哈密的老乡，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as12_elderly_dunhuang_apricot_farmer_cash_for_courtyard_builder_music_no_notice_no_fraud_advice",
        "title": "七十七岁老年客户（敦煌口音，种李广杏）要从卡上取五万现金付给修院墙的包工头；以身份证号最边上的四个数加身份证有效期核身；客户问取五万要不要提前说后，坐席不打招呼直接播放等待音乐（回来后致谢）；要提前一天预约；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A11605", "customer_tier": "elderly",
        "started_at": "2029-08-16T09:55:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A11605"]),
            C("喂，丫头，我是敦煌的，七十七了，种了一辈子李广杏。今年家里院墙塌了一截，包工头说要给现钱，我想从卡上取五万出来给他。"),
            A("爷爷好，您是要从卡上取五万元现金，付修院墙的工钱，是吧？动卡上的钱之前，先认一认是不是爷爷本人：身份证号最边上的四个数说一下，再说说您身份证的有效期到哪一年。"),
            C("最边上四个是四四零九，身份证上写的是长期。"),
            A("对的，爷爷这个岁数的身份证就是长期的，都对上了。卡里的钱取五万够用。"),
            C("那我去你们那儿取五万，要不要提前说一声？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户说完即播放等待音乐，坐席事先没有任何告知")]},
            A("爷爷，叫您候了一阵，谢谢。查过了，一次取五万得提前一天预约，您今天给网点打个电话，明天带上卡和身份证去柜台取就行。"),
            C("好，那我让儿子今天给打电话。"),
            A("行。爷爷还想问点旁的不？"),
            C("没有了，谢谢丫头。"),
            A("不谢，爷爷，难为您老专门打来，祝今年的杏子卖个好价钱，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十七岁老年客户要取五万现金交给包工头，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "as13_tonghua_jian_ginseng_farmer_buyer_payments_long_music_hold_interrupt",
        "title": "通化集安种人参的客户查三个收购商打来的参款是否到账、卡里一共多少（余额查询）；客户正一笔一笔说明时坐席插话（重叠约一点零秒）；以身份证号最后那几位中的四个加最近一笔进账的付款人核身；告知后播放约一百六十五秒等待音乐并致谢，余额查询超过三分钟标准",
        "business_type": "balance", "agent_id": "A11601", "customer_tier": "standard",
        "started_at": "2029-08-17T14:38:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A11601"]),
            C("喂，你好，我是通化集安的，家里种人参。今年秋天卖了三批参，三个收购商说钱都打到我卡上了，一个是吉林市的，说打了六万，一个是抚松的，说打了四万五，还有一个是"),
            A("您是想看看三个收购商的参款都到了没有，再看看卡里一共多少，是吧？", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户正逐笔说明时坐席开口，重叠约一点零秒")]),
            C("对，还有一个是长白的，说打了三万二。"),
            A("好的。查之前身份得验一验：身份证号最后那几位，说四个就行，再说说最近一笔进账是谁打来的。"),
            C("最后四个是二九八三，最近一笔是抚松的老孙打的。"),
            A("对上了。三笔钱我得到收款流水里一笔一笔核，还要看有没有在途的，时间会长一些，估计两三分钟。中间电话里放一段音乐，您听着等我，别撂电话。"),
            {"silence": 165.0, "kind": "hold_music"},
            A("让您等了这么久，谢谢您耐着性子听完这一长段曲子。三笔都进账了：吉林市的六万元，抚松的四万五千元，长白的三万二千元；卡里现在一共十六万三千四百元。"),
            C("三笔都进账了，心里踏实了。"),
            A("那就好。别的还想查点啥不？"),
            C("没了，谢谢你。"),
            A("不客气，参农兄弟打过来，我得好好谢您，祝来年的参长得更壮实，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "as14_elderly_cangzhou_golden_jujube_farmer_time_deposit_auto_renew_silent_hold_clean",
        "title": "八十三岁老年客户（沧州口音，种金丝小枣）下月有张定期到期，想让它到期接着存两年；以身份证号码落尾四个数加这张定期的到期月日核身；告知后静音保留并致谢；客户自己说“俺不是来投诉的”“俺这脑子不中用了”（非负面情绪）；坐席用自己的话提醒防冒充银行要转账和高息存款的骗局，完整合规",
        "business_type": "account", "agent_id": "A11602", "customer_tier": "elderly",
        "started_at": "2029-08-20T10:12:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A11602"]),
            C("喂，闺女，俺是沧州的，八十三了，种了一辈子金丝小枣。俺不是来投诉的啊，就是来打听打听，俺有张定期下个月到期，到期了能不能接着存，俺这脑子不中用了，怕到时候忘了。"),
            A("大爷，您问得一点不多余。您是想让下个月到期的这张定期，到期以后自动再存下去，对吧？这是您账户上的事，先对一对您本人：身份证号码落尾四个数，再说一下这张定期是几月几号到期。"),
            C("落尾四个是一二七五，九月二十号到期。"),
            A("都对上了。我给您设一下到期自动转存，要几秒钟，这几秒电话里没动静，您别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("大爷，弄好了，谢谢您等了这么一会儿。九月二十号到期以后，本金加利息自动接着存两年，您不用来回跑。"),
            C("那敢情好，省得俺跑腿。"),
            A("大爷再跟您念叨两句：要是有人打电话说是银行的，说您的定期要升级、要验证，叫您往别的卡上挪钱，或者说有啥利息特别高的存款，一概是骗钱的，"
              "您直接挂了，问问家里孩子，要么到网点找柜台的人问。"),
            C("中，俺记住了，谁打电话俺也不转钱。"),
            A("好。大爷还有别的事儿要问吗？"),
            C("没了，谢谢闺女啊。"),
            A("不客气，谢谢大爷打过来，祝您小枣年年丰收，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as15_no_staff_number_xianyang_noodle_shop_credit_card_lost_in_taxi_fast_agent",
        "title": "开场白有问候、行名和服务用语但不报工号；坐席全程以约一点六倍语速说话；咸阳渭城开面馆的客户信用卡可能落在出租车上；以身份证号码最后一组四位加目前在还的分期期数核身；挂失，新卡七个工作日（正确）；完整收尾",
        "business_type": "card", "agent_id": "A11603", "customer_tier": "standard",
        "started_at": "2029-08-21T12:44:27", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A("恒通银行，您好，丢卡、查账、办业务都能找我，您说。"),
            C("喂，你好，我是咸阳的，在渭城开了家面馆。今天中午打出租车去进货，下车才发现信用卡不见了，八成是掉在出租车座位缝里了，你赶紧帮我看看咋办。"),
            A("好的，卡可能落在出租车上，咱们先把卡保护起来。身份先过一道：身份证号码最后一组四位，再说说您这张卡现在在还的分期一共分了几期。"),
            C("最后四位五八二六，分期是分了十二期，买冰柜的。"),
            A("核对通过。这张卡眼下已经挂了失，从现在起刷不了也取不了，分期照常每月扣。"),
            C("那就好，吓我一跳。那新卡啥时候能下来？"),
            A("新卡七个工作日寄到您店里，收到以后在手机上激活就能用，卡号会换新的，绑在外卖平台上的要重新绑一下。"),
            C("美得很，那我等着。"),
            A("好的，其他还有需要办的吗？"),
            C("没了，谢谢啊。"),
            A("不客气，丢了卡头一个想到我们，谢谢您，祝面馆生意兴隆，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号"),
                       mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "as16_haidong_hualong_noodle_chef_salary_balance_read_without_check_dead_air",
        "title": "海东化隆在厦门拉面馆当师傅的客户查工资到没到、卡里还剩多少：坐席未做任何身份核验即先后报出工资到账日期和金额、卡上余额（两处）；客户问怎么每月自动给老家阿妈转钱后双方无声十秒；坐席事后讲了手机上的预约转账，完整收尾（坐席在声道一）",
        "business_type": "balance", "agent_id": "A11604", "customer_tier": "standard",
        "started_at": "2029-08-22T21:03:16", "agent_channel": 1,
        "turns": [
            A(OPENING["A11604"]),
            C("你好，我是青海海东化隆的，在厦门一个拉面馆里当拉面师傅。老板说这个月工资打过来了，你给我瞅一眼进账没。"),
            A("好的，我看一下，您这张卡十五号进来一笔工资，七千三百五十元。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出工资到账日期和金额")]),
            C("到了就好。那卡里现在一共还有多少？"),
            A("现在卡里一共是一万零五百四十元。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出卡上余额")]),
            C("好。我想以后每个月自动给老家的阿妈转两千块，手机上阿门弄呢？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？还在不在？阿门没声音了？"),
            A("在的，不好意思。您登上手机银行，点转账里面的预约转账，收款人填您阿妈的名字和卡号，金额两千，周期选每月，日子选工资到账后的那天就行。"),
            C("哦，这样啊，我晚上回去弄。"),
            A("好的。另外还有要我跑腿的事吗？"),
            C("没了，谢谢。"),
            A("不客气，谢谢师傅信得过打来问，在外面打拼注意身体，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "as17_shizuishan_renovation_wage_mistransfer_one_digit_wrong_line_dropped",
        "title": "石嘴山客户给装修师傅转三千六工钱时卡号输错一位，转到了陌生人账户；以身份证号末位往前数四个加预留手机号后四位核身；坐席说明银行不能直接划回、可发函请对方开户行联系收款人退还；客户追问对方一直不理怎么办后通话随即结束，坐席没有作答也没有结束语",
        "business_type": "transfer", "agent_id": "A11605", "customer_tier": "standard",
        "started_at": "2029-08-23T16:50:39", "agent_channel": 0,
        "turns": [
            A(OPENING["A11605"]),
            C("你好，我是石嘴山的。昨天给装修师傅转三千六的工钱，卡号输错了一位，钱转到一个不认识的人账上去了，这能要回来不？"),
            A("您是转工钱时卡号输错一位，三千六进了陌生人的账户，想要回来，对吧？这笔转错的钱，我来翻一翻，您本人先要核一核：身份证号末位往前数四个，外加留在我们这儿的手机号，末四位。"),
            C("往前数四个是八零三四，手机后四位是六六一二。"),
            A("核对过了。这笔三千六是昨天下午四点转出的，收款人姓马，钱已经进了对方在外行的账户。银行不能直接把钱划回来，要收款人点头同意才能退。"
              "我们可以帮您发函给对方的开户行，请他们联系收款人把钱退回来。"),
            C("那就麻烦你们发一下。要是那个人一直不理，也不退，那我这钱是不是就要不回来了？",
              marks=[mark("closing.abnormal_hangup", "客户追问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "as18_short_gold_card_annual_fee_call",
        "title": "客户只问金卡一年的年费，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；一般咨询，无需核身；一年三百（正确）",
        "business_type": "card", "agent_id": "A11604", "customer_tier": "standard",
        "started_at": "2029-08-24T19:41:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A11604"]),
            C("金卡一年年费多少？"),
            A("一年三百。别的还打听不？"),
            C("没了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "as19_aksu_walnut_processor_usd_prepayment_vietnam_cracking_line_wrong_arrival_no_warning",
        "title": "阿克苏做核桃加工的客户要给在广交会上认识的越南机械公司先汇四万五千美元买二手核桃破壳生产线、对方收钱后才发货；以身份证号码排在最后的四位加今年已用的购汇额度核身；只讲怎么汇，把到账时间说成十个工作日左右（知识库为一到三个工作日）；全程没有任何跨境汇款或防诈骗提示",
        "business_type": "transfer", "agent_id": "A11601", "customer_tier": "standard",
        "started_at": "2029-08-27T11:19:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A11601"]),
            C("你好，我是阿克苏的，做核桃加工。在广交会上认识了越南一家机械公司，他们有一条二手的核桃破壳生产线，谈好了四万五千美元，要我先把钱汇过去他们再发货。这个钱咋汇？"),
            A("您要给越南的机械公司汇四万五千美元买生产线，对吗？汇款之前身份要过一道：身份证号码排在最后的四位，还有您今年已经用掉了多少购汇额度。"),
            C("最后四位是一五九七，今年还没换过美元，今年的购汇额度一分没动。"),
            A("对上了。您个人每年有五万美元的购汇额度，四万五在额度以内。在手机银行里点境外汇款，填对方公司的英文名称、账号、开户银行和银行代码，用途那一栏勾上进口设备货款。"),
            C("好，钱汇过去要多少天能到？"),
            A("到账一般要十个工作日左右。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成十个工作日左右")]),
            C("哦，那还挺慢。行，下午我就去汇，早点汇过去他们早点发货。"),
            A("好的，汇出后手机上能查进度。还有需要我帮忙的吗？"),
            C("没有了，热合买提。"),
            A("不客气，核桃大哥，谢谢您拨到我这儿，祝核桃生意越做越大，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "四万五千美元先汇往境外、对方收钱后才发货，全程没有任何跨境汇款或防诈骗提示")],
    },
    {
        "call_id": "as20_luohe_workwear_shop_fake_army_purchaser_sleeping_bags_stopped_wrong_limit_music_no_notice",
        "title": "漯河开劳保服装店的客户先问手机一笔最多能转多少，坐席说成一笔十万（知识库为五万）；客户随后说自称部队采购员的人订两百套工装、要他先垫六万从指定厂家买睡袋（未用风险词的冒充军人采购诈骗）；坐席不打招呼直接播放等待音乐（回来后致谢）；坐席识破并劝阻；不涉及账户数据，无需核身；完整收尾",
        "business_type": "transfer", "agent_id": "A11602", "customer_tier": "standard",
        "started_at": "2029-08-30T15:33:21", "agent_channel": 0,
        "turns": [
            A(OPENING["A11602"]),
            C("喂，你好，俺是漯河的，开了个卖劳保服装的店。俺想问问，手机上一笔最多能转多少钱？"),
            A("手机上一回最多转出去十万块。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万（知识库），坐席说成十万")]),
            C("那够了。事情是这样子的，有个部队的采购员在俺店里订了两百套工装，说部队还要一批睡袋，得从他们指定的厂家买，叫俺先垫六万块把睡袋钱打给那个厂家，到时候连工装钱一块儿结给俺。俺寻思这单子不小。",
              marks=[mark("risk.keyword_alert", "冒充部队采购、要商户先垫钱向指定厂家付款的诈骗情形（未用风险词）")]),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户说完即播放等待音乐，坐席事先没有任何告知")]},
            A("让您等了一会儿，谢谢。我刚跟反诈那边的同事确认过了，您说的这个，是冒充部队采购的老套路：先拿一个大单子把您稳住，再让您垫钱给所谓的指定厂家，钱一打过去，采购员和厂家都找不着了。"),
            C("俺说呢，咋还得俺先垫钱。"),
            A("部队采购有正规流程，签合同、走对公账户，不会叫商户先往外垫钱买别的东西。这六万千万别转，您要是拿不准，可以拨九六一一零问一问，或者直接拨一一零。"),
            C("中，那俺不转了，这人再来俺就不接他的单了。"),
            A("这样最好。旁的还有想问的没？"),
            C("没了，谢谢恁。"),
            A("不客气，谢谢您信我们一回，祝小店生意红火，再见。"),
        ],
        "violations": [],
    },
]

HELDOUT33_SEED = 20290228
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT33_CALLS, agents=AGENTS, default_out=Path("samples/heldout33"),
                  seed=HELDOUT33_SEED, description=__doc__))
