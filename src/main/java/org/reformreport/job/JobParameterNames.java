package org.reformreport.job;

/**
 * The jobs' parameters: month and revision identify a monthlyReport run, the time asked for (and
 * the week) a weekly one; paths only steer them.
 */
public final class JobParameterNames {

    public static final String JOB_NAME = "monthlyReport";
    public static final String MONTH = "month";
    public static final String REVISION = "revision";
    public static final String INBOX = "inbox";
    public static final String OUTPUT = "output";
    public static final String CONFIG = "config";
    /** What the delivery step does: {@link EmailMode}. */
    public static final String EMAIL = "email";
    /** The ranking notice's document number given on the command line (--doc-number), when one was. */
    public static final String DOC_NUMBER = "docNumber";

    /** The weekly round's jobs: the inbox taken in with receipts, and a week's reminders after it. */
    public static final String RECEIVE_JOB = "weeklyReceive";

    public static final String REMIND_JOB = "weeklyRemind";
    /** A weekly run's identity: when it was asked for (epoch milliseconds). */
    public static final String REQUESTED = "requested";
    /** The week a remind run is for: its Monday. */
    public static final String WEEK = "week";

    private JobParameterNames() {}
}
