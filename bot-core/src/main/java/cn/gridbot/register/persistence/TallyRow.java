package cn.gridbot.register.persistence;

import cn.gridbot.register.RegisterKind;
import cn.gridbot.register.RegisterTally;

/** One grid's counts for one kind. */
record TallyRow(String gridCode, String kind, long records, long checkedInTime, long overdue, long complete) {

    RegisterTally.GridCount toCount() {
        return new RegisterTally.GridCount(gridCode, RegisterKind.valueOf(kind), records, checkedInTime, overdue, complete);
    }
}
