/** {@code /api/v1/assessment} and {@code assessment.csv}: the monthly 考核 of the caller's units. */
package cn.gridbot.admin.assessment;
