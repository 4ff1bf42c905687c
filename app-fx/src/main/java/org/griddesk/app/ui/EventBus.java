package org.griddesk.app.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Typed application events (a case saved, another workstation's change), delivered on the FX thread. */
public class EventBus {
    private record Listener<E>(Class<E> type, Consumer<? super E> handler) {
    }

    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    /** Returns the way to unsubscribe; call it in {@link Activatable#deactivate()}. */
    public <E> Runnable subscribe(Class<E> type, Consumer<? super E> handler) {
        Listener<E> listener = new Listener<>(type, handler);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(Object event) {
        for (Listener<?> listener : listeners) {
            deliver(listener, event);
        }
    }

    private static <E> void deliver(Listener<E> listener, Object event) {
        if (listener.type().isInstance(event)) {
            listener.handler().accept(listener.type().cast(event));
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
