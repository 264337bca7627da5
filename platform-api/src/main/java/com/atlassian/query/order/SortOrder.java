// Mirrors: com.atlassian.query.order.SortOrder from jira-api 11.3.1; source: [S4] query/order/SortOrder.java (6.3).
// Evidence: C(6.3)
package com.atlassian.query.order;

/** Sort direction. */
public enum SortOrder {
    ASC,
    DESC
}
