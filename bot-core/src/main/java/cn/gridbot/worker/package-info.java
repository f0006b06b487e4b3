/** Grid workers (网格员) and centre staff: the register, CSV import and WeChat binding. */
package cn.gridbot.worker;
