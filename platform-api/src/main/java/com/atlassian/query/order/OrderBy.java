// Mirrors: com.atlassian.query.order.OrderBy from jira-api 11.3.1; source: [S4] query/order/OrderBy.java (6.3);
// setSorts(OrderBy) C11 [S2]. Evidence: C(6.3)
// No members declared: the plugin only passes it on.
package com.atlassian.query.order;

/** The ORDER BY part of a query. */
public interface OrderBy {}
