#!/usr/bin/env python3
"""Render the thirty-fifth held-out evaluation set in samples/heldout35/ (dev-only; never imported by the product).

The earlier held-out sets have been, or may have been, looked at, so none of them can be trusted to
measure generalisation on its own. This set was written blind from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests, docs or
bench, never read any truth folder of another set, /work/notes, /work/runs or /work/wt, never looked at
another file's history, diff or commit messages (beyond `git log --oneline -3`) and never ran
qa-toolkit or tools/oracle_transcripts.py. It read only DOMAIN.md, samples/README.md, the READMEs of
heldout33 and heldout34 (and of heldout23-32 only the passages naming their topics and regions, and
the per-call tables that show where their labels sit), tools/README.md, make_heldout34.py (the
machinery copied), make_samples.py, telephone.py, clause_overlap.py, and of rules/bank_zh.kb.yaml only
the titles and facts (to keep stated figures right and plant two wrong ones). Every script step is
worded differently from samples/ and the other held-out generators (no clause of five characters or
more is shared, in either direction, with make_samples.py or any make_heldout*.py): other agents
(A11801-A11806) with their own openings, other verification routes (last winter's heating fee, the
shop name the online-store settlements go to, the bank of the card set to repay a credit card, the
currency and rough amount of the last foreign-currency purchase, the place of last month's largest
card payment, last month's phone top-up, the nickname set in the mobile app, the house number of the
address given at opening, the maturity day of the last wealth product, the zodiac sign and birth
month, the last three digits of the car plate tied to the card for motorway tolls, last month's gas
bill, the contact number left when the card was reported lost, the monthly property fee debit, the day
the pension arrives; the ID digits asked in new words), other hold, warning, disclosure and closing
phrasings, topics the heldout23-34 sets did not use and dialect-flavoured customers from cities none
of them used (Hancheng, Tai'an, Jiaozuo, Liaoyuan, Altay, Xinyang, Fuxin, Dingxi, Songyuan, Yushu,
Hengshui, Guyuan, Jincheng, Chengde, Liaocheng, Bayannur, Heihe, Tieling, Shigatse; the Tai'an,
Xinyang, Chengde and Shigatse customers are elderly). The layout is not heldout32-34's: no violation
sits at a call number where one of those sets had the same one, three calls are clean and two only
alert (au06, au12), the agent is on channel 1 in au05, au12 and au15, the two wrong facts are the
gold-card fee and the mobile daily limit, and the risky situations are a fake grandson's bail call,
a paid "credit-record repair" agency, a livestream lottery's "tax before the prize", an
elderly-apartment scheme sold at free health lectures and paid in cash, and a private loan at two
per cent a month to a neighbour's cousin's personal card.
Hard negatives: steps done in unusual words, steps not required in that situation, explained technical
terms, customers' own negative words, figures right in other forms, frauds stopped by the agent,
customers who start before the agent has finished, terse but complete closings.
It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout35.py
    /work/tts-venv/bin/python tools/make_heldout35.py --only au06_elderly_xinyang_grandmother_fake_grandson_bail_call_stopped
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
#   order. au01 opens with a bare "嗯，哪位？有事说。" (greeting.missing and staff_id_missing); au11
#   greets, names the bank and offers help with no number (staff_id_missing); au20's short opening is
#   a full greeting;
# - identity: a check (ID digits + one more fact on file) before any account data or account action.
#   identity.not_verified = each agent turn that discloses account data before a check: au04 (the
#   credit-card bill read at once; the check comes only before the instalment), au09 (a payment and
#   then the balance, no check ever: two labels), au15 (the balance read at once; the check comes only
#   before the transfer). General information (au01 a bank acceptance bill, au20 paper statements)
#   needs none; au06 and au12 stop a fraud and touch no account data (the agent says so);
# - risk.disclosure_missing: au13 (a mixed wealth product, 200,000 ordered, the loss question met
#   with a rebuff and no disclosure), au15 (150,000 lent at two per cent a month to a personal card,
#   no IOU yet, nothing but how to transfer). Warnings and disclosures in the agent's own words count
#   (au05 and au11 transfers, au10 wealth, au06, au08 and au12 frauds);
# - risk.keyword_alert: au06 (a "grandson" held at a police station wants bail money, no risk word),
#   au08 (被骗 after a paid credit-record repair), au12 (a prize that needs "tax" paid first, no risk
#   word), au14 (an elderly-apartment scheme from free health lectures, cash only, no risk word);
# - risk.elderly_fraud_advice: au14 (79, takes 100,000 in cash for the scheme) and au19 (81, takes
#   40,000 in cash for a hospital trip): no advice. au02 (80) and au06 (78) carry it;
# - emotion.customer_negative: au03 (很有意见, 要投诉, after a silence), au18 (非常不满, 要投诉).
#   au02's 俺不是来挑理的 and au13's 我就是多问一句，也没说不买 are calm words: not labelled;
# - emotion.agent_negative and etiquette.forbidden_phrase: au13 (爱买不买, 亏了别回头找我, 不是我操心的事);
# - etiquette.jargon: au01 (bill terms), never explained; au05's 国际识别码 and au10's 业绩比较基准 /
#   封闭期 are explained on the spot: not jargon;
# - etiquette.interruption: au08 (1.1 s), au16 (1.0 s). au05, au06 and au12: the customer starts
#   before the agent has finished;
# - etiquette.dead_air: au03 (10 s after the question about the serial number), au17 (10 s after the
#   third asking);
# - hold: announced holds in other words count (au02 silent, au05 music, au10 music, au16 a long
#   music one; all thanked). au07 and au14: music straight after the customer's question, no notice
#   (hold.no_notice; both thanked afterwards);
# - answer.wrong_fact: au07 (金卡年费 一年六百元; the facts say 300), au11 (手机 一天累计三十万; the facts
#   say 200,000; the same turn's 一笔最多五万 is right). Right figures stay unlabelled (au05's 两到三个工作日,
#   au15's 一次能出五万 / 一天加起来别超过二十万 / 千分之五 at the counter, au17's 七个工作日);
# - resolution.repeated_question: au17 (when the new card comes, asked a third time, answered then);
# - closing: au09 ends with "嗯，好。" (closing.missing); au18 ends when the line drops right after the
#   customer's question (closing.abnormal_hangup, closing.missing); terse but complete closings
#   elsewhere (au07, au13, au20);
# - handling.time_standard: au16 (a balance enquiry over the 3-minute standard: a long announced
#   music hold) and au20 (a card call under the 20 s minimum);
# - etiquette.speech_rate: the agent at 1.6x (au04);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A11801": {"team": "一线南组", "staff_no": "三七四二"},
    "A11802": {"team": "一线南组", "staff_no": "九一六五"},
    "A11803": {"team": "一线北组", "staff_no": "七零三八"},
    "A11804": {"team": "一线北组", "staff_no": "二四九一"},
    "A11805": {"team": "一线北组", "staff_no": "八五一三"},
    "A11806": {"team": "二线财富专岗", "staff_no": "六零七九"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A11801": "恒通银行，您好，三七四二号为您接通，要办的事您请讲。",
    "A11802": "您好，恒通银行电话坐席，九一六五号当班，这通电话您想解决点啥？",
    "A11803": "您好，恒通银行，值守员七零三八听您吩咐，哪件事需要帮手？",
    "A11804": "您好，恒通银行，这边编号二四九一的坐席接起来了，有啥要问的您开口。",
    "A11805": "您好，恒通银行客户联络中心，八五一三号在线，您要咨询还是办理？",
    "A11806": "您好，恒通银行财富管理专线，理财经理六零七九接听，资金方面有什么想商量的？",
}

HELDOUT35_CALLS = [
    {
        "call_id": "au01_hancheng_sichuan_pepper_grower_acceptance_bill_no_greeting_jargon",
        "title": "韩城种花椒的客户把花椒卖给火锅底料厂，对方用一张六个月的承兑汇票付了二十万，客户问能不能现在就拿到钱；坐席以“嗯，哪位？有事说。”接起，无问候、行名、工号、服务用语（客户问了才确认是恒通）；坐席满口票据术语（贴现、电票、签收、承兑行、贴现率、背书、托收、追索权）不解释，客户说一句都没听明白；一般咨询，不涉及账户，无需核身；简短但完整收尾",
        "business_type": "account", "agent_id": "A11803", "customer_tier": "standard",
        "started_at": "2029-10-08T09:12:37", "agent_channel": 0,
        "turns": [
            A("嗯，哪位？有事说。"),
            C("喂，额是韩城的，种花椒的。得是恒通银行？"),
            A("是，你说。"),
            C("今年额的花椒卖给一家做火锅底料的厂子，二十万的货款，人家没给现钱，给了一张六个月的承兑汇票。额想现在就把钱拿到手，咋个弄嘛？"),
            A("那你做贴现。电票先在网银上签收，看承兑行的信用等级，按贴现率扣息，背书给我们行，到期我们找承兑行托收，追索权还在你身上。",
              marks=[mark("etiquette.jargon", "贴现、电票、签收、承兑行、贴现率、扣息、背书、托收、追索权，未向客户解释")]),
            C("额一句都没听明白。啥叫贴现？啥叫背书？额就想知道能不能先拿钱。"),
            A("能拿，就是要扣掉一部分利息，扣多少看票。你带上票的信息去网点问吧。"),
            C("那额明天去县城的网点跑一趟。"),
            A("行。还有别的要问没？"),
            C("没了。"),
            A("好，谢谢你打来，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，哪位？有事说：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "au02_elderly_taian_mount_tai_porter_pension_heating_fee_check_silent_hold_clean",
        "title": "八十岁老年客户（泰安口音，年轻时在泰山当挑山工）问这个月养老金到了没有；以身份证最后边那四个号加去年冬天这张卡交的暖气费核身；告知后静音保留并致谢；养老金三千三百七十元，比上月多六十元；坐席用自己的话提醒冒充社保局、银行要“认证费”或验证数字的骗局；客户自己说“俺不是来挑理的”（非负面情绪），完整合规",
        "business_type": "account", "agent_id": "A11801", "customer_tier": "elderly",
        "started_at": "2029-10-09T08:47:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A11801"]),
            C("喂，闺女，俺是泰安的，俺八十整了，年轻时候在泰山上当挑山工，挑了三十来年。俺想问问这个月的养老金发下来了没有，俺不是来挑理的，就是心里没底。"),
            A("大爷您好，您想看看这个月养老金到了没有，对吧？看账之前要确认是大爷本人：请您说一下身份证最后边那四个号，再说说去年冬天这张卡交的暖气费大概多少。"),
            C("最后边四个号是六二零八，暖气费交了两千一百多。"),
            A("都对得上。发放记录我得调出来看，要等个半分钟左右，这当中您那边听不到声音，线别挂，话筒拿着。"),
            {"silence": 7.0, "kind": "hold"},
            A("大爷，叫您久等了，难为您候着。这个月的养老金前天到账了，三千三百七十元，比上个月多了六十元，是今年调的。"),
            C("杠赛！多了六十块，俺老伴还说没涨。"),
            A("大爷，顺便跟您说一声：最近有人冒充社保局或者银行打电话，说养老金要重新认一遍、要先交一笔认证费，或者让您念出手机上收到的那串数字，十有八九是骗钱的。"
              "真正的部门不会打电话找您要钱，这种电话一来直接挂断，问问儿女再说。"),
            C("中，俺记住了，谁要钱俺也不给。"),
            A("这就对了。大爷还有什么要问的没有？"),
            C("没了没了，就这一桩。"),
            A("好嘞，多谢大爷打来问，您老保重，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au03_jiaozuo_iron_yam_online_shop_settlement_missing_dead_air_complaint",
        "title": "焦作温县种铁棍山药、开网店的客户问平台说已打的一万六千五结算款为什么没到；以身份证号码最后那一段的四个数加这张卡绑定的网店名核身；客户问能否按平台流水号查后双方无声十秒；客户不满要投诉；坐席道歉、按流水号提交核对、承诺次日下午回电，完整收尾",
        "business_type": "account", "agent_id": "A11802", "customer_tier": "standard",
        "started_at": "2029-10-10T14:26:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A11802"]),
            C("喂，俺是焦作温县的，种铁棍山药，在网上开了个小店。平台说上礼拜的结算款一万六千五已经打到俺卡上了，俺咋看着木有？"),
            A("您是说网店平台的结算款一万六千五，平台讲打了，您卡上没看到，对吗？账上的事，身份我得先落实：身份证号码最后那一段的四个数，还有这张卡绑的网店叫什么名字。"),
            C("四个数是三零七一，店名叫温县老张家山药。"),
            A("核对好了。我看了这张卡最近七天的进账，没有平台打来的款，最近一笔是十号进来的两千三，是个人转的。"),
            C("那平台给了俺一个打款的流水号，恁那边能照着这个号查不？"),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十秒，坐席未作任何告知")]},
            C("喂？人呢？俺这都打了三回电话了，回回说不清楚，恁这服务俺很有意见，俺要投诉恁！",
              marks=[mark("emotion.customer_negative", "很有意见、要投诉")]),
            A("真对不起，让您白等半天，是我这边没及时回话。流水号能查，您念给我，我提交给清算的同事核对。"
              "平台打款一般隔一个工作日到，要是对方把卡号填错了，钱会退回平台。您的投诉我也记上了，明天下午五点前给您回电话。"),
            C("号是二零二九一零零八五五六一。中，那俺等恁电话。"),
            A("好的，明天下午一定回您。今天还要我帮您翻别的账吗？"),
            C("木有了。"),
            A("多谢您这么体谅，这回麻烦您了，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au04_liaoyuan_sock_factory_worker_credit_card_bill_read_before_check_fast_agent",
        "title": "辽源袜子厂工人问信用卡本月账单和最低还款；坐席全程以约一点六倍语速说话；未核身即报出账单金额、最低还款和还款日；客户要分期时才以身份证号码从右往左数四个数字加自动还款卡所属银行核身；冰箱那笔分十二期",
        "business_type": "card", "agent_id": "A11804", "customer_tier": "standard",
        "started_at": "2029-10-11T19:05:22", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A11804"]),
            C("喂，你好，俺辽源的，在袜子厂上班。俺这信用卡这个月账单多少钱？最低还多少？"),
            A("这个月账单三千八百六十块，最低还款三百八十六元，还款日是二十五号。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出账单金额、最低还款额和还款日")]),
            C("咋这么多呢？哦，对，买了台冰箱。那能不能分期啊？"),
            A("能分，办分期前头要核实是您本人：身份证号码从右往左数四个数字，再说说这张信用卡绑的自动还款卡是哪家银行的。"),
            C("从右数四个是四四一九，自动还款绑的是咱恒通自己的储蓄卡。"),
            A("核对通过。冰箱那笔两千九，分六个月或者十二个月都行，分十二期每期手续费大约十七块四。"),
            C("贼拉划算，那就分十二期吧。"),
            A("好，已经给您办上了，短信一会儿到。还想问啥不？"),
            C("没了，谢谢啊。"),
            A("不客气，谢谢您打进这个电话，回见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "au05_altay_cold_water_fish_farm_euro_aerator_norway_music_hold_clean_ch1",
        "title": "阿勒泰在额尔齐斯河边养冷水鱼的客户要汇一万七千三百欧元给挪威公司买增氧设备；以身份证号压底的四个数字加上一次购汇的币种和金额核身；当场解释收款银行国际识别码（非术语违规）；告知后播放等待音乐并致谢；两到三个工作日到（正确）；跨境汇款风险提示用自己的话讲到，客户在坐席说完前零点五秒接话（非坐席插话）；完整合规（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A11803", "customer_tier": "standard",
        "started_at": "2029-10-12T11:38:14", "agent_channel": 1,
        "turns": [
            A(OPENING["A11803"]),
            C("喂，你好，我阿勒泰的，在额尔齐斯河边养冷水鱼。要从挪威一家公司买一套增氧设备，一万七千三百欧元，合同签了，钱要汇过去，我该咋办？"),
            A("明白，您要给挪威的公司汇一万七千三百欧元买增氧设备，是吧？办跨境的事先把身份对上：身份证号压底的四个数字，再说一下您上一回在我们行买外汇，买的是哪种外币、大概多少。"),
            C("压底四个是八零五三，上回买的是美元，五千块左右。"),
            A("核对无误。手机银行首页有个境外汇款，收款人写那家公司在合同上的英文全称，还要填收款银行的国际识别码。这个码相当于那家银行在全世界的门牌号，合同后面一般印着。"
              "我再核一下您今年的购汇额度还剩多少，您那头会响一阵音乐，二十来秒，劳驾别挂断。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("乐曲停了，劳您久候。额度够，这笔可以办。欧元汇到挪威，两到三个工作日能到。"),
            C("那好得很，加克斯！"),
            A("汇之前再提醒几句：收款账户必须是那家公司自己名下的，名字要跟合同一字不差；要是有人发邮件、来消息讲账户改了，别照着改，先打合同上公司的电话问明白。钱一旦汇出国门，再往回要就非常难了。"),
            C("我知道，去年我们村有人就吃过这个亏。", overlap=0.5),
            A("您心里有数就好。别的还有要我搭把手的吗？"),
            C("没有了，拉赫麦特，谢谢。"),
            A("不客气，欢迎再打来，祝鱼塘丰收，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au06_elderly_xinyang_grandmother_fake_grandson_bail_call_stopped",
        "title": "七十八岁老年客户（信阳口音，种茶）接到“孙子”哭着打来的电话，说打架伤人被扣在派出所，要两万保证金打到一个“警官”的卡上，还叫她别告诉他爸妈（冒充亲属的诈骗情形，未用风险词），她来问取款机上怎么转；坐席识破并劝阻（派出所不收私卡转账、声音可被电脑模仿、打孙子原来的号码或问他爸妈），客户在坐席说完前零点五秒接话（非坐席插话）；坐席用自己的话给老人防诈骗提醒；不涉及账户数据，坐席说明无需查卡",
        "business_type": "transfer", "agent_id": "A11805", "customer_tier": "elderly",
        "started_at": "2029-10-15T16:02:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A11805"]),
            C("喂，闺女，我是信阳的，七十八了，在家种茶。刚才我孙娃儿打电话来，哭着说他在外头跟人打架，把人打伤了，人给扣在派出所，要交两万块保证金才放人，让我打到一个警官的卡上，还叫我莫跟他爸妈说。我想问问，在取款机上咋转给人家？",
              marks=[mark("risk.keyword_alert", "冒充孙子称打架被扣派出所、要两万保证金打到“警官”私卡（冒充亲属诈骗情形，未用风险词）")]),
            A("奶奶，您先莫转，咱把这事捋一捋。派出所收钱都有正规的手续，从来不会让家里人往哪个警官的私人卡上打钱；现在电话里的声音也能用电脑学得一模一样，哭着说话更听不出来。"
              "您先挂了那个号码，拿您自己手机里存的孙子的号码打过去，或者打给他爸妈问问人在哪里。"),
            C("那我不往外转了，我这就给他爸打电话。", overlap=0.5),
            A("对，您先打。这件事没动到您账上的钱，我这里不用查您的卡。往后凡是电话里让您往陌生人卡上打钱、又让您别告诉家里人的，一律当骗子对待，挂了电话先找儿女；真拿不准，就打一一零问警察。"),
            C("晓得了，闺女，多亏问了你。"),
            A("应该的。奶奶还有其他事吗？"),
            C("冇得了。"),
            A("那您快去打电话，谢谢奶奶信得过我们，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au07_fuxin_agate_carver_gold_card_fee_wrong_amount_music_no_notice",
        "title": "阜新刻玛瑙的客户问金卡为什么扣了年费；以身份证上号码收口的四位加上月最大一笔刷卡消费的地点核身；坐席把金卡年费说成一年六百元（知识库为三百元）；客户问怎么能免后坐席未作任何告知即播放等待音乐（回来后致谢）；简短但完整收尾",
        "business_type": "card", "agent_id": "A11805", "customer_tier": "standard",
        "started_at": "2029-10-16T10:19:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A11805"]),
            C("喂，你好，我阜新的，刻玛瑙的。我这信用卡是金卡，刚收到短信说扣年费了，嘎哈扣这么多？"),
            A("您是想问金卡年费扣款的事，对吧？先把人认准：身份证上号码收口的四位，再说一下这张卡上个月最大的一笔消费是在哪儿刷的。"),
            C("收口四位是一九六零，最大的一笔是在沈阳买了台切割机。"),
            A("核对通过。金卡的年费一年六百元，这个月扣的就是这一笔。",
              marks=[mark("answer.wrong_fact", "金卡年费应为三百元（知识库），坐席说成一年六百元")]),
            C("六百？那也忒贵了。那咋整才能免掉呢？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后坐席未作任何告知即播放等待音乐")]},
            A("让您等了一下，谢谢。一年里刷满十次，年费第二年就给您免了，您去年刷了八次，没满。"),
            C("行，今年我多刷几回。"),
            A("好的，还要办点别的不？"),
            C("没了。"),
            A("多谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au08_dingxi_potato_noodle_maker_credit_repair_agency_swindled_interrupt",
        "title": "定西做洋芋粉条的客户前年信用卡逾期一次，交了四千八给网上的“征信修复公司”说能删记录，两个月没变化，对方又要六千通道费（被骗）；以身份证号码顶后头的四个数加上月这张卡充的话费核身；读出那笔逾期记录；客户讲对方怎么说时坐席插话（重叠约一点一秒）；坐席说明真实记录花钱删不掉、去派出所报案、错误记录可免费提异议，完整收尾",
        "business_type": "card", "agent_id": "A11801", "customer_tier": "standard",
        "started_at": "2029-10-17T15:44:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A11801"]),
            C("喂，你好，我是定西的，做洋芋粉条的。前年信用卡逾期过一回，征信报告上留了一笔，贷款批不下来。网上有个征信修复公司，说交四千八就能把记录删干净，我交了，两个月了啥也没变，现在又要我交六千块通道费。我怕是被骗了。",
              marks=[mark("risk.keyword_alert", "被骗：付费“征信修复”，已交四千八，对方又要六千")]),
            A("那六千您先一分都莫给。您说的逾期记录，我可以帮您看看是哪一笔，身份上要先过一道：身份证号码顶后头的四个数，再说一下上个月这张卡充的手机话费是多少。"),
            C("顶后头四个是五五三八，话费充了一百。"),
            A("对上了。记录是前年三月的一笔，欠了一千二，逾期了四十来天，之后已经还清。"),
            C("对，就那一回。那个公司说他们跟银行内部有关系，能直接进系统把这条改掉，我当时想着四千八也不多，就想早点把贷款办下来，他们还给我发了个合同，盖的章看着也挺像"),
            A("真实的逾期记录，谁交钱都删不掉，也没有哪个内部关系能改。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("那我那四千八咋办？"),
            A("赶紧去派出所报案，把转账记录、聊天记录和那份合同都带上。这钱是您自己转给他们的，银行这边没法直接退回，钱能追回多少要看警察查得怎么样。"
              "往后按时还款，这条记录从还清那天起满五年就不再显示。要是哪条记录是错的，您可以免费找我们提异议，不用花钱找任何中介。"),
            C("行，我下午就去报案。"),
            A("好。还有什么要我出力的？"),
            C("没了，谢谢你。"),
            A("不用谢，您多保重，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au09_songyuan_chagan_lake_winter_fishing_payment_and_balance_no_check_no_closing",
        "title": "松原在查干湖领人冬捕的客户问鱼贩子的八万六到没到、发完伙计工钱后卡里还剩多少；坐席从头到尾未做任何身份核验，先报出到账时间、金额和付款方，又报出十四笔工钱转出和余额；问湖上信号差转账失败怎么办（一般建议）；结尾只有“嗯，好。”，没有询问其他需求、致谢和道别",
        "business_type": "account", "agent_id": "A11804", "customer_tier": "standard",
        "started_at": "2029-10-18T07:56:40", "agent_channel": 0,
        "turns": [
            A(OPENING["A11804"]),
            C("喂，老妹儿，我松原的，在查干湖上领着一伙人冬捕。鱼贩子说昨天把八万六的鱼钱打过来了，你给我瞅瞅到没到？"),
            A("到了，昨天晚上七点多进来八万六千元，付款的是长春一家水产公司。",
              marks=[mark("identity.not_verified", "未做任何身份核验即说出到账时间、金额和付款方")]),
            C("妥了。我今天早上给伙计们开了工钱，合计四万二，发完卡里还有多少？"),
            A("四万二已经转出去了，分了十四笔，现在卡里还剩五万三千七百元。",
              marks=[mark("identity.not_verified", "未核验即说出转出记录和余额")]),
            C("行，够买新网了。还有个事，湖面上信号贼差，手机银行转账老是转一半就断了，咋整？"),
            A("断了的话先别急着再转一遍，回到岸上信号好的地方，先看看转账记录里那笔成没成，没成再转，免得转重了。"),
            C("就这么办吧。"),
            A("嗯，好。"),
        ],
        "violations": [mark("closing.missing", "只有嗯，好：没有询问其他需求、致谢和道别")],
    },
    {
        "call_id": "au10_yushu_cordyceps_trader_wealth_benchmark_closed_period_music_hold_clean",
        "title": "玉树做虫草生意的客户有三十万想比定期强一点、不愿冒大风险；以身份证号最靠后的那四个数加手机银行里自己起的昵称核身；告知后播放等待音乐并致谢；当场解释业绩比较基准和封闭期（已解释，非术语违规）；用自己的话讲清不是存款、不保本不保收益、可能少于本金、过往业绩只作参考、存款保险也不保这一块、风险等级与测评匹配，建议先放十万并看完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A11806", "customer_tier": "VIP",
        "started_at": "2029-10-19T13:30:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A11806"]),
            C("你好，我是玉树的，做虫草生意。今年收成不错，手头攒了三十万，想找个收益比定期多一点的地方，但我不想冒大风险。"),
            A("三十万，想比定期收益多一点，风险又不能大，我记下了。聊产品前要确认是您本人：身份证号最靠后的那四个数，再告诉我您在手机银行里给自己起的昵称。"),
            C("四个数是二七六一，昵称叫雪山虫草。"),
            A("核对通过。我把风险低一档的几款比一比，半分钟的样子，这会儿线上会放一段乐曲，您听着就行，别挂。"),
            {"silence": 10.0, "kind": "hold_music"},
            A("久等了，谢谢您听完这段乐曲。有一款封闭期九个月的固定收益类理财，业绩比较基准写的是百分之二点八到三点二。"),
            C("什么叫业绩比较基准？什么叫封闭期？"),
            A("业绩比较基准是产品给自己定的一个参考目标，不是承诺，到期拿到的可能比它高，也可能比它低；封闭期九个月，就是这九个月里钱取不出来，急用钱的时候动不了。"),
            C("那本钱会不会少？"),
            A("有可能，这一点得先跟您讲透：理财跟存款是两样东西，本钱和收益都没人打包票，赶上行情不好，到期拿回来的可能比当初投的少；以前的业绩只能当个参考，往后怎么走谁也没法担保；存款保险也不保这一块。"
              "测评给您定的是稳健型，这款是二级，风险等级跟您的测评对得上。我的建议是先投十万，剩下二十万留着做生意周转。下单前产品说明书和风险揭示书都会弹出来，您一页页看完再确认。"),
            C("好，那我就先投十万，回头我仔细看看。嘎真切。"),
            A("不客气。资金上还有别的要我参谋的吗？"),
            C("没旁的事了。"),
            A("好，多谢您对我们放心，生意兴隆，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au11_hengshui_snuff_bottle_painter_glass_blank_supplier_no_staff_wrong_daily_limit",
        "title": "衡水画内画鼻烟壶的客户要用手机银行给玻璃坯子厂付二十六万货款，问一天能不能转完；开场白有问候、行名和服务用语但不报工号；以身份证号收尾四个数加开户时留的家庭住址门牌号核身；坐席说一笔最多五万（正确）、一天累计能转三十万（知识库为二十万）；大额转账风险提示用自己的话讲到；完整收尾",
        "business_type": "transfer", "agent_id": "A11802", "customer_tier": "standard",
        "started_at": "2029-10-22T10:07:58", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行电话坐席，这通电话您想解决点啥？"),
            C("喂，你好，俺衡水的，画鼻烟壶内画的。要给一家做玻璃坯子的厂子付二十六万货款，想用手机银行往外转，介能一天转完吗？"),
            A("您要用手机给玻璃坯子厂转二十六万，想知道一天能不能转完，对吧？先把本人这关过了：身份证号收尾四个数，再说一下开户时留的家庭住址门牌号。"),
            C("收尾四个是零九三四，门牌号是十八号。"),
            A("对得上。手机银行每一笔顶天五万，一天累计能转三十万，您二十六万今天分六笔就能转完。",
              marks=[mark("answer.wrong_fact", "手机银行日累计限额应为二十万元（知识库），坐席说成一天累计三十万")]),
            C("中，那今天就转了。"),
            A("转账以前我多说两句：收款户名要是那家厂子的对公账户，名字跟合同或者发票对得上；要是对方临时说换个卡号、换成个人的卡，先打电话给厂里熟人确认，别急着转。"),
            C("晓得，这个厂子俺们打了好几年交道了。"),
            A("那就好。其他的还有需要吗？"),
            C("没了。"),
            A("好，多谢您专门打过来，祝生意红火，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "au12_guyuan_beef_noodle_shop_livestream_lottery_car_prize_tax_stopped_ch1",
        "title": "固原开牛肉面馆的客户在直播间抽奖后收到短信，说中了一辆小汽车，要先交八千六“个人所得税”到一个“公证处”账户（中奖诈骗情形，未用风险词），来问手机上怎么转；坐席识破并劝阻（真中奖税从奖品代扣、不先掏钱、链接别点、号码别回拨、九六一一零）；客户在坐席说完前零点四秒接话（非坐席插话）；不涉及账户数据，坐席说明无需查卡；完整收尾（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A11803", "customer_tier": "standard",
        "started_at": "2029-10-23T17:21:15", "agent_channel": 1,
        "turns": [
            A(OPENING["A11803"]),
            C("喂，你好，我固原的，开了个牛肉面馆。前几天在一个直播间抽奖，今天收到短信，说我中了一辆小汽车，要先交八千六的个人所得税，打到一个公证处的账户上，车就给我送过来。我想问问手机上咋转过去撒。",
              marks=[mark("risk.keyword_alert", "中奖后要先交八千六“个人所得税”到“公证处”账户（中奖诈骗情形，未用风险词）")]),
            A("先别转。中了奖还要先交税，还要打到什么公证处的账户上，这就是常见的中奖骗局。真中了奖，税是从奖品里代扣的，不会让您先掏钱，公证处也不会替人收这种钱。"),
            C("我就说嘛，天上哪有掉馅饼的事。", overlap=0.4),
            A("对。那个短信里的链接别点，号码别回拨，可以拨九六一一零反诈热线问一问。这事没碰到您的账户，我这边不用查您的卡。"),
            C("好，那我把短信删了。"),
            A("删之前截个图留着，万一他们再缠您，报警的时候有用。另外还有啥想打听的？"),
            C("没了，谢谢。"),
            A("不客气，祝面馆生意好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au13_jincheng_needle_workshop_mixed_wealth_product_rebuff_no_disclosure",
        "title": "晋城大阳镇做钢针作坊的客户有五十万想买理财；以身份证号码的末后四位加上回所买理财的到期日核身；坐席推荐混合类产品只讲去年收益百分之七点六；客户问会不会亏，坐席生硬回绝（理财哪有稳赚的？爱买不买，亏了别回头找我，那不是我操心的事）；客户没有不满，仍下单二十万；全程没有风险揭示；简短但完整收尾",
        "business_type": "wealth", "agent_id": "A11806", "customer_tier": "VIP",
        "started_at": "2029-10-24T09:48:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A11806"]),
            C("你好，我晋城的，在大阳镇开了个做钢针的作坊。手上有五十万，想买些理财，你给推荐一个。"),
            A("可以，五十万想做点理财。身份上先过一道：身份证号码的末后四位，再说一下您上回买的那款理财是哪天到期的。"),
            C("末后四位七三零二，上回那款是上个月二十号到期的。"),
            A("核对好了。现在有一款混合类的，拿一部分钱投股票，去年收益百分之七点六，比别的都高，一万起投。"),
            C("七点六，不低。那这个会不会赔本？甚情况下会亏？"),
            A("理财哪有稳赚的？爱买不买，亏了别回头找我，那不是我操心的事。",
              marks=[mark("etiquette.forbidden_phrase", "爱买不买、亏了别回头找我、不是我操心的事"),
                     mark("emotion.agent_negative", "生硬回绝客户的风险提问，语气不耐烦")]),
            C("我就是多问一句，也没说不买。那先买二十万吧。"),
            A("行，二十万给您下了，手机上点确认。还有事吗？"),
            C("没了。"),
            A("谢谢来电，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "混合类理财只讲收益，客户问会不会亏也没有任何风险揭示，客户下单二十万")],
    },
    {
        "call_id": "au14_elderly_chengde_health_lecture_elderly_apartment_cash_music_no_notice_no_fraud_advice",
        "title": "七十九岁老年客户（承德）在小区听了多回送鸡蛋挂面的养生讲座，对方推“养老公寓”项目：交十万每年返一万二、五年退本、只收现金（养老投资诈骗情形，未用风险词）；以身份证号码末尾的那四个号加属相和出生月份核身；客户问一次能否取出后坐席未作任何告知即播放等待音乐（回来后致谢）；坐席帮他约好次日取十万现金，全程没有防诈骗提醒",
        "business_type": "account", "agent_id": "A11801", "customer_tier": "elderly",
        "started_at": "2029-10-25T09:03:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A11801"]),
            C("喂，姑娘，我是承德的，我七十九岁喽。我在小区听了好几回养生讲座，人家天天送鸡蛋送挂面，说有个养老公寓的项目，交十万块，每年返一万二，五年后本钱全退，还能优先住进去。他们说只收现金，我想明天去取十万块，能取吗？",
              marks=[mark("risk.keyword_alert", "养生讲座推“养老公寓”：交十万每年返一万二、五年退本、只收现金（养老投资诈骗情形，未用风险词）")]),
            A("大爷，您是想明天取十万现金，是吧？取钱前，身份我得先落实：身份证号码末尾的那四个号，再说说您的属相和出生的月份。"),
            C("末尾四个号一二四七，属龙，腊月生的。"),
            A("对上了。您这张卡上是有十万的。"),
            C("那我明天一早去，一次取得出来吗？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "老年客户提问后坐席未作任何告知即播放等待音乐")]},
            A("大爷，让您等了，谢谢您。五万以上的现金要提前一天约，我已经帮您约好了明天上午，去的时候身份证和这张卡都揣上，到离您家最近的那个网点取就行。"),
            C("好，好，那我明天一大早就去，早点交了还能挑个好房间。"),
            A("行，您出门慢慢走。大爷，旁的事还有没有？"),
            C("没了，就这事。"),
            A("好，多谢大爷惦记着打来，祝您老身子骨硬朗，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "七十九岁老年客户要取十万现金交给讲座推荐的养老公寓项目，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "au15_liaocheng_ejiao_shop_private_loan_personal_card_balance_before_check_no_warning_ch1",
        "title": "聊城卖阿胶的小店店主要把十五万借给邻居的表哥，对方许诺月息两分、钱转到他个人卡上、借条回头再补；坐席未核身即报出余额十八万三千四；转账前才以身份证号最后四个阿拉伯数字加这张卡绑定的高速缴费车辆车牌后三位核身；一次五万、一天二十万以内、柜台跨行千分之五（均正确）；全程没有任何风险提示（坐席在声道一）",
        "business_type": "transfer", "agent_id": "A11805", "customer_tier": "standard",
        "started_at": "2029-10-26T15:15:09", "agent_channel": 1,
        "turns": [
            A(OPENING["A11805"]),
            C("喂，你好，俺是聊城的，开了个卖阿胶的小店。俺邻居的表哥开公司，要借十五万，说一个月给两分利，让俺转到他个人卡上，借条回头再补。俺卡里够十五万不？"),
            A("够，您卡上现在有十八万三千四百元。",
              marks=[mark("identity.not_verified", "未做任何身份核验即报出余额")]),
            C("那就好。手机上该怎么转出去？一回能转十五万不？"),
            A("转账前把身份核一下：身份证号最后四个阿拉伯数字，再说一下这张卡绑着交高速费的那辆车，车牌最后三个数。"),
            C("最后四个是六六零五，车牌最后三个是三八一。"),
            A("核对通过。手机上一次能出五万，一天加起来别超过二十万，十五万分三次转就行。要是跑柜台转去别家银行，手续费按千分之五收。"),
            C("那俺还是手机上转吧，分三回。"),
            A("好的，点开转账那一页，填他的名字、卡号、开户的那家银行。还有其他要打听的吗？"),
            C("没了，谢谢啊。"),
            A("不客气，谢谢来电，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "十五万以高息借给邻居表哥、转入个人卡且无借条，坐席只讲怎么转，没有任何风险提示")],
    },
    {
        "call_id": "au16_bayannur_sunflower_seed_dealer_buyers_payments_long_music_hold_interrupt",
        "title": "巴彦淖尔收葵花籽的客户查三家炒货厂的货款和账上总数（余额查询）；以身份证号码尾上那四个数字加上月这张卡扣的燃气费核身；告知后播放约一百七十秒等待音乐并致谢，余额查询超过三分钟标准；客户讲安徽那家少打五千的经过时坐席插话（重叠约一秒）",
        "business_type": "balance", "agent_id": "A11804", "customer_tier": "standard",
        "started_at": "2029-10-29T10:33:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A11804"]),
            C("喂，你好，我巴彦淖尔的，收葵花籽的。这半个月有三家炒货厂给我打钱，我想打问一下都到了没有，账上一共还有多少。"),
            A("您想查三家炒货厂的货款和现在的总余额，是吧？先把是不是您本人弄确实：身份证号码尾上那四个数字，再说一下上个月这张卡扣的燃气费是多少。"),
            C("尾上四个是四零八八，燃气费扣了三百一十几块。"),
            A("核对通过。三家的款要到清算记录里一笔一笔对，时间长一点，大约三分钟。我这边先放上音乐，电话您端稳了，等我回来，千万别挂断。"),
            {"silence": 170.0, "kind": "hold_music"},
            A("三分钟让您一直听着音乐，太不好意思了，谢谢您耐住性子。三家都到了：河北一家十二万，安徽一家九万五，本地一家六万八，现在账上一共三十万零七千二百元。"),
            C("三家都进了账就好。我还得跟你说说，安徽那家本来说好是十万，结果少打了五千，说是扣了什么质检费，我跟他们打了好几回电话，他们那个会计一会儿说"),
            A("这个扣款是买卖双方之间的事，银行这边只看得到到账金额，质检费得您跟厂家对合同。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一秒")]),
            C("哦，那我回头再找他们。"),
            A("好的。还要查别的账吗？"),
            C("没了。"),
            A("好，辛苦您等这么久，谢谢您特意打过来，再见。"),
        ],
        "violations": [mark("handling.time_standard", "余额查询标准三分钟，本通话超过三分钟")],
    },
    {
        "call_id": "au17_heihe_border_trader_lost_card_new_card_date_asked_thrice_dead_air",
        "title": "黑河在江边做对俄小买卖的客户上周四挂失补卡，问新卡哪天能拿；以身份证号码的最后四个数码加挂失时留的联系电话后四位核身；坐席两次只说在制作、等短信；客户第三次问到底还要几天，随后双方无声十秒；客户问人还在吗，坐席道歉并答七个工作日、下周一可到网点领（正确）；完整收尾",
        "business_type": "card", "agent_id": "A11802", "customer_tier": "standard",
        "started_at": "2029-10-30T14:11:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A11802"]),
            C("喂，你好，我黑河的，在江边做对俄的小买卖。上礼拜四我卡丢了，在你们这儿挂了失，也申请补卡了。我想问问新卡啥时候能拿到？"),
            A("您是想问补办的新卡哪天能拿，对吧？我先把人认准：身份证号码的最后四个数码，再说一下挂失的时候留的联系电话后四位。"),
            C("最后四个是九一二六，电话后四位是八八零三。"),
            A("核对通过。您的补卡申请已经受理了，正在制作。"),
            C("那到底哪天能拿到手？"),
            A("卡片还在做，好了给您手机上发条信儿。"),
            C("我问第三遍了，到底还要几天？我下礼拜要去对岸进货，没卡不行啊。",
              marks=[mark("resolution.repeated_question", "新卡哪天能拿问到第三遍")]),
            {"silence": 10.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户第三次发问后双方无声十秒，坐席未作任何告知")]},
            C("喂？还在吗？"),
            A("在的，让您空等了，对不起。补卡是七个工作日，您上周四申请的，算下来下周一就能到网点，到时候带身份证去领。"),
            C("下礼拜一？那赶得上，谢谢。"),
            A("不客气。还有其他事要帮忙吗？"),
            C("没了。"),
            A("好，祝您进货顺利，谢谢来电，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "au18_tieling_errenzhuan_actor_atm_short_hundred_complaint_line_dropped",
        "title": "铁岭唱二人转的客户昨晚在取款机取两千只吐出一千九、卡上扣两千；以身份证号码末尾四个数加每月自动扣的物业费核身；坐席说要等清机对账；客户非常不满要投诉，再问那一百哪天回到卡上后通话随即结束，坐席没有作答也没有结束语",
        "business_type": "account", "agent_id": "A11805", "customer_tier": "standard",
        "started_at": "2029-10-30T20:37:06", "agent_channel": 0,
        "turns": [
            A(OPENING["A11805"]),
            C("喂，我铁岭的，唱二人转的。昨天晚上在你们门口的取款机取两千，机子就吐出来一千九，少了一张一百的，卡里扣的可是两千！"),
            A("您是说取两千只拿到一千九，卡上却扣了两千，对吧？我来查，先请您说一下身份证号码末尾四个数，再说一下这张卡每个月自动扣的物业费是多少。"),
            C("末尾四个是三三一七，物业费一个月一百二十八。"),
            A("核对通过。昨晚八点四十有一笔两千元的取款，机器那边要等清机的时候对账，多出来的钱对上了就会退给您。"),
            C("等清机？那得等到啥时候？你们机子出毛病，还得我干等？我跟你说，这事我非常不满，你们这破机子坑人，我非投诉不可！",
              marks=[mark("emotion.customer_negative", "非常不满、要投诉")]),
            A("您的意见我记下了，清机对账一般要两三天。"),
            C("两三天？那我这一百到底哪天能回到卡上？",
              marks=[mark("closing.abnormal_hangup", "客户再次发问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "au19_elderly_shigatse_barley_farmer_cash_for_wife_eye_treatment_lhasa_no_fraud_advice",
        "title": "八十一岁老年客户（日喀则，种青稞）要取四万现金带老伴去拉萨看眼睛；以身份证号码末尾上的四个数加每月养老金到账日核身；坐席帮他约好后天取现，全程没有防诈骗提醒；完整收尾",
        "business_type": "account", "agent_id": "A11801", "customer_tier": "elderly",
        "started_at": "2029-10-31T10:25:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A11801"]),
            C("喂，姑娘，我是日喀则的，八十一岁的人了，种青稞的。老伴要去拉萨的医院看眼睛，我想取四万块现金带着，也不知道够不够，先问问能不能取。"),
            A("阿爸啦，您是想取四万现金带老伴去拉萨看病，对吧？取钱前先认一认人：身份证号码末尾上的四个数，再说一下每个月养老金是几号到账。"),
            C("四个数是二零五九，养老金每个月十号到。"),
            A("对上了，阿爸啦。卡上的钱够取四万。四万块一次取要先约一下，我帮您约在后天上午，您带身份证和卡去日喀则城里的网点就行。"),
            C("啦索，后天我让儿子开车送我去。"),
            A("好的，有儿子陪着就稳当了。阿爸啦还有其他要打听的吗？"),
            C("没有了，谢谢姑娘。"),
            A("不客气，祝阿妈早日康复，多谢阿爸啦打来，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice", "八十一岁老年客户要取四万现金出远门，坐席全程未给任何防诈骗提醒")],
    },
    {
        "call_id": "au20_short_credit_card_paper_statement_call",
        "title": "客户问信用卡能不能寄纸质账单，坐席一句答复后简短收尾（问还有无要问、致谢、道别），通话不足二十秒（信用卡业务标准下限）；开场有问候、行名、工号和服务用语；一般咨询，无需核身",
        "business_type": "card", "agent_id": "A11803", "customer_tier": "standard",
        "started_at": "2029-10-31T18:49:02", "agent_channel": 0,
        "turns": [
            A("恒通银行七零三八，您好，请吩咐。"),
            C("信用卡能寄纸质账单吗？"),
            A("能，在手机上改一下就行。还有吗？"),
            C("没了。"),
            A("多谢，再见。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限）")],
    },
]

HELDOUT35_SEED = 20290411
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT35_CALLS, agents=AGENTS, default_out=Path("samples/heldout35"),
                  seed=HELDOUT35_SEED, description=__doc__))
