package org.reformreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReformReportApplication {

    public static void main(String[] args) {
        int code;
        try {
            code = SpringApplication.exit(SpringApplication.run(ReformReportApplication.class, args));
        } catch (RuntimeException e) {
            // Start-up failed (bad settings, database unreachable): one clear line for cron's mail.
            System.err.println("reform-report: FAILED to start: "
                    + org.reformreport.job.ReformReportCommand.oneLine(e));
            code = 1;
        }
        System.exit(code);
    }
}
