package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FalseFutureTest {

    private static final Normaliser NORMALISER = new Normaliser();

    @Test
    void aGuessAtTheCauseOfACollapseIsNoFear() {
        assertEquals("仁达乡一屋人烤炉子都晕过去了,是煤气中毒,快来救人",
                FalseFuture.reread(NORMALISER.normalise("仁达乡一屋人烤炉子都晕过去了，怕是煤气中毒，快来救人")));
        assertEquals("那个人倒在地上一动不动 是触电了",
                FalseFuture.reread(NORMALISER.normalise("那个人倒在地上一动不动 怕是触电了")));
        assertEquals("一屋人都晕过去了,是煤气中毒,楼上的也晕倒了,是中毒了",
                FalseFuture.reread(NORMALISER.normalise("一屋人都晕过去了，怕是煤气中毒，楼上的也晕倒了，怕是中毒了")));
        assertEquals("怕是中暑了,后来人都晕倒了,是中暑了",
                FalseFuture.reread(NORMALISER.normalise("怕是中暑了，后来人都晕倒了，怕是中暑了")),
                "a guess before any collapse stays; the one after it is read");
    }

    @Test
    void aFearStaysAFear() {
        for (String fear : new String[] {"一个老人住，怕是煤气中毒了，都没人晓得", "炉子烧起睡觉，怕是中毒哦",
                "我爸血压一直高 胸口经常痛 怕是心脏病 社区医院能查不", "吃了食堂的饭肚子痛了一下午 怕是食物中毒 想投诉",
                "怕是煤气中毒 一家人都晕过去了", "最怕是半夜着火了人跑不出来", "这棵树怕是要倒了",
                "一家人都晕过去了，最怕是煤气中毒"}) {
            String normal = NORMALISER.normalise(fear);
            assertEquals(normal, FalseFuture.reread(normal), fear);
        }
    }

    @Test
    void dizzinessIsNoCollapse() {
        for (String dizzy : new String[] {"头晕了，怕是中暑了，空调坏了物业一直不来修", "这几天太热了，头都晕了，怕是中暑了",
                "头昏了，怕是中暑了", "看书看晕了，怕是中暑", "坐车晕了，怕是中暑了"}) {
            String normal = NORMALISER.normalise(dizzy);
            assertEquals(normal, FalseFuture.reread(normal), dizzy);
        }
    }

    @Test
    void aGuessReadAsSuchRaisesTheAlarm() {
        Classification family = new TrainedClassifier().classify("屋头几个人烤火都晕过去了，怕是煤气中毒");
        assertEquals(Category.EMERGENCY, family.category(), family::toString);
    }
}
