package io.debrief.plugin.web.soy;

import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import io.debrief.plugin.web.i18n.Messages;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Jira's built-in Soy function {@code getText('key', args...)} for Google Soy, so the same templates render in Jira
 * and in the sandbox. The text is plain, so autoescaping still escapes it.
 *
 * <p>Not pure on purpose: the text depends on the reader's locale, so Soy must not fold it at compile time.
 */
public final class GetTextSoyFunction implements SoyJavaFunction {

    /** The function name templates use. */
    public static final String NAME = "getText";

    private static final int MAX_ARGS = 9;

    private final Messages messages;
    private final boolean strict;

    /**
     * @param strict when true an unknown key fails the render (tests); when false it renders as the key (Jira's
     *     behaviour, for the sandbox)
     */
    public GetTextSoyFunction(Messages messages, boolean strict) {
        this.messages = messages;
        this.strict = strict;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Set<Integer> getValidArgsSizes() {
        return IntStream.rangeClosed(1, 1 + MAX_ARGS).boxed().collect(Collectors.toSet());
    }

    @Override
    public SoyValue computeForJava(List<SoyValue> args) {
        String key = args.get(0).coerceToString();
        if (strict && !messages.has(key)) {
            throw new IllegalArgumentException("getText: no i18n text for key '" + key + "'");
        }
        Object[] values = args.subList(1, args.size()).stream()
                .map(GetTextSoyFunction::plain)
                .toArray();
        return StringData.forValue(messages.text(key, values));
    }

    private static Object plain(SoyValue value) {
        Object java = value instanceof com.google.template.soy.data.restricted.NumberData number
                ? (Object) number.numberValue()
                : value.coerceToString();
        return java;
    }
}
