/** The audit trail of admin writes: who, when, what. */
package cn.gridbot.admin.audit;
