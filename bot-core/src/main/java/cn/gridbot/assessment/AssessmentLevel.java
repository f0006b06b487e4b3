package cn.gridbot.assessment;

/** What the assessment ranks: workers (grid workers and department staff), departments, or townships. */
public enum AssessmentLevel {
    WORKER, DEPARTMENT, TOWNSHIP
}
