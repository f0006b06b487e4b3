package cn.gridbot.gridevent;

import cn.gridbot.common.DomainException;

/** A lifecycle change the event's current state does not allow (README "Event lifecycle"). */
public class IllegalTransition extends DomainException {

    private final String number;
    private final EventStatus current;
    private final String action;

    IllegalTransition(String number, EventStatus current, String action) {
        super(Kind.CONFLICT, "illegal-transition",
                "Event " + number + " is " + current + "; it cannot be " + action + " now");
        this.number = number;
        this.current = current;
        this.action = action;
    }

    public String number() {
        return number;
    }

    public EventStatus current() {
        return current;
    }

    public String action() {
        return action;
    }
}
