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

    static final String REPORT_PROMPT = "请直接发送文字或语音,说清楚什么问题、在什么地方,例如「海慧路12号门口下水道堵了」。也可以先发照片或位置。";

    static final String TOO_FREQUENT = "您发送得太频繁了,请稍等一分钟再发。我们已经收到您前面的消息,网格员会尽快处理。";

    static final String EMPTY = "没有看到文字内容。请用文字或语音说明您要反映的问题,例如「海慧路下水道堵了」。";

    static final String VOICE_UNHEARD = "抱歉,没有听清您的语音。请再说一遍,或者直接发文字。";

    static final String UNSUPPORTED = "抱歉,暂时无法处理视频、链接和文件。请用文字、语音、图片或位置告诉我们您要反映的问题。";

    static final String GREETING = """
            您好!我是网格通小助手。请直接告诉我您遇到的问题和地点,例如「海慧路下水道堵了,臭得很」,我会马上转给您的网格员。回复「帮助」查看更多用法。""";

    static final String THANKS = "不客气!有问题随时告诉我们,网格员会尽快处理。😊";

    static final String ASK_LOCATION = """
            收到!请问具体在什么地方?
            · 点输入框旁的「+」→「位置」发送位置
            · 或直接回复地址,如「海慧路12号门口」
            不清楚地址请回复「跳过」,由镇(街道)统一派单。""";

    static final String PHOTO_WAITING = "收到照片!请再用文字说明是什么问题、在什么地方,照片会随事件一起提交。";

    static final String PHOTO_ON_DRAFT = "照片收到,会随事件一起提交。";

    static final String PLACE_WAITING = "收到位置!请再用文字说明要反映什么问题。";

    static final String NOTHING_TO_RATE = "目前没有需要您评价的事件。事件办结后我们会请您打分。";

    static final String NOTHING_PENDING = "目前没有待提交的内容。要撤销已提交的事件,请回复「撤销 编号」。";

    static final String DRAFT_DROPPED = "好的,刚才的内容已取消,没有提交。";

    static final String NO_EVENTS = "您还没有反映过问题。直接发文字或语音告诉我们就可以。";

    

    private Replies() {
    }

    static String rated(String number, int score) {
        return score <= 2 ? "很抱歉没能让您满意。事件 " + number + " 已转督查重新处理,会有工作人员跟进。"
                : "感谢您对事件 " + number + " 的评价(" + score + " 分)!有问题随时告诉我们。";
    }
}
