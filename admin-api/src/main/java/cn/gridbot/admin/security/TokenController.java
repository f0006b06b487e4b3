package cn.gridbot.admin.security;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code /api/v1/tokens} (README "Admin API"): ADMIN creates SUPERVISOR and VIEWER tokens for a unit, lists and revokes them. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    record CreateRequest(@NotNull Role role, String unitCode, @NotBlank @Size(max = 100) String label,
            OffsetDateTime expiresAt) {
    }

    private final Tokens tokens;

    TokenController(Tokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Tokens.Created create(@Valid @RequestBody CreateRequest request, Principal principal) {
        return tokens.create(request.role(), request.unitCode(), request.label().strip(),
                request.expiresAt() == null ? null : request.expiresAt().toInstant(), principal);
    }

    @GetMapping
    List<Tokens.Listed> list(Principal principal) {
        return tokens.list(principal);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(id, principal);
    }
}
