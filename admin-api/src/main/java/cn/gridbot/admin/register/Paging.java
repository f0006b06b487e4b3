package cn.gridbot.admin.register;

import cn.gridbot.common.PageRequest;

/** Reads {@code page} and {@code size} query parameters (SPEC §8: from 0, default 20, at most 500). */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
    }
}
