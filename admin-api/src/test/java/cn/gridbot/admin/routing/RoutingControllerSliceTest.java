package cn.gridbot.admin.routing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
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

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridRouter;
import cn.gridbot.grid.MatchedBy;

/** The routing preview: its fields (README "Admin API"), validation, nothing stored. */
@WebMvcTest(RoutingController.class)
@AdminSlice
class RoutingControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    Classifier classifier;
    @MockitoBean
    GridRouter router;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void answersTheSpecFields() throws Exception {
        when(classifier.classify(anyString())).thenReturn(new Classification(Category.MUNICIPAL, 0.93));
        when(router.route(anyString(), isNull(), isNull()))
                .thenReturn(new GridMatch(SliceData.tree().find("C-1-1-01").orElseThrow(), MatchedBy.KEYWORD));
        mvc.perform(post("/api/v1/routing/preview").header("Authorization", ADMIN).contentType("application/json")
                .content("{\"text\":\"幸福路下水道堵了\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("MUNICIPAL")).andExpect(jsonPath("$.confidence").value(0.93))
                .andExpect(jsonPath("$.urgent").value(false)).andExpect(jsonPath("$.gridCode").value("C-1-1-01"))
                .andExpect(jsonPath("$.matchedBy").value("KEYWORD"));
        mvc.perform(post("/api/v1/routing/preview").header("Authorization", ADMIN).contentType("application/json")
                .content("{\"text\":\"x\",\"latitude\":30}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/routing/preview").header("Authorization", ADMIN).contentType("application/json")
                .content("{not json")).andExpect(status().isBadRequest());
    }
}
