package io.debrief.plugin.persistence.testkit;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link ActiveObjects} that fails its n-th {@code create}, to prove that a multi-row write is all or nothing. */
public final class FailingActiveObjects {

    private FailingActiveObjects() {}

    /** Delegates everything, except that the {@code failingCreate}-th create (1-based) throws. */
    public static ActiveObjects failingOnCreate(ActiveObjects delegate, int failingCreate) {
        AtomicInteger creates = new AtomicInteger();
        return (ActiveObjects) Proxy.newProxyInstance(
                ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("create") && creates.incrementAndGet() == failingCreate) {
                        throw new IllegalStateException("injected failure in create #" + failingCreate);
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
