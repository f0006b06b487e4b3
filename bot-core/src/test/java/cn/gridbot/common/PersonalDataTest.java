package cn.gridbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The masking policy on numbers as residents write them. */
class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = { "13812345678", "138 1234 5678", "138-1234-5678", "138 - 1234 - 5678", "１３８１２３４５６７８",
            "１３８　１２３４　５６７８", "+86 13812345678", "8613812345678", "138－1234－5678" })
    void masksAMobileNumberHoweverItIsWritten(String written) {
        String masked = PersonalData.mask("我电话" + written + ",快来");
        assertThat(masked).isEqualTo("我电话138****5678,快来");
    }

    @ParameterizedTest
    @ValueSource(strings = { "51010119900101123X", "510101199001011234", "510101 19900101 123x", "５１０１０１１９９００１０１１２３Ｘ" })
    void masksAnIdNumberHoweverItIsWritten(String written) {
        String masked = PersonalData.mask("身份证" + written + "。");
        assertThat(masked).startsWith("身份证510101********").doesNotContain("19900101").endsWith("。");
    }

    @ParameterizedTest
    @ValueSource(strings = { "028-84561234", "0284561234", "0832 6231234" })
    void masksALandlineWithItsAreaCode(String written) {
        assertThat(PersonalData.mask("座机" + written + "找王姐")).matches("座机0\\d{2,3}-\\*\\*\\*\\*\\d{4}找王姐");
    }

    @Test
    void aTextWithOnlyShortNumbersIsReturnedAsItIs() {
        String reminder = "【走访逾期】付良容 87岁 空巢老人 · 海慧路12号\n应于 11月20日 走访(每 30 天一次),已逾期 7 天。";
        assertThat(PersonalData.mask(reminder)).isSameAs(reminder);
    }

    @Test
    void leavesEventNumbersDatesAndHouseNumbersAlone() {
        String text = "事件 20261127-0042 于 2026-11-27 14:30 办结,滨河路12-3号 2单元";
        assertThat(PersonalData.mask(text)).isEqualTo(text);
    }

    @Test
    void masksBeforeItCutsSoACutNeverFreesDigits() {
        String text = "楼".repeat(55) + "13812345678 快来";
        String excerpt = PersonalData.excerpt(text, 60);
        assertThat(excerpt).hasSize(60).endsWith("…").doesNotContain("1381", "12345", "5678");
        assertThat(PersonalData.excerpt("短文本 13812345678", 60)).isEqualTo("短文本 138****5678");
    }

    @Test
    void masksRegisterValuesAndRecognisesMasks() {
        assertThat(PersonalData.maskPhone("13900001111")).isEqualTo("139****1111");
        assertThat(PersonalData.maskIdNumber("51010119900101123x")).isEqualTo("510101********X");
        assertThat(PersonalData.looksMasked("138****5678")).isTrue();
        assertThat(PersonalData.looksMasked("138＊＊＊＊5678")).isTrue();
        assertThat(PersonalData.looksMasked("13812345678")).isFalse();
    }

    @Test
    void maskingIsIdempotent() {
        String once = PersonalData.mask("电话 138 1234 5678,身份证 51010119900101123X");
        assertThat(PersonalData.mask(once)).isEqualTo(once);
    }
}
