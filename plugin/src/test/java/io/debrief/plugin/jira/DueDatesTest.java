package io.debrief.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.properties.APKeys;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);

    private final ApplicationProperties properties = mock(ApplicationProperties.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final DueDates dueDates = new DueDates(properties, authentication);

    @Test
    void jirasShippedFormatInEnglishWhenNothingIsConfigured() {
        assertThat(dueDates.format(MARCH_5)).isEqualTo("5/Mar/26");
    }

    @Test
    void theInstancesDatePickerFormatInTheActingUsersLanguage() {
        // given an administrator's format and a German-speaking user
        when(properties.getDefaultBackedString(APKeys.JIRA_DATE_PICKER_JAVA_FORMAT))
                .thenReturn("d. MMMM yyyy");
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);

        assertThat(dueDates.format(MARCH_5)).isEqualTo("5. März 2026");
    }

    @Test
    void aNumericFormatHasNoLanguage() {
        when(properties.getDefaultBackedString(APKeys.JIRA_DATE_PICKER_JAVA_FORMAT))
                .thenReturn("yyyy-MM-dd");
        when(authentication.getLocale()).thenReturn(Locale.FRENCH);

        assertThat(dueDates.format(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31");
    }

    @Test
    void anInvalidConfiguredPatternFallsBackToTheDefault() {
        when(properties.getDefaultBackedString(APKeys.JIRA_DATE_PICKER_JAVA_FORMAT))
                .thenReturn("d/MMM/yy qq");
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);

        assertThat(dueDates.format(MARCH_5)).isEqualTo("5/Mar/26");
    }
}
