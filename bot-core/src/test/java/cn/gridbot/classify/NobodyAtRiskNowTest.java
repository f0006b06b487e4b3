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

    /** The rule reads what the normaliser leaves: lower case, English words it knows in Chinese, digits as 0. */
    private static boolean toldAsWritten(String text) {
        return NobodyAtRiskNow.told(NORMALISER.normalise(text));
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
}
