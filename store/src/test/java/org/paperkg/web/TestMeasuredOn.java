package org.paperkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestMeasuredOn {

    @Test
    void theSplitAndTheWrittenNameGoInBrackets() {
        assertEquals("Owlset-60 (X-Sub)", new MeasuredOn("Owlset-60", "", "X-Sub").text());
        assertEquals("Kestrel (written Kestrelv2)", new MeasuredOn("Kestrel", "Kestrelv2", null).text());
        assertEquals("Kestrel (written Kestrelv2, test-dev)", new MeasuredOn("Kestrel", "Kestrelv2", "test-dev").text());
        assertEquals("Kestrel", new MeasuredOn("Kestrel", null, "").text());
    }

    @Test
    void withoutTheDatasetsLabelTheWrittenNameStands() {
        assertEquals("Kestrelv2", new MeasuredOn("", "Kestrelv2", "").text());
        assertEquals("Kestrelv2 (val)", new MeasuredOn(null, "Kestrelv2", "val").text());
    }
}
