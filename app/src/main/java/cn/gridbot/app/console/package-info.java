/** The supervisor console at /console: static pages that call the admin API with the signed-in user's session. */
package cn.gridbot.app.console;
