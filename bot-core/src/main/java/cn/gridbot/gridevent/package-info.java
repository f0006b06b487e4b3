/** The grid event aggregate: its lifecycle, deadlines, timeline and number, and the use cases that change it. */
package cn.gridbot.gridevent;
