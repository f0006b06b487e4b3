package cn.gridbot.admin.security;

import java.util.Optional;

/**
 * Session tokens of people signed in to the console (README "Supervisor console"): the gate accepts them as
 * bearer tokens beside the API tokens, and the caller gets its user's role and unit, so the console can do
 * exactly what the API lets that role and scope do.
 */
public interface SessionTokens {

    /** Session tokens start with this, so an API token is never looked up as a session. */
    String PREFIX = "gbs_";

    /** The principal of a session valid now. */
    Optional<Principal> resolve(String token);
}
