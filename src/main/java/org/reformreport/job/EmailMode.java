package org.reformreport.job;

/** What the run's delivery step does: send, only list who would get what, or nothing (--no-email). */
public enum EmailMode {
    SEND,
    DRY_RUN,
    OFF
}
