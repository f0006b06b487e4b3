package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void aFallToldInTheWordsOfADrainComplaintRaisesTheAlarm() {
        TrainedClassifier classifier = new TrainedClassifier();
        for (String text : new String[] {"有人掉进瑞山路口的下水道井头了", "我们楼下的路面塌了一个大洞，一辆电动车连人掉进去了。"}) {
            Classification fall = classifier.classify(text);
            assertEquals(Category.EMERGENCY, fall.category(), () -> text + " " + fall);
        }
    }
}
