#!/usr/bin/env python3
"""Render the twenty-fifth held-out evaluation set in samples/heldout25/ (dev-only; never imported by the product).

The earlier held-out sets may have been looked at, so none of them can be trusted to measure
generalisation on its own. This set was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or
its docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It words
every script step differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A10801-A10806) with their own openings (当班专员, 坐席代码, 服务员编号, 话务专员,
服务序号, 理财经理执业编号), other verification routes (the branch where the account was opened,
the answer to a security question set in mobile banking, the middle four digits of the bound mobile
number, the anti-phishing phrase shown at login, the card's credit line), other hold and closing
phrasings, topics the earlier sets did not use (a Lhasa carpet weaver's pension, a Yantai apple
orchard's wealth product, a Luoyang peony nursery's greenhouses, a Ganzhou navel-orange grower's worn
chip, a Jilin city rime photographer's new account, a Shantou beef-ball shop's dollar remittance to
Japan, a Zunyi mutton-noodle shop's gold-card fee, a Huaihua guesthouse's platform settlement, a
Jingdezhen kiln, a driving-school fee refund, a pet clinic owner's bond product, a phone stolen on a
bus, a fake courier "compensation" with screen sharing, a Weifang kite factory's export money held
for review, an instalment early-repayment fee, a counter inter-bank fee, a Yan'an grandmother's cash
for her cave house, a second-hand excavator from a short-video seller, a monthly SMS fee, a
credit-card statement day), dialect-flavoured customers (Lhasa, Yantai, Luoyang, Ganzhou, Jilin,
Shantou, Zunyi, Huaihua, Jingdezhen, Weifang, Yan'an; the Lhasa, Ganzhou and Yan'an customers are
elderly) and hard negatives (steps done in unusual words, steps not required in that situation,
harmless mentions of swindlers and of the police, figures right for another card tier, large
transfers and a remittance abroad with a warning, a fraud stopped by the agent, a customer who starts
before the agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout25.py
    /work/tts-venv/bin/python tools/make_heldout25.py --only ak13_fake_courier_compensation_screen_share_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order. ak09 greets,
#   names the bank and offers help with no number (staff_id_missing); "接起来了，您讲。" (ak08) is
#   no greeting at all (both);
# - identity: a check before any account data or account action (ID digits + one more fact on
#   file). identity.not_verified = each agent turn that discloses account data before a check:
#   ak10 (a driving-school fee refund, then the balance: two turns). General information (ak05
#   account opening; ak16 a counter fee; ak20) needs none; ak13 stops a fraud, no account data;
# - risk.disclosure_missing: ak11 (a bond product sold as 有兜底，本金跌不下去), ak18 (160,000 to the
#   personal card of an excavator seller met on a short-video app, no warning). Warnings in the
#   agent's own words count (ak02 wealth; ak03, ak09, ak16 large transfers; ak06 remittance abroad;
#   ak13 fraud stopped);
# - risk.keyword_alert: ak12 twice (phone stolen, money moved out; the police case), ak13 once (a fake
#   courier's compensation script told with no risk word), ak14 once (export money frozen). The TV
#   film about swindlers (ak01), the anti-fraud film shot for the police (ak05), the police poster in
#   the noodle shop (ak07) and the agents' own warnings are not alerts;
# - risk.elderly_fraud_advice: ak17 (80, 60,000 cash, no advice). ak01 and ak04 carry it;
# - emotion.customer_negative: ak14 twice. etiquette.jargon: ak11. forbidden_phrase and
#   agent_negative: ak15 (both labels);
# - hold: announced holds in other words count (ak02 music, ak04 silent, ak14 silent; all thanked).
#   ak16: music straight after the question, no word first: hold.no_notice (thanked after);
# - etiquette.dead_air: ak17, 12 s after the elderly customer asks how to take the cash;
# - closing: other words count; ak12 ends with "好，就到这儿。": closing.missing; ak19 and ak20 end
#   with no closing;
# - answer.wrong_fact: ak09 (一天累计上限是三十万; KB 二十万) and ak16 (柜台跨行转账按千分之八; KB 0.5%).
#   Right figures stay unlabelled (ak03, ak18 五万 / 二十万; ak09 五万; ak04 七个工作日; ak06 两个工作日;
#   ak07 金卡 三百元, six swipes, 普卡 一百元);
# - etiquette.interruption: ak15 (1.2 s), ak18 (1.0 s). In ak03 the customer starts 0.6 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ak19; handling.time_standard: ak20;
#   etiquette.speech_rate: the agent at 1.6x (ak18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10801": {"team": "一线子组", "staff_no": "七二六三"},
    "A10802": {"team": "一线子组", "staff_no": "五零四八"},
    "A10803": {"team": "一线丑组", "staff_no": "八一九六"},
    "A10804": {"team": "一线丑组", "staff_no": "二七四零"},
    "A10805": {"team": "一线丑组", "staff_no": "九三一五"},
    "A10806": {"team": "二线寅组", "staff_no": "六零七九"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10801": "您好，这边是恒通银行的客户服务台，今天当班的是七二六三号专员，您遇上什么事尽管讲。",
    "A10802": "恒通银行问您好，坐席代码五零四八为您接通，哪桩事想交给我来办？",
    "A10803": "您好，电话这头是恒通银行，服务员编号八一九六，乐意效劳，需要哪方面的协助？",
    "A10804": "恒通银行给您道声好，您好，我是二七四零号话务专员，请把您的需求说给我听。",
    "A10805": "您好，恒通银行服务专线已接通，我的服务序号九三一五，看看能为您办点什么？",
    "A10806": "您好，恒通银行私行理财线路，理财经理执业编号六零七九，说说您有什么投资上的打算。",
}

HELDOUT25_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "ak01_elderly_lhasa_carpet_weaver_pension_clean",
        "title": "七十四岁老年客户（拉萨口音）原地毯厂织工，查本月退休金是否到账，以身份证号码收尾四个号加开户网点核身；客户提到电视上讲骗子的片子（无害提及）；坐席说明已到账并用自己的话给出防诈骗提醒，完整合规",
        "business_type": "account", "agent_id": "A10801", "customer_tier": "elderly",
        "started_at": "2028-12-01T09:14:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A10801"]),
            C("喂，姑娘，我是拉萨的，今年七十四啦，以前在地毯厂织了几十年卡垫。这个月的退休金到了没有啦？存折我还没去打。"),
            A("阿爸啦您好，您是想问这个月的退休金进账了没有，对吧？"
              "查您账上的钱以前，要先认一认是不是您本人：麻烦念一下身份证号码收尾的那四个号，再告诉我当初是在哪个网点开的这个户。"),
            C("收尾四个是五三七一，开户是在北京中路那个网点，离大昭寺不远。"),
            A("两样都对上了，确实是阿爸啦本人。这个月的退休金前天已经打进来了，数目同上月一致，您去网点补登一下存折就能看见。"),
            C("亚古嘟，那就好。昨天电视上放了个讲骗子的片子，说有人专门打电话骗老人的养老钱，我看得心里发慌啦。"),
            A("阿爸啦，片子里讲的要放在心上：谁打电话说您的养老金要重新认证、要先交一笔手续费，统统是冒牌货；"
              "自称是社保局、是银行的人让您往别的卡上挪钱，一概不理；存折密码和手机收到的数字，家里人以外谁问都别说。"
              "心里没底的时候，让孙女陪着去网点当面问最稳当。"),
            C("好的好的，我记住啦。"),
            A("退休金的事就说清楚了，除了这桩，您心里还有别的疑问没有？"),
            C("没有啦，图吉切，姑娘。"),
            A("不客气阿爸啦，感谢您打电话过来，愿您身子骨硬朗，扎西德勒，回见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak02_yantai_apple_orchard_wealth_music_hold_clean",
        "title": "烟台包苹果园的客户有二十八万想买理财，以身份证号最后一组四位加手机银行安全问题答案核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、本金不保证、净值会缩水可能少拿、以往收益不是承诺、一年内取不出、存款保险不赔，建议先投十万并读完风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10806", "customer_tier": "VIP",
        "started_at": "2028-12-04T10:22:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A10806"]),
            C("你好，俺是烟台的，家里包了片苹果园，今年红富士卖得杠好，手里攒了二十八万，想找个理财放放。"),
            A("您家苹果园今年收成好，攒下二十八万，想挑款理财，我这么概括准不准？"
              "推荐产品以前要先确认是您本人：请说身份证号最后一组的四位数，再把您设置的安全提问答上来，您上的小学叫什么名字。"),
            C("四位是零六九二，小学是牟平的养马岛小学。"),
            A("答案都对。我去调您去年做的风险测评，这个过程线上会播一段轻音乐，大约十来秒钟，您别撂下听筒。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("让您听了半天曲子，感谢包涵。测评显示您是稳健型，可以看一款一年期、中低风险的产品，大部分投向债券，小部分配了点股票。"),
            C("这玩意儿是不是跟存定期一样稳当？"),
            A("不一样，这一点我得说透：理财不是存款，本金不保证全额拿回；股票那部分行情不好时净值会缩水，到期领回的数可能低于本金；"
              "以往的收益数字不能当成将来的承诺；买进去一年内中途取不出来；一旦亏损，存款保险也赔不了。"),
            C("明白了，那俺不能全放进去，老些钱还得留着买化肥。"),
            A("您这样打算很周全。可以先放十万试试，剩下的留作果园周转。"
              "签约前手机银行会推送风险揭示书，您一条条看完再确认，有不清楚的地方随时回电问我。"),
            C("中，就先买十万。"),
            A("十万的额度就照这个办。理财以外，还有其他想跟我合计合计的吗？"),
            C("没了，讲得杠明白。"),
            A("多谢您把这份信任交给我们，祝来年苹果又大又甜，有空常来电话，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak03_luoyang_peony_nursery_greenhouse_transfer_clean",
        "title": "洛阳种牡丹苗的客户要给河北厂家付十五万大棚钢架和棚膜款，以身份证号码末梢四个数加绑定手机号中间四位核身；每笔最高五万、当天累计不超过二十万说对；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒，完整合规",
        "business_type": "transfer", "agent_id": "A10802", "customer_tier": "standard",
        "started_at": "2028-12-05T14:08:49", "agent_channel": 0,
        "turns": [
            A(OPENING["A10802"]),
            C("喂，你好，俺洛阳的，家里种牡丹苗，要搭两座新大棚，河北有个厂家报价十五万，钢架带棚膜，我想在手机银行上把钱打过去，咋弄？"),
            A("您要给河北的厂家付十五万，买大棚的钢架和棚膜，打算在手机银行上转，对不对得上？"
              "数目不小，先核对一下是本人在办：身份证号码的末梢四个数是多少，另外，您绑定的手机号码中间那四位是几？"),
            C("末梢四个是三零六八，手机中间四位是七七二五。"),
            A("核对吻合。手机银行每笔最高到五万，当天累计不超过二十万，十五万分成三笔，今天一口气就能付完。"),
            C("分三回也中，排场。", overlap=0.6),
            A("付款前有几件事您一定掂量一下：收款方要是厂家的公司账户，户名得跟合同上盖章的公司一致；"
              "如果有人发消息说厂家换了新账号，先按厂家官网留的固定电话打回去核实；"
              "第一笔先付定金，钢架运到、验过货再结尾款。"),
            C("中，头一笔俺只付五万定金，东西到了再说。"),
            A("稳妥的办法。这件事以外，还有没有要我帮着看的？"),
            C("没啥了，恁忙吧。"),
            A("好，这些叮嘱您都听进去了，多谢，祝牡丹开得满园红，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak04_elderly_ganzhou_navel_orange_grower_worn_chip_silent_hold_clean",
        "title": "七十岁老年客户（赣州客家口音）种脐橙，卡插进取款机读不出，以身份证号码末尾四个数加绑定手机号中间四位核身；告知后静音保留并致谢；新卡七个工作日（正确）；坐席主动给出防诈骗提醒，完整合规",
        "business_type": "card", "agent_id": "A10803", "customer_tier": "elderly",
        "started_at": "2028-12-06T11:31:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A10803"]),
            C("喂，妹子，涯是赣州的，七十岁了，屋里种脐橙。涯那张卡在取钱机子上插进去老是吐出来，讲读不出来，么个原因？"),
            A("阿公您好，您那张卡放进取款机总被退出来，提示读不了，想问问怎么回事，对吧？"
              "这张卡要查看情况，先得认准是阿公本人：您把身份证号码末尾挂着的四个数念一下，再说说绑的那个手机号中间四位。"),
            C("末尾四个是八二一四，手机中间是三九六零。"),
            A("都对，确认阿公身份无误。芯片可能是磨坏了，我给您申请换一张新卡。"
              "接下来我要在系统里填几张表，线上会安静十来秒，这会儿麻烦您耐着性子，先不要挂机。"),
            {"silence": 7.0, "kind": "hold"},
            A("多谢阿公耐住性子等我。换卡的申请已经递上去了，卡号不变，新卡做好寄到您屋里大约七个工作日，旧卡在这之前还能到柜台上用。"),
            C("好嘞，那涯就等着。"),
            A("阿公，还有几句话要交代：换卡这段时间，有人打来讲您的卡出了问题，要您报卡号、密码，或者让您把橙子钱转到什么新账户，一律不要信；"
              "我们换卡一分钱不收，也不会在电话里问密码；拿不准就喊儿女帮着看，或者走一趟网点问柜员。"),
            C("晓得了，冇问题。"),
            A("新卡收到手，在取款机上输一次密码查查余额就能用了。阿公另外还有想问的吗？"),
            C("冇了，妹子你讲得清楚。"),
            A("谢谢阿公夸，也感谢您拨这通电话，祝脐橙卖个好价钱，身体健健旺旺，再见阿公。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak05_jilin_rime_photographer_account_opening_info_clean",
        "title": "吉林市拍雾凇的摄影工作室老板问另开账户收定金要带什么（一般业务咨询，不涉及已有账户，无需核身，坐席说明）；客户在给派出所拍反诈宣传片（无害提及）；本人有效身份证件加本人手机（正确），须本人到网点，完整合规",
        "business_type": "account", "agent_id": "A10804", "customer_tier": "standard",
        "started_at": "2028-12-07T15:47:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A10804"]),
            C("你好，我吉林市的，在江边拍雾凇，开了个小摄影工作室。想给自己单独开个账户收客人的定金，得带啥过去？"),
            A("您开了家摄影工作室，想另开一个账户收客人付的定金，先问问需要带什么材料，我的理解对不对？"
              "这属于业务咨询，跟您现有的账户不沾边，所以用不着先查验您是哪一位。"
              "请您携带本人的有效身份证件，再揣上自己正在用的手机，柜员会往手机上发验证短信。"),
            C("行，还有个事儿，我最近在给派出所拍一部反诈骗的宣传短片，里头有一段讲租卡借卡的，这个咋说才准？"),
            A("那段可以这么讲：自己的卡只给自己用，谁花钱租、找借口借，都不能给，卡一旦被拿去走赃款，卡的主人一样脱不了干系。"),
            C("贼好，我就照这么拍。那我爱人能替我跑一趟办吗？"),
            A("代办不了，开户必须您本人拿着证件去网点。"),
            C("整明白了，我礼拜六自己去。"),
            A("好的。开户这边还有哪些地方没弄清楚？"),
            C("没了，就这些。"),
            A("那就这样，感谢您专门打电话来问，祝短片拍得出彩，工作室客人越来越多，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak06_shantou_beef_ball_shop_usd_remittance_japan_clean",
        "title": "汕头开牛肉丸店的客户要汇九千美元到日本买打浆机，以身份证号码末位四码加手机银行预留防伪信息核身；两个工作日左右到账（正确）；客户说对方邮件要求改汇新账号，坐席用自己的话做跨境汇款风险提示，完整合规",
        "business_type": "transfer", "agent_id": "A10805", "customer_tier": "standard",
        "started_at": "2028-12-08T10:36:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A10805"]),
            C("喂，你好，我是汕头的，开牛肉丸店，要汇九千美金去日本一家公司买打牛肉丸的机器，这个钱要做呢汇？"),
            A("您开牛肉丸店，要给日本一家公司汇九千美元买打浆的机器，想弄清汇款的步骤，是吧？"
              "购汇要占您本人的额度，先把您的身份落实一下：身份证号码的末位四码是多少，再说说您在手机银行设的预留防伪信息是哪几个字。"),
            C("末位四码是四七零三，防伪信息是我写的牛肉丸三个字。"),
            A("核对相符。手机银行首页往里点，有一项叫境外汇款，照合同填收款公司的英文全称、收款账号以及对方开户行的国际识别码，用途选设备款；正常情况下两个工作日左右到账。"),
            C("对方昨日发来一封邮件，讲他们公司换了银行，叫我汇去新的账号，我照这个填就行了乜？"),
            A("这里得格外当心：邮件里临时说换收款账号，正是跨境货款最常见的骗法，对方的邮箱可能被人冒用了。"
              "您要汇的账户户名必须跟合同上的公司一致；新账号一定先打那家公司官网上公布的电话问清楚，别打邮件里留的号码；"
              "汇款一出国门，想找回来基本没指望。"),
            C("多谢，我先打电话去日本问明白再汇。"),
            A("这一步省不得。汇率按您确认汇款那一刻的牌价算。还需要我顺手查点别的吗？"),
            C("无了，多谢。"),
            A("多谢您这么小心，也谢谢来电，祝店里生意红红火火，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak07_zunyi_mutton_noodle_shop_gold_card_fee_police_poster_clean",
        "title": "遵义开羊肉粉馆的客户问金卡年费和免年费办法，以身份证号码最后四个号加信用额度核身；金卡年费三百元、刷满六次免下一年、普卡一年一百元（正确，另一卡种）；客户提到店里贴着派出所的防骗海报（无害提及），完整合规",
        "business_type": "card", "agent_id": "A10801", "customer_tier": "standard",
        "started_at": "2028-12-11T13:19:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A10801"]),
            C("喂，你好嘛，我遵义的，开了个羊肉粉馆。前两个月办了张你们的金卡，想问下年费要好多钱，能不能免？"),
            A("您办了金卡，想知道年费怎么算、有什么办法免掉，对吧？"
              "查卡片之前得先确认您是持卡的本人：请报一下身份证号码最后的四个号，再说说这张卡的信用额度大概是多少。"),
            C("最后四个是一九五七，额度好像是三万。"),
            A("对上了。金卡这一档，一年的年费定在三百元，一年里头刷满六次，下一年的年费就不收了；若是普卡，一年是一百元。"
              "您这张目前刷了三回，再刷三回就够了。"),
            C("要得。我店里墙上还贴着派出所发的防骗海报，上头讲有人假扮银行员工来电帮人免年费，要验证码。"),
            A("海报讲得一点不差。免年费靠刷卡次数自动生效，用不着您办任何手续，来电要验证码或者发链接叫您点的，一律是冒充的。"),
            C("晓得了，哦豁，还好我没上过当。"),
            A("金卡的事还有哪点需要我再讲一讲吗？"),
            C("莫得了。"),
            A("好嘞，谢谢您百忙中打过来，祝粉馆天天满座，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------- planted violations
    {
        "call_id": "ak08_no_greeting_huaihua_guesthouse_platform_settlement",
        "title": "怀化洪江古商城开民宿的客户查订房平台结算款是否到账；坐席以“接起来了，您讲。”接起，无问候、行名、工号；以身份证号码尾巴上四个数加开户网点核身，其余流程合规",
        "business_type": "account", "agent_id": "A10802", "customer_tier": "standard",
        "started_at": "2028-12-12T08:52:17", "agent_channel": 0,
        "turns": [
            A("接起来了，您讲。"),
            C("喂，我打的是恒通银行的电话不？我怀化的，在洪江古商城开了间民宿，订房平台讲上个礼拜的房费结给我了，我卡上冇看到，么子情况咯？"),
            A("没错，这边正是恒通。查到账之前，身份要对一遍：身份证号码尾巴上那四个数报一下，再讲讲您当时是在哪个网点开的户。"),
            C("尾巴上四个是六五八零，是在洪江那个网点开的。"),
            A("核对无误。前天傍晚订房平台打进来一笔四千三百二十元，附言是房费结算，已经到您卡上了，您看的可能是没刷新的页面。"),
            C("哦，要得，我再刷一下看看。"),
            A("手机银行首页往下拉一下就更新了。还要帮您查点别的吗？"),
            C("不用了。"),
            A("好的，麻烦您专门打来，祝民宿天天客满，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了接起来了，您讲：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ak09_no_staff_number_jingdezhen_gas_kiln_daily_limit_wrong",
        "title": "景德镇开瓷器作坊的客户要给窑炉厂付十八万买燃气窑，开场白有问候、行名和服务用语但不报工号；以身份证号码末尾四位加安全问题答案核身；把手机银行每日累计上限说成三十万（知识库为二十万），单笔五万（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A10803", "customer_tier": "standard",
        "started_at": "2028-12-13T15:26:03", "agent_channel": 0,
        "turns": [
            A("您好啊，恒通银行这厢有礼，很乐意帮您的忙，请说说要办什么。"),
            C("你好，我景德镇的，自己开了个做瓷器的作坊，要换一座新的燃气窑，十八万，想用手机银行打给窑炉厂，行不行啰？"),
            A("您作坊要添一座燃气窑，十八万，打算用手机银行付给窑炉厂家，对不对？"
              "先把身份核对准：身份证号码末尾的四位数是什么，再讲讲您设的安全问题，您母亲的老家是哪里。"),
            C("末尾四位二六三九，我妈老家是乐平的。"),
            A("核对无误。手机银行单笔最高五万，一天累计上限是三十万，十八万拆作四次，今天就能全部付完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成三十万")]),
            C("那好，我下午就转。"),
            A("数额这么高，转之前务必先打窑炉厂官网上的电话，确认收款的是厂家的公司账户；"
              "合同签好，窑炉运到装好试烧了，再付尾款；有人以催货为名让您先转到私人卡上，千万别转。"),
            C("晓得，我先跟厂里对一下账号。"),
            A("对账号是头等大事。还有什么别的要问吗？"),
            C("没有了。"),
            A("好的，谢谢您，祝新窑烧出好瓷，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ak10_driving_school_fee_refund_no_identity",
        "title": "客户查驾校退回的补考费，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又报出可用余额（坐席在声道一）",
        "business_type": "account", "agent_id": "A10804", "customer_tier": "standard",
        "started_at": "2028-12-14T17:41:30", "agent_channel": 1,
        "turns": [
            A(OPENING["A10804"]),
            C("你好，驾校说我科目三的补考费多交了，要退给我，两千四百六，你看看退回来没有？"),
            A("退回来了，十二月八号下午，一家驾驶培训学校转入两千四百六十元，附言写的是补考费退还。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出补考费退款的到账日期、金额、付款方和附言")]),
            C("那卡上眼下余额是多少？"),
            A("现在的可用余额是一万零四百一十五元六角。",
              marks=[mark("identity.not_verified", "未核验身份即报出账户可用余额")]),
            C("好，晓得了。"),
            A("好的，别的还要查吗？"),
            C("不用了。"),
            A("好，辛苦您拨过来，祝您早日拿到驾照，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak11_pet_clinic_owner_bond_product_jargon_no_disclosure",
        "title": "宠物医院老板有四十万想买债券类理财，以身份证号码末尾四位加安全问题答案核身；坐席介绍产品满口术语（组合久期、票息、骑乘策略、信用利差走阔、国债期货对冲、杠杆率、业绩比较基准）；客户问会不会亏，坐席说有兜底、本金跌不下去，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A10806", "customer_tier": "VIP",
        "started_at": "2028-12-15T10:03:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A10806"]),
            C("你好，我开了家宠物医院，手头有四十万闲钱，朋友说你们这儿有款债券类的理财不错，想听听详细情况。"),
            A("开始前要验明身份：证件号码收尾那四位，加上您设的安全问题答案，您第一只宠物叫什么。"),
            C("末尾四位七三一八，第一只狗叫豆包。"),
            A("核对好了。这款产品组合久期二点三年，靠票息加骑乘策略增厚收益，信用利差走阔时用国债期货对冲，杠杆率压在一百一十五以下，业绩比较基准三点二。",
              marks=[mark("etiquette.jargon", "组合久期、票息、骑乘策略、信用利差走阔、国债期货对冲、杠杆率、业绩比较基准，未向客户解释")]),
            C("你说的这些我一个字都没听懂，我就想知道这四十万会不会亏？"),
            A("这个您尽管宽心，这款有兜底，本金跌不下去，到期钱一分不少回到您手上。"),
            C("那四十万都买了吧。"),
            A("好的，四十万已经帮您下单成功。另外还需要办理什么？"),
            C("没有了。"),
            A("好，谢谢您，祝宠物医院生意兴旺，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单四十万元理财产品，客户问会不会亏时坐席说有兜底、本金跌不下去，未做任何风险揭示")],
    },
    {
        "call_id": "ak12_phone_stolen_on_bus_mobile_banking_police_no_closing",
        "title": "客户手机在公交车上被偷，手机银行被转走六千八，已到派出所报案；坐席以身份证号码结尾四个数字加开户网点核身，停用手机银行、锁卡、提交争议，说明打印流水和重新开通，但最后只说“好，就到这儿。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A10805", "customer_tier": "standard",
        "started_at": "2028-12-18T08:27:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A10805"]),
            C("喂，我的手机昨天在公交车上让人偷了，今天借同事手机一看，手机银行里被人转走了六千八，我这卡还能不能用啊！",
              marks=[mark("risk.keyword_alert", "手机被偷、手机银行被人转走六千八：盗窃、盗转")]),
            A("您先别慌，我这边马上处理。身份这一关得先过：身份证号码结尾那四个数字，再说说您开户的是哪个网点。"),
            C("结尾四个是零九四七，开户在人民路网点。"),
            A("核对相符。您的手机银行我已经停掉了，卡片也先锁住了，那笔六千八的转出记下来了，争议申请已经提交，风险部门会跟进。"),
            C("我早上已经去派出所报了案，警察说要银行出一份转账记录。",
              marks=[mark("risk.keyword_alert", "已到派出所报案：涉案")]),
            A("您揣着身份证件和派出所的受案回执，到任何一个网点都能打印盖章的交易流水，调查有进展会短信通知您。"
              "新手机到手以后，带证件到柜台重新开通手机银行。"),
            C("好，我吃过午饭就跑一趟网点。"),
            A("好，就到这儿。"),
        ],
        "violations": [mark("closing.missing", "坐席只说好，就到这儿：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ak13_fake_courier_compensation_screen_share_stopped",
        "title": "客户接到自称快递客服的电话，说包裹丢失赔三倍，让下载会议软件开屏幕共享、先转五千到备付金账户验证银行卡（未用风险词的诈骗话术），来电问怎么调高转账额度；坐席识破并用自己的话劝阻：关掉卸载软件、不接电话、不报验证码密码、改登录密码，已转钱就打反诈专线；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A10801", "customer_tier": "standard",
        "started_at": "2028-12-19T19:12:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A10801"]),
            C("你好，手机银行转账的额度咋样才能调高？刚才有个快递客服打电话来，说我的包裹丢了，要赔我三倍，"
              "让我下个会议软件开屏幕共享，先往他们的备付金账户转五千过去验证银行卡，验证完连本带赔偿一起退给我。",
              marks=[mark("risk.keyword_alert", "自称快递客服、丢件三倍赔偿、屏幕共享、先转钱到备付金账户验证银行卡：诈骗话术")]),
            A("请您先别调额度，也别转这笔钱。真正的快递理赔是直接赔到您账上，不会让您先往外掏钱，屏幕共享这种要求更是从来没有，这是在套您的钱。"
              "您现在就把那个会议软件关掉卸载，对方的电话别再接，验证码、密码一个都不能说。"),
            C("他已经看到我手机屏幕了，我刚才打开过手机银行，不过还没输密码。"),
            A("那您马上改一下手机银行的登录密码，刚才屏幕上要是出现过验证码，也作废不用；"
              "眼下钱还在就好，万一之后发现被转走了，立刻打九六一一零反诈专线，然后到就近的派出所报案。"),
            C("好，我这就去改密码，险些就把钱打过去了。"),
            A("先打电话来问，这一步做得对。除此之外还有需要我帮您的吗？"),
            C("没了，太感谢了。"),
            A("应该的，谢谢您多留了个心眼，愿您往后远离这些坑，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak14_weifang_kite_factory_export_money_frozen_angry_silent_hold",
        "title": "潍坊风筝厂老板外国客户货款进账后卡被冻结、工资发不出，愤怒、扬言打一二三七八投诉；坐席共情担责，以身份证号码末了四位加绑定手机号中间四位核身，告知后静音保留并致谢，查明是大额境外货款触发临时管控需补合同，说明办法并道歉",
        "business_type": "complaint", "agent_id": "A10803", "customer_tier": "standard",
        "started_at": "2028-12-20T11:45:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A10803"]),
            C("喂，俺潍坊的，开风筝厂，外国客户打过来的货款刚进账，卡就给冻住了，工人工资发不出去，你们这是什么破规矩！",
              marks=[mark("risk.keyword_alert", "货款进账后卡被冻结、工资发不出：冻结资金"),
                     mark("emotion.customer_negative", "你们这是什么破规矩：质问、不满")]),
            A("工资等着发，钱却动不了，换了谁都上火，这桩事我一管到底。"
              "先请您配合核对身份：身份证号码末了那四位，再说说您绑定手机号的中间四位。"),
            C("末了四位三八五六，中间四位二零四一。今天下午要是还弄不好，俺就打一二三七八投诉你们！",
              marks=[mark("emotion.customer_negative", "扬言打一二三七八投诉：投诉、不满")]),
            A("核对通过，您的着急我完全理解。我去风控那边查一下原因，估计要三十来秒，这期间线上没有声音，请您拿着电话别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("谢谢您在线上耐心等候。原因查清了，这笔境外货款金额较大，系统自动把账户临时管控了，需要您补一份跟外国客户的销售合同，钱都安安全全在账上。"),
            C("那得咋弄？工人还等着呢。"),
            A("您在手机银行的消息中心上传合同照片，提交后一般一小时内解除；工资要是急着发，也可以带合同到网点柜台当场办。"
              "事先没跟您讲清楚大额外汇进账要补材料，是我们工作没做到位，跟您赔个不是。"),
            C("行吧，俺这就去拍合同。"),
            A("一个小时后还用不了的话，直接回电，说出这通电话的时间，我们接着办。另外需要我跟进的还有吗？"),
            C("先这样吧。"),
            A("好，多谢您压着火听我说完，祝风筝卖到全世界，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak15_instalment_early_repayment_fee_interrupt_rebuff",
        "title": "客户信用卡账单分期想提前还清，问剩余期数手续费能否减免；坐席在客户陈述未完时插话一次，并以“合同上是您自己签的字，跟我们说不着，爱办不办”顶撞客户，最后才提交减免申请",
        "business_type": "card", "agent_id": "A10804", "customer_tier": "standard",
        "started_at": "2028-12-21T12:58:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A10804"]),
            C("你好，我去年把信用卡账单分了十二期，这阵子钱松快些了，琢磨着一次性把它了结，可剩下几期的手续费你们还照样收，我觉得这个不太合理，能不能把没到期的那部分"),
            A("提前还款是吧，知道了。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("对。"),
            A("那先对身份，身份证号码最末的四个，外加信用额度是多少。"),
            C("最末四个五一九三，额度五万。"),
            A("核对完了。分期提前结清，剩余期数的手续费照样一次性收取。"),
            C("那几个月我也没用上，手续费还得全交吗？能不能帮我申请一下？"),
            A("合同上是您自己签的字，跟我们说不着，爱办不办。",
              marks=[mark("etiquette.forbidden_phrase", "跟我们说不着，爱办不办：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我就是想问问有没有商量的余地。"),
            A("能不能减要看审批，我给您报一个减免申请，三个工作日内短信回复。"),
            C("好吧。"),
            A("其余的呢？"),
            C("没有了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak16_counter_interbank_fee_wrong_music_no_notice",
        "title": "客户想去柜台把十万转到女儿的外地他行账户，问手续费（一般咨询，无需核身）；客户追问后直接进入九秒等待音乐、坐席未告知，之后致谢；把柜台跨行转账手续费说成千分之八（知识库为百分之零点五）；坐席提醒先跟女儿确认账号",
        "business_type": "transfer", "agent_id": "A10805", "customer_tier": "standard",
        "started_at": "2028-12-22T15:33:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A10805"]),
            C("你好，我想去柜台把十万块转到我女儿外地的另一家银行，问一下手续费怎么收？"),
            A("您要在柜台办一笔十万元的跨行转账，想知道手续费，好的。"),
            C("对，大概要多少钱？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("感谢您耐心听完这段音乐。柜台跨行转账按金额的千分之八收手续费，十万块就是八百元。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成千分之八")]),
            C("八百啊，有点贵，那我再考虑考虑。"),
            A("去柜台记得带上本人身份证件和银行卡；转之前先跟女儿通个电话把账号核对一遍，要是有陌生人催着您转钱，先停下来。别的方面有疑问没有？"),
            C("没有了。"),
            A("好的，感谢您特意问一声，祝转账顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ak17_elderly_yanan_cave_house_repair_cash_dead_air",
        "title": "八十岁老年客户（延安口音）想取六万现金给匠人修窑洞，以身份证号码最尾巴上四个数加开户网点核身；客户问现金怎么取后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10802", "customer_tier": "elderly",
        "started_at": "2028-12-26T09:08:25", "agent_channel": 0,
        "turns": [
            A(OPENING["A10802"]),
            C("喂，女子，额是延安的，八十岁的人了。额家窑洞要箍一箍，想从卡上取六万块现钱给匠人，你给额看看卡上钱够不够？"),
            A("奶奶您好，您是要看看卡里的钱够不够，再取六万块现金修窑洞，是这么个意思吧？"
              "查账之前要先认一认：请说一下身份证号码最尾巴上的四个数，再说说您是在哪个网点开的户。"),
            C("最尾巴上四个是四零二七，开户是在宝塔区的那个网点。"),
            A("核对一致。您卡上活期一共七万一千元，取六万够了。"),
            C("那六万块现钱，额咋个取？能在村口那个机子上取不？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("村口那个机子取不了这么多，六万要先打电话给网点预约，第二天带上身份证到柜台去取。"),
            C("那额让孙娃子陪着去。"),
            A("好的，奶奶其他事还要问不？"),
            C("没了。"),
            A("好，祝窑洞修得结结实实，奶奶再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十岁老年客户打算取六万现金，坐席全程未给任何防诈骗提醒（如冒充亲属、公检法要求转账或索要密码）")],
    },
    {
        "call_id": "ak18_fast_agent_short_video_excavator_seller_no_warning",
        "title": "坐席语速过快（约一点六倍）；客户要把十六万转到短视频上认识、人在外省的二手挖掘机卖家个人卡上，先款后货；坐席在客户陈述未完时插话一次；以身份证号码末尾四位加绑定手机号中间四位核身；单笔五万、每天二十万（正确）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A10801", "customer_tier": "standard",
        "started_at": "2028-12-27T14:51:13", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10801"]),
            C("你好，我在短视频上刷到一个卖二手挖掘机的，人在外省，讲好十六万，他要我先把钱打到他个人卡上再发车，我想问手机银行一次能转多少，因为我从来没转过这么"),
            A("问额度的事啊，报一下证件号码的尾段四位，还有绑定手机的中间四位。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("末尾四位九二零六，中间四位五八一三。"),
            A("核对过了。手机银行单笔转出最多五万，单日合起来封顶二十万，十六万切成四次，收款人照他给的卡号填，今天之内能转完。"),
            C("你讲话像打机关枪，我没听清，能慢点再讲一遍吗？"),
            A("一回五万，一日合计二十万，分四趟，卡号照他发来的填。"),
            C("行，我这就动手。"),
            A("好，转好会有短信提醒。别的没了吧？"),
            C("没了。"),
            A("好的，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十六万元转到短视频上认识、未见面的外省卖家个人卡上且先款后货，坐席未做任何大额转账风险提示（先验货、核实卖家、走对公账户）")],
    },
    {
        "call_id": "ak19_monthly_sms_fee_asked_thrice_hangup",
        "title": "客户储蓄卡每月被扣两元短信服务费，自称从未开通，三次问为什么扣，坐席只重复这是短信服务费，客户第三次问时通话随即结束",
        "business_type": "account", "agent_id": "A10804", "customer_tier": "standard",
        "started_at": "2028-12-28T20:16:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A10804"]),
            C("你好，我这张储蓄卡每个月都被扣两块钱，说是短信服务费，我从来没开过这个，干吗扣我的钱？"),
            A("核对身份：证件号码最末尾四个数，外加开户的网点。"),
            C("最末四位八零三五，在解放路网点开的。"),
            A("核对通过。您的卡每个月确实扣两元短信服务费。"),
            C("钱被划走这事我看见了，我想弄明白的是，我压根没开过，怎么还照扣不误？"),
            A("这是短信服务费，每个月都会扣两元。"),
            C("同一个问题我都问到第三回了，我没开通过短信服务，为什么还会扣？",
              marks=[mark("resolution.repeated_question", "为什么没开通却被扣短信费问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ak20_short_statement_day_change_call",
        "title": "客户问信用卡账单日能不能改，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10802", "customer_tier": "standard",
        "started_at": "2028-12-29T18:24:56", "agent_channel": 0,
        "turns": [
            A(OPENING["A10802"]),
            C("喂，信用卡的账单日能改吗？"),
            A("改不了。"),
            C("哦，好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT25_SEED = 20281225
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT25_CALLS, agents=AGENTS, default_out=Path("samples/heldout25"),
                  seed=HELDOUT25_SEED, description=__doc__))
