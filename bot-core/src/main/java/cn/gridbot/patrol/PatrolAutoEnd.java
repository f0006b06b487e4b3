package cn.gridbot.patrol;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gridbot.common.scheduling.Schedulers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Ends patrols nobody ended, once they are older than the longest a patrol lasts (4 hours by default). */
@Component
class PatrolAutoEnd {

    private final Patrolling patrolling;

    PatrolAutoEnd(Patrolling patrolling) {
        this.patrolling = patrolling;
    }

    @Scheduled(initialDelayString = "${gridbot.patrol.auto-end-interval:PT1M}",
            fixedDelayString = "${gridbot.patrol.auto-end-interval:PT1M}", scheduler = Schedulers.HOUSEKEEPING)
    @SchedulerLock(name = "patrol-auto-end", lockAtMostFor = "PT5M")
    void run() {
        patrolling.endOverlong();
    }
}
