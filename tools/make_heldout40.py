#!/usr/bin/env python3
"""Render the fortieth held-out evaluation set in samples/heldout40/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never read
samples/heldout39/ or tools/make_heldout39.py (another writer's set, written at the same time), never
looked at another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, tools/README.md,
the whole READMEs of heldout37 and heldout38, of heldout23-36 only the passages naming their topics and
regions (the extraction also showed their openings and verification routes, the first rows of the
per-call tables of heldout23, 25, 34 and 36, and the first 200 characters of each row of heldout36's
table, for the label positions to avoid), make_heldout38.py (the machinery copied), make_samples.py,
clause_overlap.py, and of rules/bank_zh.kb.yaml only each topic's title and its facts' values, units,
items and effective dates (to keep stated figures right and plant two wrong ones, with values no
earlier set planted).
Every script step is worded differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A12301-A12306) with their own openings, other verification routes (the monthly broadband
debit, the grade of the residents' pension insurance paid each year, the yearly land-lease rent received,
the shop name shown on the payment QR code, last quarter's interest, the kindergarten fee, last year's
vehicle tax, the rent of a workshop, the merchant name printed on the card-terminal receipt, the
term of a time deposit, the term of the last treasury bond bought, the last line in a passbook, the
relative who last sent money, the car insurance premium, last year's cotton subsidy; the ID digits
asked in new words), other hold, warning, disclosure and closing phrasings, topics the heldout23-38
sets did not use and dialect-flavoured customers from cities none of them used (Yucheng (Shangqiu),
Jingxian (Xuancheng), Nanfeng (Fuzhou), Fenghuang (Xiangxi), Yulin, Wenshan, Wuwei, Ulanqab, Duyun,
Turpan, Nyingchi, Fenyang (Luliang), Lingbao (Sanmenxia), Dangshan (Suzhou), Jiangyong (Yongzhou),
Dongxing (Fangchenggang), Ruili, Linxia, Shangli (Pingxiang), Shihezi; the Fenghuang, Jiangyong and
Linxia customers are elderly).
The layout is not heldout36-38's: no violation sits at a call number where one of those sets had the
same one; three calls are clean and two only alert (az04, az11), the agent is on channel 1 in az03,
az11 and az20, and the risky situations are an agency that sells a guaranteed exam pass, a "doctor" who
wants a grandson's surgery deposit on a personal card, a phishing text about expiring card points, a
job agency that wants visa and training fees for work abroad, a "guess who I am" caller posing as an old
classmate, and a school place sold for cash to a middleman's personal card.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms, frauds stopped by the agent,
customers who start before the agent has finished, short but complete closings.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout40.py
    /work/tts-venv/bin/python tools/make_heldout40.py --only az04_elderly_fenghuang_ginger_candy_grandma_fake_doctor_surgery_deposit_stopped
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
#   order. az05 opens with a bare "嗯，哪位？" (greeting.missing and staff_id_missing); az20 greets,
#   names the bank and offers help with no number (staff_id_missing);
# - identity: a check (ID digits + one more fact on file) before any account data or account
#   action. identity.not_verified = each agent turn that discloses account data before a check:
#   az12 (a payment, then the balance, no check ever: two labels), az15 (the passbook balance read
#   before the check that follows: one label). az04, az07, az11 and az16 are general information
#   or a fraud stopped with no account data (az04, az11 and az16 say so);
# - risk.disclosure_missing: az06 (300,000 into a closed product, no disclosure at all), az19
#   (80,000 for a school place to a middleman's personal card, nothing but the limits). Warnings and
#   disclosures in the agent's own words count (az14 wealth, az08 transfer, az10 remittance, the
#   frauds);
# - risk.keyword_alert: az02 (被骗, an exam-pass agency), az04 (a "doctor" wants a surgery deposit,
#   no risk word), az09 (a phishing text, 钱被人转走), az11 (a job agency's visa fee, no risk word),
#   az16 (a "guess who I am" caller, no risk word);
# - risk.elderly_fraud_advice: az15 (82, 40,000 in cash) and az18 (78, 30,000 in cash): no advice.
#   az04 (79) carries it;
# - emotion.customer_negative: az09 (太不满意了) and az17 (不满意得很). Customers' own 糊涂, 最烦,
#   怕麻烦 elsewhere are not labelled;
# - emotion.agent_negative: az02 (with a forbidden phrase), az19 (impatient, no taboo phrase);
#   etiquette.forbidden_phrase: az02 (早干什么去了);
# - etiquette.jargon: az20 (loan terms, never explained); az14's 业绩比较基准 and 封闭期, az06's
#   封闭期 and az09's 挂失 are explained on the spot;
# - etiquette.interruption: az01 (1.1 s), az12 (1.2 s). In az04, az08 and az11 the customer starts
#   before the agent has finished;
# - etiquette.dead_air: az05 (10 s), az18 (10 s);
# - hold: announced holds in other words count (az03 silent, az14 music; both thanked). az13 (a long
#   one) and az15: music straight after the customer's words, no notice (both thanked afterwards);
# - answer.wrong_fact: az01 (a new card in 二十个工作日; the facts say 7), az10 (money abroad takes
#   至少五个工作日; the facts say 1-3). Right figures stay unlabelled (az08's and az19's limits in other
#   words, az09's new card in 七个工作日);
# - resolution.repeated_question: az09 (whether the money comes back), az17 (when the card-terminal
#   takings arrive), each asked a third time;
# - closing: az10 ends right after the customer's question (closing.abnormal_hangup,
#   closing.missing); az16 ends with 那先这样 (closing.missing); short but complete closings
#   elsewhere (az07, az12, az13);
# - handling.time_standard: az07 (a card call under the 20 s minimum), az13 (a balance enquiry over
#   the 3-minute standard: a long music hold);
# - etiquette.speech_rate: the agent at 1.6x (az06);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A12301": {"team": "一线南区", "staff_no": "三八一六"},
    "A12302": {"team": "一线南区", "staff_no": "五零七二"},
    "A12303": {"team": "一线北区", "staff_no": "九二四一"},
    "A12304": {"team": "一线北区", "staff_no": "六七三五"},
    "A12305": {"team": "一线北区", "staff_no": "一九五八"},
    "A12306": {"team": "二线财富顾问席", "staff_no": "四四零九"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A12301": "恒通银行，您好，三八一六号接起了您的来电，有啥要办的请开口。",
    "A12302": "您好，恒通银行，客服编号五零七二，您说，我仔细听着。",
    "A12303": "恒通银行，九二四一号在线上候着您，您好，哪件事要帮忙？",
    "A12304": "您好，恒通银行坐席六七三五，今天您碰上哪桩事，讲来我听。",
    "A12305": "恒通银行，您好，一九五八号服务员在线，请讲讲您要办的事。",
    "A12306": "您好，恒通银行财富专线，我是理财经理四四零九，钱怎么放更合适，咱们一起盘算。",
}

HELDOUT40_CALLS = [
    {
        "call_id": "az01_shangqiu_yucheng_tape_measure_factory_card_snapped_replacement_wrong_interrupt",
        "title": "商丘虞城做钢卷尺的小厂老板，银行卡夹进机器压断，想补新卡；客户还在讲卡里有工资款时坐席插话（重叠约一点一秒）；以身份证号码的后四码加每月扣的宽带费核身；先挂失；坐席说补卡要二十个工作日（知识库为七个工作日）；完整收尾",
        "business_type": "card", "agent_id": "A12301", "customer_tier": "standard",
        "started_at": "2030-03-01T09:21:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A12301"]),
            C("喂，你好，俺是商丘虞城的，开了个做钢卷尺的小厂。昨儿个装货那会儿，银行卡夹到机器缝里头，一下子给压成两截了，里头还有给工人发工资的钱，俺想着先问问咋弄"),
            A("卡压断了，要重新办一张，对吧？补卡前劳烦您配合对一下身份：报一下身份证号码的后四码，再讲讲这张卡每个月扣多少宽带费。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("后四码是七三零五，宽带一个月扣一百零九。"),
            A("对得上。断了的这张我先替您挂失，卡号作废，里头的钱一分不少，都还在账上。"),
            C("那新卡啥时候能到手？下个月初俺还指望它给工人打钱哩。"),
            A("新卡做出来要二十个工作日，做好了网点会打电话叫您去拿。",
              marks=[mark("answer.wrong_fact", "挂失补卡办理时间为七个工作日（知识库），坐席说成二十个工作日")]),
            C("得等二十个工作日呀？那眼看要一个月了。中，俺先拿别的卡顶一阵。"),
            A("工资要是赶着发，您也可以带上身份证去柜台，直接从这个账上转到您另一张卡。这块还有没弄明白的地方吗？"),
            C("没了，就这些。"),
            A("好嘞，劳您特意来电，盼着您厂里订单不断，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az02_xuancheng_jingxian_xuan_paper_workshop_exam_pass_agency_swindled_rebuffed",
        "title": "宣城泾县做宣纸的客户为女儿考教师资格证，网上机构说交六千八包过，转账后群解散、人找不到，自述被骗；以身份证号码最后面的四个数码加每年交的城乡居民养老保险档次核身；查出转给外省个人账户；客户问钱能否要回时坐席数落客户（早干什么去了）；之后报反诈中心、劝报案；完整收尾",
        "business_type": "complaint", "agent_id": "A12302", "customer_tier": "standard",
        "started_at": "2030-03-04T14:08:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A12302"]),
            C("喂，我是宣城泾县的，家里是做宣纸的。我女儿今年考教师资格证，网上有个机构讲交六千八保证考过，考不过全额退。我前天从你们卡上把钱转过去了，今天一看，那个群散掉了，人也联系不上，我这是被骗了吧？",
              marks=[mark("risk.keyword_alert", "被骗：交钱包过考试的机构收款后失联")]),
            A("先帮您看这笔钱转到哪儿去了。看之前请您先证明是本人：身份证号码最后面的四个数码，另外您每年从这张卡上交城乡居民养老保险，交的是哪一档？"),
            C("最后四个是二八一六，养老保险我交的一千块那一档。"),
            A("对上了。前天下午四点多，您转出去六千八百元，收款的是外省一个个人账户，不是什么培训公司。"),
            C("那这钱还能要得回来不？我真是一时糊涂。"),
            A("您这也太大意了，交钱包过这种话也能信？现在才想起来问，早干什么去了。",
              marks=[mark("etiquette.forbidden_phrase", "早干什么去了"),
                     mark("emotion.agent_negative", "数落客户，语气生硬")]),
            C("我晓得是我糊涂，你就告诉我现在该怎么弄嘛。"),
            A("嗯。这个收款账户我报给反诈中心，请他们帮着拦一拦。您去派出所报案，转账的凭据和聊天截图都带上，回来多少，要看警察那边查的情况。往后凡是说交了钱就包过的，一概别理。"),
            C("好，那我下半天就上派出所。"),
            A("别的还要办吗？"),
            C("没了。"),
            A("那就这样，谢您来这个电话，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az03_fuzhou_nanfeng_tangerine_grower_shanghai_wholesaler_payment_silent_hold_agent_ch1_clean",
        "title": "抚州南丰种蜜桔的客户问上海水果批发商打的货款到没到；以身份证号码里最靠后的四个数字加每年收的土地流转租金核身；告知后静音保留并致谢；货款已到；用自己的话提醒有人冒充批发商说多打了钱要退时先打批发商原来的电话核实；客户自己说“不是信不过你们”；完整合规（坐席在声道一）",
        "business_type": "account", "agent_id": "A12303", "customer_tier": "standard",
        "started_at": "2030-03-05T10:42:16", "agent_channel": 1,
        "turns": [
            A(OPENING["A12303"]),
            C("喂，你好，我是抚州南丰的，屋里种蜜桔。上海有个水果批发商讲，昨天把一车蜜桔的货款打到我卡上了，我想问一声，到账冇有。"),
            A("您是想查上海那边的蜜桔货款进没进账，我这么理解没错吧？查账得先确认是您本人：请念一下身份证号码里最靠后的四个数字，再讲讲您每年从这张卡上收到的土地流转租金是多少。"),
            C("最靠后四个是六零四一，流转的租金一年收八千四。"),
            A("没问题，是您本人。进账记录我要到另一个界面去翻，中间会有十来秒没声音，您别挂，翻完就跟您说。"),
            {"silence": 7.0, "kind": "hold"},
            A("叫您久等，谢谢。昨天三点刚过，上海一家果品公司打进来六万三千五百元，备注写的是蜜桔货款。"),
            C("到了就好。我不是信不过你们，是那个老板上回拖了半个月。"),
            A("理解。再跟您提一句：要是有人自称批发商，讲货款付多了叫您退到别的账户，先打他原来留的电话问清楚，别照着转。"),
            C("晓得了，我记着。"),
            A("这边还有要查的没有？"),
            C("冇了，谢谢你。"),
            A("不用谢，多亏您想着打来问，祝蜜桔卖个好价钱，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az04_elderly_fenghuang_ginger_candy_grandma_fake_doctor_surgery_deposit_stopped",
        "title": "七十九岁老年客户（湘西凤凰口音，卖姜糖）接到自称长沙医院医生的电话，说孙子骑摩托出了车祸要手术，叫她先往医院财务的个人卡转三万押金、别告诉孙子爸妈（未用风险词的冒充医生诈骗），来问怎么转；坐席识破并劝阻，叫她先给孙子和儿子打电话；不涉及账户数据，无需核身（坐席说明）；客户在坐席说完前零点五秒接话（非坐席插话）；用自己的话给老人防骗提醒；完整收尾",
        "business_type": "transfer", "agent_id": "A12304", "customer_tier": "elderly",
        "started_at": "2030-03-06T08:37:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A12304"]),
            C("喂，妹儿，我是湘西凤凰的，七十九了，在古城里卖姜糖。刚才有个长沙医院的医生打电话来，讲我孙子骑摩托出了车祸，要马上做手术，叫我先打三万块押金到他们医院财务的卡上，还讲莫告诉孙子他爸妈，怕他们着急。我不会转，你教教我要么子弄？",
              marks=[mark("risk.keyword_alert", "冒充医生称孙子车祸要手术押金、转个人卡、叫老人保密的诈骗情形（未用风险词）")]),
            A("奶奶，您先别转，也先别急。医院收手术押金，都是家里人到医院收费窗口交，从来不会叫人往哪个财务的个人卡里打钱，还叫您瞒着孩子他爸妈，这是冒充医生来骗钱的。"),
            C("啊？那我孙子到底有冇得事？"),
            A("这个电话一放下，头一个打给孙子，打不通就打给他爸爸，一问就清楚了。"),
            C("要得，我等下就打。", overlap=0.5),
            A("好。这件事不用查您的账，身份就不用跟您对了。往后再有人打电话讲家里哪个出了事、催着要钱，您一律先挂掉，打给自己家里人问清楚，一分钱都莫先转。"),
            C("晓得了，多亏你讲。"),
            A("奶奶，除了这个，还有别的要我帮忙的吗？"),
            C("冇得了，谢谢妹儿。"),
            A("不客气，您给家里打个电话就安心了，奶奶慢走，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az05_no_greeting_yulin_spice_dealer_restaurant_chain_payment_dead_air",
        "title": "玉林做香料生意的客户问成都一家火锅连锁店付的八角货款到没到、卡上余额；坐席以“嗯，哪位？”接起，无问候、行名、工号（客户问了才确认是恒通）；以身份证号码末了那一截的四位加收款码上显示的店名核身；客户问对方用公司账户往他个人卡打钱有没有上限后双方无声十秒，客户追问；坐席道歉后答复；完整收尾",
        "business_type": "account", "agent_id": "A12305", "customer_tier": "standard",
        "started_at": "2030-03-07T16:19:05", "agent_channel": 0,
        "turns": [
            A("嗯，哪位？"),
            C("喂？系恒通银行吗？我玉林嘅，做香料生意。"),
            A("是恒通。找我们办什么？"),
            C("成都有间火锅连锁店，话上礼拜把八角嘅货款打过来，我想问下到咗冇，卡里而家有几多钱。"),
            A("查账前要核实本人：身份证号码末了那一截的四位，还有您店里收款码上显示的店名叫什么。"),
            C("末了四位系三九七二，收款码上写嘅系玉林老陈香料行。"),
            A("核对通过。上周五有一笔四万二千元进账，付款方是成都一家餐饮管理公司；您卡上现在余额是九万六千三百元。"),
            C("好。以后佢哋用公司账户打钱入我个人卡，一次最多可以打几多？有冇上限？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？有冇人啊？"),
            A("在的在的，不好意思，刚才没接上您的话。往您卡里打钱，收款这头没有上限，对方一次能转多少，看他们那边银行的规定。"),
            C("咁就得。"),
            A("旁的还查不查？"),
            C("冇啦，唔该。"),
            A("承蒙您照顾，生意兴隆，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，哪位：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "az06_wenshan_sanqi_grower_closed_fixed_income_plus_fast_agent_no_disclosure",
        "title": "文山种三七的大户（贵宾）卖了一季三七，有五十万想买理财；坐席全程以约一点六倍语速说话；以身份证号码尾端往前数四位加上个季度卡上结的利息核身；推荐一年封闭的固收增强产品，只讲去年百分之五点九，当场解释封闭期（非术语违规）；客户下单三十万，没有任何风险揭示；完整收尾",
        "business_type": "wealth", "agent_id": "A12306", "customer_tier": "VIP",
        "started_at": "2030-03-08T11:03:29", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A12306"]),
            C("你好，我文山的，种三七。今年卖了一季三七，进账五十万块，放活期里头格是有点可惜，想整个理财。"),
            A("好的，五十万想找个理财。麻烦配合认一认身份：请报身份证号码尾端往前数的四位，再说一下上个季度这张卡结了多少利息，大概就行。"),
            C("往前数四位是四五八三，利息好像是三百出头。"),
            A("没问题，核对上了。给您推荐一款固收增强的产品，期限一年，要锁定一整年，封闭期的意思就是这一年里钱取不出来，到期才一起拿回。去年这款做到了百分之五点九。"),
            C("你讲得有点快，我慢慢想想。五点九，比定期多出来不少。"),
            A("对，抢着买的客户不少，额度卖得快，您要买建议今天就定。"),
            C("那就先买三十万，剩下的备着。"),
            A("好，三十万给您登记了，手机银行里按确认就能扣款。理财这块您还有什么要问的？"),
            C("先这些，没得了。"),
            A("好的，多谢您肯交给我们打理，祝三七年年丰收，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话"),
                       mark("risk.disclosure_missing", "三十万买一年封闭的固收增强理财，只讲去年收益和买的人多，没有任何风险揭示")],
    },
    {
        "call_id": "az07_short_wuwei_credit_card_interest_free_period_question",
        "title": "武威客户问信用卡免息期最长多少天，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；开场白完整；一般咨询，无需核身",
        "business_type": "card", "agent_id": "A12301", "customer_tier": "standard",
        "started_at": "2030-03-11T12:47:58", "agent_channel": 0,
        "turns": [
            A("恒通银行，三八一六号，您好，请讲。"),
            C("信用卡免息期最长是几天？"),
            A("最长五十六天，看您哪天刷的。别的还要问吗？"),
            C("没了。"),
            A("谢谢，再会。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
    {
        "call_id": "az08_ulanqab_oat_flour_mill_packing_machine_transfer_limits_right_clean",
        "title": "乌兰察布做莜面的磨坊老板要给山东诸城的包装机厂付十二万货款；以身份证号码压尾巴的那四个数加每年交的厂房租金核身；一笔上限五万、一天累计二十万、拆三笔（正确，另一种说法）；客户在坐席说完前零点五秒接话（非坐席插话）；用自己的话提醒按合同上的公司账户付、打厂家座机核对、说换账户的消息别信；客户自己说“我这人最怕麻烦”；完整合规",
        "business_type": "transfer", "agent_id": "A12302", "customer_tier": "standard",
        "started_at": "2030-03-12T09:55:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A12302"]),
            C("喂，你好，我乌兰察布的，开了个磨莜面的坊子。在山东诸城订了一台包装机，要付十二万，打算今儿个用手机转，能一下子转了不？"),
            A("您要在手机上转十二万给包装机厂，对吧？转账之前对一对您本人：身份证号码压尾巴的那四个数，再说一下您这个磨坊的厂房租金，一年交多少。"),
            C("压尾巴四个是五一一八，厂房一年租金三万六。"),
            A("核对好了。手机银行每一笔封在五万块以内，一天几笔凑一起以二十万为限，十二万切成三笔，当天都能走完。"),
            C("行，三笔也中，我这人最怕麻烦，能转就行。"),
            A("还有一点要留心：钱要打到合同上写的那个公司账户，转之前打厂家的座机再对一遍户名和账号。要是有人发消息说厂里换了收款账户，先别理他，打座机问清楚再说。"),
            C("明白了，我先给厂家拨个座机。", overlap=0.5),
            A("对，弄准了再付。旁的还有要问的不？"),
            C("没甚了，谢谢啊。"),
            A("不客气，您这通电话打得值，祝磨坊红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az09_duyun_maojian_tea_shop_points_phishing_text_card_emptied_asked_thrice_displeased",
        "title": "都匀卖毛尖茶的客户收到“积分快过期、点链接兑换”的短信，填了卡号、密码和验证码，四千五被转走；以身份证号末端四个号码加上个月交的幼儿园保育费核身；查出转出并挂失（当场解释挂失）；补卡七个工作日（正确）；客户问钱能不能追回，坐席两次含糊其辞，客户第三次问才说实话；客户说太不满意了；报反诈中心、劝报案；完整收尾",
        "business_type": "account", "agent_id": "A12303", "customer_tier": "standard",
        "started_at": "2030-03-13T19:26:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A12303"]),
            C("喂，我是都匀的，开了个卖毛尖茶的铺子。下半天手机上跳出来一条短信，讲我卡上的积分快要过期了，点链接就能换东西。我就点开链接，把卡号、密码，还有发来的验证码都填了进去。刚才一看，卡里少了四千五，钱被人转走了！",
              marks=[mark("risk.keyword_alert", "钓鱼短信骗取卡号密码验证码，卡内资金被转走")]),
            A("您先别慌，立刻给您弄。处理前对一下本人：身份证号末端四个号码，再说说您上个月交的幼儿园保育费是多少。"),
            C("末端四个是九零三七，保育费上个月交的一千二。"),
            A("对上了。今天下午五点十分，从您卡上转出四千五百元，钱进的是外省一个私人户头。我这就帮您把卡挂失，挂失以后这张卡就用不了了，谁拿着卡号也取不走剩下的钱。新卡补办要七个工作日。"),
            C("那被转走的四千五，能追回来不？"),
            A("这个要看具体情况。"),
            C("看哪样情况？到底追得回来追不回来嘛？"),
            A("您先别急，我们按流程走。"),
            C("我都问你第三遍了，你就讲一句实话，这钱还有冇得指望？",
              marks=[mark("resolution.repeated_question", "钱能否追回问到第三遍仍没有答复")]),
            A("对不起，我直说：我没法跟您保证能追回来。对方那个户头我这就上报反诈中心，您今晚就去派出所报案，警察查到钱还在那个账户里，就有机会退回来。"),
            C("你们的短信跟骗子的长得一模一样，哪个分得清？这回我对你们太不满意了！",
              marks=[mark("emotion.customer_negative", "太不满意了")]),
            A("您心里急，我懂。提醒您：银行的积分兑换从来不会让您在链接里填密码和验证码，以后碰到这种短信直接删掉。您的意见我也记下来，转给相关部门。"),
            C("好嘛，我先去报案。"),
            A("除了这个，还有要我帮着处理的吗？"),
            C("莫得了。"),
            A("今晚您还得奔波，感谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az10_turpan_raisin_drying_house_usd_tuition_kazan_wrong_arrival_line_dropped",
        "title": "吐鲁番开葡萄晾房的客户要给在俄罗斯喀山读医科的女儿汇六千美元学费；以身份证号码尾部四个数码加去年从卡上交的车船税核身；坐席说境外汇款至少五个工作日到（知识库为一到三个工作日）；坐席用自己的话提醒只汇学校官网上的账户、有人叫改账户先跟女儿视频核实；客户接着问下周三截止前能不能到，通话随即结束，坐席没有作答也没有结束语",
        "business_type": "transfer", "agent_id": "A12304", "customer_tier": "standard",
        "started_at": "2030-03-14T13:34:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A12304"]),
            C("喂，你好，我吐鲁番的，家里有几座晾葡萄干的晾房。丫头子在俄罗斯喀山读医科，学校要交六千美元学费，想走你们银行汇出去，咋个办？"),
            A("您要给在喀山读书的女儿汇六千美元交学费，是吧？钱要出境，得验准了是您本人：身份证号码尾部四个数码，再说一下去年从这张卡上交的车船税是多少。"),
            C("尾部四个是七四零六，车船税去年交了四百二。"),
            A("都对上了。您带身份证和学校的收款信息到网点办就行，学校的户名、账号和那边银行的国际代码都要填准，少一个字母都会退回来。"),
            C("钱从这边走了，几天能到学校账上？"),
            A("钱出境，至少要五个工作日才能到。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间为一到三个工作日（知识库），坐席说成至少五个工作日")]),
            C("要五个工作日往上，那我得早点去办。"),
            A("还有个事要提醒您：只汇学校官网上公布的那个账户。如果接到电话、短信，说学校换了账户，哪怕讲是您女儿的同学，也先跟女儿视频问清楚，别急着改。"),
            C("好得很，这个我记下了。那我下周一去办，学校下周三截止，来得及不？",
              marks=[mark("closing.abnormal_hangup", "客户发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "az11_nyingchi_homestay_nephew_dubai_job_agency_visa_fee_stopped_ch1",
        "title": "林芝开民宿的客户，侄子被中介介绍去迪拜酒店上班，中介要一万八签证费和培训费打到中介个人卡上（未用风险词的出国务工中介诈骗），来问怎么转；坐席识破并劝阻，叫去人社部门查中介资质；不涉及账户数据，无需核身（坐席说明）；客户在坐席说完前零点四秒接话（非坐席插话）；完整收尾（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A12305", "customer_tier": "standard",
        "started_at": "2030-03-15T15:12:50", "agent_channel": 1,
        "turns": [
            A(OPENING["A12305"]),
            C("喂，你好，我是林芝的，家里开民宿。我侄子找了个中介，说能送他去迪拜的酒店上班，一个月一万多。中介讲要先交一万八，签证费加培训费，打到中介老板自己的卡上，下个月就能走。我想问问，往别家银行的个人卡上转一万八，要多久到？",
              marks=[mark("risk.keyword_alert", "出国务工中介要先交签证培训费到个人卡的诈骗情形（未用风险词）")]),
            A("阿佳，这笔钱先别转。正规的出国务工中介，收费都走公司账户，开正式发票；签证费和培训费叫打到老板个人卡上，多半是冲着您的钱来的，钱一到手人就不见了。"),
            C("哦呀，他们还给我侄子发了合同照片。"),
            A("合同照片谁都能做。您可以让侄子去当地人社部门问问，这个中介有没有对外劳务合作的资格，查得到再说。"),
            C("那我先不转，叫他去问。", overlap=0.4),
            A("对，先问清楚。这件事没动您的账，所以我没有核对您的身份。中介的聊天记录和收款卡号留好，拿不准的话，拨九六一一零也能问。"),
            C("好的，多亏你点醒我。"),
            A("其他还有需要问的事吗？"),
            C("没有了，谢谢。"),
            A("您问得及时，民宿生意兴旺，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az12_luliang_fenyang_liquor_shop_distributor_payment_balance_no_check_interrupt",
        "title": "吕梁汾阳开酒坊门市的客户问太原一家经销商付的酒款到没到、卡上还有多少；客户还在讲酒款是哪批货时坐席插话（重叠约一点二秒）；坐席从头到尾未做任何身份核验，先报出进账日期、金额和付款方，又报出余额；简短但完整收尾",
        "business_type": "account", "agent_id": "A12301", "customer_tier": "standard",
        "started_at": "2030-03-18T10:29:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A12301"]),
            C("喂，你好，咱是吕梁汾阳的，在杏花村边上开了个酒坊门市。太原有个经销商说前两天把上个月那批高粱酒的钱给我打过来了，那批货一共是二百箱，他说分两回打，头一笔先付"),
            A("您是要查太原经销商的酒款到没到吧？我看一下。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("对，就是这个。"),
            A("到了，三月十五号进来一笔五万四千元，付款方是太原一家酒类商贸公司。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出进账日期、金额和付款方")]),
            C("那卡上现在一共有多少？"),
            A("目前余额是十三万七千九百二十元。",
              marks=[mark("identity.not_verified", "未核验即说出余额")]),
            C("中，这下踏实喽。"),
            A("还要问点别的不？"),
            C("没了。"),
            A("好的，谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az13_sanmenxia_lingbao_apple_cold_storage_two_accounts_long_music_no_notice",
        "title": "三门峡灵宝开苹果冷库的客户查经营卡和一张定期存单两个账户的余额（余额查询）；以身份证号码最末那四码加定期存单的存期核身；客户说完坐席未作任何告知即播放约一百七十秒等待音乐（回来后致谢），余额查询超过三分钟标准；告知两个余额；简短但完整收尾",
        "business_type": "balance", "agent_id": "A12302", "customer_tier": "standard",
        "started_at": "2030-03-19T14:51:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A12302"]),
            C("喂，你好，额是三门峡灵宝的，开了个存苹果的冷库。想问一下，额那张做生意的卡，还有一张定期存单，两个里头各有多少钱。"),
            A("查两个账户的余额，好的。先认一下本人：身份证号码最末那四码，还有您那张定期存单存的是几年期。"),
            C("最末四码是三三六零，存单存的是三年的。"),
            A("核对无误。"),
            C("那两个都帮额查查，存单那个是前年在乡里网点存的。"),
            {"silence": 170.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户说完坐席未作任何告知即播放等待音乐")]},
            A("三分钟让您陪着音乐，多谢。经营卡上是二十一万四千六百元，定期存单是三十万元，明年六月到期。"),
            C("中，知道了。"),
            A("还有吗？"),
            C("没了。"),
            A("好，感谢您，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "az14_suzhou_dangshan_pear_paste_factory_closed_product_music_hold_explained_clean",
        "title": "宿州砀山做梨膏的厂老板（贵宾）有三十万想放半年以上；以身份证号码从尾巴上倒着念四位加上回在网点买的国债期限核身；告知后播放等待音乐并致谢；当场解释业绩比较基准和封闭期（非术语违规）；用自己的话讲清不是存款、银行不保本不保收益、可能少于投入、不受存款保险保护、以往表现不代表以后、风险等级与测评匹配，建议先放十万、读完说明书和风险揭示书；客户自己说“最烦人家跟我打包票”；完整合规",
        "business_type": "wealth", "agent_id": "A12306", "customer_tier": "VIP",
        "started_at": "2030-03-20T10:17:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A12306"]),
            C("你好，俺是宿州砀山的，开了个熬梨膏的厂子。年前货款回来了，有三十万半年以内用不上，想找个比定期多一点的地方放着。"),
            A("好，三十万放半年以上，要比定期强一些。先麻烦您核个身份：身份证号码从尾巴上倒着念四位，还有您上回在网点买的国债是几年期的。"),
            C("倒数四个是八二零九，国债买的三年期。"),
            A("核上了。我把半年左右期限的产品挑一挑，要个二三十秒，这段时间电话里会放音乐，电话您先拿着。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("谢谢您听着音乐候着。有一款六个月的固收类产品，业绩比较基准是年化百分之二点九，风险属于二级。"),
            C("业绩比较基准是啥意思？是能拿到的钱吗？"),
            A("不是。业绩比较基准只是产品定的一个参考目标，管理人朝着它去做，不等于许给您的回报，最后拿多少要看实际运作。另外它有六个月的封闭期，就是这半年里钱赎不出来。"),
            C("那要是亏了咋弄？俺最烦人家跟俺打包票。"),
            A("所以有些话得说在前头：这东西是理财，跟存款不是一码事，本钱跟回报银行一样都不兜，遇上行情往下走，到期能收回的钱兴许还不如当初投的多；存款保险也保不到它头上；往年的表现只能当参考，不能说明以后。风险这一档是二级，跟您做过的测评结果对得上。依我的意思先投十万，余下二十万留在手边转手用，下单之前把产品说明书和风险揭示书从头到尾读一遍。"),
            C("中，就十万，先试一试，俺回去把两份东西看完再点。"),
            A("好的，您读完了在手机银行里确认就行。钱上面还有想聊的吗？"),
            C("没了，你讲得真透。"),
            A("应该的，也谢谢您肯听我啰嗦，祝梨膏卖遍全国，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az15_elderly_yongzhou_jiangyong_passbook_ancestral_hall_cash_read_before_check_music_no_notice_no_fraud_advice",
        "title": "八十二岁老年客户（永州江永口音，退休的渡船工）问存折里还有多少、想取四万现金交给族里修祠堂；坐席未核身即报出存折余额，之后才以身份证号码最尾上的四个数目加存折上最后一笔进出核身；客户问能否明天去取时坐席未作任何告知即播放等待音乐（回来后致谢）；告知取现要提前约；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12303", "customer_tier": "elderly",
        "started_at": "2030-03-21T09:08:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A12303"]),
            C("喂，妹子，我是永州江永的，过了年就八十二啰，以前在河上撑渡船。我有个存折，想问下里头还剩好多钱。族里要修祠堂，每家凑钱，我想取四万块现钱交上去。"),
            A("老人家好，您这个存折上现在余额是七万二千五百元。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出存折余额")]),
            C("七万多，够了够了。"),
            A("您要取钱，我还得核一下是您本人：身份证号码最尾上的四个数目，还有存折上最后一笔是存还是取，多少钱。"),
            C("最尾上四个是零五二八，最后一笔是上个月存进去的两千，崽打给我的。"),
            A("对上了。"),
            C("明天一早我去镇上取四万，取得到不？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("老人家，谢谢您等了这一会儿。镇上网点现金不多，取四万要提前一天约，您今天下午打网点电话约好，明天带上存折和身份证去就行。"),
            C("要得，我叫孙女帮我打。"),
            A("好。老人家，还要问点啥不？"),
            C("冇得了，谢谢妹子。"),
            A("不客气，老人家路上慢慢走，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "八十二岁老年客户要取四万现金交族里修祠堂，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "az16_dongxing_seafood_stall_guess_who_old_classmate_accident_money_stopped_no_closing",
        "title": "防城港东兴卖海鲜的客户接到“猜猜我是谁”的电话，对方认作老同学阿强，今天说在南宁撞了人要两万私了，叫她打到朋友卡上（未用风险词的冒充熟人诈骗），来问转别家银行要多久到；坐席识破并劝阻，叫她打阿强原来的号码核实；不涉及账户数据，无需核身（坐席说明）；结尾只有“那先这样。”，没有询问其他需求、致谢和道别",
        "business_type": "transfer", "agent_id": "A12304", "customer_tier": "standard",
        "started_at": "2030-03-22T17:40:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A12304"]),
            C("喂，我系东兴嘅，喺口岸边卖海鲜。琴日有个人打电话叫我猜下佢系边个，我话系阿强吧，佢话系啊，话佢换咗新号。今日佢又打嚟，话喺南宁撞咗人，要两万蚊私了，叫我打去佢朋友张卡。我想问下转去别家银行要几耐到？",
              marks=[mark("risk.keyword_alert", "猜猜我是谁冒充老同学借钱私了、转第三人卡的诈骗情形（未用风险词）")]),
            A("这笔钱您先别打。叫您猜他是谁、您说了名字他就认下来，接着说出事要钱、还要打到别人卡上，这是冒充熟人骗钱的老套路。"),
            C("咩话？佢把声都几似阿强喔。"),
            A("声音像不能当真。您拿阿强以前的老号码打过去，或者问你们共同的同学，找到他本人问清楚再说。这件事不动您的账，我就不核您的身份了。"),
            C("好，我而家就打阿强旧号。"),
            A("那先这样。"),
        ],
        "violations": [mark("closing.missing", "结尾只有那先这样：没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "az17_ruili_jade_shop_card_terminal_takings_asked_thrice_displeased",
        "title": "瑞丽开玉石铺子的客户问昨天刷卡机收的十一万八货款什么时候到账；以身份证号码殿尾四个数加刷卡机小票上印的商户名称核身；坐席两次含糊（系统在处理、您再等等），客户第三次问才答今天下午五点前到；客户说耽误半天、不满意得很；坐席道歉；完整收尾",
        "business_type": "account", "agent_id": "A12305", "customer_tier": "standard",
        "started_at": "2030-03-25T11:22:07", "agent_channel": 0,
        "turns": [
            A(OPENING["A12305"]),
            C("喂，你好，我瑞丽的，在姐告开了个玉石铺子。昨天有个客人在我铺子里刷了十一万八，刷卡机上显示成功了，可钱到现在还没到我卡上，格是出哪样问题了？"),
            A("您是问昨天刷卡机收的十一万八怎么还没到账，对吧？查之前先对身份：身份证号码殿尾四个数，还有您刷卡机小票上印的商户名称。"),
            C("殿尾四个是六一九零，小票上印的是瑞丽翠玉轩。"),
            A("核对上了。这笔刷卡款系统在处理。"),
            C("处理到哪样时候？今儿个到得了到不了？"),
            A("您再等等，会到的。"),
            C("我问你第三回了，你就给我个准话，哪个时候到？",
              marks=[mark("resolution.repeated_question", "到账时间问到第三遍仍没有答复")]),
            A("抱歉，刚才没说清楚。大额刷卡款要多过一道核查，昨天的已经核完了，今天下午五点以前到您卡上。"),
            C("早讲不就完了，白白耽误我半天工夫，你们这样办事，叫人不满意得很。",
              marks=[mark("emotion.customer_negative", "不满意得很")]),
            A("真是抱歉，怪我没一开始就讲明白，让您着急了。下午五点前要是还没到，您直接打过来报我的工号一九五八，我接着帮您跟。"),
            C("好嘛，那就等到五点。"),
            A("别的还有要我查的吗？"),
            C("没得了。"),
            A("再次向您道个歉，多担待，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "az18_elderly_linxia_grandmother_cash_for_sheep_eid_dead_air_no_fraud_advice",
        "title": "七十八岁老年客户（临夏口音）儿子在青海打工往卡里打钱，她想过古尔邦节前取三万现金买羊；以身份证号码落在尾上那四位加上回给她打钱的亲戚和金额核身；告知余额；客户问明天到柜台能不能取三万后双方无声十秒，客户追问；坐席道歉后答复；全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A12301", "customer_tier": "elderly",
        "started_at": "2030-03-26T08:54:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A12301"]),
            C("喂，丫头，我是临夏的，七十八了。我儿子在青海打工，按月给我卡里存钱。快过古尔邦节了，我想取三万块现钱买几只羊，你帮我看看卡里有没有这么多。"),
            A("奶奶您好，要看卡里的钱，先得弄清是您本人在打：身份证号码落在尾上那四位，再说说上一回是哪个亲戚给您往卡里打的钱，打了多少。"),
            C("落尾四个是四七一三，上回是我儿子打的，五千。"),
            A("对上了。卡上现在有四万六千四百五十元，够取三万。"),
            C("那我明天到街上的柜台，三万块一回能取出来吗？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？丫头？你还听着吗？"),
            A("听着呢，奶奶，对不住，刚才把您晾着了。三万块用不着预约，明天带上身份证和卡到柜台就能取。"),
            C("好，好，明天我就上街去取。"),
            A("奶奶还想问点什么吗？"),
            C("没了，丫头，谢谢你。"),
            A("不客气，奶奶，过节顺顺当当，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十八岁老年客户要取三万现金，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "az19_pingxiang_shangli_firecracker_worker_school_place_middleman_personal_card_impatient_no_warning",
        "title": "萍乡上栗做鞭炮的客户要给中间人的个人卡转八万，说能给儿子买城里重点初中的名额；以身份证号码最尾巴尖那四位加每年从卡上扣的车险核身；坐席只讲一笔五万、一天二十万（正确）和分两笔，客户再问一次时坐席不耐烦（我不是说了吗，怎么还问）；全程没有任何风险提示；完整收尾",
        "business_type": "transfer", "agent_id": "A12302", "customer_tier": "standard",
        "started_at": "2030-03-27T13:16:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A12302"]),
            C("喂，你好，我萍乡上栗的，在鞭炮厂做事。有个熟人介绍了个中间人，讲交八万块就能给我崽弄到城里重点初中的名额，钱要打到中间人自己的卡上。我想今天用手机转过去，要么子弄？"),
            A("要给中间人的个人卡转八万，对吧？转账前得验一验本人：身份证号码最尾巴尖那四位，再说说您家车子每年从这张卡上扣的车险是多少。"),
            C("最后四位是一零六四，车险一年扣三千八。"),
            A("对上了。手机上单笔顶多五万，当天几笔加一块儿顶到二十万为止，八万分两次转，一次五万，一次三万。"),
            C("哦，那是先转五万还是先转三万？同一天都转得完不？"),
            A("哎，我不是刚说了吗，怎么还问？两次，一天以内，先转哪笔都一样。",
              marks=[mark("emotion.agent_negative", "客户再问一次时不耐烦、数落客户")]),
            C("哦，晓得了，我记性差。"),
            A("嗯。还有旁的要办不？"),
            C("冇了。"),
            A("好，感谢来电，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "八万买学校名额打到中间人个人卡，坐席只讲限额，全程没有任何风险提示")],
    },
    {
        "call_id": "az20_shihezi_cotton_farmer_picking_machine_loan_jargon_no_staff_number_ch1",
        "title": "石河子种棉花的客户想贷款买采棉机，问能贷多少、怎么还；开场白有问候、行名和服务用语但不报工号；以身份证号码最后头的四个号加去年从卡上领的棉花目标价格补贴核身；坐席满口术语（预授信额度、循环贷、随借随还、按日计息、报价利率上浮基点、抵质押担保）不解释，客户说听不懂，坐席只说去网点细谈；完整收尾（坐席在声道一）",
        "business_type": "account", "agent_id": "A12303", "customer_tier": "standard",
        "started_at": "2030-03-29T16:05:12", "agent_channel": 1,
        "turns": [
            A("恒通银行，您好，今天有什么事情我能帮您办？"),
            C("喂，你好，我是石河子的，团场里种棉花。想买台采棉机，差五十万左右，想问问你们能给我贷多少，咋个还法？"),
            A("您要贷款买采棉机，先帮您看看能贷多少。查之前核一下本人：身份证号码最后头的四个号，再说说您去年从这张卡上领的棉花目标价格补贴是多少。"),
            C("最后头四个是二五七三，补贴去年领了三万一。"),
            A("核对通过。您名下有一个六十万的预授信额度，可以走农机循环贷，随借随还，按日计息，利率按市场报价利率上浮若干基点，超过三十万要追加抵质押担保。",
              marks=[mark("etiquette.jargon", "预授信额度、循环贷、随借随还、按日计息、报价利率上浮基点、抵质押担保，未向客户解释")]),
            C("你讲的这一串我一句都没听懂，就说能贷多少、一个月还多少嘛。"),
            A("具体的到网点让客户经理给您细算。"),
            C("那行，我这礼拜去团部那个网点问。"),
            A("好的，别的还想知道点啥？"),
            C("没了，谢谢。"),
            A("谢您拨这个号，祝今年棉花丰收，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
]

HELDOUT40_SEED = 20290726
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT40_CALLS, agents=AGENTS, default_out=Path("samples/heldout40"),
                  seed=HELDOUT40_SEED, description=__doc__))
