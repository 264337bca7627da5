// Mirrors: com.atlassian.annotations.security.SystemAdminOnly from atlassian-annotations 5.x (Platform 8); source:
// find_string hits; semantics [S9]. Evidence: C (package), targets per §10
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only system administrators may call the annotated REST resource or method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemAdminOnly {}
