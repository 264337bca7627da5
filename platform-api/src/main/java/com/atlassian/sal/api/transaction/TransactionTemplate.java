// Mirrors: com.atlassian.sal.api.transaction.TransactionTemplate from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/transaction/TransactionTemplate.java (5.1.4). Evidence: C
package com.atlassian.sal.api.transaction;

/** Runs a callback in one database transaction. */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
