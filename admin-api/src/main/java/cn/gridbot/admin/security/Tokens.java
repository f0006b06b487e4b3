package cn.gridbot.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;

/**
 * Admin API tokens (README "Admin API"): the bootstrap ADMIN token from configuration, and tokens an admin creates
 * for a role and, for SUPERVISOR and VIEWER, a unit. A created token is shown once; only its SHA-256 hash is stored. Tokens can
 * expire and be revoked; a token whose unit was removed from the tree no longer works. A console session token
 * ({@link SessionTokens}) stands for its signed-in user.
 */
@Component
public class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bootstrap;
    private final StoredTokens stored;
    private final GridCatalog grids;
    private final Clock clock;
    private final ObjectProvider<SessionTokens> sessions;

    Tokens(AdminProperties properties, StoredTokens stored, GridCatalog grids, Clock clock,
            ObjectProvider<SessionTokens> sessions) {
        this.bootstrap = properties.bootstrapToken().getBytes(StandardCharsets.UTF_8);
        this.stored = stored;
        this.grids = grids;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** A token as created: the secret is in {@code token}, shown this once. */
    public record Created(long id, String token, Role role, String unitCode, String label, Instant expiresAt) {
    }

    /** A stored token as listed: never the secret. */
    public record Listed(long id, Role role, String unitCode, String label, Instant expiresAt, Instant revokedAt,
            Instant createdAt, String createdBy) {
    }

    /** The principal a token stands for, if it is valid now. */
    public Optional<Principal> resolve(String token) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (bootstrap.length > 0 && MessageDigest.isEqual(bootstrap, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Principal(Role.ADMIN, null, null, "bootstrap"));
        }
        if (token.startsWith(SessionTokens.PREFIX)) {
            SessionTokens console = sessions.getIfAvailable();
            return console == null ? Optional.empty() : console.resolve(token);
        }
        Instant now = clock.instant();
        return stored.byHash(hash(token))
                .filter(r -> r.revokedAt() == null && (r.expiresAt() == null || r.expiresAt().isAfter(now)))
                .flatMap(this::principal);
    }

    public Created create(Role role, String unitCode, String label, Instant expiresAt, Principal by) {
        by.requireAdmin();
        String unit = role.isScoped() ? unitCode : null;
        if (role.isScoped() && (unit == null || grids.directory().find(unit).isEmpty())) {
            throw DomainException.invalid("unitCode", "A " + role + " token needs the code of an existing unit");
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw DomainException.invalid("expiresAt", "expiresAt must be in the future");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "gbt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        StoredTokens.NewToken key = new StoredTokens.NewToken();
        stored.insert(new StoredTokens.Row(null, hash(token), role.name(), unit, label, expiresAt, null, clock.instant(),
                by.label()), key);
        return new Created(key.getId(), token, role, unit, label, expiresAt);
    }

    public void revoke(long id, Principal by) {
        by.requireAdmin();
        if (stored.findById(id) == null) {
            throw DomainException.notFound("unknown-token", "No token has the id " + id);
        }
        stored.revoke(id, clock.instant());
    }

    public List<Listed> list(Principal by) {
        by.requireAdmin();
        return stored.findAll().stream().map(r -> new Listed(r.id(), Role.valueOf(r.role()), r.unitCode(), r.label(),
                r.expiresAt(), r.revokedAt(), r.createdAt(), r.createdBy())).toList();
    }

    private Optional<Principal> principal(StoredTokens.Row row) {
        Role role = Role.valueOf(row.role());
        if (!role.isScoped()) {
            return Optional.of(new Principal(role, null, null, row.label()));
        }
        Optional<GridUnit> unit = grids.directory().find(row.unitCode());
        return unit.map(u -> new Principal(role, u.code(), u.path(), row.label()));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
