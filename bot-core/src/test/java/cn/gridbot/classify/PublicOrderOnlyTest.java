package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicOrderOnlyTest {

    @Test
    void aTheftWithNobodyAtRiskIsATheftAlone() {
        assertTrue(PublicOrderOnly.told("超市里有个人正在往衣服里头塞东西 收银员还没发现"));
        assertTrue(PublicOrderOnly.told("有人正在撬我隔壁的门，这会儿还在撬，人家没在屋"));
        assertTrue(PublicOrderOnly.told("工地上的钢筋有人在偷，现在正拿三轮车在装"));
    }

    @Test
    void aTheftWithAPersonAtRiskOrAnotherDangerIsNot() {
        assertFalse(PublicOrderOnly.told("有人正在撬我家的门，我一个人在家"), "the writer is alone at home");
        assertFalse(PublicOrderOnly.told("小偷被发现了，拿刀把店主砍伤了"), "violence");
        assertFalse(PublicOrderOnly.told("门刚撬开，老两口叫不醒，屋里全是炉子味"), "people who do not wake");
        assertFalse(PublicOrderOnly.told("我儿子被一个男的往车上拉走了"), "a child taken away");
        assertFalse(PublicOrderOnly.told("有人在撬门，我不敢出去"), "the writer is afraid");
    }

    @Test
    void aMessageWithNoTheftIsNot() {
        assertFalse(PublicOrderOnly.told("楼下路灯坏了好几天了"));
    }

    @Test
    void aFightThatIsOverWithNobodyHurtIsPublicOrderOnly() {
        assertTrue(PublicOrderOnly.told("楼下两个人吵着吵着动起手来了，刚被旁边的人拉开，现在各自走了"));
        assertTrue(PublicOrderOnly.told("刚才菜市场两个人推了几下，已经被劝开了"));
    }

    @Test
    void aFightGoingOnOrWithSomeoneHurtIsNot() {
        assertFalse(PublicOrderOnly.told("两个人在打架，拉都拉不开"), "not broken up");
        assertFalse(PublicOrderOnly.told("打架的人散了，地上有个人头上在流血"), "someone bleeding");
        assertFalse(PublicOrderOnly.told("刚才两个人打架被劝开了，有一个说等会儿叫人回来报复"), "a threat to come back");
        assertFalse(PublicOrderOnly.told("两伙人打起来了，有人拿刀，现在跑了一个"), "a knife");
    }
}
