/** Console accounts: people who sign in to /console with a password, and their sessions. */
package cn.gridbot.admin.account;
