/** The local WeChat simulator of the embedded mode: a chat page, and the inbox that stands in for WeChat's pushes. */
package cn.gridbot.app.simulator;
