package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TestOrderedWorkers {

    @Test
    void handsResultsOnInSubmissionOrder() throws IOException {
        List<Integer> seen = new ArrayList<>();
        try (OrderedWorkers<Integer> workers = new OrderedWorkers<>("test", 3, 4, seen::add)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                workers.submit(() -> {
                    Thread.sleep((n * 7) % 5);
                    return n;
                });
            }
            workers.finish();
        }
        assertEquals(IntStream.range(0, 50).boxed().collect(Collectors.toList()), seen);
    }

    @Test
    void passesOnWhatATaskThrows() {
        IOException e = assertThrows(IOException.class, () -> {
            try (OrderedWorkers<Integer> workers = new OrderedWorkers<>("test", 2, 2, r -> { })) {
                workers.submit(() -> {
                    throw new UncheckedIOException(new IOException("spill file vanished"));
                });
                workers.finish();
            }
        });
        assertEquals("spill file vanished", e.getMessage());
        assertThrows(IllegalStateException.class, () -> {
            try (OrderedWorkers<Integer> workers = new OrderedWorkers<>("test", 1, 1, r -> { })) {
                workers.submit(() -> {
                    throw new IllegalStateException("bad record");
                });
            }
        });
    }
}
