package cn.gridbot.admin.register;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.worker.Worker;

/**
 * A worker as the API shows it; {@code gridCode} is the unit the worker serves. The phone is masked and
 * the openid left out for every role but ADMIN; {@code bound} says whether the worker uses WeChat.
 */
record WorkerView(String code, String name, String phone, String gridCode, String openid, boolean bound,
        boolean onDuty) {

    static WorkerView of(Worker w, Disclosure disclosure) {
        return new WorkerView(w.code(), w.name(), disclosure.phone(w.phone()), w.unitCode(), disclosure.openid(w.openid()),
                w.isBound(), w.onDuty());
    }
}
