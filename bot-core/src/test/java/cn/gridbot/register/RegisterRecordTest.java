package cn.gridbot.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Due dates, natural keys, completeness and wording of register records (README "Registers"). */
class RegisterRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static RegisterRecord floating(LocalDate leave, LocalDate lastCheck) {
        return new RegisterRecord(1L, RegisterKind.FLOATING, "打工仔", null, "13900005555", "51010219900101123x", null,
                "幸福路3号", "G1", null, null, null, null, "四川南充", LocalDate.of(2026, 6, 1), leave, null, lastCheck);
    }

    private static RegisterRecord special(String idNumber) {
        return new RegisterRecord(2L, RegisterKind.SPECIAL, "周某某", null, null, idNumber, "社区矫正", "幸福路5号", "G1",
                null, null, null, null, null, null, null, 30, null);
    }

    @Test
    void dueAtOnceWhenNeverCheckedThenAfterTheIntervalOrOnTheLeavingDay() {
        assertThat(special(null).dueDate(TODAY)).isEqualTo(TODAY);
        RegisterRecord checked = floating(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 11, 1));
        assertThat(checked.nextCheckDue()).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(checked.dueDate(TODAY)).isEqualTo(LocalDate.of(2026, 12, 15));
        RegisterRecord afterLeaving = checked.checkedOn(LocalDate.of(2026, 12, 15));
        assertThat(afterLeaving.leaveDue()).isNull();
        assertThat(afterLeaving.dueDate(TODAY)).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(afterLeaving.checkedOn(LocalDate.of(2026, 12, 1)).lastCheckDate()).as("an older check keeps the later one")
                .isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void naturalKeysAndCompleteness() {
        assertThat(floating(null, null).naturalKey()).isEqualTo("51010219900101123X");
        assertThat(special(null).naturalKey()).isEqualTo("周某某|幸福路5号");
        assertThat(floating(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 1)).complete()).as("interval empty").isFalse();
        assertThat(special("510102198001011234").checkedOn(TODAY).complete()).isTrue();
    }

    @Test
    void aSpecialPersonIsDescribedWithoutTheirKind() {
        assertThat(special(null).describe()).isEqualTo("周某某 · 幸福路5号");
        assertThat(floating(null, null).describe()).isEqualTo("【流动人口】打工仔 · 幸福路3号");
    }
}
