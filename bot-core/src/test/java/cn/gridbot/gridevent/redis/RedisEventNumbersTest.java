package cn.gridbot.gridevent.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisEventNumbersTest {

    @Test
    void theSequenceHasAtLeastFourDigits() {
        assertThat(RedisEventNumbers.number("20261201", 7)).isEqualTo("20261201-0007");
        assertThat(RedisEventNumbers.number("20261201", 1234)).isEqualTo("20261201-1234");
        assertThat(RedisEventNumbers.number("20261201", 12345)).isEqualTo("20261201-12345");
    }
}
