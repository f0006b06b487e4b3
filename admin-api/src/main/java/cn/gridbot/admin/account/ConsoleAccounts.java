package cn.gridbot.admin.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.security.Role;
import cn.gridbot.admin.security.SessionTokens;
import cn.gridbot.admin.security.Tokens;
import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;

/**
 * Console accounts (README "Supervisor console"): an ADMIN creates them with a role and, for SUPERVISOR and VIEWER,
 * a unit; passwords are kept as BCrypt hashes. Signing in answers a session token that lasts
 * {@code gridbot.console.session-validity} from sign-in and stands for the account's role and scope; only its
 * SHA-256 hash is stored. {@code max-failures} wrong passwords in a row lock the account for {@code lock-duration},
 * during which even the right password is refused. An unknown name is refused like a wrong password, after the
 * same hashing work, so that neither the answer nor its time tells which names exist.
 */
@Component
public class ConsoleAccounts implements SessionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.@-]{2,64}");
    private static final int MIN_PASSWORD = 8;
    /** BCrypt reads at most 72 bytes; a longer password would be cut silently. */
    private static final int MAX_PASSWORD_BYTES = 72;

    /** A session as answered at sign-in: the secret {@code token} is shown this once. */
    record Session(String token, Instant expiresAt, String username, Role role, String unitCode) {
    }

    /** An account as listed: never the hash. */
    public record Account(long id, String username, Role role, String unitCode, Instant lockedUntil, Instant createdAt,
            String createdBy) {
    }

    /** How a sign-in went. */
    sealed interface SignIn permits SignedIn, Refused, Locked {
    }

    record SignedIn(Session session) implements SignIn {
    }

    record Refused() implements SignIn {
    }

    record Locked(Instant until) implements SignIn {
    }

    private final StoredUsers stored;
    private final GridCatalog grids;
    private final ConsoleSettings settings;
    private final Clock clock;
    private final PasswordEncoder passwords = new BCryptPasswordEncoder();
    private final String unknownUserHash;

    ConsoleAccounts(StoredUsers stored, GridCatalog grids, ConsoleSettings settings, Clock clock) {
        this.stored = stored;
        this.grids = grids;
        this.settings = settings;
        this.clock = clock;
        this.unknownUserHash = passwords.encode("no such user " + RANDOM.nextLong());
    }

    public Account create(String username, String password, Role role, String unitCode, Principal by) {
        by.requireAdmin();
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username", "username: 2 to 64 letters, digits or _ . @ -");
        }
        if (password == null || password.length() < MIN_PASSWORD
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DomainException.invalid("password", "password: at least 8 characters, at most 72 bytes");
        }
        if (role == null || role == Role.METRICS) {
            throw DomainException.invalid("role", "role must be ADMIN, SUPERVISOR or VIEWER");
        }
        String unit = role.isScoped() ? unitCode : null;
        if (role.isScoped() && (unit == null || grids.directory().find(unit).isEmpty())) {
            throw DomainException.invalid("unitCode", "A " + role + " account needs the code of an existing unit");
        }
        Instant now = clock.instant();
        StoredUsers.NewUser key = new StoredUsers.NewUser();
        try {
            stored.insert(new StoredUsers.Row(null, username, passwords.encode(password), role.name(), unit, 0, null, now,
                    by.label()), key);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("username-taken", "An account named " + username + " exists");
        }
        return new Account(key.getId(), username, role, unit, null, now, by.label());
    }

    /** Whether no account exists yet (a fresh installation). */
    public boolean none() {
        return stored.count() == 0;
    }

    List<Account> list(Principal by) {
        by.requireAdmin();
        return stored.findAll().stream().map(r -> new Account(r.id(), r.username(), Role.valueOf(r.role()), r.unitCode(),
                r.lockedUntil(), r.createdAt(), r.createdBy())).toList();
    }

    SignIn signIn(String username, String password) {
        Instant now = clock.instant();
        StoredUsers.Row user = username == null ? null : stored.findByUsername(username);
        String given = password == null ? "" : password;
        if (user == null) {
            passwords.matches(given, unknownUserHash);
            return new Refused();
        }
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            return new Locked(user.lockedUntil());
        }
        if (!passwords.matches(given, user.passwordHash())) {
            stored.countFailure(user.id());
            if (stored.failures(user.id()) >= settings.maxFailures()) {
                Instant until = now.plus(settings.lockDuration());
                stored.lock(user.id(), until);
                return new Locked(until);
            }
            return new Refused();
        }
        stored.signedIn(user.id());
        stored.deleteExpired(now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(settings.sessionValidity());
        stored.insertSession(Tokens.hash(token), user.id(), expiresAt, now);
        return new SignedIn(new Session(token, expiresAt, user.username(), Role.valueOf(user.role()), user.unitCode()));
    }

    void signOut(String token) {
        stored.deleteSession(Tokens.hash(token));
    }

    @Override
    public Optional<Principal> resolve(String token) {
        StoredUsers.SessionRow session = stored.findSession(Tokens.hash(token));
        if (session == null || !session.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        Role role = Role.valueOf(session.role());
        if (!role.isScoped()) {
            return Optional.of(new Principal(role, null, null, session.username()));
        }
        Optional<GridUnit> unit = grids.directory().find(session.unitCode());
        return unit.map(u -> new Principal(role, u.code(), u.path(), session.username()));
    }
}
