// Mirrors: com.atlassian.activeobjects.tx.Transactional from activeobjects-plugin (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/tx/Transactional.java (5.2.1); on
// component interfaces in [S1] service/*Service.java. Evidence: C, C11
package com.atlassian.activeobjects.tx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs every method of the annotated component interface in one AO transaction. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@Documented
public @interface Transactional {}
