package io.debrief.plugin.jira;

import com.atlassian.jira.config.properties.APKeys;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a due date the way {@code IssueInputParameters.setDueDate(String)} reads it: in the instance's date-picker
 * format ({@code jira.date.picker.java.format}, a {@link SimpleDateFormat} pattern an administrator may change under
 * Look and feel) and in the acting user's language, since month names such as "Apr" are parsed in it.
 */
@Component
class DueDates {

    /** Jira's shipped default, used when the property is empty or not a valid pattern. */
    static final String DEFAULT_PATTERN = "d/MMM/yy";

    private static final Logger LOG = LoggerFactory.getLogger(DueDates.class);

    private final ApplicationProperties properties;
    private final JiraAuthenticationContext authentication;

    @Inject
    DueDates(
            @ComponentImport ApplicationProperties properties,
            @ComponentImport JiraAuthenticationContext authentication) {
        this.properties = properties;
        this.authentication = authentication;
    }

    /** Read on every call: a changed format applies at once, without a restart. */
    String format(LocalDate date) {
        Locale locale = authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
        SimpleDateFormat format =
                pattern(properties.getDefaultBackedString(APKeys.JIRA_DATE_PICKER_JAVA_FORMAT), locale);
        // a date without a time: midnight UTC formatted in UTC is that calendar day everywhere
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static SimpleDateFormat pattern(String configured, Locale locale) {
        if (configured != null && !configured.isBlank()) {
            try {
                return new SimpleDateFormat(configured, locale);
            } catch (IllegalArgumentException invalid) {
                LOG.warn(
                        "Debrief: jira.date.picker.java.format '{}' is not a date pattern; using {}",
                        configured,
                        DEFAULT_PATTERN);
            }
        }
        return new SimpleDateFormat(DEFAULT_PATTERN, locale);
    }
}
