/** MyBatis storage of grid events, their timelines and attachments. */
package cn.gridbot.gridevent.persistence;
