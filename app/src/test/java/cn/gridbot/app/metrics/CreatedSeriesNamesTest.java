package cn.gridbot.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreatedSeriesNamesTest {

    @Test
    void renamesBothCountersInTheTextFormat() {
        String scrape = """
                # HELP gridbot_events_total Grid events created
                # TYPE gridbot_events_total counter
                gridbot_events_total{category="MUNICIPAL",source="RESIDENT"} 2.0
                gridbot_events_open 1.0
                # TYPE gridbot_reminders_total counter
                gridbot_reminders_total{kind="BIRTHDAY_TODAY"} 1.0
                gridbot_push_failures_total{errcode="43004"} 1.0
                """;
        assertThat(CreatedSeriesNames.rename(scrape)).isEqualTo("""
                # HELP gridbot_events_created_total Grid events created
                # TYPE gridbot_events_created_total counter
                gridbot_events_created_total{category="MUNICIPAL",source="RESIDENT"} 2.0
                gridbot_events_open 1.0
                # TYPE gridbot_reminders_created_total counter
                gridbot_reminders_created_total{kind="BIRTHDAY_TODAY"} 1.0
                gridbot_push_failures_total{errcode="43004"} 1.0
                """);
    }

    @Test
    void renamesTheFamilyAndItsCreationTimesInOpenMetrics() {
        String scrape = """
                # TYPE gridbot_events counter
                # HELP gridbot_events Grid events created
                gridbot_events_total{category="OTHER",source="ADMIN"} 1.0
                gridbot_events_created{category="OTHER",source="ADMIN"} 1.7648E9
                # EOF
                """;
        assertThat(CreatedSeriesNames.rename(scrape)).isEqualTo("""
                # TYPE gridbot_events_created counter
                # HELP gridbot_events_created Grid events created
                gridbot_events_created_total{category="OTHER",source="ADMIN"} 1.0
                gridbot_events_created_created{category="OTHER",source="ADMIN"} 1.7648E9
                # EOF
                """);
    }
}
