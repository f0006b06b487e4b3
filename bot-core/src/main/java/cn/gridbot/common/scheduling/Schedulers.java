package cn.gridbot.common.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The threads scheduled jobs run on, one pool per kind of job, so that a long job never delays another
 * kind: the emergency sign-for escalation never waits behind a burst of reminders or a slow WeChat.
 * Each {@code @Scheduled} names its pool ({@code scheduler = Schedulers.URGENT}, …). A job that fails because the
 * database is away logs one line, not a stack trace ({@link ScheduledFailures}).
 */
@Configuration(proxyBeanMethods = false)
public class Schedulers {

    /** Deadlines: sign-for reminders and escalations, overdue marks. */
    public static final String URGENT = "urgentScheduler";
    /** Delivery: the outbox dispatcher and the replay of spooled messages. */
    public static final String DELIVERY = "deliveryScheduler";
    /** The daily runs: care reminders and the digest, on time or caught up. */
    public static final String DAILY = "dailyScheduler";
    /** Refreshing caches and removing expired rows; also Spring's default scheduler. */
    public static final String HOUSEKEEPING = "taskScheduler";

    @Bean(URGENT)
    ThreadPoolTaskScheduler urgentScheduler() {
        return pool("gridbot-urgent-", 1);
    }

    @Bean(DELIVERY)
    ThreadPoolTaskScheduler deliveryScheduler() {
        return pool("gridbot-delivery-", 2);
    }

    @Bean(DAILY)
    ThreadPoolTaskScheduler dailyScheduler() {
        return pool("gridbot-daily-", 1);
    }

    @Bean(HOUSEKEEPING)
    ThreadPoolTaskScheduler housekeepingScheduler() {
        return pool("gridbot-housekeeping-", 2);
    }

    private static ThreadPoolTaskScheduler pool(String prefix, int threads) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(threads);
        scheduler.setThreadNamePrefix(prefix);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.setErrorHandler(new ScheduledFailures());
        return scheduler;
    }
}
