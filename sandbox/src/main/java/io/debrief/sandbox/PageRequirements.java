package io.debrief.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page being built on this thread required through Jira's {@code PageBuilderService} (web-resource complete
 * keys, {@code context:<name>} for contexts), until the layout writes the page and loads them.
 */
public final class PageRequirements {

    private static final ThreadLocal<List<String>> REQUIRED = ThreadLocal.withInitial(ArrayList::new);

    private PageRequirements() {}

    public static void require(String completeKeyOrContext) {
        REQUIRED.get().add(completeKeyOrContext);
    }

    /** What was required so far, forgotten on this thread. */
    public static List<String> drain() {
        List<String> required = List.copyOf(REQUIRED.get());
        REQUIRED.remove();
        return required;
    }
}
