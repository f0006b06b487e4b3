package cn.gridbot.admin.web;

import cn.gridbot.common.PageRequest;

/** Reads {@code page} and {@code size} query parameters: pages from 0, 20 items by default, at most 500. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
    }
}
