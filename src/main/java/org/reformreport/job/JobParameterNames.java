package org.reformreport.job;

/** The monthlyReport job's parameters: month and revision identify a run; paths only steer it. */
public final class JobParameterNames {

    public static final String JOB_NAME = "monthlyReport";
    public static final String MONTH = "month";
    public static final String REVISION = "revision";
    public static final String INBOX = "inbox";
    public static final String OUTPUT = "output";
    public static final String CONFIG = "config";
    /** What the delivery step does: {@link EmailMode}. */
    public static final String EMAIL = "email";

    private JobParameterNames() {}
}
