package cn.gridbot.admin.stats;

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

import cn.gridbot.gridevent.FollowUps;
import cn.gridbot.stats.Figures;
import cn.gridbot.stats.Overview;
import cn.gridbot.stats.Statistics;
import java.time.LocalDate;
import java.util.Map;

/** The statistics controller: the rates of README "Event lifecycle", scope, bad dates. */
@WebMvcTest(StatsController.class)
@AdminSlice
class StatsControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    Statistics statistics;
    @MockitoBean
    FollowUps followUps;

    @BeforeEach
    void setUp() {
        when(followUps.tally(any(), any(), any())).thenReturn(new FollowUps.Tally(0, 0, 0));
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void overviewShowsTheRatesAndRespectsScope() throws Exception {
        Figures f = new Figures(4, 1, 3, 2, 3, 3, 1, 2, 9, 0);
        when(statistics.overview(any(), any(), any())).thenReturn(new Overview("C-1", "东镇", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 27), f, Map.of("MUNICIPAL", f), Map.of("C-1-1", f)));
        mvc.perform(get("/api/v1/stats/overview?from=2026-11-01&to=2026-11-27").header("Authorization", SUPERVISOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.completionRate").value(0.75))
                .andExpect(jsonPath("$.onTimeRate").value(0.6667)).andExpect(jsonPath("$.satisfaction").value(4.5))
                .andExpect(jsonPath("$.byCategory[0].categoryLabel").value("市政设施"));
        mvc.perform(get("/api/v1/stats/overview?gridCode=C-2").header("Authorization", SUPERVISOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stats/report?from=27-11-2026").header("Authorization", ADMIN)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/stats/rebuild").header("Authorization", SUPERVISOR)).andExpect(status().isForbidden());
    }
}
