package cn.gridbot.admin.register;

import cn.gridbot.common.PersonalData;
import cn.gridbot.worker.Worker;

/** A worker as the API shows it; {@code gridCode} is the unit the worker serves. */
record WorkerView(String code, String name, String phone, String gridCode, String openid, boolean bound,
        boolean onDuty) {

    static WorkerView of(Worker w, boolean admin) {
        return new WorkerView(w.code(), w.name(), admin ? w.phone() : PersonalData.maskPhone(w.phone()), w.unitCode(),
                w.openid(), w.isBound(), w.onDuty());
    }
}
