package cn.gridbot.admin.security;

import cn.gridbot.common.PersonalData;

/**
 * What a caller may see of residents' and workers' personal data: the one policy every outgoing
 * representation of the admin API applies — JSON views, action answers, the CSV export and Open311. An
 * ADMIN sees everything. Every other role sees phone and ID numbers masked in every field that can carry
 * resident text (descriptions, addresses, resolutions, timeline notes, push texts), register phones and
 * ID numbers masked, and no openids.
 */
public final class Disclosure {

    private static final Disclosure FULL = new Disclosure(true);
    private static final Disclosure MASKED = new Disclosure(false);

    private final boolean full;

    private Disclosure(boolean full) {
        this.full = full;
    }

    public static Disclosure to(Principal principal) {
        return principal.isAdmin() ? FULL : MASKED;
    }

    /** Free text a resident, a worker or a supervisor wrote. */
    public String text(String text) {
        return full ? text : PersonalData.mask(text);
    }

    /** A register's phone number. */
    public String phone(String phone) {
        return full ? phone : PersonalData.maskPhone(phone);
    }

    /** A register's ID number. */
    public String idNumber(String idNumber) {
        return full ? idNumber : PersonalData.maskIdNumber(idNumber);
    }

    /** A WeChat openid (resident or worker): ADMIN only. */
    public String openid(String openid) {
        return full ? openid : null;
    }
}
