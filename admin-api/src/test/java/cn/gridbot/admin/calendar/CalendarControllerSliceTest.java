package cn.gridbot.admin.calendar;

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

import cn.gridbot.calendar.CalendarDays;
import cn.gridbot.calendar.CalendarImport;
import java.util.List;

/** The calendar controller: a year read, replaced by ADMIN only. */
@WebMvcTest(CalendarController.class)
@AdminSlice
class CalendarControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    CalendarDays days;
    @MockitoBean
    CalendarImport importer;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void readsAYearAndOnlyAdminsReplaceIt() throws Exception {
        when(days.findYear(2026)).thenReturn(List.of());
        mvc.perform(get("/api/v1/calendar/2026").header("Authorization", SUPERVISOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026));
        mvc.perform(put("/api/v1/calendar/2027").header("Authorization", SUPERVISOR).contentType("text/csv")
                .content("date,kind,name\n")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/calendar/1800").header("Authorization", ADMIN)).andExpect(status().isBadRequest());
    }
}
