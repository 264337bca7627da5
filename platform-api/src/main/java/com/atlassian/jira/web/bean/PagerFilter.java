// Mirrors: com.atlassian.jira.web.bean.PagerFilter<T> from jira-api 11.3.1; source: [S4] web/bean/PagerFilter.java
// (6.3); 10,000-hit cap [S8]. Evidence: C(6.3)
// getUnlimitedFilter() is deliberately absent: Jira 11 caps a request at 10,000 hits, so the plugin always pages.
// Value behaviour (start/max) so tests can assert which page was requested.
package com.atlassian.jira.web.bean;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.io.Serializable;

/** Which page of search results to fetch (start index and page size). */
public class PagerFilter<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private int start;
    private int max;

    public PagerFilter() {
        this(0, 20);
    }

    public PagerFilter(int max) {
        this(0, max);
    }

    @Evidence(level = Level.OLDER, source = "[S4] web/bean/PagerFilter.java (6.3), 10,000-hit cap [S8]")
    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }

    public int getMax() {
        return max;
    }

    public void setMax(int max) {
        this.max = max;
    }
}
