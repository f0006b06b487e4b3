package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhatIfQuestionTest {

    private static final Normaliser NORMALISER = new Normaliser();

    private static boolean asked(String text) {
        return WhatIfQuestion.asked(NORMALISER.normalise(text));
    }

    @Test
    void aQuestionOfWhatToDoIfADangerHappensIsAsked() {
        assertTrue(asked("要是半夜屋头着火了，应该先打哪个电话"));
        assertTrue(asked("你们好，请问如果家里有人突然晕倒了，我们应该先做什么？要不要先喂水？"));
        assertTrue(asked("要是草原上起火了 我们牧民应该咋个做"));
        assertTrue(asked("要是家里有人突然晕倒，我们乡下叫救护车打哪个电话，多久能到"));
        assertTrue(asked("以后要是家里老人突然晕倒了，我们应该先打120还是先找社区？"), "a choice asked");
        assertTrue(asked("假如电梯突然停了，被困在里面怎么办？"), "overlapping phrases of one danger");
    }

    /** A review's cases: an emergency happening now, asked as if it were a question of what to do if. */
    @Test
    void aDangerTakingPlaceIsNoQuestionOfWhatIf() {
        assertFalse(asked("如果看到一个人躺在公交站台上一动不动，叫他也没反应，是找你们还是找医院？就在汽车站对面那个站台，现在还躺着。"),
                "the case asked about is lying there now");
        assertFalse(asked("如果有人晕倒了怎么办我妈倒在厨房了"), "voice text: the case after the question");
        assertFalse(asked("要是有人喝农药了先做什么我婆婆喝了半瓶敌敌畏"), "the case after the question, no danger phrase");
        assertFalse(asked("万一他想不开咋办～人在楼顶站着"), "a present state");
        assertFalse(asked("万一他想不开咋办，还是他在楼顶上"), "还是 telling where he is");
        assertFalse(asked("要是煤气漏了咋整 这下屋里一股味"), "这下");
        assertFalse(asked("急急急如果有人晕倒了怎么办"), "panic before the condition");
        assertFalse(asked("要是我喘不过气了该打哪个电话"), "the writer's own case");
        assertFalse(asked("如果火再大点怎么办，楼上还有人"), "a fire going on now");
        assertFalse(asked("刚才我家老人晕倒了，如果要送医院该打哪个电话"), "a time word before the condition");
        assertFalse(asked("如果有人晕倒了，我妈倒在厨房了，该打哪个电话"), "two dangers before the question");
    }

    /** A second review's cases, after the round was scored. */
    @Test
    void aQuestionFollowedByWhatIsHappeningOrAPleaForHelpIsNoQuestionOfWhatIf() {
        assertFalse(asked("万一煤气中毒了怎么办？头好晕啊怎么办"), "dizzy now");
        assertFalse(asked("万一着火了打哪个电话？楼下火好大是不是要跑"), "a fire now");
        assertFalse(asked("要是有人被车撞了咋整？麻烦你们派个人来"), "help asked for");
        assertFalse(asked("万一有人掉进水里了咋办 有没有人会游泳"), "someone wanted now");
        assertFalse(asked("如果 我喘不上气了 该打哪个电话"), "the writer's own case after a space");
        assertFalse(asked("要是俺喘不过气了该打哪个电话"), "俺 is the writer");
        assertFalse(asked("如果有人倒在地上怎么办还是直接叫救护车老人在路边"), "a person and a place in the choice");
        assertTrue(asked("要是俺家老人半夜犯病了咋整"), "俺家 is the household, not the writer");
        assertFalse(asked(",".repeat(5000) + "如果着火了怎么办"), "a long run before the condition");
    }

    /** A third review's cases: a scene before the asking words, a plea, one person or thing now. */
    @Test
    void aSceneAPleaOrOnePersonNowIsNoQuestionOfWhatIf() {
        assertFalse(asked("如果有人晕倒了怎么办？我爸躺在厨房地上不说话这是中风了吗"), "a scene before the asking words");
        assertFalse(asked("如果着火了怎么办 宜家厨房有火要不要打119"), "Cantonese now");
        assertFalse(asked("如果有人煤气中毒了怎么办？大家帮帮我"), "a plea");
        assertFalse(asked("万一他醒不过来怎么办"), "one person now");
        assertFalse(asked("要是这个罐子炸了咋办"), "one thing now");
        assertFalse(asked("万一火烧过来怎么办"), "a fire spreading now");
        assertTrue(asked("如果有人喝了农药该怎么办？要不要催吐？"), "a question that asks on");
    }

    @Test
    void aPoliteConditionOrAMainPointIsNoQuestionOfWhatIf() {
        assertFalse(asked("如果可以麻烦派个人来，我妈晕倒了叫不醒"), "a polite condition");
        assertFalse(asked("主要是想问一下低保怎么申请，不过先讲个事：楼下有个人倒在地上抽搐"), "主要是 is no condition");
        assertFalse(asked("楼下一直有人在烧东西，烟好大，我想问如果着火了怎么办"), "more than a greeting before it");
    }

    /** The hundred-and-seventh round: a question mark ends the asking clause, and more asking words are read. */
    @Test
    void aQuestionMarkEndsTheAskingClauseAndMoreWordsAsk() {
        assertTrue(asked("要是看到有人掉江头，旁边的人应该咋个救？要先打哪个电话？"), "咋个救, then a second question");
        assertTrue(asked("想问一下，如果家里老人半夜突然晕倒，我们白云乡附近哪个卫生院晚上有值班医生？要提前存哪个电话？"),
                "a question mark as the asking words");
        assertTrue(asked("万一有人晕倒了？？"), "two question marks");
        assertTrue(asked("如果家头着火了，除了打119还要做哪样"), "做哪样");
        assertTrue(asked("如果半夜屋头着火了 我们这栋楼该往哪里跑"), "往哪里跑");
        assertTrue(asked("万一地震了往哪点跑，社区有没有避难的地方"), "往哪点跑");
        assertTrue(asked("想问一下，要是家里老人突然晕倒了，应该先打120还是先给你们发消息？"), "a choice naming 你们");
        assertTrue(asked("要是屋头起火了该咋个跑，有莫得人来培训下"), "有莫得 asks");
        assertTrue(asked("如果有人在做什么的时候晕倒了怎么办"), "做什么 in the condition is no asking");
    }

    /** The round's reviews: what the question mark and the new asking words must not let through. */
    @Test
    void aSceneOrAPleaAfterTheQuestionIsNoQuestionOfWhatIf() {
        assertFalse(asked("万一有人掉河里了？是不是要打110娃儿在河中间"), "a child in the river after the question mark");
        assertFalse(asked("如果有人晕倒了？是我外婆，嘴唇是紫的"), "whose case it is, and a scene");
        assertFalse(asked("如果有人晕倒在厕所？门是反锁的"), "是 telling, not asking");
        assertFalse(asked("假如有人噎到了咋个救？要不要拍我儿子的背"), "the writer's child");
        assertFalse(asked("假如有人被关在冷库里？是不是要找物业我同事在里头拍门"), "someone shut in now");
        assertFalse(asked("要是有人上吊了怎么救？是不是先抱住腿我舅舅在屋梁上"), "救, then where he hangs");
        assertFalse(asked("如果有人晕倒了怎么办还是你们赶快派车过来"), "你们 asked to come");
        assertFalse(asked("万一泥石流来了往哪里跑？是不是往两边跑山上石头在往下滚"), "往哪里跑, then what is falling");
        assertTrue(asked("如果有人心脏骤停咋个救？要按多少下？谢谢"), "further questions and thanks");
        assertTrue(asked("如果老人噎到了，咋办？要拍背吗？还是压肚子"), "a choice as a further question");
    }

    /** The round's second red team: voice text runs the scene on after a further question, with no mark between. */
    @Test
    void aSceneRunOnAfterAFurtherQuestionIsNoQuestionOfWhatIf() {
        assertFalse(asked("如果老人晕倒了？要不要打120外婆眼睛翻起吐白泡泡"), "a scene after the question word");
        assertFalse(asked("如果有人心脏骤停？要按胸口吗老汉胸口没起伏了"), "a state told after 吗");
        assertFalse(asked("如果有人溺水了？要不要下去捞河头那个冒了几下就没影子"), "了 after the first question word");
        assertFalse(asked("如果娃儿吞了东西？要不要倒提起拍背幺儿脸憋得乌紫"), "幺儿, read as 么儿, is a child");
        assertFalse(asked("如果着火了？谢谢回复楼下火舌子都舔到我们三楼窗子了"), "thanks run on into a fire");
        assertFalse(asked("如果有人晕倒了怎么办还是打你们电话外婆脸白得像纸"), "someone in the choice");
        assertFalse(asked("如果有人晕倒了？要不要打120同事趴到桌子上喊不答咋办"), "a scene between two question words");
        assertFalse(asked("如果有人晕倒了怎么办还是找你们老倌嘴巴乌掉喊不答"), "a scene run on after the choice");
        assertFalse(asked("如果老人晕倒了？要不要掐老倌不出声"), "a bare question mark asks nothing");
        assertFalse(asked("如果有人晕倒了？咋办"), "a bare question mark, then only the tail of the question may follow");
        assertFalse(asked("如果有人溺水了？要不要下去捞那个小伙子冒了几下没影咋办"), "a yes-or-no question, then 咋办");
        assertFalse(asked("如果煤气罐漏气了，咋办？要搬吗罐子口冒白雾"), "text after 吗");
    }

    /**
     * The hundred-and-tenth round's two reviews of genuine questions: kin named in the condition, who or what the
     * subject is (是高血压, 是燃气的, 是两三岁), a cause hedged (可能是…) or a fixture pointed at (这根电线) is how a genuine
     * question is asked: a condition read for kin added wrong alarms on 98 of 343 such questions, one read for a 是 and a
     * cause or a thing pointed at on 65 of 260 ({@code docs/reviews/whatif-genuine-questions.tsv}). The rule holds them.
     */
    @Test
    void kinACauseOrAFixtureInTheConditionIsStillAQuestion() {
        assertTrue(asked("如果爷爷吃汤圆噎到了，咋个救？"), "kin");
        assertTrue(asked("要是外公半夜突然胸口痛，应该先打哪个电话？"), "kin and a time supposed");
        assertTrue(asked("如果隔壁李嬢一个人在屋头晕倒了，咋个办？"), "a neighbour by name");
        assertTrue(asked("如果外婆是高血压，突然头晕倒在地上了应该先做什么？"), "who the person is");
        assertTrue(asked("如果娃娃是两三岁，掉进水池头了咋个救？"), "the child's age");
        assertTrue(asked("如果热水器是燃气的，洗澡的时候头晕了咋个办？"), "what the appliance is");
        assertTrue(asked("如果楼下是开烧烤店的，半夜着火了咋个办？"), "what is downstairs");
        assertTrue(asked("如果屋头闻到臭鸡蛋味，可能是天然气漏了，先做什么？"), "a cause hedged");
        assertTrue(asked("如果娃娃嘴唇发紫是缺氧吗？要咋个办？"), "a symptom's cause asked");
        assertTrue(asked("如果楼道里这根电线短路起火，打哪个电话？"), "a fixture pointed at");
        assertTrue(asked("如果小区门口的那个变压器着火了，打哪个电话？"), "a fixture named");
    }
}
