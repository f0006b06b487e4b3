package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FearedFireTest {

    private static final Normaliser NORMALISER = new Normaliser();

    private static boolean told(String text) {
        return FearedFire.told(NORMALISER.normalise(text));
    }

    /** County-style false alarms the rule was written from, and the ways a condition opens the fire. */
    @Test
    void aFireNamedOnlyAsWhatAHazardWouldLeadToIsFeared() {
        assertTrue(told("网吧后门用铁链锁起的，着火了人都跑不出去"), "a hazard, then a bare fire with 都");
        assertTrue(told("好多家防盗窗都焊死了 着火了咋个跑得出来"), "a question how, after a space");
        assertTrue(told("那个网吧窗户全焊死了，真着起火来都跑不出去"), "真 before a bare fire");
        assertTrue(told("万一着火了消防车根本进不来，我们小区消防通道天天被车堵着"), "a condition may open the message");
        assertTrue(told("小区的消防通道遭车堵死了，要是着火了，车子都进不来"), "a pause after a condition");
        assertTrue(told("楼道里堆满了纸箱子，万一着火了咋整"));
        assertTrue(told("出租屋防盗窗全焊死了，万一着火就跑不出去了"), "了 after 就 is what would follow");
    }

    /** A fire burning now, told in the same words as a hazard's feared fire (a review's cases among them). */
    @Test
    void aFireBurningNowIsNotFeared() {
        assertFalse(told("小区门口违章停车堵得死死的，关键是3号楼那边着火了，消防车进不来。"), "a place named as burning");
        assertFalse(told("3栋2单元，着火了楼上的人下不来"), "a place, not a hazard, before a bare fire");
        assertFalse(told("师傅 着火了门打不开"), "a greeting before a bare fire");
        assertFalse(told("门锁了 着火了我们都出不去"), "the writer's own people");
        assertFalse(told("着火了咋个办，在三楼"), "a bare fire opening the message");
        assertFalse(told("楼道里全是烟，着火了跑不出去"), "smoke now");
        assertFalse(told("后门锁起的，着火了人都跑不出去了"), "跑不出去了 has come about");
        assertFalse(told("后门锁起的，着火了人都跑不出去了啊"), "了 before a particle");
        assertFalse(told("不是测试，真的着火了，跑都跑不出去"), "真的 is no condition");
        assertFalse(told("家里着火了咋整，打119还是先找物业？火苗子都蹿出来了"), "flames now");
        assertFalse(told("消防通道堵了，万一着火了咋办，快来人看看"), "an alarm raised");
        assertFalse(told("楼道堵死了，着火了人都跑不出去，我们在五楼"), "the writer where the fire is");
        assertFalse(told("，".repeat(400) + "网吧后门锁起，着火了咋跑"), "a text as long as the normaliser's cap");
    }

    /** The code review's cases: someone or an alarm after the feared clause, a word that names no hazard, 了 hidden. */
    @Test
    void aPersonOrAnAlarmAfterTheFireOrNoHazardBeforeItIsNotFeared() {
        for (String after : List.of("，快打119", "，里面还有十几个人", " 我妈在二楼", "，火很旺", "，消防车还没到", "，有人在喊",
                "，报警了", ",我儿子在里面")) {
            assertFalse(told("网吧后门锁起的，着火了人都跑不出去" + after), after);
        }
        assertFalse(told("后门锁起的 着火了咋办 楼上有小孩"), "a child upstairs");
        assertFalse(told("我家隔壁 着火了怎么办"), "隔 names no hazard");
        assertFalse(told("楼下电瓶车在充电 着火了怎么办"), "a charger names no hazard");
        assertFalse(told("打119一直占线 着火了怎么办"), "a line busy names no hazard");
        assertFalse(told("门被锁了 着火了怎么办"), "a door locked now, a bare fire and what to do");
        assertFalse(told("网吧后门锁起的，着火了人都跑不出去喇"), "喇 after the rest");
        assertFalse(told("楼道堆满了杂物，万一着火了跑不出去了哇"), "了 before a particle after a condition");
        assertFalse(told("楼道里一直在冒烟了，万一着火了咋整"), "a danger phrase outside the feared clause");
        assertTrue(told("出租屋防盗窗全焊死了，真着火了咋整"), "真 and a question what to do after a hazard");
    }
}
