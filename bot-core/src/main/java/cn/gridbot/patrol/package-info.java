/** Grid workers' patrols (巡查) with their tracks, the twice-daily duty (一日双巡) and its reminders. */
package cn.gridbot.patrol;
