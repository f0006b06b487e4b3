/**
 * MyBatis reads for the assessment: events resolved and signed for in a month, care visits done and due, register
 * re-checks done and due, self-reports.
 */
package cn.gridbot.assessment.persistence;
