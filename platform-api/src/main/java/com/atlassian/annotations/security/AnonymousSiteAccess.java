// Mirrors: com.atlassian.annotations.security.AnonymousSiteAccess from atlassian-annotations 5.x (Platform 8); source:
// find_string hit (jakarta REST resource); semantics [S9]. Evidence: C (package), targets per §10
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Anonymous callers allowed when the site allows anonymous access; otherwise licensed users. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {}
