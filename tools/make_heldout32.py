#!/usr/bin/env python3
"""Render the thirty-second held-out evaluation set in samples/heldout32/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never looked at
another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, the READMEs of
heldout30 and heldout31 (and of heldout23-29 only the passage naming their topics and regions),
tools/README.md, make_heldout31.py (the machinery copied), make_samples.py, telephone.py,
clause_overlap.py, and of rules/bank_zh.kb.yaml only the titles and facts (to keep stated figures right
and plant two wrong ones). Every script step is worded differently from samples/ and the other held-out
generators (no clause of five characters or more is shared, in either direction, with make_samples.py
or any make_heldout*.py): other agents (A11501-A11506) with their own openings, other verification
routes (the branch where the account was opened, the shop of the last card payment, the name the
QR-code merchant is registered under, the make of the phone last used for mobile banking, the e-mail
address on file, the herding village (gacha) of the registered residence, the full date of birth plus a
spoken voiceprint phrase, the occupation given when the account was opened, the payee of the last
transfer, the amount and term of a time deposit, the credit limit, the last credit-card repayment, the
last counter withdrawal, the last risk-assessment result, the anti-phishing greeting set in the app; the
ID digits asked in new words, once as the ninth to twelfth digits), other hold, warning, disclosure and
closing phrasings, topics the heldout23-31 sets did not use and dialect-flavoured customers from
regions none of them used (Daqing, Nanjing, Wuxi, Guiyang, Changsha, Yangzhou, Mianyang, Tongliao
(Mongol), Beihai, Hanzhong, Handan (Yongnian), Yining (Ili), Xichang (Liangshan Yi), Anqing, Dongguan,
Mengzi (Honghe), Jiaxing, Huludao (Xingcheng); the Nanjing, Tongliao, Anqing and Mengzi customers are
elderly). The layout is not the earlier sets': the violations sit at other call numbers and in other
combinations, four calls are clean, and the risky situations are a fake nephew abroad, a stock-tutor
group with a fake trading app, a crypto "platform" asking a withdrawal fee, a shop-rental deposit to a
"landlord's cousin", a shop deposit abroad paid to an agent's personal account and a card cloned abroad.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms or for another channel, two frauds
stopped by the agent, customers who start before the agent has finished, terse but complete closings,
a balance enquiry with a one-minute hold that stays under three minutes.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout32.py
    /work/tts-venv/bin/python tools/make_heldout32.py --only ar11_hanzhong_crypto_platform_withdrawal_fee_stopped_music_no_notice
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
#   order. ar07 greets, names the bank and offers help with no number (staff_id_missing); ar18
#   opens with a bare "嗯，在呢，说。" (greeting.missing and staff_id_missing);
# - identity: a check (ID digits + one more fact on file, or a voiceprint phrase) before any account
#   data or account action. identity.not_verified = each agent turn that discloses account data
#   before a check: ar08 (a wife asks about her husband's salary card; the agent asks only the
#   holder's name and reads the salary and the balance: two labels), ar14 (the balance read out at
#   once because the customer only wants to know whether it is enough; no check ever). General
#   information (ar06 using a credit card abroad) needs none; ar03 and ar11 stop a fraud and touch no
#   account data;
# - risk.disclosure_missing: ar07 (20,000 USD abroad to a letting agent's personal account as a shop
#   deposit, nothing but how to remit), ar14 (42,000 deposit and rent to a "landlord's cousin" for a
#   shop not yet seen, nothing but how to transfer). Warnings in the agent's own words count (ar10
#   and ar19 wealth; ar13 large transfer; ar03 and ar11 frauds stopped; ar05 after a loss);
# - risk.keyword_alert: ar03 (a fake nephew abroad, told with no risk word), ar05 (被骗 + 报警),
#   ar11 (a crypto platform wants a fee before a withdrawal, no risk word), ar17 (盗刷);
# - risk.elderly_fraud_advice: ar09 (79, takes 50,000 in cash for a grandson's wedding), ar18 (78,
#   closes an old passbook and takes 67,200 in cash): no advice. ar02 and ar15 carry it;
# - emotion.customer_negative: ar05 (will complain, 不负责任), ar16 (你这什么态度…你不耐烦什么);
# - emotion.agent_negative: ar12 (together with a forbidden phrase), ar16 (impatient and condescending,
#   no taboo phrase); etiquette.forbidden_phrase: ar12 (跟我说也没用);
# - etiquette.jargon: ar17 (card-dispute terms), ar19 (pension-fund terms), never explained; ar10's
#   二级 risk grade and 久期 are explained on the spot: not jargon;
# - etiquette.interruption: ar05 (1.2 s, the angry customer mid-sentence), ar09 (1.1 s, the elderly
#   herder mid-sentence). ar03 and ar13: the customer starts 0.5 s before the agent has finished;
# - etiquette.dead_air: ar15 (10 s after the elderly customer's second asking), ar18 (11 s);
# - hold: announced holds in other words count (ar02 silent, ar04 a long music one, ar10 music,
#   ar17 silent, ar20 a one-minute silent one; all thanked). ar11 (thanked after) and ar19 (not
#   thanked): music straight after the customer's words, no notice: hold.no_notice;
# - answer.wrong_fact: ar01 (a replacement card in 四个工作日; the facts say seven working days) and
#   ar12 (counter inter-bank fee 百分之一; the facts say 0.5 %). Right figures stay unlabelled (ar12's
#   mobile 五万 / 二十万, ar13's 五万元 / 二十万块 and the counter's 千分之五, ar14's 五万, ar07's
#   最快隔天，最迟三个工作日 abroad, ar16's 三百元, ar17's 七天左右);
# - resolution.repeated_question: ar15 (asked a third time; answered then, closed properly);
# - closing: ar08 ends with 行，那就这样 (closing.missing); ar16 ends when the agent drops the line
#   right after the customer's question (closing.abnormal_hangup, closing.missing); terse but complete
#   closings elsewhere (ar01, ar06, ar12, ar18);
# - handling.time_standard: ar04 (a balance enquiry over the 3-minute standard: a 150 s announced
#   music hold) and ar06 (a card call under the 20 s minimum); ar20, a balance enquiry with a 60 s
#   hold, stays under three minutes;
# - etiquette.speech_rate: the agent at 1.6x (ar01);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11501": {"team": "一线甲班", "staff_no": "五八三六"},
    "A11502": {"team": "一线甲班", "staff_no": "二零七四"},
    "A11503": {"team": "一线乙班", "staff_no": "九一六二"},
    "A11504": {"team": "一线乙班", "staff_no": "三七零八"},
    "A11505": {"team": "一线乙班", "staff_no": "六四一九"},
    "A11506": {"team": "二线专席", "staff_no": "七二五三"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11501": "恒通银行客户服务这里，您好，我是五八三六号小陈，您打来是想办点什么呢？",
    "A11502": "您好您好，恒通银行，二零七四号在岗，您有啥疑问尽管抛给我。",
    "A11503": "恒通银行，工作编码九一六二，您好，接到您电话了，看看我能帮上您哪些忙？",
    "A11504": "您好，恒通银行这一头，三七零八号替您效劳，想办什么，我立马动手。",
    "A11505": "您好，恒通银行来电接待，我的工牌号六四一九，今天想找银行办点什么？",
    "A11506": "您好，恒通银行私人理财热线，投资顾问七二五三陪您聊聊，资金上有什么想法？",
}

HELDOUT32_CALLS = [
    {
        "call_id": "ar01_daqing_oilfield_worker_card_lost_in_bathhouse_fast_agent_wrong_replacement_time",
        "title": "大庆油田修抽油机的客户储蓄卡随钱包在澡堂更衣柜丢失，坐席全程以约一点六倍语速说话；以证件号码末四位加最近一笔刷卡消费的商户核身，临时挂失；把补卡时间说成四个工作日（知识库为七个工作日）；简短但完整收尾",
        "business_type": "card", "agent_id": "A11502", "customer_tier": "standard",
        "started_at": "2029-07-02T08:47:12", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11502"]),
            C("喂，你好，我大庆的，在油田修抽油机。昨儿下了班去澡堂子泡澡，更衣柜一拉开，钱包没影了，储蓄卡也揣在里头，你赶紧帮我把卡停了。"),
            A("明白，卡跟钱包一块丢在澡堂，得马上停用。停卡之前先验一验卡主本人：证件号码末四位说一下，再讲讲这张卡最近一回刷出去的钱是在哪家店花的。"),
            C("末四位二六一三，最近一回在加油站加了三百块的油。"),
            A("全对。卡已经给您办了临时挂失，这会儿谁捡到都刷不出一分钱。"),
            C("那敢情好，吓我一脑门子汗。新卡多咱能到手？"),
            A("揣上身份证到网点申请补卡，一般四个工作日就能拿到新卡。",
              marks=[mark("answer.wrong_fact", "补卡时间应为七个工作日（知识库），坐席说成四个工作日")]),
            C("四天啊，那还凑合。卡里的钱不会出啥岔子吧？"),
            A("不会，挂失以后余额原封不动。往后卡跟身份证别搁一块儿，密码也别写在卡背面。"),
            C("知道了，往后不往澡堂子带了，那地方埋汰，人多手杂。"),
            A("对。另外还需要办啥不？"),
            C("没了，谢了啊。"),
            A("不客气，谢谢老哥，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ar02_elderly_nanjing_salted_duck_retiree_delayed_transfer_arrival_silent_hold_clean",
        "title": "八十二岁老年客户（南京口音）早年在盐水鸭店切鸭子，想给手机转账设置延时到账；以身份证号码最右边四个字符加开户网点核身；告知后静音保留并致谢；坐席用自己的话提醒防冒充公检法要求转入安全账户、不报短信数字，完整合规",
        "business_type": "account", "agent_id": "A11501", "customer_tier": "elderly",
        "started_at": "2029-07-03T09:15:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11501"]),
            C("喂，小陈啊，我南京的，年纪八十二喽，早先在盐水鸭店里切鸭子。我外孙女讲，手机上转钱能设成晚一天才到，万一被人哄了还来得及追回来，阿要帮我弄一弄？"),
            A("奶奶好，您是想给手机转账设个延时到账，钱转出去隔一天对方才收到，留出反悔的工夫，对不对？这要改您账户的设置，先确认电话那头是奶奶本人："
              "身份证号码最右边的四个字符麻烦念给我，再讲讲当初是在哪个网点办的这张卡。"),
            C("最右边四个是五零八叉，卡是在中华门那个网点开的。"),
            A("都对上了，谢谢奶奶。我进系统给您设，要一小会儿，差不多二十秒，这当中听筒里静悄悄的，您别挂，我弄好就回来。"),
            {"silence": 8.0, "kind": "hold"},
            A("奶奶，我回来了，叫您久等，谢谢您。设好了：往后您在手机上给人转钱，对方要过二十四个钟头才收得到，这当中您觉得不对劲，拨这个号码就能撤回来。"),
            C("多大事啊，这么快就弄好了，好，好。"),
            A("奶奶，再跟您交代两句。往后谁打来电话，自称是公安局、检察院的，讲您的卡跟什么洗钱案子扯上了，叫您把钱挪到一个安全账户，全是骗局，公家从来没有安全账户这一说。"
              "还有，短信里发给您的那几位数字，谁来问都不讲。碰上拿不准的事，先给外孙女打个电话，或者到网点当面找我们的人。"),
            C("晓得了，不得事，那种人我不睬他。"),
            A("奶奶，另外还有要我帮着办的吗？"),
            C("没得了，谢谢你啊小陈。"),
            A("应该的，谢谢奶奶专门打过来，祝您身子骨健健康康，再见啊。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar03_wuxi_fake_nephew_abroad_hospital_deposit_classmate_card_stopped",
        "title": "无锡客户说在马来西亚读书的外甥用新微信号联系她，称摔伤住院要三万六押金打到同学卡上并叮嘱别告诉父母（未用任何风险词的冒充亲友诈骗），坐席识破并劝阻（打原号码视频核实、医院有对公账户、一一零和九六一一零）；不涉及账户数据，无需核身；客户在坐席说完前零点五秒接话（非坐席插话），完整合规",
        "business_type": "transfer", "agent_id": "A11503", "customer_tier": "standard",
        "started_at": "2029-07-04T14:22:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11503"]),
            C("你好，我无锡的。我外甥在马来西亚念书，刚刚换了个新微信号加我，讲原来的号被封掉了，他骑电瓶车摔了一跤，躺在医院里要交三万六的押金，叫我打到他同学的卡上，还讲勿要告诉他爸妈。我想问问手机上往国外同学的卡里转钱要怎么弄。",
              marks=[mark("risk.keyword_alert", "冒充亲属借钱的诈骗情形：新微信号、境外出事、打到同学私人卡、叮嘱别告诉父母（未用风险词）")]),
            A("您先别转。您讲的这几样：新加的微信号、人在国外出了事、钱要打给同学、还叮嘱瞒着家里，凑在一块，是冒充亲戚要钱的老路数。"
              "请您先拨外甥原来那个号码，最好开视频，亲眼看一看是不是他本人。"),
            C("可他讲手机摔坏了，只能打字，讲不了话。"),
            A("越是只肯打字、不肯出声露面，越要当心。您可以问他爸妈要学校老师或者室友的电话，核实他到底有没有住院。真要交医药费，医院有自己的对公账户，用不着打进同学的私人卡。"),
            C("哎呀，被你这么一讲，我心里发毛了。那我先打给我阿姐问问。"),
            A("对，先问清楚，钱一个子儿也先别挪。要是已经转出去了，或者对方再三催，马上拨一一零，也可以拨九六一一零问反诈中心。"),
            C("好，亏得打了这个电话，我还当一分钟就能转过去。", overlap=0.5),
            A("您肯先来问一声，这一步就走对了。别的还有什么要问吗？"),
            C("没有了，谢谢你，伲晓得了。"),
            A("不用客气，谢谢您特地来核实一遍，祝您外甥平平安安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar04_guiyang_intestine_noodle_shop_qr_takings_long_music_hold_over_three_minutes",
        "title": "贵阳开肠旺面馆的客户查上周扫码收款是否结算到卡、卡里一共多少（余额查询）；以身份证号码靠后的四个号加收款码登记的商户名称核身；告知后播放一百五十秒等待音乐并致谢，余额查询超过三分钟标准；其余合规",
        "business_type": "balance", "agent_id": "A11504", "customer_tier": "standard",
        "started_at": "2029-07-05T10:31:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A11504"]),
            C("喂，你好，我贵阳的，在青云路开了家肠旺面馆，店里扫码收的钱一个礼拜结一回到卡上。我想晓得上个礼拜的钱进来没得，卡里现在一共好多。"),
            A("您想查上周扫码的钱结进来没有，还有卡里现在总共多少，对吗？要看账户，先核实本人：身份证号码靠后的四个号请报一下，再讲讲您店里收款码登记的商户名字。"),
            C("靠后四个是七七四零，商户名就叫老谢肠旺面。"),
            A("核对通过。上周的钱是七天一天一笔汇总的，我得进结算系统逐天对一遍，时间会久一点，估计两分多钟。这当口电话里放一段音乐给您听，您拿着电话等我，别挂断。"),
            {"silence": 150.0, "kind": "hold_music"},
            A("久等啦，两分多钟的曲子，难为您一直听着，谢谢。上周扫码一共收了一万零六百三十二元，昨天下午已经到卡上；连上原来的钱，卡里现在一共三万四千一百零五元。"),
            C("扎实好，跟我账本上记的差不多。那往后能不能改成天天结？"),
            A("可以，在收款码的商户后台把结算周期改成每天，钱第二天就到，也不多收您一分。"),
            C("得行，我晚点克弄。"),
            A("好嘞。还有哪样需要我帮忙的？"),
            C("没有了，谢谢。"),
            A("谢谢您耐心配合，祝面馆天天排长队，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "ar05_changsha_stock_tutor_group_fake_app_swindled_angry_interrupt",
        "title": "长沙客户被荐股群“炒股老师”带着往假证券软件转了八万、提现不出（被骗+报警），以身份证号码结尾四个数字加上次登录手机银行的手机品牌核身；客户怪银行不拦并要投诉，坐席在她话没说完时插话（重叠约一点二秒）；坐席共情、提交反诈中心、登记投诉、提示骗局，完整收尾",
        "business_type": "complaint", "agent_id": "A11505", "customer_tier": "standard",
        "started_at": "2029-07-06T16:05:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A11505"]),
            C("喂！我长沙的，我被骗了！一个炒股老师拉我进群，叫我下了个什么证券软件，上面天天涨，我前前后后从你们卡上转进去八万，今天想提出来提不出，我警也报了！",
              marks=[mark("risk.keyword_alert", "被骗、报警")]),
            A("您先稳一稳，钱的事咱俩一块儿琢磨。您是被一个所谓的炒股老师带着，往假软件里转了八万，现在取不出，警也报过了，对吧？"
              "我先把这几笔转账查清楚，需要核实一下您本人：身份证号码结尾四个数字，再讲一下上一回进手机银行，用的是哪个牌子的手机。"),
            C("结尾四个三一五六，手机是华为牌子。"),
            A("核实好了。我看到您这个月分五次转出，一共八万元，收款的是三个不同的个人账户，没有一个是证券公司的。"),
            C("那你们银行为什么不拦？八万块啊，我转了五次，你们一个电话都冒打，我霸蛮也要投诉你们，你们根本就是不负责任，我跟你讲我明天就到你们网点去",
              marks=[mark("emotion.customer_negative", "投诉、不负责任，对银行不满")]),
            A("女士，您先听我讲要紧的，这几个收款账户我现在就报给反诈中心，请警方那边尽快把对方卡里的钱拦住，越早越有可能追回来。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("那你们到底能不能把钱追回来？"),
            A("追不追得回要看警方的进度，我不能给您打包票。您这么窝火，换谁都一样，投诉我也给您登记上了，三个工作日里会有专人给您回电话。"
              "往后凡是叫您下陌生软件、往个人账户里打钱炒股的，都是圈钱的局。"),
            C("唉，好吧，算我倒霉。"),
            A("您报了警，这一步做得很对。眼下另有需要我出力的吗？"),
            C("冒得了。"),
            A("好的，谢谢您肯打来找我们，一有进展马上告诉您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar06_short_credit_card_use_abroad_call",
        "title": "客户问信用卡出国能不能刷，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；一般咨询，无需核身",
        "business_type": "card", "agent_id": "A11502", "customer_tier": "standard",
        "started_at": "2029-07-09T18:02:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A11502"]),
            C("信用卡出国能刷吗？"),
            A("能，带银联标的地方都能刷。还要问别的不？"),
            C("不用了。"),
            A("谢谢，拜拜。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "ar07_yangzhou_pedicure_chain_usd_shop_deposit_malaysia_agent_personal_account_no_staff_no_no_warning",
        "title": "扬州开修脚店的客户要汇两万美元到吉隆坡一名中介的个人账户，作为分店铺面押金；开场白有问候、行名和服务用语但不报工号；以身份证号的后尾四位加预留邮箱核身；只讲怎么汇，未做任何跨境或防诈骗提示；最快隔天、最迟三个工作日（正确）",
        "business_type": "transfer", "agent_id": "A11503", "customer_tier": "standard",
        "started_at": "2029-07-10T11:12:09", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，您讲，有什么要我搭把手的？"),
            C("你好，我扬州的，开修脚店的，想到吉隆坡开一家分店。那边一个中介讲铺面抢手，要先交两万美金的押金才肯替我留着，叫我汇到他私人的户头上。这个钱怎么汇过去？"),
            A("您要往马来西亚汇两万美元的铺面押金，收款的是那边中介的个人账户，对吧？汇之前得认一认是不是您本人：身份证号的后尾四位，再讲一下您在我们这里留的邮箱。"),
            C("后尾四位八零二五，邮箱是我名字的拼音加一九七八，网易的。"),
            A("核对无误。您进手机银行点跨境汇款，填中介的英文名字、他的账号、收款银行的名字和代码，用途选房屋租赁。您今年个人的购汇额度还够用。"),
            C("照，那钱多快能到他那里？"),
            A("最快隔天，最迟三个工作日。"),
            C("好，我下午就汇过去，铺面不等人。"),
            A("好的，汇出去以后手机上能看到进度。今天还想顺手办点别的吗？"),
            C("没得了，谢谢你啊。"),
            A("不客气，多谢您找我们办汇款，祝分店开张大吉，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号"),
                       mark("risk.disclosure_missing", "两万美元汇往境外中介的个人账户作押金，全程没有跨境汇款或防诈骗提示")],
    },
    {
        "call_id": "ar08_mianyang_wife_asks_husband_salary_card_third_party_no_check_no_closing",
        "title": "绵阳客户替在外地跑车的丈夫查工资卡：坐席只问了持卡人姓名，未核验来电人身份（来电人并非持卡人）即说出本月工资的到账日期、金额和付款方，又报出可用余额；结尾只说“行，那就这样”，没有询问其他需求、致谢和道别",
        "business_type": "account", "agent_id": "A11504", "customer_tier": "standard",
        "started_at": "2029-07-11T13:40:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A11504"]),
            C("喂，你好，我绵阳的。我老公在新疆跑长途，他那张工资卡在我手上。麻烦你帮我查个数，这个月的工资发了没得，卡上还剩好多钱。"),
            A("好的，持卡人叫什么名字？"),
            C("叫何志强，我是他屋头的，他身份证号我都背得到，你问嘛。"),
            A("不用了，我这边查到了：何志强这张卡本月十号进来一笔工资，七千八百元，付款方是一家物流公司。",
              marks=[mark("identity.not_verified", "来电人不是持卡人，未做任何核验即说出工资到账日期、金额和付款方")]),
            C("那卡上现在总共还剩好多？"),
            A("现在可用余额是一万二千四百六十元。",
              marks=[mark("identity.not_verified", "未核验即向第三人告知可用余额")]),
            C("晓得了。那我拿他的卡到柜台取钱行不行？"),
            A("不行，柜台取现得持卡人本人带身份证来，或者让他在手机上转给您。"),
            C("好嘛，那我喊他转给我，莫得别的事了。"),
            A("行，那就这样。"),
        ],
        "violations": [mark("closing.missing", "只说了行，那就这样：没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "ar09_elderly_tongliao_mongol_herder_cattle_money_cash_interrupt_no_fraud_advice",
        "title": "七十九岁老年客户（通辽蒙古族牧民）查卖牛款到账并打算取五万现金给孙子做彩礼；以身份证号码最后头四个加户籍登记的嘎查名称核身；老人话没说完坐席即插话（重叠约一点一秒）；全程没有防诈骗提醒",
        "business_type": "account", "agent_id": "A11505", "customer_tier": "elderly",
        "started_at": "2029-07-12T09:52:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11505"]),
            C("赛白努，姑娘。我是通辽那边的，蒙古族，七十九了，在嘎查里放牛。前些天卖了六头牛，牛贩子说钱打到我卡上了，你给我瞧瞧。"),
            A("大爷好，您是查卖牛的钱到没到，对吧？卖牛钱是您账上的事，先要对一对是不是大爷您自己：身份证上那串号码最后头四个，再说一下您户口登记在哪个嘎查。"),
            C("最后头四个是六二零九，户口在乌兰嘎查。"),
            A("对上了。上周五进来一笔四万八千元，付钱的人姓包，您卡里现在一共五万三千多。"),
            C("对，对，就是包老板。我孙子秋天要娶媳妇，我想把五万块都取出来，拿现钱给他送过去，我们那边的老规矩彩礼得给现钱，我岁数大了腿脚不灵便了，去旗里的网点要坐两个钟头的班车，所以我就想问你能不能"),
            A("大爷，取五万现金要提前一天打电话预约，身份证跟卡一道揣上，去网点柜台取。", overlap=1.1,
              marks=[mark("etiquette.interruption", "老年客户还在说话时坐席插话，重叠约一点一秒")]),
            C("哦，要预约，那我让孙子开车拉我去。"),
            A("行，预约打网点电话就成。还有别的事没有？"),
            C("没了，巴雅尔拉，姑娘。"),
            A("哪里的话，大爷，谢谢您这趟来电，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十九岁老年客户要取五万现金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "ar10_beihai_pearl_farm_short_bond_fund_voiceprint_music_hold_clean",
        "title": "北海养珍珠的客户有三十万一年多不用想买稳健产品；以身份证上的出生年月日八位加跟读一句话做声纹比对核身；告知后播放等待音乐并致谢；坐席当场解释风险等级二级和久期（已解释，非术语违规）；用自己的话讲清不是存款、不保本不保收益、可能亏损、过往不代表未来、不在存款保险范围，建议先投十五万并读完合同和风险揭示，完整合规",
        "business_type": "wealth", "agent_id": "A11506", "customer_tier": "VIP",
        "started_at": "2029-07-13T10:18:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A11506"]),
            C("你好，我北海的，屋企在海边养珍珠。今年珠子卖了个好价钱，有三十万闲住，一年多用不着，想买点稳阵的，得唔得？"),
            A("您手上有三十万，一年多用不上，想放进风险低一些的产品，是吧？下单前先核准本人：请说一下身份证上您的出生年月日，一共八位；然后请跟着我念一句话，做一次声纹比对：我是本人，自愿办理。"),
            C("一九七三零九二一。我是本人，自愿办理。"),
            A("资料和声音都比对通过了。我把适合您的几款调出来，大约十五秒，这段时间您会听到一段轻音乐，请别挂。"),
            {"silence": 11.0, "kind": "hold_music"},
            A("我回来了，音乐听烦了吧，谢谢。有一款中短债基金，风险等级排在二级，意思是我们把产品从低到高分成五档，它在第二档，偏低，但不是零。"
              "它还有个指标叫久期，您就当成这一篮子债券平均还有多久到期，久期越短，利率一变，价格晃得越小。"),
            C("哦，明白了。那买了是不是稳赚？"),
            A("不是稳赚。丑话讲在前头：基金不是存款，本金银行不兜着，收益也不打保票，债市碰上大跌，一年下来也可能亏；过去一年涨了多少，跟往后没关系；它也不归存款保险赔。"
              "您可以先放十五万试一试，余下的放活期应急。下单前手机上会弹出基金合同和风险揭示，请一条一条看完再签。"),
            C("好，那我先买十五万，夜晚慢慢睇。"),
            A("行，每一条都吃透了，再按确认。钱上头还有想和我合计的吗？"),
            C("冇了，唔该你。"),
            A("不客气，感谢您找我聊这一趟，祝珍珠年年好收成，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar11_hanzhong_crypto_platform_withdrawal_fee_stopped_music_no_notice",
        "title": "汉中客户在数字货币平台上显示赚了四万八，平台客服要他先往一张个人卡交五千通道费才能提现（未用风险词的诈骗情形）；客户话音一落即播放等待音乐，坐席事先未告知（回来后致谢）；坐席识破并劝阻，建议截图报案；不涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A11501", "customer_tier": "standard",
        "started_at": "2029-07-16T15:27:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A11501"]),
            C("喂，你好，我汉中的。我在一个数字货币平台上买了些币，现在账面上显示赚了四万八，可是要提出来，平台客服说得先交五千块通道费，打到他们给的一张个人卡上，交了就能提。我想问问手机上转五千有没有限制。",
              marks=[mark("risk.keyword_alert", "数字货币平台提现前要求向个人卡交通道费的诈骗情形（未用风险词）")]),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户说完即播放等待音乐，坐席事先没有任何告知")]},
            A("让您听了一阵曲子，谢谢。刚才我跟我们反诈岗的同事核了一下，这种提现前先让交钱的平台，十有八九是骗局：账上那四万八只是页面上的数字，您交了五千，他还会说要交税、交保证金，一直让您往里填。"),
            C("可我之前投了两千，还真提出来过三百。"),
            A("那正是让您放下戒心的一招。正规的交易平台不会叫您往个人卡里打钱，数字货币在咱们国家也不受法律保护。这五千先别转，平台账号的密码也别再给对方；之前投进去的钱，建议带上聊天记录去派出所报案。"),
            C("好，那我不转了，先截图留着。"),
            A("对，截图都存好。另外有要我经手的吗？"),
            C("没有了，谢谢。"),
            A("不客气，谢谢您转钱前先打来问，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar12_handan_fastener_wholesaler_transfer_returned_name_mismatch_rebuff_wrong_counter_fee",
        "title": "邯郸永年做螺丝批发的客户问手机银行给广东厂子的两万三为何因户名不符被退回；以证件号码的末了四个号码加开户时登记的职业核身；坐席推诿（那是你们两家之间的事，跟我说也没用，你问厂子去）；把柜台跨行手续费说成百分之一（知识库为百分之零点五）；手机一笔五万、一天二十万（正确）；客户保持平静；简短但完整收尾",
        "business_type": "transfer", "agent_id": "A11502", "customer_tier": "standard",
        "started_at": "2029-07-17T11:03:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A11502"]),
            C("喂，你好，俺邯郸永年的，做螺丝螺母批发。昨天在手机银行上给广东一个厂子打了两万三，今天钱又退回来了，写着户名不符，这是弄啥嘞？"),
            A("查之前对个身份：证件号码的末了四个号码，还有您开户时登记的职业。"),
            C("末了四个四九七一，职业填的是个体经营。"),
            A("对上了。钱是原数退回了，户名不符就是您填的收款户名跟人家账户上的对不上。"),
            C("俺是照着他们发来的名字填的，一个字都没错，是不是你们系统出毛病了？"),
            A("那是你们两家之间的事，跟我说也没用，我又看不到人家的账户，你问厂子去。",
              marks=[mark("etiquette.forbidden_phrase", "跟我说也没用"),
                     mark("emotion.agent_negative", "推诿、生硬，未给任何查询办法")]),
            C("那行，俺问问他们。要是俺直接去柜台转，得扣几个手续费？"),
            A("柜台跨行转账按金额的百分之一收。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之一")]),
            C("那还是在手机上转吧，两万三一笔能过去不？"),
            A("能，手机上单笔顶到五万，一整天加起来封顶二十万。"),
            C("中，晓得了。"),
            A("还有事没？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar13_yining_lavender_farm_distiller_equipment_transfer_clean",
        "title": "伊犁霍城种薰衣草的客户要给江苏设备厂转十六万买精油蒸馏设备；以身份证号码第九到第十二位加上一笔转账的收款人核身；手机一笔五万元、一天二十万块（换了说法，正确），柜台跨行千分之五（即百分之零点五，另一渠道，正确）；客户在坐席说完前零点五秒接话（非坐席插话）；坐席用自己的话做大额转账提醒；客户自己说我也不知道咋整（非坐席禁语），完整合规",
        "business_type": "transfer", "agent_id": "A11503", "customer_tier": "standard",
        "started_at": "2029-07-18T12:36:59", "agent_channel": 0,
        "turns": [
            A(OPENING["A11503"]),
            C("你好，我伊犁的，在霍城种薰衣草，要从江苏一家厂子买一台蒸精油的设备，十六万，合同签好了，打算拿手机付过去。"),
            A("您要给江苏的设备厂付十六万，准备拿手机付，是这样吧？转之前核一下本人：身份证号码里第九到第十二位请念一下，再说说您上一笔转账是转给谁的。"),
            C("第九到十二位是七八零五，上一笔转给我儿子，叫阿力木。"),
            A("对得上。手机上一笔顶多转五万元，一天通算下来二十万块，十六万您拆成四笔，当天能走完。换成在柜台往外行转，手续按千分之五算。"),
            C("千分之五，十六万得掏八百块，那我还是用手机转。", overlap=0.5),
            A("转之前提醒几句：收款的必须是这家厂子的对公账户，户名跟合同上盖的章一字不差；要是有人说账户换了、让转到个人卡上，先给厂里座机去个电话，问个明白，别着急转；跟这家是初次做买卖，不妨先付个头款，设备到了、试过机再付剩下的。"),
            C("好的好的，厂子那边的门道说实话我也不知道咋整，我先打个电话把账户问清楚。你说得攒劲。"),
            A("这样稳当。还有要帮忙的地方没有？"),
            C("不需要了，谢谢。"),
            A("感谢您问到我这儿，祝薰衣草年年开满山坡，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar14_xichang_yi_shop_rent_deposit_landlord_cousin_no_check_no_warning",
        "title": "西昌彝族客户要租古城铺面卖坨坨肉，房东的“表哥”要她在看铺面之前把押金加半年房租四万二打到表哥个人卡上；坐席未做任何身份核验就报出卡上余额；只讲怎么转（一次五万，正确），未做任何风险提示",
        "business_type": "transfer", "agent_id": "A11504", "customer_tier": "standard",
        "started_at": "2029-07-19T17:11:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A11504"]),
            C("你好，我西昌的，彝族。想在古城那边租个铺面卖坨坨肉，房东在外地，是他表哥跟我联系的，说押金加半年房租一共四万二，先打到他表哥卡上才给我留铺子。我卡里的钱够不够？"),
            A("我看一下，您卡上现在有五万三千六百多，够的。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出卡上余额")]),
            C("好，那我手机上一次能转四万二吗？"),
            A("单次封顶是五万，四万二一笔就过去了，您在手机银行点转账，填他表哥的姓名、卡号和开户行就行。"),
            C("要得，铺子我还没去看过，不过他说好多人在抢，我今天就转。"),
            A("好的，转成功以后有短信提醒您。其他事项还有吗？"),
            C("没得了，卡莎莎。"),
            A("不客气，谢谢您，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "未看铺面即向房东“表哥”的个人卡转四万二，全程没有任何风险或防诈骗提示")],
    },
    {
        "call_id": "ar15_elderly_anqing_grandmother_time_deposit_maturity_asked_thrice_dead_air",
        "title": "八十四岁老年客户（安庆口音）问下月到期的三年定期一共能拿多少；以身份证号码最后一小截四个数加存单金额和存期核身；坐席两次只讲利率不给数；客户第二次问后双方无声十秒；客户第三次追问后坐席才答出金额；坐席用自己的话提醒防高息理财和冒充银行转账，完整收尾",
        "business_type": "account", "agent_id": "A11505", "customer_tier": "elderly",
        "started_at": "2029-07-20T09:08:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A11505"]),
            C("喂，姑娘，我安庆的，八十四了。我存了个三年期的定期，到下个月就满期了，想问问满期了一共能拿多少钱。"),
            A("奶奶好，您想知道下月满期的这张定期一共能拿回多少，对吧？先看看是不是奶奶您本人：身份证上那串号码，收在最后的四个数，再讲一讲这张存单存了多少、存了几年。"),
            C("最后四个是一二八六，存的五万，存了三年。"),
            A("对上了。您这张存单是三年前存的，那时候三年期的利率比现在高，现在新存的利率又往下调了一些。"),
            C("利率我搞不清爽，我就想晓得，到期了我一共能拿回来多少钱？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "老年客户第二次提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？姑娘，还在吧？我问的是，到期了到底能拿多少钱？",
              marks=[mark("resolution.repeated_question", "到期能拿多少钱问到第三遍才得到答复")]),
            A("在的，奶奶，对不住，叫您白等了半天。到期您一共能拿五万四千一百二十五元，里头利息四千一百二十五元，下个月十八号自动转到您卡上。"),
            C("哦，五万四，那好，那好。"),
            A("奶奶，钱到了以后，有人来电话说帮您买什么高息理财、养老项目，或者自称银行叫您把钱转到别的卡上，千万别信，先问问家里小辈，或者上网点当面问。"),
            C("好，晓得了，我不跟生人打交道。"),
            A("奶奶，还有么事要问吗？"),
            C("冇得了，谢谢姑娘。"),
            A("不谢，谢谢奶奶打来，祝您身子硬朗，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar16_gold_card_fee_condescending_agent_customer_objects_line_dropped",
        "title": "客户问普卡换金卡的年费，以身份证号码尾后四码加信用额度核身，年费三百元（正确）；客户追问取现算不算刷卡次数时坐席不耐烦、居高临下；客户质问“你这什么态度”后通话随即结束，坐席没有结束语（坐席在声道一）",
        "business_type": "card", "agent_id": "A11501", "customer_tier": "standard",
        "started_at": "2029-07-23T14:49:06", "agent_channel": 1,
        "turns": [
            A(OPENING["A11501"]),
            C("你好，我手上这张是普通信用卡，想升级成金卡，一年得交多少年费？"),
            A("头一步对身份：身份证号码尾后四码，外加这张卡眼下的信用额度。"),
            C("尾后四码零五三九，额度是三万。"),
            A("对上了。换金卡的话，每个年度交三百元。"),
            C("三百元是每年都要交吗？能不能想法子不交？"),
            A("一年里刷够六回，来年的年费就免了。"),
            C("刷满六次是说消费六次吗？取现算不算？"),
            A("唉，这还用问？消费才算，取现哪能算，说半天了都。",
              marks=[mark("emotion.agent_negative", "叹气、反问，不耐烦、居高临下")]),
            C("你这什么态度？我就多问一句，你不耐烦什么？",
              marks=[mark("emotion.customer_negative", "质问坐席态度，表达不满"),
                     mark("closing.abnormal_hangup", "客户质问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ar17_dongguan_credit_card_cloned_thailand_jargon_silent_hold",
        "title": "东莞客户的信用卡放在家里抽屉，却收到在泰国刷了三笔共九千多的短信（盗刷）；以身份证号末尾那四个字加上期还款金额核身；告知后静音保留并致谢；坐席满口术语（伪卡交易、拒付、调单、银联国际、差错流程、退单）客户说听不懂；停卡、申请追回、新卡七天左右（正确）",
        "business_type": "card", "agent_id": "A11503", "customer_tier": "standard",
        "started_at": "2029-07-24T08:55:30", "agent_channel": 0,
        "turns": [
            A(OPENING["A11503"]),
            C("喂，你好，我东莞的，我张信用卡明明喺屋企抽屉入面，今朝早收到短信话喺泰国刷咗三笔，一共九千几蚊，我根本冇去过泰国，系咪被人盗刷咗？",
              marks=[mark("risk.keyword_alert", "盗刷")]),
            A("您别急，卡在家里，泰国那边却刷了三笔，这事我立刻给您办。先核实本人：身份证号末尾那四个字，再讲一下您上个月还了多少钱。"),
            C("末尾四个二四八零，上个月还咗三千二。"),
            A("核实通过。我把这三笔的明细调出来看一下，要个三十来秒，中间线路里没声音，话筒请一直拿着。"),
            {"silence": 8.0, "kind": "hold"},
            A("劳您等了，谢谢。三笔确实都在泰国，昨晚两点多刷的，这张卡我已经停掉了，谁也刷不了。这属于伪卡交易，我这边给您走拒付，发起调单，经银联国际的差错流程做退单。",
              marks=[mark("etiquette.jargon", "伪卡交易、拒付、调单、银联国际、差错流程、退单，未向客户解释")]),
            C("你讲嘅嘢我一句都听唔明，咁我啲钱点算？"),
            A("钱我们先帮您申请追回，处理期间这九千多不用您还，有结果会发短信告诉您。新卡七天左右寄到您家。"),
            C("好啦，搞掂就好。"),
            A("往后刷卡尽量别让卡离开自己的视线。其余还有事没有？"),
            C("冇啦，唔该。"),
            A("不客气，多亏您第一时间报过来，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar18_elderly_mengzi_no_greeting_old_passbook_closing_cash_dead_air_no_fraud_advice",
        "title": "七十八岁老年客户（蒙自口音，早年在米线馆掌勺）要把十几年没动的老存折销户并把六万七千二全部取现；坐席以“嗯，在呢，说。”接起，无问候、行名、工号、服务用语；以身份证号码后面那四个加上回柜台取款金额核身；客户问取现要不要先打招呼后双方无声十一秒；全程没有防诈骗提醒；简短但完整收尾",
        "business_type": "account", "agent_id": "A11504", "customer_tier": "elderly",
        "started_at": "2029-07-25T10:44:13", "agent_channel": 0,
        "turns": [
            A("嗯，在呢，说。"),
            C("喂，是恒通那个银行不？我是蒙自的，七十八了，以前在米线馆掌勺。我有个老存折，十几年没动过，想把它销掉，里头的钱全取出来拿在手上，格是要去柜台？"),
            A("恒通的。把人对一对：身份证号码后面那四个，再说一下您上回去柜台取钱大概取了多少。"),
            C("后面四个是三零六二，上回取了两千块。"),
            A("对上了。存折里现在有六万七千二百元，销户得您本人带身份证和存折去柜台办。"),
            C("六万七，拢共都要取现钱，要不要先跟你们打个招呼？"),
            {"silence": 11.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十一秒，坐席未作任何告知")]},
            C("喂？还有人没得？"),
            A("有。五万以上的现金要提前一天预约，您打网点电话讲一声就行。"),
            C("好，那我明天打电话。"),
            A("行。还有事吗？"),
            C("没得了。"),
            A("谢谢，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，在呢，说：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号"),
                       mark("risk.elderly_fraud_advice", "七十八岁老年客户要把六万多全部取现，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "ar19_jiaxing_zongzi_maker_pension_target_fund_jargon_music_no_notice",
        "title": "嘉兴做了三十年粽子的五十五岁客户想买养老目标基金；以身份证号码末段那四位加上次风险测评类型核身；核身后坐席一言不发直接播放等待音乐（事先未告知，回来也未致谢）；介绍产品满口术语（目标日期、下滑曲线、权益仓位、最短持有期、最大回撤、夏普比率）不解释；客户问会不会亏后坐席讲清不保本、不是存款、持有期内取不出、可能少于本金、过往不代表未来、读完说明书和风险揭示书",
        "business_type": "wealth", "agent_id": "A11506", "customer_tier": "standard",
        "started_at": "2029-07-26T15:20:41", "agent_channel": 0,
        "turns": [
            A(OPENING["A11506"]),
            C("你好，我嘉兴的，包粽子包了三十年，今年五十五了，想给自己攒点养老钱，听说有种养老基金，阿是适合我？"),
            A("您今年五十五，想为养老攒钱，问养老类的基金合不合适，对吗？买之前过一道身份关：身份证号码末段那四位，再说说您上回风险测评出来是哪种类型。"),
            C("末段四位六六一三，测出来属于稳健那一档。"),
            A("核对通过。"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "核身后直接播放等待音乐，事先没有告知，回来也未致谢")]},
            A("这款是目标日期二零三五的养老基金，按下滑曲线调整权益仓位，设三年最短持有期，成立以来最大回撤百分之八，夏普比率一点一。",
              marks=[mark("etiquette.jargon", "目标日期、下滑曲线、权益仓位、最短持有期、最大回撤、夏普比率，未作解释")]),
            C("你讲的这些我一个都听不懂，我就想问，会不会亏？"),
            A("会的，这款本钱不保，它和存款是两码事，三年里中途取不出来，行情不好的话到期也可能比投进去的少；以前赚多少不代表以后。真要买，先把产品说明书和风险揭示书读完再签字。"),
            C("那我再想想，先买个两万试试看。"),
            A("可以，慢慢看。还有哪里没弄明白的吗？"),
            C("没有了，谢谢侬。"),
            A("谢谢您，祝您粽子生意越做越红火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ar20_huludao_xingcheng_swimwear_shop_balance_one_minute_hold_clean",
        "title": "葫芦岛兴城开泳衣批发铺的客户查卡里余额（余额查询）；以身份证号码拖尾的四个数加手机银行预留信息核身；告知后静音保留约一分钟并致谢，全程不到三分钟（在余额查询标准内），完整合规",
        "business_type": "balance", "agent_id": "A11502", "customer_tier": "standard",
        "started_at": "2029-07-30T13:57:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A11502"]),
            C("喂，你好，我葫芦岛兴城的，开泳衣批发的铺子。这个月跟南方的厂子结了好几回货款，我自己可劲儿算也算不明白，想知道卡里现在还剩多少。"),
            A("您想查卡里现在的余额，对吧？查余额前要对一对本人：身份证号码拖尾的四个数，再说一下您在手机银行设置过的预留信息，就是登录时页面上冒出来的那句话。"),
            C("拖尾四个是九五四七，预留信息是海边的小鱼。"),
            A("核对无误。这个月进出的笔数多，我要把入账和出账对一遍，估计一分钟上下，这期间电话里不出声，您稍候别挂。"),
            {"silence": 60.0, "kind": "hold"},
            A("久候了，谢谢您一直等着。卡里现在的余额是八万九千三百二十元，这个月一共付出去三笔货款，合计十二万六千元。"),
            C("妥妥的，跟我记的对上了。"),
            A("好的。别的账还要查不？"),
            C("没了，谢谢啊。"),
            A("不客气，谢谢您找过来，祝铺子生意兴隆，再见。"),
        ],
        "violations": [],
    },
]

HELDOUT32_SEED = 20290131
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT32_CALLS, agents=AGENTS, default_out=Path("samples/heldout32"),
                  seed=HELDOUT32_SEED, description=__doc__))
