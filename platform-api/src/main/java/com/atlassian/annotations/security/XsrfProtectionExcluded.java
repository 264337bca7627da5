// Mirrors: com.atlassian.annotations.security.XsrfProtectionExcluded from atlassian-annotations (Platform 8); source:
// [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.annotations_atlassian-annotations-4.0.1/com/atlassian/annotations/security/XsrfProtectionExcluded.java;
// used on a REST v2 method in [S2] COMMON/.../rest/SlackWebHookResource.java (11.0). Evidence: C(4.0.1), C11 usage on
// METHOD
// Target is METHOD only, as in 4.0.1 (TYPE in 5.x is U): method-level use compiles against either.
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Turns off the XSRF check for a REST method that accepts browser-forgeable content types. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface XsrfProtectionExcluded {}
