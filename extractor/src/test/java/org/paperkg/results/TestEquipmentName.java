package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestEquipmentName {

    @Test
    void processorAndSoftwareWordsMakeEquipment() {
        String text = "OwlNet is trained on two Zorb GPUs with the Gnat speech toolkit and scores 61.2% on Zorb-10.";
        assertTrue(EquipmentName.is("Zorb GPUs", List.of("Zorb GPUs"), text));
        assertTrue(EquipmentName.is("Gnat speech toolkit", List.of("Gnat speech toolkit"), text));
        assertFalse(EquipmentName.is("Zorb-10", List.of("Zorb-10"), text));
    }

    @Test
    void deviceOfASpeedWithAModelNumber() {
        String text = "On Zorb-10, OwlNet reaches 70.1% mIoU at a speed of 210.5 FPS on Qux QX 3090Zt.";
        assertTrue(EquipmentName.is("Qux QX 3090Zt", List.of("Qux QX 3090Zt"), text));
        String device = "OwlNet reaches 40.2 mAP running at 55 fps on Q700, faster than GnatDet.";
        assertTrue(EquipmentName.is("Q700", List.of("Q700"), device));
    }

    @Test
    void datasetWhereASpeedIsMeasuredStaysADataset() {
        // no model number: a benchmark's name after "FPS on"
        String text = "It reaches 66.3 MOTA at 19.5 FPS on ZRB17 without extra data.";
        assertFalse(EquipmentName.is("ZRB17", List.of("ZRB17"), text));
        // named elsewhere not after a speed
        String twice = "We evaluate on K700. OwlNet runs at 30 FPS on K700 with 81.0% accuracy.";
        assertFalse(EquipmentName.is("K700", List.of("K700"), twice));
    }

    @Test
    void codeAtAnAddressButNotADatasetsPage() {
        String code = "Code is available at https://github.com/ owlfan7/OwlNet-Seg.";
        assertTrue(EquipmentName.is("owlfan7/OwlNet-Seg", List.of("owlfan7/OwlNet-Seg"), code));
        String page = "The ZorbQA set is freely available at https://zorb-lab. site.io/ZorbQA-explorer/.";
        assertFalse(EquipmentName.is("ZorbQA", List.of("ZorbQA"), page));
    }
}
