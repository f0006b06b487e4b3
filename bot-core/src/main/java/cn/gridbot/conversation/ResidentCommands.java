package cn.gridbot.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.common.DomainException;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.IllegalTransition;
import cn.gridbot.gridevent.ResidentActions;

/**
 * A resident's commands that change their own events: 撤销 (withdraw, before a worker signs for it) and 评价
 * (a rating, by number or as a bare digit for the latest resolved event). Each answers in plain words when the
 * event is not theirs or not in a state that allows it.
 */
@Component
class ResidentCommands {

    private final ResidentActions actions;

    ResidentCommands(ResidentActions actions) {
        this.actions = actions;
    }

    Handled withdraw(String number, String openid) {
        try {
            GridEvent event = actions.withdraw(number, openid);
            return Handled.about(event.number(), "事件 " + event.number() + " 已撤销。如还需要帮助,随时告诉我们。");
        } catch (IllegalTransition refused) {
            return Handled.reply("事件 " + number + " 当前状态为「" + refused.current().label() + "」,网格员已签收处理,不能撤销了。"
                    + "如问题已解决,可在办结后评价。");
        } catch (DomainException notYours) {
            return Handled.reply("没有找到您反映的事件 " + number + ",请核对编号。");
        }
    }

    Handled rate(String number, String openid, int score) {
        try {
            GridEvent event = actions.rate(number, openid, score);
            return Handled.about(event.number(), Replies.rated(event.number(), score));
        } catch (IllegalTransition refused) {
            return Handled.reply("事件 " + number + " 还没有办结(当前「" + refused.current().label() + "」),办结后再请您评价。");
        } catch (DomainException e) {
            return Handled.reply("already-rated".equals(e.code()) ? "事件 " + number + " 已经评价过了,谢谢您!"
                    : "没有找到您反映的事件 " + number + ",请核对编号。");
        }
    }

    Handled rateLatest(String openid, int score) {
        Optional<GridEvent> rated = actions.rateLatest(openid, score);
        return rated.map(e -> Handled.about(e.number(), Replies.rated(e.number(), score)))
                .orElseGet(() -> Handled.reply(Replies.NOTHING_TO_RATE));
    }
}
