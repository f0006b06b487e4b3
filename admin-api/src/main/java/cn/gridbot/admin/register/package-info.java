/** The worker and resident registers: CSV import and lists, with personal data masked for non-ADMIN readers. */
package cn.gridbot.admin.register;
