// Mirrors: com.atlassian.sal.api.lifecycle.LifecycleAware from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/lifecycle/LifecycleAware.java
// (5.1.4). Evidence: C(5.1.4); onStop being default in newer SAL is U, so both stay abstract (implement both)
package com.atlassian.sal.api.lifecycle;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Start/stop callbacks for a plugin component (export it with @ExportAsService(LifecycleAware.class)). */
public interface LifecycleAware {
    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/lifecycle/LifecycleAware.java (5.1.4)")
    void onStart();

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/lifecycle/LifecycleAware.java (5.1.4)")
    void onStop();
}
