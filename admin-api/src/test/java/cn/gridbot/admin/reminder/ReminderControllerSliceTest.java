package cn.gridbot.admin.reminder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import cn.gridbot.admin.security.AdminSlice;
import cn.gridbot.admin.security.SliceData;
import cn.gridbot.admin.security.StoredTokens;
import cn.gridbot.admin.security.Tokens;
import cn.gridbot.grid.GridCatalog;

import cn.gridbot.notify.NotificationKind;
import cn.gridbot.reminder.ReminderCounts;
import cn.gridbot.reminder.ReminderRun;
import java.time.LocalDate;
import java.util.Map;

/** The reminder controller: counts per kind, a bad date refused. */
@WebMvcTest(ReminderController.class)
@AdminSlice
class ReminderControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    ReminderRun reminders;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void runsADateAndAnswersTheCountsPerKind() throws Exception {
        Map<NotificationKind, Integer> created = ReminderCounts.zeros();
        created.put(NotificationKind.VISIT_DUE, 6);
        when(reminders.run(LocalDate.of(2026, 11, 27))).thenReturn(new ReminderCounts(LocalDate.of(2026, 11, 27), created, 12));
        mvc.perform(post("/api/v1/reminders/run?date=2026-11-27").header("Authorization", ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.VISIT_DUE").value(6)).andExpect(jsonPath("$.BIRTHDAY_TODAY").value(0))
                .andExpect(jsonPath("$.total").value(6));
        mvc.perform(post("/api/v1/reminders/run?date=tomorrow").header("Authorization", ADMIN)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reminders/run")).andExpect(status().isUnauthorized());
    }
}
