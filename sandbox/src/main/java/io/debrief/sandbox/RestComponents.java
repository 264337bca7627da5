package io.debrief.sandbox;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A REST module as its container serves it: where it is mounted ({@code /rest/<path>/<version>}), each resource class
 * with the factory that builds one per request, and the providers, built once.
 */
public record RestComponents(String mount, Map<Class<?>, Supplier<?>> resources, List<Object> providers) {}
