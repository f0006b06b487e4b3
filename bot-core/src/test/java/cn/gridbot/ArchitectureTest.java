package cn.gridbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** STYLE rule 3: bot-core knows nothing of WeChat or HTTP. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gridbot");

    @Test
    void coreDoesNotDependOnWxJava() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("me.chanjar..", "com.github.binarywang..")
                .because("WeChat is an adapter concern (wechat-adapter)").check(CORE);
    }

    @Test
    void coreDoesNotDependOnServletOrWebClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                "org.springframework.http..")
                .because("HTTP is an adapter concern (admin-api, wechat-adapter)").check(CORE);
    }

    @Test
    void persistenceAndRedisAdaptersAreNotUsedByTheDomain() {
        noClasses().that().resideOutsideOfPackages("..persistence..", "..redis..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..redis..")
                .because("features talk to ports; adapters implement them").check(CORE);
    }
}
