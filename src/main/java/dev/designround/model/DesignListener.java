package dev.designround.model;

/** Told about every change to a {@link Design}, after it happened, on the thread that made it. */
@FunctionalInterface
public interface DesignListener {

    void designChanged(DesignChange change);
}
