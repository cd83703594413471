#!/usr/bin/env python3
"""Render the twenty-seventh held-out evaluation set in samples/heldout27/ (dev-only; never imported by the product).

The earlier held-out sets may have been looked at, so none of them can be trusted to measure
generalisation on its own. This set was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or
its docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It words
every script step differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A11001-A11006) with their own openings (已接通，受理员…号在线, 服务号…跟您通上话了,
电话服务中心问候您…号服务员为您打点, 坐席号…把事情理顺, 向您问安，值机编号, 财富打理专线…理财专员工号),
other verification routes (zodiac sign and year of birth, the spouse's name on file, the amount of the
last credit-card repayment, the county of household registration, the postcode on file, the
statement day; the ID digits asked as 落尾的四个数, 收口的四位, 尽头那四位, 扫尾的四个数, 封底的四位,
最后头那四个号码, 收官的四位, 最靠尾的四码, 终了的四个数, 倒数四位, 最后那截四位, 末尾压着的四个数,
拖在最后的四个数, 最末位往前数四个, 倒着数四位), other hold and closing phrasings, topics the earlier
sets did not use (a Shaoxing yellow-wine retiree's time deposit, a Huangshan ink-stick workshop's wealth product, a Chongli ski-rental
shop's snowboards, a Linfen grandfather's card swallowed by a cash machine, a Dandong border-trade
intern's salary account, a Nantong home-textile shop's Australian-dollar remittance for wool, a Yichang
ferry-ticket seller's gold-card fee, a Baoding pickle shop's stall deposit, a Hailar cattle herder's hay,
a children's coding-class refund, a pharmacist's convertible-bond fund, online purchases at night with
the card under the pillow, a fake loan platform's "activation fee", an Anshun batik workshop's card
stopped for many small incoming payments, a foreign-currency conversion fee, a card chewed by a puppy,
a Yulin grandmother's cash for a rotary tiller, koi from a livestream seller, a cancelled flight's
refund, a card-face design), dialect-flavoured customers (Shaoxing, Huangshan, Zhangjiakou, Linfen,
Dandong, Nantong, Yichang, Baoding, Hailar, Anshun, Yulin; the Shaoxing, Linfen and Yulin customers are
elderly) and hard negatives (steps done in unusual words, steps not required in that situation,
harmless mentions of swindlers and of the police, figures right for another channel or card tier,
large transfers and a remittance abroad with a warning, a fraud stopped by the agent, a customer who
starts before the agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout27.py
    /work/tts-venv/bin/python tools/make_heldout27.py --only am13_fake_loan_platform_activation_fee_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order. am09 greets,
#   names the bank and offers help with no number (staff_id_missing); "嗯，接了，讲吧。" (am08) is no
#   greeting at all (both);
# - identity: a check before any account data or account action (ID digits + one more fact on
#   file). identity.not_verified = each agent turn that discloses account data before a check:
#   am10 (a coding-class refund, then the balance and a purchase: two turns). General information
#   (am05; am20) needs none; am13 stops a fraud before any account data;
# - risk.disclosure_missing: am11 (a fund sold as 保本保息，只涨不跌), am18 (140,000 to the personal
#   card of a koi seller met on a livestream, no warning). Warnings in the agent's own words count
#   (am02 wealth; am03, am09 large transfers; am06 remittance abroad; am13 fraud stopped);
# - risk.keyword_alert: am12 twice (online purchases with the card at home; police called), am13
#   once (a loan "activation fee" told with no risk word), am14 once (account frozen). The TV
#   programme about swindlers (am01, am07), the border police notice (am05) and the agent's own
#   warnings are not alerts;
# - risk.elderly_fraud_advice: am17 (84, 45,000 cash, no advice). am01 and am04 carry it;
# - emotion.customer_negative: am14 twice. etiquette.jargon: am11. forbidden_phrase and
#   agent_negative: am15 (both labels);
# - hold: announced holds in other words count (am02 music, am04 silent, am14 silent; all thanked).
#   am16: music straight after the question, no word first: hold.no_notice (thanked after);
# - etiquette.dead_air: am17, 12 s after the elderly customer asks how to take the cash;
# - closing: other words count; am12 ends with "行，就这么办着吧。": closing.missing; am19 and am20
#   end with no closing;
# - answer.wrong_fact: am09 (手机银行一次最多能转十万; KB 五万) and am16 (补发的新卡要十二个工作日; KB
#   seven). Right figures stay unlabelled (am03 五万 / 二十万 and the cash machine's 两万; am18 五万 /
#   二十万; am09 二十万; am04, am12 七个工作日; am06 两个工作日左右; am07 金卡 三百元, 普卡 一百元);
# - etiquette.interruption: am15 (1.1 s), am18 (1.0 s). In am03 the customer starts 0.6 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: am19; handling.time_standard: am20;
#   etiquette.speech_rate: the agent at 1.6x (am18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11001": {"team": "一线子组", "staff_no": "五二八六"},
    "A11002": {"team": "一线子组", "staff_no": "七一四九"},
    "A11003": {"team": "一线丑组", "staff_no": "三六零五"},
    "A11004": {"team": "一线丑组", "staff_no": "九四七二"},
    "A11005": {"team": "一线丑组", "staff_no": "二八一三"},
    "A11006": {"team": "二线寅组", "staff_no": "六零三八"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11001": "您好，恒通银行已接通，受理员五二八六号在线，有事您只管吩咐。",
    "A11002": "您好，恒通银行，服务号七一四九跟您通上话了，遇着什么难处请讲。",
    "A11003": "恒通银行电话服务中心问候您，您好，今天由三六零五号服务员为您打点，您要办理哪一项？",
    "A11004": "您好呀，恒通银行，坐席号九四七二，我来帮您把事情理顺，您先说。",
    "A11005": "您好，恒通银行向您问安，值机编号二八一三，今天要打听哪方面？",
    "A11006": "您好，恒通银行财富打理专线，理财专员工号六零三八，资金怎么安排，我能帮着参谋。",
}

HELDOUT27_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "am01_elderly_shaoxing_yellow_wine_retiree_time_deposit_clean",
        "title": "七十八岁老年客户（绍兴口音）黄酒作坊退休，问十二万活期换大额存单是否合算，以身份证号码落尾四个数加属相和出生年份核身；客户提到电视里骗子冒充银行的节目（无害提及）；坐席建议转三年定期并用自己的话给出防诈骗提醒，完整合规",
        "business_type": "account", "agent_id": "A11001", "customer_tier": "elderly",
        "started_at": "2029-02-01T09:14:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A11001"]),
            C("喂，小娘，我是绍兴的，今年都七十八岁喽，以前在黄酒作坊里头酿酒。活期里放着十二万，隔壁讲换成大额存单利息高点，我想问问划不划算。"),
            A("老伯您好，您想把活期里那十二万换成大额存单，先问问合不合算，我听得准不准？"
              "讲到您账上的钱，要先认一认是您本人：麻烦报一下身份证号码落尾的四个数，再讲讲您的属相跟出生那年。"),
            C("落尾四个是五零六三，我属兔，一九五一年生的。"),
            A("对得上，是老伯本人。大额存单起步要二十万，您这十二万还够不上；可以换成三年定期，利率比活期高出一截，到期本息一道拿。"),
            C("哦，那就存三年定期好了。隔壁阿婆前两日讲，电视里放骗子装成银行的节目，吓得她电话都不敢接。"),
            A("阿婆讲得对，老伯也留个心：凡是打电话来说帮您办高息存单、要您先把钱挪到另一张卡上的，都是骗人；"
              "短信里那几位数字和密码，哪个来问都不说；真要办，叫儿子陪着到柜台当面办。"),
            C("晓得了，我记牢了。"),
            A("定期您明天带上存折和身份证到网点就能转。老伯还有啥要打听的不？"),
            C("没了，小娘蛮好。"),
            A("多谢老伯信得过我们，祝老伯筋骨结实，黄酒越陈越香，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am02_huangshan_ink_stick_workshop_wealth_music_hold_clean",
        "title": "黄山歙县做徽墨的客户有二十二万货款想买理财，以身份证号码收口四位加登记的配偶姓名核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、收益无保证、本金可能少、净值会跌、历史业绩不代表以后、十八个月不能取、存款保险不赔，建议只投七万并看完风险揭示，完整合规",
        "business_type": "wealth", "agent_id": "A11006", "customer_tier": "VIP",
        "started_at": "2029-02-02T10:31:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A11006"]),
            C("你好，我是黄山歙县的，家里做徽墨，年底收回来一笔货款，二十二万，放在卡里不动弹，想挑个产品生点息。"),
            A("您家做徽墨，年底回笼了二十二万货款，打算挑个理财产品，我这么复述对不对？"
              "牵涉到您的账户，先核一下本人：请说身份证号码收口的四位，再讲讲您登记的配偶叫什么。"),
            C("收口四位是八二一七，老婆叫汪秀兰。"),
            A("核对相符。我调一下您的风险评估结果，线上会放一小段曲子，十秒上下，您听着别挂。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("音乐停了，劳您听了这一阵曲子，多谢。评估出来您属于稳健一类，合适的是一款十八个月的固收增强产品，大头买债券，一小块配股票。"),
            C("这个东西会不会亏？"),
            A("实话讲给您听：它不是银行存款，收益没有保证，本金也可能变少；股市不景气时，股票那点仓位会拖累净值；"
              "宣传页上的历史业绩，不能当成往后的收益；十八个月里中途取不出来；存款保险也不赔这一类。"),
            C("嗯是，我晓得了，那就不全投。"),
            A("我的建议是先放七万，其余留着进松烟和桐油这些原料。下单前页面上会弹出风险揭示和产品说明，您一字一句看完再确认。"),
            C("好，先放七万。"),
            A("那就按七万办。除了这件事，还有哪桩要一并商量的？"),
            C("没得了。"),
            A("多谢您把这笔钱托付给我们，祝徽墨生意越做越红，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am03_zhangjiakou_ski_rental_snowboards_transfer_clean",
        "title": "张家口崇礼开雪具租赁店的客户要给哈尔滨厂家付十八万雪板款，以身份证号码尽头四位加最近一次信用卡还款金额核身；手机银行单笔上限五万、每天累计二十万说对，取款机每天两万（另一渠道，正确）；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A11002", "customer_tier": "standard",
        "started_at": "2029-02-05T14:22:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A11002"]),
            C("喂，你好，俺是张家口崇礼的，开了个雪具租赁店，要给哈尔滨一个厂子付十八万，进一批新雪板，用手机咋转？"),
            A("您在崇礼开雪具店，要给哈尔滨的厂家付十八万雪板钱，想拿手机银行转，我说得对不？"
              "钱数大，先认本人：请讲身份证号码尽头那四位，再说说您最近一回还信用卡还了多少。"),
            C("尽头四位三四九零，上个月还了六千二。"),
            A("核对通过。手机银行单笔上限五万，每天累计最多二十万，十八万拆开四趟，当天就能全部付过去。"
              "取款机每天最多取两万，那是另外一码事，跟转账额度分开算。"),
            C("那就分四回转呗。", overlap=0.6),
            A("再嘱咐您几句：收款户名要跟合同上的厂名一模一样，打进厂家的对公账户；"
              "要是临付款有人说厂家换了账号，您先按厂家官网的座机拨回去核实；第一笔先付一部分，雪板到了验过再付尾款。"),
            C("中，俺先付五万，货到了再结剩下的。"),
            A("这么安排稳当。旁的还需要我帮着办点啥吗？"),
            C("没了，挺清楚。"),
            A("好的，感谢您一句句听下来，祝雪季生意红火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am04_elderly_linfen_card_swallowed_by_cash_machine_silent_hold_clean",
        "title": "七十五岁老年客户（临汾口音）的卡被取款机吞了，以身份证号码扫尾四个数加户籍所在县核身；告知后静音保留并致谢；补新卡七个工作日（正确）；坐席主动给出防诈骗提醒，完整合规",
        "business_type": "card", "agent_id": "A11003", "customer_tier": "elderly",
        "started_at": "2029-02-06T11:05:39", "agent_channel": 0,
        "turns": [
            A(OPENING["A11003"]),
            C("喂，闺女，我临汾的，七十五了，今儿早上在取款机上取钱，机器把卡给吞进去了，咋介办？"),
            A("大爷您好，取款机把您的卡吞了，您想问怎么拿回来或者换张新的，对吧？"
              "要动卡的事，先得认准是大爷您：请讲身份证号码扫尾的四个数，再说说您户口落在哪个县。"),
            C("扫尾四个是七一零二，户口在洪洞县。"),
            A("对上了。我在系统里查那台机器吞卡的记录，得翻一会儿，线上会静十来秒，您拿稳电话别挂。"),
            {"silence": 6.5, "kind": "hold"},
            A("谢谢大爷耐心候着。吞卡记录翻着了，卡已经被机器收进去，稳妥起见不再取出，重新给您做张卡，大约七个工作日做好，您到开户网点领。"),
            C("那也行，可不是嘛，我这老眼昏花的，密码按错了好几回。"),
            A("大爷，顺带叮嘱您几句：近来若有陌生电话，说能帮您把吞的卡弄出来，叫您念卡号和密码，或者叫您转钱过去，都是骗子；"
              "银行补卡不收您一分钱，也从来不在电话里问密码；心里没底就叫孩子一起去网点。"),
            C("晓得了，闺女。"),
            A("新卡领到以后先改个密码再用。大爷旁的还想打听啥？"),
            C("没甚了。"),
            A("好嘞，谢谢大爷打来，祝您吃得香睡得稳，再见大爷。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am05_dandong_border_trade_intern_salary_account_info_clean",
        "title": "丹东边贸公司实习生问开新卡收工资要带什么（一般业务咨询，不涉及已有账户，无需核身）；客户提到边防派出所门口的告示（无害提及）；本人有效身份证件加本人手机（正确），须本人到网点，完整合规",
        "business_type": "account", "agent_id": "A11004", "customer_tier": "standard",
        "started_at": "2029-02-07T16:48:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A11004"]),
            C("喂，你好，我丹东的，在一家边贸公司实习，公司说工资要打到一张新开的卡上，我开户得带啥东西？"),
            A("您是实习生，公司让您新开一张卡收工资，想先问开户要准备哪些材料，对吧？"
              "这是打听手续，用不着调您的账户，所以不用先验身份。"
              "您带上本人有效身份证件，再拿上您本人的手机，柜台要给这个号码发短信确认。"),
            C("我们那儿边防派出所门口贴了张告示，说有人出钱收银行卡，我寻思咋还有这种事。"),
            A("告示说的是真事。新卡只能自己用，谁出钱都别租、别借、别卖，密码和短信验证码也不跟任何人讲，就出不了岔子。"),
            C("嗯呢，那我能让我妈替我去办不？"),
            A("替不了，开户得您本人拿证件亲自到网点办。"),
            C("行，周六我亲自跑一趟。"),
            A("好的。您这边还有要打听的吗？"),
            C("没了，谢谢哈。"),
            A("不客气，谢谢您先打电话问清楚，祝实习顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am06_nantong_home_textile_aud_remittance_wool_clean",
        "title": "南通开家纺店的客户要汇三万二千澳元到澳大利亚买羊毛，以身份证号码封底四位加登记的配偶姓名核身；两个工作日左右到账（正确）；客户说对方邮件要求改打老板个人账户，坐席用自己的话做跨境汇款风险提示，完整合规",
        "business_type": "transfer", "agent_id": "A11005", "customer_tier": "standard",
        "started_at": "2029-02-08T10:16:54", "agent_channel": 0,
        "turns": [
            A(OPENING["A11005"]),
            C("你好，我南通的，开家纺店，要从澳大利亚进一批羊毛，得汇三万二千澳元过去，怎么弄好？"),
            A("您开家纺店，要给澳大利亚的供货商汇三万二千澳元买羊毛，想问怎么办，对吗？"
              "购汇占的是您本人的额度，先核本人：请报身份证号码封底的四位，再说说您登记的配偶姓名。"),
            C("封底四位六五八四，爱人叫顾月琴。"),
            A("核对无误。手机银行首页有境外汇款，您按合同把收款公司的英文全称、账号以及收款行的代码填进去，用途一栏勾货款；正常两个工作日左右到账。"),
            C("对方发邮件来讲换了家银行收款，叫我打到他们老板个人的账户，催得蛮急的，这样好弄吗？"),
            A("这一步请您务必停一停：临付款突然改账户，还要打到个人名下，是往境外汇钱时最常见的骗局。"
              "钱只汇到合同上那家公司的账户；改账户的事，要用合同上留的电话直接打过去确认，邮件里给的号码不算；钱一出境，再追回来就难了。"),
            C("晓得了，我先打电话问问清楚再汇。"),
            A("这样最稳。汇率按您提交那一刻的牌价算。还有哪块需要我帮忙的？"),
            C("没有了，谢谢。"),
            A("谢谢您这么谨慎，多谢这通电话，祝生意兴旺，羊毛早日到货，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am07_yichang_ferry_ticket_seller_gold_card_fee_tv_swindler_clean",
        "title": "宜昌码头卖游船票的客户问金卡年费和免年费办法，以身份证号码最后头四个号码加账单日核身；金卡年费三百元、一年刷满六笔免下一年（正确），普卡一百元（另一卡种，正确）；客户提到电视里骗子冒充银行免年费的片子（无害提及），完整合规",
        "business_type": "card", "agent_id": "A11001", "customer_tier": "standard",
        "started_at": "2029-02-09T13:40:21", "agent_channel": 0,
        "turns": [
            A(OPENING["A11001"]),
            C("喂，你好，我是宜昌的，在江边码头卖游船票，去年办了你们的金卡，想问一下年费好多钱，有冇得办法免？"),
            A("您去年办了金卡，想知道年费多少、怎么能免，是吧？"
              "看卡片信息之前先对一下本人：请讲身份证号码最后头那四个号码，再说说您这张卡每月几号出账单。"),
            C("最后头四个二三八六，每月十二号出账单。"),
            A("对上了。您这张金卡每年收三百块年费，一年里刷够六笔就免下一年的；一百元那一档是普卡的。您今年已经刷了五笔，再刷一笔就够了。"),
            C("蛮好。昨天电视上放个片子，讲骗子打电话冒充银行说帮人免年费，我看得直摇脑壳。"),
            A("片子演得不假。免年费不用您操作任何东西，刷够笔数系统自动免，谁来电话要您报验证码或者点链接，那准不是银行的人。"),
            C("晓得了。"),
            A("金卡这边还有哪里要我讲讲的？"),
            C("冇得了。"),
            A("好，谢谢您卖票间隙打过来，祝游船天天满座，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "am08_no_greeting_baoding_pickle_shop_stall_deposit_refund",
        "title": "保定开酱菜铺的客户查市场摊位押金退款到账；坐席以“嗯，接了，讲吧。”接起，无问候、行名、工号；以身份证号码收官四位加登记的配偶姓名核身，其余流程合规",
        "business_type": "account", "agent_id": "A11003", "customer_tier": "standard",
        "started_at": "2029-02-12T08:53:16", "agent_channel": 0,
        "turns": [
            A("嗯，接了，讲吧。"),
            C("喂，恒通的吧？我保定的，开酱菜铺子，市场那个摊位退租了，押金说退到我卡上，介咋还没见着？"),
            A("是恒通的。查到账要先对本人：请说身份证号码收官的四位，再说说您登记的配偶叫什么。"),
            C("收官四位四零九一，媳妇叫刘春燕。"),
            A("核对一致。今天上午十点多，有一笔四千八百元从市场管理处打进来，附言是摊位押金退还，已经到了。"),
            C("倍儿好，那我再瞅瞅手机。"),
            A("手机银行首页往下一拉就刷新了。再查点啥不？"),
            C("不用了。"),
            A("好嘞，多亏您打过来查，祝酱菜卖得俏，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，接了，讲吧：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "am09_no_staff_number_hailar_herder_hay_single_limit_wrong",
        "title": "海拉尔养牛的客户要给邻旗合作社付十七万草料钱，开场白有问候、行名和服务用语但不报工号；以身份证号码最靠尾四码加最近一次信用卡还款金额核身；把手机银行单笔上限说成十万（知识库为五万），每天二十万（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A11005", "customer_tier": "standard",
        "started_at": "2029-02-13T15:27:03", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，很乐意帮您张罗，有啥需要您直说。"),
            C("喂，你好，我是海拉尔的，在牧区养牛，开春要买草料，跟邻旗的合作社谈妥了，十七万，用手机转过去行不行？"),
            A("您要给邻旗的合作社付十七万买草料，准备在手机银行上付，对吧？"
              "先确认本人：请讲身份证号码最靠尾的四码，再说说您最近一回还信用卡的金额。"),
            C("最靠尾四码九二六零，上回还了三千四。"),
            A("核对过了。手机银行单笔顶多转十万，一整天合起来封顶二十万，十七万拆成两趟，当天就结得清。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十万")]),
            C("那中，下晌就转。"),
            A("钱数这么可观，请您先跟合作社把草料的数量、价钱写进合同，户名对上合作社的名字再转；"
              "要是有人打电话说合作社换了收款卡，让您打到某个人的私人卡上，先别转，跟合作社的人碰头核实。"),
            C("行，我记住了。"),
            A("好。另外还有什么要问的？"),
            C("没了。"),
            A("好的，谢谢，祝牛羊肥壮，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "am10_coding_class_refund_no_identity",
        "title": "客户查少儿编程课退费，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又报出可用余额和一笔加油消费（坐席在声道一）",
        "business_type": "account", "agent_id": "A11004", "customer_tier": "standard",
        "started_at": "2029-02-14T17:36:48", "agent_channel": 1,
        "turns": [
            A(OPENING["A11004"]),
            C("你好，孩子报的少儿编程课停了，机构说退我两千三百块，你帮我瞧瞧钱回来了没？"),
            A("回来了，二月六号下午，一家教育科技公司打进来两千三百元，附言是课程退费。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退费的到账日期、金额、付款方和附言")]),
            C("卡上眼下还余多少钱？"),
            A("可用余额一万五千六百四十元，昨天另有一笔三百八十五元的加油消费。",
              marks=[mark("identity.not_verified", "未核验身份即报出可用余额和近期消费")]),
            C("好，知道了。"),
            A("好的，另外要查的有没？"),
            C("没有了。"),
            A("好的，谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am11_pharmacist_convertible_bond_fund_jargon_no_disclosure",
        "title": "药剂师有二十五万想买理财，以身份证号码终了四个数加登记的配偶姓名核身；坐席介绍产品满口术语（转股溢价率、纯债溢价率、债底、打新增厚、回售条款、双A加评级）；客户问会不会变少，坐席说保本保息、只涨不跌，未做风险揭示即提交",
        "business_type": "wealth", "agent_id": "A11006", "customer_tier": "VIP",
        "started_at": "2029-02-15T10:09:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A11006"]),
            C("你好，我在药房当药剂师，攒了二十五万，想投点理财产品，行情我不大懂。"),
            A("先验本人：身份证号码终了的四个数，还有登记的配偶姓名。"),
            C("终了四个五七三八，丈夫叫孙建平。"),
            A("核对好了。推荐这款可转债增强基金，平均转股溢价率百分之十二，纯债溢价率压在五个点，债底保护扎实，叠加打新增厚和回售条款，持仓评级都在双A加以上。",
              marks=[mark("etiquette.jargon", "转股溢价率、纯债溢价率、债底、打新增厚、回售条款、双A加评级，未向客户解释")]),
            C("这些词我一个也听不懂，我就想问一句，二十五万放进去会不会变少？"),
            A("这您尽管宽心，这款保本保息，只涨不跌，到期一分钱不会少。"),
            C("那就全买了。"),
            A("好的，二十五万已经替您提交了。另有事情没？"),
            C("没有了。"),
            A("好，谢谢，祝您配药顺手，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户提交二十五万元理财，客户问会不会变少时坐席说保本保息、只涨不跌，未做任何风险揭示")],
    },
    {
        "call_id": "am12_card_under_pillow_night_online_purchases_police_no_closing",
        "title": "客户凌晨收到四条外省网购短信共七千六，卡一直在枕头底下，已打一一零报警；坐席以身份证号码倒数四位加户籍所在县核身，冻结卡片、提交争议调查、补卡七个工作日左右（正确），但最后只说“行，就这么办着吧。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A11002", "customer_tier": "standard",
        "started_at": "2029-02-16T07:58:42", "agent_channel": 0,
        "turns": [
            A(OPENING["A11002"]),
            C("喂，我凌晨三点收到四条短信，我的卡在外省网上买了东西，加起来七千六百块，可这张卡一直压在我枕头底下，压根没用过！",
              marks=[mark("risk.keyword_alert", "卡在手里却在外省被网上消费七千六：盗刷")]),
            A("您别慌，这就给您处置。请报一下身份证号码倒数四位，再说说您户籍登记在哪个县。"),
            C("倒数四位二九五三，户籍是易县。"),
            A("对上了。这张卡已经给您冻住，那四笔网上消费都记下了，争议交易调查也提交了，风控那边的同事接手追查。"),
            C("我一大早打了一一零报警，民警让我到银行开个交易证明。",
              marks=[mark("risk.keyword_alert", "已打一一零报警：涉案")]),
            A("您带身份证和报警回执去任一网点，柜台给您打印盖章的交易明细，调查有结果会短信告诉您。新卡也替您申请了，大概七个工作日寄到府上。"),
            C("好，我中午就去。"),
            A("行，就这么办着吧。"),
        ],
        "violations": [mark("closing.missing", "坐席只说行，就这么办着吧：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "am13_fake_loan_platform_activation_fee_stopped",
        "title": "客户网上申请贷款，“平台客服”要先交八千元放款激活费到个人账户以证明还款能力（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：别转、别回、不点链接、不给验证码，已转就打九六一一零并报案；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A11003", "customer_tier": "standard",
        "started_at": "2029-02-19T19:12:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11003"]),
            C("你好，我在网上申请了一笔五万的贷款，平台客服说批下来了，可要我先交八千块放款激活费，说是验一验我还不还得起，钱打到他给的个人账户上，我想问现在转过去多久能到？",
              marks=[mark("risk.keyword_alert", "贷款放款前要交激活费、打到个人账户、证明还款能力：诈骗话术")]),
            A("请您先别转。正规贷款放款前不收任何激活费、保证金，更不会叫您把钱打进个人账户，这是一套骗钱的路数。"
              "那个客服您别再回他，链接一个都别碰，验证码谁都不给。"),
            C("他还发了一张盖着公章的合同照片给我。"),
            A("那张合同是假的。钱没转出去就好；万一已经转了，马上打九六一一零反诈热线，再去派出所报案。"),
            C("还好没转，差点就上当了。"),
            A("您先来问，这一步做对了。还有其他要我帮忙的吗？"),
            C("没有了，多谢你。"),
            A("别客气，您这份警觉难得，谢谢，祝您往后少遇糟心事，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am14_anshun_batik_workshop_account_frozen_angry_silent_hold",
        "title": "安顺开蜡染作坊的客户进布料时账户被冻结，愤怒、扬言投诉；坐席共情担责，以身份证号码最后那截四位加户籍所在县核身，告知后静音保留并致谢，查明是大量陌生小额入账触发风控暂停非柜面交易，说明带证件和营业执照到网点恢复的办法并道歉",
        "business_type": "complaint", "agent_id": "A11005", "customer_tier": "standard",
        "started_at": "2029-02-20T11:44:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A11005"]),
            C("喂，我安顺的，开蜡染作坊，游客扫码付的钱都进这张卡，今天去进布料，说我账户被冻结了，你们搞哪样名堂嘛！",
              marks=[mark("risk.keyword_alert", "账户被冻结、货款付不出去：冻结资金"),
                     mark("emotion.customer_negative", "你们搞哪样名堂：质问、不满")]),
            A("进货的货款付不了，您着急是应该的，这件事我来负责到底。"
              "先麻烦您核一下本人：请讲身份证号码最后那截四位，再说说您户籍在哪个县。"),
            C("最后那截四位三一七五，户籍在镇宁。你们今天不给我解开，我就打到金融监管局投诉你们！",
              marks=[mark("emotion.customer_negative", "扬言去金融监管局投诉：投诉、不满")]),
            A("核对通过，这股火憋在心里，我懂。我去查冻结的原因，估摸着二十来秒，线上会没有声音，请您别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("多谢您在线上等这一阵。查清楚了：这几天卡里进了很多陌生人的小额款，风控系统自动把卡的非柜面交易暂停了，里头的钱分文未动。"),
            C("那是游客买蜡染的钱嘛，我咋个办？"),
            A("您带身份证和作坊的营业执照到网点，说明是经营收款，核实完立刻放开；往后可以办个商户收款码，游客的钱就不走个人卡了。"
              "之前没提前知会您，怪我们这头疏忽，给您赔个不是。"),
            C("要得，我吃过晌午饭就去。"),
            A("到了网点说一下今天这通电话几点打的，柜员能直接接上处理。还有其他需要我做的吗？"),
            C("莫得了。"),
            A("好，谢谢您消了气听我讲完，祝作坊生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am15_foreign_currency_conversion_fee_interrupt_rebuff",
        "title": "客户信用卡海淘账单多了一笔货币转换费，想请银行核查；坐席在客户陈述未完时插话一次，并以“规定就是这么定的，您跟我掰扯也白费，您爱找谁找谁去”顶撞客户，最后才提交核查申请",
        "business_type": "card", "agent_id": "A11004", "customer_tier": "standard",
        "started_at": "2029-02-21T12:25:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A11004"]),
            C("你好，我上个月在网上买了一件国外的衣服，账单上除了货款，还多出一笔货币转换费，我之前问过商家，他们说是按人民币结算的，所以想请你们查一查这笔费用能不能"),
            A("货币转换费是吧，知道了。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("嗯。"),
            A("先核本人，身份证号码最末位往前数四个，再讲一下账单日。"),
            C("最后四个零八六七，每月二十五出账。"),
            A("核对好了。这笔交易是按外币清算的，所以收了百分之一点五的货币转换费。"),
            C("可商家说是人民币结算的，你们能不能再核实一下？"),
            A("规定就是这么定的，您跟我掰扯也白费，您爱找谁找谁去。",
              marks=[mark("etiquette.forbidden_phrase", "规定就是这么定的，您跟我掰扯也白费，您爱找谁找谁去：顶撞、推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我只是想请你们查一下。"),
            A("那我提交个核查申请，五个工作日内短信回复您。"),
            C("好吧。"),
            A("别的呢？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am16_puppy_chewed_card_wrong_time_music_no_notice",
        "title": "客户的卡被家里小狗啃坏要换卡，以身份证号码末尾压着的四个数加登记的邮政编码核身；客户问新卡多久寄到后直接进入九秒等待音乐、坐席未告知，之后致谢；把补卡时间说成十二个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A11001", "customer_tier": "standard",
        "started_at": "2029-02-22T15:18:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A11001"]),
            C("你好，我家小狗把我的银行卡叼走啃了，芯片那块都咬坏了，插机器里不认，想换一张。"),
            A("卡被小狗啃坏了要换新的，明白了。先确认本人：请报身份证号码末尾压着的四个数，再说说您登记的邮政编码。"),
            C("末尾四个一九四八，邮编是四四三零零零。"),
            A("核对无误，换卡申请提交好了，卡号不变，邮到您留的住址上。"),
            C("新卡得等几天才到我手里？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您把这段音乐听完。补发的新卡要十二个工作日才能寄到您手上。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成十二个工作日")]),
            C("要这么久啊，那也只能等了。"),
            A("新卡到手先激活，旧卡剪开扔掉。另外还用我办点啥？"),
            C("没了。"),
            A("好的，谢谢，往后银行卡收好，别让小狗够着，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "am17_elderly_yulin_rotary_tiller_cash_dead_air",
        "title": "八十四岁老年客户（榆林口音）想取四万五千现金给儿子买旋耕机，以身份证号码拖在最后的四个数加出生年份和属相核身；客户问现金怎么取后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A11003", "customer_tier": "elderly",
        "started_at": "2029-02-23T09:37:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A11003"]),
            C("喂，女子，额是榆林的老婆儿，八十四了。儿子开春要买一台旋耕机，额想从卡上取四万五千块现钱给他，额那卡上的钱凑得够不？"),
            A("奶奶您好，您想查查卡上的钱凑不凑得够，再取四万五千块现金给儿子买旋耕机，奶奶是这么打算的吧？"
              "查钱以前得认一认是您：请说身份证号码拖在最后的四个数，再讲讲您哪年生的，属什么。"),
            C("最后四个是六二零五，额一九四五年的，属鸡。"),
            A("核对一致。您卡上活期一共有五万二千元，取四万五是够的。"),
            C("那四万五千块现钱，额咋介取？能叫银行给额送到屋里不？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("送不了，您揣着身份证到网点柜台取，钱数多，最好头一天先给网点打个电话预约。"),
            C("那额让孙孙陪着去。"),
            A("好的。奶奶还有啥要问的？"),
            C("没了。"),
            A("好，祝奶奶家里今年大丰收，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十四岁老年客户打算取四万五千现金，坐席全程未给任何防诈骗提醒（如冒充亲属、公检法要求转账或索要密码）")],
    },
    {
        "call_id": "am18_fast_agent_livestream_koi_seller_no_warning",
        "title": "坐席语速过快（约一点六倍）；客户要把十四万锦鲤款转到直播间认识、人在外省的卖家个人卡上；坐席在客户陈述未完时插话一次；以身份证号码最后那截四位加最近一次信用卡还款金额核身；单笔五万、每天二十万（正确）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A11002", "customer_tier": "standard",
        "started_at": "2029-02-26T14:03:58", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11002"]),
            C("你好，我在直播间看中了一池子锦鲤，卖家在外省，说先把十四万打到他个人卡上，他再发物流，我想问手机上一回能转多少，因为我那张卡以前"),
            A("额度嘛，先核本人，身份证号码最后那截四位和最近一次还信用卡的金额。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("最后四位八零三一，上次还了两千七。"),
            A("核对好了。手机银行每笔顶多五万，一天累计二十万以内，十四万拆三趟，收款人照卖家报的写，今儿个全能打过去。"),
            C("你讲得跟打机关枪似的，再讲一遍行吗？"),
            A("每回五万，每日二十万，拆三回，收款人照卖家的来。"),
            C("成，我马上操作。"),
            A("行，付过去手机会响个提示。还有其他的吗？"),
            C("没了。"),
            A("好，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十四万元锦鲤款转到直播间认识、未见面的外省卖家个人卡上，坐席未做任何大额转账风险提示（核实卖家、防范先款后货）")],
    },
    {
        "call_id": "am19_cancelled_flight_refund_asked_thrice_hangup",
        "title": "客户信用卡买的机票航班取消，航空公司称已退款，三次问退款何时回到卡上，坐席只说消费已入账、按账单还款，客户第三次问时通话随即结束",
        "business_type": "card", "agent_id": "A11004", "customer_tier": "standard",
        "started_at": "2029-02-27T20:31:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A11004"]),
            C("你好，我用信用卡买的机票，结果那班飞机停飞了，航空公司说十天前就退款了，可账单上压根找不着，退的钱哪天能见着？"),
            A("核本人：身份证号码倒着数四位，再说下账单日。"),
            C("最后四个四六一二，账单日八号。"),
            A("核对通过。系统里能看到那笔一千九百六十元的机票消费。"),
            C("那笔买票的钱我清楚，我问的是退款什么时候能回到卡上？"),
            A("那笔消费已经入账了，您按账单还款就行。"),
            C("我都问到第三遍了，航空公司退的钱到底哪天能到我卡上？",
              marks=[mark("resolution.repeated_question", "退款何时到卡问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "am20_short_card_face_design_call",
        "title": "客户想给信用卡换个卡面图案，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A11001", "customer_tier": "standard",
        "started_at": "2029-02-28T18:47:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11001"]),
            C("喂，我那张信用卡的卡面花样看腻了，能换个别的图案吗？"),
            A("换不了。"),
            C("哦，好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT27_SEED = 20281227
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT27_CALLS, agents=AGENTS, default_out=Path("samples/heldout27"),
                  seed=HELDOUT27_SEED, description=__doc__))
