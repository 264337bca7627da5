// Mirrors: com.atlassian.activeobjects.external.FailedFastCountException from activeobjects-plugin (Platform 8);
// source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/FailedFastCountException.java (5.2.1). Evidence: C(5.2.1); checked
package com.atlassian.activeobjects.external;

/** The database could not give a fast row-count estimate. */
public class FailedFastCountException extends Exception {
    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
