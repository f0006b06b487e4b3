package cn.gridbot.app.register;

import java.nio.charset.StandardCharsets;

import cn.gridbot.register.RegisterKind;

/** Register CSV bodies for tests: the kind's header, then the rows. */
final class RegisterCsv {

    private RegisterCsv() {
    }

    static String of(RegisterKind kind, String... rows) {
        return String.join(",", kind.header()) + "\n" + String.join("\n", rows) + (rows.length == 0 ? "" : "\n");
    }

    static byte[] bytes(RegisterKind kind, String... rows) {
        return of(kind, rows).getBytes(StandardCharsets.UTF_8);
    }
}
