#!/usr/bin/env python3
"""Render the twenty-sixth held-out evaluation set in samples/heldout26/ (dev-only; never imported by the product).

The earlier held-out sets may have been looked at, so none of them can be trusted to measure
generalisation on its own. This set was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or
its docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It words
every script step differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A10901-A10906) with their own openings (人工台…话务员, 远程服务组…服务专员, 来电倾听席…本人编号,
今儿值班的客服, 值守岗…号值守员, 私人理财专席…理财经理编号), other verification routes (the branch where
the account was opened, the middle four digits of the mobile number on file, the year the card was
issued, a security question (the primary school, the mother's surname), the merchant of the last card
purchase, the credit-card repayment day), other hold and closing phrasings, topics the earlier sets
did not use (a Weifang kite-maker's pension, a Chaozhou tea-set workshop's wealth product, a Kashgar
carpet shop's wool yarn, a Mudanjiang forester's worn chip card, a Liuzhou snail-noodle stall's new
account, a Yibin bamboo-shoot cannery's euro remittance to Germany, a Jiujiang guesthouse's gold-card
fee, a Kaifeng peanut-cake stall's card-terminal takings, a Tangshan scaffolding crew's steel tubes, a
driving-school refund, a Hengyang dental clinic's bond fund, a phone stolen on a high-speed train, a
fake "student-loan cancellation", a Zigong lantern workshop's account locked on payday, a cash-advance
fee, a card wiped by a magnetic phone case, an Anshan steelworker's cash for a burial plot, a
renovation foreman met on a short-video app, an air-fryer refund missing from a card statement, a
temporary credit limit), dialect-flavoured customers (Weifang, Chaozhou, Kashgar, Mudanjiang, Liuzhou,
Yibin, Jiujiang, Kaifeng, Tangshan, Hengyang, Zigong, Anshan; the Weifang, Mudanjiang and Anshan
customers are elderly) and hard negatives (steps done in unusual words, steps not required in that
situation, harmless mentions of swindlers and of the police, figures right for another card, large
transfers and a remittance abroad with a warning, a fraud stopped by the agent, a customer who starts
before the agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout26.py
    /work/tts-venv/bin/python tools/make_heldout26.py --only al13_fake_student_loan_cancellation_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order. al09 greets,
#   names the bank and offers help with no number (staff_id_missing); al08 opens with a bare
#   "喂，听着呢。" (both greeting ids);
# - identity: a check before any account data or account action (ID digits + one more fact on
#   file). identity.not_verified = each agent turn that discloses account data before a check:
#   al10 (a driving-school refund, then the balance and a purchase: two turns). General information
#   (al05; al20) needs none; al13 stops a fraud before any account data;
# - risk.disclosure_missing: al11 (a bond fund sold as 保准只赚不亏), al18 (150,000 to the personal
#   card of a renovation foreman met on a short-video app, no warning). Warnings in the agent's own
#   words count (al02 wealth; al03, al09 large transfers; al06 remittance abroad; al13 fraud stopped);
# - risk.keyword_alert: al12 twice (phone stolen, money transferred out; the police report), al13
#   once (a "student-loan cancellation" script told with no risk word), al14 once (account locked on
#   payday, 冻结). The TV programme about swindlers (al01), the night-market police talk (al05), the
#   nephew at the police station (al07), the changed-account e-mail (al06) and the agent's own
#   warnings are not alerts;
# - risk.elderly_fraud_advice: al17 (81, 60,000 cash, no advice). al01 and al04 carry it;
# - emotion.customer_negative: al14 twice. etiquette.jargon: al11. forbidden_phrase and
#   agent_negative: al15 (both labels);
# - hold: announced holds in other words count (al02 music, al04 silent, al14 silent; all thanked).
#   al16: music straight after the question, no word first: hold.no_notice (thanked after);
# - etiquette.dead_air: al17, 12 s after the elderly customer asks how to take the cash;
# - closing: other words count; al12 ends with "成，先这样。": closing.missing; al19 and al20 end
#   with no closing;
# - answer.wrong_fact: al09 (手机银行一笔顶多能转十万; KB 五万) and al16 (补办一张新卡大概要十五个工作日;
#   KB seven). Right figures stay unlabelled (al03, al18 五万 / 二十万; al09 二十万; al04 七个工作日;
#   al06 三个工作日以内; al07 金卡 三百元, six swipes);
# - etiquette.interruption: al15 (1.1 s), al18 (1.0 s). In al03 the customer starts 0.6 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: al19; handling.time_standard: al20;
#   etiquette.speech_rate: the agent at 1.6x (al18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10901": {"team": "一线卯组", "staff_no": "五二八三"},
    "A10902": {"team": "一线卯组", "staff_no": "七一四六"},
    "A10903": {"team": "一线辰组", "staff_no": "三九六二"},
    "A10904": {"team": "一线辰组", "staff_no": "八零五七"},
    "A10905": {"team": "一线辰组", "staff_no": "二六一九"},
    "A10906": {"team": "二线巳组", "staff_no": "四零七八"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10901": "恒通银行语音热线转人工台，您好，话务员五二八三给您接上了，想办哪桩事咱俩一块儿理一理。",
    "A10902": "您好呀，恒通银行远程服务组，服务专员七一四六接听，您慢慢道来，我一字一句记着。",
    "A10903": "您好，恒通银行来电倾听席，本人编号三九六二，劳驾把来意讲给我听听。",
    "A10904": "您好，恒通银行，今儿值班的客服八零五七，哪件事我能搭把手？",
    "A10905": "您好，恒通银行值守岗，我是二六一九号值守员，咨询也好办理也罢，尽管吩咐。",
    "A10906": "您好，恒通银行私人理财专席，理财经理编号四零七八，资金上有哪些盘算，欢迎跟我聊聊。",
}

HELDOUT26_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "al01_elderly_weifang_kite_maker_pension_clean",
        "title": "七十六岁老年客户（潍坊口音）风筝厂退休，本月养老金没收到短信，以身份证号最右边四个数加开户网点核身；坐席说明已到账、预留手机号是旧号；客户提到电视里演骗子冒充公安（无害提及）；坐席用自己的话给出防诈骗提醒，完整合规",
        "business_type": "account", "agent_id": "A10901", "customer_tier": "elderly",
        "started_at": "2029-01-02T09:14:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A10901"]),
            C("喂，闺女，俺潍坊的，今年都七十六喽，年轻时候在风筝厂糊了四十年风筝。俺那张卡每月十五号进养老金，这个月到今儿个还没见着短信，俺心里七上八下。"),
            A("大爷您好，您说每月十五号进账的养老金，这回没收着短信，想让我瞧瞧钱进来没有，是这意思不？"
              "翻看账户以前，得先认准是大爷您本人：麻烦报一下身份证号码最右边那四个数，再说说当初是在哪个网点开的这张卡。"),
            C("最右边四个是二七五一，卡是在奎文区东风街那个网点办的。"),
            A("您报的两项跟档案一致，是您本人。养老金十五号上午就进账了，短信没发到，是因为卡上留的还是您去年换掉的那个旧手机号。"),
            C("可不是嘛，俺孙子给俺换了个新号。那咋改呢？"),
            A("改留在卡上的号码，得您揣着身份证和这张卡，随便挑个网点的窗口，十来分钟就弄利索了。"),
            C("中，俺明儿个就去。前些天电视上还演骗子冒充公安打电话，俺看得直冒冷汗。"),
            A("大爷看得真仔细，我也多啰嗦几句：不管对方自称公安、法院还是咱们行里的人，只要张口让您挪钱、报卡号密码、把手机短信里的几位数报给他，您就直接把电话撂了；"
              "有人上门说能替您改手机号，也甭搭理，改号只能您自个儿去柜台。心里没底，先给儿女拨个电话商量。"),
            C("记住了记住了，闺女你这话说得真恣儿。"),
            A("多谢大爷夸。这边还有旁的要我给您瞅瞅的没有？"),
            C("没了，就这一桩。"),
            A("那好，谢谢大爷特意打过来，天冷多添件棉袄，大爷再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al02_chaozhou_tea_set_workshop_wealth_music_hold_clean",
        "title": "潮州做陶瓷茶具的作坊主年底有三十万想买理财，以身份证号末端四个数字加预留手机号中间四位核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、不保本、净值会跌可能少于本金、历史收益不代表将来、一年内不能取出、存款保险不保障，建议先投十万并读完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10906", "customer_tier": "VIP",
        "started_at": "2029-01-03T10:22:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A10906"]),
            C("你好，我潮州的，家里开间做陶瓷茶具的小作坊，年底收了些货款，有三十万想放去理财，胶己人介绍讲你们这里有得买。"),
            A("您是打算把年底收回来的三十万货款拿去做理财，对吗？"
              "看您账户以前，请先报一下身份证号码末端的四个数字，再告诉我开户时留的手机号中间那四位。"),
            C("末端四个是六零三九，中间四位是八八二一。"),
            A("核对无误，谢谢。我要把您的风险评估问卷和几款产品逐一比对，这当中放一小段音乐给您听，十秒上下，您先别挂，我马上回来。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("我回来了，曲子听烦了吧，难为您候了这一阵。您的评估是稳健型，合适的是一款一年期产品，大部分钱投债券，一小部分投股票。"),
            C("这个会不会亏呀？我们做生意的钱要稳一点。"),
            A("老实跟您讲：它和存在行里的定期活期不是一回事，也不承诺本金不少，股票那一小块行情差的时候，产品净值会往下掉，到期拿回来的可能不够本；"
              "宣传页上的历史收益只说明过去，不等于往后一定拿得到；买进去一年之内不能提前取出；存款保险也不保障这类产品。"
              "做生意要周转的钱，建议别全压进去，先拿十万试一试，下单前请把产品说明书和风险揭示书从头读完再签名。"),
            C("好，那就先十万，剩下的留着进泥料。"),
            A("好的，十万这一单我已经帮您递上去了，稍后手机银行会推送确认。别的方面还有要交代我的吗？"),
            C("冇啦，多谢你。"),
            A("不客气，得闲常来坐坐，祝您家茶具越卖越旺，再会。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al03_kashgar_carpet_shop_wool_yarn_transfer_clean",
        "title": "喀什老城手工地毯铺要给和田织毯合作社转十七万买羊毛线，以身份证号尾巴上四个数加开卡年份核身；单笔五万、一天二十万（正确）；客户在坐席说完前零点六秒开口（不是坐席打断）；坐席用自己的话提醒核实账户、警惕改账号和私人卡，完整合规",
        "business_type": "transfer", "agent_id": "A10902", "customer_tier": "standard",
        "started_at": "2029-01-04T11:40:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A10902"]),
            C("你好，我是喀什的，在老城开一家手工地毯铺子，要从和田一个织毯合作社进一批羊毛线，十七万，想拿手机银行给他们转过去。"),
            A("您要给和田的合作社付十七万羊毛线钱，准备拿手机银行来付，我这么复述没错吧？"
              "身份这关得先过：请讲身份证号码尾巴上的四个数，再说说您这张卡大约是哪一年开的。"),
            C("尾巴四个是四一九五，卡是二零一九年办下来的。"),
            A("信息一致。手机银行一笔的上限是五万，一天合计可以转二十万，十七万您分四次转，当天就能全部转齐。"),
            C("分四趟也行，亚克西。", overlap=0.6),
            A("另外叮嘱您一句：转钱以前，最好拨合作社的座机，把户名和账号当面核一遍；"
              "要是有人发消息说收款账号换了，或者让您把钱打进一张私人卡，先停手别转，多半是冒充的。初次打交道，不妨先打三成订金，货到了再付尾款。"),
            C("对对，那我先给合作社去个电话。"),
            A("好，这件事就先这样办。其余还有想打听的吗？"),
            C("没了，谢谢。"),
            A("多谢捧场，祝铺子里的地毯卖到天南海北，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al04_elderly_mudanjiang_forester_worn_chip_card_silent_hold_clean",
        "title": "七十四岁老年客户（牡丹江口音）林场退休，卡芯片磨损刷不上，以身份证号最末端四位加密保问题（小学）核身；告知后静音等待并致谢；换卡七个工作日（正确）；坐席用自己的话给出防诈骗提醒，完整合规",
        "business_type": "card", "agent_id": "A10903", "customer_tier": "elderly",
        "started_at": "2029-01-07T14:05:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A10903"]),
            C("喂，姑娘啊，我是牡丹江的，七十四了，退休前在林场伐木。我这张卡的芯片磨得不好使了，超市刷了好几回都刷不上，贼闹心。"),
            A("大爷，您的卡芯片磨坏了刷不动，想换一张，我这么理解行不？"
              "先跟您确认身份，请讲一下身份证号最末端的四位数字，再答一下您设的密保问题，小学是在哪个学校念的。"),
            C("末端四位是八三零六，小学是柴河林业局子弟小学。"),
            A("都对上了。我去系统里看看这张卡能不能直接换，线上会安静一小会儿，您听着没动静也别撂电话。"),
            {"silence": 6.0, "kind": "hold"},
            A("大爷，劳您久候，这份耐心我记着。卡是能换的，您带身份证去网点柜台申请，新卡做好大约七个工作日，到时候通知您去取，旧卡里的钱原样转到新卡上。"),
            C("这几天我买菜咋办呢？"),
            A("旧卡在柜台还能照常取钱，耽误不了您。还得提醒大爷一声：这阵子有人打电话冒充银行，说帮您换新卡得先交手续费，还叫您报出卡号和密码，统统是骗局；"
              "换卡是不掏钱的，也没人会跟您要密码和短信里的数字。拿不准就让儿女陪着去网点问。"),
            C("嗯呐，我记着了，闺女说得在理。"),
            A("大爷，另外还有啥要捎带着办的？"),
            C("没了没了。"),
            A("好嘞，难为您大冷天专程拨过来，出门当心脚底下滑，大爷再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al05_liuzhou_snail_noodle_stall_new_account_info_clean",
        "title": "柳州摆摊卖螺蛳粉的客户想开一张卡专门收摊位营业款，问要带什么（本人有效身份证件和本人手机，正确）；一般咨询无需核身；客户提到派出所民警到夜市宣讲不出借银行卡（无害提及），完整合规",
        "business_type": "account", "agent_id": "A10904", "customer_tier": "standard",
        "started_at": "2029-01-08T16:31:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A10904"]),
            C("喂，你好，我在柳州摆摊卖螺蛳粉的，想在你们银行开个卡专门收摊子上的钱，要带哪样东西去？"),
            A("您想新开一张卡，专门用来收摊位的营业款，问要备些什么，对吧？"
              "开户只要您本人带上有效的身份证件，再带上您自己正在用的手机，手机得能收短信验证，两样齐了就能办。"),
            C("我家那个去年在广东打工，可以拿他的身份证帮他也开一个冇得？"),
            A("这个不行，开户必须本人到场，拿别人的证件代办不了。"),
            C("好嘛。前几天派出所的民警到我们夜市宣讲，说千万不要把卡借给别人用，我就想自己单独开一张。"),
            A("民警讲得在理，自己的卡自己用，不出借、不出租，也别帮陌生人过账，这样最安心。开完户还能申请一个收款码，摊子上客人一扫就行。"),
            C("那太好了，明儿一早去。"),
            A("好的，到了网点取个号就行。其余有没有要一并打听的？"),
            C("冇有了，谢谢你哈。"),
            A("不用谢，劳您专门拨这一趟，祝您摊子天天排长龙，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al06_yibin_bamboo_shoot_cannery_euro_remittance_germany_clean",
        "title": "宜宾做竹笋罐头出口的客户要给德国厂家汇三万二千欧元买灌装机配件，以身份证号最靠后四位加最近一笔刷卡商户核身；汇到德国三个工作日以内（正确）；客户提到对方邮件通知换收款账户，坐席用自己的话提醒核实、警惕改账户骗局，完整合规",
        "business_type": "transfer", "agent_id": "A10905", "customer_tier": "standard",
        "started_at": "2029-01-09T10:48:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A10905"]),
            C("喂，你好嘛，我是宜宾的，屋头做竹笋罐头出口，要给德国一家厂付一笔欧元，买灌装机的零配件，三万二千欧，啥子时候能到？"),
            A("您要给德国的厂家汇三万二千欧元买灌装机配件，想知道几天能到，对吧？"
              "办之前要验明本人：请念一下身份证号码最靠后的四位，再说说您最近一回刷卡是在哪家商户。"),
            C("最靠后四位是五九七零，最后一回刷卡是在酒都饭店吃饭。"),
            A("核实通过。汇到境外的这种款，三个工作日以内就能到账，对方银行入账要是慢些，可能再晚一点点。"),
            C("要得。对了，前天那边的业务员发了封邮件，说他们换了个新收款账户，叫我打到新的上头。"),
            A("这一点您千万留神：汇钱出境最常见的圈套，就是邮件里冷不丁通知改收款账户。"
              "汇之前请用合同上留的电话打给德国厂家本人核实，邮件里附的电话一律不作数；钱一旦汇出去，再想要回来就费老劲了。确认无误再来办，我先把申请给您留着。"),
            C("巴适，那我先给德国那边去个电话核一核。"),
            A("好的。其他还有要我跑腿的吗？"),
            C("莫得了，谢谢哈。"),
            A("不客气，感激您拨过来，祝您家罐头销路越走越宽，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al07_jiujiang_guesthouse_gold_card_fee_nephew_police_clean",
        "title": "九江庐山脚下开民宿的客户问金卡年费多少、怎样免，以身份证号收尾四个数字加每月还款日核身；金卡年费三百元、刷满六次免次年（正确）；客户提到外甥在公安局上班（无害提及），完整合规",
        "business_type": "card", "agent_id": "A10901", "customer_tier": "standard",
        "started_at": "2029-01-10T15:12:08", "agent_channel": 0,
        "turns": [
            A(OPENING["A10901"]),
            C("喂，你好，我九江的，在庐山脚下开了个民宿。我那张金卡今年扣了年费，想问下是好多钱，么子情况下能免？"),
            A("您想问金卡一年收多少年费、怎样才能免掉，对吧？牵扯到您卡上的扣款，咱先把本人对一对：请说一下身份证号码收尾的四个数字，再讲讲这张卡每月几号还款。"),
            C("收尾四个是零七四二，还款是每个月八号。"),
            A("对上了。金卡一年的年费收三百元，一个年度内刷够六次，下一年就免了。您去年只刷了四回，所以今年扣了三百。"),
            C("哦，怪不得。我外甥在公安局上班，总叫我少刷卡，说怕被人盯上，搞得我都不敢用。"),
            A("在自家民宿、超市正常用卡是安全的，开通消费短信提醒，每一笔都看得到。今年刷够六次，明年就不用交了。"),
            C("要得，晓得了。"),
            A("那还有什么要我帮您看的？"),
            C("冇得了，谢谢啊。"),
            A("好，谢谢您，祝民宿旺季间间客满，再见。"),
        ],
        "violations": [],
    },
    # ----------------------------------------------------------------------- planted violations
    {
        "call_id": "al08_no_greeting_kaifeng_peanut_cake_stall_terminal_takings",
        "title": "开封鼓楼夜市卖花生糕的客户查刷卡机结算款，坐席开口只说“喂，听着呢”，无问候、行名、工号和服务用语；以身份证号最后端四个数加预留手机号中间四位核身后告知已到账",
        "business_type": "account", "agent_id": "A10902", "customer_tier": "standard",
        "started_at": "2029-01-11T19:26:33", "agent_channel": 0,
        "turns": [
            A("喂，听着呢。"),
            C("喂，恁这是恒通不？俺开封的，在鼓楼夜市卖花生糕，摊上那台刷卡机前天的钱到现在还没到账，恁给俺查查中不中？"),
            A("是恒通。您先报一下身份证号码最后端的四个数，还有开户时候留的手机号中间四位。"),
            C("最后端四位三一六八，中间四位七零五五。"),
            A("核对过了。前天刷卡机结算的是六千四百二十元，今天上午十点已经进了您的卡，您再刷新一下看看。"),
            C("哎，真到了，得劲。"),
            A("嗯，还有事儿没有？"),
            C("没了，谢谢恁。"),
            A("好，也谢谢您，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，听着呢：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "al09_no_staff_number_tangshan_scaffolding_single_limit_wrong",
        "title": "唐山搭脚手架的客户要付十八万买钢管，开场白有问候、行名和服务用语但不报工号；以身份证号尾端四个数字加开户网点核身；把手机银行单笔上限说成十万（知识库为五万），一天二十万（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A10903", "customer_tier": "standard",
        "started_at": "2029-01-14T13:57:41", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行接线中，您要办啥只管开口。"),
            C("喂，你好，俺唐山的，带了个架子队，要给一家厂子付十八万买钢管脚手架，拿手机转行不行嘛？"),
            A("您要给厂家付十八万的钢管货款，想走手机银行付，对吧？过一道认人的手续：身份证号码的尾端四个数字，还有您这张卡是在哪个营业网点开的。"),
            C("尾端四个九零二四，卡是在路北区新华道网点开的。"),
            A("核对无误。手机银行一笔顶多能转十万，一天加总上限是二十万，十八万拆成两回当日就能结清。",
              marks=[mark("answer.wrong_fact", "手机银行单笔转账限额应为五万元（知识库），坐席说成十万")]),
            C("中，那俺下午就转。"),
            A("金额不小，转账前请您再拨厂家座机核对一遍户名账号，收款方得是合同上那家厂子的对公账户；有人让您先把钱打到个人卡上，或者一个劲催您赶紧付，就先别转。"),
            C("嗯，知道了，俺先打个电话。"),
            A("好的，旁的事还有吗？"),
            C("没了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "al10_driving_school_refund_no_identity",
        "title": "客户查驾校退回的学费，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又报出可用余额和一笔加油消费（坐席在声道一）",
        "business_type": "account", "agent_id": "A10904", "customer_tier": "standard",
        "started_at": "2029-01-15T17:08:16", "agent_channel": 1,
        "turns": [
            A(OPENING["A10904"]),
            C("你好，我报名的驾校说科目二没考就退学，退我两千三百块学费，麻烦看下进没进账？"),
            A("到了，一月八号下午，一家驾驶培训公司转进来两千三百元，附言是学费退回。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出驾校退款的到账日期、金额、付款方和附言")]),
            C("卡里眼下剩几个钱？"),
            A("现在可用余额是一万五千六百八十二元，昨天还有一笔四百元的加油消费。",
              marks=[mark("identity.not_verified", "未核验身份即报出可用余额和近期消费")]),
            C("行，清楚了。"),
            A("好的，另外还要看点啥不？"),
            C("没了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al11_hengyang_dental_clinic_bond_fund_jargon_no_disclosure",
        "title": "衡阳开牙科诊所的客户有二十万想买理财，以身份证号末尾那组四个数加预留手机号中间四位核身；坐席介绍产品满口术语（组合久期、信用下沉、骑乘策略、票息、杠杆比例、业绩比较基准、封闭期、净值型运作）；客户问会不会亏，坐席说保准只赚不亏，未做风险揭示即全额下单",
        "business_type": "wealth", "agent_id": "A10906", "customer_tier": "VIP",
        "started_at": "2029-01-16T11:19:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A10906"]),
            C("喂，你好咯，我衡阳的，开了个牙科诊所，手里攒了二十万，想买个理财，你给我推荐一下咯。"),
            A("您有二十万闲钱要买理财，按规矩要认一认本人，请报一下身份证号码末尾那组四个数，以及预留手机号中间那四位。"),
            C("末尾四个二六一三，中间四位五零九一。"),
            A("对上了。推荐您一款中短债产品，组合久期压在一点五年内，靠信用下沉加骑乘策略增厚票息，杠杆比例不超过一百二十，业绩比较基准年化三点二，九十天封闭期，净值型运作。",
              marks=[mark("etiquette.jargon", "组合久期、信用下沉、骑乘策略、票息、杠杆比例、业绩比较基准、封闭期、净值型运作，未向客户解释")]),
            C("我听不太懂咯，你就讲会不会亏本？"),
            A("放心，这款保准只赚不亏，您就把二十万全投进去，到期连本带利一分不少。"),
            C("那要得，就全买咯。"),
            A("好的，二十万已经给您下单了。另外要办点啥？"),
            C("冇得了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单二十万元理财产品，客户问会不会亏时坐席说保准只赚不亏，未做任何风险揭示")],
    },
    {
        "call_id": "al12_phone_stolen_high_speed_train_money_transferred_police_no_closing",
        "title": "客户坐高铁时手机被偷，卡里被人用手机银行转走一万一千元；已到车站派出所报案；以身份证号最尾部四位加办卡年份核身；坐席锁住手机银行和卡并登记争议；以“成，先这样”收尾，无结束语",
        "business_type": "complaint", "agent_id": "A10905", "customer_tier": "standard",
        "started_at": "2029-01-17T08:46:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A10905"]),
            C("喂，我前天坐高铁去成都，手机在车上让人偷了，今天一看，卡里被人用手机银行转走了一万一千块，我自己可没转过。",
              marks=[mark("risk.keyword_alert", "手机被偷、卡里的钱被人转走：盗刷")]),
            A("您先别慌，我这就给您办。劳驾证明一下是本人：请说身份证号码最尾部的四位，以及这张卡是哪一年办的。"),
            C("最尾部四位七七三六，卡是二零二一年办的。"),
            A("核对通过。我已经把您的手机银行和这张卡都暂时锁住了，不会再被转走。那一万一千块是昨天夜里分两笔转到一个外省的个人账户上的。"),
            C("我昨天已经去车站派出所报了案，民警让我找银行调转账记录。",
              marks=[mark("risk.keyword_alert", "已到派出所报案：涉案")]),
            A("好的，我这边给您登记了交易争议，转账记录您带身份证到网点就能打印，盖好章交给民警。换了新手机以后，手机银行要到柜台重新开通。"),
            C("那好吧。"),
            A("成，先这样。"),
        ],
        "violations": [mark("closing.missing", "坐席只说成，先这样：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "al13_fake_student_loan_cancellation_stopped",
        "title": "客户接到自称金融平台客服的电话，称要注销大学时的学生贷款账户否则影响征信，让其把卡里的钱转到指定账户验证流水（诈骗话术，客户未说风险词）；坐席当即劝阻并提醒挂断、不回拨、不点链接、不装软件、不念验证码，可拨九六一一零；未涉及账户信息，无需核身",
        "business_type": "transfer", "agent_id": "A10901", "customer_tier": "standard",
        "started_at": "2029-01-18T12:33:29", "agent_channel": 0,
        "turns": [
            A(OPENING["A10901"]),
            C("你好，我刚接到一个电话，对方说是什么金融平台的客服，说我大学时候开通过学生贷款账户，现在国家要清理，不注销的话会影响征信，"
              "让我把卡里的钱先转到他们指定的一个账户去验证流水，验证完就退回来。我卡上有三万多，得怎么操作？",
              marks=[mark("risk.keyword_alert", "自称金融平台客服、注销学生贷款、影响征信、把钱转到指定账户验证流水：诈骗话术")]),
            A("您手先停住，千万别转。这是一种很常见的骗局：所谓注销学生贷款、影响征信、把钱转过去验证流水，全是编出来的说辞。"
              "征信上的记录没有哪个客服能在电话里替您删，凡是让您把钱转进指定账户的都不要理。"
              "那通电话马上挂断，不要回拨，不要点对方发来的链接，不要装他让您装的软件，短信验证码更不能念给他。"),
            C("啊？他说得特别像真的，连我的学校和名字都说得出来。"),
            A("他们手里往往有泄露出去的个人信息，说得准不等于是真的。只要钱还没转出去，就不会有损失。"
              "要是已经装了对方让装的软件，建议卸掉，再把手机银行密码改一改；还有疑问可以拨反诈专线九六一一零问一问。"),
            C("好好，我这就挂掉，太险了。"),
            A("您及时打过来问就对了。其他还有什么事吗？"),
            C("没了没了，谢谢你。"),
            A("不客气，幸亏您多了个心眼拨过来，祝您一切顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al14_zigong_lantern_workshop_account_locked_payday_angry_hold",
        "title": "自贡做彩灯的客户发工资当天账户显示冻结，质问银行；坐席共情并承担；以身份证号末梢四个数字加预留手机号中间四位核身；告知后静音等待并致谢；查明是手机银行密码连续输错被锁；客户扬言投诉；坐席道歉并登记加急",
        "business_type": "complaint", "agent_id": "A10902", "customer_tier": "standard",
        "started_at": "2029-01-21T09:03:47", "agent_channel": 0,
        "turns": [
            A(OPENING["A10902"]),
            C("喂！我自贡的，做彩灯的，今天给工人发工资，卡一刷说账户冻结了，几十号工人都伸手等着，你们银行搞啥子名堂嘛！",
              marks=[mark("risk.keyword_alert", "账户被冻结、工资发不出去：冻结资金"),
                     mark("emotion.customer_negative", "你们银行搞啥子名堂：质问、不满")]),
            A("工人等着工资，换谁都上火，您的急我能体会，这件事我来负责查清楚。"
              "认人这步省不得：请说身份证号码末梢的四个数字，再讲一下您开户时留的手机号中间四位。"),
            C("末梢四个一五四七，中间四位三三零八。"),
            A("核对一致。我得调出冻结的具体原因，线路上会安静十来秒，请您握着电话别放。"),
            {"silence": 7.0, "kind": "hold"},
            A("多谢您没挂。查到了：今天上午手机银行连续输错了五次密码，系统自动把账户锁住了，钱都在，没有被人动过。解锁要重置密码，得您本人带身份证到网点柜台办。"),
            C("我哪晓得输错了？今天就要发工资，还要我跑网点？我要投诉你们，你们这服务真够呛！",
              marks=[mark("emotion.customer_negative", "扬言投诉、说服务太差劲：投诉、不满")]),
            A("让您多跑一趟，确实给您添了麻烦，这个歉我先替行里道了。我现在给您登记加急，您到自贡任意网点直接找大堂经理，不用排队，重置完马上就能发工资。"),
            C("那行吧，我马上过去。"),
            A("好的，办好以后有问题随时打过来。其余还用我出力的地方有吗？"),
            C("没了。"),
            A("好，再跟您道声歉，谢谢您体谅，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al15_cash_advance_fee_interrupt_rebuff",
        "title": "客户信用卡取现三千元后账单多出手续费和利息，想请求通融；坐席在客户陈述未完时插话一次，并以“条条框框摆在那儿，您跟我磨嘴皮子没用，要退您自己找别人去”顶撞推诿客户",
        "business_type": "card", "agent_id": "A10903", "customer_tier": "standard",
        "started_at": "2029-01-22T15:44:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A10903"]),
            C("你好，我信用卡上个月从取款机取了三千块应急，这个月账单上多了一笔手续费和利息，我当时根本不知道还要收钱，办卡的时候也没人跟我讲，我觉着这事儿"),
            A("取现收费的事是吧，我知道了，先报身份证号码的收尾四位和每月还款日。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("收尾四个三零六二，还款日十五号。"),
            A("核对了。取现的手续费和利息都是按合同收的，一分不会退。"),
            C("可办卡的时候真没人告诉我，能不能宽限点，把利息退了？"),
            A("条条框框摆在那儿，您跟我磨嘴皮子没用，要退您自己找别人去。",
              marks=[mark("etiquette.forbidden_phrase", "您跟我磨嘴皮子没用，要退您自己找别人去：顶撞、推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("好吧，那以后怎样才不收呢？"),
            A("不取现就不收。其它的呢？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al16_magnetic_phone_case_wiped_card_wrong_time_music_no_notice",
        "title": "客户的卡和磁吸手机壳放在一起被消磁，以身份证号码靠最后四位加开户网点核身；客户问补卡多久后直接播放等待音乐九秒，事前未告知，事后致谢；坐席说补办新卡要十五个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A10901", "customer_tier": "standard",
        "started_at": "2029-01-23T10:27:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A10901"]),
            C("你好，我把银行卡跟磁吸手机壳搁一块儿放了一个来月，现在去取款机取钱读不出来了，是不是得补一张？"),
            A("头一步验本人，麻烦说身份证号码靠最后的四位，和这张卡的开户网点。"),
            C("靠最后四位五八零三，在建设路网点开的。"),
            A("核对好了。卡面磁条让磁铁弄坏了，卡里的钱不受影响，得重新做一张。"),
            C("重做一张得等几天？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您等了一会儿。补办一张新卡大概要十五个工作日，做好了快递到您留的住址。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成十五个工作日")]),
            C("这么久啊，那好吧。"),
            A("往后卡别跟磁铁放一块儿就行。还有要我帮忙的吗？"),
            C("没有了。"),
            A("好的，谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "al17_elderly_anshan_steelworker_burial_plot_cash_dead_air",
        "title": "八十一岁老年客户（鞍山口音）钢厂退休，要从卡里取六万现金买墓地，以身份证号顶后头四位加密保问题（母亲姓氏）核身；客户问怎么取后双方无声十二秒；坐席全程未给任何防诈骗提醒",
        "business_type": "account", "agent_id": "A10905", "customer_tier": "elderly",
        "started_at": "2029-01-24T14:51:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A10905"]),
            C("喂，姑娘，我鞍山的，八十一了，在钢厂干了一辈子。我跟老伴想在城郊买块墓地，人家要现钱，六万，打算从卡上提出来，得咋取？"),
            A("大爷您好，您想从卡上取六万现金买墓地，对吧？核本人那一步得走，身份证号码顶后头那四位是多少，还有您那个密保问题，您母亲姓什么。"),
            C("顶后头四位六四八九，俺娘姓关。"),
            A("核对通过，您卡里眼下有七万一千多，够取。"),
            C("那俺是去柜台取，还是在机器上取啊？机器上能取这么多不？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("这么多现金要提前一天给网点打电话预约，您带身份证和卡到柜台取就行。"),
            C("噢，那俺明儿先打电话。"),
            A("好的，大爷另外还有啥吩咐？"),
            C("没了。"),
            A("好，谢谢大爷，您多保重，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十一岁老人要取六万现金交给墓地卖方，坐席未做任何防诈骗提醒（核实对方、有人陪同、警惕以墓地投资为名的骗局）")],
    },
    {
        "call_id": "al18_fast_agent_renovation_foreman_short_video_no_warning",
        "title": "客户要把十五万装修预付款转到短视频上认识的包工头个人卡上；坐席全程以一点六倍语速说话，客户未说完即插话；以身份证号最右侧四位加开户网点核身；单笔五万、一天二十万（正确）；未做任何风险提示",
        "business_type": "transfer", "agent_id": "A10902", "customer_tier": "standard",
        "started_at": "2029-01-25T16:12:21", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10902"]),
            C("你好，我在短视频上认识了一个装修队的包工头，说包工包料给我家新房装修，要我先把十五万预付款转到他个人卡上，说今天转了明天就进场，想跟你们打听下手机银行能不能"),
            A("手机转账是吧，本人先验，身份证号码最右侧四位，再报一下开户网点。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("最右侧四个八一五二，开户是在城东支行。"),
            A("对上了。手机银行单笔封顶为五万块，一天合起来封顶二十万，十五万分三笔转就行，在转账页面填对方卡号和户名。"),
            C("好，那我这会儿就转。"),
            A("可以，转好后短信会提醒。别的还要啥？"),
            C("没了，谢谢。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十五万元装修预付款转到短视频上认识、未见面的包工头个人卡上，坐席未做任何大额转账风险提示（签合同、对公账户、按进度付款、防范先款后工）")],
    },
    {
        "call_id": "al19_air_fryer_refund_missing_statement_asked_thrice_hangup",
        "title": "客户网购空气炸锅退货，三百九十九元退款未从信用卡账单中抵扣；以身份证号末端四位加还款日核身；为什么没抵掉问了三遍，坐席只说按账单还；客户第三次提问后通话随即结束，无结束语",
        "business_type": "card", "agent_id": "A10903", "customer_tier": "standard",
        "started_at": "2029-01-28T18:05:49", "agent_channel": 0,
        "turns": [
            A(OPENING["A10903"]),
            C("喂，我上个月在网上买了台空气炸锅，后来退货了，商家说三百九十九已经原路退回我信用卡，可这个月账单还是要我还这笔钱，咋回事？"),
            A("验本人，证件号末端那四个，再说一下每月还款日。"),
            C("末端四位二九一三，还款日二十五号。"),
            A("核对通过。账单上确实有一笔三百九十九元的消费。"),
            C("这笔买的我晓得，我问的是退回来的钱为啥没从账单里扣掉？"),
            A("账单金额以系统为准，您按账单还就行。"),
            C("这都问你第三遍了，退款到底为啥没抵掉账单？",
              marks=[mark("resolution.repeated_question", "退款为什么没从账单里抵扣问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "al20_short_temporary_credit_limit_call",
        "title": "客户想调高信用卡临时额度，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10904", "customer_tier": "standard",
        "started_at": "2029-01-30T20:17:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A10904"]),
            C("喂，信用卡临时额度能调高点不？"),
            A("电话里调不了。"),
            C("噢，好吧。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT26_SEED = 20281226
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT26_CALLS, agents=AGENTS, default_out=Path("samples/heldout26"),
                  seed=HELDOUT26_SEED, description=__doc__))
