package dev.designround.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Keeps the whiteboard's resident memory close to what it uses. A JVM started with {@code java -jar} gets no heap
 * options, and by default keeps up to 70% of its heap free after a collection and never gives memory back while
 * idle; opening a large design would leave hundreds of megabytes committed for nothing. These HotSpot options are
 * "manageable" (settable while running), so the window sets them at start unless the user set them: the heap
 * keeps 10–30% free, and an idle whiteboard collects every 15 seconds and returns what it does not need. Other
 * JVMs, without these options, are left alone.
 */
final class MemoryTuning {

    static final Map<String, String> OPTIONS = Map.of(
            "MinHeapFreeRatio", "10",
            "MaxHeapFreeRatio", "30",
            "G1PeriodicGCInterval", "15000");

    private MemoryTuning() {
    }

    static void apply() {
        HotSpotDiagnosticMXBean vm;
        try {
            vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError notHotSpot) {
            return;
        }
        if (vm == null) {
            return;
        }
        // MinHeapFreeRatio must stay <= MaxHeapFreeRatio at every step: lower the minimum first.
        for (String name : new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
            try {
                VMOption current = vm.getVMOption(name);
                if (current.getOrigin() == VMOption.Origin.DEFAULT && current.isWriteable()) {
                    vm.setVMOption(name, OPTIONS.get(name));
                }
            } catch (RuntimeException unknownOrRefused) {
                // not this JVM's option, or not allowed here: memory use is then the JVM's default
            }
        }
    }
}
