/** MyBatis storage of residents. */
package cn.gridbot.resident.persistence;
