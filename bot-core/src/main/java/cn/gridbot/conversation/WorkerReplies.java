package cn.gridbot.conversation;

/** What workers read: the command list, the answers to what is none of their commands, and to binding. */
final class WorkerReplies {

    static final String HELP = """
            网格员指令:
            · 任务:查看我的待办
            · 签收 编号:签收事件(编号可只写后四位)
            · 办结 编号 处理结果:办结后可紧接着发现场照片
            · 退回 编号 原因:不属于本网格,退回镇(街道)中心
            · 上报 编号 原因:超出网格处置能力,上报协调
            · 延期 编号 工作日数 原因:申请延长办结时限(每件最多两次)
            · 走访 姓名 记录:登记走访
            · 生日:近 7 天过生日的关爱对象
            · 报事 描述:上报巡查发现的问题(两分钟内可补发照片、位置);现场已处理的写「报事 描述 已处理 结果」
            · 巡查:开始巡查,沿途发送位置;结束巡查 记录:结束并查看是否有效
            · 复核 名称或地址 正常/变化/隐患 记录:登记复核(隐患会生成事件)
            · 检查 场所 正常/隐患 记录:登记重点场所检查
            其他文字不会按居民反映处理。紧急情况请直接拨打 110 / 119 / 120。
            绑定或更换微信:向镇(街道)中心索取六位绑定码,发送「绑定 绑定码」或扫描绑定二维码。""";

    static final String HOW_TO_BIND = "网格员绑定微信:请向镇(街道)中心索取六位绑定码(24 小时内有效,只能用一次),"
            + "然后发送「绑定 绑定码」,例如「绑定 123456」;也可以直接扫描绑定二维码。";

    /** A bound worker's words that are none of their commands: said plainly, then the commands. */
    static final String NOT_A_COMMAND = "这条消息不是网格员指令,没有登记,也没有按居民反映处理。\n" + HELP;

    static final String PHOTO_WITHOUT_EVENT = "照片没有关联到事件。办结事件后紧接着发送照片,会附到办结记录。回复「帮助」查看指令。";

    static final String LOCATION = "收到位置。网格员发送的位置不会生成事件;巡查请先回复「巡查」再发送位置,位置才会记入巡查轨迹。"
            + "处理事件请用「签收」「办结」等指令,回复「帮助」查看。";

    private WorkerReplies() {
    }

    static String bound(String name, String code, String unitName, boolean already) {
        return (already ? "您已绑定:" : "绑定成功!") + name + "(工号 " + code + ")," + unitName + "。\n"
                + "新任务会推送到这里。回复「任务」查看待办,「帮助」查看全部指令。";
    }

    static String refused(String reason, int attemptsLeft) {
        if (reason.startsWith("account-bound-to-")) {
            return "这个微信已绑定工号 " + reason.substring("account-bound-to-".length()) + ",不能再绑定其他工号。如需更换请联系管理员。";
        }
        return "绑定码不正确或已失效(绑定码 24 小时内有效,只能用一次),请核对后重试(还可尝试 " + attemptsLeft
                + " 次)。如需新的绑定码,请联系镇(街道)中心。";
    }

    static final String LOCKED = "绑定码错误次数过多,已暂停绑定一小时。如有疑问请联系镇(街道)中心。";
}
