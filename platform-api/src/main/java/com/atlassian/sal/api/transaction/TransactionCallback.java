// Mirrors: com.atlassian.sal.api.transaction.TransactionCallback<T> from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/transaction/TransactionCallback.java (5.1.4); lambda use C11
// [S2]. Evidence: C; complete abstract method set
package com.atlassian.sal.api.transaction;

/** Work to run inside a transaction. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
