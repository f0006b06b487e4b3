package cn.gridbot.admin.security;

import java.util.List;

import cn.gridbot.admin.SliceApplication;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.UnitLevel;

/** The data slice tests share: a small unit tree and a stored supervisor token. */
public final class SliceData {

    private SliceData() {
    }

    /** County C with townships C-1 and C-2, a community and a grid under C-1. */
    public static GridDirectory tree() {
        return GridDirectory.of(List.of(
                new GridUnit("C", "测试县", UnitLevel.COUNTY, null, "/C/", List.of(), null),
                new GridUnit("C-1", "东镇", UnitLevel.TOWNSHIP, "C", "/C/C-1/", List.of(), null),
                new GridUnit("C-2", "西镇", UnitLevel.TOWNSHIP, "C", "/C/C-2/", List.of(), null),
                new GridUnit("C-1-1", "一社区", UnitLevel.COMMUNITY, "C-1", "/C/C-1/C-1-1/", List.of(), null),
                new GridUnit("C-1-1-01", "一网格", UnitLevel.GRID, "C-1-1", "/C/C-1/C-1-1/C-1-1-01/", List.of("幸福路"), null)));
    }

    /** Stored supervisor token for C-1 as the mocked store returns it. */
    public static StoredTokens.Row supervisorOfEastTown() {
        return new StoredTokens.Row(7L, Tokens.hash("sup-token"), "SUPERVISOR", "C-1", "东镇中心", null, null,
                SliceApplication.NOW, "bootstrap");
    }
}
