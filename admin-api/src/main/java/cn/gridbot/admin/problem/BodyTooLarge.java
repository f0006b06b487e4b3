package cn.gridbot.admin.problem;

import java.io.IOException;

/** A request body went past {@code gridbot.admin.import-max-size} while it was read; answered with 413. */
public class BodyTooLarge extends IOException {

    public BodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes (gridbot.admin.import-max-size)");
    }
}
