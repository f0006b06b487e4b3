/** The dialog engine: resident and worker messages in, replies out, each inbound message handled exactly once. */
package cn.gridbot.conversation;
