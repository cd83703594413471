#!/usr/bin/env python3
"""Render the thirty-first held-out evaluation set in samples/heldout31/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder, /work/notes, /work/runs or /work/wt, never looked at another file's
history, diff or commit messages and never ran qa-toolkit or tools/oracle_transcripts.py. It read only
DOMAIN.md, samples/README.md, the READMEs of heldout29 and heldout30 (and of heldout23-28 the lines
naming their regions and topics), tools/README.md, make_heldout30.py (the machinery copied), make_samples.py,
telephone.py, clause_overlap.py, and of rules/bank_zh.kb.yaml only the titles and facts (to keep stated
figures right and plant two wrong ones). Every script step is worded differently from samples/ and the
other held-out generators (no clause of five characters or more is shared, in either direction, with
make_samples.py or any make_heldout*.py): other agents (A11401-A11406) with their own openings, other
verification routes (the issuing authority printed on the back of the ID card, a face check pushed to
the mobile app, the year and month the account was opened, the amount of the last deposit, the employer
on file, the postcode of the statement address, the emergency contact given for a credit card, the
validity printed on the card's face; the ID digits asked in new words, once as the eleventh to
fourteenth digits (birth month and day) and once as the first three and last three), other hold,
warning, disclosure and closing phrasings, topics the heldout23-30 sets did not use and dialect-flavoured
customers from regions none of them used (Shanghai, Hangzhou, Zibo, Jinan, Kaili, Shunde, Wuhan,
Beijing, Xi'an, Chengdu, Changchun, Shenyang, Zhangzhou, Pingyao, Korla; the Shanghai, Jinan, Wuhan and
Pingyao customers are elderly), and hard negatives (steps done in unusual words, steps not required in
that situation, explained technical terms, a customer's own 没办法 and 不归我管, figures right in other
forms or for another channel, large transfers and a remittance abroad with a warning, a fraud stopped
by the agent, a customer who starts before the agent has finished, terse but complete closings).
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout31.py
    /work/tts-venv/bin/python tools/make_heldout31.py --only aq13_dating_site_boyfriend_gold_platform_topup_stopped
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
#   order. aq09 greets, names the bank and offers help with no number (staff_id_missing); aq08 opens
#   with a bare "嗯？哪位？" (greeting.missing and staff_id_missing);
# - identity: a check (ID digits + one more fact on file, or a face check in the app) before any
#   account data or account action. identity.not_verified = each agent turn that discloses account
#   data before a check: aq10 (a wedding-banquet deposit refund, then the balance and a purchase, no
#   check at all), aq19 (a commemorative-coin reservation read out first, the check comes later).
#   General information (aq05 torn banknotes and a new account, aq15 a transfer receipt, aq20 the
#   repayment day) needs none; aq13 stops a fraud and touches no account data;
# - risk.disclosure_missing: aq11 (a snowball structured product sold as 不会亏的 with no
#   disclosure), aq18 (120,000 money-first to the personal card of a sorting-machine seller met on a
#   farm-machinery forum, no warning). Warnings in the agent's own words count (aq02 wealth; aq03 and
#   aq16 large transfers; aq06 remittance abroad; aq13 fraud stopped);
# - risk.keyword_alert: aq12 (a fake landlord took 3,600: 被骗 + 报警 in one turn), aq13 (a dating-site
#   "boyfriend" wants 20,000 put on a gold platform tonight, told with no risk word), aq14 (account
#   shown as frozen; a police freeze in another province). The agents' own warnings are not alerts;
# - risk.elderly_fraud_advice: aq07 (81, lotus-root money, long hold, no advice), aq17 (85, 30,000 in
#   cash for a shop that gives 10 % off for cash, no advice). aq01 and aq04 carry it in the agent's
#   own words;
# - emotion.customer_negative: aq12 (angry at the bank, will complain), aq14 (will complain). The
#   customer in aq15 stays calm after the rebuff and the one in aq19 who asks a third time uses no
#   words of anger: not labelled;
# - etiquette.jargon: aq07 (payment-processing terms to an 81-year-old), aq11 (snowball terms), never
#   explained; aq02's 业绩比较基准 and aq06's 国际识别码 are explained on the spot: not jargon;
# - forbidden_phrase and agent_negative: aq15 (both labels). aq03's 俺也是没办法 and aq06's 不归我管
#   are the customers' own words;
# - hold: announced holds in other words count (aq02 music, aq04 silent, aq07 a long silent one,
#   aq14 silent; all thanked). aq16 and aq18: music straight after the question, no word first:
#   hold.no_notice (thanked after, so only the notice is missing);
# - etiquette.dead_air: aq10 (10 s after the balance question, the customer has to ask 人呢),
#   aq17 (11 s after the elderly customer asks how to take the cash);
# - closing: other words count; aq12 ends with a follow-up promise only: closing.missing; aq19 ends
#   with no closing; aq08, aq15, aq18 and aq20 close tersely but completely;
# - answer.wrong_fact: aq09 (gold-card fee 六百元; the facts say 300) and aq16 (a daily mobile limit of
#   一百万; the facts say 200,000). Right figures stay unlabelled (aq03 一回顶天五万 / 一天满打满算二十万
#   and the counter's 每一百块收五毛; aq04 五万 / 二十万; aq06 一个到三个工作日 abroad; aq16 一笔五万 in
#   the wrong turn; aq18 五万 / 二十万; aq05 the documents to open an account; aq17 the cash machine's
#   两万);
# - etiquette.interruption: aq11 (1.1 s), aq15 (1.0 s). In aq03 the customer starts 0.5 s before
#   the agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: aq19;
# - handling.time_standard: aq07 (a balance enquiry over the 3-minute standard: a 170 s announced
#   hold) and aq20 (a card call under the 20 s minimum, closed properly);
# - etiquette.speech_rate: the agent at 1.6x (aq18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11401": {"team": "一线松组", "staff_no": "四七二六"},
    "A11402": {"team": "一线松组", "staff_no": "三一九八"},
    "A11403": {"team": "一线竹组", "staff_no": "七零五三"},
    "A11404": {"team": "一线竹组", "staff_no": "二六一九"},
    "A11405": {"team": "一线竹组", "staff_no": "八三四零"},
    "A11406": {"team": "二线梅组", "staff_no": "五九零七"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11401": "恒通银行电话服务部，您好，四七二六号为您接听，今天有哪桩事要办，您慢慢说。",
    "A11402": "您好，恒通银行接线台，我的编号三一九八，您想问的、想办的，尽管开口。",
    "A11403": "恒通银行，您好，七零五三号客服代表在线，您那边需要我做点什么？",
    "A11404": "您好，欢迎打进恒通银行，客服专员二六一九，请把您的需要说给我。",
    "A11405": "您好，恒通银行服务热线，接待您的是八三四零号，有什么事我替您跑腿？",
    "A11406": "您好，恒通银行财富管理直线，客户经理五九零七在线，手上的钱想怎么规划，咱们聊聊。",
}

HELDOUT31_CALLS = [
    {
        "call_id": "aq01_elderly_shanghai_grocery_retiree_app_large_print_pension_clean",
        "title": "八十三岁老年客户（上海口音）退休前在南货店站柜台，想把手机银行换成大字的关怀版，并问这个月养老金到了没有；以身份证号码末尾四个数码加身份证背面签发机关核身；说明关怀版在哪里切换；用自己的话提醒防冒充手机银行客服要求共享屏幕、报卡号验证码的诈骗，完整合规",
        "business_type": "account", "agent_id": "A11401", "customer_tier": "elderly",
        "started_at": "2029-06-01T09:10:25", "agent_channel": 0,
        "turns": [
            A(OPENING["A11401"]),
            C("喂，侬好呀，阿拉上海本地人，今年八十三岁了，退休前勒南货店站柜台。孙子帮我装了个手机银行，字小得来看也看不清，还有啊，我想问问这个月的养老金到了伐？"),
            A("阿婆您好，您一桩是想把手机银行的字弄大些，一桩是查这个月养老金有没有到，两桩我都帮您弄。"
              "查养老金要碰到您的账户，得先弄清楚电话这头是您本人：麻烦念一念身份证号码末尾的四个数码，再翻到身份证反面，看看签发机关那一栏印的是哪个公安局。"),
            C("末尾四个是三七二五。反面写的是上海市公安局静安分局。"),
            A("都对得上，谢谢阿婆。这个月的养老金今天一早已经进来了，四千一百三十元。"
              "字小的事好办：把手机银行点开，点右下角的我的，往下找关怀版，按一下，字就放大一倍，花里胡哨的按钮也收起来了，看起来省力。"),
            C("老灵额！我叫孙子夜里再帮我弄一弄。"),
            A("好的。阿婆，还有一句要紧的话：有人会打电话冒充手机银行的客服，说您的账户要升级，叫您下载一个开会用的软件、把手机屏幕给他看，"
              "或者哄您把卡号、短信里的那几个数字报给他，这都是骗钱的路数。我们银行不会叫您共享屏幕，也不会问您要密码。这类电话一接到就挂，等孙子回来跟他讲，或者上网点找柜员问。"),
            C("晓得了，晓得了，阿拉不睬伊。"),
            A("阿婆，旁的还有啥想问我的吗？"),
            C("呒没了，谢谢侬啊。"),
            A("应该的，多谢阿婆特地打过来，祝阿婆福寿双全，下回再聊，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq02_hangzhou_longjing_tea_grower_wealth_music_hold_clean",
        "title": "杭州梅家坞种龙井茶的客户，春茶卖完有五十万两年内不用，想买理财；以身份证号码第十一到十四位（出生月日）加手机银行推送的刷脸认证核身；告知后播放等待音乐并致谢；坐席当场解释业绩比较基准（已解释，非术语违规），用自己的话讲清不是存款、不保本不保收益、可能少拿回本金、往年数字只代表过去、两年内不能赎回、存款保险管不到，建议只投二十万并读完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A11406", "customer_tier": "VIP",
        "started_at": "2029-06-04T10:22:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11406"]),
            C("你好，我杭州梅家坞的，屋里种龙井，今年明前茶卖得木佬佬好，手头有五十万，两年里头用不着，想弄个理财。"),
            A("恭喜茶叶卖得好。您是有五十万两年不动，想挑只理财产品把钱搁进去，对吧？挑产品之前先认准您本人："
              "身份证号码第十一到第十四位，也就是您出生的月份和日子，请念一下；我同时往您手机银行推了一个刷脸认证，您点开对着镜头眨眨眼就好。"),
            C("第十一到十四位是零三一八。脸也刷好了。"),
            A("两样都核验通过了。我把您的风险评估和两年期能买的几款产品拉出来比一比，估摸十来秒钟，电话里会放一段背景音乐，您稍微听一听，不用挂。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("音乐停了，多谢您听完这段曲子。您评估出来是平衡型，有一款两年期的产品，业绩比较基准是百分之三点二到三点八。"
              "所谓业绩比较基准，说白了就是管理人给自己定的一个目标区间，拿来衡量做得好不好，并不是答应给您的收益。"),
            C("那就是说三点二也不一定拿得到？本钱会不会少掉？"),
            A("是这样。我把话说在前头：这种产品跟银行存款压根不是一回事，银行不兜底本金，也不兜底收益；碰上债市股市一起往下走，到期取回的钱可能不到本金；"
              "宣传单上往年的数字只代表过去；这两年里头中途不能赎回；出了事存款保险也赔不到它头上。"),
            C("讲得清清爽爽，我晓得了。那五十万全放进去？"),
            A("我的建议是先放二十万，剩下的留着明年买茶苗、付采茶工的工钱。真要买的时候，手机上会先弹出产品说明书和风险揭示书，两份都一页一页翻到底，看明白了再点确认。"),
            C("好的，我先放二十万，夜里慢慢看。"),
            A("不急，看清楚再下单。理财以外，还有什么要我一道办的？"),
            C("没了没了。"),
            A("多谢您信任我这个客户经理，祝今年的茶季顺顺利利，回头见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq03_zibo_barbecue_restaurant_grills_tables_transfer_clean",
        "title": "淄博开烧烤店的客户要付河北一家厂子十八万买小饼炉和桌椅，以身份证号码尾端四位加开户年月核身；手机银行一回五万、一天二十万（换了说法，正确），柜台跨行每一百块收五毛（即百分之零点五，另一渠道，正确）；客户在坐席说完前零点五秒接话（非坐席插话）；坐席用自己的话做大额转账提醒；客户自己说俺也是没办法（非坐席禁语），完整合规",
        "business_type": "transfer", "agent_id": "A11402", "customer_tier": "standard",
        "started_at": "2029-06-05T14:35:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A11402"]),
            C("喂，你好，俺淄博的，开了个烧烤店，这阵子客人排到马路牙子上，俺也是没办法，得添一批小饼炉子和桌椅，要给河北一个厂子打十八万，手机上咋操作？"),
            A("生意红火是好事。您要给河北的厂子付十八万，买炉子和桌椅，打算用手机转过去，没听错吧？"
              "转之前先把本人认一认：身份证号码尾端的四位请报一下，再说说您这张卡是哪年哪月开的户。"),
            C("尾端四位五八零六，开户是二零一九年十月。"),
            A("都对上了。手机上转，一回顶天五万块，一天满打满算二十万，十八万分四回，当天四回全部走完。"
              "您要是去柜台转到别的银行，每一百块收五毛手续费。"),
            C("那还是手机上省钱，俺就分四回转。", overlap=0.5),
            A("转之前有几句叮嘱：收款的得是那家厂子自己的公司账户，户名和合同上的公章一个字都对得上；"
              "要是有人临时打电话、发微信说换了收款账号，或者让您打进个人卡里，先别转，打厂子的座机问清楚；跟这家厂子初次合作，先打一小部分订金，炉子到了、试过火再付尾款。"),
            C("中，俺先付八万定金，炉子到了再付十万。"),
            A("这么分着付，稳妥。还有旁的需要不？"),
            C("没了，谢谢啊。"),
            A("不客气，多谢您想着来问一声，祝店里天天坐满，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq04_elderly_jinan_grandmother_lower_mobile_daily_limit_silent_hold_clean",
        "title": "七十九岁老年客户（济南口音）听孙子的话想把手机银行每天能转的钱调低；以身份证号码末端四位加最近一笔存入金额核身；告知后静音保留并致谢；原先一笔五万、一天二十万（正确），坐席替她调成一天五千；用自己的话提醒防冒充孙子出事要钱、冒充银行要验证码，完整合规",
        "business_type": "account", "agent_id": "A11403", "customer_tier": "elderly",
        "started_at": "2029-06-06T09:40:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A11403"]),
            C("喂，闺女，俺济南的，俺七十九岁了，家住大明湖边上。孙子跟俺说，俺手机上那个银行一天能转出去好些钱，万一让人骗了可了不得，叫俺把能转的钱数调小点，恁能帮俺弄弄吗？"),
            A("大娘您好，您是想把手机银行每天能转出去的钱调低一些，防着被人骗走，对吧？这是改您账户的设置，电话这头是不是您本人，得先验明："
              "请说一下身份证号码末端的四位，再说说最近一回往卡里存进来的钱是多少。"),
            C("末端四位一四七三，前些天存进去三千，是闺女给俺的。"),
            A("对上了。我到系统里把您的限额调出来，这中间电话没有声音，约莫三十秒，大娘您把电话拿着，别放下。"),
            {"silence": 7.0, "kind": "hold"},
            A("大娘，我回来了，谢过您等这一阵。您的手机银行原先一笔最多能转五万，一天通共最多转二十万。您看调成一天五千，行不行？"),
            C("五千杠好，俺平常也就给孙子转个几百块。"),
            A("好，已经给您调成一天五千了，往后要调高，得您本人带身份证到网点去办。另外大娘记住两件事："
              "万一接到电话，对方自称是您孙子，在外头出了事、急着要钱，先挂了，亲自给孙子打个电话问问；要是有人说是银行的，要您报短信验证码或者密码，一个字都别说，银行不会这么问。"),
            C("记下了，闺女，恁想得真周全。"),
            A("大娘，这会儿还需要我办点旁的不？"),
            C("没了没了。"),
            A("那行，谢谢大娘亲自打来，祝您硬硬朗朗，再见啊。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq05_kaili_miao_silver_workshop_torn_banknotes_wife_account_info_clean",
        "title": "凯里苗族银饰作坊客户问被老鼠啃坏的百元钞能不能换、刚从广东打工回来的媳妇开卡要带什么（一般业务咨询，坐席说明不查账户不用核身）；残缺币按剩余多少全额或半额兑换、不收费；开户要本人有效身份证件和本人名下手机（正确），完整合规",
        "business_type": "account", "agent_id": "A11404", "customer_tier": "standard",
        "started_at": "2029-06-07T15:12:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A11404"]),
            C("你好，我是凯里的，苗族，家里打银饰。柜子里放的几张一百块，让老鼠啃掉一个角，还有一张缺了小半边，这种还能拿去换不？"),
            A("几张百元钞票被老鼠啃坏了，想问还能不能换，是吧？这是一般的政策咨询，不碰您名下的账户，所以不用对您的身份。"
              "钞票缺得不多、剩下大半张的，到网点能按全额换；剩一半上下的，按一半的面额给换；碎得太厉害的就换不了。换钱不收费，碎片都带上。"),
            C("要得，那几张应该都换得了。还有个事，我媳妇刚从广东打工回来，想开张卡，要带些哪样？"),
            A("请她本人带上自己的有效身份证件，还有她自己平时用的手机，手机号要登记在她本人名下，到网点柜台就能开，别人不能代办。"),
            C("她那个手机号是用我的身份证办的，搞得不？"),
            A("最好先去营业厅把号码过户到她自己名下，或者办一张她自己名下的号，这样开卡顺当。"),
            C("好嘛，晓得了，我先陪她去营业厅。"),
            A("好的，被啃坏的钞票记得一起带来。别的还想了解什么吗？"),
            C("没有了，谢谢你哈。"),
            A("不用谢，多谢您问这一趟，祝银饰作坊生意兴旺，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq06_shunde_sofa_factory_euro_remittance_italy_leather_clean",
        "title": "顺德做沙发的家具厂客户要汇三万欧元到意大利买牛皮，以身份证号码最后的四码加登记的工作单位核身；解释国际识别码（已解释，非术语违规）；一个到三个工作日到账（正确）；坐席用自己的话做跨境汇款风险提示（邮件改账户、私人或第三国户口、按合同电话核实、出境难追回）；客户自己说汇率涨跌不归我管（非坐席禁语），完整合规",
        "business_type": "transfer", "agent_id": "A11405", "customer_tier": "standard",
        "started_at": "2029-06-08T11:05:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A11405"]),
            C("喂，你好，我系顺德嘅，屋企开家具厂做沙发，要由意大利入一批牛皮，要汇三万欧元过去，点样汇？"),
            A("您的家具厂要从意大利进牛皮，汇三万欧元过去，我复述得可对？这笔钱要动用您个人的年度购汇额度，得核一核您本人："
              "身份证号码最后的四码请讲一下，再讲讲您在我们这里登记的工作单位。"),
            C("最后四码二九六一，工作单位就系我自己个厂，叫顺德荣记家具。"),
            A("核对无误。进手机银行找到跨境汇款那一栏，照合同填意大利那家公司的英文全称、账号，还有对方银行的国际识别码；"
              "识别码就是每家银行在国际上的一串身份代码，合同或者发票上一般会写。"),
            C("咁几日可以到？佢话收到钱先至发货。"),
            A("快的一个工作日，慢的三个工作日，碰上意大利那边放假就往后推。有件事提醒您：跨境付款最容易出事的地方，是对方突然来封邮件，讲收款账户改了，"
              "或者叫您汇去私人户口、汇去第三个国家；要是真遇上这种事，先按合同上的电话打过去，跟对方负责人核实，不要照邮件汇。钱一出了国，再往回追就难上加难。"),
            C("明白，汇率涨跌不归我管，但系户口我一定核清楚先汇。唔该晒你。"),
            A("这么办万无一失。别的事还有要我办的不？"),
            C("冇啦。"),
            A("多谢您专门打来问一趟，祝工厂订单越做越多，拜拜，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq07_elderly_wuhan_lotus_root_farmer_wholesale_payment_long_hold_jargon_no_fraud_advice",
        "title": "八十一岁老年客户（武汉口音）在蔡甸种莲藕，查卖藕给批发市场的货款到没到、有多少，以身份证号码末梢四个数加最近一笔存入金额核身；告知后静音保留一百七十秒并致谢（余额查询超过三分钟标准）；答复时满口术语（代收付通道、过渡户挂账、次日清分、联机入账、交易码）不解释；客户打算取现给孙子买电脑，全程无防诈骗提醒",
        "business_type": "balance", "agent_id": "A11401", "customer_tier": "elderly",
        "started_at": "2029-06-11T09:28:50", "agent_channel": 0,
        "turns": [
            A(OPENING["A11401"]),
            C("喂，姑娘，我是武汉蔡甸的，八十一了，种莲藕的。批发市场的老板说卖藕的钱打到我卡上了，你跟我查一下到冇到，有好多？"),
            A("老爹爹您好，您想查批发市场的藕钱进没进来、一共多少，对不对？查之前先对一下是您本人：请讲身份证号码末梢的四个数，再讲讲上一回往卡里存进来的是好多钱。"),
            C("末梢四个是四零五二，上回存进来八百。"),
            A("对上了。批发市场那边是好几笔合起来打的，我得到后台一条一条翻，要花好几分钟，可能三分钟出头，这中间电话里没得声音，老爹爹您莫挂，翻到了我就回来。"),
            {"silence": 170.0, "kind": "hold"},
            A("老爹爹，让您等了这么半天，对不住得很，谢谢您握着电话一直等。查到了：这笔钱走的是代收付通道，先在过渡户挂账，次日清分以后联机入账，交易码显示批发结算，六月六号到的，五千八百四十元。",
              marks=[mark("etiquette.jargon", "代收付通道、过渡户挂账、次日清分、联机入账、交易码，对八十一岁客户未作解释")]),
            C("你说的么斯挂账、清分，我半句都冇听明白，就问你钱到了冇得？"),
            A("到了，五千八百四十元，一分不少进了您的卡。"),
            C("那好，我过几天去取三千，给孙子买个电脑。"),
            A("可以，您带着卡到网点或者取款机都能取。老爹爹还有别的要查的吗？"),
            C("冇得了，谢谢姑娘。"),
            A("不谢，多谢老爹爹打过来，祝您藕塘年年丰收，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额（货款到账）查询超过三分钟标准"),
                       mark("risk.elderly_fraud_advice", "八十一岁老年客户查货款并打算取现，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "aq08_no_greeting_beijing_opera_costume_shop_double_card_charge",
        "title": "北京前门开京剧戏服店的客户问一笔一千二的刷卡消费为何扣了两次；坐席以“嗯？哪位？”接起，无问候、行名、工号、服务用语；以身份证号码尾码四个数加账单寄送地址邮编核身，说明第一笔超时将原路退回，其余流程合规，简短但完整收尾",
        "business_type": "account", "agent_id": "A11402", "customer_tier": "standard",
        "started_at": "2029-06-12T16:48:31", "agent_channel": 0,
        "turns": [
            A("嗯？哪位？"),
            C("喂，打到恒通银行了吧？我北京的，在前门那儿开一个卖京剧戏服的小店。昨儿个给人刷卡买了套蟒袍的料子，一千二，怎么卡上扣了两回呢？"),
            A("对，恒通。本人先过一道：身份证号码的尾码四个数，再说说您账单寄过去那个地址的邮政编码。"),
            C("尾码四个六一零八，邮编一零零零五零。"),
            A("对上了。昨天下午有两笔一千二，第一笔商户那边超时没成，钱先扣着，系统过几天自个儿退回；第二笔才是真正付出去的。"),
            C("得，那多出来那一千二多会儿能回来？"),
            A("一般三到五天原路退回到卡上，退的时候有短信告诉您。"),
            C("成，那我甭着急了，等着就是。"),
            A("嗯。还有别的要问不？"),
            C("没了，您忙着。"),
            A("好，谢了您呐，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯？哪位？：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "aq09_no_staff_number_xian_roujiamo_shop_gold_card_upgrade_wrong_fee",
        "title": "西安回民街开肉夹馍店的客户想把普卡升成金卡信用卡，问年费；开场白有问候、行名和服务用语但不报工号；以身份证号码最末端四位加办卡时留的紧急联系人姓名核身；把金卡年费说成六百元（知识库为三百元）；之后提交升级申请",
        "business_type": "card", "agent_id": "A11405", "customer_tier": "standard",
        "started_at": "2029-06-13T13:20:09", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，您有啥要办的，我这边都能帮着问。"),
            C("你好，额西安人，在回民街开肉夹馍店。额手上有张你们的普卡，想升成金卡，想问一年年费多少钱，划不划算。"),
            A("您想把手上的普卡升成金卡，先问清年费，对吧？升级要动您这张卡，要认准是您本人：请说一下身份证号码最末端的四位，再讲讲您办卡时留的紧急联系人叫什么名字。"),
            C("最末端四位三三八七，紧急联系人是额婆姨，叫马秀兰。"),
            A("资料全都对得上。金卡一年的年费是六百元，一年里刷卡消费满六次，次年年费一笔勾销。",
              marks=[mark("answer.wrong_fact", "金卡年费应为三百元（知识库），坐席说成六百元")]),
            C("嘹咋咧，额店里天天刷，六次轻轻松松。那升了以后额度能高些不？"),
            A("额度要按您的用卡情况重新评，一般会比普卡高一些。您同意的话，我这就给您提交升级申请，审核结果三个工作日内用短信告诉您。"),
            C("么麻达，你给额提交。"),
            A("好，升级的单子我递上去了。这通电话里另外还需要办点啥？"),
            C("没了，谢了啊。"),
            A("不客气，感谢您打这通电话，祝肉夹馍卖得红红火火，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "aq10_chengdu_wedding_banquet_deposit_refund_no_identity_dead_air",
        "title": "成都客户查婚宴酒楼退回的八千定金到没到，坐席未做任何身份核验即说出到账时间、金额、付款方和附言；客户问余额后双方无声十秒，客户追问“人呢”；坐席又未核验即报出可用余额和一笔火锅店消费（坐席在声道一）",
        "business_type": "account", "agent_id": "A11403", "customer_tier": "standard",
        "started_at": "2029-06-14T16:22:37", "agent_channel": 1,
        "turns": [
            A(OPENING["A11403"]),
            C("喂，我成都的，本来国庆要办酒，订了一家酒楼，后头改期了，酒楼说把八千块定金退给我了，你帮我看一哈到没到嘛。"),
            A("到了的，今天上午十点零五分，一家餐饮公司退回八千元，附言写的是婚宴定金退回。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出定金退款的到账时间、金额、付款方和附言")]),
            C("安逸。那我卡头现在总共还剩好多钱？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？人呢？"),
            A("在的在的，刚刚页面卡了一下。您卡里可用余额两万一千六百元，昨天晚上还有一笔三百四十八元的火锅店消费。",
              marks=[mark("identity.not_verified", "未核验身份即报出可用余额和近期消费")]),
            C("巴适，那我晓得咯。"),
            A("还有其他想查的没有？"),
            C("没得了。"),
            A("好的，多谢您致电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq11_wedding_photographer_snowball_product_jargon_interrupt_no_disclosure",
        "title": "开婚礼摄影工作室的客户有二十五万想买朋友推荐的“雪球”结构化产品，以身份证号码前三位和后三位加手机银行刷脸核身；坐席介绍时满口术语（挂钩标的、中证五百、敲出线、敲入线、敲出观察日、年化票息、锁定期）不解释；客户问股市大跌会不会亏时坐席插话说不会亏、敲入概率很低，未做任何风险揭示即下单",
        "business_type": "wealth", "agent_id": "A11406", "customer_tier": "VIP",
        "started_at": "2029-06-15T10:46:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A11406"]),
            C("你好，我开了个拍婚礼的摄影工作室，有二十五万闲着，朋友说有种叫雪球的产品收益高，想来摸摸情况。"),
            A("您说的是挂钩指数的结构化产品。先核验身份：请说身份证号码的前三位和后三位，再在手机银行上做一下刷脸认证，我这边已经推送过去了。"),
            C("前三位四一零，后三位六二叉。脸刷完了。"),
            A("核验通过。这款的挂钩标的是中证五百指数，敲出线百分之一百零一，敲入线定在百分之六十八，敲出观察日每月有一个，年化票息百分之十五点二，锁定期三个月，没敲入就按票息拿。",
              marks=[mark("etiquette.jargon", "挂钩标的、中证五百、敲出线、敲入线、敲出观察日、年化票息、锁定期，未向客户解释")]),
            C("敲入敲出我听得云里雾里的，我只想弄清楚一件事，要是股市突然大跌，我这二十五万是不是有可能"),
            A("不会亏的，敲入概率很低很低，往年基本没出过事，比存款强多了，您放心。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在提问时坐席开口，重叠约一点一秒")]),
            C("那就二十五万都买吧。"),
            A("好的，二十五万已经帮您下单了。另外还需要我办什么？"),
            C("没了，谢谢。"),
            A("感谢您选我们，祝工作室单子接不完，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单二十五万元雪球结构化产品，客户问会不会亏时坐席说不会亏、比存款强，未做任何风险揭示")],
    },
    {
        "call_id": "aq12_changchun_fake_landlord_rental_deposit_swindled_police_angry_no_closing",
        "title": "长春客户给外地上大学的女儿在网上找出租房，“房东”收了三千六押金和房租后失联，被骗并已报警；坐席以身份证号码尾部四个数加身份证签发机关核身，标记涉诈交易、报送反诈中心；客户怪银行不拦、扬言投诉，坐席共情并登记投诉；最后只说“等反诈中心那边有回音，我第一时间打给您。”，无询问、致谢、道别",
        "business_type": "complaint", "agent_id": "A11404", "customer_tier": "standard",
        "started_at": "2029-06-18T20:14:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A11404"]),
            C("喂，我长春的，闺女在外地上大学，我在网上给她找了个出租房，房东说先交押金和一个月房租，我转了三千六，人就找不着了，电话拨过去一直关机，我这是被骗了啊！我刚从派出所报完警出来。",
              marks=[mark("risk.keyword_alert", "网上租房先交押金后房东失联：被骗、报警")]),
            A("您别着急，我立马着手给您办。先把您本人验一验：请说身份证号码尾部的四个数，再看一眼身份证背面的签发机关是哪个公安局。"),
            C("尾部四个七五二九，签发机关是长春市公安局朝阳分局。"),
            A("核实通过。那笔三千六是前天晚上八点四十转出去的，收款方是个人账户。我已经把这笔标记为涉诈交易，对方账户也报给了反诈中心，配合警方去查。"),
            C("你们银行嘎哈吃的？三千六转给个骗子，一点都不拦着，我太来气了，这个投诉我是投定了！",
              marks=[mark("emotion.customer_negative", "质问银行、扬言投诉：不满、投诉")]),
            A("您这么上火，换成谁都一样，我能理解。您的投诉，我现在就记下来，两个工作日内有专人联系您。那三千六还拿不拿得回来，要看警方的进展，报案回执您一定保存好。"),
            C("那我这张卡还能接着用不？"),
            A("对方没拿到您的卡号和密码，卡能照常用。您要是不放心，可以改个密码。"),
            C("唉，真是闹心。"),
            A("等反诈中心那边有回音，我第一时间打给您。"),
        ],
        "violations": [mark("closing.missing", "坐席只说有回音再打给您：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "aq13_dating_site_boyfriend_gold_platform_topup_stopped",
        "title": "客户在婚恋网站认识的“男朋友”让她往一个黄金交易平台充两万，说稳赚、今晚截止有内部价，客户来电问怎么转（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：先别转、没见过面的网友带着投资多是圈套、平台多是假的、要求见面或视频、跟家人商量、平台名发九六一一零核实、已充过钱就报案；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A11405", "customer_tier": "standard",
        "started_at": "2029-06-19T19:32:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A11405"]),
            C("你好，我想问个转账的事。我在婚恋网站上认识一个男的，聊了两个多月，他人很好，说他舅舅在黄金交易平台做分析师，带着他稳赚，叫我也充两万进去，今晚十二点前充就有内部价。我想问问转到平台的那个账户要怎么转？",
              marks=[mark("risk.keyword_alert", "婚恋网站网友带着往黄金平台充钱、限时内部价：诈骗话术")]),
            A("您先不要转，一分钱都先别动。网上认识、一次面都没见过的人，带着您往某个平台里充钱投资，还说有内部价、限时截止，这是眼下最常见的圈套之一；"
              "那种平台多半是假的，页面上的数字看着在涨，钱其实早就被卷走了。"),
            C("可他对我真的挺好的，每天早晚都问候。"),
            A("这种人往往先花几个月培养感情，再开口要钱。您可以跟他说要先见面，或者开个视频，看他怎么推托；这件事也跟家里人说一说。"
              "平台的名字可以报给九六一一零反诈专线问一问，真假一查就清楚。要是之前已经往里充过钱，尽快到派出所报案。"),
            C("还好我还没转，我先跟我姐商量商量。"),
            A("您转账前先来问一声，做得很对。今天还有别的事需要帮忙吗？"),
            C("没有了，谢谢。"),
            A("不客气，也谢谢您肯先打来问这一声，多保重，愿您往后都顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq14_shenyang_chicken_rack_wholesaler_police_freeze_angry_silent_hold",
        "title": "沈阳批发鸡架的客户给冷库结账时手机银行显示账户被冻结，扬言投诉；坐席共情担责，以身份证号码最后那一截四个数加开卡年月核身，告知后静音保留并致谢；查明是外省公安机关因买家打来的八千元涉案资金冻结（非银行自己冻结），其余可用；说明须带交易凭证联系该公安机关并致歉",
        "business_type": "complaint", "agent_id": "A11403", "customer_tier": "standard",
        "started_at": "2029-06-20T08:55:13", "agent_channel": 0,
        "turns": [
            A(OPENING["A11403"]),
            C("喂，我沈阳的，批发鸡架。今儿早上要给冷库结三万块钱的账，死活转不出去，手机银行上提示账户已冻结，闹的是哪一出啊？",
              marks=[mark("risk.keyword_alert", "账户被冻结、货款转不出：冻结资金")]),
            A("冷库的账结不了，您心里准是火烧火燎。我来给您捋个清楚。先核对一下本人：请讲身份证号码最后那一截的四个数，再说说这张卡是哪年哪月开的。"),
            C("最后四个零六九一，开卡是二零一六年三月。说冻就冻，连个信儿都没有，害得我在冷库老板面前丢人现眼，你们银行就这么办事儿？我必须投诉！",
              marks=[mark("emotion.customer_negative", "质问银行、扬言投诉：不满、投诉")]),
            A("核对上了。让您在冷库老板面前难堪，这是我们做得不到位。我去把冻结的登记调出来看，中间线上不出声，估计二三十秒，请您别挂，在线上候一会儿。"),
            {"silence": 7.5, "kind": "hold"},
            A("久等了，谢谢您。查到了：是外省一个公安局发来的冻结，原因是上个月有个买家打给您的八千块，被认定是涉案资金，不是银行自己冻的；"
              "冻的只是这八千，卡上其余两万六能照常用，所以三万一笔转不出去。"),
            C("那个买家我就见过一回，原来他的钱不干净？那我咋整？"),
            A("要解冻得找那个公安局，您带上跟买家的聊天记录、发货单这些交易凭证去说明情况，他们核实以后发解冻通知，我们这边当天解开。"
              "事前没能提醒您，让您受这份折腾，真对不住。公安局的名字和联系电话，待会儿发短信到您手机上。"),
            C("那行吧，我去准备材料。"),
            A("好的。还有什么需要我帮您查的？"),
            C("没了。"),
            A("谢谢您听我絮叨这一大段，祝事情早点解决，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq15_transfer_receipt_for_reimbursement_interrupt_rebuff",
        "title": "客户要一笔房租转账的盖章回单拿去公司报销，问能否电话开或邮寄；坐席在客户陈述未完时插话一次；客户请求邮寄时以“这种事我管不着，你找我也白搭，自己去柜台折腾吧”推诿；客户语气平和未表达不满；之后说明手机银行可下载带电子章的回单（一般咨询，不涉及账户数据）；简短但完整收尾",
        "business_type": "account", "agent_id": "A11404", "customer_tier": "standard",
        "started_at": "2029-06-21T12:18:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11404"]),
            C("你好，我上个礼拜用手机转了一笔房租，公司说要银行盖章的回单才能报销，我想问问能不能在电话里帮我开一张，或者是寄给我，因为我白天上班实在"),
            A("电话里开不了，要去柜台打。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一秒")]),
            C("那能不能麻烦你们打好了寄到我公司？我请一趟假挺难的。"),
            A("这种事我管不着，你找我也白搭，自己去柜台折腾吧。",
              marks=[mark("etiquette.forbidden_phrase", "我管不着、你找我也白搭、自己去折腾：推诿客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("行，那我找个中午去一趟。"),
            A("对了，手机银行的转账记录里可以下载带电子章的回单，不少公司也认。"),
            C("那我先问问财务认不认。"),
            A("别的事还有没？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq16_zhangzhou_narcissus_grower_packaging_transfer_wrong_limit_music_no_notice",
        "title": "漳州种水仙花球的客户要付包装厂二十八万做出口礼盒，以身份证号码末后四个数字加账单地址邮编核身；客户问能否今天转完后直接进入九秒等待音乐、坐席未告知，之后致谢；单笔五万（正确），把手机银行日累计限额说成一百万（知识库为二十万）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A11401", "customer_tier": "standard",
        "started_at": "2029-06-22T14:07:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A11401"]),
            C("喂，你好，我漳州的，种水仙花球。年底要出口礼盒，得先付包装厂二十八万，手机上一天最多能转多少？"),
            A("您要给包装厂付二十八万礼盒钱，想知道手机上一天能转多少，对吧？本人得验一验：请讲身份证号码末后四个数字，再报一下寄账单那个地址的邮编。"),
            C("末后四个数字八二四零，邮编三六三零零零。"),
            A("核对通过。"),
            C("好，那我二十八万今天能一次转完不？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢您听着音乐等候。手机银行每回顶多转五万，一天累计最多能转一百万，二十八万今天分六笔就能转完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成一百万")]),
            C("足好，按呢我今日就转。"),
            A("转之前提醒您一句：钱只打到包装厂的公司账户，户名跟合同对一对；如果对方突然说换账号、叫您转给个人，先打厂里的座机确认，别急着转。"),
            C("好，我记住了。"),
            A("另外还有什么需要帮忙的吗？"),
            C("无了，多谢。"),
            A("不客气，谢谢您的这通电话，祝水仙花开得好也卖得好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "aq17_elderly_pingyao_hearing_aid_shop_cash_discount_dead_air",
        "title": "八十五岁老年客户（平遥口音）要取三万现金，去一家“交现钱打九折”的店买助听器和轮椅，以身份证号码顶末尾四个数加卡面有效期核身；客户问现金怎么取后双方无声十一秒；取款机一天两万（另一渠道，正确）；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A11405", "customer_tier": "elderly",
        "started_at": "2029-06-25T09:16:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11405"]),
            C("喂，娃娃，我是平遥的，八十五了。城里有家店卖助听器和轮椅，说交现钱能打九折，我想从卡上取三万现钱，卡里那些钱凑得够凑不够，你替我瞅一眼。"),
            A("老奶奶您好，您想取三万现金去买助听器和轮椅，先看看卡里的钱够不够，对吧？看之前核对一下本人：请讲身份证号码顶末尾的四个数，再念一念卡正面印的有效期。"),
            C("顶末尾四个是二六一五，卡上印的是零八，三三。"),
            A("核对上了。您卡上活期四万七千元，三万取得出来。"),
            C("那三万现钱我咋介取？我腿脚不灵便，甭叫我来回跑。"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十一秒，坐席未作任何告知")]},
            A("取款机每天顶多出两万，三万要到柜台取，数目大，头一天先跟网点电话约好。"),
            C("那我叫孙子开车送我去。"),
            A("好的。老奶奶还有别的事吗？"),
            C("没甚了，娃娃。"),
            A("好，谢谢老奶奶打来，愿您身子骨结结实实，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十五岁老年客户要取三万现金去交现钱打折的店买东西，坐席全程未给任何防诈骗提醒（如推销陷阱、冒充亲属、陌生人索要转账或密码）")],
    },
    {
        "call_id": "aq18_fast_agent_korla_pear_grower_used_sorting_machine_money_first_no_warning",
        "title": "坐席语速过快（约一点六倍）；库尔勒种香梨的客户要把十二万先打到农机论坛上认识、人在外省的卖家个人卡上买二手香梨分拣机；以身份证号码末位起倒着数四个数加登记的工作单位核身；一笔五万、一天二十万（正确）；客户问怎么知道对方收到后直接进入等待音乐、坐席未告知（之后致谢）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A11402", "customer_tier": "standard",
        "started_at": "2029-06-26T15:40:20", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11402"]),
            C("你好，我是库尔勒的，种香梨的。在一个农机论坛上看中一台二手的香梨分拣机，卖家在河南，叫我先把十二万打到他个人卡上，他再发货，这钱在手机上怎么个转法？"),
            A("好，先核身，身份证号码从末位起倒着数四个数，再报一下登记的工作单位。"),
            C("倒着数是三一七二，单位是库尔勒一个香梨合作社。"),
            A("核对通过。每笔封到五万，全天合起来不出二十万，十二万掰成三笔走，收款卡号就填卖家发您的那个，今天就到。"),
            C("你这说话快得跟打机关枪一样，我都快跟不上了。那转过去以后，咋知道他收着了？"),
            {"silence": 8.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("谢谢等候。转账成功手机上有扣款短信，叫卖家收到后拍个到账截图发您。"),
            C("好得很，我下午就去转。"),
            A("行，另外有要办的不？"),
            C("没了。"),
            A("好，谢谢致电，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "十二万元分拣机款先款后货打到论坛上认识、未见面的外省卖家个人卡上，坐席未做任何大额转账风险提示（核实卖家、防范先款后货）")],
    },
    {
        "call_id": "aq19_commemorative_coin_reservation_pickup_date_asked_thrice_hangup",
        "title": "客户网上预约了纪念币一直没收到领取通知；坐席未核身即报出预约数量、领取网点、预约日期、预约编号尾号和状态，之后才以身份证号码末尾四个数加卡面有效期核身；客户三次问哪天能去领，坐席只说预约成功、以通知为准；客户第三次问时通话随即结束",
        "business_type": "account", "agent_id": "A11403", "customer_tier": "standard",
        "started_at": "2029-06-27T18:44:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A11403"]),
            C("你好，我上个月在你们网站上预约了纪念币，到现在也没收到领取的通知，你给查查是咋回事。"),
            A("您预约的是二十枚，领取网点在人民路支行，预约日期是五月十二号，预约编号尾号三八，状态显示预约成功。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出预约数量、领取网点、预约日期、编号尾号和状态")]),
            C("预约成功我知道，我就想知道哪天能去网点领？"),
            A("哦，忘了一步，得先认认是不是您本人：请说一下身份证号码末尾四个数，还有您那张卡正面印的有效期。"),
            C("末尾四个九零四七，有效期是三一年七月。"),
            A("核对通过。您的预约是成功的，纪念币会统一安排兑换。"),
            C("安排不安排的我懂，我问的是到底哪天能领？"),
            A("兑换时间以通知为准，预约成功的都能领到，您放心。"),
            C("这是我第三遍问了，纪念币究竟哪一天能去网点领？",
              marks=[mark("resolution.repeated_question", "纪念币哪天能领问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "aq20_short_credit_card_repayment_day_change_call",
        "title": "客户问信用卡还款日能不能改，坐席一句答复后简短收尾（问还有无其他要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）",
        "business_type": "card", "agent_id": "A11404", "customer_tier": "standard",
        "started_at": "2029-06-28T17:58:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A11404"]),
            C("信用卡还款日能改吗？"),
            A("能改，手机银行里调，一年一次。旁的还想问不？"),
            C("没有。"),
            A("感谢，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
]

HELDOUT31_SEED = 20281231
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT31_CALLS, agents=AGENTS, default_out=Path("samples/heldout31"),
                  seed=HELDOUT31_SEED, description=__doc__))
