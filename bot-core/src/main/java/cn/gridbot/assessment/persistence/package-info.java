/** MyBatis reads for the assessment: events resolved and signed for in a month, care visits done and due. */
package cn.gridbot.assessment.persistence;
