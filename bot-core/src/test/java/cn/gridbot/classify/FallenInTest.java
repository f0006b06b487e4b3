package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FallenInTest {

    private static final Normaliser NORMALISER = new Normaliser();

    private static String reread(String text) {
        return FallenIn.reread(NORMALISER.normalise(text));
    }

    @Test
    void aPersonFallenIntoAHoleIsReadWithoutTheHole() {
        assertEquals("有人掉进去了", reread("有人掉进瑞山路口的下水道井头了"));
        assertEquals("有个小伢掉进去了,只露个头。", reread("下水道堵了水漫到路上，有个小伢掉进没盖子的窨井里了，只露个头。"),
                "from the clause of the fall: the blocked drain before it is another matter");
        assertEquals("工地的人掉进去了", reread("工地的人掉进了十几米的基坑"));
        assertEquals("有个小孩掉进去了是那个井该没有的下水井", reread("有个小孩掉井里了是那个井该没有的下水井"));
        assertEquals("一辆电动车连人掉进去了。", reread("我们楼下的路面塌了一个大洞，一辆电动车连人掉进去了。"),
                "掉进去: the hole told before, the clause read as it is");
        assertEquals("今天又有个老人掉进去了", reread("上回有人掉进沟里了，今天又有个老人掉进去了"),
                "a fall told as past is passed over, the one of now read");
    }

    @Test
    void noPersonNoHoleOrNoFallNowIsNotRead() {
        for (String text : new String[] {"我的手机掉进下水道了", "有人的钱包掉进河里了", "有个老人摔到地上了",
                "manhole cover 没了 在朝阳街人行道上 还没人掉进去", "井盖没了，晚上黑，谁家孩子别掉进去",
                "有人差点掉进下水道", "怕有人掉进这个坑里", "昨天有个娃儿掉进那个没盖的井里，已经救起来了，盖子到现在还没补",
                "上个月有个人掉进那个坑里受了伤，现在坑还在那里没人管", "路中间塌了一个大坑，前天已经有人骑车掉进去摔了，到现在也没人来补", "有个小孩掉进河里了，已经拉上来了",
                "有人掉进沟里了，后来自己爬出来了", "【转发】有人掉进下水道的视频"}) {
            assertEquals("", reread(text), text);
        }
    }

    @Test
    void aFallThatIsATopicAQuestionOrAFigureIsNotRead() {
        for (String text : new String[] {"有人掉进基坑的那个工地，今天又开工了，还是没围挡", "井盖丢了三天了，有人掉进去算谁的？",
                "非得等有人掉进下水道你们才来修吗？", "有人掉进井里了吗？", "基坑边上连个围挡都没有，一旦有人掉进坑里后果不堪设想",
                "小区里有个人掉进网恋的坑了，被骗了两万", "有个老人掉进骗子挖的坑里了，买了个床垫三万八",
                "工人把电钻掉进基坑了，问题不大", "我们路口那个井盖是新的，有人掉进下水道了这种担心是多余的",
                "有个人掉进水坑，溅了一身泥，路面积水太严重了"}) {
            assertEquals("", reread(text), text);
        }
    }

    /** Each exclusion on its own: every message tells the fall done (了), so that only the exclusion rules it out. */
    @Test
    void eachExclusionRulesTheReadingOut() {
        assertEquals("有个小孩掉进去了", reread("有个小孩掉进下水道了"), "the messages below differ from this one by their exclusion");
        for (String text : new String[] {"还没人掉进下水道了", "有人差点掉进下水道了", "怕有人掉进下水道了", "一旦有人掉进下水道了",
                "【转发】有人掉进下水道了", "群里说有人掉进下水道了", "昨天有个小孩掉进下水道了", "有个小孩掉进下水道了，已经救起来了",
                "有个小孩掉进下水道了，那是去年", "有个小孩掉进下水道了，笑死", "有个小孩掉进下水道了吗", "央视报道有个小孩掉进下水道了",
                "有个小孩掉进下水道了好几回", "有个小孩掉进下水道了那个事", "有个流浪猫掉进下水道了", "小孩鞋子掉进下水道了",
                "有人拆掉井盖了", "我家扫地机器人掉进鱼池了", "路口那个井盖坏了半年，好几个人掉进去了", "小区里有人搞传销，我爸已经陷进去了",
                "有个小孩掉进骗子挖的坑了"}) {
            assertEquals("", reread(text), text);
        }
    }

    /**
     * County-style set 187's miss: the open manhole told after the fall is how the person fell, left out of the reading as
     * what comes before the fall's clause is; a hospital stay told after the fall makes it over.
     */
    @Test
    void howTheHoleWasLeftOpenIsLeftOutAndAHospitalStayEndsTheFall() {
        assertEquals("中和街道东门口一个人掉进去了,", reread("中和街道东门口一个人掉到下水井头去了，井盖没得"));
        assertEquals("有个小孩掉进去了,人在下面喊", reread("有个小孩掉井里了，井盖被人偷了，也没个护栏，人在下面喊"));
        assertEquals("一辆电动车连人掉进去了。", reread("路面塌了一个大洞，一辆电动车连人掉进去了。围挡早就倒了"),
                "a hole told before the fall, its barrier after it");
        assertEquals("有个小孩掉进去了人在井盖下面喊救命", reread("有个小孩掉进井里了人在井盖下面喊救命"),
                "a clause of the cover that tells of the person is kept");
        assertEquals("有个老人掉进去了,扒着井盖边出不来", reread("有个老人掉进窨井里了，扒着井盖边出不来"));
        assertEquals("有个小孩掉进去了,", reread("有个小孩掉进井里了，井盖被人扒了"), "扒 alone is a cover stolen");
        for (String text : new String[] {"有个送外卖的小伙子骑车掉进那个坑里了，胳膊摔骨折，住了半个多月院。那个井盖还没修",
                "我大伯掉进坑里住院半个月了，围挡还要走流程？", "有个老人掉进坑里了，住院了", "有个老人掉进坑里了，住了半个多月的院",
                "有个老人掉进坑里了，现在还在住院", "有个老人掉进坑里了，住了10天院"}) {
            assertEquals("", reread(text), text);
        }
        for (String text : new String[] {"有人掉进下水道里了，在住院部后门", "有人掉进下水道里了 我们住了好几年的院坝头",
                "有人掉进坑里了，腿摔断了，肯定要住院，快来人"}) {
            assertTrue(reread(text).startsWith("有人掉进去了"), () -> text + " is read: a hospital building, a yard and a stay to come "
                    + "end no fall");
        }
    }

    /**
     * County-style set 190's miss: 掉 right before a manhole, a sewer or a cesspit is a fall (掉窨井头去了), with its 了 near
     * (not another verb's) and not a fall only believed (以为).
     */
    @Test
    void aBareFallBeforeAManholeASewerOrACesspitIsAFall() {
        assertEquals("有人掉进去了 一品街道赶场那条路 快来", reread("有人掉窨井头去了 一品街道赶场那条路 快来"));
        assertEquals("有个小孩掉进去了", reread("有个小孩掉化粪池里头去了"));
        assertEquals("有个老人掉进去了", reread("有个老人掉下水道了"));
        assertEquals("有个老人掉进去了", reread("有个老人掉井里头爬不出来了"), "the 了 far from 掉 is still the fall's");
        assertEquals("还以为是只猫原来是有个小孩掉进去了", reread("还以为是只猫原来是有个小孩掉井里了"),
                "what was believed is over once the clause turns to what is");
        assertEquals("没想到有个小孩掉进去了", reread("没想到有个小孩掉井里了"));
        for (String text : new String[] {"网上说有人掉窨井是因为井盖被偷了，咱们县有没有这种情况",
                "开始以为是有人掉下水道了，其实是个流浪汉在井里睡觉", "我手机掉下水道了", "工人把扳手掉下水井了",
                "有人反映掉窨井盖了", "有个师傅掉下水井盖了", "有人说掉井盖了"}) {
            assertEquals("", reread(text), text);
        }
    }

    @Test
    void aFallDownIntoAHoleToldBeforeIsAFall() {
        assertEquals("有个人掉下去了", reread("城南一个检修井盖子烂了，有个人掉下去了"), "county-style set 198's miss");
        assertEquals("有个老人跌下去了,爬不上来", reread("路边那个坑好深，有个老人跌下去了，爬不上来"));
        assertEquals("有个老人掉进去了", reread("有个老人掉下水道了"), "掉下水道 is still the bare 掉 before a sewer");
        for (String text : new String[] {"井盖坏了，昨天有个人掉下去了，还好没事", "井盖坏了，有个人掉下去了，已经拉上来了",
                "井盖坏了，手机掉下去了", "井盖没盖好，差点有个人掉下去了", "那个井好深，要是有人掉下去了咋办",
                "有个人从楼上掉下去了", "井盖坏了，有个人掉下去了吗"}) {
            assertEquals("", reread(text), text);
        }
    }

    @Test
    void aFallDownIsReadOnlyIntoAHoleNamedJustBeforeByAPersonRightBeforeIt() {
        for (String text : new String[] {"小区门口的井盖松了，非要等有人掉下去了才修", "小区门口的井盖松了，有人掉下去了谁负责",
                "小区门口的井盖松了，有人掉下去了你们管不管", "小区门口的井盖松了，好多次有人掉下去了", "井盖坏了，有个人掉下去了，人没事",
                "井盖坏了，有个人掉下去了，自己上来了", "我们在河边钓鱼，我老公眼镜掉下去了", "我家住河东路，我爸血压掉下去了",
                "这家店太坑人了，我老公体重掉下去了", "跟物业沟通过了，有个小孩骑车摔下去了，哭了一下", "井盖坏了，有个人从楼上掉下去了",
                "手机电池不行了，有个人掉下去了", "井盖坏了好几天了。楼下超市今天打折。有个人掉下去了"}) {
            assertEquals("", reread(text), text);
        }
        assertEquals("大姐连人带车掉进去了", reread("井盖坏了，有个人掉下去了，大姐连人带车掉进窨井里了"),
                "a later fall into a hole is read before a fall down");
        assertEquals("一个小孩骑车掉下去了", reread("那个窨井没盖，一个小孩骑车掉下去了"), "how they fell between");
    }

    @Test
    void otherFallsAndHolesAreRead() {
        assertEquals("有个老人掉进去了", reread("有个老人跌入河里了"), "跌入 is a fall");
        assertEquals("有个小孩掉进去了", reread("有个小孩掉进路边的坑里了"), "a pit by a road is a hole");
        assertEquals("有个老人掉进去了,能听见在喊", reread("有个老人栽进粪池里了，能听见在喊"));
    }

    /** Set 526's miss: the person is in 连人带车 or in how passers-by are called (大姐, 师傅, 小伙). */
    @Test
    void whoFellMayBeNamedAsPassersByAreCalled() {
        assertEquals("前边一个骑自行车的大姐连人带车掉进去了,人在底下喊",
                reread("前边一个骑自行车的大姐连人带车掉井里了，井盖翻了，人在底下喊"));
        assertEquals("有个大姐掉进去了", reread("有个大姐掉进下水道里了"));
        assertEquals("送外卖的小伙骑车掉进去了", reread("送外卖的小伙骑车掉进坑里了"));
        for (String text : new String[] {"我媳妇项链掉进下水道了", "快递员车轮子陷进坑里了", "大姐连人带伞掉进水坑了",
                "大叔连人带车摔进沟里了，自己爬起来走了", "下水道井口那，外卖员掉进去了一份外卖", "那个大坑没有围挡，娃娃掉进去就完了"}) {
            assertEquals("", reread(text), text);
        }
    }

    @Test
    void aFallToldInTheWordsOfADrainComplaintRaisesTheAlarm() {
        TrainedClassifier classifier = new TrainedClassifier();
        for (String text : new String[] {"有人掉进瑞山路口的下水道井头了", "我们楼下的路面塌了一个大洞，一辆电动车连人掉进去了。",
                "中和街道东门口一个人掉到下水井头去了，井盖没得", "有人掉窨井头去了 一品街道赶场那条路 快来"}) {
            Classification fall = classifier.classify(text);
            assertEquals(Category.EMERGENCY, fall.category(), () -> text + " " + fall);
        }
    }
}
