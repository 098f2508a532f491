package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntakeWriterTest {

    @Test
    void fileNamesInOperatorWarningsCannotCarryTerminalEscapesOrLineBreaks() {
        assertThat(IntakeWriter.printable("y\u001B[2K\u001B[1Az.csv")).isEqualTo("y\\u001B[2K\\u001B[1Az.csv");
        assertThat(IntakeWriter.printable("a\nb\u202Ecsv.exe")).isEqualTo("a\\u000Ab\\u202Ecsv.exe");
        assertThat(IntakeWriter.printable("周报表/长征街道_周报👍.xlsx")).isEqualTo("周报表/长征街道_周报👍.xlsx");
    }
}
