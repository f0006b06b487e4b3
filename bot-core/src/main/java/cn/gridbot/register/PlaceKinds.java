package cn.gridbot.register;

import java.util.Map;

/** A key place's {@code placeKind}: SAFETY (安全), FIRE (消防) or ORDER (治安). */
public final class PlaceKinds {

    private static final Map<String, String> LABELS = Map.of("SAFETY", "安全", "FIRE", "消防", "ORDER", "治安");

    private PlaceKinds() {
    }

    public static boolean known(String code) {
        return LABELS.containsKey(code);
    }

    static String label(String code) {
        return code == null ? "重点" : LABELS.getOrDefault(code, "重点");
    }
}
