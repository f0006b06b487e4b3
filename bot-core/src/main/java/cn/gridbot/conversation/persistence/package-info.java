/** MyBatis storage of the inbound message log. */
package cn.gridbot.conversation.persistence;
