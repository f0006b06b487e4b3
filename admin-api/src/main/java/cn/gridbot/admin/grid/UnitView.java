package cn.gridbot.admin.grid;

import java.util.List;

import cn.gridbot.grid.GridUnit;

/** A unit of the tree as the API shows it; {@code children} nest the subtree; {@code categories}: a department's. */
record UnitView(String code, String name, String level, String parentCode, List<String> keywords,
        List<String> categories, List<UnitView> children) {

    static UnitView of(GridUnit unit, List<UnitView> children) {
        return new UnitView(unit.code(), unit.name(), unit.level().name(), unit.parentCode(), unit.keywords(),
                unit.categories().stream().map(Enum::name).toList(), children);
    }
}
