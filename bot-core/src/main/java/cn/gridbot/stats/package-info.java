/** Supervision statistics (办结率, on-time rate, satisfaction…) and the ranked report of child units (督查通报). */
package cn.gridbot.stats;
