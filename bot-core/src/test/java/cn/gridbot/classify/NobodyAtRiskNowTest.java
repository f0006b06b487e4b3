package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NobodyAtRiskNowTest {

    private static final Normaliser NORMALISER = new Normaliser();

    @Test
    void aTheftWithNobodyAtRiskIsATheftAlone() {
        assertTrue(NobodyAtRiskNow.told("超市里有个人正在往衣服里头塞东西 收银员还没发现"));
        assertTrue(NobodyAtRiskNow.told("有人正在撬我隔壁的门，这会儿还在撬，人家没在屋"));
        assertTrue(NobodyAtRiskNow.told("工地上的钢筋有人在偷，现在正拿三轮车在装"));
        assertTrue(NobodyAtRiskNow.told("刚才看到有个人在工地边上偷电缆，还在剪"));
        assertFalse(NobodyAtRiskNow.told("有人在偷剪电线，电线掉下来还在冒火花"), "sparks");
    }

    @Test
    void cigarettesOrGoodsLoadedOntoAVehicleAreWhatIsTakenNotADanger() {
        assertTrue(toldAsWritten("超市里有个人正在往衣服里塞东西 塞了好几包烟了"));
        assertTrue(toldAsWritten("有人在偷我们工地的钢筋 现在还在往车上搬"));
        assertTrue(toldAsWritten("门面的卷帘门昨晚被人撬了，少了两条香烟和300来块钱"));
        assertFalse(toldAsWritten("有人在撬隔壁的门，屋里在冒烟"), "smoke");
        assertFalse(toldAsWritten("有人偷东西被发现，把店员往车上拖"), "a person dragged onto a vehicle");
        assertFalse(toldAsWritten("有人偷东西被发现，把店员往车上扛"), "a person carried onto a vehicle");
        assertFalse(toldAsWritten("有人偷了东西，又把一个小姑娘往面包车里装"), "a girl put into a van");
        assertFalse(toldAsWritten("两个男的偷偷把一个喝醉的女的往车上抬"), "a drunk woman lifted into a car");
        assertFalse(toldAsWritten("小偷逃跑时扔的香烟把纸箱点着了"), "cigarettes that set a box alight");
    }

    @Test
    void aTheftWithAPersonAtRiskOrAnotherDangerIsNot() {
        assertFalse(NobodyAtRiskNow.told("有人正在撬我家的门，我一个人在家"), "the writer is alone at home");
        assertFalse(NobodyAtRiskNow.told("小偷被发现了，拿刀把店主砍伤了"), "violence");
        assertFalse(NobodyAtRiskNow.told("门刚撬开，老两口叫不醒，屋里全是炉子味"), "people who do not wake");
        assertFalse(NobodyAtRiskNow.told("我儿子被一个男的往车上拉走了"), "a child taken away");
        assertFalse(NobodyAtRiskNow.told("有人在撬门，我不敢出去"), "the writer, afraid, may be behind that door");
        assertFalse(NobodyAtRiskNow.told("快点，有人在撬我家的门，我不敢出去"), "the writer's own door");
    }

    @Test
    void aWatcherAfraidToGoOutOrCallingForHurryPutsNobodyAtRisk() {
        assertTrue(NobodyAtRiskNow.told("有个人现在正在撬隔壁铺子的门，我不敢出去"));
        assertTrue(NobodyAtRiskNow.told("快来，有个人正在撬停车场里的车窗"));
        assertTrue(NobodyAtRiskNow.told("公交车上有个人在掏前面孃孃的包包，我没敢喊"));
        assertFalse(NobodyAtRiskNow.told("公交车上有个人在掏别人的包，被发现了拿刀出来"), "a knife");
    }

    @Test
    void aTheftToldInEnglishIsReadLikeOneToldInChinese() {
        assertTrue(toldAsWritten("someone stole my phone at 南塘 market just now, 一个穿蓝色衣服的男的, 往汽车站方向跑了"));
        assertTrue(toldAsWritten("someone stole my phone from my bag on the bus, route 3, about 20 minutes ago"));
        assertTrue(toldAsWritten("a thief is taking bikes from the 车棚 right now"));
        assertFalse(toldAsWritten("someone stole my bag and pushed my grandma down"), "pushed");
        assertFalse(toldAsWritten("the thief robbed an old man at the 菜市场"), "robbed, an old man");
        assertFalse(toldAsWritten("someone stole my phone and now he is following me"), "following the writer");
        assertFalse(toldAsWritten("a thief broke in, my kid is home alone"), "a child at home");
    }

    @Test
    void aTheftToldInEnglishWithAnyEnglishWordOfAPersonAtRiskIsNot() {
        assertFalse(toldAsWritten("a thief is inside my house right now, i am afraid"), "inside, afraid");
        assertFalse(toldAsWritten("someone stole my bag and my husband is unconscious, not breathing"), "unconscious");
        assertFalse(toldAsWritten("a thief broke in, my daughter is alone upstairs hiding in the bedroom"), "hiding");
        assertFalse(toldAsWritten("thief still in my flat, I called the police, please hurry"), "still, police");
    }

    /** The ninety-first round's red team: a theft that turns into a danger, told without a word of the first list. */
    @Test
    void aTheftFacedBySomeoneOrBesideSomeoneInItsWayIsNot() {
        assertFalse(toldAsWritten("烟酒店有人揣了两条烟想走，老板拦住，那人掏出个东西"), "the shopkeeper stops him");
        assertFalse(toldAsWritten("偷羊的开着小货车来的，羊倌大爷去拦"), "someone goes to stop them");
        assertFalse(toldAsWritten("有人进店里偷东西被店员发现了，他一把揪住店员头发"), "found by the assistant");
        assertFalse(toldAsWritten("有个人偷我们村的玉米，被我大伯发现，他开着拖拉机往我大伯身上开"), "found by an uncle");
        assertFalse(toldAsWritten("超市有人偷东西，他拿个瓶子对着收银员"), "something held out");
        assertFalse(toldAsWritten("三轮车被偷了 车斗里还睡着我家小孙子"), "a child asleep in the vehicle taken");
        assertFalse(toldAsWritten("小偷还在里头转，已经把门反锁了"), "a door locked on the people inside");
        assertFalse(toldAsWritten("有人在撬门 屋头没得人 就我跟我幺妹"), "nobody at home but the writer and a child");
        assertFalse(toldAsWritten("我刚下班回来，看见一个人撬开门进去了，我妈在屋里"), "the writer's mother inside");
        assertFalse(toldAsWritten("撬电动车锁的那个人把车骑走了，车主的娃还坐在后座上"), "a child on the e-bike taken");
        assertFalse(toldAsWritten("上礼拜这个井盖就被人偷过，今天又没了，刚刚一个骑电动车的小姑娘连人带车栽进去了"),
                "someone ridden into the hole the theft left");
    }

    /** Words that only look like a person at risk beside a theft (the ninety-first round). */
    @Test
    void wordsThatOnlyLookLikeAPersonAtRiskBesideATheftStillHoldIt() {
        assertTrue(toldAsWritten("有个贼娃子正在撬隔壁的门 我从猫眼看到的"), "贼娃子 is a thief, not a child");
        assertTrue(toldAsWritten("打扰一下，有人在撬小区门口那排自行车的锁"), "打扰 is no blow");
        assertTrue(toldAsWritten("火车站广场有个扒手在摸包"), "火车站 is no fire");
        assertTrue(toldAsWritten("桃源乡有人在偷砍别个山上的树"), "trees cut to be taken");
        assertTrue(toldAsWritten("自行车被偷了，调监控看到是个穿黑衣服的男的"), "被偷 is no one catching the thief");
        assertTrue(toldAsWritten("早上起来发现我自行车没了，锁被撬了"), "the owner finding a theft");
        assertTrue(toldAsWritten("我看到有个人正在偷隔壁的鸡，他没看到我"), "the thief has not seen the writer");
        assertTrue(toldAsWritten("大集上有个小偷偷手机让我看见了，现在往西头走了"), "seen by the writer, not facing anyone");
    }

    /**
     * Who is or is not at home, or near the thief, is never set aside: the ninety-first round's code review showed each
     * such word hiding someone at risk, and a person named in any word stands the rule aside.
     */
    @Test
    void wordsOfWhoIsOrIsNotAtHomeAreNeverSetAside() {
        assertFalse(toldAsWritten("小偷以为家里没人 撬窗子进来了 我在厕所头"), "the burglar's mistake");
        assertFalse(toldAsWritten("大人都出去打工了 屋头只剩两个小的 外面有人在撬门"), "children left at home");
        assertFalse(toldAsWritten("下班回来发现一个人在我屋头偷东西 现在就我们俩在屋头"), "the writer walked in on the thief");
        assertFalse(toldAsWritten("小偷撬开我家门进去了 还在里面走动 我妹在楼上"), "a burglar inside a home");
        assertFalse(toldAsWritten("小偷骑走了电瓶车 电瓶车上还搭着我婆"), "a grandmother on the e-bike taken");
        assertFalse(toldAsWritten("我公公在楼上 小偷正在楼下撬保险柜"), "a kinsman in the house");
        assertFalse(toldAsWritten("撬门的那个人还在楼道 楼道里住的都是些老头老太"), "old people living there");
        assertFalse(toldAsWritten("有人在撬我妈家的门，家里没人接电话"), "nobody answering may be someone inside");
    }

    /**
     * Words of a theft that are none: carried poison, a sneak attack, a man wandering off, a child on a sill, a lump on
     * the head, a village's name, a guess.
     */
    @Test
    void wordsOfATheftThatAreNoneDoNotHoldTheMessage() {
        assertFalse(toldAsWritten("我男人揣起一瓶敌敌畏说要去寻死"), "揣 carrying poison");
        assertFalse(toldAsWritten("有人从后面偷袭我 用东西敲我脑壳 现在头好昏"), "偷袭 is an attack");
        assertFalse(toldAsWritten("我爸老年痴呆 偷偷跑出门了 到现在都没找到"), "偷偷跑 is a man wandering off");
        assertFalse(toldAsWritten("对面六楼一个小毛毛扒窗台上 半个身子在外面"), "a child on a window sill");
        assertFalse(toldAsWritten("我爸头上摸起有个大包 人迷迷糊糊的"), "a lump on the head");
        assertFalse(toldAsWritten("您好，我在桑干河揣骨疃段，河中间有个人抱着一根木头在漂，一直往下游走"),
                "揣骨疃 is a village (hard set 599's miss), and a man drifting is in danger");
        assertFalse(toldAsWritten("我揣测他是想不开，一直站在楼顶边上"), "揣测 is a guess");
        assertTrue(toldAsWritten("超市有个人揣了两条烟就往外走"), "揣 of goods is a theft");
    }

    @Test
    void aTheftFacedBySomeoneNowIsFaced() {
        assertTrue(facedAsWritten("有人正在撬门，屋里还有个老人"), "someone inside");
        assertTrue(facedAsWritten("有人在撬我家的门，我一个人在家"), "the writer alone inside");
        assertTrue(facedAsWritten("偷车的把车开走了，有个女的还在车子上"), "someone in the vehicle taken");
        assertTrue(facedAsWritten("有人偷东西被老板娘拦住，他掏出一把刀"), "a knife drawn");
        assertTrue(facedAsWritten("电瓶车被偷了，我拽着不放，被他拖出去好几米"), "the owner dragged");
        assertTrue(facedAsWritten("有个人在偷隔壁的东西，看到我了，朝我走过来"), "the thief coming at the writer");
    }

    @Test
    void aTheftWatchedOverOrWithNobodyThereIsNotFaced() {
        assertFalse(facedAsWritten("有个人正在撬楼下的电动车锁，我在三楼窗户看着他"), "watched from another floor");
        assertFalse(facedAsWritten("公交车上有个小偷在摸包，现在还在车上"), "the pickpocket is the one still on the bus");
        assertFalse(facedAsWritten("上礼拜有人撬了我家的门，当时我一个人在家"), "last week");
        assertFalse(facedAsWritten("有人正在撬隔壁的门，隔壁没人在屋"), "nobody next door");
        assertFalse(facedAsWritten("监控里看到有人撬开了店门，我在家里，店里晚上没人"), "the writer at home, the shop empty");
        assertFalse(facedAsWritten("一开始以为车被交警拖了，原来是被偷了"), "a car towed is no person dragged");
        assertFalse(facedAsWritten("井盖被偷了两个，现在用砖头围起来了"), "a hole fenced round");
        assertFalse(facedAsWritten("手机在奶茶店被偷了，等我发现人已经没了"), "the thief gone");
        assertFalse(facedAsWritten("有人正在撬隔壁的门，我在家里看着"), "the writer at home watching");
    }

    /**
     * A theft's background (an earlier theft, thefts that keep happening) no longer hides one faced now, told after a word
     * of now or before the background (the ninety-fifth round); a time before today that is no background, the thief
     * gone or the police come and gone in what is told of now, and a background with no word of now after it still
     * leave the theft not faced.
     */
    @Test
    void aTheftFacedNowIsFacedWhateverItsBackground() {
        assertTrue(facedAsWritten("上个月就遭偷过，现在又有人在撬门，我一个人在屋头"), "the background before a word of now");
        assertTrue(facedAsWritten("有人在撬我家的门，我一个人在家，上个月这栋楼就遭偷过两家"), "the background after");
        assertTrue(facedAsWritten("最近老是丢东西，刚才抓到一个偷车的，他掏出刀子把保安捅了"), "thefts that keep happening");
        assertTrue(facedAsWritten("上个月就被偷过现在又有人在撬门我一个人在家"), "voice input without a pause");
        assertTrue(facedAsWritten("前几天小区就进过贼，有人又在撬我家门，我一个人在家"), "又 with its subject");
        assertTrue(facedAsWritten("以前也被偷过，这个贼正在撬我家窗子，我奶奶还在屋头"), "正在");
        assertTrue(facedAsWritten("有人在撬我家门，我妈一个人在家，我马上回来"), "马上回 is no earlier time (上回)");
        assertTrue(facedAsWritten("我遇上个贼在撬我家门，他拿着刀朝我过来了"), "遇上个 is no earlier time (上个月)");
        assertTrue(facedAsWritten("以前这里也遭过贼，贼跑了没抓到，现在又有人在撬我家门，我一个人在家"),
                "the background runs on to the word of now: the thief who ran off is the earlier one");
        assertTrue(facedAsWritten("上个月这栋楼就被偷过两家，有个人在撬我家门，我一个人在屋头"), "the theft going on ends the background");
        assertTrue(facedAsWritten("上个月这栋楼就被偷过两家有个人在撬我家门我一个人在屋头"), "the same without a pause");
        assertTrue(facedAsWritten("小偷在撬我家门，我爸刚下楼了，我妈还在屋里"), "someone else going downstairs is no thief gone");
        assertTrue(facedAsWritten("最近老是遭偷，有人在撬我家门，我一个人在家"), "the theft going on after thefts that keep happening");
    }

    @Test
    void aTheftDatedBeforeTodayOrGoneNowIsNotFaced() {
        assertFalse(facedAsWritten("有人在撬我家的门，我一个人在家，是昨天晚上的事"), "dated after the scene");
        assertFalse(facedAsWritten("上礼拜有人撬了我家的门，当时我一个人在家，现在想起来都怕"), "remembered now");
        assertFalse(facedAsWritten("前几天又有人在撬我家门，我一个人在家"), "又 in the clause of an earlier day");
        assertFalse(facedAsWritten("上个月有人在撬我家的门，我一个人在家，现在门锁换了"), "an earlier theft told, not a background");
        assertFalse(facedAsWritten("最近老是遭偷，刚才有人在撬我家门，我一个人在家，他看到我就跑了"), "the thief gone");
        assertFalse(facedAsWritten("去年就被偷过，今天早上又有人撬门进来了，我妈一个人在家，派出所来过了"), "the police come and gone");
        assertFalse(facedAsWritten("前几天家里被撬了，到现在我一个人在家都还在害怕"), "fear that lasts is no theft going on");
        assertFalse(facedAsWritten("昨晚小偷来过我家，撬开门进来的时候我一个人在家，现在还在后怕"),
                "a visit last night is the theft told, not its background");
        assertFalse(facedAsWritten("两天前半夜有人在撬我家门，我一个人在屋头，吓惨了"), "two days ago, its digit read as 0");
        assertFalse(facedAsWritten("昨晚一直有人在撬我家门，我一个人在家，到现在还在发抖"), "一直 last night is no repeat");
        assertFalse(facedAsWritten("最近老是有人在撬我家门我一个人在家"), "a theft that keeps happening, in its own clause");
    }

    /**
     * A vehicle stolen with someone still in it is faced whether the theft goes on or is done, and the thief gone with
     * it does not end it (the ninety-sixth round's code review: the first message was scored 0.009).
     */
    @Test
    void aVehicleTakenWithSomeoneInItIsFacedThoughTheThiefIsGone() {
        assertTrue(facedAsWritten("三轮车被偷了 车斗里还睡着我家小孙子"), "done, a child asleep in it");
        assertTrue(facedAsWritten("泾川县，我的三轮车叫偷了，车斗里还睡着我的尕孙子，才两岁，往平凉方向走了"), "and gone with it");
        assertTrue(facedAsWritten("会宁县，有人偷了我家面包车，车上坐着我阿奶，阿奶腿不好自己下不来"), "a grandmother on board");
        assertFalse(facedAsWritten("我电动车被偷了，车上还有我孩子的书包"), "a child's schoolbag is no one");
        assertFalse(facedAsWritten("公交车上有人把我手机偷了，他现在还坐在车上"), "on a bus the one on board is the thief");
        assertFalse(facedAsWritten("昨晚三轮车被偷了，车斗里还睡着我家小孙子，好在早上在村口找到了"), "dated, and over");
    }

    /**
     * Who is in the vehicle in more words (睡起 for 睡着, 后排, a car taken told in the passive), and whose goods are in it
     * is no one in it: "我的摩托车被偷了，后座上还有我刚买的菜" was read as the writer on the back seat until then.
     */
    @Test
    void someoneInTheVehicleIsNotTheirGoods() {
        assertTrue(facedAsWritten("三轮车遭人骑起跑了 车斗头睡起我家小孙子 才两岁"), "睡起, Sichuan for 睡着");
        assertTrue(facedAsWritten("转身车就被人偷了，我幺儿坐在后排座上，才三岁"), "a car taken, a child on the back seat");
        assertTrue(facedAsWritten("泾川县，我的三轮车叫偷了，车斗里还睡着我的尕孙子"), "我的 before a grandson");
        assertTrue(facedAsWritten("车叫人偷了，车里还有我老公，他喝醉了在睡"), "a husband");
        assertFalse(facedAsWritten("我的摩托车被偷了，后座上还有我刚买的菜"), "the writer's vegetables");
        assertFalse(facedAsWritten("我家车被偷了，车里有我的包"), "the writer's bag");
        assertFalse(facedAsWritten("车叫人偷了，车里还有我老公的电脑"), "a husband's computer");
        assertFalse(facedAsWritten("车被偷了 车斗里还有我家的化肥"), "the family's fertiliser");
    }

    /** A vehicle driven or ridden off by someone unknown, told without a theft's words, with someone in it. */
    @Test
    void aVehicleDrivenOffWithSomeoneInItIsFacedWithoutATheftsWords() {
        assertTrue(facedAsWritten("我的面包车叫人开走了 车上还有我儿子"), "driven off");
        assertTrue(facedAsWritten("三轮车连我奶奶一起被人骑走了 我就上个厕所的功夫"), "ridden off with a grandmother");
        assertFalse(facedAsWritten("车被我爸开走了 车上还有我儿子"), "by a father, who is no stranger");
        assertFalse(facedAsWritten("我的电动车被人骑走了，车筐里还有我的包"), "a bag");
        assertFalse(facedAsWritten("我的面包车叫人开走了"), "nobody in it");
    }

    /**
     * A child carried off with the pram, trolley or bike seat they sit in, by someone not of the family, is faced with
     * or without a theft's words (the ninety-seventh round: "婴儿车被人推走了 里面还有我孙子" was scored 0.002).
     */
    @Test
    void aChildCarriedOffInAPramIsFaced() {
        assertTrue(facedAsWritten("婴儿车被人推走了 里面还有我孙子"), "a grandson in it");
        assertTrue(facedAsWritten("我就转身买个菜 婴儿车连我孙女一起被人推走了"), "with a granddaughter");
        assertTrue(facedAsWritten("有个不认识的女人把我家婴儿车推起跑了，宝宝还在里面"), "a stranger pushed it off");
        assertTrue(facedAsWritten("劳驾赶紧来人，我这儿孩子连车让人推走了，就在胡同口儿，往北跑了"), "the child and the pram in one phrase");
        assertTrue(facedAsWritten("哦豁，幺儿坐起的推车被人推起跑了"), "幺儿, normalised to 么儿, sitting in it");
        assertTrue(facedAsWritten("东风路口，一个穿黑夹克的中年男子刚推走了我的婴儿推车，车里是我八个月的儿子"), "active, the child's age");
        assertTrue(facedAsWritten("电动车连孩子一起被人骑走了"), "an e-bike, which is no train (动车)");
    }

    /** Not the family's walk, nor an empty pram, nor the child's things, nor a story, a question or a mistake. */
    @Test
    void aPramTakenWithNoChildOrByTheFamilyIsNotFaced() {
        assertFalse(facedAsWritten("婴儿车被我妈推走了 宝宝在里面 她们去公园了"), "a grandmother");
        assertFalse(facedAsWritten("婴儿车孩子他奶奶给推走了，娃在里头睡觉"), "给 after the grandmother");
        assertFalse(facedAsWritten("推车连娃被邻居大娘推走了，她说帮我哄一会儿"), "a neighbour");
        assertFalse(facedAsWritten("婴儿车被偷了 放在楼道里的"), "empty");
        assertFalse(facedAsWritten("楼道里的童车被人推走了，车里还有我孙子的玩具"), "a grandson's toys");
        assertFalse(facedAsWritten("放在单元门口的推车被人推走了，里面有宝宝奶粉和尿不湿"), "the baby's milk powder");
        assertFalse(facedAsWritten("自行车被偷了，后座上还有孩子座椅，才装的"), "a child's seat in a vehicle taken");
        assertFalse(facedAsWritten("我老公骑着车带孩子走亲戚去了"), "a father riding with his child");
        assertFalse(facedAsWritten("孩子和车都被交警拖走了"), "towed");
        assertFalse(facedAsWritten("宝宝和宝宝车都不见了，吓死，原来外婆推到楼下晒太阳去了"), "a mistake");
        assertFalse(facedAsWritten("请问如果宝宝连推车被人推走了应该怎么办"), "a question of what if");
        assertFalse(facedAsWritten("有一年我在超市，一个男的把我儿子连购物车一起推走了，幸好保安拦下来了"), "a story");
    }

    private static boolean facedAsWritten(String text) {
        return NobodyAtRiskNow.theftFaced(NORMALISER.normalise(text));
    }

    /** The rule reads what the normaliser leaves: lower case, English words it knows in Chinese, digits as 0. */
    private static boolean toldAsWritten(String text) {
        return NobodyAtRiskNow.told(NORMALISER.normalise(text));
    }

    /** A theft beside a body in trouble the word list does not name (docs/classifier-history.md, "The seventy-seventh round"). */
    @Test
    void aTheftBesideABodyInTroubleOrSelfHarmIsNot() {
        assertFalse(toldAsWritten("超市里偷东西的那个老头被抓住了 现在胸口痛 脸色发白 坐地上起不来了"), "chest pain, pale");
        assertFalse(toldAsWritten("有人偷了我的钱包，我老伴一急，叫了半天都不应"), "someone who does not answer");
        assertFalse(toldAsWritten("超市抓到个偷东西的大爷，突然话都说不清楚了，半边身子没劲"), "slurred speech");
        assertFalse(toldAsWritten("钱包被偷了，我爸想不开，吃了一瓶安眠药"), "self-harm");
        assertFalse(toldAsWritten("存折被偷了，他把安眠药全吃了"), "sleeping pills taken");
    }

    @Test
    void wordsThatOnlyLookLikeABodyBesideATheftStillHoldIt() {
        assertTrue(toldAsWritten("店里被偷了几包安眠药和感冒药，是货架上的"), "sleeping pills among the goods");
        assertTrue(toldAsWritten("监控拍到他撬了锁，他还一口咬定没偷"), "咬定, no bite");
        assertTrue(toldAsWritten("自行车被偷了，说不清是谁干的"), "说不清是谁, no slurred speech");
        assertTrue(toldAsWritten("理发店的烫发剂被偷了好几瓶"), "烫发, no scald");
    }

    /** Hard set 408's miss and others like it: 偷 before eating or drinking is no theft. */
    @Test
    void aChildWhoSneaksAtTheMedicineHasStolenNothing() {
        assertFalse(toldAsWritten("我孙子偷吃了老鼠要现在一直在吐口吐白末"), "rat poison");
        assertFalse(toldAsWritten("我儿子偷喝了洁厕灵 现在嘴巴里面全起泡了"), "toilet cleaner");
        assertFalse(toldAsWritten("我儿子偷偷地吃了几片他爷爷的降压药 现在手脚发凉"), "blood-pressure pills");
        assertTrue(toldAsWritten("超市有个人偷偷拿了两瓶酒就出门了"), "偷偷拿 is a theft");
    }

    /**
     * The ninety-second round: a theft is held only when every clause is made of the closed words of a theft alone or
     * says that nobody is where the thief is. A clause with any other word is not held, though neither list of a
     * person at risk names it (轮椅, 三轮上有个老太太), while a clause that says nobody is at home is read whole and held.
     */
    @Test
    void aTheftIsHeldOnlyInTheClosedWordsOfATheftAlone() {
        assertTrue(toldAsWritten("有人正在撬对门的锁，我在猫眼头看到的，对门家里没人，我不敢出去"), "county-style set 154");
        assertTrue(toldAsWritten("快来快来！有人在撬我们隔壁的门，他家里没人"), "county-style set 35");
        assertTrue(toldAsWritten("菜市场有个扒手 刚才看到他在摸一个婆婆的包 现在还在里头转"), "county-style set 8");
        assertFalse(toldAsWritten("有人在撬隔壁的门，隔壁是个坐轮椅的"), "a word of no list: someone who cannot get away");
        assertFalse(toldAsWritten("三轮车被人骑起跑了，三轮上有个老太太"), "someone on the vehicle taken");
        assertFalse(toldAsWritten("有个男的在公交车上摸我"), "我 as the one acted on");
        assertFalse(toldAsWritten("小偷以为家里没人，撬窗子进来了，我在厕所头"), "以为…没人 is no clause of nobody there");
        assertFalse(toldAsWritten("有人在撬隔壁的门，隔壁就婆婆，他们都出去打工了"), "the old woman left alone");
    }

    /**
     * Someone with the thief, told in the closed words themselves (the ninety-second round's red team and code review:
     * 88 of 300 and 209 of 273 of their emergencies held by the first candidate).
     */
    @Test
    void someoneWithTheThiefInTheClosedWordsIsNot() {
        assertFalse(toldAsWritten("有个人撬开店门进去了，老太太在里头"), "an old woman inside");
        assertFalse(toldAsWritten("小偷撬开门，老板还在店里"), "the shopkeeper inside");
        assertFalse(toldAsWritten("有人撬门进来了，我在里面"), "the writer inside");
        assertFalse(toldAsWritten("有人在撬我家门，我们还在屋里"), "the family at home");
        assertFalse(toldAsWritten("偷车的把车开走了，有个女的还在车子上"), "a woman in the car taken");
        assertFalse(toldAsWritten("那几个偷东西的看见我们了，都往我们这边来了"), "the thieves coming at the writer");
        assertFalse(toldAsWritten("偷我包的那个人一直跟我们到楼下了"), "followed home");
        assertFalse(toldAsWritten("偷东西的把那个女的往三轮上塞"), "a woman put onto a tricycle");
        assertFalse(toldAsWritten("小偷把我们锁到里头了"), "locked in");
        assertFalse(toldAsWritten("有人撬开了隔壁的门，人还在里头"), "人还在里头 outside a shop may be someone inside");
        assertTrue(toldAsWritten("我现在就在超市里，看见一个穿灰衣服的男的在货架那边往怀里揣东西"), "where the thief is (hard set 323)");
        assertTrue(toldAsWritten("超市头有个人在偷东西，一直往衣服里头揣，现在还在里面转"), "the thief still in the shop (county-style set 78)");
    }

    /** A burglar still in the home is held only when the writer says they are outside it, as the hard sets tell it. */
    @Test
    void aBurglarInTheHomeIsHeldOnlyWhenTheWriterIsOutside() {
        assertTrue(toldAsWritten("我刚下班回来，发现家门被撬开了，里面好像还有人在翻东西，我现在在楼下没上去"), "hard set 394");
        assertFalse(toldAsWritten("我刚回到家，小偷还在屋里"), "the writer may be inside");
        assertFalse(toldAsWritten("小偷进我家了，我不敢出去"), "the writer inside");
        assertFalse(toldAsWritten("小偷在拆我家窗户，我不敢出去"), "the writer's own window, the writer inside");
        assertFalse(toldAsWritten("我在猫眼头看到有人在撬我的门 咋办"), "the writer behind their own door");
        assertFalse(toldAsWritten("有人撬开了我家的窗子 在翻东西 他没看到我"), "the writer hiding at home");
    }

    /** The ninety-second round's second red team: 295 of its 300 emergencies held by the rule as first mended. */
    @Test
    void theWriterInsideOrSomeoneAtHomeInTheClosedWordsIsNot() {
        assertFalse(toldAsWritten("有人撬开了窗子 在翻东西 我现在在里头 他往这边来了"), "the writer inside, the thief coming");
        assertFalse(toldAsWritten("有人撬开了我家门 在翻东西 我现在在二楼 他在往上走"), "the writer upstairs, the thief coming up");
        assertFalse(toldAsWritten("几个人在撬卷帘门 我现在在店里头 不敢出去"), "the writer inside the shop");
        assertFalse(toldAsWritten("有人撬开了对门婆婆的窗子 人还在翻 婆婆还没发现"), "an old woman at home, unaware");
        assertFalse(toldAsWritten("小偷在撬对面的窗子 对面有人在的"), "someone at home across the way");
        assertTrue(toldAsWritten("我现在在公交车上，看到有个人在摸前面孃孃的包包，那个人还没下车"), "on a bus (county-style set 71)");
    }

    /** The ninety-second round's third red team: 149 of its 150 emergencies held by the rule as mended twice. */
    @Test
    void aNeighbourAtHomeOrTheWriterInTheirOwnHouseOrAPersonInTheVehicleTakenIsNot() {
        assertFalse(toldAsWritten("有人在撬隔壁的门，隔壁是有人的"), "someone at home next door");
        assertFalse(toldAsWritten("我家楼下有人在撬门，我在楼上看到的"), "the writer upstairs in their own house");
        assertFalse(toldAsWritten("我刚回到家，门口有人在撬锁"), "the writer at their own door");
        assertFalse(toldAsWritten("集上有个小偷偷了我们的三轮车，人还在车上"), "someone on the tricycle taken");
        assertFalse(toldAsWritten("我在店里，后头有个小偷在翻东西，我没敢出去"), "the writer hiding in the shop");
        assertTrue(toldAsWritten("198路公交上有个贼娃子在摸包，还在车上"), "the pickpocket still on the bus (county-style set 194)");
    }

    @Test
    void aMessageWithNoTheftIsNot() {
        assertFalse(NobodyAtRiskNow.told("楼下路灯坏了好几天了"));
    }

    @Test
    void aFightThatIsOverWithNobodyHurtIsNobodyAtRiskNow() {
        assertTrue(NobodyAtRiskNow.told("楼下两个人吵着吵着动起手来了，刚被旁边的人拉开，现在各自走了"));
        assertTrue(NobodyAtRiskNow.told("刚才菜市场两个人推了几下，已经被劝开了"));
    }

    @Test
    void aFightGoingOnOrWithSomeoneHurtIsNot() {
        assertFalse(NobodyAtRiskNow.told("两个人在打架，拉都拉不开"), "not broken up");
        assertFalse(NobodyAtRiskNow.told("打架的人散了，地上有个人头上在流血"), "someone bleeding");
        assertFalse(NobodyAtRiskNow.told("刚才两个人打架被劝开了，有一个说等会儿叫人回来报复"), "a threat to come back");
        assertFalse(NobodyAtRiskNow.told("两伙人打起来了，有人拿刀，现在跑了一个"), "a knife");
        assertFalse(NobodyAtRiskNow.told("刚才听着楼下吵吵，以为是打架呢，下去一瞅，是那家炸油条的锅着起来了，火苗子已经窜到上边的塑料棚子了，"
                + "现在烟挺大往楼上冒，我们这边的人都往外走了"), "a fire first taken for a fight (hard set 469)");
        assertFalse(NobodyAtRiskNow.told("两个人打了一架，已经散了，有一个掉河里了"), "someone in the water");
        assertFalse(NobodyAtRiskNow.told("两个人打架，已经拉开了，赶紧来人！！"), "a call for help beside it");
    }

    @Test
    void whatAFightOverLeftOnTheGroundOrNobodyHurtIsNoInjury() {
        assertTrue(toldAsWritten("昨晚上烧烤摊两伙人打起来了，现在人都散了，地上还有碎酒瓶子"), "broken bottles left (county-style set 30)");
        assertTrue(toldAsWritten("刚才楼下两伙人打架，现在已经散了，满地都是酒瓶子"), "bottles all over the ground");
        assertTrue(toldAsWritten("上午两拨人在东兴寺打了一架，人都走了，地上还有血"), "blood left behind");
        assertFalse(toldAsWritten("上午两拨人在东兴寺打了一架，人已经走了，地上还有血"),
                "人已经走了 may say that someone has died (county-style set 148, held from the eighty-sixth to the eighty-eighth round)");
        assertFalse(toldAsWritten("前天晚上那几个喝醉的打架，早就散了，今天早上地上还全是血迹和酒瓶子，没人扫"),
                "the ground all blood's marks: whoever bled may be there still (the eighty-ninth round's code review)");
        assertTrue(toldAsWritten("刚才楼下两个人打起来了，现在已经拉开了，都没咋个受伤"), "nobody much hurt (county-style set 47)");
        assertTrue(toldAsWritten("刚才街上打架，有个人挨了两拳，现在人跑了，没受啥伤"), "not hurt (county-style set 63)");
        assertTrue(toldAsWritten("刚才菜市场两个人打了一架，现在已经散了，各走各的，没看到哪个受伤"), "nobody seen hurt");
    }

    @Test
    void bloodOrBottlesThatMayBeTheFightGoingOnOrSomeoneStillThereAreNot() {
        assertFalse(toldAsWritten("两伙人打架，现在散了，地上好多血"), "much blood, no word that it is only left behind");
        assertFalse(toldAsWritten("打架的跑了，地上一滩血"), "a pool of blood");
        assertFalse(toldAsWritten("两伙人打完架跑了，地上还有血，有个人躺起不动"), "someone lying still");
        assertFalse(toldAsWritten("刚才两个人打架，一个拿酒瓶子砸了另一个，现在打人的跑了，地上还有血"),
                "a bottle used in the fight, before the words that it is over");
        assertFalse(toldAsWritten("地上还有血，两个人打架，现在散了"), "blood told before the fight is over");
        assertFalse(toldAsWritten("两个人打架，现在拉开了，没受伤的那个跑了，受伤的还坐在地上"), "the one hurt still there");
        assertFalse(toldAsWritten("两伙人打架,现在散了,地上还有个人在流血"), "someone on the ground, bleeding");
        assertFalse(toldAsWritten("两伙人打架，现在散了，地上那个娃还在流血"), "a child on the ground");
        assertFalse(toldAsWritten("两个人打架,刚劝开,那个男的又从地上捡起酒瓶子朝人头上砸"), "a bottle picked up from the ground");
        assertFalse(toldAsWritten("两伙人打架，现在散了，地上还有碎酒瓶子和好多血"), "much blood in a list of things");
        assertFalse(toldAsWritten("两伙人打架，现在散了，地上好些血"), "好些 is much, not some");
        assertFalse(toldAsWritten("两伙人打架，现在散了，地上还有一大滩血"), "a pool of blood");
        assertFalse(toldAsWritten("两伙人打架，现在散了，地上还是好多血"), "still much blood");
        assertFalse(toldAsWritten("两伙人打起来了，又有一伙人跑了过来，满地都是碎酒瓶子"), "running up is no fight over");
    }

    @Test
    void nobodyHurtIsReadOnlyAsItsOwnWords() {
        assertFalse(toldAsWritten("两个人打架,没受伤的那个跑了,挨打的那个还蹲在路边"), "the one not hurt ran: another is");
        assertFalse(toldAsWritten("两个人打架，现在拉开了，没伤到脑袋，但是手臂骨折了"), "a broken arm");
        assertFalse(toldAsWritten("两个人打架，现在散了，也不是没人受伤，有个小伙子被打得鼻青脸肿"), "a double negative");
        assertFalse(toldAsWritten("两个人打架，现在散了，怎么可能没人受伤"), "a rhetorical question");
        assertFalse(toldAsWritten("两个人打架，现在散了，不知道有没有人受伤"), "a question whether anyone is hurt");
        assertTrue(toldAsWritten("两个人在楼下推搡，现在散了，人没伤着"), "nobody hurt after 人");
    }

    /**
     * The eighty-eighth round's red teams' and code review's emergencies: a fight told as over, someone in danger after
     * it in words the list did not have (the review found 8 held before that round).
     */
    @Test
    void aFightOverWithSomeoneInDangerAfterIsNot() {
        assertFalse(toldAsWritten("两个人打架，已经拉开了，刚才又在路口打起来了"), "fighting again");
        assertFalse(toldAsWritten("两个人打架，刚劝开，又动手了"), "at it again");
        assertFalse(toldAsWritten("两家人打架拉开了，又抓扯起来了"), "grappling again");
        assertFalse(toldAsWritten("两个人打架，现在散了，被打的那个眼睛肿起看不见，脑壳昏想吐"), "dazed and sick");
        assertFalse(toldAsWritten("两伙人打架，人都走了，结果那个人在往对方家里头扔火"), "a fire thrown in");
        assertFalse(toldAsWritten("两个人打架，现在散了，有个人遭推到河头去了，看到在往下冲"), "pushed into the river");
        assertFalse(toldAsWritten("两个人打架，拉开了，被打那个人刚才抽起来了，眼睛翻白"), "a fit");
        assertFalse(toldAsWritten("两个人打架，拉开了，有一个回去拿起斧头又来了"), "an axe");
        assertFalse(toldAsWritten("打架的拉开了，但是有个人手里拿着一把枪样子的东西还站在那里"), "a gun");
        assertFalse(toldAsWritten("打架的散了，一个人头打破了，走路都走不稳"), "a broken head, staggering");
        assertFalse(toldAsWritten("打架的跑了，另一个手膀子断了"), "a broken arm");
        assertTrue(toldAsWritten("昨晚烧烤摊两个人打架 现在散了 桌子打烂了几张"), "a barbecue stall's 烧 is no fire");
        assertTrue(toldAsWritten("刚才在普州大道两个卖水果的打起来了 现在被拉开了"), "a fruit seller's 水 is no water");
    }

    /**
     * The eighty-ninth round's red teams' emergencies that the fight-over rule held before it was made a closed
     * grammar: a fight told as over, then what is happening now, in words no list of dangers had.
     */
    @Test
    void aFightOverIsHeldOnlyWhenEveryClauseIsOfItsClosedWords() {
        assertFalse(toldAsWritten("路口俩司机打架，拉开了又撵上去了，这会儿还搁那捶呢"), "chasing and beating again");
        assertFalse(toldAsWritten("两个司机打架，拉开了，一个开车照着另一个轧过去了，人在车轱辘底下"), "run over");
        assertFalse(toldAsWritten("两家人在院坝打架，劝住了，一家的娘们喝了敌敌畏"), "a poison drunk");
        assertFalse(toldAsWritten("两伙人在夜市打架，劝开了，一伙人把摊主绑走了，说还钱再放人"), "someone abducted");
        assertFalse(toldAsWritten("两个人在广场打起来了，保安拉开了，一个转身把保安摁地上了，骑身上抡拳头"), "the guard beaten");
        assertFalse(toldAsWritten("两个人在楼道打起来了，分开了，一个把楼道里的电动车点了"), "a fire set");
        assertFalse(toldAsWritten("两个人打了一架，跑了，一个跑坝上去了，说要寻死"), "a threat of suicide");
        assertFalse(toldAsWritten("俩人在超市门口打架，保安拉开了，一个又把保安攮了一下"), "stabbed, in dialect");
        assertFalse(toldAsWritten("俩人在街上打架，分开了，一个开车走了，车门上还扒着一个人"), "someone clinging to a car");
        assertFalse(toldAsWritten("两个人在河坝打架 遭大水冲散了 一个不见了"), "swept away");
        assertFalse(toldAsWritten("上午超市门口两个人打起来了，现在已经散了，有一个脸上挂了彩"), "someone hurt (county-style set 77)");
        assertFalse(toldAsWritten("刚刚烧烤摊两桌人打起来了 现在散了 但听到说等哈要喊人来"), "people to be called (set 160)");
        assertFalse(toldAsWritten("现在散了，两个人刚才在路口打了一架"), "an end told before the fight");
        assertTrue(toldAsWritten("两个人在馆子头吵架打了几拳 现在被劝开了"), "county-style set 3");
        assertTrue(toldAsWritten("刚才两个人在路口吵起来推了几下，现在已经各走各的了"), "county-style set 44");
        assertTrue(toldAsWritten("两个醉汉刚打了一架，现在被拉开了，都没啥伤，还在那里骂"), "still shouting (county-style set 92)");
        assertTrue(toldAsWritten("刚才两个喝醉了的在街上推来推去骂人，现在遭劝开了"), "county-style set 106");
        assertTrue(toldAsWritten("婚宴上两桌客人喝多了打起来 已经散了 掀翻了两张桌子"), "things broken (county held-out set)");
        assertTrue(toldAsWritten("刚才菜市场有人打架，现在已经散了，有个摊摊遭掀翻了"), "a stall knocked over (county-style set 55)");
    }

    /**
     * What {@link SecondMatter} passes over after a fight's end before it reads the rest alone: the remarks of
     * {@link NobodyAtRiskNow#fightEnded}, and nothing that tells of a person.
     */
    @Test
    void aRemarkOnAFightOverIsOnlyItsClosedWords() {
        assertTrue(NobodyAtRiskNow.remarkOnTheFight("没人受伤"));
        assertTrue(NobodyAtRiskNow.remarkOnTheFight("地上还有点血"));
        assertTrue(NobodyAtRiskNow.remarkOnTheFight("有个摊子被掀翻了"));
        assertTrue(NobodyAtRiskNow.remarkOnTheFight("现在都散了"), "another word of the end");
        assertFalse(NobodyAtRiskNow.remarkOnTheFight("地上好多血"), "whoever bled may still be there");
        assertFalse(NobodyAtRiskNow.remarkOnTheFight("一个开车照着另一个轧过去了"));
        assertFalse(NobodyAtRiskNow.remarkOnTheFight("后来哥哥把农药往弟弟嘴里灌"));
    }

    /**
     * The eighty-ninth round's code review's emergencies, held by the first closed version of the rule (318 of its 348):
     * a name of a place that could be any characters, a fight told again after its end, a pool of blood's marks, 人已经走了.
     */
    @Test
    void aFightsClosedWordsHideNoDanger() {
        assertFalse(toldAsWritten("下午两伙人在沿河路打架有人被打死在路边，后来被劝开了"), "words after the fight in its clause");
        assertFalse(toldAsWritten("刚刚两家人在大桥上扯起打有人被扔下桥了，后来被劝开了"), "off a bridge");
        assertFalse(toldAsWritten("两个人在街上打架有个细路被撞在路边，打人的跑了"), "细路, a child in Cantonese, is no road");
        assertFalse(toldAsWritten("两个卖炸药的在路口打架，被劝开了"), "卖…的 only of everyday goods");
        assertFalse(toldAsWritten("有人被打死在沿河路打架，人都散了"), "a name made of what was done to someone");
        assertFalse(toldAsWritten("两个人在菜市场打架，被劝开了，有人拿锄头在路口打起来了"), "a fight again after its end");
        assertFalse(toldAsWritten("刚才楼下两个人打架，被拉开了，地上一大滩血迹"), "a pool of blood's marks");
        assertFalse(toldAsWritten("两个醉汉在馆子门口打架，人都跑了，地上好多血迹"), "much blood's marks");
        assertFalse(toldAsWritten("刚才两个人打架，打人的跑了，人已经走了"), "人已经走了 may say someone has died");
        assertTrue(toldAsWritten("刚才两个人在东升路口打架，打人的跑了，地上还有点血迹"), "a little blood's marks");
        assertTrue(toldAsWritten("两个人在菜市场打架，人都散了，地上还有碎酒瓶子"), "broken bottles left");
        assertTrue(toldAsWritten("刚才桐梓一中门口两个学生打完架了，一个跑了"), "a named school (county-style set 198)");
    }

    /** County-style sets' wrong alarms of the kind the eighty-eighth round holds (sets 16, 36, 46, 54, 146, 161…). */
    @Test
    void aFireKeptWherePeopleLiveIsAHazardNotAnEmergency() {
        assertTrue(toldAsWritten("地下室有人住，还在里头烧蜂窝煤"), "a coal-briquette stove in a basement (set 16)");
        assertTrue(toldAsWritten("门市卷帘门里头住人，还在里头煮饭"), "cooking behind a shop's shutter (set 54)");
        assertTrue(toldAsWritten("楼下门面又住人又做生意，还在里头煮饭，三合一"), "three-in-one, named after the fire (set 46)");
        assertTrue(toldAsWritten("一个群租房，一间屋住十几个人还在里头煮饭"), "a crowded rented room");
        assertFalse(toldAsWritten("罗汉一个群租房，一间屋住十几个人还在里头煮饭"),
                "a place the closed words do not name (county-style set 146): an alarm again");
        assertTrue(toldAsWritten("隔壁出租屋住了十几个人，还在屋里用电炉子煮饭"), "an electric stove (set 122)");
        assertTrue(toldAsWritten("小区地下室住了人，还在里头烧煤炉子，又不通风"), "the stove's 煤炉, no ventilation (set 153)");
        assertTrue(toldAsWritten("车库住人，烧炭盆，说了也不听"), "they will not listen");
        assertTrue(toldAsWritten("地下室住人还烧煤炉，有安全隐患"), "a hazard named");
        assertTrue(toldAsWritten("我们小区有个车库住人，在里面烧蜂窝煤，麻烦处理"), "a request after the fire");
    }

    /**
     * The eighty-eighth round's red teams' emergencies: a fire kept where people live, and what it is doing to someone
     * told after it, in words no list foresees — only a closed list of remarks may follow the fire.
     */
    @Test
    void aKeptFireWithAnythingButARemarkAfterItIsNot() {
        assertFalse(toldAsWritten("隔壁棚棚住了人烧炭取暖，一上午一点响动都没得"), "no sound all morning");
        assertFalse(toldAsWritten("卷帘门里头住人还在烧蜂窝煤，卷帘门拍了半天里头狗都没叫"), "not even the dog barks");
        assertFalse(toldAsWritten("地下室有人住，烧炭盆烤火，娃娃一直哭现在哭不出声了"), "a baby gone quiet");
        assertFalse(toldAsWritten("住人门面烧炭盆，老人家坐在椅子上歪起了，脸是粉红色的"), "slumped, cherry-pink");
        assertFalse(toldAsWritten("地下室住人烧蜂窝煤，我去送东西，喊了半天里面只听到有人在呻唤"), "moaning");
        assertFalse(toldAsWritten("地下车库有人住，烧炭火，刚才看到一个人扑在地上"), "someone face down");
        assertFalse(toldAsWritten("地下室住了人烧炭，我老公在里头发语音说全身没得力气"), "no strength");
        assertFalse(toldAsWritten("地下室住人烤火，家里人打电话喊他三天了都没接，他一个人住"), "not answering for days");
        assertFalse(toldAsWritten("出租屋住了十几个人，还在里头煮饭，锅里着火了"), "a pan on fire");
        assertFalse(toldAsWritten("地下室住人，刚才有个人晕倒在门口，还在里头烧蜂窝煤"), "someone fainted, told before the fire");
        assertFalse(toldAsWritten("地下室住了人，一屋子煤气味，还在里头烧煤炉子"), "a gas smell");
        assertFalse(toldAsWritten("还在里头烧蜂窝煤"), "nobody said to live there");
    }

    /**
     * The eighty-eighth round's code review's emergencies, held by the rule as the round first scored it: a danger told
     * before the fire, a charcoal suicide, a fire out of hand, another danger beside a cooking word, a 住 that is no
     * living.
     */
    @Test
    void aKeptFireBesideAnythingElseOrACharcoalSuicideIsNot() {
        assertFalse(toldAsWritten("我爸妈住在乡下老房子，早上打电话说浑身无力起不了床，昨晚在屋头烧了一晚上炭盆"),
                "carbon monoxide told before the fire");
        assertFalse(toldAsWritten("地下室住人，拍门没得人应，里头在烧蜂窝煤"), "nobody answers, told before the fire");
        assertFalse(toldAsWritten("我哥住在出租屋，门窗缝都用胶带贴起了，在里头烧炭"), "a sealed room");
        assertFalse(toldAsWritten("我住在锦江小区5栋，我女朋友跟我吵架后进了卧室，在里面烧炭"), "a bare 烧炭");
        assertFalse(toldAsWritten("出租屋住人，炭盆把晾的衣服点起了"), "clothes set alight");
        assertFalse(toldAsWritten("几个人抓住人往面包车上拖，旁边饭馆在炒菜"), "抓住人 is no living; an abduction");
        assertFalse(toldAsWritten("地下室住人烧蜂窝煤 \uD83D\uDE35\uD83D\uDE35"), "a face of distress");
        assertFalse(toldAsWritten("网格员你好，我们小区有个车库住人，在里面烧蜂窝煤，麻烦处理"),
                "a clause of anything else, even a greeting");
    }

    /**
     * The eighty-eighth round's second code review's emergencies, held while a clause needed only to name the living or
     * the fire: every clause is now made only of the closed words of a kept fire, so a word of anything else in the
     * living's clause, in a clause without punctuation or after another fire word stands the rule aside.
     */
    @Test
    void aKeptFireIsReadAsAClosedGrammar() {
        assertFalse(toldAsWritten("住在车库的那家人一上午没得响动，里面还在烧煤炉子"), "no sound all morning, in the living's clause");
        assertFalse(toldAsWritten("住在地下室的大姐荤迷了在烧煤炉子"), "a homophone of 昏迷, one clause");
        assertFalse(toldAsWritten("住在楼下的老两口人不行了，在烧蜂窝煤取暖"), "failing");
        assertFalse(toldAsWritten("群租房住了十几个人火起来了，还在用电炉子"), "a fire caught, in the living's clause");
        assertFalse(toldAsWritten("地下室住了人在烧蜂窝煤，一个娃儿把手伸进炭火"), "a danger after another fire word");
        assertFalse(toldAsWritten("他把门顶住在里面烧炭盆"), "a door held shut is no living");
        assertFalse(toldAsWritten("住在地下室的\uD83D\uDC76脸都乌了在烧蜂窝煤"), "a baby's emoji");
        assertTrue(toldAsWritten("出租屋里住了十几个人 还在屋头烧煤炉"), "the living and the fire alone (county-style set 163)");
        assertTrue(toldAsWritten("有家门面前头卖东西后头住人 还在里头煮饭"), "what else is done there (county-style set 144)");
    }

    /** The eighty-eighth round's second code review's emergencies after a fight told as over. */
    @Test
    void aFightOverWithSomeoneTakenHurtOrComingBackIsNot() {
        assertFalse(toldAsWritten("楼下几个人动手了，把那个女的绑走了"), "someone taken away is no end of a fight");
        assertTrue(toldAsWritten("昨天晚上街上有人打架，警察来把人带走了"), "taken away by the police");
        assertFalse(toldAsWritten("楼下打架，一个男的牙齿掉了两颗，打人的跑了"), "teeth knocked out");
        assertFalse(toldAsWritten("楼下打架，刚拉开了，那个男的说一会儿带人过来"), "coming back with people");
        assertFalse(toldAsWritten("两个人干仗，都走了，地上好大一摊红的"), "a pool of red");
        assertFalse(toldAsWritten("楼下打架，人都散了，那个被打的一抽一抽的"), "twitching");
        assertFalse(toldAsWritten("楼下打架刚拉开了 那个被打的抽过去了"), "a fit");
        assertFalse(toldAsWritten("两个人扭打，被保安拉开了，其中一个被打得两眼发直"), "staring blank");
        assertFalse(toldAsWritten("打架拉开了，但是其中一个被掐了脖子，现在脸乌起，喘不来气"), "strangled, not breathing");
    }

    @Test
    void aCallToAnEmergencyNumberSaysSomeoneMayBeAtRisk() {
        assertFalse(toldAsWritten("楼下两个人打架，已经拉开了，叫了120"), "an ambulance called");
        assertFalse(toldAsWritten("刚才闻到煤气味，现在没味道了，已经打了119"), "the fire brigade called");
        assertFalse(toldAsWritten("两个人推了几下，劝开了，120来了"), "an ambulance come");
        assertFalse(toldAsWritten("两个人动手了，已经劝开了，在等120"), "an ambulance awaited");
        assertFalse(toldAsWritten("打架的散了，我给120打了电话"), "an ambulance called");
        assertTrue(toldAsWritten("楼下两个人打架，已经拉开了，一个赔了120块钱"), "a sum of money is no call");
    }

    @Test
    void aGasSmellGoneWithNobodyAffectedIsNobodyAtRiskNow() {
        assertTrue(NobodyAtRiskNow.told("刚才闻到一股煤气味，开窗后现在没有了，但想请人来查一下是不是管子有问题"));
        assertTrue(NobodyAtRiskNow.told("厨房有点天然气味道，已经关了阀门开了窗，现在闻不到了"));
    }

    @Test
    void aGasSmellStillThereOrWithSomeoneAffectedIsNot() {
        assertFalse(NobodyAtRiskNow.told("楼道里好大一股煤气味，越来越浓"), "still there");
        assertFalse(NobodyAtRiskNow.told("开窗后现在没味道了，但我妈一直说头晕想吐"), "someone affected");
        assertFalse(NobodyAtRiskNow.told("煤气味现在没了，可是隔壁老人敲门一直不应"), "an old neighbour not answering");
    }

    @Test
    void aGasSmellGoneAfterTheWindowOrALeakShutOffIsNobodyAtRiskNow() {
        assertTrue(NobodyAtRiskNow.told("刚才厨房闻到点煤气味，关了阀门开窗就没了，管子是不是老化了，能不能来看看"));
        assertTrue(NobodyAtRiskNow.told("刚刚闻到一点煤气味，开窗子过后又没得了，要不要找人来检查一下"));
        assertTrue(NobodyAtRiskNow.told("刚才厨房有股天然气味道，开窗现在散了，不晓得是不是管子有问题"));
        assertTrue(NobodyAtRiskNow.told("昨天我们屋头煤气漏了，阀门关了窗子开了，现在没得味道了，想喊人来查一下管子"),
                "a leak that was, shut off");
        assertTrue(NobodyAtRiskNow.told("昨天厨房燃气管漏气，已经关阀门开窗了，燃气公司还没来，这个管子还敢用不"));
        assertTrue(NobodyAtRiskNow.told("昨天燃气公司来关了阀门，说管子老化了要换，到现在也没人来换，现在都不敢开火"),
                "the stove's 开火 is no fire");
    }

    @Test
    void aValveOnlyWantedShutOrASmellStillThereIsNot() {
        assertFalse(NobodyAtRiskNow.told("厨房的燃气管子被老鼠咬断了 气在往外喷 我把总阀关不到"), "the valve will not shut");
        assertFalse(NobodyAtRiskNow.told("煤气罐漏气了好大一股味道，老板不在，莫人敢去关阀门"), "nobody dares shut it");
        assertFalse(NobodyAtRiskNow.told("我们家里煤气味很重，阀门关了还闻得到，现在开了窗户人在楼下"), "still smelt");
        assertFalse(NobodyAtRiskNow.told("我闻着家里燃气味特别大，灶台阀门关了也没用，是不是管道漏了"), "shutting it did nothing");
        assertFalse(NobodyAtRiskNow.told("楼道里现在有很重的煤气味，我已经把自己家阀门关了，不知道是哪家的"), "a source not found");
        assertFalse(NobodyAtRiskNow.told("阀门关了，窗也开了，可燃气还在漏，嘶嘶响"), "the leak goes on");
    }

    @Test
    void aFirePutOutWithNobodyHurtIsNobodyAtRiskNow() {
        assertTrue(NobodyAtRiskNow.told("刚才楼下电瓶车冒了一股烟，已经有人拿灭火器喷了，火没得了，车子还停在楼道头"));
        assertTrue(NobodyAtRiskNow.told("刚才楼道里电瓶车冒烟了，我们用灭火器喷熄了，现在没事了，但是楼道里还停起好多电瓶车"));
        assertTrue(NobodyAtRiskNow.told("昨天楼下电瓶车着过火，已经扑灭了，但是楼道里停起好多电瓶车"));
        assertTrue(NobodyAtRiskNow.told("昨晚厂房那场火已经灭了，消防也走了，人都没事，就跟你们报个平安"));
    }

    @Test
    void aFireNotOutBackOrWithSomeoneInDangerIsNot() {
        assertFalse(NobodyAtRiskNow.told("作坊里一台烘干机冒烟了，有点火苗，工人在用灭火器，还没扑灭"), "not yet out");
        assertFalse(NobodyAtRiskNow.told("上个月电动车烧过一回，当时扑灭了没事。这会儿车棚里又在冒烟，已经窜出火了"), "a fire again");
        assertFalse(NobodyAtRiskNow.told("烧纸烧完了我还用脚踩熄了，走远了回头一看，山坡上冒起烟了"), "smoke after the fire put out");
        assertFalse(NobodyAtRiskNow.told("火是扑灭了，但是老人呛了烟，现在叫不醒"), "an old man who does not wake");
        assertFalse(NobodyAtRiskNow.told("厨房的火灭了，可是煤气罐的管子还在漏气"), "gas leaking beside it");
        assertFalse(NobodyAtRiskNow.told("电表箱在冒烟，有股塑料烧焦的味道，楼道灯已经灭了"), "a light gone out is no fire put out");
        assertFalse(NobodyAtRiskNow.told("船开到江心突然熄了火，现在船在往下游漂，船上有十几个人"), "an engine stalled");
    }

    /** A review's cases, one or two of each kind of hole it found in the first draft of the gas and fire rules. */
    @Test
    void aFireOutBesideAnotherFireOrDangerIsNot() {
        assertFalse(toldAsWritten("三楼那家正在烧 我们二楼的火已经扑灭了"), "another fire burning");
        assertFalse(toldAsWritten("整栋楼都是黑烟 我们下不去 听说火扑灭了"), "smoke filling the stairs");
        assertFalse(toldAsWritten("火太大了灭火器根本扑灭不了"), "cannot be put out");
        assertFalse(toldAsWritten("厨房油锅着火了 我跑出来了 不晓得火灭了没有"), "a question whether it is out");
        assertFalse(toldAsWritten("楼上在烧灯都灭了我们看不到路"), "a light gone out in voice text");
        assertFalse(toldAsWritten("那堆废纸的火我们浇灭了 结果风一吹又窜起来了"), "back again");
        assertFalse(toldAsWritten("表面火扑灭了 床垫里面阴燃着 温度很高"), "smouldering");
        assertFalse(toldAsWritten("火扑灭了 我老汉儿躺在地上没反应"), "a person not responding");
        assertFalse(toldAsWritten("火灭了 楼上还有两个人联系不上"), "people not reached");
        assertFalse(toldAsWritten("火灭了 那个人皮肤都焦了 衣服粘在肉上"), "a person burnt");
        assertFalse(toldAsWritten("火扑灭了但是那面墙要垮了下面好多人在看热闹"), "a wall about to fall on people");
        assertFalse(toldAsWritten("火灭了 电线还带着电 垂在人行道上"), "a live wire");
    }

    @Test
    void aGasShutOffBesideSomeoneInDangerOrALeakGoingOnIsNot() {
        assertFalse(toldAsWritten("液化气阀门关了 老公已经中毒了 嘴唇发紫"), "poisoned");
        assertFalse(toldAsWritten("煤气阀门关了 一家三口躺在床上喊都喊不应"), "people who do not answer");
        assertFalse(toldAsWritten("煤气阀门关了 可是我婆婆已经没气了"), "not breathing");
        assertFalse(toldAsWritten("煤气总阀关了 照样有味 满屋子都是"), "the smell still there");
        assertFalse(toldAsWritten("液化气阀门关了，可是罐子躺在地上往外滋气"), "the leak goes on");
        assertFalse(toldAsWritten("燃气阀门关上了 楼道里有人在抽烟"), "something to set it off");
        assertFalse(toldAsWritten("阀门关了 但我被反锁在屋头出不去 满屋子都是煤气"), "shut in");
        assertFalse(toldAsWritten("沼气池的气味现在没了 可是下去掏的人半天没上来"), "a worker not come up");
        assertFalse(toldAsWritten("天然气阀门关了 厨房墙被掀开了 有人埋在下面"), "an explosion");
        assertFalse(toldAsWritten("燃气味现在没了 可能是整个管线都泄了 楼下好几户没人接电话"), "neighbours not answering");
    }

    /** A second review's cases, after the round was scored: each kind of hole it found in the rules as kept. */
    @Test
    void aFireBeingFoughtAValveNotShutOrALeakToldAfterItIsNot() {
        assertFalse(toldAsWritten("仓库着火了，火还没有扑灭"), "not yet out");
        assertFalse(toldAsWritten("消防员正在扑灭，里面好像有工人"), "being fought");
        assertFalse(toldAsWritten("山上起火了，无法扑灭，风很大"), "cannot be put out");
        assertFalse(toldAsWritten("家里煤气漏了，要不要先关了阀门？"), "a valve asked about");
        assertFalse(toldAsWritten("煤气漏了 阀门关了吗 我在外面上班"), "a valve asked about, after");
        assertFalse(toldAsWritten("液化气罐漏气了，来不及关掉总阀，我们先跑出来了"), "too late to shut it");
        assertFalse(toldAsWritten("燃气表那里嗞嗞响，我不敢关掉阀门"), "not dared");
        assertFalse(toldAsWritten("煤气阀门关了 我爸没有呼吸了"), "not breathing");
        assertFalse(toldAsWritten("火扑灭了，但是邻居家敲门没人开"), "nobody opens the door");
        assertFalse(toldAsWritten("燃气阀门已经关了 楼下餐馆漏气 味道顺着窗户进来"), "a leak told after the shut-off");
        assertTrue(toldAsWritten("昨天我们屋头煤气漏了，阀门关了窗子开了，现在没得味道了，想喊人来查一下管子"),
                "a leak that was, shut off, still held");
    }

    /** A third review's cases: a person named after the danger is over, another place's danger, a long message. */
    @Test
    void aPersonNamedAfterItIsOverAnotherPlacesDangerOrACutMessageIsNot() {
        assertFalse(toldAsWritten("煤气阀门关了，窗也开了，现在没味了，但我妈脸色通红，说胸口闷得慌"), "a mother after the smell");
        assertFalse(toldAsWritten("燃气阀门关了，现在没味了，我媳妇迷迷糊糊的话都说不利索"), "迷糊, which the normaliser writes 迷煳");
        assertFalse(toldAsWritten("火已经扑灭了 but my son won't wake up"), "a son, in English");
        assertFalse(toldAsWritten("车上的火扑灭了，车门拉不开，司机在里头"), "a driver inside");
        assertFalse(toldAsWritten("对面楼着火了，我家阳台的火星子已经浇灭了"), "another place's fire told before");
        assertFalse(toldAsWritten("楼下餐馆漏气，味道顺着窗户飘上来，我家燃气阀门已经关了"), "another place's leak told before");
        assertFalse(toldAsWritten("厨房的火用灭火器扑灭了，旁边的气罐摸着很热，罐子有点鼓起来了"), "a gas bottle heating");
        assertFalse(toldAsWritten("火扑灭了，柴堆底下还红着"), "embers");
        String longStory = "刚才闻到煤气味，关了阀门现在没味了，" + "我家那个燃气管子是十几年前装的老管子了，".repeat(15);
        assertTrue(toldAsWritten(longStory.substring(0, 120)), "the story alone, under the cut");
        assertFalse(toldAsWritten(longStory + "我妈躺在床上怎么喊都喊不醒"), "the danger after the normaliser's cut");
        assertTrue(toldAsWritten("楼道里有股燃气味，物业来把总阀关了，现在没味了，我爸说明天找人来修管子"),
                "a father who only plans the repair");
        assertTrue(toldAsWritten("天然气管子被挖掘机挖破了，阀门已经关了，现在闻不到味道了，燃气公司的人还没来"),
                "the gas company's people are no one at risk");
    }
}
