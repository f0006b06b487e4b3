package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.calendar.WorkingCalendar;

/** An admin replaces a year of the holiday calendar without a release; bad rows are refused whole. */
@IntegrationTest
class CalendarIT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void restoreShippedCalendar() {
        clients.api().call("PUT", "/api/v1/calendar/2027", "text/csv", "date,kind,name\n"
                + "2027-01-01,HOLIDAY,元旦\n2027-05-01,HOLIDAY,劳动节\n2027-05-02,HOLIDAY,劳动节\n"
                + "2027-10-01,HOLIDAY,国庆节\n2027-10-02,HOLIDAY,国庆节\n2027-10-03,HOLIDAY,国庆节\n", admin.bootstrapToken());
    }

    @Test
    void anAdminUploadsTheNextYearsNotice() {
        AdminClient api = clients.api();
        assertThat(api.get("/api/v1/calendar/2026", admin.bootstrapToken()).body().get("days")).hasSize(39);
        String csv = "date,kind,name\n2027-02-05,HOLIDAY,春节\n2027-02-06,HOLIDAY,春节\n2027-02-07,HOLIDAY,春节\n"
                + "2027-02-08,HOLIDAY,春节\n2027-02-20,WORKDAY,春节调休\n";
        AdminClient.Answer put = api.call("PUT", "/api/v1/calendar/2027", "text/csv", csv, admin.bootstrapToken());
        assertThat(put.status()).isEqualTo(200);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        AdminClient.Answer bad = api.call("PUT", "/api/v1/calendar/2027", "text/csv",
                "date,kind,name\n2027-02-09,WORKDAY,not a weekend\n", admin.bootstrapToken());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    }
}
