package cn.gridbot.grid;

import java.util.Map;

/** Published after an import moved units in the tree: each moved unit's code and its new path. */
public record GridTreeChanged(Map<String, String> newPaths) {

    public GridTreeChanged {
        newPaths = Map.copyOf(newPaths);
    }
}
