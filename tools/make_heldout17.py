#!/usr/bin/env python3
"""Render the seventeenth held-out evaluation set in samples/heldout17/ (dev-only; never imported by the product).

The first sixteen held-out sets (samples/heldout/ to samples/heldout16/) may have been looked at, so
none of them can be trusted to measure generalisation on its own. This seventeenth set takes over that
job: it was written from the bank's standard call flow (/work/shared/DOMAIN.md) by a helper that
never read the rule pack, the rule engine, its tests or its docs, never read any truth folder and
never ran qa-toolkit (only the bank's facts, rules/bank_zh.kb.yaml, were read, to keep stated facts
right and plant two wrong ones). It words every script step differently from samples/ and the
sixteen earlier held-out sets (no clause of five characters or more is shared, in either direction,
with make_samples.py or make_heldout.py to make_heldout16.py): other agents (A9901-A9906) with their
own openings (N号话务员, N号客服专员, 本席位操作员, 员工代码, 服务人员识别码, 理财顾问执业编号), other
verification routes (the branch where the account was opened, the emergency contact named on the
card application, the amount of the last credit-card bill, the street of the address on file, the
amount of the last deposit; the ID digits asked as 倒数四位, 尾巴上的四位数, 末尾四个字符, 最后那四个号码),
other hold and closing phrasings, topics the earlier sets did not use (a retired lorry driver's
savings in a pension wealth product, an old kite-maker's payment from a kite shop, a night-market
pancake seller's coins and collection code, a snail-noodle shop's vacuum-packing machine, a
daughter's violin summer school in Vienna, a supplementary card for a son at university, a card
opened for use abroad before a riding trip to Mongolia, a translator's royalties, alpacas for a
farm stay, a marathon entry fee refunded after the ballot, a snowball structured product, a fake
online "order-boosting" job, a fake teacher collecting a materials fee in a parents' chat group,
a card used in Thailand while the holder was at home, a gym that closed with instalments still
running, a card lost on a ski slope, a bank statement for a visa, an old woman's allowance and her
daughter's transfers, an instalment's early-repayment charge, a card face that cannot change),
dialect-flavoured customers (Weifang in Shandong, Liuzhou in Guangxi, Baotou in Inner Mongolia,
Shantou in Guangdong and Xiangtan in Hunan; the Weifang and Xiangtan customers are elderly) and hard
negatives (steps done in unusual words, steps not required in that situation, harmless mentions of
the police, of swindlers and of verification codes, figures right for another channel or card,
large transfers and a remittance abroad with a warning, a customer who starts before the agent has
finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout17.py
    /work/tts-venv/bin/python tools/make_heldout17.py --only ab13_parents_group_fake_teacher_materials_fee_no_warning
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
#   number may be said as "NNNN号话务员", "NNNN号客服专员", "本席位操作员NNNN", "员工代码NNNN",
#   "服务人员识别码NNNN" or "理财顾问执业编号NNNN". ab09 greets, names the bank and offers help with
#   no number (staff_id_missing); "喂，说吧。" (ab08) is no greeting at all (both labels);
# - identity: a check before any account data or account action. ID digits + the branch where the
#   account was opened (ab01, ab02, ab08, ab18), + the emergency contact on the card application
#   (ab06, ab14, ab15), + the amount of the last credit-card bill (ab07, ab19), + the street of the
#   address on file (ab04, ab09, ab16), + the amount of the last deposit (ab05, ab11, ab12, ab13,
#   ab17). identity.not_verified = each agent turn that discloses account data before a check:
#   ab10 (a marathon entry refund's date, amount and payer, then the balance, no check at all: two
#   turns). General information (ab03: changing coins, a collection code; ab20) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (ab11: a snowball
#   structured product "whose principal is safe"), a fraud script the customer describes left
#   without an anti-fraud warning while the agent helps the money out (ab13). A disclosure in the
#   agent's own words counts (ab01). Large transfers carry a warning in the agent's own words
#   (ab04, ab09), the remittance abroad too (ab05);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (ab13: a "teacher" in the parents' chat group
#   collects a materials fee into a personal account). ab12 twice (我让人骗走了一万五; 派出所已经
#   立了案…), ab14 once (a card used in Thailand while the holder was at home). The grandson who is
#   an auxiliary police officer (ab02), the police talk on fake notes and the swapped collection
#   codes the vendor heard of (ab03), the code question (ab07) and the agents' own warnings (ab10)
#   are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (ab18: an
#   80-year-old checking her allowance and asking what her daughter needs to send her money). The
#   other elderly call (ab02) carries it;
# - emotion.customer_negative: ab14 three times, ab19 once. etiquette.jargon: ab11.
#   forbidden_phrase and agent_negative: ab15, ab17 (both labels on each);
# - hold: announced holds in other words count (ab04 silent, ab07 music, ab14 silent; all thanked).
#   In ab16 the music (9.5 s) starts straight after the customer's question: hold.no_notice;
# - etiquette.dead_air: ab18, 12 s after the elderly customer asks what her daughter needs;
# - closing: thanks and goodbye in other words count; ab12 ends with "行，那就这样。":
#   closing.missing; ab19 and ab20 end without any closing;
# - answer.wrong_fact: ab09 (手机银行一天加起来最多三十万; the KB says 二十万) and ab16
#   (补一张新卡要十五个工作日; the KB says 七个工作日). Right figures stay unlabelled (ab04's
#   五万 / 二十万 and the cash machine's 两万 a day, another channel; ab05's 两三个工作日; ab06's
#   普卡 一百元 beside the 金卡 三百元; ab09's single 五万; ab14's 七个工作日);
# - etiquette.interruption: ab15, 1.1 s and 1.3 s. In ab06 the customer starts 0.6 s before the
#   agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ab19; handling.time_standard: ab20;
#   etiquette.speech_rate: the agent at 1.6x (ab17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A9901": {"team": "一线J组", "staff_no": "五二九四"},
    "A9902": {"team": "一线J组", "staff_no": "七三六一"},
    "A9903": {"team": "一线K组", "staff_no": "一九零八"},
    "A9904": {"team": "一线K组", "staff_no": "八四二六"},
    "A9905": {"team": "一线K组", "staff_no": "三六七五"},
    "A9906": {"team": "二线F组", "staff_no": "二零八五"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A9901": "您好，恒通银行，五二九四号话务员今天在线接听，您碰上什么事情都可以讲。",
    "A9902": "恒通银行，您好，我这边是七三六一号客服专员，请把要处理的事情跟我说说。",
    "A9903": "您好，欢迎您打进恒通银行，本席位操作员一九零八，哪里需要协助请直说。",
    "A9904": "恒通银行客户热线您好，在线的是员工代码八四二六，您遇上了什么情况？",
    "A9905": "您好，恒通银行接通了，服务人员识别码三六七五随时候命，您想办哪桩业务？",
    "A9906": "您好，这是恒通银行财富管理热线，理财顾问执业编号二零八五，您今天想规划哪方面的钱？",
}

HELDOUT17_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "ab01_retired_lorry_driver_pension_wealth_clean",
        "title": "开了三十年大货车的退休司机攒下三十万，想买养老理财，以身份证倒数四位加开户网点核身；坐席用自己的话讲明净值会上下浮动、可能跌破本金、不是存款、过往收益不代表将来、五年封闭期内取不出来，按其稳健的测评结果建议只放十万、留足给孙子交学费的钱，签约前先逐页看产品说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A9906", "customer_tier": "VIP",
        "started_at": "2028-03-01T10:24:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A9906"]),
            C("你好，我开了三十年大货车，去年刚退下来，手上攒了三十万，电视上老说养老理财，我想弄明白是个啥东西，能不能买。"),
            A("您跑了半辈子车，退休后攒下三十万，想听听养老理财值不值得买，我这样理解没跑偏吧？"
              "谈具体产品前，先得确定电话那头是账户主人：劳驾报出您身份证号码的倒数四位，再说说这张卡当年是在哪个网点开的。"),
            C("倒数四位是六三一八，卡是在城北汽车站旁边那个网点开的。"),
            A("两项都和登记的一样。养老理财是一种净值型产品，意思是它的价值每天按投资的结果重新计算，不是定死的利息。"),
            C("那到期能拿多少，是不是写得清清楚楚的？"),
            A("这正是要先跟您讲透的地方：宣传页上那个业绩比较基准只是个参考，不是承诺，前几年做得好，不等于往后也好；"
              "碰上市场低迷，净值可能跌到本金以下；它不是存款，出了亏损没有存款保险来赔；而且有五年封闭期，中途想取出来是办不到的。"),
            C("五年取不出来啊，那不行，孙子后年上大学，学费我得给他备着。"),
            A("那就更不能全放进去。您的风险测评做出来是稳健一档，这类产品可以拿一部分，我建议最多十万，"
              "孙子的学费和看病的钱放在随时能取的地方。"),
            C("行，那就十万，剩下二十万不动。"),
            A("手机银行下单那一步，屏幕上会跳出产品说明书跟风险揭示书，请您一页一页看完，确认能接受再签字。"
              "另外您心里还有别的疑问吗？"),
            C("没了，你讲得实在。"),
            A("好嘞师傅，耽误您听我絮叨这一大堆，多谢，往后开车换成遛弯，身体要紧，下回有事再打过来，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab02_elderly_weifang_kite_maker_payment_clean",
        "title": "八十一岁老年客户（山东潍坊口音）扎了一辈子风筝，北京一家风筝店说货款打过来了，问到没到，以身份证倒数四位加开户网点核身；提到孙子在派出所当辅警（无害提及）；坐席说明已到账，并用自己的话提醒冒充订货商、冒充银行或公安要求先交钱、转账、报密码和短信数字的骗局，完整合规",
        "business_type": "account", "agent_id": "A9903", "customer_tier": "elderly",
        "started_at": "2028-03-02T09:13:27", "agent_channel": 0,
        "turns": [
            A(OPENING["A9903"]),
            C("喂，闺女，俺潍坊寒亭人，这把老骨头八十一了，扎了一辈子风筝。北京有个风筝店从俺这儿订了四十个沙燕，说夜来把钱打过来了，俺想问问到了木有。"),
            A("大爷您好，北京的风筝店说昨天给您付了四十个风筝的钱，您想确认是不是到了，对吧？"
              "看您的账之前，要确认电话这头是大爷您：请您说说身份证号码倒数的四个数，再说说当初是在哪个网点办的这张卡。"),
            C("倒数四个是三零二六，卡是在寒亭那个网点办的，俺孙子陪着去的。"),
            A("对上了，是您本人。昨天下午三点多进来一笔六千四百元，付款的是北京一家工艺品商店，名字里带着风筝两个字。"),
            C("中，那就对了。俺孙子在派出所当辅警，天天叮嘱俺，钱的事要问银行的人，别听外人瞎咧咧。"),
            A("孙儿这话讲到点子上了。我也多嘱咐您两句：要是有人打电话说要订一大批风筝，让您先交什么保证金、押金，"
              "或者有人自称是银行、派出所的，说您的卡出了事，叫您把钱挪到别的卡上，全是骗局；"
              "真正的银行不会打听您的密码，也不会让您把手机上收到的那串数念出来。拿不准就先挂了，等孙子回来问问他。"),
            C("俺记住了，先挂了问孙子。"),
            A("对，就这么办。这笔钱您要用，拿着卡到寒亭网点取就行，那边有老年人专用的座位。"),
            C("好，好，闺女你忙吧。"),
            A("大爷，除了这笔钱，您还惦记着啥？"),
            C("木有了。"),
            A("好的大爷，多承您看得起我们，祝您风筝越扎越好，筋骨结实，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab03_night_market_pancake_coins_collection_code_info_clean",
        "title": "夜市摆摊卖煎饼的客户问一大袋硬币怎么换成整钱、想申请商户收款码要什么（一般业务咨询，不涉及本人账户，无需核身）；提到派出所民警来夜市讲怎么认假币、听说有人半夜把摊位的收款码换掉（均为无害提及），完整合规",
        "business_type": "account", "agent_id": "A9901", "customer_tier": "standard",
        "started_at": "2028-03-03T16:37:05", "agent_channel": 0,
        "turns": [
            A(OPENING["A9901"]),
            C("你好，我在夜市摆摊卖煎饼，攒了一大袋硬币，少说也有两三千块，想换成整钱，到你们网点能换吗？"),
            A("您摆摊攒了一袋硬币，想到网点换成纸币，问能不能办，对吧？"
              "这属于打听办法，碰不着您名下的钱，那些身份问题就不用问您了。硬币可以换，不过数量多的话，最好提前一天打给网点约个时间，他们会备好点钞机。"),
            C("那要不要收钱？"),
            A("兑换零钱不收费，带着硬币过去，按个数清点好就给您换。"),
            C("行。还有个事，上礼拜派出所的民警来夜市给我们讲怎么认假币，顺便说有人半夜偷偷把摊位上的收款码换成别人的，我想弄个你们银行的商户收款码，牢靠点。"),
            A("这个想法挺好。商户收款码可以在网点申请，也能在手机银行的商户服务里提交，钱直接进您自己的卡。"
              "码贴出去以后，每天出摊前看一眼是不是原来那张，收款后留意手机上的到账提示。"),
            C("明白了，那我明天下午收了摊去网点，硬币和收款码一起办。"),
            A("可以的。您看看还有哪儿想问清楚的？"),
            C("没有了，谢谢啊。"),
            A("不用谢，难得您想得这么周到，祝您的煎饼摊天天排长队，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab04_liuzhou_snail_noodle_packing_machine_transfer_hold_clean",
        "title": "广西柳州螺蛳粉店老板向广州一家厂买真空包装机十五万，以身份证尾巴上的四位数加预留地址所在街道核身；告知后静音保留并致谢；手机银行单笔五万、一天二十万说对，取款机每天两万（另一渠道，正确）；用自己的话做大额转账提醒（核对对公户名、冒充厂家改账户先打座机、验货后付尾款），完整合规",
        "business_type": "transfer", "agent_id": "A9902", "customer_tier": "standard",
        "started_at": "2028-03-06T11:46:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A9902"]),
            C("喂，你好，我柳州的，开螺蛳粉店，生意好了想做袋装的，在广州一家厂订了台真空包装机，十五万，手机上转得过去不得？"),
            A("您开螺蛳粉店，要给广州的厂家付一台真空包装机的钱，十五万，想用手机银行转过去，您是这个打算吧？"
              "钱数比较大，身份要先对一对：请讲身份证号码尾巴上的四位数，再讲讲您登记的家庭住址在哪条街。"),
            C("尾巴上四位是五九一三，住址在鱼峰区的箭盘路。"),
            A("没问题，是您本人。我去看看您这张卡今天的转账额度还剩多少，大约要十几秒，这当中听筒里不会有声响，您别挂。"),
            {"silence": 6.5, "kind": "hold"},
            A("让您等了，多谢您一直拿着听筒。手机银行每一笔的上限是五万元，当天合计的上限是二十万元，您今天还一笔没转，十五万分三次付，今日之内办得利索。"),
            C("那装机师傅来了我要给他现金做路费，取款机一天能拿好多钱？"),
            A("取款机吐现金是另一套额度，每天顶到两万为止，跟手机转账互不占用。"),
            C("哦，晓得了。"),
            A("这笔款子不小，有几点您留个心：收款方要是厂家的对公账户，户名跟合同上的公司名称一个字都不能差；"
              "要是突然有人发消息说厂里换了账户，让您打到私人卡上，先打厂家的座机问清楚；能先付定金、机器到店试过再结清最好。"),
            C("我先打十万过去，机器装好了能封袋再转五万。"),
            A("这个安排很周全。您那边还有哪样要我帮着弄的？"),
            C("没得了。"),
            A("好的老板，辛苦您陪我核对这么多，祝您的螺蛳粉卖到全国去，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab05_vienna_violin_summer_school_eur_remittance_clean",
        "title": "客户要给女儿在维也纳报的小提琴暑期班汇五千八百欧元学费，以身份证末尾四个字符（末位为叉）加最近一笔存入金额核身；坐席用自己的话做跨境汇款风险提示（冒充学校发邮件改收款账户是常见骗局、用学校官网上的电话核实、收款人名称与录取通知一致、汇出后很难追回）；两三个工作日到账（正确），完整合规",
        "business_type": "transfer", "agent_id": "A9905", "customer_tier": "standard",
        "started_at": "2028-03-07T14:08:42", "agent_channel": 0,
        "turns": [
            A(OPENING["A9905"]),
            C("你好，我女儿学小提琴，考上了维也纳一个暑期音乐班，学校让我们七月前把学费交了，五千八百欧元，我从来没往国外汇过钱。"),
            A("您要给女儿在维也纳的小提琴暑期班交五千八百欧元学费，第一次办境外汇款，想弄清楚汇款的手续，我听对了吧？"
              "这笔钱要占您本人每年的购汇额度，所以先验明身份：请讲身份证号码末尾四个字符，再说说最近一次往这张卡里存了多少钱。"),
            C("末尾是二六四叉，最近一次存了一万二，是上个月的工资。"),
            A("信息吻合。您准备好学校的录取通知和缴费单，上面有收款账户和学校全称，手机银行和柜台都能办。"
              "汇出以后，学校通常两三个工作日就能收到。"),
            C("学校是用邮件通知我们交费的，我照着邮件里的账户汇就行吧？"),
            A("这里一定要多留个心眼：海外交学费时，常有人冒充学校发一封邮件，说收款账户改了。"
              "您收到任何关于换账户的说法，都先用学校官网上公布的电话打过去问；收款人名称要跟录取通知上的学校全称完全一致；"
              "钱一汇到国外，再想追回来非常困难。"),
            C("好，我先上官网查电话，跟学校确认一遍账户再汇。"),
            A("如此稳当得多。欧元的牌价每天都有变化，扣多少人民币以您提交的那一刻为准。还有别的需要我说明的吗？"),
            C("没了，谢谢你讲这么细。"),
            A("不客气，您专门打来问清楚，真细心，预祝您女儿在维也纳学得开心，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab06_baotou_supplementary_card_for_student_son_clean",
        "title": "内蒙古包头客户想给在外地上大学的儿子办一张附属卡，问年费，以身份证倒数四位加办卡时填的紧急联系人核身；普卡年费一百元（客户原来那张，另一卡种）、金卡三百元、一年刷满六次免（均正确）；客户在坐席说完前零点六秒开口（非坐席插话），完整合规",
        "business_type": "card", "agent_id": "A9904", "customer_tier": "standard",
        "started_at": "2028-03-08T19:22:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A9904"]),
            C("喂，你好，我包头的，儿子在成都念大学，我想给他弄张附属卡，他花钱我能看着，就是闹不机密这个要不要钱。"),
            A("您想给在成都上大学的儿子办一张附属卡，您这边能看到他的花销，想先问清楚收不收费用，对吧？"
              "动您的信用卡资料，先走个身份比对：请说身份证号码倒数四位，再说说申请表上紧急联系人一栏写的是谁。"),
            C("倒数四位七七零五，紧急联系人是我老婆，叫白秀兰。"),
            A("核对无误。您现在用的是金卡，金卡的年费每年三百元整，一年里刷满六次就免掉；您以前那张普卡是一百元一年。"
              "附属卡刷的次数跟主卡算在一块儿，您儿子平时买个饭也能帮着凑次数。"),
            C("那好，咋办？去哪儿办？", overlap=0.6),
            A("您在手机银行的信用卡页面点申请附属卡，填上儿子的身份证信息，卡会寄到您指定的地址，您还能给附属卡单独设一个月度额度。"),
            C("那我给他设个三千一个月，多了怕他乱花。"),
            A("可以的，申请的时候直接填三千就行。您看还有别的事要我一起办吗？"),
            C("没甚了，谢谢。"),
            A("不用客气，多谢您惦记着打这个电话，祝您儿子学业顺顺当当，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab07_mongolia_riding_trip_overseas_card_music_hold_clean",
        "title": "客户要去蒙古国骑马旅行，想开通信用卡的境外消费，以身份证倒数四位加上期账单金额核身；坐席告知后播放等待乐曲并致谢；客户问开通时收到的验证码要不要告诉坐席（无害提及），坐席说只能自己输，完整合规",
        "business_type": "card", "agent_id": "A9901", "customer_tier": "standard",
        "started_at": "2028-03-09T08:41:19", "agent_channel": 0,
        "turns": [
            A(OPENING["A9901"]),
            C("你好，下个月我跟朋友去蒙古国草原上骑马，住蒙古包，听说那边有的地方能刷卡，我这张信用卡能在国外用吗？"),
            A("您下个月去蒙古国骑马旅行，想知道这张信用卡到了那边能不能刷，对吗？"
              "查卡片的设置要先确认是您本人：请说身份证号码最后那四个号码，再说一下您上个月账单一共是多少钱。"),
            C("最后四个是四八三零，上个月账单是三千二百一十五块。"),
            A("两项都对得上。我看一下您这张卡的境外交易开关，大约二十多秒，中间会给您放段音乐，请您不要挂机。"),
            {"silence": 9.0, "kind": "hold_music"},
            A("音乐结束了，多谢您耐心听完。您这张卡的境外消费现在是关着的，您在手机银行的卡片管理里把它打开，可以只开出行那几天。"),
            C("打开的时候手机会收到一条验证码，那个是要念给你听吗？"),
            A("那串数字只在您自己手里输，连我也别告诉。"),
            C("好的。草原上信号不好，万一刷不了卡怎么办？"),
            A("那边偏远的地方大多只收现金，建议出发前换一些当地的钱带着，卡留着在城里的酒店和商场用。还有什么想顺便了解的？"),
            C("没啦。"),
            A("好的，难为您出发前特意问一声，祝您在草原上骑得痛快，一路平安，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "ab08_no_greeting_translator_royalty_in",
        "title": "自由译者查出版社的稿费是否到账；坐席以“喂，说吧。”接起，无问候、行名、工号；以身份证倒数四位加开户网点核身，其余流程合规",
        "business_type": "account", "agent_id": "A9902", "customer_tier": "standard",
        "started_at": "2028-03-10T13:55:08", "agent_channel": 0,
        "turns": [
            A("喂，说吧。"),
            C("呃，喂，这号码是恒通的吗？我是搞翻译的，出版社说我那本译稿的稿费已经付了，我想查查到没到。"),
            A("是，恒通的。要查进账得先对身份，说一下身份证倒数四位，还有这张卡是在哪个网点开的。"),
            C("倒数四位八二六一，在大学城那个网点开的。"),
            A("对上了。本周二进来一笔一万零五百元，打款单位是一家出版社，备注栏是稿酬两个字。"),
            C("对，就是这笔，总算到了。"),
            A("进账的短信提醒能在手机银行开通，以后一进钱您马上就知道。别的账目还要看吗？"),
            C("不用了，谢谢。"),
            A("不客气，劳您亲自打来核对，祝您的译本大卖，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了喂，说吧。：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ab09_no_staff_number_alpaca_farm_stay_wrong_daily_limit",
        "title": "开农家乐的客户要向内蒙古一家牧场付十二万买六只羊驼，开场白有问候、行名和服务用语但不报工号；以身份证尾巴上的四位数加预留地址所在街道核身；手机银行单笔五万说对，日累计说成三十万（知识库为二十万）；大额转账提醒用自己的话",
        "business_type": "transfer", "agent_id": "A9903", "customer_tier": "standard",
        "started_at": "2028-03-13T10:19:44", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行热线接通了，您请说要办什么。"),
            C("你好，我在山脚下开了个农家乐，想养几只羊驼招揽游客，在内蒙古一家牧场订了六只，十二万，想问手机上能不能一次转过去。"),
            A("您开农家乐，要给内蒙古的牧场付十二万买六只羊驼，打算用手机银行转账，我说的跟您想的一样吗？"
              "转之前对一对您的身份：请说身份证号码尾巴上的四位数，再说说您留在我们这儿的地址是哪条街。"),
            C("尾巴上四位是零四八七，地址在桃花岭街。"),
            A("核对正确。手机银行单次转出上限五万，一天加起来最多三十万，十二万要分三笔转。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成三十万")]),
            C("行，我去手机上操作了。"),
            A("您稍等一下再转，先听我提醒几句：活物买卖在网上最容易出问题，视频里的羊驼不一定是卖给您的那几只；"
              "最好先请人去牧场看一眼，钱付到牧场的公司账户，不要付给自称经理的私人账户；头一回先打三成过去，羊驼运到、验过了再付剩下的。"),
            C("我有个同学在呼和浩特，我让他先去牧场看看。"),
            A("这么办放心多了。您还有什么拿不准的吗？"),
            C("没有了。"),
            A("好的，谢谢您把这些话都听进去，祝您的农家乐客人越来越多，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ab10_marathon_ballot_refund_no_identity",
        "title": "马拉松抽签未中、报名费退款到没到，坐席未做任何身份核验即说出退款日期、金额、付款方，又说出卡内余额（坐席在声道一）；其后自己提醒冒充赛事方转让名额的骗局",
        "business_type": "account", "agent_id": "A9904", "customer_tier": "standard",
        "started_at": "2028-03-14T21:31:07", "agent_channel": 1,
        "turns": [
            A(OPENING["A9904"]),
            C("你好，我报了一个城市马拉松，抽签没抽中，组委会说报名费会原路退回，你帮我查一下退了没有？"),
            A("已经退了，三月十二号上午十点左右，一家体育赛事公司退回来二百八十元，附言是未中签退款。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退款的日期、金额、付款方和附言")]),
            C("那顺便帮我看看卡里现在还剩多少钱。"),
            A("您卡里目前余额是九千六百四十三元五角。",
              marks=[mark("identity.not_verified", "未核验身份即告知卡内余额")]),
            C("好的。我朋友说网上有人转让名额，我还想买一个去跑。"),
            A("这个要当心：赛事名额一般不允许转让，网上自称有内部名额的，常常收了钱就把人拉黑，"
              "还有人冒充组委会让您扫码付钱，那都是诈骗，别转账。您那边还有什么要处理的？"),
            C("那我就不买了，明年再抽。没别的了。"),
            A("好的，劳驾您跑这一趟电话，祝您明年一抽就中，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab11_snowball_structured_product_jargon_no_disclosure",
        "title": "客户想拿三十万买雪球结构的收益凭证，坐席满口术语（敲入、敲出、票息、观察日、挂钩中证五百、年化、保证金）；客户问本金会不会少，坐席说本金肯定保得住、跟存款一样放心，未做风险揭示即提交认购",
        "business_type": "wealth", "agent_id": "A9906", "customer_tier": "VIP",
        "started_at": "2028-03-15T15:12:33", "agent_channel": 0,
        "turns": [
            A(OPENING["A9906"]),
            C("你好，我听同事说有种叫雪球的产品，收益挺高，手里有三十万闲钱，想问问怎么买。"),
            A("先确认是账户本人：说一下身份证倒数四位，再说说最近一笔存进来多少。"),
            C("倒数四位一三五九，最近一笔存了五万。"),
            A("对上了。这期雪球挂钩中证五百，敲出线一百零三，敲入线七十五，按月观察敲出、每日观察敲入，票息年化百分之十五，不带保证金杠杆。",
              marks=[mark("etiquette.jargon", "雪球、挂钩中证五百、敲出线、敲入线、观察、票息、年化、保证金杠杆，未向客户解释")]),
            C("这些词我听得云里雾里，我就想问三十万的本金会不会少。"),
            A("本金肯定保得住，跟存款一样放心。"),
            C("那三十万都买吧。"),
            A("好的，三十万的认购已经替您提交，下周一起息。还需要我办点什么？"),
            C("没有了。"),
            A("好，多谢您这份信任，等着收票息吧，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户提交三十万元雪球结构产品认购，客户问本金会不会少时坐席说本金肯定保得住、跟存款一样，未做任何风险揭示")],
    },
    {
        "call_id": "ab12_fake_order_boosting_job_scam_no_closing",
        "title": "客户在网上做“刷单返利”兼职，前几单返了钱，后面被要求连做任务、投进一万五后对方失联，已报警立案；坐席核身、临时冻结卡片防止继续转出、查出去向、指导打印流水交民警，但最后只说“行，那就这样。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A9905", "customer_tier": "standard",
        "started_at": "2028-03-16T18:03:25", "agent_channel": 0,
        "turns": [
            A(OPENING["A9905"]),
            C("你好，我让人骗走了一万五！我在网上找了个刷单的兼职，前两单真给我返了钱，后面说要连着做三单才能提现，我一笔一笔转进去，现在人联系不上了！",
              marks=[mark("risk.keyword_alert", "让人骗走了一万五：刷单返利诈骗")]),
            A("您别慌，先抢时间。请证明您是这张卡的主人：说一下证件号码最尾的四位，再说说最近一笔往卡里存了多少。"),
            C("末尾四个是五零七二，最近存了三千，是我妈给的。"),
            A("核实通过。我已经把您这张卡临时冻结了，现在谁也不能从卡里往外转钱。"
              "查到今天下午有三笔转出，加起来一万五千元，转到了两个外省的个人账户。"),
            C("派出所已经立了案，民警让我赶紧跟银行联系，看能不能把那两个账户拦下来。",
              marks=[mark("risk.keyword_alert", "派出所已立案、民警介入：涉案资金")]),
            A("对方账户要由公安机关发起止付和冻结，银行这边随叫随到地协助。请您带身份证去最近的网点，打印这三笔转账的流水并加盖公章，交到负责您案子的民警手上；"
              "那个刷单群和对方的聊天记录也别删。"),
            C("好，我立刻赶去网点。"),
            A("行，那就这样。"),
        ],
        "violations": [mark("closing.missing", "坐席只说行，那就这样：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ab13_parents_group_fake_teacher_materials_fee_no_warning",
        "title": "家长群里自称班主任的人发通知，让每位家长把三千六百元教材资料费转到其个人账户，说今晚截止、过时不候（未用风险词的诈骗话术）；坐席核身后只讲怎么转、催客户赶在截止前转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A9901", "customer_tier": "standard",
        "started_at": "2028-03-17T20:16:52", "agent_channel": 0,
        "turns": [
            A(OPENING["A9901"]),
            C("你好，我儿子班上的家长群里，班主任刚发了通知，让每家交三千六百块教材资料费，转到她给的个人账户，还说今晚十点截止，交了的在群里接龙，哪种转法到得最快？",
              marks=[mark("risk.keyword_alert", "家长群里“班主任”要求把资料费转到个人账户、限时截止：诈骗话术")]),
            A("转账前先确认卡主身份：请讲一下身份证倒数四位，再讲一下最近一笔存进这张卡的是多少钱。"),
            C("倒数四位六六零八，最近存的是两千四。"),
            A("核对完毕。三千六百元用手机银行一笔就能转，把通知里给的账号和户名一个字一个字输对就行。"),
            C("群里已经有二十多个家长接龙说交了，我怕赶不上。"),
            A("那您抓紧转，现在是晚上八点多，手机转账马上到，十点前肯定赶得上。"),
            C("好的，我去手机上弄。"),
            A("嗯，其他还有要问的不？"),
            C("没了。"),
            A("好，谢谢您，祝您家小朋友天天向上，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出家长群里“班主任”要求把资料费转入个人账户、限时截止的诈骗话术，坐席反而教其转账、催其赶在截止前转，未做任何防诈骗提示")],
    },
    {
        "call_id": "ab14_shantou_card_used_in_thailand_complaint_hold",
        "title": "客户（广东汕头口音）人在家里，信用卡却在泰国被刷了三笔共一万一，愤怒、说银行风控形同虚设、要去监管部门投诉；坐席共情担责、以身份证尾巴上的四位数加紧急联系人核身，告知后静音保留并致谢，查明交易、冻结卡片、发起争议、补发新卡七个工作日（正确）",
        "business_type": "complaint", "agent_id": "A9902", "customer_tier": "standard",
        "started_at": "2028-03-20T07:52:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A9902"]),
            C("喂，我汕头的，今早醒来一看手机，我的信用卡夜里在泰国被刷了三笔，我人明明在家困觉，卡就在我枕头边！你们这个风控是摆着好看的吗？",
              marks=[mark("risk.keyword_alert", "人在家里卡在身边，信用卡却在泰国被刷三笔：盗刷"),
                     mark("emotion.customer_negative", "风控是摆着好看的吗：质问、不满")]),
            A("卡在身边却被人在国外刷了钱，碰上这种事谁都会着急，这事我盯着办完为止。先走一道身份比对：请说身份证号码尾巴上的四位数，再说说申请表上紧急联系人一栏填的谁。"),
            C("尾巴上四位二九四一，紧急联系人是我阿弟，叫林少鸿。你们今日唔讲明白，我就去监管那里投诉你们！",
              marks=[mark("emotion.customer_negative", "去监管那里投诉你们：投诉、愤怒")]),
            A("核对通过，您的心情我完全明白。我把这几笔交易的详细记录调出来，估摸二十秒光景，这中间电话里会静悄悄的，您先别挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("劳您在电话那头候着，多谢。查到了：凌晨两点到两点半，在泰国曼谷的三家商户刷了三笔，合计一万一千元，都是没有插卡的线上交易。"
              "我已经把这张卡冻结，不会再有新的扣款。"),
            C("一夜刷走一万一，一个提醒电话都没有，乜银行嘛，我气到饭都食不落！",
              marks=[mark("emotion.customer_negative", "乜银行嘛、气到饭都食不落：不满")]),
            A("夜里没人给您打电话提醒，这是我们的疏忽，真的对不起。这三笔我现在就替您发起争议处理，调查期间您不用还这笔钱；"
              "也建议您到派出所报个案，拿到回执拍照发给我们，处理会更快。新卡我给您补上，估计七个工作日前后能送到您家。"),
            C("好勢，我下午去派出所。"),
            A("新卡到了以后，网上购物的支付密码也换一个。眼下还要我替您办哪样？"),
            C("唔使了。"),
            A("好，清早就叫您担惊受怕，实在抱歉，感激您一路配合，您先吃点东西，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab15_gym_closed_instalments_still_charged_interrupt_blame",
        "title": "客户用信用卡分期办的健身年卡，健身房关门跑路了，分期还在每月扣，坐席两次在客户陈述未完时插话，并以“健身房是您自己挑的，人家关门跑了，关我们银行什么事，您找商家要去”推诿、指责客户，最后才说可以提交商户停业的争议申请",
        "business_type": "card", "agent_id": "A9903", "customer_tier": "standard",
        "started_at": "2028-03-21T12:38:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A9903"]),
            C("你好，我去年在小区旁边的健身房办了张年卡，用你们的信用卡分了十二期，结果上月那家健身房忽然贴了停业告示，老板也找不到，可是分期还在一个月一个月地扣，我想问问"),
            A("健身房关门了是吧。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("对，门上贴了封条，其他会员也都在找老板，我就想知道剩下的这几期能不能"),
            A("先验证，身份证倒数四位，再报紧急联系人名字。", overlap=1.3,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点三秒")]),
            C("倒数四位三一七四，紧急联系人是我姐姐，叫孟晓雯。"),
            A("对得上。这笔分期总共四千八，已经还了五期，还剩七期，每期四百。"),
            C("健身房都没了，剩下的七期能不能别扣了？"),
            A("健身房是您自己挑的，人家关门跑了，关我们银行什么事，您找商家要去。",
              marks=[mark("etiquette.forbidden_phrase", "健身房是您自己挑的，人家关门跑了，关我们银行什么事，您找商家要去：推诿、指责客户"),
                     mark("emotion.agent_negative", "语气生硬、推卸责任、指责客户")]),
            C("我就是找不到商家才来问你们的。"),
            A("那行吧，您可以提交一个商户停业的争议申请，把门上的停业告示拍照上传，审核过了再看剩下几期怎么处理。"),
            C("好，那我去拍照。"),
            A("还有吗？"),
            C("没了。"),
            A("那就谢谢了，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab16_ski_slope_lost_card_wrong_replacement_time_hold_no_notice",
        "title": "客户在崇礼滑雪摔了一跤，信用卡掉在雪里找不到，以身份证倒数四位加预留地址所在街道核身；坐席查无异常交易后挂失；客户问新卡多久到后直接进入九秒半等待音乐、坐席未告知，之后致谢；补卡时间说成十五个工作日（知识库为七个工作日）",
        "business_type": "card", "agent_id": "A9904", "customer_tier": "standard",
        "started_at": "2028-03-22T17:44:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A9904"]),
            C("你好，我周末在崇礼滑雪，摔了一大跤，信用卡从冲锋衣口袋里甩出去了，在雪里扒了半天也没找着。"),
            A("您滑雪的时候把信用卡摔丢了，没找回来，想先把卡处理掉，是这样吧？"
              "请您先配合做个身份比对：说一下身份证号码倒数四位，再说说您留的住址在哪条街。"),
            C("倒数四位九零六二，住址在朝阳区的望京西路。"),
            A("核对一致。您这张卡从周六到现在没有新的交易，请放心。我现在就给您办挂失，这张卡从此刻起不能再用了。"),
            C("好的，那新卡补出来要多久能寄到我手上？"),
            {"silence": 9.5, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("抱歉让您听了一阵音乐，劳您候着了。补一张新卡要十五个工作日，卡号会换成新的。",
              marks=[mark("answer.wrong_fact", "挂失补卡应为七个工作日左右（知识库），坐席说成十五个工作日")]),
            C("那挺久的，绑在软件上的卡我得挨个改了。"),
            A("是的，新卡激活后记得把各个软件里的卡号换一下。别的方面还有想弄明白的吗？"),
            C("没有了。"),
            A("好的，谢谢您及时打来挂失，下次滑雪注意安全，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ab17_fast_agent_visa_bank_statement_sarcasm",
        "title": "坐席语速过快（约一点六倍）；客户要去冰岛旅游，签证要存款证明和近半年流水，问怎么开，以身份证末尾四个数加最近一笔存入金额核身；客户追问能不能寄到家时，坐席以“这种常识上网一搜就有，还专门打过来问，您也真有空”挖苦，最后才讲可以在手机银行申请电子版或到网点开纸质版",
        "business_type": "account", "agent_id": "A9905", "customer_tier": "standard",
        "started_at": "2028-03-23T11:06:48", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A9905"]),
            C("你好，我夏天想去冰岛看极光，办签证要存款证明，还要近半年的流水，这两样在你们这儿怎么开？"),
            A("开证明先核身份，证件号码最尾的四位，还有最近一笔存了多少。"),
            C("末尾四个一九八三，最近存了六千。"),
            A("对上了。您卡上现在定期加活期一共八万出头。"),
            C("那证明能直接寄到我家里吗？我白天在厂里脱不开身。"),
            A("这种常识上网一搜就有，还专门打过来问，您也真有空。",
              marks=[mark("etiquette.forbidden_phrase", "这种常识上网一搜就有，还专门打过来问，您也真有空：挖苦、轻视客户"),
                     mark("emotion.agent_negative", "语气挖苦、不耐烦")]),
            C("我就是问一句嘛。"),
            A("流水可以在手机银行申请电子版，直接发到您邮箱；存款证明要到网点开纸质的，寄不了。"),
            C("行吧。"),
            A("别的呢？"),
            C("没了。"),
            A("行，谢谢，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ab18_elderly_xiangtan_allowance_daughter_transfer_dead_air",
        "title": "八十岁老年客户（湖南湘潭口音）问村里发的高龄津贴到没到、在深圳打工的女儿要往她卡上打钱需要么子号码，以身份证倒数四位加开户网点核身；客户问女儿打钱要什么后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A9903", "customer_tier": "elderly",
        "started_at": "2028-03-24T08:27:56", "agent_channel": 0,
        "turns": [
            A(OPENING["A9903"]),
            C("喂，妹子啊，我是湘潭乡里的，今年八十岁咯。村里讲这个月的高龄津贴发下来了，我眼睛不好，看不清手机，你帮我查下子到冒到。"),
            A("奶奶您好，您想查一下这个月村里发的高龄津贴到了没有，对吧？"
              "查账前得弄准是奶奶本人：请您讲一讲身份证号码倒数的四个数，再讲讲这张卡是在哪个网点办的。"),
            C("倒数四个是四二一九，卡是在镇上那个网点办的。"),
            A("对得上，是您本人。本月五号进来一笔三百元，付款方是镇上的民政所，就是高龄津贴。"),
            C("要得。我妹子在深圳打工，讲要往我卡上打钱，她要晓得么子号码才打得进来咯？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("让您女儿知道您的卡号和您的名字就行，她在手机上就能转过来。"),
            C("好咯，我要她打过来。"),
            A("好的。您老人家另外还想问点啥？"),
            C("冇了。"),
            A("好的奶奶，您辛苦拨这一通，天气潮湿注意身体，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十岁老年客户查津贴并问女儿如何给她转钱，坐席全程未给任何防诈骗提醒（如冒充子女、银行或公安要求转账、索要密码）")],
    },
    {
        "call_id": "ab19_instalment_early_repayment_charge_asked_thrice_hangup",
        "title": "客户买家电时办了信用卡分期，想一次还清，三次问提前还清要扣多少违约金，坐席只说能提前还、让去手机银行自己看，客户第三次问时说坐席答非所问、太气人，随即通话结束",
        "business_type": "card", "agent_id": "A9904", "customer_tier": "standard",
        "started_at": "2028-03-27T20:41:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A9904"]),
            C("你好，我买冰箱洗衣机的时候在你们信用卡上分了二十四期，现在手头宽裕了，打算一把结清，提前还清要扣多少违约金？"),
            A("核身份要两样：身份证倒数四位，加上个月的账单金额。"),
            C("倒数四位五八三六，上个月账单是一千九百零二块。"),
            A("核对通过。您这笔分期还剩十五期没还，提前还清是可以办的。"),
            C("能办我知道，我问的是提前还清要扣多少违约金，你直接告诉我个数。"),
            A("您可以在手机银行的分期管理里自己看一看，页面上都有。"),
            C("这都第三回问了，你一直答非所问，太气人了，提前还清到底扣多少违约金？",
              marks=[mark("resolution.repeated_question", "提前还清扣多少违约金问了三遍仍未得到答复"),
                     mark("emotion.customer_negative", "一直答非所问、太气人了：不满"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ab20_short_card_face_design_change_call",
        "title": "信用卡卡面图案能不能换，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A9901", "customer_tier": "standard",
        "started_at": "2028-03-29T18:15:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A9901"]),
            C("喂，信用卡的卡面图案能换吗？"),
            A("换不了。"),
            C("噢，那算了。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT17_SEED = 20280331
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT17_CALLS, agents=AGENTS, default_out=Path("samples/heldout17"),
                  seed=HELDOUT17_SEED, description=__doc__))
