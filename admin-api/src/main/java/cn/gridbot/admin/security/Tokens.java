package cn.gridbot.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Resolves a bearer token to its principal: the bootstrap ADMIN token from configuration. */
@Component
class Tokens {

    private final byte[] bootstrap;

    Tokens(AdminProperties properties) {
        this.bootstrap = properties.bootstrapToken().getBytes(StandardCharsets.UTF_8);
    }

    Optional<Principal> resolve(String token) {
        if (bootstrap.length > 0 && MessageDigest.isEqual(bootstrap, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Principal(Role.ADMIN, null, null, "bootstrap"));
        }
        return Optional.empty();
    }
}
