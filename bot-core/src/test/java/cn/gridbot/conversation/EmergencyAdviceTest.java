package cn.gridbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmergencyAdviceTest {

    @Test
    void aPersonMissingOrTakenCallsForThePolice() {
        assertThat(EmergencyAdvice.numbersFor("我孙子在菜市场不见了,四岁,找了半个钟头")).isEqualTo("110(报警)");
        assertThat(EmergencyAdvice.numbersFor("我外婆有点糊涂,出门走失了")).isEqualTo("110(报警)");
    }

    @Test
    void poisoningBitesAndChokingCallForAnAmbulance() {
        assertThat(EmergencyAdvice.numbersFor("我爸喝了农药")).isEqualTo("120(急救)");
        assertThat(EmergencyAdvice.numbersFor("娃娃被蛇咬了 脚肿起来了")).isEqualTo("120(急救)");
        assertThat(EmergencyAdvice.numbersFor("宝宝吃葡萄噎住了")).isEqualTo("120(急救)");
    }

    @Test
    void liveWiresAndCollapsesCallForTheFireBrigadeAsRescue() {
        assertThat(EmergencyAdvice.numbersFor("电线掉在路上")).isEqualTo("119(消防)");
        assertThat(EmergencyAdvice.numbersFor("老房子塌了一半")).isEqualTo("119(消防)");
    }

    @Test
    void aThreatOfSelfHarmCallsForThePoliceAndHarmDoneForAnAmbulanceToo() {
        assertThat(EmergencyAdvice.numbersFor("她说不想活了,药已经买好了")).isEqualTo("110(报警)");
        assertThat(EmergencyAdvice.numbersFor("他割腕了")).isEqualTo("120(急救) / 110(报警)");
    }

    @Test
    void blindnessAndAnUnreachableCaretakerAreNoMissingPerson() {
        assertThat(EmergencyAdvice.numbersFor("我爸突然看不见了 说话不清楚")).doesNotContain("110");
        assertThat(EmergencyAdvice.numbersFor("电梯里关了个老人 物业找不到人")).doesNotContain("110");
    }

    @Test
    void nothingThatFitsGetsAllThree() {
        assertThat(EmergencyAdvice.numbersFor("快来人啊")).isEqualTo("120(急救) / 119(消防) / 110(报警)");
    }
}
