/**
 * The command line, on top of the flow: one small class per subcommand (run, history, show, resend,
 * abandon, worker, check), parsed once and dispatched by picocli, the exit codes, and the one line a run
 * prints for cron. It uses the batch wiring and the stages below it; only the application class uses it.
 */
package org.reformreport.cli;
