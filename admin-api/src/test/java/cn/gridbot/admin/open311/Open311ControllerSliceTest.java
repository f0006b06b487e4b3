package cn.gridbot.admin.open311;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import cn.gridbot.gridevent.GridEvents;
import java.util.Optional;

/** The Open311 facade: services, errors in the standard format, api_key required. */
@WebMvcTest(Open311Controller.class)
@AdminSlice
class Open311ControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    GridEvents events;
    @MockitoBean
    Open311Intake intake;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void servicesAndStandardErrors() throws Exception {
        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_code").value("EMERGENCY")).andExpect(jsonPath("$[0].metadata").value(false));
        when(events.findByNumber("20000101-0001")).thenReturn(Optional.empty());
        mvc.perform(get("/open311/v2/requests/20000101-0001.json")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403));
        mvc.perform(get("/open311/v2/requests/20000101-0001.json?api_key=sup-token")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        mvc.perform(post("/open311/v2/requests.json").contentType("application/x-www-form-urlencoded")
                .content("service_code=MUNICIPAL&lat=30&long=104&description=x")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403));
        mvc.perform(get("/open311/v2/requests.json?status=pending").header("Authorization", SUPERVISOR))
                .andExpect(status().isBadRequest());
    }
}
