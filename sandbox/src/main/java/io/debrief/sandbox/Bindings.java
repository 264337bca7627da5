package io.debrief.sandbox;

/** Registers shared objects for injection into the modules' REST resources (constructor {@code @Inject}). */
public interface Bindings {

    /** Makes {@code instance} injectable wherever {@code type} is asked for. */
    <T> void bind(Class<T> type, T instance);
}
