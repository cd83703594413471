#!/usr/bin/env python3
"""Render the thirteenth held-out evaluation set in samples/heldout13/ (dev-only; never imported by the product).

The first twelve held-out sets (samples/heldout/ to samples/heldout12/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This thirteenth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the twelve
earlier held-out sets (no clause of five characters or more is shared, in either direction, with
make_samples.py or make_heldout.py to make_heldout12.py): other agents (A9501-A9506) with their own
openings (远程柜员, 职员代码, 客服席位号, …号客服员, 本时段值守员, 财富规划师), other verification routes
(the middle four digits of the mobile number on file, the native place recorded at account opening,
the amount of the latest deposit, the picture on the card face, a payee saved as a frequent one in
the app, the road of the mailing address), other hold and closing phrasings, topics the earlier sets
did not use (a one-year closed-end wealth product bought with the money from a sold lorry, a gas-bill
direct debit from a pension card, banknotes of the 1980 series and a jar of fen coins found in a wall,
a dried-fruit shop paying a jujube co-operative, New-Zealand-dollar honey from an apiary whose payee
name differs, a motorway toll tag bound to a credit card, a forgotten mobile-banking transaction
password, a sports-lottery prize, a son's ice-hockey camp in Vancouver, a maternity allowance, a
"snowball" structured note, a fake airline's rebooking refund, a game account sold online whose
"platform" wants an unlock deposit, a card skimmed and used in Brazil, a driving school's double
charge, an annual fee that appeared on a statement, a bank statement of deposit for a visa, cash at
a village's farmer-service withdrawal point, a monthly SMS-alert fee, moving a card's due date),
dialect-flavoured customers (Yinchuan in Ningxia, Urumqi in Xinjiang, Shantou Teochew-flavoured,
Liuzhou in Guangxi and the Yueyang countryside in Hunan; the Yinchuan and Yueyang customers are
elderly) and hard negatives (steps done in unusual words, steps not required in that situation,
harmless mentions of the police and of verification codes, figures right for another channel or
card, large transfers and a remittance abroad with a warning, a customer who starts before the
agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout13.py
    /work/tts-venv/bin/python tools/make_heldout13.py --only x13_game_account_sale_unlock_fee_no_warning
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
#   number may be said as "远程柜员NNNN", "职员代码NNNN", "客服席位号NNNN", "NNNN号客服员",
#   "本时段值守员NNNN" or "财富规划师NNNN". x09 greets, names the bank and offers help with no
#   number (staff_id_missing); "在呢，讲重点。" (x08) is no greeting at all (both labels);
# - identity: a check before any account data or account action. ID digits + the middle four
#   digits of the mobile number on file (x01, x07, x11), + the native place recorded at opening
#   (x02, x09, x12, x18), + the amount of the latest deposit (x04, x08, x13, x15, x19), + the picture
#   on the card face (x06, x14, x16), + a frequent payee in the app (x05), + the road of the mailing
#   address (x17). identity.not_verified = each agent turn that discloses account data before a
#   check: x10 (a maternity allowance's date, amount, payer, then the balance, no check at all: two
#   turns). General information (x03: old banknotes and coins; x20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (x11: a "snowball" note
#   that "only loses if the market crashes"), a fraud script the customer describes left without an
#   anti-fraud warning while the agent helps the money out (x13). A disclosure in the agent's own
#   words counts (x01). Large transfers carry a warning in the agent's own words (x04), the
#   remittances abroad too (x05, x09);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (x13: a game-account "platform" wants 28,000
#   before the sale money is released). x12 twice (我被人骗了…四万六一下子就没了; 我刚从派出所出来，已经报了警),
#   x14 once (card in the pocket, two charges in Brazil). A community police officer and
#   verification codes (x02), whether a police certificate is needed (x03), the bank's dynamic code
#   (x07) and the agent's own warning about fake allowance fees (x10) are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (x18: an
#   83-year-old drawing pension cash at a village withdrawal point). The other elderly call (x02)
#   carries it;
# - emotion.customer_negative: x14 twice, x19 once. etiquette.jargon: x11.
#   forbidden_phrase and agent_negative: x15, x17 (both labels on each);
# - hold: announced holds in other words count (x04 silent, x07 music, x14 music; all thanked).
#   In x16 the music (10 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: x18, 12 s after the elderly customer asks about the fee;
# - closing: thanks and goodbye in other words count; x12 ends with "就到这儿。": closing.missing;
#   x19 and x20 end without any closing;
# - answer.wrong_fact: x09 (汇出去以后一般要十到十五个工作日才能到账; the KB says one to three working
#   days) and x16 (金卡年费是四百八十元; the KB says 三百元). Right figures stay unlabelled (x04's 五万 /
#   二十万 and the cash machine's 两万 a day, x05's 两个工作日, x06's 金卡 fee of 三百元 beside the 白金卡,
#   x14's 七个工作日);
# - etiquette.interruption: x15, 1.0 s and 1.2 s. In x06 the customer starts 0.5 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: x19; handling.time_standard: x20;
#   etiquette.speech_rate: the agent at 1.6x (x17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9501": {"team": "一线Z组", "staff_no": "七二四六"},
    "A9502": {"team": "一线Z组", "staff_no": "三零五九"},
    "A9503": {"team": "一线I组", "staff_no": "五一八零"},
    "A9504": {"team": "一线I组", "staff_no": "九四二六"},
    "A9505": {"team": "一线I组", "staff_no": "二六三七"},
    "A9506": {"team": "二线P组", "staff_no": "八一零四"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9501": "恒通银行远程柜员七二四六向您问声好，今天打进来想办哪件事呀？",
    "A9502": "您好，这里恒通银行，职员代码三零五九，请您说说需要什么帮助。",
    "A9503": "恒通银行，您好，客服席位号五一八零，这会儿由我陪您把事情理顺。",
    "A9504": "您好哇，恒通银行，九四二六号客服员接起了您的电话，要办什么尽管讲来。",
    "A9505": "您好，恒通银行本时段值守员二六三七，您那边遇到什么难处了？",
    "A9506": "您好，恒通银行资产配置专线，财富规划师八一零四，想给哪笔钱找个去处？",
}

HELDOUT13_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "x01_truck_sale_closed_end_wealth_clean",
        "title": "跑了二十年长途的货车司机卖掉大货车得二十四万，想买一年期封闭式净值型理财，以身份证尾号加预留手机号中间四位核身；坐席用自己的话讲清净值会上下波动、一年内拿不出来、不承诺收益、不是存款，建议只放一部分，完整合规",
        "business_type": "wealth", "agent_id": "A9506", "customer_tier": "VIP",
        "started_at": "2027-11-08T10:14:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A9506"]),
            C("你好，我开了二十年长途货车，腰不行了，把车卖了得了二十四万，想找个一年的理财放着，到期了再说。"),
            A("您把跑长途的大货车卖了，二十四万想放一年左右，找个理财产品，我理解得对不对？"
              "推荐之前得先核准是您亲自来电：请把身份证号码最尾巴的四个数字告诉我，再报一下您在我行预留的手机号，中间那四位就行。"),
            C("尾巴四个是六二零三，手机中间四位是八八一七。"),
            A("信息吻合，是您本人。我们有一款一年期的封闭式净值型理财，中低风险，等级二级，业绩比较基准写的是年化两点八到三点二。"),
            C("那就是一年稳拿三个点？"),
            A("不能这么算，我得把丑话说在前头：比较基准不过是个参照，不是承诺，净值每天会上下动，到期时拿到的可能比它少，极端情况下本金也会缩水；"
              "而且封闭期一年，中途急用钱是取不出来的，它跟存款是两码事，存款保险管不到它。"),
            C("哦，一年里头都动不了啊，那我得留点看病的钱。"),
            A("您想得很周到。您的测评结果是平衡型，跟这款产品匹配。我建议拿十五万买它，剩下九万放活期或者随时能取的产品，以防手头要用。"),
            C("好，就按十五万来。"),
            A("您在手机银行购买时，会先让您阅读产品说明书和风险揭示书，签字确认后才成交。别的方面还有我能搭把手的吗？"),
            C("没有了，讲得蛮透。"),
            A("好的师傅，谢谢您听我絮叨这么多，往后好好歇歇腰，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x02_elderly_yinchuan_gas_bill_autopay_clean",
        "title": "七十六岁老年客户（宁夏银川口音）想让养老金卡每月自动扣天然气费，以身份证尾号加籍贯核身；提到社区民警来登记过、孙子说别把验证码给人（无害提及）；坐席说明须本人带燃气卡号到网点签约，并提醒冒充燃气公司、冒充银行的骗局，完整合规",
        "business_type": "account", "agent_id": "A9503", "customer_tier": "elderly",
        "started_at": "2027-11-09T09:03:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A9503"]),
            C("丫头，我是银川的，七十六了。每个月跑去交天然气费，腿脚不利索，能不能叫我这个养老金卡上自己扣掉，你给我说说嘛。"),
            A("阿姨您好，您是想让养老金卡每个月自己把天然气费扣掉，不用再跑去交，是这个意思吧？"
              "这要在您卡上办签约，得先认一认人：您把身份证最后四个数给我念一下，再说说开户那会儿登记的籍贯是哪儿。"),
            C("最后四个是一九五八，籍贯是甘肃天水。"),
            A("对上了，是您本人。这个叫燃气费代扣，头一回要您自己带上身份证、养老金卡，还有燃气卡上的户号，到我们网点签个协议，以后每个月到时候自动扣。"),
            C("噢，那就好。前一阵社区民警还上门来登记过，我孙子也老叮嘱，手机上来的那个验证码谁要都不给。"),
            A("孙子说得对，我也跟您多说两句：要是有人打电话说自己是燃气公司的，说您欠费要停气，让您往一个账户上打钱，"
              "或者说是银行的，要您念手机上收到的数字，统统是骗钱的，您直接挂断，再打燃气公司营业厅的电话或者找家里人问。"),
            C("记下了，我让孙子给我写在本子上。"),
            A("这样最好。签约以后每扣一回都会有短信，您孙子帮您看着点。还有啥想问的没有？"),
            C("没了，丫头你说得明白。"),
            A("好嘞阿姨，谢谢您打这一趟电话，天冷出门多穿点，再见了。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x03_old_banknotes_and_coins_info_clean",
        "title": "客户翻修老房子找到一沓一九八零年版五十元和一罐分币，问能不能存、能不能换（一般业务咨询，不涉及账户，无需核身）；担心要不要派出所开证明、会不会发验证码（均为无害提及），完整合规",
        "business_type": "account", "agent_id": "A9501", "customer_tier": "standard",
        "started_at": "2027-11-10T14:22:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A9501"]),
            C("你好，我翻修老房子，在墙缝里找到一沓八零年版的五十块，还有一罐一分二分的硬币，这些还能存到银行吗？"),
            A("您是在老房子里翻出了一沓旧版五十元，还有一罐分币，想知道能不能存进银行，对吧？"
              "这是一般的业务问题，不查您的账，身份就不用核了。第四套人民币的纸币已经停止流通，不能直接存，但可以到我们网点兑换成现在的钱。"),
            C("那分币呢？"),
            A("分币还是能用的，一分二分五分都可以存，就是数量多的话，麻烦您先按面额分一分，柜台清点会快很多。"),
            C("这些是墙里头找出来的，要不要先去派出所开个证明，说明钱的来历？"),
            A("不用去派出所开证明，家里翻出来的旧钱，带上本人身份证来就行。只是那种版本的纸币有收藏价值，兑换是按面值换，您可以先考虑一下。"),
            C("哦，那我先问问懂行的。到时候网点会给我手机发验证码吗？"),
            A("兑换旧币不用验证码，到柜台填张单子就好。真要存进卡里，才会在柜台让您确认一下密码。"),
            C("明白了，谢谢你啊。"),
            A("不客气，另外还有哪块不清楚的吗？"),
            C("没有啦。"),
            A("好的，谢谢您把这么稀罕的事说给我听，祝您新房住得舒心，再会啦。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x04_urumqi_jujube_coop_transfer_hold_clean",
        "title": "新疆乌鲁木齐干果店老板要给若羌的红枣合作社付十八万货款，以身份证尾号加最近一笔存入金额核身；告知后静音保留并致谢；每笔五万、一天二十万说对，取款机每天两万（另一渠道，正确）；用自己的话做大额转账提醒（对公账户、合同盖章、先验货、电话回拨核实），完整合规",
        "business_type": "transfer", "agent_id": "A9504", "customer_tier": "standard",
        "started_at": "2027-11-11T12:36:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A9504"]),
            C("哎，你好，我乌鲁木齐的，开干果店的嘛。我在若羌的合作社订了一车红枣，货款十八万，今天想从手机上打过去，一次能打多少嘛？"),
            A("您要给若羌那边的合作社付十八万红枣货款，今天想在手机银行上转，想知道一回能转多少，是吧？"
              "动钱之前要确认是卡主本人：您说一下身份证号最后四位，再说一下这张卡上最近一次存进来的钱是多少。"),
            C("最后四位是三八四一，最近存进来的是一万二，卖核桃的钱。"),
            A("都核对上了。我给您看看这张卡今天还能转多少，十来秒，电话您先举着别放下，这头会安静一下。"),
            {"silence": 6.0, "kind": "hold"},
            A("麻烦您在那头等着，多谢。手机银行转账每笔最多五万，一天累计最多二十万，十八万分四次转，今天就能付清。"),
            C("好得很。那我要是去取款机上取现金呢？"),
            A("在取款机上取现，一天的上限是两万，跟转账的额度是分开算的。"),
            C("不取，我就转账。"),
            A("转之前说几句要紧的：十八万是一大笔钱，钱最好转到合作社的对公账户，不要转给哪个个人；跟他们签的购销合同要盖章，"
              "头一回合作可以先付一部分，验了货再付尾款；要是对方临时说换个账户收钱，一定先打合作社的座机问清楚。"),
            C("对对，我先付一半定金，枣子到了再付剩下的。"),
            A("这样稳妥。您另外还想打听点什么？"),
            C("没有了，亚克西！"),
            A("哈哈，谢谢您的夸奖，也谢谢您选我们办这笔钱，祝您生意越做越红火，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x05_nz_manuka_honey_remittance_clean",
        "title": "进口食品店给新西兰蜂场汇三万纽币货款，以身份证尾号加常用收款人核身；坐席用自己的话做跨境汇款风险提示（假发票、假冒供应商、汇出难追回），到账一般两个工作日（正确），提醒纽币牌价实时变化，完整合规",
        "business_type": "transfer", "agent_id": "A9502", "customer_tier": "standard",
        "started_at": "2027-11-12T15:48:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A9502"]),
            C("你好，我开进口食品店的，跟新西兰一家蜂场订了麦卢卡蜂蜜，要付三万纽币，想问问从你们这儿怎么汇。"),
            A("您要给新西兰的蜂场付三万纽币的蜂蜜货款，想知道汇款的办法，对吗？这会用到您的购汇额度，先把身份核一核："
              "身份证号码收尾的四个数请讲一下，另外您手机银行里常用的收款人有哪一位。"),
            C("收尾四个是零五二九，常用收款人是我爱人，叫周慧。"),
            A("核对无误。这笔算货物贸易的货款，准备好跟蜂场签的合同和对方开的发票，在网银或者柜台提交都行，一般两个工作日能到对方账上。"),
            C("蜂场那边发来的发票是个图片，收款人名字跟蜂场名字不太一样，我要不要管？"),
            A("这个得管：收款人和供应商名字对不上，是跨境付款里常见的坑，有人冒充供应商发假发票，钱就进了不相干的人手里。"
              "请您先用以前联系过的电话或者视频找蜂场老板确认账户；没弄清楚之前先别汇。钱一出境，要追回来非常费劲。"),
            C("好，我晚上跟他视频一下，他们那边是白天。"),
            A("行。还有一点，纽币的牌价一直在变，扣多少人民币以您提交那一刻的价格为准。其余还有想知道的吗？"),
            C("就这么多，谢谢。"),
            A("好的，谢谢您肯多花心思核一核，祝蜂蜜卖得好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x06_shantou_etc_via_credit_card_clean",
        "title": "客户（广东汕头，潮汕腔普通话）新买了车想用信用卡办ETC，以身份证尾号加卡面图案核身；金卡年费三百元（正确），白金卡年费是另一产品；ETC设备免费；客户在坐席说完前零点五秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A9505", "customer_tier": "standard",
        "started_at": "2027-11-15T16:27:34", "agent_channel": 0,
        "turns": [
            A(OPENING["A9505"]),
            C("你好哦，我汕头的，刚买了一台车，想用你们信用卡办那个高速电子收费的小盒子，上高速过收费站不用停，要怎么弄哦？"),
            A("您刚买了新车，想拿信用卡绑一个高速电子收费设备，走高速不用停车缴费，我听得没偏差吧？先恭喜提车！"
              "办之前要核一下身份：请告诉我身份证号码尾巴上的四位，再讲一下您这张信用卡的卡面是什么图案。"),
            C("最后四位七七一二，卡面是一只红色的锦鲤。"),
            A("身份确认好了。这种电子收费设备在手机银行里就能申请，填上车牌和行驶证信息，设备免费寄到家里，自己贴在前挡风玻璃上就行。"),
            C("那办了以后年费会不会变多啊？"),
            A("不会变。您用的是金卡，一年收三百元年费，一年刷够六次就免掉下一年的；白金卡的年费另有标准，跟您这张没关系。这个设备本身分文不取。"),
            C("哦，那就好，我一年刷好几十次。"),
            A("那年费基本不用掏。设备寄到后用手机蓝牙激活一下，过收费站的通行费记在信用卡账上，跟普通消费一起出账单。"),
            C("好势，多谢你哦！", overlap=0.5),
            A("客气啦。还有别的想一起办的吗？"),
            C("无啦。"),
            A("好的，感谢您这么信任我们，祝您开新车出入平安，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x07_mobile_trade_password_forgotten_reset_clean",
        "title": "客户忘了手机银行交易密码，按密码重置流程以身份证尾号加预留手机号中间四位核身；说明可在手机银行刷脸自助重置、也可本人到柜台；动态验证码只在页面输入、不念出来（无害提及）；告知后播放等待音乐并致谢，完整合规",
        "business_type": "account", "agent_id": "A9501", "customer_tier": "standard",
        "started_at": "2027-11-16T11:05:57", "agent_channel": 0,
        "turns": [
            A(OPENING["A9501"]),
            C("你好，我手机银行的交易密码以前是用孩子生日，后来改了一回，现在怎么也想不起来，转账转不了。"),
            A("您改过一次手机银行的交易密码，现在忘了，转账卡住了，是这样吧？重设密码有一套规定步骤，第一步是确认是您本人："
              "请说身份证号收尾四位，再说您预留手机号码正中间那四位。"),
            C("收尾四位四六九零，中间四位三三二一。"),
            A("都吻合。我看一下您账户有没有因为输错被锁定，不超过二十秒，您别挂，我这里给您放段轻音乐。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("让您听了一阵子曲子，多谢。账户没有锁，您可以在手机银行的安全中心选重置交易密码，照着提示刷一下脸就能重设；刷脸不成功的话，本人带身份证到柜台也能办。"),
            C("刷脸的时候会不会要我输个验证码？"),
            A("会，系统会往您预留的手机号发一条动态码，您直接填进页面里，用不着报给我听，也别透露给旁人。"),
            C("好，我马上去试试。"),
            A("新密码别再用生日和连号。别的还有什么要帮的吗？"),
            C("没了，谢谢。"),
            A("好的，谢谢您耐心跟着我一步步来，祝您往后转账都顺当，回头见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "x08_no_greeting_lottery_prize_deposit",
        "title": "客户问体彩中心打来的中奖奖金到账没有；坐席以“在呢，讲重点。”接起，无问候、行名、工号；以身份证尾号加最近一笔存入金额核身，其余流程合规",
        "business_type": "account", "agent_id": "A9502", "customer_tier": "standard",
        "started_at": "2027-11-17T13:12:40", "agent_channel": 0,
        "turns": [
            A("在呢，讲重点。"),
            C("啊，打通的是恒通没错吧？我买体彩中了个小奖，体彩中心说奖金打到卡上了，我想看看进来没有。"),
            A("是的，恒通。您要查体彩中心打过来的奖金。查之前核个身份：身份证后边四个数说一下，还有卡上上一笔存进来的是多少钱。"),
            C("后边四个是五零七三，上一笔存的是三千，我自己存的。"),
            A("对得上。昨天下午进来一笔八千元，付款方是省体育彩票管理中心，附言写着兑奖款。"),
            C("好家伙，税是不是已经扣掉了？"),
            A("一万元以下的奖金不用交个税，这八千是全额。另外还有什么需要查的？"),
            C("没有了，谢谢哈。"),
            A("好，承您惦记着打来，也让我沾沾您的喜气，再会。"),
        ],
        "violations": [mark("greeting.missing", "只说了在呢，讲重点。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "x09_no_staff_number_vancouver_hockey_wrong_remit_time",
        "title": "客户给在温哥华读书的儿子汇冰球训练营费用八千加元，开场白有问候、行名和服务用语但不报工号；以身份证尾号加籍贯核身；跨境汇款到账时间说成十到十五个工作日（知识库为一到三个工作日）；跨境汇款提醒用自己的话",
        "business_type": "transfer", "agent_id": "A9504", "customer_tier": "standard",
        "started_at": "2027-11-18T10:41:15", "agent_channel": 0,
        "turns": [
            A("您好哇，恒通银行在线，您要办理什么请直接讲。"),
            C("你好，我儿子在温哥华念中学，报了个冰球训练营，要交八千加元，下个月一号截止，我想从卡上汇过去。"),
            A("您要给温哥华的儿子汇八千加元交冰球训练营的钱，下月一号前要到，对吧？要用到您名下的购汇额度，得核个身份："
              "请说身份证号最后的四位数，另外开户时登记的籍贯是哪里。"),
            C("最后四位二八六五，籍贯是江苏盐城。"),
            A("核对通过。留学生的生活和学杂费可以直接购汇汇出，您带上儿子的录取通知和训练营的缴费单，网银上就能提交，汇出去以后一般要十到十五个工作日才能到账。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成十到十五个工作日")]),
            C("那么久？那我今天就得汇了。"),
            A("还有件事要交代您：收款账户一定要跟训练营官网上公布的核对一遍；要是有人冒充学校或者冒充您儿子发消息，讲收款账户有变、让您汇到私人名下，"
              "千万别汇，先给儿子本人打视频电话问清楚。"),
            C("明白，我先跟儿子视频对一下账户。"),
            A("好的。您还有其他的事情吗？"),
            C("没有了。"),
            A("好，感激您打进来，祝您儿子在冰场上多进球，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "x10_maternity_allowance_no_identity",
        "title": "生育津贴到没到卡上，坐席未做任何身份核验即说出到账日期、金额、付款方，以及卡内余额（坐席在声道一）；其后讲领取后注意事项",
        "business_type": "account", "agent_id": "A9503", "customer_tier": "standard",
        "started_at": "2027-11-19T09:26:02", "agent_channel": 1,
        "turns": [
            A(OPENING["A9503"]),
            C("你好，我刚生完宝宝在家坐月子，单位说生育津贴已经申请下来了，会打到我这张工资卡，你帮我瞧瞧到了没有？"),
            A("到了，十一月十五号上午，市医保中心转进来两万一千三百六十元，摘要写的是生育津贴。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出津贴的到账日期、金额、付款方和摘要")]),
            C("太好了，那这张卡里合计还有多少钱？"),
            A("现在的可用余额是四万七千二百八十九元三角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内余额")]),
            C("嗯，月嫂的工钱有着落了。这个钱单位会不会再扣回去？"),
            A("津贴是直接发给您个人的，单位一般不会再扣，具体您可以问一下单位人事。要是有人打电话说要帮您补领津贴、得先缴一笔办理费，那是假的。还要问点什么吗？"),
            C("不用了。"),
            A("好的，谢谢您，月子里好好休养，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x11_snowball_structured_note_jargon_no_disclosure",
        "title": "客户想拿八十万买雪球结构产品，坐席满口术语（挂钩中证五百、敲出观察日、敲入线、票息、保证收益期、自动赎回、障碍价）；客户问会不会亏，坐席说只要不崩盘稳赚、闭眼买，未做风险揭示即登记认购",
        "business_type": "wealth", "agent_id": "A9506", "customer_tier": "VIP",
        "started_at": "2027-11-22T14:18:39", "agent_channel": 0,
        "turns": [
            A(OPENING["A9506"]),
            C("你好，我同事说你们在卖一种叫雪球的产品，利息很高，我手头有八十万，想让你们给说道说道。"),
            A("先过一道身份关：身份证上最末四位数字报一下，还有预留手机号中间的四位。"),
            C("最后四个一四七六，中间四位零九五二。"),
            A("好的，通过了。这款雪球挂钩中证五百，每月一个敲出观察日，敲出线百分之一百零三，敲入线百分之七十五，年化票息十二个点，敲出后自动赎回，障碍价每日观察。",
              marks=[mark("etiquette.jargon", "挂钩中证五百、敲出观察日、敲出线、敲入线、票息、自动赎回、障碍价每日观察，未向客户解释")]),
            C("听得我头都大了，你就说会不会赔钱吧。"),
            A("只要股市不崩盘就是稳赚的，十二个点的利息，比存款高多了，您闭着眼睛买就行。"),
            C("那就买八十万。"),
            A("好，我给您登记了下周三的认购额度八十万，到时候直接从卡里扣。还需要我办点别的不？"),
            C("没了。"),
            A("好的，谢谢您这么爽快，到期收益出来我给您报喜，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户登记八十万元雪球结构产品认购，客户问会不会赔钱时坐席说只要不崩盘稳赚、闭着眼睛买，未做任何风险揭示")],
    },
    {
        "call_id": "x12_fake_airline_rebooking_refund_no_closing",
        "title": "冒充航空公司称航班取消可退改签理赔，诱导在银行卡页面操作“退款”，卡里四万六被分笔转走，客户已在派出所报警；坐席核身、紧急止付、查出去向、指导开流水，但最后只说“就到这儿。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A9501", "customer_tier": "standard",
        "started_at": "2027-11-23T18:47:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A9501"]),
            C("你好，我被人骗了！一个自称航空公司的打电话说我的航班取消了，能退改签还能赔三百，让我照着他说的在手机上点，结果卡上四万六一下子就没了！",
              marks=[mark("risk.keyword_alert", "被骗、卡上四万六被转走：电信诈骗")]),
            A("您别慌，先把剩下的钱保住要紧，咱们马上处理。为了确定您是卡主，请报出身份证号码末端四位，再讲一下开户时登记的籍贯。"),
            C("最后四位六零八四，籍贯湖北孝感。"),
            A("核对好了。这张卡我已经做了紧急止付，谁也转不走了。查到是半小时前分四笔转出的，一共四万六千元，进了三个不同省份的个人账户。"),
            C("我刚从派出所出来，已经报了警，警察让我来银行要交易记录，还缺什么材料？",
              marks=[mark("risk.keyword_alert", "已到派出所报警：涉案资金")]),
            A("麻烦您揣着身份证到任意网点打这几笔的流水，盖章后交给办案民警；对方账户要公安发协查函来冻结，我们这边全力配合。手机上那个对方让您装的软件请马上删掉。"),
            C("好的，我现在就过去。"),
            A("就到这儿。"),
        ],
        "violations": [mark("closing.missing", "坐席只说就到这儿，没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "x13_game_account_sale_unlock_fee_no_warning",
        "title": "客户在网上卖游戏账号，“交易平台客服”说其银行卡号填错、资金被锁，要先转两万八“认证金”才能解锁提现（未用风险词的诈骗话术）；坐席核身后只讲怎么转、越快越好，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9504", "customer_tier": "standard",
        "started_at": "2027-11-24T22:03:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A9504"]),
            C("你好，我在一个交易平台上卖游戏账号，买家已经付了一万五，平台客服说我填的银行卡号错了一位，钱被锁住了，要我先转两万八的认证金，验证完连本带钱一起退给我，我想问怎么转最快。",
              marks=[mark("risk.keyword_alert", "卖游戏账号、平台说卡号填错资金被锁、先转认证金才能提现：诈骗话术")]),
            A("要动您卡里的钱，得先查验是不是卡主本人，请把身份证号尾数四位报过来，还有您这张卡上最近一笔存进来的金额。"),
            C("最后四位八九三零，最近存进来的是两千四。"),
            A("核对过了。两万八分成一笔两万、一笔八千就能转，把平台客服给您的那个卡号和户名填进去就行。"),
            C("客服说二十分钟之内不转，账号和钱都要作废了。"),
            A("那您手脚快一点，现在转马上就到，二十分钟足够了。"),
            C("好，我放下电话就转。"),
            A("嗯，别的还有吗？"),
            C("没有了。"),
            A("好，谢谢您这么晚打来，早点休息，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出卖游戏账号、卡号填错资金被锁、先交认证金才能提现的诈骗话术，坐席反而催其尽快转账，未做任何防诈骗提示")],
    },
    {
        "call_id": "x14_liuzhou_card_skimmed_brazil_charges_complaint_hold",
        "title": "客户（广西柳州）信用卡一直在身上，凌晨却在巴西被刷了两笔共一万三，客户愤怒、说要上网曝光；坐席共情担责、以身份证尾号加卡面图案核身，告知后播放等待音乐并致谢，冻结卡片、登记争议、补卡七个工作日（正确）",
        "business_type": "complaint", "agent_id": "A9502", "customer_tier": "standard",
        "started_at": "2027-11-25T07:31:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A9502"]),
            C("我柳州的！卡一直揣在我裤兜里，今天一早短信说凌晨在巴西刷了两笔，一万三！我连巴西在哪都不知道，你们银行的卡是纸糊的吗？",
              marks=[mark("emotion.customer_negative", "你们银行的卡是纸糊的吗：愤怒、不满"),
                     mark("risk.keyword_alert", "卡在身上却在巴西被刷一万三：盗刷")]),
            A("卡好好在身上，钱却在国外被刷走，换谁都会火冒三丈，这件事由我一管到底。先确认您是卡主：麻烦把身份证号码最末的四位讲给我，再讲一下您这张卡的卡面是什么图案。"),
            C("最后四位九一四八，卡面是蓝色的海浪。你们要是今天不给我个说法，我就把这事发到网上，让大家都看看你们银行什么德行！",
              marks=[mark("emotion.customer_negative", "发到网上让大家看看你们银行什么德行：投诉、不满")]),
            A("核对一致，您的火气我完全理解，今天一定先把该办的办了。我马上把卡冻结，再调出这两笔的详情，顶多二十来秒，您先别挂，电话里会放一段音乐。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("有劳您一直候着，谢谢。卡已经冻住了，不会再有新的交易。两笔都是凌晨三点多在巴西一家电子产品店刷的，我给您登记了争议交易，核实是被复制卡片盗用的，这两笔不用您还。"),
            C("那我还得不得用卡？"),
            A("旧卡已经作废，给您补一张新卡，七个工作日左右寄到家。调查期间这一万三先挂起来，不算利息，也不影响征信。"),
            C("唉，那行吧。"),
            A("一大早让您受这个惊，实在抱歉。您看还有什么要我马上处理的？"),
            C("没了。"),
            A("好，幸亏您发现得早、马上打过来，有进展我会主动联系您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x15_driving_school_double_charge_interrupt_rebuff",
        "title": "客户在驾校刷卡报名，三千八的学费被扣了两次，坐席两次在客户陈述未完时插话，并以“驾校刷重了您冲银行嚷嚷什么，谁收的钱您找谁去”推诿顶撞，最后才讲怎么申请撤销",
        "business_type": "account", "agent_id": "A9503", "customer_tier": "standard",
        "started_at": "2027-11-26T12:58:07", "agent_channel": 0,
        "turns": [
            A(OPENING["A9503"]),
            C("你好，我昨天去驾校报名，在他们那个刷卡机上刷了三千八，当时机器显示失败，收银员让我再刷一遍，结果今天看卡里扣了两回，一共七千六，我想问问"),
            A("那是驾校的机器。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点零秒")]),
            C("我知道是驾校的机器，可钱是从你们卡上扣走的，我就想知道多扣的那三千八什么时候能退回来，要不要我"),
            A("证件末四位，上一笔存款多少。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点二秒")]),
            C("末四位零二六七，上一笔存了五千。"),
            A("核好了。昨天下午确实有两笔三千八，商户都是那家驾校。"),
            C("那银行能不能直接把多的那笔退给我？"),
            A("驾校刷重了您冲银行嚷嚷什么，谁收的钱您找谁去。",
              marks=[mark("etiquette.forbidden_phrase", "驾校刷重了您冲银行嚷嚷什么，谁收的钱您找谁去：推诿、指责客户"),
                     mark("emotion.agent_negative", "语气生硬、推卸责任")]),
            C("我没嚷嚷，我就是问问怎么办。"),
            A("您让驾校在刷卡机上做撤销，或者拿着两张小票来网点提交差错申请，一般七到十天退回来。"),
            C("行，知道了。"),
            A("嗯，别的呢？"),
            C("没别的了。"),
            A("那好，谢了，回见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x16_annual_fee_query_hold_no_notice_wrong_gold_fee",
        "title": "客户信用卡账单出现一笔年费，问收费标准，以身份证尾号加卡面图案核身；客户提问后直接进入十秒等待音乐、坐席未告知，之后致谢；金卡年费说成四百八十元（知识库为三百元）",
        "business_type": "card", "agent_id": "A9505", "customer_tier": "standard",
        "started_at": "2027-11-29T15:14:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A9505"]),
            C("你好，我这个月信用卡账单上冒出来一笔年费，以前从来没收过，不晓得为啥。"),
            A("您这期账单上突然多了一笔年费，以前没扣过，想弄明白原因，是吧？查账单前先认证一下：请把身份证收尾的四个号码说一下，还有卡面上印的是什么图案。"),
            C("最后四个数三五七九，卡面是一棵银杏树。"),
            A("认证成功。"),
            C("那这次扣了多少？收费标准到底是怎么定的？"),
            {"silence": 10.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("您在线上候着，辛苦了，谢谢。您手上这张属于金卡，金卡年费是四百八十元，这次就是扣的这一笔。",
              marks=[mark("answer.wrong_fact", "金卡年费应为三百元（知识库），坐席说成四百八十元")]),
            C("怎么以前没扣过？"),
            A("前几年您每年都刷够了六次，所以免了；去年那张卡只用了四回，没够上免年费的条件。"),
            C("噢，怪不得。"),
            A("您这边还有别的疑问没有？"),
            C("没了。"),
            A("好的，多谢您专程问清楚，祝您天天开心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "x17_fast_agent_visa_deposit_certificate_rebuff",
        "title": "坐席语速过快（约一点六倍）；客户办出国签证要开存款证明，问开多少、要不要冻结，以身份证尾号加通讯地址所在路名核身；客户问在哪开，坐席以“您这问题小学生都会，自己动动手指头吧”讥讽，最后才讲去网点办",
        "business_type": "account", "agent_id": "A9505", "customer_tier": "standard",
        "started_at": "2027-11-30T11:42:18", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9505"]),
            C("你好，我要办去欧洲的旅游签证，领事馆要银行开一张五万块的存款证明，你们这儿能开吗？"),
            A("能开。开之前核身份，报身份证末四位，再报一下您通讯地址在哪条路上。"),
            C("末四位六四零一，地址在中山北路。"),
            A("核对正确。开存款证明期间，这五万会被冻住，到证明上写的日期才能动。"),
            C("那这个证明是到哪里开啊？能在手机上弄吗？"),
            A("您这问题小学生都会，自己动动手指头吧。",
              marks=[mark("etiquette.forbidden_phrase", "您这问题小学生都会，自己动动手指头吧：讥讽、打发客户"),
                     mark("emotion.agent_negative", "语气讥讽、不耐烦")]),
            C("我就是问问在哪开。"),
            A("本人带身份证和卡去任一网点柜台开，当场就能拿，中英文都有，每份工本费二十块。"),
            C("好吧。"),
            A("还要问啥？"),
            C("不问了。"),
            A("行，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "x18_elderly_yueyang_village_agent_point_dead_air",
        "title": "八十三岁老年客户（湖南岳阳乡下口音）想在村里的助农取款点取养老钱，问一天能取多少、要不要手续费，以身份证尾号加籍贯核身；客户问手续费后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9504", "customer_tier": "elderly",
        "started_at": "2027-12-01T08:49:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A9504"]),
            C("喂，妹子，我是岳阳乡里的，八十三了。镇上的银行隔得远，我想到村里小卖部那个助农取款的点子上取养老钱，要得不咯？"),
            A("爹爹您好，您是想在村里小卖部的助农取款点取养老金，不用跑镇上，对吧？"
              "要看您卡上的情况，得先认一认您：请报一下身份证最后那四个数，再讲讲开户时登记的籍贯。"),
            C("最后四个是零七三五，籍贯就是岳阳。"),
            A("对得上，是您本人。助农取款点可以取，带上这张卡，在那台小机器上刷卡、输密码就行，一天最多能取两千。"),
            C("那在那里取钱，要收几多手续费咯？会不会比镇上贵？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("一分钱手续费都不要，跟在镇上网点取一样，取多少到手多少。"),
            C("那就好咯，我一个月取两回，省得坐车。"),
            A("好的爹爹。您还有哪桩事不明白？"),
            C("冇得了，冇得了。"),
            A("好，爹爹，多谢您，您慢慢走，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十三岁老年客户要在助农取款点取养老金，坐席全程未给任何防诈骗提醒（如冒充银行或亲属要密码、要转账）")],
    },
    {
        "call_id": "x19_sms_alert_fee_asked_thrice_hangup",
        "title": "储蓄卡每个月被扣两块钱短信通知费，客户三次问这个服务是什么时候开的，坐席只报扣费金额、推说系统默认，客户第三次问时表示受够了，随即通话结束",
        "business_type": "account", "agent_id": "A9502", "customer_tier": "standard",
        "started_at": "2027-12-02T19:36:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A9502"]),
            C("你好，我储蓄卡每个月都被扣两块钱，说是短信通知费，我想知道这个服务是什么时候给我开的？"),
            A("先要核对卡主，您身份证号码倒数四位是多少，再讲一下最近一笔存入的钱数。"),
            C("最后四位三一九二，最近存了一千五。"),
            A("核对过了。这个月扣的是两元，名目是账户变动短信提醒。"),
            C("扣多少我知道，我问的是这服务是哪天开通的？"),
            A("短信提醒是系统默认的服务，每个月都会收。"),
            C("我都问三遍了，你就跟我兜圈子，气死我了，这个到底是哪天给我开的？",
              marks=[mark("resolution.repeated_question", "短信服务何时开通问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "跟我兜圈子、气死我了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "x20_short_card_due_date_postpone_call",
        "title": "信用卡还款日能不能往后推，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9503", "customer_tier": "standard",
        "started_at": "2027-12-03T17:21:49", "agent_channel": 0,
        "turns": [
            A(OPENING["A9503"]),
            C("喂，信用卡还款日能往后挪吗？"),
            A("不能。"),
            C("噢。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT13_SEED = 20271203
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT13_CALLS, agents=AGENTS, default_out=Path("samples/heldout13"),
                  seed=HELDOUT13_SEED, description=__doc__))
