package cn.gridbot.admin.grid;

import java.util.List;

import cn.gridbot.grid.GridUnit;

/** A unit of the tree as the API shows it; {@code children} nest the subtree. */
record UnitView(String code, String name, String level, String parentCode, List<String> keywords,
        List<UnitView> children) {

    static UnitView of(GridUnit unit, List<UnitView> children) {
        return new UnitView(unit.code(), unit.name(), unit.level().name(), unit.parentCode(), unit.keywords(), children);
    }
}
