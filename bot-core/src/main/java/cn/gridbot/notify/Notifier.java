package cn.gridbot.notify;

/** Sends one push to its recipient: WeChat in production, the simulator in the embedded mode. */
public interface Notifier {

    Delivery deliver(Push push);
}
