/** MyBatis storage of patrols and their track points. */
package cn.gridbot.patrol.persistence;
