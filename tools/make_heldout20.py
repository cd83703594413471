#!/usr/bin/env python3
"""Render the twentieth held-out evaluation set in samples/heldout20/ (dev-only; never imported by the product).

The earlier held-out sets (samples/heldout/ to samples/heldout19/) may have been looked at, so none of
them can be trusted to measure generalisation on its own. This twentieth set was written from the
bank's standard call flow (/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule
engine, its tests or its docs, never read any truth folder and never ran qa-toolkit (only the bank's
facts, rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It
words every script step differently from samples/ and the other held-out generators (no clause of
five characters or more is shared, in either direction, with make_samples.py or any
make_heldout*.py): other agents (A10301-A10306) with their own openings (受理员…今天这通电话由我接,
热线编号…为您效劳, 员工编码, 接线员…号, 本席编号, 财富顾问专线…顾问编号), other verification routes
(the rough amount of the last deposit, the surname of the emergency contact given at opening, the
expiry month printed on the card, the house number of the postal address on file, the name of the
employer paying the salary, the street of the cash machine last used; the ID digits asked as
末了那四个数, 收梢的四位, 最末四码, 垫底的四个数字, 落尾四个号, 殿后的四位, 尾端那四码, 排在最后的那四位数,
收官那四位, 最末梢四个数), other hold and closing phrasings, topics the earlier sets did not use (a
retired fish-ball maker's village dividend, a cashmere workshop's savings, coconut seedlings for a
Wenchang farm, a flower wholesaler's lost card, a wolfberry cooperative's account, a pottery course
in Japan, a concert ticket refund, a second-hand pickup from a Baotou dealer, a driving school's
refund, a retired ship captain's net-value product, a frozen card after selling a sofa online, a fake
customs officer's "safe account", a card skimmed at a hotel, a mortgage rate reset, a son's rent in
New Zealand, a Lanzhou pensioner's cash for a grandson's wedding, card points, a locked mobile
banking login, a billing-date change, horse-milk equipment from Ulaanbaatar), dialect-flavoured
customers (Quanzhou in Fujian, Haikou in Hainan, Baotou in Inner Mongolia, Kunming in Yunnan, Yinchuan
in Ningxia and Lanzhou in Gansu, plus a Xilingol herder; the Quanzhou and Lanzhou customers are elderly) and hard negatives
(steps done in unusual words, steps not required in that situation, harmless mentions of swindlers and
of the police, figures right for another card or channel, a large transfer and a remittance abroad
with a warning, a customer who starts before the agent has finished). It is for measuring, never for
tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout20.py
    /work/tts-venv/bin/python tools/make_heldout20.py --only af12_fake_customs_safe_account_no_warning
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
#   number may be said as "受理员NNNN", "编号NNNN为您效劳", "员工编码NNNN", "接线员NNNN号",
#   "本席编号NNNN" or "顾问编号NNNN". af08 greets, names the bank and offers help with no number
#   (staff_id_missing); "嗯，哪位？" (af07) is no greeting at all (both);
# - identity: a check before any account data or account action. ID digits + the rough amount of
#   the last deposit (af01, af13), + the emergency contact's surname (af02, af10, af17), + the
#   expiry month on the card (af03, af08, af12), + the house number of the postal address (af04,
#   af16), + the salary employer (af06, af11, af18), + the street of the cash machine last used (af07,
#   af14, af15, af20). identity.not_verified = each agent turn that discloses account data before a
#   check: af09 (a driving school's refund, then the last three transactions, no check at all: two
#   turns). General information (af05: documents to open an account; af19) needs none;
# - risk.disclosure_missing: a wealth product sold without risk disclosure (af10: "稳稳当当不会亏"),
#   a "safe account" script the customer describes left without an anti-fraud warning while the
#   agent helps the money out (af12), a 20,000 USD remittance abroad with no warning at all (af20).
#   A disclosure in the agent's own words counts (af02). The large transfers carry a warning in the
#   agent's own words (af03, af08), the remittances abroad too (af06, af15);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble,
#   including a fraud script told with no risk word (af12: a "customs officer", a parcel with
#   contraband, money moved to a "safe account" for checking). af11 twice (冻结; 派出所…做笔录), af13
#   once (a card skimmed at a hotel). The grandson in the police (af01), the village loudspeaker
#   about swindlers (af05) and the agent's own warnings and advice are not alerts;
# - risk.elderly_fraud_advice: an elderly customer who gets no fraud-prevention advice (af16: an
#   82-year-old taking 20,000 in cash for a grandson's wedding). The other elderly call (af01)
#   carries it;
# - emotion.customer_negative: af13 twice. etiquette.jargon: af10.
#   forbidden_phrase and agent_negative: af14, af20 (both labels on each);
# - hold: announced holds in other words count (af02 silent, af04 music, af13 silent; all
#   thanked). In af15 the music (9 s) starts straight after the customer's question with no word
#   from the agent: hold.no_notice (thanked after);
# - etiquette.dead_air: af16, 12 s after the elderly customer asks how to take the cash;
# - closing: thanks and goodbye in other words count; af11 ends with "那先这么着。": closing.missing;
#   af18 and af19 end without any closing;
# - answer.wrong_fact: af08 (手机银行一天累计最多转三十万; the KB says 二十万) and af15 (汇到境外要十个
#   工作日左右才到账; the KB says one to three). Right figures stay unlabelled (af03's 五万 / 二十万;
#   af08's 一笔顶多五万 and 柜台跨行 百分之零点五; af04's 七个工作日 beside the cash machine's 两万;
#   af06's 两个工作日; af17's 普卡 一百元 beside 金卡 三百元; af20's 三个工作日);
# - etiquette.interruption: af14 (1.1 s) and af17 (1.0 s). In af03 the customer starts 0.6 s
#   before the agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: af18; handling.time_standard: af19;
#   etiquette.speech_rate: the agent at 1.6x (af17);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10301": {"team": "一线戊组", "staff_no": "一五七三"},
    "A10302": {"team": "一线戊组", "staff_no": "四六零九"},
    "A10303": {"team": "一线己组", "staff_no": "七二八四"},
    "A10304": {"team": "一线己组", "staff_no": "三零五一"},
    "A10305": {"team": "一线己组", "staff_no": "九一三六"},
    "A10306": {"team": "二线丁组", "staff_no": "二九四七"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10301": "您好，恒通银行受理员一五七三接听，今天这通电话由我陪您办完，您说。",
    "A10302": "您好，恒通银行的热线此刻由编号四六零九为您效劳，请讲讲您的事。",
    "A10303": "您好，恒通银行坐班的是我，员工编码七二八四，有哪桩事需要我搭把手？",
    "A10304": "您好您好，恒通银行接线员三零五一号，哪件事让我替您跑一趟？",
    "A10305": "您好，欢迎拨通恒通银行，本席编号九一三六，把您的需要交给我。",
    "A10306": "您好，恒通银行财富顾问专线，顾问编号二九四七，手头的钱怎么安排，咱们一块儿琢磨。",
}

HELDOUT20_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "af01_elderly_quanzhou_fish_ball_village_dividend_clean",
        "title": "七十九岁老年客户（泉州闽南口音）退休前做鱼丸，问村里股份分红到没到，以身份证末了四个数加最近一笔存入大概金额核身；客户提到孙子在派出所当警察（无害提及）；坐席说明已到账并用自己的话提醒冒充公检法、冒充子孙借钱、索要密码和短信数字都是骗局，完整合规",
        "business_type": "account", "agent_id": "A10301", "customer_tier": "elderly",
        "started_at": "2028-07-03T09:18:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A10301"]),
            C("喂，阿妹，歹势啊，我泉州的，七十九了，以前在街上做鱼丸。村里那个股份社讲今年分红打到卡里了，汝帮我看看来了没。"),
            A("阿伯您好，村里股份社说今年的分红打进了您卡里，您想落个实，是这个事吧？"
              "看您的卡以前，要先认认是不是阿伯自己：麻烦讲一下身份证号末了那四个数，再讲讲您上一次往卡里存了大概多少钱。"),
            C("末了四个是八二六一，上次存是过年那阵，存了三千出头。"),
            A("和记录吻合，是阿伯本人。前天分红进来了，两千四百元，付款方是村里的股份经济合作社。"),
            C("好势好势。我孙子在派出所上班，穿警服的，他回厝老讲，骗子专挑我们老人家下手。"),
            A("您孙子提醒得一点不错，阿伯您记牢几句：电话那头说自己是公安、法院，叫您把钱转去核查的，是骗子；"
              "有人冒充孙子说出了事急着借钱，先挂了，再打孙子平常那个号码问他；"
              "我们银行的人从来不会问您要密码，也不会叫您念手机上收到的那串数字。"),
            C("毋免担心，我都记着了。"),
            A("好的。要取现金的话，到附近网点让柜台的同事帮您办，最稳当。"),
            C("好，知影了。"),
            A("阿伯，今天还有别的想问我的没有？"),
            C("没了没了，阿妹真济谢。"),
            A("阿伯客气，您这么上心自己的钱，我们也放心，祝阿伯吃得香睡得好，分红年年有，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af02_baotou_cashmere_workshop_savings_product_hold_clean",
        "title": "包头羊绒作坊主有五十万闲钱想买理财，以证件号码收梢四位加开户时登记的紧急联系人姓氏核身；告知后静音保留并致谢；坐席用自己的话讲清产品会有涨跌可能本金受损、历史收益不代表将来、一年封闭不能赎回、不属于存款不受存款保险保护，按谨慎型建议先投十五万并请读完产品说明书与风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10306", "customer_tier": "VIP",
        "started_at": "2028-07-04T10:41:07", "agent_channel": 0,
        "turns": [
            A(OPENING["A10306"]),
            C("你好，俺是包头的，开了个小羊绒作坊，这两年可攒下五十来万，放活期里头觉得亏，想问问你们这搭儿有啥理财能买。"),
            A("您在包头做羊绒，手里攒了五十来万，嫌活期利息太低，想挑个理财产品，我这么复述没走样吧？"
              "正式聊产品以前，我先确认讲话的是您：请报一下证件号码收梢的四位，再报一下您开户时登记的紧急联系人姓什么。"),
            C("收梢四位零七三五，紧急联系人是俺媳妇，姓乌。"),
            A("两样都跟记录对得上。我把您上次做的风险测评结果调出来看看，大约七八秒，线上会没声音，您先拿着电话别放。"),
            {"silence": 6.0, "kind": "hold"},
            A("耽搁您一会儿了，多谢。您的测评是谨慎型，适合一款一年期、风险等级二级的产品，主要买国债和银行存单。"),
            C("那这个不会赔吧？"),
            A("我得把话讲透：它的价格会有涨有落，赶上市场走弱，到期手里的钱可能不如本金多，本金也不是打包票的；"
              "宣传页上过去几年的收益，不代表往后也一样；买进去一年之内不能赎回；"
              "它不属于存款，存款保险不替它兜底。"),
            C("嗯，那俺心里有数了。作坊开春还要进一批原绒。"),
            A("那就给进货留足钱。我建议先投十五万，其余放定期和活期，进原绒随时能动用。"
              "签约页面会弹出产品说明书和风险揭示书，请您从头到尾读完再点同意，哪一条看不明白随时打过来。"),
            C("行，就十五万。"),
            A("这笔办妥以后，您那边还有要一并商量的吗？"),
            C("没了，你讲得可清楚了。"),
            A("那我就不多占用您的工夫了，多谢您信得过我们，祝作坊的羊绒越做越好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af03_haikou_coconut_seedlings_wenchang_transfer_clean",
        "title": "海口客户要给文昌一家苗圃付十二万椰子苗款，以身份证最末四码加卡面有效期核身；手机银行一笔顶多五万、一天合计封顶二十万说对；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒（对公账户、户名与收据一致、改账号先打苗圃电话、先付一部分验苗后结清），完整合规",
        "business_type": "transfer", "agent_id": "A10302", "customer_tier": "standard",
        "started_at": "2028-07-05T15:06:44", "agent_channel": 0,
        "turns": [
            A(OPENING["A10302"]),
            C("喂，你好，我海口的，在文昌包了块地种椰子，跟一家苗圃订了一批椰子苗，十二万块，想在手机上付过去，鲁看可以不？"),
            A("您在文昌种椰子，订了十二万的椰子苗，打算用手机把货款付给苗圃，是这样没错吧？"
              "动这样大额的钱，得先确认是您在操作：请说一下身份证上最末四码，再说说卡面上印的有效期是哪年哪月。"),
            C("最末四码三零五八，卡面上印的是二零三一年四月。"),
            A("核对一致。用手机银行的话，单单一笔，顶格五万块，一天合计封顶二十万，十二万拆成三回转，今天之内就能转完。"),
            C("三笔就三笔，不麻烦。", overlap=0.6),
            A("还有几句得提醒您：货款最好转到苗圃的对公账户，户名要跟他们给您开的收据上的单位一模一样；"
              "要是有人突然说换了收款账号，您先打苗圃的座机问清楚再转；"
              "先付个三四成，苗子拉到地头点过数、看过长势，再把尾款结掉。"),
            C("做么不早讲，我本来打算一下子全打过去，那我先付四万，苗到了再付剩下的。"),
            A("这么安排踏实。另外还有需要我跟进的吗？"),
            C("没了，好彩问了你。"),
            A("不客气，谢谢您肯听我多啰嗦几句，祝椰子苗棵棵成活，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af04_kunming_dounan_flower_wholesaler_lost_card_music_hold_clean",
        "title": "昆明斗南花市批发鲜花的客户借记卡丢了，要挂失补卡，以证件号垫底四个数字加预留通讯地址门牌号核身；告知后播放等待音乐并致谢；补卡七个工作日（正确），另说取款机每天最多取两万（另一渠道），完整合规",
        "business_type": "card", "agent_id": "A10303", "customer_tier": "standard",
        "started_at": "2028-07-06T17:22:15", "agent_channel": 0,
        "turns": [
            A(OPENING["A10303"]),
            C("喂，你好，我在斗南花市批鲜花的，今早进货忙得憨包一样，银行卡不晓得掉哪里克了，咋个整嘛？"),
            A("您在斗南进花的时候把我们的银行卡弄丢了，想先挂失，随后补办一张新的，我听得没岔吧？"
              "动卡之前先核对：请讲一下证件号垫底的四个数字，还有您预留的通讯地址门牌号是多少。"),
            C("垫底四个是九四零二，门牌是二十七号。"),
            A("核对通过。我给您把挂失办上，系统得处理一哈，我放段音乐给您听着，十来秒就好，您稍微等等。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("音乐到这儿停了，谢谢您一直候着。挂失已经生效，丢卡以后卡上没有新的交易。"),
            C("板扎。那新卡要多久？"),
            A("补办一张新卡大约七个工作日，寄到您预留的地址。这几天要用现金，可以带身份证到柜台取。"),
            C("那取款机上一天顶多取几多？我以前记不清楚了。"),
            A("在自助机上取现，每天的上限是两万，不过得等新卡到了才用得上。"),
            C("晓得了。"),
            A("还有哪些要办的，我顺手一起给您办了？"),
            C("么得了。"),
            A("好，丢了卡立马来挂失，您反应真快，祝您的花卖得红红火火，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af05_yinchuan_wolfberry_grower_account_opening_info_clean",
        "title": "银川种枸杞的客户想开个户收收购商的货款，问要带什么（一般业务咨询，不涉及已有账户，无需核身）；客户提到村里广播天天喊防骗子（无害提及）；本人有效身份证件加本人手机（正确），别人不能代办，完整合规",
        "business_type": "account", "agent_id": "A10305", "customer_tier": "standard",
        "started_at": "2028-07-07T11:03:39", "agent_channel": 0,
        "turns": [
            A(OPENING["A10305"]),
            C("喂，你好，我银川的，家里种了十几亩枸杞，收购商要我开个账户打货款，开户得带撒东西？"),
            A("您种枸杞，收购商要往您新开的账户里打钱，您想先问明白开户要准备些什么，是吧？"
              "这是问开户的手续，不牵扯您现有的账户，就不用核对您的身份了。"
              "您带上本人的有效身份证件，还有自己平常用着的手机，开户时要给这个号码发条验证短信。"),
            C("我们村里的广播天天喊，防骗子防骗子，我听得耳朵都起茧子了，开户不会叫人骗吧？"),
            A("村里提醒得对，开户本身您放心，只要账户是您本人到网点亲自开的，卡和密码别交给别人就行。"),
            C("那我让儿子替我去办成不成？"),
            A("这个不行，开户得您本人到场，别人拿您的证件代办不了。"),
            C("嗯，那我礼拜一自己去。"),
            A("好的。您还有哪一处没弄清楚的？"),
            C("没撒了。"),
            A("好，谢谢您特意打来问一声，祝今年的枸杞颗颗饱满卖上好价，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af06_dunhuang_pottery_course_yen_remittance_clean",
        "title": "敦煌客户要给日本一家陶艺工坊汇三十万日元学费，以证件号码殿后四位加开户时登记的代发工资单位核身；两个工作日到账（正确）；坐席用自己的话做跨境汇款风险提示（汇到工坊自己的账户、与官网或报名确认函核对、对方说改账户先发邮件或打电话给工坊问、钱出境难追回），完整合规",
        "business_type": "transfer", "agent_id": "A10305", "customer_tier": "standard",
        "started_at": "2028-07-10T14:47:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A10305"]),
            C("你好，我在敦煌做壁画临摹，报了个日本陶艺工坊的短期课，要交三十万日元学费，头一回往国外打钱，摸不着门道。"),
            A("您报了日本陶艺工坊的短训课，要交三十万日元，这是头一趟往境外汇钱，对吧？"
              "往外汇要占您本人的购汇额度，身份这道关得先过：请告诉我证件号码殿后的四位，再说一下您的工资是哪家单位代发的。"),
            C("殿后四位一七四九，工资是敦煌一家文化研究院发的。"),
            A("跟档案里写的一致。您在手机银行打开境外汇款，按工坊报名确认函上的信息填收款方全称、账号以及银行的识别代码，用途选学费。"
              "这笔汇款通常两个工作日左右进对方账户。"),
            C("工坊的账号是一个中介在群里发的，我照那个填行不？"),
            A("这里要多留个神：学费要打到工坊自己的账户，户名是工坊的正式名称，不是哪个中介的私人户头；"
              "账号最好和工坊官网或正式确认函对一对，群里转发的东西先别信；"
              "要是有人讲工坊的收款户头变了，您直接给工坊发邮件或打电话问；钱一出境，转错了基本很难要回来。"),
            C("明白了，我去工坊网站上找一下确认函。"),
            A("这样最妥当。日元汇率每天都在动，卡上扣掉多少人民币，以您最后确认那一刻的牌价为准。您那边还有疑问没有？"),
            C("没有了，多谢。"),
            A("不客气，谢谢您把每一步都问得这么仔细，祝您在那边烧出满意的好陶，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "af07_no_greeting_concert_ticket_refund_check",
        "title": "客户查退掉的演唱会门票钱是否退回；坐席以“嗯，哪位？”接起，无问候、行名、工号；以身份证尾端那四码加最近一次取现的取款机所在街道核身，其余流程合规",
        "business_type": "account", "agent_id": "A10304", "customer_tier": "standard",
        "started_at": "2028-07-11T13:34:51", "agent_channel": 0,
        "turns": [
            A("嗯，哪位？"),
            C("喂，是恒通那个银行的热线不？我退了一张演唱会的票，票务平台说钱原路退了，想看看退进卡里没有。"),
            A("是的。查退款以前，身份得先过一关，说下身份证尾端那四码，再说说您最近一回在哪条街上的取款机取过钱。"),
            C("尾端四码是六零三九，上次在解放路那台取款机取的。"),
            A("对得上。昨天傍晚有一笔八百八十元退进您卡里，对方是一家票务平台，附言写着门票退款。"),
            C("那就好，我还以为打水漂了。"),
            A("这类退款大多两三天内回来，下回不用太着急。您还要查点别的不？"),
            C("没有了。"),
            A("好，谢谢您专程来查，祝您下次抢票顺顺当当，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，哪位？：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "af08_no_staff_number_baotou_used_pickup_daily_limit_wrong",
        "title": "包头钢厂工人要给二手车行付二十六万买皮卡，开场白有问候、行名和服务用语但不报工号；以证件号落尾四个号加卡面有效期核身；一笔顶多五万（正确），但把手机银行一天累计上限说成三十万（知识库为二十万）；柜台跨行百分之零点五（正确）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A10301", "customer_tier": "standard",
        "started_at": "2028-07-12T10:12:33", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，您今天想办点啥，跟我说说看。"),
            C("你好，俺包头钢厂的，看上车行一辆二手皮卡，二十六万，想用手机一天转完，能行不？"),
            A("您在包头的二手车行相中一辆皮卡，二十六万，想一天之内用手机付清，对吧？"
              "先核身份：证件号落尾四个号是多少，卡面上印的有效期又是哪年哪月。"),
            C("落尾四个号二八一六，有效期二零三零年九月。"),
            A("核对一致。手机银行每转一笔，最多给到五万，一天累计最多能转三十万，二十六万分六笔，今天就能全部转过去。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成三十万")]),
            C("那去柜台转呢？车行在别的银行开的户。"),
            A("柜台跨行那边，手续费收转账额的百分之零点五，手机上转就不要钱。"
              "另外车款这么大，您先到车行看过车、签了合同，确认收款的是车行的对公账户再转，别听人说先打定金到个人卡上。"),
            C("嗯，俺明天去车行签了合同再转。"),
            A("那样就稳当了。还有啥要问的没？"),
            C("没了。"),
            A("好，谢谢您，祝您新车开着带劲，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "af09_driving_school_refund_no_identity",
        "title": "客户查驾校退回的学费，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又报出最近三笔交易（坐席在声道一）",
        "business_type": "account", "agent_id": "A10303", "customer_tier": "standard",
        "started_at": "2028-07-13T18:29:40", "agent_channel": 1,
        "turns": [
            A(OPENING["A10303"]),
            C("你好，我报的驾校倒闭了，说学费退给我，四千六，你看看我卡上到了没？"),
            A("到了，七月十一号上午，一家驾驶培训公司转进来四千六百元，附言写的是退学费。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退款的到账日期、金额、付款方和附言")]),
            C("好。那我这卡最近还有别的进出吗？"),
            A("最近三笔是：超市消费二百一十三元，转给一个姓邓的一千元，再就是这笔四千六百元的退款。",
              marks=[mark("identity.not_verified", "未核验身份即报出最近三笔交易明细")]),
            C("行，没别的乱扣钱就行。"),
            A("好的。还有要我查的没有？"),
            C("没了。"),
            A("好嘞，谢谢您，祝您早点找到靠谱的驾校，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af10_retired_captain_net_value_product_jargon_no_disclosure",
        "title": "退休远洋船长有六十万想买理财，以证件号排在最后的那四位数加紧急联系人姓氏核身；坐席介绍产品满口术语（净值化、摊余成本法、最大回撤、夏普比率、穿透底层、申赎费率、七天滚动持有）；客户问会不会亏，坐席说稳稳当当不会亏，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A10306", "customer_tier": "VIP",
        "started_at": "2028-07-14T09:55:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A10306"]),
            C("你好，我跑了一辈子远洋，当了十几年船长，刚退下来，手上有六十万，想找个省心的理财。"),
            A("先核身份：证件号排在最后的那四位数，再加上开户时登记的紧急联系人姓什么。"),
            C("最后那四位是五一九零，紧急联系人是我老伴，姓邵。"),
            A("核对好了。这款是净值化产品，部分资产用摊余成本法估值，最大回撤控制在零点五以内，夏普比率二点一五，穿透底层以高等级信用债为主，申赎费率零，七天滚动持有。",
              marks=[mark("etiquette.jargon", "净值化、摊余成本法、最大回撤、夏普比率、穿透底层、申赎费率、七天滚动持有，未向客户解释")]),
            C("你说的这一串我在船上可没学过，只想弄清一件事，这六十万放进去会不会亏？"),
            A("这个您只管放宽心，稳稳当当不会亏的。"),
            C("那就六十万全放进去。"),
            A("好，六十万已经给您买上了。您这边还有要办的没？"),
            C("没了。"),
            A("好的，谢谢您，安心享受退休日子吧，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单六十万元理财产品，客户问会不会亏时坐席说稳稳当当不会亏，未做任何风险揭示")],
    },
    {
        "call_id": "af11_sofa_sold_online_card_frozen_police_no_closing",
        "title": "客户在网上卖二手沙发，买家多打了一笔钱让退，之后卡被冻结，派出所来电话让去做笔录；坐席以身份证收官那四位加代发工资单位核身，说明冻结来源、建议配合警方并提醒别替陌生人退款，但最后只说“那先这么着。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A10302", "customer_tier": "standard",
        "started_at": "2028-07-17T16:08:24", "agent_channel": 0,
        "turns": [
            A(OPENING["A10302"]),
            C("你好，我在网上卖了个旧沙发，买家说多付了钱让我退给他，我退了两千，结果今天刷卡刷不出来，提示说这张卡冻结了，这可咋办！",
              marks=[mark("risk.keyword_alert", "卖二手货被多打款后要求退回、随后银行卡被冻结：涉诈资金")]),
            A("您别慌神，咱们一步一步来。确认一下您是卡主：身份证收官那四位是多少，您的工资是哪家单位发的。"),
            C("收官那四位七三零二，工资是银川一家物流公司发的。"),
            A("对得上。这张卡是外地公安机关发来的止付，起因是那笔多打进来的钱，来源有问题，并不是银行这边锁的卡。"),
            C("刚才派出所也打来电话了，叫我明天过去做个笔录，我心里直打鼓。",
              marks=[mark("risk.keyword_alert", "派出所来电要求去做笔录：涉案调查")]),
            A("身份证您带着，再加上这几天的聊天记录，如实说明就行，配合完了由公安那边出手续解冻，我们会照办。"
              "以后再有人说多打了钱要您退，一律让他走平台的退款流程，别自己往陌生账户转钱。"),
            C("知道了，明天一早就去。"),
            A("那先这么着。"),
        ],
        "violations": [mark("closing.missing", "坐席只说那先这么着：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "af12_fake_customs_safe_account_no_warning",
        "title": "客户接到自称海关的人来电，说其包裹里查出违禁品、名下账户涉嫌洗钱，要把卡里的钱转到安全账户配合核查（未用风险词的诈骗话术）；坐席以身份证最末梢四个数加卡面有效期核身后只讲怎么转、催客户尽快转，未做防诈骗提示",
        "business_type": "transfer", "agent_id": "A10304", "customer_tier": "standard",
        "started_at": "2028-07-18T11:37:09", "agent_channel": 0,
        "turns": [
            A(OPENING["A10304"]),
            C("你好，刚才有个海关的人打给我，说我有个国际包裹里查出违禁品，我名下的账户也涉嫌洗钱，要我把卡里的三万八转到他们的安全账户核查，查清楚了再还我，让我别跟家里人讲，想问问在手机上转账咋操作。",
              marks=[mark("risk.keyword_alert", "自称海关、包裹查出违禁品、涉嫌洗钱、转到安全账户核查、不让告诉家人：诈骗话术")]),
            A("转账前先核个身份：身份证最末梢四个数，外加卡面上印的有效期。"),
            C("最末梢四个数零六八四，有效期二零二九年十二月。"),
            A("核对过了。三万八一笔就能转，您点开手机银行，把他们给的户名和账号填上，确认就到。"),
            C("他们说半个钟头里不转就要上门抓人，我怕耽误了。"),
            A("耽误不了，手机转是实时的，您这会儿转就赶得上。"),
            C("好，我这就转。"),
            A("还有什么？"),
            C("没了。"),
            A("好，谢谢您，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing",
                            "客户讲出自称海关、安全账户核查、不让告诉家人的诈骗话术，坐席反而教其转账、催其尽快转，未做任何防诈骗提示")],
    },
    {
        "call_id": "af13_hotel_card_skimmed_complaint_hold",
        "title": "客户出差住酒店后卡被盗刷三笔共九千四，愤怒、骂银行不作为、扬言投诉到监管；坐席共情担责，以身份证号码落尾四位加最近一笔存入大概金额核身，告知后静音保留并致谢，查明交易、冻结卡片、提交争议、建议报案，新卡七个工作日（正确）",
        "business_type": "complaint", "agent_id": "A10305", "customer_tier": "standard",
        "started_at": "2028-07-19T08:46:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A10305"]),
            C("喂，我上礼拜出差住了家酒店，前台刷过我的卡，今早打开短信一瞧，卡里被人在外地刷走三笔，九千四！卡就没离过我身，你们这是怎么保护客户的，真是窝火透了！",
              marks=[mark("risk.keyword_alert", "卡未离身却在外地被刷三笔：盗刷"),
                     mark("emotion.customer_negative", "你们这是怎么保护客户的、窝火透了：质问、愤怒")]),
            A("卡片始终揣在您兜里，钱却在外地被刷走九千多，搁谁都憋气，这件事由我接手，管到有个结果为止。"
              "按流程要先核对：请说身份证号码落尾的四位，再说说您上一回往卡里存了大约多少钱。"),
            C("三九一五，上回存了一万左右。你们就知道核对核对，钱丢了屁用不顶，我要投诉到银保监去！",
              marks=[mark("emotion.customer_negative", "钱丢了屁用不顶、要投诉到监管：投诉、不满")]),
            A("核对通过，换我也会冒火。我这就把三笔交易的明细调出来，大约二十来秒，其间线路上没动静，您别挂断。"),
            {"silence": 7.0, "kind": "hold"},
            A("劳您候了这一阵，多亏您一直拿着电话。三笔都是昨天夜里在外省一家商户刷的，三笔加起来九千四百元，您人在本地、卡在手上，属于卡片被复制盗用。"
              "这张卡我这边先冻上了，往后谁也刷不动它了。"),
            C("那九千四能退给我吗？"),
            A("我现在就替您发起争议交易申请，调查期间这笔钱不算您的欠款；您有空去派出所报个案，回执拍下来传给我们，能加快进度。"
              "补办的新卡大概七个工作日寄往您留的收件地址。"),
            C("行吧，下午我跑趟派出所。"),
            A("往后住店尽量用手机付款，卡别离开视线。您还有要我办的事吗？"),
            C("暂时没了。"),
            A("好，这趟让您糟心了，真对不住，多谢您这么配合我，出门在外多保重，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af14_mortgage_rate_reset_interrupt_rebuff",
        "title": "客户问房贷利率重新定价后月供怎么变，坐席在客户陈述未完时插话一次，并以“规定就是规定，跟我嚷嚷没用，您爱办不办”推诿、顶撞客户，最后才说明月供会在账单里显示",
        "business_type": "account", "agent_id": "A10304", "customer_tier": "standard",
        "started_at": "2028-07-20T12:15:36", "agent_channel": 0,
        "turns": [
            A(OPENING["A10304"]),
            C("你好，我的房贷说是这个月要重新定价，利率会变，我想弄明白新的月供从哪个月开始算，还有"),
            A("房贷重新定价对吧，知道了。", overlap=1.1,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点一秒")]),
            C("对。"),
            A("先验明正身吧，身份证号码最末尾四个，还有您最近一回在哪条街上用取款机取的钱。"),
            C("最末尾四个是四七七一，上次是在建设路那台取的。"),
            A("没问题。您这笔房贷还剩六十二万没还。"),
            C("那重新定价以后我每个月到底多还还是少还？能不能现在给我算一下，我好提前准备钱。"),
            A("规定就是规定，跟我嚷嚷没用，您爱办不办。",
              marks=[mark("etiquette.forbidden_phrase", "规定就是规定，跟我嚷嚷没用，您爱办不办：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦、顶撞客户")]),
            C("我没嚷嚷，就是想问个数。"),
            A("新的月供下个月的账单里会显示，到时候短信也会通知您。"),
            C("好吧。"),
            A("还剩什么要打听的？"),
            C("没了。"),
            A("嗯，谢谢您，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af15_new_zealand_son_rent_remittance_wrong_music_no_notice",
        "title": "客户给在新西兰读书的儿子汇房租，以身份证号最末位起数四个加最近一次取现的取款机所在街道核身；客户问多久到账后直接进入九秒等待音乐、坐席未告知，之后致谢；到账时间说成十个工作日（知识库为一到三个工作日）；跨境风险提示已做",
        "business_type": "transfer", "agent_id": "A10301", "customer_tier": "standard",
        "started_at": "2028-07-21T15:52:10", "agent_channel": 0,
        "turns": [
            A(OPENING["A10301"]),
            C("你好，我儿子在新西兰读书，房东催房租了，我要给他汇两千新西兰元过去。"),
            A("您要给在新西兰念书的儿子汇两千纽币交房租，明白了。"
              "先做身份核对：请讲身份证号最末位起数四个，另外您最近一次在哪条街的取款机取过现金。"),
            C("倒着数四个是二零六五，上次在中山南路那台取的。"),
            A("核对通过。您在手机银行选境外汇款，收款人填儿子本人名字和他那边银行的账号，用途写生活费。"
              "收款人一定核实是儿子本人的户头，要是有人冒充儿子发消息说换了账户，先跟儿子视频通个话再汇，钱出去了很难追。"),
            C("好的。那钱汇出去大概多久能到他手上？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("难为您听了这半天曲子，谢谢。汇到境外的钱要十个工作日左右才能到账。",
              marks=[mark("answer.wrong_fact", "跨境汇款到账时间应为一到三个工作日（知识库），坐席说成十个工作日")]),
            C("那么慢，那得赶紧今天汇。"),
            A("对，宜早不宜迟。您那边还有哪桩事我能顺手办了？"),
            C("没有了。"),
            A("好的，感谢您肯听我叮嘱，孩子在外头平平安安，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "af16_elderly_lanzhou_pension_cash_grandson_wedding_dead_air",
        "title": "八十二岁老年客户（兰州口音）问养老金到没到，想取两万现金给孙子办婚事，以身份证末了四个数加预留通讯地址门牌号核身；客户问取现要怎么办后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10303", "customer_tier": "elderly",
        "started_at": "2028-07-24T09:07:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A10303"]),
            C("喂，丫头，我兰州的，八十二了。这月的养老钱打进来没？尕孙子下个月娶媳妇，我想取两万给他，攒劲得很。"),
            A("大爷您好，您想看看这个月养老金到没到，再取两万块留给孙子结婚用，我没听错吧？"
              "查之前先核一下是不是您本人：请说身份证号末了那四个数，还有您留的通讯地址门牌号。"),
            C("末了四个是一三四八，门牌号十四号。"),
            A("对上了。本月的养老金四千一百六十元前天到账了，卡里一共还有三万六千多。"),
            C("好着呢。那两万块现钱我阿么取？电话上能给我弄好吗？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("电话上取不了，两万得去网点柜台，最好提前一天打电话预约。"),
            C("莫麻达，我让儿子陪我去。"),
            A("好的。大爷还有哪样要打听？"),
            C("没了。"),
            A("好嘞大爷，恭喜您家添喜事，祝婚礼热热闹闹，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十二岁老年客户打算取两万现金，坐席全程未给任何防诈骗提醒（如冒充亲属、公检法要求转账或索要密码）")],
    },
    {
        "call_id": "af17_fast_agent_card_points_gold_upgrade",
        "title": "坐席语速过快（约一点六倍）；客户问信用卡积分和升级金卡，以证件号最后排着的四个数加紧急联系人姓氏核身；坐席在客户陈述未完时插话一次；普卡一年一百元（另一卡种），金卡三百元（正确）",
        "business_type": "card", "agent_id": "A10302", "customer_tier": "standard",
        "started_at": "2028-07-25T14:31:22", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10302"]),
            C("你好，我信用卡上攒了不少积分，想问问可以兑些啥东西，另外听说可以升成金卡，我想先弄清楚"),
            A("积分和升级是吧，先走个核身，证件号最后排着的四个数，加上紧急联系人姓什么。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("最后四个数是八六零七，紧急联系人姓柏。"),
            A("核对好了，您现在有两万三千积分，可以在手机银行的积分商城换电饭煲或者话费。"
              "您这张普卡年费一年一百元，换成金卡的话，年费要三百元一年，刷够六次第二年免掉。"),
            C("您讲慢一点嘛，我没听全。"),
            A("积分两万三，商城里换东西；普卡一百，金卡三百，刷六次免下一年。"),
            C("那我升金卡吧。"),
            A("升级申请递上去了，审核完发短信通知您。别的还办不办？"),
            C("没了。"),
            A("好，谢谢您抽空打这通电话，祝您用卡顺心，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "af18_mobile_banking_login_locked_asked_thrice_hangup",
        "title": "客户手机银行登不上去，三次问为什么被锁，坐席只说确实锁了、让去柜台，客户第三次问时通话随即结束",
        "business_type": "account", "agent_id": "A10305", "customer_tier": "standard",
        "started_at": "2028-07-26T20:14:03", "agent_channel": 0,
        "turns": [
            A(OPENING["A10305"]),
            C("你好，我手机银行今天突然登不上去了，一直提示账户受限，这是咋回事？"),
            A("核身份：身份证号压底那四码，还有工资是哪家单位发的。"),
            C("收梢四位四二零九，工资是一家汽修厂发的。"),
            A("核对通过。您的手机银行登录确实被锁住了。"),
            C("锁了我知道，我问的是为啥会被锁，我啥操作都没动过？"),
            A("锁住以后手机上解不开，您得带身份证去柜台。"),
            C("这是我第三回问了，到底为啥锁我的手机银行？",
              marks=[mark("resolution.repeated_question", "为什么被锁问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "af19_short_billing_date_change_call",
        "title": "客户想改信用卡账单日，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10304", "customer_tier": "standard",
        "started_at": "2028-07-27T18:02:46", "agent_channel": 0,
        "turns": [
            A(OPENING["A10304"]),
            C("喂，信用卡账单日能往后挪几天吗？"),
            A("挪不了。"),
            C("哦，那算了。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "af20_ulaanbaatar_horse_milk_equipment_usd_no_warning_rebuff",
        "title": "锡林郭勒牧民要往乌兰巴托一家公司汇两万美元买马奶加工设备，以证件号码尾端四位加最近一次取现的取款机所在街道核身；三个工作日到账（正确）；客户问汇率时坐席以“汇率又不是我定的，您问我我问谁去”顶撞；未做任何跨境汇款风险提示",
        "business_type": "transfer", "agent_id": "A10301", "customer_tier": "standard",
        "started_at": "2028-07-28T10:26:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A10301"]),
            C("你好，我锡林郭勒放牧的，想从乌兰巴托一家公司买套做马奶酒的设备，要往他们账上汇两万美元，咋弄呀？"),
            A("您要给乌兰巴托的公司汇两万美元买马奶加工设备，是吧？先过一下身份：证件号码尾端四位，还有您最近一次在哪条街的取款机取的钱。"),
            C("尾端四位六五三八，上次在锡林浩特额尔敦路取的。"),
            A("核对一致。您在手机银行境外汇款里填上对方公司名称、账号，还有对方银行的代码，用途填设备货款，一般三个工作日到账。"),
            C("那今天美元换多少钱？能不能等汇率好点再汇？"),
            A("汇率又不是我定的，您问我我问谁去。",
              marks=[mark("etiquette.forbidden_phrase", "汇率又不是我定的，您问我我问谁去：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦")]),
            C("我就随口一问。"),
            A("提交的时候页面上有当时的牌价。还想再办哪桩？"),
            C("没了，今晚回家就操作。"),
            A("行，谢谢您，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "两万美元境外汇款，坐席未做任何跨境汇款风险提示（核实收款方、防范冒充改账户、汇出难追回）")],
    },
]

HELDOUT20_SEED = 20280815
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT20_CALLS, agents=AGENTS, default_out=Path("samples/heldout20"),
                  seed=HELDOUT20_SEED, description=__doc__))
