package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TheftAloneTest {

    @Test
    void aTheftWithNobodyAtRiskIsATheftAlone() {
        assertTrue(TheftAlone.told("超市里有个人正在往衣服里头塞东西 收银员还没发现"));
        assertTrue(TheftAlone.told("有人正在撬我隔壁的门，这会儿还在撬，人家没在屋"));
        assertTrue(TheftAlone.told("工地上的钢筋有人在偷，现在正拿三轮车在装"));
    }

    @Test
    void aTheftWithAPersonAtRiskOrAnotherDangerIsNot() {
        assertFalse(TheftAlone.told("有人正在撬我家的门，我一个人在家"), "the writer is alone at home");
        assertFalse(TheftAlone.told("小偷被发现了，拿刀把店主砍伤了"), "violence");
        assertFalse(TheftAlone.told("门刚撬开，老两口叫不醒，屋里全是炉子味"), "people who do not wake");
        assertFalse(TheftAlone.told("我儿子被一个男的往车上拉走了"), "a child taken away");
        assertFalse(TheftAlone.told("有人在撬门，我不敢出去"), "the writer is afraid");
    }

    @Test
    void aMessageWithNoTheftIsNot() {
        assertFalse(TheftAlone.told("楼下路灯坏了好几天了"));
    }
}
