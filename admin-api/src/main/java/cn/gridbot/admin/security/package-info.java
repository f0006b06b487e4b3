/** Bearer-token authentication and the unit scope each token grants. */
package cn.gridbot.admin.security;
