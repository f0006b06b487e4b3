package cn.gridbot.app.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Only with {@code gridbot.simulator.enabled=true}: the simulator lets anyone speak as any openid, so prod keeps it off. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(name = "gridbot.simulator.enabled", havingValue = "true")
@interface SimulatorEnabled {
}
