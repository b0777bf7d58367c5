package dev.designround.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class MemoryTuningTest {

    @Test
    void theHeapIsToldToKeepLittleFreeAndToGiveMemoryBackWhenIdle() {
        MemoryTuning.apply();

        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        MemoryTuning.OPTIONS.forEach((name, value) -> {
            VMOption option = vm.getVMOption(name);
            if (option.getOrigin() != VMOption.Origin.VM_CREATION) { // set on the command line: left alone
                assertThat(option.getValue()).as(name).isEqualTo(value);
            }
        });
    }
}
