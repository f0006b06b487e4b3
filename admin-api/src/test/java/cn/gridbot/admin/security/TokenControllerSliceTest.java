package cn.gridbot.admin.security;

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


/** The token controller: validation, ADMIN only, revocation of unknown ids. */
@WebMvcTest(TokenController.class)
@AdminSlice
class TokenControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void createsOnlyValidTokensForAdmins() throws Exception {
        mvc.perform(post("/api/v1/tokens").header("Authorization", ADMIN).contentType("application/json")
                .content("{\"role\":\"VIEWER\",\"label\":\"x\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unitCode"));
        mvc.perform(post("/api/v1/tokens").header("Authorization", ADMIN).contentType("application/json")
                .content("{\"label\":\"x\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("role"));
        mvc.perform(post("/api/v1/tokens").header("Authorization", SUPERVISOR).contentType("application/json")
                .content("{\"role\":\"VIEWER\",\"unitCode\":\"C-1\",\"label\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/tokens/99").header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }
}
