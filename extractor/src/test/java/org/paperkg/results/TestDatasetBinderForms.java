package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Datasets given to values in forms the binder once left without one, from invented abstracts. */
class TestDatasetBinderForms {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String text, String... links) {
        return InventedAbstract.of("2501.00043", text, links).results(extractor);
    }

    @Test
    void aMethodNameWithADigitIsNoNumberInTheDatasetsClause() {
        String[] links = {"PROPOSES_METHOD:Owl2Seq", "USES_DATASET:Zorb-SQL"};
        assertEquals("48.3 accuracy Zorb-SQL Owl2Seq; 59.4 exact-match Zorb-SQL Owl2Seq",
                results("By applying reward learning with an execution engine to Zorb-SQL, Owl2Seq beats a strong "
                        + "parser, raising exact match from 35.9% to 59.4% and accuracy from 23.4% to 48.3%.", links));
        // a number in the dataset's clause is a value of its own there: the dataset frames nothing else
        assertEquals("", results("By applying reward learning to Zorb-SQL in 12 runs, Owl2Seq beats a strong parser "
                + "and is trained fast, with a final accuracy of 59.4%.", links));
        assertEquals("59.4 accuracy Zorb-SQL Owl2Seq", results("By applying reward learning to Zorb-SQL in many "
                + "runs, Owl2Seq beats a strong parser and is trained fast, with a final accuracy of 59.4%.", links));
    }
}
