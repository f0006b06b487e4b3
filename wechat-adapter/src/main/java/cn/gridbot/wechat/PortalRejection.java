package cn.gridbot.wechat;

import org.springframework.http.HttpStatus;

/** A portal request refused before any of it is handled: nothing is stored. */
class PortalRejection extends RuntimeException {

    private final HttpStatus status;

    PortalRejection(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
