// Mirrors: com.atlassian.annotations.security.UnrestrictedAccess from atlassian-annotations 5.x (Platform 8); source: [S2] COMMON/.../rest/RequestCachingServletFilter.java (11.0); semantics [S9]. Evidence: C11 (package), targets per §10
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Anyone, even unauthenticated, regardless of the anonymous-access setting. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
