package io.debrief.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

class JiraMessagesTest {

    private final I18nResolver resolver = mock(I18nResolver.class);
    private final JiraMessages messages = new JiraMessages(resolver);

    @Test
    void textsComeFromTheResolverWithTheirArguments() {
        when(resolver.getText(eq("debrief.x"), any(Serializable[].class)))
                .thenAnswer(call -> "Hello " + call.getArgument(1));

        assertThat(messages.text("debrief.x", "OPS-1")).isEqualTo("Hello OPS-1");
    }

    @Test
    void aKeyIsKnownOnlyWhenTheResolverDoesNotEchoIt() {
        when(resolver.getText("debrief.known")).thenReturn("Known");
        when(resolver.getText("debrief.unknown")).thenReturn("debrief.unknown");

        assertThat(messages.has("debrief.known")).isTrue();
        assertThat(messages.has("debrief.unknown")).isFalse();
    }

    @Test
    void aFailingResolverYieldsTheKeyInsteadOfAnError() {
        when(resolver.getText("debrief.broken")).thenThrow(new IllegalArgumentException("bad pattern"));

        assertThat(messages.text("debrief.broken")).isEqualTo("debrief.broken");
    }
}
