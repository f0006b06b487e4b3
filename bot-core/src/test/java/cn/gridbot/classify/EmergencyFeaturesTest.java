package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class EmergencyFeaturesTest {

    private static final EmergencyFeatures features = new EmergencyFeatures();
    private static final Segmenter segmenter = new Segmenter();

    private static List<String> of(String normal) {
        return features.of(normal, segmenter.words(normal));
    }

    /** Asserts that {@code says} holds for every text of {@code yes} and for none of {@code no}. */
    private static void assertSays(Predicate<String> says, List<String> yes, List<String> no) {
        for (String text : yes) {
            assertTrue(says.test(text), text);
        }
        for (String text : no) {
            assertFalse(says.test(text), text);
        }
    }

    /**
     * Harm told in words the cue list lacks still names a danger to the gate that lets a part of a message be read
     * alone ({@code EmergencyFeatures.HARM_UNLISTED}), without becoming a feature of the scorer; a thing hanging loose
     * does not.
     */
    @Test
    void harmToldInWordsTheCueListLacksNamesADangerButIsNoFeature() {
        assertSays(features::namesDanger, List.of("一台三轮车把人撞了,人躺着不动", "有人动了刀,地上都是血", "底下压着个人",
                "一只手吊在枝子上", "火就上了山,已经烧了一大片", "铁皮正往下飞"),
                List.of("广告牌还有一块吊在上面", "树枝压着电线", "撞了一下护栏,车已经拖走了", "车子压着人行道",
                "没撞到人", "差点被车撞", "门把手吊在那里", "辛苦挣的都是血汗钱", "医生说要动手术", "天天躺着不动耍手机",
                "杨絮一团一团往下飞", "盖起压着老人睡不好", "炭越烧越旺"));
        assertEquals(List.of("d:none"), of("底下压着个人"), "the scorer places no danger in it");
    }

    /**
     * A fight with a weapon or a tool the cue list does not name (两个都拿着锄头, 抡起铁锹互相削, 掏出一把螺丝刀在乱戳) names a
     * danger to the gate, as harm the cue list lacks; the tool taken up for work, a fight only nearly had or feared, and
     * a fight in play, on a stage or in a dream do not (the hundred-and-fifth round's reviews).
     */
    @Test
    void aFightWithAToolNamesADanger() {
        assertSays(features::namesDanger, List.of("现在我儿子在他家门口跟他打起来了,两个都拿着锄头", "现在两人抡起铁锹互相削",
                "现在他被我们几个围住,他掏出一把螺丝刀在乱戳", "现在两家人又在地里吵起来了,锄头都举起来了",
                "这会儿他拿着棒子在楼道里堵着我不让走"),
                List.of("现在我拿着锄头去地里", "刚才我拿板凳把井口挡上了", "此刻我正拿着镰刀在田里割稻子",
                        "现在两家差点打起来,老刘还拿着锄头", "怕他明天拿着镰刀来打起来", "这会儿台上两个黑脸抡着棒子对打",
                        "梦里两个人拿着锄头在我家门口打起来了", "今天大家扛着铁锹已经干起来了", "拿着矿泉水瓶子往头上浇水",
                        "今早楼下大哥拿着铲子就铲人家门口的雪"));
        assertEquals(List.of("d:none"), of("两个都拿着锄头打起来了"), "the scorer places no danger in the hoe");
    }

    /**
     * A danger phrase names a danger only where it stands as one: not denied right before it, nor inside a phrase that
     * is; not after a word of what may come in its clause. The hundredth round: these parts, read alone after a bare
     * time word, were wrong alarms. A phrase made of the 在 of 现在 and the word after it (现在打起来了 holds only 在打)
     * still names one: it is often the only phrase of a fight or a fire told after 现在.
     */
    @Test
    void aDangerPhraseNamesADangerOnlyWhereItStands() {
        for (String none : List.of("现在还没人掉进去", "现在没冒烟", "现在不打火了", "暂时没有人掉下去", "目前没冒火花",
                "万一哪天着火了", "真要着火了人都跑不出去", "下回还得淹")) {
            assertFalse(features.namesDanger(none), none);
        }
        for (String danger : List.of("屋头有人掉进去了", "插座冒火花了", "不停冒烟", "楼道里在冒烟,万一着火了咋办",
                "你们千万一定要快点来三楼着火了", "我一下回头看到屋头着火了", "回来以后发现厨房着火了", "现在主要是楼下着火了",
                "真要命着火了", "不知道有没有人掉进去", "是不是着火了", "现在有人在打架", "现在打起来了", "现在烧得好凶",
                "楼下次卧窗户在冒黑烟")) {
            assertTrue(features.namesDanger(danger), danger);
        }
    }

    /**
     * A fight's 打 that dials is no fight (the hundred-and-first round: "现在打他电话也不接了", read alone after a bare time
     * word, was an alarm: 在打 of 现在打); a fight beside a call still is, and a 打 before 了 or 手机 strikes.
     */
    @Test
    void aCallIsNoFight() {
        for (String none : List.of("现在打电话也不接了", "现在打他电话也不接了", "现在打过电话了", "在打个电话", "在打她的电话")) {
            assertFalse(features.namesDanger(none), none);
        }
        for (String danger : List.of("现在在打电话报警,他们还在打人", "我在打架", "现在打起来了", "他们在打人,我在打电话",
                "他被打了手机都摔烂了", "现在保安在打他手机都摔烂了")) {
            assertTrue(features.namesDanger(danger), danger);
        }
    }

    @Test
    void aTimeCueInsideADangerPhraseDoesNotCount() {
        List<String> fainted = of("奶奶刚才又晕过去了");
        assertTrue(fainted.contains("last@NOW"), fainted::toString);
        assertFalse(fainted.contains("m:RESOLVED"), fainted::toString);
    }

    @Test
    void aFigureOfSpeechInsideADangerPhraseIsTheDangerItself() {
        List<String> exploded = of("工厂爆炸了 好多人受伤");
        assertTrue(exploded.contains("d:FIRE"), exploded::toString);
        assertFalse(exploded.contains("d@fig"), exploded::toString);
        assertFalse(exploded.contains("m:FIG"), exploded::toString);
        List<String> thirsty = of("太阳大 渴得冒烟");
        assertTrue(thirsty.contains("d@fig"), thirsty::toString);
        List<String> angry = of("差点没气死我");
        assertTrue(angry.contains("d@fig"), () -> "a hyperbole with 死 stays a figure: " + angry);
    }

    @Test
    void aPersonGoneAgainAfterBeingFoundIsMissingNow() {
        List<String> again = of("去年我爸就走丢过一次 后来找回来了 又不见了");
        assertTrue(again.contains("last@NOW"), () -> "gone again is now, with no time word of its own: " + again);
        assertTrue(again.contains("d:SELFHARM@again"), again::toString);
        List<String> cat = of("我家猫又不见了 估计又跑出去玩了");
        assertTrue(cat.contains("d:none"), () -> "gone again with nobody missing before it is no danger: " + cat);
        List<String> found = of("上个月我爸走丢过一次 后来找回来了 想问问有没有防走失的手环");
        assertFalse(found.contains("last@NOW") || found.contains("d@again"), found::toString);
    }

    @Test
    void silenceAfterSomeonesFarewellIsADangerAndEitherAloneIsNone() {
        List<String> farewell = of("邻居阿叔在朋友圈发了一句以后你们自己保重 打他电话一直关机");
        assertTrue(farewell.contains("d:SELFHARM@NOW"), farewell::toString);
        List<String> battery = of("他手机没电就关机了 我明天再打给他");
        assertTrue(battery.contains("d:none"), battery::toString);
        List<String> leaving = of("我要出差一个月 大家自己保重 电话可能打不通");
        assertTrue(leaving.contains("d:none"), () -> "the writer's own leave-taking: " + leaving);
        List<String> trip = of("我和老公去旅游了 大家自己保重 手机可能关机");
        assertTrue(trip.contains("d:none"), () -> "a silence only foreseen: " + trip);
    }

    @Test
    void aYesOrNoQuestionIsNoDenial() {
        List<String> poisoned = of("我妈已经吐了 是不是中毒了");
        assertFalse(poisoned.contains("d@neg"), poisoned::toString);
        List<String> inside = of("着火了 不知道有没有人在里面");
        assertFalse(inside.contains("d@nobody"), inside::toString);
        List<String> denied = of("没有人中毒");
        assertTrue(denied.contains("d@neg"), denied::toString);
    }

    @Test
    void waterThroughALiveLightIsADangerAndEitherAloneIsNone() {
        List<String> lamp = of("楼上漏水顺着吊灯往下流 灯还亮着");
        assertTrue(lamp.contains("d:FIRE"), lamp::toString);
        List<String> leak = of("楼上漏水顺着墙往下流 墙皮都泡了");
        assertTrue(leak.contains("d:none"), leak::toString);
        List<String> light = of("楼道灯还亮着 白天也不关");
        assertTrue(light.contains("d:none"), light::toString);
    }

    @Test
    void aResolvedCueAfterTheDangerStillCounts() {
        List<String> over = of("奶奶刚才晕倒了 现在已经好了");
        assertTrue(over.contains("m:RESOLVED"), over::toString);
        assertTrue(over.contains("last-then:RESOLVED"), over::toString);
    }

    @Test
    void aPersonInTheWayIsReadWithTheKindOfDanger() {
        List<String> underTheWall = of("那堵墙又在往下垮 底下还有人在摆摊");
        assertTrue(underTheWall.contains("d:TRAPPED@who"), underTheWall::toString);
        assertFalse(underTheWall.contains("d@nobody"), underTheWall::toString);
    }

    @Test
    void someoneInTheWayNowIsPlacedAgainstTheDanger() {
        List<String> wire = of("电线掉下来了 在冒火星 有几个小孩在旁边看");
        assertTrue(wire.contains("d@near"), wire::toString);
        List<String> far = of("电线掉下来了 在冒火星 我已经打了电话 孩子在旁边看");
        assertFalse(far.contains("d@near"), () -> "two clauses away: " + far);
    }

    @Test
    void nobodyInTheWayIsPlacedAgainstTheDanger() {
        List<String> emptyLift = of("停电了 电梯卡住了 里面没人");
        assertTrue(emptyLift.contains("d:TRAPPED@nobody"), emptyLift::toString);
        assertTrue(emptyLift.contains("d@nobody"), emptyLift::toString);
        List<String> farAway = of("电梯卡住了 物业说下午来修 楼下超市打折 里面没人排队");
        assertFalse(farAway.contains("d@nobody"), farAway::toString);
    }

    @Test
    void aFightBrokenUpIsOverAndACordonIsNoFlood() {
        List<String> brokenUp = of("刚才街上两个人打架 已经遭劝开了 都走了");
        assertTrue(brokenUp.contains("last-then:RESOLVED"), brokenUp::toString);
        List<String> cordon = of("楼顶的广告牌锈得摇摇晃晃的 现在下面用隔离带围起了");
        assertFalse(cordon.stream().anyMatch(f -> f.startsWith("d:WATER")), cordon::toString);
        List<String> flood = of("河中间那个沙洲上有两个钓鱼的 水已经把他们围起了");
        assertTrue(flood.stream().anyMatch(f -> f.startsWith("d:WATER")), flood::toString);
    }

    @Test
    void aTimeCueOverlappingADangerPhraseDoesNotCount() {
        List<String> shutIn = of("电梯卡住了 里面有人 已经关了半小时");
        assertFalse(shutIn.contains("m:RESOLVED"), shutIn::toString);
        assertFalse(shutIn.contains("last-then:RESOLVED"), shutIn::toString);
        assertTrue(shutIn.contains("p:关了半小时"), shutIn::toString);
    }

    @Test
    void aLocativeZaiIsNotTheProgressive() {
        List<String> resting = of("树枝压在电线上");
        assertTrue(resting.contains("p:压在"), resting::toString);
        assertFalse(resting.contains("d@prog"), resting::toString);
        List<String> smoking = of("厨房在冒烟");
        assertTrue(smoking.contains("d@prog"), smoking::toString);
    }

    @Test
    void notYetOverIsGoingOn() {
        List<String> stillIn = of("有个娃儿掉进鱼塘了 还没捞起来");
        assertFalse(stillIn.contains("m:RESOLVED"), stillIn::toString);
        assertTrue(stillIn.contains("last-then:NOW") || stillIn.contains("m:NOW"), stillIn::toString);
        List<String> out = of("有个娃儿掉进鱼塘了 已经捞起来了");
        assertTrue(out.contains("m:RESOLVED"), out::toString);
    }

    @Test
    void shutForTwentyMinutesIsShutInNotSwitchedOff() {
        List<String> stillIn = of("电梯关到人了 已经关了二十分钟了");
        assertFalse(stillIn.contains("m:RESOLVED"), stillIn::toString);
        List<String> digits = of("电梯关到人了 已经关了快00个小时了");
        assertFalse(digits.contains("m:RESOLVED"), digits::toString);
        List<String> turnedOff = of("煤气罐在漏气 阀门已经关了");
        assertTrue(turnedOff.contains("m:RESOLVED"), turnedOff::toString);
    }

    @Test
    void aDurationAfterAnotherResolvedCueSaysHowLongAgoItEnded() {
        List<String> gone = of("有人拿刀在门口 已经走了半个小时了");
        assertTrue(gone.contains("m:RESOLVED"), gone::toString);
        List<String> outOut = of("火已经灭了好几天了");
        assertTrue(outOut.contains("m:RESOLVED"), outOut::toString);
        List<String> night = of("煤气泄漏 还好半夜醒了");
        assertTrue(night.contains("m:RESOLVED"), night::toString);
    }

    @Test
    void aDangerToldAsAQuestionIsPlacedSo() {
        List<String> asked = of("想问一下 屋头燃气泄漏了 要怎么处理");
        assertTrue(asked.contains("d@asked"), asked::toString);
        assertTrue(asked.contains("d:GAS@asked"), asked::toString);
        List<String> told = of("屋头燃气泄漏了");
        assertFalse(told.contains("d@asked"), told::toString);
    }

    /**
     * The kinds of danger a part of a message names, which tell whether the part after a bare time word names one the
     * part before it does not ({@code TextFeatures.namesNewDanger}): the groups of the danger phrases that name one, and
     * HARM for harm in words the cue list lacks; nothing for a danger denied or only feared.
     */
    @Test
    void theKindsOfDangerNamedLeaveOutWhatIsDeniedOrFeared() {
        assertEquals(Set.of("TRAPPED"), features.dangerKinds("昨天那截堡坎垮了,好在没砸到人,"));
        assertEquals(Set.of("TRAPPED"), features.dangerKinds("现在上面还有一截悬起的"));
        assertEquals(Set.of("BODY"), features.dangerKinds("刚才那边有人晕倒了"));
        assertEquals(Set.of("HARM"), features.dangerKinds("有人动了刀,地上都是血"));
        assertEquals(Set.of(), features.dangerKinds("还没人掉进去"));
        assertEquals(Set.of(), features.dangerKinds("万一哪天着火了"));
    }

    /** A danger told again or as well (又, 也 before it in its clause) is a new event, whatever was told before it. */
    @Test
    void aDangerToldAgainOrAsWellIsANewEvent() {
        assertSays(features::namesADangerAgain,
                List.of("现在又垮了,砸到人了", "今天又摔了", "现在又有个小孩沉下去了", "现在旁边那棵也倒了,压住了一个人"),
                List.of("现在上面还有一截悬起的", "又说要来修,结果墙垮了", "今天楼下真着火了"));
    }

    /** A person struck or harmed, not denied: what lies there after a time word may be that person. */
    @Test
    void aPersonStruckIsAPersonHarmed() {
        assertSays(features::namesSomeoneHarmed,
                List.of("老树倒了,砸到一个人,", "那堵墙垮了,砸着人了,", "底下压着个人", "堡坎垮了,压到一个过路的,"),
                List.of("老树倒了,没砸到人,", "堡坎垮了,好在没人,", "树倒了横在路上"));
    }

    /** A film, a dream, a drill or a forwarded article frames the dangers told in it as no report. */
    @Test
    void aFilmADreamOrADrillFramesNoReport() {
        assertSays(EmergencyFeatures::framesNoReport,
                List.of("昨晚梦见家里着火了,吓醒了,", "上个月社区搞了地震演练,演的是楼塌了怎么跑,", "看了个电影,里面着火那段吓死人,"),
                List.of("昨天那截堡坎垮了,好在没砸到人,"));
    }
}
