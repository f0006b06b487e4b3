/** The five registers beside residents (房屋, 重点场所, 流动人口, 特殊人群, 帮扶对象) and their re-checks (复核). */
package cn.gridbot.register;
