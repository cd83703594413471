#!/usr/bin/env python3
"""Render the thirtieth held-out evaluation set in samples/heldout30/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or its
docs, never read any truth folder and never ran qa-toolkit (of rules/bank_zh.kb.yaml only the titles and
facts were read, to keep stated figures right and plant two wrong ones). Every script step is worded
differently from samples/ and the other held-out generators (no clause of five characters or more is
shared, in either direction, with make_samples.py or any make_heldout*.py): other agents
(A11301-A11306) with their own openings, other verification routes (the childhood name set as a
security answer, a dynamic code keyed in on the phone keypad and never spoken, the first payee in
the mobile-banking payee list, the amount of the last cash-machine withdrawal, how many cards the
customer holds with the bank, the utility company on auto-debit, the street the statements are
posted to, the customer's nickname in the app; the ID digits asked in new words, once as the
seventh to tenth digits and once as the first two and last two), other hold, warning, disclosure
and closing phrasings, topics the heldout23-29 sets did not use and dialect-flavoured customers from
regions none of them used (Suzhou, Ningbo (Xiangshan), Luzhou, Yanji, Dali, Zhanjiang, Putian,
Ordos, Xuzhou, Qiqihar, Nanchang, Xiangtan, Hefei, Baoji, Tianjin; the Suzhou, Yanji, Putian and
Baoji customers are elderly), and hard negatives (steps done in unusual words, steps not required in
that situation, an explained technical term, a customer's own 我也没办法, a neighbour's near miss,
figures right in other forms or for another channel, large transfers and remittances abroad with a
warning, a fraud stopped by the agent, a customer who starts before the agent has finished, a terse
but complete closing). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout30.py
    /work/tts-venv/bin/python tools/make_heldout30.py --only ap13_fake_class_teacher_material_fee_qr_code_stopped
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
#   order. ap09 greets, names the bank and offers help with no number (staff_id_missing); ap08 opens
#   with a bare "哦，来了，啥事儿？" (greeting.missing and staff_id_missing);
# - identity: a check (ID digits + one more fact on file, or a keyed-in dynamic code) before any
#   account data or account action. identity.not_verified = each agent turn that discloses account
#   data before a check: ap10 (a car-rental deposit refund, then the balance and a purchase, no
#   check at all), ap19 (points balance and a redemption order read out first, the check comes
#   later). General information (ap05 coins and a new account, ap20 contactless switch) needs
#   none; ap13 stops a fraud and touches no account data;
# - risk.disclosure_missing: ap11 (an infrastructure fund sold as 不会的 with no disclosure), ap18
#   (140,000 money-first to the personal card of a food-truck seller met on a second-hand site, no
#   warning). Warnings in the agent's own words count (ap02 wealth; ap03 large transfer; ap06 and
#   ap09 remittances abroad; ap13 fraud stopped);
# - risk.keyword_alert: ap12 (a ticket seller took 4,800 and blocked her: 被骗 + 报警 in one turn),
#   ap13 (a "class teacher" QR code asking for card number and PIN, told with no risk word), ap14
#   (account shown as frozen; a court freeze). A neighbour's near miss (ap06) and the agents' own
#   warnings are not alerts;
# - risk.elderly_fraud_advice: ap07 (80, co-op dividend, long hold, no advice), ap17 (82, 50,000 in
#   cash for a niece, no advice). ap01 and ap04 carry it in the agent's own words;
# - emotion.customer_negative: ap12 (angry at the bank, will complain), ap14 (will complain to the
#   regulator). The customer in ap19 who asks a third time uses no such words: not labelled;
# - etiquette.jargon: ap07 (payment-processing terms to an 80-year-old), ap11 (infrastructure-fund
#   terms), never explained; ap02's 固收加 and 净值 are explained on the spot: not jargon;
# - forbidden_phrase and agent_negative: ap15 (both labels);
# - hold: announced holds in other words count (ap02 music, ap04 silent, ap07 a long silent one,
#   ap14 silent; all thanked). ap16 and ap18: music straight after the question, no word first:
#   hold.no_notice (thanked after, so only the notice is missing);
# - etiquette.dead_air: ap10 (10 s after the balance question, the customer has to ask 还在不),
#   ap17 (11 s after the elderly customer asks how to take the cash);
# - closing: other words count; ap12 ends with a follow-up promise only: closing.missing; ap19 ends
#   with no closing; ap15 and ap18 close tersely but completely;
# - answer.wrong_fact: ap09 (a remittance to Korea 十个工作日左右; the facts say one to three working
#   days) and ap16 (a new card in 两个工作日; the facts say seven). Right figures stay unlabelled
#   (ap03 五万 / 二十万 and the counter's 百分之零点五; ap06 一到三个工作日; ap12 七天 for a new card;
#   ap18 五万 / 二十万; ap05 the documents to open an account; ap17 the cash machine's 两万);
# - etiquette.interruption: ap11 (1.1 s), ap15 (1.1 s). In ap03 the customer starts 0.5 s before
#   the agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ap19;
# - handling.time_standard: ap07 (a balance enquiry over the 3-minute standard: a 165 s announced
#   hold) and ap20 (a card call under the 20 s minimum, closed properly);
# - etiquette.speech_rate: the agent at 1.6x (ap18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11301": {"team": "一线晨组", "staff_no": "九三一五"},
    "A11302": {"team": "一线晨组", "staff_no": "二八四七"},
    "A11303": {"team": "一线星组", "staff_no": "六零五二"},
    "A11304": {"team": "一线星组", "staff_no": "一七三八"},
    "A11305": {"team": "一线星组", "staff_no": "五二六九"},
    "A11306": {"team": "二线月组", "staff_no": "八一零四"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11301": "恒通银行，您好呀，九三一五号接线员在电话这头，遇着什么麻烦，一五一十讲给我。",
    "A11302": "您好，恒通银行来电专线，今儿值班的是二八四七号，您要办啥，直说就行。",
    "A11303": "恒通银行，您好，服务编号六零五二正为您接听，哪件事想让我帮着办？",
    "A11304": "您好，恒通银行热线这边，一七三八号接的线，有什么想问的我来答。",
    "A11305": "您好，恒通银行，五二六九号坐席接通了，碰上啥难办的，讲给我听。",
    "A11306": "您好，恒通银行理财服务专线，理财师八一零四接听，在资产安排上有什么打算，我帮您参谋。",
}

HELDOUT30_CALLS = [
    {
        "call_id": "ap01_elderly_suzhou_embroidery_retiree_social_security_card_activation_clean",
        "title": "八十四岁老年客户（苏州口音）绣品厂退休，问新社保卡金融功能如何开通以便领养老金；以身份证号码倒数四个数加密保问题（小名）核身；建议到网点办理、老年人优先；用自己的话给出防冒充社保局诈骗提醒，完整合规",
        "business_type": "account", "agent_id": "A11301", "customer_tier": "elderly",
        "started_at": "2029-05-02T09:12:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11301"]),
            C("喂，小姑娘，我苏州的，今年八十四岁哉，退休前在绣品厂绣了一辈子花。社区里讲，新发的社保卡要开通啥个金融功能，养老金才好打进来，倷帮我看看阿是要弄？"),
            A("老太太您好，您是问新领的社保卡，金融那一块功能怎么开通，好让养老金进得来，对吧？"
              "这张卡挂在您名下，得把您的身份验上一验：请您念一念身份证号码倒数的四个数，再说说您当初设的密保问题，您的小名叫什么。"),
            C("倒数四个是六二零九，小名叫阿囡。"),
            A("对上了，谢谢老太太。社保卡的金融功能，您拿着社保卡和身份证，到附近哪一个恒通网点都行，柜员帮您当场开通，设一个六位数的取款密码，不收钱。"),
            C("勿要收钱就好。那我孙子讲手机上也好开，阿是真的？"),
            A("手机上也开得了，不过要刷脸，还要输好几回密码，您去网点当面办更省心；排队时跟大堂经理打声招呼，上了年纪的客户可以先办。"),
            C("好个，我礼拜一就去。"),
            A("老太太，还有一句您一定记牢：这阵子有人假扮社保局打电话，说您的社保卡出了异常要注销，叫您把钱转进什么监管账户，"
              "或者叫您报卡号、报短信里那串数字，都是下套的。社保局和银行都不会这样来电。碰到了直接挂断，等孙子回来跟他商量，或者自己走到网点来问。"),
            C("晓得哉，晓得哉，我不睬俚笃。"),
            A("您还有啥别的想问我的吗？"),
            C("呒啥哉，谢谢倷小姑娘。"),
            A("不用谢，老太太，多谢您特意打来问，祝您福寿绵长，我们再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap02_ningbo_xiangshan_fishing_net_factory_wealth_music_hold_clean",
        "title": "宁波象山织渔网厂客户有四十万一年内不用想买理财，以身份证号码最后四位（带X念叉）加电话按键输入动态码（不念出）核身；告知后播放等待音乐并致谢；坐席解释固收加、净值（已解释，非术语违规），用自己的话讲清不是存款、不保本不保收益、净值会跌可能少拿、过往收益不代表将来、十八个月封闭、不在存款保险范围，建议只投十五万并读完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A11306", "customer_tier": "VIP",
        "started_at": "2029-05-03T10:30:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11306"]),
            C("侬好，我是宁波象山的，屋里开了个织渔网的厂，今年网片卖得交关好，攒下四十万，想放在理财里，一年之内用不着。"),
            A("您厂里今年网片卖得旺，有四十万一年里不动，想找个理财放着，我这么说没错吧？"
              "看产品之前，要认一认是不是您：身份证号码最后四位请念一下，末位是字母的话就念叉；另外我往您预留的手机发了一个动态码，请在电话按键上按进去，不用念出来。"),
            C("最后四位三零七叉。好，码已经按好了。"),
            A("身份和动态码都核对通过。我去把您风险测评的结果调出来，再对一对眼下在售的产品，要用十来秒，这段时间电话里放一小段音乐，您别放下听筒。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("曲子停了，辛苦您听了这一阵。您的测评落在稳健那一档，能买的是一款十八个月的固收加产品。固收加，意思是拿债券打底，再加一小部分股票博一点收益。"),
            C("本钿会亏脱伐？"),
            A("我跟您交底：理财跟存款不是一回事，银行不担保本金，也不担保收益；净值就是每一份值多少钱，它天天在变，股市差的时候会往下走，赎回时拿到手的可能比投进去的少；"
              "宣传页上那几年的收益只说明过去，往后挣多挣少谁也打不了包票；这一款十八个月封闭，这期间钱是锁住的；存款保险那份保障它沾不上。"),
            C("讲得清爽。那我不全部放进去。"),
            A("我建议先放十五万，剩下的留着厂里买原料周转。真要下单时，屏幕上会跳出说明书和风险揭示书两份文件，您从头看到尾，确认看懂了再签。"),
            C("好个，就十五万，我夜里看完再点。"),
            A("行，您看完再定。理财以外，其他事要不要顺手一起办？"),
            C("嘸没了。"),
            A("多谢您今天的信任，祝厂里网片订单接不完，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap03_luzhou_oil_paper_umbrella_workshop_bamboo_tung_oil_transfer_clean",
        "title": "泸州分水做油纸伞的客户要付贵州合作社十六万买楠竹和桐油，以身份证号码结末四位加手机银行常用收款人第一位核身；手机银行一笔五万、一天二十万（正确），柜台跨行百分之零点五（另一渠道，正确）；客户在坐席说完前零点五秒接话（非坐席插话）；坐席用自己的话做大额转账提醒；客户自己说“我也没办法”（非坐席禁语），完整合规",
        "business_type": "transfer", "agent_id": "A11302", "customer_tier": "standard",
        "started_at": "2029-05-06T14:20:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A11302"]),
            C("喂，你好，我是泸州分水的，屋头做油纸伞，要给贵州一个合作社付十六万，买楠竹和桐油，手机上咋个转嘛？"),
            A("您做油纸伞，要给贵州的合作社付十六万材料款，打算在手机上转，我听得没走偏吧？"
              "钱数不小，本人这一关要过：请讲身份证号码结末的四位，再说说手机银行常用收款人里头，排第一个的是哪个。"),
            C("结末四位六九一八，排第一个的是我幺妹。"),
            A("核对通过。手机上转，每一次最多走五万块，一天里头总共二十万，十六万掰成四趟，今天就转得完。"
              "要是到柜台跨行转，手续费按转账金额的百分之零点五收。"),
            C("晓不得还有这么多名堂，要得，那我就在手机上分四笔付。", overlap=0.5),
            A("付之前有几件事您留个心：收款方要是合作社自己的对公账户，户名跟合同上盖的章一个字都不能差；"
              "如果有人临时发消息说换了账号，或者叫您打到私人卡上，先停下来，拨合作社的座机问个明白；第一次打交道，头一回只付个订钱，竹子桐油到了、验过货再付剩下的。"),
            C("你说得对，我先付六万，货到了再付十万。分水这边离网点远，我也没得法子天天跑，手机上办正好。"),
            A("这样安排稳当。旁的事还要我搭把手不？"),
            C("莫得了，谢谢。"),
            A("难为您专程来问，祝您的油纸伞越卖越俏，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap04_elderly_yanji_korean_grandmother_reserved_mobile_change_silent_hold_clean",
        "title": "七十八岁朝鲜族老年客户（延吉口音），卡上预留的是在韩国打工的儿子的旧手机号，收不到短信，想改预留号码；以身份证号码最后面四个数加最近一次取款机取款金额核身；告知后静音保留并致谢；说明须本人到网点改；用自己的话给出防诈骗提醒（远程改号、冒充儿子要钱），完整合规",
        "business_type": "account", "agent_id": "A11303", "customer_tier": "elderly",
        "started_at": "2029-05-07T09:48:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A11303"]),
            C("喂，你好啊，我是延吉的，朝鲜族，虚岁七十八啦。我儿子在韩国打工，原先卡上留的是他的手机号，现在他换号了，短信我一条也收不着，这可咋整？"),
            A("阿妈妮您好，您是说卡上预留的是儿子原来的手机号，他换了号，现在一条短信都来不了，想把预留号码改过来，是这样吧？"
              "改之前我先确认是您本人：请您讲一下身份证号码最后面四个数，还有您上回在取款机取的钱数。"),
            C("最后面四个是五一四六，上礼拜在取款机取了一千。"),
            A("对上了。我去系统里看看这张卡眼下绑的是哪个号，电话里会静一小会儿，阿妈妮您拿着电话别挂。"),
            {"silence": 6.5, "kind": "hold"},
            A("阿妈妮，我回来了，让您久候啦。卡上留的确实是一个已经停用的号码。预留手机号要本人带着身份证和这张卡到网点改，电话里改不了，改成您自己眼下用的号码最稳当。"),
            C("那改成我自己的手机号也行啊？贼好，我明天让孙女陪我去。"),
            A("对，改成您自己的号，往后取钱、进钱都有短信告诉您。阿妈妮，我还要嘱咐您一句：要是有人打电话说帮您远程改号码，叫您报卡号、密码，或者报短信上的码，那肯定是冒充的；"
              "还有人会装成您儿子，说在韩国出了事急着要钱，先别转，先给儿子本人打个电话问一问。"),
            C("嗯，记住了，你们这孩子想得真周到。"),
            A("阿妈妮，还有哪儿不明白的？"),
            C("没了没了。"),
            A("那好，谢谢阿妈妮打电话来，祝您和孙女都平平安安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap05_dali_bai_tie_dye_workshop_coin_exchange_apprentice_account_info_clean",
        "title": "大理周城白族扎染坊客户问两罐硬币能否兑换纸币、新来的十七岁学徒开卡要带什么（一般业务咨询，坐席说明不动账户无需核身）；硬币兑换不收费、提前预约；开户需本人有效身份证件和本人手机（正确），完整合规",
        "business_type": "account", "agent_id": "A11304", "customer_tier": "standard",
        "started_at": "2029-05-08T15:05:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A11304"]),
            C("你好，我是大理周城的，白族，家里开扎染坊。游客买小东西找补，攒下来两大罐硬币，怕有好几千个，格能拿到你们银行换成整钱？"),
            A("您攒了两罐硬币，想到银行换成纸币，是吧？这个属于一般咨询，不动您的账户，这种不用验您的身份。"
              "硬币可以拿到网点兑换，不收费；要是硬币太多，最好提前一天给网点打个电话，让他们把清点的机器备好。"),
            C("得呢。还有，我坊里新来个学徒，十七岁，想开张卡领工钱，要带哪样？"),
            A("开户要带本人有效身份证件，还有本人在用的手机，号码得是他自己名下的；要他本人到网点，别人替不了。他还没满十八岁，最好让家长陪着一块来。"),
            C("他那个身份证刚换的，格要紧？"),
            A("只要在有效期里头就行，新换的更好。"),
            C("好呢，么我明天拎着硬币，带上他一起去。"),
            A("行，罐子不用拆开，网点有专门点硬币的机器。您另外还有想问的吗？"),
            C("没有了，多谢多谢。"),
            A("不客气，感谢您打来问这一趟，祝扎染坊生意越做越红火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap06_zhanjiang_prawn_hatchery_usd_remittance_thailand_broodstock_clean",
        "title": "湛江对虾苗场客户要汇一万八千美元到泰国买亲虾，以身份证号码后头四个数加对账单寄送街道核身；一到三个工作日到账（正确）；坐席用自己的话做跨境汇款风险提示（突然换账户、私人或别国账户、按合同电话核实、出境难追回）；客户提到邻村阿哥差点上当（他人经历，非报案），完整合规",
        "business_type": "transfer", "agent_id": "A11305", "customer_tier": "standard",
        "started_at": "2029-05-09T11:18:46", "agent_channel": 0,
        "turns": [
            A(OPENING["A11305"]),
            C("喂，你好，我系湛江的，屋企搞对虾苗场，要从泰国进一批亲虾，得汇一万八千美金过去，要搞乜嘢手续？"),
            A("您家虾苗场要从泰国进亲虾，要汇一万八千美元过去，想问问办法，对吧？"
              "买外汇会占您个人一年的额度，身份得先验一验：请念一下身份证号码后头四个数，再讲讲您的对账单寄到哪条街。"),
            C("后头四个零九三七，对账单寄去霞山的海滨大道。"),
            A("核对通过。手机银行首页有跨境汇款，收款人照合同填泰国那家公司的英文全名、账号和收款行代码，用途勾选货物贸易。"),
            C("咁钱几耐先到泰国？我要同佢讲定发货日子。"),
            A("一般一到三个工作日到账，碰上泰国那边放假会晚一点。有件事得给您提个醒：跨境付款最常见的圈套，是对方忽然发邮件或者发消息，说收钱的户头换了，甚至换成私人账户、换到别的国家；"
              "遇到这种情况，一定先打合同上留的电话，跟对方老板本人确认，别照着新账号汇；钱一出境，想追回来就非常难。"),
            C("好彩你讲咗，隔篱村个阿哥上次就差啲中招，好在佢打电话问过。我照合同嘅账户汇。"),
            A("这么办最踏实。您看还有啥要问的？"),
            C("冇了，唔该。"),
            A("感激您打过来，祝虾苗场今年出苗又多又壮，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap07_elderly_putian_longan_farmer_coop_dividend_long_hold_jargon_no_fraud_advice",
        "title": "八十岁老年客户（莆田口音）种龙眼，查合作社分红是否到账、有多少，以身份证号码收尾倒数四个数加名下卡片张数核身；告知后静音保留一百六十五秒并致谢（余额查询超过三分钟标准）；答复时满口术语（批量代付、日终批处理、贷记入账、跨行清算在途、摘要代码）不解释；全程无防诈骗提醒",
        "business_type": "balance", "agent_id": "A11301", "customer_tier": "elderly",
        "started_at": "2029-05-10T09:35:20", "agent_channel": 0,
        "turns": [
            A(OPENING["A11301"]),
            C("喂，阿妹，我是莆田的，八十岁了，种龙眼的。村里龙眼合作社讲年底分红打到卡上了，汝帮我查查到了伓，有几多钱？"),
            A("阿伯您好，您想查合作社的分红到没到、有多少钱，对吧？查之前要把身份对上号：请讲一下身份证号码收尾倒数的四个数，再说说您在我们行名下一共有几张卡。"),
            C("倒数四个二八七一，卡就两张。"),
            A("核对好了。合作社那边是分批打款的，我要到后台一批一批对过去，工夫要长一些，估计三分钟上下，电话这头会静下来，阿伯您听筒别放下，查到了就回来跟您讲。"),
            {"silence": 165.0, "kind": "hold"},
            A("阿伯，让您干等这么久，过意不去，多谢您一直在线上。查到了：这笔分红走的是合作社的批量代付，日终批处理以后贷记入账，跨行清算在途一天，摘要代码是分红，五月九号到账，四千二百六十元。",
              marks=[mark("etiquette.jargon", "批量代付、日终批处理、贷记入账、跨行清算在途、摘要代码，对八十岁客户未作解释")]),
            C("汝讲的什么代付、在途，阿伯伓知，就问钱到了伓？"),
            A("到了，四千二百六十元，钱已经到您卡上。"),
            C("到了就好，我过两天去取一千给孙子交学费。"),
            A("好的，您带卡去网点或者用取款机都能取。阿伯还有别的要查的吗？"),
            C("无了，多谢阿妹。"),
            A("不客气，多亏阿伯打来问，祝您龙眼年年丰收，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额（分红到账）查询超过三分钟标准"),
                       mark("risk.elderly_fraud_advice", "八十岁老年客户查分红并打算取现，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "ap08_no_greeting_ordos_cashmere_shop_gas_bill_auto_debit",
        "title": "鄂尔多斯开羊绒衫店的客户问燃气费代扣为何失败；坐席以“哦，来了，啥事儿？”接起，无问候、行名、工号、服务用语；以身份证号码最后往前数四个加代扣的燃气公司名称核身，其余流程合规",
        "business_type": "account", "agent_id": "A11302", "customer_tier": "standard",
        "started_at": "2029-05-13T08:40:02", "agent_channel": 0,
        "turns": [
            A("哦，来了，啥事儿？"),
            C("喂，你们是恒通银行不？我鄂尔多斯的，开了个羊绒衫店。燃气公司说我这个月的燃气费没扣成，要给我停气，我卡上明明有钱，这是咋闹的？"),
            A("是恒通。要查扣款，得先核对一下：身份证号码打最后往前数的四个数，还有您这张卡每个月代扣的是哪家燃气公司。"),
            C("最后四个七三零八，燃气公司是市里的天然气公司。"),
            A("对上了。五月十号那笔三百二十元的燃气费，扣的时候卡里可用的钱不够，当天没扣成。您十一号才存进去两千，系统要到十五号再扣一回。"),
            C("哎呀，原来是晚存了一天。那要是十五号之前就给停了咋闹？"),
            A("您也可以现在就在手机银行的生活缴费里手动交上，交完燃气公司那边当天就能看到。"),
            C("那我快些儿在手机上交了，省得停气。"),
            A("好的。另外还查啥不？"),
            C("没甚了。"),
            A("好，谢谢您，劳您打来一趟，祝店里羊绒衫卖得好，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了哦，来了，啥事儿：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ap09_no_staff_number_xuzhou_pizhou_garlic_packer_won_remittance_wrong_time",
        "title": "徐州邳州做大蒜包装的客户要汇韩元给韩国厂家买剥蒜机，开场白有问候、行名和服务用语但不报工号；以身份证号码最后四个号子加手机银行昵称核身；把跨境汇款到账时间说成十个工作日左右（知识库为一到三个工作日）；坐席做了跨境汇款风险提示",
        "business_type": "transfer", "agent_id": "A11305", "customer_tier": "standard",
        "started_at": "2029-05-14T16:02:37", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，有需要我帮您办的，请直接说。"),
            C("你好，俺是徐州邳州的，做大蒜分拣包装，要从韩国一家厂子买台剥蒜机，得汇两千二百万韩元过去，俺想问问多长时间能到。"),
            A("您要给韩国的厂家汇两千二百万韩元买剥蒜机，想知道多久能到，对吧？汇款占您个人的年度购汇额度，先过一道身份核验：身份证号码最后四个号子请报一下，再说说您手机银行里起的昵称。"),
            C("最后四个四零六二，昵称叫老彭。"),
            A("核对无误。汇款在手机银行的跨境汇款里办，收款账户照合同上那家厂子的英文名称和账号填。钱出去之后，一般要十个工作日左右才能到对方账上。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成十个工作日左右")]),
            C("乖乖，要这么久？那俺得早点汇。"),
            A("对，早些办更保险。还有个事要叮嘱您：跟国外做生意，常有人冒充厂家发邮件，说付款的账号变了，或者叫您把钱打到业务员个人名下能便宜点，这些都别信；"
              "以合同上的公司账户为准，拿不准先打合同上的电话问厂家本人，钱出了国就很难往回追了。"),
            C("管，俺记下了，俺白上那个当。就照合同上的账户汇。"),
            A("好的。除了汇款还有要办的没？"),
            C("没了。"),
            A("那就这样，多谢您问到我这儿，祝您大蒜卖个好价钱，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ap10_qiqihar_car_rental_deposit_refund_no_identity_dead_air",
        "title": "齐齐哈尔客户查扎龙租车押金退款，坐席未做任何身份核验即说出到账时间、金额、付款方和附言；客户问余额后双方无声十秒，客户追问“还在不”；坐席又未核验即报出可用余额和一笔加油消费（坐席在声道一）",
        "business_type": "account", "agent_id": "A11303", "customer_tier": "standard",
        "started_at": "2029-05-15T17:44:09", "agent_channel": 1,
        "turns": [
            A(OPENING["A11303"]),
            C("喂，我是齐齐哈尔的，上礼拜去扎龙看丹顶鹤租了辆车，押金五千，车行说昨儿个退回来了，你帮我瞅瞅到没到？"),
            A("到了，昨天下午两点十分，一家汽车租赁公司退回五千元，附言是押金退还。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出押金退款的到账时间、金额、付款方和附言")]),
            C("那行。那我卡上眼下还剩几个钱？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？还在不？"),
            A("在的，刚才系统慢了点。您卡里可用余额一万三千四百八十元，今天上午还有一笔八十六元的加油消费。",
              marks=[mark("identity.not_verified", "未核验身份即报出可用余额和近期消费")]),
            C("贼拉好，这下心里托底了。"),
            A("另外还想查点啥？"),
            C("没了。"),
            A("好的，感谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap11_dance_studio_owner_infrastructure_fund_jargon_interrupt_no_disclosure",
        "title": "开少儿舞蹈工作室的客户有三十万想了解买高速公路的基金，以身份证号码第七到第十位加电话按键输入动态码核身；坐席介绍公募不动产投资信托基金满口术语（底层资产、现金分派率、资本化率、二级市场溢价率、扩募、经营权类、无偿移交）；客户问万一车流少会不会亏时坐席插话说不会的，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A11306", "customer_tier": "VIP",
        "started_at": "2029-05-16T10:25:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A11306"]),
            C("你好，我开了个少儿舞蹈培训的工作室，这两年攒了三十万，听朋友说有一种买高速公路、产业园的基金，收益挺稳，想摸摸底。"),
            A("您说的是公募不动产投资信托基金。先做个身份核验：请报身份证号码的第七位到第十位，再在电话按键上输入刚发给您的动态码。"),
            C("第七到第十位是一九八七。码输好了。"),
            A("核对通过。这类基金的底层资产是高速公路收费权，现金分派率四点五左右，资本化率比较稳，眼下二级市场溢价率不高，明年还有扩募预期，属于经营权类，期满资产要无偿移交。",
              marks=[mark("etiquette.jargon", "底层资产、现金分派率、资本化率、二级市场溢价率、扩募、经营权类、无偿移交，未向客户解释")]),
            C("分派率、溢价率这些我不太懂，我只关心一件事，万一高速上车流少了，我这三十万会不会"),
            A("不会的不会的，高速上车子每天都在跑，收费一直稳，收益比存定期高，您放心买。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在提问时坐席开口，重叠约一点一秒")]),
            C("那好吧，三十万都买这个。"),
            A("好的，三十万已经给您下单了。还要办点别的吗？"),
            C("没了，谢谢。"),
            A("谢谢您，祝工作室招生满满，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单三十万元不动产投资信托基金，客户问会不会亏时坐席说不会的、收益比定期高，未做任何风险揭示")],
    },
    {
        "call_id": "ap12_nanchang_concert_ticket_resale_swindled_police_angry_no_closing",
        "title": "南昌客户网上找人买演唱会门票，先转四千八后被拉黑，被骗并已报警；坐席以身份证号码尾巴梢四个数加对账单寄送街道核身，登记涉诈、报送反诈中心；客户怪银行不提醒、扬言投诉，坐席共情并登记投诉；新卡差不多七天（正确）；最后只说“那我先把登记的事办了，有消息再联系您。”，无询问、致谢、道别",
        "business_type": "complaint", "agent_id": "A11304", "customer_tier": "standard",
        "started_at": "2029-05-17T21:06:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11304"]),
            C("喂，我是南昌的，我在网上找人买演唱会的票，对方说先转钱再发票，我转了四千八，转完人就把我拉黑了，我被骗了！我已经去派出所报了警。",
              marks=[mark("risk.keyword_alert", "买票先转钱被拉黑：被骗、报警")]),
            A("您先别慌，钱的事我立刻给您办。先验证一下您的身份：请报身份证号码尾巴梢的四个数，再说说您的对账单寄到哪条路。"),
            C("尾巴梢四个数三八一六，对账单寄到红谷滩的丰和路。"),
            A("核对无误。那笔四千八是昨晚九点二十转出去的，对方是个人账户，我这边已经给这笔交易登记了涉诈，同时把对方账户报给反诈中心，配合警方处理。"),
            C("你们银行怎么回事，四千八不是小数，转给骗子，连个提醒都冇，我甲恼火，我非得投诉不可！",
              marks=[mark("emotion.customer_negative", "怪银行不提醒、扬言投诉：不满、投诉")]),
            A("您这么生气我完全理解，碰上这种事谁心里都窝火。投诉我这就给您登记，两个工作日内会有专人回您电话。钱追得回追不回，要看警方那边的进度，您把报案回执收好。"),
            C("那我这张卡要不要换？"),
            A("对方没有拿到您的卡号密码，这张卡可以照常用；不放心的话可以到网点换一张，新卡差不多七天寄到。"),
            C("么哩嘛，真倒霉。"),
            A("那我先把登记的事办了，有消息再联系您。"),
        ],
        "violations": [mark("closing.missing", "坐席只说有消息再联系：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ap13_fake_class_teacher_material_fee_qr_code_stopped",
        "title": "客户孩子班级群里“班主任”发二维码收教辅资料费一千二，页面要填卡号和密码，客户来电问这样交安不安全（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：别输卡号密码、学校不在群里收钱、头像能冒用、打班主任电话核实、提醒其他家长、输过密码就改密码、少了钱报案；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A11305", "customer_tier": "standard",
        "started_at": "2029-05-20T12:40:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A11305"]),
            C("你好，有件事拿不准。孩子班级群里，班主任刚发了个通知，说下学期的教辅资料费每人一千二，让家长扫他发的二维码交，还说中午十二点半以前交齐。我扫了码，页面要我填卡号和密码，想请教这样交安全不？",
              marks=[mark("risk.keyword_alert", "群里冒充班主任发二维码收费、索要卡号和密码：诈骗话术")]),
            A("您手先别动，卡号和密码一个都别输。学校收费都走教育部门统一的缴费平台，不会让班主任在群里发个人二维码收钱，更不会叫您在页面上填银行卡密码。"
              "这种多半是有人混进群里，换上班主任的头像和名字冒充的。"),
            C("啊？那个头像和名字跟班主任一模一样啊。"),
            A("头像和昵称谁都能改得一模一样。您直接打班主任本人的电话，或者问问别的家长、到学校当面核实；群里那条通知，最好也提醒其他家长先别扫。"
              "要是已经输过密码，马上把密码改掉；要是卡里的数目不对，就打反诈专线九六一一零，然后到派出所去报个案。"),
            C("还好还好，我还没输密码。我这就给班主任打电话。"),
            A("您这一步问得真及时。旁的事还要我搭手不？"),
            C("没了，谢谢你。"),
            A("不客气，祝娃娃学业顺利，您一家都平安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap14_xiangtan_betel_nut_wholesaler_court_freeze_angry_silent_hold",
        "title": "湘潭做槟榔批发的客户进货时手机银行显示账户被冻结，扬言向金融监管局投诉；坐席共情担责，以身份证号码压底四位加名下卡片张数核身，告知后静音保留并致谢，查明是法院协助执行冻结二十万（买卖合同纠纷），其余可用，说明须联系法院解除并致歉",
        "business_type": "complaint", "agent_id": "A11303", "customer_tier": "standard",
        "started_at": "2029-05-21T10:55:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A11303"]),
            C("喂，我是湘潭的，做槟榔批发。我今天去进货，卡里三十多万一分都转不出来，手机银行显示账户被冻结了，这是何解啰？",
              marks=[mark("risk.keyword_alert", "账户被冻结、货款转不出：冻结资金")]),
            A("货款转不出去，耽误进货，您心里肯定急。这事我来帮您查清楚。先核对本人：请讲身份证号码压底的四位，再说一下您名下在我们行有几张卡。"),
            C("压底四位一九五零，就这一张。你们也不打个招呼，说冻就冻，搞得我在货主面前一点面子都冇得，你们银行就是这么做事的？我要去金融监管局投诉！",
              marks=[mark("emotion.customer_negative", "质问银行、扬言投诉：不满、投诉")]),
            A("核对好了。让您在货主面前为难，这回是我们的不是。我这就去调冻结的登记信息，中间没有声音，估计半分钟，您先别挂线。"),
            {"silence": 7.0, "kind": "hold"},
            A("劳您久候，多谢。查清楚了：这是湘潭一家法院发来的协助执行通知，冻结了二十万，案由是一笔买卖合同纠纷，不是我们银行自己冻的；冻结以外的十来万还能照常用。"),
            C("法院？哦，是去年那个供货商跟我扯皮的事。那要怎么解开？"),
            A("法院冻结的，银行没有权限解，要您去联系承办的法院；结了案或者提供担保，法院发解除通知过来，我们当天就给您解。"
              "事先没能提醒到您，给您添了堵，非常抱歉。法院的名称和案号我用短信发给您。"),
            C("那好咯，我去找律师。"),
            A("好的。您还有其他要我帮您查的吗？"),
            C("冇得了。"),
            A("感谢您听我讲完，祝您的事早点了结，生意顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap15_online_banking_key_certificate_fee_interrupt_rebuff",
        "title": "客户网银盾提示证书过期，问换新盾是否收费；坐席在客户陈述未完时插话一次，客户请求减免时以“这事跟我讲没用，我就是个接电话的，收不收钱不归我定，您爱换不换”推诿；客户语气平和未表达不满；之后说明可在手机银行更新证书；简短但完整收尾",
        "business_type": "account", "agent_id": "A11304", "customer_tier": "standard",
        "started_at": "2029-05-22T14:28:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11304"]),
            C("你好，我那个网银盾插到电脑上一直提示证书过期，我想问问换一个新的要不要钱，我记得以前是免费换的，后来好像又改成"),
            A("换要收费，四十元，到网点去换。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("可我是老客户了，证书到期又不是我弄坏的，能不能帮我申请免掉这个钱？"),
            A("这事跟我讲没用，我就是个接电话的，收不收钱不归我定，您爱换不换。",
              marks=[mark("etiquette.forbidden_phrase", "这事跟我讲没用、不归我定、您爱换不换：推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("好吧，那我自己去网点问问。"),
            A("证书过期的话，也可以在手机银行里直接更新证书，不一定要换盾。"),
            C("哦，那我回去先试试。"),
            A("还有事吗？"),
            C("没了。"),
            A("嗯，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap16_hefei_card_snapped_in_back_pocket_wrong_time_music_no_notice",
        "title": "合肥客户把卡揣在裤子后口袋坐断了，要补卡；以身份证号码头两位和末两位加最近一次取款机取款金额核身；客户问新卡多久寄到后直接进入九秒等待音乐、坐席未告知，之后致谢；把补卡时间说成两个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A11301", "customer_tier": "standard",
        "started_at": "2029-05-23T13:15:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A11301"]),
            C("喂，我合肥的，乖乖隆地咚，我把卡揣在裤子后头口袋里，一屁股坐下去，卡断成两截了，怎搞的这么不经坐，我想补一张。"),
            A("卡断成两截了，想补张新的，明白。补卡先核本人：请您报身份证号码的头两位和末两位，再说一下您最近一次在取款机取了多少。"),
            C("头两位三四，末两位七二，上回取了五百。"),
            A("核对通过。我先把这张断掉的旧卡停了，再给您申请补一张，卡号不变。"),
            C("那新卡多长时间能寄到？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您听着音乐等这一会儿。补发的新卡两个工作日就能寄到您家。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成两个工作日")]),
            C("那得味，那我就在家等着。"),
            A("收到以后在手机银行激活就能用。您另外还有需要吗？"),
            C("没有了，谢谢。"),
            A("不客气，感激您来电，新卡往前边口袋里放，祝您日子顺风顺水，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ap17_elderly_baoji_niece_noodle_shop_cash_dead_air",
        "title": "八十二岁老年客户（宝鸡口音）想取五万现金借给侄女开擀面皮店，以身份证号码最末四个号子加密保问题（小名）核身；客户问现金怎么取后双方无声十一秒；取款机每天两万（另一渠道）；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A11305", "customer_tier": "elderly",
        "started_at": "2029-05-24T09:20:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11305"]),
            C("喂，女子，额是宝鸡的，八十二岁咧。额侄女子要在城里开个擀面皮店，问额借五万块钱，额想从卡上取现钱给她，钱凑不凑得齐？"),
            A("大娘您好，您想看看卡里的钱够用不，要取五万现金借给侄女开店，对吧？查之前核对一下是您本人：请讲身份证最后边那四个号子，再说说您当初设的密保问题，您的小名叫啥。"),
            C("最末四个是零八一三，小名叫二女。"),
            A("核对上了。您卡上活期一共六万二千元，五万取得出来。"),
            C("那这五万块现钱，额咋咧取？额腿不好，嫑让额跑冤枉路。"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十一秒，坐席未作任何告知")]},
            A("取款机一天只能吐出两万，五万要到柜台取，钱数大，您提前一天给网点打个电话约一下。"),
            C("那额叫娃他爸开车拉额去。"),
            A("好的。大娘另外还想问点啥？"),
            C("没咧，女子。"),
            A("好，谢谢大娘打电话来，祝您身体康健，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十二岁老年客户打算取五万现金借给亲戚，坐席全程未给任何防诈骗提醒（如冒充亲属、陌生人索要转账或密码）")],
    },
    {
        "call_id": "ap18_fast_agent_tianjin_jianbing_stall_used_food_truck_money_first_no_warning",
        "title": "坐席语速过快（约一点六倍）；天津摆煎饼果子摊的客户要把十四万先打到二手网站上认识、人在外地的餐车卖家个人卡上；以身份证号码倒数四个加常用收款人第一位核身；一笔五万、一天二十万（正确）；客户问怎么知道对方收到后直接进入等待音乐、坐席未告知（之后致谢）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A11302", "customer_tier": "standard",
        "started_at": "2029-05-27T15:33:10", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11302"]),
            C("您好，我是天津的，摆煎饼果子摊儿的，在二手网站上看中一辆餐车，卖车的人在河北，要我先把十四万转进他私人的卡，他再找物流把车运过来，我想问问手机上怎么转。"),
            A("好的，先核身，身份证号码倒数四个，再加上手机银行常用收款人的第一位。"),
            C("倒数四个二五四九，第一位是我媳妇儿。"),
            A("核对好了。单次封顶五万，一天累起来不超二十万，十四万拆三回，收款人填卖家给的卡号就行，今天能到。"),
            C("您了嘴皮子太利索，跟说快板儿似的。那转完以后，我怎么知道他收着了？"),
            {"silence": 8.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您等。转完您手机会收到扣款短信，卖家那边收到了让他截个图给您。"),
            C("哏儿，我麻溜转去。"),
            A("行，您还办别的不？"),
            C("没了。"),
            A("好嘞，谢谢来电，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十四万元餐车款先款后货打到二手网站上认识、未见面的外地卖家个人卡上，坐席未做任何大额转账风险提示（核实卖家、防范先款后货）")],
    },
    {
        "call_id": "ap19_card_points_rice_cooker_not_delivered_asked_thrice_hangup",
        "title": "客户用信用卡积分兑换的电饭煲一个月未收到；坐席未核身即报出积分余额、兑换日期、扣减积分和订单状态，之后才以证件号末尾四位加手机银行昵称核身；客户三次问哪天送到，坐席只说已出库、积分不退；客户第三次问时通话随即结束",
        "business_type": "card", "agent_id": "A11303", "customer_tier": "standard",
        "started_at": "2029-05-28T19:50:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A11303"]),
            C("你好，我上个月用信用卡积分换了一个电饭煲，一直没见着货，你帮我查查是怎么回事。"),
            A("您这张卡现在积分还剩一万二千六百分，四月二十号兑换的是一台电饭煲，扣了三万八千分，订单状态显示已经出库。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出积分余额、兑换日期、扣减积分和订单状态")]),
            C("出库了，那快递到哪儿了？大概哪天能送到我手上？"),
            A("哦，漏了一步，得验您本人，请讲一下证件号末尾四位，以及手机银行里您的昵称。"),
            C("末尾四位六六零三，昵称叫小鱼。"),
            A("核对通过。兑换的礼品是由合作商家发货的，订单已经出库了。"),
            C("出库我刚才就听到了，我是问到底哪天能送到？"),
            A("礼品都是合作商家统一配送的，积分已经扣过了，不会退回。"),
            C("前前后后问你第三回了，那个电饭煲到底哪天能送到我家？",
              marks=[mark("resolution.repeated_question", "电饭煲哪天送到问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ap20_short_contactless_switch_off_call",
        "title": "客户问信用卡小额免密能否关闭，坐席一句答复后简短收尾（问还有无其他需要、致谢、道别），通话不足二十秒（信用卡业务标准下限）",
        "business_type": "card", "agent_id": "A11304", "customer_tier": "standard",
        "started_at": "2029-05-29T18:10:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11304"]),
            C("信用卡小额免密能关吗？"),
            A("能，手机银行卡片设置里关。另外有事吗？"),
            C("没了。"),
            A("谢谢，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
]

HELDOUT30_SEED = 20281230
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT30_CALLS, agents=AGENTS, default_out=Path("samples/heldout30"),
                  seed=HELDOUT30_SEED, description=__doc__))
