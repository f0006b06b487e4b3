package cn.gridbot.admin.grid;

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

import cn.gridbot.grid.GridImportReport;
import cn.gridbot.grid.GridImporter;
import java.util.List;

/** The grid controller: GeoJSON import for admins, the tree as each token sees it. */
@WebMvcTest(GridController.class)
@AdminSlice
class GridControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    GridImporter importer;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void importsForAdminsAndShowsEachTokenItsTree() throws Exception {
        when(importer.importGeoJson(anyString())).thenReturn(new GridImportReport(2, 1,
                List.of(new GridImportReport.Rejected("X", "parentCode NOPE is not a known unit"))));
        mvc.perform(post("/api/v1/grids/import").header("Authorization", ADMIN).contentType("application/json")
                .content("{}")).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected[0].code").value("X"));
        mvc.perform(post("/api/v1/grids/import").header("Authorization", SUPERVISOR).contentType("application/json")
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/grids").header("Authorization", ADMIN)).andExpect(jsonPath("$[0].code").value("C"))
                .andExpect(jsonPath("$[0].children[0].code").value("C-1"));
        mvc.perform(get("/api/v1/grids").header("Authorization", SUPERVISOR)).andExpect(jsonPath("$[0].code").value("C-1"));
        mvc.perform(get("/api/v1/grids/C-2").header("Authorization", SUPERVISOR)).andExpect(status().isNotFound());
    }
}
