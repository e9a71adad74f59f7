package io.claimdiff.app;

import java.util.function.Supplier;

/** A value made on first use, once, by whichever thread asks first; others wait for it. */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                    maker = null;
                }
            }
        }
        return v;
    }
}
