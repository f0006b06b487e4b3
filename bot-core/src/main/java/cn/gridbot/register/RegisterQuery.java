package cn.gridbot.register;

import java.time.LocalDate;

/**
 * A register list: the kind, the subtree ({@code unitPath}, null for the county), records due for a check by
 * {@code dueBy} (null: any), and {@code q}, text found in the name, address or person (null: any).
 */
public record RegisterQuery(RegisterKind kind, String unitPath, LocalDate dueBy, String q) {
}
