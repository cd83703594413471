#!/usr/bin/env python3
"""Render the twenty-third held-out evaluation set in samples/heldout23/ (dev-only; never imported by the product).

The earlier held-out sets may have been looked at, so none of them can be trusted to measure
generalisation on its own. This set was written from the bank's standard call flow
(/work/shared/DOMAIN.md) by a helper that never read the rule pack, the rule engine, its tests or
its docs, never read any truth folder and never ran qa-toolkit (only the bank's facts,
rules/bank_zh.kb.yaml, were read, to keep stated facts right and plant two wrong ones). It words
every script step differently from samples/ and the other held-out generators (no clause of five
characters or more is shared, in either direction, with make_samples.py or any make_heldout*.py):
other agents (A10601-A10606) with their own openings (来电受理席…号, 坐席九二六一, 号为您应答,
接听员, 岗位编号, 持证理财师), other verification routes (the month and day of birth, the occupation
registered at account opening, the six-digit phone-banking PIN keyed in on the handset, a face check
through a link texted during the call, the rough amount of the last salary credit, the last four
digits of the home landline on file; the ID digits asked in new words), other hold and closing
phrasings, topics the earlier sets did not use (a Fuzhou fish-ball maker's Mid-Autumn money from his
son, a Chongqing hotpot-base workshop's wealth product, a Kunming flower wholesaler's used
refrigerated truck, a Nanning rice-noodle shop's steam-damaged card, a Haikou grandmother's
flood-soaked banknotes, an Urumqi dried-fruit trader's US-dollar remittance to Turkey, a Shijiazhuang
donkey-burger partnership, a Hohhot dairy farmer's milk money, a Zhengzhou wedding studio's camera
kit, a gym membership refund, a ship engineer's cash-management product, a wallet stolen at a Haikou
night market, a fake airline rebooking deposit, a salary card stopped after a transfer from a flagged
account, expired credit-card points, a counter transfer to a daughter at another bank, a Taiyuan
grandmother's cash for a grandson's tuition, a card switched on for a trip to Japan, a time deposit's
interest, a credit-card statement day), dialect-flavoured customers (Fuzhou, Chongqing, Kunming,
Nanning, Haikou, Urumqi, Shijiazhuang, Hohhot, Zhengzhou, Taiyuan; the Fuzhou, Haikou and Taiyuan
customers are elderly) and hard negatives (steps done in unusual words, steps not required in that
situation, harmless mentions of swindlers and of the police, figures right for another channel, large
transfers and a remittance abroad with a warning, a fraud stopped by the agent, a customer who starts
before the agent has finished). It is for measuring, never for tuning.
Rendering is make_samples.py's, unchanged (same voice, band, codec, truth and metadata formats);
only the dialogues, agents and seed are this file's.

    /work/tts-venv/bin/python tools/make_heldout23.py
    /work/tts-venv/bin/python tools/make_heldout23.py --only ai13_fake_airline_rebooking_deposit_stopped
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A, C, main, mark  # noqa: E402  (tools/ is not a package)

# ---------------------------------------------------------------------------------------------
# The dialogues, in make_samples.py's CALLS format. Labels follow the call-flow standard
# (DOMAIN.md), not what a rule engine might find:
# - greeting: greet, name the bank, give the staff number, offer help, in any order. ai09 greets,
#   names the bank and offers help with no number (staff_id_missing); "嗯，讲吧。" (ai08) is no
#   greeting at all (both);
# - identity: a check before any account data or account action. identity.not_verified = each
#   agent turn that discloses account data before a check: ai10 (a gym refund, then the balance:
#   two turns). General information (ai05: exchanging soaked banknotes; ai16: what a counter
#   transfer needs; ai20) needs none; ai13 stops a fraud before any account data;
# - risk.disclosure_missing: a cash-management product sold as "保本的" with no disclosure (ai11),
#   180,000 to the personal card of a partner met in a chat group with no warning at all (ai07).
#   A disclosure in the agent's own words counts (ai02); the large transfers carry a warning in the
#   agent's own words (ai03, ai09), the remittance abroad too (ai06);
# - risk.keyword_alert: a customer turn reporting fraud, theft, frozen funds or police trouble.
#   ai12 twice (a wallet stolen and 4,500 taken from a cash machine; the report to the police),
#   ai13 once (a fake airline "rebooking deposit" told with no risk word; the agent stops it),
#   ai14 once (a salary card stopped). The radio programme about swindlers (ai01), the grandson who
#   is an auxiliary policeman (ai05) and the agents' own warnings are not alerts;
# - risk.elderly_fraud_advice: ai17 (an 82-year-old taking 40,000 in cash, no advice at all); the
#   other elderly calls (ai01, ai05) carry it;
# - emotion.customer_negative: ai14 twice. etiquette.jargon: ai11. forbidden_phrase and
#   agent_negative: ai15 (both labels);
# - hold: announced holds in other words count (ai02 music, ai04 silent, ai14 silent; all
#   thanked). In ai16 the music (9 s) starts straight after the customer's question with no word
#   from the agent: hold.no_notice (thanked after);
# - etiquette.dead_air: ai17, 12 s after the elderly customer asks how to take the cash;
# - closing: thanks and goodbye in other words count; ai12 ends with "行了，先挂了。":
#   closing.missing; ai19 and ai20 end without any closing;
# - answer.wrong_fact: ai09 (手机银行一天最多五十万; the KB says 二十万) and ai16 (柜台跨行手续费百分之一;
#   the KB says 百分之零点五). Right figures stay unlabelled (ai03's and ai07's 五万 / 二十万; ai09's
#   五万 per transfer; ai04's 七个工作日 beside the cash machine's 两万; ai06's 一到三个工作日);
# - etiquette.interruption: ai15 (1.2 s) and ai18 (1.0 s). In ai03 the customer starts 0.6 s
#   before the agent has finished: not an agent interruption;
# - resolution.repeated_question, closing.abnormal_hangup: ai19; handling.time_standard: ai20;
#   etiquette.speech_rate: the agent at 1.6x (ai18);
# - the other ids as in samples/README.md. A rule id not listed in a truth file is not violated.
# ---------------------------------------------------------------------------------------------

AGENTS = {
    "A10601": {"team": "一线乾组", "staff_no": "四七三九"},
    "A10602": {"team": "一线乾组", "staff_no": "九二六一"},
    "A10603": {"team": "一线坤组", "staff_no": "二五零七"},
    "A10604": {"team": "一线坤组", "staff_no": "七零一八"},
    "A10605": {"team": "一线坤组", "staff_no": "五三八二"},
    "A10606": {"team": "二线巽组", "staff_no": "八六九四"},
}

# Each agent opens in their own words; none is an opening of an earlier set.
OPENING = {
    "A10601": "您好，这边是恒通银行的来电受理席，今天接您电话的是四七三九号，要打听的要办理的，您请讲。",
    "A10602": "恒通银行，您好哇，我是坐席九二六一，您这通电话想解决哪桩事？",
    "A10603": "您好，恒通银行，二五零七号为您应答，您要办点啥？",
    "A10604": "您好，欢迎拨打恒通银行，接听员七零一八在这儿，您不着急，一件一件说。",
    "A10605": "您好，恒通银行，热线服务岗，岗位编号五三八二，您碰上的事交给我来处理。",
    "A10606": "您好，恒通银行财富管家专线，持证理财师八六九四，手里的钱怎么打理，尽管问我。",
}

HELDOUT23_CALLS = [
    # ----------------------------------------------------------------------- clean calls
    {
        "call_id": "ai01_elderly_fuzhou_fish_ball_maker_mid_autumn_money_clean",
        "title": "七十六岁老年客户（福州口音）退休前做鱼丸，问在深圳的儿子打来的两千元过节钱到没到，以身份证号码压在最后的四个数加出生月日核身；客户提到收音机里的防骗节目（无害提及）；坐席说明已到账并用自己的话提醒冒充亲属出事要钱、中奖先交税、索要密码和短信数字码都是骗局，完整合规",
        "business_type": "account", "agent_id": "A10601", "customer_tier": "elderly",
        "started_at": "2028-10-09T09:21:14", "agent_channel": 0,
        "turns": [
            A(OPENING["A10601"]),
            C("喂，阿妹啊，我福州的，七十六了，以前在鼓楼那边做鱼丸卖。我儿子在深圳打工，伊讲中秋给我打了两千块过来，你帮我看一下到厝了没有？"),
            A("依伯您好，儿子从深圳给您打了两千块过节，您想看看进卡没有，这个意思我领会得准不准？"
              "翻您的账之前，先要认一认电话这头确实是依伯：麻烦念一下身份证号码压在最后的那四个数，再讲一讲您是几月几号生日。"),
            C("压在最后的四个是三零八五，我是阳历一月十九号生的。"),
            A("生日和号码都跟留底的吻合。昨天晚上八点多进来一笔两千元，转账人是您儿子的名字，附言写着中秋快乐。"),
            C("好势好势。收音机里那个防骗的节目我每天都听，主持人讲骗子最喜欢盯我们这些老人家。"),
            A("那档节目没说错，依伯我也多叮嘱几句：有人打电话讲您儿子出了事、急着要钱，先挂掉，自己拨儿子的号码问清楚；"
              "讲您中了大奖、要先交一笔税才能领的，一概别信；银行的人从来不会打电话跟您要卡上的密码，手机里收到的那几位数字码也不能念给任何人听。"
              "拿不准的，走到网点当面问。"),
            C("好，我记牢了，回头也讲给隔壁几个老姐妹听。"),
            A("这样最好。钱放在卡里跑不掉，想拿现金，带上卡和身份证去柜台就行。"),
            C("晓得了。"),
            A("依伯，今天这笔钱以外，还有旁的要我看一看的吗？"),
            C("没有了，多谢阿妹。"),
            A("不客气，多谢依伯特地打过来，中秋跟儿子团团圆圆，身体保重，拜拜啦。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai02_chongqing_hotpot_base_workshop_wealth_music_hold_clean",
        "title": "重庆炒火锅底料的小厂老板有二十五万想买理财，以证件号码最末一组四位加按键输入电话银行查询密码核身；告知后播放等待音乐并致谢；坐席用自己的话讲清不是存款、不受存款保险保障、净值涨跌可能亏本金、过去收益不代表以后、九个月不能赎回，建议只投八万并看完说明书和风险揭示书，完整合规",
        "business_type": "wealth", "agent_id": "A10606", "customer_tier": "VIP",
        "started_at": "2028-10-10T10:05:37", "agent_channel": 0,
        "turns": [
            A(OPENING["A10606"]),
            C("喂，你好，我重庆的，屋头开了个炒火锅底料的小厂，账上有二十五万闲起，放活期巴适是巴适，就是利息太少了，想问下有啥子稳当点的理财。"),
            A("您在重庆做火锅底料，手上有二十五万暂时用不上，想找个比活期多挣一点、又不太折腾的去处，我这么归纳没走样吧？"
              "聊具体产品之前，要先认准是您本人：请报一下证件号码最末一组的四位，然后在电话按键上输入六位的电话银行查询密码，按完再按一下井号键。"),
            C("最末一组是七一二六，密码按好了，井号也按了。"),
            A("密码校验通过，确实是您。我要调出您上回做的风险测评，再筛一筛合适的产品，大概十秒钟，这段时间电话里给您放点音乐，您莫挂断。"),
            {"silence": 8.0, "kind": "hold_music"},
            A("音乐一停我就回来了，耽误您听了这么一阵，多谢。您的测评是稳健型，我挑了一款九个月期、评级落在二级风险，钱主要投在债券上。"),
            C("那这个东西会不会蚀本嘛？我们小厂挣点钱不容易。"),
            A("这几句我一定跟您说透：这款东西压根不是存款，出了亏损存款保险也管不到它；产品净值每天都在涨涨跌跌，碰上市场不好，到期拿回来的数目有可能不及投进去的，本金没人担保；"
              "宣传页上那个往年收益，只说明从前，不代表往后也拿得到；九个月里中途赎不回来，急用钱就动不了。"),
            C("哦，我才晓得，那我不能全部放进去，年底还要进一批辣椒。"),
            A("对，进货的钱一定要先留足。依我看先拿八万出来试水，其余的放定期和活期，用的时候随时能取。"
              "手机上确认之前，屏幕上先跳出说明书跟风险揭示书两份材料，您慢慢看完，看懂了再点同意，有一条没弄明白就先别点，打电话来问我。"),
            C("要得，先投八万，安逸。"),
            A("八万这笔照您的意思办。还有别的想跟我合计合计的吗？"),
            C("暂时莫得了。"),
            A("好的，承蒙您把这笔钱交给我们参谋，祝您的底料越炒越香、越卖越旺，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai03_kunming_flower_wholesaler_used_refrigerated_truck_transfer_clean",
        "title": "昆明斗南鲜花批发商要付十六万买二手冷藏车，以身份证号码收在最末的四位加开户登记的职业核身；手机银行每笔五万、一天累计二十万说对；客户在坐席说完前零点六秒开口（非坐席插话）；坐席用自己的话做大额转账提醒（先看车签合同、转车行对公账户、改账户先打车行电话、先付定金过户后付尾款），完整合规",
        "business_type": "transfer", "agent_id": "A10602", "customer_tier": "standard",
        "started_at": "2028-10-11T14:48:02", "agent_channel": 0,
        "turns": [
            A(OPENING["A10602"]),
            C("喂，你好，我昆明斗南做鲜花批发的，看上一辆二手冷藏车，拉花用的，十六万，想用手机银行把钱转给卖车的公司，咋个整？"),
            A("您在斗南批发鲜花，要买一辆二手冷藏车，十六万，准备用手机银行付给车行，是这样吧？"
              "钱数不算小，得先看看动手操作的是不是您本人：身份证号码收在最末的四位数是多少，还有开户那会儿登记的职业是什么。"),
            C("收在最末的四位是五二九三，职业填的是个体工商户。"),
            A("信息一致。手机银行每一笔封顶五万，一天累计上限二十万，十六万拆成四笔，今天之内就能付清。"),
            C("分四回也要得嘛，板扎得很。", overlap=0.6),
            A("付钱之前有几件事您要留心：先去车行把车看过、试开过，手续和合同都签好；钱转进合同上那家车行的对公账户，户名逐字核对；"
              "要是有人打电话或发信息说收款账户临时换了，别急着转，先按车行门口挂的电话打过去问；钱分几回给，过户办完再付剩下的。"),
            C("咯是嘛，我差点就听那个业务员的打到他私人卡上了，那我先付定金，过户了再付尾款。"),
            A("这样稳当得多。您这边还有哪样要我一并弄的？"),
            C("没得喽，谢谢你啊。"),
            A("不客气，谢谢您耐着性子把这些听完，祝冷藏车早点拉上花，一路顺风，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai04_nanning_rice_noodle_shop_steam_damaged_card_silent_hold_clean",
        "title": "南宁老友粉店老板的卡被蒸汽熏坏芯片要换卡，以身份证号码排在最末尾的四位加出生月日核身；告知后静音保留并致谢；新卡七个工作日（正确），取款机一天里顶多取出两万（另一渠道），完整合规",
        "business_type": "card", "agent_id": "A10603", "customer_tier": "standard",
        "started_at": "2028-10-12T16:12:45", "agent_channel": 0,
        "turns": [
            A(OPENING["A10603"]),
            C("喂，你好，我南宁的，开老友粉店，那张卡天天揣在围裙兜里，叫蒸汽熏得芯片都鼓起来了，插进机器就报错，冇用得了，想弄张新的来用。"),
            A("您那张卡的芯片被蒸汽熏坏，机器认不出卡，想弄张新的来用，对吧？"
              "换卡要在您的账户上操作，先验一验您的身份：身份证号码排在最末尾的四位请讲一下，再讲讲您的出生月日。"),
            C("排在最末尾的是四六一八，我是阳历四月二号出生的。"),
            A("核对无误。我这就给您提交换卡申请，系统处理要一点时间，这当口听筒里不出声，顶多七八秒的工夫，您别挂断。"),
            {"silence": 7.0, "kind": "hold"},
            A("感谢您耐心守着，申请已经提交好了，卡号还是原来那一串，旧卡作废不影响里面的钱。"),
            C("那新卡要几天才到我手上？"),
            A("新卡大概七个工作日做好，会寄到您留的地址。在这之前要用钱，带身份证到柜台取就可以。"),
            C("新卡拿到手以后，在店门口那台取款机一天最多能取几多？"),
            A("取款机上一天里顶多取出两万，转账的额度另外算，跟这个不相干。"),
            C("得，我晓得了，好嘢。"),
            A("那今天还有别的要我帮着看的吗？"),
            C("冇了冇了。"),
            A("好的，多亏您特地拨过来，卡以后离灶台远一点，祝老友粉店客满座满，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai05_elderly_haikou_typhoon_soaked_banknotes_info_clean",
        "title": "七十一岁老年客户（海口口音）台风进屋，饼干铁盒里的六千元现金泡水粘连，问能不能兑换（一般业务咨询，不涉及账户，无需核身）；客户提到孙子在派出所当辅警（无害提及）；坐席说明柜台免费兑换、不要硬掰，并用自己的话提醒高价换残币、冒充银行代保管现金都是骗局，完整合规",
        "business_type": "account", "agent_id": "A10604", "customer_tier": "elderly",
        "started_at": "2028-10-13T10:41:26", "agent_channel": 0,
        "turns": [
            A(OPENING["A10604"]),
            C("喂，妹仔啊，我海口的，七十一了。上个月台风进屋，我放在饼干铁盒里的六千块现金泡了水，有的都粘在一起了，还能换吗？"),
            A("阿婆您好，台风把屋里淹了，您铁盒里的六千块泡水粘住了，想问能不能换成好的，是吧？"
              "这个只是问现金怎么兑换，碰不到您账户里的东西，所以不需要核对您的身份。"
              "泡过水、粘在一块的钞票，只要图案和号码还认得出来，拿到我们任意一个网点的柜台就能兑换，不收钱。"),
            C("粘在一起的我不敢掰开，怕掰烂了。"),
            A("您千万别硬掰，也别拿吹风机烤，就连着铁盒一起，用塑料袋装好带过去，柜员会小心分开，一张一张点清楚。"),
            C("好。我孙子在派出所当辅警，他讲现在骗子多，叫我出门带钱小心一点。"),
            A("您孙子讲的一点不差，阿婆我也提醒几句：路上有人主动凑上来说能高价帮您换旧钱、换烂钱的，别理他；"
              "有人来电话说他是银行里的人，要您把现金存到某个账户里替您保管，那也是骗人的；换钱就到柜台，当面换、当面点，最稳妥。"),
            C("无问题，我叫孙子陪我去。"),
            A("有孙子陪着最好。阿婆还有别的事情要问吗？"),
            C("无了无了，鲁讲得好清楚。"),
            A("不客气，谢谢阿婆打过来问，愿您身子骨硬硬朗朗，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai06_urumqi_dried_fruit_trader_turkey_dollar_remittance_clean",
        "title": "乌鲁木齐干果商要给土耳其一家公司汇一万二千美元买葡萄干分拣机，以身份证号码末了四个数字加短信链接刷脸核身；一到三个工作日到账（正确）；坐席用自己的话做跨境汇款风险提示（只汇卖方公司自己的账户、对照合同和官网、聊天里的账号先别用、有出入先打电话、出境难追回），完整合规",
        "business_type": "transfer", "agent_id": "A10605", "customer_tier": "standard",
        "started_at": "2028-10-16T15:30:18", "agent_channel": 0,
        "turns": [
            A(OPENING["A10605"]),
            C("喂，你好，我这里是乌鲁木齐，在大巴扎旁边卖干果，要从土耳其一家公司买一台分拣葡萄干的机器，得汇一万二千美元过去，这个咋弄？"),
            A("您要给土耳其的公司汇一万二千美元，买分拣葡萄干的机器，想知道该怎么往外汇，我听得对吧？"
              "往国外汇款要占用您本人的购汇额度，要先核准是您本人：请说身份证号码末了的四个数字，我再往您手机上发一条带链接的短信，您点开对着镜头刷一下脸。"),
            C("末了的四个是九零四一。短信来了，脸也刷过了，上面写着成功。"),
            A("人脸比对通过。您在手机银行里点跨境汇款，收款人那栏照合同填那家公司的全称、账号以及收款行的国际代码，用途选进口设备。"
              "顺利的话，一到三个工作日钱就到对方账上。"),
            C("合同上写的账号跟那边业务员在聊天软件里发给我的不一样，我照哪个填？"),
            A("这一点一定要当心：钱只汇到卖方公司自己名下的账户，户名要和合同上的公司名一模一样，聊天软件里发过来的账号先别用；"
              "您对着合同和那家公司官网上公布的信息核一遍，有出入就直接给公司打电话问清楚；钱一出了境，填错了或者上了当，想再要回来难上加难。"),
            C("好，那我按合同上的填，先给他们公司打个电话。"),
            A("这样就对了。美元按您点确认那一刻的牌价扣人民币。另外还有要我帮您的吗？"),
            C("没有了，歹得很，谢谢丫头子。"),
            A("不客气，谢谢您一步一步核得这么仔细，祝新机器早点运到，干果生意越做越大，再见。"),
        ],
        "violations": [],
    },
    # ------------------------------------------------------------------ planted violations
    {
        "call_id": "ai07_shijiazhuang_donkey_burger_partner_private_card_no_warning",
        "title": "石家庄客户要把十八万转到老乡群里认识的合伙人个人卡上合开驴肉火烧店，对方催明天之前到账，以身份证号码最末端四个数加预留家庭座机后四位核身；每笔五万、一天二十万（正确）；坐席只讲怎么转，未做任何大额转账风险提示",
        "business_type": "transfer", "agent_id": "A10601", "customer_tier": "standard",
        "started_at": "2028-10-17T11:08:51", "agent_channel": 0,
        "turns": [
            A(OPENING["A10601"]),
            C("喂，俺石家庄的，跟一个在老乡群里认识的朋友合伙开驴肉火烧店，他讲门面已经看好了，让俺明天之前把十八万打到他个人卡上，俺想今天就用手机转过去，中不中？"),
            A("您要往合伙人的个人卡上转十八万开火烧店，想今天用手机转完，对吧？"
              "转钱的事得先弄准是您本人：身份证号码最末端四个数是多少，再说一下您登记的家里座机号码后四位。"),
            C("四个数是二七零六，座机后四位是八三五一。"),
            A("核对一致。拿手机银行来操作，每一笔最多五万，一天合在一处最多二十万，十八万分四笔走，今儿一天就能走完，收款人那栏照他给的卡号和名字填上就行。"),
            C("得劲，那俺中午就转。"),
            A("好嘞。还有别的要办的吗？"),
            C("没了，就这一件。"),
            A("好的，多谢您找到我们，祝火烧店早日开张，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "十八万元转到老乡群里认识、催着明天到账的合伙人个人卡上，坐席未做任何大额转账风险提示（核实对方身份、签合伙协议、先看门面、防范以合伙为名诈骗）")],
    },
    {
        "call_id": "ai08_no_greeting_hohhot_dairy_farmer_milk_money_check",
        "title": "呼和浩特郊区奶牛养殖户查合作社打来的奶款；坐席以“嗯，讲吧。”接起，无问候、行名、工号；以身份证号码尾端四个数加开户登记的职业核身，其余流程合规",
        "business_type": "account", "agent_id": "A10604", "customer_tier": "standard",
        "started_at": "2028-10-18T13:36:09", "agent_channel": 0,
        "turns": [
            A("嗯，讲吧。"),
            C("喂？是恒通银行不是？我呼和浩特郊区养奶牛的，合作社讲这个月的奶款打过来了，让我瞅瞅进没进卡。"),
            A("对，恒通银行。查款之前得先认准是您本人，身份证号码尾端那四个数报一下，再说说开户的时候您填的职业是啥。"),
            C("四个数是一三九七，职业填的是农民，养牛的。"),
            A("对上了。十月八号合作社打进来三千四百六十元，附言写的是九月奶款。"),
            C("那就对嘞，比上个月多了点，这阵儿奶价红火。"),
            A("嗯，钱已经躺在卡里了。其他还有要查的没有？"),
            C("没了。"),
            A("好，劳您专门来问一趟，祝牛儿膘肥体壮，再见。"),
        ],
        "violations": [mark("greeting.missing", "只说了嗯，讲吧：没有问候语、行名和服务用语"),
                       mark("greeting.staff_id_missing", "没有报工号")],
    },
    {
        "call_id": "ai09_no_staff_number_zhengzhou_wedding_studio_camera_daily_limit_wrong",
        "title": "郑州婚纱摄影工作室要付十二万买相机灯光，开场白有问候、行名和服务用语但不报工号；以身份证号码最靠尾巴的四位加按键输入查询密码核身；单笔五万（正确），把日累计限额说成五十万（知识库为二十万）；坐席做了大额转账提醒",
        "business_type": "transfer", "agent_id": "A10602", "customer_tier": "standard",
        "started_at": "2028-10-19T10:17:33", "agent_channel": 0,
        "turns": [
            A("您好，恒通银行，很乐意听您说说今天碰到的情况。"),
            C("恁好，俺郑州的，开了个婚纱摄影工作室，要从一家器材公司买一套相机和灯，十二万，想在手机上转过去，咋转？"),
            A("您的婚纱摄影工作室要添一套相机和灯光，十二万，准备在手机上付给器材公司，对吧？"
              "先认一认是不是您本人在操作：请说身份证号码最靠尾巴的四位，再在电话按键上输一下六位查询密码，以井号结束。"),
            C("最靠尾巴的四位是六零五二，密码按完了。"),
            A("验证通过。手机银行单笔的上限五万，一天加在一块儿最多能转五十万，十二万拆作三回，今儿个就能全部付出去。",
              marks=[mark("answer.wrong_fact", "手机银行日累计转账限额应为二十万元（知识库），坐席说成五十万")]),
            C("中，那俺下午转。"),
            A("转之前您再留个心：器材最好先去公司验过货，签好购销合同，钱只付到合同上那家公司的对公账户；"
              "对方要是临时让您换个私人账户付款，或者说今天不付明天就涨价，先别转，打公司的座机问清楚再说。"),
            C("咦，你提醒得对，俺先去店里看看货。"),
            A("那就妥当了。其他还有想问的不？"),
            C("没了，得劲。"),
            A("好的，谢谢您，祝工作室的客人一天比一天多，再见。"),
        ],
        "violations": [mark("greeting.staff_id_missing", "开场白有问候、行名和服务用语，没有报工号")],
    },
    {
        "call_id": "ai10_gym_membership_refund_no_identity",
        "title": "客户查健身房退回的年卡余款，坐席未做任何身份核验即说出到账日期、金额、付款方和附言，又报出卡上可用余额（坐席在声道一）",
        "business_type": "account", "agent_id": "A10603", "customer_tier": "standard",
        "started_at": "2028-10-20T19:02:40", "agent_channel": 1,
        "turns": [
            A(OPENING["A10603"]),
            C("你好，我办的健身年卡退掉了，健身房说剩下的钱会退到我付款的那张卡上，两千六百四，你帮我瞧瞧回来了没？"),
            A("回来了，十月十八号上午，一家健身管理公司转进来两千六百四十元，附言是会员卡退费。",
              marks=[mark("identity.not_verified", "未做任何身份核验就说出退款的到账日期、金额、付款方和附言")]),
            C("好，顺便报下我卡上还剩几个钱？"),
            A("现在这张卡的可用余额是八千零三十五元。",
              marks=[mark("identity.not_verified", "未核验身份即报出卡上可用余额")]),
            C("行，知道了。"),
            A("还有别的需要我查的吗？"),
            C("没有了。"),
            A("好的，谢谢您，换个地方锻炼也要坚持下去，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai11_ship_engineer_cash_management_jargon_no_disclosure",
        "title": "远洋货轮轮机长休假，有三十五万想买理财，以证件号码落在最后的四位加最近一笔工资入账金额核身；坐席介绍产品满口术语（摊余成本法、七日年化、万份收益、信用债、同业存单、最大回撤、申赎T加一）；客户问会不会少，坐席说保本、一分不少，未做风险揭示即下单",
        "business_type": "wealth", "agent_id": "A10606", "customer_tier": "VIP",
        "started_at": "2028-10-23T09:44:12", "agent_channel": 0,
        "turns": [
            A(OPENING["A10606"]),
            C("你好，我在远洋货轮上当轮机长，刚下船休假，攒了三十五万，想找个能随时取、又比活期强的地方放着。"),
            A("先核身份：证件号码落在最后的四位，再说一下您最近一笔工资进账大概是多少。"),
            C("最后四位八八二零，上个月工资进来大概四万一。"),
            A("核下来没毛病。推荐您一款增强型现金管理产品，估值用的是摊余成本法，七日年化目前两点三，万份收益每天公布，底层以高等级信用债和同业存单为主，历史最大回撤很小，申购和赎回都是T加一日确认。",
              marks=[mark("etiquette.jargon", "摊余成本法、七日年化、万份收益、信用债、同业存单、最大回撤、申赎T加一，未向客户解释")]),
            C("你说的这些我在机舱里从来没听过，我就想听个大白话，投进去以后本钱会不会缩水？"),
            A("这您把心放肚子里，保本的，一分钱都少不了，收益也稳稳当当。"),
            C("那三十五万全放进去。"),
            A("好，三十五万给您买好了。还要办别的吗？"),
            C("没了。"),
            A("好的，谢谢您，下船了好好歇一歇，再见。"),
        ],
        "violations": [mark("risk.disclosure_missing", "为客户下单三十五万元理财产品，客户问会不会少时坐席说保本、一分钱都少不了，未做任何风险揭示")],
    },
    {
        "call_id": "ai12_haikou_night_market_wallet_stolen_cash_taken_no_closing",
        "title": "游客在海口夜市钱包被偷，夹着写了密码的纸条，半夜卡里四千五被人在取款机上取走，已到派出所报警；坐席以身份证号码最后一截四位加出生月日核身，冻结卡片、说明打取款记录给民警，但最后只说“行了，先挂了。”，无致谢道别",
        "business_type": "complaint", "agent_id": "A10602", "customer_tier": "standard",
        "started_at": "2028-10-24T08:26:55", "agent_channel": 0,
        "turns": [
            A(OPENING["A10602"]),
            C("喂，我来海口旅游，昨晚在夜市吃海鲜，钱包叫人偷了，银行卡也在里面，今早一看短信，半夜有人在取款机上取走了四千五！",
              marks=[mark("risk.keyword_alert", "钱包被偷、卡里四千五被人在取款机上取走：盗取")]),
            A("您先别慌，我这就帮您处理。先核一下是您本人：身份证号码最后一截四位是多少，还有您的出生月日。"),
            C("最后一截是五七三八，我十一月二十六号生的。"),
            A("信息吻合，卡已经帮您冻结了，从现在起谁拿着这张卡都取不出钱、也刷不了。"),
            C("钱包里夹了张纸条，上面写着密码，我真是糊涂。刚才我已经去夜市旁边的派出所报了警，民警让我找银行要取款记录。",
              marks=[mark("risk.keyword_alert", "已到派出所报警：涉案")]),
            A("您带着身份证和报警回执到海口任意一个网点，柜台能打出这笔取款的时间和取款机的位置，交给民警调监控用。"
              "以后密码千万别写下来跟卡放在一起，新卡办好以后也换个新密码。"),
            C("知道了，我这就打车去网点。"),
            A("行了，先挂了。"),
        ],
        "violations": [mark("closing.missing", "坐席只说行了，先挂了：没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ai13_fake_airline_rebooking_deposit_stopped",
        "title": "客户收到航班取消短信，回拨后自称航空公司的人让往验证账户转三千元改签押金、承诺连押金带三百元补偿退回（未用风险词的诈骗话术）；坐席识破并用自己的话劝阻：不转钱、挂断、不拨短信号码、不点链接、不给验证码，查航班走官方渠道，已转钱就打反诈热线并报案；未涉及账户数据，无需核身",
        "business_type": "transfer", "agent_id": "A10605", "customer_tier": "standard",
        "started_at": "2028-10-25T17:52:31", "agent_channel": 0,
        "turns": [
            A(OPENING["A10605"]),
            C("你好，我下午收到一条短信，说我明天去成都的航班取消了，我打了短信上那个号码，对方说是航空公司的，改签要先往一个验证账户转三千块押金，改签好了连押金再加三百块补偿一起退给我，我想问问用手机转给他怎么转最快。",
              marks=[mark("risk.keyword_alert", "航班取消短信、自称航空公司、改签先往验证账户转押金、承诺退押金加补偿：诈骗话术")]),
            A("您先别转，一分钱都不要转。这是冒充航空公司的骗局：航班真有变动，航空公司会通过您买票的渠道通知，改签不收押金，更不会叫您往什么验证账户打钱。"
              "您把那个电话挂了，短信里的号码别再拨，对方发的链接别点，谁问您要手机上的验证码都不给。"),
            C("我还没转，他现在还在微信上催我。"),
            A("不用理他，直接删掉。想确认航班，就打航空公司官网上公布的客服电话，或者打开您买票的那个软件看。"
              "倘若钱已经出了手，第一时间拨九六一一零，同时到就近的公安机关报案。"),
            C("好险，幸亏先给你们打了个电话。"),
            A("您多问了这一句，就把三千块保住了。还有其他事要我搭把手吗？"),
            C("没有了，谢谢。"),
            A("不客气，谢谢您这么警觉，祝您明天出行顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai14_chongqing_salary_card_stopped_flagged_transfer_angry_hold",
        "title": "重庆客户工资卡在超市刷不出、手机银行转不了，被告知冻结，愤怒、扬言投诉；坐席共情担责，以身份证号码尾巴那一组四个数加最近一次工资入账金额核身，告知后静音保留并致谢，查明是涉诈账户转入两万触发非柜面暂停，说明到网点解除并提醒“打错钱”圈套",
        "business_type": "complaint", "agent_id": "A10601", "customer_tier": "standard",
        "started_at": "2028-10-26T12:15:04", "agent_channel": 0,
        "turns": [
            A(OPENING["A10601"]),
            C("喂，我重庆的，今天在超市买东西，卡一刷就提示失败，手机银行也转不了账，屏幕上讲这张卡冻结了，工资卡你们也敢随便冻？你们银行硬是凶哦！",
              marks=[mark("risk.keyword_alert", "卡被冻结、刷卡转账都用不了：冻结资金"),
                     mark("emotion.customer_negative", "工资卡也敢随便冻、硬是凶：质问、不满")]),
            A("卡突然用不了，买个东西都付不出钱，您着急冒火完全可以理解，这件事我来负责查到底，给您一个明白的说法。"
              "先按规定核一下身份：请讲身份证号码尾巴那一组四个数，再讲一下您最近一次工资进账大约多少钱。"),
            C("五一九零，工资上个月进来六千多点。你们一天到晚就晓得核对，出了事没一个人负责，我要打电话投诉你们！",
              marks=[mark("emotion.customer_negative", "出了事没一个人负责、我要投诉你们：投诉、不满")]),
            A("核对通过。您的意见我都记下了。我去后台查一下限制的具体原因，大约二十秒，中途电话里没有声音，请您先不要挂。"),
            {"silence": 7.0, "kind": "hold"},
            A("叫您空等了这么一会儿，多谢您捏着电话不撂。查清楚了：前天有一个陌生账户往您卡上转了两万元，那个账户已经被警方列为涉诈账户，系统就把您这张卡的非柜面交易先暂停了，钱还在，并非法院那种冻结。"),
            C("那两万我根本不晓得是哪个打的。"),
            A("那这两万您先别碰，也别照陌生人的要求往回转。请带上身份证到任意网点，把这笔钱的来龙去脉说明一下，核实以后就能恢复使用；"
              "要是有人打电话自称打错了钱、让您转到另一个账户，那多半是圈套，直接挂掉。"),
            C("好嘛，那我明儿个跑一趟网点。"),
            A("耽误您买东西，这一趟给您添堵了。还有其他需要我跟进的吗？"),
            C("这会儿没了。"),
            A("好的，谢谢您听我把原因讲完，祝您明天顺顺当当办好，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai15_expired_card_points_interrupt_rebuff",
        "title": "客户信用卡三万多积分到期清零未获通知，坐席在客户陈述未完时插话一次，并以“规定写得明明白白，您自己不看，跟我嚷嚷有什么用，我又不是定规矩的人”推诿、顶撞客户；以身份证号码末尾一组四个数加预留家庭座机后四位核身",
        "business_type": "card", "agent_id": "A10604", "customer_tier": "standard",
        "started_at": "2028-10-27T15:39:48", "agent_channel": 0,
        "turns": [
            A(OPENING["A10604"]),
            C("你好，我信用卡攒了三万多积分，本来打算月底换个电饭煲，今天一看全部清零了，也没人提前通知我，我想问问能不能给我恢复回来，毕竟这些积分是我一笔一笔"),
            A("积分过期清零是吧，我明白了。", overlap=1.2,
              marks=[mark("etiquette.interruption", "客户还在陈述时坐席开口，重叠约一点二秒")]),
            C("嗯，对。"),
            A("积分是挂在您名下的，我得先验一验拨电话的是不是卡主，身份证号码末尾一组四个数，还有您预留的家里座机后四位。"),
            C("末尾一组是三三八一，座机后四位六二零九。"),
            A("核对通过。您那三万二千积分是十月一号到期清零的。"),
            C("可是到期前你们一条短信都没发，这能怪我吗？"),
            A("规定写得明明白白，您自己不看，跟我嚷嚷有什么用，我又不是定规矩的人。",
              marks=[mark("etiquette.forbidden_phrase", "您自己不看，跟我嚷嚷有什么用，我又不是定规矩的人：推诿、顶撞客户"),
                     mark("emotion.agent_negative", "语气生硬、不耐烦、推卸责任")]),
            C("我只是想问问有没有补救的办法。"),
            A("清零的积分恢复不了，以后可以在手机银行积分页面看到期时间。"),
            C("那算了。"),
            A("另有什么想问？"),
            C("没了。"),
            A("嗯，谢谢，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai16_counter_transfer_to_daughter_fee_wrong_music_no_notice",
        "title": "客户没开手机银行，想去柜台给在外地读书的女儿跨行转八千生活费，问要带什么、收多少手续费（一般咨询，不涉及账户，无需核身）；客户问手续费后直接进入九秒等待音乐、坐席未告知，之后致谢；把柜台跨行转账手续费说成百分之一（知识库为百分之零点五）",
        "business_type": "transfer", "agent_id": "A10603", "customer_tier": "standard",
        "started_at": "2028-10-30T11:23:16", "agent_channel": 0,
        "turns": [
            A(OPENING["A10603"]),
            C("你好，我没开手机银行，想明天去你们柜台给闺女转八千块生活费，她的卡是别的银行的，我想先问问要带些啥，另外跨行收不收钱。"),
            A("您打算明天到柜台给女儿转八千块生活费，收款卡是别家银行的，想先问清手续和收费，对吧？"
              "这个只是咨询，不涉及查您的账户，用不着核身份。您带上自己的卡和身份证，再把女儿的姓名、卡号和开户行抄在纸上带去就行。"),
            C("好。那柜台跨行到底收多少手续费？"),
            {"silence": 9.0, "kind": "hold_music",
             "marks": [mark("hold.no_notice", "客户提问后直接进入保留（播放等待音乐），坐席没有告知客户稍候")]},
            A("刚才让您听了一会儿音乐，劳您久候了。您去柜台往外行的卡里转，跨行手续费按转账金额的百分之一收。",
              marks=[mark("answer.wrong_fact", "柜台跨行转账手续费应为百分之零点五（知识库），坐席说成百分之一")]),
            C("八千块就是八十，行，我心里有数了。"),
            A("另外要是有人冒充您女儿发消息，说急着要钱、换了新卡号，您先打她电话确认了再转。还有哪块没问到的？"),
            C("没有了。"),
            A("好的，多谢您事先问个明白，祝闺女学业顺利，再见。"),
        ],
        "violations": [],
    },
    {
        "call_id": "ai17_elderly_taiyuan_grandson_tuition_cash_dead_air",
        "title": "八十二岁老年客户（太原口音）要取四万现金给考上研究生的孙子交学费，以身份证号码最末尾那四个数加出生月日核身；客户问怎么取后双方无声十二秒；全程无防诈骗提醒",
        "business_type": "account", "agent_id": "A10605", "customer_tier": "elderly",
        "started_at": "2028-10-30T09:07:22", "agent_channel": 0,
        "turns": [
            A(OPENING["A10605"]),
            C("喂，闺女，我太原的，俺活到八十二了。我孙子考上研究生了，我想从卡里取四万块现钱给他交学费，俺这卡上够不够嘞？"),
            A("大娘您好，您想给考上研究生的孙子取四万块现金交学费，先看看卡里够不够，是吧？"
              "查之前要确认是您本人：请说说身份证号码最末尾那四个数，再说一下您是几月几号出生的。"),
            C("最末尾那四个是零六二四，我是阳历八月十五号生的。"),
            A("对上了。您卡上现在有六万三千元，取四万是够的。"),
            C("那我这四万现钱咋取嘞？能不能叫孙子拿上我的卡去取？"),
            {"silence": 12.0, "kind": "dead_air",
             "marks": [mark("etiquette.dead_air", "客户提问后双方无声十二秒，坐席未作任何告知")]},
            A("四万块要您本人带身份证到柜台取，头天先打个电话约一下，别人拿您的卡取不了这么多。"),
            C("那我叫孙子陪我去。"),
            A("好的。大娘还有别的事吗？"),
            C("没了，谢谢闺女。"),
            A("不客气，祝您孙子学业有成，再见。"),
        ],
        "violations": [mark("risk.elderly_fraud_advice",
                            "八十二岁老年客户打算取四万现金，坐席全程未给任何防诈骗提醒（如冒充亲属、学校收费、公检法要求转账或索要密码）")],
    },
    {
        "call_id": "ai18_fast_agent_card_overseas_switch_japan_trip",
        "title": "坐席语速过快（约一点六倍）；客户下月去日本，问信用卡境外能否刷，以身份证号码最后面那组四位加开户登记的职业核身；坐席在客户陈述未完时插话一次",
        "business_type": "card", "agent_id": "A10604", "customer_tier": "standard",
        "started_at": "2028-10-31T14:51:37", "agent_channel": 0, "agent_speed": 1.6,
        "turns": [
            A(OPENING["A10604"]),
            C("你好，下个月我跟家里人去大阪逛一圈，想问问信用卡在那边能不能刷，是不是要先开个什么东西，我听同事说好像要在手机上"),
            A("境外刷卡是吧，先核身份，身份证号码最后面那组四位，再说下开户时登记的职业。", overlap=1.0,
              marks=[mark("etiquette.interruption", "客户陈述未说完坐席即插话，重叠约一点零秒")]),
            C("四位是七四五九，登记的是初中数学老师。"),
            A("核对好了，手机银行卡片设置里有个境外用卡的开关，打开就能在日本刷，回国以后建议再关上。"),
            C("慢点说行吗，设置里的哪个开关？"),
            A("卡片设置，找境外用卡那一项，打开，回国再关。"),
            C("好，我找到了。"),
            A("好的，旁的还要弄点啥？"),
            C("没了。"),
            A("好，谢谢您，旅途愉快，再见。"),
        ],
        "violations": [mark("etiquette.speech_rate", "坐席全程以约一点六倍正常语速说话")],
    },
    {
        "call_id": "ai19_time_deposit_interest_short_asked_thrice_hangup",
        "title": "客户三万元一年定期到期，利息比存时柜员算的少一百多，三次问为什么少，坐席只报利息数额、让去手机银行看明细，客户第三次问时通话随即结束",
        "business_type": "account", "agent_id": "A10602", "customer_tier": "standard",
        "started_at": "2028-10-31T20:12:58", "agent_channel": 0,
        "turns": [
            A(OPENING["A10602"]),
            C("你好，我那笔三万的一年定期昨天到期了，到手的利息比我存的时候柜员算给我的少了一百多，这里头是咋个算的？"),
            A("核对身份，身份证号码末位那四个数，再在按键上输一下查询密码，按井号结束。"),
            C("四个数是二八一六，密码按好了。"),
            A("验证通过。您这笔定期到期利息是四百五十元，已经和本金一起转进活期。"),
            C("利息多少我看见了，我问的是为啥比当时算的少一百多？"),
            A("利息已经进了您的活期，您可以在手机银行里查明细。"),
            C("这个问题我已经开口问了三回，少的那一百多块到底是怎么回事？",
              marks=[mark("resolution.repeated_question", "利息为什么少了问了三遍仍未得到答复"),
                     mark("closing.abnormal_hangup", "客户提问后通话随即结束，坐席没有作答也没有结束语")]),
        ],
        "violations": [mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
    {
        "call_id": "ai20_short_statement_day_call",
        "title": "客户问信用卡账单日能否改到月底，坐席一句话打发，不到二十秒结束（疑似草率结束），无结束语",
        "business_type": "card", "agent_id": "A10603", "customer_tier": "standard",
        "started_at": "2028-10-31T18:40:11", "agent_channel": 0,
        "turns": [
            A(OPENING["A10603"]),
            C("喂，信用卡账单日能改到月底吗？"),
            A("改不了。"),
            C("哦，那算了。"),
        ],
        "violations": [mark("handling.time_standard", "信用卡业务通话不足二十秒（标准下限），疑似草率结束"),
                       mark("closing.missing", "坐席没有询问其他需求、致谢或道别")],
    },
]

HELDOUT23_SEED = 20281123
"""Gaps and noise: a seed of its own, so no call shares an earlier set's timing."""

if __name__ == "__main__":
    sys.exit(main(calls=HELDOUT23_CALLS, agents=AGENTS, default_out=Path("samples/heldout23"),
                  seed=HELDOUT23_SEED, description=__doc__))
