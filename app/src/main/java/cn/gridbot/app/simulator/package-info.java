/**
 * The local WeChat simulator of the embedded mode: a chat page whose messages go to the real portal as
 * signed (and in safe mode encrypted) WeChat XML, and the inbox that stands in for WeChat's pushes.
 */
package cn.gridbot.app.simulator;
