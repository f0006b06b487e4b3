package cn.gridbot.conversation;

/** The bot's fixed wording: short, warm, clear Chinese. */
final class Replies {

    static final String WELCOME = """
            您好,欢迎关注网格通!👋
            这里可以直接向您所在的网格员反映身边的问题:垃圾没清运、下水道堵了、路灯坏了、邻里纠纷……
            · 直接发文字或语音说明情况,最好带上地点(如"海慧路12号门口")
            · 也可以发送位置、照片
            · 回复「进度」查看办理情况,「帮助」查看全部用法
            紧急情况请直接拨打 110 / 119 / 120。""";

    static final String HELP = """
            网格通使用说明:
            · 反映问题:直接发文字或语音,说清楚什么事、在哪里
            · 补充位置:发送微信位置,或回复地址
            · 补充照片:直接发图片
            · 进度 / 我的:查看您反映的事件
            · 查询 编号:查看某件事的办理过程
            · 撤销 编号:网格员签收前可撤销
            · 评价 编号 1-5:对办结的事件打分
            紧急情况请直接拨打 110 / 119 / 120。""";

    static final String TOO_FREQUENT = "您发送得太频繁了,请稍等一分钟再发。我们已经收到您前面的消息,网格员会尽快处理。";

    static final String EMPTY = "没有看到文字内容。请用文字或语音说明您要反映的问题,例如「海慧路下水道堵了」。";

    static final String UNSUPPORTED = "抱歉,暂时无法处理这类消息。请用文字、语音、图片或位置告诉我们您要反映的问题。";

    static final String GREETING = """
            您好!我是网格通小助手。请直接告诉我您遇到的问题和地点,例如「海慧路下水道堵了,臭得很」,我会马上转给您的网格员。回复「帮助」查看更多用法。""";

    private Replies() {
    }
}
