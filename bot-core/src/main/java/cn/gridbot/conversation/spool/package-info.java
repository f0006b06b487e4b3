/** The spool on disk: messages that arrived while the database was away, until they are replayed. */
package cn.gridbot.conversation.spool;
