package io.debrief.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule that turns a tracker priority into an incident's severity (Jira and the sandbox alike). */
class SeverityTest {

    @ParameterizedTest
    @CsvSource({
        "Highest,SEV1",
        "Blocker,SEV1",
        " high ,SEV2",
        "Critical,SEV2",
        "MEDIUM,SEV3",
        "Major,SEV3",
        "Low,SEV4",
        "Lowest,SEV4",
        "Trivial,SEV4"
    })
    void aPriorityNameGivesItsSeverityWhateverItsCase(String priority, Severity expected) {
        assertThat(Severity.fromPriorityName(priority)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void noPriorityMeansNoSeverity(String priority) {
        assertThat(Severity.fromPriorityName(priority)).isNull();
    }
}
