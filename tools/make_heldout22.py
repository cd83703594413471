#!/usr/bin/env python3
"""Render the twenty-second held-out evaluation set in samples/heldout22/ (dev-only; never imported by the product).

The earlier held-out sets may have been looked at, so none of them can be trusted to measure
generalisation on its own. This set was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or
its docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It words
every script step differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A10501-A10506) with their own openings (话务员, 值守坐席代号, 服务号, 号专员, 工牌号码,
理财经理号码), other verification routes (the branch where the card was opened, the middle four digits
of the phone on file, a six-digit code texted during the call, the year the account was opened, the
payee of the last transfer out, the merchant of the last card purchase; the ID digits asked as
顶后头的四个号码, 最尾巴的四位, 最后头的四位, 压尾巴的四个数, 收尾的四个数, 尾巴上的四个数, 末尾那四个数,
倒着数的四个数字, 最后那四个数字, 末位往前数四个, 最后边的四位, 末端四码, 从后往前四个数,
最后那几位数字), other hold and closing
phrasings, topics the earlier sets did not use (a Shanghai tram conductor's pension arrears, a Guiyang
tea house's savings, a Wuhan noodle shop's renovation, a Harbin ice sculptor's lost card, a Changsha
stinky-tofu stall's new account, a Liuzhou snail-noodle workshop's German sealing machine, a Nanchang
utility auto-debit, a Hefei builder's used excavator, a pet hospital's deposit refund, a dentist's
"fixed income plus" product, a phone stolen on the metro, a fake shop refund with screen sharing, an
online pear seller's restricted account, a card instalment fee, a demagnetised card, a Tianjin
pensioner's matured deposit, a gold card's activation, a transfer bounced back, a temporary credit
limit, a Xi'an shop rental deposit), dialect-flavoured customers (Shanghai, Guiyang, Wuhan, Harbin,
Changsha, Liuzhou, Nanchang, Hefei, Tianjin, Xi'an; the Shanghai and Tianjin customers are elderly)
and hard negatives (steps done in unusual words, steps not required in that situation, harmless
mentions of swindlers and of the police, figures right for another channel, large transfers and a
remittance abroad with a warning, a fraud stopped by the agent, a customer who starts before the
agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout22.py
    /work/tts-venv/bin/python tools/make_heldout22.py --only ah12_fake_shop_refund_screen_share_loan_stopped
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
#   number may be said as "话务员NNNN", "值守坐席代号NNNN", "服务号NNNN", "NNNN号专员",
#   "工牌号码NNNN" or "理财经理号码NNNN". ah08 greets, names the bank and offers help with no
#   number (staff_id_missing); "哎，你说。" (ah07) is no greeting at all (both);
# - identity: a check before any account data or account action. ID digits + the branch where the
#   card was opened (ah01, ah08), + the middle four digits of the phone on file (ah02, ah10), + the
#   six-digit code just texted (ah03, ah15), + the year the account was opened (ah04, ah11, ah18),
#   + the payee of the last transfer out (ah06, ah14), + the merchant of the last card purchase
#   (ah07, ah13, ah16, ah17, ah20). identity.not_verified = each agent turn that discloses account
#   data before a check: ah09 (a pet hospital's deposit refund, then the balance: two turns).
#   General information (ah05: documents to open an account; ah19) needs none; ah12 stops a
#   fraud before any account data;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (ah10: "本钱一分少不了"),
#   a 150,000 deposit to a landlord's personal account met online with no warning at all (ah20).
#   A disclosure in the agent's own words counts (ah02). The large transfers carry a warning in the
#   agent's own words (ah03, ah08), the remittance abroad too (ah06);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble.
#   ah11 twice (a phone stolen and the card drained through it; the report at the metro police
#   post), ah12 once (a fake shop "refund" with screen sharing and a loan: a fraud script told with
#   no risk word; the agent stops it and warns), ah13 once (an account frozen). The TV programme
#   about swindlers (ah01), the brother who is a traffic policeman (ah05) and the agent's own
#   warnings are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (ah16: an
#   80-year-old taking 30,000 in cash from a matured deposit). The other elderly call (ah01)
#   carries it;
# - emotion.customer_negative: ah13 twice. etiquette.jargon: ah10.
#   forbidden_phrase and agent_negative: ah14 (both labels);
# - hold: announced holds in other words count (ah02 silent, ah04 music, ah13 silent; all
#   thanked). In ah15 the music (10 s) starts straight after the customer's question with no word
#   from the agent: hold.no_notice (thanked after);
# - etiquette.dead_air: ah16, 12 s after the elderly customer asks how to take the cash;
# - closing: thanks and goodbye in other words count; ah11 ends with "就这样吧。": closing.missing;
#   ah18 and ah19 end without any closing;
# - answer.wrong_fact: ah08 (手机银行一笔最高十万; the KB says 五万) and ah15 (补一张新卡三个工作日;
#   the KB says seven). Right figures stay unlabelled (ah03's 五万 / 二十万; ah08's 二十万 a day;
#   ah04's 七个工作日 beside the cash machine's 两万; ah06's 一到三个工作日; ah17's 金卡 三百;
#   ah20's 五万 / 二十万);
# - etiquette.interruption: ah14 (1.2 s) and ah17 (1.0 s). In ah03 the customer starts 0.6 s
#   before the agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ah18; handling.time_standard: ah19;
#   etiquette.speech_rate: the agent at 1.6x (ah17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10501": {"team": "一线庚组", "staff_no": "六二零八"},
    "A10502": {"team": "一线庚组", "staff_no": "三七九四"},
    "A10503": {"team": "一线辛组", "staff_no": "五零八一"},
    "A10504": {"team": "一线辛组", "staff_no": "八一四六"},
    "A10505": {"team": "一线辛组", "staff_no": "一九五三"},
    "A10506": {"team": "二线戊组", "staff_no": "四二六七"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10501": "您好，此处恒通银行热线，替您接通的话务员六二零八，有啥吩咐尽管讲。",
    "A10502": "恒通银行向您问声好，值守坐席代号三七九四，手头有什么难办的，跟我念叨念叨。",
    "A10503": "您好，恒通银行，我的服务号是五零八一，今天打来想弄明白哪件事呢？",
    "A10504": "您好呀，恒通银行客户之声，我是八一四六号专员，您那头遇着什么情况啦？",
    "A10505": "您好，恒通银行线上值班，工牌号码一九五三，您的事交到我手里，请开口。",
    "A10506": "您好，恒通银行私享理财席位，理财经理号码四二六七，兜里的闲钱想往哪儿放，咱们细细盘算。",
}

HELDOUT22_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "ah01_elderly_shanghai_tram_conductor_pension_arrears_clean",
        "title": "七十七岁老年客户（上海口音）退休前是电车售票员，问养老金补发款到没到，以身份证顶后头四个号码加当初开卡的网点核身；客户提到电视里天天播防骗节目（无害提及）；坐席说明已到账并用自己的话提醒冒充社保局退钱、冒充警察要求转账、讨要验证码都是骗局，完整合规",
        "business_type": "account", "agent_id": "A10501", "customer_tier": "elderly",
        "started_at": "2028-09-04T09:12:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A10501"]),
            C("喂，小姑娘，阿拉上海人，今年七十七了，老早在二十路电车上卖票子。社保讲今年养老金有一笔补发，侬帮我望望到了伐？"),
            A("老伯伯好，社保那边说有笔补发的养老金，您想确认进没进卡，对伐？"
              "翻您账户之前，要先弄清楚电话这头是老伯伯自己：请报一报身份证顶后头的四个号码，再讲讲这张卡当初是在哪家网点办的。"),
            C("顶后头四个号码五三一六，卡是在曹杨路那个网点办的。"),
            A("两样全对上，确实是您。补发款上礼拜四进来了，一千八百六十元，打款单位写的是区社保中心。"),
            C("老好了。电视里每夜都放防骗节目，讲骗子专门盯牢阿拉老头子老太太。"),
            A("电视讲得一点没错，老伯伯有三桩事体记心上：自称社保局要退钱、叫您先交手续费的，是骗子；"
              "自称警察、讲您账户出问题要您把钞票挪到别处的，也是骗子；"
              "我们行里的人绝对不会跟您讨密码，也不会让您报手机短信里那几位数字。心里一有拿不稳的，先挂掉，再打给儿子女儿商量。"),
            C("晓得啦，我记在心上了。"),
            A("补发的钞票放在卡里不要紧，想取现金就到柜台，让柜员帮您点清楚。"),
            C("好额。"),
            A("老伯伯，除了补发款，您还有别的事体要问伐？"),
            C("没了没了，谢谢侬。"),
            A("不客气，难得听到老伯伯讲电车的辰光，承蒙老伯伯特意打这一通，祝老伯伯腿脚灵便，天天笑眯眯，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah02_guiyang_tea_house_owner_wealth_product_silent_hold_clean",
        "title": "贵阳开茶馆的客户有三十万想买理财，以证件号最尾巴四位加预留手机号中间四位核身；告知后静音保留并致谢；坐席用自己的话讲清净值上下波动、可能亏到本金、以前的收益不等于以后、不是存款不受存款保险保障、封闭期不能取，建议只投一部分并读完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10506", "customer_tier": "VIP",
        "started_at": "2028-09-05T10:28:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A10506"]),
            C("你好嘛，我贵阳的，开了个茶馆，这几年存起三十万，放到活期头利息莫得几个，想问下买啥子理财得行。"),
            A("您在贵阳开茶馆，手里攒着三十万，嫌活期收益太薄，想换个生钱的门路，我归纳得准不准？"
              "谈具体产品以前，先得验明电话这头就是您：请讲一下证件号最尾巴的四位，再讲讲您预留手机号中间那四个数。"),
            C("最尾巴四位二六八三，手机中间四个是七七一五。"),
            A("都对得上。我去系统里把您去年做的风险评估调出来，可能要个七八秒，电话里会安静一下，您拿着别挂。"),
            {"silence": 6.0, "kind": "hold"},
            A("谢谢您在线上等我这一小会儿。测下来您属于稳健一档，能配一款半年期、风险等级属于二级的那一类，大头投在债券上。"),
            C("那它啷个会亏嘛？"),
            A("有几句话得跟您讲明白：这款产品的净值天天在变，行情不好的时候，到期收回来的数可能还不到投进去的，本钱并不包赔；"
              "页面上写的往年收益，那是旧账本上的成绩，往后能不能照样来谁也说不准；半年封闭期内钱取不出来；"
              "这东西跟存款是两码事，出了亏损，存款保险那张网兜不住它。"),
            C("要得，那我就晓得了。茶馆年底还要换一批桌椅。"),
            A("那换桌椅的钱先留出来。我的建议是先放十万试一试，剩下的二十万留在定期和活期里，随用随取。"
              "下单前手机上会跳出产品说明书和风险揭示书，您一页一页看完再勾同意，有看不懂的条款就打回来问我。"),
            C("得行，先放十万。"),
            A("十万这笔办好以后，您还想顺带聊聊别的吗？"),
            C("莫得了，你讲得清清楚楚的。"),
            A("那今天先聊到这儿，谢谢您把钱的事托付给我们，祝茶馆天天满座，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah03_wuhan_hot_dry_noodle_shop_renovation_transfer_clean",
        "title": "武汉热干面店老板要付十三万装修款，以身份证最后头四位加刚发到手机的六位动态码核身；手机银行一笔最多五万、每天最多二十万说对；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒（先签合同、转对公账户、改账号先打公司座机核实、分期付款），完整合规",
        "business_type": "transfer", "agent_id": "A10502", "customer_tier": "standard",
        "started_at": "2028-09-06T14:51:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A10502"]),
            C("喂，我武汉的，开了个热干面馆子，店面要重新装修，装修公司要十三万，我想用手机把钱打过去，么样搞？"),
            A("您的面馆要翻新，装修公司报价十三万，您想在手机上付给他们，是这回事吧？"
              "数目不小，得先弄清是您在操作：请说一下身份证最后头的四位，我这边再往您手机发一条短信，您把里面那六位数念给我。"),
            C("最后头四位八零四七，短信来了，六位数是三九二五一八。"),
            A("核对无误。拿手机银行来转，一次顶多五万，当天累加起来上限二十万，十三万分成三次转，今天一天就转得完。"),
            C("三次就三次，冇得问题。", overlap=0.6),
            A("另外要跟您交代几句：先和装修公司签好书面合同，钱转到合同上写的公司对公账户，户名一个字都不能差；"
              "要是有人打电话或者发消息说收款账号换了，您先拨装修公司前台的座机核实；"
              "钱别一次给足，开工付一部分，完工验收以后再结尾款。"),
            C("蛮好，我本来想一把给完的，那我先打五万，剩下的按进度给。"),
            A("这样稳妥多了。您看这边还要我帮着跟进什么？"),
            C("冇得了，蛮谢谢你。"),
            A("不用谢，感谢您肯把这一大串提醒听到底，祝面馆重新开张生意兴隆，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah04_harbin_ice_sculptor_lost_card_music_hold_clean",
        "title": "哈尔滨冰雕师傅干活时把借记卡弄丢了要挂失补卡，以身份证号压尾巴四个数加开户年份核身；告知后播放等待音乐并致谢；补卡七个工作日（正确），另说自助取款机一天最多取两万（另一渠道），完整合规",
        "business_type": "card", "agent_id": "A10503", "customer_tier": "standard",
        "started_at": "2028-09-07T16:35:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A10503"]),
            C("喂，你好，我是冰城哈尔滨人，在松花江边上雕冰灯，今儿干活穿得老厚了，卡不知道掉哪旮旯了，这可咋整？"),
            A("您在江边雕冰灯的时候把银行卡弄丢了，想马上挂失，再补一张，我这么理解差不离吧？"
              "挂失得由卡主本人来：请讲讲身份证号压尾巴的四个数，另外这个账户是哪个年头开起来的。"),
            C("压尾巴四个是六一七九，开户那年是二零一九年。"),
            A("核对没问题。我这就帮您办挂失，系统要转一会儿，我给您放一小段曲子，十来秒，您先听着别挂。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("音乐停了，谢谢您没挂一直等着。挂失这就生效了，丢了以后这张卡上没有出现新的交易。"),
            C("那贼好。新卡啥时候能拿着？"),
            A("补办新卡一般七个工作日，做好了寄到您留的地址。新卡到手之前要用现钱，带身份证去柜台就能取。"),
            C("那以后自助机上一天能取多少？我老忘。"),
            A("在自助取款机上取现，一天最多取两万，不过要新卡寄到以后才用得上。"),
            C("行，明白了。"),
            A("还有别的事要一块儿办吗？"),
            C("没了没了。"),
            A("好嘞，丢了卡第一时间打过来，您做得对，祝冰灯雕得漂漂亮亮，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah05_changsha_stinky_tofu_stall_account_opening_info_clean",
        "title": "长沙摆臭豆腐摊的客户想开个账户收扫码货款，问要带么子（一般业务咨询，不涉及已有账户，无需核身）；客户提到老弟是交警（无害提及）；本人有效身份证件加本人手机（正确），不能由别人代办，完整合规",
        "business_type": "account", "agent_id": "A10504", "customer_tier": "standard",
        "started_at": "2028-09-08T11:16:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A10504"]),
            C("喂，你好咯，我长沙的，在坡子街摆臭豆腐摊子，想开个账户专门收扫码的钱，开户要带么子东西？"),
            A("您在坡子街摆摊，想新开一个账户专门收顾客扫码付的钱，想先问清楚开户得备齐哪些东西，对吧？"
              "这只是问开户的手续，跟您现在的账户不相干，所以不用核对您的身份。"
              "您带好本人的有效身份证件，再带上自己平时用的手机，开户的时候要往这个号码发验证短信。"),
            C("我老弟是交警，他讲卡要自己收好，莫借给别个，开户还有么子要注意的？"),
            A("您老弟讲得在理，账户开出来只给自己收钱，卡、密码和手机上的验证码都不要交给别人用。"),
            C("那我让我堂客帮我去办要得不？"),
            A("这个办不了，开户一定要您本人到网点，别人拿着您的证件也替不了。"),
            C("晓得哒，那我明天收摊以后自己去。"),
            A("好的。您那边还有哪里没搞清楚？"),
            C("冇得了。"),
            A("好，谢谢您这么上心先来打听，祝摊子前面天天排长队，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah06_liuzhou_snail_noodle_factory_german_machine_euro_remittance_clean",
        "title": "柳州螺蛳粉作坊老板要往德国一家公司汇一万八千欧元买二手封口机，以身份证号收尾四个数加最近一笔转出的收款人姓名核身；一到三个工作日到账（正确）；坐席用自己的话做跨境汇款风险提示（汇到卖方公司自己的账户、和合同及官网对照、对方说改账号先打卖方电话核实、钱出境难追回），完整合规",
        "business_type": "transfer", "agent_id": "A10505", "customer_tier": "standard",
        "started_at": "2028-09-11T15:04:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A10505"]),
            C("你好，我柳州的，开了个做螺蛳粉的小作坊，看中德国一家公司的二手封口机，要汇一万八千欧元过去，头一回搞这个，冇晓得从哪里下手。"),
            A("您要给德国那家公司汇一万八千欧元买二手封口机，这是头一次往国外汇款，对吧？"
              "往外汇钱要用您本人的购汇额度，先得核一下身份：请讲身份证号收尾的四个数，再说一下您上一回往外转账收钱的是谁。"),
            C("收尾四个数三八二零，上一笔转给我表哥，姓覃。"),
            A("和记录里的一样。您在手机银行里找到境外汇款，照合同上写的填收款公司全称、账号和对方银行的识别代码，用途选设备货款。"
              "这种汇款一般一到三个工作日到对方账上。"),
            C("德国那边的中间人在微信上发了个账号给我，我照那个填得不得？"),
            A("这一步要格外小心：货款要汇进卖方公司自己名下的账户，户名就是合同上那家公司，不是中间人的个人户头；"
              "账号要跟合同和那家公司官网上公布的对一对，聊天软件里转来转去的先别信；"
              "要是有人说公司换了收款账户，您直接打卖方公司的电话问；钱汇出国门以后，汇错了很难追得回来。"),
            C("好，我先找合同对一下。"),
            A("这样最稳。欧元的牌价一天一个样，最终扣多少人民币，按您点确认那一下的价格算。另外还惦记着什么要问不？"),
            C("冇了，多谢。"),
            A("不客气，谢谢您每一步都核得这么细，祝新机器一到就开足马力，再会。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "ah07_no_greeting_nanchang_utility_autopay_check",
        "title": "南昌客户查水电费代扣有没有扣成功；坐席以“哎，你说。”接起，无问候、行名、工号；以身份证尾巴上四个数加最近一笔刷卡消费的商户核身，其余流程合规",
        "business_type": "account", "agent_id": "A10504", "customer_tier": "standard",
        "started_at": "2028-09-12T13:22:09", "agent_channel": 0,
        "turns": [
            A("哎，你说。"),
            C("喂，这是恒通的客服不？我南昌的，家里水电费是绑了卡自动扣的，这个月物业讲冇扣到，我想查下子到底扣了冇。"),
            A("是恒通。查扣款得先对上您的身份，讲一下身份证尾巴上的四个数，再讲讲您最近一笔刷卡是在哪家店刷的。"),
            C("尾巴上四个数是七二五三，最近刷卡是在一家药店，买感冒药。"),
            A("核对一致。这个月九号扣了水费六十二元，电费没有扣成功，原因是绑定的电费户号过期了，要重新签一次代扣。"),
            C("难怪物业讲冇扣到，那我在手机上重新签一下。"),
            A("对，在手机银行生活缴费里重新添加电费户号就行。要不要再帮您查点别的？"),
            C("冇得了。"),
            A("好，辛苦您专程来电核对，祝您家里水电都顺顺当当，再会。"),
        ],
        "violations": [mark("greeting.missing", "只说了哎，你说：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ah08_no_staff_number_hefei_used_excavator_single_limit_wrong",
        "title": "合肥包工头要给二手机械商付十八万买挖掘机，开场白有问候、行名和服务用语但不报工号；以身份证号末尾那四个数加开卡网点核身；把手机银行单笔上限说成十万（知识库为五万），每天二十万（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A10501", "customer_tier": "standard",
        "started_at": "2028-09-13T10:40:51", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行为您接听，今儿个遇上啥事了，说来听听。"),
            C("你好，我合肥的，包点小工程，看中一台二手挖掘机，十八万，想用手机转给卖家，可照？"),
            A("您相中一台二手挖掘机，十八万，打算用手机把钱付给卖家，对吧？"
              "先核身份：身份证号末尾那四个数是多少，这张卡又是在哪个网点开的。"),
            C("末尾那四个数四零八六，卡是在三孝口那个网点开的。"),
            A("核对一致。手机银行一笔最高能转十万，每天最多二十万，十八万分两笔，当天这钱就能全部结清。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十万")]),
            C("那好，下午就转。"),
            A("数目这样大的一笔款子，您最好先到场看过机器、跟卖家把买卖合同签齐，确认收款账户跟合同上的卖方名字一致再转，"
              "别听人说先打一笔定金到某个私人卡上锁车。"),
            C("噶，我先去看机器，签了合同再说。"),
            A("那样就牢靠了。另外还有想打听的吗？"),
            C("冇得了。"),
            A("好，多谢您，祝工程顺顺利利，再会。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ah09_pet_hospital_deposit_refund_no_identity",
        "title": "客户查宠物医院退回的住院押金，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又报出卡上余额（坐席在声道一）",
        "business_type": "account", "agent_id": "A10503", "customer_tier": "standard",
        "started_at": "2028-09-14T18:47:35", "agent_channel": 1,
        "turns": [
            A(OPENING["A10503"]),
            C("你好，我家狗前几天住院，出院的时候宠物医院说押金原路退回，两千块，你帮我瞅瞅退回来没有？"),
            A("退回来了，九月十二号下午，一家动物诊疗公司打进来两千元，附言是住院押金退还。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出押金退款的到账日期、金额、付款方和附言")]),
            C("那就好。我卡上现在总共还剩多少？"),
            A("现在卡里一共是一万三千四百二十元。",
              marks=[mark("identity.not_verified", "未核验身份即报出卡上余额")]),
            C("行，心里有底了。"),
            A("好的。您还要查点什么吗？"),
            C("不用了。"),
            A("好嘞，多谢您，祝狗狗早日活蹦乱跳，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah10_dentist_fixed_income_plus_jargon_no_disclosure",
        "title": "牙科诊所医生有四十万想买理财，以证件号最尾巴四位加预留手机号中间四位核身；坐席介绍产品满口术语（固收加、久期、信用下沉、杠杆率、业绩比较基准、估值偏离度、封闭式运作）；客户问会不会亏，坐席说本钱一分少不了，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A10506", "customer_tier": "VIP",
        "started_at": "2028-09-15T09:33:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A10506"]),
            C("你好，我是开牙科诊所的，手头有四十万闲着，想找个不用天天盯着的理财。"),
            A("先做核身：证件号最尾巴的四位，另外预留手机号中间那四个数也报一下。"),
            C("最尾巴四位九一五二，中间四个数三零六八。"),
            A("核对完毕。这款是固收加策略，组合的久期大约一点八年，信用下沉这块基本没碰，杠杆率控制在一百二十以内，业绩比较基准三点五，估值偏离度压得挺低，封闭式运作一年。",
              marks=[mark("etiquette.jargon", "固收加、久期、信用下沉、杠杆率、业绩比较基准、估值偏离度、封闭式运作，未向客户解释")]),
            C("你这些词我在诊所里一个都用不上，我就想知道这四十万放进去会不会亏？"),
            A("这个您踏踏实实的，本钱一分少不了，到期连本带利都在。"),
            C("那四十万都买这个。"),
            A("好，四十万已经帮您下单了。还有别的要办没？"),
            C("没了。"),
            A("好的，谢谢您，诊所忙也注意休息，再会。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单四十万元理财产品，客户问会不会亏时坐席说本钱一分少不了，未做任何风险揭示")],
    },
    {
        "call_id": "ah11_stolen_phone_card_drained_metro_police_no_closing",
        "title": "客户地铁上手机被偷，小偷用手机里绑定的卡转走六千八，已去地铁派出所报案；坐席以身份证号码倒数四位加开户年份核身（手机丢了收不到短信），冻结卡片、解绑手机支付、说明后续，但最后只说“就这样吧。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A10502", "customer_tier": "standard",
        "started_at": "2028-09-18T08:19:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A10502"]),
            C("喂，我早上挤地铁手机叫人偷了，刚借同事电话看了下短信，卡里六千八被人转走了，都转到一个不认识的人那里去了！",
              marks=[mark("risk.keyword_alert", "手机被偷、卡里六千八被转给陌生人：盗刷")]),
            A("您先稳住，这事立刻着手办。手机不在身边，短信收不到，换个办法核对：请讲身份证号码倒着数的四个数字，再讲讲这张卡是哪年办下来的。"),
            C("倒数四位二九七一，二零一六年开的。"),
            A("对上了。我这边已经把卡冻住，手机上绑的快捷支付也全部解除了，那边再也动不了这张卡。"),
            C("我出了地铁就去站里的派出所报了案，警察给了张回执，叫我来银行打一份流水。",
              marks=[mark("risk.keyword_alert", "已到地铁派出所报案：涉案")]),
            A("请您揣上身份证和那张回执到任意网点，柜台给您打近一个月的流水并盖章，警方查案要用。"
              "新手机补好卡以后，先改掉手机银行的登录密码，锁屏密码也别再用生日。"),
            C("晓得了，中午就去网点。"),
            A("就这样吧。"),
        ],
        "violations": [mark("closing.missing", "坐席只说就这样吧：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ah12_fake_shop_refund_screen_share_loan_stopped",
        "title": "客户接到自称网店客服的电话，说商品质量有问题要双倍退款，让开屏幕共享、在借款软件里先借出钱再转过去“走退款流程”（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：挂断、别共享屏幕、别借款别转账、不报验证码，已转钱就打反诈专线并报警；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A10505", "customer_tier": "standard",
        "started_at": "2028-09-19T19:26:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A10505"]),
            C("你好，刚才有个网店的客服打电话给我，说我上个月买的面膜有质量问题，要给我双倍退款，让我手机开屏幕共享，再到一个借款软件里先借两万出来转给他们走退款流程，我想问下借出来的钱怎么转最快。",
              marks=[mark("risk.keyword_alert", "自称网店客服、双倍退款、开屏幕共享、先借款再转给对方走退款流程：诈骗话术")]),
            A("您先别转，也别借。这一套是典型的骗局：正规的网店退款都是退回到原来付款的地方，从来不会让您借钱，更不会让您开屏幕共享。"
              "您现在就把屏幕共享关掉，挂断那个电话，对方发来的链接一个都别点，手机收到的验证码谁问都别说。"),
            C("我刚才已经把共享打开了，还没借，也没转。"),
            A("那还来得及。您马上关闭共享，把那个借款软件卸掉；要是发现有钱被转走了，立刻拨打反诈专线九六一一零，再去派出所报警。"),
            C("关掉了，吓我一跳，差点就转了。"),
            A("您打过来问一声，就是最好的防护。还有没有哪件事要我搭手？"),
            C("没有了，谢谢你啊。"),
            A("不客气，谢谢您多了个心眼先打来问，祝您平平安安，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah13_online_pear_seller_account_frozen_angry_hold",
        "title": "网上卖砀山梨的客户账户突然被冻结，货款收不了，愤怒、扬言投诉；坐席共情担责，以身份证号码最后那四个数字加最近一笔刷卡消费的商户核身，告知后静音保留并致谢，查明是短时间大量陌生人转入触发风控的暂停非柜面交易，说明带材料解除与时限",
        "business_type": "complaint", "agent_id": "A10501", "customer_tier": "standard",
        "started_at": "2028-09-20T11:05:17", "agent_channel": 0,
        "turns": [
            A(OPENING["A10501"]),
            C("喂，我在网上卖砀山梨，今天一早顾客付的钱全打不进来，提示我账户被冻结了，正是卖梨的旺季，你们说冻就冻，我这一天损失多少谁赔？",
              marks=[mark("risk.keyword_alert", "账户被冻结、货款收不进来：冻结资金"),
                     mark("emotion.customer_negative", "你们说冻就冻、损失谁赔：质问、不满")]),
            A("正赶上旺季，钱却一分进不来，换谁都着急上火，这件事我接下来，一直跟到您能正常收款为止。"
              "先照规矩核对一下：请说身份证号码最后那四个数字，再说说您最近一笔刷卡是在哪家店。"),
            C("零五八四，最近在加油站刷的。你们银行就会让人核对这个核对那个，我非去告你们不可！",
              marks=[mark("emotion.customer_negative", "非去告你们不可：投诉、不满")]),
            A("核对通过，您冒火我能体会。我去调一下限制的具体原因，前后估摸二十来秒钟，线上会安静一会儿，请您别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("多亏您一直在线等着，查清楚了。这两天您的账户一下子收了两百多笔陌生人的转账，系统按风控规则暂停了非柜面的收付，并不是司法冻结，钱都还在。"),
            C("那得怎么才能放开？"),
            A("劳驾您把身份证带在身上，再备好网店后台的订单截图和发货记录，到任意网点做一次说明，核实以后当天就能放开。"
              "以后要是收款量大，可以办一个商户收款码，顾客付款走商户通道，不容易再被拦。"),
            C("行吧，下午我抽空跑一趟。"),
            A("让您在旺季受了这份耽误，实在抱歉。您还需要我做些什么吗？"),
            C("先这样吧。"),
            A("好，多谢您肯耐心听我讲完，祝梨子卖得又快又好，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah14_card_instalment_fee_interrupt_rebuff",
        "title": "客户问信用卡分期手续费为什么比预想的多，坐席在客户陈述未完时插话一次，并以“那是您自己没看清楚，怪不到我们头上”推诿、顶撞客户，最后才说明手续费按期收取",
        "business_type": "card", "agent_id": "A10504", "customer_tier": "standard",
        "started_at": "2028-09-21T12:38:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A10504"]),
            C("你好，我上个月把一笔一万二的账单分了十二期，这个月一看每期除了本金还扣了不少手续费，比我原来算的多了一截，我想问下这个到底怎么算"),
            A("分期手续费是吧，我知道了。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("嗯。"),
            A("动手前对一下身份，身份证号码末位往前数四个，还有您最近一笔钱转给了谁。"),
            C("末位往前四个是三六四八，上次转给我妈了，姓丁。"),
            A("核对过了。您这笔一万二分了十二期，每期还本金一千元。"),
            C("那手续费怎么比宣传页上写的高？当时办的时候可没人跟我讲。"),
            A("那是您自己没看清楚，怪不到我们头上。",
              marks=[mark("etiquette.forbidden_phrase", "那是您自己没看清楚，怪不到我们头上：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦、推卸责任")]),
            C("我就是想弄明白怎么算的。"),
            A("手续费是按每一期分开收的，明细在这个月的账单里都列着。"),
            C("那我回头自己看吧。"),
            A("还剩哪一处没弄明白？"),
            C("没了。"),
            A("嗯，谢谢，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah15_demagnetised_card_replacement_wrong_music_no_notice",
        "title": "客户银行卡消磁刷不出来要换新卡，以身份证号最后边四位加刚发到手机的六位动态码核身；客户问新卡多久能到后直接进入十秒等待音乐、坐席未告知，之后致谢；把补卡时间说成三个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A10503", "customer_tier": "standard",
        "started_at": "2028-09-22T15:47:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A10503"]),
            C("你好，我这张卡放在手机壳里，跟磁铁挨着，现在去超市结账那台机器读不出来了，想换张新的。"),
            A("卡消磁了想换新卡，明白。先核身份：请讲身份证号最后边的四位，我再给您手机发条短信，您把里头的六位数念一下。"),
            C("最后边四位一五零九，短信上是七四六二零三。"),
            A("核对通过，换卡申请我已经替您提交了，新卡还是原来的卡号，邮到您登记在册的住址。"),
            C("好的。那新卡要几天才能寄到？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("劳您听了这么一段音乐，谢谢。补一张新卡三个工作日就能寄到。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成三个工作日")]),
            C("那挺快，等着就是了。"),
            A("对，新卡到了记得先激活再用。旁的事还要一并办不？"),
            C("没有了。"),
            A("好的，感谢您特地拨这通电话，往后卡片离磁铁远点，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ah16_elderly_tianjin_matured_deposit_cash_dead_air",
        "title": "八十岁老年客户（天津口音）定期存款到期，想取三万现金给闺女买车添钱，以身份证号末尾四个数加最近一笔刷卡消费的商户核身；客户问取现要怎么办后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10505", "customer_tier": "elderly",
        "started_at": "2028-09-25T09:02:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A10505"]),
            C("喂，姑娘，我天津的，八十了。我那笔定期是不是到日子了？闺女买车，我想取三万块钱现金给她添上，介事倍儿要紧。"),
            A("大爷您好，您想看看定期到没到期，再取三万现金给闺女买车，大爷是这个打算吧？"
              "查之前先核个身份：请说身份证号末尾四个数，再说说您最近一次刷卡是在哪个店。"),
            C("末尾四个是八三零二，上回在菜市场边上的药房刷的。"),
            A("核对一致。您那笔五万的定期前天到期了，本息一共五万一千二百元，已经转进活期了。"),
            C("那嘛，三万块现钱我怎么取？电话里头能给办了吗？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("电话里取不了，三万要到网点柜台取，头一天先打电话约好柜台最省事。"),
            C("甭麻烦，我让外孙子陪我去。"),
            A("好的。大爷还有嘛要问的？"),
            C("没了。"),
            A("好嘞大爷，祝闺女新车开得顺顺当当，再会。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十岁老年客户打算取三万现金，坐席全程未给任何防诈骗提醒（如冒充亲属、公检法要求转账或索要密码）")],
    },
    {
        "call_id": "ah17_fast_agent_card_activation_gold_fee",
        "title": "坐席语速过快（约一点六倍）；客户问新信用卡激活和金卡年费，以证件号码末端四码加最近一笔刷卡商户核身；坐席在客户陈述未完时插话一次；金卡年费三百元、刷满六次免次年（正确）",
        "business_type": "card", "agent_id": "A10502", "customer_tier": "standard",
        "started_at": "2028-09-26T14:14:38", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10502"]),
            C("你好，我刚收到你们寄来的金卡，信封里夹了张单子，我想问问怎么开通，还有年费到底收多少，我看单子上写得"),
            A("激活和年费对吧，先核身份，证件号码末端四码，外加最近一次刷卡在哪家店。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("末端四位五七三一，最近在一家面包店刷的。"),
            A("核对好了，您在手机银行卡片管理里点开通，设好交易密码就能用。"
              "金卡年费一年收三百元，十二个月里刷够六回，第二年的就给您免掉。"),
            C("你说慢点好吗，我一下没记住。"),
            A("手机银行点开通，设密码；年费三百，刷满六次免下年。"),
            C("行，我现在就去开通。"),
            A("好，开通以后会有短信提醒。另外还想顺手办点啥？"),
            C("没了。"),
            A("好，劳您专门跑这一趟电话，刷卡顺心，再会。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ah18_transfer_bounced_back_asked_thrice_hangup",
        "title": "客户给供货商的转账被退回，三次问为什么被退，坐席只说确实退回了、让重新转，客户第三次问时通话随即结束",
        "business_type": "transfer", "agent_id": "A10505", "customer_tier": "standard",
        "started_at": "2028-09-27T20:31:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A10505"]),
            C("你好，我昨天给供货商打过去八千元货款，今天钱又回到我卡上了，这到底咋搞的？"),
            A("核身份：身份证号码从后往前四个数，外加这张卡是哪年办的。"),
            C("倒数四位六二四零，开卡那年是二零二一。"),
            A("核对通过。您那笔八千元确实被退回了，已经回到原卡。"),
            C("退回来我看到了，我想知道为什么会退，我填的东西哪里不对吗？"),
            A("退回的钱不影响使用，您重新转一次就行。"),
            C("这已经是我第三次张口问了，这笔钱到底为什么被退回来？",
              marks=[mark("resolution.repeated_question", "为什么被退回问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ah19_short_temporary_limit_call",
        "title": "客户想临时提高信用卡额度，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10502", "customer_tier": "standard",
        "started_at": "2028-09-28T18:09:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A10502"]),
            C("喂，信用卡临时额度能调高点吗？"),
            A("调不了。"),
            C("哦，好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ah20_xian_rental_deposit_private_account_no_warning",
        "title": "西安客户要给网上认识的房东个人账户转十五万租铺面押金加年租，以身份证号码最后那几位加最近一笔刷卡商户核身；单笔五万、每天二十万（正确）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A10503", "customer_tier": "standard",
        "started_at": "2028-09-29T10:22:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A10503"]),
            C("你好，额西安的，想在回民街附近租个铺面卖肉夹馍，房东是在网上认识的，人在外地，让额先把押金带一年租金十五万打到他个人卡上，他再寄钥匙过来，咋弄咧？"),
            A("您要给房东转十五万，付铺面的押金和一年租金，对吧？先核身份：身份证号码最后那几位数字，四个就行，再加上您最近一笔刷卡是在哪家店。"),
            C("最后四个是九七二六，上回在钟楼那边的书店刷的。"),
            A("核对一致。要是在手机上转，单单一次最多五万，一个自然日合起来最多二十万，十五万拆做三回，今天就能全打过去，户名账号照房东发的填。"),
            C("美得很，那额今天就转。"),
            A("好的。今天还有没交代完的事吗？"),
            C("嫑了，就这事。"),
            A("行，多谢您，祝铺面早点开张，再会。"),
        ],
        "violations": [mark("risk.disclosure_missing", "十五万元转到网上认识、未见面的房东个人账户，坐席未做任何大额转账风险提示（先看房签合同、核实房东身份、防范先款后货）")],
    },
]

HELDOUT22_SEED = 20281022
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT22_CALLS, agents=AGENTS, default_out=Path("samples/heldout22"),
                  seed=HELDOUT22_SEED, description=__doc__))
