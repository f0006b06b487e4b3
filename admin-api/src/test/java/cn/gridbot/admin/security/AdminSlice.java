package cn.gridbot.admin.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import cn.gridbot.admin.audit.AuditLog;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.grid.GridCatalog;

/**
 * A web slice of the admin API: the controller under test with the real bearer-token filter, scope,
 * problem handler and audit interceptor, and mocks for everything behind them. The bootstrap token
 * is {@value #TOKEN}; the unit tree is {@link SliceData#tree()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ SecurityConfiguration.class, Tokens.class, UnitScope.class })
@TestPropertySource(properties = "gridbot.admin.bootstrap-token=" + AdminSlice.TOKEN)
@MockitoBean(types = { StoredTokens.class, AuditLog.class, GridCatalog.class })
public @interface AdminSlice {

    String TOKEN = "slice-admin-token-0123456789";
}
