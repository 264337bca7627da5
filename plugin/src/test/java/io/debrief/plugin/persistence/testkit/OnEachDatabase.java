package io.debrief.plugin.persistence.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once on each {@link AoTestDatabase}: H2 always, PostgreSQL when its properties are
 * set (otherwise those runs are skipped, naming the property). The class takes the database as a field:
 *
 * <pre>{@code
 * @Nested
 * @OnEachDatabase
 * class OnActiveObjects extends Contract {
 *     @Parameter
 *     AoTestDatabase database;
 *
 *     @Override
 *     TimelineStore newStore() {
 *         return new AoTimelineStore(database.clean());
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@EnumSource(AoTestDatabase.class)
public @interface OnEachDatabase {}
