/** The WeChat adapter: the portal endpoint (verify, decrypt, parse, reply) built on WxJava. */
package cn.gridbot.wechat;
