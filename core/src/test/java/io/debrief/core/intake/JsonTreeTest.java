package io.debrief.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounded JSON reader: RFC 8259 values in, a neutral tree out, anything too large or malformed refused. */
class JsonTreeTest {

    @Test
    @SuppressWarnings("unchecked")
    void readsEveryKindOfValueKeepingMemberOrder() {
        Object tree = JsonTree.parse(" {\"b\": [1, -2.5e3, true, false, null], \"a\": \"x\\u00e9\\n\\\"\"} ");

        assertThat(tree).isInstanceOf(Map.class);
        Map<String, Object> object = (Map<String, Object>) tree;
        assertThat(object.keySet()).containsExactly("b", "a");
        assertThat((List<Object>) object.get("b"))
                .containsExactly(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, JsonTree.NULL);
        assertThat(object.get("a")).isEqualTo("x\u00e9\n\"");
    }

    @Test
    void refusesMalformedInputOnTheBodyField() {
        for (String bad : List.of(
                "{",
                "{\"a\" 1}",
                "[1,]",
                "{\"a\":1,}",
                "01",
                "\"unterminated",
                "tru",
                "{} x",
                "{\"a\":\"\u0001\"}",
                "{\"a\":1,\"a\":2}",
                "\"\\x\"")) {
            assertThatThrownBy(() -> JsonTree.parse(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            refused ->
                                    assertThat(refused.errors().get(0).field()).isEqualTo("body"));
        }
    }

    @Test
    void refusesTooDeepTooLongAndTooWide() {
        String deep = "[".repeat(JsonTree.MAX_DEPTH + 1) + "]".repeat(JsonTree.MAX_DEPTH + 1);
        String longText = "\"" + "x".repeat(JsonTree.MAX_CHARS) + "\"";
        String wide = "[" + "1,".repeat(JsonTree.MAX_MEMBERS) + "1]";

        for (String bad : List.of(deep, longText, wide)) {
            assertThatThrownBy(() -> JsonTree.parse(bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            refused -> assertThat(refused.errors().get(0).messageKey())
                                    .isEqualTo(JsonTree.TOO_LARGE));
        }
        String justDeepEnough = "[".repeat(JsonTree.MAX_DEPTH) + "]".repeat(JsonTree.MAX_DEPTH);
        assertThat(JsonTree.parse(justDeepEnough)).isInstanceOf(List.class);
    }
}
