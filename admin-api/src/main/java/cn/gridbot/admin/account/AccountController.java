package cn.gridbot.admin.account;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.problem.Problems;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.security.Role;
import cn.gridbot.admin.security.SessionTokens;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Console accounts and sessions: {@code POST /api/v1/users} (ADMIN) creates an account, {@code POST /api/v1/session}
 * signs in (no token needed; 401 for a wrong name or password, 423 while locked), {@code GET /api/v1/session} says
 * who the caller is, {@code DELETE /api/v1/session} signs out. The session token is answered in the body and sent
 * back as a bearer header by the console's script, never set as a cookie, so a foreign page cannot borrow it.
 */
@RestController
@RequestMapping("/api/v1")
class AccountController {

    record NewAccount(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 200) String password,
            @NotNull Role role, String unitCode) {
    }

    record Credentials(@Size(max = 64) String username, @Size(max = 200) String password) {
    }

    record Caller(String username, Role role, String unitCode, String unitName) {
    }

    private final ConsoleAccounts accounts;
    private final GridCatalog grids;

    AccountController(ConsoleAccounts accounts, GridCatalog grids) {
        this.accounts = accounts;
        this.grids = grids;
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    ConsoleAccounts.Account create(@Valid @RequestBody NewAccount account, Principal principal) {
        return accounts.create(account.username().strip(), account.password(), account.role(), account.unitCode(), principal);
    }

    @GetMapping("/users")
    List<ConsoleAccounts.Account> list(Principal principal) {
        return accounts.list(principal);
    }

    @PostMapping("/session")
    ResponseEntity<Object> signIn(@Valid @RequestBody Credentials credentials) {
        ConsoleAccounts.SignIn outcome = accounts.signIn(credentials.username(), credentials.password());
        if (outcome instanceof ConsoleAccounts.SignedIn signed) {
            return ResponseEntity.status(HttpStatus.CREATED).body(signed.session());
        }
        if (outcome instanceof ConsoleAccounts.Locked locked) {
            ProblemDetail problem = Problems.of(HttpStatus.LOCKED, "account-locked",
                    "Too many wrong passwords: the account is locked for a while");
            problem.setProperty("lockedUntil", locked.until());
            return ResponseEntity.status(HttpStatus.LOCKED).body(problem);
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "sign-in-failed", "Wrong username or password"));
    }

    @GetMapping("/session")
    Caller who(Principal principal) {
        String unitName = principal.unitCode() == null ? null
                : grids.directory().find(principal.unitCode()).map(GridUnit::name).orElse(null);
        return new Caller(principal.label(), principal.role(), principal.unitCode(), unitName);
    }

    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(@RequestHeader("Authorization") String authorization, Principal principal) {
        String token = authorization.substring(authorization.indexOf(' ') + 1).strip();
        if (token.startsWith(SessionTokens.PREFIX)) {
            accounts.signOut(token);
        }
        return ResponseEntity.noContent().build();
    }
}
