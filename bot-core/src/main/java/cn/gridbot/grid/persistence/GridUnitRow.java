package cn.gridbot.grid.persistence;

import java.time.Instant;

/** A row of {@code grid_unit}. */
record GridUnitRow(String code, String name, String level, String parentCode, String path, String keywords,
        String geometry, Instant createdAt, Instant updatedAt, String categories) {
}
