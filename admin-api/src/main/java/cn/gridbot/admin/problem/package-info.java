/** RFC 9457 problem details for every admin API error, with stable type URIs. */
package cn.gridbot.admin.problem;
