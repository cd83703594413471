#!/usr/bin/env python3
"""Render the thirty-sixth held-out evaluation set in samples/heldout36/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never read
samples/heldout35/ or tools/make_heldout35.py (another writer's set, written at the same time), never
looked at another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, tools/README.md,
the READMEs of heldout33 and heldout34, of heldout23-32 only the passages naming their topics and
regions (and heldout32's tables of labels and calls, for the label positions to avoid),
make_heldout34.py (the machinery copied), make_samples.py, clause_overlap.py, and of
rules/bank_zh.kb.yaml only each topic's title and facts (to keep stated figures right and plant two
wrong ones, on topics other than the two that heldout33 and heldout34 planted). Every script step is worded differently from
samples/ and the other held-out generators (no clause of five characters or more is shared, in either
direction, with make_samples.py or any make_heldout*.py): other agents (A11901-A11906) with their own
openings, other verification routes (the eleventh to fourteenth ID digits (birth month and day) and the
emergency contact on file, the monthly fund auto-investment, the postcode of the statement address, the
year the account was opened, the monthly cable-TV debit, the employer on file, the card terminal's
serial number, this year's rural medical-insurance payment, the monthly car-loan repayment, the
Mainland travel permit of a Hong Kong resident and the Hong Kong district on file, the monthly pension,
the issuing authority on the back of the ID card, the last visit to a branch, the largest credit last
month, the monthly old-age allowance, the supplementary cardholder's name, the payroll day of the
customer's staff; the ID digits asked in new words), other hold, warning, disclosure and closing
phrasings, topics the heldout23-34 sets did not use and dialect-flavoured customers from cities none of
them used (Ningde, Kaiping (Jiangmen), Baoshan, Qinzhou, Fuling (Chongqing), Yingtan, Zhuzhou, Dazhou,
Huanggang, Lianyungang (Donghai), Hong Kong, Chenzhou, Fuyang, Jingzhou, Weining (Bijie), Wenchang,
Quzhou, Macau, Xuyi (Huai'an); the Yingtan, Huanggang, Chenzhou and Wenchang customers are elderly).
The layout is not heldout32-34's: no violation sits at a call number where one of those sets had the
same one; three calls are clean and two only alert (av01, av13), the agent is on channel 1 in av05 and
av14, and the risky situations are a fake credit-card "limit raise" caller after the texted code, a
child's game top-ups taken for card theft, a fake shopping-platform "membership cancellation" into a
"supervision account", a fake social-security "pension certification" caller, a credit card opened in
the customer's name, and a 150,000 private loan at two per cent a month to a cousin's friend.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms, frauds stopped by the agent,
customers who start before the agent has finished, short but complete closings.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout36.py
    /work/tts-venv/bin/python tools/make_heldout36.py --only av13_elderly_chenzhou_miner_fake_pension_certification_caller_stopped
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
#   order. av11 opens with a bare "喂，您讲。" (greeting.missing and staff_id_missing); av02 greets,
#   names the bank and offers help with no number (staff_id_missing);
# - identity: a check (ID or permit digits + one more fact on file) before any account data or
#   account action. identity.not_verified = each agent turn that discloses account data before a
#   check: av06 (three card payments read out at once; the check follows: one label), av19 (the salary
#   and then the balance, no check ever: two labels). av01 stops a fraud and touches no account data;
#   av02 is general information;
# - risk.disclosure_missing: av03 (150,000 lent at two per cent a month to a cousin's friend, nothing
#   but the limits), av04 (200,000 into a mixed wealth product sold on last year's return, no
#   disclosure at all). Warnings and disclosures in the agent's own words count (av15 wealth, av16
#   payments to farmers, av12 and av19 remittances, av01, av08 and av13 frauds);
# - risk.keyword_alert: av01 (a fake limit-raise caller, no risk word), av06 (盗刷, though it turns
#   out to be her son), av08 (被骗), av13 (a fake pension-certification caller, no risk word), av14
#   (a card opened in his name, 报警);
# - risk.elderly_fraud_advice: av10 (79, 80,000 out of a time deposit in cash for a builder), av17 (83,
#   30,000 in cash for a roofer): no advice. av07 (80) and av13 (76) carry it;
# - emotion.customer_negative: av14 (不满意, 投诉 after the silence), av20 (不满意 after a long hold).
#   av05's 我倒不是不满意你们, av15's 我也没别的办法 and av17's apology are not labelled;
# - emotion.agent_negative: av03 (with forbidden phrases), av17 (impatient with an elderly customer,
#   no taboo phrase); etiquette.forbidden_phrase: av03 (我说了不算, 你冲我嚷也没用, 自己想办法);
# - etiquette.jargon: av10 (deposit terms), av12 (foreign-exchange terms), never explained; av11's
#   结息 and av15's 业绩比较基准 / 最短持有期 are explained on the spot;
# - etiquette.interruption: av08 (1.1 s), av16 (1.0 s). In av01, av13 and av15 the customer starts
#   before the agent has finished;
# - etiquette.dead_air: av12 (10 s), av14 (10 s);
# - hold: announced holds in other words count (av07 silent, av13 music, av15 music, av20 a long
#   music one; all thanked). av04 and av09: music straight after the customer's words, no notice
#   (both thanked afterwards);
# - answer.wrong_fact: av16 (a day's mobile transfers 五十万; the facts say 200,000; the same turn's
#   single 五万 is right), av18 (a replacement card in 三个工作日; the facts say seven working days).
#   Right figures stay unlabelled (av03's 五万 / 二十万, av05's 七个工作日上下, av12's and av19's 一到三个
#   工作日, av16's 千分之五 at the counter);
# - resolution.repeated_question: av19 (how to send money to his Macau account, asked a third time);
# - closing: av09 ends with 行，下午留意短信 (closing.missing); av18 ends when the line drops right
#   after the customer's question (closing.abnormal_hangup, closing.missing); short but complete
#   closings elsewhere (av02, av06, av11);
# - handling.time_standard: av02 (a card call under the 20 s minimum), av20 (a balance enquiry over
#   the 3-minute standard: a long announced music hold);
# - etiquette.speech_rate: the agent at 1.6x (av09);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11901": {"team": "一线南组", "staff_no": "五一四六"},
    "A11902": {"team": "一线南组", "staff_no": "三八零九"},
    "A11903": {"team": "一线北组", "staff_no": "六二七一"},
    "A11904": {"team": "一线北组", "staff_no": "九零三五"},
    "A11905": {"team": "一线北组", "staff_no": "四七八二"},
    "A11906": {"team": "二线财富顾问组", "staff_no": "二零六八"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11901": "您好，恒通银行，热线坐席五一四六号在听，您要办的事尽管交代。",
    "A11902": "恒通银行，您好，三八零九号专员接线，说说您的事儿吧。",
    "A11903": "您好，恒通银行总服务台，编号六二七一，有要办的您讲一声。",
    "A11904": "您好，您拨进的是恒通银行，我的员工号九零三五，能帮上您什么？",
    "A11905": "恒通银行向您问好，热线四七八二号，您需要什么说说看。",
    "A11906": "您好，恒通银行投资理财专线，投资顾问二零六八号，手里的钱想怎么安排，跟我聊聊？",
}

HELDOUT36_CALLS = [
    {
        "call_id": "av01_ningde_croaker_farmer_fake_credit_card_limit_raise_code_stopped",
        "title": "宁德三都澳养大黄鱼的客户说有人自称信用卡中心来电，说可把额度提到十万、要他念手机短信里的六位数，他还没念（未用风险词的冒充银行套验证码诈骗）；坐席识破并劝阻，确认未念数字、未点链接，建议向反诈专线举报；客户在坐席说完前零点五秒接话（非坐席插话）；不涉及账户数据，无需核身；完整收尾",
        "business_type": "card", "agent_id": "A11901", "customer_tier": "standard",
        "started_at": "2029-11-01T09:18:42", "agent_channel": 0,
        "turns": [
            A(OPENING["A11901"]),
            C("喂，我宁德的，在三都澳海上养大黄鱼。刚刚有个人打电话来，讲他是你们信用卡中心的，讲我卡的额度可以提到十万，现在就给我办，叫我把手机收到的六位数念给他。我还没念，他讲等一下再打过来。这个是真的吗？",
              marks=[mark("risk.keyword_alert", "冒充银行以提额为由索要短信验证码的诈骗情形（未用风险词）")]),
            A("那六位数一个都别念。我们行给信用卡提额度，不会上门打电话来要短信里的数字，那串数字落到谁手里，谁就能把您卡上的钱刷走转走。您碰上的，是假扮银行的人在套您的验证码。"),
            C("哎呀，我差一点就念给伊了。", overlap=0.5),
            C("那伊等下再打过来，我要怎么讲？"),
            A("什么都不用讲，直接挂断。真想提额度，在手机银行里自己申请就行。我再跟您确认一下：您没念过任何数字，也没点过对方发来的链接，对吧？"),
            C("没有没有，链接也没点。"),
            A("那您的卡还安全。那个来电号码您记下来，打九六一一零反诈热线报一下，让他们去查。"),
            C("好，我记下来了。"),
            A("别的方面还有要我帮忙的没有？"),
            C("没了，多谢你。"),
            A("应该的，多亏您留了个心眼先来问，谢谢您抽空打进来，海上风大，出海当心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av02_short_credit_card_repaid_from_another_card_no_staff_number",
        "title": "客户问信用卡能不能用别人的卡代还，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；开场白有问候、行名和服务用语但不报工号；一般咨询，无需核身",
        "business_type": "card", "agent_id": "A11903", "customer_tier": "standard",
        "started_at": "2029-11-02T17:42:09", "agent_channel": 0,
        "turns": [
            A("恒通银行，您好，办什么您说。"),
            C("信用卡能用别人的卡帮我还吗？"),
            A("能，转进您信用卡的卡号就算还上。旁的还要问不？"),
            C("没了。"),
            A("多谢，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）"),
                       mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "av03_kaiping_diaolou_guesthouse_private_loan_rude_agent_no_warning",
        "title": "江门开平碉楼旁开民宿的客户要用手机把十五万借给表哥的朋友（月息两分的民间借贷），转了五万后转不出去；以身份证上表示生日月日的四位（第十一到第十四位）加紧急联系人姓名核身；坐席生硬推诿（我说了不算、你冲我嚷也没用、自己想办法）；客户平静分次转；单笔五万、一天二十万（正确）；全程没有任何风险提示",
        "business_type": "transfer", "agent_id": "A11902", "customer_tier": "standard",
        "started_at": "2029-11-05T14:06:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A11902"]),
            C("喂，我系江门开平嘅，屋企喺碉楼旁边开民宿。我表哥有个朋友做生意，问我借十五万，月息两分，我想今日用手机转畀佢，点知转咗五万就转唔出去啦，点解？"),
            A("您想今天用手机转十五万给表哥的朋友，转到五万就停了，是吧？动账之前，请您先过一遍身份这关：身份证上管生日月日的那四个数，再报一下您登记的紧急联系人叫什么。"),
            C("生日嗰四个数系零三二七，紧急联系人系我老公，叫关国强。"),
            A("身份对上了。刚才那笔五万已经转成功，手机上一笔最多就是五万。"),
            C("咁你帮我调高啲啦，我今日就要转晒畀佢。"),
            A("限额是系统定死的，我说了不算，你冲我嚷也没用，自己想办法分着转吧。",
              marks=[mark("etiquette.forbidden_phrase", "我说了不算、你冲我嚷也没用、自己想办法"),
                     mark("emotion.agent_negative", "生硬推诿，语气不耐烦")]),
            C("我冇嚷啊，问下都唔得咩？好啦好啦，咁我再分两次转。"),
            A("嗯，一天加起来二十万以内都能转。其余的还要问点啥？"),
            C("冇啦。"),
            A("谢谢来电，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "十五万以高息借给表哥的朋友，坐席只讲限额，全程没有任何风险提示")],
    },
    {
        "call_id": "av04_baoshan_coffee_grower_mixed_wealth_product_music_no_notice_no_disclosure",
        "title": "保山种小粒咖啡的客户卖豆得了三十多万，想拿二十万买收益高的理财；以身份证号码最末四个数字加每月基金定投扣款金额核身；客户问哪样最划算后坐席未作任何告知即播放等待音乐（回来后致谢）；推荐一款混合类理财只讲去年涨了百分之七点二、卖得最火，客户下单二十万，没有任何风险揭示",
        "business_type": "wealth", "agent_id": "A11906", "customer_tier": "VIP",
        "started_at": "2029-11-06T10:31:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A11906"]),
            C("你好，我保山的，种小粒咖啡。今年咖啡豆价钱好，卖了三十多万，想拿二十万出来买个理财产品，哪样收益高就买哪样。"),
            A("明白，二十万想找收益高些的。买之前先把身份核上：身份证号码最末四个数字，另外说一下您每个月定投的那只基金，每期扣多少钱。"),
            C("最末四个是八二四三，定投一个月扣一千块。"),
            A("核对通过。"),
            C("那你帮我瞧瞧，现在哪样最划算？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户问完坐席未作任何告知即播放等待音乐")]},
            A("谢谢您在线上等了这一阵。有一款混合类的理财，近一年涨了百分之七点二，在我们这儿卖得最火，十天开放一次，想赎随时赎。"),
            C("七点二啊，比存银行强多了。那就买二十万。"),
            A("行，二十万我给您挂上单子，您手机银行里点个确认就成交了。"),
            C("好嘞。"),
            A("钱的事还有别的想聊的吗？"),
            C("没得了，谢谢。"),
            A("不客气，也谢谢您，祝咖啡年年好收成，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "二十万买混合类理财，只讲去年收益和卖得火，没有任何风险揭示")],
    },
    {
        "call_id": "av05_qinzhou_oyster_farmer_lost_debit_card_replacement_agent_ch1_clean",
        "title": "钦州茅尾海养大蚝的客户去海鲜市场送货后发现借记卡丢了（自己说估计不是被偷），要挂失补卡；以证件号码收尾那四码加账单寄送地址邮编核身；挂失后说明补卡七个工作日上下（正确）、卡号不变货款照进；客户自己说“我倒不是不满意你们”（非负面情绪）；完整合规（坐席在声道一）",
        "business_type": "card", "agent_id": "A11904", "customer_tier": "standard",
        "started_at": "2029-11-07T11:52:16", "agent_channel": 1,
        "turns": [
            A(OPENING["A11904"]),
            C("喂，你好，我钦州的，在茅尾海养大蚝。昨天去海鲜市场送货，回来发现银行卡不见了。估计冇人偷，是我自己搞丢的，现在要怎么办？"),
            A("卡丢了，先帮您把卡锁住，再说补卡的事。锁卡之前，得先证实电话这头就是卡主：证件号码收尾那四码，还有您账单寄送地址的邮政编码。"),
            C("收尾四码系五零六八，邮编系五三五零零零。"),
            A("都对上了。这张卡我已经给您做了挂失，现在捡到的人也刷不了。补新卡要带身份证去网点办，新卡七个工作日上下能拿到。"),
            C("七个工作日啊。我倒不是不满意你们，就是担心这几天收货款不方便。"),
            A("理解。补卡期间卡号不变，别人往这个卡号打的货款照样进账，急用钱拿身份证去柜台支取。"),
            C("那就好。"),
            A("还有哪里要我帮着弄的？"),
            C("冇了，谢谢你。"),
            A("别客气，劳您专门打这通电话，谢谢，祝大蚝个个肥，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av06_fuling_zhacai_worker_game_payments_read_before_check_son_tablet",
        "title": "重庆涪陵榨菜厂上班的客户收到三条付给游戏公司的扣款短信，怀疑被盗刷；坐席未核身即报出三笔支付的时间、金额和收款方；之后以身份证号最末端那四个数字加开户年份核身，查明是绑在家中平板上的免密支付、孩子充的游戏；教她关免密、找游戏公司申请未成年人退款；简短但完整收尾",
        "business_type": "account", "agent_id": "A11905", "customer_tier": "standard",
        "started_at": "2029-11-08T16:24:38", "agent_channel": 0,
        "turns": [
            A(OPENING["A11905"]),
            C("喂，我重庆涪陵的，在榨菜厂上班。刚才手机连到收到三条短信，讲我卡上付了三笔钱给一个游戏公司，我从来不打游戏，是不是被盗刷了哦？",
              marks=[mark("risk.keyword_alert", "盗刷：怀疑卡被盗用")]),
            A("您别急，我看一下。有的，今天下午两点十分到两点二十分，一共三笔，每笔六百四十八元，收款的是一家网络游戏公司，都是从一个支付软件里付出去的。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出三笔支付的时间、金额和收款方")]),
            C("一千九百多块哦！那咋个办？"),
            A("往下处理之前，咱们先把本人核实这步做了：身份证号最末端那四个数字，另外说说您这张卡是哪一年开的户。"),
            C("最末端四个是七一三九，开户是二零一六年。"),
            A("核对通过。这三笔是在一台平板电脑上付的，那台平板开了您这张卡的免密支付。家里是不是有娃儿用平板？"),
            C("哦豁，我儿子放学回来就抱着平板，肯定是他。"),
            A("那就不是外人动了您的卡。您先在支付软件里把免密支付关掉，再给付款设一个孩子不晓得的密码。钱想要回来，可以找游戏公司的客服，说明是未成年人付的，申请退款。"),
            C("要得，我回去收拾他。"),
            A("这之外还有哪桩要我办？"),
            C("莫得了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av07_elderly_yingtan_widow_funeral_allowance_silent_hold_advice_clean",
        "title": "八十岁老年客户（鹰潭口音，老伴上月去世）问社保发的丧葬补助金到卡上没有；以身份证号码落脚的四个数加每月自动缴的有线电视费核身；告知后静音保留并致谢；补助金一万二千四百元已到；坐席用自己的话提醒冒充社保、银行索要手续费和短信数字的骗局；客户自己说“脑子不灵光了”；完整合规",
        "business_type": "account", "agent_id": "A11901", "customer_tier": "elderly",
        "started_at": "2029-11-09T09:47:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A11901"]),
            C("喂，妹子，我是鹰潭的，满八十岁了。我老伴上个月走了，社保那边讲有一笔丧葬补助金打到我卡上，我想问下到了冇。"),
            A("奶奶，您节哀。您想查社保发的丧葬补助金进卡没有，对吧？这是查您卡里的账，先要确认是奶奶本人：身份证号码落脚的四个数，再讲一下您卡上每个月自动交的有线电视费是多少。"),
            C("落脚四个数是二六五八，电视费一个月二十八块。"),
            A("对上了。我到系统里翻一翻，差不多十几秒工夫，这当中电话里听不到声音，您莫放下。"),
            {"silence": 7.0, "kind": "hold"},
            A("让您老人家干等了，谢谢。补助金前天进来了，一万二千四百元，是市里社保中心打的。"),
            C("到了就好。我脑子不灵光了，就怕搞错。"),
            A("奶奶，再跟您交代一句：这阵子有人假装社保、假装银行的人来电话，讲补助金得先掏一笔手续费，或者让您说出卡号、报手机收到的码，全是骗钱的。钱在您卡上就稳当，谁叫您转都不转，拿不准就叫儿女帮您问。"),
            C("晓得了，我不搭他们的腔。"),
            A("好。奶奶别的事还要我查吗？"),
            C("冇了，谢谢妹子。"),
            A("不客气，感谢奶奶拨过来，您多保重身体，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av08_zhuzhou_fake_shopping_platform_membership_cancel_swindled_interrupt",
        "title": "株洲客户被冒充网购平台客服的人以“误开百万保障会员、不取消影响征信”为由骗转两万六到“监管账户”（被骗）；以身份证号码尾部四码加登记的工作单位核身；坐席找出两笔转出；客户还在讲对方让她下载会议软件时坐席插话（重叠约一点一秒）；报反诈中心、劝其报案、不许诺追回，完整收尾",
        "business_type": "transfer", "agent_id": "A11903", "customer_tier": "standard",
        "started_at": "2029-11-13T13:58:20", "agent_channel": 0,
        "turns": [
            A(OPENING["A11903"]),
            C("喂，我株洲的，我可能被骗了！中午有个人讲他是网购平台的客服，讲我开了一个什么百万保障会员，每个月要扣八百，不取消就影响征信，叫我把钱先转到一个监管账户上做验证。我前后转了两笔，一共两万六，现在他电话打不通了。",
              marks=[mark("risk.keyword_alert", "被骗：冒充网购客服取消会员诈骗，已转出两万六")]),
            A("您先稳住，我们一步一步来。两笔转账我帮您找出来，先把您是不是本人落实一下：身份证号码的尾部四码，再讲一下您开户时登记的工作单位。"),
            C("尾部四码是四四零七，单位是株洲一家服装厂，叫湘江制衣。"),
            A("对上了。我看到了，今天中午十二点四十和一点零五分，头一笔一万二，第二笔一万四，收款的都是外省的个人账户。"),
            C("对，正是这两笔钱。他还讲转完会有人打电话给我退回来，又叫我下载一个会议软件，我还没来得及下他就"),
            A("那个软件千万别装。我现在把这两个收款账户报给反诈中心，请他们试着拦下来，能拦回多少要看公安查的情况，这个我不能先给您许诺。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("那我现在要做么子？"),
            A("挂了电话就去派出所报案，把来电记录、转账的截屏一并带去。往后凡是讲您开了什么会员、要您转钱去验证的，都是骗局，真正的平台客服不会叫您转一分钱。"),
            C("好，我这就去。"),
            A("眼下还有哪件事需要我跟进？"),
            C("冇了，谢谢你。"),
            A("不客气，快去报案吧，谢谢您肯拨这个号码，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av09_dazhou_beef_jerky_shop_pos_settlement_fast_agent_music_no_notice_no_closing",
        "title": "达州开灯影牛肉铺子的客户问昨天刷卡机八千多的结算款为什么没到；坐席全程以约一点六倍语速说话；以身份证号码排尾的四个数加刷卡机机具编号后四位核身；客户问钱呢后坐席未作任何告知即播放等待音乐（回来后致谢）；款项因金额大被复核、下午到；结尾只有“行，下午留意短信”，没有询问其他需求、致谢和道别",
        "business_type": "account", "agent_id": "A11902", "customer_tier": "standard",
        "started_at": "2029-11-14T11:09:47", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11902"]),
            C("喂，你好，我达州的，开了个灯影牛肉的铺子。昨天刷卡机上收了八千多，平常第二天一早就到卡上，今天到现在都没看到，啥子情况哦？"),
            A("昨天刷卡机的结算款没到，我给您查，按流程先要您证明是账户主人：身份证号码排尾的四个数，再报一下刷卡机背面机具编号的后四位。"),
            C("末尾四个是零九一五，机具编号后四位是三三七二。"),
            A("对上了。"),
            C("那钱呢？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("多谢久等。昨天有一笔八千三百六十元，金额比平常大，被系统拉去复核了，今天下午三点前会到您卡上。"),
            C("哦，那就好，下午我再看。"),
            A("行，下午留意短信。"),
            C("好嘛。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("closing.missing", "只有一句下午留意短信，没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "av10_elderly_huanggang_retiree_time_deposit_early_cash_builder_jargon_no_fraud_advice",
        "title": "七十九岁老年客户（黄冈口音）要把三年定期里的八万提前取现金付给翻修老房的包工头；以身份证号码压在最末的四个数加今年交的城乡居民医保金额核身；坐席满口存款术语（整存整取、活期挂牌利率计息、部分提前支取、原存期续存、存单质押）不解释，客户说一句都没听明白；全程没有防诈骗提醒",
        "business_type": "account", "agent_id": "A11905", "customer_tier": "elderly",
        "started_at": "2029-11-15T10:14:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A11905"]),
            C("喂，姑娘，我是黄冈的，七十九了。我存了一笔三年期的，还有大半年才到期，屋里老房子要翻修，包工头要先拿八万块现钱，我想提前取出来，划不划得来？"),
            A("爹爹好，您是想提前取三年定期里的八万块，拿现金去付翻修的钱，对吧？查您的存款，第一步先核准是不是本人：身份证号码压在最末的四个数，再讲一下您今年在卡上交的城乡居民医保是多少钱。"),
            C("最末四个数是六三零一，医保交了三百八十块。"),
            A("核对好了。您这笔是整存整取，十五万，提前支取的部分按活期挂牌利率计息，您可以办部分提前支取，剩余本金按原存期续存，也可以做存单质押贷款，不破坏原有利率。",
              marks=[mark("etiquette.jargon", "整存整取、活期挂牌利率计息、部分提前支取、原存期续存、存单质押，未向客户解释")]),
            C("你讲的这些么事么事，我一句都冇听明白。那我到底取不取得？"),
            A("取得，您带身份证去柜台，说办部分提前支取就行。"),
            C("那好，我明天叫孙子陪我去。"),
            A("嗯。爹爹除开这个还有哪样要问？"),
            C("冇得了。"),
            A("好的，多谢您肯打这个电话来问，祝爹爹健健康康，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十九岁老年客户要提前取八万现金交给包工头，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "av11_no_greeting_donghai_crystal_seller_interest_credit_explained",
        "title": "连云港东海卖水晶的客户问卡上进了三十几块、备注结息是什么钱；坐席以“喂，您讲。”接起，无问候、行名、工号（客户问了才确认是恒通）；以身份证号码末后的四位加每月车贷还款额核身；当场解释结息（活期利息每季度结一次，非术语违规）；简短但完整收尾",
        "business_type": "account", "agent_id": "A11904", "customer_tier": "standard",
        "started_at": "2029-11-16T15:33:12", "agent_channel": 0,
        "turns": [
            A("喂，您讲。"),
            C("喂？恒通的热线是吧？我连云港东海的，卖水晶的。"),
            A("对，恒通。什么事？"),
            C("我卡上今天进了三十几块钱，备注写的结息，这是么事钱？会不会是人家打错了？"),
            A("要翻您卡里的进出，照规矩先认一认您本人：身份证号码末后的四位，再讲一下您在我们行的车贷每个月还多少。"),
            C("末后四位一八零六，车贷一个月还两千九。"),
            A("对上了。这三十六块五是您活期存款的利息，银行每个季度给您算一回，二十一号打进来，这就叫结息，不是别人转的。"),
            C("哦，原来是利息，我还当是人家转错了。"),
            A("是利息，放心收着。另外的还有吗？"),
            C("没了，谢谢啊。"),
            A("也谢谢您，回见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，您讲：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "av12_hong_kong_son_hkd_remittance_mainland_care_home_jargon_dead_air",
        "title": "香港客户在深圳开了户，想每月从香港的银行汇港币过来交母亲在深圳的养老院费用；以回乡证号码最后四位加开户时留的香港住址所在区核身；坐席满口外汇术语（跨境汇入、代理行清算、现汇、结汇、个人经常项目便利化额度、真实性证明材料）不解释，客户说不太明白；一到三个工作日到账（正确）；客户问每月汇能否、要不要每次打电话后双方无声十秒；之后用自己的话提醒收款账户不要改；完整收尾",
        "business_type": "transfer", "agent_id": "A11901", "customer_tier": "standard",
        "started_at": "2029-11-19T15:05:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A11901"]),
            C("喂，你好，我系香港嘅，喺深圳你哋行开咗个户口。我阿妈住喺深圳嘅养老院，每个月要交八千蚊人民币，我想由香港嘅银行汇港币过嚟，点样做？"),
            A("您想从香港的银行把港币汇进深圳这个户口，每月交老人家养老院的费用，对吧？这要查您的户口，为稳妥起见先核您的身份：您回乡证号码的最后四位，还有开户时留的香港住址在哪个区。"),
            C("回乡证最后四位系四二零八，住址系九龙观塘。"),
            A("核对通过。港币汇入属于跨境汇入，经代理行清算入账后是现汇，用人民币要先办结汇，占用个人经常项目便利化额度，每人每年等值五万美元，超出的要提交真实性证明材料。",
              marks=[mark("etiquette.jargon", "跨境汇入、代理行清算、现汇、结汇、个人经常项目便利化额度、真实性证明材料，未向客户解释")]),
            C("你讲嘅嘢我唔系好明喔。咁一般几耐到？"),
            A("通常一到三个工作日能进您的户口。"),
            C("咁我每个月汇一次得唔得？使唔使每次打电话畀你哋？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？你仲喺唔喺度啊？"),
            A("在的，不好意思。每个月汇都行，不用打电话，钱到了会有短信。汇的时候收款人写您自己的名字和这个户口；要是有人自称银行或者养老院，说换了新的收款账号，先打养老院的座机问清楚，别照着改。"),
            C("好，明白，唔该。"),
            A("别的事还要不要我帮忙？"),
            C("冇啦，唔该晒。"),
            A("不客气，劳您拨这一趟，祝伯母身体安康，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av13_elderly_chenzhou_miner_fake_pension_certification_caller_stopped",
        "title": "七十六岁老年客户（郴州口音，退休矿工）说有人自称社保局来电，称养老金资格认证过期要停发，已让他报了卡号、还要他念短信里的数（未用风险词的冒充社保诈骗）；坐席识破并劝阻；以身份证号码最后四个号码加每月养老金金额核身后，告知后播放等待音乐并致谢，查明卡上无资金转出；用自己的话讲清认证免费、不要报卡号和短信数字、拿不准问儿女；客户在坐席说完前零点四秒接话（非坐席插话）；完整合规",
        "business_type": "account", "agent_id": "A11902", "customer_tier": "elderly",
        "started_at": "2029-11-20T09:26:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A11902"]),
            C("喂，我是郴州的，七十六了，以前在矿上做事。刚刚有个人打电话来，讲他是社保局的，讲我养老金的资格认证过期了，下个月就停发，要帮我重新认证。先叫我报了卡号，又讲等下会来条短信，叫我把里面的数念给他。卡号我已经报了，数还冇念。",
              marks=[mark("risk.keyword_alert", "冒充社保局以养老金认证为由索要卡号和短信验证码的诈骗情形（未用风险词）")]),
            A("爷爷，那串数一个都不要念。社保认证从来不要卡号，也不要短信里的数，那个人是冒充社保的。您卡号已经报出去了，我替您瞧瞧卡上的钱少没少，先走一道核身手续：身份证号码最后四个号码，再讲一下您每个月到账的养老金是多少。"),
            C("好好，我不念。", overlap=0.4),
            C("最后四个是零七二四，养老金一个月四千一百多。"),
            A("对上了。我把最近几天的进出都过一遍，需要半分钟左右，这当口听筒里会响一段音乐，您拿着电话莫挂。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("音乐停了，谢谢爷爷候着。最近几天卡上一笔钱都没有出去，余额一分没少。"),
            C("那就好，那就好。"),
            A("爷爷，我再跟您讲几句：养老金认证是免费的，用手机对着脸照一下，或者到社区去就能办，不用报卡号，更不用念短信里的数。那个人再打来，您直接挂；有拿不准的，先问问儿女，或者拨我们这条热线。"),
            C("晓得了，我记牢了。"),
            A("爷爷，其他的还有要问的不？"),
            C("冇了，谢谢姑娘。"),
            A("不客气，谢谢爷爷打来问，您老保重，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av14_fuyang_cook_credit_card_opened_in_his_name_police_dead_air_complaint_ch1",
        "title": "阜阳籍在杭州饭店掌勺的客户收到信用卡逾期短信，称从没办过这张卡、有人冒用身份证办卡，已报警；以身份证号码最末四位加身份证签发机关核身；坐席报出该卡网上申请、寄往合肥、刷了一万二；客户问要不要还、征信会不会受影响后双方无声十秒，客户不满要投诉；坐席道歉、停卡、登记冒名争议和投诉、四小时内回电、带报警回执到网点申请更正征信，完整收尾（坐席在声道一）",
        "business_type": "card", "agent_id": "A11903", "customer_tier": "standard",
        "started_at": "2029-11-21T12:37:04", "agent_channel": 1,
        "turns": [
            A(OPENING["A11903"]),
            C("喂，俺是阜阳的，在杭州饭店里掌勺。今天收到恁们的短信，讲俺一张信用卡逾期了，欠一万二，可俺从来没办过恁们的信用卡！肯定是有人冒用俺的身份证办的，俺上午已经报警了。",
              marks=[mark("risk.keyword_alert", "冒用身份证办卡、已报警")]),
            A("从没办过卡却收到逾期通知，换谁都窝火。我来查这张卡，先核对是您本人：身份证号码的最末四位，再说一下您身份证背面写的签发机关。"),
            C("最末四位三五八二，签发机关是临泉县公安局。"),
            A("对上了。这张卡是今年八月在网上申请的，用的是您的身份证信息，寄到了合肥的一个地址，一共刷了一万二千元，现在逾期两个月。"),
            C("那这一万二要俺还吗？俺的征信会不会就这么花了？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？人呢？恁这是啥态度，问个话半天不吭声，俺很不满意，俺要投诉！",
              marks=[mark("emotion.customer_negative", "很不满意、要投诉")]),
            A("真对不住您，让您干着急了，是我这边做得不好。您放心，这张卡我已经停用了，也给您登记了冒名办卡的争议，查清楚之前不会让您还这笔钱，催收也会停下。您的投诉我记上了，主管会在四个小时之内给您回电话。"),
            C("那征信咋弄？"),
            A("身份证和报警回执一起带着，到我们哪个网点都行，递交一下材料，核实以后，这张卡在征信上的记录会给您申请更正。"),
            C("中，俺明儿一早就去网点。"),
            A("好。这桩以外还有要我跟进的吗？"),
            C("没了。"),
            A("这事让您受累了，谢谢您听我把话讲完，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av15_jingzhou_fish_cake_workshop_low_risk_wealth_terms_explained_music_hold_clean",
        "title": "荆州做鱼糕作坊的客户有三十万暂时不用、想买稳一点的理财；以身份证号码的末梢四位加上一次到网点办的业务核身；告知后播放等待音乐并致谢；客户在坐席说完前零点五秒接话问业绩比较基准是什么（非坐席插话）；当场解释业绩比较基准和最短持有期（非术语违规）；用自己的话讲清不是存款、本金收益不保、可能少于投入、不受存款保险保障、过去收益不代表以后、风险等级与测评相符，建议先放十五万并读完说明书和风险揭示书；客户自己说“我也没别的办法”；完整合规",
        "business_type": "wealth", "agent_id": "A11906", "customer_tier": "VIP",
        "started_at": "2029-11-22T14:19:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A11906"]),
            C("你好，我荆州的，开了个做鱼糕的作坊。年底结了一批货款，有三十万一时半会儿用不着，想买个稳当的产品，但是我不想冒太大的险。"),
            A("三十万先不动，想要稳当一点的，对吧？请您先配合我做个本人核实：身份证号码的末梢四位，再说说上回去网点柜台，您是去办哪件事。"),
            C("末梢四位是三一七七，上回去网点是办的定期转存。"),
            A("对上了。我把合适的产品筛一遍，四十秒以内，这中间听筒里会有音乐，您听一听，别放电话。"),
            {"silence": 11.0, "kind": "hold_music"},
            A("音乐停了，有劳您陪着音乐候了这一阵。有一款低风险的理财，最短持有期九十天，业绩比较基准是年化百分之二点六到三。"),
            C("等一下，你讲的业绩比较基准是个啥？是保证给我的吗？", overlap=0.5),
            A("问得好。业绩比较基准只是产品给自己定的一个参照目标，不是承诺，实际赚多少可能高也可能低；最短持有期九十天，就是买进以后至少放满九十天才能卖出来。"),
            C("那会不会亏本？"),
            A("有可能，我先讲清楚：理财和存款不能画等号，本金和收益银行都不保，市场不景气的时候，到手的钱可能还没本钱多；存款保险那一块也保不着它；过去赚多少，说明不了以后。"
              "它评的等级是二级，属于较低风险，跟您测评的结果对得上。建议先放十五万试一试，余下的放在手边周转，签字前把产品说明书和风险揭示书都看一遍。"),
            C("那先放十五万。我也是没得法子，作坊里随时要用钱。"),
            A("好，您在手机银行里把两份文件看完再点购买。钱的安排还有想商量的吗？"),
            C("没有了，谢谢。"),
            A("别客气，感谢您看得上我们，祝鱼糕生意红火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av16_weining_potato_buyer_farmer_payments_wrong_daily_limit_interrupt",
        "title": "毕节威宁收洋芋的客户要用手机给五户农户结二十六万洋芋钱，想今天一次转完；以身份证号码尾端四个数加上月最大一笔进账核身；坐席说手机单笔五万（正确）、一天累计最多五十万（知识库为二十万）；客户还在列农户时坐席插话（重叠约一秒），插话中用自己的话提醒核对收款人、别信改账户的电话；柜台跨行千分之五（正确）",
        "business_type": "transfer", "agent_id": "A11905", "customer_tier": "standard",
        "started_at": "2029-11-26T10:48:23", "agent_channel": 0,
        "turns": [
            A(OPENING["A11905"]),
            C("喂，我毕节威宁的，收洋芋的。这几天收了五个村的洋芋，要给农户结账，一共二十六万，我想今天用手机一口气转完，转不转得了？"),
            A("您想今天用手机给农户结二十六万洋芋钱，对吧？用您的账户转，先把身份这一环扣上：身份证号码尾端四个数，再说说您上个月进账最大的一笔是多少。"),
            C("尾端四个数是八零四六，上个月最大一笔是收购站打来的十三万。"),
            A("核对通过。手机上每回顶多转五万，一天加总封顶五十万，您二十六万分几笔就能转完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成五十万；同句单笔五万正确")]),
            C("要得。那我分六笔，五户里头有一户钱多的要分两笔，张家三万八，李家"),
            A("分几笔都行，您自己排。转之前每户的名字、卡号都跟本人对一遍，转错了追回来很麻烦；要是有人打电话说替农户收钱、叫您换个账户打，先别转，当面找本人问个明白。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户还在列农户时坐席开口，重叠约一秒")]),
            C("晓得，都是熟人，卡号我当面对过的。换到柜台上转呢，收不收钱？"),
            A("柜台给别的银行转，要收千分之五的手续费；转到我们行的卡不收。"),
            C("那我还是手机上转。"),
            A("行。结账以外还有啥不明白？"),
            C("莫得了，谢谢。"),
            A("不用谢，也感谢您拨进这个号，祝洋芋卖个好价，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av17_elderly_wenchang_chicken_farmer_typhoon_roof_cash_impatient_agent_no_fraud_advice",
        "title": "八十三岁老年客户（文昌口音，养文昌鸡）台风掀了屋顶，修屋顶的师傅要三万现金，问卡里还有多少、怎么取；以身份证号码顶后头那四位数字加每月高龄补贴核身；余额四万六千多；老人说话慢，坐席不耐烦（您能不能说快一点……后头还一堆电话等着）；全程没有防诈骗提醒",
        "business_type": "account", "agent_id": "A11901", "customer_tier": "elderly",
        "started_at": "2029-11-27T16:02:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A11901"]),
            C("喂，是银行吗？我是文昌的，今年满八十三，养文昌鸡。上个月台风把我屋顶掀了，要请人修，修屋顶的师傅讲要三万块现钱，我想问问我卡里还有多少，三万块能不能取。"),
            A("阿婆，看您卡里的数，我得先弄清楚说话的是不是您本人：身份证号码顶后头那四位数字，再讲一下您卡上每个月进的那笔高龄补贴是多少。"),
            C("最后四个是一九三零，补贴一个月一百块。"),
            A("对上了。卡里有四万六千多。"),
            C("四万六啊，那我取三万，要去哪里取？要带什么东西？"),
            A("身份证和卡带上，到网点柜台上取。"),
            C("柜台啊，那我是去镇上那个，还是去县城那个？三万块要不要先讲一声？我儿子在海口，孙子又在上学，我一个人去，我"),
            A("哪个网点都行，三万不用先约。阿婆，您能不能说快一点，问题一次说完，我这边后头还一堆电话等着呢。",
              marks=[mark("emotion.agent_negative", "对说话慢的老年客户不耐烦、催促")]),
            C("哦哦，对不住，老了说话慢。那就这样吧。"),
            A("嗯。别的呢？"),
            C("无了。"),
            A("好，谢谢来电，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "八十三岁老年客户要取三万现金付给修屋顶的师傅，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "av18_quzhou_duck_head_stall_lost_credit_card_wrong_replacement_time_line_dropped",
        "title": "衢州菜市场卖鸭头的客户信用卡找不到了要挂失；以身份证号码收梢的四位加附属卡持卡人姓名核身；挂失后坐席说新卡三个工作日到手（知识库为七个工作日）；客户接着问这几天进货能不能用手机扫码付，通话随即结束，坐席没有作答也没有结束语",
        "business_type": "card", "agent_id": "A11902", "customer_tier": "standard",
        "started_at": "2029-11-28T08:44:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A11902"]),
            C("喂，我衢州的，在菜市场摆摊卖鸭头。我那张信用卡弗晓得掉哪里去了，找了一上午都没找到，要挂失。"),
            A("好，先给您挂失。核对一下：身份证号码收梢的四位，还有这张信用卡的附属卡是给谁办的，报一下名字。"),
            C("收梢四位是二七三八，附属卡是我老婆的，叫徐丽芳。"),
            A("核对无误，这张卡已经挂失，主卡和附属卡都停用了。新卡补办好寄给您，三个工作日就能到手。",
              marks=[mark("answer.wrong_fact", "挂失补卡办理时间应为七个工作日（知识库），坐席说成三个工作日")]),
            C("三天就好。那这几天我要给进货的老板付钱，能不能先用手机扫码付？",
              marks=[mark("closing.abnormal_hangup", "客户发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "av19_macau_hengqin_hotel_worker_salary_balance_no_check_asked_thrice",
        "title": "在珠海横琴上班的澳门客户问这个月工资到没到、卡里有多少，坐席从头到尾未做任何身份核验，先报出工资到账日期、金额和付款方，又报出余额；客户问怎么转两万到自己的澳门账户，坐席两次含糊其辞，客户第三次问（我问咗你三次啦），坐席道歉后才讲清手机银行跨境汇款、一到三个工作日（正确）并用自己的话提醒不要改账号；完整收尾",
        "business_type": "account", "agent_id": "A11904", "customer_tier": "standard",
        "started_at": "2029-11-29T18:11:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A11904"]),
            C("喂，你好，我系澳门嘅，喺珠海横琴返工。想问下我张卡今个月人工入咗未，仲有卡里面有几多钱？"),
            A("入了，这个月十号进来一笔一万三千六百元，付款的是横琴一家酒店管理公司。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出工资到账日期、金额和付款方")]),
            C("好。咁卡里面有几多？"),
            A("现在卡里一共四万零七百二十元。",
              marks=[mark("identity.not_verified", "未核验即说出余额")]),
            C("我想拎两万返澳门用，点样转去我澳门嘅银行户口最方便？"),
            A("这个要看您那边的银行，情况比较多。"),
            C("我澳门嗰边开户嘅银行，佢话收得人民币。咁点样转过去？"),
            A("跨境这块规定挺多的，您可以再了解了解。"),
            C("我问咗你三次啦，究竟点样先可以转过去？",
              marks=[mark("resolution.repeated_question", "怎样转到澳门账户问到第三遍仍没有答复")]),
            A("不好意思，刚才没讲清楚。您在手机银行首页上找到跨境汇款，点进那一项，收款人填您自己在澳门的户名和账号，收款行填那家银行的名称和代码，一般一到三个工作日能到。钱是汇给您自己的，要是有人冒充澳门那边的银行打电话，叫您改账号，别理他。"),
            C("明白，唔该晒。"),
            A("其余还有要我弄的吗？"),
            C("冇啦。"),
            A("谢谢您一直没挂，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "av20_xuyi_crayfish_restaurant_two_card_balance_long_music_hold_displeased",
        "title": "淮安盱眙开龙虾馆子的客户月底结账前查两张卡余额和上周转给虾塘老板的几笔（余额查询）；以证件号码靠末的四位加给员工代发工资的日子核身；告知后播放约一百七十五秒等待音乐并致谢，余额查询超过三分钟标准；客户嫌等太久，很不满意；坐席道歉并教他以后在手机上查；完整收尾",
        "business_type": "balance", "agent_id": "A11903", "customer_tier": "standard",
        "started_at": "2029-11-30T10:27:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A11903"]),
            C("你好，我淮安盱眙的，开龙虾馆子。月底要跟几个供货的结账，想查一下我两张卡上一共还有多少钱，还有上礼拜转给虾塘老板的那几笔出去了没有。"),
            A("要查两张卡的余额，再看上礼拜给虾塘老板的几笔转账，是这样吧？查之前有一道本人核验：证件号码靠末的四位，再讲一下您给店里员工代发工资，是每个月几号。"),
            C("靠末四位是六六一九，代发工资是每个月五号。"),
            A("对上了。两张卡要一笔一笔调，转账记录还得跟对方行核一下，比较费时间，大概要三分钟。这中间线上会放音乐，您拿着听筒莫挂线，我弄好马上回来。"),
            {"silence": 175.0, "kind": "hold_music"},
            A("久等了，三分钟让您一直陪着音乐，真是谢谢您。两张卡加起来十八万七千四百元。上礼拜给虾塘老板转了三笔，两万、三万五、一万八，都已经到对方账上了。"),
            C("查个余额要等三分多钟，你们这个效率，我实在不满意，下回能不能快点？",
              marks=[mark("emotion.customer_negative", "很不满意")]),
            A("让您等这么久，确实是我们慢了，对不起。下回只查余额的话，手机银行首页一点就能看到，不用等；要查转账明细，也可以在手机上的交易记录里直接翻。"),
            C("行吧，晓得了。"),
            A("两张卡以外，还想看点别的不？"),
            C("没了。"),
            A("谢谢您肯担待，祝龙虾馆天天排长队，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
]

HELDOUT36_SEED = 20290502
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT36_CALLS, agents=AGENTS, default_out=Path("samples/heldout36"),
                  seed=HELDOUT36_SEED, description=__doc__))
