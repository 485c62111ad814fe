package org.paperkg.listings;

/**
 * What a {@link PaperSource} read.
 *
 * @param files            files looked at
 * @param records          records accepted
 * @param papers           distinct papers after merging
 * @param mergedDuplicates records merged into a paper seen before ({@code records - papers})
 * @param rejected         records and files rejected (each reported as a {@link ReadProblem})
 */
public record ReadSummary(int files, long records, long papers, long mergedDuplicates, long rejected) {

    @Override
    public String toString() {
        return files + " files, " + records + " records, " + papers + " papers, " + mergedDuplicates
                + " merged duplicates, " + rejected + " rejected";
    }
}
