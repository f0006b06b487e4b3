/** The monthly assessment (考核): workers, departments or townships ranked by weighted measures of their work. */
package cn.gridbot.assessment;
