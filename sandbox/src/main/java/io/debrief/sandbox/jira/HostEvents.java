package io.debrief.sandbox.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events as atlassian-event dispatches them: a listener's public {@code @EventListener} methods taking one argument are
 * found with {@link Class#getMethods()} and called with plain reflection, synchronously, for every event assignable to
 * the argument. Nothing is made accessible: a listener class the dispatcher cannot reach (package-private) fails on
 * every event, which is logged, as in Jira, and the event has no effect.
 */
final class HostEvents implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(HostEvents.class);

    private record Handler(Object listener, Method method) {}

    private final List<Handler> handlers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        for (Handler handler : handlers) {
            if (handler.method().getParameterTypes()[0].isInstance(event)) {
                try {
                    handler.method().invoke(handler.listener(), event);
                } catch (IllegalAccessException e) {
                    LOG.error(
                            "There was an exception thrown trying to dispatch event '{}' from the invoker '{}'",
                            event,
                            handler.method(),
                            e);
                } catch (InvocationTargetException e) {
                    LOG.error("Listener {} failed on {}", handler.method(), event, e.getCause());
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        List<Handler> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1) {
                found.add(new Handler(listener, method));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(
                    "Listener must declare at least one method annotated with @EventListener: "
                            + listener.getClass().getName());
        }
        handlers.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        handlers.removeIf(handler -> handler.listener() == listener);
    }

    /** How many listener methods are registered (for the host's start-up log). */
    int listenerMethods() {
        return handlers.size();
    }
}
